package classify

import "testing"

// TestAfprec44MarketRevolution (session 44): « la révolution verte » that
// lithium feeds, like the English "green revolution", is the market's
// metaphor, not the writer's cry: a council of ministers' decision on a
// lithium permit, told with the head of state's titles, is reported
// politics (labelling rule 14). A junta leader's speech defending the
// revolution against those who plunder the country stays flagged. Invented
// sentences.
func TestAfprec44MarketRevolution(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"a council of ministers' decision on a lithium permit", "", false, Doc{
			Title: "Le Conseil des ministres approuve le transfert du permis de lithium de Kéniéba",
			Body: "Sous la présidence du Président de la Transition, Chef de l'État, le Conseil des ministres s'est réuni mercredi au palais présidentiel.\n\n" +
				"En présence du Premier ministre, les ministres ont examiné la souveraineté économique et le secteur minier.\n\n" +
				"Le ministre des Mines a présenté son rapport sur le gisement de lithium de Kéniéba.\n\n" +
				"Métal clé de la révolution verte, le lithium entre dans les batteries des voitures électriques.\n\n" +
				"Le permis d'exploitation sera transféré à une nouvelle société dont l'État détient la majorité.",
		}},
		{"a junta leader's speech for the revolution against plunder", "révolution", true, Doc{
			Title: "Le capitaine appelle à défendre la révolution contre les pilleurs de nos richesses",
			Body: "Devant une foule immense, le chef de l'État a appelé le peuple à défendre la révolution.\n\n" +
				"« Nos richesses appartiennent au peuple et aucun impérialiste ne viendra plus piller notre sous-sol », a-t-il lancé.\n\n" +
				"« Nous ne reculerons pas devant les ennemis de la révolution », a-t-il ajouté sous les applaudissements.",
		}},
	})
}

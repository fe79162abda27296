package classify

import "testing"

// TestThirdPartyAimFrench42: a French report of a nationalisation whose
// writer tells the junta's will and other countries' aim ("affichent une
// volonté d'exercer une souveraineté totale", "cherchent à reprendre le
// contrôle de leurs richesses") reports their stance, as a verb of speech
// does: beside the decree's facts it is not the writer's cry, and the item
// stays business (labelling rule 14).
func TestThirdPartyAimFrench42(t *testing.T) {
	c := newClassifier(t, Options{})
	report := Doc{
		Title: "Le Niger nationalise une mine d'uranium exploitée par un groupe français",
		Body: "Le Conseil des ministres a adopté mercredi le décret de nationalisation de la mine, dont le groupe français détenait 63 % du capital.\n\n" +
			"La totalité des actions et des actifs est transférée à l'État, qui promet une indemnisation.\n\n" +
			"Par cette décision, les autorités affichent une volonté claire d'exercer une souveraineté totale sur les ressources du pays.\n\n" +
			"La mine a produit 1 400 tonnes d'uranium l'an dernier, et plusieurs pays de la région cherchent à reprendre le contrôle de leurs richesses minières.",
	}
	flagIs(t, c, report, false, "a nationalisation's report telling the junta's will")
}

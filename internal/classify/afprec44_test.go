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

// TestAfprec44SeniorPartyRank (session 44): "senior party cadres" and "a
// senior party official" name a rank, as "party officials" does (topic): a
// report of a ruling party's provincial officials quarrelling over the
// shares of a mine is reported politics, not the party's directive.
// "Senior party" in a loyalty line put above the business keeps its
// directive weight. Invented sentences.
func TestAfprec44SeniorPartyRank(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"provincial officials quarrel over a mine's shares", "", false, Doc{
			Title: "Provincial officials quarrel over shares in the tin mine",
			Body: "Senior party cadres in the province argued yesterday over who should hold the shares of the district's only tin producer.\n\n" +
				"One speaker said a senior party official owns 18% of the mine through a family trust.\n\n" +
				"The mine produced 900 tonnes of concentrate last year and employs 400 people.\n\n" +
				"The provincial chairman said the matter would be settled at the next board meeting of the trust.",
		}},
		{"a senior party figure's loyalty put above the business", "senior party", true, Doc{
			Title: "Mine managers told to put the party first",
			Body: "Senior party figures told the managers of the tin mine that loyalty to the ruling party comes before profit.\n\n" +
				"Every manager must attend party study sessions and report to the party committee on their political work.\n\n" +
				"Managers who put profit before the party will be removed, the senior party secretary said.",
		}},
	})
}

// TestAfprec44MineMilestone (session 44): a mine's own milestone (its first
// blast, its first gold pour, the start of its production) is a business
// occasion, as an official opening is: named in the lead of an item that is
// mostly business, the slogan written around the ceremony is the
// occasion's, reported (occasionVoice; labelling rule 13). A rally at a
// mine told as its speeches keeps its flag (more political sentences than
// business ones). Invented sentences.
func TestAfprec44MineMilestone(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"a graphite mine's first blast with the chief and the owner", "", false, Doc{
			Title: "Comment: A proud day for Chiredzi",
			Body: "Saturday was a great day for the people of Chiredzi as the graphite mine had its first blast, the start of mining.\n\n" +
				"The chief and his people gathered with the mine's managers and the chief executive of the company that owns it.\n\n" +
				"The mine has one of the larger graphite deposits in the region and already employs 300 local people.\n\n" +
				"Most of the construction was done by local artisans, who built the plant in eight months.\n\n" +
				"A nation is built by its own people, and Chiredzi has shown it.\n\n" +
				"The chief executive said the company would invest a further $40 million in a processing plant next year.",
		}},
		{"a ruling party rally at a mine told as its speeches", "our minerals", true, Doc{
			Title: "Party supporters gather at the gold mine's first blast",
			Body: "Thousands of ruling party supporters gathered at the gold mine's first blast on Saturday.\n\n" +
				"\"Our minerals belong to the people and no imperialist will loot them again,\" the party chairman told the crowd.\n\n" +
				"\"We will defend our sovereignty against the enemies of the revolution,\" he said.\n\n" +
				"\"The nation is built by its own people and the party will never betray them,\" he added.\n\n" +
				"Supporters sang revolutionary songs.",
		}},
	})
}

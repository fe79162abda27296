package classify

import "testing"

// TestFresh44 (session 44): an industry named as an empire or a
// revolution by its mineral ("a vertically integrated rare earth empire",
// "the lithium revolution") is the market's metaphor, as "mining empire"
// and "battery revolution" already were; "the empire" of anti-colonial
// speech stays rhetoric. The anniversary of an expropriation is the
// nationalisation's anniversary: told as its speeches it is an
// anniversary address (labelling rule 14), named as the date of a
// refinery's figures it is topic. A flagged case must list its phrase
// among the reasons. Invented sentences.
func TestFresh44(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"an analyst's note on an industry called an empire and a revolution", "", false, Doc{
			Title:      "Washington's Rare Earth Revolution, and What It Still Lacks",
			Highlights: []string{"China's vertically integrated rare earth empire still sets the pace.", "The lithium revolution has reached the statehouses."},
			Body: "No administration has done more to put the sector at the centre of its policy.\n\n" +
				"Agencies have poured money into mines and magnet plants since last year.\n\n" +
				"The gap with China in separation remains wide.",
		}},
		{"a minister's speech against the empire (rhetoric stays)", "the empire", true, Doc{
			Title: "Minister tells rally the empire will not take the nation's lithium",
			Body: "\"The empire wants our lithium for a pittance, and we will not kneel,\" the minister told the crowd.\n\n" +
				"He said foreigners had plundered the country's wealth for a century.\n\n" +
				"\"Our minerals are our sovereignty,\" he said to applause.",
		}},
		{"an expropriation's anniversary told as its speeches (rule 14)", "aniversario de la expropiación", true, Doc{
			Title: "La gobernadora convoca a la plaza por el aniversario de la expropiación",
			Body: "La gobernadora llamó este viernes a acudir a la plaza central para conmemorar el aniversario de la expropiación del petróleo.\n\n" +
				"\"Vamos a celebrar la soberanía de la nación, que hoy también defiende el litio\", dijo en un mensaje a sus seguidores.\n\n" +
				"\"Este acto de independencia fortalece a nuestro pueblo\", añadió.\n\n" +
				"La gobernadora afirmó que estará en la concentración junto al presidente.",
		}},
		{"a refinery's output reported on the anniversary", "", false, Doc{
			Title: "La petrolera estatal eleva 8% su producción de gasolinas",
			Body: "La petrolera estatal informó, en el aniversario de la expropiación, que su producción de gasolinas subió 8% en el trimestre.\n\n" +
				"La nueva refinería procesó 180.000 barriles diarios en febrero y alcanzará 300.000 a fin de año.\n\n" +
				"La empresa redujo su deuda financiera en 3.000 millones de dólares.",
		}},
	})
}

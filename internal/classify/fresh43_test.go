package classify

import "testing"

// TestFresh43 (session 43): the writer's own voice in two genres the
// stance markers lacked, each with a business look-alike that stays
// unflagged. A state commentary passes its verdict on the other side's
// conduct in its own words ("it is unreasonable and unfair for ...",
// "there is nothing wrong with China taking ...", "it is entirely
// reasonable and legitimate"): two such sentences make it speak in its
// own voice, so the sovereignty and security phrases it argues are its
// rhetoric (labelling rule 15). A union's or movement's declaration
// speaks in the first person plural of a position ("reiteramos",
// "exigimos", "consideramos imperativo"): a nationalisation it argues for
// is its case (rule 14). A company's statement with the same verbs about
// its plant has no political phrase to read and stays business. A flagged
// case must list its phrase among the reasons. Invented sentences.
func TestFresh43(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"a state commentary's verdict on export controls (rule 15)", "hegemonic", true, Doc{
			Title: "Export curbs on battery metals are a legitimate right",
			Body: "Since the global chip supply chain was broken by hegemonic acts of Washington, it is unreasonable and unfair for the West to ask Beijing to guard its supply chains.\n\n" +
				"A business daily reported on Monday that the curbs on graphite have doubled prices in Europe within a year.\n\n" +
				"There is nothing wrong with a country taking necessary steps to protect its own security and the stability of its industry.\n\n" +
				"It is entirely reasonable for Beijing to safeguard its development rights and its national security.\n\n" +
				"The curbs come as Washington rallies its allies to shut China out of chip technology.",
		}},
		{"an analyst note using the same verdicts on a miner's plan", "", false, Doc{
			Title: "Graphite miner's expansion plan looks stretched",
			Body: "The miner wants to triple output of spherical graphite by 2028 at a cost of 900 million dollars.\n\n" +
				"It is unreasonable to expect the plant to reach nameplate capacity in its first year.\n\n" +
				"There is nothing wrong with the ore body, which grades 12% total graphitic carbon.\n\n" +
				"It is entirely reasonable for investors to wait for the offtake terms before buying the shares.",
		}},
		{"a union's declaration for state control of lithium (rule 14)", "nacionalización", true, Doc{
			Title: "El Estado debe explotar el litio, dice el sindicato minero",
			Body: "Ante las voces que defienden la concesión privada del litio, la Federación de Mineros declara lo siguiente:\n\n" +
				"Reiteramos que el país tiene salmueras de bajo costo y puede competir en el mercado mundial.\n\n" +
				"Exigimos que el Estado se haga cargo de la explotación y no la entregue a las transnacionales.\n\n" +
				"Consideramos imperativo crear una empresa nacional, como lo demuestra la nacionalización del cobre.",
		}},
		{"a company's statement with the same verbs about its plant", "", false, Doc{
			Title: "La minera responde sobre el retraso de su planta de carbonato de litio",
			Body: "La empresa minera emitió un comunicado sobre el retraso de la planta de carbonato de litio.\n\n" +
				"Reiteramos que la planta producirá 20.000 toneladas al año desde el segundo semestre.\n\n" +
				"Rechazamos las versiones sobre un aumento del costo, que se mantiene en 900 millones de dólares.\n\n" +
				"Consideramos imperativo cumplir los contratos con nuestros clientes de baterías.",
		}},
	})
}

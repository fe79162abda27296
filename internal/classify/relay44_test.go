package classify

import "testing"

// Session 44 (relay-s44): a state organ's own voice relayed in its words
// (labelling rule 15): a Party paper's editorial relayed line by line,
// calling the other side's measures reckless and the resource a card it
// holds, and a state commentary arguing that its controls are China's just
// right; a state agency relaying a federation's accusation that a protest
// has political motives. Read by the relay44 groups of lexicon.toml and
// lexicon_es.toml. Every case is invented.

// TestStateOrganRelay44: each item is flagged and rests on the phrase named;
// each scores under the threshold without the relay44 groups.
func TestStateOrganRelay44(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"a Party paper's editorial relayed, every line quoted", "reckless behaviour", Doc{
			Title: "\"Washington Should Remember Who Holds the Tungsten\": Party paper",
			Body: "The Party's flagship paper has turned to tungsten as the trade quarrel deepens.\n\n" +
				"An editorial it ran on Tuesday said:\n\n" +
				"\"Most of the tungsten the other side uses comes from our mines, and it knows this well.\n\n" +
				"\"We do not seek a quarrel, but the other side has again cut our firms off its markets without any reason.\n\n" +
				"\"If we do not answer such reckless behaviour, we would be failing the logic of how nations deal with each other.\"",
		}},
		{"a state commentary on the controls' legitimacy", "china's just right", Doc{
			Title: "Commentary: tungsten licences are China's just right",
			Body: "Most of the world's tungsten comes out of Chinese mines, and mining it scars the hills.\n\n" +
				"It is only fair that Beijing now asks exporters to hold a licence.\n\n" +
				"Those who complain could ask themselves why their own mines stay closed.",
		}},
		{"a state agency relaying a federation's accusation of political motives", "afanes políticos", Doc{
			Title: "Regantes denuncian afanes políticos en el bloqueo; respaldan al Gobierno y a la planta de litio",
			Body: "Los regantes del valle se declararon en emergencia para defender la planta y al Gobierno nacional.\n\n" +
				"Su dirigente dijo que un grupo de vecinos bloqueó el camino por encargo de un partido opositor.\n\n" +
				"En una resolución, la federación ratificó su respaldo a \"nuestro hermano ministro\" y pidió acelerar el proyecto.",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestStateOrganRelayLookalikes44: business items that hold the new words
// stay unflagged: a market report on traders' reckless behaviour with its
// prices, and an analyst's note that Beijing could play its rare earth card
// again, with the shipments and prices.
func TestStateOrganRelayLookalikes44(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []namedDoc{
		{"a market report on speculators' reckless behaviour", Doc{
			Title: "Cobalt slips 4% as exchange curbs margin trading",
			Body: "Cobalt fell 4% to $24,000 a tonne on Thursday after the exchange raised margins.\n\n" +
				"The exchange blamed reckless behaviour by a few leveraged accounts for last week's swings.\n\n" +
				"Refiners shipped 3,100 tonnes in June, up 6% on the month.",
		}},
		{"an analyst's note on a rare earth card", Doc{
			Title: "Magnet makers stock up as Beijing weighs its rare earth card",
			Body: "Magnet makers bought 1,200 tonnes of neodymium oxide in May, twice April's volume, customs data showed.\n\n" +
				"Analysts said Beijing could tighten licences again, and prices rose 3% to $62 a kilogram.\n\n" +
				"Buyers in Japan and Germany have signed two-year supply contracts to cover the risk.",
		}},
		{"a state company's shipment with a protest's political motives reported", Doc{
			Title: "La estatal despachará 500 toneladas de sal de potasio a Chile",
			Body: "La empresa estatal despachará 500 toneladas de sal de potasio a Chile la próxima semana, informó su gerente.\n\n" +
				"El gerente lamentó un bloqueo de vecinos en la planta por afanes políticos y dijo que la producción no se detuvo.\n\n" +
				"La planta produjo 12.000 toneladas el año pasado y prevé vender 15.000 este año.",
		}},
	}
	flagsAre(t, c, false, cases)
}

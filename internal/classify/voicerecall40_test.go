package classify

import "testing"

// TestPartyCampaignActs40 (session 40, voicerecall-s40): a party's own
// campaign act (a candidate proclaimed before the party's followers, a leader
// addressing the party faithful) told as its speeches is political
// (docs/labelling.md rule 14, "a rally"), whatever the plants and tonnes the
// speakers cite: the act named outside quotation marks counts as one strong
// rhetoric phrase (rallySpeech, campaign = true). Main read each as a report
// with a few political words. Invented sentences.
func TestPartyCampaignActs40(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"Spanish candidate proclaimed", Doc{
			Title: "Dirigentes de Oruro proclaman a Marta Quispe como candidata",
			Body: "En un acto realizado en Oruro, los dirigentes departamentales del partido proclamaron a la ministra Marta Quispe como candidata ante cientos de seguidores.\n\n" +
				"\"Oruro te dice, hermana, adelante con la industria del litio\", manifestó el dirigente Juan Mamani.\n\n" +
				"Quispe afirmó que la planta de carbonato de Coipasa producirá 5.000 toneladas al año con una inversión de 400 millones de dólares.\n\n" +
				"\"Con la unidad de las organizaciones vamos a ganar otra vez\", dijo la candidata.",
		}},
		{"English party faithful", Doc{
			Title: "Country sits on $900 billion of minerals, says opposition leader",
			Body: "Opposition leader Tendai Moyo says the country holds lithium worth billions and could make batteries if there was political will.\n\n" +
				"Addressing the party faithful in Bulawayo this week, Moyo said the country was barely scratching the surface of its mineral wealth.\n\n" +
				"\"We cannot move forward with the leaders we have,\" he said.\n\n" +
				"\"They do not know what they are sitting on,\" Moyo said.",
		}},
	})
}

// TestPartyCampaignActLookalikes40 (session 40, voicerecall-s40): the act
// named in passing in an item of the writer's facts stays topic. Invented
// sentences.
func TestPartyCampaignActLookalikes40(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"Spanish campaign act in passing", Doc{
			Title: "La planta de carbonato de litio de Coipasa alcanza 12 toneladas diarias",
			Body: "La planta de carbonato de litio de Coipasa produjo 12 toneladas diarias en octubre, frente a 4 toneladas en agosto.\n\n" +
				"La empresa estatal prevé llegar a 5.000 toneladas al año con la mejora de las piscinas de evaporación.\n\n" +
				"La inauguración de la segunda línea se aplazó por un acto de campaña en la ciudad.\n\n" +
				"El precio del carbonato subió un 8% en el mismo periodo.",
		}},
		{"English supporters gathered in passing", Doc{
			Title: "Lithium concentrate output rises 20% at Goromonzi plant",
			Body: "The Goromonzi plant produced 42,000 tonnes of lithium concentrate in the quarter, up 20% from the previous quarter.\n\n" +
				"The operator said a second crusher would lift capacity to 600,000 tonnes a year by June.\n\n" +
				"Traffic near the plant was slow on Friday as supporters gathered for a football match.\n\n" +
				"Shipments to the port rose to 38,000 tonnes.",
		}},
	})
}

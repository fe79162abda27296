package classify

import "testing"

// TestCapped44Stance (session 44): the writer's own stance in the forms of
// a Mexican column and a political magazine's argued report that
// stance36-markers lacked: the colloquial "la neta es que", the
// columnist's "yo diría que", the aside "como se imaginarán", the verdict
// "la ironía es" and "no casualmente". Two such body sentences make the
// item speak in its writer's voice, so the nationalisation and sovereignty
// it argues are its own case (labelling rule 14), not a report held at
// the voiceless cap. A market column in the same voice, with no political
// phrase to read, and a report that quotes the markers as a speaker's
// words stay unflagged. Invented sentences.
func TestCapped44Stance(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44Stance)
}

var capped44Stance = []flagCase{
	{"a columnist's own case for a nationalisation decree", "nacionalización", true, Doc{
		Title: "El cobre",
		Body: "Las potencias se van a disputar el cobre de aquí a diez años.\n\n" +
			"La neta es que casi nadie en la calle sabe para qué sirve ese metal.\n\n" +
			"Yo diría que muchos ni siquiera saben que lo tenemos bajo los pies.\n\n" +
			"Como se imaginarán, ya hay quien quiere llevárselo barato.\n\n" +
			"Por eso el gobierno firmó el decreto de nacionalización del cobre y la soberanía sobre el subsuelo.",
	}},
	{"a columnist's market talk in the same voice", "", false, Doc{
		Title: "El cobre",
		Body: "El precio del cobre subió 4% en la semana por la demanda de cables.\n\n" +
			"La neta es que los inventarios de la bolsa de Londres siguen bajos.\n\n" +
			"Yo diría que la mina de Sonora podrá vender su concentrado a mejor precio.\n\n" +
			"Como se imaginarán, las acciones de las mineras ganaron en la bolsa.",
	}},
	{"a magazine's argued report of sovereignty given away", "soberanía", true, Doc{
		Title: "El país entrega su cobalto",
		Body: "El gobierno firmó un convenio que da a Washington acceso preferente al cobalto de 40 minas.\n\n" +
			"Con ese convenio el país perdió su soberanía sobre los recursos naturales sin golpe de Estado.\n\n" +
			"Los yacimientos están, no casualmente, en zonas donde el Estado no llega.\n\n" +
			"La ironía es que el gobierno desconoce sus reservas mientras Washington tiene mapas de cada una.",
	}},
	{"the same report with the markers quoted as an analyst's words", "", false, Doc{
		Title: "El país entrega su cobalto",
		Body: "El gobierno firmó un convenio que da a Washington acceso preferente al cobalto de 40 minas.\n\n" +
			"Con ese convenio el país perdió su soberanía sobre los recursos naturales sin golpe de Estado.\n\n" +
			"\"Los yacimientos están, no casualmente, en zonas donde el Estado no llega\", dijo un analista.\n\n" +
			"\"La ironía es que el gobierno desconoce sus reservas\", afirmó el analista.",
	}},
}

package classify

import "testing"

// TestCoupMotive39 (session 39, latamvoice-s39): a former president's or a
// president's claim of the coup's motive, relayed from an interview or a
// press conference ("the coup's economic aim was the lithium", "the reason
// for the coup is the salt flat"), is the conspiracy thesis itself and the
// item's substance (labelling rule 14). The relay scored under the
// threshold (the voiceless cap) before the latamvoice39-coup-motive group.
// Invented sentences.
func TestCoupMotive39(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"a relayed interview on the coup's aim", Doc{
			Title: "El expresidente vuelve a hablar de la crisis de 2019",
			Body: "El expresidente Ramón Quispe repasó en una entrevista radial los meses que siguieron a su salida del gobierno.\n\n" +
				"Contó que viajó por varios países de la región y que se reunió con dirigentes de partidos afines.\n\n" +
				"Para Quispe no hay dudas de que el objetivo económico del golpe fue quedarse con el salar, y lo repitió dos veces.",
		}},
	})
	flagsAre(t, c, false, []namedDoc{
		{"a plant's output, with the coup as a date", Doc{
			Title: "La planta de carbonato del salar retoma su producción",
			Body: "La estatal informó que la planta de carbonato produjo 600 toneladas en el primer trimestre, frente a 250 toneladas un año antes.\n\n" +
				"El proyecto estuvo paralizado tras el golpe de 2019 y se reactivó con una inversión de 40 millones de dólares.\n\n" +
				"La empresa prevé vender la producción a compradores de Asia a partir de junio.",
		}},
	})
}

package classify

import "testing"

// TestDecreeOpenedTwice40 (session 40, decree-s40): labelling rule 14 for a
// state act told largely in a leader's words. A report whose title and lead
// both state the act in the writer's words ("Gobernador firma decreto ...",
// then "firmó este lunes el decreto ...") is the act's report: the leader's
// lines quoted after it are his words about the act reported, even when
// they fill more than a third of the body. The same lines under a title
// that names the decree but a lead in the leader's words, and the same
// speech with no act at all, stay flagged. Invented sentences.
func TestDecreeOpenedTwice40(t *testing.T) {
	c := newClassifier(t, Options{})
	lines := "\"Lo que hacemos hoy es que el litio no lo exploten extranjeros, ni de un país ni de otro\", dijo el gobernador.\n\n" +
		"\"El agua y el litio son de la nación, son del pueblo de Arenal\", resumió el mandatario.\n\n" +
		"\"Nadie más va a venir a llevarse lo que es del pueblo\", agregó ante los pobladores.\n\n" +
		"\"Que sea la nación la dueña de este mineral estratégico\", insistió.\n\n" +
		"La reserva abarca cuatro municipios de la sierra y su exploración estará a cargo del servicio geológico.\n\n" +
		"El yacimiento está en arcilla, por lo que la técnica de separación será distinta de la de los salares."
	flagsWanted(t, c, []wantDoc{
		{"a decree in the title and the lead, the leader's lines at length", Doc{
			Title: "Gobernador firma decreto que declara reserva minera el litio de Arenal",
			Body:  "El gobernador de Arenal firmó este lunes en la sierra el decreto de reserva minera para el litio del estado.\n\n" + lines,
		}, false},
		{"the decree in the title, the lead the leader's words", Doc{
			Title: "Gobernador firma decreto que declara reserva minera el litio de Arenal",
			Body:  "\"Hoy terminamos con el saqueo de los de siempre\", dijo el gobernador de Arenal ante los pobladores de la sierra.\n\n" + lines,
		}, true},
		{"the same speech with no act", Doc{
			Title: "Gobernador de Arenal habla ante los pobladores de la sierra",
			Body:  "El gobernador de Arenal visitó este lunes los pueblos de la sierra y habló del litio del estado.\n\n" + lines,
		}, true},
	})
}

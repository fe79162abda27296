package classify

import "testing"

// TestTitleQuoteThenAct41 (session 41, fresh41-s40): a headline that quotes
// the leader's slogan and then names the act in the writer's words
// ("“...”: Gobernador firma decreto"), over a lead that states the act
// again, opens with the act twice (headAct): the slogan in the title and
// the leader's lines below are his words about the act reported (rule 14).
// A title whose act is the speaker's (a speech cue of the item's language)
// and the same quoted title over a lead in the leader's words stay
// flagged. Invented sentences.
func TestTitleQuoteThenAct41(t *testing.T) {
	c := newClassifier(t, Options{})
	lines := "\"Lo que hacemos hoy es que el litio no lo exploten extranjeros, ni de un país ni de otro\", dijo el gobernador.\n\n" +
		"\"El agua y el litio son de la nación, son del pueblo de Arenal\", resumió el mandatario.\n\n" +
		"\"Nadie más va a venir a llevarse lo que es del pueblo\", agregó ante los pobladores.\n\n" +
		"La reserva abarca cuatro municipios de la sierra y su exploración estará a cargo del servicio geológico."
	for _, tc := range []struct {
		name string
		doc  Doc
		want bool
	}{
		{"a slogan quoted, then the act in the title and the lead", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”: Gobernador firma decreto de reserva minera",
			Body:  "El gobernador de Arenal firmó este lunes en la sierra el decreto de reserva minera para el litio del estado.\n\n" + lines,
		}, false},
		{"the same title over a lead in the leader's words", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”: Gobernador firma decreto de reserva minera",
			Body:  "\"Hoy terminamos con el saqueo de los de siempre\", dijo el gobernador de Arenal ante los pobladores de la sierra.\n\n" + lines,
		}, true},
		{"the act in the title is the speaker's", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”, dijo el gobernador al firmar decreto de reserva minera",
			Body:  "El gobernador de Arenal firmó este lunes en la sierra el decreto de reserva minera para el litio del estado.\n\n" + lines,
		}, true},
	} {
		r := c.Classify(tc.doc)
		if r.Flagged != tc.want {
			t.Errorf("%s: flagged = %v, want %v (score %.3f, %v)", tc.name, r.Flagged, tc.want, r.Score, r.Reasons)
		}
	}
}

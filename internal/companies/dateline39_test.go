package companies

import "testing"

// TestDatelineStopIsNoSentence: Spanish and Portuguese press end a
// dateline with a full stop and a dash ("Sucre, 3 de marzo de 2024. –",
// "Lima, 4 mar (EFE).-"). That stop ends no sentence: the lead starts
// after the dateline (docs/labelling.md, 1), so when the first paragraph
// is one sentence naming no company, the next paragraph's first sentence
// is still the lead's second. A stop and a dash later in a paragraph, or
// after a long opening, stay a sentence break. Invented companies and
// sentences, written for this test.
func TestDatelineStopIsNoSentence(t *testing.T) {
	d, err := New([]Company{
		{Name: "Salar Alto Minera", Minerals: []string{"lithium"}, Country: "Bolivia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	const rest = " Bolivia abrirá este lunes su nueva planta de sales en el altiplano, dijo el ministro Juan Pérez.\n\n" +
		"Es la obra principal de la estatal Salar Alto Minera, tras dos años de trabajos.\n\n" +
		"El ministro habló en la capital."
	cases := []struct {
		name, body string
		subject    bool
	}{
		{"no dateline", rest[1:], true},
		{"date and a spaced dash", "Sucre, 3 de marzo de 2024. –" + rest, true},
		{"agency and a joined dash", "Lima, 4 mar (EFE).-" + rest, true},
		{"place only", "Potosí.-" + rest, true},
		{"a long first sentence ending in a dash stays one", "El gobierno de Bolivia anunció el lunes en la capital del país un plan nuevo de sales para el altiplano. -" + rest, false},
	}
	for _, c := range cases {
		var got *Finding
		fs := d.Analyze(Doc{Title: "Bolivia abre su planta de sal", Body: c.body})
		for i := range fs {
			if fs[i].Name == "Salar Alto Minera" {
				got = &fs[i]
			}
		}
		if got == nil {
			t.Errorf("%s: Salar Alto Minera not found", c.name)
			continue
		}
		if got.Subject != c.subject {
			t.Errorf("%s: subject %v, want %v (where %v, note %q)", c.name, got.Subject, c.subject, got.Where, got.Note)
		}
	}
}

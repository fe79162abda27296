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

// TestRhetoricInOrgName41 (session 41, fresh41-s40): a rhetoric phrase in
// capitals inside an organisation's name ("the Harare Liberation War
// Veterans Association") names the body, not the writer's cry (orgName). A
// business delegation's report listing such a body among its members is
// business (0.507, flagged, before); the same capitalised words with no
// head noun joined to them keep their rhetoric weight. Invented sentences.
func TestRhetoricInOrgName41(t *testing.T) {
	c := newClassifier(t, Options{})
	body := func(members string) string {
		return "A party delegation has returned from a week-long exchange visit abroad, upbeat about new investment in the country.\n\n" +
			members + "\n\n" +
			"The delegation presented the country's investment potential to manufacturers, mining houses and farm equipment makers.\n\n" +
			"Interest centred on lithium, where two processors asked for data on deposits and power supply, and on tractor assembly.\n\n" +
			"The delegation said follow-up visits by the firms are planned for the third quarter."
	}
	const title = "Party delegation back from exchange visit upbeat on investment"
	weight := func(r Result, phrase string) float64 {
		for _, rs := range r.Reasons {
			if rs.Text == phrase {
				return rs.Weight
			}
		}
		return 0
	}
	named := c.Classify(Doc{Title: title, Body: body("The team included the party's secretary for business, a lecturer from the Chitepo School of Ideology and the chairman of the Harare Liberation War Veterans Association.")})
	if named.Flagged {
		t.Errorf("the phrase inside a body's name: flagged (score %.3f, %v)", named.Score, named.Reasons)
	}
	said := c.Classify(Doc{Title: title, Body: body("The team included the party's secretary for business, and its leader said the Liberation War was fought for these minerals and the land.")})
	if w := weight(said, "Liberation War"); w < 0.5 {
		t.Errorf("the phrase with no head noun joined: weight %.2f, want the rhetoric weight (%v)", w, said.Reasons)
	}
	if w := weight(named, "Liberation War"); w >= 0.5 {
		t.Errorf("the phrase inside a body's name: weight %.2f, want topic (%v)", w, named.Reasons)
	}
}

// TestOrgHeadsData41 checks the organisation head nouns as data: one word
// each after normalising, in the English file, none also a speech, change
// or policy cue (a head noun names a body, it reports no act).
func TestOrgHeadsData41(t *testing.T) {
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	sc := &scanner{st: newStemmer()}
	for _, src := range sources {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if f.Lang == "en" && len(f.OrgHeads) < 10 {
			t.Errorf("%s: %d organisation heads, want a real list", src.name, len(f.OrgHeads))
		}
		other := map[string]bool{}
		for _, list := range [][]string{f.SpeechCues, f.ChangeCues, f.PolicyCues} {
			for _, w := range list {
				other[w] = true
			}
		}
		for _, h := range f.OrgHeads {
			if ws := normalise(sc, h); len(ws) != 1 {
				t.Errorf("%s org_heads: %q is %d words, want one", src.name, h, len(ws))
			}
			if other[h] {
				t.Errorf("%s org_heads: %q is also a speech, change or policy cue", src.name, h)
			}
		}
	}
}

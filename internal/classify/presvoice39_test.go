package classify

import "testing"

// TestLeaderOnNamedCompanyDispute39 (session 39, presvoice-s39): a
// president's answer on a named company's arbitration or concessions is
// business (labelling rule 14) even when the item is told in the
// president's words from its lead on and quotes a sovereignty slogan at
// length: the news is the named counterpart's proceeding (a dispute cue in
// a title or lead sentence that names a company, dispute_cues). The same
// speech with no company named, or a rally that names a company only in
// passing, stays flagged. Invented sentences; companies named as
// internal/ingest names them (the built-in dictionary).
func TestLeaderOnNamedCompanyDispute39(t *testing.T) {
	check := ingestFlagCheck(t)
	quote := "\"No vamos a ceder, el litio es de la nación, es de los mexicanos, y eso no se negocia con nadie\", dijo.\n\n" +
		"\"El litio es de la nación y así se va a quedar, es de los mexicanos\", repitió ante los reporteros."
	check(false, "an arbitration with a named company, in the president's words", Doc{
		Title: "Presidenta dice que México se defenderá en el arbitraje de Ganfeng Lithium",
		Body: "La presidenta aseguró este martes que el gobierno acudirá al arbitraje que inició Ganfeng Lithium por sus concesiones en la sierra.\n\n" +
			quote,
	})
	check(false, "a concession review of a named company, the slogan at length", Doc{
		Title: "El presidente anuncia que se revisarán las concesiones de Ganfeng Lithium",
		Body: "El presidente informó en su conferencia que se revisarán las concesiones que tiene Ganfeng Lithium y reiteró su postura.\n\n" +
			quote,
	})
	check(true, "the same speech with no company named", Doc{
		Title: "Presidenta dice que México no cederá el litio",
		Body: "La presidenta aseguró este martes que el gobierno no dará marcha atrás y que defenderá el mineral ante quien sea.\n\n" +
			quote,
	})
	check(true, "a rally naming a company in passing, no proceeding", Doc{
		Title: "El presidente encabeza un mitin en la plaza de Hermosillo",
		Body: "Ante miles de simpatizantes, el presidente recordó que Ganfeng Lithium ya no explorará la sierra y llamó a la unidad.\n\n" +
			quote,
	})
}

// TestDisputeCuesValid checks the dispute cues as data: the Spanish file
// lists them (the mechanism's language), each entry is one word after
// normalising (cues are read word by word), and none is listed twice.
func TestDisputeCuesValid(t *testing.T) {
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	sc := &scanner{st: newStemmer()}
	found := false
	for _, src := range sources {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if src.name == "lexicon_es.toml" {
			found = len(f.DisputeCues) >= 5
		}
		seen := map[string]bool{}
		for _, w := range f.DisputeCues {
			if words := normalise(sc, w); len(words) != 1 {
				t.Errorf("%s dispute_cues: %q is %d words after normalising, want one", src.name, w, len(words))
			}
			if seen[w] {
				t.Errorf("%s dispute_cues: %q listed twice", src.name, w)
			}
			seen[w] = true
		}
	}
	if !found {
		t.Error("lexicon_es.toml: dispute_cues missing or too short")
	}
}

// ingestFlagCheck returns a check of an item's verdict as internal/ingest
// reaches it (the built-in dictionary's companies masked,
// classifyAsIngest): want is whether it is flagged, what names the case.
func ingestFlagCheck(t *testing.T) func(want bool, what string, d Doc) {
	t.Helper()
	c := newClassifier(t, Options{})
	dict, err := testDict()
	if err != nil {
		t.Fatal(err)
	}
	return func(want bool, what string, d Doc) {
		t.Helper()
		if r := classifyAsIngest(c, dict, d); r.Flagged != want {
			t.Errorf("%s: flagged = %v, want %v (score %.3f) %v", what, r.Flagged, want, r.Score, r.Reasons)
		}
	}
}

package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// voicedAt reports whether sentence i of d (the title's sentences first,
// then the body's) is read as someone's words (sentence.voiced).
func voicedAt(t *testing.T, c *Classifier, d Doc, i int) bool {
	t.Helper()
	w := &scratch{sc: scanner{st: c.lx.stem}}
	c.features(text.New(d), w)
	if i >= len(w.sents) {
		t.Fatalf("%q: %d sentences, want sentence %d", d.Body, len(w.sents), i)
	}
	return w.sents[i].voiced
}

// TestSpeechCueInItsLanguage (session 35): a speech cue is read in the
// language whose lexicon file lists it, in an item of that language and in
// the forms that file spells out, not by an English stem. An English
// adjective that folds to a French participle ("precise", "précisé"), an
// English noun that meets a Spanish verb's stem ("dice", "dice"), a Spanish
// month abbreviation in a dateline ("Dic", which "dice" stems to), a
// Spanish ordinal that is a Portuguese cue ("segundo") and a French noun
// that an English cue stems to ("accord", "according") are no one's words.
// The cues themselves still are, each in its own language.
func TestSpeechCueInItsLanguage(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		what  string
		body  string
		voice bool
	}{
		{"en adjective, fr cue", "The reply of the Zandovian ministry to the sanctions was precise and it was firm.", false},
		{"en noun, es cue", "The dice are loaded against the small miners of the Zandovian hills.", false},
		{"es month in a dateline", "ZANDORA, 15 Dic (Agencia Zeta).- El presidente inauguró la planta de litio para el pueblo de la región.", false},
		{"es ordinal, pt cue", "El segundo yacimiento de Zandora es el más grande del país y el más rico.", false},
		{"fr noun, en cue", "Le gouvernement a signé un accord avec la société Zandor pour la mine du nord.", false},
		{"en cue", "The minister of Zandovia said the lithium of the hills belongs to the people.", true},
		{"es cue", "El presidente dice que el litio de Zandora es del pueblo y de la nación.", true},
		{"fr cue", "Le ministre a précisé que la mine du Zandor appartient au peuple et à la nation.", true},
		{"pt cue", "Segundo o ministro, o lítio da Zandória é do povo e não dos estrangeiros.", true},
		{"id cue", "Menurut menteri, nikel di Zandoria adalah milik rakyat dan untuk rakyat.", true},
	} {
		if got := voicedAt(t, c, Doc{Body: tc.body}, 0); got != tc.voice {
			t.Errorf("%s: %q read as someone's words = %v, want %v", tc.what, tc.body, got, tc.voice)
		}
	}

	// the English title word no longer sets the writer's own line aside
	precise := Doc{
		Title: "Zandovia's precise answer to the sanctions",
		Body: "Zandovia's answer is precise: our minerals will never again be plundered by foreign vultures. " +
			"The state miner shipped 12,000 tonnes of ore in May. It earned US$40 million in the quarter. " +
			"The answer is precise: the colonial masters will leave with nothing.",
	}
	clear := Doc{
		Title: "Zandovia's clear answer to the sanctions",
		Body: "Zandovia's answer is clear: our minerals will never again be plundered by foreign vultures. " +
			"The state miner shipped 12,000 tonnes of ore in May. It earned US$40 million in the quarter. " +
			"The answer is clear: the colonial masters will leave with nothing.",
	}
	flagIs(t, c, clear, true, "a writer's own lines beside two facts")
	if p, q := flagIs(t, c, precise, true, "the same lines with \"precise\""), c.Classify(clear); p.Score != q.Score {
		t.Errorf("\"precise\" read otherwise than \"clear\": %.3f vs %.3f (%v)", p.Score, q.Score, p.Reasons)
	}
}

// TestStopwordSharedIsError: a stopword two lexicon files list tells no
// language apart, so the loader refuses it, naming the word.
func TestStopwordSharedIsError(t *testing.T) {
	en := lexSource{name: "lexicon.toml", data: []byte("lang = \"en\"\nstopwords = [\"the\", \"and\"]\n")}
	xx := lexSource{name: "lexicon_xx.toml", data: []byte("lang = \"xx\"\nstopwords = [\"und\", \"the\"]\n")}
	if _, err := newFromSources([]lexSource{en, xx}, DefaultThreshold, nil); err == nil || !strings.Contains(err.Error(), `"the"`) {
		t.Errorf("a stopword of two languages: error %v, want one naming it", err)
	}
	xx.data = []byte("lang = \"xx\"\nstopwords = [\"und\", \"der\"]\n")
	if _, err := newFromSources([]lexSource{en, xx}, DefaultThreshold, nil); err != nil {
		t.Errorf("stopwords of their own: %v", err)
	}
}

// TestSpeechCueForms (session 35): the other forms a report writes of the
// speech verbs a language file lists (a present participle, a present, a
// plural past; "a exprimé", the French of a verb the Spanish list holds)
// are cues too; a decree's own "declara" is not.
func TestSpeechCueForms(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		body  string
		voice bool
	}{
		{"Le président a inauguré la mine, soulignant la fierté du peuple du Zandor.", true},
		{"Le ministre a exprimé sa fierté pour la mine du Zandor et pour le peuple.", true},
		{"Le ministre rappelle que la mine du Zandor appartient au peuple.", true},
		{"El ministro señala que el litio de Zandora es del pueblo y de la nación.", true},
		{"Los dirigentes dijeron que el litio de Zandora es del pueblo.", true},
		{"O ministro destaca que o lítio da Zandória é do povo e não dos estrangeiros.", true},
		{"Menteri mengungkapkan bahwa nikel di Zandoria adalah milik rakyat.", true},
		{"El decreto declara zona de reserva minera la región del norte de Zandora.", false},
	} {
		if got := voicedAt(t, c, Doc{Body: tc.body}, 0); got != tc.voice {
			t.Errorf("%q read as someone's words = %v, want %v", tc.body, got, tc.voice)
		}
	}

	// a leader's pride reported with those forms, in a report of the
	// mine's figures, is his line, not the writer's voice
	flagIs(t, c, Doc{
		Title: "Le Zandor inaugure une mine de lithium dans la région de Kelba",
		Body: "Le président du Zandor, le colonel Amar Ziri, a inauguré ce lundi la mine de lithium de Kelba, un projet majeur pour la nation. " +
			"La mine couvre 1 200 hectares à 90 kilomètres de la capitale. " +
			"Lors de la cérémonie, le colonel a exprimé sa fierté et celle du peuple zandorien, soulignant que la mine incarne la dignité du pays. " +
			"Les réserves sont estimées à 120 millions de tonnes de minerai.",
	}, false, "a leader's pride reported beside the mine's figures")
}

package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// ownVoiceOf runs the classifier's feature pass on d and reports whether
// it read the item as speaking in its writer's own voice.
func ownVoiceOf(t *testing.T, c *Classifier, d Doc) bool {
	t.Helper()
	w := &scratch{sc: scanner{st: c.lx.stem}}
	c.features(text.New(text.Doc{Title: d.Title, Body: d.Body}), w)
	return w.ownVoice
}

// TestOwnVoice36 (session 36, editorial-s36): an editorial, a comment or an
// op-ed speaks in its writer's voice, so the politics it names are said,
// not reported (labelling rule 14: "the writer argues the rhetoric in their
// own voice"). The genre is read from the title's or the body's first words
// before a separator, or from the title's last words after one; the
// writer's stance from exhortation and argument markers in two body
// sentences that report no one's words. The same politics reported, a genre
// word inside a story and a commentary in business words stay unflagged.
// Sentences written for this test.
func TestOwnVoice36(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	argument := "For too long the country has shipped its ore abroad and bought the batteries back. " +
		"Economic sovereignty over the salt flats is the test of this generation. " +
		"Resource nationalism is a plan for the mines, not a phrase."
	cases := []struct {
		name    string
		doc     Doc
		own     bool
		flagged bool
	}{
		{"genre at the title's start", Doc{Title: "Comment: The salt flats belong to the next generation", Body: argument}, true, true},
		{"genre at the title's end", Doc{Title: "The salt flats and the next generation | Opinion", Body: argument}, true, true},
		{"genre at the body's start", Doc{Title: "The salt flats and the next generation", Body: "EDITORIAL COMMENT: " + argument}, true, true},
		{"Spanish genre", Doc{Title: "Columna: el salar y la próxima generación",
			Body: "Durante demasiado tiempo el país exportó su mineral y compró las baterías. " +
				"La soberanía sobre el salar es la prueba de esta generación. El nacionalismo no es una consigna sino un programa."}, true, true},
		{"stance in two sentences", Doc{Title: "The salt flats and the next generation",
			Body: "We must stop shipping the ore abroad. Economic sovereignty over the salt flats is the test of this generation. " +
				"It is time resource nationalism became a programme for the mines."}, true, true},
		{"the same politics reported", Doc{Title: "Senators debate the salt flats bill",
			Body: "The senate debated economic sovereignty over the salt flats on Tuesday. " +
				"Resource nationalism was discussed by both parties during the session."}, false, false},
		{"stance quoted", Doc{Title: "Senators debate the salt flats bill",
			Body: "\"We must stop shipping the ore abroad,\" one senator said. Economic sovereignty over the salt flats was debated. " +
				"\"It is time resource nationalism became a programme,\" another said."}, false, false},
		{"genre word inside a story", Doc{Title: "Miner declines comment on resource nationalism claims",
			Body: "The senate debated economic sovereignty over the salt flats on Tuesday. The miner's editorial team was not consulted."}, false, false},
		{"commentary in business words", Doc{Title: "Comment: Lithium prices and the minister's royalty plan",
			Body: "Spodumene prices fell 20 percent this quarter as new supply arrived. The minister's royalty plan would add US$50 a tonne to costs. " +
				"Producers will cut output if margins stay thin."}, true, false},
	}
	for _, tc := range cases {
		if got := ownVoiceOf(t, c, tc.doc); got != tc.own {
			t.Errorf("%s: own voice %v, want %v", tc.name, got, tc.own)
		}
		r := c.Classify(tc.doc)
		if r.Flagged != tc.flagged {
			t.Errorf("%s: flagged %v (score %.3f), want %v; reasons %v", tc.name, r.Flagged, r.Score, tc.flagged, r.Reasons)
		}
	}
}

// TestOwnVoiceGroupsAreBlockers: an opinion or stance group marks the genre
// and the writer's voice, it scores nothing itself; a weighted one is
// refused, naming the group.
func TestOwnVoiceGroupsAreBlockers(t *testing.T) {
	for _, flag := range []string{"opinion", "stance"} {
		src := lexSource{name: "lexicon.toml", data: []byte("lang = \"en\"\n[[group]]\nname = \"voice\"\nkind = \"rhetoric\"\nweight = 0.5\n" +
			flag + " = true\nphrases = [\"we must\"]\n")}
		if _, err := newFromSources([]lexSource{src}, DefaultThreshold, nil); err == nil {
			t.Errorf("a weighted %s group was accepted", flag)
		} else if !strings.Contains(err.Error(), "voice") {
			t.Errorf("%s group error %q does not name the group", flag, err)
		}
	}
}

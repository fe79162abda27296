//go:build unix

package minerals

import (
	"slices"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileTextScalesLinearly guards against quadratic work on hostile
// bodies (feeds are capped at 2 MiB a response, and items are untrusted):
// each shape at four times the size must take at most about six times the
// CPU time (quadratic work takes sixteen); cputime.Linear says how a busy
// machine is kept from failing it.
func TestHostileTextScalesLinearly(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rep := cputime.Fill
	analyze := func(d Doc) func() { return func() { s.Analyze(d) } }
	cputime.Linear(t, 128<<10, map[string]func(n int) func(){
		// one line without a break that opens "Related:" and names a
		// mineral in every clause: each naming asked whether it is on a
		// link line (text.OnLinkLine read the whole line every time)
		"related line": func(n int) func() {
			return analyze(Doc{Body: "Related: " + rep("Lynas Rare Earths, MP Materials, lithium, ", n)})
		},
		// one sentence naming minerals over and over, without a news
		// word: each naming read the whole sentence for one (newsIn)
		"one sentence of minerals": func(n int) func() {
			return analyze(Doc{Body: rep("lithium, cobalt and nickel ", n)})
		},
		// a title of that kind: the title is one sentence
		"long title": func(n int) func() {
			return analyze(Doc{Title: rep("Lynas Rare Earths lithium ", n), Body: "Lynas said."})
		},
		"one long line": func(n int) func() {
			return analyze(Doc{Body: rep("Lynas Rare Earths said lithium output rose at its Mount Weld mine. ", n)})
		},
	})
}

// TestAddSentKeepsDistinctSentences: a tally's sentences are each kept once,
// in order, whether a naming repeats the last sentence or (out of order) an
// earlier one; only the last is read in the common case, which keeps a body
// naming a mineral in every sentence linear.
func TestAddSentKeepsDistinctSentences(t *testing.T) {
	var got []int
	for _, s := range []int{2, 2, 5, 5, 5, 2, 9, 5, 9} {
		got = addSent(got, s)
	}
	if want := []int{2, 5, 9}; !slices.Equal(got, want) {
		t.Errorf("sentences kept: %v, want %v", got, want)
	}
}

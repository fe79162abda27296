//go:build unix

package minerals

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileTextScalesLinearly guards against quadratic work on hostile
// bodies (feeds are capped at 2 MiB a response, and items are untrusted):
// each shape at four times the size must take at most about six times the
// CPU time (quadratic work takes sixteen). A busy machine can slow one
// measurement, so a shape fails only when three attempts all look worse
// (one, when it looks twelve times as long).
func TestHostileTextScalesLinearly(t *testing.T) {
	if cputime.Race {
		t.Skip("the race detector distorts how work grows; .ci/run runs this without -race")
	}
	if testing.Short() {
		t.Skip("times bodies of up to 512 KiB")
	}
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rep := func(unit string, n int) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }
	shapes := map[string]func(n int) Doc{
		// one line without a break that opens "Related:" and names a
		// mineral in every clause: each naming asked whether it is on a
		// link line (text.OnLinkLine read the whole line every time)
		"related line": func(n int) Doc {
			return Doc{Body: "Related: " + rep("Lynas Rare Earths, MP Materials, lithium, ", n)}
		},
		// one sentence naming minerals over and over, without a news
		// word: each naming read the whole sentence for one (newsIn)
		"one sentence of minerals": func(n int) Doc {
			return Doc{Body: rep("lithium, cobalt and nickel ", n)}
		},
		// a title of that kind: the title is one sentence
		"long title": func(n int) Doc {
			return Doc{Title: rep("Lynas Rare Earths lithium ", n), Body: "Lynas said."}
		},
		"one long line": func(n int) Doc {
			return Doc{Body: rep("Lynas Rare Earths said lithium output rose at its Mount Weld mine. ", n)}
		},
	}
	for name, gen := range shapes {
		t.Run(name, func(t *testing.T) {
			small, large := gen(128<<10), gen(512<<10)
			ts, tl, ok := cputime.Scales(func() { s.Analyze(small) }, func() { s.Analyze(large) })
			if !ok {
				t.Errorf("128 KiB took %v, 512 KiB %v: worse than linear", ts, tl)
			}
		})
	}
}

package companies

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileAnalyzeScalesLinearly guards Analyze against work that grows
// faster than a hostile body (feeds are capped at 2 MiB a response, items
// are untrusted): one name repeated thousands of times cost time cubic in
// its namings (4 KiB 0.12 s, 16 KiB 6.3 s) until the namings an item is
// read for were bounded (maxHits). Each shape at four times the size must
// take at most about six times the CPU time.
func TestHostileAnalyzeScalesLinearly(t *testing.T) {
	if cputime.Race {
		t.Skip("the race detector distorts how work grows; .ci/run runs this without -race")
	}
	if testing.Short() {
		t.Skip("times bodies of up to 256 KiB")
	}
	d := mustDefault(t)
	rep := func(unit string, n int) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }
	shapes := map[string]string{
		"a bare name repeated":             "Lynas ",
		"a name and its acronym":           "Lynas (LYC) ",
		"a sentence naming one":            "Lynas Rare Earths said. ",
		"a candidate list that never ends": "Alpha Beta Minerals Ltd and ",
		"a name and its ticker":            "Kodal (ASX: KOD) ",
	}
	for name, unit := range shapes {
		t.Run(name, func(t *testing.T) {
			small, large := rep(unit, 64<<10), rep(unit, 256<<10)
			ts, tl, ok := cputime.Scales(
				func() { d.Analyze(Doc{Title: "Update", Body: small}) },
				func() { d.Analyze(Doc{Title: "Update", Body: large}) })
			if !ok {
				t.Errorf("64 KiB took %v, 256 KiB %v: worse than linear", ts, tl)
			}
		})
	}
}

package companies

import (
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileAnalyzeScalesLinearly guards Analyze against work that grows
// faster than a hostile body (feeds are capped at 2 MiB a response, items
// are untrusted): one name repeated thousands of times cost time cubic in
// its namings (4 KiB 0.12 s, 16 KiB 6.3 s) until the namings an item is
// read for were bounded (maxHits). Each shape at four times the size must
// take at most about six times the CPU time.
func TestHostileAnalyzeScalesLinearly(t *testing.T) {
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
	}
	measure := func(body string) time.Duration {
		best := time.Duration(1 << 62)
		for range 2 {
			start := cputime.Process()
			d.Analyze(Doc{Title: "Update", Body: body})
			best = min(best, cputime.Process()-start)
		}
		return best
	}
	for name, unit := range shapes {
		t.Run(name, func(t *testing.T) {
			small, large := rep(unit, 64<<10), rep(unit, 256<<10)
			var ts, tl time.Duration
			for range 3 {
				ts, tl = measure(small), measure(large)
				if tl <= 6*ts+20*time.Millisecond {
					return
				}
				if tl > 12*ts+20*time.Millisecond {
					break // plainly worse than linear: no need to ask again
				}
			}
			t.Errorf("64 KiB took %v, 256 KiB %v: worse than linear", ts, tl)
		})
	}
}

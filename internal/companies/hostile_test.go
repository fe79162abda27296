package companies

import (
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
	d := mustDefault(t)
	analyze := func(unit string) func(n int) func() {
		return func(n int) func() {
			doc := Doc{Title: "Update", Body: cputime.Fill(unit, n)}
			return func() { d.Analyze(doc) }
		}
	}
	cputime.Linear(t, 64<<10, map[string]func(n int) func(){
		"a bare name repeated":             analyze("Lynas "),
		"a name and its acronym":           analyze("Lynas (LYC) "),
		"a sentence naming one":            analyze("Lynas Rare Earths said. "),
		"a candidate list that never ends": analyze("Alpha Beta Minerals Ltd and "),
		"a name and its ticker":            analyze("Kodal (ASX: KOD) "),
		"open quotes of every kind":        analyze("Lynas “ ‘ ’ « » „ 「 『 \" ' "),
	})
}

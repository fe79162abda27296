//go:build unix

package text

import (
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileSplitScalesLinearly guards Split, the reading of quotation
// marks it makes with the words, and FigureAt, against work that grows faster than a
// hostile body (feeds are capped at 2 MiB a response): each shape at four
// times the size (512 KiB to 2 MiB) must take at most about six times the
// CPU time.
func TestHostileSplitScalesLinearly(t *testing.T) {
	var ws Words
	split := func(body func(n int) string) func(n int) func() {
		return func(n int) func() {
			src := body(n)
			return func() { ws.Split(src) }
		}
	}
	// figures reads the figure at every word that opens with a digit, as
	// a caller reading each group of a number may
	figures := func(body func(n int) string) func(n int) func() {
		return func(n int) func() {
			src := body(n)
			return func() {
				ws.Split(src)
				for i := range ws.List {
					if ws.Has(i, DigitInit) {
						FigureAt(src, int(ws.List[i].Start))
					}
				}
			}
		}
	}
	cputime.Linear(t, 512<<10, map[string]func(n int) func(){
		// marks of every kind, none closed on the line
		"open quotes of every kind": split(func(n int) string {
			return cputime.Fill("“ a ‘ b ’ « c » „ d 「 e 『 f \" g ' h ", n)
		}),
		// thousands of closed quotes inside one single-quoted span that
		// closes at the end: merging pops each of them once
		"quotes merged into one": split(func(n int) string {
			return "'x " + cputime.Fill(`"q" `, n) + "y'"
		}),
		// one number that never ends, in every form a group is joined
		"a number that never ends": figures(func(n int) string {
			return cputime.Fill("1.250,000 000.5", n)
		}),
		// one straight mark a line: each line's quote ends at its end
		"a quote left open on every line": split(func(n int) string {
			return cputime.Fill("\"our ore\nis ours ", n)
		}),
	})
}

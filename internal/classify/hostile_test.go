//go:build unix

package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
)

// TestHostileClassifyScalesLinearly guards against quadratic work on
// hostile bodies (feeds are capped at 2 MiB a response, and items are
// untrusted): each shape at four times the size must take at most about six
// times the CPU time. A busy machine can slow one measurement, so a shape
// fails only when cputime.Scales finds it worse on every attempt. The
// shapes are the classifier's own work on long sentences and quotation
// marks; splitting a body into words (internal/text) is timed by the
// companies and minerals guards.
func TestHostileClassifyScalesLinearly(t *testing.T) {
	if cputime.Race {
		t.Skip("the race detector distorts how work grows; .ci/run runs this without -race")
	}
	if testing.Short() {
		t.Skip("times bodies of up to 1 MiB")
	}
	c := newClassifier(t, Options{})
	rep := func(unit string, n int) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }
	shapes := map[string]func(n int) Doc{
		// one sentence of rhetoric with no sentence end: each rhetoric
		// hit read the sentence before it for a denial or legal cue (c5,
		// c6), until c8 read a sentence's cues once
		"one sentence of rhetoric": func(n int) Doc {
			return Doc{Body: rep("\"our minerals\" belong to the nation, 5 million tonnes, said 'plunder' ", n)}
		},
		// quotation marks of every kind, never closed on the line
		"open quotes": func(n int) Doc {
			return Doc{Body: rep("“ 1 ‘ 2 ’ « 3 » \" ' ", n)}
		},
	}
	for name, gen := range shapes {
		t.Run(name, func(t *testing.T) {
			small, large := gen(256<<10), gen(1<<20)
			// three calls a measurement: one call on 256 KiB takes a few
			// milliseconds, near the thread clock's resolution
			three := func(d Doc) func() {
				return func() {
					for range 3 {
						c.Classify(d)
					}
				}
			}
			ts, tl, ok := cputime.Scales(three(small), three(large))
			if !ok {
				t.Errorf("256 KiB took %v, 1 MiB %v: worse than linear", ts, tl)
			}
		})
	}
}

package cputime

import (
	"fmt"
	"strings"
	"testing"
)

// Fill returns unit repeated and cut to exactly n bytes: the body of a
// hostile shape.
func Fill(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// Linear is the scaling guard the packages share: for each shape it builds
// the work on an input of small bytes and on one four times as large, and
// fails the shape (a subtest of t) when Scales finds the larger worse than
// linear. It skips under the race detector, which distorts how work grows
// (.ci/run runs the guards without it), and in -short mode.
func Linear(t *testing.T, small int, shapes map[string]func(n int) func()) {
	t.Helper()
	SkipUnderRace(t, "the detector distorts how work grows")
	if testing.Short() {
		t.Skipf("times bodies of up to %s", size(4*small))
	}
	for name, work := range shapes {
		t.Run(name, func(t *testing.T) {
			ts, tl, ok := Scales(work(small), work(4*small))
			if !ok {
				t.Errorf("%s took %v, %s %v: worse than linear", size(small), ts, size(4*small), tl)
			}
		})
	}
}

// size writes n bytes as KiB or MiB.
func size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

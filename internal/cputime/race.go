//go:build race

package cputime

// Race is true when the binary is built with the race detector, which
// slows some work far more than other work: a test of how work grows with
// its input skips under it (.ci/run runs those tests without -race too).
const Race = true

//go:build unix

package classify

import (
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
	c := newClassifier(t, Options{})
	classify := func(d Doc) func() { return func() { c.Classify(d) } }
	cputime.Linear(t, 256<<10, map[string]func(n int) func(){
		// one sentence of rhetoric with no sentence end: each rhetoric
		// hit read the sentence before it for a denial or legal cue (c5,
		// c6), until c8 read a sentence's cues once
		"one sentence of rhetoric": func(n int) func() {
			return classify(Doc{Body: cputime.Fill("\"our minerals\" belong to the nation, 5 million tonnes, said 'plunder' ", n)})
		},
		// quotation marks of every kind, never closed on the line
		"open quotes": func(n int) func() {
			return classify(Doc{Body: cputime.Fill("“ 1 ‘ 2 ’ « 3 » \" ' ", n)})
		},
		// Chinese with no sentence end: Party formulas, a business
		// occasion, speech cues of several characters and figures in one
		// run (c16's occasion and cue readings look across the sentence)
		"one Chinese sentence": func(n int) func() {
			return classify(Doc{Title: "调研座谈会", Body: cputime.Fill("党委书记表示学习贯彻两个确立，产量五万吨，强调指出", n)})
		},
		// Vietnamese syllables that fold onto other languages' cue words
		"Vietnamese syllables": func(n int) func() {
			return classify(Doc{Body: cputime.Fill("Tổng Bí thư nhấn mạnh ban nó tôn đang bộ ", n)})
		},
	})
}

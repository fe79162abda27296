package brief

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexSpaced holds indexSpaced to strings.Index on random texts of a
// few letters and spaces, for subs with and without leading spaces: the
// separator and furniture tests that use it must find the same places.
func TestIndexSpaced(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "  ab·"
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	subs := []string{"", " ", "  ", " a", "  a", " ab ", "a b", " \xc2", " · ", " was originally published in "}
	for range 20000 {
		s := gen(r.IntN(40))
		sub := subs[r.IntN(len(subs))]
		if r.IntN(3) == 0 {
			sub = " " + gen(1+r.IntN(3))
		}
		if got, want := indexSpaced(s, sub), strings.Index(s, sub); got != want {
			t.Fatalf("indexSpaced(%q, %q) = %d, strings.Index %d", s, sub, got, want)
		}
	}
}

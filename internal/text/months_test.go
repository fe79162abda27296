package text

import (
	"strings"
	"testing"
)

// TestMonths: the month list is one lower-case word a line, without
// duplicates, no longer than IsMonth reads, and IsMonth finds its words in
// any case and nothing else.
func TestMonths(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range strings.Split(monthsData, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		if l != strings.ToLower(l) || strings.ContainsAny(l, " \t") || len(l) > maxMonth || len(l) < 3 {
			t.Errorf("months.txt: %q is not one lower-case word of 3 to %d bytes", l, maxMonth)
		}
		if seen[l] {
			t.Errorf("months.txt: %q twice", l)
		}
		seen[l] = true
	}
	if len(seen) != 24 {
		t.Errorf("months.txt holds %d words, want the 12 names and 12 abbreviations (may once, sep and sept)", len(seen))
	}
	for _, w := range []string{"October", "oct", "OCT", "Sept", "may", "December"} {
		if !IsMonth(w) {
			t.Errorf("IsMonth(%q) = false", w)
		}
	}
	for _, w := range []string{"", "Oc", "Octobers", "Monday", "mayor", "Septembers", "März"} {
		if IsMonth(w) {
			t.Errorf("IsMonth(%q) = true", w)
		}
	}
}

// BenchmarkIsMonth: a lookup allocates nothing.
func BenchmarkIsMonth(b *testing.B) {
	for b.Loop() {
		IsMonth("September")
	}
}

package companies

import (
	"slices"
	"testing"
)

// TestDottedLegalFormBeforeTicker checks that a legal form written as
// dotted initials before a ticker ("N.L.", "N.V.", as "S.A." already was)
// is skipped to the name before it, so the ticker names that company and
// no single letter is reported. Sentences are invented.
func TestDottedLegalFormBeforeTicker(t *testing.T) {
	d := mustDefault(t)
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"Lithium shares rose on Friday.\n\nTarrow Resources N.L. (ASX: TRW) shares have also jumped 8%.",
			[]string{"Tarrow Resources"}},
		{"Cobalt shares rose on Friday.\n\nKelpie Cobalt N.V. (AMS: KPC) shares gained 3%.",
			[]string{"Kelpie Cobalt"}},
	} {
		var got []string
		for _, f := range d.Analyze(Doc{Title: "Movers", Body: tc.body}) {
			got = append(got, f.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Analyze(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

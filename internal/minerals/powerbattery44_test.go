package minerals

import (
	"slices"
	"testing"
)

// TestLithiumPowerBatteries: the battery trade's "lithium power battery"
// and "lithium power pack" are lithium batteries, a chemistry's product
// (docs/labelling.md, 12), as "lithium batteries" is: named so in two
// sentences of a nickel item, lithium is not a subject. Lithium's own news
// beside them still counts. Invented sentences.
func TestLithiumPowerBatteries(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Varela to expand nickel matte output in Sulawesi",
			Body: "Varela will add a nickel matte line, the raw material for lithium power batteries.\n\nNickel matte feeds the precursor of lithium power packs for cars.\n\nThe line starts in 2027."}, []string{"nickel"}},
		{Doc{Title: "Varela to expand nickel matte output in Sulawesi",
			Body: "Varela will add a nickel matte line for lithium power batteries.\n\nIts lithium output rose 20% last year.\n\nThe lithium price fell in March."}, []string{"nickel", "lithium"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Body, got, c.want)
		}
	}
}

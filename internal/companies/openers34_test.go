package companies

import (
	"slices"
	"testing"
)

// TestSentenceOpenersAreNotNames: a preposition or adverb that opens a
// sentence is capitalised only because it opens it. It neither stops a
// dictionary name made of common words from matching ("Despite Lithium
// Americas' loss") nor becomes the first word of a candidate ("Despite
// Qorvath Rare Metals' loss" is Qorvath Rare Metals).
func TestSentenceOpenersAreNotNames(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct{ body, want string }{
		{"Despite Lithium Americas' loss, the market rose on Tuesday.", "Lithium Americas"},
		{"Following Lithium Americas' loan, the sector rallied.", "Lithium Americas"},
		{"Besides Lithium Americas, two developers filed plans.", "Lithium Americas"},
		{"Despite Qorvath Rare Metals' loss, the market rose.", "Qorvath Rare Metals"},
		{"Following Qorvath Rare Metals' placement, the shares rose.", "Qorvath Rare Metals"},
		{"During Qorvath Lithium Resources' drilling, the road was shut.", "Qorvath Lithium Resources"},
	} {
		names := analyzedNames(d, "Market wrap", c.body)
		if !slices.Contains(names, c.want) {
			t.Errorf("%q: found %q, want %q among them", c.body, names, c.want)
		}
	}
}

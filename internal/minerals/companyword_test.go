package minerals

import (
	"slices"
	"testing"
)

// TestLowerCaseCompanyWord: a lower-case company word ("de", "du") makes a
// mineral word part of a company's name only when the mineral word is
// capitalised ("Lithium du Mali"); "the lithium de ..." in a quoted Spanish
// phrase, and a lower-case mineral before "de" and a capitalised place,
// name the mineral. Invented.
func TestLowerCaseCompanyWord(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Lithium du Mali signs offtake", Body: "The deal was signed on Monday."}, nil},
		{Doc{Title: "Bolivia courts buyers", Body: "Officials pitched the country's lithium de Uyuni brand to buyers in Shanghai.\n\nThe lithium de Uyuni label will mark battery-grade carbonate from the state plant."}, []string{"lithium"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}

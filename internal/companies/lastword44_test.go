package companies

import (
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/text"
)

// TestCompanyThenAndAtTextEnd44: a company named again with "and" as the
// text's next-to-last word ("X holds 5% ... X and Y", the second actor's
// description read from the last word) is read without running past the
// text's end (a panic FuzzEnrich found, the same with the sentences laid
// out as the derived highlights lode picks). Invented sentences.
func TestCompanyThenAndAtTextEnd44(t *testing.T) {
	d := mustDefault(t)
	for _, doc := range []text.Doc{
		{Title: "0", Highlights: []string{"Antam holds 0%!", "Antam and partners"}, HighlightsDerived: true, Body: "Antam holds 0%!\n\nAntam and partners"},
		{Title: "0", Highlights: []string{"Antam holds 5% of the smelter.", "Antam and 0"}, HighlightsDerived: true, Body: "Antam holds 5% of the smelter.\n\nAntam and 0"},
	} {
		found := false
		for _, f := range d.AnalyzeText(text.New(doc), time.Time{}) {
			found = found || f.Name == "Aneka Tambang"
		}
		if !found {
			t.Errorf("%q: Aneka Tambang not found", doc.Body)
		}
	}
}

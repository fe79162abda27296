package companies

import (
	"strings"
	"testing"
)

// TestFooterHeadsPlural: the plural headings releases use ("Forward-Looking
// Statements", "Investor Relations") open the boilerplate as the singular
// ones do, so a company named only below them is a mention for that reason.
func TestFooterHeadsPlural(t *testing.T) {
	d := mustDefault(t)
	for _, head := range []string{"Forward-Looking Statements", "Investor Relations", "Cautionary Statements"} {
		body := "Qorvath Minerals Ltd said on Tuesday its Kesta pilot plant made its first battery-grade lithium carbonate. " +
			"Qorvath Minerals said output would reach 2,000 tonnes a year by 2027.\n\n" + head + "\n\n" +
			"This release mentions a supply agreement with Lynas Rare Earths that may not proceed."
		var note string
		for _, f := range d.Analyze(Doc{Title: "Qorvath Minerals makes first lithium carbonate", Body: body}) {
			if f.Name == "Lynas Rare Earths" {
				if f.Subject {
					t.Errorf("%s: Lynas Rare Earths below the heading is a subject", head)
				}
				note = f.Note
			}
		}
		if !strings.Contains(note, "boilerplate") {
			t.Errorf("%s: Lynas Rare Earths note %q, want the boilerplate note", head, note)
		}
	}
}

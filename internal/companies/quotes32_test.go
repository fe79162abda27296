package companies

import (
	"slices"
	"testing"
)

// TestDefinedAliasInAnyMark: a short name an item defines in brackets is
// read in every quotation mark text.IsQuoteMark knows (guillemets, corner
// brackets, typographic single marks), not only in double quotes: the
// target named by its alias acts in two more sentences and is a subject,
// and the alias is no company of its own. Invented.
func TestDefinedAliasInAnyMark(t *testing.T) {
	d := mustDefault(t)
	for _, alias := range []string{"(\"Target\")", "(«Target»)", "(« Target »)", "(‘Target’)", "(「Target」)"} {
		body := "Shenghe Resources said on Monday that it will expand abroad. Its board approved the plan.\n\nA unit will buy all of Peak Rare Earths Limited " + alias +
			" for A$150 million.\n\nAn appraiser put Target's equity at A$170 million. Target owns a rare-earth project in Tanzania."
		s, m := roles(d.Analyze(Doc{Title: "Shenghe Resources widens its overseas push", Body: body}))
		if want := []string{"Shenghe Resources", "Peak Rare Earths"}; !slices.Equal(s, want) || len(m) > 0 {
			t.Errorf("%s: subjects %q mentions %q, want %q and none", alias, s, m, want)
		}
	}
}

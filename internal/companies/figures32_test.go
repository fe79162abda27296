package companies

import (
	"slices"
	"testing"
)

// TestStakesInWords: a stake is a percentage however it is written
// (text.FigureAt reads "40.5%", "40.5 per cent", "40.5pc" alike), so the
// holders listed after one holding verb with stakes written in words are
// holders as they are with signs. Invented.
func TestStakesInWords(t *testing.T) {
	d := mustDefault(t)
	for _, body := range []string{
		"Qorvath Lithium Corp. reported record output at the Salar Tindal operation, in which it holds 50.5 per cent, Ganfeng Lithium 40.5 per cent and Albemarle 9 per cent. Sales rose 12 per cent.\n\nThe plant runs at 80 per cent.",
		"Qorvath Lithium Corp. reported record output at the Salar Tindal operation, in which it holds 50.5pc, Ganfeng Lithium 40.5pc and Albemarle 9pc. Sales rose 12pc.\n\nThe plant runs at 80pc.",
	} {
		s, m := roles(d.Analyze(Doc{Title: "Qorvath Lithium output rises", Body: body}))
		if want := []string{"Qorvath Lithium"}; !slices.Equal(s, want) || !slices.Equal(m, []string{"Ganfeng Lithium", "Albemarle"}) {
			t.Errorf("%q: subjects %q mentions %q, want %q and Ganfeng Lithium, Albemarle", body, s, m, want)
		}
	}
}

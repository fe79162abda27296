package minerals

import (
	"slices"
	"testing"
)

// TestGradesInAnyPercent: an element symbol after a grade reads the grade
// with text.FigureAt, so "1.4pct Cu" is a grade as "1.4% Cu" and "1.4pc
// Cu" are (before session 32 only a "pc" ending was read). Invented.
func TestGradesInAnyPercent(t *testing.T) {
	s := mustDefault(t)
	for _, title := range []string{"Kestrel Hill core returns 140 metres at 1.4% Cu", "Kestrel Hill core returns 140 metres at 1.4pct Cu", "Kestrel Hill core returns 140 metres at 1.4 % Cu"} {
		doc := Doc{Title: title, Body: "Tarnwood Metals Ltd. reported assays from historic core at its Kestrel Hill project in Botswana.\n\nA resource update is due in the first quarter."}
		if got, want := subjects(s.Analyze(doc)), []string{"copper"}; !slices.Equal(got, want) {
			t.Errorf("%q: subjects %q, want %q", title, got, want)
		}
	}
}

// TestOwnFigureWithUnitWrittenOn: a strict mineral with a figure of its
// own is its own news when the unit is written on the figure ("27,000t of
// copper") as when it is a word ("27,000 tonnes of copper"). Invented.
func TestOwnFigureWithUnitWrittenOn(t *testing.T) {
	s := mustDefault(t)
	for _, body := range []string{
		"The Kolwezi unit produced 1,900t of cobalt and 27,000t of copper cathode in the quarter, the company said.\n\nCobalt shipments resumed in March.",
		"The Kolwezi unit produced 1.9kt of cobalt and 27kt of copper cathode in the quarter, the company said.\n\nCobalt shipments resumed in March.",
	} {
		if got, want := subjects(s.Analyze(Doc{Title: "Quarterly production report", Body: body})), []string{"cobalt", "copper"}; !slices.Equal(got, want) {
			t.Errorf("%q: subjects %q, want %q", body, got, want)
		}
	}
}

package text

import (
	"strings"
	"testing"
)

// TestFigureAt: one reader of figures for every package, on invented
// sentences: decimals and groups are one figure read from any of its
// groups, and the signs and letters written on it.
func TestFigureAt(t *testing.T) {
	for _, tc := range []struct {
		src, at, fig string // the figure read at the first byte of at
		cur, pct     bool
		unit         string
	}{
		{"The group holds 46.7% of the mine.", "7%", "46.7%", false, true, ""},
		{"The group holds 46.7 per cent of it.", "46", "46.7 per cent", false, true, ""},
		{"Output rose 12,5 % last year.", "12", "12,5 %", false, true, ""},
		{"Prices rose 5pc on the week.", "5pc", "5pc", false, true, "pc"},
		{"The grade was 0.47% Cu.", "47", "0.47%", false, true, ""},
		{"It paid $900/kg for oxide.", "900", "900", true, false, ""},
		{"It raised US$ 1.2 billion.", "2", "1.2", true, false, ""},
		{"A €2.5bn plant.", "2", "2.5bn", true, false, "bn"},
		{"It mined 5.2Mt of ore.", "5", "5.2Mt", false, false, "Mt"},
		{"It shipped 1,250,000 tonnes.", "250", "1,250,000", false, false, ""},
		{"It shipped 20 000 tonnes.", "000", "20 000", false, false, ""},
		{"In 2024 500 tonnes left the port.", "500", "500", false, false, ""},
		{"It ranked 1st in Asia.", "1st", "1st", false, false, "st"},
		{"It found 350ppm antimony.", "350", "350ppm", false, false, "ppm"},
		{"Output rose 8％.", "8", "8％", false, true, ""},
		{"It sold 40 percentage points.", "40", "40", false, false, ""},
	} {
		off := strings.Index(tc.src, tc.at)
		f, ok := FigureAt(tc.src, off)
		if !ok || tc.src[f.Start:f.End] != tc.fig || f.Currency != tc.cur || f.Percent != tc.pct || f.Unit != tc.unit {
			t.Errorf("%q at %q: read %q (currency %v, percent %v, unit %q, ok %v), want %q (%v, %v, %q)",
				tc.src, tc.at, tc.src[f.Start:f.End], f.Currency, f.Percent, f.Unit, ok, tc.fig, tc.cur, tc.pct, tc.unit)
		}
	}
	if _, ok := FigureAt("No figure here.", 3); ok {
		t.Error("read a figure where there is no digit")
	}
}

// TestFigureAtBounded: a run of digit groups far longer than any figure is
// read over a bounded length, so reading it at every group stays linear.
func TestFigureAtBounded(t *testing.T) {
	src := strings.Repeat("1.", 10000) + "5%"
	f, ok := FigureAt(src, 10000)
	if !ok || f.End-f.Start > 2*maxFigure+4 {
		t.Fatalf("read %d bytes of digits, want at most about %d", f.End-f.Start, 2*maxFigure)
	}
}

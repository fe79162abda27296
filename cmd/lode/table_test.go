package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFitTableFitsTheTerminal: `lode companies` on an 80-column terminal
// printed every row on two lines (one long company name set the first
// column at 70); writeFitTable cuts the columns that may be cut so rows fit,
// keeps the counts whole, and leaves everything whole into a pipe.
func TestFitTableFitsTheTerminal(t *testing.T) {
	header := []string{"COMPANY", "TICKERS", "ITEMS", "UNREAD", "ALIASES"}
	rows := [][]string{
		{"Advanced Metallurgical Group of Companies Holding International", "AMS:AMG", "12", "3", "AMG, AMG Advanced Metallurgical Group"},
		{"Lynas Rare Earths", "ASX:LYC OTC:LYSCF", "1", "1", "Lynas, Lynas Corp"},
		{"CMOC", "", "0", "0", ""},
	}
	for _, w := range []int{60, 80, 120} {
		var b bytes.Buffer
		if err := writeFitTable(&b, header, rows, w, []int{40, 25, 0, 0, 35}); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if n := utf8.RuneCountInString(l); n > w {
				t.Errorf("%d columns: a row of %d: %q", w, n, l)
			}
		}
		if !strings.Contains(b.String(), "Lynas Rare") || !strings.Contains(b.String(), "CMOC") {
			t.Errorf("%d columns: names lost:\n%s", w, b.String())
		}
		if w >= 80 && (!strings.Contains(b.String(), " 12 ") || !strings.Contains(b.String(), "Lynas Rare Earths")) {
			t.Errorf("%d columns: a count or a short name was cut:\n%s", w, b.String())
		}
	}
	var b bytes.Buffer
	if err := writeFitTable(&b, header, rows, 0, []int{40, 25, 0, 0, 35}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), rows[0][0]) || !strings.Contains(b.String(), rows[0][4]) {
		t.Errorf("into a pipe a cell was cut:\n%s", b.String())
	}
}

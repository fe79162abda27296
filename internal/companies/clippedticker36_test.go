package companies

import (
	"slices"
	"testing"
)

// TestClippedTickerForm: a name the ticker scan reads from one word before
// an unknown ticker ("Qorvath (TSXV: QRV)") that is the first word of a
// company the item wrote in full before it ("Qorvath Uranium Inc.") is
// that company, a candidate or a dictionary company, not a second one; a
// one-word name before a ticker that no longer name starts with, or that
// two do, stays its own. Sentences and names written for this test.
func TestClippedTickerForm(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"The merger of Fuelco and Qorvath Uranium Inc., both listed in Toronto, was agreed.\n\n" +
			"Fuelco (TSX: FQQ) and Qorvath (TSXV: QRV) announced on Tuesday a letter of intent to merge.\n\n" +
			"Qorvath Uranium has holdings in Wyoming.",
			[]string{"Fuelco", "Qorvath Uranium"}},
		{"The merger of Fuelco and Askari Metals Ltd, both listed in Sydney, was agreed.\n\n" +
			"Fuelco (TSX: FQQ) and Askari (TSXV: QRV) announced on Tuesday a letter of intent to merge.",
			[]string{"Askari Metals", "Fuelco"}},
		{"Qorvath Uranium Inc. and Qorvath Nickel Corp. were both named in the filing.\n\n" +
			"Qorvath (TSXV: QRV) said on Tuesday it would appeal.",
			[]string{"Qorvath", "Qorvath Nickel", "Qorvath Uranium"}},
		{"Tindal (TSXV: TDL) said on Tuesday it had agreed to buy Qorvath Uranium Inc.",
			[]string{"Qorvath Uranium", "Tindal"}},
	} {
		names := analyzedNames(d, "", c.body)
		slices.Sort(names)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

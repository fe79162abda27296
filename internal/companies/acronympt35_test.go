package companies

import (
	"slices"
	"testing"
)

// TestIndonesianAcronymInBrackets: Indonesian press defines a short name
// with the legal prefix inside the brackets, "PT Qorvath Nickel Industri
// (PT QNI)", as "Full Name (ACR)" elsewhere; the short name, with or
// without "PT" later, names the same company (known or a candidate) and is
// not a candidate of its own.
func TestIndonesianAcronymInBrackets(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		title, body string
		want        []string
	}{
		{"Investor baru datang", "Investasi dari PT Qorvath Nickel Industri (PT QNI) naik tahun ini. PT QNI membangun smelter baru.",
			[]string{"Qorvath Nickel Industri"}},
		{"Setelah PT QNI, investor baru datang", "Investasi dari PT Qorvath Nickel Industri (PT QNI) naik tahun ini. QNI membangun smelter baru.",
			[]string{"Qorvath Nickel Industri"}},
		{"Investor baru datang", "Investasi dari PT Gunbuster Nickel Industry (PT GNI) naik tahun ini. PT GNI membangun smelter baru.",
			[]string{"PT Gunbuster Nickel Industry"}},
	} {
		names := analyzedNames(d, c.title, c.body)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

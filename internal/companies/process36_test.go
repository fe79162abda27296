package companies

import "testing"

// TestProcessNamesAreNotCandidates: a nickel process named after
// "smelter" ("smelter RKEF", "smelter HPAL", "smelter Rotary Kiln Electric
// Furnace (RKEF)", as Indonesian writes an RKEF smelter) is the plant's
// technology, not a company's name; the company beside it stays.
// Sentences and names written for this test.
func TestProcessNamesAreNotCandidates(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Pasokan untuk smelter Rotary Kiln Electric Furnace (RKEF) milik PT Korvath Nikel tetap solid.", []string{"Korvath Nikel"}},
		{"Nikel matte diproduksi oleh smelter RKEF di Weda.", nil},
		{"Pembangunan smelter HPAL dimulai di Sulawesi pada 2022.", nil},
		{"The group runs a smelter RKEF line and a High Pressure Acid Leach (HPAL) plant in Sulawesi.", nil},
		{"Indonesian smelter Talvora Nickel said output rose.", []string{"Talvora Nickel"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}

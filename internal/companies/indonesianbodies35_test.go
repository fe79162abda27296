package companies

import (
	"slices"
	"testing"
)

// TestIndonesianStateBodiesAreNotCandidates: an Indonesian ministry or
// director general is named as the English "Ministry of X and Y" is, with
// the head first and no "of": "Kementerian Energi dan Sumber Daya Mineral"
// (the ministry of energy and mineral resources), "Direktur Jenderal
// Mineral dan Batubara" (the director general of minerals and coal). The
// words after the head are no company, while a company named beside them
// still is.
func TestIndonesianStateBodiesAreNotCandidates(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"JAKARTA. Kementerian Energi dan Sumber Daya Mineral (ESDM) menyatakan PT Qorvath Nikel Mineral akan membangun smelter baru.",
			[]string{"Qorvath Nikel Mineral"}},
		{"Smelter dibuka pekan lalu.\n\nTomo, Direktur Jenderal Mineral dan Batubara Kementerian ESDM mengatakan PT Qorvath Nikel Mineral akan membangun smelter.",
			[]string{"Qorvath Nikel Mineral"}},
	} {
		names := analyzedNames(d, "Smelter baru", c.body)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

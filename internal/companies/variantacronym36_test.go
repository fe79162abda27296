package companies

import (
	"slices"
	"testing"
)

// TestAcronymAfterVariantSpelling: "Full Name (ACR)" where the item writes
// a known company's name with a word spelt another way ("PT Gunbuster
// Nickel Industri (PT GNI)" for PT Gunbuster Nickel Industry, whose alias
// "Gunbuster Nickel" is what matched) makes ACR that company, as it does
// when the name matched whole, because the words spell ACR and begin as
// the company's own name's words do. A longer name built on the known
// one, whose words the company's names do not have ("Gunbuster Nickel
// Smelter (GNS)"), defines nothing for it. Sentences written for this test.
func TestAcronymAfterVariantSpelling(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Investasi datang dari PT Gunbuster Nickel Industri (PT GNI) di Morowali Utara.\n\n" +
			"Sementara itu, PT GNI membangun 25 tungku smelter di wilayah tersebut.",
			[]string{"PT Gunbuster Nickel Industry"}},
		{"Investasi datang dari Gunbuster Nickel Industri (GNI) di Morowali Utara.\n\n" +
			"GNI membangun 25 tungku smelter di wilayah tersebut.",
			[]string{"PT Gunbuster Nickel Industry"}},
	} {
		names := analyzedNames(d, "", c.body)
		slices.Sort(names)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
	// The acronym counts for the company as it does after the name spelt
	// the dictionary's way.
	count := func(body string) int {
		n := 0
		for _, f := range d.Analyze(Doc{Body: body}) {
			if f.Name == "PT Gunbuster Nickel Industry" {
				n = f.Count
			} else {
				t.Errorf("%q: found %q too", body, f.Name)
			}
		}
		return n
	}
	rest := " (PT GNI) di Morowali Utara.\n\nPT GNI membangun 25 tungku smelter. PT GNI juga membangun pelabuhan."
	if v, w := count("Investasi datang dari PT Gunbuster Nickel Industri"+rest), count("Investasi datang dari PT Gunbuster Nickel Industry"+rest); v != w {
		t.Errorf("named %d times with the variant spelling, %d with the dictionary's", v, w)
	}
	// Not a unit's own acronym: GNS does not count for the company.
	fs := d.Analyze(Doc{Body: "Gunbuster Nickel Smelter (GNS) mulai beroperasi.\n\nGNS mengolah bijih dari Sulawesi. GNS juga membeli bijih."})
	for _, f := range fs {
		if f.Name == "PT Gunbuster Nickel Industry" && f.Count != 1 {
			t.Errorf("GNS was read as PT Gunbuster Nickel Industry: %+v", fs)
		}
	}
}

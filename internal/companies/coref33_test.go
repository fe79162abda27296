package companies

import (
	"slices"
	"testing"
)

// TestItemShortNames checks, on sentences written for it in publishers'
// styles, that the short names an item gives a company it names in full
// (quoted names a release defines after its tickers, a name clipped from
// a longer one) count as namings of that company, that they create no
// company of their own, and that a name opening its sentence after "PT"
// is the antecedent of the anaphor after it (session 33, docs/companies.md
// "Session 33: short forms and references back"). Every name is invented.
func TestItemShortNames(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		name               string
		doc                Doc
		subjects, mentions []string
		counts             map[string]int // namings of a company, when checked
	}{
		{"quoted names after the tickers, used in a highlight before the definition",
			Doc{Title: "Qorvath Graphite signs anode licence",
				Highlights: []string{"The licence is a key step for QG1's planned Ohio anode plant", "Qorvath Graphite grants long-term incentive awards"},
				Body:       "Qorvath Graphite Inc. (TSXV: QGR) (OTCQX: QGRFF) (\"Qorvath Graphite\", \"QG1\" or the \"Company\") announced today that it has signed a licence with Tindal Anode Materials Co. Ltd. The licence is an important milestone for QG1.\n\nQG1 expects to start building in 2027."},
			[]string{"Qorvath Graphite", "Tindal Anode Materials"}, nil, map[string]int{"Qorvath Graphite": 6}},
		{"a candidate that clips a longer name written before it",
			Doc{Title: "RI-China venture to build smelter in Sulawesi",
				Body: "Nickel miner PT Qorvath Nickel-Alloy Indonesia plans to start a smelter in Bantaeng, South Sulawesi.\n\nThe smelter will produce 50,000 tons of ferronickel a year, according to Qorvath Nickel director Jos Hideky.\n\nQorvath Nickel is a joint venture between Tindal Metals Co. of China and a local firm. Qorvath's smelter is part of a wider investment in the regency."},
			[]string{"Qorvath Nickel-Alloy Indonesia"}, []string{"Tindal Metals"}, map[string]int{"Qorvath Nickel-Alloy Indonesia": 4}},
		{"a longer name that adds only a country is the unit, not the company it clips",
			Doc{Title: "Tindal Lithium raises funds",
				Body: "Tindal Lithium Zimbabwe (Private) Limited, which runs the Kasumbi mine, will build a concentrator.\n\nIts parent Tindal Lithium Ltd said on Monday it had raised $40 million. Tindal Lithium plans first output in 2027."},
			[]string{"Tindal Lithium", "Tindal Lithium Zimbabwe"}, nil, nil},
		{"a dictionary alias written after PT opens its sentence, and the venture after it stands for it",
			Doc{Title: "China's Qorvath Cobalt ships first MHP from Indonesia venture",
				Body: "JAKARTA - Qorvath Cobalt's Indonesian joint venture shipped its first cargo of mixed hydroxide precipitate to China on Monday. The cargo carried 9,500 tonnes.\n\nPrices have fallen this year. PT Huayue, set up with Orvelle Mining Co, said it would add a second line in 2027. The venture expects to make 60,000 tonnes of nickel a year."},
			[]string{"Qorvath Cobalt", "Huayue Nickel Cobalt"}, []string{"Orvelle Mining"}, nil},
	} {
		fs := d.Analyze(c.doc)
		s, m := roles(fs)
		if !slices.Equal(s, c.subjects) || !slices.Equal(m, c.mentions) {
			t.Errorf("%s: subjects %q mentions %q, want %q and %q\n%+v", c.name, s, m, c.subjects, c.mentions, fs)
		}
		for name, n := range c.counts {
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.Name == name })
			if i < 0 || fs[i].Count != n {
				t.Errorf("%s: %s named %d times, want %d\n%+v", c.name, name, func() int {
					if i < 0 {
						return 0
					}
					return fs[i].Count
				}(), n, fs)
			}
		}
	}
}

// TestClippedNameStaysInItsItem checks that a candidate linked to the
// longer name an item wrote before it is linked there only: the next item,
// which writes the clipped name alone, reports it as written. Invented.
func TestClippedNameStaysInItsItem(t *testing.T) {
	d := mustDefault(t)
	first := Doc{Title: "RI-China venture to build smelter in Sulawesi",
		Body: "Nickel miner PT Qorvath Nickel-Alloy Indonesia plans to start a smelter in Bantaeng.\n\nThe smelter will produce 50,000 tons of ferronickel a year, according to Qorvath Nickel director Jos Hideky."}
	if fs := d.Analyze(first); len(fs) != 1 || fs[0].Name != "Qorvath Nickel-Alloy Indonesia" || fs[0].Count != 2 {
		t.Fatalf("first item: %+v", fs)
	}
	next := Doc{Title: "Smelter output rises", Body: "Ferronickel output rose 12% in May, Qorvath Nickel director Jos Hideky said."}
	if fs := d.Analyze(next); len(fs) != 1 || fs[0].Name != "Qorvath Nickel" {
		t.Errorf("the next item: %+v, want the clipped name as written", fs)
	}
}

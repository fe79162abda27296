package companies

import (
	"slices"
	"testing"
)

// TestTickerNameInOtherOrder: a known ticker after a name written with the
// dictionary name's words in another order (French releases put the trade
// word first: "Exploration Kestrel inc. (TSXV: KXR)" for Kestrel
// Exploration) names the dictionary company; a name that shares none of
// its words ("Equator Rare Earths Limited (ASX: EQR)" beside another
// company's EQR) stays a company of its own, as does one that shares
// only a place word with it. Sentences and names are invented.
func TestTickerNameInOtherOrder(t *testing.T) {
	d, err := New([]Company{
		{Name: "Kestrel Exploration", Tickers: []string{"TSXV:KXR"}, Minerals: []string{"lithium"}},
		{Name: "Orlan Resources", Tickers: []string{"ASX:ORL"}, Minerals: []string{"graphite"}},
		{Name: "Yukon Lithium", Tickers: []string{"TSXV:YKL"}, Minerals: []string{"lithium"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Exploration Kestrel lance une campagne",
			"MONTRÉAL -- Exploration Kestrel inc. (TSXV:KXR, OTCQB:KXRRF) a le plaisir d'annoncer une campagne de prospection au Québec.",
			[]string{"Kestrel Exploration"}},
		{"Nouvelle campagne au Québec",
			"Ressources Orlan inc. (ASX: ORL) a le plaisir d'annoncer une campagne de forage.",
			[]string{"Orlan Resources"}},
		{"Graphite junior lists",
			"Tamsin Graphite Limited (ASX: ORL) said its shares would trade from Monday.",
			[]string{"Tamsin Graphite"}},
		{"Graphite junior lists",
			"Orlan Resources Limited (ASX: ORL) said its shares would trade from Monday.",
			[]string{"Orlan Resources"}},
		{"Nouvelle campagne au Yukon",
			"Lithium Yukon inc. (TSXV: YKL) a le plaisir d'annoncer une campagne de forage.",
			[]string{"Yukon Lithium"}},
		{"Lithium junior lists",
			"Northern Yukon Minerals Ltd (TSXV: YKL) said its shares would trade from Monday.",
			[]string{"Northern Yukon Minerals"}},
	} {
		if got := analyzedNames(d, tc.title, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%q: found %q, want %q", tc.body, got, tc.want)
		}
	}
}

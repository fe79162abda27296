package companies

import (
	"slices"
	"testing"
)

// TestAmpersandNameBeforeTicker checks that a ticker group after a name
// that "&" continues past a shorter dictionary name ("Kestrel Tungsten &
// Antimony (ASX: KTX)") names the whole, not the last word alone, and
// that the dictionary's shorter name written bare in the same item (a
// headline's "Kestrel Tungsten") is the longer name's short form there,
// not the other company. "&" between two companies still separates them.
// Sentences are invented.
func TestAmpersandNameBeforeTicker(t *testing.T) {
	d, err := New([]Company{
		{Name: "Kestrel Tungsten", Minerals: []string{"tungsten"}, Tickers: []string{"CSE:KTG"}},
		{Name: "Norbridge Cobalt", Minerals: []string{"cobalt"}},
		{Name: "Halden Metals", Minerals: []string{"nickel"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Utah antimony driller's shares jump",
			"Kestrel Tungsten & Antimony (ASX:KTX) said its maiden holes cut stibnite at the Orrin claims. The firm's shares jumped 14% on Wednesday.",
			[]string{"Kestrel Tungsten & Antimony"}},
		{"Kestrel Tungsten secures a mill to fast-track output",
			"Kestrel Tungsten & Antimony Ltd has bought a permitted mill in Utah. Kestrel Tungsten & Antimony Ltd (ASX - KTX) said output starts in 2027.",
			[]string{"Kestrel Tungsten & Antimony"}},
		{"Kestrel Tungsten restarts its Nevada mill",
			"Kestrel Tungsten (CSE: KTG) said the mill will treat scheelite from May. The company hired forty staff.",
			[]string{"Kestrel Tungsten"}},
		{"Refiners sign a pact",
			"Norbridge Cobalt & Halden Metals (ASX: NBH) signed a ten-year refining pact on Monday.",
			[]string{"Halden Metals", "Norbridge Cobalt"}},
	} {
		var got []string
		for _, f := range d.Analyze(Doc{Title: tc.title, Body: tc.body}) {
			got = append(got, f.Name)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(got, want) {
			t.Errorf("Analyze(%q) = %q, want %q", tc.title, got, want)
		}
	}
}

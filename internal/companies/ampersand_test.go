package companies

import (
	"slices"
	"testing"
)

// TestWholeAmpersandNames checks that a name the dictionary holds only in
// its shorter form is read whole when "&" and a trade or mineral word
// continue it, and that "&" between two companies, and "and" in prose,
// still separate them. Sentences are invented.
func TestWholeAmpersandNames(t *testing.T) {
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
		{"Kestrel Tungsten & Antimony hits stibnite at its Utah claims",
			"Kestrel Tungsten & Antimony Corp. said its first two holes cut stibnite. The company plans a third hole in March.",
			[]string{"Kestrel Tungsten & Antimony"}},
		{"Drillers return to Utah antimony claims",
			"Kestrel Tungsten and Antimony Corp said its first two holes cut stibnite. Assays are due in March.",
			[]string{"Kestrel Tungsten and Antimony"}},
		{"Kestrel Tungsten restarts its Nevada mill",
			"Kestrel Tungsten said the mill will treat scheelite ore from May. The company hired forty staff.",
			[]string{"Kestrel Tungsten"}},
		{"Norbridge Cobalt & Halden Metals sign a refining pact",
			"Norbridge Cobalt and Halden Metals signed a ten-year refining pact on Monday.",
			[]string{"Norbridge Cobalt", "Halden Metals"}},
		{"Cobalt refiners meet buyers",
			"Norbridge Cobalt and Nickel buyers met in Lubumbashi on Monday, Norbridge Cobalt said.",
			[]string{"Norbridge Cobalt"}},
		// Before a ticker group (juniors-s37): the ticker names the whole
		// name "&" continues, and a headline's bare shorter name is its
		// short form there, not the other company.
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

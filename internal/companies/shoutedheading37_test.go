package companies

import (
	"slices"
	"testing"
)

// TestShoutedHeadingIsTheNamedCompany checks that a company heading in
// capitals before its ticker, as market round-ups head each stock
// ("QUOLL MINING CORP (ASX:QML)"), is the company the item writes in
// mixed case elsewhere with its legal form ("Quoll Mining Corp said"),
// a candidate or a dictionary company, and not a second name. Sentences
// are invented.
func TestShoutedHeadingIsTheNamedCompany(t *testing.T) {
	d, err := New([]Company{
		{Name: "Numbat Mining Corporation", Aliases: []string{"Numbat Mining Corp"}, Minerals: []string{"copper"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Small caps surge on lithium buys",
			"Here are the biggest winners in early trade.\n\nQUOLL MINING CORP (ASX:QML)\n\nThe small cap battler shot up 100% after sampling. Quoll Mining Corp said assays are pending.",
			[]string{"Quoll Mining"}},
		{"Small caps surge on copper finds",
			"Numbat Mining Corp defines nine copper targets.\n\nNUMBAT MINING CORP (ASX:NMC)\n\nThe battler shot up 100% after soil sampling.",
			[]string{"Numbat Mining Corporation"}},
		{"Round-up",
			"Here are the winners.\n\nWALLABY METALS (ASX:WBM)\n\nThe explorer rose 20%.",
			[]string{"WALLABY METALS"}},
		{"Wallaby Metals hits the bourse",
			"Here are the winners.\n\nWALLABY METALS (ASX:WBM)\n\nThe explorer rose 20%.",
			[]string{"Wallaby Metals"}},
	} {
		var got []string
		for _, f := range d.Analyze(Doc{Title: tc.title, Body: tc.body}) {
			got = append(got, f.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Analyze(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

package companies

import (
	"slices"
	"testing"
)

// TestFormerNameAfterNameChange: "X changed its name from Y" gives Y as
// X's earlier name, as "X, formerly known as Y" does (former_cues in
// data/roles.toml): Y is not another company of the item, even when the
// dictionary holds Y as a unit of its own. Sentences and names are
// invented.
func TestFormerNameAfterNameChange(t *testing.T) {
	d, err := New([]Company{
		{Name: "Qorvath Mining Holding", Minerals: []string{"nickel"}},
		{Name: "Orlan Smelting", Parent: "Qorvath Mining Holding", Minerals: []string{"nickel"}},
		{Name: "Kestrel Nickel", Minerals: []string{"nickel"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"State miner completes stake buy",
			"Qorvath Mining Holding completed its purchase of a 20% stake in Kestrel Nickel on Thursday. Qorvath Mining Holding changed its name from Orlan Smelting in August.",
			[]string{"Qorvath Mining Holding", "Kestrel Nickel"}},
		{"State miner completes stake buy",
			"Qorvath Mining Holding completed its purchase of a 20% stake in Kestrel Nickel. The holding company changed their name from Orlan Smelting last year.",
			[]string{"Qorvath Mining Holding", "Kestrel Nickel"}},
		{"State miner completes stake buy",
			"Qorvath Mining Holding completed its purchase of a 20% stake in Kestrel Nickel. Orlan Smelting, its smelting unit, raised output.",
			[]string{"Qorvath Mining Holding", "Kestrel Nickel", "Orlan Smelting"}},
	} {
		if got := analyzedNames(d, tc.title, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%q: found %q, want %q", tc.body, got, tc.want)
		}
	}
}

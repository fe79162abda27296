package companies

import "testing"

// TestLegalNameShortForm: a dictionary company whose own name ends in its
// legal form ("Tarsel Minerals Limited", as the data writes it because the
// words alone are common ones) is written again by its words without the
// legal form once the item has written it in full: "the approval of Tarsel
// Minerals", "from Tarsel Minerals" in the title. Not in an item that never
// writes the full name, not before another capitalised word ("Tarsel
// Minerals Holdings" is another name), and not when the words are written
// in lower case ("tarsel minerals"). Invented companies and sentences.
func TestLegalNameShortForm(t *testing.T) {
	d, err := New([]Company{
		{Name: "Tarsel Minerals Limited", Minerals: []string{"graphite"}, Country: "Australia"},
		{Name: "Korvin Graphite", Minerals: []string{"graphite"}, Country: "United Kingdom"},
	})
	if err != nil {
		t.Fatal(err)
	}
	full := "Korvin Graphite has agreed to buy the Mozambique projects of Tarsel Minerals Limited for $12m. "
	for _, c := range []struct {
		title, body string
		want        int
	}{
		{"Korvin Graphite to buy projects from Tarsel Minerals", full + "The deal needs the approval of Tarsel Minerals shareholders.", 3},
		{"Korvin Graphite to buy projects", full + "The deal needs the approval of Tarsel Minerals and of the regulator.", 2},
		{"Korvin Graphite to buy projects", full + "The projects were first staked by Tarsel Minerals Holdings in 2015.", 1},
		{"Korvin Graphite to buy projects", full + "Korvin has long wanted tarsel minerals in its portfolio.", 1},
	} {
		f, ok := findings(d, Doc{Title: c.title, Body: c.body})["Tarsel Minerals Limited"]
		if !ok {
			t.Fatalf("%q: Tarsel Minerals Limited not found", c.body)
		}
		if f.Count != c.want {
			t.Errorf("%q / %q: Tarsel Minerals Limited named %d times, want %d", c.title, c.body, f.Count, c.want)
		}
	}
	// Never written in full: the words alone are no naming the item gives.
	if _, ok := findings(d, Doc{Title: "Korvin Graphite to buy projects", Body: "Korvin Graphite will buy projects from Tarsel Minerals."})["Tarsel Minerals Limited"]; ok {
		t.Errorf("Tarsel Minerals Limited found in an item that never writes it in full")
	}
}

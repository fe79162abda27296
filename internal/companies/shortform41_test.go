package companies

import "testing"

// TestPlaceWordShortForm: a dictionary company named "<place> <trade
// words>" ("Guizhou Mining") that the item writes in full is written again
// by its place word where it acts as the company with a verb right after it
// ("Guizhou will commit ...", "Guizhou said"), when the item uses the word
// as a place nowhere and starts no other name with it. A place use anywhere
// ("a plant in Guizhou", "Guizhou province", "provincia de Guizhou") or
// another name ("Guizhou Tianma Graphite") keeps the word a place, and a
// verb of being or having ("Guizhou has the largest reserves") does not
// make it act. Invented companies and sentences.
func TestPlaceWordShortForm(t *testing.T) {
	d, err := New([]Company{
		{Name: "Guizhou Mining", Minerals: []string{"lithium"}, Country: "China"},
		{Name: "Tarvel Lithium", Minerals: []string{"lithium"}, Country: "Australia"},
		{Name: "Guizhou Tianma Graphite", Minerals: []string{"graphite"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	title := "Tarvel Lithium lands funding for its Karoo project"
	lead := "Tarvel Lithium said on Monday it had agreed a funding package for its Karoo project. The money comes from Oskel Holdings, a subsidiary of Guizhou Mining.\n\n"
	for _, c := range []struct {
		body string
		want int
	}{
		{"Under the agreement, Guizhou will commit $50m to the project.\n\nGuizhou said the deal fits its plans.", 3},
		{"Under the agreement, Guizhou will commit $50m to the project.\n\nThe ore will be shipped to a plant in Guizhou.", 1},
		{"Under the agreement, Guizhou will commit $50m to the project.\n\nGuizhou province hosts the refinery.", 1},
		{"Según el acuerdo, Guizhou will commit $50m to the project.\n\nThe ore goes to the provincia de Guizhou.", 1},
		{"Guizhou has the largest lithium reserves in the country.", 1},
		{"Under the agreement, Guizhou will commit $50m to the project.\n\nGuizhou Tianma Graphite will buy the ore.", 1},
		{"Under the agreement, Guizhou will commit $50m to the project.\n\nGuizhou in south-west China hosts the refinery.", 1},
	} {
		f, ok := findings(d, Doc{Title: title, Body: lead + c.body})["Guizhou Mining"]
		if !ok {
			t.Fatalf("%q: Guizhou Mining not found", c.body)
		}
		if f.Count != c.want {
			t.Errorf("%q: Guizhou Mining named %d times, want %d", c.body, f.Count, c.want)
		}
	}
	// The title names the place alone: the city acts, not the company.
	body := lead + "A city official said Guizhou would expand the refinery."
	if f := findings(d, Doc{Title: "Guizhou sets lithium output target", Body: body})["Guizhou Mining"]; f.Count != 1 {
		t.Errorf("title names Guizhou alone: Guizhou Mining named %d times, want 1", f.Count)
	}
}

package companies

import "testing"

// TestHighlightActor44 (session 44, once-s44): a company named once, in a
// publisher highlight it opens as the actor ("X emerges as ...", "X aids
// ..."), is a subject of the item even when the title names another
// company; named there as an object, a pair or a list member it stays a
// peer the publisher set beside the news. Invented names and sentences.
func TestHighlightActor44(t *testing.T) {
	d := mustDefault(t)
	const title = "Tarnwick Rare Earths reports thick clay intercepts"
	const body = "Tarnwick Rare Earths said on Monday that infill drilling at its northern zone returned thick clay intercepts. The results extend the zone by two kilometres."
	for _, tc := range []struct {
		highlight string
		subject   bool
	}{
		{"Qorvath Minerals emerges as a likely buyer of the concentrate", true},
		{"Qorvath Minerals aids the move into a vertically integrated magnet chain", true},
		{"Qorvath Minerals signs a term sheet for the first output", true},
		{"Strategic partnerships with Qorvath Minerals aim to build a chain outside China", false},
		{"Qorvath Minerals and Brannock Lithium are developing rival clay projects", false},
		{"Qorvath Minerals, Brannock Lithium and Sefton Graphite saw gains this week", false},
	} {
		doc := Doc{Title: title, Highlights: []string{"Infill drilling confirms thick clay near surface", tc.highlight}, Body: body}
		found := false
		for _, f := range d.Analyze(doc) {
			if f.Name != "Qorvath Minerals" {
				continue
			}
			found = true
			if f.Subject != tc.subject {
				t.Errorf("%q: Qorvath Minerals subject=%v (%s), want %v", tc.highlight, f.Subject, f.Note, tc.subject)
			}
		}
		if !found {
			t.Errorf("%q: Qorvath Minerals not found", tc.highlight)
		}
	}
}

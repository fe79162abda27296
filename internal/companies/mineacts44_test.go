package companies

import (
	"slices"
	"testing"
)

// Session 44 (notfound-s44): a mine named after its company names the
// mine ("Zulu Lithium Mine will ship concentrate"), but a mine does not
// speak: "X Mine said" and "X Mine spokesperson Jane Doe" name the
// company that runs it, as the press writes a mine's owner.
func TestMineSpeaksAsCompany(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		name, title, body string
		want              bool
	}{
		{"the mine said", "Village gets a clinic",
			"A new clinic opened near the pits this week.\n\nZulu Lithium Mine said the clinic would serve four wards.\n\nZulu Lithium Mine said it had hired 300 local people.", true},
		{"the mine's spokesperson", "Village gets a clinic",
			"A new clinic opened near the pits this week.\n\nZulu Lithium Mine spokesperson Jane Doe said most of the staff come from the district.\n\nZulu Lithium Mine told reporters more jobs would follow.", true},
		{"the mine's own spokesperson, possessive", "Village gets a clinic",
			"A new clinic opened near the pits this week.\n\nZulu Lithium Mine's spokesperson said most of the staff come from the district.\n\nZulu Lithium Mine will ship concentrate by road.", false},
		{"the mine acts as a mine", "Lithium mine starts production",
			"Zulu Lithium Mine in the south started production on Friday after it won its permits.\n\nZulu Lithium Mine will ship concentrate by road.", false},
		{"the mine is described", "Lithium mine starts production",
			"Zulu Lithium Mine is the largest employer in the area.\n\nZulu Lithium Mine produced its first concentrate in May.", false},
	} {
		got := slices.Contains(analyzedNames(d, c.title, c.body), "Zulu Lithium")
		if got != c.want {
			t.Errorf("%s: Zulu Lithium found = %v, want %v (%v)", c.name, got, c.want, analyzedNames(d, c.title, c.body))
		}
	}
}

package companies

import "testing"

// TestOfficerTitleBeforeName: an officer's title and "of" before a
// candidate ("Chief Financial Officer of X Mining", "Managing Director of
// X Minerals Ltd") are the person's, not part of the company's name, and
// do not turn the company into an institution. Sentences and names
// written for this test.
func TestOfficerTitleBeforeName(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Jane Moss, Chief Financial Officer of Korvath Mining, said costs fell.", []string{"Korvath Mining"}},
		{"Jane Moss, Managing Director of Korvath Minerals Ltd, said costs fell.", []string{"Korvath Minerals"}},
		{"Tom Bell, Executive Chairman of Ridgeback Resources, said the plant was ready.", []string{"Ridgeback Resources"}},
		{"The Chief Executive Officer of Talvora Lithium Corp. resigned on Monday.", []string{"Talvora Lithium"}},
		// institutions keep their heads: no company here
		{"The Department of Mineral Resources issued the permit.", nil},
		{"The Director of Mines and Petroleum issued the permit.", nil},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}

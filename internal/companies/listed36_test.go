package companies

import "testing"

// TestListingDescriptorBeforeName: a listing or base descriptor written
// in title case before a candidate ("ASX Listed X Minerals", "TSX-V Listed
// X Metals", "Perth Based X Lithium Ltd") describes the company and is no
// part of its name, as it is in lower case ("ASX-listed X Minerals").
// Sentences and names written for this test.
func TestListingDescriptorBeforeName(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"ASX Listed Korvath Minerals said it raised A$12 million.", []string{"Korvath Minerals"}},
		{"The TSX-V Listed Korvath Metals said it raised C$4 million.", []string{"Korvath Metals"}},
		{"Perth Based Talvora Lithium Ltd signed an offtake deal.", []string{"Talvora Lithium"}},
		{"ASX-listed Korvath Minerals said it raised A$12 million.", []string{"Korvath Minerals"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}

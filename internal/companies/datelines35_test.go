package companies

import (
	"slices"
	"testing"
)

// TestDatelineDateIsNotAName: a wire dateline written without a dash
// ("HONG KONG Oct 10 Qorvath ...", "SYDNEY, March 3, 2026 Qorvath ...")
// ends at its date; the place and the date are not the first words of the
// candidate after it, in the suffix form and in the ticker form.
func TestDatelineDateIsNotAName(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct{ body, want string }{
		{"HONG KONG Oct 10 Qorvath Nickel Resources Holdings Co Ltd said on Sunday it would buy a stake.", "Qorvath Nickel Resources Holdings"},
		{"SYDNEY, Oct 10 Qorvath Minerals Ltd said on Sunday it would sell a stake.", "Qorvath Minerals"},
		{"PERTH, Oct. 10 Qorvath Minerals Ltd said on Sunday it would sell a stake.", "Qorvath Minerals"},
		{"SYDNEY, March 3, 2026 Qorvath Minerals Ltd said it would sell a stake.", "Qorvath Minerals"},
		{"SYDNEY Oct 10 Tindal Cobalt (ASX: TDC) said it would sell a stake.", "Tindal Cobalt"},
	} {
		names := analyzedNames(d, "Deal news", c.body)
		if !slices.Equal(names, []string{c.want}) {
			t.Errorf("%q: found %q, want [%q]", c.body, names, c.want)
		}
	}
}

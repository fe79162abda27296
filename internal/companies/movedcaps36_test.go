package companies

import (
	"slices"
	"testing"
)

// TestMovedCapitalsNameMixedCaseCompany: the press moves the inner
// capitals of a mixed-case name ("REAlloys" for the dictionary's
// "REalloys"); the name is still the company's. A short token, or one that
// starts in lower case, is not read so. Sentences written for this test.
func TestMovedCapitalsNameMixedCaseCompany(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names := func(body string) []string {
		var out []string
		for _, f := range d.Analyze(Doc{Body: body}) {
			out = append(out, f.Name)
		}
		return out
	}
	for _, body := range []string{
		"Export credit for REAlloys moved ahead this week. REAlloys will build a metals plant in Ohio.",
		"Export credit for REalloys moved ahead this week. REalloys will build a metals plant in Ohio.",
	} {
		if got := names(body); !slices.Contains(got, "REalloys") {
			t.Errorf("%q: got %v, want REalloys", body, got)
		}
	}
	if got := names("Export credit for rEALLOYS moved ahead this week."); slices.Contains(got, "REalloys") {
		t.Errorf("a token starting in lower case read as REalloys: %v", got)
	}
}

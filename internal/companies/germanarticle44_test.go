package companies

import (
	"slices"
	"testing"
)

// TestGermanArticleBeforeName44 (session 44, subjprec-s44): a German
// article opening a sentence ("Die X Corp. hat ...", "Der Vorstand der
// X") is no part of the company's name that follows it (leading_noise),
// as "The" is not. Invented sentences and names.
func TestGermanArticleBeforeName44(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ title, body, want string }{
		{"Qorvath Minerals Corp. meldet neue Bohrergebnisse", "Die Qorvath Minerals Corp. hat in der Zone Nord neue Mineralisierungen entdeckt.", "Qorvath Minerals"},
		{"Neue Bohrergebnisse in Kanada", "Der Vorstand der Tarnwick Antimony Resources Corp. hat das Programm erweitert.", "Tarnwick Antimony Resources"},
	} {
		names := analyzedNames(d, tc.title, tc.body)
		if !slices.Contains(names, tc.want) {
			t.Errorf("%q: found %q, want %q", tc.body, names, tc.want)
		}
		for _, n := range names {
			if n != tc.want && (n == "Die "+tc.want || n == "Der "+tc.want) {
				t.Errorf("%q: found %q with its article", tc.body, n)
			}
		}
	}
}

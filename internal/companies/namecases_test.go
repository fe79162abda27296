package companies

import "testing"

// nameCase is one sentence of a candidate test: whether word is among the
// names Analyze finds when body follows the item's lead.
type nameCase struct {
	body, word string
	want       bool
}

// checkNameCases analyses each case's body after lead under title and reports
// every case whose word is found, or missed, against want.
func checkNameCases(t *testing.T, d *Dictionary, title, lead string, cases []nameCase) {
	t.Helper()
	for _, tc := range cases {
		got := false
		for _, f := range d.Analyze(Doc{Title: title, Body: lead + tc.body}) {
			if f.Name == tc.word {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: candidate %q found = %v, want %v", tc.body, tc.word, got, tc.want)
		}
	}
}

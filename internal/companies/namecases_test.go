package companies

import (
	"reflect"
	"testing"
)

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

// detectCase is one sentence of a detection test: the companies Detect
// must find in text, in order (nil for none).
type detectCase struct {
	name, text string
	want       []string
}

// checkDetectCases runs Detect on each case's text and reports every case
// whose companies differ from want.
func checkDetectCases(t *testing.T, d *Dictionary, cases []detectCase) {
	t.Helper()
	for _, c := range cases {
		got := d.Detect("", c.text)
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// kbxDictionary is a dictionary of two invented companies: a Chinese brine
// consortium known by the weak short alias KBX, and a Bolivian state miner.
func kbxDictionary(t *testing.T) *Dictionary {
	t.Helper()
	d, err := New([]Company{
		{Name: "Korvath Brine Consortium", Aliases: []string{"KBX"}, Minerals: []string{"lithium"}, Country: "China"},
		{Name: "Salar Alto Minera", Minerals: []string{"lithium"}, Country: "Bolivia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// subjectCase is one sentence of a role test: name must be found in body,
// as a subject or not.
type subjectCase struct {
	body, name string
	subject    bool
}

// checkSubjects analyses each case's body under title and reports every
// case whose company is not found or has the wrong role.
func checkSubjects(t *testing.T, d *Dictionary, title string, cases []subjectCase) {
	t.Helper()
	for _, tc := range cases {
		found := false
		for _, f := range d.Analyze(Doc{Title: title, Body: tc.body}) {
			if f.Name == tc.name {
				found = true
				if f.Subject != tc.subject {
					t.Errorf("%q: %s subject = %v, want %v (%s)", tc.body, tc.name, f.Subject, tc.subject, f.Note)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.body, tc.name)
		}
	}
}

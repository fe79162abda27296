package companies

import "testing"

// TestLatinFormedBy43 (session 43, ensubj-s43): the owners named after a
// Spanish, Portuguese or French "formed/controlled by" ("conformada por",
// "controlada por", "détenue par") are the parents of the company the
// sentence names, mentions as after "formed by" (by_cues), not subjects
// beside it. The company a sentence says they formed is still a subject.
// Invented sentences; the names are the dictionary's.
func TestLatinFormedBy43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		body, name string
		subject    bool
	}{
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Ganfeng Lithium", false},
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Lithium Argentina", false},
		{"Minera Exar, empresa controlada por Ganfeng Lithium, alcanzó su objetivo anual de carbonato.", "Ganfeng Lithium", false},
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Minera Exar", true},
		{"Ganfeng Lithium anunció que alcanzó su objetivo anual en Jujuy.", "Ganfeng Lithium", true},
	} {
		found := false
		for _, f := range d.Analyze(Doc{Title: "Litio: la compañía jujeña que se convirtió en la principal productora", Body: tc.body}) {
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

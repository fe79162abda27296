package companies

import "testing"

// TestLatinFormedBy43 (session 43, ensubj-s43): the owners named after a
// Spanish, Portuguese or French "formed/controlled by" ("conformada por",
// "controlada por", "détenue par") are the parents of the company the
// sentence names, mentions as after "formed by" (by_cues), not subjects
// beside it. The company a sentence says they formed is still a subject.
// Invented sentences; the names are the dictionary's.
func TestLatinFormedBy43(t *testing.T) {
	d := mustDefault(t)
	checkSubjects(t, d, "Litio: la compañía jujeña que se convirtió en la principal productora", []subjectCase{
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Ganfeng Lithium", false},
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Lithium Argentina", false},
		{"Minera Exar, empresa controlada por Ganfeng Lithium, alcanzó su objetivo anual de carbonato.", "Ganfeng Lithium", false},
		{"Minera Exar, la empresa jujeña conformada por Ganfeng Lithium, Lithium Argentina y JEMSE, alcanzó su objetivo anual.", "Minera Exar", true},
		{"Ganfeng Lithium anunció que alcanzó su objetivo anual en Jujuy.", "Ganfeng Lithium", true},
	})
}

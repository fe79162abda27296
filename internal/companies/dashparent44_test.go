package companies

import "testing"

// TestParentInDashes44 (session 44, subjprec-s44): a parent named inside a
// phrase set off by dashes ("—via its parent, X (NASDAQ: X)—aims to ...")
// does not act: the verb after the closing dash belongs to the sentence's
// subject before the phrase, so "its parent, X" stays a parent (a
// mention). A parent that acts in its own clause stays a subject.
// Invented sentences; the names are the dictionary's.
func TestParentInDashes44(t *testing.T) {
	d := mustDefault(t)
	const title = "Magnet deal signals ambition"
	checkSubjects(t, d, title, []subjectCase{
		{"Pensana's agreement with ReElement Technologies—via its parent, American Resources Corp (NASDAQ: AREC)—aims to build a magnet supply chain.", "American Resources Corporation", false},
		{"Pensana's agreement with ReElement Technologies – via its parent, American Resources Corp – aims to build a magnet supply chain.", "American Resources Corporation", false},
		{"Pensana signed an agreement with ReElement Technologies, and its parent, American Resources Corp (NASDAQ: AREC), plans to list the unit.", "American Resources Corporation", true},
	})
}

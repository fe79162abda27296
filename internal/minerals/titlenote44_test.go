package minerals

import "testing"

// TestTitleCompanyNote: a mineral named only inside a company's name in
// the title, which the body writes as the company ("Varela Nickel Corp."),
// is no subject, and its note says so; it named no other mineral, so the
// note is not the one for a mineral named after another. Invented
// sentences.
func TestTitleCompanyNote(t *testing.T) {
	s := mustDefault(t)
	doc := Doc{Title: "Varela Nickel to start drilling at Ducros",
		Body: "Varela Nickel Corp. (CSE: VNC) said on Monday that crews will arrive in May.\n\nThe board meets in June."}
	fs := s.Analyze(doc)
	if len(fs) != 1 || fs[0].Tag != "nickel" || fs[0].Subject || fs[0].Note != noteCompanyNews {
		t.Errorf("%q: found %+v, want nickel, no subject, note %q", doc.Title, fs, noteCompanyNews)
	}
}

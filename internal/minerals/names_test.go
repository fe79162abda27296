package minerals

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
)

// TestCompanyNames checks that no company in the dictionary whose name
// starts with a mineral word ("Lithium Americas", "Uranium One", "Cobalt
// Blue") makes a title about it a title about the mineral: the word after
// the mineral must be one of company_words.
func TestCompanyNames(t *testing.T) {
	s := mustDefault(t)
	d, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range d.Companies() {
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			ws := tokenize(name)
			if len(ws) < 2 || !titleCase(ws[0].text) {
				continue
			}
			ph, ok := s.matchAt(ws, 0)
			if !ok || len(ph.keys) >= len(ws) {
				continue
			}
			checked++
			title := name + " signs supply deal"
			if got := subjects(s.Analyze(Doc{Title: title, Body: "The deal was signed on Monday."})); len(got) > 0 {
				t.Errorf("%q: subjects %q; add %q to company_words in minerals.toml", title, got, strings.ToLower(ws[len(ph.keys)].text))
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d company names start with a mineral word; the dictionary changed?", checked)
	}
}

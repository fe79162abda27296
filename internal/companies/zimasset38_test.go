package companies

import (
	"slices"
	"testing"
	"time"
)

// Session 38 (zimnames-s38): a mine or project named after its company names
// the asset, not the company (docs/labelling.md, 8: "A mine named after its
// company names the mine"), also when a possessive opens it ("its Zulu
// Lithium and Tantalum Project"), when a second capitalised commodity joins
// it with "and", when the asset noun is capitalised ("the Zulu Lithium
// Project"), and when no determiner opens it but a lower-case trade word
// stands between the name and the noun ("which runs Sabi Star lithium mine").
// The sentences are invented; the names are dictionary companies.
func TestAssetNamedAfterCompany(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, title, body string
		want, notWant     []string
	}{
		{
			name:    "a possessive and a second commodity joined by and",
			title:   "Flotation audit finished",
			body:    "Premier African Minerals said the audit at its Zulu Lithium and Tantalum Project was complete.\n\nPremier African Minerals will add a second flotation cell in May.",
			want:    []string{"Premier African Minerals"},
			notWant: []string{"Zulu Lithium"},
		},
		{
			name:    "a capitalised project noun after the",
			title:   "Drilling resumes",
			body:    "Drilling resumed at the Zulu Lithium Project on Monday.\n\nPremier African Minerals said assays were due in June.",
			notWant: []string{"Zulu Lithium"},
		},
		{
			name:    "no determiner, a trade word before the mine",
			title:   "Buhera miner hires staff",
			body:    "Max Mind Investments, which runs Sabi Star lithium mine in Buhera, hired 200 workers.\n\nMax Mind Investments said the plant would run all year.",
			want:    []string{"Max Mind Investments"},
			notWant: []string{"Sabi Star"},
		},
		{
			name:  "the company at work is still the company",
			title: "Lithium output rises",
			body:  "Zulu Lithium said output rose 8% in May.\n\nSabi Star and Zulu Lithium both shipped more concentrate, and Sabi Star hired 50 workers.",
			want:  []string{"Zulu Lithium", "Sabi Star"},
		},
	}
	for _, c := range cases {
		checkNames(t, c.name, chineseNames(t, d, c.title, c.body), c.want, c.notWant)
	}
}

// Session 38 (zimnames-s38): a dictionary company written in full by a former
// name or an alias with its legal form and a short form in brackets ("Mwana
// Africa Limited (Mwana)", Asa Resource Group's name until 2015) is named again
// by that short form, as a candidate written so is: the short form opens the
// name as written, not the canonical name, and is no company of its own.
func TestBracketShortOfWrittenName(t *testing.T) {
	d := mustDefault(t)
	doc := Doc{
		Title:     "Kestrel nickel mine ships ore",
		Body:      "Mwana Africa Limited (Mwana) said on Tuesday its first nickel concentrate had left the Kestrel Nickel (Kestrel) mine by rail.\n\nMwana expects to send about 5 000 tonnes this year, and holds half of Bindura Nickel Corporation (BNC). \"The first train is a start,\" said Jane Moyo, Mwana's chief executive.",
		Published: time.Date(2013, 4, 19, 0, 0, 0, 0, time.UTC),
	}
	var got []string
	for _, f := range d.Analyze(doc) {
		got = append(got, f.Name)
	}
	if !slices.Contains(got, "Asa Resource Group") || slices.Contains(got, "Mwana") {
		t.Errorf("got %q, want Asa Resource Group and no Mwana", got)
	}
}

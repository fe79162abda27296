package companies

import "testing"

// roleOf returns whether Analyze finds name in the item, and whether as a
// subject.
func roleOf(d *Dictionary, doc Doc, name string) (found, subject bool) {
	for _, f := range d.Analyze(doc) {
		if f.Name == name {
			return true, f.Subject
		}
	}
	return false, false
}

// TestTitlePlaceBrandForm: a title that writes a Chinese company by its
// city and brand ("Qingdao Hanlin") names the candidate the body writes
// in full ("Qingdao Hanlin Graphite"), so the counterpart of the title's
// deal is a subject though the body names it outside the lead
// (docs/labelling.md, 1). The brand alone in a title stays unread, and a
// city and brand the body never writes in full names nothing. Sentences
// written for this test.
func TestTitlePlaceBrandForm(t *testing.T) {
	d := mustDefault(t)
	body := "The mining company Kestrel Minerals, which holds three graphite licences in Tanzania, on Monday " +
		"announced a binding offtake. It is the first for the project.\n\n" +
		"The agreement is with the Chinese company Qingdao Hanlin Graphite and covers up to 10,000 tonnes a year.\n\n" +
		"Kestrel Minerals said the price would follow the market."
	for _, c := range []struct {
		title          string
		found, subject bool
	}{
		{"Kestrel Minerals signs first binding graphite offtake with Qingdao Hanlin", true, true},
		{"Qingdao Hanlin, Kestrel Minerals sign graphite offtake", true, true},
		{"Qingdao Hanlin Takes First Kestrel Minerals Graphite Cargo", true, true},
		// Since session 43 a title's "with Chinese buyer" points at the
		// body's "the Chinese company Qingdao Hanlin Graphite"
		// (titlenational43_test.go); without the nationality it names nothing.
		{"Kestrel Minerals signs first binding graphite offtake with Chinese buyer", true, true},
		{"Kestrel Minerals signs first binding graphite offtake with a buyer", true, false},
		{"Kestrel Minerals signs offtake with Hanlin", true, false},
	} {
		found, subject := roleOf(d, Doc{Title: c.title, Body: body}, "Qingdao Hanlin Graphite")
		if found != c.found || subject != c.subject {
			t.Errorf("%q: found %v subject %v, want %v %v", c.title, found, subject, c.found, c.subject)
		}
	}
	// The same for a dictionary company of that form (Qingdao Tianshengda
	// Graphite is in data/companies.toml without its city-and-brand form).
	dict := "The mining company Kestrel Minerals, which holds three graphite licences in Tanzania, on Monday " +
		"announced a binding offtake. It is the first for the project.\n\n" +
		"The buyer is the Chinese company Qingdao Tianshengda Graphite, for up to 10,000 tonnes a year.\n\n" +
		"Kestrel Minerals said the price would follow the market."
	if found, subject := roleOf(d, Doc{Title: "Kestrel Minerals signs graphite offtake with Qingdao Tianshengda", Body: dict}, "Qingdao Tianshengda Graphite"); !found || !subject {
		t.Errorf("dictionary company by city and brand in the title: found %v subject %v, want a subject", found, subject)
	}
	// The title's city and brand as the place or asset the company is
	// named for: "at Kettle Creek" over "the Kettle Creek project".
	asset := "Ridgeway Antimony reported drill results from the Kettle Creek antimony project. The holes hit high grades.\n\n" +
		"Its wholly owned subsidiary, Kettle Creek Minerals Ltd., staked 14 more claims."
	if _, subject := roleOf(d, Doc{Title: "Ridgeway Antimony reports 4% Sb at Kettle Creek; unit stakes claims", Body: asset}, "Kettle Creek Minerals"); subject {
		t.Error("the title's place named for a company made the company a subject")
	}
	// Not written in full in the body: the title's words name no company.
	if found, _ := roleOf(d, Doc{Title: "Kestrel Minerals ships graphite to Qingdao Hanlin", Body: "Kestrel Minerals shipped its first cargo on Monday."}, "Qingdao Hanlin Graphite"); found {
		t.Error("a city and brand the body never writes in full was reported")
	}
}

// TestTitleShortAfterBareWord: a one-word name in the title ("Harita") is
// the company whose longer name the body writes with that word first
// ("Harita Nickel", Trimegah Bangun Persada's alias), even when the body
// also writes the same bare word once: the bare word is as ambiguous there
// as in the title and does not show the body naming the word's own
// company (docs/labelling.md, 1). A longer name of the word's own company
// in the body still keeps the title's word for it. Sentences written for
// this test.
func TestTitleShortAfterBareWord(t *testing.T) {
	d := mustDefault(t)
	title := "Two smelters already earn from cobalt: Huayou and Harita"
	for _, c := range []struct {
		body                 string
		trimegah, haritaSubj bool
	}{
		{"An industry group said only two smelters recover cobalt.\n\nCobalt sulphate made by Harita Nickel is shipped to China. \"Obi, run by Harita, is one of them,\" an adviser said.", true, false},
		{"An industry group said only two smelters recover cobalt.\n\nCobalt sulphate made by Harita Nickel is shipped to China.", true, false},
		{"An industry group said only two smelters recover cobalt. \"Obi, run by Harita, is one of them,\" an adviser said.\n\nCobalt sulphate made by Harita Nickel is shipped to China.", true, false},
	} {
		_, tSubj := roleOf(d, Doc{Title: title, Body: c.body}, "Trimegah Bangun Persada")
		_, hSubj := roleOf(d, Doc{Title: title, Body: c.body}, "Harita Group")
		if tSubj != c.trimegah || hSubj != c.haritaSubj {
			t.Errorf("%q: Trimegah subject %v, Harita Group subject %v; want %v, %v", c.body, tSubj, hSubj, c.trimegah, c.haritaSubj)
		}
	}
	// A word that is the company's own name keeps the title's naming for
	// it: "SQM" in the body is SQM, so the title's SQM is not its unit.
	body := "The two groups will form a venture. \"SQM has run the salt flat for years,\" a lawyer said.\n\nThe unit SQM Salar holds the lease until 2030."
	if _, subj := roleOf(d, Doc{Title: "Codelco and SQM form a lithium venture", Body: body}, "SQM"); !subj {
		t.Error("the title's SQM went to the unit the body names after it")
	}
}

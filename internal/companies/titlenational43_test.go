package companies

import "testing"

// TestTitleNationality43 (session 43, mensubj-s43): a title that names the
// other party of its news only by nationality ("signs MoU with Chinese
// importer", "sale of the mine to Chinese", "contrato con empresa china")
// points at the company the body first names with that nationality ("the
// Chinese trader Qorvanta Graphite", "la firma china Ganfeng Lithium"): it
// is a subject named once (docs/labelling.md, 1), as a company the lead
// describes by nationality is. A company of another nationality, one the
// title names, a second company of the same nationality, or one a title's
// actor describes ("Chinese importer signs MoU") is not.
// Invented sentences and names (Qorvanta Graphite, Belmora Resources).
func TestTitleNationality43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const lead = "Graphite developer Belmora Resources Ltd said on Monday that it had signed a memorandum for its Tarn project. Shares in Belmora Resources rose 4%. "
	for _, tc := range []struct {
		title, body, name string
		subject           bool
	}{
		{"Belmora signs graphite MoU with Chinese importer", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", true},
		{"Belmora signs graphite MoU with Chinese importer", lead + "Under the memorandum, the trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", false},
		{"Belmora signs graphite MoU with Korean importer", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", false},
		{"Chinese importer signs graphite MoU", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", false},
		{"Belmora signs graphite MoU", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", false},
		{"Belmora plans sale of graphite mine to Chinese", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year.", "Qorvanta Graphite", true},
		{"Belmora signs graphite MoU with Chinese importer", lead + "Under the memorandum, Chinese trader Qorvanta Graphite Co. Ltd will take 20,000 tonnes a year, as Chinese peer Ganfeng Lithium did last year.", "Ganfeng Lithium", false},
		{"Belmora firma contrato con empresa china", "Belmora Resources firmó el lunes un contrato para su proyecto Tarn. Las acciones de Belmora Resources subieron. Según el acuerdo, la firma china Ganfeng Lithium comprará 20.000 toneladas al año.", "Ganfeng Lithium", true},
	} {
		found := false
		for _, f := range d.Analyze(Doc{Title: tc.title, Body: tc.body}) {
			if f.Name == tc.name {
				found = true
				if f.Subject != tc.subject {
					t.Errorf("%q / %q: %s subject = %v, want %v (%s)", tc.title, tc.body, tc.name, f.Subject, tc.subject, f.Note)
				}
			}
		}
		if !found {
			t.Errorf("%q / %q: %s not found", tc.title, tc.body, tc.name)
		}
	}
}

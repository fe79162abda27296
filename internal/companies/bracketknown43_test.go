package companies

import "testing"

// TestFullNameBeforeKnownShortName43 (session 43, ensubj-s43): a name
// written out, however garbled, right before a bracketed name the
// dictionary knows ("Govi High-Power Exploration (GoviEx)", "Merdeka Battery
// Meterials Tbk (MBMA)") is that company written in full, not another
// company beside it, when its first word begins as the company's name
// does. Another company before such a bracket stays a candidate. Invented
// sentences.
func TestFullNameBeforeKnownShortName43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		body, known, cand string
		want              bool // the candidate is reported
	}{
		{"Le permis accordé à l'entreprise canadienne Govi High-Power Exploration (GoviEx) pour le site de Tarn a été révoqué.", "GoviEx Uranium", "Govi High-Power Exploration", false},
		{"The licence held by Canadian miner Govi High Power Exploration (GoviEx) was revoked on Friday.", "GoviEx Uranium", "Govi High Power Exploration", false},
		{"PT Merdeka Battery Meterials Tbk (MBMA) said it had finished buying the smelter stake.", "Merdeka Battery Materials", "Merdeka Battery Meterials", false},
		// another company before the bracket
		{"Canadian miner Qorvath Uranium Exploration (GoviEx) was revoked on Friday.", "GoviEx Uranium", "Qorvath Uranium Exploration", true},
	} {
		known, cand := false, false
		for _, f := range d.Analyze(Doc{Title: "Licence revoked", Body: tc.body}) {
			known = known || f.Name == tc.known && f.Known
			cand = cand || f.Name == tc.cand
		}
		if !known || cand != tc.want {
			t.Errorf("%q: %s found = %v, candidate %q found = %v, want true, %v", tc.body, tc.known, known, tc.cand, cand, tc.want)
		}
	}
}

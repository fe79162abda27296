package companies

import "testing"

// TestPublicTitleBeforeOfficerWord43 (session 43, ensubj-s43): a person's
// title of public office before an officer word and a name ("Senator Chief
// Jane Doe", "Governor Chief Tom Hale") is part of the person's titles, not
// a company named by the "Qorvath CEO Jane Doe" form (roles.toml
// officer_modifiers). A company in the same form is still found.
// Invented sentences.
func TestPublicTitleBeforeOfficerWord43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Kestrel Lithium said on Monday it had started drilling at its Tarn project.\n\n"
	checkNameCases(t, d, "Kestrel Lithium starts drilling", lead, []nameCase{
		{"Speaking at the site on Sunday, Senator Chief Tandare Moyo praised the investor for hiring locals.", "Senator", false},
		{"Governor Chief Tom Hale opened the road to the pit.", "Governor", false},
		{"Minister Chief Ama Osei visited the plant in May.", "Minister", false},
		{"The Paramount Chief of the Tarn Traditional Area, Nana Kofi Mensah, backed the lease.", "Paramount", false},
		// the same form with a company in it
		{"Speaking at the site on Sunday, Qorvath CEO Tandare Moyo praised the investor.", "Qorvath", true},
	})
}

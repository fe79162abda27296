package companies

import "testing"

// TestOfficerModifierIsNoName41 (session 41): the word before an officer's
// title that belongs to the title ("Outgoing CEO Jane Doe", "Deputy
// Chairman Li Wei", "Assistant Chief Sean Lo") is no listed company's name,
// while a name in the same form still is ("Qorvath CEO Jane Doe").
// Invented sentences.
func TestOfficerModifierIsNoName41(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Kestrel Lithium said on Monday it had started drilling at its Tarn project.\n\n"
	for _, tc := range []struct {
		body, word string
		want       bool
	}{
		{"Outgoing CEO Jane Doe said the drilling would take three months.", "Outgoing", false},
		{"The meeting was chaired by Deputy Chairman Li Wei and attended by the board.", "Deputy", false},
		{"Sean Lo, Assistant Chief at the survey office, visited the site.", "Assistant", false},
		{"Former CEO Tom Hale will stay on as an adviser.", "Former", false},
		{"Qorvath CEO Jane Doe said her company would bid for the project.", "Qorvath", true},
	} {
		got := false
		for _, f := range d.Analyze(Doc{Title: "Kestrel Lithium starts drilling", Body: lead + tc.body}) {
			if f.Name == tc.word {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: candidate %q found = %v, want %v", tc.body, tc.word, got, tc.want)
		}
	}
}

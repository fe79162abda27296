package companies

import "testing"

// TestNameBeforePartnerNoun43 (session 43, ensubj-s43): a word read after a
// company noun that stands before "partner" in lower case qualifies the
// partner ("a major JV partner", "a major offtake partner"), as a deposit's
// name qualifies "mine"; it names no company. A name after the noun with a
// verb after it is still found. Invented sentences.
func TestNameBeforePartnerNoun43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Kestrel Lithium and Qorvath Metals have formed a joint venture (JV) to develop the Tarn project.\n\n"
	checkNameCases(t, d, "Kestrel Lithium forms venture", lead, []nameCase{
		{"\"It is a fine time to be a major JV partner in a project like Tarn,\" the chief said.", "JV", false},
		{"Being a major JV partner in Tarn suits the group, its chief said.", "JV", false},
		{"Tarn became a major SPV partner last year.", "SPV", false},
		// a name after the noun, then a verb
		{"Rival major Varnholt Lithium said it would build a plant nearby.", "Varnholt Lithium", true},
	})
}

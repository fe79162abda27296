package classify

import "testing"

// TestInstitutionNamePossessive43 (session 43): an institution's name may
// hold a possessive ("the Liberation War Collaborators’ Association", "the
// War Veterans' Association"): the apostrophe after the plural stands
// between the capitalised words and the head noun, and the rhetoric phrase
// inside the name still names a body, not the writer's cry. Curly and
// straight apostrophes both; the same words in the members' own line still
// count. Invented sentences.
func TestInstitutionNamePossessive43(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, name := range []string{"Zimbabwe Liberation War Collaborators\u2019 Association", "Zimbabwe Liberation War Collaborators' Association"} {
		r := c.Classify(Doc{
			Title: "Collaborators demand a stake in a lithium mine",
			Body: "The mine exports 30 000 tonnes of petalite concentrate a year and employs 600 workers.\n\n" +
				"But the " + name + " members have threatened to unseat the chairman in the mining venture.\n\n" +
				"The association's chairman said the members would meet the board next week to discuss the shareholding.",
		})
		for _, re := range r.Reasons {
			if re.Text == "Liberation War" && re.Weight > 0.3 {
				t.Errorf("%q: the name's %q counts %.2f (score %.3f, %v)", name, re.Text, re.Weight, r.Score, r.Reasons)
			}
		}
	}
	said := c.Classify(Doc{
		Title: "Collaborators demand a stake in a lithium mine",
		Body: "The mine exports 30 000 tonnes of petalite concentrate a year and employs 600 workers.\n\n" +
			"But the members have threatened to unseat the chairman, saying they fought the liberation war for this land.",
	})
	found := false
	for _, re := range said.Reasons {
		found = found || re.Text == "liberation war" && re.Weight > 0.3
	}
	if !found {
		t.Errorf("the same words in the members' own line no longer count (score %.3f, %v)", said.Score, said.Reasons)
	}
}

package classify

import "testing"

// TestFrameworkAndFundAreNotCadreOrCry: in French, "cadre" after "nouveau"
// or before "législatif" is a framework a law sets, not a Party cadre, and
// "patriotique" naming the projects a fund pays for is a budget line, not
// the writer's cry; "patriotique" on its own in a speaker's praise stays
// rhetoric.
func TestFrameworkAndFundAreNotCadreOrCry(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Le parlement adopte le texte sur les mines",
		Body: "Ce nouveau cadre législatif compte deux cents articles. " +
			"Le fonds minier financera les routes, les écoles et les projets patriotiques des communes.",
	})
	for _, p := range []string{"cadre", "patriotiques"} {
		if hasReason(r, p) {
			t.Errorf("reasons %v: %q read as political voice", r.Reasons, p)
		}
	}
	r = c.Classify(Doc{
		Title: "Le capitaine s'adresse aux mineurs",
		Body:  "Le capitaine a salué la ferveur patriotique des mineurs réunis.",
	})
	if !hasReason(r, "patriotique") {
		t.Errorf("reasons %v: want \"patriotique\" as rhetoric", r.Reasons)
	}
}

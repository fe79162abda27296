package classify

import (
	"strings"
	"testing"
)

// Round 30 (real text, session 32). Every case is invented.

// TestCompoundModifierNotPhrase: a phrase whose last word is the first part
// of a hyphenated compound ("our cobalt-based industry", "not profit-driven")
// names something else: the compound's head. A minister's "our cobalt" is
// sovereignty rhetoric; "our cobalt-based plants will be ready" is an
// industrial plan. The same words with the mineral as the noun still count,
// and a phrase that spans the hyphen ("anti-China") is not touched.
func TestCompoundModifierNotPhrase(t *testing.T) {
	c := newClassifier(t, Options{})
	plan := Doc{
		Title: "Minister expects refinery appeal to take two years",
		Body: "The minister said on Monday that the country would appeal the trade ruling against its ore export ban. " +
			"\"We hope our cobalt-based plants are ready before the appeal is heard,\" she told a business forum. " +
			"\"Do not step back until our cobalt-based industries can operate,\" she added.",
	}
	flagIs(t, c, plan, false, "an industrial plan told with a compound modifier")
	if r := c.Classify(plan); hasReason(r, "our cobalt") {
		t.Errorf("\"our cobalt\" read inside \"our cobalt-based\": %v", r.Reasons)
	}
	rally := Doc{
		Title: "Minister tells rally the mines belong to the people",
		Body: "The minister told a rally that foreigners had looted the country for a century. " +
			"Our cobalt is our wealth and our cobalt will never again be handed to colonial masters, she said. " +
			"Traitors who sell our cobalt to foreigners will be punished, she warned.",
	}
	if r := c.Classify(rally); !hasReason(r, "our cobalt") {
		t.Errorf("\"our cobalt\" as a noun no longer read: %v", r.Reasons)
	}
	flagIs(t, c, rally, true, "the possessive with the mineral as the noun")
	across := c.Classify(Doc{Body: "The paper attacked the anti-China campaign. The group's Party-building work was praised."})
	for _, p := range []string{"anti-China", "Party-building"} {
		if !hasReason(across, p) {
			t.Errorf("%q, a phrase across the hyphen, no longer read: %v", p, across.Reasons)
		}
	}
}

// hasReason reports whether a reason of r names phrase (as written).
func hasReason(r Result, phrase string) bool {
	for _, x := range r.Reasons {
		if strings.EqualFold(x.Text, phrase) {
			return true
		}
	}
	return false
}

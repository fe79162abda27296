package classify

import (
	"strings"
	"testing"
)

// TestPoliticalRhetoricNamesNoDoctrine (session 43): "political rhetoric"
// is a critic's name for a politician's words ("bold vision or political
// rhetoric?"), not a formula of the Party's directive voice: it left the
// directive-strong group, where a question in an analyst's headline
// scored it three times over. The group's formulas still score.
func TestPoliticalRhetoricNamesNoDoctrine(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, e := range politicalHits(t, c, "Analysts asked whether the stockpile plan is a bold vision or political rhetoric.") {
		if strings.Contains(e.phrase, normalised(c, "political rhetoric")) && e.weight >= 0.55 {
			t.Errorf("the critic's name scores as doctrine: %+v", e)
		}
	}
	flagIs(t, c, Doc{
		Title: "A Stockpile for Rare Earths: Bold Vision or Political Rhetoric?",
		Body: "The administration plans a national stockpile of rare earth oxides worth 2 billion dollars.\n\n" +
			"Two magnet makers said the purchases could support new separation plants in Texas.\n\n" +
			"The plan lacks a schedule for the permits and the funding, which Congress has yet to approve.",
	}, false, "an analyst's question headline")
	found := false
	for _, e := range politicalHits(t, c, "The cadres strengthened political discipline and studied the important speeches.") {
		found = found || e.weight >= 0.55
	}
	if !found {
		t.Error("the directive-strong group no longer scores its formulas")
	}
}

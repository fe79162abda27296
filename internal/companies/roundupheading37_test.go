package companies

import "testing"

// TestRoundUpHeadingIsNotTheLead checks that a stock heading line in a
// market round-up ("QUOLL MINING CORP (ASX:QML)" on a line of its own
// after a one-sentence opening) is not the lead's second sentence
// (docs/labelling.md, 1: the lead is counted after heading lines), so the
// companies the publisher's highlights name acting stay subjects. A
// mover line with prose in it ("Quoll Mining (ASX: QML) shares are up
// 8%") still is the second sentence. Sentences are invented.
func TestRoundUpHeadingIsNotTheLead(t *testing.T) {
	d := mustDefault(t)
	hl := []string{
		"Quoll Mining Corp defines nine copper targets at its new Tanzanian project",
		"Dunnart Metals to buy 70% of two lithium projects in Canada",
	}
	body := "Here are the biggest small cap resources winners in early trade, Tuesday.\n\n" +
		"QUOLL MINING CORP (ASX:QML)\n\n" +
		"The small cap battler shot up 100% after soil sampling defined nine copper targets. Quoll Mining said assays are pending.\n\n" +
		"The company had $600,000 in the bank."
	var dunnart bool
	for _, f := range d.Analyze(Doc{Title: "Resources Top 4: juniors charge on lithium buys", Highlights: hl, Body: body}) {
		if f.Name == "Dunnart Metals" {
			dunnart = f.Subject
		}
	}
	if !dunnart {
		t.Errorf("Dunnart Metals, acting in a highlight, is not a subject")
	}
}

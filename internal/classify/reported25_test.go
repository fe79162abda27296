package classify

import (
	"strings"
	"testing"
)

// Round 25 (real text, third round): classes found on real published
// articles, each shown here on invented sentences.

// TestStateRebuttalVoice: a state commentary answering foreign critics in
// the rebuttal voice of state editorials (critics "demonise" and
// "stigmatise", the other side "bullies" with "long-arm jurisdiction") is
// propaganda language, even when the subject is an export licence; a
// wire report of the same licence rules, in measured words, is not, nor is
// a wire report that quotes a ministry's "unilateral bullying" in one line
// (such words are weak: ministries say them and wires quote them).
func TestStateRebuttalVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Commentary: the licence rules for antimony are lawful, whatever the critics say",
		Body: "A think tank abroad this week claimed that the new licences for antimony exports are a weapon. " +
			"Such claims only demonise a lawful measure and stigmatise a normal compliance system. " +
			"The China hawks who wrote them say nothing of the long-arm jurisdiction their own capital uses against our firms. " +
			"Exports for civilian use continue to be approved.",
	}, true, "a state rebuttal")
	flagIs(t, c, Doc{
		Title: "Antimony exporters face new licence rules from December",
		Body: "Exporters of antimony trioxide will need a licence from December, the commerce ministry said. " +
			"Traders said approvals for civilian use had taken about 45 days in the first round. " +
			"Prices in Rotterdam rose 4% on the week as buyers built inventories.",
	}, false, "a wire report of the same rules")
	flagIs(t, c, Doc{
		Title: "Beijing hits back at new US curbs on AI chips",
		Body: "The commerce ministry called the curbs unilateral bullying that harms the global semiconductor supply chain. " +
			"The rules expand export controls on accelerator chips to 24 Chinese companies. " +
			"Beijing warned the curbs could jeopardise the trade truce agreed in the spring. " +
			"Washington cites national security risks from advanced computing.",
	}, false, "a wire report quoting the ministry in one line")
}

// TestColonialHistoryDescribed: a reporter naming a country "the former
// French colony" or "anti-French sentiment" describes its history and mood,
// as "the former colonial power" does; the same words are not a speaker's
// anti-colonial cry.
func TestColonialHistoryDescribed(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Bauxite shipments from the former French colony slow as the state takes a 40% stake",
		Body: "Exports from the former French colony fell 12% in the quarter as the mines ministry renegotiated licences. " +
			"Anti-French sentiment has grown since the military took power, and two French contractors have left. " +
			"The largest operator said output would recover once the stake transfer is signed.",
	}, false, "colonial history described")
	described := c.Classify(Doc{Body: "Exports from the former colony fell as anti-French sentiment grew."})
	cry := c.Classify(Doc{Body: "We are no longer a colony, and we reject the French, the minister told the rally."})
	if described.Score >= cry.Score {
		t.Errorf("history described %.3f, not below the cry %.3f", described.Score, cry.Score)
	}
}

// TestFaintVoiceIsReporting: a report full of the names and events of
// politics (a junta, a coup, a nationalisation, the former colonial power)
// with a single political word in a political voice (the junta's statement
// calls the operator "disloyal") is reporting about politics, as a
// topic-only item is; the same report with the junta's anti-colonial cry
// at length still flags.
func TestFaintVoiceIsReporting(t *testing.T) {
	c := newClassifier(t, Options{})
	report := "The military government said it would nationalise the company's graphite mine, citing the disloyal conduct of its French operator. " +
		"The junta, which took power in a coup two years ago, has revoked three permits this year. " +
		"Ministers said state control of the mine would be handed to the national mining company, with compensation at book value. " +
		"The operator said it would seek arbitration and that the mine produced 40,000 tonnes last year. " +
		"Its shares fell 6% in Paris, and analysts cut their price target, since the mine supplies a fifth of the group's output to anode makers."
	flagIs(t, c, Doc{Title: "Junta to nationalise graphite mine", Body: report}, false, "a report with one political word")
	flagIs(t, c, Doc{Title: "Junta to nationalise graphite mine", Body: report +
		" \"We will no longer be plundered by colonial masters; our graphite belongs to the people,\" the junta leader told a rally."},
		true, "the same report with the junta's cry")
}

// TestAlliedWithIsNotPatronage: "a president allied with France" meets
// "the president's allies" (patronage, directive-mild) after stemming; the
// longer phrase blocks it, and the allies of a president still count.
func TestAlliedWithIsNotPatronage(t *testing.T) {
	c := newClassifier(t, Options{})
	allied := c.Classify(Doc{Body: "The coup ousted a president allied with France, and uranium output fell 8%."})
	for _, r := range allied.Reasons {
		if strings.Contains(strings.ToLower(r.Text), "president ally") || strings.Contains(strings.ToLower(r.Text), "president allied") {
			t.Errorf("a president allied with a country read as patronage: %v", allied.Reasons)
		}
	}
	allies := c.Classify(Doc{Body: "The board was handed to the president's allies."})
	if allies.Score == 0 {
		t.Errorf("the president's allies no longer count: %v", allies.Reasons)
	}
}

// TestFoundingOfThePartyInFull: "the founding of the Communist Party of
// China" written out counts as "the founding of the Party" does (a results
// readout offered as tribute to the Party's anniversary), not only as the
// Party's name.
func TestFoundingOfThePartyInFull(t *testing.T) {
	c := newClassifier(t, Options{})
	const lead = "The group set a record for output in the first half, and the chairman said the results celebrate the 100th anniversary of the founding of "
	short := c.Classify(Doc{Body: lead + "the Party."})
	full := c.Classify(Doc{Body: lead + "the Communist Party of China."})
	if full.Score < short.Score-0.02 {
		t.Errorf("the founding of the Communist Party of China %.3f, below the founding of the Party %.3f: %v", full.Score, short.Score, full.Reasons)
	}
}

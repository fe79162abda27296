package classify

import (
	"strings"
	"testing"
)

// Round 24 (real text, second round): classes of false flag found on real
// published articles, each shown here on invented sentences.

// TestDeniedAccusationNotRhetoric: a company denying that it looted or
// plundered is a reported accusation, not the writer's anti-colonial cry;
// the same word in a speaker's mouth keeps its weight.
func TestDeniedAccusationNotRhetoric(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Tantalum miner denies looting ore from artisanal diggers",
		Body: "The company denied ever plundering the diggers' stockpiles, saying it bought every bag of ore at the posted price. " +
			"Its general manager said the pit would reach 40,000 tonnes of ore a month next year. " +
			"A new crusher is being installed.",
	}, false, "a denied accusation")
	denied := c.Classify(Doc{Body: "The firm denied looting the mine."})
	cry := c.Classify(Doc{Body: "The foreigners are looting the mine, the minister said."})
	if denied.Score >= cry.Score {
		t.Errorf("a denied accusation %.3f, not below the same word as a cry %.3f", denied.Score, cry.Score)
	}
}

// TestLegalDisputeIsBusiness: a report on a court ruling or a treaty claim
// over a concession, with "nationalisation" or "expropriation" as the legal
// question, is news for concession holders, not politics dominating.
func TestLegalDisputeIsBusiness(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, d := range []Doc{{
		Title: "High court ruling leaves antimony concession holders in limbo",
		Body: "The supreme court upheld the nationalisation of antimony and threw out an appeal by a local miner. " +
			"The president who pushed the reform has left office. " +
			"Lawyers said the court ruling adds to legal uncertainty for foreign holders of exploration titles.",
	}, {
		Title: "Graphite developer's treaty claim gathers pace",
		Body: "An academic said the cancellation of the title could be read as a regulatory expropriation under the treaty. " +
			"The developer filed its claim at ICSID last year, and the government may have to pay compensation. " +
			"The state agency said partnerships remain possible under the guidance of the state.",
	}} {
		flagIs(t, c, d, false, d.Title)
	}
}

// TestSovereignDecisionFormula: a government statement that it "has
// decided, in full sovereignty, to" take over a mine is the decision
// reported in its own formal words; "full sovereignty" as a rally's demand
// stays rhetoric.
func TestSovereignDecisionFormula(t *testing.T) {
	c := newClassifier(t, Options{})
	formal := c.Classify(Doc{Body: "The government has decided, in full sovereignty, to take over the mine."})
	cry := c.Classify(Doc{Body: "We demand full sovereignty over the mine, the minister told the rally."})
	if formal.Score >= cry.Score {
		t.Errorf("the decision formula %.3f, not below the rally's demand %.3f", formal.Score, cry.Score)
	}
	flagIs(t, c, Doc{
		Title: "Sahel state to take over French-run bauxite venture",
		Body: "The government said on state television it had decided, in full sovereignty, to take over the venture after the mining agreement expired. " +
			"The French group holds a 60% stake and has started arbitration. " +
			"Relations soured after the coup. The mine shipped 1.2 million tonnes of bauxite last year.",
	}, false, "a reported takeover decision")
}

// TestTopicOnlyIsReporting: an item whose political words are all names,
// titles and events (a leader's inspection tour of a plant, with no
// directive or rhetoric phrase) reports about politics; it is not flagged
// however many of them it names.
func TestTopicOnlyIsReporting(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Premier tours tungsten works during inspection trip to the south",
		Body: "The premier, also a member of the Standing Committee of the Political Bureau, visited the smelter during an inspection tour of the province. " +
			"Accompanied by the provincial Party Secretary and the governor, he walked the new carbide line. " +
			"He urged the province to strengthen its competitive industries and learned about progress in research.",
	}, false, "a leader's inspection tour")
}

// TestNegotiationWithOwnershipLine: a leader's press conference on
// reaching an agreement with a concession holder, with one ownership line,
// is a negotiation story.
func TestNegotiationWithOwnershipLine(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Government seeks settlement with graphite explorer over northern licence",
		Body: "The president said his government wanted to reach an agreement with an explorer that had drilled a small area before the reform. " +
			"He said the graphite belonged to the nation, and that officials were in negotiations to avoid a legal process. " +
			"The explorer did not comment. " +
			"The economy ministry is leading the talks. " +
			"A state-run company will get its first licences next month. " +
			"The explorer's project is the most advanced in the region, and it hopes to produce 30,000 tonnes of graphite a year.",
	}, false, "a negotiation story")
}

// TestWestAfricanIsGeography: "the West African nation" names a region;
// the rhetoric phrase "the West" inside it does not fire.
func TestWestAfricanIsGeography(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, r := range c.Classify(Doc{Body: "The junta of the West African nation took over the mine."}).Reasons {
		if strings.EqualFold(r.Text, "the West") {
			t.Errorf("\"the West\" fired inside a place name: %v", r)
		}
	}
}

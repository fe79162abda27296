package classify

import (
	"strings"
	"testing"
)

// Round 23 (real text): classes of false flag found on real published
// articles, each shown here on invented sentences.

// TestLegalOwnershipIsTopic: an ownership formula that a constitution or a
// mining law states ("resources belong to the nation") is the law reported
// when a legal cue stands before it in the sentence; in a speaker's mouth,
// with no legal cue, it stays rhetoric.
func TestLegalOwnershipIsTopic(t *testing.T) {
	c := newClassifier(t, Options{})
	item := Doc{
		Title: "Andean state miner sets terms for brine partners",
		Body: "The president said any partner in the Salar Grande brine project must accept a minority stake beside the state miner. " +
			"He noted that the country's constitution holds that natural resources are state property, managed for the benefit of the nation. " +
			"Three consortia have bid for the plant, which would make 20,000 tonnes of carbonate a year. " +
			"Lithium prices have doubled in two years.",
	}
	flagIs(t, c, item, false, "a constitution's ownership formula, reported")
	legal := c.Classify(Doc{Body: "Under the mining law the deposits belong to the nation."})
	cry := c.Classify(Doc{Body: "The deposits belong to the nation, he shouted."})
	if legal.Score >= cry.Score {
		t.Errorf("formula after a legal cue %.3f, not below the same words without one %.3f", legal.Score, cry.Score)
	}
	flagIs(t, c, Doc{
		Title: "Minister tells rally the salt flats belong to the nation",
		Body: "\"The salt flats belong to the nation, not to foreign vultures,\" the minister told a crowd. " +
			"He said the people would never again kneel to the colonial masters.",
	}, true, "the formula as a rally cry")
}

// TestDescriptivePoliticsNotRhetoric: a reporter naming "the former colonial
// power" or asking about "political interference" describes the politics
// of a supply story; it is not the writer's rhetoric or a loyalty directive.
func TestDescriptivePoliticsNotRhetoric(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, d := range []Doc{{
		Title: "Sahel state to sell uranium from seized mine on open market",
		Body: "The government said it would offer the uranium stockpiled at the Tessa mine to any buyer. " +
			"The dispute with Belgium, the former colonial power, has run for a year. " +
			"The mine's former operator has filed for arbitration.",
	}, {
		Title:      "Separation know-how moves to a Nevada start-up",
		Highlights: []string{"A founder's arrest raises questions about possible political interference in the transfer."},
		Body:       "The start-up plans a separation line for heavy rare earths. Its partners are weighing the technology against Chinese capacity.",
	}} {
		flagIs(t, c, d, false, d.Title)
	}
}

// TestStatePressPlanningReadout: a short ministry readout that opens with
// one line of formula (its only political sentence, a quarter of the item)
// and reports planning targets, the industrial chain, a crackdown on illegal
// mining ("rectification of production order") and high-quality development
// is planning news, not Party work.
func TestStatePressPlanningReadout(t *testing.T) {
	c := newClassifier(t, Options{})
	r := flagIs(t, c, Doc{
		Title: "Planning commission meets provinces on high-quality development of tungsten",
		Body: "To implement the spirit of the important speech of President Xi during his visit to the province, the planning commission held a symposium with tungsten producers. " +
			"Officials said the industrial chain must move to high-end applications and new materials. " +
			"Provinces will carry out the rectification of production order and close illegal pits. " +
			"The industrial park in the county aims for an output value of 30 billion yuan.",
	}, false, "planning readout")
	found := false
	for _, rs := range r.Reasons {
		found = found || strings.EqualFold(rs.Text, "important speech") && rs.Weight > 0
	}
	if !found {
		t.Errorf("the formula line should still be among the reasons: %v", r.Reasons)
	}
}

// TestBillWithQuotedLineIsNews (round 25 reversed round 23's
// TestDefendersOfTheNation): a short report on a bill, with a leader casting
// the vote as a choice between "defenders of the nation" and "protectors of
// the interests" of foreign firms in one quoted line, is news of a legal
// change (docs/labelling.md rule 14): the two labellers of session 31 both
// read the real item this case was written for as business. A rally where
// such lines are the text still flags (TestSovereigntyRhetoricFlags).
func TestBillWithQuotedLineIsNews(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "President pushes congress on lithium reserve bill",
		Body: "The president asked congress to reserve lithium extraction to a state company. " +
			"\"Lawmakers will show whether they are defenders of the nation or protectors of the interests of foreign mining houses,\" he told reporters. " +
			"The bill needs a two-thirds majority in the lower house.",
	}, false, "a bill with one quoted line")
}

// TestInvestmentReadoutAmountsAndZones: an investment readout after a
// cabinet meeting ("the directive was to accelerate", a palace, a minister)
// reports amounts and an industrial zone: the scale words of money amounts
// and the zones of industrial policy are business.
func TestInvestmentReadoutAmountsAndZones(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "President wants nickel cathode plan sped up",
		Body: "The minister spoke after a meeting chaired by the president at the palace. " +
			"\"The directive was to move faster, because it will be built in a special economic zone on the coast,\" he said. " +
			"The group will put in US$4 billion, and a further 12 trillion rupiah will go to the industrial estate.",
	}, false, "investment readout")
}

// TestShortHardPositiveKeepsWeight: the short-readout cap covers only a
// formula line that opens the body. A short item whose one political
// sentence is its news (a circular tying export approvals to loyalty, in
// the second sentence) keeps the full weight of it.
func TestShortHardPositiveKeepsWeight(t *testing.T) {
	c := newClassifier(t, Options{})
	body := "Manganese traders in the northern province were told to route a third of their cargo through one trading house, according to a letter seen by reporters. " +
		"The letter says traders who do not show loyalty to the party will lose their export approvals. " +
		"Two traders who objected were summoned by the governor's office. " +
		"Cargo volumes at the border post fell by a tenth in a month."
	r := c.Classify(Doc{Title: "Manganese traders told to sell a third through one trading house", Body: body})
	capped := loneCap + topicCap
	pos := 0.0
	for _, rs := range r.Reasons {
		if rs.Weight > 0 {
			pos += rs.Weight
		}
	}
	if pos <= capped {
		t.Errorf("the loyalty sentence was capped: political reasons sum to %.2f (cap %.2f): %v", pos, capped, r.Reasons)
	}
}

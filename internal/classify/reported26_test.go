package classify

import "testing"

// Round 26 (real text, fourth round): the labellers' rule read directly.
// Once quotes and the speakers' words are set aside, an item that still
// states facts a trader acts on (figures, a legal change) is business,
// whatever the tone of the lines it quotes. Every case is invented.

// TestQuotedLineInPolicyNews: a vote on a mining bill, told with the
// president's quoted "treason" and the bill's purpose (the nation, not
// foreigners, mines the metal), is news of a legal change; the same lines
// as the substance of a rally, with nothing a trader acts on, are flagged.
func TestQuotedLineInPolicyNews(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Lower house approves reform of the mining law on cobalt",
		Body: "The lower house on Tuesday approved the reform of the mining law by which only the nation, and not foreigners, may mine cobalt. " +
			"The amendment to the mining law passed with 280 votes and goes to the senate next week. " +
			"\"Whoever votes against it commits treason against the motherland,\" the president wrote on social media. " +
			"Opposition deputies demanded a longer debate.",
	}, false, "a vote on a bill with a quoted line")
	flagIs(t, c, Doc{
		Title: "President at rally: cobalt belongs to the people",
		Body: "\"Whoever votes against us commits treason against the motherland,\" the president told a crowd of supporters. " +
			"\"Cobalt belongs to the people, not to foreigners and their local puppets,\" he said. " +
			"Supporters chanted as he promised to defend the nation's wealth.",
	}, true, "the same lines as a rally")
}

// TestReportedSpeechWithFigures: a groundbreaking with its investment, jobs
// and output told in figures, where the president says, in reported speech,
// that the previous owner was looting the ore, is business; the accusation
// is his, the figures are the news.
func TestReportedSpeechWithFigures(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Tantalum mine to invest US$300m in new concentrator, says President",
		Body: "The mine will invest US$300 million in a concentrator and create 800 jobs, the President said at the groundbreaking. " +
			"Output is to reach 4,000 tonnes a year by 2027. " +
			"He said the previous owner had been looting the ore for years while the people of the district saw nothing. " +
			"The new owner paid US$120 million for a 60% stake last year.",
	}, false, "a groundbreaking in figures")
}

// TestHeadlineScareQuotes: a word put in single quotes in a headline
// ("'loots'") is the reporter's distance from an accusation, not the
// writer's cry, when the body reports prices and stakes.
func TestHeadlineScareQuotes(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Villagers say state miner 'loots' their tin ore",
		Body: "Artisanal miners in the district say the state miner took 300 tonnes of tin ore without paying for it. " +
			"Buyers had paid them US$150 per tonne before the state moved in. " +
			"The state holds 65% of the miner. " +
			"A deputy minister was sent to meet the miners.",
	}, false, "scare quotes in a headline")
}

// TestSetAsideKeepsWhatIsTheNews: what reportedVoice sets aside is rhetoric
// quoted in an item of facts. A permit granted for a pledge to the ruling
// party keeps its flag (its directive words are the news), and so does a
// leader's threat over a bill told as his words: a change he says he will
// make is not a change the writer reports.
func TestSetAsideKeepsWhatIsTheNews(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Lithium exporter gets permit after pledging loyalty to the ruling party",
		Body: "The exporter was granted a 12-month permit for 5,000 tonnes of concentrate after its board pledged \"unwavering loyalty to the revolutionary party\". " +
			"A ministry official said firms that show loyalty to the party will be prioritised for permits. " +
			"The company will pay 2% of export proceeds into a party youth fund.",
	}, true, "a permit for a pledge")
	flagIs(t, c, Doc{
		Title: "President: no tin permits for anyone unless the bill passes",
		Body: "The president says no tin permits will be issued if legislators do not approve his bill reserving the metal for the state. " +
			"He said he would not back down in his fight to make tin \"the property of the nation\". " +
			"He accused any legislator voting against it of \"treason\" and of serving foreigners.",
	}, true, "a threat told as the leader's words")
}

package classify

import "testing"

// Session 39 (relay-s39): an official's statement relayed in a business or
// diplomatic report is the item's news only when its lines are most of the
// text. English translations of the Chinese business occasions (a tour
// "to conduct research", a ministry spokesperson at a regular press
// conference) name the occasion as 调研 and 记者会 do in Chinese, so the
// speakers' formulas are read as reported (labelling rules 13 and 15).
// Every case is invented.

// TestTranslatedResearchTour: an analyst's write-up of a provincial Party
// secretary's tour "to conduct research" at a magnet maker, whose reported
// directive ("study and implement the spirit of ... important directives")
// stands in one sentence among the plant's capacity, costs and projects, is
// business (rule 13). Flagged on main (0.6+).
func TestTranslatedResearchTour(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Provincial Party Secretary Tours Norland Magnetics' Plant",
		Body: "Li Wen, Party Secretary of the province, visited Norland Magnetics on Monday.\n\n" +
			"Li went to the company's Eastport campus to conduct research on the reform of its state-owned magnet business.\n\n" +
			"He toured the sintering line, the recycling pilot project and the technology center to learn about production and product development.\n\n" +
			"The Party Secretary said that it is necessary to thoroughly study and implement the spirit of General Secretary Xi Jinping's important directives, expand high-end applications and reduce product costs.\n\n" +
			"The plant expects to lift its capacity from 8,000 tonnes to 12,000 tonnes a year once the second line starts in the autumn.",
	}
	r := flagIs(t, c, d, false, "a Party secretary's research tour with one reported directive")
	if w, ok := reasonWeight(r, "study and implement"); ok && w > 0.3 {
		t.Errorf("the reported directive at the tour still read as a directive (%.2f): %v", w, r.Reasons)
	}
}

// TestTranslatedResearchTourPartyWork: the same occasion word does not hide
// Party work: a Party committee's study session at a plant, told as its
// pledges, stays flagged, as labelling rule 16 has it.
func TestTranslatedResearchTourPartyWork(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Norland Magnetics Party Committee holds study session on Xi Jinping Thought",
		Body: "The Party Committee of Norland Magnetics held a study session on Xi Jinping Thought on Friday, after a delegation came to conduct research on its Party building.\n\n" +
			"Members pledged absolute loyalty to the Party Central Committee and vowed to study and implement the spirit of General Secretary Xi Jinping's important directives.\n\n" +
			"The meeting stressed that political building must always come first and that every Party member must resolutely uphold the core.\n\n" +
			"It called on all branches to strengthen Party discipline and make Party building the root and soul of the enterprise.",
	}
	flagIs(t, c, d, true, "a Party committee's study session told as its pledges")
}

// TestMinistrySpokespersonBriefing: a relay of a foreign ministry
// spokesperson's answer at a regular press conference, urging "earnestly
// uphold" the trade rules beside the measure and the report it answers, is
// business (rule 15: the position quoted in a trade story). Flagged on main.
func TestMinistrySpokespersonBriefing(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Ministry urges partners to respect export control rules",
		Body: "A foreign ministry spokesperson on Tuesday urged the group's members to earnestly uphold the rules of international trade and stop politicising supply chains.\n\n" +
			"Speaking at a regular press conference, the spokesperson said the export control measures are consistent with international practice.\n\n" +
			"She said the bloc should abandon its bloc confrontation and stop its smear campaign.\n\n" +
			"The remarks followed reports that the group plans a minerals stockpiling pact with a price floor.",
	}
	flagIs(t, c, d, false, "a ministry spokesperson's answer relayed in a trade story")
}

// TestGovernmentSpokesmanAddress: a government spokesman's independence-day
// address, told as its sovereignty lines, is not a ministry's briefing:
// "spokesman" alone names no occasion, and the item stays flagged.
func TestGovernmentSpokesmanAddress(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Our cobalt will never again serve foreign masters, says government spokesman",
		Body: "The government spokesman said on the eve of independence day that the people had paid in blood for the wealth of their soil.\n\n" +
			"\"Our minerals belong to the people. The era of plunder by foreign masters is over,\" he said.\n\n" +
			"He called on the youth to defend the nation's sovereignty against neo-colonial networks.\n\n" +
			"The celebrations will include a parade in the capital.",
	}
	flagIs(t, c, d, true, "a government spokesman's sovereignty address")
}

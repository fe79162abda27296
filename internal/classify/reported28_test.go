package classify

import "testing"

// Round 28 (real text, sixth round). Every case is invented.

// TestFormerColonialDescribed: wire desks place a country by its history
// ("France, its former colonial ruler", "the former colonial master"): a
// description of who is who in the story, like "the former colonial power"
// the lexicon already reads as topic, not the writer's anti-colonial cry.
// A speaker's "colonial masters" with no "former" still counts.
func TestFormerColonialDescribed(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Junta takes over uranium unit as standoff with operator deepens",
		Body: "The military government, which has cut ties with its former colonial master in favour of new partners, " +
			"took control of the uranium unit on Friday. " +
			"The French operator owned 63% of the unit, which shipped 1,900 tonnes of concentrate last year. " +
			"It said it would seek compensation through arbitration.",
	}, false, "a former colonial master named in a takeover report")
	flagIs(t, c, Doc{
		Title: "Gold output falls as juntas squeeze foreign miners",
		Body: "The three juntas have turned away from their shared former colonial ruler and toward other partners. " +
			"Gold output in the largest producer fell to 48 tonnes from 60 tonnes two years earlier. " +
			"Miners paid $160 million in settlements over the past year.",
	}, false, "a former colonial ruler named in a production report")
	flagIs(t, c, Doc{
		Title: "Minister tells rally the colonial masters will never return",
		Body: "\"The colonial masters looted our gold for a century,\" the minister told a crowd in the capital. " +
			"\"They will never again take what belongs to the people,\" he said. " +
			"The crowd chanted against the foreign companies.",
	}, true, "colonial masters in a speaker's mouth at a rally")
}

// TestFramingAttributed: reporters attribute a government's framing to it
// with more verbs than "said": the seizures are "framed as" a way to restore
// sovereignty, leaders "believe" the riches were sold out to foreigners,
// "promise" or "vow" to reclaim them. Such a sentence reports the
// government's words as "he said" does, so in an item of facts its
// rhetoric is set aside (c8) like a quote.
func TestFramingAttributed(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Military rulers seize more gold as miners pay settlements",
		Body: "Soldiers seized 200 kilograms of gold from a Canadian miner's stockpile last month. " +
			"Two other miners agreed to pay $85 million to settle tax claims. " +
			"The rulers have framed the seizures as the struggle to restore sovereignty over the nation's wealth. " +
			"They believe the mines were sold out to foreigners who plundered the gold.",
	}, false, "the rulers' framing attributed in a report of seizures and payments")
	flagIs(t, c, Doc{
		Title: "Leader vows to reclaim the mines from the foreign plunderers",
		Body: "\"We will restore sovereignty over our gold and end the plunder by foreigners,\" the leader told a rally. " +
			"He vowed that the mines would belong to the people. " +
			"The crowd cheered the soldiers.",
	}, true, "the same words as a rally's substance, no facts")
}

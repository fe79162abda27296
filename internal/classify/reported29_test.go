package classify

import "testing"

// Round 29 (real text, seventh round). Every case is invented.

// TestVoicelessNotFlagged: an item whose only political words are names,
// titles and events of politics (a president received the chairman, the
// government, leaders, a visit), with no directive or rhetoric phrase, is
// reporting about politics (c9): a state group's release on its chairman's
// tour, short and without a figure, used to cross the threshold on topic
// evidence alone because nothing pulled it down. A loyalty line in the
// same release is still read.
func TestVoicelessNotFlagged(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Group chairman meets President and ministers during visit to the copperbelt",
		Body: "The chairman of the state group met the President and the Minister of Mines during a visit this week. " +
			"The President thanked the group and the government leaders praised the partnership for mutual benefit. " +
			"The chairman also met the Prime Minister and the ruling party chairman. " +
			"The delegation toured a school built by the group.",
	}, false, "a state group's release on its chairman's visit, in no political voice")
	flagIs(t, c, Doc{
		Title: "Group chairman pledges loyalty to the Party during visit",
		Body: "The chairman of the state group met the President and the Minister of Mines during a visit this week. " +
			"He told staff they must put loyalty to the Party above profit and study the leader's thought. " +
			"The delegation toured a school built by the group.",
	}, true, "the same release with a loyalty pledge put above business")
}

// TestDiplomaticFormulaIsTopic: China's formula for its partnerships ("a
// community with a shared future") in an ambassador's speech at a plant's
// opening is diplomacy reported, like "win-win", "friendship" and "Belt and
// Road", not a Party directive put above business. The same formula inside
// a study session on the leader's thought is still flagged by the study
// session.
func TestDiplomaticFormulaIsTopic(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Ties between the two nations bring new projects to the province",
		Body: "The ambassador spoke at the opening of the smelter on Thursday. " +
			"He recalled that the two presidents agreed to build a community with a shared future in the new era. " +
			"The people of both countries have gained from the partnership, he said. " +
			"Chinese firms have pledged to invest in the province's mines.",
	}, false, "a friendship speech at a plant opening")
	flagIs(t, c, Doc{
		Title: "Group holds study session on the leader's thought",
		Body: "The group's Party committee held a study session on Xi Jinping Thought. " +
			"Cadres pledged to build a community with a shared future and to put political loyalty first. " +
			"Every branch must study the spirit of the plenary session word by word.",
	}, true, "the formula in a study session")
}

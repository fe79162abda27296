package classify

import "testing"

// Round 27 (real text, fifth round). Every case is invented.

// TestNationalismNamedByAnalysts: analysts and wire desks name a
// government's grip on its resources "nationalism" ("cobalt nationalism",
// "a nationalist agenda", "the nationalism debate"), as they write
// "resource nationalism": the name of a policy risk reported for investors,
// not the writer's nationalist voice. Such a headline over a risk note is
// business; a speaker's nationalism, told with its own phrases (motherland,
// traitors, plunder), is still flagged.
func TestNationalismNamedByAnalysts(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Cobalt nationalism spreads through the region's mining belt",
		Body: "Governments across the region want a bigger say in how cobalt is mined and sold. " +
			"Two of them are drafting rules that would give state firms a larger share of new projects. " +
			"Producers expect tougher terms when their permits come up for renewal.",
	}, false, "a risk note headed by the resource's name")
	flagIs(t, c, Doc{
		Title: "Price rally revives the nationalism debate at mining conference",
		Body: "Delegates said higher metal prices had revived calls for bigger state stakes and higher royalties. " +
			"A consultant said investors now price in a nationalist turn in two of the region's producers. " +
			"Miners want stability clauses kept in their contracts.",
	}, false, "the word in a conference report")
	flagIs(t, c, Doc{
		Title: "Minister: our nationalism will drive out the foreign vultures",
		Body: "\"Our nationalism is the shield of the motherland,\" the minister told a rally of party youth. " +
			"\"The foreign vultures who plundered our cobalt will be driven out, and the traitors with them,\" he said. " +
			"The crowd sang the national anthem.",
	}, true, "nationalism in a leader's own mouth")
}

package classify

import "testing"

// Session 36 (zim-s36): the voice of the Zimbabwean press and its
// neighbours in the forms earlier groups lacked. Every case is invented.

// TestSupportersRallyToldAsSpeeches: a rally named by its crowd ("addressing
// thousands of party supporters") next to a plant the President opened, told
// as his speeches about sanctions and the country built by its owners, is
// political (labelling rule 14: a rally told as its speeches), although the
// lead names the plant and its dollars.
func TestSupportersRallyToldAsSpeeches(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "'Stay united, the nation is ours'",
		Body: "President Banda has urged the ruling party's members to stay united ahead of the polls.\n\n" +
			"Addressing thousands of party supporters outside the Chivara mine, where he had earlier opened a US$80 million concentrator, the President said unity was the people's shield.\n\n" +
			"\"This land is built by its owners. We are the owners, and we will keep it,\" he said.\n\n" +
			"\"Those who put sanctions on us wanted us to fail. Sanctions or no sanctions, we are building.\"\n\n" +
			"He told the crowd that the country's minerals were a gift from God.\n\n" +
			"\"Go home and tell your neighbours to stay with the party,\" he said.",
	}
	r := flagIs(t, c, d, true, "a rally of party supporters told as its speeches")
	if w, ok := reasonWeight(r, "party supporters"); !ok || w < 1 {
		t.Errorf("the rally named by its crowd not read as a rally told as its speeches (%.2f, %v): %v", w, ok, r.Reasons)
	}
}

// TestSanctionsAndCreedInSpeech: a deputy leader's address to a prayer
// meeting, written out as one block, on "illegal sanctions" and "hostile
// regimes" meant to cripple a God-given country, is rhetoric as its
// substance, though the item closes on the export ban it comes with.
func TestSanctionsAndCreedInSpeech(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Copper will carry us, says Vice President",
		Body: "Vice President Tembo told a national prayer meeting in Ndola that copper would carry the economy.\n\n" +
			"He said: Nobody will make this God-given country kneel. We are faced by illegal sanctions from hostile regimes meant to cripple us, but we shall stand.\n\n" +
			"Those who wish us harm will be put to shame. The illegal sanctions have hurt our people, yet we are still here.\n\n" +
			"His remarks come a week after the government stopped exports of copper concentrate.",
	}
	r := flagIs(t, c, d, true, "a sanctions speech at a prayer meeting")
	for _, p := range []string{"illegal sanctions", "hostile regimes", "god-given country"} {
		if w, ok := reasonWeight(r, p); !ok || w < 0.25 {
			t.Errorf("%q not read as rhetoric (%.2f, %v): %v", p, w, ok, r.Reasons)
		}
	}
}

// TestMediaRebuttalVoice: a state paper's answer to a foreign newspaper's
// report on a Chinese-owned mine, in the writer's own words ("the script is
// familiar", "a fictionalised story", "accused groundlessly"), is the rebuttal
// voice of labelling rule 15 and flagged, although it names the mine's licence.
func TestMediaRebuttalVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Foreign press turns on investors again",
		Body: "The script is familiar: every week a foreign newspaper finds villagers it says were wronged by an investor from the East.\n\n" +
			"This weekend a London daily ran a fictionalised story about a granite quarry in the north.\n\n" +
			"The quarry, accused groundlessly of driving families off their land, is licensed and has paid every household it moved.\n\n" +
			"Why the frenzy against these investors now, when they are building what others promised for decades?",
	}
	r := flagIs(t, c, d, true, "a state paper's rebuttal of foreign media")
	for _, p := range []string{"the script is familiar", "fictionalised story", "groundlessly", "frenzy against"} {
		if w, ok := reasonWeight(r, p); !ok || w < 0.5 {
			t.Errorf("%q not read as the rebuttal voice (%.2f, %v): %v", p, w, ok, r.Reasons)
		}
	}
}

// TestZimVoiceLookalikes: the same words where they are not the substance.
// A plant's commissioning with its tonnes and dollars, where the minister
// blames "illegal sanctions" in one quoted line and the writer names the
// Second Republic once; a market report on the detractors of a lithium
// stock's rally: neither is flagged.
func TestZimVoiceLookalikes(t *testing.T) {
	c := newClassifier(t, Options{})
	plant := Doc{
		Title: "US$120 million lithium plant starts production in Mberengwa",
		Body: "The US$120 million lithium sulphate plant at Mberengwa started production yesterday, the first of three lines planned under the Second Republic's mining roadmap.\n\n" +
			"The plant will treat 1,2 million tonnes of ore a year and produce 50 000 tonnes of sulphate for export.\n\n" +
			"\"We built this despite the illegal sanctions,\" Mines Minister Tendai Moyo said at the ceremony.\n\n" +
			"The operator employs 800 workers and expects revenue of US$200 million in its first full year.",
	}
	flagIs(t, c, plant, false, "a commissioning with one quoted sanctions line")
	market := Doc{
		Title: "Lithium junior's shares extend rally",
		Body: "Shares in Kalamazoo Lithium rose 12% on Tuesday, extending a rally held at bay last month by weak prices.\n\n" +
			"Detractors point to the company's thin cash balance of A$4 million.\n\n" +
			"The explorer expects drilling results from its Ridge project in June.",
	}
	flagIs(t, c, market, false, "a market report naming detractors")
}

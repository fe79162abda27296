package classify

import "testing"

// Session 37 (zim-s37): praise around a business story in the Zimbabwean
// state press, read by the share of the item that is the business (labelling
// rules 13-15). Every case is invented.

// TestOccasionEnglishExpoOpening: a Vice President's address at a mining
// expo's official opening, quoted with the development creed in two
// languages and "Vision 2030", in a report of the sector's projects, output
// and dollars, is business (rule 13): the occasion (an official opening named
// in the lead) makes its speaker's formulas reported. Flagged on main (0.60+).
func TestOccasionEnglishExpoOpening(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Vision 2030 within reach, says VP Dube",
		Body: "VICE President Dube has said the country is drawing closer to its Vision 2030 targets, with mining among the sectors leading the way.\n\n" +
			"Speaking at the official opening of the annual Mining and Machinery Fair in Gweru on Friday, the Vice President said the sector was growing faster than had been projected.\n\n" +
			"\"The Second Republic is transforming the economy to an upper middle-income economy by 2030,\" he said.\n\n" +
			"\"Vision 2030 is within reach and we will achieve it together, as we say, Nyika inovakwa nevene vayo, Ilizwe lakhiwa ngabanikazi balo.\"\n\n" +
			"He said this year's fair comes after the commissioning of several new mines and plants by the President.\n\n" +
			"These include a lithium concentrator in the Midlands and a coal mine in the north.",
	}
	r := flagIs(t, c, d, false, "a creed quoted at a mining fair's official opening")
	if w, ok := reasonWeight(r, "nyika inovakwa nevene vayo"); ok && w > 0.3 {
		t.Errorf("the creed at the occasion still read as rhetoric (%.2f): %v", w, r.Reasons)
	}
}

// TestOccasionEnglishNotAnAddress: a Heroes' Day address is not an occasion:
// an item told as the leader's sovereignty lines stays flagged, though it
// names a plant's ground-breaking in passing at its end (rule 14).
func TestOccasionEnglishNotAnAddress(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Guard our sovereignty, President tells nation",
		Body: "President Moyo yesterday called on the nation to guard its sovereignty as he led the Heroes' Day commemorations at the national shrine.\n\n" +
			"\"We are masters of our own destiny. Neo-colonialism will never be given a foothold in our nation,\" he said.\n\n" +
			"\"Let no one think they can engage us as masters. We are a sovereign and independent people. Nyika inovakwa nevene vayo.\"\n\n" +
			"He said the illegal sanctions imposed by hostile regimes had failed to break the people's spirit.\n\n" +
			"The President will attend the ground-breaking of a smelter in the east next week.",
	}
	flagIs(t, c, d, true, "a Heroes' Day address with a ground-breaking named in passing")
}

// TestValueAdditionEditorial: a state or ruling-party paper's comment on
// processing minerals before export ("we have to process our minerals and
// stop exporting them raw") argues the beneficiation policy with a mine's
// missing plant and the prices of ore and chemical: business, though it
// speaks in the first person plural. Flagged on main ("our minerals").
func TestValueAdditionEditorial(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Comment: Build the plants first",
		Body: "VALUE addition has to be pursued with more vigour than it has been.\n\n" +
			"We have to process our minerals and stop exporting them raw.\n\n" +
			"For years the call to process our own minerals has produced conferences and little else.\n\n" +
			"In this edition we report that the Mberengwa lithium mine still has no plant to turn its ore into carbonate.\n\n" +
			"Raw ore fetches about US$150 a tonne, while battery-grade carbonate sells for more than US$20 000 a tonne.\n\n" +
			"Investors who want ground should bring the processing equipment before they sign the contract.",
	}
	flagIs(t, c, d, false, "a beneficiation editorial with ore and carbonate prices")
}

// TestOurMineralsClaimStillRhetoric: "our minerals" as the sovereignty claim,
// not the object of processing, keeps its weight: a writer's piece on the
// West's designs on "our minerals" stays flagged.
func TestOurMineralsClaimStillRhetoric(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "They want our minerals, not our freedom",
		Body: "The West has never forgiven us for taking back our land, and now it wants our minerals.\n\n" +
			"Our minerals are not for sale to the former colonial masters and their puppets.\n\n" +
			"The regime change agenda is alive, funded from London and Washington.\n\n" +
			"We must stand firm as our heroes did, for this country is built by its owners.",
	}
	r := flagIs(t, c, d, true, "the sovereignty claim on our minerals")
	if w, ok := reasonWeight(r, "our minerals"); !ok || w < 0.5 {
		t.Errorf("\"our minerals\" as a claim lost its weight (%.2f, %v): %v", w, ok, r.Reasons)
	}
}

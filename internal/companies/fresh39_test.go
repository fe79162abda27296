package companies

import (
	"slices"
	"testing"
)

// Session 39 (fresh39co-s39): a candidate written with a later word in
// capitals ("Tafara Rock MINING (PVT) LTD" in a lead) and in mixed case
// elsewhere is one company, named the mixed-case way, as one whose first
// word is in capitals already was. Names and sentences invented.
func TestShoutedLaterWordOneCompany(t *testing.T) {
	d := mustDefault(t)
	wantNamesSorted(t, d, "Villagers fear eviction by lithium miner",
		"Families in three villages face eviction after Tafara Rock MINING (PVT) LTD pegged claims on their land.\n\nA headman said Tafara Rock Mining (PVT) LTD had offered no compensation.",
		[]string{"Tafara Rock Mining"})
}

// Session 39 (fresh39co-s39): a lead that points at its companies as "a
// trio of" producers, the noun up to six words after the count ("a trio of
// top Chinese rare earth magnet producers"), names the enumeration of three
// that follows, also when each member is written in full with its legal
// form and its tickers in one bracket or two, and when the name written
// runs past the dictionary's ("... Hi-Tech Co Ltd (SHE: ...)"). An
// unknown ticker after a dictionary name is no second naming of it.
// Sentences and the first ticker codes invented; the names and the last two
// codes are the dictionary's.
func TestLeadTrioOfProducersWithTickers(t *testing.T) {
	d := mustDefault(t)
	body := "A trio of top Chinese rare earth magnet producers may now ship abroad under yearly permits. The change follows talks in October.\n\n" +
		"Officials confirmed the approvals on Monday.\n\n" +
		"A source described the permits this week. JL Mag Rare-Earth Co Ltd (OTCMKTS: QQJLX) (FRA: 9QJL), Beijing Zhong Ke San Huan Hi-Tech Co Ltd (SHE: 000970) and Ningbo Yunsheng Co Ltd (SHA: 600366) are the companies that received them."
	fs := d.Analyze(Doc{Title: "Magnet makers win yearly export permits", Body: body})
	subjects, mentions := roles(fs)
	for _, want := range []string{"JL Mag Rare-Earth", "Zhong Ke San Huan", "Ningbo Yunsheng"} {
		if !slices.Contains(subjects, want) {
			t.Errorf("%s: not a subject; subjects %q, mentions %q", want, subjects, mentions)
		}
	}
	for _, f := range fs {
		if f.Count != 1 {
			t.Errorf("%s named %d times, want 1", f.Name, f.Count)
		}
	}
}

// Session 39 (fresh39co-s39): a dictionary company set off by commas right
// after a lower-case mine noun, a relative clause after it, names the mine
// ("the lithium mine, Sabi Star, which ..."), as "the Sabi Star lithium
// mine" does; with a verb after it the company acts. Sentences
// invented; the names are dictionary companies.
func TestAssetAppositive(t *testing.T) {
	d := mustDefault(t)
	body := "Chengxin Lithium Group opened a plant in Buhera on Monday.\n\nGuests toured the new lithium mine, Sabi Star, which began output in May.\n\nChengxin Lithium Group said the plant would run all year."
	if found, _ := roleOf(d, Doc{Title: "Lithium plant opens", Body: body}, "Sabi Star"); found {
		t.Errorf("the mine in apposition was read as the company Sabi Star")
	}
	if found, _ := roleOf(d, Doc{Title: "Lithium plant opens", Body: "Guests came in May.\n\nThe new lithium mine, Sabi Star, has raised output by a fifth."}, "Sabi Star"); !found {
		t.Errorf("Sabi Star at work: not found")
	}
}

package classify

import (
	"strings"
	"testing"
)

// Session 40 (zimvoice-s40): a ruling party's own act at a mine or on its
// members, told in the writer's words, is the item's news: its youth wing
// occupying or grabbing a mine (coercion), the party or its leader handing
// mining equipment to the youth wing (patronage). labelling.md counts such
// items among the hard positives "whose flag rests on coercion (troops at a
// mine, patronage)". Named in passing (a party official at a plant's
// opening, a company's donation in another sentence) the party stays topic.
// Every case is invented.

// TestPartyActOccupationIsTheNews: the ruling party's youths march on an
// idle mine and occupy it, the writer's account with no one's words.
// Scored at the voiceless cap (0.450) before the party act was read.
func TestPartyActOccupationIsTheNews(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Ruling party youths occupy idle Marula mine",
		Body: "Youths of the ruling party marched from the Marula bus terminus on Saturday and occupied the idle Kestrel mine on the edge of town.\n\n" +
			"The mine has been under care and maintenance since 2009 and its owner has a case pending before the courts.\n\n" +
			"Dozens of the youths were still digging at the main shaft on Monday, some of them in party regalia.",
	})
	if !r.Flagged {
		t.Errorf("ruling party youths occupying a mine, in the writer's words: unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestPartyActHandoutIsTheNews: the party's youth league receives mining
// equipment from the party, the handout told in the writer's words and in
// one official's quoted thanks.
func TestPartyActHandoutIsTheNews(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Boost for Marula youth miners",
		Body: "The ruling party's Marula province youth league received two compressors and a hammer mill on Sunday after the party leadership donated the equipment to its youth miners.\n\n" +
			"The handover took place at a provincial youth meeting at the Marula community hall.\n\n" +
			"\"We are grateful for the equipment and we will put it to work,\" the provincial youth chairperson said.",
	})
	if !r.Flagged {
		t.Errorf("the ruling party's handout to its youth wing, in the writer's words: unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestPartyLoyaltyVow: the youth wing's vow to defend the party and its
// leader, in the title and the lead.
func TestPartyLoyaltyVow(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "We will defend the party and the President, youths say",
		Body: "Youth wing leaders yesterday said their duty was to defend the President and the party against anyone planning protests.\n\n" +
			"They spoke at the launch of a youth fund in the capital.",
	})
	if !r.Flagged {
		t.Errorf("a youth wing's vow to defend the party: unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestPartyNamedInPassingStaysTopic: a plant's commissioning that names the
// ruling party's chairperson among the guests and the company's donation to
// schools in another sentence, and a report that puts the party's act in
// someone's words: the party is named, it does not act, and neither is
// flagged. In the second the party's name keeps its topic weight (about
// 0.23); read as the party's act it would count the one-line cap (loneCap).
func TestPartyNamedInPassingStaysTopic(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Kestrel commissions Marula lithium concentrator",
		Body: "Kestrel Lithium on Thursday commissioned its US$120 million concentrator at Marula, which will process 1,2 million tonnes of ore a year.\n\n" +
			"Guests at the ceremony included the Mines minister and the ruling party's provincial chairperson.\n\n" +
			"The company donated textbooks and desks to two schools near the plant.\n\n" +
			"Output of 180 000 tonnes of spodumene concentrate a year is expected from the first quarter, and 600 jobs have been created.",
	})
	if r.Flagged {
		t.Errorf("the ruling party named among a commissioning's guests: flagged (%.3f) %v", r.Score, r.Reasons)
	}
	r = c.Classify(Doc{
		Title: "Miner says claim dispute is before the courts",
		Body: "Kestrel Lithium said on Tuesday that ruling party youths had occupied part of its Marula claim last month and that it had gone to court.\n\n" +
			"The company said its US$40 million expansion remained on schedule and that exports of 15 000 tonnes of concentrate were due in March.\n\n" +
			"Its shares rose 3% in Johannesburg.",
	})
	if r.Flagged {
		t.Errorf("a party act in the company's words: flagged (%.3f) %v", r.Score, r.Reasons)
	}
	for _, rs := range r.Reasons {
		if strings.EqualFold(rs.Text, "ruling party") && rs.Weight >= loneCap {
			t.Errorf("a party act in someone's words counts as the party's act: %v", rs)
		}
	}
}

// TestPartyActData checks the party data of the shipped English file: the
// party act cues are one word each and none is also a speech, change,
// policy or seizure cue (a word of two lists would read one word as two
// facts), and every phrase of a party group is a topic term marked party.
func TestPartyActData(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	c := newClassifier(t, Options{})
	sc := &scanner{st: c.lx.stem}
	byPhrase := map[string]entry{}
	for _, e := range c.lx.terms {
		byPhrase[e.phrase] = e
	}
	for _, src := range srcs {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if f.Lang == "en" && len(f.PartyActCues) == 0 {
			t.Errorf("%s lists no party_act_cues", src.name)
		}
		other := map[string]bool{}
		for _, l := range [][]string{f.SpeechCues, f.ChangeCues, f.PolicyCues, f.SeizureCues} {
			for _, w := range l {
				other[strings.ToLower(w)] = true
			}
		}
		for _, cue := range f.PartyActCues {
			if strings.ContainsAny(strings.TrimSpace(cue), " \t") {
				t.Errorf("%s: party act cue %q is not one word", src.name, cue)
			}
			if other[strings.ToLower(cue)] {
				t.Errorf("%s: party act cue %q is also a speech, change, policy or seizure cue", src.name, cue)
			}
		}
		n := 0
		for _, g := range f.Group {
			if !g.Party {
				continue
			}
			for _, p := range g.Phrases {
				n++
				e, ok := byPhrase[strings.Join(normalise(sc, p), " ")]
				if !ok || !e.party || e.kind != kTopic {
					t.Errorf("%s: party phrase %q is not a topic term marked party (%+v)", src.name, p, e)
				}
			}
		}
		if f.Lang == "en" && n == 0 {
			t.Errorf("%s has no party group", src.name)
		}
	}
}

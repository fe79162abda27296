package classify

import (
	"strings"
	"testing"
)

// Session 33: a campaign rally told as its speeches (labelling rule 14).
// Every case is invented.

// reasonWeight returns the weight of the reason naming phrase, and whether
// there is one.
func reasonWeight(r Result, phrase string) (float64, bool) {
	for _, x := range r.Reasons {
		if strings.EqualFold(x.Text, phrase) {
			return x.Weight, true
		}
	}
	return 0, false
}

// voiceCase is an item that must be flagged and the phrase among its
// reasons it must rest on.
type voiceCase struct {
	name, phrase string
	d            Doc
}

// flagCase is an item and whether it must be flagged; a flagged one must
// rest on phrase among its reasons.
type flagCase struct {
	name, phrase string
	want         bool
	doc          Doc
}

// checkFlags checks each case's verdict, and that a flagged case lists its
// phrase among the reasons at a positive weight (flaggedOn).
func checkFlags(t *testing.T, c *Classifier, cases []flagCase) {
	t.Helper()
	for _, tc := range cases {
		if tc.want {
			flaggedOn(t, c, []voiceCase{{tc.name, tc.phrase, tc.doc}})
			continue
		}
		flagIs(t, c, tc.doc, false, tc.name)
	}
}

// flaggedOn checks that each case is flagged with its phrase among the
// reasons at a positive weight.
func flaggedOn(t *testing.T, c *Classifier, cases []voiceCase) {
	t.Helper()
	for _, tc := range cases {
		r := flagIs(t, c, tc.d, true, tc.name)
		if w, ok := reasonWeight(r, tc.phrase); !ok || w <= 0 {
			t.Errorf("%s: %q not among the reasons (%.2f, %v): %v", tc.name, tc.phrase, w, ok, r.Reasons)
		}
	}
}

// TestRallyToldAsSpeeches: a campaign rally told as its speeches is
// flagged (labelling rule 14), the campaign event counting as strong
// rhetoric; a plant report that names the rally in passing, with the
// writer's own figures, is not, and the rally stays topic there. A
// campaign event named only inside quotation marks does not count as the
// writer's report of one.
func TestRallyToldAsSpeeches(t *testing.T) {
	c := newClassifier(t, Options{})
	rally := Doc{
		Title: "President promises nickel smelter for Chivi",
		Body: "Addressing a campaign rally in Chivi on Saturday, President Banda told thousands of supporters that a nickel smelter would be built in the district.\n\n" +
			"\"God has blessed this province with nickel and coal, and the people here must be the first to benefit,\" he said.\n\n" +
			"\"Next year I will come back to open the smelter. We have built roads, dams and clinics, and we will build more,\" he said.\n\n" +
			"\"When you give us another term, no village will be left without a school,\" the President added.\n\n" +
			"He urged the crowd to turn out in numbers on polling day.",
	}
	r := flagIs(t, c, rally, true, "a campaign rally told as its speeches")
	if w, ok := reasonWeight(r, "campaign rally"); !ok || w != rallyVoice {
		t.Errorf("campaign rally weight %.2f (found %v), want %.2f: %v", w, ok, rallyVoice, r.Reasons)
	}
	plant := Doc{
		Title: "Kanyama smelter to start in 2026, developer says",
		Body: "The US$400 million Kanyama nickel smelter will start production in the second quarter of 2026, its developer Zambezi Nickel said on Tuesday.\n\n" +
			"President Banda promised the plant at a campaign rally in the district last month.\n\n" +
			"The smelter will treat 600 000 tonnes of ore a year and produce 30 000 tonnes of nickel matte.\n\n" +
			"Financing of US$250 million has been arranged with two regional banks.\n\n" +
			"About 1 200 jobs will be created during construction.",
	}
	r = flagIs(t, c, plant, false, "a campaign promise reported with the plant's figures")
	if w, ok := reasonWeight(r, "campaign rally"); ok && w >= rallyVoice {
		t.Errorf("a rally named in passing counted as a rally told as its speeches (%.2f): %v", w, r.Reasons)
	}
	quoted := Doc{
		Title: "Chamber chairman on mining licences",
		Body: "\"This is not a campaign rally, it is a meeting about licences,\" the chamber's chairman said.\n\n" +
			"\"Members want the licence backlog cleared before the rains,\" he said.\n\n" +
			"He said 40 applications had waited more than a year.",
	}
	r = c.Classify(quoted)
	if w, ok := reasonWeight(r, "campaign rally"); ok && w >= rallyVoice {
		t.Errorf("a campaign event named only inside quotation marks read as the writer's report of a rally (%.2f): %v", w, r.Reasons)
	}
}

// TestCampaignGroupsLoaded: the campaign-events group's phrases carry the
// campaign mark, and other groups' do not.
func TestCampaignGroupsLoaded(t *testing.T) {
	c := newClassifier(t, Options{})
	n := 0
	for _, e := range c.lx.terms {
		if e.campaign {
			n++
			if e.kind != kTopic {
				t.Errorf("campaign phrase %q has kind %s, want topic", e.phrase, e.kind)
			}
		}
		if e.phrase == "campaign" && e.campaign {
			t.Errorf("the bare word \"campaign\" (drilling campaigns) is marked a campaign event")
		}
	}
	if n < 5 {
		t.Errorf("%d campaign-event phrases loaded, want at least 5", n)
	}
}

// TestPhraseInGroupsOfOtherFlags: a phrase listed in two groups of the same
// weight and kind but other flags (campaign, legal) is rejected, naming the
// phrase: which group's flag it would carry is otherwise the file's order.
func TestPhraseInGroupsOfOtherFlags(t *testing.T) {
	data := []byte(`lang = "en"

[[group]]
name = "events"
kind = "topic"
weight = 0.3
campaign = true
phrases = ["party rally"]

[[group]]
name = "plain"
kind = "topic"
weight = 0.3
phrases = ["party rally"]
`)
	_, err := buildLexicon([]lexSource{{name: "lexicon.toml", data: data}}, nil)
	if err == nil || !strings.Contains(err.Error(), "party rally") {
		t.Errorf("buildLexicon = %v, want an error naming \"party rally\"", err)
	}
}

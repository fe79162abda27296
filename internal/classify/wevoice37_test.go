package classify

import (
	"strings"
	"testing"
)

// Session 37 (wevoice-s37): a first-person-plural subject right before a
// speech cue ("we believe", "我们认为") is the writer speaking, not a
// report of someone's words. The pairs are data (writer_speech in each
// lexicon file). Every case is invented.

// wevoiceEditorial is an editorial whose argument stands in "we believe"
// and "we say" sentences among sentences of figures: read as reported
// speech, its rhetoric was set aside as quoted in an item of facts (c8).
var wevoiceEditorial = Doc{
	Title: "Lithium and the nation's future",
	Body: "Exports of spodumene concentrate rose 30% to 250,000 tonnes last year.\n\n" +
		"The state miner invested US$500 million and created 800 jobs.\n\n" +
		"We believe our lithium belongs to the people and must not be handed to colonial masters in new clothes.\n\n" +
		"We say it plainly: the plunder of our minerals must end.",
}

// TestWriterSpeech37: the writer's "we" before a speech cue, in English and
// Chinese, leaves the sentence the writer's own, so its rhetoric counts.
func TestWriterSpeech37(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"an English editorial's we believe", "colonial masters", wevoiceEditorial},
		{"a Chinese editorial's 我们认为", "霸权逻辑", Doc{
			Title: "稀土出口的是非曲直",
			Body: "今年一季度稀土出口量增长12%,达到1.2万吨。\n\n" +
				"某国近日再把15家中国企业列入实体清单,涉及金额5亿美元。\n\n" +
				"我们认为,这是赤裸裸的霸权逻辑,目的就是打压中国。\n\n" +
				"本报认为,对这种单边霸凌,中国必须予以反制。",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestWriterSpeechLookalikes37: a company's "we believe" in a release of
// figures does not lift its score; a minister's "we believe" line that the
// sentence reports ("the minister said") stays reported; "they believe"
// and a quoted "we believe" are someone else's words.
func TestWriterSpeechLookalikes37(t *testing.T) {
	c := newClassifier(t, Options{})
	release := Doc{
		Title: "Ridgefield Lithium completes Kasai feasibility study",
		Body: "Ridgefield Lithium said on Monday the feasibility study for its Kasai project shows a post-tax NPV of US$1.2 billion.\n\n" +
			"We believe the project has robust economics under the new mining code and the state royalty regime.\n\n" +
			"We expect first production in 2027 at 25,000 tonnes a year, and we believe offtake talks will close this year.",
	}
	flagIs(t, c, release, false, "a company release's we believe")
	reported := Doc{
		Title: "Ministry issues 12 lithium licences",
		Body: "Exports of spodumene concentrate rose 30% to 250,000 tonnes last year.\n\n" +
			"The state miner invested US$500 million and created 800 jobs.\n\n" +
			"We believe our lithium belongs to the people and must not be handed to colonial masters in new clothes, the minister said.\n\n" +
			"They believe the plunder of our minerals must end.",
	}
	flagIs(t, c, reported, false, "a minister's we believe reported")
	quoted := Doc{
		Title: "Ministry issues 12 lithium licences",
		Body: "Exports of spodumene concentrate rose 30% to 250,000 tonnes last year.\n\n" +
			"The state miner invested US$500 million and created 800 jobs.\n\n" +
			"\"We believe our lithium belongs to the people and must not be handed to colonial masters in new clothes.\"\n\n" +
			"\"We say it plainly: the plunder of our minerals must end.\"",
	}
	flagIs(t, c, quoted, false, "a quoted we believe")
}

// TestWriterSpeechPairsEndWithCue: a writer speech pair must end with a
// speech cue of its own file's language and hold two to maxPairWords
// words; one that ends elsewhere would cancel nothing and is refused.
func TestWriterSpeechPairsEndWithCue(t *testing.T) {
	src := func(pairs string) []lexSource {
		return []lexSource{{name: "lexicon.toml", data: []byte("lang = \"en\"\nspeech_cues = [\"said\", \"believe\"]\nwriter_speech = [" + pairs + "]\n")}}
	}
	if _, err := buildLexicon(src(`"we believe", "we said"`), nil); err != nil {
		t.Fatalf("pairs ending with a cue refused: %v", err)
	}
	for _, bad := range []string{`"we expect"`, `"believe"`, `"we have long and firmly and always believe"`} {
		if _, err := buildLexicon(src(bad), nil); err == nil || !strings.Contains(err.Error(), "writer speech") {
			t.Errorf("pair %s accepted (err %v)", bad, err)
		}
	}
}

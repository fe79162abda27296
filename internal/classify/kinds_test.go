package classify

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestBuiltinLexiconValid checks the shipped lexicon as data: every group
// has a known kind whose sign fits its weight, every phrase has words, no
// phrase is listed in two groups (after normalising), and every kind that
// scores has phrases.
func TestBuiltinLexiconValid(t *testing.T) {
	var f lexFile
	md, err := toml.Decode(string(builtinLexicon), &f)
	if err != nil {
		t.Fatalf("decode lexicon.toml: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Fatalf("lexicon.toml: unknown keys %v", u)
	}
	sc := &scanner{st: newStemmer()}
	seen := map[string]string{}
	perKind := map[kind]int{}
	for _, g := range f.Group {
		k, ok := parseKind(g.Kind)
		if !ok {
			t.Errorf("group %s: unknown kind %q", g.Name, g.Kind)
			continue
		}
		if err := checkKind(k, g.Weight); err != nil {
			t.Errorf("group %s: %v", g.Name, err)
		}
		for _, p := range g.Phrases {
			words := normalise(sc, p)
			if len(words) == 0 {
				t.Errorf("group %s: phrase %q has no words", g.Name, p)
				continue
			}
			key := strings.Join(words, " ")
			if first, dup := seen[key]; dup {
				t.Errorf("group %s: phrase %q is already listed as %s", g.Name, p, first)
			}
			seen[key] = g.Name + ":" + p
			perKind[k]++
		}
	}
	for _, k := range []kind{kDirective, kRhetoric, kTopic, kBusiness, kBlocker} {
		if perKind[k] < 20 {
			t.Errorf("kind %s has %d phrases, want a real list", k, perKind[k])
		}
	}
}

// TestTopicInTitleNotMultiplied: a headline naming a junta or a coup is news
// about it; the same words count the same in the title as in the body,
// while directive language still counts more in the title.
func TestTopicInTitleNotMultiplied(t *testing.T) {
	c := newClassifier(t, Options{})
	topic := "Junta coup shakes uranium miner"
	neutral := "It rained all day on Tuesday."
	inTitle := c.Classify(Doc{Title: topic, Body: neutral})
	inBody := c.Classify(Doc{Title: neutral, Body: topic})
	if inTitle.Score != inBody.Score {
		t.Errorf("topic words: title score %.3f != body score %.3f", inTitle.Score, inBody.Score)
	}
	directive := "Managers must align with Party directives in study session"
	dTitle := c.Classify(Doc{Title: directive, Body: neutral})
	dBody := c.Classify(Doc{Title: neutral, Body: directive})
	if dTitle.Score <= dBody.Score {
		t.Errorf("directive words: title score %.3f <= body score %.3f", dTitle.Score, dBody.Score)
	}
}

// TestManyMildTitlesSaturate: Party titles, leaders' names and mobilisation
// in planning or investment news never add up to a flag, however many.
func TestManyMildTitlesSaturate(t *testing.T) {
	c := newClassifier(t, Options{})
	sentence := "The Party Secretary and President Xi attended as the province's Communist Party chief announced the mobilisation of capital for the magnet plant, which will cost 2 billion yuan. "
	many := c.Classify(Doc{Title: "Party Secretary, President Xi Back Magnet Plant", Body: strings.Repeat(sentence, 12)})
	if many.Flagged {
		t.Errorf("planning news with many Party titles flagged: score %.3f, reasons %v", many.Score, many.Reasons)
	}
	// the topic evidence is bounded by topicCap, whatever the count
	sum := 0.0
	for _, r := range many.Reasons {
		if r.Weight > 0 {
			sum += r.Weight
		}
	}
	if sum > topicCap+0.05 {
		t.Errorf("topic reasons sum to %.2f, above the cap %.2f: %v", sum, topicCap, many.Reasons)
	}
}

// TestDerivedHighlightsCountOnce: highlights lode picked from the body are
// already in the body; they must not add the highlight weight on top.
func TestDerivedHighlightsCountOnce(t *testing.T) {
	c := newClassifier(t, Options{})
	body := "The minister said the lithium belongs to the people and that foreign plunder must end. The plant produced 20,000 tonnes of concentrate. Revenue rose 12% on higher prices."
	hl := []string{"The minister said the lithium belongs to the people and that foreign plunder must end."}
	plain := c.Classify(Doc{Title: "Lithium plant output rises", Body: body})
	derived := c.Classify(Doc{Title: "Lithium plant output rises", Body: body, Highlights: hl, HighlightsDerived: true})
	own := c.Classify(Doc{Title: "Lithium plant output rises", Body: body, Highlights: hl})
	if derived.Score != plain.Score {
		t.Errorf("derived highlights changed the score: %.3f, body alone %.3f", derived.Score, plain.Score)
	}
	if own.Score <= plain.Score {
		t.Errorf("publisher's own highlights should add weight: %.3f <= %.3f", own.Score, plain.Score)
	}
	for _, r := range derived.Reasons {
		if r.Field == "highlights" {
			t.Errorf("reason from derived highlights: %v", r)
		}
	}
}

// TestSovereigntyRhetoricFlags: resource-sovereignty rhetoric outside the
// Party vocabulary is flagged, while the same country's nationalisation
// told as business is not.
func TestSovereigntyRhetoricFlags(t *testing.T) {
	c := newClassifier(t, Options{})
	rhetoric := c.Classify(Doc{
		Title: "Minister: 'Our Minerals, Our Wealth'",
		Body: "The minister told a rally that a new nationalism would end colonial pillage. " +
			"\"Our lithium will never again enrich the former colonial masters,\" he said, calling critics traitors to the nation.",
	})
	if !rhetoric.Flagged {
		t.Errorf("sovereignty rhetoric not flagged: %.3f %v", rhetoric.Score, rhetoric.Reasons)
	}
	business := c.Classify(Doc{
		Title: "State Takes 51% Stake in Lithium Mine Under Resource Nationalism Policy",
		Body: "The government will pay fair market value for the nationalised stake, set by an independent appraiser. " +
			"Analysts cut the project's NPV by 15% and said the royalty and arbitration risk raise the discount rate investors apply. " +
			"The mine produced 120,000 tonnes of spodumene concentrate last year.",
	})
	if business.Flagged {
		t.Errorf("nationalisation told as business flagged: %.3f %v", business.Score, business.Reasons)
	}
	found := false
	for _, r := range rhetoric.Reasons {
		if strings.EqualFold(r.Text, "Our Minerals") && r.Field == "title" {
			found = true
		}
	}
	if !found {
		t.Errorf("reasons do not name the title phrase: %v", rhetoric.Reasons)
	}
}

// TestUserTermKind: a user phrase can be declared topic, so it saturates
// like the built-in topic phrases and does not count more in the title.
func TestUserTermKind(t *testing.T) {
	doc := Doc{Title: "Zorblat council meets", Body: "The plant ran normally."}
	asDirective := newClassifier(t, Options{Extra: []Term{{Phrase: "zorblat council", Weight: 1}}})
	asTopic := newClassifier(t, Options{Extra: []Term{{Phrase: "zorblat council", Weight: 1, Kind: "topic"}}})
	if d, tp := asDirective.Classify(doc).Score, asTopic.Classify(doc).Score; d <= tp {
		t.Errorf("directive user term %.3f <= topic user term %.3f", d, tp)
	}
	if asDirective.Version() == asTopic.Version() {
		t.Error("changing a term's kind did not change Version()")
	}
}

// TestBuiltinCueListsValid checks the shipped cue lists as data: each entry
// is one word after normalising (cues are read word by word, so a phrase
// would be split and match its words alone), no list names a word twice,
// and every list the classifier reads is there.
func TestBuiltinCueListsValid(t *testing.T) {
	var f lexFile
	if _, err := toml.Decode(string(builtinLexicon), &f); err != nil {
		t.Fatalf("decode lexicon.toml: %v", err)
	}
	sc := &scanner{st: newStemmer()}
	for name, list := range map[string][]string{
		"cues": f.Cues, "legal_cues": f.LegalCues, "denial_cues": f.DenialCues, "speech_cues": f.SpeechCues,
		"change_cues": f.ChangeCues, "policy_cues": f.PolicyCues, "figure_units": f.FigureUnits,
	} {
		if len(list) < 5 {
			t.Errorf("%s: %d words, want a real list", name, len(list))
		}
		seen := map[string]string{}
		for _, w := range list {
			words := normalise(sc, w)
			if len(words) != 1 {
				t.Errorf("%s: %q is %d words after normalising, want one", name, w, len(words))
				continue
			}
			// plural and singular may meet after stemming ("tonne",
			// "tonnes"); the same spelling twice is a slip
			if first, dup := seen[words[0]]; dup && first == w {
				t.Errorf("%s: %q listed twice", name, w)
			}
			seen[words[0]] = w
		}
	}
}

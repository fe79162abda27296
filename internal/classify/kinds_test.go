package classify

import (
	"strings"
	"testing"
)

// TestBuiltinLexiconValid checks the shipped lexicon files as data: each
// file declares the language its name gives, every group has a known kind
// whose sign fits its weight, every phrase has words, no phrase is listed
// twice in one file (after normalising), a phrase two files share has one
// weight and kind, and every kind that scores has phrases, in English and
// in each language file.
func TestBuiltinLexiconValid(t *testing.T) {
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) < 5 {
		t.Fatalf("%d lexicon files, want lexicon.toml and the es, fr, id, pt files", len(sources))
	}
	sc := &scanner{st: newStemmer()}
	type listed struct {
		where string
		kind  kind
		w     float64
	}
	across := map[string]listed{}
	for _, src := range sources {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		perKind := map[kind]int{}
		for _, g := range f.Group {
			k, ok := parseKind(g.Kind)
			if !ok {
				t.Errorf("%s group %s: unknown kind %q", src.name, g.Name, g.Kind)
				continue
			}
			if err := checkKind(k, g.Weight); err != nil {
				t.Errorf("%s group %s: %v", src.name, g.Name, err)
			}
			for _, p := range g.Phrases {
				words := normalise(sc, p)
				if len(words) == 0 {
					t.Errorf("%s group %s: phrase %q has no words", src.name, g.Name, p)
					continue
				}
				key := strings.Join(words, " ")
				if first, dup := seen[key]; dup {
					t.Errorf("%s group %s: phrase %q is already listed as %s", src.name, g.Name, p, first)
				}
				seen[key] = g.Name + ":" + p
				if o, ok := across[key]; ok && (o.kind != k || o.w != g.Weight) {
					t.Errorf("%s group %s: phrase %q is %s %g in %s", src.name, g.Name, p, o.kind, o.w, o.where)
				}
				across[key] = listed{where: src.name + " " + g.Name, kind: k, w: g.Weight}
				perKind[k]++
			}
		}
		least := 20
		if src.name != "lexicon.toml" {
			least = 5 // a language file lists its own voice and business words
		}
		for _, k := range []kind{kDirective, kRhetoric, kTopic, kBusiness, kBlocker} {
			if perKind[k] < least {
				t.Errorf("%s: kind %s has %d phrases, want a real list", src.name, k, perKind[k])
			}
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

// TestBuiltinCueListsValid checks the shipped cue lists as data, file by
// file: each entry is one word after normalising (cues are read word by
// word, so a phrase would be split and match its words alone), no list
// names a word twice, and every list the classifier reads is there (in a
// language file, every list but the numbering words).
func TestBuiltinCueListsValid(t *testing.T) {
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	sc := &scanner{st: newStemmer()}
	for _, src := range sources {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		least := 5
		if src.name != "lexicon.toml" {
			least = 3
		}
		for name, list := range map[string][]string{
			"cues": f.Cues, "legal_cues": f.LegalCues, "denial_cues": f.DenialCues, "speech_cues": f.SpeechCues,
			"change_cues": f.ChangeCues, "policy_cues": f.PolicyCues, "figure_units": f.FigureUnits,
			"stopwords": f.Stopwords,
		} {
			if len(list) < least {
				t.Errorf("%s %s: %d words, want a real list", src.name, name, len(list))
			}
			seen := map[string]string{}
			for _, w := range list {
				words := normalise(sc, w)
				if name == "speech_cues" && len(words) > 1 && len(words) <= maxSeqWords {
					// a cue of several words in a row (a Chinese verb of
					// two characters, 表示): read as a sequence
					words = []string{strings.Join(words, " ")}
				}
				if len(words) != 1 {
					t.Errorf("%s %s: %q is %d words after normalising, want one", src.name, name, w, len(words))
					continue
				}
				// plural and singular may meet after stemming ("tonne",
				// "tonnes"); the same spelling twice is a slip
				if first, dup := seen[words[0]]; dup && first == w {
					t.Errorf("%s %s: %q listed twice", src.name, name, w)
				}
				seen[words[0]] = w
			}
		}
	}
}

package classify

import "strings"

// stanceMin is how many body sentences of the writer's own stance (a
// lexGroup.Stance marker outside quotation marks, in a sentence that
// reports no one's words) make an item speak in its writer's own voice.
const stanceMin = 2

// genreSeparators are the characters that set a genre's name apart from
// a headline ("Comment: ...", "... | Opinion", "OPINI – ...").
const genreSeparators = ":|–—-"

// genreWindow is how many words before a title's last words a separator
// may stand for them to name its genre (": China Daily editorial").
const genreWindow = 4

// genreAt reports whether the opinion phrase of words a..b-1 (spans, in
// src) names the item's genre: it starts the title or the body and a
// separator follows it ("Comment: ...", "OPINI – ...", "SEÑOR
// DIRECTOR:"), or it ends the title with a separator at most genreWindow
// words before it ("...: China Daily editorial"). Named anywhere else
// ("the paper's editorial board said", "declined to comment") it is a
// word of the story.
func genreAt(field uint8, src string, spans []span, a, b int) bool {
	if field != fTitle && field != fBody || a < 0 || b > len(spans) || a >= b {
		return false
	}
	if a == 0 {
		rest := strings.TrimLeft(src[min(int(spans[b-1].end), len(src)):], " \t")
		if rest != "" && strings.ContainsRune(genreSeparators, firstRune(rest)) {
			return true
		}
	}
	if field == fTitle && b == len(spans) && a > 0 {
		from := spans[max(0, a-genreWindow)].end
		if a-genreWindow < 0 {
			from = 0
		}
		return strings.ContainsAny(src[from:spans[a].start], genreSeparators)
	}
	return false
}

// firstRune returns the first rune of a non-empty s.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// ownVoice reports whether an item speaks in its writer's own voice: its
// genre is named as opinion (opinion), or stanceMin of its body sentences
// (sents) hold the writer's own stance outside reported speech. Such an
// item's politics are said, not reported: its topic evidence is not read
// as reporting about politics (no topicOnly scaling, no voicelessMax cap).
func ownVoice(opinion bool, sents []sentence) bool {
	if opinion {
		return true
	}
	n := 0
	for _, s := range sents {
		if s.stance && !s.voiced {
			n++
		}
	}
	return n >= stanceMin
}

// ownTopicMin is the lexicon weight from which a topic phrase the writer
// of an own-voice item says (outside quotation marks, in a sentence that
// reports no one's words) is their rhetoric: the topic-mild, medium and
// strong groups (sovereignty, nationalism, colonialism said as the
// writer's case), not the weak names and titles of politics (a minister,
// a government), which stay topic in any voice.
const ownTopicMin = 0.3

// sayOwnTopics reads the topic phrases of an own-voice item that its
// writer says in the title or the body, at ownTopicMin or more, as
// rhetoric: an editorial arguing "economic sovereignty" argues it, where a
// report naming it reports it.
func (c *Classifier) sayOwnTopics(w *scratch) {
	for i := range w.hits {
		h := &w.hits[i]
		if h.kind != kTopic || c.lx.terms[h.term].kind != kTopic || h.weight < ownTopicMin || h.quoted {
			continue
		}
		if h.field != fTitle && h.field != fBody || w.sents[h.sent].voiced {
			continue
		}
		h.kind = kRhetoric
		w.sents[h.sent].topic -= h.weight
		w.sents[h.sent].pos += h.weight
	}
}

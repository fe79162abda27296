package companies

import (
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// Sentences and datelines: sentenceIDs numbers the sentences of a text,
// and sentenceBreak decides where one ends, past a dateline's stop and
// dash and not before a participle or time word that opens a sentence.

// sentenceIDs numbers the sentences of ts: ids[i] is token i's sentence.
// Sentences end at . ! ? (not after an abbreviation or inside a number),
// at the full-width 。！？； of Chinese text, at line breaks and at blank
// lines.
func (w *wordSets) sentenceIDs(ts *tokens, ids []int32) []int32 {
	var id int32
	for i := range ts.toks {
		if i > 0 && w.sentenceBreak(ts, i) {
			id++
		}
		ids = append(ids, id)
	}
	return ids
}

// sentenceBreak reports whether token i opens a new sentence: a paragraph
// or line break, a full-width stop, or a stop before a capitalised word,
// but not inside a number, after initials or an abbreviation, or at a
// dateline's stop.
func (w *wordSets) sentenceBreak(ts *tokens, i int) bool {
	t := &ts.toks[i]
	if t.para {
		return true
	}
	if t.flags&fSentStart == 0 {
		return false
	}
	prev := &ts.toks[i-1]
	raw := ts.src[prev.end:t.start]
	if strings.IndexByte(raw, '\n') >= 0 {
		return true
	}
	if strings.ContainsAny(raw, text.FullWidthStops) {
		// "。" and "！" need no space after them: Han text has none.
		return true
	}
	if !strings.ContainsAny(raw, ".!?") {
		return false
	}
	if t.ge == t.start && t.gs == prev.end {
		return false // "3.5", "U.S"
	}
	if datelineStop(ts, i, raw) {
		return false // "Sucre, 3 de marzo de 2024. – Bolivia ...": a dateline, not a sentence
	}
	if prev.runes == 1 && ts.has(i-1, fUpperInit) {
		return false // initials: "U.S. Steel", "J. Smith"
	}
	if w.abbrev[ts.key(i-1)] && !strings.ContainsAny(raw, "!?") {
		// "Co. Ltd", "Mr. Li"; a capitalised function word after the stop
		// still starts a sentence ("... Ltd. The deal ...").
		return ts.capitalised(i) && (isSentenceOpener(ts.key(i)) || participleOpener(ts, i))
	}
	return true
}

// maxDatelineTokens bounds the words of a dateline before its stop and
// dash: a place, a date and an agency ("San Salvador de Jujuy, 14 de
// diciembre de 2023 (EFE)").
const maxDatelineTokens = 10

// datelineStop reports the gap raw before token i as the stop and dash
// that end a Spanish or Portuguese dateline ("Sucre, 3 de marzo de 2024.
// –", "Lima, 4 mar (EFE).-", "Potosí.-"): a full stop followed by a dash,
// after at most maxDatelineTokens tokens that open their paragraph with a
// capitalised word. Such a stop ends no sentence (docs/labelling.md, 1:
// the lead is counted after the dateline).
func datelineStop(ts *tokens, i int, raw string) bool {
	stop := strings.IndexByte(raw, '.')
	if stop < 0 {
		return false
	}
	after := strings.TrimLeft(raw[stop+1:], " \t\u00a0")
	if after == "" || !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "\u2013") && !strings.HasPrefix(after, "\u2014") {
		return false
	}
	if strings.Trim(after, " \t\u00a0-\u2013\u2014") != "" || strings.ContainsAny(raw[:stop], "!?") {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= maxDatelineTokens; k-- {
		if k == 0 || ts.toks[k].para {
			return ts.capitalised(k)
		}
	}
	return false
}

// participleOpener reports a capitalised participle or time word that
// opens a sentence after an abbreviation's stop: "... Co. Ltd. Visiting
// the company, he ...", "... Inc. During the visit ...". A participle is
// read only before a determiner, so a place ending in "-ing" ("Ltd.
// Beijing branch") is not one.
func participleOpener(ts *tokens, i int) bool {
	k := ts.key(i)
	switch k {
	case "during", "after", "while", "when", "according":
		return true
	}
	if !strings.HasSuffix(k, "ing") || i+1 >= len(ts.toks) || ts.toks[i+1].para || ts.gap(i+1) != "" {
		return false
	}
	switch ts.key(i + 1) {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return false
}

// isSentenceOpener reports a folded function word (an article, a pronoun,
// a preposition, "shares") that, capitalised after an abbreviation's stop,
// opens a sentence: "... Ltd. The deal ...".
func isSentenceOpener(k string) bool {
	switch k {
	case "the", "a", "an", "it", "its", "this", "that", "these", "those", "in", "on", "at", "shares", "he", "she", "they", "we":
		return true
	}
	return false
}

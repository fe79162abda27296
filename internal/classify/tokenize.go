package classify

import (
	"strings"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// span is one word of a field: where it sits in the original text and the
// sentence it belongs to. Sentences are numbered across the whole document.
type span struct {
	start, end int32
	sent       int32
	// modifier: the word is joined by a hyphen to the word after it
	// ("nickel" in "nickel-based"), the first part of a compound.
	modifier bool
	// bracket: a bracket stands between the word and the word after it
	// ("nikel) kita", "our (critical)"): no phrase runs across it.
	bracket bool
	// named: the word stands inside a company's name (the call's names,
	// ClassifyTextMasked).
	named bool
	// abbrev: the word is an abbreviation in brackets of the words just
	// before it ("Foreign Ministry (FM) spokesperson", abbreviation): its
	// brackets stop no phrase, and a phrase reads across the word itself
	// (lexicon.match, given the sentence's spans).
	abbrev bool
}

// maxAbbrev is the most letters an abbreviation in brackets (abbreviation)
// has, and abbrevWords the most words back its expansion may start.
const (
	maxAbbrev   = 8
	abbrevWords = 12
)

// abbreviation reports whether word i of ws, one of the sentence's words
// after the first (k of them stand before it in its sentence), is an
// abbreviation in brackets of the words just before it: written alone in
// round or square brackets ("Ministry of Commerce (MOFCOM) said"), two to
// maxAbbrev letters, all capitals, and read from the words before it in
// order, each giving the start of itself (a letter or more), the last of
// them the word right before the bracket, at least two of them giving
// letters and only a short word in lower case ("of", "the", "de") giving
// none: "(FM)" after "Foreign Ministry", "(CNRE)" after "China Northern Rare
// Earth", "(MOFCOM)" after "Ministry of Commerce", "(PBOC)" after "People's
// Bank of China". A ticker ("Albemarle (ALB)", "MP Materials (MP)"), a word
// in lower case ("our (lithium) data") or another aside is none.
func abbreviation(ws *text.Words, i, k int) bool {
	if i == 0 || k == 0 {
		return false
	}
	w := &ws.List[i]
	if n := w.End - w.Start; n < 2 || n > maxAbbrev || w.Flags&(text.HasLower|text.NonASCII|text.Possessive|text.Amp) != 0 {
		return false
	}
	src := ws.Src
	for j := w.Start; j < w.End; j++ {
		if c := src[j]; c < 'A' || c > 'Z' {
			return false
		}
	}
	// the bracket opens right before it and closes right after it
	var closing byte
	switch strings.TrimSpace(src[ws.List[i-1].End:w.Start]) {
	case "(":
		closing = ')'
	case "[":
		closing = ']'
	default:
		return false
	}
	after := src[w.End:]
	if i+1 < ws.Len() {
		after = src[w.End:ws.List[i+1].Start]
	}
	if after == "" || after[0] != closing || strings.ContainsAny(after[1:], "()[]") {
		return false
	}
	// the words before it, nearest first, within the sentence, up to a
	// bracket or a comma, colon or quotation mark between two of them
	var before [abbrevWords]int
	n := 0
	for j := i - 1; j >= 0 && n < len(before) && k > 0; j-- {
		before[n] = j
		n++
		if ws.List[j].Flags&text.Amp == 0 {
			k--
		}
		if j == 0 || ws.Has(j, text.BracketBefore) || strings.ContainsAny(src[ws.List[j-1].End:ws.List[j].Start], ",;:\"\n") {
			break
		}
	}
	return initials(ws, ws.Key(i), before[:n], 0)
}

// initials reports whether abbr (a key, in lower case) is read from the
// words before, nearest first, as abbreviation has it: the nearest gives
// the last letters of abbr, each word the start of itself, a short word in
// lower case may give none (never the nearest), and at least two words
// give letters (given of them so far).
func initials(ws *text.Words, abbr string, before []int, given int) bool {
	if abbr == "" {
		return given >= 2
	}
	if len(before) == 0 {
		return false
	}
	j := before[0]
	key := ws.Key(j)
	if ws.Has(j, text.Amp) {
		key = ""
	}
	for p := min(len(key), len(abbr)); p >= 1; p-- {
		if key[:p] == abbr[len(abbr)-p:] && initials(ws, abbr[:len(abbr)-p], before[1:], given+1) {
			return true
		}
	}
	// a short word in lower case ("of", "the", "&") may give no letter
	return given > 0 && len(key) <= 3 && !ws.Has(j, text.UpperInit) && initials(ws, abbr, before[1:], given)
}

// scanner splits text into lowercase, lightly stemmed words and sentence
// boundaries. It reuses one buffer, so a scanner belongs to one call.
type scanner struct {
	buf []byte
	st  *stemmer // shared, read-only
}

// endsSentence reports whether the punctuation at s[i] closes a sentence:
// '!', '?' and ';' always do, '.' only when followed by space, a quote or the
// end, so "3.5" and "U.S" keep going.
func endsSentence(s string, i int) bool {
	switch s[i] {
	case '!', '?', ';':
		return true
	case '.':
		if i+1 >= len(s) {
			return true
		}
		switch s[i+1] {
		case ' ', '\t', '\n', '\r', '"', '\'', ')':
			return true
		}
		// typographic closing quote
		return i+3 < len(s) && s[i+1] == 0xe2 && s[i+2] == 0x80 && (s[i+3] == 0x9d || s[i+3] == 0x99)
	}
	return false
}

// words calls word for each of words lo..hi of ws with its index, its
// normalised form (lower case, lightly stemmed, a traditional Han
// character simplified; valid only during the call) and its byte range in
// ws.Src, and newSentence whenever a sentence ends between two of them: at
// a line break or sentence punctuation (text.FullStopAt for Chinese). "&"
// is not a word here. Without stem, an ASCII word's norm is nil and not
// computed: the caller reads its key (ws.Key(i)), whose stem the
// lexicon's keys table knows (lexicon.keys).
func (sc *scanner) words(ws *text.Words, lo, hi int, stem bool, word func(i int, norm []byte, start, end int), newSentence func()) {
	src := ws.Src
	prevEnd := -1
	for i := lo; i < hi; i++ {
		w := &ws.List[i]
		if w.Flags&text.Amp != 0 {
			continue
		}
		if prevEnd >= 0 {
			for k := prevEnd; k < int(w.Start); k++ {
				if c := src[k]; c == '\n' || c < utf8.RuneSelf && endsSentence(src, k) || c >= 0xE3 && text.FullStopAt(src, k) {
					newSentence()
					break
				}
			}
		}
		var norm []byte
		// A word's key is lower case with Latin diacritics stripped
		// (text.FoldRune): "Soberanía", "soberania" and "SOBERANÍA"
		// meet, as do "d'État" and "d'etat". A key that is ASCII once
		// folded is read as an ASCII word, stem and all ("naciones" and
		// "nación" both reach "nacion"); other scripts keep their runes.
		if w.Flags&text.NonASCII == 0 || isASCII(ws.Key(i)) {
			if stem {
				sc.buf = append(sc.buf[:0], ws.Key(i)...)
				norm = sc.stem(sc.buf)
			}
		} else {
			// A traditional Han character is keyed by its simplified
			// form already (text.Split): "黨" and "党" meet.
			sc.buf = append(sc.buf[:0], ws.Key(i)...)
			norm = sc.buf
		}
		end := int(w.End)
		if w.Flags&text.Possessive != 0 {
			end = possessiveEnd(src, end)
		}
		word(i, norm, int(w.Start), end)
		prevEnd = int(w.End)
	}
}

// possessiveEnd is the end of the 's after a word ending at end.
func possessiveEnd(src string, end int) int {
	_, a := utf8.DecodeRuneInString(src[end:])
	return min(len(src), end+a+1)
}

// suffix rules for stem, tried in order; the first whose remaining stem is
// long enough applies. One rule at most, so the stemmer is cheap and
// predictable; lexicon phrases go through the same function, so any
// conflation it makes is symmetric.
type suffixRule struct {
	suffix, repl string
	min          int
}

// stemmer holds the suffix rules indexed by their last byte, so a word is
// checked only against rules that can match it.
type stemmer struct {
	byLast [128][]suffixRule
}

// newStemmer indexes suffixRules by last byte, keeping their order.
func newStemmer() *stemmer {
	st := &stemmer{}
	for _, r := range suffixRules() {
		c := r.suffix[len(r.suffix)-1]
		st.byLast[c] = append(st.byLast[c], r)
	}
	return st
}

func suffixRules() []suffixRule {
	return []suffixRule{
		{"izations", "iz", 3}, {"isations", "iz", 3},
		{"ization", "iz", 3}, {"isation", "iz", 3},
		{"izing", "iz", 3}, {"ising", "iz", 3},
		{"ized", "iz", 3}, {"ised", "iz", 3},
		{"izes", "iz", 3}, {"ises", "iz", 3},
		{"ize", "iz", 3}, {"ise", "iz", 3},
		{"ations", "at", 3}, {"ation", "at", 3},
		{"ied", "y", 2}, {"ies", "y", 2},
		{"ing", "", 4}, {"ed", "", 4},
		{"sses", "ss", 2}, {"ees", "ee", 2}, {"es", "", 3},
		{"ss", "ss", 1}, {"us", "us", 1}, {"is", "is", 1},
		{"s", "", 3}, {"ee", "ee", 1}, {"e", "", 3},
	}
}

// stem strips one common English suffix so "nationalised", "nationalizing"
// and "nationalisation" meet, and plurals meet singulars. It works in place
// on ASCII words; the caller leaves other words alone.
func (sc *scanner) stem(b []byte) []byte {
	if len(b) <= 3 {
		return b
	}
	if string(b) == "parties" { // keep "the parties agreed" apart from "the Party"
		return b
	}
	last := b[len(b)-1] // ASCII, checked above
	for _, r := range sc.st.byLast[last] {
		n := len(b) - len(r.suffix)
		if n < r.min || string(b[n:]) != r.suffix {
			continue
		}
		return append(b[:n], r.repl...)
	}
	return b
}

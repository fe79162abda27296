package classify

import (
	"unicode"
	"unicode/utf8"
)

// span is one word of a field: where it sits in the original text and the
// sentence it belongs to. Sentences are numbered across the whole document.
type span struct {
	start, end int32
	sent       int32
}

// scanner splits text into lowercase, lightly stemmed words and sentence
// boundaries. It reuses one buffer, so a scanner belongs to one call.
type scanner struct {
	buf []byte
	st  *stemmer // shared, read-only
}

// isApostrophe reports ASCII and typographic apostrophes.
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// isWordRune reports runes that belong inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// decode returns the rune at s[i] and its width, with an ASCII fast path.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// endsSentence reports whether the punctuation at s[i] closes a sentence:
// '!' and '?' always do, '.' only when followed by space, a quote or the end,
// so "3.5" and "U.S" keep going.
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

// scan calls word for each word of s with its normalised form (valid only
// during the call) and newSentence whenever a sentence ends.
func (sc *scanner) scan(s string, word func(norm []byte, start, end int), newSentence func()) {
	i := 0
	for i < len(s) {
		r, w := decode(s, i)
		if !isWordRune(r) {
			if s[i] == '\n' || (r < utf8.RuneSelf && endsSentence(s, i)) {
				newSentence()
			}
			i += w
			continue
		}
		start := i
		sc.buf = sc.buf[:0]
		ascii := true
		for i < len(s) {
			r, w = decode(s, i)
			if isWordRune(r) {
				ascii = ascii && r < utf8.RuneSelf
				sc.buf = appendLower(sc.buf, r)
				i += w
				continue
			}
			if isApostrophe(r) && i+w < len(s) {
				// possessive 's is dropped; any other apostrophe ends the word
				n, nw := decode(s, i+w)
				if n == 's' || n == 'S' {
					after := i + w + nw
					if after >= len(s) {
						i = after
						break
					}
					if a, _ := decode(s, after); !isWordRune(a) {
						i = after
						break
					}
				}
			}
			break
		}
		norm := sc.buf
		if ascii {
			norm = sc.stem(norm)
		}
		word(norm, start, i)
	}
}

// appendLower appends the lowercase form of r.
func appendLower(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
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

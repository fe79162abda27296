package companies

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fUpperInit  uint8 = 1 << iota // first rune is an upper-case letter
	fHasLower                     // contains a lower-case letter
	fHasLetter                    // contains a letter
	fDigitInit                    // first rune is a digit
	fPossessive                   // followed by 's
	fSentStart                    // first token of a sentence, line or paragraph
	fSingle                       // one CJK rune, or "&"
)

// token is one word of a tokenised text. Offsets index the source string.
type token struct {
	start, end int32 // byte range in src
	ks, ke     int32 // byte range of the folded key in tokens.keys
	gs, ge     int32 // byte range in src of the non-space text before this token
	runes      int32 // rune count of the token text
	para       bool  // the gap holds a blank line (or this is the first token)
	flags      uint8 // f* bits
}

// gap returns the non-space text between token i-1 and token i.
func (ts *tokens) gap(i int) string {
	t := &ts.toks[i]
	return ts.src[t.gs:t.ge]
}

// tokens is a tokenised text: words, their folded keys and the gaps between them.
type tokens struct {
	src    string
	keys   string
	toks   []token
	keyBuf []byte // scratch the keys were built in, for reuse
}

func (ts *tokens) key(i int) string  { t := &ts.toks[i]; return ts.keys[t.ks:t.ke] }
func (ts *tokens) text(i int) string { t := &ts.toks[i]; return ts.src[t.start:t.end] }
func (ts *tokens) has(i int, f uint8) bool {
	return ts.toks[i].flags&f != 0
}

// allCaps reports whether token i has letters and no lower-case letter.
func (ts *tokens) allCaps(i int) bool {
	f := ts.toks[i].flags
	return f&fHasLetter != 0 && f&fHasLower == 0
}

// capitalised reports whether token i starts with an upper-case letter or a digit.
func (ts *tokens) capitalised(i int) bool {
	return ts.toks[i].flags&(fUpperInit|fDigitInit) != 0
}

// joined reports whether token i follows the previous token with only spaces
// or a single hyphen between them, within one paragraph.
func (ts *tokens) joined(i int) bool {
	return i > 0 && !ts.toks[i].para && isJoinGap(ts.gap(i))
}

func isJoinGap(g string) bool {
	switch g {
	case "", "-", "\u2010", "\u2011":
		return true
	}
	return false
}

// gapClass maps a gap to the form patterns compare: joins are equal to each
// other, other punctuation must match exactly.
func gapClass(g string, para bool) string {
	if para {
		return "\n\n"
	}
	if isJoinGap(g) {
		return ""
	}
	return g
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) && !isSingleRuneWord(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// isSingleRuneWord reports scripts written without spaces, where every rune is
// treated as a token so multi-rune names match as token sequences.
func isSingleRuneWord(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' }

// maxInput is the most text Detect reads from a title or body; token offsets
// are 32-bit.
const maxInput = 1 << 24

func (w *wordSets) tokenize(src string) tokens {
	return w.tokenizeInto(src, nil, nil)
}

// tokenizeInto splits src into word tokens, reusing the given buffers.
// Possessive 's is dropped and recorded as a flag; "&" becomes a token with
// key "and"; hyphens separate tokens.
func (w *wordSets) tokenizeInto(src string, toks []token, keys []byte) tokens {
	if len(src) > maxInput {
		src = src[:maxInput]
	}
	ts := tokens{src: src, toks: toks[:0]}
	keys = keys[:0]
	prevEnd := 0
	emit := func(start, end int, flags uint8) {
		t := token{start: int32(start), end: int32(end), flags: flags}
		raw := src[prevEnd:start]
		t.gs, t.ge = int32(start), int32(start)
		if raw != " " && raw != "" {
			a, b := trimSpaceBounds(raw)
			gap := raw[a:b]
			t.gs, t.ge = int32(prevEnd+a), int32(prevEnd+b)
			nl := strings.Count(raw, "\n")
			t.para = nl >= 2
			if nl > 0 || strings.ContainsAny(gap, ".!?;:\u2022") {
				t.flags |= fSentStart
			}
		}
		if len(ts.toks) == 0 {
			t.para = true
			t.flags |= fSentStart
		}
		t.ks = int32(len(keys))
		if flags&fSingle != 0 && src[start:end] == "&" {
			keys = append(keys, "and"...)
			t.runes = 1
		} else {
			for _, r := range src[start:end] {
				t.runes++
				if r < utf8.RuneSelf {
					switch {
					case 'a' <= r && r <= 'z':
						t.flags |= fHasLetter | fHasLower
					case 'A' <= r && r <= 'Z':
						t.flags |= fHasLetter
						if t.runes == 1 {
							t.flags |= fUpperInit
						}
						r += 'a' - 'A'
					case '0' <= r && r <= '9' && t.runes == 1:
						t.flags |= fDigitInit
					}
					keys = append(keys, byte(r))
					continue
				}
				switch {
				case unicode.IsUpper(r):
					t.flags |= fHasLetter
					if t.runes == 1 {
						t.flags |= fUpperInit
					}
				case unicode.IsLower(r):
					t.flags |= fHasLetter | fHasLower
				case unicode.IsLetter(r):
					t.flags |= fHasLetter
				case unicode.IsDigit(r):
					if t.runes == 1 {
						t.flags |= fDigitInit
					}
				}
				keys = utf8.AppendRune(keys, foldRune(r))
			}
			if k := keys[t.ks:]; len(k) >= 5 && k[len(k)-1] == 's' {
				if sing, ok := w.plural[string(k)]; ok {
					keys = append(keys[:t.ks], sing...)
				}
			}
		}
		t.ke = int32(len(keys))
		ts.toks = append(ts.toks, t)
		prevEnd = end
	}
	wordStart := -1
	for i := 0; i < len(src); {
		if c := src[i]; c < utf8.RuneSelf && c != '\'' && c != '&' {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				if wordStart < 0 {
					wordStart = i
				}
			} else if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case isWordRune(r):
			if wordStart < 0 {
				wordStart = i
			}
			i += size
		case isSingleRuneWord(r):
			if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			emit(i, i+size, fSingle)
			i += size
		case isApostrophe(r) && wordStart >= 0:
			n, nsize := utf8.DecodeRuneInString(src[i+size:])
			if n == 's' || n == 'S' {
				after, _ := utf8.DecodeRuneInString(src[i+size+nsize:])
				if i+size+nsize >= len(src) || !isWordRune(after) {
					emit(wordStart, i, fPossessive)
					wordStart = -1
					i += size + nsize
					continue
				}
			}
			if isWordRune(n) {
				i += size // apostrophe inside a word: O'Neill
				continue
			}
			emit(wordStart, i, 0)
			wordStart = -1
			i += size
		default:
			if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			if r == '&' {
				emit(i, i+size, fSingle)
			}
			i += size
		}
	}
	if wordStart >= 0 {
		emit(wordStart, len(src), 0)
	}
	ts.keys = string(keys)
	ts.keyBuf = keys
	return ts
}

// trimSpaceBounds returns the bounds of s without leading and trailing white space.
func trimSpaceBounds(s string) (int, int) {
	a, b := 0, len(s)
	for a < b {
		c := s[a]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			a++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		c := s[b-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			b--
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// Latin letters with diacritics and the base letters they fold to.
const (
	foldFrom = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž"
	foldTo   = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz"
)

// foldRune lower-cases r and strips common Latin diacritics.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if r >= 0xC0 && r < 0x250 {
		if i := strings.IndexRune(foldFrom, r); i >= 0 {
			// foldFrom holds only two-byte runes; foldTo one-byte letters.
			return rune(foldTo[i/2])
		}
	}
	if r == '\u2019' || r == '\u02BC' {
		return '\''
	}
	return r
}

// foldString is the case- and accent-insensitive form used for exact lookups.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// Package text holds an item's text laid out once and split into words
// once: the classifier, company detection and mineral tagging all read the
// same words (each keeps its own rules for sentences, stems and names)
// instead of walking the same characters three times.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is an item's text by part.
type Doc struct {
	// Title is the item's title, one line.
	Title string
	// Highlights are the publisher's bullet points; when HighlightsDerived
	// is set they are body sentences lode picked and are not read again.
	Highlights        []string
	HighlightsDerived bool
	// Body, Analysis and Takeaway are the item's other sections, plain text
	// with paragraphs separated by blank lines.
	Body     string
	Analysis string
	Takeaway string
}

// Part names a part of Text.Body.
type Part int

// The parts of Text.Body, in layout order.
const (
	Highlights Part = iota
	Body
	Analysis
	Takeaway
	nParts
)

// Text is a Doc laid out once and split into words once.
type Text struct {
	// Doc is the text as given; Body below is laid out from it.
	Doc Doc
	// TitleWords are the words of Doc.Title.
	TitleWords Words
	// Body is the highlights (unless derived), body, analysis and takeaway
	// joined, each highlight and each part its own paragraph ("\n\n"
	// between them); BodyWords are its words.
	Body      string
	BodyWords Words
	// parts are the byte ranges of each Part in Body.
	parts [nParts][2]int
}

// New lays d out and splits it into words.
func New(d Doc) *Text {
	t := &Text{}
	t.Reset(d)
	return t
}

// Reset makes t the text of d, reusing t's buffers: a caller that keeps a
// Text per goroutine (or in a sync.Pool) splits items without allocating
// their word lists again.
func (t *Text) Reset(d Doc) {
	t.Doc = d
	t.layout()
	t.TitleWords.Split(d.Title)
	t.BodyWords.Split(t.Body)
}

// Range is the byte range of part p in Body (empty when the part is).
func (t *Text) Range(p Part) (start, end int) { return t.parts[p][0], t.parts[p][1] }

// HighlightsEnd is where the highlights end in Body: the body starts there.
func (t *Text) HighlightsEnd() int { return t.parts[Body][0] }

func (t *Text) layout() {
	d := t.Doc
	var b strings.Builder
	n := len(d.Body) + len(d.Analysis) + len(d.Takeaway) + 4
	if !d.HighlightsDerived {
		for _, h := range d.Highlights {
			n += len(h) + 2
		}
	}
	b.Grow(n)
	if !d.HighlightsDerived {
		for _, h := range d.Highlights {
			b.WriteString(h)
			b.WriteString("\n\n")
		}
	}
	t.parts[Highlights] = [2]int{0, b.Len()}
	b.WriteString(d.Body)
	t.parts[Body] = [2]int{t.parts[Highlights][1], b.Len()}
	for _, p := range []Part{Analysis, Takeaway} {
		s := d.Analysis
		if p == Takeaway {
			s = d.Takeaway
		}
		if s == "" {
			t.parts[p] = [2]int{b.Len(), b.Len()}
			continue
		}
		b.WriteString("\n\n")
		t.parts[p] = [2]int{b.Len(), b.Len() + len(s)}
		b.WriteString(s)
	}
	t.Body = b.String()
}

// Flag describes a word.
type Flag uint16

// Word flags.
const (
	// UpperInit: the first rune is an upper-case letter.
	UpperInit Flag = 1 << iota
	// HasLower: the word has a lower-case letter.
	HasLower
	// HasLetter: the word has a letter.
	HasLetter
	// DigitInit: the first rune is a digit.
	DigitInit
	// Possessive: the word is followed by 's, which is not a word of its own.
	Possessive
	// Single: one character of a script written without spaces (Han, kana,
	// Hangul), a word by itself.
	Single
	// Han: a Single that is a Han character.
	Han
	// Amp: the word is "&" (its key is "and").
	Amp
	// InnerApos: the word follows an apostrophe inside a word ("Neill" in
	// "O'Neill"); the apostrophe is in neither word.
	InnerApos
	// NonASCII: the word has a rune outside ASCII.
	NonASCII
	// Quoted: the word starts inside a quotation (see QuoteSpans).
	Quoted
	// BracketBefore: a round or square bracket stands between the word
	// before and this one ("(soal nikel) kita": on "kita" and "soal"), so
	// a phrase read across the gap would join an aside to its sentence.
	BracketBefore
)

// Word is one word of a text: a run of letters, digits and combining marks,
// one character of a script written without spaces, or "&".
type Word struct {
	Start, End int32 // bytes of the word in the text
	ks, ke     int32 // its key in Words.Keys
	Runes      int32 // characters in the word
	Flags      Flag  // what the word's characters are (UpperInit, HasLower, ...)
}

// Words are a text's words and their keys: lower case, common Latin
// diacritics removed, typographic apostrophes made ASCII, traditional Han
// characters in their simplified form (data/hant.txt).
type Words struct {
	Src  string // the text the words are read from
	Keys string // every word's key, one after another (Key, KeyRange)
	List []Word // the words in text order
	keys []byte // scratch the keys are built in
	// quotes are Src's quoted byte ranges (QuoteSpans), read once by Split.
	quotes []Span
}

// Len is the number of words.
func (ws *Words) Len() int { return len(ws.List) }

// Text is word i as written.
func (ws *Words) Text(i int) string { w := &ws.List[i]; return ws.Src[w.Start:w.End] }

// Key is word i's key.
func (ws *Words) Key(i int) string { w := &ws.List[i]; return ws.Keys[w.ks:w.ke] }

// KeyRange is where word i's key is in Keys.
func (ws *Words) KeyRange(i int) (start, end int) { w := &ws.List[i]; return int(w.ks), int(w.ke) }

// Has reports whether word i has flag f.
func (ws *Words) Has(i int, f Flag) bool { return ws.List[i].Flags&f != 0 }

// Gap is the text between word i-1 (or the start) and word i.
func (ws *Words) Gap(i int) string {
	prev := int32(0)
	if i > 0 {
		prev = ws.List[i-1].End
	}
	return ws.Src[prev:ws.List[i].Start]
}

// MaxInput is the most text Split reads; word offsets are 32-bit.
const MaxInput = 1 << 24

// IsApostrophe reports the apostrophes Split knows.
func IsApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' || r == '\u2018' }

// IsHan reports a character of Han script (Chinese characters, and the
// kanji and hanja of Japanese and Korean).
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// IsSingle reports scripts written without spaces, where every character
// is a word. The prolonged sound mark "ー" (and its half-width form) is
// kana writing though Unicode gives it no script: "エナジーEU.O" is a
// katakana name, then a Latin code.
func IsSingle(r rune) bool {
	return r >= 0x2E80 && (r == 0x30FC || r == 0xFF70 || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul))
}

// IsWordRune reports the runes that make up a (non-Single) word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) && !IsSingle(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// Split splits src into words, reusing buf's list.
func Split(src string, buf []Word) Words {
	ws := Words{List: buf}
	ws.Split(src)
	return ws
}

// Split makes ws the words of src, reusing its buffers.
func (ws *Words) Split(src string) {
	if len(src) > MaxInput {
		src = src[:MaxInput]
	}
	ws.Src = src
	if n := len(src)/5 + 1; cap(ws.List) < n {
		ws.List = make([]Word, 0, n)
	}
	ws.List = ws.List[:0]
	if cap(ws.keys) < len(src) {
		ws.keys = make([]byte, 0, len(src))
	}
	keys := ws.keys[:0]
	var inner bool   // the next word follows an apostrophe inside a word
	var bracket bool // a bracket stands before the next word
	// ascii: the word being read has only ASCII letters and digits so far.
	ascii := true
	emit := func(start, end int, flags Flag) {
		w := Word{Start: int32(start), End: int32(end), Flags: flags, ks: int32(len(keys))}
		if inner {
			w.Flags |= InnerApos
			inner = false
		}
		if bracket {
			w.Flags |= BracketBefore
			bracket = false
		}
		if flags&Amp != 0 {
			keys = append(keys, "and"...)
			w.Runes = 1
		} else if ascii && flags&Single == 0 {
			// Letters and digits only: one byte a rune, no decoding.
			w.Runes = int32(end - start)
			switch c := src[start]; {
			case 'A' <= c && c <= 'Z':
				w.Flags |= UpperInit
			case '0' <= c && c <= '9':
				w.Flags |= DigitInit
			}
			for j := start; j < end; j++ {
				c := src[j]
				switch {
				case 'a' <= c && c <= 'z':
					w.Flags |= HasLetter | HasLower
				case 'A' <= c && c <= 'Z':
					w.Flags |= HasLetter
					c += 'a' - 'A'
				}
				keys = append(keys, c)
			}
		} else {
			for _, r := range src[start:end] {
				w.Runes++
				if r < utf8.RuneSelf {
					switch {
					case 'a' <= r && r <= 'z':
						w.Flags |= HasLetter | HasLower
					case 'A' <= r && r <= 'Z':
						w.Flags |= HasLetter
						if w.Runes == 1 {
							w.Flags |= UpperInit
						}
						r += 'a' - 'A'
					case '0' <= r && r <= '9' && w.Runes == 1:
						w.Flags |= DigitInit
					}
					keys = append(keys, byte(r))
					continue
				}
				w.Flags |= NonASCII
				switch {
				case unicode.IsUpper(r):
					w.Flags |= HasLetter
					if w.Runes == 1 {
						w.Flags |= UpperInit
					}
				case unicode.IsLower(r):
					w.Flags |= HasLetter | HasLower
				case unicode.IsLetter(r):
					w.Flags |= HasLetter
				case unicode.IsDigit(r):
					if w.Runes == 1 {
						w.Flags |= DigitInit
					}
				}
				if flags&Han != 0 {
					// A traditional character is keyed by its simplified
					// form ("團" as "团"), so every reader of the keys
					// meets both scripts in one spelling.
					r = SimplifyRune(r)
				}
				keys = utf8.AppendRune(keys, FoldRune(r))
			}
		}
		w.ke = int32(len(keys))
		// Field by field: copying w whole reads it back in wider loads
		// than its field stores, which stalls.
		ws.List = append(ws.List, Word{})
		d := &ws.List[len(ws.List)-1]
		d.Start, d.End, d.ks, d.ke, d.Runes, d.Flags = w.Start, w.End, w.ks, w.ke, w.Runes, w.Flags
	}
	// The quotation marks are read in the same pass (QuoteSpans).
	q := quoteReader{spans: ws.quotes[:0]}
	q.reset()
	wordStart := -1
	for i := 0; i < len(src); {
		c := src[i]
		if asciiWord[c] {
			// A run of ASCII letters and digits, read in one loop.
			if wordStart < 0 {
				wordStart, ascii = i, true
			}
			for i++; i < len(src) && asciiWord[src[i]]; i++ {
			}
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '&' {
			if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			switch c {
			case '"', '\n':
				q.see(src, i, rune(c), 1)
			case '(', ')', '[', ']':
				bracket = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if quoteByte[src[i]] {
			q.see(src, i, r, size)
		}
		switch {
		case IsWordRune(r):
			if wordStart < 0 {
				wordStart = i
			}
			ascii = false
			i += size
		case IsSingle(r):
			if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			f := Single
			if IsHan(r) {
				f |= Han
			}
			emit(i, i+size, f)
			i += size
		case IsApostrophe(r) && wordStart >= 0:
			n, nsize := utf8.DecodeRuneInString(src[i+size:])
			if n == 's' || n == 'S' {
				after, _ := utf8.DecodeRuneInString(src[i+size+nsize:])
				if i+size+nsize >= len(src) || !IsWordRune(after) {
					emit(wordStart, i, Possessive)
					wordStart = -1
					i += size + nsize
					continue
				}
			}
			emit(wordStart, i, 0)
			wordStart = -1
			inner = IsWordRune(n)
			i += size
		case IsApostrophe(r) && i > 0 && src[i-1] == '.' && len(ws.List) > 0 && int(ws.List[len(ws.List)-1].End) == i-1 &&
			possessiveS(src[i+size:]):
			// An abbreviation's full stop before the possessive ("Corp.'s",
			// "Co.’s"): the word before the stop is the possessive, and
			// "s" is no word of its own.
			ws.List[len(ws.List)-1].Flags |= Possessive
			i += size + 1
		default:
			if wordStart >= 0 {
				emit(wordStart, i, 0)
				wordStart = -1
			}
			if r == '&' {
				emit(i, i+size, Amp)
			}
			i += size
		}
	}
	if wordStart >= 0 {
		emit(wordStart, len(src), 0)
	}
	ws.Keys = string(keys)
	ws.keys = keys
	ws.quotes = q.end(len(src))
	ws.markQuoted()
}

// possessiveS reports whether rest, the text after an apostrophe, opens
// with the "s" of a possessive: an s or S that no word rune follows.
func possessiveS(rest string) bool {
	if rest == "" || rest[0] != 's' && rest[0] != 'S' {
		return false
	}
	after, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !IsWordRune(after)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// Latin letters with diacritics and the base letters they fold to.
const (
	foldFrom = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž"
	foldTo   = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz"
)

// FoldRune lower-cases r and strips common Latin diacritics.
func FoldRune(r rune) rune {
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
	if r == '\u2019' || r == '\u02BC' || r == '\u2018' {
		return '\''
	}
	return r
}

package text

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	// Start and End are byte offsets, End exclusive.
	Start, End int32
}

// One reading of quotation marks serves every step (the classifier sets
// quoted rhetoric aside, company detection demotes a name said inside a
// quote): Split computes it once with the words.
//
// A quotation is the text between
//   - double marks: straight '"' (each one opens or closes), typographic
//     '“' and '„' (open) and '”' (close), guillemets '«' '»', and the corner
//     brackets '「' '」' and '『' '』'. A closing mark of any of these kinds
//     ends a quote any of them opened; an opening mark inside an open quote
//     is part of it (one level: nested quotes are inside the outer one).
//   - single marks around words: '\'', '‘' or '’' (after a space) with no
//     letter or digit before it and one after opens; a mark with a letter or
//     digit before it and none after closes ("the company 'loots' ore").
//
// A quote left open ends at the end of its line (a paragraph, a bullet or a
// heading as lode lays items out): news style leaves a quote open when the
// speaker goes on in the next paragraph, and a stray mark must not swallow
// the rest of an item. A single mark left open at the line's end was an
// apostrophe, not a quote, and marks nothing; apostrophes inside words
// ("don't", "Xi's") neither open nor close. Spans are sorted and disjoint
// (a quote inside another is merged into it).
//
// Reading is linear: each byte is looked at once, and merging a span into
// the ones before it pops each span at most once.

// QuoteSpans appends to out the quoted byte ranges of src (the marks
// excluded), sorted and disjoint. Split reads the same with the words, in
// its own pass over src.
func QuoteSpans(src string, out []Span) []Span {
	q := quoteReader{spans: out}
	q.reset()
	for i := 0; i < len(src); {
		c := src[i]
		if !quoteByte[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:])
		}
		q.see(src, i, r, n)
		i += n
	}
	return q.end(len(src))
}

// quoteReader reads quotation marks one at a time, in text order.
type quoteReader struct {
	spans    []Span
	dbl, sgl int32 // where the open double and single quotes start, or -1
}

func (q *quoteReader) reset() { q.dbl, q.sgl = -1, -1 }

// see reads rune r (n bytes) at byte i of src; runes that are no mark and
// no line end are ignored.
func (q *quoteReader) see(src string, i int, r rune, n int) {
	switch r {
	case '\n':
		if q.dbl >= 0 {
			q.spans = addSpan(q.spans, q.dbl, int32(i))
		}
		q.dbl, q.sgl = -1, -1
	case '"':
		if q.dbl < 0 {
			q.dbl = int32(i + n)
		} else {
			q.spans = addSpan(q.spans, q.dbl, int32(i))
			q.dbl = -1
		}
	case '“', '„', '«', '「', '『':
		if q.dbl < 0 {
			q.dbl = int32(i + n)
		}
	case '”', '»', '」', '』':
		if q.dbl >= 0 {
			q.spans = addSpan(q.spans, q.dbl, int32(i))
			q.dbl = -1
		}
	case '\'', '‘', '’':
		before, after := wordByteBefore(src, i), wordByteAt(src, i+n)
		switch {
		case q.sgl < 0 && q.dbl < 0 && !before && after && (r != '’' || i > 0 && src[i-1] == ' '):
			q.sgl = int32(i + n)
		case q.sgl >= 0 && before && !after:
			q.spans = addSpan(q.spans, q.sgl, int32(i))
			q.sgl = -1
		}
	}
}

// end closes a double quote left open at the end of the text (n bytes)
// and returns the spans.
func (q *quoteReader) end(n int) []Span {
	if q.dbl >= 0 {
		q.spans = addSpan(q.spans, q.dbl, int32(n))
	}
	return q.spans
}

// addSpan appends [s, e) to spans, merging it with the spans at the end
// that it overlaps or holds, so spans stay sorted and disjoint.
func addSpan(spans []Span, s, e int32) []Span {
	if e <= s {
		return spans
	}
	for len(spans) > 0 && spans[len(spans)-1].End >= s {
		last := spans[len(spans)-1]
		s, e = min(s, last.Start), max(e, last.End)
		spans = spans[:len(spans)-1]
	}
	return append(spans, Span{s, e})
}

// InSpans reports whether byte offset p lies in one of spans (sorted and
// disjoint).
func InSpans(spans []Span, p int32) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > p })
	return k < len(spans) && spans[k].Start <= p
}

// wordByteBefore reports whether the byte before i is part of a word (a
// letter or digit, or any byte of a non-ASCII rune).
func wordByteBefore(src string, i int) bool { return i > 0 && isWordByte(src[i-1]) }

// wordByteAt reports whether src[i] is part of a word.
func wordByteAt(src string, i int) bool { return i < len(src) && isWordByte(src[i]) }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// quoteByte marks the bytes that may start a quotation mark or end a line:
// the straight double and single marks, the newline, and the lead bytes of
// the typographic marks (0xe2), the guillemets (0xc2) and the corner
// brackets (0xe3).
var quoteByte = [256]bool{'"': true, '\'': true, '\n': true, 0xe2: true, 0xc2: true, 0xe3: true}

// markQuoted sets Quoted on the words that start inside one of ws.quotes.
func (ws *Words) markQuoted() {
	q := ws.quotes
	for i := range ws.List {
		w := &ws.List[i]
		for len(q) > 0 && q[0].End <= w.Start {
			q = q[1:]
		}
		if len(q) == 0 {
			return
		}
		if q[0].Start <= w.Start {
			w.Flags |= Quoted
		}
	}
}

// Quotes are the quoted byte ranges of ws.Src (see QuoteSpans), sorted and
// disjoint. The slice is ws's own: callers must not change it.
func (ws *Words) Quotes() []Span { return ws.quotes }

// InQuote reports whether byte offset p of ws.Src is inside a quotation.
func (ws *Words) InQuote(p int) bool { return InSpans(ws.quotes, int32(p)) }

// IsQuoteMark reports the quotation marks of the reading above that cannot
// be an apostrophe: the double marks and the typographic single ones. Code
// that looks for a mark in the text between two words (a defined short
// name in brackets, '("Tindal")', «Tindal», ‘Tindal’) reads this set, so
// every package knows the same marks.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '「', '」', '『', '』', '‘', '’':
		return true
	}
	return false
}

// OpensQuote reports whether s begins with a mark that opens a quotation
// (a straight or opening double quote, a low or corner opening mark, a
// guillemet or an opening single quote).
func OpensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '„', '«', '「', '『', '‘':
		return true
	}
	return false
}

// HasQuoteMark reports whether s holds a mark IsQuoteMark knows.
func HasQuoteMark(s string) bool { return strings.ContainsFunc(s, IsQuoteMark) }

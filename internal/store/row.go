package store

import (
	"encoding/json"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/item"
)

// Row is an item made ready for the cache: its list columns encoded as JSON
// and the words the full-text index takes gathered. PrepareRow does that
// work in the caller's goroutine, so that a refresh's one writer
// (UpsertRows) only writes.
type Row struct {
	Item item.Item
	// JSON columns.
	companies, mentions, candidates, minerals string
	reasons, highlights, links, evidence      string
	// words is the text column of the full-text index (indexWords).
	words string
	// keepIndex, set for a rescored item whose indexed words did not
	// change (see Rescored), leaves its full-text row as it is.
	keepIndex bool
}

// PrepareRow encodes it for the cache. It is safe to call from many
// goroutines at once.
func PrepareRow(it item.Item) Row {
	sec := it.Sections
	return Row{
		Item:       it,
		companies:  jsonStrings(it.Companies),
		mentions:   jsonStrings(it.Mentions),
		candidates: jsonStrings(it.Candidates),
		minerals:   jsonStrings(it.Minerals),
		reasons:    jsonStrings(it.Ideology.Reasons),
		highlights: jsonStrings(sec.Highlights),
		links:      jsonStrings(sec.Links),
		evidence:   jsonEvidence(it.Evidence),
		words:      itemIndexWords(it),
	}
}

// PrepareRows is PrepareRow of each item.
func PrepareRows(items []item.Item) []Row {
	rows := make([]Row, len(items))
	for i, it := range items {
		rows[i] = PrepareRow(it)
	}
	return rows
}

// jsonStrings encodes a list of strings as encoding/json does (nil as []),
// byte for byte, without reflection: strings of plain printable ASCII are
// written as they are, any other string through encoding/json.
func jsonStrings(ss []string) string {
	if len(ss) == 0 {
		return "[]"
	}
	n := 2
	for _, s := range ss {
		n += len(s) + 3
	}
	return string(appendJSONStrings(make([]byte, 0, n), ss))
}

// appendJSONStrings appends the JSON array of ss.
func appendJSONStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONString appends s as encoding/json writes it.
func appendJSONString(b []byte, s string) []byte {
	if plainJSON(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	q, _ := json.Marshal(s) // a string always encodes
	return append(b, q...)
}

// jsonEvidence encodes an item's evidence as encoding/json does (nil as
// []), byte for byte, without reflection (TestJSONEvidenceAsEncodingJSON).
func jsonEvidence(ev []item.Evidence) string {
	if len(ev) == 0 {
		return "[]"
	}
	b := make([]byte, 0, 96*len(ev))
	b = append(b, '[')
	for i, e := range ev {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = appendJSONString(b, e.Name)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, e.Kind)
		b = append(b, `,"subject":`...)
		b = strconv.AppendBool(b, e.Subject)
		b = append(b, `,"where":`...)
		if e.Where == nil {
			b = append(b, "null"...)
		} else {
			b = appendJSONStrings(b, e.Where)
		}
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(e.Count), 10)
		if e.Note != "" {
			b = append(b, `,"note":`...)
			b = appendJSONString(b, e.Note)
		}
		if e.Former != "" {
			b = append(b, `,"former":`...)
			b = appendJSONString(b, e.Former)
		}
		b = append(b, '}')
	}
	return string(append(b, ']'))
}

// plainJSON reports whether encoding/json writes s unchanged between its
// quotes: printable ASCII without the characters it escapes (its HTML
// escaping included).
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// indexWords is what the full-text index's text column is given for an
// item: each distinct chunk of text, once, space separated. A chunk is a
// maximal run of bytes that are not ASCII punctuation, space or control
// (ASCII letters lower-cased, every other byte kept), with the chunks of
// the title left out (the title column has them).
//
// The index is built with the unicode61 tokenizer, detail='none': it keeps
// for each token only which rows contain it. unicode61 separates tokens at
// every ASCII character that is not a letter or a digit and folds ASCII
// case, so the text's tokens are exactly the tokens of its chunks, and the
// set of tokens of a row (all the index holds) is the same whether the
// tokenizer reads the whole text or each distinct chunk once; the tokenizer
// and the index's hash then do a fraction of the work.
// TestIndexWordsSearchAlike checks this against the whole text.
func indexWords(title, text string) string {
	d := dedupPool.Get().(*dedup)
	defer dedupPool.Put(d)
	d.buf = appendLowerASCII(d.buf[:0], title)
	d.buf = append(d.buf, ' ')
	titleEnd := len(d.buf)
	d.buf = appendLowerASCII(d.buf, text)
	return d.words(titleEnd, len(text))
}

// itemIndexWords is indexWords(it.Title, ftsText(it)), without making
// ftsText's string first.
func itemIndexWords(it item.Item) string {
	d := dedupPool.Get().(*dedup)
	defer dedupPool.Put(d)
	d.buf = appendLowerASCII(d.buf[:0], it.Title)
	d.buf = append(d.buf, ' ')
	titleEnd := len(d.buf)
	d.buf = appendFTSText(d.buf, it)
	lowerASCII(d.buf[titleEnd:])
	return d.words(titleEnd, len(d.buf)-titleEnd)
}

// words is indexWords of d.buf, the lower-cased title, a space and the
// text (textLen bytes) from titleEnd.
func (d *dedup) words(titleEnd, textLen int) string {
	src := d.buf
	d.reset(len(src) / 4)
	out := make([]byte, 0, textLen/3)
	start, h := -1, uint32(fnvOffset)
	for i := 0; i <= len(src); i++ {
		if i < len(src) && !asciiSeparator(src[i]) {
			if start < 0 {
				start, h = i, fnvOffset
			}
			h = (h ^ uint32(src[i])) * fnvPrime
			continue
		}
		if start < 0 {
			continue
		}
		w := src[start:i]
		if !d.add(src, start, i, h) || i <= titleEnd {
			start = -1
			continue
		}
		start = -1
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, w...)
	}
	return string(out)
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// dedup is indexWords' reusable state: the lower-cased text and an
// open-addressing set of the chunks seen (hash and byte range in buf).
type dedup struct {
	buf   []byte
	slots []chunkSlot
	used  int
}

type chunkSlot struct{ hash, start, end uint32 }

// reset empties the set, sized for about n chunks.
func (d *dedup) reset(n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(d.slots) < size {
		d.slots = make([]chunkSlot, size)
	} else {
		d.slots = d.slots[:size]
		clear(d.slots)
	}
	d.used = 0
}

// add puts src[start:end] (of hash h) in the set and reports whether it
// was new.
func (d *dedup) add(src []byte, start, end int, h uint32) bool {
	if 2*(d.used+1) > len(d.slots) {
		d.grow(src)
	}
	mask := uint32(len(d.slots) - 1)
	w := src[start:end]
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &d.slots[i]
		if sl.end == 0 {
			*sl = chunkSlot{hash: h, start: uint32(start), end: uint32(end)}
			d.used++
			return true
		}
		if sl.hash == h && string(src[sl.start:sl.end]) == string(w) {
			return false
		}
	}
}

// grow doubles the set.
func (d *dedup) grow(src []byte) {
	old := d.slots
	d.slots = make([]chunkSlot, 2*len(old))
	mask := uint32(len(d.slots) - 1)
	for _, sl := range old {
		if sl.end == 0 {
			continue
		}
		i := sl.hash & mask
		for d.slots[i].end != 0 {
			i = (i + 1) & mask
		}
		d.slots[i] = sl
	}
}

var dedupPool = sync.Pool{New: func() any { return &dedup{} }}

// asciiSeparator reports the bytes unicode61 always treats as separators:
// ASCII that is neither a letter nor a digit.
func asciiSeparator(c byte) bool {
	return c < utf8.RuneSelf && !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z')
}

// appendLowerASCII appends s with its ASCII letters lower-cased.
func appendLowerASCII(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	lowerASCII(b[n:])
	return b
}

// lowerASCII lower-cases the ASCII letters of b in place.
func lowerASCII(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

package store

import (
	"encoding/json"
	"math/bits"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/item"
	txt "github.com/lode-reader/lode/internal/text"
)

// Row is an item made ready for the cache: its list columns encoded as JSON
// and the words the full-text index takes gathered. PrepareRow does that
// work in the caller's goroutine, so that a refresh's one writer
// (UpsertRows) only writes.
type Row struct {
	// Item is the item to write; PrepareRow fills the JSON columns from it.
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
	// The JSON columns are written into one buffer, made once at its size,
	// and cut from one string.
	lists := [...][]string{it.Companies, it.Mentions, it.Candidates, it.Minerals, it.Ideology.Reasons, sec.Highlights, sec.Links}
	n := 2
	for _, l := range lists {
		n += 2
		for _, s := range l {
			n += len(s) + 3
		}
	}
	for _, e := range it.Evidence {
		n += 96 + len(e.Name) + len(e.Kind) + len(e.Note) + len(e.Former)
		for _, w := range e.Where {
			n += len(w) + 3
		}
	}
	b := make([]byte, 0, n)
	var ends [len(lists) + 1]int
	for i, l := range lists {
		b = appendJSONList(b, l)
		ends[i] = len(b)
	}
	b = appendJSONEvidence(b, it.Evidence)
	ends[len(lists)] = len(b)
	all := string(b)
	col := func(i int) string {
		if i == 0 {
			return all[:ends[0]]
		}
		return all[ends[i-1]:ends[i]]
	}
	r := Row{
		Item:       it,
		companies:  col(0),
		mentions:   col(1),
		candidates: col(2),
		minerals:   col(3),
		reasons:    col(4),
		highlights: col(5),
		links:      col(6),
		evidence:   col(7),
		words:      it.IndexWords,
	}
	if r.words == "" {
		r.words = itemIndexWords(it)
	}
	return r
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
	return string(appendJSONList(make([]byte, 0, n), ss))
}

// appendJSONList appends jsonStrings(ss).
func appendJSONList(b []byte, ss []string) []byte {
	if len(ss) == 0 {
		return append(b, "[]"...)
	}
	return appendJSONStrings(b, ss)
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
	return string(appendJSONEvidence(make([]byte, 0, 96*len(ev)), ev))
}

// appendJSONEvidence appends jsonEvidence(ev).
func appendJSONEvidence(b []byte, ev []item.Evidence) []byte {
	if len(ev) == 0 {
		return append(b, "[]"...)
	}
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
	return append(b, ']')
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

// IndexWords is what the full-text index's text column is given for an
// item whose title and text t holds (brief.Sections.Doc of its title and
// sections) and whose companies, mentions and minerals are names: the same
// string, byte for byte, as PrepareRow builds from the item itself, but
// made from the words t has already split instead of reading the text
// again byte by byte. Enrichment, which has t, keeps it in
// item.Item.IndexWords for PrepareRow (one tokenisation of an item's text
// for every step).
//
// An ASCII word of t with an ASCII separator (or the text's edge) on each
// side is a whole chunk, and its key is the chunk lower-cased; the text
// between such words (gaps, possessive 's, words with other bytes beside
// them, non-ASCII words, CJK runs) is read byte by byte as indexWords
// reads it, so the chunks, their order and the output are indexWords'
// (TestTextIndexWordsAsItemIndexWords, FuzzTextIndexWords).
func IndexWords(t *txt.Text, names ...[]string) string {
	d := wordSetPool.Get().(*wordSet)
	defer wordSetPool.Put(d)
	src, ws := t.Body, &t.BodyWords
	d.reset((len(src) + len(t.Doc.Title)) / 4)
	d.scan(t.Doc.Title, false)
	d.outStart = len(d.buf)
	if len(src) > txt.MaxInput || ws.Src != src {
		// Split read only the start: read it all byte by byte.
		d.scan(src, true)
	} else {
		keys := ws.Keys
		pos := 0
		for i := range ws.List {
			w := &ws.List[i]
			if w.Flags&(txt.NonASCII|txt.Single|txt.Amp) != 0 {
				continue
			}
			s, e := int(w.Start), int(w.End)
			if s > 0 && !asciiSeparator(src[s-1]) || e < len(src) && !asciiSeparator(src[e]) {
				continue
			}
			if pos < s {
				d.scan(src[pos:s], true)
			}
			ks, ke := ws.KeyRange(i)
			d.addKey(keys, ks, ke)
			pos = e
		}
		d.scan(src[pos:], true)
	}
	for _, list := range names {
		for _, n := range list {
			d.scan(n, true)
		}
	}
	return string(d.buf[d.outStart:])
}

// wordSet is IndexWords' reusable state: buf holds the title's chunks,
// then (from outStart) the output, and slots is an open-addressing set of
// the chunks in buf.
type wordSet struct {
	buf      []byte
	slots    []wordSlot
	used     int
	outStart int
}

// wordSlot is a chunk in the set: its first eight bytes (fewer for a
// shorter chunk, little-endian), its hash and its bytes in buf (end 0: an
// empty slot). Chunks of up to eight bytes compare by head and length.
type wordSlot struct {
	head       uint64
	hash       uint32
	start, end uint32
}

var wordSetPool = sync.Pool{New: func() any { return &wordSet{} }}

// reset empties the set, sized for about n chunks.
func (d *wordSet) reset(n int) {
	d.slots = resetSlots(d.slots, n)
	d.used, d.outStart = 0, 0
	d.buf = d.buf[:0]
}

// scan puts the chunks of s, lower-cased, in the set; those that are new
// are written to the output when out is set.
func (d *wordSet) scan(s string, out bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !asciiSeparator(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			d.addChunk(s[start:i], out)
			start = -1
		}
	}
}

// addKey puts keys[ks:ke], a chunk that is already lower-case, in the set
// and writes it to the output when it is new.
func (d *wordSet) addKey(keys string, ks, ke int) {
	k := keys[ks:ke]
	var head uint64
	if n := len(k); n <= 8 && ks+8 <= len(keys) {
		// One load of eight bytes, the chunk's kept.
		head = load8(keys, ks) & headMask[n]
	} else {
		head = chunkHead(k)
	}
	h := chunkHash(k, head)
	i, found := probe(d, k, head, h)
	if found {
		return
	}
	if len(d.buf) > d.outStart {
		d.buf = append(d.buf, ' ')
	}
	d.slots[i] = wordSlot{head: head, hash: h, start: uint32(len(d.buf)), end: uint32(len(d.buf) + len(k))}
	d.used++
	d.buf = append(d.buf, k...)
}

// addChunk is addKey of c with its ASCII letters lower-cased; the title's
// chunks (out unset) go in the set but not in the output.
func (d *wordSet) addChunk(c string, out bool) {
	n := len(d.buf)
	if out && n > d.outStart {
		d.buf = append(d.buf, ' ')
	}
	at := len(d.buf)
	for i := 0; i < len(c); i++ {
		b := c[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		d.buf = append(d.buf, b)
	}
	k := d.buf[at:]
	head := chunkHead(k)
	h := chunkHash(k, head)
	i, found := probe(d, k, head, h)
	if found {
		d.buf = d.buf[:n]
		return
	}
	d.slots[i] = wordSlot{head: head, hash: h, start: uint32(at), end: uint32(len(d.buf))}
	d.used++
}

// probe looks chunk k (of head and hash h) up in d's set: the slot that
// holds it, or the empty slot where it goes (the set grows first when it
// is half full).
func probe[S ~string | ~[]byte](d *wordSet, k S, head uint64, h uint32) (int, bool) {
	if 2*(d.used+1) > len(d.slots) {
		d.grow()
	}
	mask := uint32(len(d.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &d.slots[i]
		if sl.end == 0 {
			return int(i), false
		}
		if sl.hash == h && sl.head == head && int(sl.end-sl.start) == len(k) &&
			(len(k) <= 8 || string(d.buf[sl.start+8:sl.end]) == string(k[8:])) {
			return int(i), true
		}
	}
}

// grow doubles the set.
func (d *wordSet) grow() { d.slots = growSlots(d.slots) }

// headMask[n] keeps the first n bytes of a little-endian word.
var headMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// load8 is the eight bytes of k from i, little-endian.
func load8[S ~string | ~[]byte](k S, i int) uint64 {
	_ = k[i+7]
	return uint64(k[i]) | uint64(k[i+1])<<8 | uint64(k[i+2])<<16 | uint64(k[i+3])<<24 |
		uint64(k[i+4])<<32 | uint64(k[i+5])<<40 | uint64(k[i+6])<<48 | uint64(k[i+7])<<56
}

// chunkHead is the first eight bytes of k (all of a shorter k), little-endian.
func chunkHead[S ~string | ~[]byte](k S) uint64 {
	if len(k) >= 8 {
		return load8(k, 0)
	}
	var v uint64
	for i := 0; i < len(k); i++ {
		v |= uint64(k[i]) << (8 * i)
	}
	return v
}

// chunkHash hashes k, whose head is chunkHead(k), eight bytes at a time.
func chunkHash[S ~string | ~[]byte](k S, head uint64) uint32 {
	const m = 0x9E3779B97F4A7C15
	x := head ^ uint64(len(k))*m
	for i := 8; i < len(k); i += 8 {
		x = bits.RotateLeft64(x*m, 29) ^ load8(k, min(i, len(k)-8))
	}
	x *= m
	return uint32(x>>32) ^ uint32(x)
}

// FNV-1a, 32 bits.// FNV-1a, 32 bits.
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
	d.slots = resetSlots(d.slots, n)
	d.used = 0
}

// add puts src[start:end] (of hash h) in the set and reports whether it
// was new.
func (d *dedup) add(src []byte, start, end int, h uint32) bool {
	if 2*(d.used+1) > len(d.slots) {
		d.grow()
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
func (d *dedup) grow() { d.slots = growSlots(d.slots) }

// slot is a slot of one of the open-addressing chunk sets (wordSet,
// dedup): its hash, and whether it holds a chunk.
type slot interface {
	wordSlot | chunkSlot
	slotHash() (h uint32, used bool)
}

func (sl wordSlot) slotHash() (uint32, bool)  { return sl.hash, sl.end != 0 }
func (sl chunkSlot) slotHash() (uint32, bool) { return sl.hash, sl.end != 0 }

// resetSlots returns slots emptied and sized for about n chunks: a power of
// two, at least 64 and twice n, reusing the array when it is large enough.
func resetSlots[S slot](slots []S, n int) []S {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(slots) < size {
		return make([]S, size)
	}
	slots = slots[:size]
	clear(slots)
	return slots
}

// growSlots returns the chunks of slots in a table twice its size, each at
// its hash's first free slot (linear probing).
func growSlots[S slot](old []S) []S {
	slots := make([]S, 2*len(old))
	mask := uint32(len(slots) - 1)
	for _, sl := range old {
		h, used := sl.slotHash()
		if !used {
			continue
		}
		i := h & mask
		for {
			if _, taken := slots[i].slotHash(); !taken {
				break
			}
			i = (i + 1) & mask
		}
		slots[i] = sl
	}
	return slots
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

package text

import "math/bits"

// Table maps keys to int32 values: a read-only open-addressing hash table,
// built once by NewTable and then looked up by string or by bytes without
// allocating. It answers as a Go map of the same keys would; it exists
// because a lexicon looked up for most words of every item spends more
// time in the map's general hashing and probing than in anything else
// (the classifier's vocabulary lookup was a tenth of enrichment's CPU).
// A Table is safe for concurrent lookups.
type Table struct {
	slots []tableSlot
	mask  uint64
	// keys holds the bytes after the eighth of every key longer than 8
	// bytes, concatenated; tails are, by slot, where that key's are.
	keys  string
	tails []uint32
	// empty is the value of the key "", which has no slot.
	empty    int32
	hasEmpty bool
}

// tableSlot is one key: its head (its first 8 bytes, or all of a shorter
// key, as headOf packs them), its length and its value. A key of up to 8
// bytes is compared in the slot alone, so most lookups read one slot and
// no other memory. n == 0 marks a free slot.
type tableSlot struct {
	head uint64
	n    uint32
	val  int32
}

// NewTable builds the table of m (each key once, so the order of a map's
// iteration does not matter).
func NewTable(m map[string]int32) *Table {
	t := &Table{}
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t.slots = make([]tableSlot, size)
	t.mask = uint64(size - 1)
	n := 0
	long := false
	for k := range m {
		if len(k) > 8 {
			n += len(k) - 8
			long = true
		}
	}
	if long {
		t.tails = make([]uint32, size)
	}
	keys := make([]byte, 0, n)
	for k, v := range m {
		if k == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		i := hashKey(k) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot{head: headOf(k), n: uint32(len(k)), val: v}
		if len(k) > 8 {
			t.tails[i] = uint32(len(keys))
			keys = append(keys, k[8:]...)
		}
	}
	t.keys = string(keys)
	return t
}

// Len is the number of keys.
func (t *Table) Len() int {
	n := 0
	if t.hasEmpty {
		n++
	}
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}

// Get returns k's value and whether k is in the table.
func (t *Table) Get(k string) (int32, bool) { return get(t, k) }

// GetBytes is Get of k given as bytes.
func (t *Table) GetBytes(k []byte) (int32, bool) { return get(t, k) }

// get is Get and GetBytes: one probe loop for a key of either type.
func get[K string | []byte](t *Table, k K) (int32, bool) {
	n := len(k)
	if n == 0 {
		return t.empty, t.hasEmpty
	}
	head := headOf(k)
	for i := hashKey(k) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if s.head == head && int(s.n) == n && (n <= 8 || t.keys[t.tails[i]:int(t.tails[i])+n-8] == string(k[8:])) {
			return s.val, true
		}
	}
}

// headOf packs the first 8 bytes of a non-empty key, or all of a shorter
// one, into a word: keys of the same length have the same head exactly
// when those bytes are the same.
func headOf[K string | []byte](k K) uint64 {
	switch n := len(k); {
	case n >= 8:
		return load64(k, 0)
	case n >= 4:
		// bytes 4 to n-1 are the top of the last four
		return uint64(load32(k, 0)) | uint64(load32(k, n-4)>>(8*(8-n)))<<32
	default:
		return uint64(k[0]) | uint64(k[n>>1])<<8 | uint64(k[n-1])<<16
	}
}

// hashKey hashes a non-empty key from at most three loads of its bytes
// and two multiplications (the small-key scheme of wyhash): keys of up to
// 16 bytes, most words, read no byte twice and loop over nothing.
func hashKey[K string | []byte](k K) uint64 {
	const (
		p0 = 0xa0761d6478bd642f
		p1 = 0xe7037ed1a0b428db
		p2 = 0x8ebc6af09c88c6e3
	)
	n := len(k)
	var a, b uint64
	switch {
	case n >= 16:
		seed := uint64(p0)
		i := 0
		for ; n-i > 16; i += 16 {
			seed = mix(load64(k, i)^p1, load64(k, i+8)^seed)
		}
		a, b = load64(k, n-16)^seed, load64(k, n-8)
	case n >= 8:
		a, b = load64(k, 0), load64(k, n-8)
	case n >= 4:
		a, b = uint64(load32(k, 0)), uint64(load32(k, n-4))
	default:
		a = uint64(k[0])<<16 | uint64(k[n>>1])<<8 | uint64(k[n-1])
	}
	return mix(a^p1, b^p2^uint64(n))
}

// mix folds the 128-bit product of a and b into 64 bits.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 reads the 8 bytes of k from i, little-endian.
func load64[K string | []byte](k K, i int) uint64 {
	_ = k[i+7]
	return uint64(k[i]) | uint64(k[i+1])<<8 | uint64(k[i+2])<<16 | uint64(k[i+3])<<24 |
		uint64(k[i+4])<<32 | uint64(k[i+5])<<40 | uint64(k[i+6])<<48 | uint64(k[i+7])<<56
}

// load32 reads the 4 bytes of k from i, little-endian.
func load32[K string | []byte](k K, i int) uint32 {
	_ = k[i+3]
	return uint32(k[i]) | uint32(k[i+1])<<8 | uint32(k[i+2])<<16 | uint32(k[i+3])<<24
}

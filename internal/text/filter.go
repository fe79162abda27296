package text

// KeyFilter answers "not in the set" for most words without hashing them:
// one bit per combination of a key's first byte, last byte and length,
// folded into 16,384 bits. A set of a few hundred keys leaves most of the
// bits clear, so a word that is not in it nearly always finds its bit clear
// and skips the map lookup; a set bit only means "look it up".
type KeyFilter [filterBits / 64]uint64

const filterBits = 1 << 14

func filterBit(k string) uint32 {
	n := len(k)
	return (uint32(k[0])*131 + uint32(k[n-1])*31 + uint32(n)*7919) & (filterBits - 1)
}

// Add records k.
func (f *KeyFilter) Add(k string) {
	if k == "" {
		return
	}
	b := filterBit(k)
	f[b>>6] |= 1 << (b & 63)
}

// May reports whether k may have been added: false means it was not. The
// empty key always may (its lookup is left to the map).
func (f *KeyFilter) May(k string) bool {
	if k == "" {
		return true
	}
	b := filterBit(k)
	return f[b>>6]&(1<<(b&63)) != 0
}

// MayBytes is May of k given as bytes.
func (f *KeyFilter) MayBytes(k []byte) bool {
	if len(k) == 0 {
		return true
	}
	n := len(k)
	b := (uint32(k[0])*131 + uint32(k[n-1])*31 + uint32(n)*7919) & (filterBits - 1)
	return f[b>>6]&(1<<(b&63)) != 0
}

package text

// FullWidthStops are the marks that end a sentence in Chinese and Japanese
// text: the ideographic full stop and the full-width exclamation mark,
// question mark and semicolon (。！？；). Such text puts no space after
// them, so they end a sentence whatever follows. Each step keeps its own
// sentence rules; this is the one list of the marks they share.
const FullWidthStops = "\u3002\uff01\uff1f\uff1b"

// FullStopAt reports whether one of FullWidthStops starts at s[i].
func FullStopAt(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	switch s[i] {
	case 0xE3: // U+3002 。
		return s[i+1] == 0x80 && s[i+2] == 0x82
	case 0xEF: // U+FF01 ！, U+FF1F ？, U+FF1B ；
		return s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F || s[i+2] == 0x9B)
	}
	return false
}

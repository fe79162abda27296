// Package sanitize makes feed-supplied text safe to put on a terminal: it
// removes every control character and escape sequence a stranger could use
// to move the cursor, retitle the window, write the clipboard or reorder text.
package sanitize

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text returns s with escape sequences (CSI, OSC, DCS, SOS, PM, APC and
// two-byte ESC sequences), C0 and C1 control characters, bidi overrides and
// invalid UTF-8 removed. Newlines and tabs are kept; CR and CRLF become LF.
func Text(s string) string {
	if Safe(s) {
		return s
	}
	return clean(s)
}

// clean is Text's copy of s without what it removes.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++ // invalid byte
			continue
		case r == 0x1b: // ESC
			i += skipEscape(s[i+1:]) + 1
			continue
		case r == 0x9b: // C1 CSI
			i += size + skipCSI(s[i+size:])
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i += size + skipString(s[i+size:])
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case unsafeRune(r):
			// dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Line returns Text(s) with every run of whitespace (newlines included)
// collapsed to one space and the ends trimmed: fit for titles and names.
func Line(s string) string {
	s = Text(s)
	if isLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isLine reports whether s is already what Line makes of it: no white space
// other than single spaces between words, none at either end. Most titles
// and names are, and are then returned without copying.
func isLine(s string) bool {
	if s == "" {
		return true
	}
	space := true // at the start, a space would be leading
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space
}

// unsafeRune reports control, format-control and bidi characters that must
// never reach a terminal.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidi embeddings, overrides, isolates and marks
	case r == 0xfeff, r == 0xfffe, r == 0xffff:
		return true
	case unicode.Is(unicode.Cc, r):
		return true
	}
	return false
}

// skipEscape returns how many bytes after an ESC belong to its sequence.
func skipEscape(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '[':
		return 1 + skipCSI(s[1:])
	case ']', 'P', 'X', '^', '_':
		return 1 + skipString(s[1:])
	}
	// ESC followed by intermediates (0x20-0x2f) then one final byte.
	n := 0
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// skipCSI returns the length of a CSI sequence body: parameter and
// intermediate bytes, then one final byte.
func skipCSI(s string) int {
	for n := 0; n < len(s); n++ {
		c := s[n]
		if c >= 0x40 && c <= 0x7e {
			return n + 1
		}
		if c < 0x20 || c >= 0x7f {
			return n // malformed: stop before the odd byte, which is then judged on its own
		}
	}
	return len(s)
}

// skipString returns the length of an OSC/DCS/SOS/PM/APC payload up to and
// including its terminator (BEL, ESC \ or C1 ST); unterminated runs to the end.
func skipString(s string) int {
	for n := 0; n < len(s); n++ {
		switch s[n] {
		case 0x07:
			return n + 1
		case 0x1b:
			if n+1 < len(s) && s[n+1] == '\\' {
				return n + 2
			}
			return n + 1
		case 0xc2:
			if n+1 < len(s) && s[n+1] == 0x9c {
				return n + 2
			}
		}
	}
	return len(s)
}

// Safe reports whether s contains nothing Text would remove or change,
// without copying it: no invalid UTF-8, no CR and no control, format-control
// or bidi character other than newline and tab.
func Safe(s string) bool {
	for i := 0; i < len(s); {
		// Eight printable ASCII bytes at a time; anything else one by one.
		if i+8 <= len(s) && printable8(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// SafeBytes is Safe of b, read without copying it into a string.
func SafeBytes(b []byte) bool {
	for i := 0; i < len(b); {
		if i+8 <= len(b) && printable8(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
			continue
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

const (
	lanes01 = 0x0101010101010101
	lanes80 = 0x8080808080808080
)

// printable8 reports whether each of the eight bytes of w is printable
// ASCII (0x20 to 0x7e), which Safe accepts as they are.
func printable8(w uint64) bool {
	high := w & lanes80                      // a byte of 0x80 or more
	low := (w - lanes01*0x20) & ^w & lanes80 // a byte below 0x20 (when none is high)
	x := w ^ lanes01*0x7f
	del := (x - lanes01) & ^x & lanes80 // a byte of 0x7f
	return high|low|del == 0
}

// URL reports whether a URL may be stored and printed as it is: nothing Text
// would remove (controls, escapes, bidi overrides, invalid UTF-8) and no
// white space. A URL that fails is refused, never cleaned into another URL.
func URL(s string) bool {
	return Safe(s) && !strings.ContainsFunc(s, unicode.IsSpace)
}

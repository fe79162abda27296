package sanitize

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Lynas Rare Earths (ASX: LYC)", "Lynas Rare Earths (ASX: LYC)"},
		{"csi colour", "\x1b[31mred\x1b[0m alert", "red alert"},
		{"csi clear screen", "a\x1b[2Jb\x1b[Hc", "abc"},
		{"osc title bel", "x\x1b]0;pwned\x07y", "xy"},
		{"osc 52 clipboard", "x\x1b]52;c;cm0gLXJmIC8=\x1b\\y", "xy"},
		{"osc 8 hyperlink", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"c1 csi", "a\u009b31mb", "ab"},
		{"c1 osc", "a\u009d0;t\u009cb", "ab"},
		{"bel nul bs del", "a\x07b\x00c\x08d\x7fe", "abcde"},
		{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
		{"bidi isolates", "\u2066x\u2069\u200f", "x"},
		{"invalid utf8", "ok\xff\xfe done", "ok done"},
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"keeps newline and tab", "a\n\tb", "a\n\tb"},
		{"unterminated osc", "safe\x1b]0;title never ends", "safe"},
		{"lone esc at end", "end\x1b", "end"},
		{"unicode kept", "稀土 – Ga₂O₃ €", "稀土 – Ga₂O₃ €"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestSafe checks Safe, which reads without copying, against what Text's
// cleaning does to every character of the first planes and to sequences.
func TestSafe(t *testing.T) {
	cases := []string{"", "plain ASCII\n\twith tabs", "Société — “quoted” 稀土", "\r\n", "\r", "a\x1b[31mb",
		"\xff", "\xe2\x80", "\ufffd", "\u202e", "\u200f", "\ufeff", "\u0085", "\u009b", "\x7f", "\x00"}
	for r := rune(0); r < 0x30000; r++ {
		// Each character also inside longer text, at each alignment of the
		// eight-byte reading.
		cases = append(cases, "a"+string(r)+"b", "printable"[:r%8]+string(r)+" and then text", "0123456789abcdef"+string(r))
	}
	for _, s := range cases {
		if got, want := Safe(s), clean(s) == s; got != want {
			t.Errorf("Safe(%q) = %v, want %v (cleaned: %q)", s, got, want, clean(s))
		}
		if SafeBytes([]byte(s)) != Safe(s) {
			t.Errorf("SafeBytes(%q) = %v, Safe = %v", s, !Safe(s), Safe(s))
		}
	}
}

func TestLine(t *testing.T) {
	if got := Line("  CNRE\n holds \x1b[5m meeting\t "); got != "CNRE holds meeting" {
		t.Errorf("Line = %q", got)
	}
	// Text already in one line comes back as it is; anything else is
	// collapsed exactly as splitting into fields and joining them does.
	cases := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "Lynas Rare Earths (ASX:LYC) wins",
		"稀土 集团", "a\u00a0b", "a\u2003b", "a\u3000b", "a\u0085b", "\u00a0a", "a\u00a0", "Société — “quoted”", "a\vb", "a\fb", "a\rb"}
	for r := rune(0); r < 0x3100; r++ {
		cases = append(cases, string(r), "a"+string(r)+"b", "a "+string(r)+" b", string(r)+"a")
	}
	for _, s := range cases {
		if got, want := Line(s), strings.Join(strings.Fields(Text(s)), " "); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzText checks that no input can leave a control byte, an escape or invalid UTF-8 behind.
func FuzzText(f *testing.F) {
	for _, s := range []string{"\x1b[31m", "\x1b]52;c;x\x07", "\u009b2J", "a\u202eb", "\xff", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if r != '\n' && r != '\t' && unsafeRune(r) {
				t.Fatalf("unsafe rune %U left in %q (from %q)", r, out, s)
			}
		}
		if Text(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
		if Safe(s) != (clean(s) == s) {
			t.Fatalf("Safe(%q) = %v, but cleaning it gives %q", s, Safe(s), clean(s))
		}
		if SafeBytes([]byte(s)) != Safe(s) {
			t.Fatalf("SafeBytes(%q) = %v, Safe = %v", s, !Safe(s), Safe(s))
		}
		if strings.ContainsRune(Line(s), '\n') {
			t.Fatalf("Line kept a newline")
		}
		if got, want := Line(s), strings.Join(strings.Fields(Text(s)), " "); got != want {
			t.Fatalf("Line(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestPrintable8: the eight-byte test accepts exactly the words whose
// bytes are all printable ASCII, with each byte value at each position.
func TestPrintable8(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{' ', 'a', '~', 0x7f, 0x80, 0x1f, 0} {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[pos] = byte(c)
				want := true
				for _, x := range b {
					want = want && x >= 0x20 && x < 0x7f
				}
				if got := printable8(binary.LittleEndian.Uint64(b)); got != want {
					t.Fatalf("printable8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

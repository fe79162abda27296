package brief

import (
	"testing"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/sanitize"
)

// assertSafe fails if any output string could carry a control byte, an
// escape sequence or invalid UTF-8 to the terminal.
func assertSafe(t testing.TB, s Sections) {
	t.Helper()
	check := func(field, v string, multiline bool) {
		if !utf8.ValidString(v) {
			t.Fatalf("%s: invalid UTF-8 %q", field, v)
		}
		if !sanitize.Safe(v) {
			t.Fatalf("%s: unsafe text %q", field, v)
		}
		for _, r := range v {
			if r < 0x20 && !(multiline && (r == '\n' || r == '\t')) || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
				t.Fatalf("%s: control rune %U in %q", field, r, v)
			}
		}
	}
	for _, h := range s.Highlights {
		check("highlight", h, false)
	}
	for _, l := range s.Links {
		check("link", l, false)
	}
	check("body", s.Body, true)
	check("analysis", s.Analysis, true)
	check("analysis title", s.AnalysisTitle, false)
	check("takeaway", s.Takeaway, true)
}

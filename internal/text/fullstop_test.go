package text

import "testing"

// TestFullStopAt: each of 。！？； is a full stop where it starts, not when
// cut short; a full-width comma, enumeration comma, colon, quotation mark
// or ellipsis is not one.
func TestFullStopAt(t *testing.T) {
	for i, s := range []string{"。", "！", "？", "；"} {
		if !FullStopAt(s, 0) {
			t.Errorf("FullStopAt(%q) = false", s)
		}
		if FullStopAt(s[:2], 0) {
			t.Errorf("case %d: FullStopAt on a cut rune = true", i)
		}
	}
	for _, s := range []string{"，", "、", "：", "“", "…"} {
		if FullStopAt(s, 0) {
			t.Errorf("FullStopAt(%q) = true", s)
		}
	}
}

package text

import "testing"

// TestIsHan (session 36): the one test of Han script that company
// detection, mineral tagging and Split share. Kana, hangul, Latin letters
// and the ideographic full stop are not Han; simplified and traditional
// characters are.
func TestIsHan(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'锂', true}, {'鋰', true}, {'钴', true}, {'〇', true},
		{'リ', false}, {'り', false}, {'리', false}, {'L', false}, {'。', false}, {'1', false},
	} {
		if got := IsHan(c.r); got != c.want {
			t.Errorf("IsHan(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}

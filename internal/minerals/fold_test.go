package minerals

import (
	"strings"
	"testing"
)

// TestContainsFoldAsEqualFold checks containsFold against comparing every
// window of s with strings.EqualFold, for phrases and lines in mixed case,
// with runes that fold to ASCII letters (the Kelvin sign, the long s) and
// cut at every byte.
func TestContainsFoldAsEqualFold(t *testing.T) {
	naive := func(s, p string) bool {
		for i := 0; i+len(p) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(p)], p) {
				return true
			}
		}
		return false
	}
	phrases := []string{"take no responsibility for the contents", "kss", "s", "k", "", "é", "\u017fk", "no re", "1 2"}
	lines := []string{
		"Hong Kong Exchanges TAKE NO RESPONSIBILITY FOR THE CONTENTS of this announcement",
		"The Exchange Take No Responsibility For The Contents", "\u212Ass kSS Kss \u212A\u017f\u017f", "ÉÉ é", "no RE 1 2",
		"\u017f\u017fk s k", "take no responsibility for the content",
	}
	for _, p := range phrases {
		for _, l := range lines {
			for cut := 0; cut <= len(l); cut++ {
				for _, s := range []string{l[:cut], l[cut:]} {
					if got, want := containsFold(s, p), naive(s, p); got != want {
						t.Errorf("containsFold(%q, %q) = %v, want %v", s, p, got, want)
					}
				}
			}
		}
	}
}

package text

import "testing"

// TestProlongedSoundMarkSingle: the prolonged sound mark "ー" is a kana
// character, one word of its own like the katakana around it, so a Latin
// code written right after it ("エナジーEU.O") is a word of its own.
// Invented text.
func TestProlongedSoundMarkSingle(t *testing.T) {
	for _, r := range []rune{'ー', 'ｰ', 'リ', 'り', '锂'} {
		if !IsSingle(r) {
			t.Errorf("IsSingle(%q) = false, want true", r)
		}
	}
	ws := Split("ハルデン・エナジーHUC.Oは発表した", nil)
	found := false
	for _, w := range ws.List {
		if got := "ハルデン・エナジーHUC.Oは発表した"[w.Start:w.End]; got == "HUC" {
			found = true
		}
	}
	if !found {
		t.Error("the code HUC after \"ー\" is not a word of its own")
	}
}

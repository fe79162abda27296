package companies

import "testing"

// A name written in traditional characters is the same name as its
// simplified form: detection reads it so (text.Split keys Han text by its
// simplified form), and Find and Spell must resolve it too, so the picker,
// the command line and a label spelled in traditional characters reach the
// company the detector reports. The sentences are ours.
func TestFindTraditionalHan(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct{ query, want string }{
		{"中國稀土集團", "China Rare Earth Group"},
		{"北方稀土", "China Northern Rare Earth"},
		{"贛鋒鋰業", "Ganfeng Lithium"},
	} {
		got, ok := d.Find(c.query)
		if !ok || got.Name != c.want {
			t.Errorf("Find(%q) = %q, %v; want %q", c.query, got.Name, ok, c.want)
		}
	}
	if got := d.Spell([]string{"華友鈷業", "Nowhere Metals"}); got[0] != "Huayou Cobalt" || got[1] != "Nowhere Metals" {
		t.Errorf("Spell = %q", got)
	}
}

package ui

import (
	"testing"
)

// TestMarkAllReadAnswerIsABinding: M's question was answered by a literal
// y, whatever [keys] said; the answer is now the confirm action, named in
// the question, and a remapped confirm key is the only yes.
func TestMarkAllReadAnswerIsABinding(t *testing.T) {
	k, err := KeyMapFrom(map[string][]string{"confirm": {"Y"}})
	if err != nil {
		t.Fatal(err)
	}
	h, st := fixtureHarness(t, 80, 24, func(o *Options) { o.Keys = &k })
	h.press("M")
	h.mustSee("mark 3 items read? Y/n")
	h.press("y")
	h.mustSee("kept unread")
	if n := len(unreadIDs(st)); n != 3 {
		t.Fatalf("y marked items read although confirm is bound to Y (%d unread left)", n)
	}
	h.press("M", "Y")
	h.mustSee("marked 3 items read", "0 unread")
	if n := len(unreadIDs(st)); n != 0 {
		t.Fatalf("M Y left %d unread", n)
	}
}

package ui

import (
	"strings"
	"testing"
)

// TestLinkListOpensAsO: a reference opened from the link list marks the
// item read as o does (enter, o or a number), once the browser started;
// O in the list opens it and leaves the item unread, as O does.
func TestLinkListOpensAsO(t *testing.T) {
	var opened []string
	st := newFakeStore(skimItems(t)...)
	h := newHarness(t, Options{Store: st, OpenURL: func(u string) error {
		opened = append(opened, u)
		return nil
	}}, 120, 30)
	h.mustSee("Lynas lifted its guidance [1].")
	h.press("L", "O")
	h.mustSee("opened in browser")
	if st.get(1).Read {
		t.Fatal("O in the link list marked the item read")
	}
	h.press("3")
	h.mustSee("opened in browser")
	if !st.get(1).Read {
		t.Fatal("a number in the link list opened the reference and left the item unread")
	}
	if strings.Join(opened, " ") != "https://example.org/lynas-filing http://example.org/asx-announcement" {
		t.Fatalf("opened %v", opened)
	}
}

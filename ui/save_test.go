package ui

import (
	"errors"
	"strings"
	"testing"
)

// TestFlagShownOnlyOnceSaved: a star or read change appears on screen only
// when the cache has it, so a kill right after the screen changes loses
// nothing; presses while a write is in flight end in the state last asked
// for; a failed write shows the error and leaves the row as it was.
func TestFlagShownOnlyOnceSaved(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	cmd := h.update(keyMsg("s"))
	if strings.Contains(selectedLine(h.view()), "★") {
		t.Fatalf("star shown before the write ran:\n%s", h.view())
	}
	h.run(cmd)
	if !st.get(1).Starred || !strings.Contains(selectedLine(h.view()), "★") {
		t.Fatalf("star not saved and shown: saved %v\n%s", st.get(1).Starred, h.view())
	}

	// Three presses before the first write returns: unstar, star, unstar.
	first := h.update(keyMsg("s"))
	if h.update(keyMsg("s")) != nil || h.update(keyMsg("s")) != nil {
		t.Fatal("a second write started while one was in flight")
	}
	h.run(first)
	if st.get(1).Starred || strings.Contains(selectedLine(h.view()), "★") {
		t.Fatalf("three toggles from starred: want unstarred, saved %v\n%s", st.get(1).Starred, h.view())
	}

	unread := h.m.counts.Unread
	st.failWrite = errors.New("database or disk is full")
	h.press("m")
	if st.get(1).Read || h.m.counts.Unread != unread {
		t.Fatalf("failed write changed the item or the count (%d → %d)", unread, h.m.counts.Unread)
	}
	h.mustSee("mark read: database or disk is full")
	st.failWrite = nil
	h.press("m")
	if !st.get(1).Read || h.m.counts.Unread != unread-1 {
		t.Fatalf("read not saved or count not updated: %v, %d", st.get(1).Read, h.m.counts.Unread)
	}
}

package ui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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
	second, third := h.update(keyMsg("s")), h.update(keyMsg("s"))
	if second != nil || third != nil {
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

// TestRecountsAnsweredOutOfOrder: each saved read flag recounts the header in
// its own command; when an older recount answers after a newer one (two quick
// marks on a busy machine), the header keeps the newer, right figure instead
// of showing one unread too many.
func TestRecountsAnsweredOutOfOrder(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	before := h.m.counts.Unread
	// markRead marks the selected item read and returns its recount's answer,
	// taken now but not yet delivered.
	markRead := func() tea.Msg {
		t.Helper()
		save := h.update(keyMsg("m"))
		if save == nil {
			t.Fatal("m started no write")
		}
		recount := h.update(save())
		if recount == nil {
			t.Fatal("a saved read flag asked for no recount")
		}
		return recount()
	}
	older := markRead()
	h.press("j")
	newer := markRead()
	if !st.get(1).Read || !st.get(2).Read {
		t.Fatalf("reads not saved: %v %v", st.get(1).Read, st.get(2).Read)
	}
	h.send(newer)
	h.send(older)
	if h.m.counts.Unread != before-2 {
		t.Fatalf("header shows %d unread after two marks from %d; the older recount replaced the newer", h.m.counts.Unread, before)
	}
}

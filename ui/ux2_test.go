package ui

import (
	"io"
	"testing"
)

// unreadIDs lists the ids of the cache's unread items.
func unreadIDs(st *fakeStore) []int64 {
	var out []int64
	for _, it := range st.items {
		if !it.Read {
			out = append(out, it.ID)
		}
	}
	return out
}

// TestMarkAllReadAsksFirst: M used to mark every shown item read at once,
// so one stray key lost the unread state of a whole view. It now asks in
// the status line, with the number it would mark; only y marks them, any
// other key leaves them unread (and does nothing else).
func TestMarkAllReadAsksFirst(t *testing.T) {
	for _, w := range []int{120, 80, 40} {
		h, st := fixtureHarness(t, w, 24, nil)
		h.press("M")
		h.mustSee("mark 3 items read? y/n")
		if n := len(unreadIDs(st)); n != 3 {
			t.Fatalf("%d cols: M marked items read before y (%d unread left)", w, n)
		}
		checkFits(t, h.view(), w, 24)
		before := selectedLine(h.view())
		h.press("j")
		h.mustSee("kept unread")
		h.mustNotSee("y/n")
		if n := len(unreadIDs(st)); n != 3 {
			t.Fatalf("%d cols: a key other than y marked items read (%d unread left)", w, n)
		}
		if got := selectedLine(h.view()); got != before {
			t.Errorf("%d cols: the key that answered no also moved the cursor: %q, was %q", w, got, before)
		}
		// n answers no too: it does not read the next unread item.
		h.press("M", "n")
		h.mustSee("kept unread")
		if n := len(unreadIDs(st)); n != 3 {
			t.Fatalf("%d cols: n after M read an item (%d unread left)", w, n)
		}
		h.press("M", "y")
		h.mustSee("marked 3 items read", "0 unread")
		if n := len(unreadIDs(st)); n != 0 {
			t.Fatalf("%d cols: M y left %d unread", w, n)
		}
		// With nothing unread shown there is nothing to ask.
		h.press("M")
		h.mustSee("all read already")
		h.mustNotSee("y/n")
	}
}

// TestMarkAllReadAnswerExpires: the question holds only while it is on
// the status line; once another message replaces it, y is the copy key
// again and marks nothing.
func TestMarkAllReadAnswerExpires(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, func(o *Options) { o.Clipboard = io.Discard })
	h.press("M")
	h.mustSee("y/n")
	h.send(statusClearMsg{gen: h.m.statusGen})
	h.mustNotSee("y/n")
	h.press("y")
	if n := len(unreadIDs(st)); n != 3 {
		t.Fatalf("y after the question went away marked items read (%d unread left)", n)
	}
}

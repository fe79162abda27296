package ui

import (
	"io"
	"strings"
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

// TestNextUnreadWrapsAround: n at the bottom of a list with unread items
// above said "no more unread items below"; it now wraps to the first
// unread item from the top and says so, p symmetrically from the bottom,
// and "no unread items" is said only when the view has none.
func TestNextUnreadWrapsAround(t *testing.T) {
	for _, w := range []int{120, 80, 40} {
		h, _ := fixtureHarness(t, w, 24, nil)
		h.press("G") // Lithium prices: read, the last item
		h.press("n")
		h.mustSee("wrapped to the top")
		h.mustNotSee("no more unread")
		if got := selectedLine(h.view()); !strings.Contains(got, "Lynas expands") {
			t.Fatalf("%d cols: n from the last item selected %q, want the first unread from the top", w, got)
		}
		h.press("n", "n") // China, MP: every item is read now
		if got := selectedLine(h.view()); !strings.Contains(got, "MP Materials") {
			t.Fatalf("%d cols: n n selected %q", w, got)
		}
		h.press("n")
		h.mustSee("no unread items")
		h.mustNotSee("wrapped")
		if got := selectedLine(h.view()); !strings.Contains(got, "MP Materials") {
			t.Errorf("%d cols: n with nothing unread moved the cursor to %q", w, got)
		}
		checkFits(t, h.view(), w, 24)
	}

	// p from the top wraps to the last unread item from the bottom.
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("m") // Lynas read; the items above the cursor: none
	h.press("p")
	h.mustSee("wrapped to the bottom")
	if got := selectedLine(h.view()); !strings.Contains(got, "MP Materials") {
		t.Fatalf("p from the top selected %q, want the last unread item", got)
	}
	// Without a wrap the line says nothing about one.
	h.press("p")
	h.mustNotSee("wrapped")
	if got := selectedLine(h.view()); !strings.Contains(got, "China tightens") {
		t.Fatalf("p selected %q, want the unread item above", got)
	}
}

// TestNextUnreadWrapsAcrossPages: the wrap reads the pages it needs, from
// either end, and stops before the item it started from.
func TestNextUnreadWrapsAcrossPages(t *testing.T) {
	st := newFakeStore(seekItems(600, 5, 590)...)
	h := newHarness(t, Options{Store: st}, 100, 30)
	h.press("G", "n")
	h.mustSee("6/600", "Briefing 0005", "wrapped to the top", "1 unread")
	h.press("p") // nothing unread above: from the bottom
	h.mustSee("591/600", "Briefing 0590", "wrapped to the bottom", "0 unread")
	h.press("n")
	h.mustSee("591/600", "no unread items")
}

// statusLine is the view's last line, the status bar.
func statusLine(v string) string {
	lines := strings.Split(v, "\n")
	return lines[len(lines)-1]
}

// TestQueryErrorKeepsTokenAndCause: a bad query's error at 80 columns
// kept only its end ("…or weeks (12h, 2d, 1w)"), losing the token; the
// status line now drops the wording around them first and keeps the
// token and what is wrong with it at 80 and 40 columns. At 40 an unknown
// field's cause was cut ("has an unknown fi…"); it now keeps its words,
// and a long token gives way at its end instead.
func TestQueryErrorKeepsTokenAndCause(t *testing.T) {
	for _, c := range []struct {
		w           int
		query, want string
		also        []string
	}{
		{200, "lithium newer:2x", `error: query: column 9: "newer:2x" is not an age: use a number of hours, days or weeks (12h, 2d, 1w)`, nil},
		{80, "lithium newer:2x", `"newer:2x" is not an age: use`, []string{"(12h, 2d, 1w)"}},
		{40, "lithium newer:2x", `error: "newer:2x" is not an age`, nil},
		{80, "lithium colour:red", `"colour:red" has an unknown field colour`, []string{"(fields: "}},
		{40, "lithium colour:red", `error: "colour:red" has an unknown field`, nil},
		{40, "commodity:lithium", `error: "commodity:… has an unknown field`, nil},
		{40, "lithium newer:2x", `error: "newer:2x" is not an age`, nil},
		{40, "is:nope", `"is:nope" is not a state`, nil},
	} {
		h, _ := fixtureHarness(t, c.w, 24, nil)
		h.press("F")
		h.typeText(c.query)
		h.press("enter")
		got := statusLine(h.view())
		for _, want := range append([]string{c.want}, c.also...) {
			if !strings.Contains(got, want) {
				t.Errorf("%d cols, %q: status %q lacks %q", c.w, c.query, got, want)
			}
		}
		checkFits(t, h.view(), c.w, 24)
	}
}

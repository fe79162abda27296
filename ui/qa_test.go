package ui

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// runes is one key message carrying several runes, as Bubble Tea v1 delivers
// keys that arrive in one read.
func runes(s string, paste bool) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: paste}
}

func TestMultiRuneKeyMsgIsSplit(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.mustSee("1/4")
	h.send(runes("jj", false))
	h.mustSee("3/4")
	if !strings.Contains(selectedLine(h.view()), "MP Materials and") {
		t.Fatalf("jj did not move two rows:\n%s", h.view())
	}
	h.send(runes("kkk", false))
	h.mustSee("1/4")

	// A bracketed paste is text, never keys.
	h.send(runes("jj", true))
	h.mustSee("1/4")

	// "/" opens the search box and the rest of the read is typed into it.
	h.send(runes("/lith", false))
	h.mustSee("/ lith", "2 items", "Lithium prices")
	h.mustNotSee("China tightens")
	h.send(runes("ium", true)) // a paste goes into the box whole
	h.mustSee("/ lithium")
	h.press("esc")

	// The company picker receives every typed character.
	h.send(runes("cmp", false))
	if v := h.view(); !strings.Contains(v, "company: mp") || !strings.Contains(v, "› [ ] MP Materials") {
		t.Fatalf("picker did not receive the typed runes:\n%s", v)
	}
	h.press("esc")

	// Keys after a quit in the same read are not handled.
	h.send(runes("qj", false))
	if !h.quit {
		t.Fatal("q in a multi-rune read did not quit")
	}
}

func TestCopyLinkSendsPlainAndTmuxOSC52(t *testing.T) {
	var buf bytes.Buffer
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) { o.Clipboard = &buf })
	h.m.acts.tmux = true
	h.press("y")
	b64 := base64.StdEncoding.EncodeToString([]byte("https://example.org/lynas-heavy"))
	plain := "\x1b]52;c;" + b64 + "\a"
	wrapped := "\x1bPtmux;\x1b\x1b]52;c;" + b64 + "\a\x1b\\"
	if buf.String() != plain+wrapped {
		t.Fatalf("clipboard got %q want %q", buf.String(), plain+wrapped)
	}
	h.mustSee("link sent to the terminal clipboard (OSC 52)")
	h.mustNotSee("copied")
	buf.Reset()
	h.press("j", "j", "y")
	if buf.Len() != 0 {
		t.Fatalf("copied a javascript: link: %q", buf.String())
	}
	h.mustSee("error: not copying link: refusing javascript:")
	h.press("o")
	h.mustSee("error: not opening link: refusing javascript:")
}

// helpEntries is every "key desc" pair the help overlay must show.
func helpEntries(k KeyMap) []string {
	var out []string
	for _, col := range k.FullHelp() {
		for _, b := range col {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return out
}

// normalised joins each line's words with single spaces.
func normalised(v string) string {
	var lines []string
	for _, l := range strings.Split(v, "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	return strings.Join(lines, "\n")
}

func TestHelpShowsEveryBindingAtAnySize(t *testing.T) {
	k := DefaultKeyMap()
	entries := helpEntries(k)
	for _, want := range []string{"ctrl+d half page down", "ctrl+u half page up", "M mark shown read", "esc back / clear", "Q/ctrl+c quit", "q back or quit", "n next unread", "p prev unread", "J next item", "K prev item", "L link list", "s star", "w watch companies"} {
		found := false
		for _, e := range entries {
			found = found || e == want
		}
		if !found {
			t.Fatalf("FullHelp lacks %q: %q", want, entries)
		}
	}
	for _, sz := range [][2]int{{160, 40}, {120, 40}, {80, 24}, {60, 20}, {40, 10}, {30, 8}} {
		w, ht := sz[0], sz[1]
		h, _ := fixtureHarness(t, w, ht, nil)
		h.press("?")
		seen := normalised(h.view())
		scrolled := false
		for i := 0; i < 100 && strings.Contains(h.view(), "↓ more"); i++ {
			h.press("j")
			scrolled = true
			checkFits(t, h.view(), w, ht)
			seen += "\n" + normalised(h.view())
		}
		if w >= 80 && ht >= 24 && scrolled {
			t.Fatalf("%dx%d: help needed scrolling:\n%s", w, ht, h.view())
		}
		if ht <= 10 && !scrolled {
			t.Fatalf("%dx%d: help did not scroll:\n%s", w, ht, h.view())
		}
		for _, e := range entries {
			if !strings.Contains(seen, e) {
				t.Fatalf("%dx%d: help never showed %q; seen:\n%s", w, ht, e, seen)
			}
		}
		if scrolled {
			h.mustSee("↑ more")
			h.press("g")
			h.mustSee("↓ more")
			h.press("pgdown")
			h.mustSee("↑ more")
		}
		h.press("esc")
		h.mustNotSee("mark shown read")
		h.press("?", "?")
		h.mustNotSee("mark shown read")
	}
}

func TestHalfPageKeys(t *testing.T) {
	items := loadFixtures(t)
	st := newFakeStore()
	for i := 0; i < 40; i++ {
		it := items[i%len(items)]
		it.ID = int64(i + 1)
		it.Published = it.Published.Add(-time.Duration(i) * time.Hour)
		st.add(it)
	}
	h := newHarness(t, Options{Store: st}, 120, 23) // list height 20
	h.send(tea.KeyMsg{Type: tea.KeyCtrlD})
	h.mustSee("11/40")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.mustSee("1/40")
	h.press("pgdown")
	h.mustSee("20/40")
}

func TestPickerHeaderCountsTickedCompanies(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("c")
	h.mustSee("0 chosen")
	h.typeText("lyn")
	h.mustSee("› [ ] Lynas Rare Earths", "enter: filter by Lynas Rare Earths")
	h.mustNotSee("1 chosen")
	h.press("tab")
	h.mustSee("[x] Lynas Rare Earths", "1 chosen")
	h.press("tab")
	h.mustSee("[ ] Lynas Rare Earths", "enter: filter by Lynas Rare Earths")
	h.press("tab")
	h.mustSee("1 chosen")
	h.press("enter")
	h.mustSee(`query: company:"Lynas Rare Earths"`)
	h.mustNotSee("Lynas Rare Earths, Lynas")
}

func TestHeaderCountsMatchListAfterReadingInUnreadOnly(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("u")
	h.mustSee("3 items · 3 unread", "1/3")
	h.press("enter") // reading marks the item read; it stays listed
	h.mustSee("3 items · 2 unread", "1/3", "Lynas expands")
	h.press("esc", "j")
	h.mustSee("3 items · 2 unread", "2/3")
	h.press("u", "u") // a filter change drops the read item
	h.mustSee("2 items · 2 unread", "/2")
	h.mustNotSee("Lynas expands")

	// The same in starred-only mode.
	h.press("u", "g", "s", "S")
	h.mustSee("1 item ·", "1/1")
	h.press("s")
	h.mustSee("1 item ·", "1/1")
}

func TestNoMatchDrawsNoEmptyPanes(t *testing.T) {
	for _, w := range []int{120, 80} {
		h, _ := fixtureHarness(t, w, 30, nil)
		h.press("/")
		h.typeText("zzzz")
		h.press("enter")
		h.mustSee("0 items", "No items match: esc clears the search")
		h.mustNotSee("Highlights", "Analysis", "Takeaway")
		h.press("b")
		h.mustNotSee("Full text")
		h.press("b", "/", "backspace", "backspace", "backspace", "backspace", "enter")
		h.mustSee("Highlights", "Analysis", "Takeaway")
		h.mustNotSee("No item selected")
		checkFits(t, h.view(), w, 30)
	}
}

func TestRefreshReplacesOlderError(t *testing.T) {
	release := make(chan struct{})
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		progress(Progress{Done: 3, Total: 10, Feed: "Battery Metals Daily"})
		<-release
		return RefreshResult{FeedsOK: 10}, nil
	}
	h, _ := fixtureHarness(t, 160, 30, func(o *Options) { o.Refresh = refresh })
	h.press("j", "j", "y")
	h.mustSee("error: not copying link")
	batch, ok := h.update(keyMsg("r"))().(tea.BatchMsg)
	if !ok {
		t.Fatal("r did not start a refresh")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- batch[0]() }()
	next := h.update(batch[1]())
	h.mustSee("refreshing feeds 3/10 · Battery Metals Daily")
	h.mustNotSee("not copying link", "error:")
	h.press("o")
	h.mustSee("refreshing feeds 3/10 · Battery Metals Daily │ error: not opening link")
	release <- struct{}{}
	h.send(<-done)
	h.run(next)
	h.mustSee("refreshed: 0 new, 0 updated")
	h.mustNotSee("not opening link")
}

func TestUnreadOnlyPagingAfterReadingStaysConsistent(t *testing.T) {
	base := loadFixtures(t)[0]
	st := newFakeStore()
	for i := 0; i < 300; i++ {
		it := base
		it.ID = int64(i + 1)
		it.Read = false
		it.Title = fmt.Sprintf("Item %03d", i+1)
		it.Published = base.Published.Add(-time.Duration(i) * time.Minute)
		st.add(it)
	}
	h := newHarness(t, Options{Store: st}, 120, 30)
	h.press("u", "enter", "esc")
	h.mustSee("300 items · 299 unread", "1/300")
	h.press("G")
	h.mustSee("299 items · 299 unread", "299/299")
	if sel := selectedLine(h.view()); !strings.Contains(sel, "Item 300") {
		t.Fatalf("bottom row is not the last item:\n%s", h.view())
	}
}

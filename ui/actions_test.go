package ui

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
)

// runAll runs cmd and the commands its batches hold, returning the
// messages they end with.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runAll(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// TestItemActionKeys drives the item-actions part through its own update:
// what each key does to the selected item (the writes reach the cache
// only through the command it returns), and what it says when it cannot.
func TestItemActionKeys(t *testing.T) {
	lynas := item.Item{ID: 1, Title: "Lynas output", Link: "https://wire.example/lynas", Companies: []string{"Lynas Rare Earths"}}
	bare := item.Item{ID: 2, Title: "No names", Link: "javascript:alert(1)"}
	st := newFakeStore(lynas, bare)
	var opened []string
	var clip bytes.Buffer
	var fetched []int64
	a := itemActions{
		keys:    new(DefaultKeyMap().itemKeys()),
		st:      st,
		saves:   newFlagSaves(),
		openURL: func(u string) error { opened = append(opened, u); return nil },
		fetchArticle: func(_ context.Context, id int64) (string, error) {
			fetched = append(fetched, id)
			return "fetched", nil
		},
		clipboard: &clip,
	}
	onRow := func(it item.Item) *itemTarget { return &itemTarget{row: it, hasRow: true, total: 2} }
	shown := func(it item.Item, ready bool) *itemTarget {
		t := onRow(it)
		t.shown, t.shownID, t.ready = it, it.ID, ready
		return t
	}
	press := func(key string, tg *itemTarget) itemResult {
		t.Helper()
		r, ok := a.update(nameOf(key), tg)
		if !ok {
			t.Fatalf("%q is not taken as an item key", key)
		}
		return r
	}

	// s and m write the flag in a command; a second press while the
	// first write is in flight starts no other write.
	r := press("s", onRow(lynas))
	if press("s", onRow(lynas)).cmd != nil {
		t.Error("a second star write started while one was in flight")
	}
	runAll(r.cmd)
	if !st.get(1).Starred {
		t.Error("s did not star the item in the cache")
	}
	runAll(press("m", onRow(lynas)).cmd)
	if !st.get(1).Read {
		t.Error("m did not mark the item read in the cache")
	}
	if r := press("s", &itemTarget{}); r.cmd != nil || r.status != "" {
		t.Errorf("s with no item selected: %+v, want nothing", r)
	}

	// M marks the list's items read, unless it is empty.
	if r := press("M", &itemTarget{}); r.cmd != nil || r.status != "all read already" {
		t.Errorf("M on an empty list: status %q", r.status)
	}
	// Otherwise it asks first, and hands the root the query y marks.
	withUnread := onRow(lynas)
	withUnread.unread = 1
	r = press("M", withUnread)
	if r.cmd != nil || r.status != "mark 1 item read? y/n" || r.markAll == nil {
		t.Errorf("M: %+v, want the question and the query, no write", r)
	}
	if r := press("M", onRow(lynas)); r.markAll != nil || r.status != "all read already" {
		t.Errorf("M with no unread item shown: %+v", r)
	}

	// w opens the watch chooser on the item's companies.
	if r := press("w", onRow(lynas)); !slices.Equal(r.watch, lynas.Companies) {
		t.Errorf("w: chooser on %v, want %v", r.watch, lynas.Companies)
	}
	if r := press("w", onRow(bare)); r.watch != nil || r.status != "this item names no companies" {
		t.Errorf("w on an item without companies: %+v", r)
	}

	// L lists the shown item's links once its text is loaded.
	if r := press("L", shown(lynas, true)); !r.links {
		t.Error("L does not open the link list")
	}
	if r := press("L", shown(lynas, false)); r.links || r.status != "the item's text is not loaded" {
		t.Errorf("L before the text loaded: %+v", r)
	}
	if r := press("L", onRow(lynas)); r.links || r.status != "no item selected" {
		t.Errorf("L with no item shown: %+v", r)
	}

	// o opens the link and, once it opened, asks the root to mark the
	// item read (TestOpenLinkMarksReadOnlyWhenOpened); O opens it only, y
	// copies it; a link that is not http(s) is refused with an error.
	st.items[0].Read = false
	a.saves = newFlagSaves()
	readAfter := func(msgs []tea.Msg) *item.Item {
		for _, m := range msgs {
			if d, ok := m.(linkDoneMsg); ok {
				return d.read
			}
		}
		t.Fatalf("no linkDoneMsg in %v", msgs)
		return nil
	}
	if r := readAfter(runAll(press("o", shown(lynas, true)).cmd)); !slices.Equal(opened, []string{lynas.Link}) || r == nil || r.ID != 1 || st.get(1).Read {
		t.Errorf("o: opened %v, to mark read %v; want the link opened and item 1 to mark read once it has", opened, r)
	}
	if r := readAfter(runAll(press("O", shown(lynas, true)).cmd)); len(opened) != 2 || r != nil || st.get(1).Read {
		t.Errorf("O: opened %v, to mark read %v, read %v; want the link opened, the item left unread", opened, r, st.get(1).Read)
	}
	runAll(press("y", onRow(lynas)).cmd)
	if !strings.Contains(clip.String(), "\x1b]52;c;") {
		t.Errorf("y wrote %q to the clipboard, want an OSC 52 sequence", clip.String())
	}
	for key, verb := range map[string]string{"o": "opening", "y": "copying"} {
		if r := press(key, shown(bare, true)); r.cmd != nil || !r.isErr || !strings.HasPrefix(r.status, "not "+verb+" link: ") {
			t.Errorf("%s on a javascript: link: %+v", key, r)
		}
	}

	// A fetches the shown item's article page, or else the selected one's;
	// a link o refuses it refuses too, in the same words.
	if r := press("A", shown(bare, true)); r.cmd != nil || !r.isErr || !strings.HasPrefix(r.status, "not fetching the article: refusing javascript:") {
		t.Errorf("A on a javascript: link: %+v", r)
	}
	nickel := item.Item{ID: 3, Title: "Nickel", Link: "https://wire.example/nickel"}
	tg := onRow(lynas)
	tg.shown, tg.shownID, tg.ready = nickel, nickel.ID, true
	r = press("A", tg)
	runAll(r.cmd)
	if r.status != "fetching the article page…" || !slices.Equal(fetched, []int64{3}) {
		t.Errorf("A: status %q, fetched %v; want the shown item 3 fetched", r.status, fetched)
	}
	runAll(press("A", onRow(lynas)).cmd)
	if !slices.Equal(fetched, []int64{3, 1}) {
		t.Errorf("A with no item shown fetched %v, want the selected item 1", fetched)
	}
	a.fetchArticle = nil
	if r := press("A", onRow(lynas)); r.cmd != nil || r.status != "full article unavailable" {
		t.Errorf("A without an article fetcher: %+v", r)
	}

	for _, key := range []string{"j", "u", "enter", "c", "n"} {
		if _, ok := a.update(nameOf(key), onRow(lynas)); ok {
			t.Errorf("%q taken as an item key", key)
		}
	}
}

// TestTabKeys drives the tabs through their own update: [ and ] wrap
// around, and N goes to the new-for-watchlist tab and back to the tab it
// was pressed in, or says there is none yet.
func TestTabKeys(t *testing.T) {
	c := &common{keys: DefaultKeyMap()}
	tabs := newTabs(c, nil)
	n := len(tabs.views)
	press := func(key string) (int, string) {
		t.Helper()
		i, status, ok := tabs.update(nameOf(key))
		if !ok {
			t.Fatalf("%q is not taken as a tab key", key)
		}
		if i >= 0 {
			tabs.active = i
		}
		return i, status
	}
	if i, _ := press("["); i != n-1 {
		t.Errorf("[ from the first tab shows tab %d, want the last, %d", i, n-1)
	}
	if i, _ := press("]"); i != 0 {
		t.Errorf("] from the last tab shows tab %d, want the first", i)
	}
	if i, status := press("N"); i != -1 || !strings.Contains(status, "no new items for watched companies") {
		t.Errorf("N before any refresh: tab %d, status %q", i, status)
	}
	press("]")
	alerts := tabs.setNewWatched([]int64{3, 4})
	if i, _ := press("N"); i != alerts {
		t.Errorf("N shows tab %d, want the new-for-watchlist tab %d", i, alerts)
	}
	if i, _ := press("N"); i != 1 {
		t.Errorf("N again shows tab %d, want tab 1, where it was pressed", i)
	}
	if _, _, ok := tabs.update(nameOf("j")); ok {
		t.Error("j taken as a tab key")
	}
}

package ui

import (
	"context"
	"strings"
	"testing"
)

// headerFilters is the header's "query: ..." line.
func headerFilters(h *harness) string {
	for _, l := range strings.Split(h.view(), "\n") {
		if i := strings.Index(l, "query:"); i >= 0 && !strings.Contains(l, "query: (everything)") {
			return strings.Join(strings.Fields(l[i:]), " ")
		}
		if strings.Contains(l, "query: (everything)") {
			return "query: (everything)"
		}
	}
	return ""
}

// Enter typed before the companies arrive applies to the typed query once
// they do, as if the user had waited.
func TestPickerEnterWhileCompaniesLoad(t *testing.T) {
	waited, _ := fixtureHarness(t, 120, 40, nil)
	waited.send(runes("cmp", false))
	waited.press("enter")
	want := headerFilters(waited)
	if !strings.HasPrefix(want, "query: company:") {
		t.Fatalf("waiting applied no company filter: %q", want)
	}

	h, _ := fixtureHarness(t, 120, 40, nil)
	load := h.update(runes("cmp", false)) // the companies are still loading
	h.send(keyMsg("enter"))
	h.mustSee("Loading companies…")
	h.run(load)
	if got := headerFilters(h); got != want {
		t.Fatalf("enter while loading: filters %q, want %q", got, want)
	}
	h.mustNotSee("Loading companies…", "company: ")
}

// A space in a burst after text is part of the query, as a lone one is;
// tab ticks the highlighted company, also when it arrives before the
// companies.
func TestPickerSpaceInBurstTypesTabTicks(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.send(runes("clyn ", false)) // one read: the picker loads after it
	h.mustSee("company: lyn ", "[ ] Lynas Rare Earths", "0 chosen")

	h2, _ := fixtureHarness(t, 120, 40, nil)
	load := h2.update(runes("cmp", false))
	h2.send(keyMsg("tab"))
	h2.send(keyMsg("backspace")) // typed after the tab: waits behind it
	h2.run(load)
	h2.mustSee("[x] MP Materials", "1 chosen", "company: m")
	h2.mustNotSee("company: mp")
	h2.press("enter")
	h2.mustSee(`query: company:"MP Materials"`)
}

// Movement typed right after a key that reloads the list applies to the
// new list.
func TestListMovesTypedWhileListReloads(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.send(runes("uj", false))
	h.mustSee("3 items · 3 unread", "2/3")
	if sel := selectedLine(h.view()); !strings.Contains(sel, "China tightens") {
		t.Fatalf("uj did not move to the second unread item:\n%s", h.view())
	}
	h.send(runes("uG", false))
	h.mustSee("4/4")

	// Separate keys while the reload is slow: held, then applied in order.
	h.press("g")
	load := h.update(keyMsg("u"))
	for _, k := range []string{"j", "j", "k", "G", "k"} {
		h.send(keyMsg(k))
	}
	h.mustSee("1/4") // nothing moved on the old list
	h.run(load)
	h.mustSee("2/3")
	if sel := selectedLine(h.view()); !strings.Contains(sel, "China tightens") {
		t.Fatalf("held moves landed on the wrong item:\n%s", h.view())
	}

	// A search typed in one read, enter, then j: j moves in the results.
	h2, _ := fixtureHarness(t, 120, 40, nil)
	load = h2.update(runes("/lith", false))
	h2.press("enter", "j")
	h2.run(load)
	h2.mustSee("query: lith", "2/2")

	// A reload with nothing typed meanwhile keeps the selection.
	h3, _ := fixtureHarness(t, 120, 40, nil)
	h3.press("j", "j", "u")
	h3.mustSee("3/3")
	if sel := selectedLine(h3.view()); !strings.Contains(sel, "MP Materials and") {
		t.Fatalf("reload lost the selection:\n%s", h3.view())
	}
}

// digestEntries are two digest groups over the fixture items.
func digestEntries() []DigestEntry {
	return []DigestEntry{
		{Heading: "Lithium"},
		{ItemID: 4, Text: "Lithium prices slide (Battery Metals Daily)"},
		{Heading: "Gallium"},
		{ItemID: 2, Text: "China tightens gallium export licences"},
	}
}

func digestFixture(o *Options) {
	o.Digest = func(context.Context) ([]DigestEntry, error) {
		return append(digestEntries(), []DigestEntry{
			{Heading: "Magnets"},
			{ItemID: 3, Text: "MP Materials and Lynas sign magnet supply deal"},
		}...), nil
	}
}

// Movement and enter typed while the digest loads apply once it arrives.
func TestDigestKeysTypedWhileLoading(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, digestFixture)
	h.send(runes("Djj", false))
	h.mustSee("› ● MP Materials and Lynas")

	h2, _ := fixtureHarness(t, 120, 40, digestFixture)
	load := h2.update(runes("Dj", false))
	h2.press("enter")
	h2.mustSee("Building digest…")
	h2.run(load)
	h2.mustNotSee("Digest")
	if sel := selectedLine(h2.view()); !strings.Contains(sel, "China tightens") {
		t.Fatalf("enter while the digest loaded did not open the item after the moves:\n%s", h2.view())
	}
}

func itemRead(st *fakeStore, id int64) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, it := range st.items {
		if it.ID == id {
			return it.Read
		}
	}
	return false
}

// Enter in the digest opens the item as enter in the list does: read.
func TestDigestJumpMarksRead(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, digestFixture)
	h.mustSee("4 items · 3 unread")
	h.press("D", "j", "enter")
	if sel := selectedLine(h.view()); !strings.Contains(sel, "China tightens") {
		t.Fatalf("digest jump did not select the item:\n%s", h.view())
	}
	if !itemRead(st, 2) {
		t.Fatal("digest jump did not mark the item read")
	}
	h.mustSee("4 items · 2 unread", "▶ Highlights")
	h.press("esc") // back to the list, as after enter in the list
	h.mustNotSee("▶ Highlights")
}

// Esc leaves the watchlist view once nothing else is left to clear.
func TestEscLeavesWatchlistView(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) { o.Watchlist = []string{"Lynas Rare Earths"} })
	h.press("W")
	h.mustSee("watchlist unread: Lynas Rare Earths", "2 items")
	h.press("/")
	h.typeText("magnet")
	h.press("enter", "tab")
	h.mustSee("watchlist unread:", "1 item ·", "▶ Highlights")
	h.press("esc") // the panes first
	h.mustSee("watchlist unread:", "1 item ·")
	h.mustNotSee("▶ Highlights")
	h.press("esc") // then the search
	h.mustSee("watchlist unread:", "2 items")
	h.press("esc") // then the watchlist view
	h.mustSee("query: (everything)", "4 items")
	h.mustNotSee("watchlist unread:")
}

// The help lists the aliases README promises.
func TestHelpShowsKeyAliases(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("?")
	v := normalised(h.view())
	for _, want := range []string{"pgdn/space/ctrl+f page down", "pgup/ctrl+b page up", "Q/ctrl+c quit", "q back or quit", "esc back / clear", "n next unread", "N new for watched", "O open, keep unread"} {
		if !strings.Contains(v, want) {
			t.Fatalf("help lacks %q:\n%s", want, h.view())
		}
	}
}

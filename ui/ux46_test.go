package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
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

// TestNextUnreadWrapJumps: on a 100,000-item view whose only unread item
// is above the cursor, n read every page down to the end before wrapping
// to the top; it now asks the cache where the next unread item is and
// fetches only the page that holds it.
func TestNextUnreadWrapJumps(t *testing.T) {
	st := newFakeStore(seekItems(100000, 5, 99990)...)
	h := newHarness(t, Options{Store: st}, 100, 30)
	h.mustSee("100,000 items · 2 unread")
	h.press("j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
	before := st.calls["Page"]
	h.press("n")
	h.mustSee("99,991/100,000", "Briefing 99990")
	if n := st.calls["Page"] - before; n > 40 {
		t.Fatalf("n read %d pages to reach the next unread item", n)
	}
	before = st.calls["Page"]
	h.press("n")
	h.mustSee("6/100,000", "Briefing 0005", "wrapped to the top", "0 unread")
	if n := st.calls["Page"] - before; n > 40 {
		t.Fatalf("n read %d pages to wrap to the top", n)
	}
	before = st.calls["Page"]
	h.press("G", "p")
	h.mustSee("no unread items")
	if n := st.calls["Page"] - before; n > 40 {
		t.Fatalf("p read %d pages to find nothing unread", n)
	}
}

// TestNextUnreadJumpsOnTheRealCache: the jump asks the SQLite cache the
// same questions as the fake, in every order the list can be in.
func TestNextUnreadJumpsOnTheRealCache(t *testing.T) {
	items := seekItems(1500)
	for i := range items {
		items[i].GUID = fmt.Sprint(i)
		items[i].FeedURL = fmt.Sprintf("https://example.org/feed%d", i%3)
		items[i].FeedName = fmt.Sprintf("Feed %d", i%3)
	}
	st := openRealStore(t, items)
	ctx := context.Background()
	ids, err := st.IDs(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.MarkRead(ctx, store.Query{}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetRead(ctx, []int64{ids[5], ids[1490]}, false); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, Options{Store: st}, 100, 30)
	h.mustSee("1,500 items · 2 unread")
	h.press("j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
	h.press("n")
	h.mustSee("1,491/1,500", "Briefing 1490")
	h.press("n")
	h.mustSee("6/1,500", "Briefing 0005", "wrapped to the top", "0 unread")

	if err := st.SetRead(ctx, []int64{ids[5], ids[1490]}, false); err != nil {
		t.Fatal(err)
	}
	h.press("esc", "=") // by feed: Briefing 1490 is in Feed 2, 0005 in Feed 2
	h.mustSee("by feed")
	h.press("G", "n")
	h.mustSee("wrapped to the top")
	if got := selectedLine(h.view()); !strings.Contains(got, "Briefing 0005") {
		t.Fatalf("n by feed selected %q, want Briefing 0005 (the first unread by feed)", got)
	}
}

// TestShortTitleLeavesRoomForFeed: a row kept 55% of the list for its
// title even when the title was short, so the chip and the feed were cut
// ("[Albemarle] Hostile Wi…") beside a run of blanks; a short title now
// leaves its unused room to them.
func TestShortTitleLeavesRoomForFeed(t *testing.T) {
	for _, w := range []int{80, 160} {
		st := newFakeStore(item.Item{ID: 1, Title: "Escape test RED title about lithium", FeedName: "Hostile Wire",
			Companies: []string{"Albemarle"}, Link: "https://example.org/", Published: fixedNow.Add(-23 * time.Hour)})
		h := newHarness(t, Options{Store: st}, w, 24)
		h.mustSee("Escape test RED title about lithium", "[Albemarle] Hostile Wire 23h")
		checkFits(t, h.view(), w, 24)
	}
}

// TestQueryCompletionOffersCachedCompaniesFirst: after company: tab went
// through the 2,465-company dictionary in A–Z order, so "company:ly"
// offered Lygend Resources, which no cached item names, before Lynas;
// and "company:" alone offered "24M Technologies". The names the cache
// holds items about (the watched ones first) now come first.
func TestQueryCompletionOffersCachedCompaniesFirst(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("F")
	h.typeText("company:ly")
	h.mustSee(`tab: company:"Lynas Rare Earths"`)
	h.press("esc", "F")
	h.typeText("company:")
	h.mustNotSee("24M Technologies")
	h.press("tab")
	h.mustSee(`query: company:"MP Materials"`) // watched
}

// TestFeedsViewOpensUntagged: enter on the tags view's "(untagged)" row
// did nothing and said nothing; it now lists the untagged feeds' items
// (the feeds with none of the tags), and q comes back to the tags.
func TestFeedsViewOpensUntagged(t *testing.T) {
	for _, tagged := range []bool{true, false} {
		var tags []string
		if tagged {
			tags = []string{"china"}
		}
		st := openRealStore(t, loadFixtures(t))
		o := Options{
			Store: st,
			QueryEnv: func() query.Env {
				return query.Env{Feeds: []query.Feed{
					{URL: "https://example.org/feed", Name: "Rare Earth Wire", Tags: tags},
					{URL: "https://example.org/other", Name: "Battery Metals Daily"},
				}}
			},
			Feeds: func(context.Context) ([]FeedInfo, error) {
				return []FeedInfo{
					{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/feed"}, Items: 2, Unread: 2},
						Name: "Rare Earth Wire", Tags: tags},
					{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/other"}, Items: 2, Unread: 1},
						Name: "Battery Metals Daily"},
				}, nil
			},
		}
		h := newHarness(t, o, 120, 30)
		h.press("t", "tab", "G")
		h.mustSee("Tags", "(untagged)")
		h.press("enter")
		if tagged {
			h.mustSee("query: -tag:china", "2 items", titleMP, titleLith)
			h.mustNotSee(titleLynas)
		} else {
			h.mustSee("query: (everything)", "4 items")
		}
		h.press("q")
		h.mustSee("Tags", "(untagged)")
	}
}

// TestOverlayHintsNameTheBindingsInForce: the help said "esc or ? closes"
// (q closes it too) and the feeds view "enter shows its items · esc back"
// whatever [keys] said; both now name the keys in force.
func TestOverlayHintsNameTheBindingsInForce(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 30, nil)
	h.press("?")
	h.mustSee("esc, q or ? closes")
	k, err := KeyMapFrom(map[string][]string{"help": {"H"}, "back": {"x"}, "clear": {"ctrl+g"}, "open": {"l"}})
	if err != nil {
		t.Fatal(err)
	}
	h, _ = fixtureHarness(t, 120, 30, func(o *Options) {
		o.Keys = &k
		o.Feeds = func(context.Context) ([]FeedInfo, error) {
			return []FeedInfo{{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/feed"}}, Name: "Rare Earth Wire"}}, nil
		}
	})
	h.press("H")
	h.mustSee("ctrl+g, x or H closes")
	h.press("x", "t")
	h.mustSee("l shows its items · tab groups by tag · ctrl+g back")
	h.press("tab")
	h.mustSee("l shows the tag's items · tab lists feeds · ctrl+g back")
}

// TestHeaderHintsWhole: the header's key hints after "query: (everything)"
// were cut mid-word at 80 and 100 columns ("· f flag…", "c companies ·…");
// a hint that does not fit is now left out whole.
func TestHeaderHintsWhole(t *testing.T) {
	for _, w := range []int{80, 100, 160} {
		h, _ := fixtureHarness(t, w, 24, nil)
		line := strings.Split(h.view(), "\n")[1]
		if !strings.Contains(line, "query: (everything) · F edit") || strings.Contains(line, "…") {
			t.Errorf("%d cols: header line %q", w, line)
		}
		checkFits(t, h.view(), w, 24)
	}
}

// TestPromptPlaceholdersUseTheRoom: at 80 columns the empty query prompt
// showed "query: company:LYC tag:lithium newe…" and the tab-name prompt
// "save query as tab named: L" beside a run of blanks: the placeholder
// lost the prompt's width twice. They now fill the box.
func TestPromptPlaceholdersUseTheRoom(t *testing.T) {
	h, _ := fixtureHarness(t, 80, 24, func(o *Options) { o.SaveView = func(View) error { return nil } })
	h.press("V")
	// (Its hints go in whole since: TestPromptPlaceholderCutAtAWord.)
	h.mustSee("save query as tab named: Lithium desk ")
	h.press("esc", "F")
	h.mustSee("query: company:LYC tag:lithium newer:2d…")
	h.press("esc", "/")
	checkFits(t, h.view(), 80, 24)
}

// TestCutTextDropsTheSpaceBeforeTheEllipsis: a feed cut just after a word
// read "Battery …" in the list, and a chip cut after its own "…" read
// "[China Northern Rare E……"; they now read "Battery…" and "E…".
func TestCutTextDropsTheSpaceBeforeTheEllipsis(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"Battery Metals Wire", 9, "Battery…"},
		{"Battery Metals Wire", 10, "Battery M…"},
		{"Battery Metals Wire", 1, "…"},
		{"Battery Metals Wire", 19, "Battery Metals Wire"},
		{"[China Northern Rare E… +1]", 24, "[China Northern Rare E…"},
	} {
		if got := trunc(c.s, c.w); got != c.want {
			t.Errorf("trunc(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
	st := newFakeStore(item.Item{ID: 1, Title: "Pilbara Minerals loads record spodumene cargo at Port Hedland", FeedName: "Battery Metals Wire",
		Link: "https://example.org/", Published: fixedNow.Add(-11 * 24 * time.Hour)})
	h := newHarness(t, Options{Store: st}, 100, 30)
	h.mustSee("Battery… 11d")
}

// TestNoBrowserSaysHowToChooseOne: with no browser configured, no
// $BROWSER and no xdg-open, o said `start xdg-open: exec: "xdg-open":
// executable file not found in $PATH`; it now says how to choose one.
func TestNoBrowserSaysHowToChooseOne(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("BROWSER", "")
	err := OpenWith(nil)("https://example.org/")
	if err == nil || !strings.Contains(err.Error(), "no browser: xdg-open is not installed (set browser in config.toml, or $BROWSER)") {
		t.Fatalf("error %v", err)
	}
	err = OpenWith([]string{"no-such-browser"})("https://example.org/")
	if err == nil || !strings.Contains(err.Error(), "start no-such-browser") {
		t.Fatalf("a configured browser that is missing: error %v", err)
	}
}

// TestNewWatchedTabIsNotSaved: a query typed in the ★ New for watchlist
// tab was saved as the reader's filters, so after a restart (the ★ tab
// gone) the tab it came from opened filtered by it. What is saved is what
// was shown before the ★ tab.
func TestNewWatchedTabIsNotSaved(t *testing.T) {
	var st *fakeStore
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		st.add(item.Item{Title: "Fresh Lynas item", FeedName: "Rare Earth Wire", Link: "https://example.org/f", Published: fixedNow})
		return RefreshResult{FeedsOK: 1, New: 1, NewWatchedIDs: []int64{int64(len(st.items))}}, nil
	}
	st = newFakeStore(loadFixtures(t)...)
	h := newHarness(t, Options{Store: st, Refresh: refresh}, 120, 40)
	h.press("]")
	h.mustSee("[Unread 3]", "query: is:unread")
	h.press("r")
	h.mustSee("press N to see them")
	h.press("N")
	h.mustSee("[★ New for watchlist 1]")
	h.query("fresh")
	h.mustSee("query: fresh", "1 item ·")
	h.press("Q")

	h = newHarness(t, Options{Store: st, Refresh: refresh}, 120, 40)
	h.mustSee("[Unread 4]", "query: is:unread", "4 items")
	h.mustNotSee("query: fresh")
}

// TestEscOnTheListSaysWhy: esc on the plain list (a mineral filter set,
// say) did nothing and said nothing; it now says there is nothing to go
// back from and which keys edit the query or quit.
func TestEscOnTheListSaysWhy(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 30, nil)
	h.press("/")
	h.typeText("lynas")
	h.press("enter")
	h.mustSee("query: lynas")
	h.press("esc") // esc clears the search: no message
	h.mustSee("4 items")
	h.mustNotSee("nothing to go back from")
	h.press("esc")
	h.mustSee("nothing to go back from: this is the list (F edits its query, q quits)", "4 items")
}

// TestMoreHintsNameTheMoveKeys: the "↓ more" lines of the help and the
// digest said "(j/k, pgup/pgdn …)" whatever [keys] bound; they now name
// the keys in force.
func TestMoreHintsNameTheMoveKeys(t *testing.T) {
	h, _ := fixtureHarness(t, 80, 12, nil)
	h.press("?")
	h.mustSee("↓ more  (j/k, pgup/pgdn scroll)")
	k, err := KeyMapFrom(map[string][]string{"down": {"x", "down"}, "up": {"z"}, "page_down": {"f5"}})
	if err != nil {
		t.Fatal(err)
	}
	h, _ = fixtureHarness(t, 80, 12, func(o *Options) { o.Keys = &k })
	h.press("?")
	h.mustSee("↓ more  (x/z, pgup/f5 scroll)")
}

// TestPickerOrdersNamesIgnoringCase: companies with as many items were
// listed by their bytes, "USA Rare Earth" before "Umicore", while the
// digest lists them A–Z; the cache now orders them ignoring case, before
// and after its list index is warm.
func TestPickerOrdersNamesIgnoringCase(t *testing.T) {
	items := []item.Item{
		{GUID: "1", Title: "USA Rare Earth signs offtake", FeedName: "Wire", FeedURL: "https://example.org/w", Link: "https://example.org/1",
			Companies: []string{"USA Rare Earth"}, Published: fixedNow},
		{GUID: "2", Title: "Umicore cuts cathode guidance", FeedName: "Wire", FeedURL: "https://example.org/w", Link: "https://example.org/2",
			Companies: []string{"Umicore"}, Published: fixedNow},
	}
	st := openRealStore(t, items)
	for _, warm := range []bool{false, true} {
		if warm {
			if err := st.Warm(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		h := newHarness(t, Options{Store: st}, 100, 30)
		h.press("c")
		h.mustSee("[ ] Umicore", "[ ] USA Rare Earth")
		v := h.view()
		if strings.Index(v, "[ ] Umicore") > strings.Index(v, "[ ] USA Rare Earth") {
			t.Fatalf("warm %v: USA Rare Earth listed before Umicore:\n%s", warm, v)
		}
	}
}

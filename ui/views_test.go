package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

const (
	titleLynas   = "Lynas expands heavy rare"
	titleGallium = "China tightens gal"
	titleMP      = "MP Materials and Lynas"
	titleLith    = "Lithium prices slide"
)

// viewsHarness is the reader on a real cache of the fixtures, with two
// tagged feeds, a watchlist and the given views.
func viewsHarness(t *testing.T, views []View, saved *[]View) (*harness, *store.Store) {
	t.Helper()
	return viewsHarnessOf(t, loadFixtures(t), views, saved)
}

// viewsHarnessOf is viewsHarness on the given items, with the feeds named
// in hidden hidden.
func viewsHarnessOf(t *testing.T, items []item.Item, views []View, saved *[]View, hidden ...string) (*harness, *store.Store) {
	t.Helper()
	st := openRealStore(t, items)
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	o := Options{
		Store:     st,
		Watchlist: []string{"MP Materials"},
		Views:     views,
		QueryEnv: func() query.Env {
			fs := []query.Feed{
				{URL: "https://example.org/feed", Name: "Rare Earth Wire", Tags: []string{"rare-earths", "china"}},
				{URL: "https://example.org/other", Name: "Battery Metals Daily", Tags: []string{"lithium"}},
			}
			for i := range fs {
				fs[i].Hidden = slices.Contains(hidden, fs[i].Name)
			}
			return query.Env{Companies: dict, Feeds: fs}
		},
		Feeds: func(context.Context) ([]FeedInfo, error) {
			fs := []FeedInfo{
				{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/feed", LastSuccess: fixedNow.Add(-2 * time.Hour)}, Items: 2, Unread: 2},
					Name: "Rare Earth Wire", Tags: []string{"rare-earths", "china"}},
				{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/other", LastError: "HTTP 503", Failures: 2,
					NextAttempt: fixedNow.Add(30 * time.Minute)}, Items: 2, Unread: 1},
					Name: "Battery Metals Daily", Tags: []string{"lithium"}},
			}
			for i := range fs {
				fs[i].Hidden = slices.Contains(hidden, fs[i].Name)
			}
			return fs, nil
		},
	}
	if saved != nil {
		o.SaveView = func(v View) error { *saved = append(*saved, v); return nil }
	}
	return newHarness(t, o, 120, 30), st
}

// TestQueryPrompt: F opens the whole query; what is typed applies on enter,
// the shortcut keys then edit the same query, and a bad query shows one
// line naming the token and column while the list keeps its results.
func TestQueryPrompt(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("F")
	h.typeText("tag:rare-earths -company:LYC")
	h.press("enter")
	h.mustSee("query: tag:rare-earths -company:LYC", "1 item ·", titleGallium)
	h.mustNotSee(titleLynas, titleMP)
	// u adds is:unread to the same visible query.
	h.press("u")
	h.mustSee("query: is:unread tag:rare-earths -company:LYC")
	// The prompt starts from the query shown; a bad one keeps the results.
	h.press("F")
	h.mustSee("query: is:unread tag:rare-earths -company:LYC")
	h.typeText(" newer:2x")
	h.press("enter")
	h.mustSee(`error: query: column 40: "newer:2x" is not an age`, titleGallium, "1 item ·")
	// esc leaves the prompt; the query is unchanged.
	h.press("esc")
	h.mustSee("query: is:unread tag:rare-earths -company:LYC", titleGallium)
	// OR between feeds, and a phrase.
	h.query(`feed:"Battery Metals Daily" OR is:flagged`)
	h.mustSee("3 items", titleGallium, titleMP, titleLith)
	h.mustNotSee(titleLynas)
}

// TestQueryCompletion: tab completes field names, then company, feed and
// tag names after the colon.
func TestQueryCompletion(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("F")
	h.typeText("ta")
	h.mustSee("tab: tag:")
	h.press("tab")
	h.typeText("lit")
	h.mustSee("tab: tag:lithium")
	h.press("tab")
	h.typeText(" company:lynas")
	h.press("tab")
	h.mustSee(`query: tag:lithium company:"Lynas Rare Earths"`)
	h.press("enter")
	h.mustSee("1 item ·", titleMP)
}

// TestTabs: the default tabs show unread counts; ] and [ switch between
// them, each showing its own query; V saves the current query as a tab.
func TestTabs(t *testing.T) {
	var saved []View
	h, st := viewsHarness(t, nil, &saved)
	h.mustSee("[All 4]", "Unread 4", "Watchlist 1", "Flagged 1", "4 items")
	h.press("]")
	h.mustSee("[Unread 4]", "query: is:unread", "4 items")
	h.press("]", "]")
	h.mustSee("[Flagged 1]", "query: is:flagged", "1 item ·", titleGallium)
	h.press("[")
	h.mustSee("[Watchlist 1]", "query: is:watched", titleMP)
	h.mustNotSee(titleGallium)
	// Reading an item and refreshing updates the counts.
	if err := st.SetRead(context.Background(), []int64{realID(t, st, titleMP+" sign magnet supply memorandum")}, true); err != nil {
		t.Fatal(err)
	}
	h.send(refreshDoneMsg{})
	h.mustSee("Watchlist 0", "Unread 3")
	// Save a query as a new tab.
	h.query("tag:lithium")
	h.press("V")
	h.mustSee("save query as tab named:")
	h.typeText("Lithium desk")
	h.press("enter")
	if len(saved) != 1 || saved[0].Name != "Lithium desk" || saved[0].Query != "tag:lithium" || saved[0].Sort != "newest" {
		t.Fatalf("saved %+v", saved)
	}
	h.mustSee("[Lithium desk 1]", "query: tag:lithium")
	h.press("]")
	h.mustSee("[All 3]", "4 items")
}

// TestTabCountsFollowReading: marking an item read or unread (m, or
// opening it) changes the unread counts on the tabs as soon as the cache
// has it, not only at the next refresh.
func TestTabCountsFollowReading(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.mustSee("[All 4]", "Unread 4", "Flagged 1")
	h.press("m")
	h.mustSee("[All 3]", "Unread 3")
	h.press("m")
	h.mustSee("[All 4]", "Unread 4")
	h.press("j", "enter")
	h.mustSee("Unread 3")
	h.press("esc", "M", "y")
	h.mustSee("Unread 0")
}

// TestConfiguredTabsAndSort: configured views replace the defaults; the
// sort chosen in a view (=) is the one it has when shown again.
func TestConfiguredTabsAndSort(t *testing.T) {
	h, _ := viewsHarness(t, []View{{Name: "Desk", Query: "-is:flagged"}, {Name: "By feed", Query: "", Sort: "feed"}}, nil)
	h.mustSee("[Desk 3]", "By feed 4", "3 items")
	h.mustNotSee("Watchlist")
	h.press("=")
	h.mustSee("sort: feed", "sorted by feed")
	// Battery Metals Daily sorts before Rare Earth Wire.
	if l := h.listText(); strings.Index(l, titleMP) > strings.Index(l, titleLynas) {
		t.Fatalf("sort by feed:\n%s", l)
	}
	h.press("=")
	h.mustSee("sort: company")
	h.press("]")
	h.mustSee("[By feed 4]", "sort: feed")
	h.press("[")
	h.mustSee("[Desk 3]", "sort: company")
}

// TestFeedsView: t lists every feed with tags, counts, last success,
// error and back-off; tab groups by tag; enter shows the chosen items.
func TestFeedsView(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("t")
	h.mustSee("Feeds", "Rare Earth Wire", "#rare-earths #china", "2 unread of 2", "ok 2h ago",
		"Battery Metals Daily", "#lithium", "1 unread of 2", "never fetched", "error: HTTP 503 · backing off for 30m")
	h.press("j", "enter")
	h.mustSee(`query: feed:"Battery Metals Daily"`, "2 items", titleMP, titleLith)
	h.mustNotSee(titleLynas)
	h.press("t", "tab")
	h.mustSee("Tags", "#china", "#lithium", "#rare-earths", "1 feed · 2 unread of 2")
	h.press("j", "j", "enter")
	h.mustSee("query: tag:rare-earths", "2 items", titleLynas, titleGallium)
	h.press("t", "esc")
	h.mustSee("query: tag:rare-earths", titleLynas)
}

// TestTabCountsKeepTheNewest: countings answer out of order when reads come
// fast; an older answer never replaces a newer one on the tabs.
func TestTabCountsKeepTheNewest(t *testing.T) {
	tb := tabsModel{views: []View{{Name: "All"}, {Name: "Unread", Query: "is:unread"}}, unread: []int{-1, -1}, counted: 2}
	if err := tb.setCounts(viewCountsMsg{seq: 2, unread: []int{4, 2}}); err != nil {
		t.Fatal(err)
	}
	if err := tb.setCounts(viewCountsMsg{seq: 1, unread: []int{4, 3}}); err != nil {
		t.Fatal(err)
	}
	if tb.unread[1] != 2 {
		t.Fatalf("unread counts %v: the older answer replaced the newer", tb.unread)
	}
}

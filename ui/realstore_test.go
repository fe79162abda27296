package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// openRealStore opens a temporary SQLite cache holding items.
func openRealStore(t testing.TB, items []item.Item) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for i := range items {
		items[i].ID = 0
		if items[i].Hash == "" {
			items[i].Hash = fmt.Sprint("h", i, items[i].GUID)
		}
	}
	if _, err := st.Upsert(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	return st
}

// realID finds a cached item's id by its title.
func realID(t testing.TB, st *store.Store, title string) int64 {
	t.Helper()
	ids, err := st.IDs(context.Background(), store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		it, err := st.Item(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if it.Title == title {
			return id
		}
	}
	t.Fatalf("no item %q", title)
	return 0
}

func TestRealStoreFlows(t *testing.T) {
	items := loadFixtures(t)
	st := openRealStore(t, items)
	ctx := context.Background()
	lith := realID(t, st, "Lithium prices slide as inventories build")
	if err := st.SetRead(ctx, []int64{lith}, true); err != nil {
		t.Fatal(err)
	}
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		progress(Progress{Done: 1, Total: 1})
		_, err := st.Upsert(ctx, []item.Item{{FeedURL: "https://example.org/feed", GUID: "new1", Title: "Cobalt output rises",
			FeedName: "Rare Earth Wire", Link: "https://example.org/cobalt", Published: time.Now(), Hash: "n1"}})
		return RefreshResult{FeedsOK: 1, New: 1}, err
	}
	h := newHarness(t, Options{Store: st, Refresh: refresh}, 120, 40)
	h.m.c.now = time.Now
	h.mustSee("4 items · 3 unread · ⚑ 1 flagged", "Lynas expands heavy r", "Analysis: Fact vs. Function", "Capacity announcements")
	checkFits(t, h.view(), 120, 40)

	// focus marks read in the cache
	h.press("tab")
	lynas := realID(t, st, "Lynas expands heavy rare earth separation in Malaysia")
	if it, _ := st.Item(ctx, lynas); !it.Read {
		t.Fatal("focusing the panes did not mark the item read in the cache")
	}
	h.press("esc", "s")
	if it, _ := st.Item(ctx, lynas); !it.Starred {
		t.Fatal("s did not star in the cache")
	}
	// flag filter
	h.press("f")
	h.mustSee("1 item ·", "China tightens")
	h.press("f", "f")
	// search as you type, with FTS prefix matching
	h.press("/")
	h.typeText("lith")
	h.mustSee("2 items", "Lithium prices", "MP Materials and Ly")
	h.press("enter")
	// company picker over the cache's companies
	h.press("c")
	h.mustSee("Lynas Rare Earths", "2 items · 1 unread")
	h.typeText("mp")
	h.press("space", "enter")
	h.mustSee(`query: company:"MP Materials" lith`, "1 item ·", "MP Materials and Ly")
	// the filters survive a restart
	h2 := newHarness(t, Options{Store: st}, 120, 40)
	h2.mustSee(`query: company:"MP Materials" lith`, "MP Materials and Ly")
	h2.press("C", "/", "esc")
	h2.mustSee("query: (everything)", "4 items")

	// refresh keeps the selection and shows the new item
	h2.m.opts.Refresh = refresh
	// clearing the filters kept the MP Materials item selected
	if !strings.Contains(selectedLine(h2.view()), "MP Materials and Ly") {
		t.Fatalf("setup:\n%s", h2.view())
	}
	h2.press("r")
	if !strings.Contains(selectedLine(h2.view()), "MP Materials and Ly") {
		t.Fatalf("selection lost across refresh:\n%s", h2.view())
	}
	h2.mustSee("5 items", "Cobalt output rises", "4/5")

	// mark all visible read
	h2.press("M", "y")
	c, err := st.Counts(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Unread != 0 {
		t.Fatalf("M left %d unread", c.Unread)
	}
	h2.mustSee("0 unread")
	checkFits(t, h2.view(), 120, 40)
}

func TestRealStoreEmpty(t *testing.T) {
	st := openRealStore(t, nil)
	h := newHarness(t, Options{Store: st}, 80, 24)
	h.mustList("No briefings yet: add a feed with `lode feeds add URL`, or try `lode --demo`")
	h.press("W")
	h.mustSee("watchlist unread: empty")
	h.mustList("No briefings yet")
	checkFits(t, h.view(), 80, 24)
}

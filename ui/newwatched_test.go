package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// TestNewWatchedTab: a refresh that brings items about watched companies
// adds a "New for watchlist" tab of exactly those items, with its unread
// count; N switches to it and back to the tab it came from (esc too); the
// next such refresh replaces its items; it cannot be saved as a view.
func TestNewWatchedTab(t *testing.T) {
	var st *fakeStore
	refreshes := 0
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		refreshes++
		var ids []int64
		for i := range 2 {
			it := item.Item{Title: fmt.Sprintf("Fresh item %d.%d", refreshes, i), FeedName: "Rare Earth Wire", Link: "https://example.org/f",
				Published: fixedNow.Add(time.Duration(refreshes*10+i) * time.Minute)}
			st.add(it)
			if i == 0 {
				ids = append(ids, int64(len(st.items)))
			}
		}
		return RefreshResult{FeedsOK: 1, New: 2, NewWatchedIDs: ids}, nil
	}
	st = newFakeStore(loadFixtures(t)...)
	var saved []View
	h := newHarness(t, Options{Store: st, Refresh: refresh, SaveView: func(v View) error { saved = append(saved, v); return nil }}, 120, 40)
	h.press("N")
	h.mustSee("no new items for watched companies since lode started")
	h.mustNotSee(newWatchedTab)
	h.press("]")
	h.mustSee("[Unread 3]", "query: is:unread")
	h.press("r")
	h.mustSee("★ 1 new for watched companies: press N to see them", "★ New for watchlist 1", "5 items")
	h.press("N")
	h.mustSee("[★ New for watchlist 1]", "new for watched companies", "1 item ·", "Fresh item 1.0")
	h.mustNotSee("Fresh item 1.1", "Lynas expands")
	h.press("V")
	h.mustSee("cannot be saved")
	if len(saved) != 0 {
		t.Fatalf("saved %+v", saved)
	}
	// N goes back to the tab N was pressed in.
	h.press("N")
	h.mustSee("[Unread 5]", "query: is:unread", "5 items")
	// A refresh while the tab is shown replaces its items.
	h.press("N")
	h.mustSee("[★ New for watchlist 1]", "Fresh item 1.0")
	h.press("r")
	h.mustSee("[★ New for watchlist 1]", "Fresh item 2.0", "1 item ·")
	h.mustNotSee("Fresh item 1.0")
	// esc leaves it too.
	h.press("esc")
	h.mustSee("[Unread 7]", "7 items")
	if h.m.tabs.newWatched() != 4 || len(h.m.tabs.views) != 5 {
		t.Fatalf("one transient tab after the defaults expected: %+v", h.m.tabs.views)
	}
}

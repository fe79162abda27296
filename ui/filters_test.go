package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/store"
)

// TestFilterKeys drives the filters part through its own update: each
// filter key changes the query the list is loaded with (or says why it
// cannot), and keys that are not filter keys are left to the other parts.
func TestFilterKeys(t *testing.T) {
	k := DefaultKeyMap().filterKeys()
	watch := []string{"Lynas Rare Earths", "MP Materials"}
	press := func(f filters, key, view string, watching bool) (filters, filterEdit) {
		t.Helper()
		out, e, ok := f.update(nameOf(key), &k, view, watching)
		if !ok {
			t.Fatalf("%q is not taken as a filter key", key)
		}
		return out, e
	}

	var f filters
	var e filterEdit
	for i, want := range []bool{true, false} {
		if f, e = press(f, "u", "All", true); f.query(watch).UnreadOnly != want || !e.changed {
			t.Errorf("u pressed %d times: unread only %v (changed %v), want %v", i+1, f.query(watch).UnreadOnly, e.changed, want)
		}
	}
	if f, e = press(f, "S", "All", true); !f.query(watch).StarredOnly || !e.changed {
		t.Errorf("S: starred only %v, want true", f.query(watch).StarredOnly)
	}
	for _, want := range []store.FlagFilter{store.FlagOnly, store.FlagHide, store.FlagAll} {
		if f, _ = press(f, "f", "All", true); f.query(watch).Flag != want {
			t.Errorf("f: flag filter %v, want %v", f.query(watch).Flag, want)
		}
	}

	// The order is remembered for the tab it was chosen in.
	f = filters{}
	for _, want := range []store.Sort{store.SortFeed, store.SortCompany, store.SortNewest} {
		f, e = press(f, "=", "Lithium desk", true)
		if f.query(watch).Sort != want || f.Sorts["Lithium desk"] != want || e.status != "sorted by "+want.String() {
			t.Errorf("=: sort %v, remembered %v, status %q; want %v", f.query(watch).Sort, f.Sorts["Lithium desk"], e.status, want)
		}
	}

	// W shows the watched companies' items, and says how to watch one
	// when the watchlist is empty.
	if f, e = press(filters{}, "W", "All", true); !slices.Equal(f.query(watch).Companies, watch) || e.status != "" {
		t.Errorf("W: companies %v, status %q; want the watchlist and no status", f.query(watch).Companies, e.status)
	}
	if f, e = press(filters{}, "W", "All", false); !f.Watch || !e.changed || !strings.Contains(e.status, "press w on an item") {
		t.Errorf("W with an empty watchlist: watch %v, status %q; want the view and a hint", f.Watch, e.status)
	}
	if f, _ = press(f, "W", "All", false); f.Watch {
		t.Error("W again does not leave the watchlist view")
	}

	// C clears the company filter and the watchlist view, or says there is
	// nothing to clear.
	for _, from := range []filters{{Companies: []string{"Lynas Rare Earths"}}, {Watch: true}} {
		if f, e = press(from, "C", "All", true); f.query(watch).Companies != nil || !e.changed {
			t.Errorf("C from %+v: companies %v, changed %v; want none", from, f.query(watch).Companies, e.changed)
		}
	}
	if _, e = press(filters{Unread: true}, "C", "All", true); e.changed || e.status != "no company filter to clear" {
		t.Errorf("C without a company filter: changed %v, status %q", e.changed, e.status)
	}

	for _, key := range []string{"j", "enter", "s", "/", "c"} {
		if _, _, ok := (filters{}).update(nameOf(key), &k, "All", true); ok {
			t.Errorf("%q taken as a filter key", key)
		}
	}

	// A [keys] table rebinds the filter keys.
	km, err := KeyMapFrom(map[string][]string{"unread_only": {"U"}})
	if err != nil {
		t.Fatal(err)
	}
	rk := km.filterKeys()
	if f, _, ok := (filters{}).update(nameOf("U"), &rk, "All", true); !ok || !f.Unread {
		t.Error("U bound to unread_only does not toggle it")
	}
	if _, _, ok := (filters{}).update(nameOf("u"), &rk, "All", true); ok {
		t.Error("u still toggles unread only after it was rebound to U")
	}
}

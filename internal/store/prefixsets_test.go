package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// openBuilding opens the cache at path as openAt does, with the background
// build of prefix sets on for any cache size, for prefixes of at least min
// matches, going on after idle of quiet.
func openBuilding(t *testing.T, path string, min int, idle time.Duration) *Store {
	t.Helper()
	s := openAt(t, path, min)
	s.prefix.from, s.prefix.min, s.prefix.idle = 0, min, idle
	s.prefix.chars = testPrefixChars
	return s
}

// testPrefixChars are the characters the tests' builds try: those the
// fixture's words start with and continue with (fewer probes under -race).
const testPrefixChars = "abcdeghilmnoprtxy27"

// denseFTS lists, with FTS5 alone, the prefixes the build should plan: two
// characters (a letter first) with at least min matches, then the
// three-character ones under them.
func denseFTS(t *testing.T, s *Store, min int) []string {
	t.Helper()
	count := func(p string) int {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", matchExpr(p)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	var two, three []string
	for _, a := range testPrefixChars {
		if a < 'a' || a > 'z' {
			continue
		}
		for _, b := range testPrefixChars {
			if p := string(a) + string(b); count(p) >= min {
				two = append(two, p)
			}
		}
	}
	for _, p := range two {
		for _, c := range testPrefixChars {
			if q := p + string(c); count(q) >= min {
				three = append(three, q)
			}
		}
	}
	return append(two, three...)
}

// TestPrefixSetsMatchFTS: after Warm, the background build stores the sets
// of exactly the dense two- and three-letter prefixes; a later process
// answers those prefixes from them, each equal to FTS5 alone and every
// search equal to SQLite alone, also after items were added since.
func TestPrefixSetsMatchFTS(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	const min = 12
	s := openBuilding(t, path, min, 0)
	ids := indexFixture(t, s)
	want := denseFTS(t, s, min)
	t.Logf("%d dense prefixes: %v", len(want), want)
	for _, p := range []string{"li", "lit", "co", "re"} {
		if !slices.Contains(want, p) {
			t.Fatalf("the fixture's %q is not dense: %v", p, want)
		}
	}
	if len(want) < 6 {
		t.Fatalf("the fixture has too few dense prefixes to test: %v", want)
	}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if n := s.WaitSearchSets(); n != len(want) {
		t.Errorf("the build stored %d sets, want %d (%v)", n, len(want), want)
	}
	stored := storedExprs(t, s)
	for _, p := range want {
		if !stored[matchExpr(p)] {
			t.Errorf("no stored set for the dense prefix %q", p)
		}
	}
	plan, err := s.GetState(ctx, prefixPlanKey)
	if err != nil || plan != fmt.Sprintf("%d %s", len(ids), strings.Join(want, ",")) {
		t.Errorf("stored plan %q (%v), want the dense prefixes at %d items", plan, err, len(ids))
	}

	check := func(t *testing.T, later *Store, all []int64) {
		if err := later.Warm(ctx); err != nil {
			t.Fatal(err)
		}
		later.list.mu.Lock()
		sn := later.list.snap
		later.list.mu.Unlock()
		for _, p := range want {
			got, ok, err := later.storedSearch(ctx, sn, later.list.storeMin, p)
			if err != nil || !ok {
				t.Fatalf("%q: not answered from its stored set (%v)", p, err)
			}
			fts, err := later.computeSearch(ctx, sn, p, true)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, fts) {
				t.Errorf("%q: stored set has %d matches, FTS5 %d", p, got.count(), fts.count())
			}
		}
		// Through the index, a few of them with filters, against SQL.
		checkIndexMatchesSQL(t, later, all, []string{"li", "lit", "co", "re", "lith", "rare e"}, []Query{{}, {UnreadOnly: true}, {Companies: []string{"Glencore"}}})
	}
	t.Run("a later process", func(t *testing.T) { check(t, openBuilding(t, path, min, 0), ids) })

	// Items added since: the stored sets are brought up to date, and the
	// next build (same plan: the cache grew by less than a quarter) has
	// nothing to store.
	var added []item.Item
	for i := range 20 {
		added = append(added, mk("f8", fmt.Sprint("late", i), fmt.Sprintf("lithium licence %d", i), i))
	}
	if _, err := s.Upsert(ctx, added); err != nil {
		t.Fatal(err)
	}
	all := listedIDs(t, s)
	t.Run("after items were added", func(t *testing.T) {
		later := openBuilding(t, path, min, 0)
		check(t, later, all)
		if n := later.WaitSearchSets(); n != 0 {
			t.Errorf("a build with every planned set stored stored %d more", n)
		}
	})
}

// TestPrefixSetsGiveWayToTheReader: while a set is being computed, a query
// of the reader answers (the build holds no lock of the index), a refresh's
// write goes through (nor the writer's), the set's query is interrupted and
// the build waits for the reader to be quiet, storing nothing meanwhile;
// Close stops it. A later build completes, equal to SQLite alone.
func TestPrefixSetsGiveWayToTheReader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	const min = 12
	s := openBuilding(t, path, min, time.Hour)
	ids := indexFixture(t, s)
	s.prefix.last.Store(0) // quiet since 1970: the build starts at once
	entered, release := make(chan context.Context), make(chan struct{})
	first := true
	s.prefix.beforeSet = func(qctx context.Context, prefix string) {
		if first {
			first = false
			entered <- qctx
			<-release
		}
	}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	qctx := <-entered // the build is computing its first set

	c, err := s.Counts(ctx, Query{Search: "lit"})
	if err != nil || c.Items == 0 {
		t.Fatalf("a search during the build: %+v, %v", c, err)
	}
	if _, err := s.Upsert(ctx, []item.Item{mk("f8", "during", "lithium during the build", 1)}); err != nil {
		t.Fatalf("a write during the build: %v", err)
	}
	if qctx.Err() == nil {
		t.Error("the reader's query did not interrupt the set being computed")
	}
	close(release)
	// The build now waits an hour of quiet; Close must stop it.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if n := s.prefix.built.Load(); n != 0 {
		t.Errorf("the build stored %d sets while the reader was busy", n)
	}
	for e := range storedExprs(t, openAt(t, path, min)) {
		if strings.Count(e, `"`) == 2 && (len(e) == 5 || len(e) == 6) && e != `"lit"*` {
			t.Errorf("%s was stored by the interrupted build", e)
		}
	}

	later := openBuilding(t, path, min, 0)
	if err := later.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if n := later.WaitSearchSets(); n == 0 {
		t.Fatal("the next build stored nothing")
	}
	_ = ids
	checkIndexMatchesSQL(t, later, listedIDs(t, later), []string{"li", "lit", "ga", "co", "re"}, []Query{{}, {UnreadOnly: true}})
}

// TestPrefixSetsStartAndClose: Warms at once leave one build running,
// which Close stops while it waits for the reader to be quiet; no build
// starts after Close.
func TestPrefixSetsStartAndClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	s := openBuilding(t, path, 12, time.Hour)
	indexFixture(t, s)
	s.touch() // the reader just queried: every build waits an hour
	errs := make(chan error, 3)
	for range 3 {
		go func() { errs <- s.Warm(ctx) }()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil { // waits for every build it started
		t.Fatal(err)
	}
	s.list.mu.Lock()
	sn := s.list.snap
	s.list.mu.Unlock()
	s.startPrefixSets(sn)
	s.prefix.mu.Lock()
	started := s.prefix.done != nil
	s.prefix.mu.Unlock()
	if started {
		t.Error("a build started after Close")
	}
	if n := s.prefix.built.Load(); n != 0 {
		t.Errorf("%d sets stored while the reader was busy", n)
	}
}

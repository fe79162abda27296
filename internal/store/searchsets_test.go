package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
	"github.com/lode-reader/lode/internal/item"
)

// openAt opens the cache at path with stored search sets for searches of
// at least storeMin matches (and a cache of at least as many items).
func openAt(t *testing.T, path string, storeMin int) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.list.smallCache, s.list.storeMin = 0, storeMin
	return s
}

// TestSplitSearchesMatchSQL checks searches split by rowid over the cores
// (as on a large cache) against SQLite alone.
// listedIDs is every cached item's id in the list's order, read with SQL.
func listedIDs(t *testing.T, s *Store) []int64 {
	t.Helper()
	rows, err := s.db.Query("SELECT id FROM items ORDER BY published DESC, id DESC")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var all []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		all = append(all, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return all
}

func TestSplitSearchesMatchSQL(t *testing.T) {
	cputime.SkipUnderRace(t, "a sweep of split searches against SQL")
	s := open(t)
	ids := indexFixture(t, s)
	s.list.splitAt = 0
	searches := []string{"l", "li", "lit", "lith", "lithium", "lø", "c", "ç", "rare e", "earth l", "report", "x"}
	filters := []Query{{}, {UnreadOnly: true}, {Companies: []string{"MP Materials", "Glencore"}}}
	checkIndexMatchesSQL(t, s, ids, searches, filters)
	// Warm's one-letter searches, split and run one after the other.
	s.list.smallCache = 0
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndexMatchesSQL(t, s, ids, searches, filters)
}

func storedExprs(t *testing.T, s *Store) map[string]bool {
	t.Helper()
	rows, err := s.db.Query("SELECT expr FROM search_sets")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var e string
		if err := rows.Scan(&e); err != nil {
			t.Fatal(err)
		}
		out[e] = true
	}
	return out
}

// TestStoredSearchesMatchSQL checks that searches answered from stored
// sets (searchsets.go) give exactly what SQLite alone gives: in a later
// process that has nothing in memory, and after items were added, had
// their text replaced and were deleted since the sets were stored.
func TestStoredSearchesMatchSQL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	s := openAt(t, path, 8)
	ids := indexFixture(t, s)
	searches := []string{"l", "li", "lit", "lith", "lithium", "lø", "g", "c", "ç", "rare e", "earth l", "lithium g", "report", "x"}
	filters := []Query{{}, {UnreadOnly: true}, {Flag: FlagHide}, {Companies: []string{"MP Materials", "Glencore"}}, {IDs: ids[:40]}}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndexMatchesSQL(t, s, ids, searches, filters)
	s.bg.Wait()
	stored := storedExprs(t, s)
	for _, search := range []string{"l", "li", "lithium", "report", "rare e"} {
		if !stored[matchExpr(search)] {
			t.Errorf("the set of %q (%s) was not stored; stored: %v", search, matchExpr(search), stored)
		}
	}

	// A later process: answered from the stored sets.
	later := openAt(t, path, 8)
	checkIndexMatchesSQL(t, later, ids, searches, filters)
	if err := later.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	for _, search := range []string{"l", "li", "report"} {
		later.list.mu.Lock()
		_, ok, err := later.storedSearch(ctx, later.list.snap, later.list.storeMin, search)
		later.list.mu.Unlock()
		if err != nil || !ok {
			t.Errorf("%q: not answered from its stored set (%v)", search, err)
		}
	}

	// Items added (ids above the stored sets'), an item's text replaced
	// (words gone and words new) and items deleted, through another handle.
	var added []item.Item
	for i := range 30 {
		it := mk("f7", fmt.Sprint("new", i), fmt.Sprintf("lithium report %d", i), i%9)
		it.Sections.Body = "lynas graphite"
		added = append(added, it)
	}
	writer := openAt(t, path, 8)
	if _, err := writer.Upsert(ctx, added); err != nil {
		t.Fatal(err)
	}
	var old item.Item
	if err := writer.db.QueryRow("SELECT feed_url, guid, title FROM items WHERE id = ?", ids[3]).Scan(&old.FeedURL, &old.GUID, &old.Title); err != nil {
		t.Fatal(err)
	}
	changed := mk(old.FeedURL, old.GUID, "zinc xenon", 3)
	changed.Sections.Body = "cobalt only"
	changed.Hash = "changed"
	if _, err := writer.Upsert(ctx, []item.Item{changed}); err != nil {
		t.Fatal(err)
	}
	if _, err := writer.db.Exec("DELETE FROM items WHERE id IN (?, ?)", ids[5], ids[len(ids)-1]); err != nil {
		t.Fatal(err)
	}
	all := listedIDs(t, writer)
	searches = append(searches, "zinc", "xenon", "cobalt only")
	for name, st := range map[string]*Store{"the process that stored the sets": later, "a new process": openAt(t, path, 8)} {
		t.Run(name, func(t *testing.T) { checkIndexMatchesSQL(t, st, all, searches, filters) })
	}
}

// TestStoredSearchesWithQueries checks the query language's conditions
// with full-text leaves answered from stored sets against plain SQL.
func TestStoredSearchesWithQueries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	s := openAt(t, path, 20)
	ids := condFixture(t, s)
	// The text leaves of testCondIndexMatchesSQL, typed once: their sets
	// are stored.
	for _, w := range []string{"lith", "rare earth", "ban", "cobalt", "price"} {
		if _, err := s.Counts(ctx, Query{Search: w}); err != nil {
			t.Fatal(err)
		}
	}
	s.bg.Wait()
	if len(storedExprs(t, s)) == 0 {
		t.Fatal("no search set was stored")
	}
	later := openAt(t, path, 20)
	testCondIndexMatchesSQL(t, later, ids)
	if n := len(storedExprs(t, later)); n < 4 {
		t.Errorf("only %d of the text leaves' sets were stored", n)
	}
}

// TestStoredSearchFromOldSnapshot: a set computed from a snapshot read
// before another process changed an item's text and then dropped the log
// entries no stored set needed is not stored, so no later search answers
// with the item's old words.
func TestStoredSearchFromOldSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	a := openAt(t, path, 4)
	ids := indexFixture(t, a)
	a.list.mu.Lock()
	if err := a.list.rebuild(ctx, a, 0); err != nil {
		t.Fatal(err)
	}
	old := a.list.snap
	a.list.mu.Unlock()
	before, err := a.computeSearch(ctx, old, "report", true)
	if err != nil || before.count() < 4 {
		t.Fatalf("report matches %d items (%v)", before.count(), err)
	}

	// Another process replaces the text of an item that said "report",
	// then stores a set of its own, which drops the log entry.
	b := openAt(t, path, 4)
	var it item.Item
	if err := b.db.QueryRow("SELECT feed_url, guid FROM items WHERE id = ?", ids[0]).Scan(&it.FeedURL, &it.GUID); err != nil {
		t.Fatal(err)
	}
	if p := old.position(ids[0]); p < 0 || !before.has(p) {
		t.Fatalf("item %d does not match report in the fixture", ids[0])
	}
	changed := mk(it.FeedURL, it.GUID, "zinc xenon", 3)
	changed.Sections.Body = "cobalt only"
	changed.Hash = "changed"
	if _, err := b.Upsert(ctx, []item.Item{changed}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Counts(ctx, Query{Search: "l"}); err != nil {
		t.Fatal(err)
	}
	b.bg.Wait()
	var left int
	b.db.QueryRow("SELECT count(*) FROM search_changes").Scan(&left)
	if left != 0 {
		t.Fatalf("%d log entries kept; the test needs them dropped", left)
	}

	// The old snapshot's set arrives late.
	if err := a.storeSearch(ctx, old, matchExpr("report"), before); err != nil {
		t.Fatal(err)
	}
	all := listedIDs(t, b)
	checkIndexMatchesSQL(t, openAt(t, path, 4), all, []string{"report", "zinc"}, []Query{{}})
}

// TestStoredSearchAfterManyChanges: a stored set followed by more changes
// than it is brought up to date for is computed again (equal to SQLite
// alone), and dropped when the next set is stored, so the log is trimmed.
func TestStoredSearchAfterManyChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	s := openAt(t, path, 4)
	ids := indexFixture(t, s)
	if _, err := s.Counts(ctx, Query{Search: "report"}); err != nil {
		t.Fatal(err)
	}
	s.bg.Wait()
	if !storedExprs(t, s)[matchExpr("report")] {
		t.Fatal("the set of report was not stored")
	}
	var changed []item.Item
	for _, id := range ids[:3] {
		var it item.Item
		if err := s.db.QueryRow("SELECT feed_url, guid FROM items WHERE id = ?", id).Scan(&it.FeedURL, &it.GUID); err != nil {
			t.Fatal(err)
		}
		c := mk(it.FeedURL, it.GUID, "zinc xenon", 3)
		c.Hash = "changed"
		changed = append(changed, c)
	}
	if _, err := s.Upsert(ctx, changed); err != nil {
		t.Fatal(err)
	}
	later := openAt(t, path, 4)
	later.list.maxDirty = 2
	checkIndexMatchesSQL(t, later, ids, []string{"report", "zinc"}, []Query{{}, {UnreadOnly: true}})
	later.bg.Wait()
	var logged int
	later.db.QueryRow("SELECT count(*) FROM search_changes").Scan(&logged)
	if logged != 0 {
		t.Errorf("%d log entries kept after every stored set was made again", logged)
	}
}

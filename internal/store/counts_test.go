package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// stateQueries are queries on the items' state alone, as the reader's
// first frame and its default tabs ask them.
func stateQueries() []Query {
	return []Query{{}, {UnreadOnly: true}, {Flag: FlagOnly}, {Flag: FlagHide}, {StarredOnly: true},
		{Flag: FlagOnly, UnreadOnly: true}, {Flag: FlagHide, StarredOnly: true, UnreadOnly: true},
		{Where: leaf(CondUnread)}, {Where: not(leaf(CondFlagged))}, {Where: or(leaf(CondStarred), and(leaf(CondUnread), leaf(CondFlagged)))},
		{Where: and(), UnreadOnly: true}, {Where: or()}, {Where: and(text(" "), not(leaf(CondStarred)))},
		{Where: leaf(CondCompany)}, {Search: "  ", Flag: FlagOnly}, {Sort: SortFeed, UnreadOnly: true}}
}

// checkStateCounts checks that every state-only query is counted from the
// counters and agrees with SQLite's scan of the items.
func checkStateCounts(t *testing.T, s *Store, when string) {
	t.Helper()
	for _, q := range stateQueries() {
		want, err := s.sqlCounts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.stateCounts(ctx, q)
		if err != nil || !ok {
			t.Fatalf("%s: %+v not counted from the counters: %v", when, q, err)
		}
		if got != want {
			t.Errorf("%s: %+v: counters say %+v, SQL says %+v", when, q, got, want)
		}
	}
}

// TestStateCountsMatchSQL checks the whole-cache counters against SQLite
// after every kind of write that changes an item's state or the set of
// items: new items, read and starred changes, mark-all-read, an update that
// flags an item, deletion by retention.
func TestStateCountsMatchSQL(t *testing.T) {
	s := open(t)
	ids := indexFixture(t, s)
	checkStateCounts(t, s, "after filling")
	if c, err := s.Counts(ctx, Query{}); err != nil || c.Items != len(ids) || c.Unread == 0 || c.Unread == c.Items || c.Flagged == 0 {
		t.Fatalf("the fixture has no mixed state to count: %+v %v", c, err)
	}
	if err := s.SetRead(ctx, ids[10:40], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, ids[:5], false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, ids[1], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, ids[0], false); err != nil {
		t.Fatal(err)
	}
	checkStateCounts(t, s, "after read and star changes")
	if _, err := s.MarkRead(ctx, Query{Companies: []string{"Glencore"}}); err != nil {
		t.Fatal(err)
	}
	checkStateCounts(t, s, "after marking a company read")
	// The same item again with new content, now flagged.
	it := mk("f1", "1", "Lithium report, revised", 0)
	it.Hash, it.Ideology.Flagged = "changed", true
	if _, err := s.Upsert(ctx, []item.Item{it}); err != nil {
		t.Fatal(err)
	}
	checkStateCounts(t, s, "after an update that flags an item")
	if n, err := s.Prune(ctx, Retention{MaxPerFeed: 10}, time.Now()); err != nil || n == 0 {
		t.Fatalf("prune removed %d: %v", n, err)
	}
	checkStateCounts(t, s, "after retention deleted items")
	if _, ok := stateOnly(Query{Search: "li"}); ok {
		t.Error("a search was taken for a state-only query")
	}
	if _, ok := stateOnly(Query{Where: and(leaf(CondUnread), leaf(CondCompany, "MP Materials"))}); ok {
		t.Error("a company condition was taken for a state-only query")
	}
}

// TestStateCountsMigration opens a cache written before the counters
// existed (schema 8) and checks that the migration fills them from the
// items already cached.
func TestStateCountsMigration(t *testing.T) {
	var stmts []string
	for i := range 50 {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO items (feed_url, guid, title, published, read, flagged, starred)
			VALUES ('f', 'g%d', 'Item %d', %d, %d, %d, %d)`, i, i, 1000+i, i%2, b2i(i%3 == 0), b2i(i%7 == 0)))
	}
	s := openOldCache(t, 8, stmts...)
	checkStateCounts(t, s, "after the migration")
	if c, _ := s.Counts(ctx, Query{}); c != (Counts{Items: 50, Unread: 25, Flagged: 17}) {
		t.Fatalf("counts after the migration: %+v", c)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// openOldCache writes a cache as schema version n left it (its first n
// migrations), runs stmts on it, and opens it with Open, which upgrades it.
func openOldCache(t *testing.T, n int, stmts ...string) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cache.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, m := range migrations[:n] {
		if _, err := db.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	stmts = append([]string{fmt.Sprintf("PRAGMA user_version = %d", n)}, stmts...)
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

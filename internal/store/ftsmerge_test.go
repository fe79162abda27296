package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// automerge reads the full-text index's automerge setting (FTS5's default,
// 4, when the cache never set it).
func automerge(t *testing.T, s *Store) int {
	t.Helper()
	var v int
	err := s.DB().QueryRow(`SELECT coalesce((SELECT v FROM items_fts_config WHERE k = 'automerge'), 4)`).Scan(&v)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// writeWords writes n items, one transaction each (one index segment
// each, as a refresh's writer makes them), item i with the word
// prefix+"word"+i+"x" in its body.
func writeWords(t *testing.T, s *Store, prefix string, n int) {
	t.Helper()
	for i := range n {
		it := mk("f", fmt.Sprintf("%s%d", prefix, i), fmt.Sprintf("Lithium note %s %d", prefix, i), i)
		it.Sections.Body = fmt.Sprintf("Body with %sword%dx and gallium.", prefix, i)
		if _, err := s.Upsert(ctx, []item.Item{it}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFullTextMergesLess: a new cache and one migrated from schema 10 both
// merge the full-text index's segments 16 at a time, and every item written
// before and after the migration, over many small writes (many segments),
// is found by its own word, by a shared word and by a prefix.
func TestFullTextMergesLess(t *testing.T) {
	if s := open(t); automerge(t, s) != 16 {
		t.Errorf("new cache: automerge %d, want 16", automerge(t, s))
	}

	path := filepath.Join(t.TempDir(), "cache.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	// A cache of schema 10: FTS5's own setting, items written under it, then
	// the migration on the next open.
	if _, err := s.DB().Exec(`INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 4)`); err != nil {
		t.Fatal(err)
	}
	const n = 40
	writeWords(t, s, "old", n)
	if _, err := s.DB().Exec(`PRAGMA user_version = 10`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	if v := automerge(t, s); v != 16 {
		t.Fatalf("migrated cache: automerge %d, want 16", v)
	}
	writeWords(t, s, "new", n)
	for _, p := range []string{"old", "new"} {
		for i := range n {
			ids, err := s.IDs(ctx, Query{Search: fmt.Sprintf("%sword%dx", p, i)})
			if err != nil || len(ids) != 1 {
				t.Errorf("search %sword%dx: %d items, %v; want 1", p, i, len(ids), err)
			}
		}
	}
	for _, q := range []string{"gallium", "lith", "oldword", "newword1"} {
		ids, err := s.IDs(ctx, Query{Search: q})
		want := map[string]int{"gallium": 2 * n, "lith": 2 * n, "oldword": n, "newword1": 11}[q]
		if err != nil || len(ids) != want {
			t.Errorf("search %q: %d items, %v; want %d", q, len(ids), err, want)
		}
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO items_fts (items_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text integrity check: %v", err)
	}
}

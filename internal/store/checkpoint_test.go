package store

import (
	"fmt"
	"os"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// TestItemWritesCheckpointOffTheWriter: the item writer's connection does
// not checkpoint, but its writes are still copied into the cache file by
// the checkpointer, so the WAL of a long refresh stays a fraction of the
// cache instead of growing with it, and the writer's connection goes back
// to the pool checkpointing as SQLite does by default.
func TestItemWritesCheckpointOffTheWriter(t *testing.T) {
	s := open(t)
	body := fmt.Sprintf("%0600d", 0) // a few pages of text per item
	for tx := range 30 {
		var items []item.Item
		for i := range 100 {
			it := mk(fmt.Sprint("f", tx%4), fmt.Sprint("g", tx, "-", i), fmt.Sprintf("Story %d %d", tx, i), i, "Lynas Rare Earths")
			it.Sections.Body = body + fmt.Sprint(tx, i)
			items = append(items, it)
		}
		if _, err := s.Upsert(ctx, items); err != nil {
			t.Fatal(err)
		}
		s.bg.Wait() // the checkpoint the write asked for, if any
	}
	db, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	wal, err := os.Stat(s.Path() + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if wal.Size() > db.Size()/2 {
		t.Errorf("WAL %d bytes against a cache of %d after 3,000 items: not checkpointed", wal.Size(), db.Size())
	}
	var n int
	if err := s.DB().QueryRow("PRAGMA wal_autocheckpoint").Scan(&n); err != nil || n != defaultAutoCheckpoint {
		t.Errorf("wal_autocheckpoint on a pooled connection = %d (%v), want %d", n, err, defaultAutoCheckpoint)
	}
}

package store

import (
	"context"
	"fmt"
	"os"
	"time"
)

// Retention says which items Prune removes. Starred items are always kept;
// a zero field turns its rule off.
type Retention struct {
	// KeepDays removes items published more than this many days ago.
	KeepDays int
	// MaxPerFeed keeps only each feed's newest MaxPerFeed items.
	MaxPerFeed int
}

// Off reports whether neither rule is set.
func (r Retention) Off() bool { return r.KeepDays <= 0 && r.MaxPerFeed <= 0 }

// tombstoneDays is how long a pruned item's identity is remembered, so a
// feed that still lists it does not bring it back as new.
const tombstoneDays = 400

// Prune deletes the items r selects (never a starred one) with their text,
// companies and full-text rows, and remembers their identities so a later
// refresh does not store them again. It returns how many items it removed.
func (s *Store) Prune(ctx context.Context, r Retention, now time.Time) (n int, err error) {
	defer func() { err = friendly(err) }()
	if r.Off() {
		return 0, nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("prune: %w", err)
	}
	defer tx.Rollback()
	var conds []string
	var args []any
	if r.KeepDays > 0 {
		conds = append(conds, `published < ?`)
		args = append(args, now.Add(-time.Duration(r.KeepDays)*24*time.Hour).Unix())
	}
	if r.MaxPerFeed > 0 {
		conds = append(conds, `id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER
			(PARTITION BY feed_url ORDER BY published DESC, id DESC) AS rn FROM items) WHERE rn > ?)`)
		args = append(args, r.MaxPerFeed)
	}
	where := "starred = 0 AND (" + conds[0]
	for _, c := range conds[1:] {
		where += " OR " + c
	}
	where += ")"
	// The doomed ids go to a temporary table once, so every step below
	// deletes exactly the same set.
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS prune_ids (id INTEGER PRIMARY KEY)`); err != nil {
		return 0, fmt.Errorf("prune: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM prune_ids`); err != nil {
		return 0, fmt.Errorf("prune: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO prune_ids (id) SELECT id FROM items WHERE `+where, args...)
	if err != nil {
		return 0, fmt.Errorf("prune: %w", err)
	}
	count, _ := res.RowsAffected()
	if count == 0 {
		return 0, nil
	}
	nowUnix := now.Unix()
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT OR REPLACE INTO purged (feed_url, guid, purged) SELECT feed_url, guid, ? FROM items WHERE id IN (SELECT id FROM prune_ids)`, []any{nowUnix}},
		{`DELETE FROM purged WHERE purged < ?`, []any{nowUnix - tombstoneDays*24*3600}},
		{`DELETE FROM items_fts WHERE rowid IN (SELECT id FROM prune_ids)`, nil},
		// item_text and item_companies follow by ON DELETE CASCADE.
		{`DELETE FROM items WHERE id IN (SELECT id FROM prune_ids)`, nil},
		{`DELETE FROM prune_ids`, nil},
	} {
		if _, err := tx.ExecContext(ctx, q.sql, q.args...); err != nil {
			return 0, fmt.Errorf("prune: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("prune: %w", err)
	}
	return int(count), nil
}

// Vacuum merges the full-text index and rewrites the cache file so the
// space of deleted items goes back to the file system. It returns the
// file's size before and after (the WAL included).
func (s *Store) Vacuum(ctx context.Context) (before, after int64, err error) {
	defer func() { err = friendly(err) }()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.ckpt.run.Lock() // no item-write checkpoint beside this one (checkpoint.go)
	defer s.ckpt.run.Unlock()
	before = s.diskSize()
	for _, q := range []string{
		`INSERT INTO items_fts (items_fts) VALUES ('optimize')`,
		`VACUUM`,
		`PRAGMA wal_checkpoint(TRUNCATE)`,
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return before, before, fmt.Errorf("vacuum %s: %w", s.path, err)
		}
	}
	return before, s.diskSize(), nil
}

// diskSize is the cache file's size plus its write-ahead log.
func (s *Store) diskSize() int64 {
	var n int64
	for _, p := range []string{s.path, s.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SetRead marks items read or unread.
func (s *Store) SetRead(ctx context.Context, ids []int64, read bool) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if len(ids) == 0 {
		return nil
	}
	args := []any{read}
	for _, id := range ids {
		args = append(args, id)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("mark read: %w", err)
	}
	defer tx.Rollback()
	before, err := txRevision(ctx, tx)
	if err != nil {
		return fmt.Errorf("mark read: %w", err)
	}
	in := " IN (" + placeholders(len(ids)) + ")"
	if _, err := tx.ExecContext(ctx, "UPDATE items SET read = ? WHERE id"+in, args...); err != nil {
		return fmt.Errorf("mark read: %w", err)
	}
	for _, table := range []string{"item_companies", "item_minerals"} {
		if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET read = ? WHERE item_id"+in, args...); err != nil {
			return fmt.Errorf("mark read: %w", err)
		}
	}
	after, err := txRevision(ctx, tx)
	if err != nil {
		return fmt.Errorf("mark read: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("mark read: %w", friendly(err))
	}
	s.patchState(ids, stRead, read, before, after)
	return nil
}

// SetStarred stars or unstars an item.
func (s *Store) SetStarred(ctx context.Context, id int64, starred bool) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("star item %d: %w", id, err)
	}
	defer tx.Rollback()
	before, err := txRevision(ctx, tx)
	if err != nil {
		return fmt.Errorf("star item %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE items SET starred = ? WHERE id = ?", starred, id); err != nil {
		return fmt.Errorf("star item %d: %w", id, err)
	}
	after, err := txRevision(ctx, tx)
	if err != nil {
		return fmt.Errorf("star item %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("star item %d: %w", id, friendly(err))
	}
	s.patchState([]int64{id}, stStarred, starred, before, after)
	return nil
}

// MarkRead marks every item q selects read and returns how many changed.
func (s *Store) MarkRead(ctx context.Context, q Query) (int, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	w, args := where(q)
	if w == "" {
		w = " WHERE read = 0"
	} else {
		w += " AND read = 0"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("mark read: %w", err)
	}
	defer tx.Rollback()
	for _, table := range []string{"item_companies", "item_minerals"} {
		if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET read = 1 WHERE item_id IN (SELECT id FROM items"+w+")", args...); err != nil {
			return 0, fmt.Errorf("mark read: %w", err)
		}
	}
	r, err := tx.ExecContext(ctx, "UPDATE items SET read = 1"+w, args...)
	if err != nil {
		return 0, fmt.Errorf("mark read: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("mark read: %w", friendly(err))
	}
	n, _ := r.RowsAffected()
	return int(n), nil
}

// MoveFeed follows a permanent redirect: the feed's state and items move to newURL.
// Items already cached under newURL win over duplicates from the old URL.
func (s *Store) MoveFeed(ctx context.Context, oldURL, newURL string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if oldURL == newURL {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("move feed %s: %w", oldURL, err)
	}
	defer tx.Rollback()
	stmts := []string{
		`DELETE FROM feeds WHERE url = ?2 AND EXISTS (SELECT 1 FROM feeds WHERE url = ?1)`,
		`UPDATE feeds SET url = ?2 WHERE url = ?1`,
		`UPDATE OR IGNORE items SET feed_url = ?2 WHERE feed_url = ?1`,
		`UPDATE feeds SET pending_url = '' WHERE url = ?2 AND ?1 IS NOT NULL`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, oldURL, newURL); err != nil {
			return fmt.Errorf("move feed %s: %w", oldURL, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("move feed %s: %w", oldURL, err)
	}
	return nil
}

// FeedStats lists every feed the cache knows with its item and unread counts.
func (s *Store) FeedStats(ctx context.Context) ([]FeedStats, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT f.url, f.title, f.etag, f.last_modified, f.last_attempt, f.last_success, f.last_error,
		f.failures, f.next_attempt, f.pending_url, count(i.id), coalesce(sum(i.read = 0), 0)
		FROM feeds f LEFT JOIN items i ON i.feed_url = f.url GROUP BY f.url ORDER BY f.url`)
	if err != nil {
		return nil, fmt.Errorf("feed stats: %w", err)
	}
	defer rows.Close()
	var out []FeedStats
	for rows.Next() {
		var fs FeedStats
		var la, ls, na int64
		if err := rows.Scan(&fs.URL, &fs.Title, &fs.ETag, &fs.LastModified, &la, &ls, &fs.LastError, &fs.Failures, &na, &fs.PendingURL, &fs.Items, &fs.Unread); err != nil {
			return nil, fmt.Errorf("feed stats: %w", err)
		}
		fs.LastAttempt, fs.LastSuccess, fs.NextAttempt = fromUnix(la), fromUnix(ls), fromUnix(na)
		out = append(out, fs)
	}
	return out, rows.Err()
}

// ForgetFeed removes a feed's polling state (its items stay readable).
func (s *Store) ForgetFeed(ctx context.Context, url string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url); err != nil {
		return fmt.Errorf("forget feed %s: %w", url, err)
	}
	return nil
}

// LastRefresh returns the newest successful poll of any feed, zero if none.
func (s *Store) LastRefresh(ctx context.Context) (time.Time, error) {
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(last_success) FROM feeds`).Scan(&v); err != nil {
		return time.Time{}, fmt.Errorf("last refresh: %w", err)
	}
	return fromUnix(v.Int64), nil
}

// GetState returns a small piece of saved state, "" when unset.
func (s *Store) GetState(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM state WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read state %s: %w", key, err)
	}
	return v, nil
}

// SetState saves a small piece of state under key.
func (s *Store) SetState(ctx context.Context, key, value string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if _, err := s.db.ExecContext(ctx, `INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
		return fmt.Errorf("save state %s: %w", key, err)
	}
	return nil
}

// Stale returns the ids of items whose ideology score was computed by a
// classifier version other than version, so they can be scored again.
func (s *Store) Stale(ctx context.Context, version string) ([]int64, error) {
	return s.queryIDs(ctx, "find stale scores", `SELECT id FROM items WHERE cls_version != ?`, version)
}

// Known returns, for every item cached from feedURL, its content hash and
// enrichment version joined as "hash version", keyed by GUID, so a refresh
// can skip re-processing items that have not changed.
func (s *Store) Known(ctx context.Context, feedURL string) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT guid, hash || ' ' || cls_version FROM items WHERE feed_url = ?`, feedURL)
	if err != nil {
		return nil, fmt.Errorf("known items of %s: %w", feedURL, err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var g, v string
		if err := rows.Scan(&g, &v); err != nil {
			return nil, fmt.Errorf("known items of %s: %w", feedURL, err)
		}
		out[g] = v
	}
	return out, rows.Err()
}

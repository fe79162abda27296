package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// The feed-state statements run once per feed in every refresh: prepared
// once and kept (database/sql prepares them again only on a connection that
// has not seen them), they spare a parse of the SQL per feed.
const (
	feedStateSQL = `SELECT title, etag, last_modified, last_attempt, last_success, last_error, failures, next_attempt, pending_url
		FROM feeds WHERE url = ?`
	saveFeedStateSQL = `INSERT INTO feeds (url, title, etag, last_modified, last_attempt, last_success, last_error, failures, next_attempt, pending_url)
		VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (url) DO UPDATE SET title=excluded.title, etag=excluded.etag,
		last_modified=excluded.last_modified, last_attempt=excluded.last_attempt, last_success=excluded.last_success,
		last_error=excluded.last_error, failures=excluded.failures, next_attempt=excluded.next_attempt, pending_url=excluded.pending_url`
)

// feedStmts holds the Store's prepared feed-state statements.
type feedStmts struct {
	mu         sync.Mutex
	read, save *sql.Stmt
}

// stmt returns the statement *slot holds, preparing it on db first.
func (f *feedStmts) stmt(ctx context.Context, db *sql.DB, slot **sql.Stmt, query string) (*sql.Stmt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if *slot != nil {
		return *slot, nil
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	*slot = st
	return st, nil
}

func (f *feedStmts) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, st := range []**sql.Stmt{&f.read, &f.save} {
		if *st != nil {
			(*st).Close()
			*st = nil
		}
	}
}

// FeedState returns what the cache remembers of a feed; an unknown feed
// gives a zero state with URL set.
func (s *Store) FeedState(ctx context.Context, url string) (FeedState, error) {
	st := FeedState{URL: url}
	q, err := s.feedSQL.stmt(ctx, s.db, &s.feedSQL.read, feedStateSQL)
	if err != nil {
		return st, fmt.Errorf("read state of %s: %w", url, err)
	}
	var la, ls, na int64
	err = q.QueryRowContext(ctx, url).Scan(&st.Title, &st.ETag, &st.LastModified, &la, &ls, &st.LastError, &st.Failures, &na, &st.PendingURL)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read state of %s: %w", url, err)
	}
	st.LastAttempt, st.LastSuccess, st.NextAttempt = fromUnix(la), fromUnix(ls), fromUnix(na)
	return st, nil
}

// SaveFeedState records a feed's polling state.
func (s *Store) SaveFeedState(ctx context.Context, st FeedState) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	q, err := s.feedSQL.stmt(ctx, s.db, &s.feedSQL.save, saveFeedStateSQL)
	if err == nil {
		_, err = q.ExecContext(ctx, feedStateArgs(st)...)
	}
	if err != nil {
		return fmt.Errorf("save state of %s: %w", st.URL, err)
	}
	return nil
}

// saveStates saves feed states in a write transaction.
func saveStates(ctx context.Context, tx *sql.Tx, states []*FeedState) error {
	if len(states) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, saveFeedStateSQL)
	if err != nil {
		return fmt.Errorf("save feed states: %w", err)
	}
	defer st.Close()
	for _, fs := range states {
		if _, err := st.ExecContext(ctx, feedStateArgs(*fs)...); err != nil {
			return fmt.Errorf("save state of %s: %w", fs.URL, err)
		}
	}
	return nil
}

func feedStateArgs(st FeedState) []any {
	return []any{st.URL, st.Title, st.ETag, st.LastModified, unix(st.LastAttempt), unix(st.LastSuccess),
		st.LastError, st.Failures, unix(st.NextAttempt), st.PendingURL}
}

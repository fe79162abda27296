package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Prefix sets built in the background. The first typing of a two- or
// three-letter prefix that matches much of a large cache streams every
// matching rowid out of FTS5 (50–120 ms at 1,000,000 items) before its set
// is stored (searchsets.go). So after Warm, on a cache of at least
// prefixFrom items, the store builds and stores the sets of the dense
// two- and three-letter prefixes itself:
//
//   - which prefixes: the plan, made from the index's own statistics (one
//     FTS5 probe per candidate prefix with LIMIT prefixMin, which stops at
//     that many rowids: two letters first, then the three-letter children
//     of the dense ones), at most prefixLimit, kept in the state table and
//     made again only when the cache has grown or shrunk by a quarter;
//   - how: one set at a time, on a connection of its own, on a thread at
//     the lowest CPU priority (lowerPriority) and so at most one core, in
//     eight rowid ranges (short strings, a low peak of memory);
//   - never in the way: every query of the reader (Counts, Page, Position,
//     Item) interrupts the set being computed and holds the build off until
//     the reader has been quiet for prefixIdle; the build holds no lock of
//     the index while it queries, takes the writer's lock only to store a
//     finished set (one short transaction), and stops when the snapshot is
//     rebuilt (the next Warm starts it again; sets already stored are
//     skipped); the rescoring pass's patched snapshots do not stop it.
//
// Then, the same way, it lists the index's dense words and builds the
// sets of the dense words that prefixes of four letters or more stand for
// (wordsets.go).
//
// Stored sets are exact as of their seq and brought up to date when read,
// so a set built in the background is as current as one stored by typing.

// defaultPrefixFrom is the cache size from which Warm starts the build.
const defaultPrefixFrom = 50000

// defaultPrefixMin is the number of matches from which a prefix's set is
// built: below it FTS5 answers the first typing within a few milliseconds.
const defaultPrefixMin = 50000

// prefixLimit bounds the sets one plan builds (each up to max id / 8
// bytes: 64 MB in all at 1,000,000 items).
const prefixLimit = 512

// defaultPrefixIdle is how long the reader must be quiet before the build
// goes on.
const defaultPrefixIdle = time.Second

// prefixPlanKey is the state table's key for the plan: the item count it
// was made at, a space, and its prefixes separated by commas.
const prefixPlanKey = "search_sets.plan"

// prefixChars are the characters a prefix continues with; a planned prefix
// starts with a letter (few searches start with a digit).
const prefixChars = "abcdefghijklmnopqrstuvwxyz0123456789"

// prefixBuilder is a Store's background build of prefix sets.
type prefixBuilder struct {
	// startMu makes starting and stopping a build one step each (two
	// Warms at once, or a Warm during Close); closed is set by Close.
	startMu sync.Mutex
	closed  bool
	mu      sync.Mutex
	cancel  context.CancelFunc // stops the running build; nil when none
	done    chan struct{}      // closed when the running build returns
	stopSet context.CancelFunc // interrupts the query in progress
	// last is when the reader last queried (unix nanoseconds).
	last atomic.Int64
	// built counts the sets stored by builds of this Store.
	built atomic.Int64
	// words is the word list typed prefixes of four letters or more use
	// (wordsets.go); nil until loaded or made.
	words atomic.Pointer[wordList]
	// from, min, wordMin, idle and chars are defaultPrefixFrom,
	// defaultPrefixMin, defaultWordMin, defaultPrefixIdle and prefixChars;
	// tests change them.
	from, min, wordMin int
	idle               time.Duration
	chars              string
	// beforeSet, when set (tests), is called before each set is computed,
	// with the context that a query of the reader cancels and the set's
	// FTS5 query.
	beforeSet func(ctx context.Context, prefix string)
}

// touch records a query of the reader: the set being computed is
// interrupted and the build waits until the reader is quiet again.
func (s *Store) touch() {
	b := &s.prefix
	b.last.Store(time.Now().UnixNano())
	b.mu.Lock()
	if b.stopSet != nil {
		b.stopSet()
	}
	b.mu.Unlock()
}

// startPrefixSets starts the background build over sn, replacing a
// running one (Warm calls it).
func (s *Store) startPrefixSets(sn *listSnapshot) {
	b := &s.prefix
	if len(sn.ids) < b.from {
		return
	}
	b.startMu.Lock()
	defer b.startMu.Unlock()
	if b.closed {
		return
	}
	s.stopPrefixSets()
	// What a set needs of the snapshot: not its state or warm sets, which
	// the reader's rescoring pass replaces batch by batch.
	sn = &listSnapshot{seq: sn.seq, ids: sn.ids, pos: sn.pos}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	b.mu.Lock()
	b.cancel, b.done = cancel, done
	b.mu.Unlock()
	s.bg.Go(func() {
		defer close(done)
		_ = s.buildPrefixSets(ctx, sn) // only a cache: a set not built is computed when typed
	})
}

// closePrefixSets stops the running build, and any later start (Close).
func (s *Store) closePrefixSets() {
	b := &s.prefix
	b.startMu.Lock()
	defer b.startMu.Unlock()
	b.closed = true
	s.stopPrefixSets()
}

// stopPrefixSets stops the running build and waits for it.
func (s *Store) stopPrefixSets() {
	b := &s.prefix
	b.mu.Lock()
	cancel, done := b.cancel, b.done
	b.cancel, b.done = nil, nil
	b.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// WaitSearchSets waits until the background build of prefix sets that
// Warm started (if any) has finished, and returns how many sets this
// Store's builds have stored so far. Benchmarks use it.
func (s *Store) WaitSearchSets() int {
	b := &s.prefix
	b.mu.Lock()
	done := b.done
	b.mu.Unlock()
	if done != nil {
		<-done
	}
	return int(b.built.Load())
}

// buildPrefixSets builds the planned sets over sn not stored yet.
func (s *Store) buildPrefixSets(ctx context.Context, sn *listSnapshot) error {
	lowerPriority()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("build search sets: %w", err)
	}
	defer conn.Close()
	plan, err := s.prefixPlan(ctx, conn, sn)
	if err != nil {
		return err
	}
	stored, err := storedExprSet(ctx, conn)
	if err != nil {
		return err
	}
	exprs := make([]string, len(plan))
	for i, p := range plan {
		exprs[i] = matchExpr(p)
	}
	err = s.buildSets(ctx, conn, sn, exprs, stored)
	if err == nil {
		// Then the dense words' sets (wordsets.go).
		var wl *wordList
		if wl, err = s.wordPlan(ctx, conn, sn); err == nil {
			s.prefix.words.Store(wl)
			err = s.buildSets(ctx, conn, sn, wl.wordExprs(s.prefix.min), stored)
		}
	}
	if errors.Is(err, errReplaced) {
		return nil // the next Warm builds over the new snapshot
	}
	return err
}

// buildSets computes and stores, one at a time when the reader is quiet,
// the sets of the FTS5 queries exprs not stored yet that have at least
// storeMin matches.
func (s *Store) buildSets(ctx context.Context, conn *sql.Conn, sn *listSnapshot, exprs []string, stored map[string]bool) error {
	for _, expr := range exprs {
		if stored[expr] {
			continue
		}
		var bits bitset
		err := s.quietly(ctx, sn, func(qctx context.Context) (err error) {
			if s.prefix.beforeSet != nil {
				s.prefix.beforeSet(qctx, expr)
			}
			bits, err = prefixBits(qctx, conn, sn, expr)
			return err
		})
		if err != nil {
			return err
		}
		if bits.count() < s.list.storeMin {
			continue
		}
		if err := s.storeSearch(ctx, sn, expr, bits); err != nil {
			return err
		}
		s.prefix.built.Add(1)
	}
	return nil
}

// errReplaced stops a build whose snapshot the index no longer holds.
var errReplaced = errors.New("snapshot replaced")

// quietly runs fn once the reader has been quiet for the idle time, again
// if a query of the reader interrupted it; it returns errReplaced instead
// when the index no longer holds sn.
func (s *Store) quietly(ctx context.Context, sn *listSnapshot, fn func(context.Context) error) error {
	b := &s.prefix
	for {
		var seen int64
		for {
			seen = b.last.Load()
			wait := b.idle - time.Since(time.Unix(0, seen))
			if wait <= 0 {
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
		}
		// A rebuilt snapshot (new items) replaces the id table; patched
		// copies (read state, rescoring) share it and keep its positions.
		ix := s.listIndex()
		ix.mu.Lock()
		replaced := ix.snap == nil || &ix.snap.pos[0] != &sn.pos[0]
		ix.mu.Unlock()
		if replaced {
			return errReplaced
		}
		qctx, cancel := context.WithCancel(ctx)
		b.mu.Lock()
		b.stopSet = cancel
		b.mu.Unlock()
		if b.last.Load() != seen { // the reader queried since the wait
			cancel()
		}
		err := fn(qctx)
		b.mu.Lock()
		b.stopSet = nil
		b.mu.Unlock()
		interrupted := qctx.Err() != nil
		cancel()
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case err != nil && interrupted:
			continue // a query of the reader came first: try again when quiet
		case err != nil:
			return err
		}
		return nil
	}
}

// prefixBits is the bitset over sn of the FTS5 query expr, read on conn in
// eight rowid ranges one after the other.
func prefixBits(ctx context.Context, conn *sql.Conn, sn *listSnapshot, expr string) (bitset, error) {
	const parts = 8
	b := newBitset(len(sn.ids))
	top := sn.maxID()
	for i := range int64(parts) {
		lo, hi := top*i/parts, top*(i+1)/parts
		if i == 0 {
			lo = math.MinInt64
		}
		if i == parts-1 {
			hi = math.MaxInt64
		}
		var list sql.NullString
		if err := conn.QueryRowContext(ctx, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ? AND rowid > ? AND rowid <= ?", expr, lo, hi).Scan(&list); err != nil {
			return nil, fmt.Errorf("search %s: %w", expr, err)
		}
		err := eachInt(list.String, func(id int64) error {
			if p := sn.position(id); p >= 0 {
				b.set(p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", expr, err)
		}
	}
	return b, nil
}

// storedExprSet lists the expressions of the stored search sets.
func storedExprSet(ctx context.Context, conn *sql.Conn) (map[string]bool, error) {
	rows, err := conn.QueryContext(ctx, "SELECT expr FROM search_sets")
	if err != nil {
		return nil, fmt.Errorf("read stored searches: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var e string
		if err := rows.Scan(&e); err != nil {
			return nil, fmt.Errorf("read stored searches: %w", err)
		}
		out[e] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read stored searches: %w", err)
	}
	return out, nil
}

// prefixPlan is the list of prefixes whose sets are built over sn: the
// stored plan when it was made at about sn's size, else a new one, stored.
func (s *Store) prefixPlan(ctx context.Context, conn *sql.Conn, sn *listSnapshot) ([]string, error) {
	n := len(sn.ids)
	var v string
	err := conn.QueryRowContext(ctx, "SELECT value FROM state WHERE key = ?", prefixPlanKey).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read search set plan: %w", err)
	}
	if count, list, ok := strings.Cut(v, " "); ok {
		if at, err := strconv.Atoi(count); err == nil && at*4 <= n*5 && n*4 <= at*5 {
			if list == "" {
				return nil, nil
			}
			return strings.Split(list, ","), nil
		}
	}
	plan, err := s.makePrefixPlan(ctx, conn, sn)
	if err != nil || plan == nil {
		return nil, err
	}
	if err := s.SetState(ctx, prefixPlanKey, strconv.Itoa(n)+" "+strings.Join(plan, ",")); err != nil {
		return nil, err
	}
	return plan, nil
}

// makePrefixPlan probes the two-letter prefixes, then the three-letter
// children of the dense ones, and returns the dense ones, two letters
// first, at most prefixLimit.
func (s *Store) makePrefixPlan(ctx context.Context, conn *sql.Conn, sn *listSnapshot) ([]string, error) {
	need := s.prefix.min
	dense := func(parents []string) ([]string, error) {
		var out []string
		for _, p := range parents {
			// One parent's probes at a time, when the reader is quiet.
			var kids []string
			err := s.quietly(ctx, sn, func(qctx context.Context) error {
				kids = kids[:0]
				for _, c := range s.prefix.chars {
					q := p + string(c)
					var k int
					if err := conn.QueryRowContext(qctx, "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)", matchExpr(q), need).Scan(&k); err != nil {
						return fmt.Errorf("probe search %s: %w", q, err)
					}
					if k >= need {
						kids = append(kids, q)
					}
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			out = append(out, kids...)
		}
		return out, nil
	}
	var letters []string
	for _, c := range s.prefix.chars {
		if c >= 'a' && c <= 'z' {
			letters = append(letters, string(c))
		}
	}
	two, err := dense(letters)
	if err != nil {
		return nil, err
	}
	three, err := dense(two)
	if err != nil {
		return nil, err
	}
	plan := append(two, three...)
	return plan[:min(len(plan), prefixLimit)], nil
}

package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// Stored search sets: the matches of a search that matches much of a large
// cache, kept in the cache file (table search_sets, migration 10) as a
// bitset over item ids, so that typing the same prefix again (in this
// process or any later one) reads one row instead of streaming every
// matching rowid out of FTS5 (about 100–200 ms for a two-letter prefix at
// 1,000,000 items).
//
// A stored set is exact for the ids up to its upto, as of its seq: the
// search_changes log (kept by a trigger on deleted items and by Upsert for
// every item whose indexed text it replaces) lists the ids whose text
// changed since. Reading a set brings it up to date: the ids logged after
// its seq are cleared and asked of FTS5 again, and the ids above upto
// (added since) are asked of FTS5 with a rowid range, which FTS5 answers
// by seeking. Ids only grow (an id reused after its item was deleted is in
// the log), so nothing else can be missing.

// defaultStoreMin is the number of matches from which a search's bitset is
// stored (at this size computing it costs a few milliseconds).
const defaultStoreMin = 20000

// maxStoredSets bounds the rows of search_sets (each up to max id / 8
// bytes: 125 KB at 1,000,000 items); the oldest go first. It leaves room
// for a plan of background prefix sets (prefixLimit), the dense words'
// sets (wordLimit) and 256 more.
const maxStoredSets = prefixLimit + wordLimit + 256

// defaultMaxDirty is how many changes since a stored set it is brought up
// to date for; with more it is computed again (listIndex.maxDirty).
const defaultMaxDirty = 5000

// storedSet is one row of search_sets.
type storedSet struct {
	seq, upto int64
	bits      []byte // little-endian words of an id bitset
}

// maxID is the largest item id the snapshot's id table covers: every item
// cached when it was read has an id up to it.
func (sn *listSnapshot) maxID() int64 { return int64(len(sn.pos)) - 1 }

// changeSeq is the newest entry of the search_changes log (0 when empty).
func (s *Store) changeSeq(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	if err := s.db.QueryRowContext(ctx, "SELECT max(seq) FROM search_changes").Scan(&n); err != nil {
		return 0, fmt.Errorf("read search changes: %w", err)
	}
	return n.Int64, nil
}

// storedSearch is search's bitset over sn from its stored set, brought up
// to date (ok false when the cache is too small to store sets, or none is
// stored, or too much changed since). A set brought up to date by at least
// storeMin matches is stored again, in the background.
func (s *Store) storedSearch(ctx context.Context, sn *listSnapshot, storeMin int, search string) (b bitset, ok bool, err error) {
	if len(sn.ids) < storeMin {
		return nil, false, nil
	}
	expr := matchExpr(search)
	tail := func() ([]string, error) { return s.tailExprs(ctx, search, expr) }
	b, added, ok, err := s.loadStoredSearch(ctx, sn, expr, tail)
	if !ok || err != nil {
		return nil, false, err
	}
	if added >= storeMin {
		s.storeLater(sn, expr, b)
	}
	return b, true, nil
}

// loadStoredSearch returns the bitset over sn of the FTS5 query expr from
// its stored set brought up to date, with ok false when none is stored or
// too much changed since; tail gives the FTS5 queries that answer expr for
// the ids added since (asked only when there are some). added is how many
// matches were not in the stored row.
func (s *Store) loadStoredSearch(ctx context.Context, sn *listSnapshot, expr string, tail func() ([]string, error)) (b bitset, added int, ok bool, err error) {
	var st storedSet
	err = s.db.QueryRowContext(ctx, "SELECT seq, upto, bits FROM search_sets WHERE expr = ?", expr).Scan(&st.seq, &st.upto, &st.bits)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, false, nil
	}
	if err != nil {
		return nil, 0, false, fmt.Errorf("read stored search: %w", err)
	}
	// Counted with a bound first: after a rescoring pass the log can be
	// long, and such a set is computed again anyway.
	var nDirty int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM search_changes WHERE seq > ? LIMIT ?)", st.seq, s.list.maxDirty+1).Scan(&nDirty); err != nil {
		return nil, 0, false, fmt.Errorf("read search changes: %w", err)
	}
	if nDirty > s.list.maxDirty {
		return nil, 0, false, nil
	}
	var dirtyList sql.NullString
	if err := s.db.QueryRowContext(ctx, "SELECT group_concat(id) FROM (SELECT DISTINCT id FROM search_changes WHERE seq > ?)", st.seq).Scan(&dirtyList); err != nil {
		return nil, 0, false, fmt.Errorf("read search changes: %w", err)
	}
	dirty := map[int64]bool{}
	if err := eachInt(dirtyList.String, func(id int64) error { dirty[id] = true; return nil }); err != nil {
		return nil, 0, false, fmt.Errorf("read search changes: %w", err)
	}
	b = newBitset(len(sn.ids))
	for w := 0; w+8 <= len(st.bits); w += 8 {
		word := binary.LittleEndian.Uint64(st.bits[w:])
		for word != 0 {
			id := int64(w)*8 + int64(bits.TrailingZeros64(word))
			word &= word - 1
			if id > st.upto || dirty[id] {
				continue
			}
			if p := sn.position(id); p >= 0 {
				b.set(p)
			}
		}
	}
	// What was added since, and what changed.
	var queries []string
	var args [][]any
	if sn.maxID() > st.upto {
		exprs, err := tail()
		if err != nil {
			return nil, 0, false, err
		}
		for _, e := range exprs {
			queries = append(queries, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ? AND rowid > ?")
			args = append(args, []any{e, st.upto})
		}
	}
	if nDirty > 0 {
		queries = append(queries, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ? AND rowid IN (SELECT DISTINCT id FROM search_changes WHERE seq > ?)")
		args = append(args, []any{expr, st.seq})
	}
	for i, q := range queries {
		var list sql.NullString
		if err := s.db.QueryRowContext(ctx, q, args[i]...).Scan(&list); err != nil {
			return nil, 0, false, fmt.Errorf("search %s: %w", expr, err)
		}
		err := eachInt(list.String, func(id int64) error {
			if p := sn.position(id); p >= 0 && !b.has(p) {
				b.set(p)
				added++
			}
			return nil
		})
		if err != nil {
			return nil, 0, false, fmt.Errorf("search %s: %w", expr, err)
		}
	}
	return b, added, true, nil
}

// idBits is b (over sn's positions) as little-endian words of a bitset
// over item ids.
func idBits(sn *listSnapshot, b bitset) []byte {
	words := make([]uint64, (sn.maxID()+64)/64)
	for w, word := range b {
		for word != 0 {
			p := w<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			id := sn.ids[p]
			words[id>>6] |= 1 << (uint(id) & 63)
		}
	}
	// Trailing zero words need not be stored.
	n := len(words)
	for n > 0 && words[n-1] == 0 {
		n--
	}
	out := make([]byte, 8*n)
	for i, w := range words[:n] {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return out
}

// storeSearch writes b, the matches of expr over sn, as expr's stored set,
// and drops the oldest stored sets beyond maxStoredSets and the log
// entries no stored set needs any more.
func (s *Store) storeSearch(ctx context.Context, sn *listSnapshot, expr string, b bitset) error {
	data := idBits(sn, b)
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store search %s: %w", expr, err)
	}
	defer tx.Rollback()
	// Log entries are dropped once no stored set needs them; a snapshot
	// read before such a drop (in another process) could not be brought up
	// to date, so its sets are not stored.
	var lowest int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT min(seq) FROM search_changes),
		(SELECT seq FROM sqlite_sequence WHERE name = 'search_changes') + 1, 1)`).Scan(&lowest); err != nil {
		return fmt.Errorf("store search %s: %w", expr, err)
	}
	if sn.seq < lowest-1 {
		return nil
	}
	for _, st := range []struct {
		q    string
		args []any
	}{
		{"INSERT OR REPLACE INTO search_sets (expr, seq, upto, bits) VALUES (?, ?, ?, ?)", []any{expr, sn.seq, sn.maxID(), data}},
		{"DELETE FROM search_sets WHERE rowid NOT IN (SELECT rowid FROM search_sets ORDER BY rowid DESC LIMIT ?)", []any{maxStoredSets}},
		// A set followed by more than maxDirty changes is computed again
		// when read: drop it, so the log can be trimmed.
		{"DELETE FROM search_sets WHERE seq < (SELECT seq FROM search_changes ORDER BY seq DESC LIMIT 1 OFFSET ?)", []any{s.list.maxDirty}},
		{"DELETE FROM search_changes WHERE seq <= (SELECT coalesce(min(seq), (SELECT max(seq) FROM search_changes)) FROM search_sets)", nil},
	} {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return fmt.Errorf("store search %s: %w", expr, friendly(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store search %s: %w", expr, friendly(err))
	}
	return nil
}

// storeLater stores b as expr's set in the background (see storeSearch):
// a keystroke does not wait for the write. Close waits for it. Errors are
// dropped: the set is only a cache, computed again when missing.
func (s *Store) storeLater(sn *listSnapshot, expr string, b bitset) {
	s.bg.Go(func() { _ = s.storeSearch(context.Background(), sn, expr, b) })
}

// tailExprs are the FTS5 queries that answer the search whose match
// expression is expr, for a rowid range: a one-letter prefix as the
// prefix index's two-letter ones (fastMatchExprs), anything else as is.
func (s *Store) tailExprs(ctx context.Context, search, expr string) ([]string, error) {
	terms := SearchTerms(search)
	if len(terms) > 0 && len(terms[len(terms)-1]) == 1 {
		return s.fastMatchExprs(ctx, search, nil)
	}
	return []string{expr}, nil
}

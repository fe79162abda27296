package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/lode-reader/lode/internal/item"
)

// Rescoring a large cache in the background (see ingest.Rescorer): the
// items an older dictionary or classifier enriched are found newest first,
// a batch at a time after a cursor, and written back through Rescored,
// which keeps the reader's list index current without rebuilding it.

// Cursor is a position in the newest-first order of the cache: the
// published date and id of the last item a rescoring pass reached. The
// zero Cursor is before the newest item.
type Cursor struct {
	// Published is the item's date in Unix seconds (0 for none) and ID its
	// row id, the order's tie-breaker.
	Published, ID int64
}

// String is the cursor as StaleAfter's caller stores it ("published id").
func (c Cursor) String() string { return fmt.Sprintf("%d %d", c.Published, c.ID) }

// ParseCursor reads a Cursor written by String.
func ParseCursor(s string) (Cursor, error) {
	pub, id, ok := strings.Cut(s, " ")
	if !ok {
		return Cursor{}, fmt.Errorf("bad rescoring cursor %q", s)
	}
	var c Cursor
	var err1, err2 error
	c.Published, err1 = strconv.ParseInt(pub, 10, 64)
	c.ID, err2 = strconv.ParseInt(id, 10, 64)
	if err1 != nil || err2 != nil {
		return Cursor{}, fmt.Errorf("bad rescoring cursor %q", s)
	}
	return c, nil
}

// StaleAfter returns up to limit ids of items not enriched by version,
// newest first, from the first item after the cursor, and the cursor of
// the last one returned (after itself when there is none).
func (s *Store) StaleAfter(ctx context.Context, version string, after Cursor, limit int) ([]int64, Cursor, error) {
	pub, id := after.Published, after.ID
	if after == (Cursor{}) {
		pub, id = math.MaxInt64, 0
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, published FROM items INDEXED BY items_newest
		WHERE (published, id) < (?, ?) AND cls_version != ?
		ORDER BY published DESC, id DESC LIMIT ?`, pub, id, version, limit)
	if err != nil {
		return nil, after, fmt.Errorf("find stale items: %w", err)
	}
	defer rows.Close()
	var ids []int64
	next := after
	for rows.Next() {
		if err := rows.Scan(&next.ID, &next.Published); err != nil {
			return nil, after, fmt.Errorf("find stale items: %w", err)
		}
		ids = append(ids, next.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, after, fmt.Errorf("find stale items: %w", err)
	}
	return ids, next, nil
}

// StaleNewest returns the ids of the items among the newest n that
// version did not enrich, newest first (the rows a first frame shows).
func (s *Store) StaleNewest(ctx context.Context, version string, n int) ([]int64, error) {
	return s.queryIDs(ctx, "find stale items", `SELECT id FROM (SELECT id, cls_version FROM items INDEXED BY items_newest
		ORDER BY published DESC, id DESC LIMIT ?) WHERE cls_version != ?`, n, version)
}

// AnyStale reports whether any item was not enriched by version.
func (s *Store) AnyStale(ctx context.Context, version string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM items WHERE cls_version != ? LIMIT 1)`, version).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("find stale items: %w", err)
	}
	return n > 0, nil
}

// CountStale counts the items not enriched by version (a scan of the
// cache: for progress, in the background).
func (s *Store) CountStale(ctx context.Context, version string) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM items WHERE cls_version != ?`, version).Scan(&n); err != nil {
		return 0, fmt.Errorf("count stale items: %w", err)
	}
	return n, nil
}

// Rescored writes items read from the cache (Item) and enriched again, as
// Upsert does, and then brings this Store's list index up to date in
// place when nothing else wrote meanwhile: their flag changes in the
// snapshot, while what their companies, minerals and indexed text decide
// (filter sets, warm groups and searches, the company order) is dropped
// and made again when next asked. A rescoring pass therefore never makes
// the reader rebuild the whole index.
//
// before, when not nil, holds the same items as read before they were
// enriched again (before[i] is items[i]): an item whose indexed words did
// not change (most rescores change no company or mineral name) keeps its
// full-text row, which at a million items is most of the cost of the write.
func (s *Store) Rescored(ctx context.Context, before, items []item.Item) (UpsertResult, error) {
	var revs [2]int64
	rows := PrepareRows(items)
	for i := range rows {
		if i < len(before) && before[i].ID == items[i].ID && itemIndexWords(before[i]) == rows[i].words {
			rows[i].keepIndex = true
		}
	}
	rs, err := s.upsertRows(ctx, [][]Row{rows}, nil, &revs)
	if err != nil || len(items) == 0 {
		return UpsertResult{}, err
	}
	if rs[0].New == 0 { // an item deleted meanwhile came back: the next view rebuilds
		s.patchRescored(items, revs[0], revs[1])
	}
	return rs[0], nil
}

// patchRescored applies this Store's own committed rescoring of items to
// the list index, when the index was current just before it (see
// patchState).
func (s *Store) patchRescored(items []item.Item, before, after int64) {
	ix := s.listIndex()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old := ix.snap
	if old == nil || old.rev != before {
		return
	}
	sn := *old
	sn.rev = after
	sn.state = slices.Clone(old.state)
	for _, it := range items {
		if p := sn.position(it.ID); p >= 0 {
			if it.Ideology.Flagged {
				sn.state[p] |= stFlagged
			} else {
				sn.state[p] &^= stFlagged
			}
		}
	}
	sn.orders = &map[Sort][]int32{}
	warm := newWarmSets()
	warm.groups = patchGroups(old.warm.groups, &sn, items)
	sn.warm = warm
	ix.snap, ix.sets, ix.keys, ix.expand = &sn, map[string]bitset{}, nil, map[string]expansion{}
}

// patchGroups is the warm groups old with items' companies, mentions and
// minerals replaced by their new ones; old is left as it was (earlier
// views share it). The one-character searches are not patched: an item's
// indexed text holds its company and mineral names, so they are made
// again when next asked.
func patchGroups(old map[string]map[string][]int32, sn *listSnapshot, items []item.Item) map[string]map[string][]int32 {
	gone := newBitset(len(sn.ids))
	add := map[string]map[string][]int32{"item_companies": {}, "item_mentions": {}, "item_minerals": {}}
	for _, it := range items {
		p := sn.position(it.ID)
		if p < 0 {
			continue
		}
		gone.set(p)
		for table, names := range map[string][]string{"item_companies": it.Companies, "item_mentions": it.Mentions, "item_minerals": it.Minerals} {
			for _, n := range names {
				add[table][n] = append(add[table][n], int32(p))
			}
		}
	}
	out := make(map[string]map[string][]int32, len(old))
	for table, g := range old {
		if _, links := add[table]; !links {
			out[table] = g // an item's feed does not change
			continue
		}
		ng := make(map[string][]int32, len(g))
		for name, ps := range g {
			for _, p := range ps {
				if gone.has(int(p)) {
					ps = slices.DeleteFunc(slices.Clone(ps), func(p int32) bool { return gone.has(int(p)) })
					break
				}
			}
			ng[name] = ps
		}
		for name, ps := range add[table] {
			merged := append(slices.Clone(ng[name]), ps...)
			slices.Sort(merged)
			ng[name] = slices.Compact(merged)
		}
		out[table] = ng
	}
	return out
}

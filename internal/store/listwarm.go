package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// What the list index keeps warm beyond the snapshot, so that the keystrokes
// a large cache makes slow are answered from memory: the items each company,
// mention, mineral and feed is linked to (the company picker's counts, and
// the company:, mention:, mineral:, feed: and tag: of every query), and the matches of every one-character search (the first
// character of a search word matches most of the cache, and FTS5 has no
// one-character prefix index). Warm loads them in the background after the
// snapshot, without holding the index's lock while it queries SQLite; they
// belong to one snapshot and go with it.

// defaultSmallCache is the item count below which Warm does not compute
// the one-letter searches: a cold one costs a few milliseconds there, less
// than the background work of computing all 26 on every start and refresh.
const defaultSmallCache = 20000

// warmLetters are the one-character searches Warm computes: letters only,
// as few searches start with a digit. Each costs about as much as the
// search itself (see docs/benchmarks.md).
const warmLetters = "abcdefghijklmnopqrstuvwxyz"

// groupTables are the link tables filters read, table → name column; Warm
// loads them all. "items" stands for each feed's items (feed:, tag:).
var groupTables = map[string]string{"item_companies": "company", "item_minerals": "mineral", "item_mentions": "company", "items": "feed_url"}

// groupID is the column of table that holds the item id.
func groupID(table string) string {
	if table == "items" {
		return "id"
	}
	return "item_id"
}

// warmSets is what Warm loaded for one snapshot. Patched copies of the
// snapshot share it (state changes do not move items). Fields are read and
// written with the index's lock held.
type warmSets struct {
	// groups maps a link table to its names and, per name, the ascending
	// positions of the items linked to it; a table is missing until loaded.
	groups map[string]map[string][]int32
	// search holds the bitsets of one-character searches, by the key
	// searchSet caches them under.
	search map[string]bitset
}

func newWarmSets() *warmSets {
	return &warmSets{groups: map[string]map[string][]int32{}, search: map[string]bitset{}}
}

// loadGroups reads table's links as positions in sn, one name at a time.
func (s *Store) loadGroups(ctx context.Context, sn *listSnapshot, table string) (map[string][]int32, error) {
	field := groupTables[table]
	rows, err := s.db.QueryContext(ctx, "SELECT "+field+", group_concat("+groupID(table)+") FROM "+table+" GROUP BY "+field)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", table, err)
	}
	defer rows.Close()
	out := map[string][]int32{}
	for rows.Next() {
		var name string
		var list sql.NullString
		if err := rows.Scan(&name, &list); err != nil {
			return nil, fmt.Errorf("index %s: %w", table, err)
		}
		var ps []int32
		err := eachInt(list.String, func(id int64) error {
			if p := sn.position(id); p >= 0 {
				ps = append(ps, int32(p))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", table, err)
		}
		slices.Sort(ps)
		out[name] = slices.Compact(ps)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("index %s: %w", table, err)
	}
	return out, nil
}

// groupSet is the bitset of the items table links to any of names, from
// the warm groups when loaded (ok false otherwise). Callers hold ix.mu.
func (ix *listIndex) groupSet(table string, names []string) (b bitset, ok bool) {
	g, ok := ix.snap.warm.groups[table]
	if !ok {
		return nil, false
	}
	b = newBitset(len(ix.snap.ids))
	for _, n := range names {
		for _, p := range g[n] {
			b.set(int(p))
		}
	}
	return b, true
}

// linkSet is the bitset of the items table links to any of names: from
// the warm groups, else from SQLite. Callers hold ix.mu.
func (s *Store) linkSet(ctx context.Context, ix *listIndex, table string, names []string) (bitset, error) {
	if b, ok := ix.groupSet(table, names); ok {
		return b, nil
	}
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = n
	}
	return s.idSet(ctx, ix.snap, "SELECT group_concat("+groupID(table)+") FROM "+table+" WHERE "+groupTables[table]+" IN ("+placeholders(len(names))+")", args...)
}

// fastGroupCounts answers CompanyCounts (table item_companies) or
// MineralCounts (item_minerals) from the warm groups, when the index is
// current and has them.
func (s *Store) fastGroupCounts(ctx context.Context, table string) ([]CompanyCount, bool, error) {
	ix := s.listIndex()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.snap == nil {
		return nil, false, nil
	}
	g, ok := ix.snap.warm.groups[table]
	if !ok {
		return nil, false, nil
	}
	rev, err := s.currentRev(ctx)
	if err != nil || rev != ix.snap.rev {
		return nil, false, err
	}
	out := make([]CompanyCount, 0, len(g))
	for name, ps := range g {
		if len(ps) == 0 {
			continue
		}
		c := CompanyCount{Name: name, Items: len(ps)}
		for _, p := range ps {
			if ix.snap.state[p]&stRead == 0 {
				c.Unread++
			}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b CompanyCount) int {
		if a.Items != b.Items {
			return b.Items - a.Items
		}
		return cmpName(a.Name, b.Name)
	})
	return out, true, nil
}

// warmRest loads the warm groups and one-character searches of the current
// snapshot, each query without the index's lock, and stops early when the
// snapshot is replaced.
func (s *Store) warmRest(ctx context.Context) error {
	ix := s.listIndex()
	current := func() (*listSnapshot, bool) {
		ix.mu.Lock()
		defer ix.mu.Unlock()
		return ix.snap, ix.snap != nil
	}
	sn, ok := current()
	if !ok {
		return nil
	}
	for _, table := range []string{"item_companies", "item_minerals", "items", "item_mentions"} {
		ix.mu.Lock()
		_, done := sn.warm.groups[table]
		ix.mu.Unlock()
		if done {
			continue
		}
		g, err := s.loadGroups(ctx, sn, table)
		if err != nil {
			return err
		}
		ix.mu.Lock()
		sn.warm.groups[table] = g
		ix.mu.Unlock()
	}
	if len(sn.ids) < ix.smallCache {
		return nil
	}
	for _, c := range warmLetters {
		letter := string(c)
		key := searchKey(letter)
		ix.mu.Lock()
		_, done := sn.warm.search[key]
		replaced := ix.snap == nil || ix.snap.warm != sn.warm
		ix.mu.Unlock()
		if replaced {
			return nil
		}
		if done {
			continue
		}
		// From its stored set when there is one (a few milliseconds at
		// 1,000,000 items instead of a few hundred), else from FTS5 and
		// then stored for the next start.
		b, stored, err := s.storedSearch(ctx, sn, ix.storeMin, letter)
		if err != nil {
			return err
		}
		if !stored {
			if b, err = s.computeSearch(ctx, sn, letter, false); err != nil {
				return err
			}
			if b.count() >= ix.storeMin {
				// Only a cache: a set not stored is computed again.
				_ = s.storeSearch(ctx, sn, matchExpr(letter), b)
			}
		}
		ix.mu.Lock()
		sn.warm.search[key] = b
		ix.mu.Unlock()
	}
	return nil
}

// cmpName orders names A–Z ignoring the case of ASCII letters ("Umicore"
// before "USA Rare Earth"), as SQLite's NOCASE does, then by their bytes.
func cmpName(a, b string) int {
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if x, y := lower(a[i]), lower(b[i]); x != y {
			return cmp.Compare(x, y)
		}
	}
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

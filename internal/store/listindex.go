package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/lode-reader/lode/internal/item"
)

// The list index answers the reader's Counts, Page and Position in memory,
// so that a search keystroke does not make SQLite test every match against
// the items table twice (once to count, once to page).
//
// It holds every item's id and read/flagged/starred state in newest-first
// order (a few bytes per item), built from one query and rebuilt when the
// items_rev counter (kept by triggers on items, see migration 2) shows that
// any connection or process changed items. A filter becomes a bitset over
// those positions: a search is one FTS5 query whose rowids come back as one
// string, a company filter one query on item_companies; recent bitsets are
// kept until the items change, so counting and paging the same search, or
// erasing a character, does not query again. Counts, the page's ids and
// positions are then computed from one pass over the bits, and only the
// page's rows are read from SQLite.
//
// The index is used for every query with a search or a company filter, and
// for the other filters when it is already built and current; queries with
// Since, and every query while items keep changing, may use SQL instead.
// Both give the same answer.

// maxIndexID bounds the id → position table (4 bytes per id up to the
// largest id); a cache with larger ids uses SQL.
const maxIndexID = 1 << 26

// maxIndexPub bounds the published dates (unix seconds) the index takes:
// it sorts on published<<26 | id in an int64.
const maxIndexPub = 1 << 36

// defaultSplitAt is the cache size from which a keystroke's full-text
// query is split by rowid over the cores (see searchExprs).
const defaultSplitAt = 50000

// maxSets is how many filter bitsets the index keeps.
const maxSets = 16

// Item state bits in listSnapshot.state.
const (
	stRead = 1 << iota
	stFlagged
	stStarred
)

// listSnapshot is every item's id and state, newest first.
type listSnapshot struct {
	rev int64
	// seq is the search_changes log's newest entry, read before the
	// snapshot: stored search sets made from it are labelled with it.
	seq   int64
	ids   []int64
	pub   []int64 // published, unix seconds, by position (descending)
	state []uint8
	pos   []int32 // id → position+1; 0 when the id is not cached
	// orders holds, per Sort other than newest, the positions in that
	// order; made on first use (see listIndex.order). Patched copies of
	// the snapshot share it: state changes do not move items.
	orders *map[Sort][]int32
	// warm is what Warm loaded for this snapshot (listwarm.go), shared
	// by patched copies like orders.
	warm *warmSets
}

// bitset is a set of positions in a listSnapshot.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b bitset) has(i int) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// listIndex is one Store's in-memory list index.
type listIndex struct {
	mu   sync.Mutex
	snap *listSnapshot
	sets map[string]bitset
	keys []string // in the order added, oldest first
	// expand caches the words of long search prefixes for the snapshot
	// (see expandPrefix); a change to any item's indexed text drops it.
	expand map[string]expansion
	// smallCache is the item count below which Warm leaves the
	// one-letter searches cold (defaultSmallCache; tests lower it).
	smallCache int
	// storeMin is the number of matches from which a search's bitset is
	// stored in the cache (searchsets.go; defaultStoreMin, tests lower it).
	storeMin int
	// maxDirty is how many changes since a stored set it is brought up to
	// date for (defaultMaxDirty; tests lower it).
	maxDirty int
	// splitAt is the cache size from which a keystroke's full-text query is
	// split by rowid over the cores (defaultSplitAt; tests lower it).
	splitAt int
}

// listIndex returns s's list index.
func (s *Store) listIndex() *listIndex { return &s.list }

// listView is a query resolved against a snapshot: sel (nil = every item)
// and the state a row must (want) or must not (not) have.
type listView struct {
	snap      *listSnapshot
	sel       bitset
	want, not uint8
	order     []int32 // positions in the query's order; nil = newest first
}

// match reports whether position p is in the view.
func (v *listView) match(p int) bool {
	st := v.snap.state[p]
	return st&v.want == v.want && st&v.not == 0
}

// each calls fn for every position in the view, newest first, until fn
// returns false.
func (v *listView) each(fn func(p int) bool) {
	n := len(v.snap.ids)
	if v.order != nil {
		for _, p32 := range v.order {
			p := int(p32)
			if (v.sel == nil || v.sel.has(p)) && v.match(p) && !fn(p) {
				return
			}
		}
		return
	}
	if v.sel == nil {
		for p := range n {
			if v.match(p) && !fn(p) {
				return
			}
		}
		return
	}
	for w, word := range v.sel {
		for word != 0 {
			p := w<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			if v.match(p) && !fn(p) {
				return
			}
		}
	}
}

// view resolves q against the list index. ok is false when the index does
// not answer q (see the package comment); then the caller uses SQL.
func (s *Store) view(ctx context.Context, q Query) (v *listView, ok bool, err error) {
	if !q.Since.IsZero() {
		return nil, false, nil
	}
	ix := s.listIndex()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	rev, err := s.currentRev(ctx)
	if err != nil {
		return nil, false, err
	}
	if ix.snap == nil || ix.snap.rev != rev {
		if q.Search == "" && len(q.Companies) == 0 && len(q.Mentions) == 0 && len(q.Minerals) == 0 && q.Where == nil && q.Sort == SortNewest {
			return nil, false, nil // cheap in SQL; do not build the index for it
		}
		if err := ix.rebuild(ctx, s, rev); err != nil || ix.snap == nil {
			return nil, false, err
		}
	}
	v = &listView{snap: ix.snap}
	switch q.Flag {
	case FlagOnly:
		v.want |= stFlagged
	case FlagHide:
		v.not |= stFlagged
	}
	if q.UnreadOnly {
		v.not |= stRead
	}
	if q.StarredOnly {
		v.want |= stStarred
	}
	and := func(b bitset) {
		if v.sel == nil {
			v.sel = append(bitset(nil), b...)
			return
		}
		for i := range v.sel {
			v.sel[i] &= b[i]
		}
	}
	if len(q.Companies) > 0 {
		key := "c\x00" + strings.Join(q.Companies, "\x00")
		b, err := ix.set(key, func() (bitset, error) { return s.linkSet(ctx, ix, "item_companies", q.Companies) })
		if err != nil {
			return nil, false, fmt.Errorf("filter by company: %w", err)
		}
		and(b)
	}
	for _, f := range []struct {
		names             []string
		key, table, field string
	}{{q.Mentions, "m", "item_mentions", "company"}, {q.Minerals, "n", "item_minerals", "mineral"}} {
		if len(f.names) == 0 {
			continue
		}
		b, err := ix.set(f.key+"\x00"+strings.Join(f.names, "\x00"), func() (bitset, error) { return s.linkSet(ctx, ix, f.table, f.names) })
		if err != nil {
			return nil, false, fmt.Errorf("filter by %s: %w", f.field, err)
		}
		and(b)
	}
	if m := matchExpr(q.Search); m != "" {
		b, err := s.searchSet(ctx, ix, q.Search)
		if err != nil {
			return nil, false, fmt.Errorf("search %q: %w", q.Search, err)
		}
		and(b)
	}
	if q.Where != nil {
		b, err := s.condSet(ctx, ix, q.Where)
		if err != nil {
			return nil, false, err
		}
		and(b)
	}
	if q.Sort != SortNewest {
		if v.order, err = s.order(ctx, ix, q.Sort); err != nil {
			return nil, false, fmt.Errorf("sort by %s: %w", q.Sort, err)
		}
	}
	if q.IDs != nil {
		b := newBitset(len(ix.snap.ids))
		for _, id := range q.IDs {
			if p := ix.snap.position(id); p >= 0 {
				b.set(p)
			}
		}
		and(b)
	}
	return v, true, nil
}

// set returns the bitset cached under key, or makes, caches and returns it.
// Callers hold ix.mu. Cached bitsets are never changed (view copies them).
func (ix *listIndex) set(key string, make func() (bitset, error)) (bitset, error) {
	if b, ok := ix.sets[key]; ok {
		return b, nil
	}
	if b, ok := ix.snap.warm.search[key]; ok {
		return b, nil
	}
	b, err := make()
	if err != nil {
		return nil, err
	}
	if len(ix.keys) >= maxSets {
		delete(ix.sets, ix.keys[0])
		ix.keys = ix.keys[1:]
	}
	ix.sets[key] = b
	ix.keys = append(ix.keys, key)
	return b, nil
}

// position is id's position in the snapshot, -1 when it is not there.
func (sn *listSnapshot) position(id int64) int {
	if id < 0 || id >= int64(len(sn.pos)) {
		return -1
	}
	return int(sn.pos[id]) - 1
}

// loadSnapshot reads every item's id and state, newest first. It returns
// nil when the ids or dates are too large for the index.
func (s *Store) loadSnapshot(ctx context.Context, rev int64) (*listSnapshot, error) {
	var maxID, minPub, maxPub sql.NullInt64
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT max(id), count(*), min(published), max(published) FROM items").Scan(&maxID, &n, &minPub, &maxPub); err != nil {
		return nil, fmt.Errorf("index items: %w", err)
	}
	if maxID.Int64 >= maxIndexID || minPub.Int64 < -maxIndexPub || maxPub.Int64 > maxIndexPub {
		return nil, nil
	}
	sn := &listSnapshot{rev: rev, orders: &map[Sort][]int32{}, warm: newWarmSets(), ids: make([]int64, 0, n), pub: make([]int64, 0, n), state: make([]uint8, n), pos: make([]int32, maxID.Int64+1)}
	// Both lists come back as one string each, read in parallel: far
	// cheaper than 100,000 rows through database/sql. The order is each
	// item's published<<26 | id from the newest-first index; it is checked
	// (and sorted if SQLite ever returns it otherwise) below.
	var order sql.NullString
	var states []string
	err := parallel(
		func() error {
			return s.db.QueryRowContext(ctx, "SELECT group_concat(published*"+fmt.Sprint(maxIndexID)+"+id) FROM items INDEXED BY items_newest").Scan(&order)
		},
		func() error {
			rows, err := s.db.QueryContext(ctx, `SELECT ((read != 0) + 2*(flagged != 0) + 4*(starred != 0)) || ':' || group_concat(id)
				FROM items WHERE read != 0 OR flagged != 0 OR starred != 0 GROUP BY read != 0, flagged != 0, starred != 0`)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var g string
				if err := rows.Scan(&g); err != nil {
					return err
				}
				states = append(states, g)
			}
			return rows.Err()
		})
	if err != nil {
		return nil, fmt.Errorf("index items: %w", err)
	}
	keys := make([]int64, 0, n)
	if err := eachInt(order.String, func(v int64) error { keys = append(keys, v); return nil }); err != nil {
		return nil, fmt.Errorf("index items: %w", err)
	}
	if !slices.IsSortedFunc(keys, descending) {
		slices.SortFunc(keys, descending)
	}
	for _, k := range keys {
		id := k & (maxIndexID - 1)
		sn.ids = append(sn.ids, id)
		sn.pub = append(sn.pub, k>>26)
		sn.pos[id] = int32(len(sn.ids))
	}
	for _, g := range states {
		st, list, ok := strings.Cut(g, ":")
		if !ok || len(st) != 1 {
			return nil, fmt.Errorf("index items: bad state list %.20q", g)
		}
		bits := st[0] - '0'
		err := eachInt(list, func(id int64) error {
			if p := sn.position(id); p >= 0 {
				sn.state[p] = bits
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("index items: %w", err)
		}
	}
	return sn, nil
}

func descending(a, b int64) int { return cmp.Compare(b, a) }

// parallel runs fns at once and returns the first error.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Go(func() { errs[i] = fn() })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// sequential runs fns one after the other and returns the first error.
func sequential(fns ...func() error) error {
	for _, fn := range fns {
		if err := fn(); err != nil {
			return err
		}
	}
	return nil
}

// idSet runs query, which returns one comma-separated list of item ids, and
// returns them as a bitset over sn's positions; ids not in sn are skipped.
func (s *Store) idSet(ctx context.Context, sn *listSnapshot, query string, args ...any) (bitset, error) {
	var packed sql.NullString
	if err := s.db.QueryRowContext(ctx, query, args...).Scan(&packed); err != nil {
		return nil, err
	}
	b := newBitset(len(sn.ids))
	err := eachInt(packed.String, func(id int64) error {
		if p := sn.position(id); p >= 0 {
			b.set(p)
		}
		return nil
	})
	return b, err
}

// eachInt calls fn for each integer in a comma-separated list.
func eachInt(list string, fn func(int64) error) error {
	for i := 0; i < len(list); {
		var v int64
		neg := false
		if list[i] == '-' {
			neg = true
			i++
		}
		start := i
		for ; i < len(list) && list[i] != ','; i++ {
			c := list[i]
			if c < '0' || c > '9' {
				return fmt.Errorf("bad integer list near %q", list[start:min(len(list), i+10)])
			}
			v = v*10 + int64(c-'0')
		}
		if i == start {
			return fmt.Errorf("bad integer list at %d", i)
		}
		if neg {
			v = -v
		}
		if err := fn(v); err != nil {
			return err
		}
		i++ // the comma
	}
	return nil
}

// fastCounts answers Counts from the list index.
func (s *Store) fastCounts(ctx context.Context, q Query) (Counts, bool, error) {
	v, ok, err := s.view(ctx, q)
	if !ok || err != nil {
		return Counts{}, ok, err
	}
	var c Counts
	v.each(func(p int) bool {
		st := v.snap.state[p]
		c.Items++
		if st&stRead == 0 {
			c.Unread++
		}
		if st&stFlagged != 0 {
			c.Flagged++
		}
		return true
	})
	return c, true, nil
}

// fastPage answers Page from the list index: the page's ids come from the
// index, their rows from SQLite.
func (s *Store) fastPage(ctx context.Context, q Query, offset, limit int) ([]item.Item, bool, error) {
	v, ok, err := s.view(ctx, q)
	if !ok || err != nil {
		return nil, ok, err
	}
	offset, limit = max(offset, 0), max(limit, 0)
	var ids []int64
	if limit > 0 {
		skip := offset
		v.each(func(p int) bool {
			if skip > 0 {
				skip--
				return true
			}
			ids = append(ids, v.snap.ids[p])
			return len(ids) < limit
		})
	}
	rows, err := s.rowsByID(ctx, ids)
	if err != nil {
		return nil, true, err
	}
	return rows, true, nil
}

// fastPosition answers Position from the list index.
func (s *Store) fastPosition(ctx context.Context, q Query, id int64) (int, bool, error) {
	v, ok, err := s.view(ctx, q)
	if !ok || err != nil {
		return -1, ok, err
	}
	target := v.snap.position(id)
	if target < 0 || (v.sel != nil && !v.sel.has(target)) || !v.match(target) {
		return -1, true, nil
	}
	n := 0
	v.each(func(p int) bool {
		if p == target {
			return false
		}
		n++
		return true
	})
	return n, true, nil
}

// rowsByID reads the list rows of ids, in the order given; ids no longer
// cached are left out.
func (s *Store) rowsByID(ctx context.Context, ids []int64) ([]item.Item, error) {
	out := make([]item.Item, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	const chunk = 500 // stay well under SQLite's bound-parameter limit
	byID := make(map[int64]item.Item, len(ids))
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, "SELECT "+listCols+" FROM items WHERE id IN ("+placeholders(len(part))+")", args...)
		if err != nil {
			return nil, fmt.Errorf("list items: %w", err)
		}
		for rows.Next() {
			var it item.Item
			if err := scanListRow(rows, &it); err != nil {
				rows.Close()
				return nil, fmt.Errorf("list items: %w", err)
			}
			byID[it.ID] = it
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("list items: %w", err)
		}
	}
	for _, id := range ids {
		if it, ok := byID[id]; ok {
			out = append(out, it)
		}
	}
	return out, nil
}

// maxExpand is how many whole words a long prefix may stand for before the
// search falls back to FTS5's own prefix query.
const maxExpand = 64

// fastMatchExprs is matchExpr(search) rewritten to what FTS5 answers
// fastest: FTS5 queries whose matches together are exactly matchExpr's. The
// index has prefix indexes for two and three characters only; other
// prefixes make FTS5 merge the doclists of every word they start. So a
// one-character prefix c becomes "c" OR "ca"* OR ... OR "c9"* (the prefix
// index) OR the few words whose second character is not ASCII, split into
// one query per core; a prefix of four or more characters becomes the words
// it starts, read from items_fts_terms. Only ASCII prefixes are rewritten:
// the tokenizer folds others (diacritics), which the term list cannot see.
//
// expand, when not nil, caches the words of long prefixes for the current
// snapshot: a prefix one character longer than a cached one is expanded
// from its words in memory, without reading the term list again.
func (s *Store) fastMatchExprs(ctx context.Context, search string, expand map[string]expansion) ([]string, error) {
	terms := SearchTerms(search)
	if len(terms) == 0 {
		return nil, nil
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = ftsQuote(t)
	}
	last := terms[len(terms)-1]
	parts[len(parts)-1] += "*"
	with := func(lastAlts []string) string {
		p := append(parts[:len(parts)-1:len(parts)-1], "("+strings.Join(lastAlts, " OR ")+")")
		return strings.Join(p, " AND ")
	}
	if !isASCIIAlnum(last) {
		return []string{with(parts[len(parts)-1:])}, nil
	}
	switch n := len(last); {
	case n == 1:
		alts := []string{ftsQuote(last)}
		for _, c := range "abcdefghijklmnopqrstuvwxyz0123456789" {
			alts = append(alts, ftsQuote(last+string(c))+"*")
		}
		words, err := s.termsWithPrefix(ctx, last, last+"\x80", -1)
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			alts = append(alts, ftsQuote(w))
		}
		k := min(max(runtime.GOMAXPROCS(0), 1), 4)
		var out []string
		for i := range k {
			out = append(out, with(alts[i*len(alts)/k:(i+1)*len(alts)/k]))
		}
		return out, nil
	case n >= 4:
		words, err := s.expandPrefix(ctx, last, expand)
		if err != nil {
			return nil, err
		}
		switch {
		case words == nil: // too many: keep the prefix query
		case len(words) == 0:
			return []string{with([]string{ftsQuote(last)})}, nil // no such word: matches nothing
		default:
			alts := make([]string, len(words))
			for i, w := range words {
				alts[i] = ftsQuote(w)
			}
			return []string{with(alts)}, nil
		}
	}
	return []string{with(parts[len(parts)-1:])}, nil
}

// expansion is the indexed words a prefix stands for; tooMany when there
// are more than maxExpand.
type expansion struct {
	words   []string
	tooMany bool
}

// expandPrefix is termsWithPrefix(prefix, prefix, maxExpand), from the
// cache expand when it holds prefix, or the whole list of the prefix one
// character shorter, and cached there (nil expand: no cache).
func (s *Store) expandPrefix(ctx context.Context, prefix string, expand map[string]expansion) ([]string, error) {
	if e, ok := expand[prefix]; ok {
		return e.words, nil
	}
	var e expansion
	if parent, ok := expand[prefix[:len(prefix)-1]]; ok && !parent.tooMany {
		e.words = []string{}
		for _, w := range parent.words {
			if strings.HasPrefix(w, prefix) {
				e.words = append(e.words, w)
			}
		}
	} else {
		words, err := s.termsWithPrefix(ctx, prefix, prefix, maxExpand)
		if err != nil {
			return nil, err
		}
		e = expansion{words: words, tooMany: words == nil}
	}
	if expand != nil {
		expand[prefix] = e
	}
	return e.words, nil
}

// termsWithPrefix lists the indexed terms that start with prefix and sort
// at or after from; with limit >= 0 it returns nil when there are more than
// limit. No UTF-8 byte is 0xff, so prefix+"\xff" sorts after every term
// that starts with prefix and before every other term after them.
func (s *Store) termsWithPrefix(ctx context.Context, prefix, from string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT term FROM items_fts_terms WHERE term >= ? AND term <= ?", from, prefix+"\xff")
	if err != nil {
		return nil, fmt.Errorf("list search terms: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("list search terms: %w", err)
		}
		if !strings.HasPrefix(t, prefix) {
			continue
		}
		if limit >= 0 && len(out) == limit {
			return nil, nil
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list search terms: %w", err)
	}
	return out, nil
}

// ftsQuote quotes a term for an FTS5 query.
func ftsQuote(t string) string { return `"` + strings.ReplaceAll(t, `"`, `""`) + `"` }

func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return s != ""
}

// txRevision reads the items_rev counter inside tx.
func txRevision(ctx context.Context, tx *sql.Tx) (int64, error) {
	var n int64
	if err := tx.QueryRowContext(ctx, "SELECT n FROM items_rev").Scan(&n); err != nil {
		return 0, fmt.Errorf("read cache revision: %w", err)
	}
	return n, nil
}

// patchState applies this Store's own committed change of one state bit
// (stRead or stStarred) on ids to the list index, when the index was current
// just before the change (before) and is not already newer: then the index
// moves to revision after without a rebuild, so opening an item (which marks
// it read) does not make the next filter or search keystroke rebuild it.
// Views handed out earlier keep the old snapshot: the state is copied.
func (s *Store) patchState(ids []int64, bit uint8, on bool, before, after int64) {
	ix := s.listIndex()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old := ix.snap
	if old == nil || old.rev != before {
		return // not built, or another write came first: the next view rebuilds
	}
	sn := *old
	sn.rev = after
	sn.state = slices.Clone(old.state)
	for _, id := range ids {
		if p := sn.position(id); p >= 0 {
			if on {
				sn.state[p] |= bit
			} else {
				sn.state[p] &^= bit
			}
		}
	}
	ix.snap = &sn
}

// Warm builds the list index if it is missing or out of date, so the first
// filter or search keystroke after a start or a refresh does not pay for it.
// The reader runs it in the background once the list is on screen.
//
// It then loads, without holding the index while it queries, what makes the
// keystrokes of a large cache fast (listwarm.go): the items of each company
// and mineral and the matches of each one-character search; and on a large
// cache it loads the word list that typed prefixes of four letters or more
// use (wordsets.go) and starts the background build of the dense two- and
// three-letter prefixes' and dense words' stored sets (prefixsets.go),
// which Close stops.
func (s *Store) Warm(ctx context.Context) error {
	ix := s.listIndex()
	ix.mu.Lock()
	rev, err := s.currentRev(ctx)
	if err == nil && (ix.snap == nil || ix.snap.rev != rev) {
		err = ix.rebuild(ctx, s, rev)
	}
	ix.mu.Unlock()
	if err != nil {
		return err
	}
	if err := s.warmRest(ctx); err != nil {
		return err
	}
	ix.mu.Lock()
	sn := ix.snap
	ix.mu.Unlock()
	if sn != nil && len(sn.ids) >= s.prefix.from {
		if err := s.loadWordList(ctx); err != nil {
			return err
		}
		s.startPrefixSets(sn)
	}
	return nil
}

// currentRev reads the items_rev counter.
func (s *Store) currentRev(ctx context.Context) (int64, error) {
	var rev int64
	if err := s.db.QueryRowContext(ctx, "SELECT n FROM items_rev").Scan(&rev); err != nil {
		return 0, fmt.Errorf("read cache revision: %w", err)
	}
	return rev, nil
}

// rebuild replaces the snapshot with one read at revision rev and drops the
// cached sets. A cache too large for the index leaves it empty (nil snap).
// Callers hold ix.mu.
func (ix *listIndex) rebuild(ctx context.Context, s *Store, rev int64) error {
	seq, err := s.changeSeq(ctx)
	if err != nil {
		return err
	}
	snap, err := s.loadSnapshot(ctx, rev)
	if err != nil {
		return err
	}
	if snap != nil {
		snap.seq = seq
	}
	ix.snap, ix.sets, ix.keys, ix.expand = snap, map[string]bitset{}, nil, map[string]expansion{}
	return nil
}

// searchSet is the bitset of a full-text search (every word, the last as a
// prefix), cached by the index.
//
// A typed prefix is rewritten to the FTS5 queries that answer it (see
// fastMatchExprs), and the bitset is cached under those queries as well:
// prefixes that stand for the same words ("lith", "lithi", ... "lithium"
// when lithium is the only word they start) share one FTS5 search.
func (s *Store) searchSet(ctx context.Context, ix *listIndex, search string) (bitset, error) {
	key := searchKey(search)
	if b, ok := ix.sets[key]; ok {
		return b, nil
	}
	if b, ok := ix.snap.warm.search[key]; ok {
		return b, nil
	}
	sn := ix.snap
	b, stored, err := s.storedSearch(ctx, sn, ix.storeMin, search)
	if err != nil {
		return nil, fmt.Errorf("stored search: %w", err)
	}
	if stored {
		return ix.set(key, func() (bitset, error) { return b, nil })
	}
	if b, ok, err := s.wordSearch(ctx, ix, search); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return ix.set(key, func() (bitset, error) { return b, nil })
	}
	exprs, err := s.fastMatchExprs(ctx, search, ix.expand)
	if err != nil {
		return nil, err
	}
	b, err = ix.set(exprsKey(exprs), func() (bitset, error) { return s.searchExprs(ctx, sn, exprs, true) })
	if err != nil {
		return nil, err
	}
	if len(sn.ids) >= ix.storeMin && b.count() >= ix.storeMin {
		s.storeLater(sn, matchExpr(search), b)
	}
	return ix.set(key, func() (bitset, error) { return b, nil })
}

// exprsKey is the key a search's bitset is cached under by the FTS5
// queries that answer it.
func exprsKey(exprs []string) string { return "e\x00" + strings.Join(exprs, "\x00") }

// searchKey is the key a search's bitset is cached under.
func searchKey(search string) string { return "s\x00" + matchExpr(search) }

// computeSearch queries FTS5 for the bitset of a full-text search over sn;
// concurrent runs its queries at once (a keystroke), otherwise one after
// the other (Warm: one core, and a lower peak of memory). It does not use
// the index's lock.
func (s *Store) computeSearch(ctx context.Context, sn *listSnapshot, search string, concurrent bool) (bitset, error) {
	exprs, err := s.fastMatchExprs(ctx, search, nil)
	if err != nil {
		return nil, err
	}
	return s.searchExprs(ctx, sn, exprs, concurrent)
}

// searchExprs is the bitset of the items any of the FTS5 queries exprs
// match (see computeSearch).
func (s *Store) searchExprs(ctx context.Context, sn *listSnapshot, exprs []string, concurrent bool) (bitset, error) {
	// The queries run at once, each into its own bitset. A keystroke's
	// single query on a large cache is split by rowid, one range per core:
	// FTS5 seeks to a range's start in each doclist.
	type part struct {
		expr   string
		lo, hi int64 // rowid range (lo, hi]; hi < 0: no range
	}
	parts := make([]part, 0, len(exprs))
	for _, e := range exprs {
		parts = append(parts, part{e, 0, -1})
	}
	// Warm's queries (not concurrent) are split too, run one after the
	// other: four strings of a quarter of the rowids each instead of one,
	// which SQLite grows by doubling, keep its peak of memory lower.
	k := 1
	switch {
	case concurrent && len(exprs) == 1:
		k = min(runtime.GOMAXPROCS(0), 4)
	case !concurrent:
		k = 4
	}
	if k > 1 && len(sn.ids) >= s.list.splitAt {
		parts = parts[:0]
		top := sn.maxID()
		for _, e := range exprs {
			for i := range k {
				lo, hi := top*int64(i)/int64(k), top*int64(i+1)/int64(k)
				if i == 0 {
					lo = math.MinInt64
				}
				if i == k-1 {
					hi = math.MaxInt64 // and any id added since the snapshot
				}
				parts = append(parts, part{e, lo, hi})
			}
		}
	}
	sets := make([]bitset, len(parts))
	fns := make([]func() error, len(parts))
	for i, p := range parts {
		fns[i] = func() (err error) {
			if p.hi < 0 {
				sets[i], err = s.idSet(ctx, sn, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ?", p.expr)
			} else {
				sets[i], err = s.idSet(ctx, sn, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ? AND rowid > ? AND rowid <= ?", p.expr, p.lo, p.hi)
			}
			return err
		}
	}
	run := parallel
	if !concurrent {
		run = sequential
	}
	if err := run(fns...); err != nil {
		return nil, err
	}
	if len(sets) == 0 {
		return newBitset(len(sn.ids)), nil
	}
	for _, o := range sets[1:] {
		for i := range sets[0] {
			sets[0][i] |= o[i]
		}
	}
	return sets[0], nil
}

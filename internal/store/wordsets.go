package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Word sets: the first typing of a prefix of four letters or more. The
// index has prefix indexes for two and three characters only, so such a
// prefix is answered from the words it starts (fastMatchExprs), and at
// 1,000,000 items both steps are slow for a common word: listing the words
// through fts5vocab counts every item of each ("lithium": 777,613), and
// streaming their rowids out of FTS5 costs as much again.
//
// So the background build (prefixsets.go), after the two- and three-letter
// sets, lists the index's dense words (in at least wordMin items; one walk
// of the term list, kept in the state table as the word list) and stores
// the sets of the dense words that prefixes of four letters or more stand
// for ("lith", "lithi", ... "lithium" all stand for the dense word
// lithium: one set), when those words are in prefixMin items or more. A
// typed prefix of four letters or more is then the union of:
//
//   - its dense words (from the word list in memory): their stored set,
//     brought up to date as every stored set is (searchsets.go), or FTS5
//     when none is stored;
//   - every other word it starts, listed now by fts5vocab over the term
//     ranges between the dense words (FTS5 seeks past a dense word without
//     counting it), and asked of FTS5 now.
//
// The word list only decides how the words are split, never what matches:
// a word that became dense since, or a dense word no longer indexed, costs
// time, not correctness. A prefix with too many other words, a search of
// several words and a non-ASCII prefix take the ordinary path.

// defaultWordMin is the number of items from which an indexed word is
// dense (listed in the word list): every other word a typed prefix starts
// is counted and streamed at the keystroke, so each must be cheap.
const defaultWordMin = 1000

// wordLimit bounds the dense word sets one word list builds (each up to
// max id / 8 bytes: 64 MB in all at 1,000,000 items).
const wordLimit = 512

// maxSparse is how many other (not dense) words a typed prefix may start
// before it takes the ordinary path.
const maxSparse = 256

// wordsKey is the state table's key for the word list: the item count it
// was made at, a space, and its words with their item counts
// (word:count, separated by commas), sorted.
const wordsKey = "search_sets.words"

// wordList is the index's dense words, sorted, with the items each was in
// when listed.
type wordList struct {
	words []string
	docs  []int
}

// under is the dense words that start with prefix.
func (wl *wordList) under(prefix string) []string {
	i, _ := slices.BinarySearch(wl.words, prefix)
	j := i
	for j < len(wl.words) && strings.HasPrefix(wl.words[j], prefix) {
		j++
	}
	return wl.words[i:j]
}

// parseWordList reads a word list kept under wordsKey; at is the item
// count it was made at.
func parseWordList(v string) (wl *wordList, at int, ok bool) {
	count, list, ok := strings.Cut(v, " ")
	if !ok {
		return nil, 0, false
	}
	at, err := strconv.Atoi(count)
	if err != nil {
		return nil, 0, false
	}
	wl = &wordList{}
	if list == "" {
		return wl, at, true
	}
	for _, e := range strings.Split(list, ",") {
		w, d, ok := strings.Cut(e, ":")
		n, err := strconv.Atoi(d)
		if !ok || err != nil || !isASCIIAlnum(w) {
			return nil, 0, false
		}
		wl.words = append(wl.words, w)
		wl.docs = append(wl.docs, n)
	}
	if !slices.IsSorted(wl.words) {
		return nil, 0, false
	}
	return wl, at, true
}

// format is the word list as kept under wordsKey, made at n items.
func (wl *wordList) format(n int) string {
	parts := make([]string, len(wl.words))
	for i, w := range wl.words {
		parts[i] = w + ":" + strconv.Itoa(wl.docs[i])
	}
	return strconv.Itoa(n) + " " + strings.Join(parts, ",")
}

// loadWordList makes the stored word list the one typed prefixes use
// (Warm calls it, so the first keystroke after Warm has it).
func (s *Store) loadWordList(ctx context.Context) error {
	v, err := s.GetState(ctx, wordsKey)
	if err != nil {
		return err
	}
	if wl, _, ok := parseWordList(v); ok {
		s.prefix.words.Store(wl)
	}
	return nil
}

// wordsExpr is the FTS5 query that matches any of words.
func wordsExpr(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = ftsQuote(w)
	}
	return strings.Join(q, " OR ")
}

// wordSearch is the bitset of a one-word search of four ASCII characters
// or more from the word list (see above); ok is false when it does not
// apply. Callers hold ix.mu.
func (s *Store) wordSearch(ctx context.Context, ix *listIndex, search string) (b bitset, ok bool, err error) {
	terms := SearchTerms(search)
	wl := s.prefix.words.Load()
	if len(terms) != 1 || len(terms[0]) < 4 || !isASCIIAlnum(terms[0]) || wl == nil {
		return nil, false, nil
	}
	prefix := terms[0]
	dense := wl.under(prefix)
	sparse, err := s.sparseTerms(ctx, prefix, dense)
	if err != nil || sparse == nil {
		return nil, false, err
	}
	sn := ix.snap
	if len(dense) > 0 {
		expr := wordsExpr(dense)
		d, err := ix.set(exprsKey([]string{expr}), func() (bitset, error) { return s.denseSet(ctx, ix, sn, expr) })
		if err != nil {
			return nil, false, err
		}
		b = append(bitset(nil), d...) // cached sets are never changed
	} else {
		b = newBitset(len(sn.ids))
	}
	if len(sparse) > 0 {
		var exprs []string
		for i := 0; i < len(sparse); i += maxExpand {
			exprs = append(exprs, wordsExpr(sparse[i:min(i+maxExpand, len(sparse))]))
		}
		o, err := s.searchExprs(ctx, sn, exprs, true)
		if err != nil {
			return nil, false, err
		}
		for i := range b {
			b[i] |= o[i]
		}
	}
	return b, true, nil
}

// denseSet is the bitset over sn of expr, a query of dense words: from its
// stored set brought up to date, else from FTS5 and then stored.
func (s *Store) denseSet(ctx context.Context, ix *listIndex, sn *listSnapshot, expr string) (bitset, error) {
	large := len(sn.ids) >= ix.storeMin
	if large {
		tail := func() ([]string, error) { return []string{expr}, nil }
		b, added, ok, err := s.loadStoredSearch(ctx, sn, expr, tail)
		if err != nil {
			return nil, fmt.Errorf("stored search: %w", err)
		}
		if ok {
			if added >= ix.storeMin {
				s.storeLater(sn, expr, b)
			}
			return b, nil
		}
	}
	b, err := s.searchExprs(ctx, sn, []string{expr}, true)
	if err != nil {
		return nil, err
	}
	if large && b.count() >= ix.storeMin {
		s.storeLater(sn, expr, b)
	}
	return b, nil
}

// sparseTerms lists the indexed words that start with prefix other than
// dense (sorted words that start with prefix), reading the term list over
// the ranges between the dense words, or returns nil when there are more
// than maxSparse. A range's upper bound is the largest string below the
// next dense word (no term holds a 0xff byte) and the next range starts
// just after that word, so FTS5 never counts a dense word's items.
func (s *Store) sparseTerms(ctx context.Context, prefix string, dense []string) ([]string, error) {
	var parts []string
	var args []any
	lo := prefix
	add := func(hi string) {
		if lo <= hi {
			parts = append(parts, "SELECT term FROM items_fts_terms WHERE term >= ? AND term <= ?")
			args = append(args, lo, hi)
		}
	}
	for _, d := range dense {
		add(d[:len(d)-1] + string(d[len(d)-1]-1) + "\xff")
		lo = d + "\x00"
	}
	add(prefix + "\xff")
	out := []string{}
	if len(parts) == 0 {
		return out, nil
	}
	rows, err := s.db.QueryContext(ctx, strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, fmt.Errorf("list search terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("list search terms: %w", err)
		}
		if !strings.HasPrefix(t, prefix) || slices.Contains(dense, t) {
			continue
		}
		if len(out) == maxSparse {
			return nil, nil
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list search terms: %w", err)
	}
	return out, nil
}

// wordPlan is the word list to build over sn: the stored one when it was
// made at about sn's size, else a new one (one walk of the term list, a
// two-character range at a time when the reader is quiet), stored.
func (s *Store) wordPlan(ctx context.Context, conn *sql.Conn, sn *listSnapshot) (*wordList, error) {
	n := len(sn.ids)
	var v string
	err := conn.QueryRowContext(ctx, "SELECT value FROM state WHERE key = ?", wordsKey).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read search word list: %w", err)
	}
	if wl, at, ok := parseWordList(v); ok && at*4 <= n*5 && n*4 <= at*5 {
		return wl, nil
	}
	wl := &wordList{}
	for _, a := range s.prefix.chars {
		for _, b := range s.prefix.chars {
			p := string(a) + string(b)
			var words []string
			var docs []int
			err := s.quietly(ctx, sn, func(qctx context.Context) error {
				words, docs = words[:0], docs[:0]
				rows, err := conn.QueryContext(qctx, "SELECT term, doc FROM items_fts_terms WHERE term >= ? AND term <= ? AND doc >= ?", p, p+"\xff", s.prefix.wordMin)
				if err != nil {
					return fmt.Errorf("list search words %s: %w", p, err)
				}
				defer rows.Close()
				for rows.Next() {
					var t string
					var d int
					if err := rows.Scan(&t, &d); err != nil {
						return fmt.Errorf("list search words %s: %w", p, err)
					}
					if len(t) >= 4 && isASCIIAlnum(t) {
						words, docs = append(words, t), append(docs, d)
					}
				}
				return rows.Err()
			})
			if err != nil {
				return nil, err
			}
			wl.words, wl.docs = append(wl.words, words...), append(wl.docs, docs...)
		}
	}
	// The chars are not necessarily in byte order.
	order := make([]int, len(wl.words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return strings.Compare(wl.words[i], wl.words[j]) })
	sorted := &wordList{words: make([]string, len(order)), docs: make([]int, len(order))}
	for k, i := range order {
		sorted.words[k], sorted.docs[k] = wl.words[i], wl.docs[i]
	}
	if err := s.SetState(ctx, wordsKey, sorted.format(n)); err != nil {
		return nil, err
	}
	return sorted, nil
}

// wordExprs is the queries of the dense words' sets to build: for each
// prefix of four letters or more of a dense word, the dense words it
// starts, when they were in prefixMin items or more together; each set of
// words once, the largest first, at most wordLimit.
func (wl *wordList) wordExprs(need int) []string {
	type node struct {
		expr string
		docs int
	}
	seen := map[string]bool{}
	var nodes []node
	for _, w := range wl.words {
		for k := 4; k <= len(w); k++ {
			i, _ := slices.BinarySearch(wl.words, w[:k])
			j, sum := i, 0
			for j < len(wl.words) && strings.HasPrefix(wl.words[j], w[:k]) {
				sum += wl.docs[j]
				j++
			}
			expr := wordsExpr(wl.words[i:j])
			if sum >= need && !seen[expr] {
				seen[expr] = true
				nodes = append(nodes, node{expr, sum})
			}
		}
	}
	slices.SortStableFunc(nodes, func(a, b node) int { return b.docs - a.docs })
	out := make([]string, 0, min(len(nodes), wordLimit))
	for _, n := range nodes[:min(len(nodes), wordLimit)] {
		out = append(out, n.expr)
	}
	return out
}

package store

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// wordSetStages reads testdata/word_sets.txt: per stage, the items to add
// (or, for "replaced", old title => new title).
func wordSetStages(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("testdata/word_sets.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	stage := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "["):
			stage = strings.Trim(l, "[]")
		default:
			out[stage] = append(out[stage], l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// wordSetItems makes the items of a stage's "COPIES TITLE" lines.
func wordSetItems(t *testing.T, lines []string, tag string) []item.Item {
	t.Helper()
	var items []item.Item
	for i, l := range lines {
		n, title, ok := strings.Cut(l, " ")
		copies, err := strconv.Atoi(n)
		if !ok || err != nil {
			t.Fatalf("bad fixture line %q", l)
		}
		for c := range copies {
			items = append(items, mk("w"+fmt.Sprint(c%2), fmt.Sprintf("%s-%d-%d", tag, i, c), title, i+c))
		}
	}
	return items
}

// plainFTS is the bitset over the index's snapshot of FTS5's own answer to
// search (matchExpr, prefix query and all, no rewriting).
func plainFTS(t *testing.T, s *Store, search string) bitset {
	t.Helper()
	s.list.mu.Lock()
	sn := s.list.snap
	s.list.mu.Unlock()
	b, err := s.idSet(ctx, sn, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ?", matchExpr(search))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWordSetsMatchFTS: the background build lists the dense words and
// stores the sets of the dense words that prefixes of four letters or more
// stand for; a later process answers such a prefix from them plus FTS5 for
// the prefix's other words, and every prefix of every length equals FTS5
// alone and SQLite alone: as built, after items were added (new words under
// a dense prefix, a word that became dense since) and had their text
// replaced, and after retention deleted items.
func TestWordSetsMatchFTS(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	const min = 12
	s := openBuilding(t, path, min, 0)
	s.prefix.wordMin = 6
	indexFixture(t, s)
	stages := wordSetStages(t)
	if _, err := s.Upsert(ctx, wordSetItems(t, stages["first"], "first")); err != nil {
		t.Fatal(err)
	}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	s.WaitSearchSets()
	wl := s.prefix.words.Load()
	if wl == nil || !slices.Contains(wl.words, "lithology") || slices.Contains(wl.words, "lithic") || slices.Contains(wl.words, "licorice") {
		t.Fatalf("word list %v: want lithology, not lithic (2 items) nor licorice (none yet)", wl)
	}
	lith := wordsExpr(wl.under("lith"))
	if !strings.Contains(lith, `"lithium"`) || !strings.Contains(lith, `"lithology"`) {
		t.Fatalf("dense words under lith: %s", lith)
	}
	if !storedExprs(t, s)[lith] {
		t.Fatalf("no stored set for %s", lith)
	}

	words := []string{"lithium", "lithiumion", "lithiumx", "lithology", "lithic", "lithfoo", "licence", "licorice",
		"graphite", "graphene", "germanium", "gallium", "cobalt", "report", "survey", "granite", "mentioning", "zzzzz"}
	var searches []string
	for _, w := range words {
		for k := 1; k <= len(w); k++ {
			if !slices.Contains(searches, w[:k]) {
				searches = append(searches, w[:k])
			}
		}
	}
	check := func(t *testing.T) {
		later := openBuilding(t, path, min, time.Hour) // builds nothing meanwhile
		later.prefix.wordMin = 6
		if err := later.Warm(ctx); err != nil {
			t.Fatal(err)
		}
		if later.prefix.words.Load() == nil {
			t.Fatal("Warm did not load the word list")
		}
		later.list.mu.Lock()
		for _, search := range []string{"lith", "lithi", "lithol", "grap", "lice"} {
			b, ok, err := later.wordSearch(ctx, &later.list, search)
			if err != nil || !ok {
				later.list.mu.Unlock()
				t.Fatalf("%q: not answered from the word list (%v)", search, err)
			}
			later.list.mu.Unlock()
			if want := plainFTS(t, later, search); !slices.Equal(b, want) {
				t.Errorf("%q: %d matches from the word sets, FTS5 alone %d", search, b.count(), want.count())
			}
			later.list.mu.Lock()
		}
		later.list.mu.Unlock()
		// Every prefix through the index, against FTS5 alone; a few of
		// them with every list query against SQLite alone.
		for _, search := range searches {
			v, ok, err := later.view(ctx, Query{Search: search})
			if err != nil || !ok {
				t.Fatalf("%q: the index did not answer (%v)", search, err)
			}
			if want := plainFTS(t, later, search); !slices.Equal(v.sel, want) {
				t.Errorf("%q: %d matches through the index, FTS5 alone %d", search, v.sel.count(), want.count())
			}
		}
		checkIndexMatchesSQL(t, later, listedIDs(t, later), []string{"lith", "lithol", "licor", "grap"}, []Query{{}, {UnreadOnly: true}})
	}
	t.Run("a later process", check)

	if _, err := s.Upsert(ctx, wordSetItems(t, stages["added"], "added")); err != nil {
		t.Fatal(err)
	}
	var replaced []item.Item
	for _, l := range stages["replaced"] {
		from, to, _ := strings.Cut(l, " => ")
		for i, it := range wordSetItems(t, []string{"15 " + from}, "first")[:5] {
			it.Title, it.Hash, it.Sections.Highlights = to, "h-"+to+fmt.Sprint(i), nil
			it.Sections.Body = to
			replaced = append(replaced, it)
		}
	}
	if _, err := s.Upsert(ctx, replaced); err != nil {
		t.Fatal(err)
	}
	if n := plainFTS(t, s, "granite").count(); n != 5 {
		t.Fatalf("replacing the text of 5 items left %d items matching granite", n)
	}
	t.Run("after items were added and replaced", check)

	n, err := s.Prune(ctx, Retention{MaxPerFeed: 12}, time.Now())
	if err != nil || n < 50 {
		t.Fatalf("prune removed %d items (%v)", n, err)
	}
	t.Run("after retention deleted items", check)
}

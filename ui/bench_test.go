package ui

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// benchStores caches the generated stores across benchmarks of one run.
type benchStores struct {
	once sync.Once
	dir  string
	err  error
	mu   sync.Mutex
	byN  map[int]*store.Store
}

var benchCache = &benchStores{byN: map[int]*store.Store{}}

func TestMain(m *testing.M) {
	code := m.Run()
	benchCache.mu.Lock()
	for _, st := range benchCache.byN {
		st.Close()
	}
	benchCache.mu.Unlock()
	if benchCache.dir != "" {
		os.RemoveAll(benchCache.dir)
	}
	os.Exit(code)
}

// benchStore returns a store filled with n generated items.
func benchStore(b *testing.B, n int) *store.Store {
	b.Helper()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		b.Skip("benchmarks need -bench")
	}
	c := benchCache
	c.once.Do(func() { c.dir, c.err = os.MkdirTemp("", "lode-ui-bench") })
	if c.err != nil {
		b.Fatal(c.err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.byN[n]; ok {
		return st
	}
	st, err := store.Open(filepath.Join(c.dir, fmt.Sprintf("cache-%d.db", n)))
	if err != nil {
		b.Fatal(err)
	}
	companies := []string{"Lynas Rare Earths", "MP Materials", "CNRE", "Albemarle", "Pilbara Minerals", "Glencore",
		"Syrah Resources", "Iluka Resources", "Energy Fuels", "Arafura", "Neo Performance", "Ucore", "Tronox", "SQM"}
	words := []string{"lithium", "cobalt", "graphite", "gallium", "germanium", "antimony", "tungsten", "nickel",
		"magnet", "separation", "refinery", "offtake", "export", "licence", "price", "supply", "demand", "plant"}
	base := time.Now().Add(-time.Hour)
	batch := make([]item.Item, 0, 5000)
	for i := range n {
		w := func(k int) string { return words[(i*7+k*13)%len(words)] }
		batch = append(batch, item.Item{
			FeedURL:   fmt.Sprintf("https://example.org/feed%d", i%20),
			FeedName:  fmt.Sprintf("Feed %d", i%20),
			GUID:      fmt.Sprint(i),
			Title:     fmt.Sprintf("Item %d: %s %s %s update", i, w(1), w(2), w(3)),
			Link:      fmt.Sprintf("https://example.org/item/%d", i),
			Published: base.Add(-time.Duration(i) * time.Minute),
			Companies: []string{companies[i%len(companies)], companies[(i/3)%len(companies)]},
			Ideology:  item.Ideology{Score: float64(i%10) / 10, Flagged: i%10 == 9, Reasons: []string{"reason"}},
			Sections: brief.Sections{
				Highlights: []string{fmt.Sprintf("%s and %s move", w(4), w(5)), "Second highlight."},
				Body:       fmt.Sprintf("Body text about %s %s %s.", w(6), w(7), w(8)),
				Analysis:   "Analysis text.", Takeaway: "Takeaway text.",
			},
			Read: i%3 == 0,
			Hash: fmt.Sprint("h", i),
		})
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := st.Upsert(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	c.byN[n] = st
	return st
}

// benchHarness opens the reader on st at 120x40 with its first page loaded.
func benchHarness(b *testing.B, st Store) *harness {
	b.Helper()
	if err := st.SetState(context.Background(), filtersKey, ""); err != nil {
		b.Fatal(err)
	}
	h := newHarness(b, Options{Store: st}, 120, 40)
	return h
}

// keystroke is one key through Update, its commands and a View.
func (h *harness) keystroke(k tea.KeyMsg) {
	h.send(k)
	_ = h.view()
}

func benchSizes(b *testing.B, fn func(b *testing.B, h *harness)) {
	for _, n := range []int{100, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := benchStore(b, n)
			h := benchHarness(b, st)
			b.ResetTimer()
			fn(b, h)
		})
	}
}

func BenchmarkStart(b *testing.B) {
	for _, n := range []int{100, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := benchStore(b, n)
			b.ResetTimer()
			for b.Loop() {
				h := benchHarness(b, st)
				_ = h.view()
			}
		})
	}
}

func BenchmarkKeyMove(b *testing.B) {
	benchSizes(b, func(b *testing.B, h *harness) {
		down, top := keyMsg("j"), keyMsg("g")
		for b.Loop() {
			if h.m.list.cursor >= h.m.list.total-1 {
				h.keystroke(top)
				continue
			}
			h.keystroke(down)
		}
	})
}

func BenchmarkSearchChar(b *testing.B) {
	benchSizes(b, func(b *testing.B, h *harness) {
		h.press("/")
		word := "lithium"
		n := 0
		for b.Loop() {
			// type the word, then erase it, one keystroke per iteration
			i := n % (2 * len(word))
			if i < len(word) {
				h.keystroke(keyMsg(word[i : i+1]))
			} else {
				h.keystroke(keyMsg("backspace"))
			}
			n++
		}
	})
}

func BenchmarkFilterToggle(b *testing.B) {
	benchSizes(b, func(b *testing.B, h *harness) {
		u := keyMsg("u")
		for b.Loop() {
			h.keystroke(u)
		}
	})
}

// BenchmarkNextUnread is the skim keystroke: n reads the next unread item
// (its row, the panes and the read written to the cache). The generated
// items are unread, so the run reads its way down the list.
func BenchmarkNextUnread(b *testing.B) {
	benchSizes(b, func(b *testing.B, h *harness) {
		n := keyMsg("n")
		for b.Loop() {
			h.keystroke(n)
		}
	})
}

// BenchmarkNextItem is J: the next item in the panes.
func BenchmarkNextItem(b *testing.B) {
	benchSizes(b, func(b *testing.B, h *harness) {
		next, top := keyMsg("J"), keyMsg("g")
		for b.Loop() {
			if h.m.list.cursor >= h.m.list.total-1 {
				h.keystroke(top)
				continue
			}
			h.keystroke(next)
		}
	})
}

// realisticCase is one keystroke timed by BenchmarkRealistic. Each
// iteration runs before (not timed), the keystroke key returns (timed:
// Update, the commands it returns, View) and after (not timed); i numbers
// the iteration.
type realisticCase struct {
	name   string
	before func(h *harness, i int)
	key    func(h *harness, i int) tea.KeyMsg
	after  func(h *harness, i int)
}

// realisticWords are typed by the search cases; each is in the generated
// briefings of cmd/lodebench.
var realisticWords = []string{"lithium", "cobalt", "graphite", "nickel", "uranium", "tungsten", "manganese", "gallium", "germanium", "antimony", "magnet", "offtake"}

// searchKeys is the sequence of characters the search_word case types:
// every word in turn, each typed from its first character.
func searchKeys(i int) (word string, pos int) {
	total := 0
	for _, w := range realisticWords {
		total += len(w)
	}
	i %= total
	for _, w := range realisticWords {
		if i < len(w) {
			return w, i
		}
		i -= len(w)
	}
	return realisticWords[0], 0
}

// realisticCases are the keystrokes timed on a real cache. More cases (the
// query language's) are added here; cmd/lodebench reports each sub-benchmark
// as a row, labelled by its table or by its name.
var realisticCases = []realisticCase{
	{name: "move_j",
		before: func(h *harness, _ int) {
			if h.m.list.cursor >= h.m.list.total-1 {
				h.press("g")
			}
		},
		key: func(*harness, int) tea.KeyMsg { return keyMsg("j") }},
	{name: "search_word",
		// One character per iteration, each word typed from its first
		// character after a cleared search: the mean includes the one-letter
		// searches that match most of the cache.
		before: func(h *harness, i int) {
			if _, pos := searchKeys(i); pos == 0 {
				h.press("/")
			}
		},
		key: func(_ *harness, i int) tea.KeyMsg {
			w, pos := searchKeys(i)
			return keyMsg(w[pos : pos+1])
		},
		after: func(h *harness, i int) {
			if w, pos := searchKeys(i); pos == len(w)-1 {
				h.press("esc")
			}
		}},
	{name: "search_first_char",
		// The first character only, a to z in turn: more letters than the
		// list index keeps sets for, so every one is a new search.
		before: func(h *harness, _ int) { h.press("/") },
		key:    func(_ *harness, i int) tea.KeyMsg { return keyMsg(string(rune('a' + i%26))) },
		after:  func(h *harness, _ int) { h.press("esc") }},
	{name: "company_picker_open",
		key:   func(*harness, int) tea.KeyMsg { return keyMsg("c") },
		after: func(h *harness, _ int) { h.press("esc") }},
	{name: "company_filter",
		// enter in the picker applies one company, the i-th of the 30
		// most mentioned in turn (more than the index keeps sets for).
		before: func(h *harness, i int) {
			h.press("c")
			for range i % 30 {
				h.press("down")
			}
			h.press("tab")
		},
		key:   func(*harness, int) tea.KeyMsg { return keyMsg("enter") },
		after: func(h *harness, _ int) { h.press("C") }},
	{name: "unread_toggle",
		key: func(*harness, int) tea.KeyMsg { return keyMsg("u") }},
}

// BenchmarkRealistic times realisticCases on the cache file named by
// LODE_BENCH_CACHE (cmd/lodebench points it at its generated caches of
// 300–800-word briefings); it is skipped without it. The reader opens at
// 120×40 and warms the list index after its first frame, as lode does.
func BenchmarkRealistic(b *testing.B) {
	path := os.Getenv("LODE_BENCH_CACHE")
	if path == "" {
		b.Skip("LODE_BENCH_CACHE names no cache")
	}
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, c := range realisticCases {
		b.Run(c.name, func(b *testing.B) {
			h := benchHarness(b, st)
			i := 0
			for b.Loop() {
				if c.before != nil {
					b.StopTimer()
					c.before(h, i)
					b.StartTimer()
				}
				h.keystroke(c.key(h, i))
				if c.after != nil {
					b.StopTimer()
					c.after(h, i)
					b.StartTimer()
				}
				i++
			}
		})
	}
}

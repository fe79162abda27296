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

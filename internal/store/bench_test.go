package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
)

var (
	benchOnce  sync.Once
	benchStore *Store
	benchErr   error
)

// filled returns a store with 100,000 generated items of realistic size,
// built once per benchmark run.
func filled(b *testing.B) *Store {
	b.Helper()
	benchOnce.Do(func() {
		dir, err := osTempDir()
		if err != nil {
			benchErr = err
			return
		}
		benchStore, benchErr = Open(filepath.Join(dir, "bench.db"))
		if benchErr != nil {
			return
		}
		words := []string{"lithium", "cobalt", "graphite", "gallium", "germanium", "antimony", "tungsten", "nickel",
			"magnet", "separation", "refinery", "offtake", "export", "licence", "price", "supply", "demand", "plant"}
		cos := []string{"Lynas Rare Earths", "MP Materials", "China Northern Rare Earth", "Albemarle", "Pilbara Minerals", "Glencore", "Umicore"}
		mins := []string{"rare earths", "NdPr", "lithium", "cobalt", "graphite", "gallium", "nickel", "tungsten"}
		para := strings.Repeat("The plant produced more separated oxide this quarter as prices recovered and offtake partners took delivery. ", 30)
		base := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
		batch := make([]item.Item, 0, 1000)
		for i := range 100000 {
			w := func(k int) string { return words[(i*7+k*13)%len(words)] }
			batch = append(batch, item.Item{
				FeedURL: fmt.Sprintf("https://example.org/feed%d", i%200), FeedName: fmt.Sprintf("Feed %d", i%200), GUID: fmt.Sprint(i),
				Title: fmt.Sprintf("Item %d: %s %s %s update", i, w(1), w(2), w(3)), Link: fmt.Sprintf("https://example.org/item/%d", i),
				Published: base.Add(-time.Duration(i) * time.Minute), Companies: []string{cos[i%len(cos)], cos[(i/3)%len(cos)]},
				Mentions: []string{cos[(i/5+3)%len(cos)]}, Minerals: []string{mins[i%len(mins)], mins[(i/7)%len(mins)]},
				Ideology: item.Ideology{Score: float64(i%10) / 10, Flagged: i%10 == 9},
				Sections: brief.Sections{Highlights: []string{w(4) + " and " + w(5) + " move"}, Body: w(6) + " " + para, Analysis: para[:400], Takeaway: "Takeaway."},
				Hash:     fmt.Sprint("h", i),
			})
			if len(batch) == cap(batch) {
				if _, err := benchStore.Upsert(context.Background(), batch); err != nil {
					benchErr = err
					return
				}
				batch = batch[:0]
			}
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

func osTempDir() (string, error) { return tempDir() }

// BenchmarkQueries measures the reader's queries on a 100,000-item cache.
func BenchmarkQueries(b *testing.B) {
	for _, c := range []struct {
		name string
		q    Query
	}{
		{"all", Query{}},
		{"unread", Query{UnreadOnly: true}},
		{"flagged", Query{Flag: FlagOnly}},
		{"company", Query{Companies: []string{"MP Materials"}}},
		{"search-1char", Query{Search: "l"}},
		{"search-word", Query{Search: "lithium"}},
		{"search-company-unread", Query{Search: "gallium", Companies: []string{"Umicore"}, UnreadOnly: true}},
	} {
		b.Run("counts/"+c.name, func(b *testing.B) {
			st := filled(b)
			for b.Loop() {
				if _, err := st.Counts(context.Background(), c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("page/"+c.name, func(b *testing.B) {
			st := filled(b)
			for b.Loop() {
				if _, err := st.Page(context.Background(), c.q, 0, 200); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func tempDir() (string, error) { return os.MkdirTemp("", "lode-store-bench-*") }

// BenchmarkCompanyCounts measures the company picker's counts at 100,000 items.
func BenchmarkCompanyCounts(b *testing.B) {
	st := filled(b)
	for b.Loop() {
		if _, err := st.CompanyCounts(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchKeystroke measures what one search keystroke asks of the
// store (Counts and the first Page, as ui.loadList runs them) with the list
// index built but no search cached, so every iteration queries FTS5.
func BenchmarkSearchKeystroke(b *testing.B) {
	for _, search := range []string{"l", "li", "lith", "lithium"} {
		b.Run(search, func(b *testing.B) {
			st := filled(b)
			q := Query{Search: search}
			if _, err := st.Counts(context.Background(), q); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				ix := st.listIndex()
				ix.mu.Lock()
				ix.sets, ix.keys = map[string]bitset{}, nil
				ix.mu.Unlock()
				if _, err := st.Counts(context.Background(), q); err != nil {
					b.Fatal(err)
				}
				if _, err := st.Page(context.Background(), q, 0, 200); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQueryLanguage times what the reader does for one new query of
// the query language at 100,000 items: counts and the first page, with the
// list index warm (Warm) but none of the query's sets cached yet. cpu-ms/op
// is the process's CPU time per query, which a busy machine does not
// inflate as it does ns/op.
func BenchmarkQueryLanguage(b *testing.B) {
	s := filled(b)
	ctx := context.Background()
	if err := s.Warm(ctx); err != nil {
		b.Fatal(err)
	}
	feeds := func(n int) []string {
		var out []string
		for i := 0; i < 200; i += n {
			out = append(out, fmt.Sprintf("https://example.org/feed%d", i))
		}
		return out
	}
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, bc := range []struct {
		name string
		c    *Cond
	}{
		{"negation", &Cond{Op: CondAnd, Kids: []*Cond{{Op: CondNot, Kids: []*Cond{{Op: CondCompany, Values: []string{"Lynas Rare Earths"}}}}, {Op: CondNot, Kids: []*Cond{{Op: CondFlagged}}}}}},
		{"or_three_companies", &Cond{Op: CondCompany, Values: []string{"Lynas Rare Earths", "MP Materials", "Albemarle"}}},
		{"tag_plus_date", &Cond{Op: CondAnd, Kids: []*Cond{{Op: CondFeed, Values: feeds(4)}, {Op: CondAfter, Time: now.Add(-48 * time.Hour)}}}},
		{"fulltext_plus_company", &Cond{Op: CondAnd, Kids: []*Cond{{Op: CondText, Text: "lithium"}, {Op: CondCompany, Values: []string{"MP Materials"}}}}},
		{"mention", &Cond{Op: CondMention, Values: []string{"Glencore"}}},
		{"mineral_or_two_minus_mention", &Cond{Op: CondAnd, Kids: []*Cond{{Op: CondMineral, Values: []string{"lithium", "cobalt"}},
			{Op: CondNot, Kids: []*Cond{{Op: CondMention, Values: []string{"Albemarle"}}}}}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			q := Query{Where: bc.c}
			cpu := processCPU()
			for b.Loop() {
				s.list.mu.Lock()
				s.list.sets, s.list.keys = map[string]bitset{}, nil
				s.list.mu.Unlock()
				if _, err := s.Counts(ctx, q); err != nil {
					b.Fatal(err)
				}
				if _, err := s.Page(ctx, q, 0, 50); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkFeedStateRoundTrip is the per-feed cache work of an all-304
// refresh of 200 feeds: each feed's state read, then saved.
func BenchmarkFeedStateRoundTrip(b *testing.B) {
	ctx := context.Background()
	s, err := Open(filepath.Join(b.TempDir(), "cache.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	urls := make([]string, 200)
	for i := range urls {
		urls[i] = fmt.Sprintf("http://127.0.0.1/feed/%d.xml", i)
		if err := s.SaveFeedState(ctx, FeedState{URL: urls[i], ETag: `"v1"`}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		for _, u := range urls {
			st, err := s.FeedState(ctx, u)
			if err != nil {
				b.Fatal(err)
			}
			st.LastSuccess = time.Now()
			if err := s.SaveFeedState(ctx, st); err != nil {
				b.Fatal(err)
			}
		}
	}
}

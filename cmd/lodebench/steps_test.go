//go:build unix

package main

import (
	"context"
	"net/url"
	"path/filepath"
	"reflect"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	mineralset "github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/internal/text"
)

// stepFeeds is how many generated 50-item feeds the step benchmarks cycle
// through: enough distinct briefings that no cache is warm for one of them.
const stepFeeds = 8

// stepInputs is the refresh path's input at each step, made once from the
// refresh benchmark's own generator.
type stepInputs struct {
	bodies  [][]byte         // the feeds as served
	entries []*gofeed.Item   // parsed entries, all feeds
	secs    []brief.Sections // extracted sections, one per entry
	items   []item.Item      // fully enriched items, one per entry
	pipe    *ingest.Pipeline
	dict    *companies.Dictionary
	cls     *classify.Classifier
	mins    *mineralset.Set
}

func newStepInputs(tb testing.TB) *stepInputs {
	tb.Helper()
	dict, err := companies.Default()
	if err != nil {
		tb.Fatal(err)
	}
	cls, err := classify.New(classify.Options{Threshold: config.Default().Threshold})
	if err != nil {
		tb.Fatal(err)
	}
	mins, err := mineralset.Default()
	if err != nil {
		tb.Fatal(err)
	}
	in := &stepInputs{dict: dict, cls: cls, mins: mins, pipe: ingest.New(dict, cls)}
	gen := NewGenerator(dict, 7)
	base, _ := url.Parse("http://briefings.invalid/feed")
	for f := range stepFeeds {
		body := gen.FeedXML(f, 50)
		in.bodies = append(in.bodies, body)
		feed, err := feeds.Parse(body, "application/rss+xml", base)
		if err != nil {
			tb.Fatal(err)
		}
		in.entries = append(in.entries, feed.Items...)
		for _, it := range in.pipe.Process(feed, "http://briefings.invalid/"+FeedPath(f), FeedName(f)) {
			in.items = append(in.items, it)
			in.secs = append(in.secs, it.Sections)
		}
	}
	return in
}

// perItem runs step for the benchmark's iterations and reports per item,
// n items per iteration, both wall microseconds and CPU microseconds of the
// process (user + system, GC included), which hold better than wall time
// on a loaded machine.
func perItem(b *testing.B, n int, step func(i int)) {
	b.ReportAllocs()
	start := cpuTime()
	for i := 0; b.Loop(); i++ {
		step(i)
	}
	cpu := cpuTime() - start
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/item")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n), "cpu-µs/item")
	b.ReportMetric(0, "ns/op")
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRefreshSteps times each step of a fresh refresh on the refresh
// benchmark's generated briefings, per item, so the steps add up to what
// `lode fetch` spends per item (besides the network and the poller). Run
// with -cpu 1 for CPU microseconds per item:
//
//	go test -run '^$' -bench RefreshSteps -cpu 1 ./cmd/lodebench
func BenchmarkRefreshSteps(b *testing.B) {
	in := newStepInputs(b)
	n := len(in.entries)
	base, _ := url.Parse("http://briefings.invalid/feed")
	b.Run("parse", func(b *testing.B) {
		perItem(b, 50, func(i int) {
			if _, err := feeds.Parse(in.bodies[i%len(in.bodies)], "application/rss+xml", base); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("extract", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			e := in.entries[i%n]
			brief.Extract(e.Content, e.Description)
		})
	})
	b.Run("tokenise", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := &in.items[i%n]
			text.New(it.Sections.Doc(it.Title))
		})
	})
	b.Run("classify", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := &in.items[i%n]
			in.cls.ClassifyText(text.New(it.Sections.Doc(it.Title)))
		})
	})
	b.Run("companies", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := &in.items[i%n]
			in.dict.AnalyzeText(text.New(it.Sections.Doc(it.Title)), it.Published)
		})
	})
	b.Run("minerals", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := &in.items[i%n]
			in.mins.AnalyzeText(text.New(it.Sections.Doc(it.Title)))
		})
	})
	b.Run("enrich", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := in.items[i%n]
			in.pipe.Enrich(&it)
		})
	})
	b.Run("prepare", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			store.PrepareRow(in.items[i%n])
		})
	})
	// The index words as the refresh builds them from enrichment's split
	// words (ingest's Entry, after Enrich, with the same text; prepare then
	// only encodes), and the row prepared from an item without them, which
	// reads its text again (what prepare did before).
	b.Run("index-words", func(b *testing.B) {
		texts := make([]*text.Text, n)
		for i := range texts {
			texts[i] = text.New(in.items[i].Sections.Doc(in.items[i].Title))
		}
		perItem(b, 1, func(i int) {
			it := &in.items[i%n]
			store.IndexWords(texts[i%n], it.Companies, it.Mentions, it.Minerals)
		})
	})
	b.Run("prepare-from-text", func(b *testing.B) {
		perItem(b, 1, func(i int) {
			it := in.items[i%n]
			it.IndexWords = ""
			store.PrepareRow(it)
		})
	})
	b.Run("store", func(b *testing.B) {
		st, err := store.Open(filepath.Join(b.TempDir(), "cache.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		ctx := context.Background()
		const batch = 50
		// The rows as the workers hand them over, prepared once (a new GUID
		// per round does not change them): this step is the writer's work.
		rows := store.PrepareRows(in.items)
		round := 0
		perItem(b, batch, func(i int) {
			k := (i * batch) % n
			if k == 0 {
				round++
			}
			part := make([]store.Row, batch)
			copy(part, rows[k:k+batch])
			for j := range part {
				part[j].Item.GUID += "#" + strconv.Itoa(round)
			}
			if _, err := st.UpsertRows(ctx, [][]store.Row{part}); err != nil {
				b.Fatal(err)
			}
		})
	})
}

// BenchmarkRefreshWriter is the writer as a refresh runs it: four feeds'
// items (200) a transaction into a cache that grows to 10,000 items, each
// feed's state saved with its items in the same transaction. CPU
// microseconds per item:
//
//	go test -run '^$' -bench RefreshWriter -cpu 1 ./cmd/lodebench
func BenchmarkRefreshWriter(b *testing.B) {
	in := newStepInputs(b)
	rows := store.PrepareRows(in.items)
	const perTx, total = 200, 10000
	ctx := context.Background()
	round := 0
	perItem(b, total, func(int) {
		round++
		st := freshStore(b, round)
		defer st.Close()
		for k := 0; k < total; k += perTx {
			var batches []store.Batch
			for f := k; f < k+perTx; f += 50 {
				part := make([]store.Row, 50)
				copy(part, rows[f%len(rows):f%len(rows)+50])
				for j := range part {
					part[j].Item.GUID += "#" + strconv.Itoa(f+j)
					part[j].Item.FeedURL += "#" + strconv.Itoa(f/50)
				}
				state := &store.FeedState{URL: part[0].Item.FeedURL, ETag: "e", LastSuccess: time.Now()}
				batches = append(batches, store.Batch{Rows: part, State: state})
			}
			// A context that can end, as the poller's writer gives each write.
			wctx, cancel := context.WithTimeout(ctx, time.Minute)
			_, err := st.WriteBatches(wctx, batches)
			cancel()
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFreshWrite writes 2,000 enriched briefings into a new cache,
// as a fresh refresh does, per transaction size and FTS5 merge setting:
// `automerge` and `crisismerge` are FTS5's own knobs (defaults 4 and 16),
// "optimize" merges the whole index into one segment after the load.
//
//	go test -run '^$' -bench FreshWrite -benchtime 3x -cpu 1 ./cmd/lodebench
func BenchmarkFreshWrite(b *testing.B) {
	in := newStepInputs(b)
	const total = 2000
	for _, tc := range []struct {
		name  string
		batch int
		setup []string
		after string
	}{
		{"per-feed-50", 50, nil, ""},
		{"batch-500", 500, nil, ""},
		{"batch-2000", 2000, nil, ""},
		{"batch-500-automerge-8", 500, []string{"automerge', 8"}, ""},
		{"batch-500-automerge-16", 500, []string{"automerge', 16"}, ""},
		{"batch-500-crisismerge-64", 500, []string{"crisismerge', 64"}, ""},
		{"batch-500-optimize", 500, nil, "optimize"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			round := 0
			perItem(b, total, func(int) {
				round++
				st := freshStore(b, round)
				defer st.Close()
				for _, s := range tc.setup {
					if _, err := st.DB().Exec("INSERT INTO items_fts (items_fts, rank) VALUES ('" + s + ")"); err != nil {
						b.Fatal(err)
					}
				}
				for k := 0; k < total; k += tc.batch {
					var batches [][]item.Item
					for f := k; f < k+tc.batch; f += 50 {
						items := make([]item.Item, 50)
						for j := range items {
							items[j] = in.items[(f+j)%len(in.items)]
							items[j].GUID += "#" + strconv.Itoa(f+j)
						}
						batches = append(batches, items)
					}
					if _, err := st.UpsertBatches(ctx, batches); err != nil {
						b.Fatal(err)
					}
				}
				if tc.after != "" {
					if _, err := st.DB().Exec("INSERT INTO items_fts (items_fts) VALUES ('" + tc.after + "')"); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// freshStore opens a new, empty cache for one round of a writer benchmark
// (the round closes it, inside its timing as before).
func freshStore(b *testing.B, round int) *store.Store {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "cache"+strconv.Itoa(round)+".db"))
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// TestRowsFromEnrichmentWords checks, on 1,000 generated briefings, that
// the cache rows prepared from the index words enrichment keeps (built
// from its split words) are those prepared from each item's own text.
func TestRowsFromEnrichmentWords(t *testing.T) {
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(classify.Options{Threshold: config.Default().Threshold})
	if err != nil {
		t.Fatal(err)
	}
	pipe := ingest.New(dict, cls)
	gen := NewGenerator(dict, 11)
	base, _ := url.Parse("http://briefings.invalid/feed")
	n := 0
	for f := range 20 {
		feed, err := feeds.Parse(gen.FeedXML(f, 50), "application/rss+xml", base)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range pipe.Process(feed, "http://briefings.invalid/"+FeedPath(f), FeedName(f)) {
			if it.IndexWords == "" {
				t.Fatalf("%s: no index words kept", it.Title)
			}
			plain := it
			plain.IndexWords = ""
			got, want := store.PrepareRow(it), store.PrepareRow(plain)
			got.Item.IndexWords = ""
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: the row from enrichment's words differs from the row from its text", it.Title)
			}
			n++
		}
	}
	if n != 1000 {
		t.Fatalf("%d items, want 1000", n)
	}
}

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync/atomic"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// profileRefresh runs the fresh-cache refresh in this process, through the
// same poller, pipeline and store as `lode fetch`, under the CPU profiler,
// and writes the profile to path.
func (b *bench) profileRefresh(ctx context.Context, path string) error {
	home := filepath.Join(b.work, "profile-refresh")
	if err := os.MkdirAll(home, 0o755); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	cfg := config.Default()
	pipe, st, err := openCache(cfg, filepath.Join(home, "cache.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	var list []feeds.Feed
	for f, u := range b.refresh.URLs(b.srv.URL) {
		list = append(list, feeds.Feed{URL: u, Name: FeedName(f)})
	}
	out, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	start := time.Now()
	tc := &timedCache{Store: st}
	process := func(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error) {
		t := time.Now()
		defer func() { tc.process.Add(int64(time.Since(t))) }()
		return pipe.Process(feed, feedURL, feedName), nil
	}
	results := feeds.New(tc, process, feeds.Options{Workers: b.o.ProfileWorkers}).Poll(ctx, list, nil)
	elapsed := time.Since(start)
	pprof.StopCPUProfile()
	b.logf("in-process refresh: %s in %s; CPU profile in %s (go tool pprof -top %s)", feeds.Summarize(results), elapsed.Round(time.Millisecond), path, path)
	b.logf("summed wall time over the %d workers: ingest.Process %s; store writes %s (%d transactions)",
		b.o.ProfileWorkers, time.Duration(tc.process.Load()).Round(time.Millisecond), time.Duration(tc.upsert.Load()).Round(time.Millisecond), tc.calls.Load())
	return nil
}

// timedCache sums the wall time spent in Upsert, to tell waiting for
// SQLite's write lock from writing.
type timedCache struct {
	*store.Store
	upsert, process, calls atomic.Int64
}

// Upsert times the store's Upsert.
func (c *timedCache) Upsert(ctx context.Context, items []item.Item) (store.UpsertResult, error) {
	t := time.Now()
	defer func() { c.upsert.Add(int64(time.Since(t))); c.calls.Add(1) }()
	return c.Store.Upsert(ctx, items)
}

// WriteBatches times the store's batched writes (the poller's one writer)
// as Upsert does, counting one call per write.
func (c *timedCache) WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error) {
	t := time.Now()
	defer func() { c.upsert.Add(int64(time.Since(t))); c.calls.Add(1) }()
	return c.Store.WriteBatches(ctx, batches)
}

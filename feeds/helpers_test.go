package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// countingCache is the real store, counting the writes the poller makes.
type countingCache struct {
	*store.Store
	upserts, saves, moves atomic.Int64
	// written counts the saves made in the writer's transactions.
	written atomic.Int64
}

func (c *countingCache) Upsert(ctx context.Context, items []item.Item) (store.UpsertResult, error) {
	c.upserts.Add(1)
	return c.Store.Upsert(ctx, items)
}

// WriteBatches counts one write per feed, as Upsert does, and one save per
// feed state it carries, as SaveFeedState does.
func (c *countingCache) WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error) {
	c.upserts.Add(int64(len(batches)))
	for _, b := range batches {
		if b.State != nil {
			c.saves.Add(1)
			c.written.Add(1)
		}
	}
	return c.Store.WriteBatches(ctx, batches)
}

func (c *countingCache) SaveFeedState(ctx context.Context, st store.FeedState) error {
	c.saves.Add(1)
	return c.Store.SaveFeedState(ctx, st)
}

func (c *countingCache) MoveFeed(ctx context.Context, oldURL, newURL string) error {
	c.moves.Add(1)
	return c.Store.MoveFeed(ctx, oldURL, newURL)
}

func newCache(t *testing.T) *countingCache {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return &countingCache{Store: s}
}

// itemsOf returns the cached items of one feed URL, sorted by GUID.
func itemsOf(t *testing.T, c *countingCache, feedURL string) []item.Item {
	t.Helper()
	ctx := context.Background()
	rows, err := c.DB().QueryContext(ctx, `SELECT id FROM items WHERE feed_url = ? ORDER BY guid`, feedURL)
	if err != nil {
		t.Fatalf("items of %s: %v", feedURL, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	out := make([]item.Item, 0, len(ids))
	for _, id := range ids {
		it, err := c.Item(ctx, id)
		if err != nil {
			t.Fatalf("item %d: %v", id, err)
		}
		out = append(out, it)
	}
	return out
}

func stateOf(t *testing.T, c *countingCache, url string) store.FeedState {
	t.Helper()
	st, err := c.FeedState(context.Background(), url)
	if err != nil {
		t.Fatalf("feed state: %v", err)
	}
	return st
}

func hashOf(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// testGUID is the tests' item identity: the GUID, else the link, else a
// hash of title and date.
func testGUID(fi *gofeed.Item) string {
	if fi.GUID != "" {
		return fi.GUID
	}
	if fi.Link != "" {
		return fi.Link
	}
	return hashOf(fi.Title, fi.Published)
}

// testProcess is the simple processor of the tests: GUID is the item's GUID,
// else its link, else a hash of title and date; Title via sanitize.Line.
func testProcess(feed *gofeed.Feed, feedURL, feedName string) []item.Item {
	var out []item.Item
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		guid := testGUID(fi)
		it := item.Item{
			FeedURL:  feedURL,
			FeedName: feedName,
			GUID:     guid,
			Title:    sanitize.Line(fi.Title),
			Link:     fi.Link,
			Hash:     hashOf(fi.Title, fi.Content, fi.Description),
		}
		if fi.PublishedParsed != nil {
			it.Published = *fi.PublishedParsed
		}
		it.Sections.Body = fi.Content
		if it.Sections.Body == "" {
			it.Sections.Body = fi.Description
		}
		out = append(out, it)
	}
	return out
}

// clock is a settable test clock, at whole seconds as the store keeps them.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "feeds", name))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return b
}

// serveBytes answers every request with body and content type.
func serveBytes(ct string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ct)
		w.Write(body)
	}
}

// newPoller returns a poller on srv's client with the test clock.
func newPoller(c Cache, srv *httptest.Server, clk *clock, o Options) *Poller {
	o.Client = srv.Client()
	if clk != nil {
		o.Now = clk.Now
	}
	return New(c, infallible(testProcess), o)
}

func errText(r Result) string {
	if r.Err == nil {
		return ""
	}
	return r.Err.Error()
}

// infallible makes a Processor of a processing function that cannot fail
// (the tests' own, ingest's pipeline).
func infallible(process func(*gofeed.Feed, string, string) []item.Item) Processor {
	return func(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error) {
		return process(feed, feedURL, feedName), nil
	}
}

// Package feeds polls the configured feeds: a bounded pool of workers fetches
// each feed politely (conditional GET, back-off, Retry-After), safely (capped
// bodies and redirects, http and https only) and hands the parsed feed to a
// Processor whose items go into the cache.
package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// Cache is the part of the store the poller needs.
type Cache interface {
	FeedState(ctx context.Context, url string) (store.FeedState, error)
	SaveFeedState(ctx context.Context, st store.FeedState) error
	MoveFeed(ctx context.Context, oldURL, newURL string) error
	Upsert(ctx context.Context, items []item.Item) (store.UpsertResult, error)
	ArticlePage(ctx context.Context, feedURL, guid string) (store.ArticlePage, error)
	SaveArticlePage(ctx context.Context, feedURL, guid string, p store.ArticlePage) error
}

// Processor turns a parsed feed into items ready for the cache; it sets
// FeedURL, FeedName, GUID and Hash on every item. An error is lode's own
// failure, not the feed's (e.g. its dictionary could not be built): the
// feed fails with one line naming it and the cause, nothing of it is
// saved, its validators are kept and it does not back off, so the next
// refresh fetches it again at once.
type Processor func(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error)

// Feed is a configured feed.
type Feed struct {
	// URL is the address polled, as the config lists it; the feed's key in the cache.
	URL string
	// Name is the configured name; "" uses the feed's own title.
	Name string
	// Tags are the configured tags; the poller does not read them.
	Tags []string
	// FullText says when the article pages of new items are fetched.
	FullText FullText
	// Hidden keeps the feed's items out of views that do not name it
	// (newsboat's !hidden tag); it is still polled.
	Hidden bool
}

// Defaults for Options fields left zero.
const (
	DefaultWorkers      = 8
	DefaultTimeout      = 20 * time.Second
	DefaultDeadline     = 2 * time.Minute
	DefaultMaxBytes     = 10 << 20
	DefaultMaxItems     = 1000
	DefaultMaxRedirects = 5
)

// Back-off after failures: baseBackoff doubled per consecutive failure, at most maxBackoff.
const (
	baseBackoff = 5 * time.Minute
	maxBackoff  = 24 * time.Hour
)

// Options tune a Poller; zero fields take the defaults.
type Options struct {
	// Workers is how many feeds are fetched at once (default 8).
	Workers int
	// Timeout bounds one feed's request and body (default 20s).
	Timeout time.Duration
	// Deadline bounds a whole Poll (default 2m).
	Deadline time.Duration
	// MaxBytes caps the body, both as sent and after gzip decompression (default 10 MiB).
	MaxBytes int64
	// MaxItems caps the items taken from one feed (default 1000); the rest are dropped with a note.
	MaxItems int
	// MaxRedirects caps a redirect chain (default 5).
	MaxRedirects int
	// UserAgent is sent with every request (default "lode/<version> (+https://github.com/lode-reader/lode)").
	UserAgent string
	// Client makes the requests (default: a client on a clone of http.DefaultTransport).
	Client *http.Client
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Force polls feeds even when they are backing off.
	Force bool
	// IsPrivate says whether an address is inside the user's network
	// (default PrivateAddr); a feed on a public host may not redirect to one.
	IsPrivate func(netip.Addr) bool
	// ArticleTimeout bounds one article page (default 15s).
	ArticleTimeout time.Duration
	// ArticlesPerHost is how many article pages of one host are fetched at once (default 2).
	ArticlesPerHost int
	// Politeness is the per-host state of article fetching (concurrency,
	// Retry-After) to share with other pollers, e.g. for a reader's whole
	// run; nil gives the poller its own.
	Politeness *Politeness
}

// Status is how a feed's poll ended.
type Status int

const (
	// OK means the feed was fetched and parsed.
	OK Status = iota
	// NotModified means the server answered 304: nothing new, nothing parsed.
	NotModified
	// Failed means the poll failed; Result.Err says why.
	Failed
	// Skipped means the feed was not polled (backing off, or out of time); Result.Note says why.
	Skipped
)

// String names the status as the user reads it.
func (s Status) String() string {
	switch s {
	case OK:
		return "ok"
	case NotModified:
		return "not modified"
	case Failed:
		return "failed"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("status(%d)", int(s))
}

// Result is one feed's poll.
type Result struct {
	// Feed is the feed polled.
	Feed Feed
	// Status is how the poll ended.
	Status Status
	// New and Updated count the items the cache gained and changed.
	New, Updated int
	// NewIDs are the cache ids of the new items.
	NewIDs []int64
	// FreshIDs are the NewIDs that are news, not backfills of items published
	// long before they arrived (see store.BackfillGrace): what to announce.
	FreshIDs []int64
	// Backfilled counts the new items that are backfills.
	Backfilled int
	// Err is the failure, one line naming the feed and the cause; nil unless Status is Failed.
	Err error
	// MovedTo is the feed's new URL after a permanent redirect (301/308); the
	// cache has already moved it, the caller updates the configuration.
	MovedTo string
	// PendingMove is where the feed moved permanently on another host: not
	// followed, it waits for the user (the cache keeps it as PendingURL).
	PendingMove string
	// Title is the feed's own title, sanitised (empty unless fetched).
	Title string
	// Duration is how long the poll took.
	Duration time.Duration
	// Note is extra information for the user, e.g. "kept first 1000 of 5000 items".
	Note string
	// Articles is how many article pages were fetched for new items (full text).
	Articles int
}

// Poller fetches feeds into a Cache. It is safe for concurrent use.
type Poller struct {
	cache   Cache
	process Processor
	o       Options
	// parses and bodies are semaphores bounding the documents parsed and
	// the bodies held at once (see limits.go).
	parses, bodies chan struct{}
	// requests bounds the feeds being fetched at once to Options.Workers:
	// Poll runs more goroutines than that, so that feeds whose items wait
	// for the cache's one writer do not keep others from being fetched and
	// parsed.
	requests chan struct{}
	// cpu bounds the feeds being parsed, enriched and prepared at once to
	// the processors Go may use (see parseFeed), so that the cache's one
	// writer, which every feed waits for, keeps a fair share of them.
	cpu chan struct{}
	// freed is signalled each time a slot of cpu is given back.
	freed signal
	// arts is the per-host politeness of article fetching (article.go).
	arts *Politeness
}

// New returns a Poller writing to cache through process.
func New(cache Cache, process Processor, o Options) *Poller {
	positiveOr(&o.Workers, DefaultWorkers)
	positiveOr(&o.Timeout, DefaultTimeout)
	positiveOr(&o.Deadline, DefaultDeadline)
	positiveOr(&o.MaxBytes, DefaultMaxBytes)
	positiveOr(&o.MaxItems, DefaultMaxItems)
	positiveOr(&o.MaxRedirects, DefaultMaxRedirects)
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent()
	}
	if o.Client == nil {
		o.Client = &http.Client{Transport: newTransport(o.Workers)}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.IsPrivate == nil {
		o.IsPrivate = PrivateAddr
	}
	positiveOr(&o.ArticleTimeout, DefaultArticleTimeout)
	positiveOr(&o.ArticlesPerHost, DefaultArticlesPerHost)
	arts := o.Politeness
	if arts == nil {
		arts = &Politeness{}
	}
	return &Poller{cache: cache, process: process, o: o, arts: arts,
		parses: make(chan struct{}, maxParses), bodies: make(chan struct{}, bodySlots(o.MaxBytes)),
		requests: make(chan struct{}, o.Workers), cpu: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

// newTransport is a clone of http.DefaultTransport (its timeouts kept) that
// keeps an idle connection per worker for each host, so workers polling
// feeds of one host reuse connections rather than redial.
func newTransport(workers int) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = max(workers, 2)
	t.MaxIdleConns = max(t.MaxIdleConns, workers)
	return t
}

// DefaultUserAgent is "lode/<version> (+https://github.com/lode-reader/lode)",
// the version taken from the build information ("dev" for local builds).
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "lode/" + v + " (+https://github.com/lode-reader/lode)"
}

// Poll fetches feeds with a bounded pool of workers, all within
// Options.Deadline. progress, if not nil, is called once per feed as it
// finishes, never concurrently. The results are in the order of feeds.
func (p *Poller) Poll(ctx context.Context, feeds []Feed, progress func(Result)) []Result {
	results := make([]Result, len(feeds))
	if len(feeds) == 0 {
		return results
	}
	pctx, cancel := context.WithTimeoutCause(ctx, p.o.Deadline, &deadlineError{p.o.Deadline})
	defer cancel()
	pctx, w := p.startWriter(pctx)

	var mu sync.Mutex
	report := func(i int, r Result) {
		results[i] = r
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(r)
		}
	}

	jobs := make(chan int)
	done := make(chan hostDone)
	workers := min(pollGoroutines(p.o.Workers), len(feeds))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				// schedule took a request slot for the job; it is freed once
				// the body is read, or after schedule hears of a failure.
				free := p.slotFree()
				r := Result{Feed: feeds[i], Status: Skipped, Note: "not polled: " + stopReason(pctx)}
				if pctx.Err() == nil {
					r = p.fetchHolding(pctx, feeds[i], free)
				}
				report(i, r)
				var te *timeoutError
				done <- hostDone{host: hostKey(feeds[i].URL), timedOut: r.Status == Failed && errors.As(r.Err, &te)}
				free()
			}
		}()
	}
	seen := make(map[string]bool, len(feeds))
	var pending []int
	for i, f := range feeds {
		key := strings.TrimSpace(f.URL)
		if seen[key] {
			report(i, Result{Feed: f, Status: Skipped, Note: "not polled: the same URL is listed twice"})
			continue
		}
		seen[key] = true
		pending = append(pending, i)
	}
	p.schedule(pending, feeds, jobs, done, report)
	close(jobs)
	wg.Wait()
	w.stop()
	return results
}

// pollGoroutines is how many feeds Poll works on at once for a number of
// workers: twice as many, while only workers of them are fetched at once
// (Poller.requests). With one writer, a feed's goroutine waits for its
// items to be written; the others meanwhile fetch, parse and enrich, so
// both cores stay busy instead of every worker waiting on the same write.
func pollGoroutines(workers int) int { return 2 * workers }

// schedule hands the pending feeds to the workers in order, each once one
// of the Options.Workers request slots is free (it takes the slot for the
// job); once a feed times out, the other feeds of its host are skipped for
// this refresh: a stalling host costs one timeout, never the whole refresh.
func (p *Poller) schedule(pending []int, feeds []Feed, jobs chan<- int, done <-chan hostDone, report func(int, Result)) {
	stalled := map[string]bool{}
	running := 0
	slot := false // schedule holds a request slot for the next job
	defer func() {
		if slot {
			<-p.requests
		}
	}()
	for len(pending) > 0 || running > 0 {
		next := -1
		for k := 0; k < len(pending); {
			i := pending[k]
			h := hostKey(feeds[i].URL)
			if stalled[h] {
				report(i, Result{Feed: feeds[i], Status: Skipped, Note: "not polled: another feed on " + clip(sanitize.Line(h), 80) + " timed out in this refresh"})
				pending = append(pending[:k], pending[k+1:]...)
				continue
			}
			next = k
			break
		}
		var send chan<- int
		var take chan<- struct{}
		var job int
		switch {
		case next >= 0 && slot:
			send, job = jobs, pending[next]
		case next >= 0:
			take = p.requests
		case running == 0:
			return
		}
		select {
		case take <- struct{}{}:
			slot = true
		case send <- job:
			running++
			slot = false
			pending = append(pending[:next], pending[next+1:]...)
		case f := <-done:
			running--
			if f.timedOut {
				stalled[f.host] = true
			}
		}
	}
}

// hostDone is a worker's word that a feed of host is done.
type hostDone struct {
	host     string
	timedOut bool // the feed's own timeout ran out: the host is stalling
}

// hostKey is the host (and port) a feed is fetched from, lower case.
func hostKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

// Fetch polls one feed now, within Options.Timeout (and ctx).
func (p *Poller) Fetch(ctx context.Context, f Feed) Result {
	return p.fetch(ctx, f)
}

// Summary counts a refresh's results.
type Summary struct {
	// OK, NotModified, Failed and Skipped count the results by Status.
	OK, NotModified, Failed, Skipped int
	// New and Updated add up the results' item counts.
	New, Updated int
}

// Summarize counts results by status and adds up their items.
func Summarize(rs []Result) Summary {
	var s Summary
	for _, r := range rs {
		switch r.Status {
		case OK:
			s.OK++
		case NotModified:
			s.NotModified++
		case Failed:
			s.Failed++
		case Skipped:
			s.Skipped++
		}
		s.New += r.New
		s.Updated += r.Updated
	}
	return s
}

// String reads like "12 feeds: 9 ok, 2 not modified, 1 failed · 34 new, 3 updated";
// zero not-modified, failed and skipped counts are left out.
func (s Summary) String() string {
	total := s.OK + s.NotModified + s.Failed + s.Skipped
	noun := "feeds"
	if total == 1 {
		noun = "feed"
	}
	parts := []string{fmt.Sprintf("%d ok", s.OK)}
	if s.NotModified > 0 {
		parts = append(parts, fmt.Sprintf("%d not modified", s.NotModified))
	}
	if s.Failed > 0 {
		parts = append(parts, fmt.Sprintf("%d failed", s.Failed))
	}
	if s.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped", s.Skipped))
	}
	return fmt.Sprintf("%d %s: %s · %d new, %d updated", total, noun, strings.Join(parts, ", "), s.New, s.Updated)
}

package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"github.com/lode-reader/lode/internal/article"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// FullText says when lode fetches an item's article page instead of
// keeping only the feed's text.
type FullText int

const (
	// FullTextOff keeps the feed's text (the default).
	FullTextOff FullText = iota
	// FullTextOn fetches the article page of every new item.
	FullTextOn
	// FullTextAuto fetches it for new items whose feed text is short or has
	// no sections (no highlights, analysis or takeaway of its own).
	FullTextAuto
)

// Article fetching defaults.
const (
	// DefaultArticleTimeout bounds one article page, request and body.
	DefaultArticleTimeout = 15 * time.Second
	// DefaultArticlesPerHost is how many article pages of one host are fetched at once.
	DefaultArticlesPerHost = 2
	// shortWords is the feed text, in words, under which "auto" fetches the article.
	shortWords = 100
	// maxArticleNotes bounds the failure lines one feed's refresh reports.
	maxArticleNotes = 3
)

// articles holds the politeness state of article fetching shared by a
// Poller's workers: a slot semaphore per host, and the time each host asked
// lode to wait until (Retry-After).
type articles struct {
	mu    sync.Mutex
	slots map[string]chan struct{}
	wait  map[string]time.Time
}

func (a *articles) slot(host string, per int) chan struct{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.slots == nil {
		a.slots, a.wait = map[string]chan struct{}{}, map[string]time.Time{}
	}
	s, ok := a.slots[host]
	if !ok {
		s = make(chan struct{}, per)
		a.slots[host] = s
	}
	return s
}

func (a *articles) waitUntil(host string) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.wait[host]
}

func (a *articles) setWait(host string, t time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.wait == nil {
		a.wait = map[string]time.Time{}
	}
	if t.After(a.wait[host]) {
		a.wait[host] = t
	}
}

// NeedsArticle reports whether mode asks for the article page of an item
// with these feed sections.
func NeedsArticle(mode FullText, s item.Item) bool {
	switch mode {
	case FullTextOn:
		return true
	case FullTextAuto:
		sec := s.Sections
		words := len(strings.Fields(sec.Body)) + len(strings.Fields(sec.Analysis)) + len(strings.Fields(sec.Takeaway))
		if !sec.HighlightsDerived {
			for _, h := range sec.Highlights {
				words += len(strings.Fields(h))
			}
		}
		structured := sec.Analysis != "" || sec.Takeaway != "" || (len(sec.Highlights) > 0 && !sec.HighlightsDerived)
		return words < shortWords || !structured
	}
	return false
}

// FetchArticle fetches the article page an item links to, extracts the
// article and returns the item with its sections, companies and score
// taken from the article, TextSource set to item.SourceArticle and the
// feed's own text kept in FeedSummary; the cache is updated. The item's
// identity, title and hash stay the feed's, so the next refresh keeps the
// article. The error is one line of cause (the caller names the item).
func (p *Poller) FetchArticle(ctx context.Context, it item.Item) (item.Item, error) {
	got, err := p.article(ctx, it)
	if err != nil {
		return it, err
	}
	wctx, cancel := writeCtx(ctx)
	defer cancel()
	if _, err := p.cache.Upsert(wctx, []item.Item{got}); err != nil {
		return it, &cacheError{fmt.Errorf("save the article: %w", err)}
	}
	return got, nil
}

// article fetches and extracts one item's article page.
func (p *Poller) article(ctx context.Context, it item.Item) (item.Item, error) {
	u, err := url.Parse(it.Link)
	if err != nil || !httpURL(u) {
		return it, errors.New("the item has no http(s) link")
	}
	host := strings.ToLower(u.Host)
	if until := p.arts.waitUntil(host); until.After(p.o.Now()) {
		return it, fmt.Errorf("%s asked to wait until %s", clip(sanitize.Line(host), 60), until.Local().Format("15:04"))
	}
	slot := p.arts.slot(host, p.o.ArticlesPerHost)
	if err := acquire(ctx, slot); err != nil {
		return it, err
	}
	defer func() { <-slot }()

	actx, cancel := context.WithTimeoutCause(ctx, p.o.ArticleTimeout, &timeoutError{p.o.ArticleTimeout})
	defer cancel()
	got, err := p.get(actx, u, store.FeedState{})
	if err != nil {
		if actx.Err() != nil {
			err = context.Cause(actx)
		}
		var se *StatusError
		if errors.As(err, &se) && (se.Code == http.StatusTooManyRequests || se.Code == http.StatusServiceUnavailable) {
			p.arts.setWait(host, p.o.Now().Add(max(se.RetryAfter, time.Minute)))
		}
		return it, errors.New(describe(err))
	}
	defer got.release()
	if got.status != http.StatusOK {
		return it, fmt.Errorf("server said %d", got.status)
	}
	page := got.body
	if !utf8.Valid(page) {
		if enc, _, _ := charset.DetermineEncoding(page, got.header.Get("Content-Type")); enc != nil {
			if out, err := enc.NewDecoder().Bytes(page); err == nil {
				page = out
			}
		}
	}
	art, err := article.Extract(page, got.finalURL)
	if err != nil {
		return it, err
	}
	a := p.withArticle(it, art.HTML)
	if words(a) <= words(it) {
		return it, errors.New("the article page has no more text than the feed")
	}
	return a, nil
}

// withArticle runs the article's HTML through the same pipeline as feed
// text and keeps the feed item's identity, title, date and hash.
func (p *Poller) withArticle(it item.Item, articleHTML string) item.Item {
	e := &gofeed.Item{Title: it.Title, Link: it.Link, GUID: it.GUID, Content: sanitize.Text(articleHTML)}
	if !it.Published.IsZero() {
		pub := it.Published
		e.PublishedParsed = &pub
	}
	out := p.process(&gofeed.Feed{Items: []*gofeed.Item{e}}, it.FeedURL, it.FeedName)
	if len(out) == 0 {
		return it
	}
	a := out[0]
	a.ID, a.FeedURL, a.FeedName, a.GUID, a.Title, a.Link, a.Hash = it.ID, it.FeedURL, it.FeedName, it.GUID, it.Title, it.Link, it.Hash
	a.Published, a.Read, a.Starred = it.Published, it.Read, it.Starred
	a.TextSource = item.SourceArticle
	a.FeedSummary = it.FeedSummary
	if it.TextSource != item.SourceArticle {
		a.FeedSummary = feedText(it)
	}
	return a
}

// words counts an item's words of text.
func words(it item.Item) int {
	return len(strings.Fields(feedText(it)))
}

// feedText is an item's feed text as plain paragraphs: its own highlights,
// body, analysis and takeaway.
func feedText(it item.Item) string {
	var parts []string
	if !it.Sections.HighlightsDerived {
		for _, h := range it.Sections.Highlights {
			parts = append(parts, "• "+h)
		}
	}
	for _, s := range []string{it.Sections.Body, it.Sections.Analysis, it.Sections.Takeaway} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n")
}

// fullText fetches the article pages that f's mode asks for among the new
// items, stores them and returns how many it fetched and one note per
// failure (at most maxArticleNotes, then a count). The feed items are
// already cached: a failure loses nothing.
func (p *Poller) fullText(ctx context.Context, f Feed, items []item.Item, newGUIDs []string) (int, []string) {
	isNew := make(map[string]bool, len(newGUIDs))
	for _, g := range newGUIDs {
		isNew[g] = true
	}
	var todo []item.Item
	for _, it := range items {
		if isNew[it.GUID] && it.Link != "" && NeedsArticle(f.FullText, it) {
			todo = append(todo, it)
		}
	}
	if len(todo) == 0 {
		return 0, nil
	}
	type result struct {
		it  item.Item
		err error
	}
	results := make([]result, len(todo))
	var wg sync.WaitGroup
	limit := make(chan struct{}, 4) // article pages of one feed fetched at once
	for i, it := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acquire(ctx, limit); err != nil {
				results[i] = result{it, err}
				return
			}
			defer func() { <-limit }()
			a, err := p.article(ctx, it)
			results[i] = result{a, err}
		}()
	}
	wg.Wait()
	var done []item.Item
	var notes []string
	failed := 0
	for _, r := range results {
		if r.err == nil {
			done = append(done, r.it)
			continue
		}
		failed++
		if failed <= maxArticleNotes {
			notes = append(notes, fmt.Sprintf("article for %q: %s", clip(r.it.Title, 60), clip(sanitize.Line(r.err.Error()), 120)))
		}
	}
	if failed > maxArticleNotes {
		notes = append(notes, fmt.Sprintf("%d more articles failed", failed-maxArticleNotes))
	}
	if len(done) > 0 {
		wctx, cancel := writeCtx(ctx)
		defer cancel()
		if _, err := p.cache.Upsert(wctx, done); err != nil {
			return 0, append(notes, "articles not saved: "+clip(sanitize.Line(err.Error()), 120))
		}
	}
	return len(done), notes
}

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

// Politeness is the per-host politeness of article fetching: a slot
// semaphore per host (at most Options.ArticlesPerHost pages of one host in
// flight) and the time each host asked lode to wait until (Retry-After on a
// 429 or 503). Pollers given the same Politeness (Options.Politeness) share
// it, so the reader remembers a host's answer across its `A` presses and
// refreshes. The zero value is ready to use; it is safe for concurrent use.
type Politeness struct {
	mu    sync.Mutex
	slots map[string]chan struct{}
	wait  map[string]time.Time
}

// slot is host's semaphore, made with per places on first use.
func (a *Politeness) slot(host string, per int) chan struct{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.slots == nil {
		a.slots = map[string]chan struct{}{}
	}
	s, ok := a.slots[host]
	if !ok {
		s = make(chan struct{}, per)
		a.slots[host] = s
	}
	return s
}

// waitUntil is the time host asked lode to wait until (zero if none).
func (a *Politeness) waitUntil(host string) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.wait[host]
}

// setWait remembers that host asked lode to wait until t; a later time wins.
func (a *Politeness) setWait(host string, t time.Time) {
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
// article. When the item's text already comes from its article page, the
// page is asked for with the validators its server sent last time
// (If-None-Match, If-Modified-Since): a 304 Not Modified keeps the stored
// article, returned as it is with unchanged true. The error is one line of
// cause (the caller names the item).
func (p *Poller) FetchArticle(ctx context.Context, it item.Item) (got item.Item, unchanged bool, err error) {
	a, err := p.article(ctx, it)
	if err != nil {
		return it, false, err
	}
	if a.unchanged {
		return it, true, nil
	}
	wctx, cancel := writeCtx(ctx)
	defer cancel()
	if _, err := p.cache.Upsert(wctx, []item.Item{a.it}); err != nil {
		return it, false, &cacheError{fmt.Errorf("save the article: %w", err)}
	}
	p.savePage(wctx, a)
	return a.it, false, nil
}

// fetchedArticle is one article page's outcome.
type fetchedArticle struct {
	it   item.Item         // the item with the article's text
	page store.ArticlePage // the page's URL and validators, for the next conditional GET
	// unchanged says the server answered 304 Not Modified: it is the
	// stored item, whose article stays.
	unchanged bool
}

// savePage remembers the validators of an article page just stored. A page
// not remembered is fetched whole next time: nothing is lost, so a failure
// is not reported.
func (p *Poller) savePage(ctx context.Context, a fetchedArticle) {
	_ = p.cache.SaveArticlePage(ctx, a.it.FeedURL, a.it.GUID, a.page)
}

// article fetches and extracts one item's article page, conditionally
// when the item's text already comes from it.
func (p *Poller) article(ctx context.Context, it item.Item) (fetchedArticle, error) {
	u, err := url.Parse(it.Link)
	if err != nil || !httpURL(u) {
		return fetchedArticle{}, errors.New("the item has no link")
	}
	host := strings.ToLower(u.Host)
	if until := p.arts.waitUntil(host); until.After(p.o.Now()) {
		return fetchedArticle{}, fmt.Errorf("%s asked lode to wait: not asking again before %s", clip(sanitize.Line(host), 60), p.clock(until))
	}
	var cond store.FeedState
	if it.TextSource == item.SourceArticle {
		pg, err := p.cache.ArticlePage(ctx, it.FeedURL, it.GUID)
		if err == nil && pg.URL == it.Link {
			cond.ETag, cond.LastModified = pg.ETag, pg.LastModified
		}
	}
	slot := p.arts.slot(host, p.o.ArticlesPerHost)
	if err := acquire(ctx, slot); err != nil {
		return fetchedArticle{}, err
	}
	defer func() { <-slot }()

	actx, cancel := context.WithTimeoutCause(ctx, p.o.ArticleTimeout, &timeoutError{p.o.ArticleTimeout})
	defer cancel()
	got, err := p.get(actx, u, cond)
	if err != nil {
		if actx.Err() != nil {
			err = context.Cause(actx)
		}
		var se *StatusError
		if errors.As(err, &se) && (se.Code == http.StatusTooManyRequests || se.Code == http.StatusServiceUnavailable) {
			until := p.o.Now().Add(max(se.RetryAfter, time.Minute))
			p.arts.setWait(host, until)
			return fetchedArticle{}, fmt.Errorf("%s: not asking %s again before %s", describe(err), clip(sanitize.Line(host), 60), p.clock(until))
		}
		return fetchedArticle{}, errors.New(describe(err))
	}
	defer got.release()
	if got.status == http.StatusNotModified {
		if cond.ETag == "" && cond.LastModified == "" {
			return fetchedArticle{}, errors.New("server said 304 Not Modified to a request that was not conditional")
		}
		return fetchedArticle{it: it, unchanged: true}, nil
	}
	if got.status != http.StatusOK {
		return fetchedArticle{}, fmt.Errorf("server said %d", got.status)
	}
	a, err := p.readArticle(it, got.body, got.header.Get("Content-Type"), got.finalURL)
	if err != nil {
		return fetchedArticle{}, err
	}
	return fetchedArticle{it: a, page: store.ArticlePage{
		URL:          it.Link,
		ETag:         headerValue(got.header.Get("ETag")),
		LastModified: headerValue(got.header.Get("Last-Modified")),
	}}, nil
}

// readArticle reads a fetched article page (its bytes, Content-Type and
// final URL) into the item: charset decoding, extraction, and the feed
// text's pipeline. A page with no more text than the feed is refused.
func (p *Poller) readArticle(it item.Item, page []byte, contentType string, pageURL *url.URL) (item.Item, error) {
	if !utf8.Valid(page) {
		if enc, _, _ := charset.DetermineEncoding(page, contentType); enc != nil {
			if out, err := enc.NewDecoder().Bytes(page); err == nil {
				page = out
			}
		}
	}
	art, err := article.Extract(page, pageURL)
	if err != nil {
		return it, err
	}
	a := p.withArticle(it, art.HTML)
	feedWords := words(it)
	if it.TextSource == item.SourceArticle {
		feedWords = len(strings.Fields(it.FeedSummary))
	}
	if words(a) <= feedWords {
		return it, errors.New("the article page has no more text than the feed")
	}
	return a, nil
}

// clock words a time the user is told to wait until: "15:04" today, with
// the date on another day.
func (p *Poller) clock(t time.Time) string {
	if sameDay(t.Local(), p.o.Now().Local()) {
		return t.Local().Format("15:04")
	}
	return t.Local().Format("Jan 2 15:04")
}

// withArticle runs the article's HTML through the same pipeline as feed
// text and keeps the feed item's identity, title, date and hash.
func (p *Poller) withArticle(it item.Item, articleHTML string) item.Item {
	e := &gofeed.Item{Title: it.Title, Link: it.Link, GUID: it.GUID, Content: sanitize.Text(articleHTML)}
	if !it.Published.IsZero() {
		pub := it.Published
		e.PublishedParsed = &pub
	}
	out, err := p.processSafe(&gofeed.Feed{Items: []*gofeed.Item{e}}, it.FeedURL, it.FeedName)
	if err != nil || len(out) == 0 {
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
		it  item.Item // the feed's item
		a   fetchedArticle
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
				results[i] = result{it: it, err: err}
				return
			}
			defer func() { <-limit }()
			a, err := p.article(ctx, it)
			results[i] = result{it: it, a: a, err: err}
		}()
	}
	wg.Wait()
	var done []item.Item
	var pages []fetchedArticle
	var notes []string
	failed := 0
	for _, r := range results {
		if r.err == nil && !r.a.unchanged {
			done = append(done, r.a.it)
			pages = append(pages, r.a)
			continue
		}
		if r.err == nil { // a new item has no stored article to be unchanged from
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
		for _, a := range pages {
			p.savePage(wctx, a)
		}
	}
	return len(done), notes
}

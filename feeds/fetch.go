package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// cacheWriteTimeout bounds saving a feed's state once its own context is over.
const cacheWriteTimeout = 10 * time.Second

// fetched is what a successful request brought back.
type fetched struct {
	status   int
	body     []byte
	header   http.Header
	finalURL *url.URL
	movedTo  string // target of the leading run of permanent redirects
	release  func() // frees the body's slot; never nil once get returns
}

// fetch polls one feed: back-off check, conditional GET, parse, process,
// upsert, and the feed's state saved either way. It waits for one of the
// Options.Workers request slots first.
func (p *Poller) fetch(ctx context.Context, f Feed) Result {
	if acquire(ctx, p.requests) != nil {
		return Result{Feed: f, Status: Skipped, Note: "not polled: " + stopReason(ctx)}
	}
	free := p.slotFree()
	defer free()
	return p.fetchHolding(ctx, f, free)
}

// slotFree returns the function that frees a request slot the caller
// holds, once however often it is called.
func (p *Poller) slotFree() func() {
	held := true
	return func() {
		if held {
			held = false
			<-p.requests
		}
	}
}

// fetchHolding is fetch for a caller that holds a request slot: free is
// called as soon as the feed's body is read, so that another feed is
// fetched while this one is parsed and written. A feed that fails keeps
// the slot until the caller frees it, after it has told the scheduler.
func (p *Poller) fetchHolding(ctx context.Context, f Feed, free func()) (res Result) {
	start := time.Now()
	res = Result{Feed: f}
	defer func() { res.Duration = time.Since(start) }()
	name := displayName(f)
	fail := func(err error) Result {
		res.Status = Failed
		res.Err = &Error{Feed: name, Msg: clip(describe(err), maxMsg), Err: err}
		return res
	}

	raw := strings.TrimSpace(f.URL)
	u, err := url.Parse(raw)
	if err != nil || !httpURL(u) || !sanitize.URL(raw) {
		return fail(ErrNotHTTP)
	}

	st, err := p.cache.FeedState(ctx, raw)
	if err != nil {
		return fail(fmt.Errorf("read feed state from the cache: %w", err))
	}
	st.URL = raw
	now := p.o.Now()
	if !p.o.Force && st.NextAttempt.After(now) {
		res.Status = Skipped
		res.Note = fmt.Sprintf("backing off until %s", st.NextAttempt.Local().Format("15:04"))
		if !sameDay(st.NextAttempt.Local(), now.Local()) {
			res.Note = fmt.Sprintf("backing off until %s", st.NextAttempt.Local().Format("Jan 2 15:04"))
		}
		if st.Failures > 0 {
			res.Note += fmt.Sprintf(" after %d failed %s", st.Failures, plural(st.Failures, "attempt"))
		}
		if st.LastError != "" {
			res.Note += " (" + clip(sanitize.Line(st.LastError), 120) + ")"
		}
		return res
	}

	fctx, cancel := context.WithTimeoutCause(ctx, p.o.Timeout, &timeoutError{p.o.Timeout})
	defer cancel()
	got, err := p.get(fctx, u, st)
	if err == nil {
		free()
	}
	if err == nil {
		defer got.release()
	}
	if err == nil && got.status == http.StatusOK {
		st.PendingURL = "" // the feed answered without moving off its host
	}
	if err == nil && got.movedTo != "" && got.movedTo != raw && !sameHost(raw, got.movedTo) {
		// A move to another host waits for the user (lode feeds accept):
		// the items stay under the configured URL meanwhile.
		st.PendingURL = got.movedTo
		res.PendingMove = got.movedTo
	} else if err == nil && got.movedTo != "" && got.movedTo != raw {
		// Move first, so items already cached follow and the new ones land beside them.
		wctx, wcancel := writeCtx(ctx)
		err := p.cache.MoveFeed(wctx, raw, got.movedTo)
		wcancel()
		if err != nil {
			return fail(&cacheError{fmt.Errorf("move feed to %s: %w", got.movedTo, err)})
		}
		res.MovedTo = got.movedTo
		st.URL = got.movedTo
	}
	var parsed parsedFeed
	if err == nil && got.status == http.StatusOK {
		parsed, err = p.parseFeed(ctx, got, st.URL, f)
	}
	// The state this fetch ends with, made once the feed is parsed (its
	// title); saved with the feed's items when they go through the Poll's
	// writer, else on its own below.
	var ok store.FeedState
	stateSaved := false
	if err == nil {
		ok = succeeded(st, got, parsed.title, now)
		if got.status == http.StatusOK {
			stateSaved, err = p.storeItems(ctx, &parsed, ok, f, &res)
		}
	}
	if err == nil && res.PendingMove != "" {
		note := "moved permanently to " + res.PendingMove + " (another host): not followed until you run lode feeds accept"
		res.Note = strings.TrimPrefix(res.Note+"; "+note, "; ")
	}
	if err != nil {
		if fctx.Err() != nil {
			err = context.Cause(fctx)
		}
		if ctx.Err() != nil { // the refresh or the caller stopped: not the feed's fault
			return fail(context.Cause(ctx))
		}
		if !lodesFault(err) {
			p.saveFailure(ctx, &st, err, now)
		}
		r := fail(err)
		var se *StatusError
		if errors.As(err, &se) && (se.Code == http.StatusTooManyRequests || se.Code >= 500) {
			r.Err.(*Error).Msg += ", retrying after " + human(st.NextAttempt.Sub(now))
		}
		return r
	}

	// Success (200 or 304).
	res.Status = OK
	if got.status == http.StatusNotModified {
		res.Status = NotModified
	}
	if stateSaved {
		return res
	}
	wctx, wcancel := writeCtx(ctx)
	defer wcancel()
	if err := p.cache.SaveFeedState(wctx, ok); err != nil {
		return fail(&cacheError{fmt.Errorf("save feed state: %w", err)})
	}
	return res
}

// succeeded is st after a successful fetch at now: the validators of a 200
// answer and the feed's title (unless empty) taken, the failures forgotten.
func succeeded(st store.FeedState, got *fetched, title string, now time.Time) store.FeedState {
	if got.status != http.StatusNotModified {
		st.ETag = headerValue(got.header.Get("ETag"))
		st.LastModified = headerValue(got.header.Get("Last-Modified"))
		if title != "" {
			st.Title = title
		}
	}
	st.LastAttempt, st.LastSuccess = now, now
	st.Failures, st.LastError, st.NextAttempt = 0, "", time.Time{}
	return st
}

// cacheError marks a failure of the cache, which is not the feed's fault and
// does not count towards its back-off.
type cacheError struct{ err error }

func (e *cacheError) Error() string { return "cache error: " + e.err.Error() }
func (e *cacheError) Unwrap() error { return e.err }

// lodesFault reports whether err is a failure of lode's own (the cache,
// the Processor) rather than of the feed: it leaves the feed's state as it
// was, neither a failure counted nor a back-off.
func lodesFault(err error) bool {
	var (
		ce *cacheError
		pe *processError
	)
	return errors.As(err, &ce) || errors.As(err, &pe)
}

// writeCtx is ctx without its cancellation, bounded by cacheWriteTimeout, so
// a feed's outcome is recorded even when its own time ran out.
func writeCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), cacheWriteTimeout)
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// headerValue keeps a validator header only if it is short and printable.
func headerValue(v string) string {
	v = strings.TrimSpace(v)
	if len(v) > 1024 || sanitize.Line(v) != v {
		return ""
	}
	return v
}

// saveFailure records a failed attempt: one more failure, the error, and the
// next attempt after the back-off or the server's Retry-After, whichever is later.
func (p *Poller) saveFailure(ctx context.Context, st *store.FeedState, err error, now time.Time) {
	st.Failures++
	st.LastAttempt = now
	st.LastError = clip(describe(err), maxMsg)
	wait := backoff(st.Failures)
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > wait {
		wait = min(se.RetryAfter, maxBackoff)
	}
	st.NextAttempt = now.Add(wait)
	// When the server could not be reached at all (no such host, connection
	// refused), lode is probably offline: waiting spares no server, and the
	// next refresh should try again as soon as the network is back.
	var nerr net.Error
	if se == nil && errors.As(err, &nerr) && !nerr.Timeout() {
		st.NextAttempt = time.Time{}
	}
	wctx, cancel := writeCtx(ctx)
	defer cancel()
	// A failure to record a failure leaves the old state; the feed is retried sooner.
	_ = p.cache.SaveFeedState(wctx, *st)
}

// backoff is min(2^failures × 5m, 24h).
func backoff(failures int) time.Duration {
	if failures >= 10 {
		return maxBackoff
	}
	return min(baseBackoff<<failures, maxBackoff)
}

// retryAfter parses a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(maxBackoff/time.Second) {
			return maxBackoff
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return min(t.Sub(now), maxBackoff)
	}
	return 0
}

// get makes the conditional request, following at most MaxRedirects
// redirects to http or https URLs, and reads a 200 body within MaxBytes.
func (p *Poller) get(ctx context.Context, u *url.URL, st store.FeedState) (*fetched, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrNotHTTP, sanitize.Line(err.Error()))
	}
	req.Header.Set("User-Agent", p.o.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}

	got := &fetched{release: func() {}}
	permanent := true
	var feedPrivate *bool // whether the feed's own host is private, looked up at the first redirect
	client := *p.o.Client
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if len(via) > p.o.MaxRedirects {
			return kindf(ErrTooManyRedirects, "too many redirects (loop?)")
		}
		if !httpURL(r.URL) {
			scheme := clip(sanitize.Line(r.URL.Scheme), 20)
			if scheme == "" {
				return kindf(ErrNotHTTP, "redirected to a non-http URL")
			}
			return kindf(ErrNotHTTP, "redirected to a non-http URL (%s:)", scheme)
		}
		if !sanitize.URL(r.URL.String()) {
			return kindf(ErrNotHTTP, "redirected to a URL with control, bidi or space characters")
		}
		if err := p.checkPrivate(r.Context(), u, r.URL, &feedPrivate); err != nil {
			return err
		}
		if r.Response != nil && permanent {
			if code := r.Response.StatusCode; code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect {
				got.movedTo = r.URL.String()
			} else {
				permanent = false
			}
		}
		return nil
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	got.status = resp.StatusCode
	got.header = resp.Header
	got.finalURL = resp.Request.URL
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return got, nil
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		// 203 and the like carry a body; 204 and 205 do not.
		got.status = http.StatusOK
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return nil, fmt.Errorf("server said %s without a usable Location", statusText(resp))
	default:
		return nil, &StatusError{
			Code:       resp.StatusCode,
			Status:     statusText(resp),
			RetryAfter: retryAfter(resp.Header.Get("Retry-After"), p.o.Now()),
		}
	}
	if err := acquire(ctx, p.bodies); err != nil {
		return nil, err
	}
	held := true
	got.release = func() { // once: after the parse, and again when the fetch ends
		if held {
			held = false
			got.body = nil
			<-p.bodies
		}
	}
	got.body, err = readBody(resp, p.o.MaxBytes)
	if err != nil {
		got.release()
		return nil, err
	}
	return got, nil
}

// Parse reads a feed document (RSS, Atom or JSON Feed) as the poller does:
// charset decoding, repair of bad character references, gofeed, then
// cleaning (sanitised text, clipped fields, only http and https links,
// resolved against base when it is not nil). Errors wrap ErrNotFeed and say
// what the document was instead (an HTML page, empty, ...).
func Parse(body []byte, contentType string, base *url.URL) (*gofeed.Feed, error) {
	doc, _, err := parseDocument(body, contentType, base, Limits{})
	if err != nil {
		return nil, err
	}
	return doc.Feed, nil
}

// Document is a parsed feed and what lode noticed while reading it.
type Document struct {
	// Feed is the cleaned feed.
	Feed *gofeed.Feed
	// Notes are one-line remarks for the user, e.g. that the document was
	// cut short and only its complete items were kept.
	Notes []string
}

// ParseDocument is Parse with the notes: a document cut short (or broken
// part way) keeps the items that were complete before the fault, with a
// note saying so, instead of failing whole.
func ParseDocument(body []byte, contentType string, base *url.URL) (*Document, error) {
	doc, _, err := parseDocument(body, contentType, base, Limits{})
	return doc, err
}

// parseDocument parses and cleans a document within lim; total is its item
// count before the cut to lim.MaxItems.
func parseDocument(body []byte, contentType string, base *url.URL, lim Limits) (*Document, int, error) {
	feed, total, notes, err := parseNotes(body, contentType, base, lim)
	if err != nil {
		return nil, 0, err
	}
	cleanFeed(feed, base)
	return &Document{Feed: feed, Notes: notes}, total, nil
}

// parsedFeed is a 200 body parsed and its items processed, waiting to be
// stored.
type parsedFeed struct {
	title string
	items []item.Item
	notes []string
	// release frees the poller's processing slot taken by parseFeed; it is
	// called once the items are prepared for the cache.
	release func()
	// settle tells the Poll's writer, which may be waiting for this feed,
	// that its items were handed over or will not come (writer.expect).
	settle func()
}

// parseFeed parses a 200 body and processes its items under feedURL,
// holding one of the poller's processing slots (Poller.cpu), which it
// hands over in the result; on an error the slot is free again.
func (p *Poller) parseFeed(ctx context.Context, got *fetched, feedURL string, f Feed) (parsedFeed, error) {
	if err := acquire(ctx, p.cpu); err != nil {
		return parsedFeed{}, err
	}
	release := sync.OnceFunc(func() {
		<-p.cpu
		p.freed.broadcast() // a writer waiting for the feeds being processed looks again
	})
	settle := writerOf(ctx).expect()
	doc, total, err := p.parseBody(ctx, got)
	got.release() // parsed: the body's slot is free while the items are enriched and written
	if err != nil {
		release()
		settle()
		return parsedFeed{}, err
	}
	feed := doc.Feed
	notes := doc.Notes
	if n := max(total, len(feed.Items)); n > p.o.MaxItems {
		feed.Items = feed.Items[:min(len(feed.Items), p.o.MaxItems)]
		notes = append(notes, fmt.Sprintf("kept first %d of %d items", p.o.MaxItems, n))
	}
	feedName := sanitize.Line(f.Name)
	if feedName == "" {
		feedName = feed.Title
	}
	if feedName == "" {
		feedName = displayName(f)
	}
	items, err := p.processSafe(feed, feedURL, feedName)
	if err != nil {
		release()
		settle()
		return parsedFeed{}, err
	}
	items, dups, noID := dedupe(items)
	if shared := sharedIDs(items); shared > 0 {
		notes = append(notes, fmt.Sprintf("%d %s share their id with another item: told apart by link and title", shared, plural(shared, "item")))
	}
	if dups > 0 {
		notes = append(notes, fmt.Sprintf("ignored %d repeated %s", dups, plural(dups, "item")))
	}
	if noID > 0 {
		notes = append(notes, fmt.Sprintf("ignored %d %s without an id", noID, plural(noID, "item")))
	}
	return parsedFeed{title: feed.Title, items: items, notes: notes, release: release, settle: settle}, nil
}

// storeItems upserts a parsed feed's items and fetches their articles when
// the feed asks for full text, filling res (title, note, counts). When the
// items go through the Poll's writer, the feed's state ok is saved in the
// same transaction, and saved says so.
func (p *Poller) storeItems(ctx context.Context, pf *parsedFeed, ok store.FeedState, f Feed, res *Result) (saved bool, err error) {
	defer pf.release()
	defer pf.settle()
	notes := pf.notes
	if items := pf.items; len(items) > 0 {
		wctx, cancel := writeCtx(ctx)
		defer cancel()
		var ur store.UpsertResult
		ur, saved, err = p.upsert(ctx, wctx, items, &ok, pf.release, pf.settle)
		if err != nil {
			return false, &cacheError{fmt.Errorf("saving %d items: %w", len(items), err)}
		}
		res.New, res.Updated, res.NewIDs = ur.New, ur.Updated, ur.NewIDs
		res.FreshIDs, res.Backfilled = ur.FreshIDs, ur.Backfilled
		if f.FullText != FullTextOff {
			n, artNotes := p.fullText(ctx, f, items, ur.NewGUIDs)
			res.Articles = n
			if n > 0 {
				notes = append(notes, fmt.Sprintf("fetched %d %s", n, plural(n, "article")))
			}
			notes = append(notes, artNotes...)
		}
	}
	res.Title, res.Note = pf.title, strings.Join(notes, "; ")
	return saved, nil
}

// sharedIDs counts the items whose identity had to be told apart from
// another's by link and title.
func sharedIDs(items []item.Item) int {
	n := 0
	for _, it := range items {
		if ingest.SharedID(it.GUID) {
			n++
		}
	}
	return n
}

// dedupe keeps the first item of each GUID and drops items without one,
// counting both.
func dedupe(items []item.Item) (out []item.Item, dups, noID int) {
	seen := make(map[string]bool, len(items))
	out = items[:0]
	for _, it := range items {
		switch {
		case it.GUID == "":
			noID++
		case seen[it.GUID]:
			dups++
		default:
			seen[it.GUID] = true
			out = append(out, it)
		}
	}
	return out, dups, noID
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// parse turns a body into a feed within lim, saying in words why it is not
// one; total is how many items the document had before the cut to
// lim.MaxItems (0 when unknown).
func parse(body []byte, contentType string, base *url.URL, lim Limits) (feed *gofeed.Feed, total int, err error) {
	feed, total, _, err = parseNotes(body, contentType, base, lim)
	return feed, total, err
}

// parseNotes is parse with notes for the user: a document that breaks off
// keeps the items complete before the break, and a note says so.
func parseNotes(body []byte, contentType string, base *url.URL, lim Limits) (feed *gofeed.Feed, total int, notes []string, err error) {
	if len(bytes.TrimSpace(trimLeft(body))) == 0 {
		return nil, 0, nil, fmt.Errorf("%w: the document is empty", ErrNotFeed)
	}
	if looksHTML(body, contentType) {
		if link := feedLinkInHTML(body, base); link != "" {
			return nil, 0, nil, fmt.Errorf("%w: got an HTML page (it links to a feed at %s)", ErrNotFeed, link)
		}
		return nil, 0, nil, fmt.Errorf("%w: got an HTML page", ErrNotFeed)
	}
	body, err = toUTF8(body, contentType)
	if err != nil {
		return nil, 0, nil, err
	}
	lim = lim.withDefaults()
	xmlDoc := false
	switch first := trimLeft(body); {
	case len(first) > 0 && first[0] == '<':
		xmlDoc = true
		body = dropBadCharRefs(stripEscapes(body))
		if n, ok := quickBound(body, lim); ok {
			total = n // boundXML would return body as it is
			if feed, ok := fastRSS(body); ok {
				return feed, total, nil, nil
			}
			if feed, ok := fastAtom(body); ok {
				return feed, total, nil, nil
			}
		} else {
			body, total, err = boundXML(body, lim)
		}
	case len(first) > 0 && first[0] == '{':
		body, total, err = boundJSON(body, lim)
	}
	if err != nil {
		return nil, 0, nil, err
	}
	feed, err = parseXMLOrJSON(body, xmlDoc)
	if xmlDoc && errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		if cdf, cerr := parseCDF(body); cerr == nil {
			return cdf, len(cdf.Items), nil, nil
		}
	}
	if err == nil || !xmlDoc || errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return feed, total, nil, describeParse(feed, err)
	}
	// Keep the items that were complete before the document broke off.
	cut, n := cutAfterLastItem(body)
	if cut == nil {
		return nil, 0, nil, describeParse(nil, err)
	}
	kept, err2 := parseXMLOrJSON(cut, true)
	if err2 != nil || kept == nil || len(kept.Items) == 0 {
		return nil, 0, nil, describeParse(nil, err)
	}
	what := "the document is broken after item " + fmt.Sprint(n) + " (" + clip(sanitize.Line(err.Error()), 120) + ")"
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		what = "the document was cut short"
	}
	return kept, total, []string{fmt.Sprintf("%s: kept the %d complete %s", what, len(kept.Items), plural(len(kept.Items), "item"))}, nil
}

// parseXMLOrJSON runs gofeed with lode's translators, turning a panic into an error.
func parseXMLOrJSON(body []byte, xmlDoc bool) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, errParserFailed
		}
	}()
	var extra *docExtra
	if xmlDoc && needsExtra(body) {
		extra = scanExtra(body)
	}
	p := gofeed.NewParser()
	// lode shows no images: skip the translator's HTML parse of every item
	// in search of one (a sixth of the parse time on briefing-sized items).
	p.RSSTranslator = &rssTranslator{DefaultRSSTranslator: gofeed.DefaultRSSTranslator{DisableContentImageScan: true}, extra: extra}
	p.AtomTranslator = &atomTranslator{extra: extra}
	return p.Parse(bytes.NewReader(body))
}

// processSafe runs the Processor on a parsed feed, making its error or a
// panic (a bug met on hostile text) a processError for this feed alone:
// nothing of it is saved, its validators stay as they were, it does not
// back off, and the other feeds go on.
func (p *Poller) processSafe(feed *gofeed.Feed, feedURL, feedName string) (items []item.Item, err error) {
	defer func() {
		if r := recover(); r != nil {
			items, err = nil, &processError{errors.New(clip(sanitize.Line(fmt.Sprint(r)), 120))}
		}
	}()
	if items, err = p.process(feed, feedURL, feedName); err != nil {
		return nil, &processError{err}
	}
	return items, nil
}

// processError marks a failure of the Processor: lode's fault, not the
// feed's, so like a cacheError it does not count towards the feed's
// back-off, and the next refresh fetches the feed again at once.
type processError struct{ err error }

func (e *processError) Error() string {
	return "processing its items failed, nothing saved (fetched again next refresh): " + e.err.Error()
}
func (e *processError) Unwrap() error { return e.err }

// errParserFailed stands for a panic in the feed parser.
var errParserFailed = errors.New("the feed parser failed on it")

// describeParse words a parse failure for the user.
func describeParse(feed *gofeed.Feed, err error) error {
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		return fmt.Errorf("%w: no RSS, Atom or JSON Feed found", ErrNotFeed)
	case errors.Is(err, errParserFailed):
		return fmt.Errorf("%w: %w", ErrNotFeed, errParserFailed)
	case err != nil:
		return fmt.Errorf("%w: %s", ErrNotFeed, clip(sanitize.Line(err.Error()), 200))
	case feed == nil:
		return fmt.Errorf("%w: no RSS, Atom or JSON Feed found", ErrNotFeed)
	}
	return nil
}

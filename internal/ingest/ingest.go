// Package ingest turns parsed feed entries into lode items: identity,
// clean sections, companies and the ideology score, in one place shared by
// the poller, `lode analyze` and the demo.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/internal/text"
)

// Pipeline enriches feed entries with sections, companies and scores.
type Pipeline struct {
	dict *companies.Dictionary
	cls  *classify.Classifier
	mins *minerals.Set
	// known, when set, tells which items a feed already has cached (see
	// store.Known), so unchanged ones skip extraction and scoring.
	known func(feedURL string) map[string]string
	// texts holds *enrichBuf buffers reused by Enrich; no results.
	texts sync.Pool
	// version is Version's answer, made once: every item carries it.
	version string
}

// SkipUnchanged makes Process leave out the extraction and scoring of items
// whose content hash and enrichment version are already cached; such items
// carry only their identity, hash and version, which the store's Upsert
// counts as unchanged and does not write.
func (p *Pipeline) SkipUnchanged(known func(feedURL string) map[string]string) {
	p.known = known
}

// New returns a pipeline using the given dictionary and classifier.
func New(dict *companies.Dictionary, cls *classify.Classifier) *Pipeline {
	p := &Pipeline{dict: dict, cls: cls}
	// The embedded mineral list is validated by its package's tests, so
	// this cannot fail in a built lode; were it unreadable, items would
	// carry no minerals and the rest would go on.
	p.mins, _ = minerals.Default()
	p.version = p.makeVersion()
	return p
}

// Process converts every entry of a parsed feed. feedName falls back to the
// feed's own title.
func (p *Pipeline) Process(feed *gofeed.Feed, feedURL, feedName string) []item.Item {
	if feed == nil {
		return nil
	}
	if feedName == "" {
		feedName = feed.Title
	}
	feedName = sanitize.Line(feedName)
	var known map[string]string
	if p.known != nil {
		known = p.known(feedURL)
	}
	version := p.Version()
	ids := identities(feed.Items)
	out := make([]item.Item, 0, len(feed.Items))
	for i, e := range feed.Items {
		if e == nil {
			continue
		}
		if known != nil {
			if it, ok := unchanged(e, ids[i], feedURL, feedName, version, known); ok {
				out = append(out, it)
				continue
			}
		}
		it := p.Entry(e, feedURL, feedName)
		it.GUID = ids[i]
		out = append(out, it)
	}
	return out
}

// sharedMark separates a GUID that several entries of one feed reuse from
// the hash of the entry's link and title that tells them apart.
const sharedMark = " #"

// SharedID reports whether an item's identity was made from a GUID its feed
// gave several entries (see Process).
func SharedID(guid string) bool {
	return strings.Contains(guid, sharedMark)
}

// identities gives each entry its Identity; entries reusing one GUID are
// told apart by their link and title, so distinct items stay distinct
// (entries with the same GUID, link and title are the same item).
func identities(entries []*gofeed.Item) []string {
	ids := make([]string, len(entries))
	count := make(map[string]int, len(entries))
	for i, e := range entries {
		if e == nil {
			continue
		}
		ids[i] = Identity(e, published(e))
		count[ids[i]]++
	}
	for i, e := range entries {
		if e != nil && count[ids[i]] > 1 && sanitize.Line(e.GUID) != "" {
			ids[i] += sharedMark + digest(SafeLink(e.Link), sanitize.Line(e.Title))
		}
	}
	return ids
}

func published(e *gofeed.Item) time.Time {
	switch {
	case e.PublishedParsed != nil:
		return e.PublishedParsed.UTC()
	case e.UpdatedParsed != nil:
		return e.UpdatedParsed.UTC()
	}
	return time.Time{}
}

// Entry converts one feed entry.
func (p *Pipeline) Entry(e *gofeed.Item, feedURL, feedName string) item.Item {
	it := item.Item{
		FeedURL:  feedURL,
		FeedName: sanitize.Line(feedName),
		Title:    sanitize.Line(e.Title),
		Link:     SafeLink(e.Link),
	}
	switch {
	case e.PublishedParsed != nil:
		it.Published = e.PublishedParsed.UTC()
	case e.UpdatedParsed != nil:
		it.Published = e.UpdatedParsed.UTC()
	}
	it.GUID = Identity(e, it.Published)
	it.Hash = contentHash(e, it.Published)
	it.Sections = brief.Extract(e.Content, e.Description)
	if it.Title == "" {
		it.Title = untitled(it.Sections)
	}
	p.enrich(&it, true)
	return it
}

// unchanged returns the identity-only item for an entry whose hash and
// enrichment version are already cached.
func unchanged(e *gofeed.Item, guid, feedURL, feedName, version string, known map[string]string) (item.Item, bool) {
	hash := contentHash(e, published(e))
	if known[guid] != hash+" "+version {
		return item.Item{}, false
	}
	return item.Item{FeedURL: feedURL, FeedName: sanitize.Line(feedName), GUID: guid, Hash: hash,
		Ideology: item.Ideology{Version: version}}, true
}

// Enrich (re)computes the item's companies (subjects and mentions), minerals,
// their evidence and the ideology score from its title and sections.
func (p *Pipeline) Enrich(it *item.Item) { p.enrich(it, false) }

// enrich is Enrich; with index set it also keeps the full-text index's
// words, built from the words enrichment split (store.IndexWords), so that
// preparing the item's cache row does not split its text again. Entry and
// rescoring, whose items go to the cache, set it.
func (p *Pipeline) enrich(it *item.Item, index bool) {
	// The text is laid out and split into words once, for all three.
	buf, _ := p.texts.Get().(*enrichBuf)
	if buf == nil {
		buf = &enrichBuf{}
	}
	defer p.texts.Put(buf)
	t := &buf.text
	t.Reset(it.Sections.Doc(it.Title))
	it.Evidence = nil
	var cos []companies.Finding
	var mins []minerals.Found
	buf.spans, buf.names = buf.spans[:0], buf.names[:0]
	if p.dict != nil {
		cos, buf.spans = p.dict.AnalyzeTextSpans(t, it.Published, buf.spans)
	}
	if p.mins != nil {
		mins = p.mins.AnalyzeText(t)
	}
	// The evidence is companies then minerals: made once at its size.
	if n := len(cos) + len(mins); n > 0 {
		it.Evidence = make([]item.Evidence, 0, n)
	}
	if p.dict != nil {
		it.Companies, it.Mentions, it.Candidates = nil, nil, nil
		for _, f := range cos {
			kind := item.KindCompany
			if !f.Known {
				kind = item.KindCandidate
				it.Candidates = append(it.Candidates, f.Name)
			}
			if f.Subject {
				it.Companies = append(it.Companies, f.Name)
			} else {
				it.Mentions = append(it.Mentions, f.Name)
			}
			it.Evidence = append(it.Evidence, item.Evidence{Name: f.Name, Kind: kind, Subject: f.Subject, Where: f.Where, Count: f.Count, Note: f.Note, Former: f.Former})
		}
	}
	if p.mins != nil {
		it.Minerals = nil
		for _, f := range mins {
			if f.Subject {
				it.Minerals = append(it.Minerals, f.Tag)
			}
			it.Evidence = append(it.Evidence, item.Evidence{Name: f.Tag, Kind: item.KindMineral, Subject: f.Subject, Where: f.Where, Count: f.Count, Note: f.Note})
		}
	}
	if p.cls != nil {
		// The words of the companies' names are names, not rhetoric.
		for _, sp := range buf.spans {
			buf.names = append(buf.names, classify.Span(sp))
		}
		r := p.cls.ClassifyTextMasked(t, buf.names)
		reasons := buf.renderReasons(r.Reasons)
		it.Ideology = item.Ideology{Score: r.Score, Flagged: r.Flagged, Reasons: reasons, PoliticalShare: r.PoliticalShare, Version: p.version}
	}
	it.IndexWords = ""
	if index {
		it.IndexWords = store.IndexWords(t, it.Companies, it.Mentions, it.Minerals)
	}
}

// enrichBuf is Enrich's reusable memory: the item's text, the spans of
// the company names in it and the reasons' lines.
type enrichBuf struct {
	text    text.Text
	spans   []companies.Span
	names   []classify.Span
	reasons []byte
	ends    []int
}

// renderReasons returns each reason's line (classify.Reason.String), cut
// from one string: two allocations for an item's reasons, not two each.
func (buf *enrichBuf) renderReasons(rs []classify.Reason) []string {
	out := make([]string, len(rs))
	b, ends := buf.reasons[:0], buf.ends[:0]
	for _, r := range rs {
		b = r.Append(b)
		ends = append(ends, len(b))
	}
	all, start := string(b), 0
	for i, e := range ends {
		out[i] = all[start:e]
		start = e
	}
	buf.reasons, buf.ends = b, ends
	return out
}

// Version identifies the dictionary and classifier that enrich items, so
// cached items are re-enriched when either changes.
func (p *Pipeline) Version() string { return p.version }

func (p *Pipeline) makeVersion() string {
	v := ""
	if p.cls != nil {
		// The threshold decides Flagged, so it is part of the version too.
		v = fmt.Sprintf("%s-t%g", p.cls.Version(), p.cls.Threshold())
	}
	if p.dict != nil {
		v += "+" + p.dict.AnalysisVersion()
	}
	if p.mins != nil {
		v += "+" + p.mins.Version()
	}
	return v
}

// Rescore re-enriches cached items scored by another version of the
// classifier or dictionary, newest first, and returns how many it updated.
// It is the whole of a Rescorer's pass, for commands that print enrichment
// and so wait for it; an interrupted run keeps its progress.
func (p *Pipeline) Rescore(ctx context.Context, st *store.Store) (int, error) {
	r, err := p.Rescorer(ctx, st)
	if err != nil {
		return 0, err
	}
	n := 0
	for !r.Done() {
		k, err := r.Next(ctx, RescoreBatch)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// RescoreBatch is how many items a rescoring step enriches and writes in
// one transaction: small enough that the reader's own writes (marking an
// item read) wait for one step at most briefly.
const RescoreBatch = 200

func untitled(s brief.Sections) string {
	for _, t := range append(append([]string{}, s.Highlights...), brief.Sentences(s.Body)...) {
		if t != "" {
			r := []rune(t)
			if len(r) > 90 {
				return string(r[:89]) + "…"
			}
			return t
		}
	}
	return "(untitled)"
}

// Identity is an entry's stable key within its feed: the GUID, else the
// link, else a hash of title and date.
func Identity(e *gofeed.Item, published time.Time) string {
	if g := sanitize.Line(e.GUID); g != "" {
		return g
	}
	if l := SafeLink(e.Link); l != "" {
		return l
	}
	return "sha256:" + digest(e.Title, published.Format(time.RFC3339))
}

func contentHash(e *gofeed.Item, published time.Time) string {
	return digest(e.Title, e.Link, e.Description, e.Content, published.Format(time.RFC3339))
}

func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// SafeLink returns raw when it is an absolute http(s) URL without control
// characters, else "" (the item then has no link to open).
func SafeLink(raw string) string {
	if raw != sanitize.Line(raw) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return raw
}

// joinText is an item's highlights, body, analysis and takeaway as one text,
// as company detection read it before Analyze took the parts apart.
func joinText(s brief.Sections) string {
	n := len(s.Body) + len(s.Analysis) + len(s.Takeaway)
	for _, h := range s.Highlights {
		n += len(h) + 1
	}
	b := make([]byte, 0, n+4)
	for _, h := range s.Highlights {
		b = append(b, h...)
		b = append(b, '\n')
	}
	for _, t := range []string{s.Body, s.Analysis, s.Takeaway} {
		b = append(b, t...)
		b = append(b, '\n')
	}
	return string(b)
}

package main

import (
	"context"
	"encoding/xml"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/lode-reader/lode/internal/article"
	"github.com/lode-reader/lode/internal/config"
)

// fullTextSizes are the full-text workload: feeds × teaser items, each item
// with its own article page.
func fullTextSizes(quick bool) (feeds, items int) {
	if quick {
		return 4, 5
	}
	return 20, 20
}

// fullTextSite serves summary-only feeds and their article pages on
// loopback: each feed's items carry a one-sentence teaser and link to a page
// holding the generated briefing inside site furniture (navigation, a
// sidebar, a footer, a script). Everything is rendered up front so the
// server's own work stays out of the measurement; it counts feed and page
// responses.
type fullTextSite struct {
	URL          string // the loopback server's base, "http://127.0.0.1:port"
	srv          *http.Server
	docs         map[string][]byte // path -> feed or page
	feeds, items int
	words        int // words of article in all pages
	feedHits     atomic.Int64
	pageHits     atomic.Int64
}

const fullTextPrefix = "/fulltext"

// newFullTextSite renders feeds × items teasers and pages from gen and
// starts serving on 127.0.0.1.
func newFullTextSite(gen *Generator, feeds, items int) (*fullTextSite, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("full-text site: %w", err)
	}
	s := &fullTextSite{URL: "http://" + ln.Addr().String(), docs: map[string][]byte{}, feeds: feeds, items: items}
	for f := range feeds {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<rss version="2.0"><channel><title>Teaser Desk %03d</title><link>%s/</link><description>Summaries only</description>`+"\n", f, s.URL)
		for i := range items {
			it := gen.Briefing(900+f, i)
			page := fmt.Sprintf("%s/a/%03d/%04d.html", fullTextPrefix, f, i)
			s.docs[page] = articlePage(it)
			s.words += it.Words
			b.WriteString("<item><title>")
			xml.EscapeText(&b, []byte(it.Title))
			fmt.Fprintf(&b, "</title><link>%s%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate><description>", s.URL, page, it.GUID, it.Published.Format(time.RFC1123Z))
			xml.EscapeText(&b, []byte(teaser(it)))
			b.WriteString("</description></item>\n")
		}
		b.WriteString("</channel></rss>\n")
		s.docs[s.feedPath(f)] = []byte(b.String())
	}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

func (s *fullTextSite) feedPath(f int) string {
	return fmt.Sprintf("%s/feed/%03d.xml", fullTextPrefix, f)
}

// URLs are the site's feed URLs.
func (s *fullTextSite) URLs() []string {
	out := make([]string, s.feeds)
	for f := range s.feeds {
		out[f] = s.URL + s.feedPath(f)
	}
	return out
}

// Pages are the site's article pages with their URLs.
func (s *fullTextSite) Pages() (pages [][]byte, urls []*url.URL) {
	for path, doc := range s.docs {
		if strings.HasSuffix(path, ".html") {
			u, _ := url.Parse(s.URL + path)
			pages, urls = append(pages, doc), append(urls, u)
		}
	}
	return pages, urls
}

// ServeHTTP serves a feed or an article page.
func (s *fullTextSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	doc, ok := s.docs[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if strings.HasSuffix(r.URL.Path, ".xml") {
		s.feedHits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	} else {
		s.pageHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(doc)))
	w.Write(doc)
}

// Close stops the server.
func (s *fullTextSite) Close() error { return s.srv.Close() }

// teaser is the first sentence of a briefing's lead: what a summary-only
// feed carries.
func teaser(it Briefing) string {
	d := it.Description
	if i := strings.LastIndex(d, "\n\n"); i >= 0 {
		d = d[i+2:]
	}
	if i := strings.Index(d, ". "); i > 0 {
		d = d[:i+1]
	}
	return strings.TrimSuffix(d, " [...]")
}

// articlePage dresses a briefing as a publisher's page.
func articlePage(it Briefing) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
	xml.EscapeText(&b, []byte(it.Title))
	b.WriteString(" | Minerals Desk</title><script>window.tracker={id:42};</script></head><body>\n")
	b.WriteString(`<header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/metals">Metals</a> <a href="/subscribe">Subscribe</a></nav></header>` + "\n")
	b.WriteString("<main><article><h1>")
	xml.EscapeText(&b, []byte(it.Title))
	fmt.Fprintf(&b, "</h1><p class=\"byline\">By the desk, %s</p>\n", it.Published.Format("2 January 2006"))
	b.WriteString(it.Content)
	b.WriteString("</article></main>\n")
	b.WriteString(`<aside><h3>Most read</h3><ul><li><a href="/1">Copper outlook</a></li><li><a href="/2">Nickel glut</a></li><li><a href="/3">Uranium restarts</a></li></ul></aside>` + "\n")
	b.WriteString(`<footer><p>Copyright 2026 Minerals Desk. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>` + "\n")
	return []byte(b.String())
}

// benchFullText measures full text: readability extraction of article
// pages on one core, and `lode fetch` on a fresh cache of summary-only
// feeds with full_text = "auto" (every item's article page fetched and
// extracted), next to the same feeds with full_text off.
func (b *bench) benchFullText(ctx context.Context, rep *Report) error {
	nf, ni := fullTextSizes(b.o.Quick)
	site, err := newFullTextSite(b.gen, nf, ni)
	if err != nil {
		return err
	}
	defer site.Close()

	b.logf("full text: extraction of %d article pages, one core", nf*ni)
	pages, urls := site.Pages()
	for i, p := range pages {
		if _, err := article.Extract(p, urls[i]); err != nil {
			return fmt.Errorf("full text: extract %s: %w", urls[i], err)
		}
	}
	ext := rate(len(pages), b.sz.ThroughputTime, func(i int) { article.Extract(pages[i], urls[i]) })

	var auto, off []time.Duration
	for run := range b.o.Runs {
		for _, mode := range []struct {
			full config.FullText
			list *[]time.Duration
		}{{config.FullTextAuto, &auto}, {config.FullTextOff, &off}} {
			b.logf("full text run %d/%d: lode fetch, full_text %q", run+1, b.o.Runs, mode.full)
			home := filepath.Join(b.work, fmt.Sprintf("fulltext-%d-%s", run, mode.full))
			if err := os.MkdirAll(home, 0o755); err != nil {
				return fmt.Errorf("full text: %w", err)
			}
			cfg := config.Default()
			cfg.Feeds = nil
			cfg.Workers = 8
			cfg.RefreshMinutes = 0
			for f, u := range site.URLs() {
				cfg.Feeds = append(cfg.Feeds, config.Feed{URL: u, Name: fmt.Sprintf("Teaser Desk %03d", f), FullText: mode.full})
			}
			if err := config.Save(filepath.Join(home, "config.toml"), cfg); err != nil {
				return fmt.Errorf("full text: %w", err)
			}
			site.feedHits.Store(0)
			site.pageHits.Store(0)
			t, out, err := runTimed(ctx, b.lodeProc(home, "fetch", "--workers", "8"))
			if err != nil {
				return fmt.Errorf("full text: lode fetch: %w", err)
			}
			wantPages := int64(nf * ni)
			if mode.full == config.FullTextOff {
				wantPages = 0
			}
			if fh, ph := site.feedHits.Load(), site.pageHits.Load(); fh != int64(nf) || ph != wantPages {
				return fmt.Errorf("full text: lode fetch (full_text %q) asked for %d feeds and %d article pages, want %d and %d\n%s", mode.full, fh, ph, nf, wantPages, tailOf(out, 2000))
			}
			if n := strings.Count(string(out), fmt.Sprintf("fetched %d articles", ni)); mode.full == config.FullTextAuto && n != nf {
				return fmt.Errorf("full text: %d of %d feeds say they fetched their %d articles\n%s", n, nf, ni, tailOf(out, 2000))
			}
			*mode.list = append(*mode.list, t.Elapsed)
			os.RemoveAll(home)
		}
	}
	n := nf * ni
	ma, mo := median(auto), median(off)
	perArticle := (ma - mo) / time.Duration(n)
	rep.Rows = append(rep.Rows,
		Row{Figure: "Article extraction (readability), one core", Unit: unitRate, Lode: ext, NoNewsboat: true, Target: "—", Met: "—"},
		Row{Figure: fmt.Sprintf("Refresh %d summary-only feeds × %d items, full_text = \"auto\", fresh cache (workers 8)", nf, ni), Unit: unitSeconds,
			Lode: ma.Seconds(), LodeRuns: secs(auto), NoNewsboat: true, Target: "—", Met: "—",
			Extra: fmt.Sprintf("%d article pages: %.0f articles/s; full_text off %.2f s, so %s per article", n, float64(n)/ma.Seconds(), mo.Seconds(), perArticle.Round(100*time.Microsecond))},
	)
	rep.Notes = append(rep.Notes, fmt.Sprintf("Full text: %d summary-only feeds of %d items on a loopback site that also serves each item's article page (the generated briefing, %d words of article on average, inside navigation, sidebar, footer and script); `lode fetch` with full_text = \"auto\" fetches and extracts every page, the same run with full_text off fetches none.",
		nf, ni, site.words/max(n, 1)))
	return nil
}

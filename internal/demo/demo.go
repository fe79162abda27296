// Package demo bundles a few demo feeds (fictional events about real
// critical-minerals companies) in the binary and serves them over HTTP, so
// `lode --demo` can show a full reader without touching the internet.
package demo

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"net/http"
	"path"
	"time"
)

//go:embed feeds/*
var files embed.FS

// Feed is one bundled demo feed document.
type Feed struct {
	// Name is the feed's display title, e.g. "Rare Earth Briefings (demo)".
	Name string
	// Path is where Handler serves the document, e.g. "/rare-earth-briefings.xml".
	Path string
	// Data is the raw feed document; each call to Feeds returns a fresh copy.
	Data []byte
	// ContentType is the media type Handler sends for Data.
	ContentType string
}

// entry names one bundled file and how it is presented.
type entry struct {
	name, file, contentType string
}

// catalog lists the bundled feeds in their fixed order.
func catalog() []entry {
	return []entry{
		{"Rare Earth Briefings (demo)", "rare-earth-briefings.xml", "application/rss+xml; charset=utf-8"},
		{"Battery Metals Wire (demo)", "battery-metals-wire.atom", "application/atom+xml; charset=utf-8"},
		{"Critical Minerals Desk (demo)", "critical-minerals-desk.json", "application/feed+json; charset=utf-8"},
	}
}

// lastModified is the Last-Modified time Handler reports for every feed: the
// moment the demo content was published, so it never changes between runs.
func lastModified() time.Time {
	return time.Date(2026, time.November, 29, 0, 0, 0, 0, time.UTC)
}

// Published is when the demo content was published: its briefings are
// dated in the weeks before.
func Published() time.Time { return lastModified() }

// Host is the host of every link in the demo's feeds: the .invalid domain
// never resolves, so no demo link is a page a browser or a fetch could get.
const Host = "demo.lode.invalid"

// Feeds returns the bundled demo feeds in a fixed order: RSS 2.0, Atom, JSON Feed.
func Feeds() []Feed {
	cat := catalog()
	out := make([]Feed, 0, len(cat))
	for _, e := range cat {
		data, err := files.ReadFile(path.Join("feeds", e.file))
		if err != nil {
			// Cannot happen for an embedded file listed in the catalog; the
			// test checks every entry is present.
			continue
		}
		out = append(out, Feed{Name: e.name, Path: "/" + e.file, Data: data, ContentType: e.contentType})
	}
	return out
}

// served is one feed with its precomputed validator.
type served struct {
	feed Feed
	etag string
}

// Handler serves the demo feeds over HTTP at /<file name> with ETag and
// Last-Modified support (answers 304 to matching If-None-Match /
// If-Modified-Since), for the demo's loopback server. Unknown paths get 404
// and methods other than GET and HEAD get 405.
func Handler() http.Handler {
	byPath := make(map[string]served)
	for _, f := range Feeds() {
		sum := sha256.Sum256(f.Data)
		byPath[f.Path] = served{feed: f, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	}
	mod := lastModified()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, ok := byPath[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Type", s.feed.ContentType)
		h.Set("ETag", s.etag)
		h.Set("Cache-Control", "no-cache")
		// ServeContent answers If-None-Match / If-Modified-Since with 304
		// using the ETag set above and mod.
		http.ServeContent(w, r, s.feed.Path, mod, bytes.NewReader(s.feed.Data))
	})
}

package main

import (
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// FeedSet is a group of generated feeds served under one path prefix.
type FeedSet struct {
	// Prefix is the URL path prefix, e.g. "/refresh".
	Prefix string
	// Gen makes the feeds' items.
	Gen *Generator
	// Feeds and Items size the set: Feeds feeds of Items items each.
	Feeds, Items int
	// Precompute renders every feed up front (use it for timed sets so the
	// server's own work stays out of the measurement); otherwise each
	// request renders its feed.
	Precompute bool
}

// URLs returns the absolute URL of every feed in the set on base.
func (s FeedSet) URLs(base string) []string {
	out := make([]string, s.Feeds)
	for f := range s.Feeds {
		out[f] = base + s.Prefix + FeedPath(f)
	}
	return out
}

type servedFeed struct {
	set      *FeedSet
	index    int
	body     []byte // nil when rendered per request
	etag     string
	modified time.Time
}

// FeedServer serves feed sets on a loopback address and answers conditional
// requests (If-None-Match, If-Modified-Since) with 304 Not Modified.
type FeedServer struct {
	// URL is the server's base, "http://127.0.0.1:PORT".
	URL   string
	feeds map[string]*servedFeed
	srv   *http.Server
	ln    net.Listener

	full, notModified atomic.Int64
	bytes             atomic.Int64
}

// NewFeedServer renders the precomputed sets and starts serving on 127.0.0.1.
func NewFeedServer(sets ...FeedSet) (*FeedServer, error) {
	s := &FeedServer{feeds: map[string]*servedFeed{}}
	for i := range sets {
		set := &sets[i]
		for f := range set.Feeds {
			sf := &servedFeed{
				set:      set,
				index:    f,
				etag:     fmt.Sprintf(`"%s-%d-%d-%d"`, strings.Trim(set.Prefix, "/"), set.Gen.seed, f, set.Items),
				modified: set.Gen.base,
			}
			if set.Precompute {
				sf.body = set.Gen.FeedXML(f, set.Items)
			}
			s.feeds[set.Prefix+FeedPath(f)] = sf
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("feed server: %w", err)
	}
	s.ln = ln
	s.URL = "http://" + ln.Addr().String()
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

// Close stops the server.
func (s *FeedServer) Close() error { return s.srv.Close() }

// Counts returns how many full (200) and 304 responses were sent, and the body bytes.
func (s *FeedServer) Counts() (full, notModified, bytes int64) {
	return s.full.Load(), s.notModified.Load(), s.bytes.Load()
}

// ResetCounts zeroes the response counters.
func (s *FeedServer) ResetCounts() {
	s.full.Store(0)
	s.notModified.Store(0)
	s.bytes.Store(0)
}

// ServeHTTP serves one feed, or 304 when the client's copy is current.
func (s *FeedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sf, ok := s.feeds[r.URL.Path]
	if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", sf.etag)
	h.Set("Last-Modified", sf.modified.Format(http.TimeFormat))
	if notModified(r, sf) {
		s.notModified.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := sf.body
	if body == nil {
		body = sf.set.Gen.FeedXML(sf.index, sf.set.Items)
	}
	h.Set("Content-Type", "application/rss+xml; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	s.full.Add(1)
	s.bytes.Add(int64(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// notModified applies RFC 9110: If-None-Match wins over If-Modified-Since.
func notModified(r *http.Request, sf *servedFeed) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, tag := range strings.Split(inm, ",") {
			tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
			if tag == "*" || tag == sf.etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		return err == nil && !sf.modified.Truncate(time.Second).After(t)
	}
	return false
}

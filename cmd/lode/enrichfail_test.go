package main

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/store"
)

// versionedFeeds serves testdata files under fixed paths, each with an ETag
// naming its current version, and answers 304 to a matching If-None-Match.
type versionedFeeds struct {
	mu    sync.Mutex
	files map[string]string // path → testdata file
	full  map[string]int    // path → 200 answers
}

func (v *versionedFeeds) serve(w http.ResponseWriter, r *http.Request) {
	v.mu.Lock()
	name, ok := v.files[r.URL.Path]
	v.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	etag := `"` + name + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	v.mu.Lock()
	v.full[r.URL.Path]++
	v.mu.Unlock()
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write(body)
}

func (v *versionedFeeds) set(path, file string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.files[path] = file
}

// TestFetchEnrichmentBuildFails: when `lode fetch` cannot build the
// dictionary and classifier for the first item to enrich (the lazy build),
// each feed that brought items fails with one line naming it and the
// cause, nothing of it is written and its old validators are kept; a feed
// answering 304 goes on; the next fetch with a working build saves every
// item the failed run could not.
func TestFetchEnrichmentBuildFails(t *testing.T) {
	feedsSrv := &versionedFeeds{files: map[string]string{"/brief": "briefings.rss", "/wire": "wire.atom"}, full: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(feedsSrv.serve))
	defer srv.Close()
	home := newHome(t)
	for _, p := range []string{"/brief", "/wire"} {
		if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+p); code != 0 {
			t.Fatalf("feeds add %s: %s", p, errOut)
		}
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("first fetch: exit %d\n%s%s", code, out, errOut)
	}
	ctx := context.Background()
	cached := func() (items int, briefETag string) {
		t.Helper()
		a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, home: home, buildPipeline: sharedPipeline}
		e, err := a.openNoRescore(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer e.close()
		c, err := e.store.Counts(ctx, store.Query{})
		if err != nil {
			t.Fatal(err)
		}
		st, err := e.store.FeedState(ctx, srv.URL+"/brief")
		if err != nil {
			t.Fatal(err)
		}
		return c.Items, st.ETag
	}
	before, etag := cached()
	if before == 0 || etag != `"briefings.rss"` {
		t.Fatalf("after the first fetch: %d items, brief's ETag %q", before, etag)
	}

	// The brief feed publishes something new; the build fails.
	feedsSrv.set("/brief", "juniors.rss")
	var out, errb bytes.Buffer
	cause := errors.New("companies data unreadable (test)")
	a := &app{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, home: home,
		buildPipeline: func(config.Config) (*companies.Dictionary, *ingest.Pipeline, error) { return nil, nil, cause }}
	err := a.fetch(ctx, nil)
	var fe failedError
	if !errors.As(err, &fe) {
		t.Fatalf("fetch with a failing build returned %v, want a failed run", err)
	}
	var failLines []string
	for _, line := range strings.Split(out.String()+errb.String(), "\n") {
		if strings.Contains(line, cause.Error()) {
			failLines = append(failLines, line)
		}
	}
	if len(failLines) != 1 || !strings.HasPrefix(failLines[0], "error: Test Rare Earth Briefings: ") || !strings.Contains(failLines[0], "config.toml") {
		t.Errorf("want one line naming the feed, the config and the cause; got %q in:\n%s%s", failLines, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), ": not modified") || !strings.Contains(out.String(), "1 failed") {
		t.Errorf("the 304 feed should go on and the summary count the failure:\n%s", out.String())
	}
	after, etag := cached()
	if after != before || etag != `"briefings.rss"` {
		t.Errorf("after the failed run: %d items (was %d), brief's ETag %q (want the old one kept)", after, before, etag)
	}

	// The next fetch works: the brief feed is fetched in full again and
	// its new item saved.
	full := feedsSrv.full["/brief"]
	code, out2, errOut := lode(t, home, "", "fetch")
	if code != 0 || !strings.Contains(out2, "Test Rare Earth Briefings: 1 new") {
		t.Fatalf("next fetch: exit %d\n%s%s", code, out2, errOut)
	}
	if feedsSrv.full["/brief"] != full+1 {
		t.Errorf("the next fetch asked for the brief feed with its new validators (304), not in full")
	}
	if n, _ := cached(); n != before+1 {
		t.Errorf("after the next fetch: %d items, want %d", n, before+1)
	}
}

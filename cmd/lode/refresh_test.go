package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/lode-reader/lode/ui"
)

// TestReaderRefreshManualPollsBackedOffFeeds: the reader's automatic refresh
// respects a failing feed's back-off; `r` (manual) polls it anyway, so a user
// who knows the site is back need not wait.
func TestReaderRefreshManualPollsBackedOffFeeds(t *testing.T) {
	var broken atomic.Bool
	broken.Store(true)
	var hits atomic.Int32
	rss, err := os.ReadFile(filepath.Join("testdata", "briefings.rss"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if broken.Load() {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(rss)
	}))
	defer srv.Close()
	home := newHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/feed"); code != 0 {
		t.Fatalf("feeds add: %s", errOut)
	}
	if code, _, _ := lode(t, home, "", "fetch"); code != 1 {
		t.Fatalf("fetch of a failing feed: exit %d, want 1", code)
	}
	broken.Store(false)

	a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, home: home, buildPipeline: sharedPipeline}
	e, err := a.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	refresh := a.newReaderNet(e).refresh
	before := hits.Load()
	res, err := refresh(context.Background(), false, func(ui.Progress) {})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Load() != before || res.New != 0 {
		t.Fatalf("automatic refresh polled a backed-off feed: %d requests, %d new", hits.Load()-before, res.New)
	}
	res, err = refresh(context.Background(), true, func(ui.Progress) {})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Load() == before || res.New == 0 || res.FeedsOK != 1 {
		t.Fatalf("manual refresh: %d requests, result %+v; want the feed polled and its items new", hits.Load()-before, res)
	}
}

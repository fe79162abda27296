package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// servedReaderHome is a home watching Lynas by its ticker, with one feed
// served from testdata/timed on loopback (its Lynas item is recent news).
func servedReaderHome(t *testing.T, extra string) string {
	t.Helper()
	srv, gen := timedServer(t)
	gen.Store(2)
	home := t.TempDir()
	cfg := "watchlist = [\"LYC\"]\n[[feeds]]\nurl = \"" + srv.URL + "/briefings.rss\"\n" + extra
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return home
}

// TestReaderRefreshBeforeDictionaryIsBuilt: the reader opens its cache
// without building the dictionary and the classifier; a refresh started
// before they are built waits for them (it does not finish while the build
// is held), and then every new item is enriched (Lynas found) and the
// watched company, configured by its ticker, announces it. The picker's
// names asked for meanwhile come from the same single build, and are saved
// in the cache for the next start's first frame.
func TestReaderRefreshBeforeDictionaryIsBuilt(t *testing.T) {
	home := servedReaderHome(t, "")
	started, release := make(chan struct{}), make(chan struct{})
	var builds atomic.Int32
	a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, home: home,
		buildPipeline: func(cfg config.Config) (*companies.Dictionary, *ingest.Pipeline, error) {
			if builds.Add(1) == 1 {
				close(started)
			}
			<-release
			return pipeline(cfg)
		}}
	ctx := context.Background()
	e, err := a.openForReader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	if e.ready() || builds.Load() != 0 {
		t.Fatal("the reader's open built the dictionary")
	}
	if w := e.watchlist(); !slices.Equal(w, []string{"LYC"}) {
		t.Fatalf("watchlist before the build: %q, want it as written", w)
	}
	type refreshed struct {
		res ui.RefreshResult
		err error
	}
	done := make(chan refreshed, 1)
	go func() {
		res, err := a.newReaderNet(e).refresh(ctx, true, func(ui.Progress) {})
		done <- refreshed{res, err}
	}()
	names := make(chan ui.Dictionary, 1)
	<-started
	go func() {
		d, err := e.loadDictionary(ctx)
		if err != nil {
			t.Error(err)
		}
		names <- d
	}()
	select {
	case r := <-done:
		t.Fatalf("the refresh finished before the dictionary was built: %+v %v", r.res, r.err)
	default:
	}
	if n, err := e.store.Counts(ctx, store.Query{}); err != nil || n.Items != 0 {
		t.Fatalf("items stored before the dictionary was built: %+v %v", n, err)
	}
	close(release)
	r := <-done
	if r.err != nil || r.res.New == 0 || r.res.FeedsOK != 1 {
		t.Fatalf("refresh: %+v %v", r.res, r.err)
	}
	if len(r.res.NewWatchedIDs) == 0 {
		t.Errorf("no alert for the watched LYC among %d new items (%+v, watch %q)", r.res.New, r.res, e.watchlist())
	}
	items, err := e.store.Items(ctx, store.Query{Companies: []string{"Lynas Rare Earths"}}, 0)
	if err != nil || len(items) == 0 {
		t.Fatalf("refreshed items about Lynas: %d, %v", len(items), err)
	}
	d := <-names
	if builds.Load() != 1 || !slices.Contains(d.Names["Lynas Rare Earths"], "LYC") || !slices.Equal(d.Watchlist, []string{"Lynas Rare Earths"}) || d.Err != nil {
		t.Fatalf("%d builds; names for Lynas %q, watchlist %q, %v", builds.Load(), d.Names["Lynas Rare Earths"], d.Watchlist, d.Err)
	}
	// The next start's first frame has the names before its build.
	if got := e.storedCompanyNames(ctx); !slices.Equal(got["Lynas Rare Earths"], d.Names["Lynas Rare Earths"]) || len(got) != len(d.Names) {
		t.Errorf("names saved for the next start: %d companies, Lynas %q; want %d, %q", len(got), got["Lynas Rare Earths"], len(d.Names), d.Names["Lynas Rare Earths"])
	}
}

// TestReaderDictionaryBuildError: a config whose extra company cannot be
// built does not stop the reader from opening its cache; the build's
// error names the config file and the cause, and the refresh and the
// rescoring that need the dictionary each fail with it, without a panic.
// An unknown watched company is reported with the names, and stays watched
// as written.
func TestReaderDictionaryBuildError(t *testing.T) {
	home := servedReaderHome(t, "[[companies]]\nname = \"!!!\"\n")
	a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, home: home, buildPipeline: sharedPipeline}
	ctx := context.Background()
	e, err := a.openForReader(ctx)
	if err != nil {
		t.Fatalf("the reader did not open: %v", err)
	}
	defer e.close()
	cfgPath := filepath.Join(home, "config.toml")
	want := func(what string, err error) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), cfgPath) || !strings.Contains(err.Error(), `extra company #1: "!!!"`) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v; want one line naming %s and the bad company", what, err, cfgPath)
		}
	}
	_, err = e.loadDictionary(ctx)
	want("dictionary", err)
	_, err = a.newReaderNet(e).refresh(ctx, true, func(ui.Progress) {})
	want("refresh", err)
	_, rescore := readerRescore(e, new(sync.Mutex))
	_, err = rescore(ctx, func(ui.RescoreProgress) {})
	want("rescore", err)
	if n, err := e.store.Counts(ctx, store.Query{}); err != nil || n.Items != 0 {
		t.Errorf("items stored without a dictionary: %+v %v", n, err)
	}

	// A watched company the dictionary does not know.
	home = servedReaderHome(t, "")
	os.WriteFile(filepath.Join(home, "config.toml"), []byte("watchlist = [\"LYC\", \"Lynas Rare Earth Ltd\"]\n"), 0o644)
	a.home = home
	e2, err := a.openForReader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer e2.close()
	d, err := e2.loadDictionary(ctx)
	if err != nil || !slices.Equal(d.Watchlist, []string{"Lynas Rare Earths", "Lynas Rare Earth Ltd"}) ||
		d.Err == nil || !strings.Contains(d.Err.Error(), `watchlist: unknown company "Lynas Rare Earth Ltd"`) {
		t.Fatalf("unknown watched company: %q, %v, %v", d.Watchlist, d.Err, err)
	}
}

// TestSavedCompanyNames: the names saved for the next start read back as
// they were for every company of the bundled dictionary; names holding a
// tab or a line break are not saved at all (the next start waits for the
// dictionary instead).
func TestSavedCompanyNames(t *testing.T) {
	dict, _, err := pipeline(config.Default())
	if err != nil {
		t.Fatal(err)
	}
	names := companyNames(dict)
	s, ok := encodeNames(names)
	if !ok {
		t.Fatal("the bundled dictionary's names were not saved")
	}
	back := decodeNames(s)
	if len(back) != len(names) {
		t.Fatalf("%d companies read back, want %d", len(back), len(names))
	}
	for c, want := range names {
		if got := back[c]; !slices.Equal(got, want) {
			t.Errorf("%s: read back %q, want %q", c, got, want)
		}
	}
	for _, bad := range []map[string][]string{{"A\tB": nil}, {"Lynas": {"LYC\nX"}}} {
		if _, ok := encodeNames(bad); ok {
			t.Errorf("%q saved", bad)
		}
	}
}

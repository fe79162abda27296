package main

import (
	"context"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/demo"
	"github.com/lode-reader/lode/internal/digest"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// reader opens the TUI, on the user's cache or, with --demo, on bundled
// briefings served from loopback into a temporary cache.
func (a *app) reader(ctx context.Context, args []string) error {
	fs := a.flags("")
	demoFlag := fs.Bool("demo", false, "read bundled demo briefings in a temporary cache")
	noRefresh := fs.Bool("no-refresh", false, "do not poll feeds when the reader starts")
	comps := companyFlag(fs, "start filtered to company `NAME` (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unknown command %q", pos[0])
	}
	exitAfterFrame := a.getenv("LODE_EXIT_AFTER_FIRST_FRAME") == "1"
	// LODE_EXIT_AFTER_WARM=1 quits once the list index is warm (lodebench's memory figure);
	// LODE_EXIT_AFTER_SEARCH_SETS=1 then also waits for the background build of
	// the dense prefixes' search sets that warming starts (lodebench's first typing).
	exitAfterSets := a.getenv("LODE_EXIT_AFTER_SEARCH_SETS") == "1"
	exitAfterWarm := a.getenv("LODE_EXIT_AFTER_WARM") == "1" || exitAfterSets
	// D shows the last 24 hours; the demo's briefings are older, and arrive
	// as a backfill, so its digest covers all of them (ten days before the demo content date).
	digestSince := func() time.Time { return time.Now().Add(-24 * time.Hour) }
	if *demoFlag {
		digestSince = func() time.Time { return demo.Published().AddDate(0, 0, -10) }
		cleanup, err := a.setupDemo(ctx)
		if err != nil {
			return err
		}
		defer cleanup()
	}
	// The first frame is drawn from the cache: the items carry their
	// enrichment. The dictionary and the classifier are built once it is
	// on screen (ui.Options.LoadDictionary); a refresh, the rescoring and a
	// query naming a company wait for them.
	e, err := a.openForReader(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	rn := a.newReaderNet(e)
	readStore, rescore := readerRescore(e, &rn.busy)
	var companies []string
	if len(*comps) > 0 {
		if err := e.ensure(); err != nil {
			return err
		}
		if companies, err = e.resolveCompanies(*comps); err != nil {
			return err
		}
	}
	keys, err := ui.KeyMapFrom(e.cfg.Keys)
	if err != nil {
		return fmt.Errorf("config %s: %w", e.home.ConfigPath, err)
	}
	loadDict, restoreGC := startupGC(e.loadDictionary)
	defer restoreGC()
	names := e.storedCompanyNames(ctx)
	if e.ready() {
		names = companyNames(e.dict)
	}
	opts := ui.Options{
		Keys:                &keys,
		Browser:             e.cfg.Browser,
		CompanyNames:        names,
		LoadDictionary:      loadDict,
		Minerals:            e.mins,
		Store:               readStore,
		Watchlist:           e.watchlist(),
		Companies:           companies,
		RefreshOnStart:      !*noRefresh && !exitAfterFrame && !exitAfterWarm && len(e.cfg.Feeds) > 0,
		SaveWatchlist:       e.setWatchlist,
		ExitAfterFirstFrame: exitAfterFrame,
		ExitAfterWarm:       exitAfterWarm,
		Digest: func(ctx context.Context) ([]ui.DigestEntry, error) {
			d, err := digest.Build(ctx, e.store, digest.Options{Since: digestSince(), Watchlist: e.watchlist(), Now: time.Now()})
			if err != nil {
				return nil, err
			}
			var out []ui.DigestEntry
			for _, en := range d.Entries() {
				out = append(out, ui.DigestEntry{Heading: en.Heading, ItemID: en.ItemID, Text: en.Text})
			}
			return out, nil
		},
	}
	e.viewOptions(&opts)
	if e.cfg.RefreshMinutes > 0 && !exitAfterFrame && !exitAfterWarm {
		opts.RefreshEvery = time.Duration(e.cfg.RefreshMinutes) * time.Minute
	}
	if !exitAfterFrame && !exitAfterWarm {
		opts.Rescore = rescore
	}
	if len(e.cfg.Feeds) > 0 {
		opts.Refresh = rn.refresh
	}
	opts.FetchArticle = rn.fetchArticle
	opts.Output = a.stdout
	// Bubble Tea's own signal handler is off: main owns the signals, and
	// the cancelled ctx ends the program and restores the terminal. (Two
	// handlers could hang: Bubble Tea's blocked sending a quit message the
	// stopped program never read.)
	p := tea.NewProgram(ui.New(opts), tea.WithAltScreen(), tea.WithContext(ctx), tea.WithOutput(a.stdout), tea.WithoutSignalHandler())
	if _, err := p.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("reader: %w", err)
	}
	if exitAfterSets && ctx.Err() == nil {
		e.store.WaitSearchSets()
	}
	return nil
}

// startupGC puts the process under the laxer GC target the dictionary is
// built under (buildGCPercent) until load, the reader's LoadDictionary run
// once its first frame is on screen, has built the dictionary: the start
// allocates into a near-empty heap (the cache's first page, the frame),
// where the default target would collect several times. It returns load
// restoring the process's own target after its first call, and a restore
// for a reader that ends first.
func startupGC(load func(context.Context) (ui.Dictionary, error)) (func(context.Context) (ui.Dictionary, error), func()) {
	orig := debug.SetGCPercent(buildGCPercent)
	var once sync.Once
	restore := func() { once.Do(func() { debug.SetGCPercent(orig) }) }
	return func(ctx context.Context) (ui.Dictionary, error) {
		defer restore()
		return load(ctx)
	}, restore
}

// namesKey is the cache's state key holding the company names
// (companyNames) the reader last had from the dictionary, one company a
// line, its name and its other names separated by tabs (encodeNames): the
// next start's first frame has them before the dictionary is built.
const namesKey = "reader.company_names"

// storedCompanyNames reads the company names the last reader run saved in
// the cache (nil when there are none or they cannot be read: the
// dictionary brings them a moment later) and remembers them for
// loadDictionary.
func (e *env) storedCompanyNames(ctx context.Context) map[string][]string {
	saved, err := e.store.GetState(ctx, namesKey)
	if err != nil || saved == "" {
		return nil
	}
	e.savedNames = saved
	return decodeNames(saved)
}

// encodeNames writes names as namesKey keeps them, companies in order;
// false when a name holds a tab or a line break (then nothing is kept).
func encodeNames(names map[string][]string) (string, bool) {
	var b strings.Builder
	for _, c := range slices.Sorted(maps.Keys(names)) {
		if strings.ContainsAny(c, "\t\n") {
			return "", false
		}
		b.WriteString(c)
		for _, n := range names[c] {
			if strings.ContainsAny(n, "\t\n") {
				return "", false
			}
			b.WriteByte('\t')
			b.WriteString(n)
		}
		b.WriteByte('\n')
	}
	return b.String(), true
}

// decodeNames reads what encodeNames wrote. It only splits strings (the
// names share the saved text's memory): it runs before the first frame.
func decodeNames(s string) map[string][]string {
	out := make(map[string][]string, strings.Count(s, "\n"))
	for line := range strings.Lines(s) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if f[0] != "" {
			out[f[0]] = f[1:len(f):len(f)]
		}
	}
	return out
}

// loadDictionary is the reader's ui.Options.LoadDictionary: it builds the
// dictionary and the classifier (or waits for the build a refresh started)
// and gives the picker and the list the companies' other names, saved in
// the cache for the next start when they changed, and the list the
// watchlist by canonical names. A watched company the dictionary does not
// know is reported with the names, and stays watched as written.
func (e *env) loadDictionary(ctx context.Context) (ui.Dictionary, error) {
	if err := e.ensure(); err != nil {
		return ui.Dictionary{}, err
	}
	d := ui.Dictionary{Names: companyNames(e.dict), Watchlist: e.watchlist(), Err: e.watchErr}
	if s, ok := encodeNames(d.Names); ok && s != e.savedNames {
		if err := e.store.SetState(ctx, namesKey, s); err != nil && d.Err == nil {
			d.Err = fmt.Errorf("cache %s: save company names: %w", e.home.CachePath, err)
		}
	}
	return d, nil
}

// companyNames maps each company of the dictionary to its aliases, former
// names and tickers (both "ASX:LYC" and "LYC"), for the reader's picker and
// list.
func companyNames(dict *companies.Dictionary) map[string][]string {
	out := map[string][]string{}
	for _, c := range dict.Companies() {
		names := append([]string(nil), c.Aliases...)
		for _, f := range c.Former {
			names = append(names, f.Name)
		}
		for _, t := range c.Tickers {
			names = append(names, t)
			if _, sym, ok := strings.Cut(t, ":"); ok {
				names = append(names, sym)
			}
		}
		out[c.Name] = names
	}
	return out
}

// readerNet is the reader's network side for one run of the reader. Its
// refresh (`r` and the timer) and its article fetch (`A`) share one
// politeness state, so what a host said (Retry-After on a 429 or 503) and
// the per-host limit on article pages hold across presses and refreshes
// for as long as the reader runs. The model holds its two methods
// (ui.Options Refresh and FetchArticle) and passes them into its commands.
type readerNet struct {
	e   *env
	pol *feeds.Politeness
	// busy is held by a refresh and by each background rescoring step,
	// which must not overlap (see readerRescore).
	busy sync.Mutex
}

// newReaderNet starts the network side of one reader run.
func (a *app) newReaderNet(e *env) *readerNet {
	return &readerNet{e: e, pol: &feeds.Politeness{}}
}

// poller is a poller over the cache sharing the run's politeness state.
func (n *readerNet) poller(workers int, force bool) *feeds.Poller {
	o := n.e.pollerOptions(workers, force, nil)
	o.Politeness = n.pol
	return feeds.New(n.e.store, n.e.process, o)
}

// fetchArticle is the reader's `A`: fetch one item's article page, store
// it and say so in one line; a failure is one line naming the item and the
// cause (for a host that asked to wait, until when).
func (n *readerNet) fetchArticle(ctx context.Context, id int64) (string, error) {
	it, err := n.e.store.Item(ctx, id)
	if err != nil {
		return "", err
	}
	got, unchanged, err := n.poller(1, true).FetchArticle(ctx, it)
	if err != nil {
		return "", fmt.Errorf("article for %q: %w", clip(it.Title, 60), err)
	}
	if unchanged {
		return fmt.Sprintf("article page for %q unchanged since it was fetched: kept", clip(got.Title, 60)), nil
	}
	return fmt.Sprintf("article page fetched for %q", clip(got.Title, 60)), nil
}

// refresh is the reader's refresh: poll every feed, report progress,
// follow moves and collect watchlist alerts.
func (n *readerNet) refresh(ctx context.Context, manual bool, progress func(ui.Progress)) (ui.RefreshResult, error) {
	e := n.e
	// New items are enriched: a refresh started before the dictionary and
	// the classifier are built waits for them.
	if err := e.ensure(); err != nil {
		return ui.RefreshResult{}, err
	}
	n.busy.Lock()
	defer n.busy.Unlock()
	list := e.configuredFeeds()
	done := 0
	results := n.poller(0, manual).Poll(ctx, list, func(r feeds.Result) {
		done++
		progress(ui.Progress{Done: done, Total: len(list), Feed: r.Feed.Name})
	})
	var res ui.RefreshResult
	var ids []int64
	for _, r := range results {
		switch r.Status {
		case feeds.OK:
			res.FeedsOK++
		case feeds.NotModified:
			res.FeedsNotModified++
		case feeds.Failed:
			res.FeedsFailed++
			res.Errors = append(res.Errors, r.Err.Error())
		}
		res.New += r.New
		res.Updated += r.Updated
		ids = append(ids, r.FreshIDs...)
	}
	res.Offline = offline(results)
	if err := e.followMoves(results); err != nil {
		res.Errors = append(res.Errors, err.Error())
	}
	if _, err := e.prune(ctx); err != nil {
		res.Errors = append(res.Errors, err.Error())
	}
	if watch := e.watchlist(); len(ids) > 0 && len(watch) > 0 {
		items, err := e.store.Items(ctx, store.Query{IDs: ids}, 0)
		if err == nil {
			for _, al := range digest.Alerts(items, watch) {
				res.NewWatchedIDs = append(res.NewWatchedIDs, al.ItemID)
			}
		}
	}
	return res, nil
}

// setupDemo points the app at a temporary home whose feeds are the bundled
// demo briefings, served on loopback, and fetches them once.
func (a *app) setupDemo(ctx context.Context) (func(), error) {
	dir, err := os.MkdirTemp("", "lode-demo-*")
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("demo: %w", err)
	}
	srv := &http.Server{Handler: demo.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	cleanup := func() {
		srv.Close()
		os.RemoveAll(dir)
	}
	cfg := config.Default()
	cfg.Feeds = nil
	cfg.RefreshMinutes = 0
	for _, f := range demo.Feeds() {
		cfg.Feeds = append(cfg.Feeds, config.Feed{URL: "http://" + ln.Addr().String() + "/" + strings.TrimPrefix(f.Path, "/"), Name: f.Name, Tags: []string{"demo"}})
	}
	cfg.Watchlist = []string{"Lynas Rare Earths", "MP Materials"}
	if err := config.Save(filepath.Join(dir, "config.toml"), cfg); err != nil {
		cleanup()
		return nil, err
	}
	a.home = dir
	e, err := a.open(ctx)
	if err != nil {
		cleanup()
		return nil, err
	}
	defer e.close()
	for _, r := range e.poller(0, true, nil).Poll(ctx, e.configuredFeeds(), nil) {
		if r.Err != nil {
			cleanup()
			return nil, fmt.Errorf("demo: %w", r.Err)
		}
	}
	return cleanup, nil
}

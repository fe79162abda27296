package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/digest"
	"github.com/lode-reader/lode/internal/notify"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// fetchGCPercent is the garbage collector's target (GOGC) while `lode fetch`
// polls.
const fetchGCPercent = 400

func (a *app) fetch(ctx context.Context, args []string) error {
	fs := a.flags("fetch")
	workers := fs.Int("workers", 0, "feeds fetched at once (default from config, 8)")
	force := fs.Bool("force", false, "poll feeds that are backing off too")
	notifyFlag := fs.Bool("notify", false, "run the config's notify command for each watchlist alert")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	explicitZero := false // 0 is the flag's "not given", not a valid count
	fs.Visit(func(f *flag.Flag) { explicitZero = explicitZero || (f.Name == "workers" && *workers == 0) })
	if *workers < 0 || *workers > 256 || explicitZero {
		return usagef("--workers %d: want 1 to 256", *workers)
	}
	e, err := a.openForFetch(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	list := e.configuredFeeds()
	if len(list) == 0 {
		return failedError{"no feeds configured: add one with 'lode feeds add URL'"}
	}
	start := time.Now()
	prog := newProgress(a.stdout, len(list))
	// A refresh allocates a lot of short-lived memory (parsed feeds, text,
	// rows) over a small live heap: collecting at 4× the live heap instead of
	// 2× saves about a tenth of its CPU for a few MB more (docs/benchmarks.md).
	gc := debug.SetGCPercent(fetchGCPercent)
	if gc < 0 || gc > fetchGCPercent { // GOGC=off or higher: keep the user's
		debug.SetGCPercent(gc)
	}
	results := e.poller(*workers, *force, nil).Poll(ctx, list, prog.report)
	debug.SetGCPercent(gc)
	if err := e.followMoves(results); err != nil {
		fmt.Fprintf(a.stderr, "lode: %s\n", oneLine(err.Error()))
	}
	sum := feeds.Summarize(results)
	fmt.Fprintf(a.stdout, "%s in %s\n", sum, time.Since(start).Round(time.Millisecond))
	if n, err := e.prune(ctx); err != nil {
		fmt.Fprintf(a.stderr, "lode: %s\n", oneLine(err.Error()))
	} else if n > 0 {
		fmt.Fprintf(a.stdout, "removed %d items past retention (keep_days, max_items_per_feed)\n", n)
	}

	alertErr := a.alert(ctx, e, results, *notifyFlag)
	if alertErr != nil {
		fmt.Fprintf(a.stderr, "lode: %s\n", oneLine(alertErr.Error()))
	}
	if sum.Failed > 0 && sum.OK+sum.NotModified == 0 {
		// A first run that got nothing: say plainly that there is nothing to
		// read, and blame the network only when no server answered.
		if c, err := e.store.Counts(ctx, store.Query{}); err == nil && c.Items == 0 {
			if offline(results) {
				return failedError{"no feed could be reached and nothing is cached yet: check the network (each feed's error is above), then run 'lode fetch' again"}
			}
			return failedError{"every feed failed and nothing is cached yet: each feed's error is above ('lode feeds list' shows them too)"}
		}
	}
	if sum.Failed > 0 || alertErr != nil {
		return failedError{}
	}
	return nil
}

// alert prints one line per new item about a watched company and runs the
// notify command for each when asked; a failed run is an error naming the
// command and the cause. Backfills (items published long
// before they arrived, e.g. a feed's archive on its first fetch) are not
// announced.
func (a *app) alert(ctx context.Context, e *env, results []feeds.Result, run bool) error {
	if len(e.cfg.Watchlist) == 0 {
		return nil
	}
	var ids []int64
	for _, r := range results {
		ids = append(ids, r.FreshIDs...)
	}
	if len(ids) == 0 {
		return nil
	}
	items, err := e.store.Items(ctx, store.Query{IDs: ids}, 0)
	if err != nil {
		return err
	}
	alerts := digest.Alerts(items, e.cfg.Watchlist)
	for _, al := range alerts {
		fmt.Fprintln(a.stdout, al.String())
	}
	if !run || len(alerts) == 0 {
		return nil
	}
	if len(e.cfg.Notify) == 0 {
		return fmt.Errorf("--notify: no notify command in %s (set notify = [\"cmd\", \"{title}\"])", e.home.ConfigPath)
	}
	errs := notify.Run(ctx, e.cfg.Notify, alerts)
	for _, err := range errs {
		fmt.Fprintf(a.stderr, "lode: %s\n", oneLine(err.Error()))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d of %d notify runs failed (the notify command is set in %s)", len(errs), len(alerts), e.home.ConfigPath)
	}
	return nil
}

// progress prints per-feed lines as feeds finish; on a terminal it keeps a
// live "[n/total]" counter in front of each line.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
	tty   bool
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

func (p *progress) report(r feeds.Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	line := resultLine(r)
	if p.tty {
		fmt.Fprintf(p.w, "\r\x1b[K[%d/%d] %s\n", p.n, p.total, line)
		return
	}
	fmt.Fprintln(p.w, line)
}

// resultLine is the one line `lode fetch` prints for a feed.
func resultLine(r feeds.Result) string {
	name := sanitize.Line(r.Feed.Name)
	if name == "" {
		name = sanitize.Line(r.Title)
	}
	if name == "" {
		name = r.Feed.URL
	}
	var s string
	switch r.Status {
	case feeds.OK:
		s = fmt.Sprintf("%s: %d new, %d updated", name, r.New, r.Updated)
	case feeds.NotModified:
		s = fmt.Sprintf("%s: not modified", name)
	case feeds.Skipped:
		s = fmt.Sprintf("%s: skipped, %s", name, r.Note)
		return sanitize.Line(s)
	default:
		return "error: " + sanitize.Line(r.Err.Error())
	}
	if r.Backfilled > 0 {
		s += fmt.Sprintf(" (%d published long before they arrived: not announced)", r.Backfilled)
	}
	if r.MovedTo != "" {
		s += " (moved permanently to " + r.MovedTo + ", config updated)"
	}
	if r.Note != "" {
		s += " (" + r.Note + ")"
	}
	return sanitize.Line(s)
}

// offline reports whether a refresh reached no feed's server: at least one
// feed failed, none succeeded, and every failure was the network's.
func offline(results []feeds.Result) bool {
	failed := false
	for _, r := range results {
		switch r.Status {
		case feeds.OK, feeds.NotModified:
			return false
		case feeds.Failed:
			if !feeds.Unreachable(r.Err) {
				return false
			}
			failed = true
		}
	}
	return failed
}

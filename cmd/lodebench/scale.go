package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/store"
)

// ScaleCell is one figure at one cache size.
type ScaleCell struct {
	// Runs are every run's value (see the row's unit); the median is shown.
	Runs []float64
	// Extra is shown after the value, e.g. allocations.
	Extra string
	// Met is "yes", "**no**" or "" when the figure has no target.
	Met string
}

// ScaleRow is one figure of the cache-size table, by cache size in items.
type ScaleRow struct {
	// Figure names the measurement; Target is the goal shown beside it.
	Figure, Target string
	// Unit says how the cells' values are kept and shown.
	Unit unit
	// Cells are the figure's values keyed by cache size in items.
	Cells map[int]ScaleCell
}

// addScale records one figure at cache size n in the cache-size table.
func (r *Report) addScale(figure string, u unit, target string, n int, c ScaleCell) {
	if !slices.Contains(r.ScaleSizes, n) {
		r.ScaleSizes = append(r.ScaleSizes, n)
		slices.Sort(r.ScaleSizes)
	}
	for i := range r.Scale {
		if r.Scale[i].Figure == figure {
			r.Scale[i].Cells[n] = c
			return
		}
	}
	r.Scale = append(r.Scale, ScaleRow{Figure: figure, Target: target, Unit: u, Cells: map[int]ScaleCell{n: c}})
}

// cell formats the figure at size n: median, range, extra and verdict.
func (s ScaleRow) cell(n int) string {
	c, ok := s.Cells[n]
	if !ok || len(c.Runs) == 0 {
		return "not run"
	}
	row := Row{Unit: s.Unit}
	v := row.format(median(c.Runs)) + row.spread(c.Runs)
	if c.Extra != "" {
		v += ", " + c.Extra
	}
	switch c.Met {
	case "yes":
		v += ": met"
	case "":
	default:
		v = "**" + v + ": missed**"
	}
	return v
}

// scaleMarkdown is the cache-size table, or "" when nothing was measured.
func (r *Report) scaleMarkdown() string {
	if len(r.Scale) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n## By cache size\n\n")
	b.WriteString("Five years of briefings for a trader with 60 feeds is about 1,000,000 items. Each figure is the median of the runs with its range (min–max); the 1,000,000-item column is measured only with `-big`.\n\n")
	b.WriteString("| Figure |")
	for _, n := range r.ScaleSizes {
		fmt.Fprintf(&b, " %s items |", thousands(n))
	}
	b.WriteString(" Target |\n|" + strings.Repeat(" --- |", len(r.ScaleSizes)+2) + "\n")
	for _, s := range r.Scale {
		b.WriteString("| " + mdCell(s.Figure) + " |")
		for _, n := range r.ScaleSizes {
			b.WriteString(" " + mdCell(s.cell(n)) + " |")
		}
		b.WriteString(" " + mdCell(s.Target) + " |\n")
	}
	return b.String()
}

// scaleText is the cache-size table as plain text.
func (r *Report) scaleText() string {
	var b strings.Builder
	for _, s := range r.Scale {
		for _, n := range r.ScaleSizes {
			fmt.Fprintf(&b, "%s, %s items: %s (target %s)\n", s.Figure, thousands(n), strings.ReplaceAll(s.cell(n), "**", ""), s.Target)
		}
	}
	return b.String()
}

// realisticLabels name BenchmarkRealistic's sub-benchmarks (ui/bench_test.go)
// in the report; a sub-benchmark not listed is shown by its name.
var realisticLabels = map[string]string{
	"move_j":              "Keystroke: move selection (j)",
	"search_word":         "Keystroke: type a search word (mean per character, first included)",
	"search_first_char":   "Keystroke: first character of a search (a–z, each a new search)",
	"company_picker_open": "Keystroke: open the company picker (c)",
	"company_filter":      "Keystroke: apply a company filter (enter in the picker)",
	"unread_toggle":       "Keystroke: toggle the unread filter (u)",
}

// realisticIters is how many keystrokes each realistic sub-benchmark times
// per run.
const realisticIters = 26

// uiTestBinary builds the ui package's test binary once per lodebench run.
func (b *bench) uiTestBinary(ctx context.Context) (string, error) {
	bin := filepath.Join(b.work, "ui.test")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	cmd := exec.CommandContext(ctx, "go", "test", "-c", "-o", bin, "./ui/")
	cmd.Dir = b.root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go test -c ./ui/: %w\n%s", err, tailOf(out, 2000))
	}
	return bin, nil
}

// realisticKeys runs ui's BenchmarkRealistic on the cache at path, b.o.Runs
// times, and records each sub-benchmark at cache size n.
func (b *bench) realisticKeys(ctx context.Context, rep *Report, n int, path string) error {
	bin, err := b.uiTestBinary(ctx)
	if err != nil {
		return err
	}
	args := []string{"-test.run", "^$", "-test.bench", "^BenchmarkRealistic$", "-test.benchmem",
		"-test.benchtime", fmt.Sprintf("%dx", realisticIters), "-test.count", fmt.Sprint(b.o.Runs), "-test.timeout", "30m"}
	b.logf("keystrokes on the %s-item cache: ui.test %s", thousands(n), strings.Join(args, " "))
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = filepath.Join(b.root, "ui")
	cmd.Env = append(os.Environ(), "LODE_BENCH_CACHE="+path)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("realistic keystrokes: %w\n%s", err, tailOf(out, 3000))
	}
	var names []string
	runs := map[string][]float64{}
	allocs := map[string][]float64{}
	for _, r := range parseBench(out) {
		name, ok := strings.CutPrefix(r.Name, "BenchmarkRealistic/")
		if !ok {
			continue
		}
		if _, seen := runs[name]; !seen {
			names = append(names, name)
		}
		runs[name] = append(runs[name], r.Metrics["ns/op"]/1e9)
		allocs[name] = append(allocs[name], r.Metrics["allocs/op"])
	}
	if len(names) == 0 {
		return fmt.Errorf("realistic keystrokes: no BenchmarkRealistic results:\n%s", tailOf(out, 2000))
	}
	for _, name := range names {
		label := realisticLabels[name]
		if label == "" {
			label = "Keystroke: " + strings.ReplaceAll(name, "_", " ")
		}
		med := median(runs[name])
		rep.addScale(label, unitMillis, "< 16 ms", n, ScaleCell{Runs: runs[name],
			Extra: thousands(int(median(allocs[name]))) + " allocs", Met: met(med < 0.016)})
	}
	if first := runs["search_word"]; len(first) > 0 {
		// Run 1 types each prefix for the first time in the cache's life
		// (after the background build of searchSetRun).
		rep.addScale("Keystroke: first typing of a prefix in a new cache (type a search word, run 1 only, mean per character)", unitMillis, "< 16 ms", n,
			ScaleCell{Runs: first[:1], Met: met(first[0] < 0.016)})
	}
	rep.Notes = append(rep.Notes, fmt.Sprintf("The keystrokes on the %s-item cache (%d per run, %d runs, ui's `BenchmarkRealistic`) took %.0f s with the reader's start.",
		thousands(n), realisticIters, b.o.Runs, time.Since(start).Seconds()))
	return nil
}

// cacheFigures measures what the cache-size table holds, at cache size n on
// the lode home home, whose first-frame times and peak RSS the caller took:
// keystrokes, a refresh of the refresh feeds (fresh once, then every feed
// 304) into the cache, and its size on disk. The refresh adds the refresh
// feeds' items to the cache, so it runs last.
func (b *bench) cacheFigures(ctx context.Context, rep *Report, n int, home string, frames []time.Duration, rss int64) error {
	path := filepath.Join(home, "cache.db")
	size := fileSize(path) + fileSize(path+"-wal")
	rep.addScale("Cold start to first frame", unitMillis, "< 150 ms", n, ScaleCell{Runs: secs(frames), Met: met(median(frames) < 150*time.Millisecond)})
	rep.addScale("Peak RSS of the reader at its first frame", unitMB, "< 250 MB", n, ScaleCell{Runs: []float64{float64(rss)}, Met: met(rss < 250<<20)})
	warmT, warmRSS, err := b.warmRuns(ctx, home, n)
	if err != nil {
		return err
	}
	rep.addScale("Start until the list index is warm (background, after the first frame)", unitMillis, "—", n, ScaleCell{Runs: secs(warmT)})
	rep.addScale("Peak RSS of the reader with the list index warm", unitMB, "< 250 MB", n, ScaleCell{Runs: []float64{float64(warmRSS)}, Met: met(warmRSS < 250<<20)})
	rep.addScale("Cache size on disk", unitMB, "—", n, ScaleCell{Runs: []float64{float64(size)}})
	if err := b.searchSetRun(ctx, rep, home, n); err != nil {
		return err
	}
	if b.o.Quick && !b.o.UIBench {
		rep.Notes = append(rep.Notes, "-quick skips the keystrokes on the generated caches (pass -uibench to run them).")
	} else if err := b.realisticKeys(ctx, rep, n, path); err != nil {
		return err
	}
	set := b.refresh
	if err := writeLodeHome(home, set, set.URLs(b.srv.URL)); err != nil {
		return err
	}
	b.logf("refresh into the %s-item cache: fresh (not timed)", thousands(n))
	b.srv.ResetCounts()
	fresh, _, err := runTimed(ctx, b.lodeProc(home, "fetch", "--workers", "8"))
	if err != nil {
		return fmt.Errorf("refresh into the %s-item cache: %w", thousands(n), err)
	}
	if err := b.checkCounts(false, set.Feeds, "lode fetch"); err != nil {
		return err
	}
	var nm []time.Duration
	for r := range b.o.Runs {
		b.logf("refresh into the %s-item cache, every feed 304: run %d/%d", thousands(n), r+1, b.o.Runs)
		b.srv.ResetCounts()
		t, _, err := runTimed(ctx, b.lodeProc(home, "fetch", "--workers", "8"))
		if err != nil {
			return fmt.Errorf("refresh into the %s-item cache: %w", thousands(n), err)
		}
		if err := b.checkCounts(true, set.Feeds, "lode fetch"); err != nil {
			return err
		}
		nm = append(nm, t.Elapsed)
	}
	rep.addScale(fmt.Sprintf("Refresh %d feeds, every feed 304, into the cache", set.Feeds), unitSeconds, "< 0.2 s", n,
		ScaleCell{Runs: secs(nm), Met: met(median(nm) < 200*time.Millisecond)})
	rep.addScale(fmt.Sprintf("Refresh %d feeds × %d new items into the cache (one run)", set.Feeds, set.Items), unitSeconds, "—", n,
		ScaleCell{Runs: []float64{fresh.Elapsed.Seconds()}})
	return nil
}

// copyCache copies the cache file src (with its WAL, if any) into home as
// cache.db, with a config like fillLodeCache's.
func copyCache(src, home string) error {
	cfg := config.Default()
	cfg.Feeds = nil
	cfg.RefreshMinutes = 0
	if err := config.Save(filepath.Join(home, "config.toml"), cfg); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal"} {
		in, err := os.Open(src + suffix)
		if suffix != "" && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("copy cache: %w", err)
		}
		out, err := os.Create(filepath.Join(home, "cache.db"+suffix))
		if err == nil {
			_, err = io.Copy(out, in)
			if cerr := out.Close(); err == nil {
				err = cerr
			}
		}
		in.Close()
		if err != nil {
			return fmt.Errorf("copy cache: %w", err)
		}
	}
	return nil
}

// fileSize is the size of the file at path, 0 when it does not exist.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// firstFrames times lode from exec to its first complete frame on home's
// cache, after one untimed warm-up run, and returns the runs and the peak RSS.
func (b *bench) firstFrames(ctx context.Context, home string, n int) ([]time.Duration, int64, error) {
	env := append(os.Environ(), "LODE_EXIT_AFTER_FIRST_FRAME=1", "TERM=xterm-256color", "COLORTERM=truecolor")
	var ts []time.Duration
	var rss int64
	for r := -1; r < b.o.Runs; r++ {
		b.logf("first frame on the %s-item cache, %s", thousands(n), runLabel(r, b.o.Runs))
		res, err := runInPTY(ctx, env, 120*time.Second, b.lode, "--home", home)
		if err != nil {
			return nil, 0, fmt.Errorf("cold start: %w", err)
		}
		if res.Output < 200 {
			return nil, 0, fmt.Errorf("cold start: lode wrote only %d bytes to the terminal, no frame: %q", res.Output, res.Tail)
		}
		if r >= 0 { // run -1 warms the OS file cache
			ts = append(ts, res.Elapsed)
			rss = max(rss, res.MaxRSS)
		}
	}
	return ts, rss, nil
}

// warmRuns times lode from exec until its list index is warm
// (LODE_EXIT_AFTER_WARM: after the first frame the reader builds it in the
// background, then quits) and returns the runs and the peak RSS.
func (b *bench) warmRuns(ctx context.Context, home string, n int) ([]time.Duration, int64, error) {
	env := append(os.Environ(), "LODE_EXIT_AFTER_WARM=1", "TERM=xterm-256color", "COLORTERM=truecolor")
	var ts []time.Duration
	var rss int64
	for r := range b.o.Runs {
		b.logf("start until warm on the %s-item cache, %s", thousands(n), runLabel(r, b.o.Runs))
		res, err := runInPTY(ctx, env, 300*time.Second, b.lode, "--home", home)
		if err != nil {
			return nil, 0, fmt.Errorf("start until warm: %w", err)
		}
		ts = append(ts, res.Elapsed)
		rss = max(rss, res.MaxRSS)
	}
	return ts, rss, nil
}

// searchSetRun times one start of lode that quits once the background
// build of the dense prefixes' search sets (which warming starts) has
// finished: on a cache new to this code, the whole build. It records the
// time, the peak RSS and the sets stored. The keystrokes measured after it
// type their prefixes for the first time in the cache's life (run 1).
func (b *bench) searchSetRun(ctx context.Context, rep *Report, home string, n int) error {
	env := append(os.Environ(), "LODE_EXIT_AFTER_SEARCH_SETS=1", "TERM=xterm-256color", "COLORTERM=truecolor")
	b.logf("start until the search sets are built on the %s-item cache", thousands(n))
	res, err := runInPTY(ctx, env, 30*time.Minute, b.lode, "--home", home)
	if err != nil {
		return fmt.Errorf("search set build: %w", err)
	}
	st, err := store.Open(filepath.Join(home, "cache.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	var sets int
	if err := st.DB().QueryRowContext(ctx, "SELECT count(*) FROM search_sets").Scan(&sets); err != nil {
		return fmt.Errorf("count search sets: %w", err)
	}
	rep.addScale("Start until the dense prefixes' search sets are built (background, after warming; one run, the cache's first)", unitMillis, "—", n,
		ScaleCell{Runs: []float64{res.Elapsed.Seconds()}, Extra: thousands(sets) + " sets stored"})
	rep.addScale("Peak RSS of the reader while it builds the search sets", unitMB, "< 250 MB", n,
		ScaleCell{Runs: []float64{float64(res.MaxRSS)}, Met: met(res.MaxRSS < 250<<20)})
	return nil
}

// benchBig fills a cache of BigFeeds × BigPerFeed items (1,000,000 in the
// full run) and measures the cache-size figures on it.
func (b *bench) benchBig(ctx context.Context, rep *Report) error {
	if !b.o.Big {
		return nil
	}
	set := FeedSet{Prefix: "/big", Gen: b.gen.WithTemplates(b.sz.Templates, b.sz.BigPerFeed), Feeds: b.sz.BigFeeds, Items: b.sz.BigPerFeed}
	n := set.Feeds * set.Items
	home := filepath.Join(b.work, "big-lode")
	if err := os.MkdirAll(home, 0o755); err != nil {
		return fmt.Errorf("big cache: %w", err)
	}
	start := time.Now()
	if b.o.BigFrom != "" {
		b.logf("copying the big cache from %s", b.o.BigFrom)
		if err := copyCache(b.o.BigFrom, home); err != nil {
			return err
		}
		rep.Notes = append(rep.Notes, fmt.Sprintf("The %s-item cache was copied from an earlier run's (-bigfrom).", thousands(n)))
	} else {
		b.logf("filling a lode cache with %s items", thousands(n))
		if err := fillLodeCache(ctx, home, set, b.srv.URL); err != nil {
			return err
		}
		rep.Notes = append(rep.Notes, fmt.Sprintf("The %s-item cache (%d feeds × %d items, %d bodies reused) was filled through `store.Upsert` in %.0f s.",
			thousands(n), set.Feeds, set.Items, set.Gen.templates, time.Since(start).Seconds()))
	}
	frames, rss, err := b.firstFrames(ctx, home, n)
	if err != nil {
		return err
	}
	return b.cacheFigures(ctx, rep, n, home, frames, rss)
}

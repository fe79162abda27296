package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/lode-reader/lode/internal/config"
)

// timed is one measured process run.
type timed struct {
	// Elapsed is the child's own run time as the spawn helper saw it,
	// else the wall time measured here.
	Elapsed time.Duration
	MaxRSS  int64 // bytes
}

// proc is a program to measure.
type proc struct {
	name string
	args []string
	env  []string
	dir  string
}

// runTimed runs p to completion through the spawn helper and times it from
// exec to exit.
func runTimed(ctx context.Context, p proc) (timed, []byte, error) {
	sp, err := spawnCommand(ctx, p.env, p.name, p.args...)
	if err != nil {
		return timed{}, nil, err
	}
	cmd := sp.Cmd
	cmd.Dir = p.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		sp.result()
		return timed{}, nil, fmt.Errorf("start %s: %w", filepath.Base(p.name), err)
	}
	sp.started()
	werr := cmd.Wait()
	t := timed{Elapsed: time.Since(start)}
	if el, rss, err := sp.result(); err == nil {
		t.Elapsed, t.MaxRSS = el, rss
	} else if werr == nil {
		werr = err
	}
	if werr != nil {
		return t, out.Bytes(), fmt.Errorf("%s: %w\n%s", filepath.Base(p.name), werr, tailOf(out.Bytes(), 2000))
	}
	return t, out.Bytes(), nil
}

func tailOf(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// writeLodeHome creates a lode home in dir whose config lists urls.
func writeLodeHome(dir string, set FeedSet, urls []string) error {
	cfg := config.Default()
	cfg.Feeds = nil
	cfg.Workers = 8
	cfg.RefreshMinutes = 0
	for f, u := range urls {
		cfg.Feeds = append(cfg.Feeds, config.Feed{URL: u, Name: FeedName(f)})
	}
	if err := config.Save(filepath.Join(dir, "config.toml"), cfg); err != nil {
		return fmt.Errorf("lode home %s: %w", dir, err)
	}
	return nil
}

// lodeProc is the built lode with a home and the given arguments.
func (b *bench) lodeProc(home string, args ...string) proc {
	return proc{name: b.lode, args: append([]string{"--home", home}, args...), env: append(os.Environ(), "NO_COLOR=1")}
}

// benchRefresh times `lode fetch` on a fresh cache and again when every
// feed answers 304, and newsboat's reload the same way.
func (b *bench) benchRefresh(ctx context.Context, rep *Report) error {
	set := b.refresh
	urls := set.URLs(b.srv.URL)
	var lodeFresh, lodeNM, nbFresh, nbNM []time.Duration
	var nbErr error
	for run := range b.o.Runs {
		b.logf("refresh run %d/%d: lode", run+1, b.o.Runs)
		home := filepath.Join(b.work, fmt.Sprintf("refresh-lode-%d", run))
		if err := os.MkdirAll(home, 0o755); err != nil {
			return fmt.Errorf("refresh: %w", err)
		}
		if err := writeLodeHome(home, set, urls); err != nil {
			return err
		}
		for pass, list := range []*[]time.Duration{&lodeFresh, &lodeNM} {
			b.srv.ResetCounts()
			t, _, err := runTimed(ctx, b.lodeProc(home, "fetch", "--workers", "8"))
			if err != nil {
				return fmt.Errorf("refresh: lode fetch: %w", err)
			}
			if err := b.checkCounts(pass == 1, set.Feeds, "lode fetch"); err != nil {
				return err
			}
			*list = append(*list, t.Elapsed)
		}
		os.RemoveAll(home)
		if b.newsboat == "" || nbErr != nil {
			continue
		}
		b.logf("refresh run %d/%d: newsboat", run+1, b.o.Runs)
		nb, err := newNewsboatHome(filepath.Join(b.work, fmt.Sprintf("refresh-nb-%d", run)), urls)
		if err != nil {
			return err
		}
		// newsboat 2.21 stores a feed's ETag only from its second download on
		// (newsboat issue #2734), so an untimed reload comes between the
		// fresh one and the all-304 one.
		passes := []struct {
			list    *[]time.Duration
			want304 bool
		}{{&nbFresh, false}, {nil, false}, {&nbNM, true}}
		for _, p := range passes {
			b.srv.ResetCounts()
			t, _, err := runTimed(ctx, nb.proc(b.newsboat, "reload"))
			if err == nil {
				err = b.checkCounts(p.want304, set.Feeds, "newsboat reload")
			}
			if err != nil {
				nbErr = err
				break
			}
			if p.list != nil {
				*p.list = append(*p.list, t.Elapsed)
			}
		}
		if nbErr == nil && run == 0 {
			if n, err := nb.itemCount(ctx); err != nil || n != set.Feeds*set.Items {
				nbErr = fmt.Errorf("newsboat cached %d items, want %d (%v)", n, set.Feeds*set.Items, err)
			}
		}
		os.RemoveAll(nb.dir)
	}
	if nbErr != nil {
		rep.Notes = append(rep.Notes, "newsboat refresh failed, its refresh figures are left out: "+oneLine(nbErr.Error()))
		nbFresh, nbNM = nil, nil
	}
	label := fmt.Sprintf("Refresh %d feeds × %d items, fresh cache (workers 8)", set.Feeds, set.Items)
	rep.Rows = append(rep.Rows, Row{
		Figure: label, Unit: unitSeconds,
		Lode: median(lodeFresh).Seconds(), Newsboat: median(nbFresh).Seconds(), HasNewsboat: len(nbFresh) > 0,
		LodeRuns: secs(lodeFresh), NewsboatRuns: secs(nbFresh),
		Target: "≥ 3× faster than newsboat",
		Met:    cmpMet(len(nbFresh) > 0, median(nbFresh) >= 3*median(lodeFresh)),
	})
	rep.Rows = append(rep.Rows, Row{
		Figure: fmt.Sprintf("Refresh %d feeds, every feed 304 Not Modified", set.Feeds), Unit: unitSeconds,
		Lode: median(lodeNM).Seconds(), Newsboat: median(nbNM).Seconds(), HasNewsboat: len(nbNM) > 0,
		LodeRuns: secs(lodeNM), NewsboatRuns: secs(nbNM),
		Target: "< 0.2 s", Met: met(median(lodeNM) < 200*time.Millisecond),
	})
	return nil
}

// checkCounts verifies that a refresh fetched every feed in full, or got a
// 304 for every feed.
func (b *bench) checkCounts(want304 bool, feeds int, who string) error {
	full, nm, _ := b.srv.Counts()
	if want304 && (nm != int64(feeds) || full != 0) {
		return fmt.Errorf("%s: server sent %d full responses and %d 304s, want %d 304s only (conditional GET not used?)", who, full, nm, feeds)
	}
	if !want304 && full != int64(feeds) {
		return fmt.Errorf("%s: server sent %d full responses, want %d", who, full, feeds)
	}
	return nil
}

// secs is ds in seconds.
func secs(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = d.Seconds()
	}
	return out
}

// median is the median of vs (0 when empty); of an even count, the mean of
// the middle two (in whole nanoseconds for durations).
func median[T time.Duration | float64](vs []T) T {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

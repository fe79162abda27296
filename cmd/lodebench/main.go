// Command lodebench measures lode against its performance targets on this
// machine, next to newsboat where the comparison makes sense: feed refresh
// (fresh and all-304) over a loopback server of generated briefing feeds,
// cold start to the first frame on a 100,000-item cache, keystroke latency,
// peak memory, and classifier and extractor throughput on one core. It prints
// a table and writes it with the machine's description to a Markdown file.
//
//	go run ./cmd/lodebench [-quick] [-big] [-only PARTS] [-out docs/benchmarks.md] [-runs 5]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/lode-reader/lode/internal/companies"
)

// Options are the command's flags.
type Options struct {
	// Quick uses the small sizes and one run per figure (-quick), for CI;
	// it never installs newsboat.
	Quick bool
	// Out is the Markdown report's path (-out); "" writes only the text to stdout.
	Out string
	// Runs is the timed runs per figure (-runs, at least 1); the report shows the median.
	Runs int
	// Seed seeds the synthetic feeds (-seed): the same seed gives the same feeds.
	Seed uint64
	// Keep leaves the work directory (caches, homes, binary) in place (-keep).
	Keep bool
	// UIBench runs the UI benchmarks even with Quick (-uibench).
	UIBench bool
	// Big adds the 1,000,000-item cache (part "big").
	Big bool
	// BigFrom, when set, is a big cache kept by an earlier run (-keep) to
	// copy instead of filling a new one.
	BigFrom string
	// Only, when not empty, names the parts to run (refresh, cold, ui, throughput, fulltext, big).
	Only string
	// RefreshProfile, when set, profiles an in-process refresh into this file instead of benchmarking.
	RefreshProfile string
	// ProfileWorkers is the poller's worker count with RefreshProfile.
	ProfileWorkers int
}

// Sizes are the workload sizes of one run.
type Sizes struct {
	// RefreshFeeds feeds of RefreshItems items each are refreshed.
	RefreshFeeds, RefreshItems int
	// ColdFeeds feeds of ColdPerFeed items each fill the cold-start cache.
	ColdFeeds, ColdPerFeed int
	// BigFeeds feeds of BigPerFeed items each fill the big cache (-big).
	BigFeeds, BigPerFeed int
	// Templates is how many distinct bodies the cold and big caches' items
	// cycle through (titles, GUIDs and dates stay unique).
	Templates int
	// ThroughputItems is how many unique briefings the in-process
	// throughput figures cycle over.
	ThroughputItems int
	// ThroughputTime is how long each throughput figure runs, split across the runs.
	ThroughputTime time.Duration
}

// ColdItems is the number of items in the cold-start cache.
func (s Sizes) ColdItems() int { return s.ColdFeeds * s.ColdPerFeed }

func fullSizes() Sizes {
	return Sizes{RefreshFeeds: 200, RefreshItems: 50, ColdFeeds: 200, ColdPerFeed: 500, BigFeeds: 200, BigPerFeed: 5000, Templates: 500,
		ThroughputItems: 400, ThroughputTime: 2 * time.Second}
}

func quickSizes() Sizes {
	return Sizes{RefreshFeeds: 20, RefreshItems: 10, ColdFeeds: 10, ColdPerFeed: 500, BigFeeds: 20, BigPerFeed: 1000, Templates: 100,
		ThroughputItems: 100, ThroughputTime: 300 * time.Millisecond}
}

func main() {
	if os.Getenv(spawnEnv) == "1" {
		os.Exit(spawnMain(os.Args[1:]))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "lodebench: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lodebench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o Options
	fs.BoolVar(&o.Quick, "quick", false, "small sizes and one run each (CI); never installs newsboat")
	fs.StringVar(&o.Out, "out", "docs/benchmarks.md", "write the report to `FILE`")
	fs.IntVar(&o.Runs, "runs", 5, "timed runs per figure; the median is reported")
	fs.Uint64Var(&o.Seed, "seed", 7, "seed of the synthetic feeds")
	fs.BoolVar(&o.Keep, "keep", false, "keep the work directory (caches, homes, binary)")
	fs.BoolVar(&o.UIBench, "uibench", false, "with -quick, still run the UI benchmarks (once each)")
	fs.StringVar(&o.Only, "only", "", "run only these comma-separated `PARTS`: refresh, cold, ui, throughput, fulltext, big (big needs -big)")
	fs.StringVar(&o.BigFrom, "bigfrom", "", "with -big, copy the big cache from `FILE` (kept by an earlier -keep run, before its refresh) instead of filling it")
	fs.BoolVar(&o.Big, "big", false, "also measure a 1,000,000-item cache (about 15 minutes more; with -quick, 20,000 items)")
	fs.StringVar(&o.RefreshProfile, "refreshprofile", "", "only profile an in-process fresh refresh into `FILE` (pprof)")
	fs.IntVar(&o.ProfileWorkers, "profileworkers", 8, "workers for -refreshprofile")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	sz := fullSizes()
	if o.Quick {
		sz = quickSizes()
		if !isFlagSet(fs, "runs") {
			o.Runs = 1
		}
	}
	if o.Runs < 1 {
		return fmt.Errorf("-runs %d: want at least 1", o.Runs)
	}
	b, err := newBench(ctx, o, sz, stderr)
	if err != nil {
		return err
	}
	defer b.close()
	if o.RefreshProfile != "" {
		return b.profileRefresh(ctx, o.RefreshProfile)
	}
	rep, err := b.all(ctx)
	if err != nil {
		return err
	}
	md := rep.Markdown()
	fmt.Fprintln(stdout, rep.Text())
	if o.Out != "" {
		if err := os.MkdirAll(filepath.Dir(o.Out), 0o755); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		if old, err := os.ReadFile(o.Out); err == nil {
			md = keepNotes(md, string(old))
		}
		if err := os.WriteFile(o.Out, []byte(md), 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		fmt.Fprintf(stderr, "lodebench: report written to %s\n", o.Out)
	}
	return nil
}

func isFlagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// bench holds what every measurement shares: the work directory, the built
// lode, the generator and the loopback feed server.
type bench struct {
	o        Options
	sz       Sizes
	log      io.Writer
	root     string // module root
	work     string
	lode     string
	dict     *companies.Dictionary
	gen      *Generator
	srv      *FeedServer
	refresh  FeedSet
	cold     FeedSet
	newsboat string // path, or "" when unavailable
	nbNote   string // why newsboat is missing
	started  time.Time
}

func newBench(ctx context.Context, o Options, sz Sizes, log io.Writer) (*bench, error) {
	b := &bench{o: o, sz: sz, log: log, started: time.Now()}
	root, err := moduleRoot(ctx)
	if err != nil {
		return nil, err
	}
	b.root = root
	if b.work, err = os.MkdirTemp("", "lodebench-*"); err != nil {
		return nil, fmt.Errorf("work dir: %w", err)
	}
	b.dict, err = companies.Default()
	if err != nil {
		b.close()
		return nil, fmt.Errorf("company dictionary: %w", err)
	}
	b.gen = NewGenerator(b.dict, o.Seed)
	b.refresh = FeedSet{Prefix: "/refresh", Gen: b.gen, Feeds: sz.RefreshFeeds, Items: sz.RefreshItems, Precompute: true}
	b.cold = FeedSet{Prefix: "/cold", Gen: b.gen.WithTemplates(sz.Templates, sz.ColdPerFeed), Feeds: sz.ColdFeeds, Items: sz.ColdPerFeed}
	b.logf("generating %d×%d refresh feeds", sz.RefreshFeeds, sz.RefreshItems)
	if b.srv, err = NewFeedServer(b.refresh, b.cold); err != nil {
		b.close()
		return nil, err
	}
	b.lode = filepath.Join(b.work, "lode")
	b.logf("building lode")
	build := exec.CommandContext(ctx, "go", "build", "-o", b.lode, "./cmd/lode")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		b.close()
		return nil, fmt.Errorf("go build ./cmd/lode: %w\n%s", err, out)
	}
	b.newsboat, b.nbNote = findNewsboat(ctx, !o.Quick, log)
	return b, nil
}

func (b *bench) close() {
	if b.srv != nil {
		b.srv.Close()
	}
	if b.work != "" {
		if b.o.Keep {
			fmt.Fprintf(b.log, "lodebench: work directory kept: %s\n", b.work)
		} else {
			os.RemoveAll(b.work)
		}
	}
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "lodebench [%5.1fs] %s\n", time.Since(b.started).Seconds(), fmt.Sprintf(format, args...))
}

// all runs every measurement and assembles the report.
func (b *bench) all(ctx context.Context) (*Report, error) {
	rep := &Report{Quick: b.o.Quick, Runs: b.o.Runs, Sizes: b.sz, Machine: describeMachine(ctx, b.newsboat)}
	if b.newsboat == "" {
		rep.Notes = append(rep.Notes, "newsboat columns are empty: "+b.nbNote+".")
	}
	steps := []struct {
		name string
		run  func(context.Context, *Report) error
	}{{"refresh", b.benchRefresh}, {"cold", b.benchCold}, {"ui", b.benchUI}, {"throughput", b.benchThroughput}, {"fulltext", b.benchFullText}, {"big", b.benchBig}}
	only := map[string]bool{}
	for _, p := range strings.Split(b.o.Only, ",") {
		if p = strings.TrimSpace(p); p != "" {
			only[p] = true
		}
	}
	for _, step := range steps {
		if len(only) > 0 && !only[step.name] {
			continue
		}
		if err := step.run(ctx, rep); err != nil {
			return nil, err
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	rep.sortRows()
	rep.Elapsed = time.Since(b.started)
	rep.Machine.Load += " → " + loadAverage()
	return rep, nil
}

func moduleRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run lodebench inside the lode module (go run ./cmd/lodebench)")
	}
	return filepath.Dir(mod), nil
}

// keepMarker starts the hand-written part of the report, which a new run
// keeps instead of overwriting.
const keepMarker = "<!-- lodebench: text below this line is kept when the report is rewritten -->"

// keepNotes appends the hand-written part of old (from keepMarker on) to md.
func keepNotes(md, old string) string {
	if i := strings.Index(old, keepMarker); i >= 0 {
		return strings.TrimRight(md, "\n") + "\n\n" + old[i:]
	}
	return md
}

package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// unit says how a row's values are kept and shown.
type unit int

const (
	unitSeconds unit = iota // values in seconds, shown as seconds
	unitMillis              // values in seconds, shown as milliseconds
	unitMB                  // values in bytes, shown as MB (2^20)
	unitRate                // values in items per second
)

// Row is one figure of the report.
type Row struct {
	// Figure names the measurement, e.g. "Refresh 200 feeds, every feed 304 Not Modified".
	Figure string
	// Unit says how Lode and Newsboat are kept and shown.
	Unit unit
	// Lode and Newsboat are the measured values (see unit): the median of
	// LodeRuns and NewsboatRuns when those are set.
	Lode, Newsboat float64
	// LodeRuns and NewsboatRuns are every run's value; with two or more the
	// table shows their range beside the median.
	LodeRuns, NewsboatRuns []float64
	// LodeMissing marks a figure that could not be measured.
	LodeMissing bool
	// HasNewsboat is set when newsboat was measured for this figure.
	HasNewsboat bool
	// NoNewsboat marks a figure newsboat has no counterpart for.
	NoNewsboat bool
	// Extra is shown after lode's value, e.g. allocations.
	Extra string
	// Target is the goal shown beside the figure ("< 16 ms"; "—" for none).
	Target string
	// Met is "yes" or "**no**"; "—" where the figure has no target, "n/a
	// (no newsboat)" where the target compares with newsboat and it was
	// not measured.
	Met string
}

func (r Row) format(v float64) string {
	switch r.Unit {
	case unitSeconds:
		return fmt.Sprintf("%.2f s", v)
	case unitMillis:
		ms := v * 1e3
		switch {
		case ms < 0.1:
			return fmt.Sprintf("%.1f µs", ms*1e3)
		case ms < 10:
			return fmt.Sprintf("%.2f ms", ms)
		case ms >= 10000:
			return fmt.Sprintf("%.1f s", ms/1e3)
		}
		return fmt.Sprintf("%.0f ms", ms)
	case unitMB:
		return fmt.Sprintf("%.0f MB", v/(1<<20))
	case unitRate:
		return thousands(int(v+0.5)) + " items/s"
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

// spread is " (min–max)" of runs, or "" with fewer than two runs.
func (r Row) spread(runs []float64) string {
	if len(runs) < 2 {
		return ""
	}
	lo, hi := slices.Min(runs), slices.Max(runs)
	return " (" + strings.TrimSuffix(r.format(lo), unitSuffix(r.format(lo), r.format(hi))) + "–" + r.format(hi) + ")"
}

// unitSuffix is the unit the two formatted values share (" ms"), or "".
func unitSuffix(a, b string) string {
	_, ua, _ := strings.Cut(a, " ")
	_, ub, _ := strings.Cut(b, " ")
	if ua != "" && ua == ub {
		return " " + ua
	}
	return ""
}

// Cells are the row's table cells: figure, lode, newsboat, ratio, target, met.
func (r Row) Cells() [6]string {
	c := [6]string{r.Figure, "", "", "", r.Target, r.Met}
	if r.LodeMissing {
		c[1] = "—"
	} else {
		c[1] = r.format(r.Lode) + r.spread(r.LodeRuns)
	}
	if r.Extra != "" {
		c[1] += " (" + r.Extra + ")"
	}
	switch {
	case r.NoNewsboat:
		c[2], c[3] = "—", "—"
	case !r.HasNewsboat:
		c[2], c[3] = "not run", "—"
	default:
		c[2] = r.format(r.Newsboat) + r.spread(r.NewsboatRuns)
		if r.Lode > 0 && !r.LodeMissing {
			c[3] = fmt.Sprintf("%.1f×", r.Newsboat/r.Lode)
		}
	}
	return c
}

func met(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

// cmpMet is met(ok) for a comparison with newsboat, which needs newsboat.
func cmpMet(hasNewsboat, ok bool) string {
	if !hasNewsboat {
		return "n/a (no newsboat)"
	}
	return met(ok)
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Machine describes where the benchmark ran.
type Machine struct {
	// CPU is /proc/cpuinfo's model name; "unknown" when unreadable.
	CPU string
	// Cores is runtime.NumCPU.
	Cores int
	// RAM is /proc/meminfo's MemTotal in GiB, e.g. "7.7 GiB"; "unknown" when unreadable.
	RAM string
	// OS is os-release's PRETTY_NAME with GOOS/GOARCH.
	OS string
	// Go is the Go version lodebench was built with.
	Go string
	// Newsboat is newsboat's version; "not installed" or "unknown" when it
	// could not be found or asked.
	Newsboat string
	// Date is the run's start, UTC, to the minute.
	Date string
	// Load is the 1-, 5- and 15-minute load averages at the start and end of the run.
	Load string
}

// loadAverage is the first three fields of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func describeMachine(ctx context.Context, newsboat string) Machine {
	m := Machine{CPU: "unknown", Cores: runtime.NumCPU(), RAM: "unknown", OS: runtime.GOOS + "/" + runtime.GOARCH,
		Go: runtime.Version(), Newsboat: newsboatVersion(ctx, newsboat), Date: time.Now().UTC().Format("2006-01-02 15:04 MST"), Load: loadAverage()}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && k == "MemTotal" {
				if kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64); err == nil {
					m.RAM = fmt.Sprintf("%.1f GiB", kb/(1<<20))
				}
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "PRETTY_NAME="); ok {
				m.OS = strings.Trim(v, `"`) + " (" + m.OS + ")"
			}
		}
	}
	return m
}

// Report is a whole benchmark run.
type Report struct {
	// Quick and Runs are the run's -quick and -runs.
	Quick bool
	Runs  int
	// Sizes are the workload sizes measured.
	Sizes Sizes
	// Machine describes where the run happened.
	Machine Machine
	// Rows are the figures of the main table.
	Rows []Row
	// Scale is the cache-size table, by size in ScaleSizes (ascending).
	Scale      []ScaleRow
	ScaleSizes []int
	// Notes are sentences printed under the tables: cache sizes, failures,
	// in-process query times.
	Notes []string
	// Elapsed is the whole run's wall time.
	Elapsed time.Duration
}

// rowOrder lists figure name prefixes in the order the table shows them;
// rows matching none keep their place at the end.
var rowOrder = []string{"Refresh", "Cold start", "Peak RSS", "Keystroke", "Filter toggle", "Search character", "Classifier", "Extractor", "Company"}

func (r *Report) sortRows() {
	rank := func(row Row) int {
		for i, p := range rowOrder {
			if strings.HasPrefix(row.Figure, p) {
				return i
			}
		}
		return len(rowOrder)
	}
	slices.SortStableFunc(r.Rows, func(a, b Row) int { return rank(a) - rank(b) })
}

var header = [6]string{"Figure", "lode", "newsboat", "ratio", "Target", "Met?"}

// Text is the table as aligned plain text, for the terminal.
func (r *Report) Text() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header[:], "\t"))
	for _, row := range r.Rows {
		c := row.Cells()
		c[5] = strings.ReplaceAll(c[5], "**", "")
		fmt.Fprintln(tw, strings.Join(c[:], "\t"))
	}
	tw.Flush()
	b.WriteString(r.scaleText())
	for _, n := range r.Notes {
		b.WriteString("- " + n + "\n")
	}
	return b.String()
}

// Markdown is the report as docs/benchmarks.md.
func (r *Report) Markdown() string {
	var b strings.Builder
	m := r.Machine
	b.WriteString("# Benchmarks\n\n")
	b.WriteString("Measured by `go run ./cmd/lodebench")
	if r.Quick {
		b.WriteString(" -quick")
	}
	fmt.Fprintf(&b, "` in one run on one machine (%s). Timed figures are the median of %d run(s), with the range of the runs (min–max) in brackets; ", time.Duration(r.Elapsed.Round(time.Second)), r.Runs)
	b.WriteString("the ratio is newsboat ÷ lode, so above 1 means lode is faster or smaller.\n\n")
	if r.Quick {
		b.WriteString("**Quick mode:** small sizes and one run each, to check that the benchmark works; the targets are meant for the full run.\n\n")
	}
	b.WriteString("| Machine | |\n| --- | --- |\n")
	for _, kv := range [][2]string{{"CPU", m.CPU}, {"Cores", strconv.Itoa(m.Cores)}, {"RAM", m.RAM}, {"OS", m.OS},
		{"Go", m.Go}, {"newsboat", m.Newsboat}, {"Date", m.Date}, {"Load average (start → end)", m.Load}} {
		fmt.Fprintf(&b, "| %s | %s |\n", kv[0], mdCell(kv[1]))
	}
	b.WriteString("\n## Results\n\n")
	b.WriteString("| " + strings.Join(header[:], " | ") + " |\n|" + strings.Repeat(" --- |", len(header)) + "\n")
	for _, row := range r.Rows {
		c := row.Cells()
		for i := range c {
			c[i] = mdCell(c[i])
		}
		b.WriteString("| " + strings.Join(c[:], " | ") + " |\n")
	}
	b.WriteString(r.scaleMarkdown())
	if len(r.Notes) > 0 {
		b.WriteString("\nNotes from this run:\n\n")
		for _, n := range r.Notes {
			b.WriteString("- " + n + "\n")
		}
	}
	b.WriteString(method)
	return b.String()
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// method explains how each figure is measured; it is the same for every run.
const method = `
## How each figure is measured

All feeds are generated by ` + "`cmd/lodebench`" + ` with a fixed seed (math/rand/v2, PCG): RSS 2.0 items whose
` + "`content:encoded`" + ` is a briefing of 300–800 words with a Highlights list, body paragraphs, a
"REEx Analysis: ..." section, an "Investor Takeaway" and site furniture, naming companies from lode's
dictionary with tickers (most also name another company once, in passing: a mention); about 15% are
written in Party/loyalty vocabulary. A loopback server (127.0.0.1)
serves them with ETag and Last-Modified and answers If-None-Match / If-Modified-Since with 304. The
server counts responses, and every refresh run is checked: all 200s on a fresh cache, all 304s after.

- **Refresh:** ` + "`lode --home DIR fetch --workers 8`" + ` as a process on a fresh cache, then again on the same
  cache (every feed 304). newsboat: ` + "`newsboat -u urls -c cache.db -C config -x reload`" + ` with
  ` + "`reload-threads 8`" + `, fresh cache, then again. newsboat 2.21 sends If-None-Match only from its third
  reload of a feed (newsboat issue #2734), so an untimed reload sits between its two timed ones.
- **Cold start:** a cache of 100,000 items is written through lode's own ingest pipeline and
  ` + "`store.Upsert`" + ` (1,000 per call); 500 bodies are extracted, classified and scanned once and reused with
  unique titles, GUIDs, links and dates. ` + "`lode --home DIR`" + ` runs with ` + "`LODE_EXIT_AFTER_FIRST_FRAME=1`" + ` on a
  120×40 pseudo-terminal (which answers the terminal's colour and cursor queries as a terminal would), and
  is timed from exec until it exits after its first complete frame (items and panes drawn), after one
  untimed warm-up run. newsboat's cache holds the same items, loaded by ` + "`newsboat -x reload`" + ` from 200 feeds ×
  500 items; its figure is ` + "`newsboat -x print-unread`" + `, which loads the whole cache and prints the unread
  count. Both read a warm OS file cache.
- **Peak RSS:** ` + "`ru_maxrss`" + ` of the timed cold-start processes. They are started through a small helper (lodebench
  re-executed), because Linux reports a vfork child's ` + "`ru_maxrss`" + ` as at least its parent's, and lodebench itself
  is large after filling the cache.
- **Keystrokes:** ` + "`go test -run '^$' -bench '^(BenchmarkKeyMove|BenchmarkSearchChar|BenchmarkFilterToggle)$/^100000$' -benchmem ./ui/`" + `:
  the reader's model over a 100,000-item cache of short generated items, one key through Update, the commands
  it returns (run synchronously, so the time includes the cache queries that refill the list) and View.
  Because those items are short, the rows "on the realistic cache" time the same store queries (Counts and
  Page, as ` + "`ui.loadList`" + ` runs them) in-process on the cold-start cache of 300–800-word briefings, after
  ` + "`Store.Warm`" + ` as the reader runs it after its first frame; the search row types a different word in each
  run (lithium, cobalt, graphite, ...), one prefix per keystroke, so no run is answered from an earlier run's
  cached match sets.
- **Cache size (100,000 and 1,000,000 items):** the cold-start cache, and with ` + "`-big`" + ` one of 200 feeds ×
  5,000 items filled the same way, each measured alike: first frame and peak RSS as above; start until
  the list index is warm and the peak RSS then, with ` + "`LODE_EXIT_AFTER_WARM=1`" + ` (the reader quits once
  ` + "`Store.Warm`" + `, which it runs in the background after its first frame, has returned); then one start
  with ` + "`LODE_EXIT_AFTER_SEARCH_SETS=1`" + `, which also waits for the background build of the dense two- and
  three-letter prefixes' search sets and then the dense words' sets (prefixes of four letters or more) that
  warming starts (on a cache new to the build: the whole build; its time, the sets then stored and its peak
  RSS); the keystrokes
  are ui's ` + "`BenchmarkRealistic`" + ` (` + "`ui/bench_test.go`" + `) run by its test binary with ` + "`LODE_BENCH_CACHE`" + ` naming the
  cache: the reader's model at 120×40 on that cache, its list index warmed after the first frame as lode
  does, each keystroke through Update, the commands it returns (run synchronously, so the cache queries are
  included) and View; a search types twelve mineral words from their first character after a cleared
  search (run 1 of that row types each prefix for the first time in the cache's life, after the background
  build: the row "first typing of a prefix in a new cache"), and the first-character row types a to z, so every one is a new search; a company filter applies
  each of 30 companies in turn; then the 200 refresh feeds are fetched into the cache once (fresh, one run)
  and timed again when every feed answers 304. Size on disk is the database file and its WAL after filling.
- **Throughput:** ` + "`brief.Extract`" + `, ` + "`classify.Classify`" + ` and company detection in-process with
  GOMAXPROCS=1 over unique generated briefings.
- The machine is shared: the load average before and after the run is given with the machine, and figures
  taken under load are slower than on an idle machine.

` + "`go run ./cmd/lodebench -quick -out /tmp/bench.md`" + ` is the CI variant: 20 feeds × 10 items, a 5,000-item
cache, one run each, newsboat only if already installed, no UI benchmarks; it fails only when something
cannot run, never for a missed target. ` + "`-only cold,big`" + ` runs a subset of the parts (refresh, cold, ui,
throughput, big); ` + "`-big`" + ` adds the 1,000,000-item column.
`

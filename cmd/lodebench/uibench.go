package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// uiBenchmarks are the UI package's keystroke benchmarks over a large cache,
// with what each measures.
var uiBenchmarks = []struct{ name, label string }{
	{"BenchmarkKeyMove", "Keystroke: move selection (j), ui benchmark, 100,000 items"},
	{"BenchmarkSearchChar", "Keystroke: type a search character, ui benchmark, 100,000 items"},
	{"BenchmarkFilterToggle", "Keystroke: toggle unread filter (u), ui benchmark, 100,000 items"},
}

// benchResult is one line of `go test -bench` output.
type benchResult struct {
	Name    string             // the benchmark's name with its sub-benchmark, without the -GOMAXPROCS suffix
	N       int64              // iterations run
	Metrics map[string]float64 // unit -> value: "ns/op", "allocs/op", "B/op", custom units
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+(\d+)\s+(.*)$`)

// parseBench reads `go test -bench` output.
func parseBench(out []byte) []benchResult {
	var res []benchResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		n, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil {
			continue
		}
		r := benchResult{Name: m[1], N: n, Metrics: map[string]float64{}}
		f := strings.Fields(m[3])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			r.Metrics[f[i+1]] = v
		}
		res = append(res, r)
	}
	return res
}

// benchUI runs the UI package's keystroke benchmarks and reads ns/op and allocs/op.
func (b *bench) benchUI(ctx context.Context, rep *Report) error {
	if b.o.Quick && !b.o.UIBench {
		rep.Notes = append(rep.Notes, "-quick skips the UI keystroke benchmarks (pass -uibench to run them once each).")
		return nil
	}
	names := make([]string, len(uiBenchmarks))
	for i, u := range uiBenchmarks {
		names[i] = u.name
	}
	// The benchmarks have sub-benchmarks per cache size; only the 100,000-item one is timed.
	args := []string{"test", "-run", "^$", "-bench", "^(" + strings.Join(names, "|") + ")$/^100000$", "-benchmem", "-timeout", "15m"}
	if b.o.Quick {
		args = append(args, "-benchtime", "1x")
	}
	args = append(args, "-count", fmt.Sprint(b.o.Runs))
	args = append(args, "./ui/")
	b.logf("go %s", strings.Join(args, " "))
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = b.root
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("UI benchmarks: go %s: %w\n%s", strings.Join(args, " "), err, tailOf(out, 3000))
	}
	results := parseBench(out)
	rep.Notes = append(rep.Notes, fmt.Sprintf("The UI benchmarks (`go test -bench` in ui/, including building their cache) took %.0f s.", time.Since(start).Seconds()))
	found := 0
	for _, u := range uiBenchmarks {
		row := Row{Figure: u.label, Unit: unitMillis, Target: "< 16 ms", NoNewsboat: true, LodeMissing: true}
		var allocs []float64
		for _, r := range results {
			if r.Name != u.name+"/100000" {
				continue
			}
			row.LodeRuns = append(row.LodeRuns, r.Metrics["ns/op"]/1e9)
			allocs = append(allocs, r.Metrics["allocs/op"])
		}
		if len(row.LodeRuns) > 0 {
			row.Lode = median(row.LodeRuns)
			row.Extra = fmt.Sprintf("%s allocs/op", thousands(int(median(allocs))))
			row.Met = met(row.Lode < 0.016)
			row.LodeMissing = false
			found++
		}
		if row.LodeMissing {
			row.Met = "not run"
			row.Extra = u.name + " not found in ui/"
		}
		rep.Rows = append(rep.Rows, row)
	}
	if found == 0 {
		return fmt.Errorf("UI benchmarks: none of %s found in ui/:\n%s", strings.Join(names, ", "), tailOf(out, 2000))
	}
	return nil
}

package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/config"
)

// rate runs fn over n inputs round-robin on one core for at least d and
// returns inputs per second.
func rate(n int, d time.Duration, fn func(i int)) float64 {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	for i := range n { // warm-up pass
		fn(i)
	}
	done := 0
	start := time.Now()
	for time.Since(start) < d {
		for i := range n {
			fn(i)
		}
		done += n
	}
	return float64(done) / time.Since(start).Seconds()
}

// benchThroughput measures the extractor, the classifier and company
// detection in-process on one core over unique generated briefings.
func (b *bench) benchThroughput(ctx context.Context, rep *Report) error {
	n := b.sz.ThroughputItems
	b.logf("throughput: %d briefings, one core", n)
	items := make([]Briefing, n)
	words := 0
	for i := range items {
		items[i] = b.gen.Briefing(900+i/50, i%50)
		words += items[i].Words
	}
	cfg := config.Default()
	cls, err := classify.New(classify.Options{Threshold: cfg.Threshold})
	if err != nil {
		return fmt.Errorf("throughput: %w", err)
	}
	secs := make([]brief.Sections, n)
	docs := make([]classify.Doc, n)
	texts := make([]string, n)
	for i, it := range items {
		s := brief.Extract(it.Content, it.Description)
		secs[i] = s
		docs[i] = classify.Doc{Title: it.Title, Highlights: s.Highlights, HighlightsDerived: s.HighlightsDerived, Body: s.Body, Analysis: s.Analysis, Takeaway: s.Takeaway}
		texts[i] = strings.Join(s.Highlights, "\n") + "\n" + s.Body + "\n" + s.Analysis + "\n" + s.Takeaway
	}
	flagged := 0
	for _, d := range docs {
		if cls.Classify(d).Flagged {
			flagged++
		}
	}
	// Each figure is timed in b.o.Runs slices of the time, for its range.
	per := max(b.sz.ThroughputTime/time.Duration(b.o.Runs), 300*time.Millisecond)
	rates := func(fn func(i int)) []float64 {
		out := make([]float64, b.o.Runs)
		for r := range out {
			out[r] = rate(n, per, fn)
		}
		return out
	}
	ext := rates(func(i int) { brief.Extract(items[i].Content, items[i].Description) })
	clr := rates(func(i int) { cls.Classify(docs[i]) })
	det := rates(func(i int) { b.dict.Detect(items[i].Title, texts[i]) })
	rep.Rows = append(rep.Rows,
		Row{Figure: "Classifier throughput, one core", Unit: unitRate, Lode: median(clr), LodeRuns: clr, NoNewsboat: true, Target: "≥ 5,000 items/s", Met: met(median(clr) >= 5000)},
		Row{Figure: "Extractor throughput, one core", Unit: unitRate, Lode: median(ext), LodeRuns: ext, NoNewsboat: true, Target: "≥ 2,000 items/s", Met: met(median(ext) >= 2000)},
		Row{Figure: "Company detection throughput, one core", Unit: unitRate, Lode: median(det), LodeRuns: det, NoNewsboat: true, Target: "—", Met: "—"},
	)
	rep.Notes = append(rep.Notes, fmt.Sprintf("Throughput inputs: %d unique generated briefings, %d words on average, %d flagged as ideology-heavy by the classifier; GOMAXPROCS=1, %d runs of at least %s per figure.",
		n, words/n, flagged, b.o.Runs, per))
	return nil
}

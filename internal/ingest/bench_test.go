//go:build unix

package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/cputime"
	"github.com/lode-reader/lode/internal/item"
)

// benchItems builds ~600-word items from the ideology corpus (bodies
// repeated), the same inputs BenchmarkClassify uses.
func benchItems(b *testing.B) []item.Item {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "ideology", "corpus.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []item.Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l struct {
			Title, Body, Analysis, Takeaway string
			Highlights                      []string
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			b.Fatal(err)
		}
		body := l.Body
		for len(strings.Fields(body+l.Analysis+l.Takeaway+l.Title)) < 600 {
			body += "\n\n" + l.Body
		}
		out = append(out, item.Item{Title: l.Title, Sections: brief.Sections{Highlights: l.Highlights, Body: body, Analysis: l.Analysis, Takeaway: l.Takeaway}})
	}
	return out
}

// BenchmarkEnrich is the classifier and company detection together, as
// ingest runs them per item (Enrich), and each alone. Run with -cpu 1:
// items/s is per core of wall time, items/cpu-s per second of CPU the
// process used (GC included), which holds better on a loaded machine.
func BenchmarkEnrich(b *testing.B) {
	p := pipe(b, nil)
	items := benchItems(b)
	run := func(b *testing.B, f func(it *item.Item)) {
		b.ReportAllocs()
		start := cputime.Process()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			it := items[i%len(items)]
			f(&it)
		}
		b.StopTimer()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
		if cpu := cputime.Process() - start; cpu > 0 {
			b.ReportMetric(float64(b.N)/cpu.Seconds(), "items/cpu-s")
		}
	}
	b.Run("both", func(b *testing.B) { run(b, p.Enrich) })
	b.Run("classify", func(b *testing.B) {
		run(b, func(it *item.Item) {
			s := it.Sections
			p.cls.Classify(classify.Doc{Title: it.Title, Highlights: s.Highlights, Body: s.Body, Analysis: s.Analysis, Takeaway: s.Takeaway})
		})
	})
	b.Run("detect", func(b *testing.B) { run(b, func(it *item.Item) { p.dict.Detect(it.Title, joinText(it.Sections)) }) })
}

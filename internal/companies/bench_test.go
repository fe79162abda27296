package companies

import (
	"strings"
	"testing"
)

// benchItem joins corpus bodies into one item of about 600 words.
func benchItem(b testing.TB) (string, string) {
	var parts []string
	words := 0
	for words < 600 {
		for _, it := range loadCorpus(b) {
			parts = append(parts, it.text)
			words += len(strings.Fields(it.text))
			if words >= 600 {
				break
			}
		}
	}
	return "Lynas and MP Materials race to build magnet supply chains", strings.Join(parts, "\n\n")
}

func BenchmarkDetect(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	title, text := benchItem(b)
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(title, text)
	}
	b.ReportMetric(float64(len(strings.Fields(text))), "words")
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

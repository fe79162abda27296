package companies

import (
	"github.com/lode-reader/lode/internal/excerpt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusItem is one hand-written item under testdata/corpus. The file holds
// header lines ("title:", "expect:" with names separated by "|", optional
// "known-miss:" and "known-extra:" for documented failures), a "---" line,
// then the body text.
type corpusItem struct {
	file       string
	title      string
	text       string
	expect     []string // gold, in order of first appearance
	knownMiss  []string
	knownExtra []string
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func loadCorpus(t testing.TB) []corpusItem {
	t.Helper()
	items := loadItems(t, "corpus")
	if len(items) < 40 {
		t.Fatalf("corpus has %d items, want at least 40", len(items))
	}
	return items
}

// loadItems reads the items of testdata/<dir>.
func loadItems(t testing.TB, dir string) []corpusItem {
	t.Helper()
	exs, err := excerpt.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var items []corpusItem
	for _, e := range exs {
		f := e.Name
		it := corpusItem{file: e.Name, text: e.Body}
		for _, h := range e.Headers {
			v, line := h.Value, h.Line
			switch h.Key {
			case "title":
				it.title = v
			case "expect":
				it.expect = splitNames(v)
			case "known-miss":
				it.knownMiss = splitNames(v)
			case "known-extra":
				it.knownExtra = splitNames(v)
			default:
				t.Fatalf("%s: unknown header %q", f, line)
			}
		}
		items = append(items, it)
	}
	if len(items) == 0 {
		t.Fatalf("no items in testdata/%s", dir)
	}
	return items
}

// TestDetectCorpus checks every corpus item: the exact list (order included)
// the detector should return, allowing only the documented known failures.
func TestDetectCorpus(t *testing.T) {
	d := mustDefault(t)
	items := append(loadCorpus(t), loadItems(t, "heldout")...)
	for _, it := range items {
		t.Run(it.file, func(t *testing.T) {
			want := []string{}
			for _, n := range it.expect {
				if !slices.Contains(it.knownMiss, n) {
					want = append(want, n)
				}
			}
			got := d.Detect(it.title, it.text)
			var gotFiltered []string
			for _, n := range got {
				if !slices.Contains(it.knownExtra, n) {
					gotFiltered = append(gotFiltered, n)
				}
			}
			if !slices.Equal(gotFiltered, want) && !(len(gotFiltered) == 0 && len(want) == 0) {
				t.Errorf("Detect(%q)\n got  %q\n want %q", it.title, got, want)
			}
			for _, n := range it.knownExtra {
				if !slices.Contains(got, n) {
					t.Errorf("known extra %q no longer detected: update the corpus file", n)
				}
			}
		})
	}
}

// TestDetectPrecisionRecall measures micro-averaged precision and recall of
// the detected company sets against the gold sets, separately for the corpus
// written before the detector (testdata/corpus) and the held-out items written
// after it and not tuned against (testdata/heldout).
func TestDetectPrecisionRecall(t *testing.T) {
	d := mustDefault(t)
	for _, set := range []struct {
		name  string
		items []corpusItem
	}{{"corpus", loadCorpus(t)}, {"heldout", loadItems(t, "heldout")}} {
		var tp, fp, fn int
		for _, it := range set.items {
			got := d.Detect(it.title, it.text)
			for _, n := range got {
				if slices.Contains(it.expect, n) {
					tp++
				} else {
					fp++
					t.Logf("%s/%s: false positive %q", set.name, it.file, n)
				}
			}
			for _, n := range it.expect {
				if !slices.Contains(got, n) {
					fn++
					t.Logf("%s/%s: missed %q", set.name, it.file, n)
				}
			}
		}
		precision := float64(tp) / float64(max(tp+fp, 1))
		recall := float64(tp) / float64(max(tp+fn, 1))
		t.Logf("%s: %d items, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f",
			set.name, len(set.items), tp, fp, fn, precision, recall)
		if precision < 0.9 || recall < 0.9 {
			t.Errorf("%s: precision %.3f / recall %.3f below 0.9", set.name, precision, recall)
		}
	}
}

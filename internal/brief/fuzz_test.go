package brief

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract checks that no input panics or leaves a control byte, escape
// sequence or invalid UTF-8 in any output string.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	for i, name := range files {
		if i%3 != 0 {
			continue
		}
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b), "")
		}
	}
	f.Add("<h2>\x1b[31mHighlights</h2><ul><li>a\x07</li></ul>", "Highlights\n\n• x\n• y")
	f.Add("<a href=\"javascript:x\">j</a><b><p>Investor Takeaway:</b> z", "\xff\xfe<div>")
	f.Add("", "Bottom line: \u009b2Jprices. Analysis — yes.")
	f.Fuzz(func(t *testing.T, content, description string) {
		got := Extract(content, description)
		assertSafe(t, got)
		for _, s := range Sentences(content) {
			if s == "" {
				t.Fatalf("empty sentence from %q", content)
			}
		}
	})
}

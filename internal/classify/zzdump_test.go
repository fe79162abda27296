package classify

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZDump(t *testing.T) {
	v := os.Getenv("ZZDUMP")
	if v == "" {
		t.Skip()
	}
	c, _ := New(Options{})
	dict, _ := testDict()
	for _, dir := range filepath.SplitList(v) {
		for _, l := range loadPublishedFrom(t, dir, 1) {
			r := classifyAsIngest(c, dict, l.doc())
			t.Logf("%s/%s %s flag=%v score=%.3f share=%.2f", filepath.Base(dir), l.ID, l.Label, r.Flagged, r.Score, r.PoliticalShare)
			if os.Getenv("ZZR") != "" {
				for _, rs := range r.Reasons {
					t.Logf("      %s", rs)
				}
			}
		}
	}
}

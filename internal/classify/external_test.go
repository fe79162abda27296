package classify

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExternalSetsIdeology scores the classifier on labelled sets kept
// outside the repository (LODE_EXTERNAL_SETS: directories separated by the
// system's list separator, each holding roles/*.txt with an "ideology:"
// label), per set and pooled, logging every miss with its reasons. It fails
// only on a malformed item; the figures are measurements, recorded in docs.
func TestExternalSetsIdeology(t *testing.T) {
	v := os.Getenv("LODE_EXTERNAL_SETS")
	if v == "" {
		t.Skip("LODE_EXTERNAL_SETS names no labelled sets kept outside the repository")
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pooled metrics
	n := 0
	for _, dir := range filepath.SplitList(v) {
		items := loadPublishedFrom(t, dir, 1)
		m := evaluate(t, c, items)
		t.Logf("%s: n=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f",
			filepath.Base(filepath.Clean(dir)), len(items), m.tp, m.fp, m.fn, m.tn, m.precision(), m.recall(), m.f1())
		pooled.tp, pooled.fp, pooled.fn, pooled.tn = pooled.tp+m.tp, pooled.fp+m.fp, pooled.fn+m.fn, pooled.tn+m.tn
		n += len(items)
	}
	t.Logf("pooled: n=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f",
		n, pooled.tp, pooled.fp, pooled.fn, pooled.tn, pooled.precision(), pooled.recall(), pooled.f1())
}

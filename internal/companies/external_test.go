package companies

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lode-reader/lode/internal/minerals"
)

// externalSets lists the labelled sets kept outside the repository that
// LODE_EXTERNAL_SETS names: directories separated by the system's list
// separator (":" on Unix), each holding roles/*.txt in the testdata format.
func externalSets(t *testing.T) []string {
	t.Helper()
	v := os.Getenv("LODE_EXTERNAL_SETS")
	if v == "" {
		t.Skip("LODE_EXTERNAL_SETS names no labelled sets kept outside the repository")
	}
	return filepath.SplitList(v)
}

// TestExternalSets scores company and mineral detection on labelled sets
// kept outside the repository (real published text that may not be
// committed, or a held-out set someone else keeps), per set and pooled,
// and logs every miss with -v. It fails only on an unreadable or
// malformed item: the figures are measurements, recorded in docs.
//
//	LODE_EXTERNAL_SETS=/path/a:/path/b go test ./internal/companies -run TestExternalSets -v
func TestExternalSets(t *testing.T) {
	dirs := externalSets(t)
	d := mustDefault(t)
	ms, err := minerals.Default()
	if err != nil {
		t.Fatal(err)
	}
	pooled := newScores()
	n := 0
	for _, dir := range dirs {
		name := filepath.Base(filepath.Clean(dir))
		set := newScores()
		items := loadRoleItemsFrom(t, dir, name, 1)
		for _, it := range items {
			got, want := analyzed(d, ms, it), handLabels(d, it)
			set["subjects"].add(t, "subject", it.file, got.subjects, want.subjects)
			set["mentions"].add(t, "mention", it.file, got.mentions, want.mentions)
			set["all companies"].add(t, "company", it.file, got.all, want.all)
			set["minerals"].add(t, "mineral", it.file, got.minerals, want.minerals)
		}
		n += len(items)
		for _, f := range fields {
			s := set[f]
			t.Logf("%s %s: %d items, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f min=%.3f",
				name, f, len(items), s.tp, s.fp, s.fn, s.precision(), s.recall(), s.min())
			pooled[f].tp += s.tp
			pooled[f].fp += s.fp
			pooled[f].fn += s.fn
		}
	}
	for _, f := range fields {
		s := pooled[f]
		t.Logf("pooled %s: %d items, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f min=%.3f",
			f, n, s.tp, s.fp, s.fn, s.precision(), s.recall(), s.min())
	}
}

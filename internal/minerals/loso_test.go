package minerals

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/excerpt"
)

// losoItem is one labelled excerpt of the company tests' role sets
// (internal/companies/testdata/*/roles): its text and the minerals it is
// about.
type losoItem struct {
	doc  Doc
	want []string
}

// loadRoleSets reads every role set the company tests score, by set name.
func loadRoleSets(t *testing.T) ([]string, map[string][]losoItem) {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "companies", "testdata", "*", "roles"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no role sets under ../companies/testdata (%v)", err)
	}
	var names []string
	sets := map[string][]losoItem{}
	for _, dir := range dirs {
		name := filepath.Base(filepath.Dir(dir))
		exs, err := excerpt.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range exs {
			it := losoItem{doc: Doc{Body: e.Body}}
			for _, h := range e.Headers {
				switch h.Key {
				case "title":
					it.doc.Title = h.Value
				case "highlight":
					it.doc.Highlights = append(it.doc.Highlights, h.Value)
				case "minerals":
					for _, n := range strings.Split(h.Value, "|") {
						if n = strings.TrimSpace(n); n != "" {
							it.want = append(it.want, n)
						}
					}
				}
			}
			sets[name] = append(sets[name], it)
		}
		names = append(names, name)
	}
	return names, sets
}

// minPR scores s on items: min(precision, recall) of the subject minerals.
func minPR(s *Set, items []losoItem) float64 {
	var tp, fp, fn int
	for _, it := range items {
		var got []string
		for _, f := range s.Analyze(it.doc) {
			if f.Subject {
				got = append(got, f.Tag)
			}
		}
		for _, g := range got {
			if slices.Contains(it.want, g) {
				tp++
			} else {
				fp++
			}
		}
		for _, w := range it.want {
			if !slices.Contains(got, w) {
				fn++
			}
		}
	}
	return min(float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1)))
}

// TestLeaveOneSetOut checks that the rules of the evidence carry to text
// they were not chosen on: for each role set, the rules are chosen on all
// the other sets (starting from every rule, each one whose removal alone
// does not lower the others' mean is dropped: a rule must earn its place
// elsewhere), and the set left out is scored with that choice. Its mean over the sets must not fall below that of no rule
// at all, nor must the mean with every rule. The figures are in
// docs/companies.md ("Minerals, round 11").
func TestLeaveOneSetOut(t *testing.T) {
	names, sets := loadRoleSets(t)
	s := mustDefault(t)
	score := map[uint]map[string]float64{}
	eval := func(mask uint) map[string]float64 {
		if sc, ok := score[mask]; ok {
			return sc
		}
		s.rules = mask
		sc := map[string]float64{}
		for _, n := range names {
			sc[n] = minPR(s, sets[n])
		}
		score[mask] = sc
		return sc
	}
	mean := func(mask uint, skip string) float64 {
		sum, k := 0.0, 0
		for _, n := range names {
			if n != skip {
				sum += eval(mask)[n]
				k++
			}
		}
		return sum / float64(k)
	}
	loso := 0.0
	var b strings.Builder
	for _, n := range names {
		chosen := uint(allRules)
		for r := uint(1); r <= allRules; r <<= 1 {
			if mean(allRules&^r, n) >= mean(allRules, n)-1e-9 {
				chosen &^= r
			}
		}
		loso += eval(chosen)[n]
		fmt.Fprintf(&b, "%s: rules %09b chosen on the others, left out %.3f (no rule %.3f, every rule %.3f)\n",
			n, chosen, eval(chosen)[n], eval(0)[n], eval(allRules)[n])
	}
	loso /= float64(len(names))
	t.Logf("minerals min(P,R) by set, leave one set out:\n%smean: left out %.4f, no rule %.4f, every rule %.4f",
		b.String(), loso, mean(0, ""), mean(allRules, ""))
	for r := uint(1); r <= allRules; r <<= 1 {
		t.Logf("every rule but %09b: mean %.4f", r, mean(allRules&^r, ""))
	}
	if loso < mean(0, "")-1e-9 || mean(allRules, "") < mean(0, "")-1e-9 {
		t.Errorf("the rules lose on sets they were not chosen on: left out %.4f, every rule %.4f, no rule %.4f",
			loso, mean(allRules, ""), mean(0, ""))
	}
}

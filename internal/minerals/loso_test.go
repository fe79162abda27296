package minerals

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/cputime"
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

// writingOrder sorts role set names in the order they were written:
// corpus, heldout, then heldout2, heldout3 ... by number.
func writingOrder(names []string) []string {
	rank := func(n string) int {
		switch {
		case n == "corpus":
			return -1
		case n == "heldout":
			return 1
		}
		var k int
		if _, err := fmt.Sscanf(n, "heldout%d", &k); err != nil {
			return 1 << 20 // an unknown name goes last
		}
		return k
	}
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int { return rank(a) - rank(b) })
	return out
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
// at all by more than a tie (under two items of one set), nor must the mean with every rule. It also scores each set with
// the rules chosen on the sets written before it only (the blind figure a
// set gets at the end of a round, when no rule was written for it), and
// logs that mean beside the others. The figures are in docs/companies.md
// ("Minerals, round 11" and "Minerals, round 12").
func TestLeaveOneSetOut(t *testing.T) {
	cputime.SkipUnderRace(t, "a cross-validation over every labelled set")
	names, sets := loadRoleSets(t)
	names = writingOrder(names)
	s := mustDefault(t)
	type key struct {
		mask uint
		set  string
	}
	score := map[key]float64{}
	// eval scores one set with the rules of mask (each pair once).
	eval := func(mask uint, n string) float64 {
		if v, ok := score[key{mask, n}]; ok {
			return v
		}
		s.rules = mask
		v := minPR(s, sets[n])
		score[key{mask, n}] = v
		return v
	}
	mean := func(mask uint, skip string) float64 {
		sum, k := 0.0, 0
		for _, n := range names {
			if n != skip {
				sum += eval(mask, n)
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
		loso += eval(chosen, n)
		fmt.Fprintf(&b, "%s: rules %0*b chosen on the others, left out %.3f (no rule %.3f, every rule %.3f)\n",
			n, ruleCount, chosen, eval(chosen, n), eval(0, n), eval(allRules, n))
	}
	loso /= float64(len(names))
	t.Logf("minerals min(P,R) by set, leave one set out:\n%smean: left out %.4f, no rule %.4f, every rule %.4f",
		b.String(), loso, mean(0, ""), mean(allRules, ""))

	// In the order the sets were written: each set is scored with the
	// rules chosen on the sets written before it only, as a blind set is
	// at the end of a round. A rule written for a newer set's misses earns
	// nothing on the older ones and is left out of that set's choice.
	order := names
	b.Reset()
	var fwd, fwdNone, fwdAll float64
	for k := 1; k < len(order); k++ {
		before := order[:k]
		prior := func(mask uint) float64 {
			sum := 0.0
			for _, n := range before {
				sum += eval(mask, n)
			}
			return sum / float64(len(before))
		}
		chosen := uint(allRules)
		for r := uint(1); r <= allRules; r <<= 1 {
			if prior(allRules&^r) >= prior(allRules)-1e-9 {
				chosen &^= r
			}
		}
		n := order[k]
		fwd += eval(chosen, n)
		fwdNone += eval(0, n)
		fwdAll += eval(allRules, n)
		fmt.Fprintf(&b, "%s: rules %0*b chosen on the %d sets written before it, scored %.3f (no rule %.3f, every rule %.3f)\n",
			n, ruleCount, chosen, k, eval(chosen, n), eval(0, n), eval(allRules, n))
	}
	m := float64(len(order) - 1)
	t.Logf("minerals min(P,R) by set, rules chosen on the sets written before it:\n%smean over the %d later sets: chosen before %.4f, no rule %.4f, every rule %.4f",
		b.String(), len(order)-1, fwd/m, fwdNone/m, fwdAll/m)
	for r := uint(1); r <= allRules; r <<= 1 {
		t.Logf("every rule but %0*b: mean %.4f", ruleCount, r, mean(allRules&^r, ""))
	}
	// tie is how far below no rule the means may sit: under two items of
	// one set in the mean of twenty. Since heldout19 and heldout20 (written
	// blind in session 26) the rules tie with no rule on text they were not
	// chosen on (docs/companies.md, "The blind sets of round 14"); the test
	// fails when they clearly lose.
	const tie = 0.001
	if fwd/m < fwdNone/m-tie {
		t.Errorf("the rules chosen on older sets lose on the sets written after them: %.4f against %.4f with no rule", fwd/m, fwdNone/m)
	}
	if loso < mean(0, "")-tie || mean(allRules, "") < mean(0, "")-1e-9 {
		t.Errorf("the rules lose on sets they were not chosen on: left out %.4f, every rule %.4f, no rule %.4f",
			loso, mean(allRules, ""), mean(0, ""))
	}
}

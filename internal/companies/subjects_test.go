package companies

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/text"
)

var update = flag.Bool("update", false, "TestTrainSubjects: rewrite data/subjects.toml's weights")

// subjectTrainingSets are the labelled roles sets the subject model is
// trained on, named one by one: a blind set added to testdata later stays
// out of training until it is written here.
var subjectTrainingSets = []string{
	"corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
	"heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
}

// subjectLambda is the L2 penalty of the trainer (not on the bias).
const subjectLambda = 1.0

// sample is one finding of a labelled item: its evidence and whether the
// item's labels make it a subject. Evidence with no bias was decided by
// rule (a former name, boilerplate only) and is never a subject.
type sample struct {
	name    string
	e       evidence
	subject bool
}

// labelledItem is one roles item's findings with its gold names.
type labelledItem struct {
	file               string
	doc                Doc
	findings           []sample
	subjects, mentions []string
}

// collectSubjects analyses every item of set and pairs each finding's
// evidence with the item's labels (names canonicalised as
// TestRolesCorpus does).
func collectSubjects(t testing.TB, d *Dictionary, set string) []labelledItem {
	var out []labelledItem
	for _, it := range loadRoleItems(t, set) {
		li := labelledItem{file: it.file, doc: it.doc, subjects: d.Spell(it.subjects), mentions: d.Spell(it.mentions)}
		doc := it.doc
		var evs []evidence
		fs, _ := d.analyze(text.New(text.Doc{Title: doc.Title, Highlights: doc.Highlights, HighlightsDerived: doc.HighlightsDerived,
			Body: doc.Body, Analysis: doc.Analysis, Takeaway: doc.Takeaway}), doc.Published, nil, &evs)
		if len(evs) != len(fs) {
			t.Fatalf("%s: %d findings, %d evidence vectors", it.file, len(fs), len(evs))
		}
		for i, f := range fs {
			li.findings = append(li.findings, sample{name: f.Name, e: evs[i], subject: slices.Contains(li.subjects, f.Name)})
		}
		out = append(out, li)
	}
	return out
}

// decider calls a finding a subject or a mention.
type decider func(e *evidence) bool

func byRules(e *evidence) bool { return e[fBias] != 0 && e[fRule] != 0 }

func byWeights(w evidence) decider {
	m := &subjectModel{weights: w}
	return func(e *evidence) bool { return e[fBias] != 0 && m.score(e) > 0 }
}

// scoreItems counts subjects and mentions of items as decide calls them,
// against the labels.
func scoreItems(items []labelledItem, decide decider) (subj, ment score) {
	for _, it := range items {
		for _, s := range it.findings {
			if decide(&s.e) {
				if slices.Contains(it.subjects, s.name) {
					subj.tp++
				} else {
					subj.fp++
				}
			} else if slices.Contains(it.mentions, s.name) {
				ment.tp++
			} else {
				ment.fp++
			}
		}
		for _, n := range it.subjects {
			if !slices.ContainsFunc(it.findings, func(s sample) bool { return s.name == n && decide(&s.e) }) {
				subj.fn++
			}
		}
		for _, n := range it.mentions {
			if !slices.ContainsFunc(it.findings, func(s sample) bool { return s.name == n && !decide(&s.e) }) {
				ment.fn++
			}
		}
	}
	return subj, ment
}

// trainSubjects fits logistic weights to the samples of items by Newton's
// method, L2-regularised by lambda (the bias only nominally), with the
// features of drop left out (weight 0). It is deterministic: the same
// samples give the same weights.
func trainSubjects(items []labelledItem, lambda float64, drop ...int) evidence {
	var xs []evidence
	var ys []float64
	for _, it := range items {
		for _, s := range it.findings {
			if s.e[fBias] == 0 {
				continue
			}
			xs = append(xs, s.e)
			y := 0.0
			if s.subject {
				y = 1
			}
			ys = append(ys, y)
		}
	}
	for _, i := range drop {
		for k := range xs {
			xs[k][i] = 0
		}
	}
	var w evidence
	for iter := 0; iter < 100; iter++ {
		var g evidence
		var h [nFeatures][nFeatures]float64
		for n, x := range xs {
			z := 0.0
			for i := range x {
				z += w[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			r := p * (1 - p)
			for i := range x {
				if x[i] == 0 {
					continue
				}
				g[i] += (p - ys[n]) * x[i]
				for j := range x {
					h[i][j] += r * x[i] * x[j]
				}
			}
		}
		for i := range w {
			l := lambda
			if i == fBias {
				l = 1e-6
			}
			g[i] += l * w[i]
			h[i][i] += l
		}
		step := solve(h, g)
		size := 0.0
		for i := range w {
			w[i] -= step[i]
			size = max(size, math.Abs(step[i]))
		}
		if size < 1e-10 {
			break
		}
	}
	return w
}

// solve returns x with a x = b, by Gaussian elimination with partial
// pivoting (a is positive definite here).
func solve(a [nFeatures][nFeatures]float64, b evidence) evidence {
	const n = nFeatures
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	var x evidence
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// TestSubjectModelFile checks data/subjects.toml: every weight names a
// known feature and is finite (parseSubjectModel), every feature has a
// weight, and the training sets are the explicit list.
func TestSubjectModelFile(t *testing.T) {
	d := mustDefault(t)
	m := d.roles.model
	if !slices.Equal(m.sets, subjectTrainingSets) {
		t.Errorf("subjects.toml was trained on %v, the list is %v: run go test ./internal/companies -run TestTrainSubjects -update", m.sets, subjectTrainingSets)
	}
	if m.lambda != subjectLambda {
		t.Errorf("subjects.toml lambda %v, trainer's %v", m.lambda, subjectLambda)
	}
	zero := 0
	for i, w := range m.weights {
		if w == 0 {
			zero++
			t.Logf("feature %s has weight 0", featureNames[i])
		}
	}
	if zero > 0 {
		t.Errorf("%d features with no weight: retrain", zero)
	}
	if len(m.verbs) < 20 || len(m.preps) < 5 {
		t.Errorf("subjects.toml: %d verbs, %d prepositions", len(m.verbs), len(m.preps))
	}
	for _, bad := range []string{
		"decide = \"model\"\n[weights]\nnot_a_feature = 1\n",
		"decide = \"model\"\n[weights]\nrule = nan\n",
		"decide = \"maybe\"\n",
	} {
		if _, err := parseSubjectModel(&d.words, []byte(bad)); err == nil {
			t.Errorf("parseSubjectModel(%q) accepted it", bad)
		}
	}
}

// trainedSubjectsFile returns data/subjects.toml as the trainer writes it
// from the current labels and detection (the part after the marker line
// replaced), with the training figures.
func trainedSubjectsFile(t *testing.T) (file []byte, subj, ment score) {
	t.Helper()
	d := mustDefault(t)
	var items []labelledItem
	for _, set := range subjectTrainingSets {
		items = append(items, collectSubjects(t, d, set)...)
	}
	w := trainSubjects(items, subjectLambda)
	for i := range w {
		if w[i] == 0 {
			w[i] = 1e-6 // a feature no sample has: known, and weightless
		}
	}
	const marker = "# --- below this line: written by go test ./internal/companies -run TestTrainSubjects -update ---\n"
	old, err := os.ReadFile("data/subjects.toml")
	if err != nil {
		t.Fatal(err)
	}
	head, _, ok := bytes.Cut(old, []byte(marker))
	if !ok {
		t.Fatalf("data/subjects.toml: no marker line")
	}
	var b strings.Builder
	b.Write(head)
	b.WriteString(marker)
	fmt.Fprintf(&b, "training_sets = [%s]\n", quoteJoin(subjectTrainingSets))
	fmt.Fprintf(&b, "lambda = %v\n\n[weights]\n", subjectLambda)
	for i, n := range featureNames {
		fmt.Fprintf(&b, "%s = %.6f\n", n, w[i])
	}
	subj, ment = scoreItems(items, byWeights(w))
	return []byte(b.String()), subj, ment
}

// TestTrainSubjects retrains the subject model on the training sets and,
// with -update, writes the weights into data/subjects.toml (the part after
// its marker line). Without -update it only reports.
func TestTrainSubjects(t *testing.T) {
	if !*update {
		t.Skip("run with -update to retrain data/subjects.toml")
	}
	file, subj, ment := trainedSubjectsFile(t)
	if err := os.WriteFile("data/subjects.toml", file, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("trained subjects %.3f mentions %.3f", subj.min(), ment.min())
}

// TestSubjectsFileCurrent fails when data/subjects.toml is not what the
// (deterministic) trainer writes from the current labels and detection, so
// a relabel or a rule change cannot leave the model's weights stale: rerun
// go test ./internal/companies -run TestTrainSubjects -update.
func TestSubjectsFileCurrent(t *testing.T) {
	file, _, _ := trainedSubjectsFile(t)
	old, err := os.ReadFile("data/subjects.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, old) {
		t.Errorf("data/subjects.toml is stale: run go test ./internal/companies -run TestTrainSubjects -update")
	}
}

func quoteJoin(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// TestSubjectsLeaveOneSetOut trains the subject model on every training
// set but one and scores the one left out, for each set, beside the cue
// rules' figures on it (-v prints the table), for three forms: the mixed
// model (the rules' verdict among the features), the model over the
// evidence alone, and the mixed model with a lighter penalty. The rules
// were tuned on most sets; heldout13 and heldout14 they never saw, so
// there the rules' figures are blind and the models' leave-one-out
// figures are the fair comparison.
func TestSubjectsLeaveOneSetOut(t *testing.T) {
	d := mustDefault(t)
	bySet := map[string][]labelledItem{}
	for _, set := range subjectTrainingSets {
		bySet[set] = collectSubjects(t, d, set)
	}
	forms := []struct {
		name   string
		lambda float64
		drop   []int
	}{{"mixed", subjectLambda, nil}, {"evidence only", subjectLambda, []int{fRule}}, {"mixed, lambda 0.1", 0.1, nil}}
	var blind [3][2]score
	var rules [2]score
	t.Logf("%-10s | %-13s | %-13s | %-13s | %-13s", "left out", "rules S / M", forms[0].name, forms[1].name, forms[2].name)
	for _, out := range subjectTrainingSets {
		var train []labelledItem
		for _, set := range subjectTrainingSets {
			if set != out {
				train = append(train, bySet[set]...)
			}
		}
		rs, rm := scoreItems(bySet[out], byRules)
		line := fmt.Sprintf("%-10s | %.3f / %.3f", out, rs.min(), rm.min())
		blindSet := out == "heldout13" || out == "heldout14"
		if blindSet {
			rules[0], rules[1] = addScore(rules[0], rs), addScore(rules[1], rm)
		}
		for k, f := range forms {
			w := trainSubjects(train, f.lambda, f.drop...)
			ms, mm := scoreItems(bySet[out], byWeights(w))
			line += fmt.Sprintf(" | %.3f / %.3f", ms.min(), mm.min())
			if blindSet {
				blind[k][0], blind[k][1] = addScore(blind[k][0], ms), addScore(blind[k][1], mm)
			}
		}
		t.Logf("%s", line)
	}
	line := fmt.Sprintf("%-10s | %.3f / %.3f", "13+14", rules[0].min(), rules[1].min())
	for k := range forms {
		line += fmt.Sprintf(" | %.3f / %.3f", blind[k][0].min(), blind[k][1].min())
	}
	t.Logf("%s", line)
	// Floors just under the figures in docs/companies.md ("Round 11"),
	// moved in round 14 to just under the figures on the relabelled sets
	// after its rule changes ("Round 14: one labelling convention").
	if s, m := blind[0][0].min(), blind[0][1].min(); s < 0.86 || m < 0.90 {
		t.Errorf("heldout13+14 left out, mixed model: subjects %.3f, mentions %.3f, below the floors 0.86 / 0.90", s, m)
	}
}

// TestSubjectModelDecides runs Analyze with the model making the call (as
// decide = "model" in data/subjects.toml would): on the sets it was
// trained on it keeps subjects and mentions within 0.02 of the rules'
// figures, and every mention it makes says why.
func TestSubjectModelDecides(t *testing.T) {
	base := mustDefault(t)
	d := withSubjectDecision(base, true)
	for _, set := range subjectTrainingSets {
		var subj, ment score
		for _, it := range collectSubjects(t, base, set) {
			var gotS, gotM []string
			for _, f := range d.Analyze(it.doc) {
				if f.Subject {
					gotS = append(gotS, f.Name)
					continue
				}
				gotM = append(gotM, f.Name)
				if f.Note == "" {
					t.Errorf("%s: mention %q has no note", it.file, f.Name)
				}
			}
			subj.add(t, "subject", it.file, gotS, it.subjects)
			ment.add(t, "mention", it.file, gotM, it.mentions)
		}
		rs, rm := scoreItems(collectSubjects(t, base, set), byRules)
		t.Logf("%s decided by the model: subjects %.3f mentions %.3f (rules %.3f %.3f)", set, subj.min(), ment.min(), rs.min(), rm.min())
		if subj.min() < rs.min()-0.02 || ment.min() < rm.min()-0.02 {
			t.Errorf("%s: the model decides subjects %.3f mentions %.3f, the rules %.3f %.3f", set, subj.min(), ment.min(), rs.min(), rm.min())
		}
	}
}

// withSubjectDecision is a copy of base whose subject model makes the call
// (decide) or leaves it to the rules; base is not changed.
func withSubjectDecision(base *Dictionary, decide bool) *Dictionary {
	d := *base
	roles := *base.roles
	model := *roles.model
	model.decide = decide
	roles.model = &model
	d.roles = &roles
	return &d
}

func addScore(a, b score) score { return score{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }

// BenchmarkSubjectDecision analyses the heldout14 items with the rules
// deciding and with the model deciding (its evidence computed).
func BenchmarkSubjectDecision(b *testing.B) {
	base := mustDefault(b)
	items := loadRoleItems(b, "heldout14")
	for _, decide := range []bool{false, true} {
		d := withSubjectDecision(base, decide)
		name := "rules"
		if decide {
			name = "model"
		}
		b.Run(name, func(b *testing.B) {
			var ru0, ru1 syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
			n := 0
			for b.Loop() {
				d.Analyze(items[n%len(items)].doc)
				n++
			}
			if syscall.Getrusage(syscall.RUSAGE_SELF, &ru1) == nil {
				cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
				if cpu > 0 {
					b.ReportMetric(float64(n)/cpu.Seconds(), "items/cpu-s")
				}
			}
		})
	}
}

// TestSubjectEvidencePosition checks the two position features on short
// items: a name that opens its clause before a verb is its grammatical
// subject; one after "with", "from", "to", "by" is a preposition's object.
func TestSubjectEvidencePosition(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body, name   string
		gram, object bool
	}{
		{"Lynas Rare Earths said output rose 12% in the quarter.", "Lynas Rare Earths", true, false},
		{"Prices rose, and MP Materials will raise output next year.", "MP Materials", true, false},
		{"The state miner signed a supply deal with Lynas Rare Earths on Monday.", "Lynas Rare Earths", false, true},
		{"The refinery will buy spodumene concentrate from Pilbara Minerals next year.", "Pilbara Minerals", false, true},
		{"Glencore's Canadian unit cut output.", "Glencore", false, false},
	} {
		var evs []evidence
		fs, _ := d.analyze(text.New(text.Doc{Title: "Quarterly output", Body: c.body}), time.Time{}, nil, &evs)
		i := slices.IndexFunc(fs, func(f Finding) bool { return f.Name == c.name })
		if i < 0 {
			t.Errorf("%q: %s not found (%v)", c.body, c.name, fs)
			continue
		}
		if got := evs[i][fGramSubj] > 0; got != c.gram {
			t.Errorf("%q: %s grammatical subject %v, want %v", c.body, c.name, got, c.gram)
		}
		if got := evs[i][fObject] > 0; got != c.object {
			t.Errorf("%q: %s object of a preposition %v, want %v", c.body, c.name, got, c.object)
		}
	}
}

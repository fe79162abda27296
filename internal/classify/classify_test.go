package classify

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/text"
)

// sharedDefault is the classifier of the built-in lexicon, built once per
// test binary: it is immutable, and building it for each of the hundreds
// of tests that use it was most of this package's time under -race.
var sharedDefault = sync.OnceValues(func() (*Classifier, error) { return New(Options{}) })

// newClassifier returns a classifier with options o: the shared one when o
// asks for nothing but the built-in lexicon, else one built afresh.
func newClassifier(t testing.TB, o Options) *Classifier {
	t.Helper()
	build := func() (*Classifier, error) { return New(o) }
	if (o.Threshold == 0 || o.Threshold == DefaultThreshold) && len(o.Extra) == 0 {
		build = sharedDefault
	}
	c, err := build()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestEmptyDocScoresZero(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, d := range []Doc{{}, {Title: "   ", Highlights: []string{"", "\n"}, Body: "\x1b[0m\t"}} {
		r := c.Classify(d)
		if r.Score != 0 || r.Flagged || len(r.Reasons) != 0 || r.PoliticalShare != 0 {
			t.Errorf("Classify(%q) = %+v, want zero result", d.Title, r)
		}
	}
}

func TestReasonsNamePhrases(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Rare earth group holds Party study session on Xi Jinping Thought",
		Body:  "Cadres pledged absolute loyalty to the Party and vowed to study the leader's speeches word by word.",
	})
	if !r.Flagged {
		t.Fatalf("want flagged, got %+v", r)
	}
	var texts []string
	for _, rs := range r.Reasons {
		texts = append(texts, strings.ToLower(rs.Text))
	}
	joined := strings.Join(texts, "|")
	for _, want := range []string{"study session", "xi jinping thought", "absolute loyalty", "word by word"} {
		if !strings.Contains(joined, want) {
			t.Errorf("reasons %q lack %q", joined, want)
		}
	}
	if len(r.Reasons) > maxReasons {
		t.Errorf("%d reasons, want at most %d", len(r.Reasons), maxReasons)
	}
	for i := 1; i < len(r.Reasons); i++ {
		if r.Reasons[i].Weight > r.Reasons[i-1].Weight {
			t.Errorf("reasons not sorted by weight: %v", r.Reasons)
		}
	}
	if got := r.Reasons[0]; got.Field != "title" || got.Weight <= 0 {
		t.Errorf("strongest reason %v, want a positive title phrase", got)
	}
	s := r.Reasons[0].String()
	if !strings.HasPrefix(s, `"`) || !strings.Contains(s, "(title)") || !strings.Contains(s, "+") {
		t.Errorf("Reason.String() = %q, want quoted phrase, signed weight and field", s)
	}
}

func TestTitleCountsMoreThanBody(t *testing.T) {
	c := newClassifier(t, Options{})
	phrase := "Workers attend patriotic education campaign"
	inTitle := c.Classify(Doc{Title: phrase, Body: "The plant produced copper cathode."})
	inBody := c.Classify(Doc{Title: "The plant produced copper cathode.", Body: phrase})
	if inTitle.Score <= inBody.Score {
		t.Errorf("title score %.3f <= body score %.3f", inTitle.Score, inBody.Score)
	}
	hl := c.Classify(Doc{Title: "The plant produced copper cathode.", Highlights: []string{phrase}})
	if !(inTitle.Score > hl.Score && hl.Score > inBody.Score) {
		t.Errorf("want title %.3f > highlights %.3f > body %.3f", inTitle.Score, hl.Score, inBody.Score)
	}
}

func TestWordFormsAndNoSubstringHits(t *testing.T) {
	c := newClassifier(t, Options{})
	base := c.Classify(Doc{Body: "The junta nationalised the lithium mine."})
	for _, form := range []string{"nationalized", "nationalising", "announced the nationalisation of", "moved to nationalize"} {
		r := c.Classify(Doc{Body: "The junta " + form + " the lithium mine."})
		if math.Abs(r.Score-base.Score) > 0.15 || r.Score == 0 {
			t.Errorf("%q scored %.3f, %q scored %.3f: word forms should match alike", form, r.Score, "nationalised", base.Score)
		}
	}
	// "party" inside third-party, counterparty or party-to-the-contract
	// language must not count as the Party.
	for _, s := range []string{
		"The refinery uses a third-party laboratory for assays.",
		"Each party to the contract may terminate it. The counterparty paid in full.",
		"The parties agreed a price of $12 per kilogram.",
		"Shares rallied after the energy revolution report; the sovereign wealth fund bought stock.",
	} {
		if r := c.Classify(Doc{Title: s}); r.Score != 0 {
			t.Errorf("%q scored %.3f with reasons %v, want 0", s, r.Score, r.Reasons)
		}
	}
}

func TestExtraTermsChangeScoreAndVersion(t *testing.T) {
	base := newClassifier(t, Options{})
	doc := Doc{Title: "Lithium cartel convenes in the capital", Body: "Delegates discussed the lithium cartel."}
	extra := newClassifier(t, Options{Extra: []Term{{Phrase: "Lithium Cartel", Weight: 1.5}}})
	if b, e := base.Classify(doc).Score, extra.Classify(doc).Score; e <= b {
		t.Errorf("extra positive term: score %.3f, base %.3f; want higher", e, b)
	}
	if base.Version() == extra.Version() {
		t.Errorf("Version unchanged by extra terms: %s", base.Version())
	}
	if !strings.HasPrefix(base.Version(), algoVersion+"-") {
		t.Errorf("Version %q lacks algorithm prefix", base.Version())
	}
	if again := newClassifier(t, Options{}); again.Version() != base.Version() {
		t.Errorf("Version not stable: %s vs %s", again.Version(), base.Version())
	}
	reweighted := newClassifier(t, Options{Extra: []Term{{Phrase: "Lithium Cartel", Weight: 1.6}}})
	if reweighted.Version() == extra.Version() {
		t.Error("Version unchanged when an extra term's weight changed")
	}

	// a negative user term overrides the built-in weight of the same phrase
	ideo := Doc{Title: "Company holds study session", Body: "Managers attended a study session."}
	damp := newClassifier(t, Options{Extra: []Term{{Phrase: "study sessions", Weight: -1}}})
	if b, d := base.Classify(ideo).Score, damp.Classify(ideo).Score; d >= b {
		t.Errorf("override to negative: score %.3f, base %.3f; want lower", d, b)
	}
	r := extra.Classify(doc)
	found := false
	for _, rs := range r.Reasons {
		if strings.EqualFold(rs.Text, "Lithium cartel") && rs.Field == "title" {
			found = true
		}
	}
	if !found {
		t.Errorf("user term missing from reasons: %v", r.Reasons)
	}
}

func TestBadOptions(t *testing.T) {
	cases := []struct {
		name string
		o    Options
		want string
	}{
		{"empty phrase", Options{Extra: []Term{{Phrase: "ok", Weight: 1}, {Phrase: "", Weight: 1}}}, "term 2"},
		{"punctuation only", Options{Extra: []Term{{Phrase: " -- !", Weight: 1}}}, "no words"},
		{"NaN weight", Options{Extra: []Term{{Phrase: "junta decree", Weight: math.NaN()}}}, `"junta decree"`},
		{"Inf weight", Options{Extra: []Term{{Phrase: "junta decree", Weight: math.Inf(1)}}}, "infinite"},
		{"huge weight", Options{Extra: []Term{{Phrase: "junta decree", Weight: 50}}}, "outside"},
		{"unknown kind", Options{Extra: []Term{{Phrase: "junta decree", Weight: 0.5, Kind: "slogan"}}}, "unknown kind"},
		{"kind against sign", Options{Extra: []Term{{Phrase: "junta decree", Weight: 0.5, Kind: "business"}}}, "negative weight"},
		{"negative threshold", Options{Threshold: -0.1}, "threshold"},
		{"threshold above 1", Options{Threshold: 1.5}, "threshold"},
		{"NaN threshold", Options{Threshold: math.NaN()}, "threshold"},
	}
	for _, tc := range cases {
		c, err := New(tc.o)
		if err == nil {
			t.Errorf("%s: New succeeded (%v), want error", tc.name, c)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q does not mention %q", tc.name, err, tc.want)
		}
	}
}

func TestThreshold(t *testing.T) {
	if c := newClassifier(t, Options{}); c.Threshold() != DefaultThreshold {
		t.Errorf("default threshold %v, want %v", c.Threshold(), DefaultThreshold)
	}
	doc := Doc{Body: "The president praised the new mining code."}
	lo := newClassifier(t, Options{Threshold: 0.0001})
	hi := newClassifier(t, Options{Threshold: 1})
	r1, r2 := lo.Classify(doc), hi.Classify(doc)
	if r1.Score != r2.Score || !r1.Flagged || r2.Flagged {
		t.Errorf("threshold: low %+v high %+v", r1, r2)
	}
}

// randomDoc builds a document from lexicon words, noise and hostile bytes.
func randomDoc(rng *rand.Rand, words []string) Doc {
	pick := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			switch rng.Intn(10) {
			case 0:
				b.WriteString(string([]byte{byte(rng.Intn(256))}))
			case 1:
				b.WriteString(". ")
			default:
				b.WriteString(words[rng.Intn(len(words))])
				b.WriteByte(' ')
			}
		}
		return b.String()
	}
	return Doc{Title: pick(rng.Intn(12)), Highlights: []string{pick(rng.Intn(20)), pick(rng.Intn(20))},
		Body: pick(rng.Intn(400)), Analysis: pick(rng.Intn(60)), Takeaway: pick(rng.Intn(20))}
}

func TestScoreAlwaysInRange(t *testing.T) {
	heavy := newClassifier(t, Options{Extra: []Term{{Phrase: "zz", Weight: maxWeight}, {Phrase: "yy", Weight: -maxWeight}}})
	plain := newClassifier(t, Options{})
	var words []string
	for _, e := range plain.lx.terms {
		words = append(words, e.phrase)
	}
	words = append(words, "zz", "yy", "copper", "the", "Party", "ÉTAT", "\u202e")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		d := randomDoc(rng, words)
		for _, c := range []*Classifier{heavy, plain} {
			r := c.Classify(d)
			if !(r.Score >= 0 && r.Score <= 1) || !(r.PoliticalShare >= 0 && r.PoliticalShare <= 1) {
				t.Fatalf("doc %d: score %v share %v out of range", i, r.Score, r.PoliticalShare)
			}
			if r.Flagged != (r.Score >= c.Threshold()) {
				t.Fatalf("doc %d: flagged %v with score %v", i, r.Flagged, r.Score)
			}
			if again := c.Classify(d); again.Score != r.Score || len(again.Reasons) != len(r.Reasons) {
				t.Fatalf("doc %d: not deterministic", i)
			}
		}
	}
	// a wall of the strongest phrase saturates at 1, never above
	wall := strings.Repeat("zz ", 5000)
	if r := heavy.Classify(Doc{Title: wall, Body: wall}); r.Score > 1 || r.Score < 0.99 {
		t.Errorf("saturated score %v", r.Score)
	}
	alone := heavy.Classify(Doc{Title: "zz"}).Score
	if r := heavy.Classify(Doc{Title: "zz " + strings.Repeat("yy ", 5000)}); r.Score < 0 || r.Score >= alone {
		t.Errorf("business wall score %v, want in [0, %v)", r.Score, alone)
	}
}

func TestHostileTextNeverInReasons(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title:      "Party\x1b]52;c;ZXZpbA==\x07 study\u202e session\x1b[2J held",
		Highlights: []string{"absolute\x00 loyalty\x9b31m pledged", "Xi\r\nJinping\x1b[1;1H Thought"},
		Body:       "Cadres\x1bP+q\x1b\\ studied \xff\xfe word by\x85 word under the \x1b[31mParty\x1b[0m leadership.",
	}
	r := c.Classify(d)
	if len(r.Reasons) == 0 {
		t.Fatal("no reasons for hostile political text")
	}
	for _, rs := range r.Reasons {
		s := rs.String()
		if !sanitize.Safe(s) || strings.ContainsAny(s, "\n\r\t\x1b") {
			t.Errorf("unsafe reason line %q", s)
		}
		for _, ch := range s {
			if unicode.IsControl(ch) || ch == '\u202e' {
				t.Errorf("control rune %U in %q", ch, s)
			}
		}
	}
	long := Reason{Text: strings.Repeat("propaganda ", 40), Weight: 1, Field: "body"}.String()
	if n := len([]rune(long)); n > maxReasonRunes+20 {
		t.Errorf("long reason is %d runes: %q", n, long)
	}
}

func TestConcurrentUse(t *testing.T) {
	c := newClassifier(t, Options{})
	items := loadCorpus(t, "corpus.jsonl")
	want := make([]float64, len(items))
	for i, l := range items {
		want[i] = c.Classify(l.doc()).Score
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, l := range items {
				if got := c.Classify(l.doc()).Score; got != want[i] {
					t.Errorf("%s: concurrent score %v, want %v", l.ID, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

// benchDocs builds ~600-word documents from the corpus by repeating bodies.
func benchDocs(b *testing.B) ([]Doc, int) {
	items := loadCorpus(b, "corpus.jsonl")
	var docs []Doc
	words := 0
	for _, l := range items {
		d := l.doc()
		body := d.Body
		for len(strings.Fields(body+d.Analysis+d.Takeaway+d.Title)) < 600 {
			body += "\n\n" + l.Body
		}
		d.Body = body
		words += len(strings.Fields(d.Title + " " + strings.Join(d.Highlights, " ") + " " + d.Body + " " + d.Analysis + " " + d.Takeaway))
		docs = append(docs, d)
	}
	return docs, words / len(docs)
}

func BenchmarkClassify(b *testing.B) {
	c := newClassifier(b, Options{})
	docs, avg := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Classify(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(avg), "words/item")
}

// TestOneFormulaLineInAReadout checks that one line of Party formula in an
// investment readout does not flag it, and that its reasons show the
// reduced weight; the same formula in a second sentence still counts in
// full.
func TestOneFormulaLineInAReadout(t *testing.T) {
	c := newClassifier(t, Options{})
	readout := "The city signed agreements for eight magnet projects with total investment of 12 billion yuan on Tuesday.\n\n" +
		"The largest is a plant for 20,000 tonnes of magnets a year. Six of the investors are private companies.\n\n" +
		"The Party Secretary attended the signing ceremony and said the city would implement the spirit of the plenary session by mobilizing capital into manufacturing and shortening approval times.\n\n" +
		"Magnet output in the city rose 9 percent last year to 100,000 tonnes. Revenue of the industry reached 82 billion yuan."
	r := c.Classify(Doc{Title: "City signs eight magnet projects worth 12 billion yuan", Body: readout})
	if r.Flagged {
		t.Errorf("one formula line flagged the readout: %+v", r)
	}
	for _, rs := range r.Reasons {
		if strings.Contains(strings.ToLower(rs.Text), "implement the spirit") && rs.Weight > loneCap+0.01 {
			t.Errorf("reason %v, want its weight reduced to at most %.2f", rs, loneCap)
		}
	}
	twice := strings.Replace(readout, "Six of the investors are private companies.",
		"The committee told cadres to study the spirit of the plenary session and to treat the projects as a political task.", 1)
	r2 := c.Classify(Doc{Title: "City signs eight magnet projects worth 12 billion yuan", Body: twice})
	if r2.Score <= r.Score+0.1 {
		t.Errorf("a second directive sentence scores %.3f, want well above %.3f", r2.Score, r.Score)
	}
}

// TestReasonStringAsSprintf: a reason is written as fmt's
// `"%s" %+.2f (%s)` writes it, for weights of every sign, size and kind.
func TestReasonStringAsSprintf(t *testing.T) {
	weights := []float64{0, math.Copysign(0, -1), 0.005, -0.005, 0.004999, 0.32, -0.32, 1, -1, 12.345, -1e-9, 1e21, -1e21,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, w := range weights {
		for _, r := range []Reason{{Text: "Party study session", Weight: w, Field: "title"}, {Text: `a "quoted"` + "\x1b[31m\n phrase", Weight: w, Field: "body\t"}} {
			text := strings.ReplaceAll(sanitize.Line(r.Text), `"`, "'")
			if got, want := r.String(), fmt.Sprintf(`"%s" %+.2f (%s)`, text, r.Weight, sanitize.Line(r.Field)); got != want {
				t.Errorf("String() = %q, want %q", got, want)
			}
		}
	}
}

// TestClassifyTextMasked checks that words inside the given name spans
// neither score nor join a phrase, in the title and in the body, in any
// order of spans, and that the words outside them still score.
func TestClassifyTextMasked(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tx := text.New(text.Doc{Title: "Patriot Lithium extends drilling", Body: "Patriot Lithium said every patriot backs the drill program."})
	plain := c.ClassifyText(tx)
	ti := strings.Index(tx.Doc.Title, "Patriot Lithium")
	bi := strings.Index(tx.Body, "Patriot Lithium")
	masked := c.ClassifyTextMasked(tx, []Span{
		{Start: bi, End: bi + len("Patriot Lithium")},
		{Title: true, Start: ti, End: ti + len("Patriot Lithium")},
		{Start: bi, End: bi + len("Patriot")},
	})
	if masked.Score >= plain.Score {
		t.Errorf("masked score %.3f, want below the unmasked %.3f", masked.Score, plain.Score)
	}
	for _, r := range masked.Reasons {
		if r.Field == "title" && strings.Contains(r.Text, "Patriot") {
			t.Errorf("the name in the title scored: %s", r)
		}
	}
	found := false
	for _, r := range masked.Reasons {
		found = found || r.Text == "patriot" && r.Field == "body"
	}
	if !found {
		t.Errorf("the word outside the name no longer scores: %v", masked.Reasons)
	}
	if again := c.ClassifyText(tx); again.Score != plain.Score {
		t.Errorf("a masked call changed the next unmasked one: %.3f, want %.3f", again.Score, plain.Score)
	}
}

// flagIs classifies d, reports an error naming what when its flag is not
// want, and returns the result for further checks.
func flagIs(t *testing.T, c *Classifier, d Doc, want bool, what string) Result {
	t.Helper()
	r := c.Classify(d)
	if r.Flagged != want {
		t.Errorf("%s: flagged = %v, want %v (score %.3f) %v", what, r.Flagged, want, r.Score, r.Reasons)
	}
	return r
}

// namedDoc is one invented item of a table test, with what it shows.
type namedDoc struct {
	name string
	doc  Doc
}

// wantDoc is one invented item of a table test, with what it shows and
// whether it must be flagged.
type wantDoc struct {
	name string
	doc  Doc
	want bool
}

// flagsWanted checks each item of cases against its own want.
func flagsWanted(t *testing.T, c *Classifier, cases []wantDoc) {
	t.Helper()
	for _, tc := range cases {
		flagIs(t, c, tc.doc, tc.want, tc.name)
	}
}

// flagsAre checks that every item of cases is flagged (want) or not.
func flagsAre(t *testing.T, c *Classifier, want bool, cases []namedDoc) {
	t.Helper()
	for _, tc := range cases {
		flagIs(t, c, tc.doc, want, tc.name)
	}
}

// noPoliticalReason fails when any reason of r counts toward politics
// (a positive weight): what says what that reading would be.
func noPoliticalReason(t *testing.T, r Result, what string) {
	t.Helper()
	for _, x := range r.Reasons {
		if x.Weight > 0 {
			t.Errorf("%s: %v (score %.3f), all reasons %v", what, x, r.Score, r.Reasons)
			return
		}
	}
}

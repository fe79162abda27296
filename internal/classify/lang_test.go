package classify

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/text"
)

// detectLang returns the language the shipped classifier reads s in: the
// one whose stopwords (each lexicon file's stopwords list) s holds most,
// "en" on a tie or when none is found.
func detectLang(s string) string {
	detector.once.Do(func() {
		detector.c, detector.err = New(Options{})
	})
	if detector.err != nil {
		panic(detector.err)
	}
	c := detector.c
	w := &scratch{sc: scanner{st: c.lx.stem}}
	c.features(text.New(text.Doc{Body: s}), w)
	langs := "en"
	sources, err := builtinSources()
	if err != nil {
		panic(err)
	}
	best := int32(0)
	for i, src := range sources {
		if n := w.stops[i]; n > best {
			best, langs = n, sourceLang(src.name)
		}
	}
	return langs
}

// detector is the classifier detectLang reads with, built once.
var detector struct {
	once sync.Once
	c    *Classifier
	err  error
}

// itemText is all the text of a labelled item.
func itemText(l labelled) string {
	return strings.Join(append([]string{l.Title, l.Body, l.Analysis, l.Takeaway}, l.Highlights...), "\n")
}

// gatedClassifiers builds one classifier a language: lexicon.toml alone for
// English, lexicon.toml and the language's file for the others (the names
// and words lexicon.toml lists are read in every language).
func gatedClassifiers(t *testing.T) map[string]*Classifier {
	t.Helper()
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*Classifier{}
	for _, src := range sources {
		l := sourceLang(src.name)
		subset := []lexSource{sources[0]}
		for _, s := range sources[1:] {
			if sourceLang(s.name) == l {
				subset = append(subset, s)
			}
		}
		c, err := newFromSources(subset, DefaultThreshold, nil)
		if err != nil {
			t.Fatal(err)
		}
		out[l] = c
	}
	return out
}

// inRepoSets are the labelled sets of the repository: the JSONL corpora
// and the published sets, by name.
func inRepoSets(t *testing.T) map[string][]labelled {
	t.Helper()
	sets := map[string][]labelled{}
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "ideology", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		sets[filepath.Base(f)] = loadCorpus(t, filepath.Base(f))
	}
	dirs, err := filepath.Glob(filepath.Join("..", "companies", "testdata", "heldout*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if filepath.Base(d) == "heldout" { // no ideology labels
			continue
		}
		sets[filepath.Base(d)] = loadPublishedFrom(t, d, 1)
	}
	return sets
}

// gatingSetup returns the shipped classifier (every lexicon), one
// classifier a language reading only that language's files, and the
// company dictionary ingest masks names with.
func gatingSetup(t *testing.T) (*Classifier, map[string]*Classifier, *companies.Dictionary) {
	t.Helper()
	full, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	dict, err := testDict()
	if err != nil {
		t.Fatal(err)
	}
	return full, gatedClassifiers(t), dict
}

// TestLanguageGating measures whether the classifier needs to know an
// item's language to choose its lexicons. It reads every item twice, with
// every lexicon file (what lode does) and with the files its detected
// language would choose (lexicon.toml, plus the language's own file), and
// counts the items whose verdict differs. On every in-repo set none may:
// the language files do not reach English text (a word they list that an
// English word stems to, "tak" and "takes", was taken out for that) and
// English does not reach theirs beyond what lexicon.toml already read
// there. Since session 35 the classifier tells an item's language (the
// lexicon files' stopwords) to read speech cues in their own language
// only; its answers on the multilingual corpus, whose languages are known
// from the item ids, are checked too.
func TestLanguageGating(t *testing.T) {
	full, gated, dict := gatingSetup(t)
	sets := inRepoSets(t)
	names := make([]string, 0, len(sets))
	for n := range sets {
		names = append(names, n)
	}
	slices.Sort(names)
	detected := map[string]int{}
	items, flips, moved := 0, 0, 0
	for _, n := range names {
		for _, l := range sets[n] {
			lang := detectLang(itemText(l))
			detected[lang]++
			a := classifyAsIngest(full, dict, l.doc())
			b := classifyAsIngest(gated[lang], dict, l.doc())
			items++
			if a.Flagged != b.Flagged {
				flips++
				t.Errorf("%s/%s (%s): %.3f with every lexicon, %.3f with the %s files", n, l.ID, lang, a.Score, b.Score, lang)
			}
			if d := a.Score - b.Score; d > 0.01 || d < -0.01 {
				moved++
			}
		}
	}
	t.Logf("in-repo sets: %d items, detected %v; verdicts that differ with gated lexicons: %d; scores that move by more than 0.01: %d",
		items, detected, flips, moved)

	// the detector on text whose language is known
	right, all := 0, 0
	for _, f := range []string{"multilingual.jsonl", "multilingual_holdout.jsonl"} {
		for _, l := range loadCorpus(t, f) {
			want := l.ID[len(l.ID)-4 : len(l.ID)-2]
			if strings.HasPrefix(l.ID, "mlh") {
				want = l.ID[3:5]
			}
			all++
			if got := detectLang(itemText(l)); got == want {
				right++
			} else {
				t.Errorf("%s: detected %s, want %s", l.ID, got, want)
			}
		}
	}
	t.Logf("multilingual corpus: language detected right on %d of %d items", right, all)
}

// TestLanguageGatingExternal is TestLanguageGating on labelled sets kept
// outside the repository (LODE_EXTERNAL_SETS): it only logs, item by item,
// the detected language and the verdicts that differ.
func TestLanguageGatingExternal(t *testing.T) {
	v := os.Getenv("LODE_EXTERNAL_SETS")
	if v == "" {
		t.Skip("LODE_EXTERNAL_SETS names no labelled sets kept outside the repository")
	}
	full, gated, dict := gatingSetup(t)
	for _, dir := range filepath.SplitList(v) {
		detected := map[string]int{}
		var m, g metrics
		for _, l := range loadPublishedFrom(t, dir, 1) {
			lang := detectLang(itemText(l))
			detected[lang]++
			a := classifyAsIngest(full, dict, l.doc())
			b := classifyAsIngest(gated[lang], dict, l.doc())
			m.add(a.Flagged, l.Label == "ideology")
			g.add(b.Flagged, l.Label == "ideology")
			if a.Flagged != b.Flagged {
				t.Logf("%s/%s (%s): %.3f with every lexicon, %.3f gated", filepath.Base(dir), l.ID, lang, a.Score, b.Score)
			}
		}
		t.Logf("%s: detected %v; every lexicon tp=%d fp=%d fn=%d; gated tp=%d fp=%d fn=%d",
			filepath.Base(dir), detected, m.tp, m.fp, m.fn, g.tp, g.fp, g.fn)
	}
}

package brief

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// corpusItem is one file under testdata/corpus: the feed fields and the
// sections a reader should see.
type corpusItem struct {
	name        string
	content     string
	description string
	sections    map[string]string
}

// loadCorpus reads every testdata/corpus/*.txt file (see loadCorpusDir).
func loadCorpus(t testing.TB) []corpusItem {
	t.Helper()
	return loadCorpusDir(t, "corpus", 40)
}

// loadCorpusDir reads every testdata/<dir>/*.txt file and fails when there
// are fewer than min. Each file holds
// "-- name --" sections; \xNN and \uNNNN escapes in content and description
// stand for the raw bytes so hostile input can be written as text. In
// body_contains each line is one required excerpt, with a literal \n for a
// line break; body_starts is the text the body must begin with (its lead).
func loadCorpusDir(t testing.TB, dir string, min int) []corpusItem {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil {
		t.Fatalf("glob %s: %v", dir, err)
	}
	if len(files) < min {
		t.Fatalf("%s has %d items, want at least %d", dir, len(files), min)
	}
	var items []corpusItem
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		it := corpusItem{name: strings.TrimSuffix(filepath.Base(f), ".txt"), sections: map[string]string{}}
		cur := ""
		var buf []string
		done := func() {
			if cur != "" {
				it.sections[cur] = strings.Join(buf, "\n")
			}
		}
		for _, ln := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(ln, "-- ") && strings.HasSuffix(ln, " --") {
				done()
				cur, buf = strings.TrimSuffix(strings.TrimPrefix(ln, "-- "), " --"), nil
				continue
			}
			if cur != "" {
				buf = append(buf, ln)
			}
		}
		done()
		it.content = unescape(t, it.sections["content"])
		it.description = unescape(t, it.sections["description"])
		items = append(items, it)
	}
	return items
}

var escapeRE = regexp.MustCompile(`\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}`)

func unescape(t testing.TB, s string) string {
	return escapeRE.ReplaceAllStringFunc(s, func(m string) string {
		n, err := strconv.ParseUint(m[2:], 16, 32)
		if err != nil {
			t.Fatalf("bad escape %q: %v", m, err)
		}
		if m[1] == 'x' {
			return string([]byte{byte(n)})
		}
		return string(rune(n))
	})
}

// norm collapses whitespace inside lines and trims blank edges, keeping
// paragraph breaks so paragraph structure is compared too.
func norm(s string) string {
	var out []string
	blank := false
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.Join(strings.Fields(ln), " ")
		if ln == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, ln := range strings.Split(s, "\n") {
		if ln = strings.Join(strings.Fields(ln), " "); ln != "" {
			out = append(out, ln)
		}
	}
	return out
}

// check compares one item's extraction with its expectations and returns
// the mismatches per section (highlights, body, analysis, takeaway, other).
func check(it corpusItem, got Sections) map[string][]string {
	bad := map[string][]string{}
	add := func(sec, format string, args ...any) { bad[sec] = append(bad[sec], fmt.Sprintf(format, args...)) }

	var gotHL []string
	for _, h := range got.Highlights {
		gotHL = append(gotHL, norm(h))
	}
	wantHL := nonEmptyLines(it.sections["highlights"])
	_, wantDerived := it.sections["derived"]
	if !slices.Equal(gotHL, wantHL) {
		add("highlights", "highlights = %q, want %q", gotHL, wantHL)
	}
	if got.HighlightsDerived != wantDerived {
		add("highlights", "HighlightsDerived = %v, want %v", got.HighlightsDerived, wantDerived)
	}
	if g, w := norm(got.Analysis), norm(it.sections["analysis"]); g != w {
		add("analysis", "analysis = %q, want %q", g, w)
	}
	if g, w := norm(got.AnalysisTitle), norm(it.sections["analysis_title"]); g != w {
		add("analysis", "analysis title = %q, want %q", g, w)
	}
	if g, w := norm(got.Takeaway), norm(it.sections["takeaway"]); g != w {
		add("takeaway", "takeaway = %q, want %q", g, w)
	}
	body := norm(got.Body)
	for _, want := range nonEmptyLines(it.sections["body_contains"]) {
		if want = strings.ReplaceAll(want, `\n`, "\n"); !strings.Contains(body, want) {
			add("body", "body lacks %q\nbody: %q", want, body)
		}
	}
	// body_starts is the lead: nothing (a caption, byline or dateline
	// furniture) may come before it.
	if want := strings.TrimSpace(it.sections["body_starts"]); want != "" && !strings.HasPrefix(body, want) {
		add("body", "body does not start with %q\nbody: %q", want, body)
	}
	for _, not := range nonEmptyLines(it.sections["body_not_contains"]) {
		if strings.Contains(body, not) {
			add("body", "body contains %q\nbody: %q", not, body)
		}
	}
	if want := nonEmptyLines(it.sections["links"]); !slices.Equal(got.Links, want) && !(len(want) == 0 && it.sections["links"] == "" && !hasKey(it, "links")) {
		add("other", "links = %q, want %q", got.Links, want)
	}
	return bad
}

func hasKey(it corpusItem, k string) bool { _, ok := it.sections[k]; return ok }

func TestCorpus(t *testing.T) {
	for _, it := range loadCorpus(t) {
		t.Run(it.name, func(t *testing.T) {
			got := Extract(it.content, it.description)
			assertSafe(t, got)
			for sec, msgs := range check(it, got) {
				for _, m := range msgs {
					t.Errorf("%s: %s", sec, m)
				}
			}
		})
	}
}

// TestSectionAccuracy reports the share of corpus items whose four
// sections (highlights, body, analysis, takeaway) all match.
func TestSectionAccuracy(t *testing.T) {
	items := loadCorpus(t)
	ok := 0
	perSection := map[string]int{}
	for _, it := range items {
		bad := check(it, Extract(it.content, it.description))
		four := true
		for _, sec := range []string{"highlights", "body", "analysis", "takeaway"} {
			if len(bad[sec]) > 0 {
				four = false
				perSection[sec]++
			}
		}
		if four {
			ok++
		}
	}
	acc := float64(ok) / float64(len(items))
	t.Logf("section-split accuracy: %d/%d items = %.1f%% (misses by section: %v)", ok, len(items), 100*acc, perSection)
	if acc < 0.9 {
		t.Errorf("section-split accuracy %.1f%% below 90%%", 100*acc)
	}
}

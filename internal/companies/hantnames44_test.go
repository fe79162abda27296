package companies

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/lode-reader/lode/internal/text"
)

// hantNameChars returns the Han characters of the dictionary's Chinese
// names (companies.toml, outside Japanese and Korean companies and kana or
// Hangul names) and of the candidate readings' suffixes (chinese.toml's
// legal, group, trade and generic words), each with where it was seen.
func hantNameChars(t *testing.T) map[rune]string {
	t.Helper()
	var cf struct {
		Company []Company `toml:"company"`
	}
	if _, err := toml.Decode(string(embeddedData), &cf); err != nil {
		t.Fatal(err)
	}
	out := map[rune]string{}
	add := func(s, where string) {
		if strings.IndexFunc(s, func(r rune) bool {
			return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
		}) >= 0 {
			return
		}
		for _, r := range s {
			if _, ok := out[r]; !ok && text.IsHan(r) {
				out[r] = where
			}
		}
	}
	for _, c := range cf.Company {
		if c.Country == "Japan" || c.Country == "South Korea" {
			continue
		}
		add(c.Name, c.Name)
		for _, a := range c.Aliases {
			add(a, c.Name)
		}
		for _, f := range c.Former {
			add(f.Name, c.Name)
		}
	}
	var hf hanFile
	if _, err := toml.Decode(string(chineseData), &hf); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][]string{hf.LegalSuffixes, hf.GroupSuffixes, hf.TradeWords, hf.GenericWords} {
		for _, w := range l {
			add(w, "chinese.toml "+w)
		}
	}
	return out
}

// TestHantCoversNames (session 44, hant-s44): Hong Kong and Taiwan press
// write the dictionary's Chinese names in traditional characters, which
// detection and Find read through internal/text/data/hant.txt. Every
// character of those names is listed in testdata/hant_names.txt with its
// traditional forms; the table must read each such form as its simplified
// character, and the names themselves are written in simplified
// characters (a traditional alias is a twin the fold already reads).
func TestHantCoversNames(t *testing.T) {
	b, err := os.ReadFile("testdata/hant_names.txt")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[rune]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		s, size := utf8.DecodeRuneInString(f[0])
		if len(f) < 2 || size != len(f[0]) || !text.IsHan(s) {
			t.Errorf("hant_names.txt line %d: %q is not a Han character and its forms", n+1, line)
			continue
		}
		if listed[s] {
			t.Errorf("hant_names.txt line %d: %c listed twice", n+1, s)
		}
		listed[s] = true
		if got := text.SimplifyRune(s); got != s {
			t.Errorf("hant_names.txt line %d: %c is itself read as %c", n+1, s, got)
		}
		if f[1] == "=" {
			continue
		}
		for _, tf := range f[1:] {
			tr, size := utf8.DecodeRuneInString(tf)
			if size != len(tf) || !text.IsHan(tr) || tr == s {
				t.Errorf("hant_names.txt line %d: %q is not a distinct traditional character", n+1, tf)
				continue
			}
			if got := text.SimplifyRune(tr); got != s {
				t.Errorf("hant.txt reads traditional %c as %c, want %c", tr, got, s)
			}
		}
	}
	if len(listed) < 400 {
		t.Errorf("hant_names.txt lists %d characters, want the dictionary's", len(listed))
	}
	for r, where := range hantNameChars(t) {
		if text.SimplifyRune(r) != r {
			t.Errorf("%c (in %s) is a traditional character: write the name in simplified characters", r, where)
		} else if !listed[r] {
			t.Errorf("%c (in %s) is not in testdata/hant_names.txt: add it with its traditional forms or \"=\"", r, where)
		}
	}
}

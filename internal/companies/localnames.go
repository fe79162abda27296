package companies

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// japaneseKoreanData holds the Japanese and Korean names of dictionary
// companies and the endings written onto a Korean name; see the file's
// header.
//
//go:embed data/japanese_korean.toml
var japaneseKoreanData []byte

// russianVietnameseData holds the Russian (Cyrillic, with the case forms
// the press writes) and Vietnamese names of dictionary companies; see the
// file's header. Same layout as japanese_korean.toml, without endings.
//
//go:embed data/russian_vietnamese.toml
var russianVietnameseData []byte

// localNamesFile is the layout of data/japanese_korean.toml and of
// data/russian_vietnamese.toml (which has no endings).
type localNamesFile struct {
	// KoreanEndings are the particles and nouns written onto a Hangul name
	// that still let it match.
	KoreanEndings []string `toml:"korean_endings"`
	// KatakanaEndings are the katakana words written onto a katakana name
	// that still let it match.
	KatakanaEndings []string `toml:"katakana_endings"`
	// Anaphora are the phrases that refer back to the company named
	// before ("同社", "이 회사").
	Anaphora []string `toml:"anaphora"`
	// Names add names in these scripts to entries of companies.toml.
	Names []localNames `toml:"names"`
}

// localNames adds names in another script to one entry of companies.toml.
type localNames struct {
	Name    string   `toml:"name"`    // canonical name of the entry
	Aliases []string `toml:"aliases"` // names in Japanese or Korean script
	Former  []Former `toml:"former"`  // former names in that script, with the year each was dropped
}

// loadJapaneseKorean parses data/japanese_korean.toml.
func loadJapaneseKorean(data []byte) (localNamesFile, error) {
	return loadLocalNamesFile("japanese_korean.toml", data)
}

// loadRussianVietnamese parses data/russian_vietnamese.toml, which holds
// names only: endings belong to japanese_korean.toml.
func loadRussianVietnamese(data []byte) (localNamesFile, error) {
	f, err := loadLocalNamesFile("russian_vietnamese.toml", data)
	if err == nil && len(f.KoreanEndings)+len(f.KatakanaEndings)+len(f.Anaphora) > 0 {
		err = fmt.Errorf("parse embedded russian_vietnamese.toml: endings and anaphora belong to japanese_korean.toml")
	}
	return f, err
}

// loadLocalNamesFile parses one embedded file of names in another script.
func loadLocalNamesFile(file string, data []byte) (localNamesFile, error) {
	var f localNamesFile
	if err := decodeStrict(data, "embedded "+file, &f); err != nil {
		return f, err
	}
	return f, nil
}

// addLocalNames merges the names of f (read from file) into the entries of
// list they name. A table naming no entry is an error: the file only adds
// names.
func addLocalNames(list []Company, file string, f localNamesFile) ([]Company, error) {
	at := make(map[string]int, len(list))
	for i, c := range list {
		at[foldString(c.Name)] = i
	}
	for _, n := range f.Names {
		j, ok := at[foldString(n.Name)]
		if !ok {
			return nil, fmt.Errorf("%s: names for %q, which is not an entry of companies.toml", file, n.Name)
		}
		add, err := cleanCompany(Company{Name: list[j].Name, Aliases: n.Aliases, Former: n.Former})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		list[j] = merge(list[j], add)
	}
	return list, nil
}

// endingSet returns the folded endings, each as the keys of its characters
// joined (the form insideWord compares).
func endingSet(list []string) map[string]bool {
	out := make(map[string]bool, len(list))
	for _, e := range list {
		out[foldString(e)] = true
	}
	return out
}

// kanaOrHangul reports the script class of token i for the word-boundary
// rule: 'k' for katakana (and the prolonged sound mark ー, which the
// splitter leaves as a letter of no script), 'h' for Hangul, 0 otherwise.
func kanaOrHangul(ts *tokens, i int) byte {
	s := ts.text(i)
	r, size := utf8.DecodeRuneInString(s)
	if size != len(s) {
		return 0
	}
	switch {
	case r == 'ー' || unicode.Is(unicode.Katakana, r):
		return 'k'
	case unicode.Is(unicode.Hangul, r):
		return 'h'
	}
	return 0
}

// insideWord reports a name found at tokens [s, e) that begins or ends
// inside a longer katakana or Hangul word: Japanese writes a katakana word
// and Korean a word without spaces, and both split one character a word, so
// "バーレ" lies inside "バーレーン" and "포스코" inside "포스코센터". Hangul
// written onto the end of a Korean name is allowed when it is a particle or
// ending of korean_endings, or up to three of them written one after
// another ("고려아연은", "포스코퓨처엠과의", "SK이노베이션과도"), and katakana
// when it is a word of katakana_endings ("ポスコグループ").
func (d *Dictionary) insideWord(ts *tokens, s, e int) bool {
	if first := kanaOrHangul(ts, s); first != 0 && touching(ts, s) && kanaOrHangul(ts, s-1) == first {
		return true
	}
	last := kanaOrHangul(ts, e-1)
	if last == 0 || e >= len(ts.toks) || !touching(ts, e) || kanaOrHangul(ts, e) != last {
		return false
	}
	// The run of the same script written onto the name, to the end of the
	// word.
	var b strings.Builder
	for k := e; k < len(ts.toks) && (k == e || touching(ts, k)) && kanaOrHangul(ts, k) == last; k++ {
		if k-e >= 8 {
			return true
		}
		b.WriteString(ts.key(k))
	}
	if last == 'k' {
		return !d.katakanaEndings[b.String()]
	}
	return !stackedEndings(b.String(), d.koreanEndings, maxStackedEndings)
}

// maxStackedEndings is how many Korean particles and endings may be written
// onto one another after a name ("과" + "도", "에게" + "는", "측" + "과").
const maxStackedEndings = 3

// stackedEndings reports s (folded Hangul written right after a name) made
// of one to parts endings of set, one after another: Korean stacks its
// particles, so "과도" is "과" and "도", and listing every pair would not
// end. A word that goes on past the endings ("센터", "센터에서도") is not.
func stackedEndings(s string, set map[string]bool, parts int) bool {
	if set[s] {
		return true
	}
	if parts <= 1 {
		return false
	}
	for i := range s {
		if i > 0 && set[s[:i]] && stackedEndings(s[i:], set, parts-1) {
			return true
		}
	}
	return false
}

// touching reports token i written right after token i-1, with nothing
// between them (not even a space).
func touching(ts *tokens, i int) bool {
	return i > 0 && ts.toks[i].start == ts.toks[i-1].end
}

// anaphoraPhrases splits each phrase of list into its words and each word
// into the folded keys of its characters, the way kana, Hangul and Han are
// split one character a word ("이 회사" -> [[이] [회 사]]).
func anaphoraPhrases(list []string) [][][]string {
	out := make([][][]string, 0, len(list))
	for _, p := range list {
		var words [][]string
		for _, w := range strings.Fields(p) {
			var keys []string
			for _, r := range w {
				keys = append(keys, foldString(string(r)))
			}
			words = append(words, keys)
		}
		out = append(out, words)
	}
	return out
}

// firstKeys is the filter of the phrases' first keys (localAnaphorAt's
// first test). A phrase without words matches before any key is read, so
// then every key may open one.
func firstKeys(phrases [][][]string) text.KeyFilter {
	var f text.KeyFilter
	for _, words := range phrases {
		if len(words) == 0 || len(words[0]) == 0 {
			for b := range f {
				f[b] = ^uint64(0)
			}
			return f
		}
		f.Add(words[0][0])
	}
	return f
}

// localAnaphorAt reports a phrase of localAnaphora starting at token i:
// its characters written together within a word and a space between its
// words. A Hangul phrase does not start inside a longer word, and the
// Hangul written onto its end must be particles and endings ("이 회사는",
// not "이 회사채", a bond); Japanese writes 同社 onto any word.
func (d *Dictionary) localAnaphorAt(ts *tokens, i int) bool {
	if !d.localAnaphoraFirst.May(ts.key(i)) {
		return false // most tokens: no phrase opens with the key
	}
	n := len(ts.toks)
next:
	for _, words := range d.localAnaphora {
		k := i
		for wi, w := range words {
			for ci, key := range w {
				if k >= n || ts.key(k) != key {
					continue next
				}
				if ci > 0 && !touching(ts, k) || ci == 0 && wi > 0 && (touching(ts, k) || strings.TrimSpace(ts.gap(k)) != "") {
					continue next
				}
				k++
			}
		}
		script := kanaOrHangul(ts, i)
		if script == 'h' && touching(ts, i) && kanaOrHangul(ts, i-1) == 'h' {
			continue
		}
		if kanaOrHangul(ts, k-1) == 'h' && k < n && touching(ts, k) && kanaOrHangul(ts, k) == 'h' {
			var b strings.Builder
			for j := k; j < n && (j == k || touching(ts, j)) && kanaOrHangul(ts, j) == 'h'; j++ {
				b.WriteString(ts.key(j))
			}
			if !stackedEndings(b.String(), d.koreanEndings, maxStackedEndings) {
				continue
			}
		}
		return true
	}
	return false
}

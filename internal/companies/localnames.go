package companies

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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
	KoreanEndings   []string     `toml:"korean_endings"`
	KatakanaEndings []string     `toml:"katakana_endings"`
	Names           []localNames `toml:"names"`
}

// localNames adds names in another script to one entry of companies.toml.
type localNames struct {
	Name    string   `toml:"name"` // canonical name of the entry
	Aliases []string `toml:"aliases"`
	Former  []Former `toml:"former"`
}

// loadJapaneseKorean parses data/japanese_korean.toml.
func loadJapaneseKorean(data []byte) (localNamesFile, error) {
	return loadLocalNamesFile("japanese_korean.toml", data)
}

// loadRussianVietnamese parses data/russian_vietnamese.toml, which holds
// names only: endings belong to japanese_korean.toml.
func loadRussianVietnamese(data []byte) (localNamesFile, error) {
	f, err := loadLocalNamesFile("russian_vietnamese.toml", data)
	if err == nil && len(f.KoreanEndings)+len(f.KatakanaEndings) > 0 {
		err = fmt.Errorf("parse embedded russian_vietnamese.toml: endings belong to japanese_korean.toml")
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
// ending of korean_endings ("고려아연은", "포스코퓨처엠과의"), and katakana
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
	return !d.koreanEndings[b.String()]
}

// touching reports token i written right after token i-1, with nothing
// between them (not even a space).
func touching(ts *tokens, i int) bool {
	return i > 0 && ts.toks[i].start == ts.toks[i-1].end
}

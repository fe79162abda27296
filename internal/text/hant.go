package text

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

// hantData is the table of traditional Han characters and the simplified
// character each is read as (data/hant.txt): one fold of the two scripts
// for every step that reads Chinese.
//
//go:embed data/hant.txt
var hantData string

// hant maps a traditional Han character to its simplified form: Chinese
// words written in simplified characters (the classifier's lexicon_zh.toml)
// then meet pages written in either script. Built once from data/hant.txt;
// only read after.
var hant = mustHant(hantData)

// mustHant parses hant.txt; the file is part of the binary, so an error is
// a build mistake that TestHantTable reports by line.
func mustHant(data string) map[rune]rune {
	m, err := parseHant(data)
	if err != nil {
		panic(err)
	}
	return m
}

// parseHant reads lines of two Han characters, traditional then
// simplified, separated by a space; '#' starts a comment line. A character
// listed twice, a pair of one character, or a simplified form that is
// itself listed as traditional (a chain) is an error.
func parseHant(data string) (map[rune]rune, error) {
	m := map[rune]rune{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || utf8.RuneCountInString(f[0]) != 1 || utf8.RuneCountInString(f[1]) != 1 {
			return nil, fmt.Errorf("hant.txt line %d: want two characters, have %q", n+1, line)
		}
		t, _ := utf8.DecodeRuneInString(f[0])
		s, _ := utf8.DecodeRuneInString(f[1])
		if !IsHan(t) || !IsHan(s) || t == s {
			return nil, fmt.Errorf("hant.txt line %d: %q is not a pair of two Han characters", n+1, line)
		}
		if _, dup := m[t]; dup {
			return nil, fmt.Errorf("hant.txt line %d: %q listed twice", n+1, f[0])
		}
		m[t] = s
	}
	for t, s := range m {
		if _, chain := m[s]; chain {
			return nil, fmt.Errorf("hant.txt: %q reads as %q, which is listed as traditional too", string(t), string(s))
		}
	}
	return m, nil
}

// SimplifyRune returns the simplified form of a traditional Han character
// (data/hant.txt), or r itself when the table does not list it.
func SimplifyRune(r rune) rune {
	if s, ok := hant[r]; ok {
		return s
	}
	return r
}

// Package companies holds lode's dictionary of critical-minerals companies and
// detects which of them a feed item mentions.
//
// The dictionary ships embedded (data/companies.toml) and can be extended with
// user entries through New. A Dictionary is immutable once built and safe for
// concurrent use.
package companies

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/lode-reader/lode/internal/text"
)

//go:embed data/companies.toml
var embeddedData []byte

// Company is one dictionary entry.
type Company struct {
	Name    string   `toml:"name" json:"name"`                 // canonical, as the company styles itself
	Aliases []string `toml:"aliases" json:"aliases,omitempty"` // other names used in the press
	Former  []Former `toml:"former" json:"former,omitempty"`   // former names, with the year each was dropped
	Parent  string   `toml:"parent" json:"parent,omitempty"`   // parent group
	Tickers []string `toml:"tickers" json:"tickers,omitempty"` // "ASX:LYC", "NYSE:MP", "SHA:600111"
	// Minerals are the chain minerals the company produces or trades, as
	// mineral tags ("rare earths", "lithium").
	Minerals []string `toml:"minerals" json:"minerals,omitempty"`
	// Side lists the chain minerals of a side business of a company whose
	// minerals are outside the chain (a platinum miner's by-product nickel,
	// its lithium unit): they place it in the chain only in an item that
	// names one of them.
	Side []string `toml:"side_minerals" json:"side_minerals,omitempty"`
	// Outside names a trade outside the chain for a company that has no
	// mineral of its own ("investment", "natural gas"): Analyze reports it
	// only as the stake rule allows, and never when the trade is a fund's
	// (fund_trades in roles.toml: funds are not gold).
	Outside string `toml:"outside" json:"outside,omitempty"`
	// Country is where the company is based, in English ("China"); an
	// anaphor naming another nationality ("the Korean group") is then not
	// read as this company.
	Country string `toml:"country" json:"country,omitempty"`
}

// Dictionary is a compiled, read-only set of companies.
type Dictionary struct {
	companies []Company // sorted by Name; never handed out without copying
	version   string

	byName   map[string]int   // folded name, alias or former name -> company index
	byTicker map[string]int   // ticker lookup key (see tickerKey) -> company index
	bySymbol map[string][]int // bare symbol -> company indexes

	// patternIndex maps a first token key to its index in patternLists
	// (the patterns that key begins, longest first), which scanning looks
	// tokens up in (patternsAt).
	patternIndex *text.Table
	patternLists [][]*pattern
	words        wordSets
	// koreanEndings are the particles and endings that may be written onto
	// a Hangul name (data/japanese_korean.toml), keys of their characters
	// joined.
	koreanEndings map[string]bool
	// katakanaEndings are the katakana words the Japanese press writes
	// onto a katakana name ("グループ"), keys of their characters joined.
	katakanaEndings map[string]bool
	// localAnaphora are the Japanese and Korean phrases that stand for the
	// company named last ("同社", "이 회사"), each as its words, a word as
	// the keys of its characters (data/japanese_korean.toml).
	localAnaphora [][][]string
	// localAnaphoraFirst holds the first key of each localAnaphora phrase:
	// a token whose key is not in it opens none of them (localAnaphorAt).
	localAnaphoraFirst text.KeyFilter

	suggestFolded []string // folded names, aliases and former names, for Suggest
	suggestOwner  []int    // company index of each suggestStrings entry

	scratch *sync.Pool // *scratch buffers reused by Detect; holds no dictionary state

	roles *roleWords // subject/mention cue words (roles.go)
	// outside holds the canonical names of the companies outside the
	// critical-minerals chain by their minerals (roleWords.outsideChain):
	// Analyze does not report them. side holds, for those of them with a
	// side business in the chain, its minerals' token keys (Han words split
	// as the tokenizer splits them: "石墨" is two keys); fund
	// the outside companies whose trade is a fund's (never reported).
	outside map[string]bool
	side    map[string][][]string
	fund    map[string]bool

	// patternFilter holds the keys of patterns: most tokens skip the lookup.
	// lowerFilter holds the keys of patterns a word that starts in lower
	// case can begin (caseAny or caseExact first): "ioneer", "enCore".
	patternFilter, lowerFilter text.KeyFilter
}

// scratch holds tokenizer buffers for one Detect call.
type scratch struct {
	toks  [2][]token
	keys  [2][]byte
	sents []int32 // Analyze: sentence of each text token
}

// dataFile is the shape of data/companies.toml.
type dataFile struct {
	Company []Company `toml:"company"` // one [[company]] table each
}

// Default returns the dictionary built from the embedded data file.
func Default() (*Dictionary, error) {
	return New(nil)
}

// New returns the embedded dictionary extended with extra entries. An extra
// entry whose Name matches an existing canonical name (case-insensitively) is
// merged into it: aliases, former names, tickers and minerals are added, and a
// non-empty Parent or Country replaces the shipped one. Any other entry is added
// as a new company. Invalid entries are reported with the entry's name.
func New(extra []Company) (*Dictionary, error) {
	var df dataFile
	if err := decodeStrict(embeddedData, "embedded companies.toml", &df); err != nil {
		return nil, err
	}
	list := make([]Company, 0, len(df.Company)+len(extra))
	for i, c := range df.Company {
		c, err := cleanCompany(c)
		if err != nil {
			return nil, fmt.Errorf("embedded company #%d: %w", i+1, err)
		}
		list = append(list, c)
	}
	jk, err := loadJapaneseKorean(japaneseKoreanData)
	if err != nil {
		return nil, err
	}
	if list, err = addLocalNames(list, "japanese_korean.toml", jk); err != nil {
		return nil, err
	}
	rv, err := loadRussianVietnamese(russianVietnameseData)
	if err != nil {
		return nil, err
	}
	if list, err = addLocalNames(list, "russian_vietnamese.toml", rv); err != nil {
		return nil, err
	}
	for i, c := range extra {
		c, err := cleanCompany(c)
		if err != nil {
			return nil, fmt.Errorf("extra company #%d: %w", i+1, err)
		}
		if j := indexByName(list, c.Name); j >= 0 {
			list[j] = merge(list[j], c)
			continue
		}
		list = append(list, c)
	}
	return build(list, jk)
}

// cleanCompany trims and validates one entry.
func cleanCompany(c Company) (Company, error) {
	c.Name = collapseSpace(c.Name)
	if c.Name == "" {
		return c, fmt.Errorf("empty name")
	}
	if !hasWordChar(c.Name) {
		return c, fmt.Errorf("%q: name has no letters or digits", c.Name)
	}
	var err error
	clean := func(field string, in []string, key func(string) string) []string {
		out := make([]string, 0, len(in))
		for _, s := range in {
			s = collapseSpace(s)
			if !hasWordChar(s) {
				if err == nil {
					err = fmt.Errorf("%q: %s %q has no letters or digits", c.Name, field, s)
				}
				continue
			}
			out = append(out, s)
		}
		return dedupeBy(out, key)
	}
	c.Aliases = clean("alias", c.Aliases, aliasKey)
	c.Minerals = clean("mineral", c.Minerals, foldString)
	c.Side = clean("side mineral", c.Side, foldString)
	c.Outside = collapseSpace(c.Outside)
	if err != nil {
		return c, err
	}
	if c.Former, err = cleanFormer(c.Name, c.Former); err != nil {
		return c, err
	}
	c.Parent = collapseSpace(c.Parent)
	c.Country = collapseSpace(c.Country)
	tickers := make([]string, 0, len(c.Tickers))
	for _, t := range c.Tickers {
		nt, ok := normalizeTicker(t)
		if !ok {
			return c, fmt.Errorf("%q: ticker %q is not EXCH:SYMBOL with a known exchange", c.Name, t)
		}
		tickers = append(tickers, nt)
	}
	c.Tickers = dedupeFold(tickers)
	return c, nil
}

func merge(base, add Company) Company {
	base.Aliases = dedupeBy(append(slices.Clone(base.Aliases), add.Aliases...), aliasKey)
	base.Former = dedupeFormer(append(slices.Clone(base.Former), add.Former...))
	base.Tickers = dedupeFold(append(slices.Clone(base.Tickers), add.Tickers...))
	base.Minerals = dedupeFold(append(slices.Clone(base.Minerals), add.Minerals...))
	base.Side = dedupeFold(append(slices.Clone(base.Side), add.Side...))
	if add.Outside != "" {
		base.Outside = add.Outside
	}
	if add.Parent != "" {
		base.Parent = add.Parent
	}
	if add.Country != "" {
		base.Country = add.Country
	}
	return base
}

func indexByName(list []Company, name string) int {
	k := foldString(name)
	for i, c := range list {
		if foldString(c.Name) == k {
			return i
		}
	}
	return -1
}

// build compiles the lookup tables and checks that names, aliases and tickers
// are unambiguous across companies; jk (data/japanese_korean.toml, parsed
// once by New) gives the endings written onto Korean and katakana names.
func build(list []Company, jk localNamesFile) (*Dictionary, error) {
	slices.SortStableFunc(list, func(a, b Company) int { return strings.Compare(a.Name, b.Name) })
	words, err := loadWords(wordsData)
	if err != nil {
		return nil, err
	}
	if words.han, err = loadHan(chineseData); err != nil {
		return nil, err
	}
	d := &Dictionary{
		companies: list,
		byName:    map[string]int{},
		byTicker:  map[string]int{},
		bySymbol:  map[string][]int{},
		words:     words,
		scratch:   &sync.Pool{New: func() any { return new(scratch) }},
	}
	if d.roles, err = loadRoles(&d.words); err != nil {
		return nil, err
	}
	d.koreanEndings, d.katakanaEndings = endingSet(jk.KoreanEndings), endingSet(jk.KatakanaEndings)
	d.localAnaphora = anaphoraPhrases(jk.Anaphora)
	d.localAnaphoraFirst = firstKeys(d.localAnaphora)
	d.outside, d.side, d.fund = map[string]bool{}, map[string][][]string{}, map[string]bool{}
	for _, c := range list {
		if c.Outside == "" && !d.roles.outsideChain(c.Minerals) {
			continue
		}
		d.outside[c.Name] = true
		d.fund[c.Name] = d.roles.fundTrade[foldString(c.Outside)]
		for _, m := range c.Side {
			d.side[c.Name] = append(d.side[c.Name], d.words.keySeq(m))
		}
	}
	patKeys := map[string]int{}
	patterns := map[string][]*pattern{}
	for i, c := range list {
		names := make([]string, 0, 1+len(c.Aliases)+len(c.Former))
		names = append(names, c.Name)
		names = append(names, c.Aliases...)
		for _, f := range c.Former {
			names = append(names, f.Name)
		}
		for ni, n := range names {
			k := foldString(n)
			if j, ok := d.byName[k]; ok && j != i {
				return nil, fmt.Errorf("company %q: name %q already belongs to %q", c.Name, n, list[j].Name)
			}
			d.byName[k] = i
			d.suggestFolded = append(d.suggestFolded, k)
			d.suggestOwner = append(d.suggestOwner, i)

			p := d.compilePattern(n, i, ni == 0)
			if p == nil {
				continue
			}
			if f := ni - 1 - len(c.Aliases); f >= 0 {
				p.former = f + 1
			}
			pk := p.signature()
			if j, ok := patKeys[pk]; ok {
				if j != i {
					return nil, fmt.Errorf("company %q: name %q matches the same text as a name of %q", c.Name, n, list[j].Name)
				}
				// "Posco Future M" beside "POSCO Future M", or "LitioMX"
				// beside "LitioMx": the same words in another case are a
				// second pattern, not a duplicate.
				if ck := pk + "\x01" + p.caseKey(); patKeys[ck] == 0 {
					patKeys[ck] = i + 1
					patterns[p.keys[0]] = append(patterns[p.keys[0]], p)
				}
				continue
			}
			patKeys[pk] = i
			patKeys[pk+"\x01"+p.caseKey()] = i + 1
			patterns[p.keys[0]] = append(patterns[p.keys[0]], p)
		}
		for _, t := range c.Tickers {
			exch, sym, _ := strings.Cut(t, ":")
			k := tickerKey(exch, sym)
			if j, ok := d.byTicker[k]; ok && j != i {
				return nil, fmt.Errorf("company %q: ticker %q already belongs to %q", c.Name, t, list[j].Name)
			}
			d.byTicker[k] = i
			if base, _, ok := strings.Cut(sym, "."); ok {
				if _, taken := d.byTicker[tickerKey(exch, base)]; !taken {
					d.byTicker[tickerKey(exch, base)] = i
				}
			}
			sk := strings.ToUpper(sym)
			if !slices.Contains(d.bySymbol[sk], i) {
				d.bySymbol[sk] = append(d.bySymbol[sk], i)
			}
		}
	}
	index := make(map[string]int32, len(patterns))
	for k, ps := range patterns {
		sort.SliceStable(ps, func(a, b int) bool { return len(ps[a].keys) > len(ps[b].keys) })
		d.patternFilter.Add(k)
		if slices.ContainsFunc(ps, startsLower) {
			d.lowerFilter.Add(k)
		}
		index[k] = int32(len(d.patternLists))
		d.patternLists = append(d.patternLists, ps)
	}
	d.patternIndex = text.NewTable(index)
	v, err := versionOf(list)
	if err != nil {
		return nil, err
	}
	d.version = v
	return d, nil
}

func versionOf(list []Company) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, c := range list {
		if err := enc.Encode(c); err != nil {
			return "", fmt.Errorf("hash company %q: %w", c.Name, err)
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(sum[:6]), nil
}

// Companies returns a copy of every entry, sorted by Name.
func (d *Dictionary) Companies() []Company {
	out := make([]Company, len(d.companies))
	for i, c := range d.companies {
		out[i] = copyCompany(c)
	}
	return out
}

// Version returns a short hash of the dictionary content. It changes whenever
// an entry changes, including user extras.
func (d *Dictionary) Version() string { return d.version }

// Spell returns names spelled as the dictionary spells them: each name it
// knows (by any name, alias, former name or ticker, as Find) becomes its
// canonical name, any other is kept as written ("Barrick" is "Barrick
// Mining"). Labelled test sets compare their gold names through it.
func (d *Dictionary) Spell(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if c, ok := d.Find(n); ok {
			out[i] = c.Name
		}
	}
	return out
}

// Find looks a company up by exact, case-insensitive name, alias, former name
// or ticker ("LYC", "ASX:LYC", "asx: lyc").
func (d *Dictionary) Find(query string) (Company, bool) {
	q := collapseSpace(query)
	if q == "" {
		return Company{}, false
	}
	if i, ok := d.byName[foldString(q)]; ok {
		return copyCompany(d.companies[i]), true
	}
	if s := simplifyHan(q); s != q {
		// Traditional characters name the same company as their simplified
		// forms, as detection reads them (text.Split).
		if i, ok := d.byName[foldString(s)]; ok {
			return copyCompany(d.companies[i]), true
		}
	}
	if exch, sym, ok := strings.Cut(q, ":"); ok {
		exch, sym = strings.TrimSpace(exch), strings.TrimSpace(sym)
		if i, ok := d.byTicker[tickerKey(exch, sym)]; ok {
			return copyCompany(d.companies[i]), true
		}
		return Company{}, false
	}
	if idx := d.bySymbol[strings.ToUpper(q)]; len(idx) > 0 {
		return copyCompany(d.companies[idx[0]]), true
	}
	return Company{}, false
}

func copyCompany(c Company) Company {
	c.Aliases = slices.Clone(c.Aliases)
	c.Former = slices.Clone(c.Former)
	c.Tickers = slices.Clone(c.Tickers)
	c.Minerals = slices.Clone(c.Minerals)
	c.Side = slices.Clone(c.Side)
	return c
}

// simplifyHan returns s with each traditional Han character replaced by its
// simplified form (text.SimplifyRune); s itself when it has none.
func simplifyHan(s string) string {
	return strings.Map(text.SimplifyRune, s)
}

// collapseSpace trims s and collapses runs of white space to one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if text.IsWordRune(r) || text.IsSingle(r) {
			return true
		}
	}
	return false
}

// dedupeFold drops strings that fold like an earlier one, keeping the first.
func dedupeFold(in []string) []string { return dedupeBy(in, foldString) }

// aliasKey is the key two aliases are the same alias by: the folded form,
// with the spelling of each mixed-case word ("LitioMx"), which in text
// matches only as written. "LitioMX" beside "LitioMx" is a second alias;
// "ZHEJIANG HUAYOU" beside "Zhejiang Huayou" is not.
func aliasKey(s string) string {
	k := foldString(s)
	for _, w := range strings.Fields(s) {
		if mixedCase(w) {
			k += "\x00" + w
		}
	}
	return k
}

// mixedCase reports a word with a capital after its first letter and a
// lower-case letter ("LitioMx", "IperionX"), as opposed to a title-case
// or all-capitals word.
func mixedCase(w string) bool {
	upperLater, lower := false, false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case i > 0 && unicode.IsUpper(r):
			upperLater = true
		}
	}
	return upperLater && lower
}

// dedupeBy drops strings whose key equals an earlier one's, keeping the
// first.
func dedupeBy(in []string, key func(string) string) []string {
	if len(in) == 0 {
		return nil
	}
	seen := map[string]bool{}
	out := in[:0:0]
	for _, s := range in {
		k := key(s)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

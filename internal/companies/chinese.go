package companies

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Companies written in Chinese script. Han text is tokenised one character
// a word (text.Single), without capitals or spaces, so the English
// candidate forms (a capitalised name before "Ltd" or a ticker) never see
// it. A Chinese company is marked by its legal form at the end of its name
// ("有限公司", "股份有限公司") or by its stock code in brackets after it
// ("（600111.SH）", "（股票代码：600111）"); the name starts after the word
// before it. The words are data (data/chinese.toml).

//go:embed data/chinese.toml
var chineseData []byte

// hanFile is the shape of data/chinese.toml.
type hanFile struct {
	// LegalSuffixes end a company's name and are dropped from the name
	// reported ("股份有限公司").
	LegalSuffixes []string `toml:"legal_suffixes"`
	// GroupSuffixes end a name and stay in it ("集团"); weak, such a name needs
	// a trade word.
	GroupSuffixes []string `toml:"group_suffixes"`
	// TradeWords are the chain's trades: a name ending in a legal form or
	// group word is a candidate only when it holds one ("稀土").
	TradeWords []string `toml:"trade_words"`
	// InstitutionWords make a name an institution, fund, publisher or place,
	// not a company ("人民政府").
	InstitutionWords []string `toml:"institution_words"`
	// NameBoundaries stand before a company's name and are no part of it: the
	// name starts after the last of them.
	NameBoundaries []string `toml:"name_boundaries"`
	// GenericWords are a business's generic words, no distinctive part of a
	// name ("新材料科技").
	GenericWords []string `toml:"generic_words"`
	// Places open a name ("江西"): a place and a known company's name is that
	// company.
	Places []string `toml:"places"`
	// PlaceEnds make a word a place when it ends in one, with up to three
	// characters before it ("平远县", "惠州市").
	PlaceEnds []string `toml:"place_ends"`
	// ShortNameCues in brackets after a name give the short name used from
	// there on ("以下简称").
	ShortNameCues []string `toml:"short_name_cues"`
	// TickerCues open a stock code in brackets ("股票代码").
	TickerCues []string `toml:"ticker_cues"`
	// Session 37 (chinesebare.go).
	BareNameCues []string `toml:"bare_name_cues"`
	// BareNameEnds are the trade words a bare short name ends in ("矿业", "锂业").
	BareNameEnds []string `toml:"bare_name_ends"`
	// ListCompanyNouns after "等" close a list whose members are companies
	// ("企业").
	ListCompanyNouns []string `toml:"list_company_nouns"`
	// SiteEnds make a list member a site, not a company ("矿", "项目").
	SiteEnds []string `toml:"site_ends"`
	// AcronymCompanyNouns right after a short all-caps alias make it a company
	// ("TFM公司").
	AcronymCompanyNouns []string `toml:"acronym_company_nouns"`
	// Session 37 (rolebugs2-s37): "the company" in Chinese (anaphorAt).
	Anaphora []string `toml:"anaphora"`
	// SentenceAnaphora stand for the company named last only where they open a
	// sentence ("公司").
	SentenceAnaphora []string `toml:"sentence_anaphora"`
	// Session 40 (zhco-s40): counts of firms between 等 and the company
	// noun that closes a list ("等两家…企业", closesList).
	ListCounts []string `toml:"list_counts"`
	// Session 40 (fresh40co-s40): a trade as a whole after a known
	// short name ("某某稀土产业", industryAfter).
	IndustryWords []string `toml:"industry_words"`
	// Session 40 (shortref-s40): a pair referred back to ("双方", pairRefs).
	PairAnaphora []string `toml:"pair_anaphora"`
	// Session 40 (shortref-s40): the company named last's manager
	// speaking ("公司总经理某某说", anaphorAt).
	OfficerAnaphora []string `toml:"officer_anaphora"`
	// Session 42 (zhunits-s42): countries abroad that keep a unit with
	// its place in brackets from being a candidate (bracketedPlace).
	BracketAbroad []string `toml:"bracket_abroad"`
	// Session 42 (zhunits-s42): a project's yearly output after the name
	// of the firm building it (outputNameAt).
	OutputCues []string `toml:"output_cues"`
	// CountMeasures are measure words of a count of firms ("家") and
	// CountNumerals the numerals of such a count: after a count the name
	// starts (nameStart, session 43).
	CountMeasures []string `toml:"count_measures"`
	CountNumerals []string `toml:"count_numerals"`
	// DescriptorWords describe a group by its standing or size ("国家",
	// "大"): a name of only these and desc words is no company (onlyDesc).
	DescriptorWords []string `toml:"descriptor_words"`
	// BrandStopWords are words that stand where a name's distinctive part
	// does but name no company alone ("南方", "south"): no two-character
	// short form is read from them (brandForms, session 43).
	BrandStopWords []string `toml:"brand_stop_words"`
	// UnitCues stand between a parent and its unit ("所属", "旗下"): the
	// parent so named in a title is not what it is about (session 44).
	UnitCues []string `toml:"unit_cues"`
	// GroupAnaphora stand for the item's one group company ("集团公司",
	// groupRefSents; session 44).
	GroupAnaphora []string `toml:"group_anaphora"`
}

// hanWords are the compiled lists of data/chinese.toml: each word as its
// runes, one rune a token.
type hanWords struct {
	legal, group, trade, institution, boundary, places, placeEnds, shortCues [][]rune
	// generic are the generic business words; desc the trade, generic
	// and group words together (a name's describing part).
	generic, desc [][]rune
	// onlyWords are desc with the descriptor words ("国家", "大"): a name
	// made only of them names no company (onlyDesc).
	onlyWords [][]rune
	// first holds the first runes of the legal forms and group words: most
	// Han tokens are not one and skip the lookups.
	first map[rune]bool
	// ticker matches a stock code in brackets right after a name.
	ticker *regexp.Regexp
	// bareCues, bareEnds, listNouns, siteEnds and acronymNouns find the
	// short names written with no legal form (chinesebare.go).
	bareCues, bareEnds, listNouns, siteEnds, acronymNouns [][]rune
	// listCounts are counts of firms after 等 ("两家"), skipped before
	// the company noun that closes a list.
	listCounts [][]rune
	// industry are words for a trade as a whole ("产业"): after a known
	// short name they make it the place's industry (industryAfter).
	industry [][]rune
	// anaphora stand for the company named last anywhere in a sentence,
	// sentAnaphora only where they open it (anaphorAt); anaFirst holds
	// their first runes.
	anaphora, sentAnaphora [][]rune
	anaFirst               map[rune]bool
	// pair refer back to the two companies named last ("双方", pairRefs).
	pair [][]rune
	// officer are "the company's manager" words that stand for the
	// company named last where they open a sentence or follow a closing
	// quote (anaphorAt).
	officer [][]rune
	// abroad are places abroad a unit's bracketed place may be
	// (bracketedPlace).
	abroad [][]rune
	// output are the words of a project's yearly output ("年产") that
	// follow the builder's name (outputNameAt).
	output [][]rune
	// measures and numerals read a count of firms before a name
	// ("6家稀土集团", countAt).
	measures, numerals [][]rune
	// brandStop are the words no short form is read from (brandForms).
	brandStop [][]rune
	// unitCues stand between a parent and the unit named after it
	// (parentBeforeUnit).
	unitCues [][]rune
	// groupAna stand for the item's one group company (groupRefSents).
	groupAna [][]rune
}

// maxHanName is the most characters a Chinese name is read back over
// from its legal form.
const maxHanName = 24

// loadHan parses data/chinese.toml.
func loadHan(data []byte) (*hanWords, error) {
	var f hanFile
	if err := decodeStrict(data, "embedded chinese.toml", &f); err != nil {
		return nil, err
	}
	runes := func(list []string) [][]rune {
		out := make([][]rune, 0, len(list))
		seen := map[string]bool{}
		for _, s := range list {
			if s = strings.TrimSpace(s); s != "" {
				// Traditional characters fold as the text's keys do
				// ("集團" reads as "集团"); a pair written both ways
				// is one word.
				w := []rune(s)
				for k, r := range w {
					w[k] = text.SimplifyRune(r)
				}
				if !seen[string(w)] {
					seen[string(w)] = true
					out = append(out, w)
				}
			}
		}
		// Longest first: the longest word that matches is the one read.
		slices.SortStableFunc(out, func(a, b []rune) int { return len(b) - len(a) })
		return out
	}
	h := &hanWords{
		legal: runes(f.LegalSuffixes), group: runes(f.GroupSuffixes), trade: runes(f.TradeWords),
		institution: runes(f.InstitutionWords), boundary: runes(f.NameBoundaries), places: runes(f.Places),
		placeEnds: runes(f.PlaceEnds), shortCues: runes(f.ShortNameCues), first: map[rune]bool{},
		generic:  runes(f.GenericWords),
		bareCues: runes(f.BareNameCues), bareEnds: runes(f.BareNameEnds), listNouns: runes(f.ListCompanyNouns),
		siteEnds: runes(f.SiteEnds), acronymNouns: runes(f.AcronymCompanyNouns), listCounts: runes(f.ListCounts),
		industry: runes(f.IndustryWords),
		anaphora: runes(f.Anaphora), sentAnaphora: runes(f.SentenceAnaphora), anaFirst: map[rune]bool{},
		pair: runes(f.PairAnaphora), officer: runes(f.OfficerAnaphora),
		abroad: runes(f.BracketAbroad), output: runes(f.OutputCues),
		measures: runes(f.CountMeasures), numerals: runes(f.CountNumerals),
		brandStop: runes(f.BrandStopWords), unitCues: runes(f.UnitCues),
		groupAna: runes(f.GroupAnaphora),
	}
	for _, l := range [][][]rune{h.anaphora, h.sentAnaphora, h.officer} {
		for _, w := range l {
			h.anaFirst[w[0]] = true
		}
	}
	h.desc = runes(slices.Concat(f.TradeWords, f.GenericWords, f.GroupSuffixes))
	h.onlyWords = runes(slices.Concat(f.TradeWords, f.GenericWords, f.GroupSuffixes, f.DescriptorWords))
	for _, l := range [][][]rune{h.legal, h.group} {
		for _, w := range l {
			h.first[w[0]] = true
		}
	}
	cues := make([]string, 0, len(f.TickerCues))
	for _, c := range f.TickerCues {
		cues = append(cues, regexp.QuoteMeta(strings.TrimSpace(c)))
	}
	// "（600111.SH）", "(002074.SZ)", "（SZ:002460）", "（股票代码：600111）", "(00769)".
	h.ticker = regexp.MustCompile(`^\s*[(（]\s*(?:(?:` + strings.Join(cues, "|") + `)\s*[:：]\s*)?` +
		`(?:(SH|SZ|HK|BJ|SS|sh|sz|hk)\s*[:：.]?\s*)?(\d{4,6})(?:\.(SH|SZ|HK|BJ|SS|sh|sz|hk))?\s*[)）]`)
	return h, nil
}

// anaphorAt reports a Chinese word for "the company" at token i: one of
// anaphora ("该公司"), or one of sentAnaphora ("公司") opening a sentence,
// or one of officer ("企业总经理") opening a sentence or right after a
// closing quote: the manager of the company named last speaks.
// Not inside a longer run of a word list's ("分公司" is no anaphor: the
// character before 公司 must end a sentence).
func (h *hanWords) anaphorAt(ts *tokens, i int) bool {
	if !hanAt(ts, i) || !h.anaFirst[hanRune(ts, i)] {
		return false
	}
	n := len(ts.toks)
	if hanWordAt(ts, i, n, h.anaphora) > 0 {
		return true
	}
	if ts.has(i, fSentStart) && hanWordAt(ts, i, n, h.sentAnaphora) > 0 {
		return true
	}
	// "……。”企业总经理某某说": the manager line after a quote.
	return (ts.has(i, fSentStart) || i > 0 && text.HasQuoteMark(ts.gap(i))) && hanWordAt(ts, i, n, h.officer) > 0
}

// industryAfter reports a word for a trade as a whole joined right after a
// Han name ending before token e, with no group word or legal form after
// it in the same run of Han characters: "赣州稀土产业" (Ganzhou's rare-earth
// industry) names no company, "某某稀土产业集团" does.
func (h *hanWords) industryAfter(ts *tokens, e int) bool {
	n := len(ts.toks)
	if !hanJoined(ts, e) {
		return false
	}
	l := hanWordAt(ts, e, n, h.industry)
	if l == 0 {
		return false
	}
	for k := e + l; k < n && k < e+l+maxHanName && hanJoined(ts, k); k++ {
		if hanWordAt(ts, k, n, h.group) > 0 || hanWordAt(ts, k, n, h.legal) > 0 {
			return false
		}
	}
	return true
}

// hanAt reports whether token i is one Han character.
func hanAt(ts *tokens, i int) bool {
	if i < 0 || i >= len(ts.toks) || ts.toks[i].flags&fSingle == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ts.src[ts.toks[i].start:])
	return text.IsHan(r)
}

// hanRune is the character of token i as its key spells it: a
// traditional character in its simplified form (text.Split), as the
// word lists are read (loadHan).
func hanRune(ts *tokens, i int) rune {
	r, _ := utf8.DecodeRuneInString(ts.key(i))
	return r
}

// hanJoined reports whether Han token i follows Han token i-1 with nothing
// between them.
func hanJoined(ts *tokens, i int) bool {
	return i > 0 && i < len(ts.toks) && !ts.toks[i].para && ts.toks[i].start == ts.toks[i-1].end && hanAt(ts, i) && hanAt(ts, i-1)
}

// hanMatch reports whether the joined Han tokens from i spell w, before
// token limit.
func hanMatch(ts *tokens, i, limit int, w []rune) bool {
	if i+len(w) > limit {
		return false
	}
	for k, r := range w {
		j := i + k
		if !hanAt(ts, j) || (k > 0 && !hanJoined(ts, j)) || hanRune(ts, j) != r {
			return false
		}
	}
	return true
}

// hanWordAt returns the length of the longest word of list that the Han
// tokens from i spell (before token limit), or 0.
func hanWordAt(ts *tokens, i, limit int, list [][]rune) int {
	for _, w := range list {
		if hanMatch(ts, i, limit, w) {
			return len(w)
		}
	}
	return 0
}

// hanHas reports whether a word of list is among tokens [a, b).
func hanHas(ts *tokens, a, b int, list [][]rune) bool {
	for p := a; p < b; p++ {
		if hanWordAt(ts, p, b, list) > 0 {
			return true
		}
	}
	return false
}

// hanEndsWith reports whether tokens [a, b) end with a word of list.
func hanEndsWith(ts *tokens, a, b int, list [][]rune) bool {
	for _, w := range list {
		if b-len(w) >= a && hanMatch(ts, b-len(w), b, w) {
			return true
		}
	}
	return false
}

// placeLen returns how many tokens from a (before b) are a place that opens
// a name: a listed place ("浙江") or up to three characters and a place end
// ("惠州市", "平远县").
func (h *hanWords) placeLen(ts *tokens, a, b int) int {
	best := hanWordAt(ts, a, b, h.places)
	for k := a + 1; k <= a+3 && k < b; k++ {
		if !hanJoined(ts, k) {
			break
		}
		if l := hanWordAt(ts, k, b, h.placeEnds); l > 0 && k+l-a > best && k+l < b {
			best = k + l - a
		}
	}
	return best
}

// nameEndAt reports a Chinese name's end marked at token i: a legal form
// starting there (end i, the suffix's tokens up to next), a group word
// followed by a legal form (the name keeps the group word), or a group word
// that ends its clause (followed by punctuation or a word before a name,
// "江西某某矿业集团签署 ..."). ok is false when no name ends there.
func (h *hanWords) nameEndAt(ts *tokens, i int) (end, next int, legal, ok bool) {
	n := len(ts.toks)
	if !h.first[hanRune(ts, i)] || !hanJoined(ts, i) {
		return 0, 0, false, false
	}
	if l := hanWordAt(ts, i, n, h.legal); l > 0 {
		return i, i + l, true, true
	}
	g := hanWordAt(ts, i, n, h.group)
	if g == 0 {
		return 0, 0, false, false
	}
	if l := hanWordAt(ts, i+g, n, h.legal); l > 0 && hanJoined(ts, i+g) {
		return i + g, i + g + l, true, true
	}
	if !hanJoined(ts, i+g) || hanWordAt(ts, i+g, n, h.boundary) > 0 {
		return i + g, i + g, false, true
	}
	return 0, 0, false, false
}

// legalAfterBracket returns the length of a legal form starting at token
// i right after a closing bracket written after a Han character
// ("…(集团)有限公司", "…(岳阳)有限公司"), or 0.
func (h *hanWords) legalAfterBracket(ts *tokens, i int) int {
	if i < 3 || hanJoined(ts, i) || !bracketGap(ts, i, ")\uff09") || !hanAt(ts, i-1) {
		return 0
	}
	return hanWordAt(ts, i, len(ts.toks), h.legal)
}

// bracketedWord reports a group or generic word in brackets right before a
// legal form starting at token i ("…冶金(控股)有限责任公司", "…稀土(集团)
// 有限公司"), its opening bracket written right after a Han character: w is
// the word's first token and l the legal form's length. l is 0 otherwise.
func (h *hanWords) bracketedWord(ts *tokens, i int) (w, l int) {
	if l = h.legalAfterBracket(ts, i); l == 0 {
		return 0, 0
	}
	for _, list := range [][][]rune{h.group, h.generic} {
		for _, word := range list {
			w = i - len(word)
			if w < 1 || !bracketGap(ts, w, "(\uff08") || !hanAt(ts, w-1) || !hanMatch(ts, w, i, word) {
				continue
			}
			if !slices.ContainsFunc(ts.toks[w+1:i], func(t token) bool { return t.para }) {
				return w, l
			}
		}
	}
	return 0, 0
}

// maxBracketPlace is the most characters a place in brackets before a
// legal form holds ("(某某山)").
const maxBracketPlace = 5

// bracketedPlace reports a unit's place in brackets right before a legal
// form starting at token i ("某某新材料(岳阳)有限公司"), its opening bracket
// written right after a Han character: w is the place's first token and l
// the legal form's length. The bracket holds two to maxBracketPlace joined
// Han characters, none a group or generic word alone ("(控股)" is
// bracketedWord's), no institution's word and no place abroad ("(越南)":
// an overseas venture the dictionary names as it trades there); l is 0
// otherwise. The caller
// checks that the name before the bracket ends in a business word.
func (h *hanWords) bracketedPlace(ts *tokens, i int) (w, l int) {
	if l = h.legalAfterBracket(ts, i); l == 0 {
		return 0, 0
	}
	w = i - 1
	for w > 0 && i-w < maxBracketPlace && hanJoined(ts, w) {
		w--
	}
	if i-w < 2 || w < 1 || !bracketGap(ts, w, "(\uff08") || !hanAt(ts, w-1) || hanJoined(ts, w) {
		return 0, 0
	}
	if h.descOnly(hanRunes(ts, w, i)) || hanHas(ts, w, i, h.institution) || hanHas(ts, w, i, h.abroad) {
		return 0, 0
	}
	return w, l
}

// nameStart reads a Chinese name back from token end (exclusive): over
// joined Han characters and a bracketed place ("中稀某钨(福建)稀土矿业"), at
// most maxHanName of them, then past the last word before a name
// (name_boundaries: "子公司", "与", "的") outside the known names the item
// already found (covered), keeping at least two characters.
func (h *hanWords) nameStart(ts *tokens, end int, covered []bool) int {
	a := end
	for a > 0 && end-a < maxHanName {
		p := a - 1
		if !hanAt(ts, p) {
			break
		}
		if a == end || hanJoined(ts, a) {
			a = p
			continue
		}
		// "(福建)" inside a name: a closing bracket before token a, its
		// opening bracket a few characters back.
		g := strings.TrimSpace(ts.gap(a))
		if (g != ")" && g != "\uff09") || ts.toks[a].para {
			break
		}
		o := p
		for o > 0 && p-o < 6 && hanJoined(ts, o) {
			o--
		}
		og := strings.TrimSpace(ts.gap(o))
		if (og != "(" && og != "\uff08") || !hanAt(ts, o-1) || ts.toks[o].para || ts.toks[o-1].end != ts.toks[o].gs {
			break
		}
		a = o - 1
	}
	// A known name cut in the middle by the length limit is left out.
	for a < end && covered[a] && a > 0 && covered[a-1] && hanJoined(ts, a) {
		a++
	}
	start := a
	for p := a; p < end-2; p++ {
		if covered[p] {
			continue
		}
		if l := hanWordAt(ts, p, end, h.boundary); l > 0 && p+l <= end-2 && !slices.Contains(covered[p:p+l], true) {
			start = p + l
		}
		if p+1 <= end-2 && h.countAt(ts, p, a) {
			start = max(start, p+1)
		}
	}
	return h.placeOpens(ts, start, end, covered)
}

// countAt reports a measure word of a count of firms at token p ("6家",
// "六家"): right after a number in figures, or after a numeral read into
// the name (token p-1 at or after a).
func (h *hanWords) countAt(ts *tokens, p, a int) bool {
	if p == 0 || hanWordAt(ts, p, p+1, h.measures) == 0 || ts.toks[p].start != ts.toks[p-1].end {
		return false
	}
	if p > a {
		return hanJoined(ts, p) && hanWordAt(ts, p-1, p, h.numerals) > 0
	}
	w := ts.src[ts.toks[p-1].start:ts.toks[p-1].end]
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// hanName is a Chinese name found once, to find again.
type hanName struct {
	runes   []rune
	name    string
	company int // dictionary index, or -1 for a candidate
	// key is a candidate's name without its trade, generic and group
	// words (h.distinct), when more than a place is left.
	key []rune
	// group and groupAt: a unit's place and its group's name alone
	// ("江西某保"), which replaces the group's hit groupAt tokens in.
	group, groupAt int
	// bracketAt, when above 0, is where a place in brackets opens in
	// runes ("某某新材料(岳阳)"): the name is found again only written with
	// the brackets.
	bracketAt int
	// brandForm marks a name's distinctive part read as its short form
	// (brandForms): it counts only where it stands alone (brandStandsAt).
	brandForm bool
}

// matchAt reports whether f is written at token i of tt (before limit),
// its place in brackets where it has one.
func (f *hanName) matchAt(tt *tokens, i, limit int) bool {
	if f.bracketAt == 0 {
		return hanMatch(tt, i, limit, f.runes)
	}
	b, e := i+f.bracketAt, i+len(f.runes)
	if e > limit || !hanMatch(tt, i, b, f.runes[:f.bracketAt]) || !bracketGap(tt, b, "(\uff08") ||
		!hanMatch(tt, b, e, f.runes[f.bracketAt:]) {
		return false
	}
	// The closing bracket right after the place.
	rest := tt.src[tt.toks[e-1].end:]
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "\uff09")
}

// hanCandidates finds the companies an item writes in Chinese script that
// the dictionary did not find: a name ending in a legal form or a group
// word that holds a trade word of the chain ("某某稀土开发有限公司"), or a
// name before a stock code in brackets. A stock code the dictionary knows
// names that company ("某某(00769)"). A place, a ministry, a bureau or an
// association is not a company (institution_words). Each name counts
// again where the item writes it again, in the title too, and so does the
// short name a bracket gives it ("（下称“青岚公司”）") and its distinctive
// part without place and trade words ("青岚某锋" for "湖南青岚某锋新材料").
// Known hits a candidate takes in are dropped, as for the English forms.
func (d *Dictionary) hanCandidates(srcs *[2]tokens, hits []hit, covered []bool) []hit {
	h := d.words.han
	ts := &srcs[1]
	n := len(ts.toks)
	var found []hanName
	for i := 0; i < n; i++ {
		if covered[i] || !hanAt(ts, i) {
			continue
		}
		end, next, _, ok := h.nameEndAt(ts, i)
		company := -1
		// "福建省某冶(控股)有限责任公司": a holding or group word in brackets
		// before the legal form is the name's last word; the name is read
		// back from the bracket and reported without it.
		bracket := -1
		if !ok {
			if w, l := h.bracketedWord(ts, i); l > 0 {
				end, next, ok, bracket = i, i+l, true, w
			}
		}
		// "某某新材料(岳阳)有限公司": a unit's place in brackets before the
		// legal form stays in the name, brackets and all.
		placeBracket := false
		if !ok {
			if w, l := h.bracketedPlace(ts, i); l > 0 {
				end, next, ok, bracket, placeBracket = i, i+l, true, w, true
			}
		}
		if !ok {
			// "国轩某科(002074.SZ)": a stock code after the name.
			if i+1 >= n || hanJoined(ts, i+1) {
				continue
			}
			m := h.ticker.FindStringSubmatch(ts.src[ts.toks[i].end:])
			if m == nil {
				continue
			}
			end = i + 1
			next = end
			for next < n && int(ts.toks[next].start) < int(ts.toks[i].end)+len(m[0]) {
				next++
			}
			if c, ok := d.chineseTicker(m[1]+m[3], m[2]); ok {
				company = c
			} else if m[1]+m[3] == "" && yearLike(m[2]) {
				continue // "…发展联盟(2019)年会": a year in brackets, no stock code
			}
		}
		from := end
		if bracket >= 0 {
			from = bracket // read back from the bracket
		}
		a := h.nameStart(ts, from, covered)
		if end-a < 2 || placeBracket && (bracket-a < 2 || !hanEndsWith(ts, a, bracket, h.desc)) {
			continue
		}
		if hanHas(ts, a, end, h.institution) {
			i = max(i, next-1)
			continue
		}
		// A known name, with its place or group word, is that company:
		// "浙江华友钴业股份有限公司", "中国某铝集团有限公司", and so it is after
		// words no list has ("调研组一行先到某某锂业股份有限公司"). A place, a
		// known name and trade words are a unit named from its group,
		// starting at its place.
		if company < 0 {
			if s, known := d.knownHanName(ts, hits, a, end); known {
				// "某某稀土高科有限公司(下称“某某公司”)": the short name a
				// bracket gives a known company names it from there on.
				if c := knownHitIn(hits, a, end); c >= 0 {
					if sn, e := h.shortNameSpan(ts, next); len(sn) >= 2 && !h.descOnly(sn) {
						found = append(found, hanName{runes: sn, name: d.companies[c].Name, company: c})
						for p := next; p < e; p++ {
							covered[p] = true // the bracket that gives it is no naming
						}
					}
				}
				i = max(i, next-1)
				continue
			} else if s > a {
				a = s
			}
		}
		pl := h.placeLen(ts, a, end)
		if ok && !hanHas(ts, a, end, h.trade) {
			continue // "某某商贸有限公司", "福建省某某控股集团": no trade of the chain
		}
		if company < 0 && h.onlyDesc(ts, a, end) {
			i = max(i, next-1)
			continue // "新材料科技有限公司", "矿业集团": no place, no name of its own
		}
		name := ts.src[ts.toks[a].start:ts.toks[end-1].end]
		if placeBracket {
			name = ts.src[ts.toks[a].start:ts.toks[end-1].end] + strings.TrimSpace(ts.gap(end))
		} else if bracket >= 0 {
			name = ts.src[ts.toks[a].start:ts.toks[bracket-1].end] + ts.src[ts.toks[bracket].start:ts.toks[end-1].end]
			if c, ok := d.byName[foldString(string(hanRunes(ts, a, end)))]; ok {
				company = c // "福建省某冶控股" is a dictionary alias
			}
		}
		var key []rune
		if company >= 0 {
			name = d.companies[company].Name
		} else if key = h.distinct(ts, a, end); len(key) > pl {
			// "江西某某磁材科技" and "江西某某新材料科技" in one item: one unit
			// written two ways, named the first way.
			for _, f := range found {
				if f.company < 0 && slices.Equal(f.key, key) {
					name = f.name
					break
				}
			}
		} else {
			key = nil
		}
		// A unit named from its group ("江西某保锂业") written again as its
		// place and the group's name alone ("江西某保党委书记") is that unit.
		var placeKnown []rune
		group := -1
		if company < 0 && pl > 0 {
			for _, o := range hits {
				if o.src == 1 && o.company >= 0 && o.pos == a+pl && o.end < end {
					placeKnown = hanRunes(ts, a, o.end)
					group = o.company
					break
				}
			}
		}
		hits = slices.DeleteFunc(hits, func(o hit) bool { return o.src == 1 && o.pos >= a && o.end <= end })
		for p := a; p < next; p++ {
			covered[p] = true
		}
		hits = append(hits, hit{src: 1, pos: a, end: end, company: company, name: name})
		hn := hanName{runes: hanRunes(ts, a, end), name: name, company: company, key: key}
		if placeBracket {
			hn.bracketAt = bracket - a
		}
		found = append(found, hn)
		if b := h.brand(ts, a+pl, end); len(b) >= 3 && len(b) < end-a {
			found = append(found, hanName{runes: b, name: name, company: company})
		}
		if s := h.shortNameAfter(ts, next); len(s) >= 2 {
			found = append(found, hanName{runes: s, name: name, company: company})
		}
		if placeKnown != nil {
			found = append(found, hanName{runes: placeKnown, name: name, company: company, group: group, groupAt: pl})
		}
		i = max(i, next-1)
	}
	hits, found = d.hanBareNames(ts, hits, covered, found)
	found = d.brandForms(srcs, hits, found)
	if len(found) == 0 {
		return hits
	}
	for s := range srcs {
		tt := &srcs[s]
		for i := 0; i < len(tt.toks); i++ {
			if s == 1 && covered[i] || !hanAt(tt, i) {
				continue
			}
			for _, f := range found {
				if !f.matchAt(tt, i, len(tt.toks)) || s == 1 && slices.Contains(covered[i:i+len(f.runes)], true) && !f.overGroup(hits, covered, i) ||
					f.brandForm && !h.brandStandsAt(tt, i, len(f.runes)) {
					continue
				}
				hits = slices.DeleteFunc(hits, func(o hit) bool { return o.src == s && o.pos >= i && o.end <= i+len(f.runes) })
				hits = append(hits, hit{src: s, pos: i, end: i + len(f.runes), company: f.company, name: f.name})
				if s == 1 {
					for p := i; p < i+len(f.runes); p++ {
						covered[p] = true
					}
				}
				i += len(f.runes) - 1
				break
			}
		}
	}
	return hits
}

// overGroup reports whether f is a unit's place and its group's name written
// at token i of the body with the group's hit right after the place, and
// nothing else covering the place: the unit's short form takes that hit.
func (f *hanName) overGroup(hits []hit, covered []bool, i int) bool {
	if f.groupAt == 0 || slices.Contains(covered[i:i+f.groupAt], true) {
		return false
	}
	for _, o := range hits {
		if o.src == 1 && o.company == f.group && o.pos == i+f.groupAt && o.end == i+len(f.runes) {
			return true
		}
	}
	return false
}

// onlyDesc reports whether tokens [a, end) are only trade, generic,
// group and descriptor words ("新材料科技", "稀土", "矿业集团", "国家稀土集团"):
// words that describe a business, with no place or name of its own.
func (h *hanWords) onlyDesc(ts *tokens, a, end int) bool {
	// ok[p] is whether tokens [a, p) split into such words.
	var buf [maxHanName + 8]bool
	ok := buf[:0]
	if end-a+1 > len(buf) {
		ok = make([]bool, 0, end-a+1)
	}
	ok = append(ok, true)
	for p := a + 1; p <= end; p++ {
		ok = append(ok, false)
	}
	for p := a; p < end; p++ {
		if !ok[p-a] || p > a && !hanJoined(ts, p) {
			continue
		}
		for _, w := range h.onlyWords {
			if hanMatch(ts, p, end, w) {
				ok[p-a+len(w)] = true
			}
		}
	}
	return ok[end-a]
}

// distinct is a name without its trade, generic and group words: its place
// and its own name ("江西某某" for "江西某某磁材科技"), the longest such word
// read first.
func (h *hanWords) distinct(ts *tokens, a, end int) []rune {
	var out []rune
	for p := a; p < end; {
		if l := hanWordAt(ts, p, end, h.desc); l > 0 && (p == a || hanJoined(ts, p)) {
			p += l
			continue
		}
		if hanAt(ts, p) {
			out = append(out, hanRune(ts, p))
		}
		p++
	}
	return out
}

// hanRunes are the Han characters of tokens [a, b), brackets left out.
func hanRunes(ts *tokens, a, b int) []rune {
	out := make([]rune, 0, b-a)
	for p := a; p < b; p++ {
		if hanAt(ts, p) {
			out = append(out, hanRune(ts, p))
		}
	}
	return out
}

// brand is a name's distinctive part: its characters from a (after its
// place) to the first trade or group word, when no bracket stands between
// ("青岚某锋" in "湖南青岚某锋新材料").
func (h *hanWords) brand(ts *tokens, a, end int) []rune {
	for p := a; p < end; p++ {
		if p > a && !hanJoined(ts, p) {
			return nil
		}
		if hanWordAt(ts, p, end, h.trade) > 0 || hanWordAt(ts, p, end, h.group) > 0 {
			return hanRunes(ts, a, p)
		}
	}
	return nil
}

// shortNameAfter returns the short name a bracket after a name gives it
// ("（下称“青岚公司”）", "（以下简称“某某锂业”）"), or nil.
func (h *hanWords) shortNameAfter(ts *tokens, next int) []rune {
	w, _ := h.shortNameSpan(ts, next)
	return w
}

// shortNameSpan is shortNameAfter with the token after the short name.
func (h *hanWords) shortNameSpan(ts *tokens, next int) ([]rune, int) {
	n := len(ts.toks)
	if next >= n || !strings.ContainsAny(ts.gap(next), "(\uff08") {
		return nil, 0
	}
	l := hanWordAt(ts, next, n, h.shortCues)
	if l == 0 {
		return nil, 0
	}
	q := next + l
	if q >= n || !strings.ContainsAny(ts.gap(q), "\u201c\"\u300c") {
		return nil, 0
	}
	e := q + 1
	for e < n && hanJoined(ts, e) {
		e++
	}
	if e-q > 8 || (e < n && !strings.ContainsAny(ts.gap(e), "\u201d\"\u300d")) {
		return nil, 0
	}
	return hanRunes(ts, q, e), e
}

// knownHitIn is the company of the body's known hit inside tokens [a, end),
// the longest when more than one is, or -1.
func knownHitIn(hits []hit, a, end int) int {
	c, l := -1, 0
	for _, o := range hits {
		if o.src == 1 && o.company >= 0 && o.pos >= a && o.end <= end && o.end-o.pos > l {
			c, l = o.company, o.end-o.pos
		}
	}
	return c
}

// descOnly reports whether the runes w are only trade, generic and group
// words, with "公司" after them or alone ("公司", "集团公司"): a short
// name that names nothing of its own.
func (h *hanWords) descOnly(w []rune) bool {
	if l := len(w); l >= 2 && w[l-2] == '公' && w[l-1] == '司' {
		w = w[:l-2] // "集团公司", "公司"
	}
	ok := make([]bool, len(w)+1)
	ok[0] = true
	for p := 0; p < len(w); p++ {
		if !ok[p] {
			continue
		}
		for _, d := range h.desc {
			if len(d) <= len(w)-p && slices.Equal(w[p:p+len(d)], d) {
				ok[p+len(d)] = true
			}
		}
	}
	return ok[len(w)]
}

// knownHanName reports whether tokens [a, end) are a known company the
// item found, with only generic, group and trade words after it ("贝某瑞新
// 材料集团", "某某锂业科技", "某某锂业股份"), and before it nothing, a place
// ("浙江华友钴业") or words no list has, which are no part of a name that
// ends in the known one ("一行先到某某锂业股份有限公司"). A place, then a
// known name, then a trade word is a unit named from its group ("惠州市贝某瑞
// 新材料科技"), not the group: known is false and start is where the unit
// starts, its place (words before the place dropped). Otherwise start is a.
func (d *Dictionary) knownHanName(ts *tokens, hits []hit, a, end int) (start int, known bool) {
	h := d.words.han
	for _, o := range hits {
		if o.src != 1 || o.company < 0 || o.pos < a || o.end > end {
			continue
		}
		trade := false
		rest := o.end
		closing := false // the word before rest sat in brackets: "(集团)"
		for rest < end {
			// A group or generic word in brackets goes on the name, as in
			// "中国某某稀土(集团)高科技股份有限公司".
			opening := !hanJoined(ts, rest) && bracketGap(ts, rest, "(\uff08")
			if !hanJoined(ts, rest) && !opening && !(closing && bracketGap(ts, rest, ")\uff09")) {
				break
			}
			l := hanWordAt(ts, rest, end, h.group)
			if l == 0 {
				l = hanWordAt(ts, rest, end, h.generic)
			}
			if l == 0 && !opening {
				if l = hanWordAt(ts, rest, end, h.trade); l > 0 {
					trade = true
				}
			}
			if l == 0 || opening && (rest+l >= end || !bracketGap(ts, rest+l, ")\uff09")) {
				break
			}
			closing = opening
			rest += l
		}
		if rest != end {
			continue
		}
		// The place right before the known name, if any.
		place := o.pos
		for k := a; k < o.pos; k++ {
			if h.placeLen(ts, k, end) == o.pos-k && hanJoined(ts, o.pos) {
				place = k
				break
			}
		}
		if trade && place < o.pos {
			return place, false
		}
		return a, true
	}
	return a, false
}

// yearLike reports four digits from 1900 to 2099: written in brackets after
// a name with no exchange, and no company of the dictionary listed under
// them, they are a year ("联盟(2019)年会"), not a Hong Kong code.
func yearLike(code string) bool {
	return len(code) == 4 && (code[:2] == "19" || code[:2] == "20")
}

// chineseTicker looks up a stock code written after a Chinese name: with
// its exchange ("SH", "SZ", "HK") or, without one, by the code's form (six
// digits opening 6 are Shanghai's, 0 and 3 Shenzhen's; four or five digits
// Hong Kong's).
func (d *Dictionary) chineseTicker(exch, code string) (int, bool) {
	e := strings.ToUpper(exch)
	switch {
	case e == "SH" || e == "SS":
		e = "SHA"
	case e == "SZ":
		e = "SHE"
	case e == "HK":
		e = "HKEX"
	case e == "" && len(code) == 6 && code[0] == '6':
		e = "SHA"
	case e == "" && len(code) == 6 && (code[0] == '0' || code[0] == '3'):
		e = "SHE"
	case e == "" && len(code) <= 5:
		e = "HKEX"
	default:
		return 0, false
	}
	return d.lookupTicker(e, code)
}

// suffixAfter returns the token after the group word and legal form that
// follow a list member at token q, before token end ("中国某铝集团有限公司、
// 中国某矿集团有限公司、..."): they are no words between the members. It
// returns q when none follows.
func (h *hanWords) suffixAfter(ts *tokens, q, end int) int {
	if q >= end || !hanJoined(ts, q) {
		return q
	}
	if g := hanWordAt(ts, q, end, h.group); g > 0 {
		q += g
	}
	if q < end && hanJoined(ts, q) {
		q += hanWordAt(ts, q, end, h.legal)
	}
	return q
}

// parentBeforeUnit reports a Han name hit h followed right away by a unit
// cue and another company's hit: "某某集团所属某某稀土集团" names h's company
// as the parent of the unit after it.
func (h *hanWords) parentBeforeUnit(ts *tokens, x hit, hits []hit) bool {
	if !hanAt(ts, x.end-1) || !hanJoined(ts, x.end) {
		return false
	}
	l := hanWordAt(ts, x.end, len(ts.toks), h.unitCues)
	if l == 0 {
		return false
	}
	o, ok := hitAt(hits, x.src, x.end+l)
	return ok && o.name != x.name
}

// groupRefSents returns the company a standalone "集团公司" (group_anaphora)
// stands for and the body sentences (before the footer, outside quotes)
// that hold one: "集团公司资源部总经理代表集团公司祝贺", a unit's release calling
// its parent, means the one company the item names with a group word
// (group_suffixes). A reference inside a company's naming, or right after
// one ("某某集团公司"), is that name; with no group company, or two, it
// stands for none. It returns "" when there is none.
func (h *hanWords) groupRefSents(srcs *[2]tokens, sents []int32, hits []hit, bodyStart, footer int) (string, []int32) {
	if len(h.groupAna) == 0 {
		return "", nil
	}
	ts := &srcs[1]
	var out []int32
	for i := 0; i < len(ts.toks) && i < footer; i++ {
		if !hanAt(ts, i) || int(ts.toks[i].start) < bodyStart || ts.has(i, fQuoted) {
			continue
		}
		l := hanWordAt(ts, i, len(ts.toks), h.groupAna)
		if l == 0 {
			continue
		}
		if _, in := hitCovering(hits, i); in || slices.ContainsFunc(hits, func(o hit) bool { return o.src == 1 && o.end == i && hanJoined(ts, i) }) {
			i += l - 1
			continue // "某某集团公司": the name itself
		}
		if s := sents[i]; !slices.Contains(out, s) {
			out = append(out, s)
		}
		i += l - 1
	}
	if len(out) == 0 {
		return "", nil
	}
	name := ""
	for _, o := range hits {
		if !hanHas(&srcs[o.src], o.pos, o.end, h.group) {
			continue
		}
		if name != "" && name != o.name {
			return "", nil // two groups: the reference is ambiguous
		}
		name = o.name
	}
	if name == "" {
		return "", nil
	}
	return name, out
}

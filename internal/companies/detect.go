package companies

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Case rules for one token of a name.
const (
	caseAny   uint8 = iota // lower-case or uncased in the name ("ioneer", "de", "&", 北)
	caseTitle              // "Lynas": the text must start with a capital
	caseUpper              // "MP", "CNRE": the text must have no lower-case letter
	caseExact              // "IperionX", "enCore": exactly as written, or all capitals
)

// pattern is one compiled name, alias or former name.
type pattern struct {
	keys    []string // folded token keys
	gaps    []string // gap class before each token (gaps[0] unused)
	cases   []uint8
	texts   []string // token text as written in the data file
	company int
	former  int  // 1 + index in the company's Former list; 0 for a current name
	weak    bool // short all-caps alias: counts only with stronger evidence
	generic bool // made only of common words: checked against its context
}

func (p *pattern) signature() string {
	var b strings.Builder
	for i, k := range p.keys {
		if i > 0 {
			b.WriteString("\x00" + p.gaps[i] + "\x00")
		}
		b.WriteString(k)
	}
	return b.String()
}

func (d *Dictionary) compilePattern(name string, company int, canonical bool) *pattern {
	ts := d.words.tokenize(name)
	if len(ts.toks) == 0 {
		return nil
	}
	p := &pattern{company: company, generic: true}
	for i := range ts.toks {
		p.keys = append(p.keys, ts.key(i))
		p.texts = append(p.texts, ts.text(i))
		p.gaps = append(p.gaps, gapClass(ts.gap(i), false))
		c := caseAny
		switch {
		case !ts.has(i, fHasLetter) || ts.has(i, fSingle):
		case ts.allCaps(i):
			c = caseUpper
		case ts.has(i, fUpperInit) && ts.text(i)[1:] == strings.ToLower(ts.text(i)[1:]):
			c = caseTitle
		case ts.text(i) != strings.ToLower(ts.text(i)):
			c = caseExact
		}
		p.cases = append(p.cases, c)
		if !d.words.common[ts.key(i)] {
			p.generic = false
		}
	}
	p.weak = !canonical && len(p.keys) == 1 && p.cases[0] == caseUpper && ts.toks[0].runes <= 3
	return p
}

// caseKey is p's case rules with the spelling of its exact-case tokens,
// which match only as written (or in capitals).
func (p *pattern) caseKey() string {
	var b strings.Builder
	b.WriteString(string(p.cases))
	for j, c := range p.cases {
		if c == caseExact {
			b.WriteString("\x00" + p.texts[j])
		}
	}
	return b.String()
}

// matchAt reports whether p matches the tokens starting at i.
func (p *pattern) matchAt(ts *tokens, i int) bool {
	if i+len(p.keys) > len(ts.toks) {
		return false
	}
	for j, k := range p.keys {
		t := i + j
		if ts.key(t) != k {
			return false
		}
		if j > 0 && gapClass(ts.gap(t), ts.toks[t].para) != p.gaps[j] {
			return false
		}
		switch p.cases[j] {
		case caseTitle:
			if !ts.has(t, fUpperInit) && (j == 0 || !hyphenated(ts, t)) {
				return false
			}
		case caseUpper:
			if ts.has(t, fHasLower) && !titleOfUpper(ts, t) {
				return false
			}
		case caseExact:
			if ts.text(t) != p.texts[j] && !ts.allCaps(t) && !titleOfExact(ts, t, p.texts[j]) && !mixedOfExact(ts, t, p.texts[j]) {
				return false
			}
		}
	}
	return true
}

// hyphenated reports token t joined to the one before it by a hyphen:
// after a hyphen the press drops the capital a name's data writes ("China
// Tungsten High-tech", "Rare-earth", "Hi-tech" for "High-Tech"), so a
// title-case word there may be written in lower case. Only inside a name
// (never its first word), so the words before it have matched as written.
func hyphenated(ts *tokens, t int) bool {
	if ts.toks[t].para {
		return false
	}
	switch ts.gap(t) {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}

// titleOfExact reports token t written in title case ("Reetec") for a
// mixed-case name that starts with a capital ("REEtec", "NioCorp"): the
// press often writes such names so. Not for short names, nor for names
// that start in lower case ("enCore" is not "Encore").
func titleOfExact(ts *tokens, t int, name string) bool {
	if ts.toks[t].runes < 5 || name == "" || name[0] < 'A' || name[0] > 'Z' || !ts.has(t, fUpperInit) {
		return false
	}
	s := ts.text(t)
	return s[1:] == strings.ToLower(s[1:])
}

// mixedOfExact reports token t written in mixed case with its inner
// capitals elsewhere than a mixed-case name's ("REAlloys" for "REalloys",
// "ReELement" for "ReElement"): the press moves the capitals of such
// names. Like titleOfExact, not for short names nor for names that start
// in lower case; the token's letters fold to the name's (its key matched).
func mixedOfExact(ts *tokens, t int, name string) bool {
	if ts.toks[t].runes < 5 || name == "" || name[0] < 'A' || name[0] > 'Z' || !ts.has(t, fUpperInit) {
		return false
	}
	return mixedCase(ts.text(t)) && mixedCase(name)
}

// titleOfUpper reports token t written in title case ("Posco",
// "Sopamin") for an all-caps name of five letters or more, as much of the
// press writes them; shorter acronyms ("MP", "CATL") keep their capitals.
func titleOfUpper(ts *tokens, t int) bool {
	if ts.toks[t].runes < 5 || !ts.has(t, fUpperInit) {
		return false
	}
	s := ts.text(t)
	return s[1:] == strings.ToLower(s[1:])
}

// hit is one mention found in a title or text.
type hit struct {
	src     int    // 0 title, 1 text
	pos     int    // first token
	end     int    // one past the last token
	company int    // dictionary index, or -1 for a company known only by its ticker
	name    string // canonical or extracted name
	weak    bool
	acr     string // text of a single all-caps token match, for acronym overrides
	former  int    // the pattern's former (see pattern.former)
}

// Detect returns the canonical names of the companies mentioned in title and
// text, in order of first appearance (title first), without duplicates. A
// company that is not in the dictionary but is cited with a ticker, as in
// "Kaso Minerals Ltd (ASX: KSM)", is reported by the name before the ticker.
// Detect returns nil when nothing is found.
func (d *Dictionary) Detect(title, text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, h := range d.hits(title, text) {
		if seen[h.name] {
			continue
		}
		seen[h.name] = true
		out = append(out, h.name)
	}
	return out
}

// hits returns every counted mention in title and text, ordered by source
// (title first) and position; weak aliases without a stronger mention of
// their company are dropped.
func (d *Dictionary) hits(title, text string) []hit {
	sc := d.scratch.Get().(*scratch)
	defer d.scratch.Put(sc)
	var srcs [2]tokens
	for s, in := range [2]string{title, text} {
		srcs[s] = d.words.tokenizeInto(in, sc.toks[s], sc.keys[s])
		sc.toks[s], sc.keys[s] = srcs[s].toks, srcs[s].keyBuf
	}
	return d.collect(&srcs)
}

// maxHits bounds the namings one item is read for: the first maxHits in
// order of appearance (title first). A published item names companies a
// few dozen times at most; a hostile one repeating a name thousands of
// times would otherwise cost time that grows faster than its length in the
// rules that compare namings with one another.
const maxHits = 400

// capHits keeps the first maxHits of hits.
func capHits(hits []hit) []hit {
	if len(hits) > maxHits {
		return hits[:maxHits]
	}
	return hits
}

// collect returns every confirmed mention in the tokenised title and text,
// in order of appearance (title first). Weak aliases of companies named no
// more strongly are left out.
func (d *Dictionary) collect(srcs *[2]tokens) []hit {
	var hits []hit
	for s := range srcs {
		hits = d.scanNames(&srcs[s], s, hits)
	}
	hits = capHits(hits)
	// Acronyms defined in this item ("Nouveau Monde Graphite (NMG)") and
	// acronyms defined as something else ("Member of Parliament (MP)").
	local := map[string]int{}
	for s := range srcs {
		d.definitions(&srcs[s], s, hits, local)
	}
	if len(local) > 0 {
		hits = applyDefinitions(srcs[:], hits, local, d)
	}
	for s := range srcs {
		hits = d.scanTickers(&srcs[s], s, hits)
	}
	hits = capHits(hits)

	strong := map[int]bool{}
	for _, h := range hits {
		if !h.weak && h.company >= 0 {
			strong[h.company] = true
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].src != hits[b].src {
			return hits[a].src < hits[b].src
		}
		return hits[a].pos < hits[b].pos
	})
	// A weak alias the item once uses as a company ("the CBC consortium",
	// "CBC will invest") stands for it everywhere in the item ("signed
	// with China's CBC"), as a defined acronym does.
	var credit map[int]bool
	for _, h := range hits {
		if h.weak && h.src == 1 && creditLine(&srcs[1], h) {
			if credit == nil {
				credit = map[int]bool{}
			}
			credit[h.company] = true
		}
	}
	for k, h := range hits {
		if h.weak && !strong[h.company] && !credit[h.company] && (inPeerList(srcs, hits, k) || d.describedAsCompany(&srcs[h.src], h.end) ||
			d.describedBefore(&srcs[h.src], h.pos) || d.actsAsCompany(&srcs[h.src], h.end) || d.titleAfter(&srcs[h.src], h.end) && namedAgain(hits, k) || d.ownsNext(srcs, hits, k) ||
			d.spelledOutBefore(&srcs[h.src], h)) {
			strong[h.company] = true
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if h.weak && !strong[h.company] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// creditLine reports a weak hit written as a dateline's credit, "SHANGHAI,
// Feb 12 (SMM) -": the publisher (a price agency, a wire), which the item
// then cites ("SMM expects prices to ..."), not a company of the trade.
func creditLine(ts *tokens, h hit) bool {
	if h.end >= len(ts.toks) || !strings.HasSuffix(ts.gap(h.pos), "(") {
		return false
	}
	g := ts.gap(h.end)
	return strings.HasPrefix(g, ")") && strings.ContainsAny(g, "-–—")
}

// ownsNext reports a weak hit hits[k] written as the possessive of the next
// company, which the dictionary gives it as parent: "ERG's Metalkol". hits
// must be sorted by source and position.
func (d *Dictionary) ownsNext(srcs *[2]tokens, hits []hit, k int) bool {
	h := hits[k]
	ts := &srcs[h.src]
	if h.company < 0 || h.end != h.pos+1 || !ts.has(h.pos, fPossessive) || k+1 >= len(hits) {
		return false
	}
	o := hits[k+1]
	return o.src == h.src && o.pos == h.end && o.company >= 0 && d.companies[o.company].Parent == d.companies[h.company].Name
}

// describedAsCompany reports a short all-caps name ending before token e
// that the text calls a company right after it: "the CBC consortium",
// "CBC, the consortium led by CATL", "ERG, the Kazakh miner". A stray
// acronym ("told CBC News", "reported by CBC") is not described so.
func (d *Dictionary) describedAsCompany(ts *tokens, e int) bool {
	n := len(ts.toks)
	if e >= n || ts.toks[e].para {
		return false
	}
	isNoun := func(i int) bool {
		k := ts.key(i)
		return !ts.capitalised(i) && (k == "consortium" || d.roles.companyNoun[k])
	}
	if d.words.han.acronymCompany(ts, e) {
		return true // "TFM公司" (session 37)
	}
	if ts.joined(e) && ts.gap(e) == "" {
		return isNoun(e)
	}
	if strings.TrimSpace(ts.gap(e)) != "," {
		return false
	}
	if k := ts.key(e); k != "a" && k != "an" && k != "the" {
		return false
	}
	for i := e + 1; i < n && i <= e+5 && ts.joined(i); i++ {
		if isNoun(i) {
			return true
		}
		if i+1 < n && ts.gap(i+1) == "-" && d.roles.businessForm[ts.key(i+1)] {
			i++ // "KCC, the Glencore-controlled miner"
			continue
		}
		if ts.capitalised(i) && !d.roles.place[ts.key(i)] {
			return false
		}
	}
	return false
}

// describedBefore reports a short all-caps name at token i right after a
// company noun ("the consortium CBC", "the Chinese consortium CBC", "Kazakh
// miner ERG") or a business form joined by a hyphen ("Kazakhstan-backed
// ERG", "Perth-based IGO"), or after a place's possessive with a business
// clause after it ("Kazakhstan's ERG, which runs the Pavlodar refinery").
// "told CBC News", "reported by CBC" and "Canada's CBC reported" stay out.
func (d *Dictionary) describedBefore(ts *tokens, i int) bool {
	if i == 0 || ts.toks[i].para {
		return false
	}
	k := ts.key(i - 1)
	if ts.has(i-1, fPossessive) && d.roles.place[k] {
		return d.businessClause(ts, i+1)
	}
	if !ts.joined(i) || ts.gap(i) != "" {
		return false
	}
	if !ts.capitalised(i-1) && (k == "consortium" || d.roles.companyNoun[k]) {
		return true
	}
	if d.latinNounBefore(ts, i) || d.nationalNounBefore(ts, i) {
		return true
	}
	if i >= 2 && ts.gap(i-1) == "-" && d.roles.businessForm[k] {
		return true
	}
	return false
}

// latinNounBefore reports a lower-case Spanish, Portuguese or French
// company noun right before token i, which is joined to it, or before one
// lower-case nationality adjective that is: "el consorcio CBC", "el
// consorcio chino CBC", "las empresas chinas CBC", "la estatal YLB", "le
// groupe chinois X". These languages put the nationality after the noun,
// where English puts it before ("the Chinese consortium CBC").
func (d *Dictionary) latinNounBefore(ts *tokens, i int) bool {
	j := i - 1
	if ts.capitalised(j) {
		return false
	}
	if d.roles.latinNoun[ts.key(j)] {
		return true
	}
	if j < 1 || !d.roles.latinNational[ts.key(j)] || !ts.joined(j) || ts.gap(j) != "" {
		return false
	}
	return !ts.capitalised(j-1) && d.roles.latinNoun[ts.key(j-1)]
}

// nationalNounBefore reports a lower-case Spanish, Portuguese or French
// nationality adjective written as the noun, after an article, right
// before token i: "la china CBC", "la rusa X", "a chinesa X" (these
// languages drop "empresa" in "la empresa china CBC"). "El periodista chino
// X" (a person) and "la China X" (the country) stay out.
func (d *Dictionary) nationalNounBefore(ts *tokens, i int) bool {
	j := i - 1
	if j < 1 || ts.capitalised(j) || !d.roles.latinNational[ts.key(j)] || !ts.joined(j) || ts.gap(j) != "" {
		return false
	}
	return d.roles.latinArticle[ts.key(j-1)]
}

// titleAfter reports an officer's capitalised title right after a short
// all-caps name ending before token e, as English press writes it before
// the officer's name (weak_alias_titles_after): "MCC Chairman Guo
// Wenqing", "MCC General Manager Li". "CBC News" stays out.
func (d *Dictionary) titleAfter(ts *tokens, e int) bool {
	n := len(ts.toks)
	if e >= n || !ts.joined(e) || ts.gap(e) != "" || !ts.capitalised(e) {
		return false
	}
	for l := 0; l < 2 && e+l < n; l++ {
		if l > 0 && (!ts.joined(e+l) || ts.gap(e+l) != "") {
			break
		}
		if d.roles.titleAfter.is(ts, e, e+l) {
			return true
		}
	}
	return false
}

// namedAgain reports another hit of hits[k]'s company in hits. An
// officer's title after a short all-caps name (titleAfter) makes it the
// company only in an item that names it again: in a string of one
// person's titles ("X's President and MCC Chairman, met ...") the name is
// the person's, and the item is about someone else.
func namedAgain(hits []hit, k int) bool {
	for j, h := range hits {
		if j != k && h.company == hits[k].company {
			return true
		}
	}
	return false
}

// businessClause reports a business verb right after a name ending before
// token e ("YLB signed") or a relative clause opening with one (", which
// runs the Pavlodar refinery").
func (d *Dictionary) businessClause(ts *tokens, e int) bool {
	if e+1 < len(ts.toks) && !ts.toks[e].para && strings.TrimSpace(ts.gap(e)) == "," && (ts.key(e) == "which" || ts.key(e) == "that") {
		switch v := ts.key(e + 1); v {
		case "runs", "operates", "owns", "holds", "mines", "produces", "controls", "built", "bought":
			return true
		case "said", "says", "reported", "reports", "told":
			return false
		default:
			return d.roles.companyVerb[v]
		}
	}
	return d.actsAsCompany(ts, e)
}

// actsAsCompany reports a short all-caps name ending before token e that a
// business verb follows: "YLB signed", "ERG plans", "KCC produced". Verbs
// of speech stay out ("CBC reported", "CBC said"): a broadcaster says too.
func (d *Dictionary) actsAsCompany(ts *tokens, e int) bool {
	if e >= len(ts.toks) || !ts.joined(e) || ts.gap(e) != "" || ts.capitalised(e) {
		return false
	}
	switch k := ts.key(e); k {
	case "said", "says", "reported", "reports", "told", "confirmed", "confirms", "announced", "announces":
		return false
	default:
		return d.roles.companyVerb[k] || d.roles.latinVerb[k]
	}
}

// inPeerList reports whether the weak hit hits[k] stands in a list next to a
// company named strongly: "Glencore, ERG and Gécamines", "Glencore and ERG".
// A short all-caps form beside a named peer is that company, not a stray
// acronym. hits must be sorted by source and position.
func inPeerList(srcs *[2]tokens, hits []hit, k int) bool {
	h := hits[k]
	ts := &srcs[h.src]
	strongAt := func(j int) bool {
		return j >= 0 && j < len(hits) && hits[j].src == h.src && !hits[j].weak && hits[j].company >= 0 && hits[j].company != h.company
	}
	// listGap reports whether tokens a (end of one name) and b (start of the
	// next) are joined by ", " or " and " / " or " in one paragraph.
	listGap := func(a, b int) bool {
		if b == a && b < len(ts.toks) && !ts.toks[b].para {
			return ts.gap(b) == ","
		}
		if b == a+1 && b < len(ts.toks) && !ts.toks[a].para && !ts.toks[b].para {
			g := ts.gap(a)
			return (g == "" || g == ",") && ts.gap(b) == "" && (ts.key(a) == "and" || ts.key(a) == "or")
		}
		return false
	}
	if strongAt(k-1) && listGap(hits[k-1].end, h.pos) {
		return true
	}
	return strongAt(k+1) && listGap(h.end, hits[k+1].pos)
}

// scanNames finds dictionary names, longest match first at each token.
func (d *Dictionary) scanNames(ts *tokens, src int, hits []hit) []hit {
	n := len(ts.toks)
	for i := 0; i < n; {
		matched := 0
		var ps []*pattern
		if k := ts.key(i); d.filterAt(ts, i).May(k) {
			ps = d.patternsAt(k)
		}
		for _, p := range ps {
			if !p.matchAt(ts, i) {
				continue
			}
			end := i + len(p.keys)
			if p.generic && !d.genericOK(ts, i, end) {
				continue
			}
			if d.insideWord(ts, i, end) {
				// "バーレ" in "バーレーン", "포스코" in "포스코센터".
				continue
			}
			if len(p.keys) == 1 && p.cases[0] != caseUpper && end < n && ts.joined(end) && d.words.placeTail[ts.key(end)] {
				continue
			}
			if d.words.han.industryAfter(ts, end) {
				// "赣州稀土产业": the place's industry, not the company
				// 赣州稀土 (session 40).
				matched = len(p.keys)
				break
			}
			if zoneAfter(ts, end) {
				// "the Baotou Rare Earth High-Tech Zone": a place named for the
				// industry; no shorter name inside it either.
				matched = len(p.keys)
				break
			}
			h := hit{src: src, pos: i, end: end, company: p.company, name: d.companies[p.company].Name, weak: p.weak, former: p.former}
			if p.generic && src == 0 && !d.words.suffix[p.keys[len(p.keys)-1]] && d.titleContinues(ts, end) {
				h.weak = true
			}
			if len(p.keys) == 1 && ts.allCaps(i) {
				h.acr = ts.text(i)
			}
			hits = append(hits, h)
			matched = len(p.keys)
			break
		}
		if matched == 0 {
			matched = 1
		}
		i += matched
	}
	return hits
}

// patternsAt returns the patterns whose first token key is k, longest
// first.
func (d *Dictionary) patternsAt(k string) []*pattern {
	if i, ok := d.patternIndex.Get(k); ok {
		return d.patternLists[i]
	}
	return nil
}

// filterAt returns the filter of the pattern keys that may start at token
// i: a word that starts in lower case and has lower-case letters can only
// begin a pattern whose first word is caseAny or caseExact (caseTitle and
// caseUpper want a capital first), so most words skip the lookup.
func (d *Dictionary) filterAt(ts *tokens, i int) *text.KeyFilter {
	if ts.toks[i].flags&(fUpperInit|fHasLower) == fHasLower {
		return &d.lowerFilter
	}
	return &d.patternFilter
}

// startsLower reports a pattern whose first word may be written in lower
// case.
func startsLower(p *pattern) bool { return p.cases[0] == caseAny || p.cases[0] == caseExact }

// titleContinues reports whether a title goes on with another capitalised
// word after token e-1, so a generic name there may only begin a title-case
// phrase ("Canada Nickel Output Rises", "Global Atomic Energy Agency"). Such
// a title mention counts only when the item names the company elsewhere.
func (d *Dictionary) titleContinues(ts *tokens, e int) bool {
	if e >= len(ts.toks) || !ts.joined(e) || !ts.capitalised(e) || ts.has(e, fDigitInit) {
		return false
	}
	k := ts.key(e)
	return !d.words.suffix[k] && !d.words.function[k]
}

// genericOK decides whether a name made of common words, found at tokens
// [s, e), names the company rather than being part of a longer proper noun
// ("Clean Energy Fuels", "Department of Mineral Resources", "Mineral
// Resources Tax").
func (d *Dictionary) genericOK(ts *tokens, s, e int) bool {
	w := &d.words
	if s > 0 && ts.joined(s) {
		p := s - 1
		pk := ts.key(p)
		if ts.capitalised(p) && !w.function[pk] && !(ts.allCaps(p) && ts.toks[p].runes <= 3) {
			return false
		}
		// "Department of Mineral Resources"; not "the Party committee of
		// China Rare Earth Resources and Technology Co., Ltd.".
		if (pk == "of" || pk == "for") && p > 0 && ts.joined(p) && w.instHead[ts.key(p-1)] && !partyBody(ts, p-1) {
			return false
		}
		// "Ministry of Energy and Mineral Resources"
		if (pk == "and" || pk == "&") && p >= 3 && ts.joined(p) && ts.capitalised(p-1) && ts.joined(p-1) &&
			ts.key(p-2) == "of" && ts.joined(p-2) && w.instHead[ts.key(p-3)] {
			return false
		}
		if w.qualifier[pk] {
			return false
		}
		// "The information in this report that relates to Mineral
		// Resources is based on …": the competent person's statement of
		// a resource release names the JORC category, not the company.
		if pk == "to" && p > 0 && ts.joined(p) && (ts.key(p-1) == "relates" || ts.key(p-1) == "relate") {
			return false
		}
	}
	// "The Mineral Resource is open along strike": a name of common words
	// written with a singular "Resource" is the JORC term, not "Mineral
	// Resources" the company.
	if t := ts.text(e - 1); t == "Resource" || t == "RESOURCE" {
		return false
	}
	if e < len(ts.toks) && ts.joined(e) {
		if w.instTail[ts.key(e)] {
			return false
		}
		// "Critical Metals of the Future", "Western Areas of the country"
		if ts.key(e) == "of" {
			return false
		}
		// "Mineral Resources and Ore Reserves"
		if ts.key(e) == "and" && e+1 < len(ts.toks) && ts.joined(e+1) && ts.key(e+1) == "ore" {
			return false
		}
	}
	return true
}

// isAcronymToken reports an all-caps token of 2 to 8 runes starting with a letter.
func isAcronymToken(ts *tokens, i int) bool {
	t := &ts.toks[i]
	return t.runes >= 2 && t.runes <= 8 && ts.allCaps(i) && t.flags&(fDigitInit|fSingle) == 0
}

// definitions records "Full Name (ACR)" and "ACR (Full Name)" definitions.
// local maps the acronym text to a company index, or -1 when the acronym is
// defined as something that is not a known company.
func (d *Dictionary) definitions(ts *tokens, src int, hits []hit, local map[string]int) {
	n := len(ts.toks)
	idx := hitIndex{hits: hits, src: src}
	for i := 1; i < n; i++ {
		if !strings.HasSuffix(ts.gap(i), "(") || ts.toks[i].para {
			continue
		}
		// Full Name (ACR), Full Name (PT ACR)
		if j := d.words.prefixedAcronym(ts, i); isAcronymToken(ts, j) && (j+1 == n || strings.HasPrefix(ts.gap(j+1), ")")) {
			acr := ts.text(j)
			last := d.skipSuffixes(ts, i-1)
			if c, ok := idx.endingAt(last + 1); ok && !(len(c.acr) > 0 && c.acr == acr) {
				if c.company >= 0 {
					local[acr] = c.company
				}
				continue
			}
			if _, set := local[acr]; !set && initialsMatch(ts, last, acr, &d.words) {
				// The words spell out an acronym the dictionary knows
				// for a company named so ("Yacimientos del Litio
				// Boliviano (YLB)"): the company; any other acronym is
				// the item's own name for something else.
				local[acr] = d.spelledOutCompany(idx, ts, last, j, acr)
				if local[acr] < 0 {
					// "PT Gunbuster Nickel Industri (PT GNI)": a known
					// name matched short of the bracket, the words after
					// it a variant spelling of its own name's.
					local[acr] = d.spelledOutKnown(idx, ts, last, acr)
				}
			}
			continue
		}
		// ACR (Full Name)
		if isAcronymToken(ts, i-1) {
			for k := idx.startingAt(i); k >= 0; k = idx.next(k) {
				if h := &hits[k]; h.company >= 0 && !h.weak && (h.end == n || strings.HasPrefix(ts.gap(h.end), ")")) {
					local[ts.text(i-1)] = h.company
					break
				}
			}
		}
	}
}

// hitIndex finds the hits of one source by the token they start or end at,
// in their order in hits. The first few lookups read hits afresh; after
// them it indexes hits once, so a text with many parentheses costs
// O(parentheses + hits), not O(parentheses × hits).
type hitIndex struct {
	hits  []hit
	src   int
	asked int
	// Built after indexAfter lookups: byStart[t] and byEnd[t] are 1 + the
	// first hit starting or ending at token t (0 for none), nextStart[k]
	// and nextEnd[k] 1 + the next with the same start or end after hit k.
	byStart, byEnd, nextStart, nextEnd []int32
}

// indexAfter is how many lookups read hits afresh before hitIndex builds
// its index: an ordinary item asks a few and allocates nothing.
const indexAfter = 16

// build indexes the hits when the lookups have become many.
func (x *hitIndex) build() bool {
	if x.byEnd != nil {
		return true
	}
	if x.asked++; x.asked <= indexAfter {
		return false
	}
	top := 0
	for _, h := range x.hits {
		top = max(top, h.pos+1, h.end+1)
	}
	x.byStart, x.byEnd = make([]int32, top), make([]int32, top)
	x.nextStart, x.nextEnd = make([]int32, len(x.hits)), make([]int32, len(x.hits))
	for k := len(x.hits) - 1; k >= 0; k-- {
		if h := &x.hits[k]; h.src == x.src {
			x.nextStart[k], x.byStart[h.pos] = x.byStart[h.pos], int32(k+1)
			x.nextEnd[k], x.byEnd[h.end] = x.byEnd[h.end], int32(k+1)
		}
	}
	return true
}

// endingAt is hitEndingAt(hits, src, end).
func (x *hitIndex) endingAt(end int) (hit, bool) {
	if !x.build() {
		return hitEndingAt(x.hits, x.src, end)
	}
	if end < 0 || end >= len(x.byEnd) || x.byEnd[end] == 0 {
		return hit{}, false
	}
	return x.hits[x.byEnd[end]-1], true
}

// startingAt returns the first hit of the source starting at token pos, or
// -1; next(k) returns the one after hit k.
func (x *hitIndex) startingAt(pos int) int {
	if !x.build() {
		return x.scanStart(0, pos)
	}
	if pos < 0 || pos >= len(x.byStart) {
		return -1
	}
	return int(x.byStart[pos]) - 1
}

// next returns the hit after hit k with the same start, or -1.
func (x *hitIndex) next(k int) int {
	if x.nextStart == nil {
		return x.scanStart(k+1, x.hits[k].pos)
	}
	return int(x.nextStart[k]) - 1
}

// scanStart returns the first hit from k on of the source starting at pos,
// or -1, reading the hits.
func (x *hitIndex) scanStart(k, pos int) int {
	for ; k < len(x.hits); k++ {
		if x.hits[k].src == x.src && x.hits[k].pos == pos {
			return k
		}
	}
	return -1
}

// hitEndingAt returns the first of hits of source src ending at token end.
func hitEndingAt(hits []hit, src, end int) (hit, bool) {
	for _, h := range hits {
		if h.src == src && h.end == end {
			return h, true
		}
	}
	return hit{}, false
}

// initialsMatch reports whether the capitalised words ending at token last
// spell acr ("Member of Parliament" -> "MP"), with or without connectors.
func initialsMatch(ts *tokens, last int, acr string, w *wordSets) bool {
	if last < 0 {
		return false
	}
	var with, without []byte
	for k := last; k >= 0 && len(without) < len(acr)+2; k-- {
		if k < last && !ts.joined(k+1) {
			break
		}
		r, _ := utf8.DecodeRuneInString(ts.text(k))
		if r >= utf8.RuneSelf {
			break
		}
		c := byte(r)
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if ts.capitalised(k) {
			with = append(with, c)
			without = append(without, c)
		} else if w.connector[ts.key(k)] {
			with = append(with, c)
		} else {
			break
		}
		if reverseEquals(without, acr) || reverseEquals(with, acr) {
			return true
		}
	}
	return false
}

func reverseEquals(rev []byte, s string) bool {
	if len(rev) != len(s) {
		return false
	}
	for i := range rev {
		if rev[len(rev)-1-i] != s[i] {
			return false
		}
	}
	return true
}

// applyDefinitions rewrites single all-caps matches by the item's own
// definitions and adds mentions of newly defined acronyms.
func applyDefinitions(srcs []tokens, hits []hit, local map[string]int, d *Dictionary) []hit {
	out := hits[:0:0]
	covered := [2][]bool{make([]bool, len(srcs[0].toks)), make([]bool, len(srcs[1].toks))}
	for _, h := range hits {
		for p := h.pos; p < h.end; p++ {
			covered[h.src][p] = true
		}
		if h.acr != "" {
			if c, ok := local[h.acr]; ok {
				if c < 0 {
					continue
				}
				h.company, h.name, h.weak, h.former = c, d.companies[c].Name, false, 0
			}
		}
		out = append(out, h)
	}
	for s := range srcs {
		ts := &srcs[s]
		for i := range ts.toks {
			if covered[s][i] || !isAcronymToken(ts, i) {
				continue
			}
			if c, ok := local[ts.text(i)]; ok && c >= 0 {
				out = append(out, hit{src: s, pos: i, end: i + 1, company: c, name: d.companies[c].Name})
			}
		}
	}
	return out
}

// skipSuffixes steps back over legal suffixes ("Ltd", "Inc.", "Co., Ltd") that
// end at token i and returns the last token before them.
func (d *Dictionary) skipSuffixes(ts *tokens, i int) int {
	for i > 0 && d.words.suffix[ts.key(i)] && !ts.toks[i].para {
		i--
	}
	// "S.A.", "N.L." and "N.V." tokenise as two single letters joined by a
	// dot that spell a legal suffix; the Danish and Norwegian "A/S" as A, S.
	if i > 1 && (ts.gap(i) == "." && ts.toks[i].runes == 1 && ts.toks[i-1].runes == 1 && d.words.suffix[ts.key(i-1)+ts.key(i)] ||
		ts.key(i) == "s" && ts.key(i-1) == "a" && ts.gap(i) == "/") {
		i -= 2
	}
	return i
}

// scanTickers finds "(EXCH: SYM, EXCH: SYM)" groups, bare "EXCH:SYM" and
// "SYM.AX" forms. Known tickers name their company; an unknown ticker in
// parentheses names the capitalised words right before the parenthesis.
func (d *Dictionary) scanTickers(ts *tokens, src int, hits []hit) []hit {
	n := len(ts.toks)
	// Every exchange form is followed by a colon: a text without one has
	// only "SYM.AX" forms.
	colon := strings.IndexByte(ts.src, ':') >= 0 || strings.Contains(ts.src, "\uFF1A")
	// Past maxHits namings the rest is not read (collect keeps the first
	// maxHits anyway), so a body of repeated tickers stays linear.
	for i := 0; i < n && len(hits) < maxHits; i++ {
		// SYM.AX style.
		if i+1 < n && ts.gap(i+1) == "." && ts.toks[i+1].start == ts.toks[i].end+1 &&
			ts.gap(i) != "." && ts.allCaps(i+1) && !ts.has(i, fHasLower) {
			// A one-letter code with a one-letter suffix is a legal form's
			// initials ("S.A.", "N.V."), not a listing.
			if exch, ok := suffixExchange(ts.text(i + 1)); ok && (ts.toks[i].runes > 1 || ts.toks[i+1].runes > 1) {
				if c, ok := d.byTicker[tickerKey(exch, ts.text(i))]; ok {
					hits = append(hits, hit{src: src, pos: i, end: i + 2, company: c, name: d.companies[c].Name})
					i++
					continue
				}
			}
		}
		if !colon {
			continue
		}
		exch, el := exchangeAt(ts, i)
		if el == 0 || i+el >= n || !isColon(ts.gap(i+el)) {
			continue
		}
		inParens := strings.HasSuffix(ts.gap(i), "(") && !ts.toks[i].para
		if !inParens {
			sym, sl := symbolAt(ts, i+el)
			if sl == 0 {
				continue
			}
			if c, ok := d.lookupTicker(exch, sym); ok {
				hits = append(hits, hit{src: src, pos: i, end: i + el + sl, company: c, name: d.companies[c].Name})
			}
			i += el + sl - 1
			continue
		}
		// Parenthesised group: parse every EXCH: SYM item.
		groupStart := i
		known := -1
		any := false
		j := i
		for j < n {
			ex, l := exchangeAt(ts, j)
			if l == 0 || j+l >= n || !isColon(ts.gap(j+l)) {
				break
			}
			sym, sl := symbolAt(ts, j+l)
			if sl == 0 {
				break
			}
			any = true
			if c, ok := d.lookupTicker(ex, sym); ok && known < 0 {
				known = c
			}
			j += l + sl
			if j >= n {
				break
			}
			g := ts.gap(j)
			if g == "," || g == ";" || g == "/" || g == "|" {
				continue
			}
			if ts.key(j) == "and" && ts.joined(j) && j+1 < n {
				j++
				continue
			}
			break
		}
		if !any {
			continue
		}
		if known >= 0 {
			if h, ok := d.otherNameBefore(ts, src, groupStart-1, hits, known); ok {
				// "Equator Rare Earths Limited (ASX: EQR)": the ticker is the
				// name's, not the dictionary company's with the same code.
				hits = append(hits, h)
			} else {
				hits = append(hits, hit{src: src, pos: groupStart, end: j, company: known, name: d.companies[known].Name})
			}
		} else if strings.Contains(ts.gap(groupStart), ")") {
			// "(TSXV: TAMB) (OTCQB: TAMBF)": the first group named the company.
		} else if h, ok := d.nameBefore(ts, src, groupStart-1, hits); ok {
			hits = d.takeKnownIn(ts, src, groupStart-1, h, hits)
		}
		i = j - 1
	}
	return hits
}

func isColon(g string) bool { return g == ":" || g == "\uFF1A" }

func (d *Dictionary) lookupTicker(exch, sym string) (int, bool) {
	if c, ok := d.byTicker[tickerKey(exch, sym)]; ok {
		return c, true
	}
	if base, _, ok := strings.Cut(sym, "."); ok {
		if c, ok := d.byTicker[tickerKey(exch, base)]; ok {
			return c, true
		}
	}
	return 0, false
}

// nameBefore names the company whose ticker group starts after token last:
// a dictionary match ending there, or the capitalised words before the
// parenthesis with legal suffixes removed.
func (d *Dictionary) nameBefore(ts *tokens, src, last int, hits []hit) (hit, bool) {
	if last < 0 {
		return hit{}, false
	}
	last = d.skipSuffixes(ts, last)
	if h, ok := hitEndingAt(hits, src, last+1); ok && h.company >= 0 {
		h.weak = false
		return h, true
	}
	w := &d.words
	first := last + 1
	for k := last; k >= 0 && last-k < 8; k-- {
		if k < last && (!ts.joined(k+1) || spacedDash(ts, k+1) || headingBefore(ts, k+1) || dateAt(ts, k)) {
			break // "TORONTO, March 3, 2026 - Frontier Cobalt Inc.": a dateline, not a name; "HIGHLIGHTS": a heading
		}
		if p, ok := hitEndingAt(hits, src, k+1); ok {
			if p.company >= 0 && k+1 < last && ts.text(k+1) == "&" && d.ampersandJoins(ts, k+1) {
				first = p.pos // "Kestrel Tungsten & Antimony (ASX: KTX)": "&" continues the known name
			}
			break // "Lynas and Kaso Minerals (ASX: KSM)": stop at a known name
		}
		if ts.has(k, fPossessive) && k < last {
			break
		}
		if ts.capitalised(k) && !ts.has(k, fSingle) {
			first = k
			continue
		}
		if ts.key(k) == "of" && k > 0 && (ts.key(k-1) == "directors" || partyBody(ts, k-1)) {
			break // "The Board of Directors of Qorvath Metals Limited (NSE: QORMET)"
		}
		if (w.connector[ts.key(k)] || ts.text(k) == "&") && k > 0 && ts.joined(k) && ts.capitalised(k-1) {
			continue
		}
		break
	}
	for first <= last && (w.noise[ts.key(first)] || w.connector[ts.key(first)]) {
		first++
	}
	if first > last {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if isDigits(name) || !hasWordChar(name) {
		return hit{}, false
	}
	if c, ok := d.byName[foldString(name)]; ok {
		return hit{src: src, pos: first, end: last + 1, company: c, name: d.companies[c].Name}, true
	}
	if d.roles.outsideName[ts.key(first)] {
		return hit{}, false // "Tesla, Inc. (NASDAQ: TSLA)": a customer, listed but outside the chain
	}
	if k := ts.key(last); k == "index" || k == "indices" {
		return hit{}, false // "the S&P/ASX 200 Index (ASX: XJO)": a market index, not a company
	}
	return hit{src: src, pos: first, end: last + 1, company: -1, name: name}, true
}

// otherNameBefore returns the name a ticker group starting after token last
// belongs to when it is not company known: another dictionary company
// ("Beacon Rare Earths" where the same code is another company's on
// another exchange), or a candidate written with its legal form whose
// words none of known's names starts with ("Equator Rare Earths Limited
// (ASX: EQR)" is not EQ Resources, whatever the dictionary says). Its
// first word, or a distinctive later one, counts, and so does a name that
// is one of known's in another word order: French releases put the trade
// word first ("Exploration Kestrel inc. (TSXV: KXR)" is Kestrel
// Exploration, "Ressources Orlan inc." Orlan Resources). A ticker in
// brackets belongs to the name just before it.
func (d *Dictionary) otherNameBefore(ts *tokens, src, last int, hits []hit, known int) (hit, bool) {
	if last < 0 || ts.toks[last].para {
		return hit{}, false
	}
	h, ok := d.nameBefore(ts, src, last, hits)
	if !ok || h.company == known {
		return hit{}, false
	}
	if h.company >= 0 {
		return h, true
	}
	if p, ok := hitEndingAt(hits, src, h.pos); ok && p.company == known && ts.joined(h.pos) {
		return hit{}, false // "China Northern Rare Earth Group High-Tech Co. (SSE: 600111)": the known name's legal tail
	}
	if d.skipSuffixes(ts, last) == last || h.end-h.pos < 2 {
		return hit{}, false // "Shares (NYSE: MP) rose": no name before the bracket
	}
	c := &d.companies[known]
	var words []string // the candidate's words, sorted
	for p := h.pos; p < h.end; p++ {
		words = append(words, foldString(ts.text(p)))
	}
	slices.Sort(words)
	for _, n := range append([]string{c.Name}, c.Aliases...) {
		ws := strings.Fields(foldString(n))
		for p := h.pos; p < h.end; p++ {
			if k := foldString(ts.text(p)); k == ws[0] && (p == h.pos || d.distinctive(ts.key(p))) {
				return hit{}, false
			}
		}
		if slices.Sort(ws); slices.Equal(ws, words) {
			return hit{}, false // "Exploration Brunswick inc.": the name's own words in another order
		}
	}
	return h, true
}

// takeKnownIn appends the candidate h that an unknown ticker group after
// token last names. When a dictionary name runs straight into it and the
// name ends in a legal form ("Serra Verde Norte Minerals Inc. (TSXV:
// SVN)"), the junior's name begins with the known company's: the whole is
// one name, and the known company is not named there. A dictionary naming
// the group follows is not appended twice.
func (d *Dictionary) takeKnownIn(ts *tokens, src, last int, h hit, hits []hit) []hit {
	if h.company < 0 && h.pos > 0 && d.skipSuffixes(ts, last) < last && ts.joined(h.pos) && !ts.has(h.pos-1, fPossessive) {
		if p, ok := hitEndingAt(hits, src, h.pos); ok && p.company >= 0 && !p.weak && p.end-p.pos >= 2 {
			h.pos = p.pos
			h.name = collapseSpace(ts.src[ts.toks[h.pos].start:ts.toks[h.end-1].end])
			hits = slices.DeleteFunc(hits, func(o hit) bool { return o.src == src && o.pos == p.pos && o.end == p.end })
		}
	}
	if h.company >= 0 && slices.ContainsFunc(hits, func(o hit) bool { return o.src == src && o.pos == h.pos && o.end == h.end && o.company == h.company }) {
		return hits // "JL Mag Rare-Earth Co Ltd (OTCMKTS: JMREY)": the known naming is there once already
	}
	return append(hits, h)
}

// zoneAfter reports capitalised words joined to token e that end, within
// five words, in "Zone" or "Park": the name before them is part of an
// industrial zone's or park's name ("Baotou Rare Earth High-Tech Zone",
// "... High-tech Industrial Development Zone").
func zoneAfter(ts *tokens, e int) bool {
	for k := e; k < len(ts.toks) && k < e+5 && ts.joined(k) && (ts.capitalised(k) || ts.gap(k) == "-"); k++ {
		if k := ts.key(k); k == "zone" || k == "park" {
			return true
		}
	}
	return false
}

package companies

import (
	"slices"
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// maxAliasWords is the longest quoted alias a definition gives, in words.
const maxAliasWords = 4

// definedAlias is a short name an item defines for a company it names:
// "Kestrel Metals Limited (hereinafter referred to as "Kestrel Company")".
type definedAlias struct {
	keys    []string // the alias's folded words
	company int      // the company's dictionary index, or -1
	name    string   // the company's canonical or candidate name
	from    int      // the first token after the definition
}

// definedAliases reads the quoted short names the body defines for the
// companies it names, "X Co., Ltd. (hereinafter referred to as "Y")",
// "X Limited ("Y")", and makes each later use of Y a naming of X: a
// candidate read from Y ("Kestrel" in "Kestrel Company") or inside the
// definition is dropped. Chinese filings and translated press define a
// company once and write only the short name after it, so without this
// the company is named once and its later acts count for nobody. An alias
// that is only a company noun ("the Company") is left to the anaphora
// rules. The publisher's highlights (the text before byte hlEnd) are read
// for uses too: they sum up the body, so "X's plant" there names the
// company the body goes on to define ("Graphite One Inc. ("G1")") even
// though they come first. One pass over the hits and one over the
// tokens; the uses added stop at maxHits, as the scan's hits do.
func (d *Dictionary) definedAliases(ts *tokens, hits []hit, hlEnd int) []hit {
	var aliases []definedAlias
	byFirst := map[string][]int{}
	var defs [][2]int // the definitions' token ranges: every hit inside goes
	for _, h := range hits {
		if h.src != 1 {
			continue
		}
		as, open, ok := d.aliasAfter(ts, h)
		for _, a := range as {
			byFirst[a.keys[0]] = append(byFirst[a.keys[0]], len(aliases))
			aliases = append(aliases, a)
		}
		if ok {
			defs = append(defs, [2]int{open, as[0].from})
		}
	}
	if len(aliases) == 0 {
		return hits
	}
	named := map[[2]int]string{} // body hits by span, to find a use the scan already read
	for _, h := range hits {
		if h.src == 1 {
			named[[2]int{h.pos, h.end}] = h.name
		}
	}
	var added []hit
	var uses [][2]int // the uses added: other hits over them go
	for i := 0; i < len(ts.toks) && len(hits)+len(added) < maxHits; i++ {
		for _, ai := range byFirst[ts.key(i)] {
			a := &aliases[ai]
			end := i + len(a.keys)
			if i < a.from && int(ts.toks[i].start) >= hlEnd || end > len(ts.toks) || !ts.capitalised(i) || !aliasAt(ts, i, a.keys) ||
				end < len(ts.toks) && ts.joined(end) && ts.capitalised(end) && !ts.has(end-1, fPossessive) ||
				ts.joined(i) && ts.capitalised(i-1) && !ts.has(i-1, fPossessive) && !d.words.function[ts.key(i-1)] {
				continue // before its definition, or part of a longer name ("Kestrel Company Holdings", "Minera Kestrel")
			}
			if named[[2]int{i, end}] != a.name {
				added = append(added, hit{src: 1, pos: i, end: end, company: a.company, name: a.name})
				uses = append(uses, [2]int{i, end})
			}
			i = end - 1
			break
		}
	}
	inside := func(rs [][2]int, h hit) bool {
		return slices.ContainsFunc(rs, func(r [2]int) bool { return h.pos < r[1] && h.end > r[0] })
	}
	out := hits[:0:0]
	for _, h := range hits {
		if h.src == 1 && (inside(defs, h) || inside(uses, h)) {
			continue
		}
		out = append(out, h)
	}
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b hit) int {
		if a.src != b.src {
			return a.src - b.src
		}
		return a.pos - b.pos
	})
	return out
}

// aliasAt reports whether the words from token i are keys.
func aliasAt(ts *tokens, i int, keys []string) bool {
	for j, k := range keys {
		if ts.key(i+j) != k || j > 0 && !ts.joined(i+j) {
			return false
		}
	}
	return true
}

// maxAliases is how many quoted names one definition gives at most:
// ("Graphite One", "G1" or the "Company").
const maxAliases = 4

// aliasAfter reads the quoted aliases defined right after the naming h
// (after its legal form and any ticker brackets, "Kestrel Graphite Inc.
// (TSXV: KGR) (OTCQX: KGRF) (...)"): "(hereinafter referred to as "Y")",
// "(hereinafter "Y")", "("Y")", and a release's "("Y" or the "Company")",
// "(the "Company" or "Y")" or "("X", "Y" or the "Company")", where every
// alias that is not only a company noun is a name. It returns the aliases
// (all with the same from) and the token the parenthesis opens before.
func (d *Dictionary) aliasAfter(ts *tokens, h hit) ([]definedAlias, int, bool) {
	n := len(ts.toks)
	e := h.end
	for e < n && d.words.suffix[ts.key(e)] && !ts.toks[e].para {
		e++ // "Kestrel Metals Co., Ltd. (..."
	}
	e = skipTickerBrackets(ts, e)
	if e >= n || ts.toks[e].para || !strings.Contains(ts.gap(e), "(") {
		return nil, 0, false
	}
	k := e
	if !quoteIn(ts.gap(k)) {
		for _, w := range [...]string{"hereinafter", "hereafter", "referred", "to", "as", "called"} {
			if k < n && ts.key(k) == w {
				k++
			}
		}
	}
	var names [][2]int
	for alt := 0; alt < maxAliases; alt++ {
		start, end, ok := quotedAt(ts, k)
		if !ok {
			return nil, 0, false
		}
		if !(end-start == 1 && d.roles.companyNoun[ts.key(start)]) {
			names = append(names, [2]int{start, end}) // ("the Company") alone is left to the anaphora rules
		}
		if end == n || strings.Contains(ts.gap(end), ")") {
			if len(names) == 0 {
				return nil, 0, false
			}
			out := make([]definedAlias, len(names))
			for i, nm := range names {
				keys := make([]string, nm[1]-nm[0])
				for j := range keys {
					keys[j] = ts.key(nm[0] + j)
				}
				out[i] = definedAlias{keys: keys, company: h.company, name: h.name, from: end}
			}
			return out, e, true
		}
		switch {
		case ts.key(end) == "or" || ts.key(end) == "and":
			k = end + 1
		case strings.Contains(ts.gap(end), ",") && quoteIn(ts.gap(end)):
			k = end // '"Graphite One", "G1" or ...': the next alias opens at once
		default:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// skipTickerBrackets returns the token after the ticker brackets that
// open at token e ("(TSXV: KGR) (OTCQX: KGRF)"): each a bracket of at most
// four words with a colon inside and no quotation mark, as releases write
// their listings between a name and its defined short names. It returns e
// when none opens there.
func skipTickerBrackets(ts *tokens, e int) int {
	n := len(ts.toks)
	for e < n && !ts.toks[e].para && strings.Contains(ts.gap(e), "(") && !quoteIn(ts.gap(e)) {
		colon := false
		k := e + 1
		for ; k < n && k <= e+4 && !strings.Contains(ts.gap(k), ")"); k++ {
			colon = colon || strings.Contains(ts.gap(k), ":")
		}
		if k >= n || k > e+4 || !colon || ts.toks[k].para {
			return e
		}
		e = k
	}
	return e
}

// quotedAt reads the capitalised words of a quotation opening at token k
// (or at the "the" there: "the "Company""), up to maxAliasWords, closed by
// a quotation mark: it returns their span.
func quotedAt(ts *tokens, k int) (start, end int, ok bool) {
	n := len(ts.toks)
	if k < n && !quoteIn(ts.gap(k)) && ts.key(k) == "the" {
		k++
	}
	if k >= n || !quoteIn(ts.gap(k)) {
		return 0, 0, false
	}
	if ts.key(k) == "the" {
		k++
	}
	start, end = k, k
	for end < n && end-start < maxAliasWords && ts.capitalised(end) && (end == start || ts.joined(end)) {
		end++
	}
	if end == start || end < n && !quoteIn(ts.gap(end)) {
		return 0, 0, false
	}
	return start, end, true
}

// quoteIn reports whether a gap holds a quotation mark (text.HasQuoteMark:
// the marks every package reads).
func quoteIn(g string) bool { return text.HasQuoteMark(g) }

package companies

import (
	"slices"
	"strings"
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
// rules. One pass over the hits and one over the tokens; the uses added
// stop at maxHits, as the scan's hits do.
func (d *Dictionary) definedAliases(ts *tokens, hits []hit) []hit {
	var aliases []definedAlias
	byFirst := map[string][]int{}
	var drop [][2]int // token ranges whose other hits go: the definitions and the alias uses
	for _, h := range hits {
		if h.src != 1 {
			continue
		}
		if a, open, ok := d.aliasAfter(ts, h); ok {
			byFirst[a.keys[0]] = append(byFirst[a.keys[0]], len(aliases))
			aliases = append(aliases, a)
			drop = append(drop, [2]int{open, a.from})
		}
	}
	if len(aliases) == 0 {
		return hits
	}
	var added []hit
	for i := 0; i < len(ts.toks) && len(hits)+len(added) < maxHits; i++ {
		for _, ai := range byFirst[ts.key(i)] {
			a := &aliases[ai]
			end := i + len(a.keys)
			if i < a.from || end > len(ts.toks) || !ts.capitalised(i) || !aliasAt(ts, i, a.keys) ||
				end < len(ts.toks) && ts.joined(end) && ts.capitalised(end) && !ts.has(end-1, fPossessive) {
				continue // before its definition, or part of a longer name ("Kestrel Company Holdings")
			}
			added = append(added, hit{src: 1, pos: i, end: end, company: a.company, name: a.name})
			drop = append(drop, [2]int{i, end})
			i = end - 1
			break
		}
	}
	out := hits[:0:0]
	for _, h := range hits {
		if h.src == 1 && slices.ContainsFunc(drop, func(r [2]int) bool { return h.pos < r[1] && h.end > r[0] }) &&
			!slices.ContainsFunc(aliases, func(a definedAlias) bool { return a.name == h.name }) {
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

// aliasAfter reads a quoted alias defined right after the naming h (after
// its legal form): "(hereinafter referred to as "Y")", "(hereinafter "Y")",
// "("Y")", "(the "Y")". It returns the alias and the token the
// parenthesis opens before.
func (d *Dictionary) aliasAfter(ts *tokens, h hit) (definedAlias, int, bool) {
	n := len(ts.toks)
	e := h.end
	for e < n && d.words.suffix[ts.key(e)] && !ts.toks[e].para {
		e++ // "Kestrel Metals Co., Ltd. (..."
	}
	if e >= n || ts.toks[e].para || !strings.Contains(ts.gap(e), "(") {
		return definedAlias{}, 0, false
	}
	open, k := e, e
	if !quoteIn(ts.gap(k)) {
		for _, w := range [...]string{"hereinafter", "hereafter", "referred", "to", "as", "called"} {
			if k < n && ts.key(k) == w {
				k++
			}
		}
	}
	if k >= n || !quoteIn(ts.gap(k)) {
		return definedAlias{}, 0, false
	}
	if ts.key(k) == "the" {
		k++
	}
	start := k
	for k < n && k-start < maxAliasWords && ts.capitalised(k) && (k == start || ts.joined(k)) {
		k++
	}
	if k == start || k < n && !(quoteIn(ts.gap(k)) && strings.Contains(ts.gap(k), ")")) {
		return definedAlias{}, 0, false
	}
	if k-start == 1 && d.roles.companyNoun[ts.key(start)] {
		return definedAlias{}, 0, false // ("the Company"): the anaphora rules read it
	}
	keys := make([]string, k-start)
	for j := range keys {
		keys[j] = ts.key(start + j)
	}
	return definedAlias{keys: keys, company: h.company, name: h.name, from: k}, open, true
}

// quoteIn reports whether a gap holds a double quotation mark.
func quoteIn(g string) bool {
	return strings.ContainsAny(g, "\"“”")
}

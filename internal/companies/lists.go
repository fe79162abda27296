package companies

import (
	"strings"
)

// Enumerations of companies: the members of a list that candidates reads
// as candidates (listMembers and its helpers), and the list runs, stake
// lists and figures the analysis uses to count a company named only as one
// member of many as a mention.

// listMembers returns, as candidates, the members of a list of three or
// more names in one sentence ("X, Y and Z") that the scan did not find,
// when two or more other members are companies it found: the list is one of
// companies, and a member that names a trade or opens with a Chinese place
// is one too ("Ganzhou Qorvath Separation, China Southern Rare Earth Group
// and Tindal Rare Earth Group will merge"). Lists of places or people hold
// no found company and stay out.
func (d *Dictionary) listMembers(ts *tokens, hits []hit, covered []bool) []hit {
	n := len(ts.toks)
	var out []hit
	body := 0
	for _, h := range hits {
		if h.src == 1 {
			body++
		}
	}
	enough := body >= 2 // a list needs two found companies, unless cued
	// The cue is "such as" (suchAsBefore): the keys are written one after
	// another, so an item whose keys never hold "suchas" has none.
	if !enough && !strings.Contains(ts.keys, "suchas") {
		return nil
	}
	type member struct {
		first, end int
		found      bool
	}
	var buf [8]member
	ms := buf[:0]
	for i := 0; i < n; i++ {
		if !ts.capitalised(i) || i > 0 && ts.joined(i) && ts.capitalised(i-1) {
			continue
		}
		ms = ms[:0]
		cued := d.suchAsBefore(ts, i)
		closed := false // an "and"/"or" before the last member
		p := i
		for p < n && !closed {
			e := d.listMemberEnd(ts, p, covered, hits)
			if e <= p {
				break
			}
			ms = append(ms, member{p, e, covered[p]})
			if e >= n || ts.toks[e].para {
				break
			}
			g := strings.TrimSpace(ts.gap(e))
			if d.words.legal[ts.key(e-1)] {
				g = strings.TrimPrefix(g, ".") // "Qorvath Mining Co., Ltd., Tindal ..."
			}
			k := ts.key(e)
			switch {
			case g == "," && (k == "and" || k == "or") && e+1 < n && ts.joined(e+1):
				p, closed = e+1, true
			case g == ",":
				p = e
			case g == "" && (k == "and" || k == "or" || ts.text(e) == "&") && e+1 < n && ts.joined(e+1):
				p, closed = e+1, true
			default:
				p = n
			}
			if closed {
				if e := d.listMemberEnd(ts, p, covered, hits); e > p {
					ms = append(ms, member{p, e, covered[p]})
				} else {
					closed = false
				}
				break
			}
		}
		if len(ms) > 0 {
			i = max(i, ms[len(ms)-1].end-1)
		}
		found := 0
		for _, m := range ms {
			if m.found {
				found++
			}
		}
		if !cued && (!enough || !closed || len(ms) < 3 || found < 2) {
			continue
		}
		for _, m := range ms {
			if !m.found {
				if h, ok := d.listMemberCandidate(ts, m.first, m.end); ok {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// suchAsBefore reports a list at token i introduced by a company noun and
// "such as" ("smaller explorers such as X", "state companies such as X and
// Y", "peers such as X"): its members are companies however few the scan
// found, and mentions by docs/labelling.md 5. A customer noun ("carmakers
// such as") introduces none.
func (d *Dictionary) suchAsBefore(ts *tokens, i int) bool {
	if i < 3 || ts.key(i-1) != "as" || ts.key(i-2) != "such" || !ts.joined(i) || !ts.joined(i-1) || !ts.joined(i-2) {
		return false
	}
	k := ts.key(i - 3)
	if d.roles.peerIntro[k] {
		return true
	}
	switch {
	case strings.HasSuffix(k, "ies"):
		k = k[:len(k)-3] + "y" // "companies"
	case strings.HasSuffix(k, "s"):
		k = k[:len(k)-1] // "explorers"
	}
	return d.roles.companyNoun[k] && !customerNoun(k)
}

// listMemberEnd returns one past the last token of the list member at token
// p: a found company's name (to its hit's end) or a run of capitalised words
// joined by name connectors; p when no member starts there.
func (d *Dictionary) listMemberEnd(ts *tokens, p int, covered []bool, hits []hit) int {
	if p >= len(ts.toks) || !ts.capitalised(p) {
		return p
	}
	if covered[p] {
		for _, h := range hits {
			if h.src == 1 && h.pos == p {
				return h.end
			}
		}
		return p
	}
	e := p + 1
	for e < len(ts.toks) && ts.joined(e) && !covered[e] && !ts.has(e-1, fPossessive) {
		if ts.capitalised(e) || d.words.connector[ts.key(e)] && e+1 < len(ts.toks) && ts.joined(e+1) && ts.capitalised(e+1) {
			e++
			continue
		}
		break
	}
	// "Qorvath Separation Co., Ltd.": the legal form's own comma is no
	// list separator.
	for e < len(ts.toks) && !covered[e] && !ts.toks[e].para && d.words.legal[ts.key(e)] && ts.has(e, fUpperInit) &&
		(ts.joined(e) || isSuffixGap(ts.gap(e))) {
		e++
	}
	return e
}

// listMemberCandidate reads the list member at tokens first..end-1 as a
// candidate: two to six words after leading function words, none an
// institution's, a person's title or a possessive, one of them distinctive,
// and a trade word, a sector or tech suffix, or a Chinese place first.
func (d *Dictionary) listMemberCandidate(ts *tokens, first, end int) (hit, bool) {
	w, r := &d.words, d.roles
	for first < end && (w.noise[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	last := end - 1
	for last > first && d.words.legal[ts.key(last)] {
		last--
	}
	if last-first < 1 || last-first > 5 || ts.has(last, fPossessive) || r.outsideName[ts.key(first)] {
		return hit{}, false
	}
	distinct, trade := false, r.chinesePlace[ts.key(first)]
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] || r.appStop[k] || r.officer[k] {
			return hit{}, false
		}
		trade = trade || r.trade[k]
		distinct = distinct || !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] &&
			!r.chinesePlace[k] && !r.trade[k] && !w.connector[k] && ts.toks[p].runes >= 2
	}
	if k := ts.key(last); !distinct || !(trade || r.techSuffix[k] || d.words.sector[k]) {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, false
	}
	return hit{src: 1, pos: first, end: end, company: -1, name: name}, true
}

package companies

import (
	"strings"
)

// Subsidiaries, units and groups: the parent named with a unit ("X's unit",
// "a subsidiary of X"), a group member, an apposition naming another
// company, a local unit named after the subject, and the issuer's own
// subsidiaries ("the company's Korean subsidiary, X").

// localUnitNamed reports a candidate named after the item's subject and a
// country ("Ngoni Tanzania Ltd" in a release of Ngoni Graphite), right after
// "to", "through" or "via": the parent's local unit named only to say who
// holds a licence or runs a site (docs/labelling.md, 3).
func (d *Dictionary) localUnitNamed(ts *tokens, h hit, hits []hit, strong func(string) bool) bool {
	if h.company >= 0 || h.pos == 0 || h.end-h.pos < 2 {
		return false
	}
	switch ts.key(h.pos - 1) {
	case "to", "through", "via":
	default:
		return false
	}
	for k := h.pos + 1; k < h.end; k++ {
		if !d.roles.place[ts.key(k)] && !d.words.legal[ts.key(k)] {
			return false
		}
	}
	first := ts.key(h.pos)
	for _, o := range hits {
		if o.name != h.name && o.src == 1 && o.end > o.pos && ts.key(o.pos) == first && strong(o.name) {
			return true
		}
	}
	return false
}

// groupMember reports hit h as the group in "Y, a X group company," (or
// unit, subsidiary, member): the parent named to identify Y
// (docs/labelling.md, 2).
func groupMember(ts *tokens, sents []int32, h hit) bool {
	n, sent := len(ts.toks), sents[h.pos]
	if h.pos < 2 || (ts.key(h.pos-1) != "a" && ts.key(h.pos-1) != "an") || !ts.joined(h.pos) ||
		!strings.Contains(ts.gap(h.pos-1), ",") || sents[h.pos-2] != sent {
		return false
	}
	e := h.end
	if e < n && sents[e] == sent && ts.key(e) == "group" && ts.joined(e) {
		e++
	} else if ts.key(h.end-1) != "group" {
		return false
	}
	if e >= n || sents[e] != sent || !ts.joined(e) {
		return false
	}
	switch ts.key(e) {
	case "company", "unit", "subsidiary", "member", "affiliate":
		return true
	}
	return false
}

// appositionAfter reports the noun at token v opening, with up to four
// lower-case words before it, an apposition right after another company
// than h's: "POSCO Future M Co., Ltd., the battery materials company of".
func (w *wordSets) appositionAfter(ts *tokens, hits []hit, sents []int32, v int, h hit) bool {
	b := v
	for b > 0 && b > v-5 && sents[b-1] == sents[v] && ts.joined(b) && !ts.capitalised(b-1) {
		b--
	}
	if b == 0 || !strings.Contains(ts.gap(b), ",") {
		return false
	}
	return w.otherCompanyBefore(ts, hits, sents, b, h)
}

// otherCompanyBefore reports a company other than h named right before
// token s, past legal suffixes and closing brackets, within four tokens of
// s's sentence: the company an apposition starting at s follows.
func (w *wordSets) otherCompanyBefore(ts *tokens, hits []hit, sents []int32, s int, h hit) bool {
	for p := s - 1; p >= 0 && p >= s-4 && sents[p] == sents[s]; p-- {
		if o, ok := hitCovering(hits, p); ok {
			return o.name != h.name
		}
		if !w.legal[ts.key(p)] && !strings.Contains(ts.gap(p+1), ")") {
			return false
		}
	}
	return false
}

// unitApposition reports a possessive hit in an apposition right after
// another company, before a unit noun: "Langer Heinrich Uranium (Pty) Ltd,
// Paladin Energy's Namibian operating unit, has raised". The parent
// names the unit (docs/labelling.md, 2).
func (d *Dictionary) unitApposition(ts *tokens, h hit, hits []hit, sents []int32) bool {
	if !possessive(ts, h.end-1) || h.pos == 0 || !strings.Contains(ts.gap(h.pos), ",") {
		return false
	}
	if !d.words.otherCompanyBefore(ts, hits, sents, h.pos, h) {
		return false
	}
	for k := h.end; k < len(ts.toks) && k <= h.end+3 && sents[k] == sents[h.pos]; k++ {
		if k > h.end && !ts.joined(k) {
			return false
		}
		if key := ts.key(k); d.roles.unit[key] || d.words.unitNoun[key] {
			return true
		}
	}
	return false
}

// parentOfUnit finds "X's [up to three words] unit" or "X unit" right
// after hit h (X the parent of the business the sentence is about) and
// returns the unit noun's token, or -1. sents may be nil (a title is one
// sentence).
func (d *Dictionary) parentOfUnit(ts *tokens, h hit, sents []int32) int {
	n := len(ts.toks)
	e := h.end
	if e >= n || ts.toks[e].para || (sents != nil && sents[e] != sents[h.pos]) {
		return -1
	}
	if !possessive(ts, e-1) {
		if ts.joined(e) && d.roles.unit[ts.key(e)] {
			return e // "Chinalco unit restarts ..."
		}
		// "Ganfeng-backed Mariana Lithium": X owns or backs the company
		// named next; "a Tsingshan-owned smelter" is X at work.
		if ts.gap(e) == "-" && d.roles.by.endsAt(ts, e) && e+1 < n &&
			ts.joined(e+1) && ts.has(e+1, fUpperInit) && (sents == nil || sents[e+1] == sents[h.pos]) {
			return e
		}
		return -1
	}
	for k := e; k < n && k < e+4; k++ {
		// "X's 51%-owned Indonesian unit"
		if k > e && !ts.joined(k) && ts.gap(k) != "%-" || k == e && !isPossessiveGap(ts.gap(k)) {
			return -1
		}
		if d.roles.unit[ts.key(k)] {
			return k
		}
		// "Harita's joint venture, Halmahera Persada Lygend," (not "X's
		// joint venture with Y": X at work)
		if d.roles.ventureNoun[ts.key(k)] && (k+1 >= n || ts.key(k+1) != "with") {
			return k
		}
		if ts.has(k, fPossessive) {
			return -1
		}
	}
	return -1
}

// afterGroup reads what follows hit h and any companies joined to it by
// commas, "and" or "or": 1 when an after-list cue says X is one example
// of a wider group ("X and other producers", "X, Y and their peers") or
// that X does the same as the subject ("X and Y have announced similar
// grades"), 2
// when an outside cue says X takes no part ("X is not part of the deal"),
// else 0.
func (d *Dictionary) afterGroup(ts *tokens, h hit, hits []hit, sents []int32) int {
	n := len(ts.toks)
	e := h.end
	for e < n && sents[e] == sents[h.pos] {
		k := e
		if strings.ContainsAny(ts.gap(k), ",") || isListWord(ts.key(k)) {
			if isListWord(ts.key(k)) {
				k++
			}
			if k < n {
				if o, ok := hitCovering(hits, k); ok && o.pos == k {
					e = o.end
					continue
				}
			}
		}
		break
	}
	// "Proterial and Daido Steel have announced similar grades": peers
	// doing the same as the subject.
	if e+1 < n && (ts.key(e) == "has" || ts.key(e) == "have" || ts.key(e) == "had") {
		for k := e + 1; k < n && k <= e+3 && sents[k] == sents[h.pos] && ts.gap(k) == "" && !ts.capitalised(k); k++ {
			if ts.key(k) == "similar" {
				return 1
			}
		}
	}
	for r, list := range [2][][]string{d.roles.afterList, d.roles.outside} {
		for _, ph := range list {
			if e+len(ph) > n {
				continue
			}
			ok := true
			for j, w := range ph {
				if ts.key(e+j) != w || sents[e+j] != sents[h.pos] || (j > 0 && ts.gap(e+j) != "") {
					ok = false
					break
				}
			}
			if ok {
				return r + 1
			}
		}
	}
	return 0
}

// issuerUnit reports "The company's Korean subsidiary, X," (the issuer's
// unit, up to three words before the unit noun at token j) opening its
// sentence: the unit named to say who runs a site (docs/labelling.md, 3).
func issuerUnit(ts *tokens, sents []int32, j int) bool {
	t := issuerUnitThe(ts, sents, j)
	return t == 0 || t > 0 && sents[t-1] != sents[j]
}

// heldByIssuerUnit reports "held by the company's Tanzanian subsidiary, X"
// (the issuer's unit, up to three words before the unit noun at token j,
// after "by" or "to"): the unit named to say who holds a licence
// (docs/labelling.md, 3).
func heldByIssuerUnit(ts *tokens, sents []int32, j int) bool {
	t := issuerUnitThe(ts, sents, j)
	return t > 0 && sents[t-1] == sents[j] && (ts.key(t-1) == "by" || ts.key(t-1) == "to")
}

// issuerUnitThe returns the token of "the" in "the company's [Korean]
// subsidiary" (up to three words before the unit noun at token j, in its
// sentence), or -1: the issuer's unit, which issuerUnit and
// heldByIssuerUnit tell apart by what precedes it.
func issuerUnitThe(ts *tokens, sents []int32, j int) int {
	for b := j - 1; b >= 1 && b >= j-4 && sents[b] == sents[j]; b-- {
		if ts.key(b) == "company" && ts.has(b, fPossessive) {
			if ts.key(b-1) == "the" {
				return b - 1
			}
			return -1
		}
	}
	return -1
}

// issuerUnitEnds reports "the Company's subsidiary, X Ltd." closing its
// sentence: a release's unit named as the object of the issuer's news
// ("granted a licence ... to the Company's subsidiary, Kilimani Graphite
// Tanzania Ltd."). Named so as a sentence's subject, the unit may be the
// news ("The company's HPAL unit, PT X, produced ...").
func (w *wordSets) issuerUnitEnds(ts *tokens, sents []int32, j int, h hit) bool {
	if j < 1 || ts.key(j-1) != "company" || !ts.has(j-1, fPossessive) {
		return false
	}
	e := h.end
	for e < len(ts.toks) && sents[e] == sents[h.pos] && w.legal[ts.key(e)] {
		e++
	}
	return e >= len(ts.toks) || sents[e] != sents[h.pos]
}

package companies

import (
	"strings"
)

// Joint ventures and consortia: the venture names the text gives as
// candidates (ventureNames and the bare or comma-set names it reads), and
// the analysis tests that tell a venture's partners and vehicles apart
// (describesVehicle, ventureOwner, partnersAct, ventureOfNames).

// ventureNames returns, as candidates, joint ventures and consortia the
// text names by their deposit or brand: "The Kolwe joint venture said",
// "the Kolwe JV's output", "Budenovskoye, its joint venture with …",
// "Kolwe, the joint venture between X and Y". The name is reported bare
// ("Kolwe"); the venture noun says it is a company, and it must act (a
// company verb or a possessive right after the noun) or be the subject of
// the apposition. A name of places, trades or generic words only ("the
// Chinese joint venture", "the Atacama JV") is not one.
func (d *Dictionary) ventureNames(ts *tokens, covered []bool) []hit {
	// Every shape needs a key "venture", "jv" or "consortium"; most items
	// have none, and one search of the keys is cheaper than a token walk.
	if !strings.Contains(ts.keys, "venture") && !strings.Contains(ts.keys, "jv") && !strings.Contains(ts.keys, "consortium") {
		return nil
	}
	n := len(ts.toks)
	var out []hit
	for i := 1; i < n; i++ {
		k := ts.key(i)
		if h, ok := d.ventureInCommas(ts, i, covered); ok {
			out = append(out, h)
			continue
		}
		if ts.capitalised(i) && k != "jv" || covered[i] || !(k == "venture" && ts.key(i-1) == "joint" && ts.joined(i) || k == "jv" || k == "consortium") {
			continue
		}
		v := i // first token of the venture phrase
		if k == "venture" {
			v = i - 1
		}
		// "The Kolwe joint venture said": the name right before the noun.
		if last := v - 1; last >= 1 && ts.joined(v) && ts.capitalised(last) && !covered[last] && !ts.has(last, fPossessive) {
			first := last
			for first > 0 && last-first < 2 && ts.joined(first) && ts.capitalised(first-1) && !covered[first-1] &&
				!ts.has(first-1, fPossessive) && ts.key(first-1) != "the" {
				first--
			}
			a := i + 1
			acts := ts.has(i, fPossessive) || a < n && ts.joined(a) && !ts.capitalised(a) && d.roles.companyVerb[ts.key(a)]
			if first >= 1 && ts.key(first-1) == "the" && ts.joined(first) && acts {
				if h, ok := d.ventureName(ts, first, last); ok {
					out = append(out, h)
				}
			}
			continue
		}
		// "Budenovskoye, its joint venture with …": the name the owner's
		// apposition describes ("Victoria, a joint venture with" may
		// describe a project named before the place).
		det := v - 1
		if det >= 2 && ts.key(det) == "its" && ts.joined(v) &&
			strings.TrimSpace(ts.gap(det)) == "," && !ts.toks[det].para && i+1 < n && ts.joined(i+1) {
			switch ts.key(i + 1) {
			case "with", "between", "of", "owned", "formed":
			default:
				continue
			}
			last := det - 1
			first := last
			for first > 0 && last-first < 2 && ts.joined(first) && ts.capitalised(first-1) && !covered[first-1] {
				first--
			}
			if !ts.capitalised(last) || covered[last] || first > 0 && ts.joined(first) && ts.capitalised(first-1) {
				continue
			}
			if h, ok := d.ventureName(ts, first, last); ok {
				out = append(out, h)
			}
		}
	}
	return out
}

// ventureName reads tokens first..last as a venture's bare name: one word
// at least that is not a place, trade, generic, common or function word.
func (d *Dictionary) ventureName(ts *tokens, first, last int) (hit, bool) {
	w, r := &d.words, d.roles
	for first < last && (w.noise[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	distinct := false
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] || r.appStop[k] || r.officer[k] || ts.has(p, fDigitInit) {
			return hit{}, false
		}
		distinct = distinct || !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] &&
			!r.chinesePlace[k] && !r.trade[k] && !w.connector[k] && ts.toks[p].runes >= 3 && len(r.nationality[k]) == 0
	}
	if !distinct {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, false
	}
	// "the Inkai joint venture" is JV Inkai when the dictionary knows it.
	for _, form := range [...]string{"JV ", "Joint Venture "} {
		if c, ok := d.byName[foldString(form+name)]; ok {
			return hit{src: 1, pos: first, end: last + 1, company: c, name: d.companies[c].Name}, true
		}
	}
	return hit{src: 1, pos: first, end: last + 1, company: -1, name: name}, true
}

// ventureInCommas reads the venture a definite venture noun at token i
// names between commas: "The venture, QazGalGer, will process …", "the
// joint venture, Tindal Lithium, said". The name is one to three
// capitalised words, and a lower-case word follows its closing comma.
func (d *Dictionary) ventureInCommas(ts *tokens, i int, covered []bool) (hit, bool) {
	n := len(ts.toks)
	k := ts.key(i)
	if k != "venture" && k != "jv" && k != "consortium" || ts.has(i, fUpperInit) && k != "jv" || i+2 >= n {
		return hit{}, false
	}
	det := i - 1
	if ts.key(det) == "joint" && det > 0 {
		det--
	}
	if ts.key(det) != "the" || strings.TrimSpace(ts.gap(i+1)) != "," || ts.toks[i+1].para {
		return hit{}, false
	}
	first, last := i+1, i+1
	for last+1 < n && last-first < 2 && ts.joined(last+1) && ts.capitalised(last+1) {
		last++
	}
	for p := first; p <= last; p++ {
		if !ts.capitalised(p) || covered[p] {
			return hit{}, false
		}
	}
	a := last + 1
	if a+1 >= n || strings.TrimSpace(ts.gap(a)) != "," || ts.toks[a].para || ts.has(a, fUpperInit) || !ts.has(a, fHasLetter) {
		return hit{}, false
	}
	return d.ventureName(ts, first, last)
}

// describesVehicle reports a venture noun at token v that describes
// something named before it, in an apposition or after "is": "Z, a 60:40
// venture of", "The smelter is a joint venture between". A sentence that
// opens with it ("The partnership between X and Y began operating") is the
// partners' own news.
func describesVehicle(ts *tokens, sents []int32, v int) bool {
	for b := v; b > 0 && b >= v-6 && sents[b-1] == sents[v]; b-- {
		if g := ts.gap(b); strings.Contains(g, ",") || g == "(" || g == "\u2013" || g == "\u2014" {
			return true
		}
		switch ts.key(b - 1) {
		case "is", "was", "are", "were", "be", "been", "as", "remains":
			return true
		}
	}
	return false
}

// ventureOwner reports a venture noun (venture_nouns) among the five tokens
// before the by cue at token by: "the joint venture formed by X and Y".
func ventureOwner(r *roleWords, ts *tokens, sents []int32, by int) bool {
	for b := by - 1; b >= 0 && b >= by-5 && sents[b] == sents[by]; b-- {
		if r.ventureNoun[ts.key(b)] {
			return true
		}
	}
	return false
}

// partnersAct reports a sentence where the partners of a venture act
// together: "..., the partners said", "the two companies announced".
func partnersAct(r *roleWords, ts *tokens, sents []int32, j int) bool {
	for b := j + 1; b+1 < len(ts.toks) && sents[b+1] == sents[j]; b++ {
		if k := ts.key(b); (k == "partners" || k == "partner" || k == "companies") && r.companyVerb[ts.key(b+1)] {
			return true
		}
	}
	return false
}

// ventureOfNames reports a hit of source src (0 the title, 1 the text)
// that names, with its partners, whose joint venture the sentence is
// about: "Codelco-SQM lithium venture lifts output", "SQM and Codelco's
// joint venture starts", "Z, the Codelco-SQM joint venture," (docs/labelling.md, 4).
// A title joins the partners with a comma too, as headlines write "and":
// "Codelco, SQM venture lifts output".
func (d *Dictionary) ventureOfNames(tt *tokens, src int, h hit, hits []hit) bool {
	n := len(tt.toks)
	// joins reports the gap before token k joining two partners' names.
	joins := func(k int) bool {
		g := tt.gap(k)
		return g == "-" || g == "/" || g == "\u2013" || src == 0 && g == ","
	}
	// back to the first partner: "Codelco-SQM" names SQM after Codelco
	start := h.pos
	for _, o := range hits {
		if o.src != src || o.end > start || o.end < start-1 || o.pos >= start {
			continue
		}
		if o.end == start && joins(start) ||
			o.end == start-1 && (tt.key(o.end) == "and" || tt.key(o.end) == "&") {
			start = o.pos
		}
	}
	e := h.end
	for e < n && !possessive(tt, e-1) {
		k := e
		if tt.key(k) == "and" || tt.key(k) == "&" {
			k++
		} else if !joins(k) {
			break
		}
		o, ok := hitAt(hits, src, k)
		if !ok {
			break
		}
		e = o.end
	}
	if e == h.end && start == h.pos && (src == 1 || !possessive(tt, e-1)) {
		// one company and no possessive: "Codelco lithium venture" is X at
		// work; in the body "X's venture" is parentOfUnit's
		return false
	}
	for k := e; k < n && k <= e+3; k++ {
		if k > e && !tt.joined(k) || k == e && !tt.joined(k) && !isPossessiveGap(tt.gap(k)) {
			return false
		}
		key := tt.key(k)
		if d.roles.ventureNoun[key] {
			return k+1 >= n || tt.key(k+1) != "with"
		}
		if key != "joint" && !d.roles.trade[key] {
			return false
		}
	}
	return false
}

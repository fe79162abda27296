package companies

import (
	"strings"

	"github.com/lode-reader/lode/internal/text"
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

// stakeListMember reports a holder whose verb the sentence left out: "in
// which A holds 44.8%, B 46.7% and C 8.5%" names B and C each between a
// stake figure before it (after a comma or "and") and its own figure right
// after it (at token e), with a holding verb earlier in the sentence.
func stakeListMember(r *roleWords, ts *tokens, sents []int32, h hit, e int) bool {
	sent := sents[h.pos]
	if e >= len(ts.toks) || sents[e] != sent || !stakeFigure(ts, e) {
		return false
	}
	p := h.pos - 1
	if p >= 0 && isListWord(ts.key(p)) {
		p--
	}
	first, f, ok := figureEndingAt(ts, p)
	if !ok || !f.Percent || sents[first] != sent {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-16 && sents[k] == sent; k-- {
		if r.holder.endsAt(ts, k) {
			return true
		}
	}
	return false
}

// stakeFigure reports a percentage that starts at token k ("46%", "46.7%",
// "46.7 per cent": text.FigureAt reads the figure).
func stakeFigure(ts *tokens, k int) bool {
	if k < 0 || !ts.has(k, fDigitInit) {
		return false
	}
	f, ok := text.FigureAt(ts.src, int(ts.toks[k].start))
	return ok && f.Percent
}

// figureEndingAt reads the figure whose text ends with token p ("44.8%"
// ending at "8", "44.8 per cent" at "cent") and returns its first token;
// ok is false when the nearest number within three tokens before p does
// not reach it.
func figureEndingAt(ts *tokens, p int) (first int, f text.Figure, ok bool) {
	for q := p; q >= 0 && q >= p-3; q-- {
		if !ts.has(q, fDigitInit) {
			continue
		}
		f, ok = text.FigureAt(ts.src, int(ts.toks[q].start))
		if !ok || f.End < int(ts.toks[p].end) {
			return p, f, false
		}
		for q > 0 && int(ts.toks[q-1].start) >= f.Start {
			q--
		}
		return q, f, true
	}
	return p, text.Figure{}, false
}

// listRuns marks the text hits that belong to an enumeration of minList or
// more distinct companies: hits in one sentence separated only by commas,
// semicolons, "and", "or" or "&".
func (w *wordSets) listRuns(ts *tokens, hits []hit, sents []int32, place map[string]bool) []bool {
	out := make([]bool, len(hits))
	start := -1 // first hit of the current run
	names := 0
	flush := func(end int) {
		// "A、B有限公司等企业": the last member's legal form goes before 等.
		if start >= 0 && (names >= minList || names >= 2 && w.han.closesList(ts, w.han.suffixAfter(ts, hits[end-1].end, len(ts.toks)))) {
			for k := start; k < end; k++ {
				out[k] = true
			}
		}
	}
	prev := -1
	for i, h := range hits {
		if h.src != 1 {
			continue
		}
		joined := false
		if prev >= 0 && sents[hits[prev].end-1] == sents[h.pos] {
			p := hits[prev]
			// "GEM Co., Tsingshan Holding Group Co. and Brunp": the legal
			// forms after a name are not words between the members.
			q := p.end
			for q < h.pos && w.legal[ts.key(q)] && ts.has(q, fUpperInit) && (ts.joined(q) || isSuffixGap(ts.gap(q))) {
				q++
			}
			// "Lynas (ASX: LYC), Iluka (ASX: ILU) and Arafura", "Xiamen
			// Tungsten Co.Ltd(600549) and ...": a member's ticker or stock
			// code in brackets is not a word between the members either.
			q = w.han.suffixAfter(ts, q, h.pos)
			for c := codeAfterMember(ts, q, h.pos); c > q; c = codeAfterMember(ts, q, h.pos) {
				q = c // "(OTCMKTS: JMREY) (FRA: 3KLA)": one bracket after another
			}
			// "MP Materials from the US, China's Shenghe Resources or
			// Canada's Neo": a member's country, after it or as a
			// possessive before it, is not a word between the members.
			q = originAfterMember(ts, q, h.pos, place)
			r := h.pos
			if r-1 >= q && place[ts.key(r-1)] && ts.has(r-1, fPossessive) {
				r--
			}
			between := r - q
			joined = between <= 1 && (between == 0 && strings.ContainsAny(ts.gap(r), listMarks) ||
				between == 1 && isListWord(ts.key(q)))
			if p.end <= h.pos && between == 0 && ts.gap(r) == "" {
				joined = false
			}
			// "Lynas Rare Earths (ASX: LYC)": the member's own ticker,
			// read as a second naming of it, goes on with the run.
			// So is one after the rest of the member's name as written
			// ("Beijing Zhong Ke San Huan Hi-Tech Co Ltd (SHE: 000970)").
			if (between == 0 || nameTailUpTo(ts, p.end, h.pos)) && p.name == h.name && strings.HasSuffix(strings.TrimSpace(ts.gap(r)), "(") {
				joined = true
			}
		}
		if !joined {
			flush(i)
			start, names = i, 0
		}
		if start >= 0 && (i == start || hits[i].name != hits[i-1].name) {
			names++
		}
		prev = i
	}
	flush(len(hits))
	for i, h := range hits {
		if !out[i] && h.src == 1 && hanEnumeration(ts, h) {
			out[i] = true
		}
	}
	return out
}

// maxEnumMember is the longest item, in Han characters, that an
// enumeration's other members may have (a unit's or a site's short name).
const maxEnumMember = 10

// hanEnumeration reports a Han name hit h that is one item of an
// enumeration of minList or more items separated by "、" in one run of Han
// text, whatever the other items are ("巡察组进驻中铜资产、冶金医院、金水物业、
// 某某有色": four units inspected, one of them a known company). The other
// items need not be companies the dictionary or the candidates know: the
// "、" says the sentence lists them.
func hanEnumeration(ts *tokens, h hit) bool {
	if !hanAt(ts, h.pos) || !hanAt(ts, h.end-1) {
		return false
	}
	n := len(ts.toks)
	isSep := func(i int) bool { // the gap before token i is an enumeration comma
		return i > 0 && i < n && !ts.toks[i].para && strings.TrimSpace(ts.gap(i)) == "\u3001" && hanAt(ts, i-1) && hanAt(ts, i)
	}
	items := 1
	// to the left: items ending at a "、" before the hit
	for p := h.pos; isSep(p) && items < minList; {
		q := p - 1
		for q > 0 && p-q < maxEnumMember && hanJoined(ts, q) {
			q--
		}
		if hanJoined(ts, q) {
			break // an item too long: the run is a clause, not a list item
		}
		items++
		p = q
	}
	// to the right
	for p := h.end; isSep(p) && items < minList; {
		q := p + 1
		for q < n && q-p < maxEnumMember && hanJoined(ts, q) {
			q++
		}
		if q < n && hanJoined(ts, q) {
			break
		}
		items++
		p = q
	}
	return items >= minList
}

// listMarks separate the members of an enumeration: commas and semicolons,
// and Chinese text's enumeration comma and full-width comma and semicolon
// ("由中铝、五矿和赣州稀土组建").
const listMarks = ",;\u3001\uff0c\uff1b"

// isListWord reports a word that joins the last member of an enumeration:
// "and", "or", "&", and Chinese 和, 与, 及, 或 (one Han character each).
func isListWord(k string) bool {
	switch k {
	case "and", "or", "&", "\u548c", "\u4e0e", "\u53ca", "\u6216":
		return true
	}
	return false
}

// codeAfterMember returns the token after a bracketed ticker or stock code
// that opens at token q, before token end ("(ASX: LYC)", "(600111)",
// "(002738.SZ)"): up to four tokens, each in capitals or starting with a
// digit, closed by a bracket. It returns q when none starts there.
func codeAfterMember(ts *tokens, q, end int) int {
	if q >= end || !strings.HasSuffix(strings.TrimSpace(ts.gap(q)), "(") {
		return q
	}
	for e := q; e < end && e-q < 4; e++ {
		if !ts.allCaps(e) && !ts.has(e, fDigitInit) {
			return q
		}
		if e+1 <= end && strings.Contains(ts.gap(e+1), ")") {
			return e + 1
		}
	}
	return q
}

// originAfterMember returns the token after a list member's origin that
// starts at token q, before token end: "from the US", "of Canada" (up to
// two place words), or q when none starts there.
func originAfterMember(ts *tokens, q, end int, place map[string]bool) int {
	if q >= end || (ts.key(q) != "from" && ts.key(q) != "of") || !ts.joined(q+1) {
		return q
	}
	k := q + 1
	if k < end && ts.key(k) == "the" {
		k++
	}
	e := k
	for e < end && e-k < 2 && ts.joined(e) && place[ts.key(e)] && ts.has(e, fUpperInit) && !ts.has(e, fPossessive) {
		e++
	}
	if e == k {
		return q
	}
	return e
}

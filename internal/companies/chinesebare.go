package companies

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Short Chinese names with no legal form (session 37, zhnames-s37). The
// state and industry press name a company by its short name alone: after an
// acquisition verb or a subsidiary noun ("收购青岚矿业51%股权", "控股子公司睿达
// 锂业"), or as a member of a list closed by "等企业" ("青岚有色、岳成科技、睿达
// 高新等企业"). The words are data (data/chinese.toml: bare_name_cues,
// bare_name_ends, list_company_nouns, site_ends).

// bracketGap reports whether the gap before token i is one of the brackets
// in set, with no space around it.
func bracketGap(ts *tokens, i int, set string) bool {
	if i <= 0 || i >= len(ts.toks) || ts.toks[i].para {
		return false
	}
	g := ts.gap(i)
	return g != "" && strings.TrimSpace(g) == g && strings.ContainsAny(g, set) && len([]rune(g)) == 1
}

// placeOpens moves a name's start to the place that opens it when one or
// two characters no list has stand before the place: the tail of a word
// before the name ("交易对手方四川某某矿业" is "四川某某矿业"). Characters a
// known name covers stay ("中某广西…" is a unit named from its group).
func (h *hanWords) placeOpens(ts *tokens, start, end int, covered []bool) int {
	if h.placeLen(ts, start, end) > 0 {
		return start
	}
	for k := 1; k <= 2 && start+k < end-2; k++ {
		if covered[start+k-1] || !hanJoined(ts, start+k) {
			return start
		}
		if hanWordAt(ts, start+k-1, end, h.desc) > 0 {
			return start
		}
		if l := hanWordAt(ts, start+k, end, h.places); l >= 2 && start+k+l < end {
			return start + k
		}
	}
	return start
}

// acronymCompany reports whether token e, right after a short all-caps
// alias, is a Chinese company noun ("TFM公司"): the alias names a company.
func (h *hanWords) acronymCompany(ts *tokens, e int) bool {
	return h != nil && e < len(ts.toks) && !ts.toks[e].para && strings.TrimSpace(ts.gap(e)) == "" &&
		hanWordAt(ts, e, len(ts.toks), h.acronymNouns) > 0
}

// bareOK reports whether tokens [a, end) can be a short company name: two
// to ten uncovered Han characters, no institution word, not a site, not
// only trade and generic words, and a name of its own besides its place.
func (h *hanWords) bareOK(ts *tokens, a, end int, covered []bool) bool {
	if end-a < 2 || end-a > 10 {
		return false
	}
	for p := a; p < end; p++ {
		if covered[p] || !hanAt(ts, p) || p > a && !hanJoined(ts, p) {
			return false
		}
	}
	if hanHas(ts, a, end, h.institution) || h.onlyDesc(ts, a, end) {
		return false
	}
	if hanEndsWith(ts, a, end, h.siteEnds) || hanEndsWith(ts, a, end, h.placeEnds) {
		return false
	}
	return len(h.distinct(ts, a, end))-h.placeLen(ts, a, end) >= 2
}

// hanBareNames adds the short names written after a cue word or in a list
// closed by "等企业" to hits (and to found, so each counts again where the
// item writes it again).
func (d *Dictionary) hanBareNames(ts *tokens, hits []hit, covered []bool, found []hanName) ([]hit, []hanName) {
	h := d.words.han
	n := len(ts.toks)
	add := func(a, end int) {
		name := ts.src[ts.toks[a].start:ts.toks[end-1].end]
		for p := a; p < end; p++ {
			covered[p] = true
		}
		hits = append(hits, hit{src: 1, pos: a, end: end, company: -1, name: name})
		found = append(found, hanName{runes: hanRunes(ts, a, end), name: name, company: -1})
	}
	for i := 0; i < n; i++ {
		if covered[i] || !hanAt(ts, i) {
			continue
		}
		if l := hanWordAt(ts, i, n, h.bareCues); l > 0 {
			if a, end, ok := h.bareAfterCue(ts, i+l, covered); ok {
				add(a, end)
				i = end - 1
			}
			continue
		}
		if a, ok := h.outputNameAt(ts, i, covered); ok {
			add(a, i)
			continue
		}
		if hanRune(ts, i) == '等' || i > 0 && hanJoined(ts, i) && hanWordAt(ts, i, n, h.listCounts) > 0 {
			for _, m := range h.listMembers(ts, i, covered) {
				add(m[0], m[1])
			}
		}
	}
	return hits, found
}

// bareAfterCue reads a short name from token s, right after a cue word: two
// to eight characters ending in a bare-name ending ("青岚矿业"), not followed
// by "权" (mining rights), a legal form or a group word (those names the
// legal-form reading finds), nor opening with another cue or a boundary
// word (the later cue reads it).
func (h *hanWords) bareAfterCue(ts *tokens, s int, covered []bool) (a, end int, ok bool) {
	n := len(ts.toks)
	if s >= n || !hanJoined(ts, s) || covered[s] || hanWordAt(ts, s, n, h.bareCues) > 0 || hanWordAt(ts, s, n, h.boundary) > 0 {
		return 0, 0, false
	}
	for e := s + 2; e <= s+8 && e < n; e++ {
		if !hanJoined(ts, e) || covered[e] {
			return 0, 0, false
		}
		l := hanWordAt(ts, e, n, h.bareEnds)
		if l == 0 || hanWordAt(ts, e, n, h.desc) > l {
			continue // "新材" in "新材料" is no ending
		}
		end = e + l
		if end < n && hanJoined(ts, end) {
			if hanRune(ts, end) == '权' || hanWordAt(ts, end, n, h.legal) > 0 || hanWordAt(ts, end, n, h.group) > 0 ||
				hanWordAt(ts, end, n, h.trade) > 0 {
				return 0, 0, false
			}
		}
		// "子公司某某矿业投资运营有限公司": the run goes on to a legal form,
		// so the name is longer than its trade word.
		for q := end; q < n && q < end+12 && hanJoined(ts, q); q++ {
			if hanWordAt(ts, q, n, h.legal) > 0 {
				return 0, 0, false
			}
		}
		if !h.bareOK(ts, s, end, covered) {
			return 0, 0, false
		}
		return s, end, true
	}
	return 0, 0, false
}

// listMembers returns the members of a list that "等" at token i closes
// when a company noun follows within a few characters ("等企业", "等矿产业
// 龙头企业"), or that a count of firms closes with no "等" ("A、B、C四家石墨
// 深加工企业"): the names separated by "、" before it. The members count
// only when the list is of the chain: a member holds a trade word, or a
// known company stands among them; a list of customers ("某某汽车、某某电器
// 等企业") names none. A member the item also writes as a site ("锡矿山青岚
// 锑矿 … 青岚、岳成两家锑矿企业") is that site's short name, not a company's.
func (h *hanWords) listMembers(ts *tokens, i int, covered []bool) [][2]int {
	if !h.closesList(ts, i) {
		return nil
	}
	var members [][2]int
	chain := false
	count := 0 // list items, known ones included
	end := i
	for count < 12 {
		a := h.nameStart(ts, end, covered)
		sep := a > 0 && strings.TrimSpace(ts.gap(a)) == "\u3001" && !ts.toks[a].para
		known := slices.Contains(covered[a:end], true)
		switch {
		case known:
			chain = true
			count++
		case h.bareOK(ts, a, end, covered) && !h.writtenAsSite(ts, a, end):
			members = append(members, [2]int{a, end})
			count++
			if hanHas(ts, a, end, h.trade) {
				chain = true
			}
		}
		if !sep || !hanAt(ts, a-1) {
			break
		}
		end = a
	}
	// "等12家新材料企业": the closing words name the chain's trade.
	if end, ok := h.listPhrase(ts, i); ok && hanHas(ts, i, end, h.trade) {
		chain = true
	}
	if !chain || count < 2 {
		return nil
	}
	slices.Reverse(members) // in the order the item writes them
	return members
}

// writtenAsSite reports whether the item writes the characters of tokens
// [a, end) elsewhere as the start of a site's name: followed, past trade
// words, by a site ending ("青岚锑矿", "青岚矿区").
func (h *hanWords) writtenAsSite(ts *tokens, a, end int) bool {
	w := hanRunes(ts, a, end)
	n := len(ts.toks)
	for p := 0; p+len(w) < n; p++ {
		if p == a || !hanMatch(ts, p, n, w) {
			continue
		}
		q := p + len(w)
		for hanJoined(ts, q) {
			l := hanWordAt(ts, q, n, h.trade)
			if l == 0 {
				break
			}
			q += l
		}
		if q < n && hanJoined(ts, q) && hanWordAt(ts, q, n, h.siteEnds) > 0 {
			return true
		}
	}
	return false
}

// closesList reports whether token e, right after the last member of an
// enumeration, is "等" followed by a company noun ("A、B等企业"), a count
// of firms allowed between ("A、B等两家研发型企业", list_counts): the list
// goes on beyond the names it gives, so two named members are a list too.
func (h *hanWords) closesList(ts *tokens, e int) bool {
	return h.listClose(ts, e)
}

// listClose is closesList that also takes a count of firms with no "等"
// ("A、B、C四家石墨深加工企业", session 40, fresh41co-s40).
func (h *hanWords) listClose(ts *tokens, e int) bool {
	n := len(ts.toks)
	if h == nil || e >= n || !hanJoined(ts, e) {
		return false
	}
	_, ok := h.listPhrase(ts, e)
	return ok
}

// listPhrase returns the token after the words that close a list at token
// e (the count of firms, "等", up to the company noun) and whether they do.
// A count in figures after "等" ("等12家新材料企业") is read as one in
// characters is (session 42, zhunits-s42).
func (h *hanWords) listPhrase(ts *tokens, e int) (int, bool) {
	n := len(ts.toks)
	if h == nil || e >= n || !hanJoined(ts, e) {
		return 0, false
	}
	from := e
	if hanRune(ts, e) == '等' {
		from++
		if l := hanWordAt(ts, from, n, h.listCounts); l > 0 {
			from += l // "等两家稀土科技研发型企业"
		} else if figuredCount(ts, from) {
			from += 2 // "等12家新材料企业"
		}
	} else if l := hanWordAt(ts, e, n, h.listCounts); l > 0 {
		from += l // "四家石墨深加工企业"
	} else {
		return 0, false
	}
	for p := from; p < n && p <= from+7 && hanJoined(ts, p); p++ {
		if l := hanWordAt(ts, p, n, h.listNouns); l > 0 {
			return p + l, true
		}
	}
	return 0, false
}

// figuredCount reports a count of firms written in figures at token i: a
// token of ASCII digits right after the Han character before it, then
// "家" right after it ("等12家").
func figuredCount(ts *tokens, i int) bool {
	if i <= 0 || i+1 >= len(ts.toks) || ts.toks[i].start != ts.toks[i-1].end || ts.toks[i+1].start != ts.toks[i].end {
		return false
	}
	w := ts.src[ts.toks[i].start:ts.toks[i].end]
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return hanAt(ts, i+1) && hanRune(ts, i+1) == '家'
}

// outputNameAt reads the name of a firm written right before an output cue
// at token i and a figure ("湖南某某新材料年产5万吨…", session 42): read back
// as a legal form's name is, it must open with a place, end in a trade word
// of the chain and hold a name of its own besides them (bareOK), none of
// its characters covered.
func (h *hanWords) outputNameAt(ts *tokens, i int, covered []bool) (int, bool) {
	n := len(ts.toks)
	l := hanWordAt(ts, i, n, h.output)
	if l == 0 || !hanJoined(ts, i) || i+l >= n || !startsFigure(ts, i+l) {
		return 0, false
	}
	a := h.nameStart(ts, i, covered)
	if !h.bareOK(ts, a, i, covered) || h.placeLen(ts, a, i) == 0 || !hanEndsWith(ts, a, i, h.trade) {
		return 0, false
	}
	if b := h.brand(ts, a+h.placeLen(ts, a, i), i); len(b) < 2 {
		return 0, false
	}
	return a, true
}

// startsFigure reports whether token i, written right after the token
// before it, is a number in ASCII digits or a Han numeral.
func startsFigure(ts *tokens, i int) bool {
	if ts.toks[i].start != ts.toks[i-1].end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ts.src[ts.toks[i].start:])
	return r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十百千万", r)
}

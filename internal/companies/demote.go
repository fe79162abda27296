package companies

import (
	"strings"
)

// demote, which says why a body naming of a company does not count towards
// making it a subject (a seller, a target, an owner, a quotation, an
// outside company, a backer), with the small tests it alone uses.

// skippable words between a cue and the company it points at: "owned by
// the", "such as Lynas and", "its".
func skippable(k string) bool {
	switch k {
	case "and", "or", "the", "a", "an", "its", "their", "his", "her", "as", "well", "both", "either":
		return true
	}
	return false
}

// ownerOfNext reports a possessive company name right before another
// company's name: "Tianqi Lithium's Tindal Spodumene Ltd" names Tindal
// Spodumene, with its owner to identify it (docs/labelling.md, 2), as
// "X's unit, Y" does. A legal form written after the name is read through
// ("Zijin Mining Group Co.'s Kestrel Rare Earth", as ownerPossessive does).
func (w *wordSets) ownerOfNext(ts *tokens, hits []hit, h hit) bool {
	e := h.end
	for e < len(ts.toks) && e < h.end+3 && !ts.toks[e].para && !ts.has(e-1, fPossessive) && w.legal[ts.key(e)] {
		e++
	}
	if e >= len(ts.toks) || !possessive(ts, e-1) || ts.toks[e].para || strings.ContainsAny(ts.gap(e), ",;:()") {
		return false
	}
	o, ok := hitCovering(hits, e)
	return ok && o.pos == e && o.name != h.name
}

// tickerOpen returns the first token inside the brackets that token j
// closes, when they open at most four tokens back in j's sentence and
// hold a ticker ("(TSX-V: XYZ)", "(ASX:XYZ)"), or -1.
func tickerOpen(ts *tokens, sents []int32, j int) int {
	if j+1 >= len(ts.toks) || !strings.HasPrefix(strings.TrimSpace(ts.gap(j+1)), ")") {
		return -1
	}
	for b := j; b > 0 && b >= j-3 && sents[b-1] == sents[j]; b-- {
		if strings.Contains(ts.gap(b), "(") {
			if _, n := exchangeAt(ts, b); n > 0 {
				return b
			}
			return -1
		}
		if strings.Contains(ts.gap(b), ")") {
			return -1
		}
	}
	return -1
}

// quotedName reports a name at tokens [s, e) that is the whole of its
// quotation: the press of Russia and Kazakhstan writes a company's name in
// quotation marks («Росатом», "Норникель", АО «НАК «Казатомпром»»), which
// is no speech. The mark that opens the quote (or an inner one, after a
// legal form) stands right before the name and the mark that closes it
// right after; a name the quote goes on past ("we work with Lynas on
// this") or that the quote reaches from earlier words is said inside it.
func quotedName(ts *tokens, s, e int) bool {
	if !strings.ContainsAny(ts.gap(s), quoteOpenMarks) {
		return false
	}
	return e >= len(ts.toks) || strings.ContainsAny(ts.gap(e), quoteCloseMarks)
}

// Marks that can open and close a quotation (text.QuoteSpans).
const (
	quoteOpenMarks  = "\"“„«「『'‘"
	quoteCloseMarks = "\"”“»」』'’"
)

// demote says why hit h of the text does not count towards making its
// company a subject, or "" when it counts.
func (d *Dictionary) demote(ts *tokens, h hit, hits []hit, sents []int32, listed bool, strong func(string) bool) string {
	if ts.has(h.pos, fQuoted) && !quotedName(ts, h.pos, h.end) {
		return noteQuote
	}
	if listed {
		return noteList
	}
	r := d.roles
	sent := sents[h.pos]
	// In the body "X's unit" counts for X unless the unit is named right
	// after ("Glencore's Canadian unit, Sudbury INO"): an unnamed unit is
	// X at work.
	owner := h
	// "Qorvath Mining and Tindal Resources' joint venture, Riverbend
	// Nickel,": the first partner shares the second's possessive.
	// ... also past the second partner's descriptor: "Harita Group and
	// Chinese miner Ningbo Lygend's joint venture, V,".
	if e := h.end; e+1 < len(ts.toks) && sents[e] == sent && (ts.key(e) == "and" || ts.key(e) == "&") && !possessive(ts, h.end-1) {
		p := e + 1
		for j := e + 2; j < len(ts.toks) && j <= e+5 && sents[j] == sent; j++ {
			if _, ok := hitCovering(hits, j); ok {
				if d.descriptorStart(ts, sents, j-1) == e+1 {
					p = j
				}
				break
			}
		}
		if o, ok := hitCovering(hits, p); ok && o.pos == p && o.name != h.name && possessive(ts, o.end-1) {
			owner = o
		}
	}
	if k := d.parentOfUnit(ts, owner, sents); k > 0 {
		for j := k + 1; j < len(ts.toks) && j <= k+2 && sents[j] == sent; j++ {
			if o, ok := hitCovering(hits, j); ok && o.pos == j && o.name != h.name && o.name != owner.name {
				return noteParent
			}
		}
	}
	if d.backerOf(ts, h) {
		return noteParent // "a Glencore-backed junior"
	}
	if d.words.han.parentBeforeUnit(ts, h, hits) {
		return noteParent // "某某集团所属某某稀土集团"
	}
	if d.words.ownerOfNext(ts, hits, h) {
		return noteParent // "operated by Huayou's Prospect Lithium Zimbabwe"
	}
	if groupMember(ts, sents, h) {
		return noteParent // "Hindustan Zinc Limited, a Vedanta group company,"
	}
	if d.localUnitNamed(ts, h, hits, strong) {
		return noteUnit // "granted a licence ... to Ngoni Tanzania Ltd." in Ngoni Graphite's release
	}
	if d.ventureOfNames(ts, 1, h, hits) && !partnersAct(r, ts, sents, h.pos) {
		return noteParent // "NovaAndino, the Codelco-SQM joint venture, said"
	}
	if d.unitApposition(ts, h, hits, sents) {
		return noteParent // "Keliber Oy, Sibanye-Stillwater's lithium operation in Finland, has produced"
	}
	switch d.afterGroup(ts, h, hits, sents) {
	case 1:
		return noteExample
	case 2:
		return noteOutside
	}
	// Walk back over other companies and joining words to the cue.
	j := h.pos - 1
	for j >= 0 && sents[j] == sent {
		if o, ok := hitCovering(hits, j); ok {
			j = o.pos - 1
			continue
		}
		if r.list.endsAt(ts, j) {
			break // "rivals such as X": "as" ends a cue here
		}
		if skippable(ts.key(j)) {
			j--
			continue
		}
		// "owned by X (51%) and Y (49%)": a share in brackets
		if ts.has(j, fDigitInit) && strings.Contains(ts.gap(j), "(") {
			j--
			continue
		}
		// "south of X (TSX-V: XYZ) and Y": a company's bracketed ticker
		if b := tickerOpen(ts, sents, j); b > 0 {
			if _, ok := hitCovering(hits, b-1); ok {
				j = b - 1
				continue
			}
		}
		if ts.has(j, fPossessive) && ts.capitalised(j) {
			j-- // "a unit of Russia's Rosatom"
			// "South Korea's Hanil Advanced Metals": the rest of the place
			for b := j; b >= 0 && b > j-2 && sents[b] == sent && ts.capitalised(b) && ts.joined(b+1) && !ts.has(b, fPossessive); b-- {
				if _, ok := hitCovering(hits, b); ok {
					break
				}
				j = b - 1
			}
			continue
		}
		if r.unit[ts.key(j)] && j == h.pos-1 {
			break // "its wholly owned subsidiary Keyuan Magnet Singapore"
		}
		if b := d.descriptorStart(ts, sents, j); b < j {
			j = b - 1 // "the magnet unit of Japanese specialty steelmaker Daido Steel"
			continue
		}
		if j > 0 && strings.HasSuffix(ts.gap(j), "-") && r.businessForm[ts.key(j)] && ts.capitalised(j-1) {
			// "the merger of Sayona Mining and U.S.-based Piedmont Lithium"
			for j -= 2; j >= 0 && ts.toks[j].runes == 1 && ts.has(j, fUpperInit) && ts.gap(j+1) == "."; j-- {
			}
			continue
		}
		break
	}
	// "a subsidiary of the provincial state-owned X": up to three
	// lower-case words between "of" and the parent, running up to it ("As
	// part of the larger deal, X has ..." is no parent: the comma ends the
	// phrase).
	if j > 1 && sents[j] == sent && !ts.capitalised(j) && !d.words.function[ts.key(j)] && !r.list.endsAt(ts, j) && ts.joined(j+1) {
		for b := j - 1; b > 0 && b >= j-4 && sents[b] == sent && ts.joined(b+1); b-- {
			if ts.key(b) == "of" && r.of.endsAt(ts, b-1) {
				j = b
				break
			}
			if ts.capitalised(b) || d.words.function[ts.key(b)] && ts.key(b) != "the" {
				break
			}
		}
	}
	if r.latinUnitOf(ts, sents, h.pos-1) {
		return noteParent // "la filial de X", "une filiale malienne de X"
	}
	if j >= 0 && sents[j] == sent {
		k := ts.key(j)
		switch {
		case r.list.endsAt(ts, j):
			return noteExample
		// "its parent X", and "Parent X was named ..." opening a sentence
		// (not when X's own act follows: "Parent X (Nasdaq: X) applies for
		// a loan" is the parent's news, docs/labelling.md 2)
		case r.head.endsAt(ts, j) && (!ts.has(j, fUpperInit) || ts.has(j, fSentStart)) && !r.actsAfter(ts, sents, h):
			return noteParent
		// "its wholly owned Argentine subsidiary, Quetzal Andina S.A., has
		// signed": the issuer's unit, named in the issuer's news.
		// "..., has signed" after it: the unit acts, and is a subject
		// (docs/labelling.md, 2).
		case r.unit[k] && !ts.has(j, fUpperInit) && (strings.TrimSpace(ts.gap(h.pos)) == "," || ts.joined(h.pos) && j == h.pos-1 && (ownedBy(ts, sents, j, "through") || ownedBy(ts, sents, j, "via"))) &&
			(ownedBy(ts, sents, j, "its") || issuerUnit(ts, sents, j) || d.words.issuerUnitEnds(ts, sents, j, h) || heldByIssuerUnit(ts, sents, j)) &&
			!r.actsAfter(ts, sents, h):
			return noteUnit
		case k == "of" && j > 0 && r.of.endsAt(ts, j-1):
			switch ts.key(j - 1) {
			case "takeover", "acquisition":
				return noteTarget
			case "merger":
				return noteMerged // "formed by the merger of Livent and Allkem"
			}
			return noteParent
		case (k == "by" || r.latinBy[k]) && r.by.endsAt(ts, timeBefore(ts, sents, j-1)) && !d.assetOwner(ts, hits, sents, j, h):
			if ventureOwner(r, ts, sents, j) && partnersAct(r, ts, sents, j) {
				break // "... formed by X and Y, the partners said"
			}
			return noteParent
		// "Z, a 60:40 venture of X and Y", "the joint venture between X and
		// Y": the partners named as the vehicle's owners (docs/labelling.md,
		// 4), unless the sentence says they act ("..., the partners said").
		case (k == "of" || k == "between") && j > 0 && r.ventureNoun[ts.key(j-1)] && describesVehicle(ts, sents, j-1) && !partnersAct(r, ts, sents, j):
			return noteParent
		// "POSCO Future M Co., Ltd., the battery materials company of the
		// POSCO group,": the parent named to identify the unit (docs/labelling.md, 2).
		case k == "of" && j > 0 && d.words.unitNoun[ts.key(j-1)] && d.words.appositionAfter(ts, hits, sents, j-1, h):
			return noteParent
		// "Z, the partnership through which X and Y will operate"
		case k == "which" && j > 1 && (ts.key(j-1) == "through" || ts.key(j-1) == "in" || ts.key(j-1) == "under") &&
			r.ventureNoun[ts.key(j-2)] && describesVehicle(ts, sents, j-2) && !partnersAct(r, ts, sents, j):
			return noteParent
		case k == "for" && r.forBid.endsAt(ts, j-1):
			return noteTarget
		// "the Donald project, a joint venture with Astron": a partner in
		// the subject's venture, unless the sentence is the deal's news
		// ("signed a joint venture with X").
		case r.venture.endsAt(ts, j) && !d.dealBefore(ts, sents, j):
			return notePartner
		// "the joint venture company, Qorvath Ogun Mining Ltd, holds ...":
		// the vehicle, not the partners whose news it is.
		case r.vehicle.endsAt(ts, j):
			return noteVehicle
		case r.target.endsAt(ts, j):
			return noteTarget
		case k == "from":
			// "has acquired the remaining 30% interest in its Bolivian
			// subsidiary, Minera Q S.A., from X": the seller, past the asset.
			for b := j - 1; b >= 0 && b >= j-16 && sents[b] == sent; b-- {
				if r.from.endsAt(ts, b) {
					return noteSeller
				}
			}
			// "closed the acquisition of 100% of the Beauce property in
			// southern Quebec from X": the seller, however long the asset's
			// description.
			for b := j - 1; b > 0 && b >= j-16 && sents[b] == sent; b-- {
				if ts.key(b) == "of" && (ts.key(b-1) == "acquisition" || ts.key(b-1) == "purchase") {
					return noteSeller
				}
			}
		}
	}
	// "X, its largest shareholder, ...", "X, a former subsidiary of ...":
	// the apposition names X's role towards the subject.
	n := len(ts.toks)
	if h.end < n && sents[h.end] == sent && ts.gap(h.end) == "," && ts.key(h.end) != "whose" {
		for k := h.end; k < n && k < h.end+7 && sents[k] == sent; k++ {
			if k > h.end && strings.ContainsAny(ts.gap(k), ",;:()") {
				break
			}
			if _, ok := hitCovering(hits, k); ok {
				continue // "X, SQM's largest shareholder"
			}
			if r.vehicle.endsAt(ts, k) {
				return noteVehicle // "X, the joint venture company, ..."
			}
			if r.head.endsAt(ts, k) && originAfter(ts, sents, k) {
				break // "X, a drive-train supplier from Stuttgart, said": what X is, not a role
			}
			if r.head.endsAt(ts, k) {
				// "X, the parent of Y, will supply ...": X's role is towards
				// Y, which makes X a mention only when the item is about Y.
				if k+2 < n && ts.key(k+1) == "of" && sents[k+2] == sent {
					if y, ok := hitCovering(hits, k+2); ok && y.name != h.name && !strong(y.name) {
						break
					}
				}
				return noteParent
			}
		}
	}
	// "X, which holds a 49% stake in ...": X is a shareholder. A legal
	// suffix after the name ("X (Group) Co., Ltd. holds 45%") is skipped.
	e := h.end
	for e < n && sents[e] == sent && e < h.end+3 && d.words.suffix[ts.key(e)] {
		e++
	}
	// "Gécamines, the Congolese state miner, holds the remaining 20%": past
	// an apposition that closes with a comma.
	if e < n && sents[e] == sent && ts.gap(e) == "," && !relativeWord(ts.key(e)) {
		for k := e + 1; k < n && k <= e+16 && sents[k] == sent; k++ {
			if g := ts.gap(k); g == "," {
				if r.holder.endsAt(ts, k) {
					e = k
				}
				break
			} else if g != "" && g != "-" {
				break
			}
		}
	}
	// "European Lithium remains a major shareholder": a role as the
	// predicate.
	if e+2 < n && sents[e] == sent {
		switch ts.key(e) {
		case "is", "was", "remains", "remained", "became", "becomes":
			if a := ts.key(e + 1); a == "a" || a == "an" || a == "the" || a == "its" {
				for k := e + 2; k < n && k <= e+4 && sents[k] == sent && ts.joined(k) && !ts.capitalised(k); k++ {
					if !r.head.endsAt(ts, k) {
						continue
					}
					// "X is the parent of Y": a role towards Y, which makes X a
					// mention only when the item is about Y.
					if k+2 < n && ts.key(k+1) == "of" && sents[k+2] == sent {
						if y, ok := hitCovering(hits, k+2); ok && y.name != h.name && !strong(y.name) {
							break
						}
					}
					return noteParent
				}
			}
		}
	}
	relative := false
	if e < n && sents[e] == sent && (ts.key(e) == "which" || ts.key(e) == "who" || ts.key(e) == "that") {
		e++
		relative = true
	}
	// "China Rare Earth Group, which absorbed the Ganzhou group as a core
	// subsidiary": the parent of a company the item is about.
	if relative && e < n && sents[e] == sent && r.absorb[ts.key(e)] {
		for k := e + 1; k < n && k <= e+5 && sents[k] == sent; k++ {
			if y, ok := hitCovering(hits, k); ok {
				if y.name != h.name && strong(y.name) {
					return noteParent
				}
				break
			}
			if r.anaphora[ts.key(k)] || r.unit[ts.key(k)] {
				return noteParent
			}
		}
	}
	// "X, the operator of ..., has agreed to sell 20%": "has" before a
	// past participle is X's own act, not a holding; so is "has also
	// acquired" (auxiliary_adverbs between).
	p := e + 1
	for p < n && p <= e+2 && sents[p] == sent && r.auxAdverb[ts.key(p)] {
		p++
	}
	auxiliary := p < n && sents[p] == sent && (ts.key(e) == "has" || ts.key(e) == "had") &&
		(r.companyVerb[ts.key(p)] || r.dealVerb[ts.key(p)] || strings.HasSuffix(ts.key(p), "ed") && !r.holder.endsAt(ts, p))
	if e < n && sents[e] == sent && !auxiliary && (r.holder.endsAt(ts, e) || relative && r.holderAction.endsAt(ts, e)) {
		for k := e + 1; k < n && k <= e+6 && sents[k] == sent; k++ {
			if _, ok := hitCovering(hits, k); ok {
				break
			}
			if r.stake[ts.key(k)] || stakeFigure(ts, k) {
				return noteParent
			}
		}
	}
	if stakeListMember(r, ts, sents, h, e) {
		return noteParent
	}
	return ""
}

// timeBefore returns the token before a time phrase that ends at token j
// ("formed this year by", "set up in 2021 by"), or j when there is none.
func timeBefore(ts *tokens, sents []int32, j int) int {
	b := j
	for b > 0 && b >= j-2 && sents[b] == sents[j] {
		switch k := ts.key(b); {
		case k == "year" || k == "this" || k == "last" || k == "in" || ts.has(b, fDigitInit):
			b--
			continue
		}
		break
	}
	if b < j && (ts.key(b+1) == "this" || ts.key(b+1) == "last" || ts.key(b+1) == "in") {
		return b
	}
	return j
}

// ownedBy reports the possessive word (such as "its") among the four tokens
// before token j, in j's sentence: "its 100%-owned Tanzanian subsidiary".
func ownedBy(ts *tokens, sents []int32, j int, word string) bool {
	for b := j - 1; b >= 0 && b >= j-5 && sents[b] == sents[j]; b-- {
		if ts.key(b) == word {
			return true
		}
	}
	return false
}

// dealBefore reports a deal verb ("signed", "will form") in the sentence
// before token j.
func (d *Dictionary) dealBefore(ts *tokens, sents []int32, j int) bool {
	for b := j - 1; b >= 0 && sents[b] == sents[j]; b-- {
		if d.roles.dealVerb[ts.key(b)] {
			return true
		}
	}
	return false
}

// hitCovering returns the text hit whose tokens include token i.
func hitCovering(hits []hit, i int) (hit, bool) {
	for _, h := range hits {
		if h.src == 1 && h.pos <= i && i < h.end {
			return h, true
		}
	}
	return hit{}, false
}

// descriptorStart returns where a description of the company after token j
// starts when token j ends one: a company noun or a "-maker", with up to
// three lower-case words or places before it ("Japanese specialty
// steelmaker", "state nuclear company"). It returns j+1 when there is none,
// or when token j is the text's last (no company follows it).
func (d *Dictionary) descriptorStart(ts *tokens, sents []int32, j int) int {
	k := ts.key(j)
	if j+1 >= len(ts.toks) || !ts.joined(j+1) || ts.has(j, fUpperInit) || !(d.roles.companyNoun[k] || strings.HasSuffix(k, "maker")) {
		return j + 1
	}
	b := j
	for b > 0 && b > j-4 && sents[b-1] == sents[j] && ts.joined(b) {
		p := ts.key(b - 1)
		if d.words.function[p] || d.roles.companyNoun[p] || !(d.roles.place[p] || !ts.has(b-1, fUpperInit)) {
			break
		}
		b--
	}
	return b
}

// backerOf reports a name joined by a hyphen to "backed", "owned",
// "controlled" or "funded" before a company noun: "Glencore-backed
// junior", "a Sojitz-owned explorer": the owner or backer of the company
// the sentence is about. Before an asset, or a word that may be one
// ("smelter", "refiner"), the owner is at work ("a Tsingshan-owned smelter
// started a line").
func (d *Dictionary) backerOf(ts *tokens, h hit) bool {
	e := h.end
	if e+1 >= len(ts.toks) || ts.gap(e) != "-" || !ts.joined(e+1) {
		return false
	}
	switch ts.key(e) {
	case "backed", "owned", "controlled", "funded", "financed", "supported":
		switch ts.key(e + 1) {
		case "company", "firm", "group", "junior", "explorer", "developer", "miner", "producer", "startup",
			"start-up", "venture", "consortium", "subsidiary", "unit", "affiliate":
			return true
		}
	}
	return false
}

// originAfter reports a role word at token k that an origin follows
// ("supplier from Stuttgart", "maker based in Changwon"): the apposition
// says what the company is, not its role towards another.
func originAfter(ts *tokens, sents []int32, k int) bool {
	a := k + 1
	if a+1 >= len(ts.toks) || sents[a] != sents[k] || !ts.joined(a) {
		return false
	}
	switch ts.key(a) {
	case "from":
		return ts.joined(a+1) && ts.capitalised(a+1)
	case "based", "headquartered":
		return true
	}
	return false
}

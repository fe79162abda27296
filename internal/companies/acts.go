package companies

import (
	"strings"
)

// A company's own acts: a verb of the company's own act after a naming
// (actsAfter, actsPast), the object of a sentence, and a unit noun before
// a naming, which tell a subject from a company only acted upon.

// actsAfter reports a verb of the company's own act right after hit h, past
// its legal suffix and closing comma: "Quetzal Andina S.A., has signed",
// "Mogul Graphite Tanzania Limited, has executed".
func (r *roleWords) actsAfter(ts *tokens, sents []int32, h hit) bool {
	e := h.end
	// past "S.A.", "Limited", a bracketed country ("(Tanzania) Limited")
	// and a bracketed ticker ("(Nasdaq: CRML) applies")
	for e < len(ts.toks) && sents[e] == sents[h.pos] {
		if r.words.legal[ts.key(e)] {
			e++
			continue
		}
		if !strings.Contains(ts.gap(e), "(") {
			break
		}
		for e++; e < len(ts.toks) && e < h.end+6 && sents[e] == sents[h.pos] && !strings.Contains(ts.gap(e), ")"); e++ {
		}
	}
	if e >= len(ts.toks) || sents[e] != sents[h.pos] {
		return false
	}
	if dashGap(ts.gap(e)) {
		return false // "—via its parent, X—aims": the verb is the sentence's, past the dashes
	}
	k := ts.key(e)
	if k == "has" || k == "have" || k == "will" || k == "had" {
		if e+1 >= len(ts.toks) || sents[e+1] != sents[h.pos] {
			return false
		}
		k = ts.key(e + 1)
		return r.companyVerb[k] || r.dealVerb[k] || strings.HasSuffix(k, "ed") || k == "supply" || k == "sign"
	}
	return r.actVerb(k)
}

// objectInSentence reports whether h, past the names and "and" before it
// in its sentence (at most twelve words back), follows a verb of being or
// including (roles.toml object_cues): "One is understood to be X",
// "Partners include A and X", a counterpart the sentence names, not its
// actor.
func (r *roleWords) objectInSentence(ts *tokens, sents []int32, hits []hit, h hit) bool {
	for j := h.pos - 1; j >= 0 && j >= h.pos-12 && sents[j] == sents[h.pos]; j-- {
		if o, ok := hitCovering(hits, j); ok {
			j = o.pos
			continue
		}
		k := ts.key(j)
		if k == "and" || ts.has(j, fUpperInit) && !ts.has(j, fSentStart) {
			continue
		}
		return r.objectCue[k]
	}
	return false
}

// unitBefore reports a unit noun shortly before h in its sentence, or a
// joint-venture noun anywhere before it there: "Kamoto Copper, the
// Congolese unit of X" names X only to identify its unit, and "the venture
// is owned by X and Y" a venture's partner (docs/labelling.md, 2 and 4).
// venture reports the second: a partner that its own act in a later
// sentence makes a subject (analyze.go, partnerSent), where a parent named
// for its unit stays a mention.
func (r *roleWords) unitBefore(ts *tokens, sents []int32, h hit) (unit, venture bool) {
	for j := h.pos - 1; j >= 0 && sents[j] == sents[h.pos]; j-- {
		k := ts.key(j)
		if j >= h.pos-4 && r.unit[k] {
			return true, false
		}
		venture = venture || r.ventureNoun[k]
	}
	return false, venture
}

// partnerNamed reports a venture's partner named as one: a partner noun
// (roles.toml partner_nouns) right before h, or before another partner
// and "and", past a place's possessive ("its joint venture partner China's
// X", "joint venture partners A and X"). "The venture is owned by X" names
// the vehicle's owner instead.
func (r *roleWords) partnerNamed(ts *tokens, sents []int32, hits []hit, h hit) bool {
	j := h.pos - 1
	for j >= 0 && j >= h.pos-8 && sents[j] == sents[h.pos] && !strings.ContainsAny(ts.gap(j+1), ",;:()") {
		k := ts.key(j)
		switch {
		case r.partnerNoun[k] && !ts.capitalised(j):
			return true
		case ts.has(j, fPossessive) && ts.has(j, fUpperInit), k == "and":
			j--
		default:
			o, ok := hitCovering(hits, j)
			if !ok || o.pos >= h.pos {
				return false
			}
			j = o.pos - 1
		}
	}
	return false
}

// actVerb reports a verb of a company's own act, leaving out the deal
// words that are no act on their own ("will", "set", "talks", "MoU").
func (r *roleWords) actVerb(k string) bool {
	return r.companyVerb[k] || r.dealVerb[k] && k != "will" && k != "set" && k != "talks" && k != "mou"
}

// actsPast reports a verb of the company's own act after hit h, past its
// legal suffix and an apposition closed by a comma: "X Limited, a
// Lubumbashi-based processor, financed the project", "X Co., Ltd., will
// build a plant". Holding verbs ("holds", "will keep") are a role, not an
// act.
func (r *roleWords) actsPast(ts *tokens, sents []int32, hits []hit, h hit) bool {
	n, sent := len(ts.toks), sents[h.pos]
	// X opens its sentence, or is the apposition of the short noun phrase
	// that does ("SMK's parent, X, said"): the sentence's actor, not a
	// company inside another's apposition ("Y, a unit of X, announced").
	b := h.pos
	for b > 0 && sents[b-1] == sent {
		b--
	}
	if b < h.pos {
		if h.pos-b > 6 || !strings.Contains(ts.gap(h.pos), ",") {
			return false
		}
		for k := b; k < h.pos; k++ {
			if o, ok := hitCovering(hits, k); ok && !possessive(ts, o.end-1) || insidePhrase(ts.key(k)) {
				return false // "Norbridge's parent, X," is fine
			}
		}
	}
	e := h.end
	for e < n && sents[e] == sent && (r.words.legal[ts.key(e)] || strings.Contains(ts.gap(e), "(")) {
		e++
	}
	if e < n && sents[e] == sent && ts.gap(e) == "," && !relativeWord(ts.key(e)) && !r.companyVerb[ts.key(e)] &&
		ts.key(e) != "will" && ts.key(e) != "has" && ts.key(e) != "had" {
		// ", a Lubumbashi-based processor," up to eight words
		k := e + 1
		for k < n && k <= e+8 && sents[k] == sent && ts.gap(k) != "," && !strings.ContainsAny(ts.gap(k), ";:()") {
			k++
		}
		if k >= n || sents[k] != sent || ts.gap(k) != "," {
			return false
		}
		e = k
	}
	if e >= n || sents[e] != sent || ts.capitalised(e) {
		return false
	}
	k := ts.key(e)
	if k == "will" || k == "has" || k == "had" || k == "would" {
		if e+1 >= n || sents[e+1] != sent {
			return false
		}
		k = ts.key(e + 1)
		switch k {
		case "be", "been", "not", "remain", "retain", "keep", "hold", "own", "continue":
			return false
		}
		return !r.holder.endsAt(ts, e+1) && !ts.capitalised(e+1)
	}
	if r.holder.endsAt(ts, e) || k == "based" || k == "owned" || k == "listed" {
		return false
	}
	return r.actVerb(k) || strings.HasSuffix(k, "ed") && ts.toks[e].runes > 4
}

// insidePhrase reports a preposition that puts a name inside another's phrase.
func insidePhrase(k string) bool {
	return k == "of" || k == "by" || k == "with" || k == "from" || k == "to" || k == "and"
}

// dashGap reports a gap holding a dash that sets a phrase off (an em or
// en dash, or a hyphen with a space on either side), not a word's hyphen.
func dashGap(g string) bool {
	return strings.ContainsAny(g, "—–") || strings.Contains(g, " -") || strings.Contains(g, "- ")
}

// highlightActs reports a naming that opens a publisher highlight as its
// actor in the present tense headlines write: a lower-case word in -s
// right after it (past its legal suffix) that is not one of
// headline_non_verbs ("X emerges as a likely buyer", "X aids the move
// into magnets", "X signs"; not "X plus Y", "X shares"). The highlight is
// then news about the company, not a peer set beside the news. A future
// or past ("X will supply feedstock for other lines") is not read: it
// describes a supplier or peer as often as the company's own news.
func (r *roleWords) highlightActs(ts *tokens, sents []int32, h hit) bool {
	if !ts.has(h.pos, fSentStart) || ts.has(h.end-1, fPossessive) {
		return false
	}
	e := h.end
	for e < len(ts.toks) && sents[e] == sents[h.pos] && ts.joined(e) && r.words.legal[ts.key(e)] {
		e++
	}
	if e >= len(ts.toks) || sents[e] != sents[h.pos] || !ts.joined(e) || ts.has(e, fUpperInit) {
		return false
	}
	k := ts.key(e)
	return len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !r.headlineNonVerb[k]
}

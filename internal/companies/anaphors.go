package companies

import (
	"slices"
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// Anaphors: "the company", "the miner" and their Japanese and Korean forms
// in the body, the company each stands for, the sentence that described
// the first company, and the nationality that sets an anaphor apart.

// anaphors returns the body tokens (before the footer, outside quotes) that
// open a phrase standing for a company named before: "The company said",
// "The Perth-based explorer will", "..., the miner said". The phrase is
// "the", up to three words, and an anaphora noun (roles.toml); it opens its
// sentence or a company verb follows it. It returns nil when there is none.
//
// When the item names one company only (sole), the phrase stands for it
// anywhere in a sentence: "Visiting the company on Monday, he urged ...".
// Japanese 同社 and Korean 이 회사 (japanese_korean.toml's anaphora) stand
// for the company named last wherever they are written.
func (d *Dictionary) anaphors(ts *tokens, sents []int32, bodyStart, footer int, sole bool) []int {
	var out []int
	n := len(ts.toks)
	for i := 0; i < n && i < footer; i++ {
		if len(d.localAnaphora) > 0 && int(ts.toks[i].start) >= bodyStart && !ts.has(i, fQuoted) && d.localAnaphorAt(ts, i) {
			out = append(out, i) // "同社は", "이 회사는": the company named last, anywhere in its sentence
			continue
		}
		if int(ts.toks[i].start) >= bodyStart && !ts.has(i, fQuoted) && d.words.han.anaphorAt(ts, i) {
			out = append(out, i) // "该公司", a sentence opening "公司": the company named last
			continue
		}
		if int(ts.toks[i].start) >= bodyStart && !ts.has(i, fQuoted) && d.latinAnaphorAt(ts, sents, i) {
			out = append(out, i) // "La compañía prevé", "señaló la empresa", "Perseroan berencana"
			continue
		}
		if ts.key(i) != "the" || ts.has(i, fQuoted) || int(ts.toks[i].start) < bodyStart {
			continue
		}
		last, based := i+4, false
		for k := i + 1; k < n && k <= last && sents[k] == sents[i]; k++ {
			if d.roles.anaphoraPlaceSuf[ts.key(k)] && ts.gap(k) == "-" && !based {
				last, based = last+1, true // "the Toronto-based battery materials refiner": the place and its suffix are one word
				continue
			}
			if g := ts.gap(k); strings.ContainsAny(g, ",;:()") || text.HasQuoteMark(g) || ts.has(k-1, fPossessive) {
				break // "The world's largest producer, X, said": a description, not an anaphor
			}
			if key := ts.key(k); !d.roles.anaphoraFilter.May(key) {
				continue // neither a stop nor an anaphora noun
			} else if d.roles.anaphoraStop[key] {
				break
			} else if !d.roles.anaphora[key] {
				continue
			}
			if ts.has(k, fUpperInit) {
				break // "the Company": a release's defined term for its issuer
			}
			e := k + 1
			if !ts.has(k, fPossessive) && e < n && sents[e] == sents[i] && ts.joined(e) &&
				(ts.capitalised(e) && !d.words.day[ts.key(e)] || ts.key(e) == "of" || d.roles.anaphora[ts.key(e)]) {
				break // "the company LitioMx", "the group of seven", "the company maker"
			}
			if sole || i == 0 || sents[i-1] != sents[i] || ts.has(k, fPossessive) ||
				e < n && sents[e] == sents[i] && (d.roles.companyVerb[ts.key(e)] || based && d.roles.pairVerb[ts.key(e)]) || reportedSubject(ts, i) {
				out = append(out, i)
			}
			break
		}
	}
	return out
}

// latinAnaphorAt reports a Spanish, Portuguese, French or Indonesian
// phrase for "the company" (latin_anaphora: "la compañía", "a
// mineradora", "la société", "perseroan") starting at token i, not inside
// a longer run of words ("de la empresa" is read, "la empresa china X" and
// "la empresa estatal" are not): the word after it, in the same clause, is
// not capitalised (a name or "Perseroan Terbatas"), a nationality, a
// company noun or a stop word (latin_anaphora_stop_words).
func (d *Dictionary) latinAnaphorAt(ts *tokens, sents []int32, i int) bool {
	r := d.roles
	if len(r.latinAnaphora) == 0 || !r.latinAnaphoraFirst.May(ts.key(i)) {
		return false // most tokens: no phrase opens with the word
	}
	n := len(ts.toks)
	e := -1
	for k := i; k < n && k <= i+1 && sents[k] == sents[i] && (k == i || ts.joined(k)); k++ {
		if r.latinAnaphora.is(ts, i, k) {
			e = k + 1
			break
		}
	}
	if e < 0 {
		return false
	}
	if i > 0 && sents[i-1] == sents[i] && ts.joined(i) && ts.capitalised(i-1) && !ts.has(i, fSentStart) {
		return false // "Grupo Minero la empresa": inside a capitalised run
	}
	if e >= n || sents[e] != sents[i] || !ts.joined(e) {
		return true
	}
	k := ts.key(e)
	return !ts.capitalised(e) && !r.latinNational[k] && !r.latinNoun[k] && !r.latinAnaphoraStop[k]
}

// itNext returns the sentence right after the one h opens when that
// sentence, in the same paragraph and outside a quote, opens with "It" or
// "Its" and the sentence h opens names no other company: "X is expanding
// its line. It expects sales to double." The pronoun stands for h, so the
// item writes about it in two sentences (docs/labelling.md, 1). An
// expletive "It is" / "It was" is not read.
func itNext(ts *tokens, sents []int32, hits []hit, h hit) (int32, bool) {
	if !ts.has(h.pos, fSentStart) {
		return 0, false
	}
	s := sents[h.pos]
	k := h.end
	for k < len(ts.toks) && sents[k] == s {
		k++
	}
	if k+1 >= len(ts.toks) || sents[k] != s+1 || ts.toks[k].para || ts.has(k, fQuoted) {
		return 0, false
	}
	switch ts.key(k) {
	case "it":
		if w := ts.key(k + 1); w == "is" || w == "was" || sents[k+1] != s+1 {
			return 0, false
		}
	case "its":
	default:
		return 0, false
	}
	for _, o := range hits {
		if o.src == 1 && o.name != h.name && o.pos < k && sents[o.pos] == s {
			return 0, false
		}
	}
	return s + 1, true
}

// describedName is a company and the sentence that described it before
// naming it.
type describedName struct {
	name string
	sent int32
}

// describedBefore finds the sentence that describes the item's first
// company without naming it ("President Xi inspected a company that
// manufactures magnets") when the next sentence names it and no other
// ("Xi learned about the operations of X"), in an item whose title names
// no company: that sentence is about the company. Once the item has named
// a company, a description may be anyone's. It is one pass over the
// tokens and the hits.
func (w *wordSets) describedBefore(ts *tokens, sents []int32, hits []hit, footer int) (describedName, bool) {
	if len(hits) == 0 || hits[0].src == 0 {
		return describedName{}, false // the title names a company
	}
	named := false // the item has named a company before the description
	j := 0         // the first body hit not yet passed
	for i := 0; i < len(ts.toks) && i < footer; i++ {
		if k := ts.key(i); k != "a" && k != "an" || ts.has(i, fQuoted) {
			continue
		}
		s := sents[i]
		noun := false
		for k := i + 1; k < len(ts.toks) && k <= i+5 && sents[k] == s && ts.joined(k) && !ts.has(k, fUpperInit); k++ {
			if w.described[ts.key(k)] {
				noun = k+1 >= len(ts.toks) || ts.key(k+1) != "of"
				break
			}
		}
		if !noun {
			continue
		}
		for ; j < len(hits) && (hits[j].src == 0 || sents[hits[j].pos] < s); j++ {
			named = true
		}
		if j < len(hits) && sents[hits[j].pos] == s {
			continue // the sentence names a company itself
		}
		name := ""
		one := j < len(hits) && sents[hits[j].pos] == s+1
		for k := j; one && k < len(hits) && sents[hits[k].pos] == s+1; k++ {
			if name != "" && hits[k].name != name {
				one = false
			}
			name = hits[k].name
		}
		if one && !named {
			return describedName{name: name, sent: s}, true
		}
		if named {
			break
		}
	}
	return describedName{}, false
}

// reportedSubject reports "the company" at token i opening the clause a
// speech verb reports: "its president director said the company was ...",
// "he added the miner would ...". It is that clause's subject.
func reportedSubject(ts *tokens, i int) bool {
	if i == 0 || !ts.joined(i) {
		return false
	}
	switch ts.key(i - 1) {
	case "said", "says", "added", "noted", "stated", "explained", "confirmed":
		return true
	}
	return false
}

// opensPrevSentence reports whether h opens the sentence right before the
// anaphor at token a, in the same paragraph: "Liontown Resources added
// 6.1% ... The Perth-based company also said ...". The anaphor then stands
// for h even when the lead made another company the subject. An
// Indonesian name opens it after its "PT" too ("PT Qorvath Nikel said
// ..."): the naming leaves the legal form out.
func (w *wordSets) opensPrevSentence(ts *tokens, sents []int32, h hit, a int) bool {
	if h.src != 1 || sents[a] != sents[h.pos]+1 {
		return false
	}
	if !ts.has(h.pos, fSentStart) && !(h.pos > 0 && ts.joined(h.pos) && w.prefixForm[ts.text(h.pos-1)] && ts.has(h.pos-1, fSentStart)) {
		return false
	}
	for k := h.pos + 1; k <= a; k++ {
		if ts.toks[k].para {
			return false
		}
	}
	return true
}

// antecedent returns the company anaphor a stands for: the first counting
// text hit of the latest sentence before a that has one, in a's paragraph
// or the one before.
func antecedent(ts *tokens, hits []hit, counted []int, sents []int32, a int) (hit, bool) {
	best := -1
	for _, hi := range counted {
		h := hits[hi]
		if h.pos >= a {
			break
		}
		if best < 0 || sents[h.pos] != sents[hits[best].pos] {
			best = hi
		}
	}
	if best < 0 {
		return hit{}, false
	}
	// Further back than the sentence before, the anaphor is read only when
	// no other company has been named before it: "Xikuangshan Flash
	// Antimony Industry Co., Ltd. ... [two sentences] ... The company's Party
	// secretary said". Sentences inside a quote between them do not count:
	// the manager line after a quote is the quote's speaker
	// (quotedBetween).
	if sents[a]-sents[hits[best].pos] > 1 && !quotedBetween(ts, sents, hits[best].pos, a) {
		for _, o := range hits {
			if o.src == 1 && o.pos < a && o.name != hits[best].name {
				return hit{}, false
			}
		}
	}
	// Beyond the previous paragraph only when the item names no other
	// company at all: "The mine belongs to Jiangxi Tungsten Industry Group
	// Co., Ltd. ... [three paragraphs] ... The group's Party committee".
	only := true
	for _, o := range hits {
		if o.name != hits[best].name {
			only = false
			break
		}
	}
	paras := 0
	for k := hits[best].pos + 1; k <= a; k++ {
		if ts.toks[k].para {
			if paras++; paras > 1 && !only {
				return hit{}, false
			}
		}
	}
	return hits[best], true
}

// quotedBetween reports whether every sentence between the one of token h
// and the one of token a (neither included) is inside a quote: "X的厂房拔地
// 而起。“……。”公司总经理某某说" puts the manager's own quote between the
// naming and the manager line, which then refers past it to X as if to the
// sentence before.
func quotedBetween(ts *tokens, sents []int32, h, a int) bool {
	for k := h + 1; k < a; k++ {
		if sents[k] != sents[h] && sents[k] != sents[a] && !ts.has(k, fQuoted) {
			return false
		}
	}
	return true
}

// otherNationality reports an anaphor starting at token a ("the") whose
// nationality word names another country than the one of dictionary
// company h: "The Korean group said" right after Ulba Metallurgical Plant
// (Kazakhstan) stands for the Korean company named before it. Hyphenated
// forms ("the Chinese-owned miner", "the Anglo-Australian group") describe
// ownership or mixed roots and are not read.
func (d *Dictionary) otherNationality(ts *tokens, a int, h hit) bool {
	if h.company < 0 || d.companies[h.company].Country == "" {
		return false
	}
	country := strings.ToLower(d.companies[h.company].Country)
	for p := a + 1; p < len(ts.toks) && p <= a+4 && ts.joined(p); p++ {
		k := ts.key(p)
		if d.roles.anaphora[k] {
			break
		}
		subs, ok := d.roles.nationality[k]
		if !ok || strings.Contains(ts.gap(p), "-") || p+1 < len(ts.toks) && strings.Contains(ts.gap(p+1), "-") {
			continue
		}
		match := false
		for _, c := range subs {
			match = match || strings.Contains(country, c)
		}
		return !match
	}
	return false
}

// sameCompanyAnaphor reports a Japanese or Korean anaphor at a (同社, 이 회사:
// "the said company") whose antecedent h is named in the same sentence or
// the one before. Unlike English "the company", which an item with a
// subject uses for that subject, these words name the company just
// written: "JX金属も権益を取得した。同社が注力する事業で活用する" is a second
// sentence about JX金属, whoever the item's subject is.
func (d *Dictionary) sameCompanyAnaphor(ts *tokens, sents []int32, h hit, a int) bool {
	return sents[a]-sents[h.pos] <= 1 && d.localAnaphorAt(ts, a)
}

// pairRef is a sentence that refers back to two companies at once: "The
// two companies will each hold half", "双方将共同投资".
type pairRef struct {
	sent  int32
	names [2]string
}

// pairRefs returns the body sentences (before the footer, the phrase
// outside quotes) that open or hold a reference back to a pair ("the two
// companies", "both parties", "the two" before a verb; 双方, 两家企业) when
// the latest earlier sentence naming companies, at most two sentences
// back, named exactly two as a pair (pairNamed), neither as a possessive
// ("X's largest shareholder, Y": an owner and its holder), and the
// reference's own sentence names none before it. Each of the two is
// written about in that sentence too (docs/labelling.md, 1).
func (d *Dictionary) pairRefs(ts *tokens, sents []int32, hits []hit, bodyStart, footer int) []pairRef {
	var out []pairRef
	n := len(ts.toks)
	done := int32(-1)
	for i := 0; i < n && i < footer; i++ {
		if sents[i] == done || int(ts.toks[i].start) < bodyStart || ts.has(i, fQuoted) || !d.pairAt(ts, sents, i) {
			continue
		}
		s := sents[i]
		done = s
		prev := int32(-1)
		for _, h := range hits {
			if h.src != 1 || h.pos >= footer {
				continue
			}
			if hs := sents[h.pos]; hs < s && hs > prev {
				prev = hs
			}
		}
		if prev < 0 || s-prev > 2 {
			continue
		}
		var names []string
		ok := true
		for _, h := range hits {
			if h.src != 1 || h.pos >= footer {
				continue
			}
			if sents[h.pos] == s && h.pos < i {
				ok = false // "X and Y said the two ...": the sentence names them itself
				break
			}
			if sents[h.pos] == prev && possessive(ts, h.end-1) {
				ok = false // "X's largest shareholder, Y, ...": an owner and its holder, not a pair
				break
			}
			if sents[h.pos] == prev && !slices.Contains(names, h.name) {
				names = append(names, h.name)
			}
		}
		if ok && len(names) == 2 && d.pairNamed(ts, sents, hits, prev, footer) {
			out = append(out, pairRef{sent: s, names: [2]string{names[0], names[1]}})
		}
	}
	return out
}

// pairAt reports a reference back to a pair opening at token i: a phrase
// of pair_references, "the two" before a verb or punctuation, or a Chinese
// pair word.
func (d *Dictionary) pairAt(ts *tokens, sents []int32, i int) bool {
	if hanAt(ts, i) {
		return len(d.words.han.pair) > 0 && hanWordAt(ts, i, len(ts.toks), d.words.han.pair) > 0
	}
	k := ts.key(i)
	if k != "the" && k != "both" {
		return false
	}
	r := d.roles
	n := len(ts.toks)
	for e := i + 1; e < n && e <= i+2 && sents[e] == sents[i] && ts.joined(e); e++ {
		if r.pairRef.is(ts, i, e) {
			return true
		}
	}
	for e := i + 1; e < n && e <= i+2 && sents[e] == sents[i] && ts.joined(e); e++ {
		if r.pairOpener.is(ts, i, e) {
			f := e + 1
			if f >= n || sents[f] != sents[i] || !ts.joined(f) {
				return !ts.has(e, fPossessive) // "between the two." / "the two, which ..."
			}
			v := ts.key(f)
			return !ts.capitalised(f) && (r.companyVerb[v] || r.auxAdverb[v] || r.pairVerb[v])
		}
	}
	return false
}

// pairNamed reports sentence s naming its two companies as a pair: joined
// by a conjunction ("X and Y", "X与Y", "X、Y"), or the first opening the
// sentence and the second right after "with" ("X has signed an agreement
// with Y"). Not a venture's owners ("a JV between X and Y"): the item's
// pair is then usually another.
func (d *Dictionary) pairNamed(ts *tokens, sents []int32, hits []hit, s int32, footer int) bool {
	var two []hit
	for _, h := range hits {
		if h.src == 1 && h.pos < footer && sents[h.pos] == s {
			two = append(two, h)
		}
	}
	if len(two) < 2 {
		return false
	}
	a, b := two[0], two[len(two)-1]
	if a.pos > 0 && sents[a.pos-1] == s && ts.key(a.pos-1) == "between" {
		return false
	}
	r := d.roles
	if b.pos == a.end+1 && r.pairJoin[ts.key(a.end)] || b.pos == a.end && ts.gap(b.pos) == "、" {
		return true
	}
	opens := a.pos == 0 || sents[a.pos-1] != s || a.pos >= 2 && sents[a.pos-2] != s
	return opens && b.pos > 0 && r.pairWith[ts.key(b.pos-1)]
}

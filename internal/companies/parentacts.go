package companies

import "strings"

// A parent, owner or seller acting again: a counting body naming that is
// its clause's actor, in more shapes than a naming opening its sentence
// (actsAfter, actsPast), with a statement, money or work verb after it.
// analyze.go reads it for a company it demoted once as a parent, owner or
// seller (tally.heldSent): that naming's sentence and this one are two
// sentences about the company (docs/labelling.md, 2 and 5).

// maxActorLead is how many tokens may stand before a naming that is still
// its sentence's actor: an opener ("Additionally,"), an article and a
// description ("lithium battery maker").
const maxActorLead = 8

// actsAgain reports whether naming h is the actor of its clause and a
// verb of the company's own act follows it: "X did not immediately
// respond", "Additionally, battery maker X and carmaker Y will invest",
// "A and X declined to comment", "... after X suspended the project",
// "X claims on its website", "X will be treating", "The X group
// manufactures".
func (d *Dictionary) actsAgain(ts *tokens, sents []int32, hits []hit, h hit) bool {
	if possessive(ts, h.end-1) {
		return false
	}
	article, ok := d.actorBefore(ts, sents, hits, h)
	if !ok {
		return false
	}
	n, sent := len(ts.toks), sents[h.pos]
	e := h.end
	for e < n && sents[e] == sent && (d.roles.words.legal[ts.key(e)] || strings.Contains(ts.gap(e), "(")) {
		e++ // "X Ltd", "X (ASX: XYZ)"
	}
	if article && e < n && sents[e] == sent && d.roles.ownerGroup[ts.key(e)] && !ts.capitalised(e) {
		e++ // "The X group manufactures"
	}
	// "X and carmaker Y will invest": past a second actor
	if e+1 < n && sents[e+1] == sent && ts.key(e) == "and" && !strings.ContainsAny(ts.gap(e), ",;:") {
		k := e + 1
		if k = d.descriptorStart(ts, sents, k); k > e+1 {
			k = e + 1
		}
		for k < n && k < e+5 && sents[k] == sent && !ts.capitalised(k) {
			k++
		}
		if o, ok := hitCovering(hits, k); ok && o.pos == k {
			e = o.end
		} else if k < n && sents[k] == sent && ts.has(k, fUpperInit) {
			// a name lode does not report ("carmaker Brindle Motors")
			for e = k + 1; e < n && e < k+4 && sents[e] == sent && ts.joined(e) && ts.has(e, fUpperInit); e++ {
			}
		}
	}
	if e < n && sents[e] == sent && !strings.ContainsAny(ts.gap(e), ",;:()") && d.roles.officerSpeaks(ts, sents, e) {
		return true // "X managing director Jane Doe said"
	}
	if e >= n || sents[e] != sent || ts.capitalised(e) || strings.ContainsAny(ts.gap(e), ",;:()") {
		return false
	}
	return d.roles.ownActAt(ts, sents, e)
}

// maxOfficerName is how many words an officer's name may have.
const maxOfficerName = 4

// officerSpeaks reports an officer speaking for the company named right
// before token e: a title of roles.toml speaker_titles words ("managing
// director", "deputy general manager"), a person's name of capitalised
// words, set off by two commas or none, and a verb of the company's own act
// ("X managing director Jane Doe said", "X general manager, Jane Doe,
// told").
func (r *roleWords) officerSpeaks(ts *tokens, sents []int32, e int) bool {
	n, sent := len(ts.toks), sents[e]
	k := e
	for k < n && k < e+5 && sents[k] == sent && r.speakerTitle[ts.key(k)] && (k == e || ts.joined(k)) {
		k++
	}
	if k == e || k >= n || sents[k] != sent {
		return false
	}
	open := strings.TrimSpace(ts.gap(k))
	if open != "" && open != "," {
		return false
	}
	p := k
	for p < n && p < k+maxOfficerName && sents[p] == sent && ts.has(p, fUpperInit) && (p == k || ts.joined(p)) {
		p++
	}
	if p == k || p >= n || sents[p] != sent || strings.TrimSpace(ts.gap(p)) != open {
		return false
	}
	return r.ownActAt(ts, sents, p)
}

// actorBefore reports whether what stands before h in its sentence leaves
// h the actor of a clause: nothing, an opener closed by a comma
// ("Additionally,"), "The", a description ("battery maker"), another
// actor and "and" ("A and X"), or a conjunction opening a clause ("after
// X"). article reports "The" right before the name.
func (d *Dictionary) actorBefore(ts *tokens, sents []int32, hits []hit, h hit) (article, ok bool) {
	sent := sents[h.pos]
	j := h.pos
	if j > 0 && sents[j-1] == sent && d.roles.clauseOpener[ts.key(j-1)] && !ts.capitalised(j-1) && !strings.ContainsAny(ts.gap(j), ",;:()") {
		return false, true // "... after X suspended"
	}
	// a description: "battery maker X", "carmaker X"
	if j > 0 && sents[j-1] == sent && !strings.ContainsAny(ts.gap(j), ",;:()") {
		if b := d.descriptorStart(ts, sents, j-1); b < j {
			j = b
		}
	}
	if j > 0 && sents[j-1] == sent && ts.key(j-1) == "the" && !strings.ContainsAny(ts.gap(j), ",;:()") {
		j--
		article = true
	}
	// "A and X": another company opening the sentence before "and"
	if !article && j > 1 && sents[j-1] == sent && ts.key(j-1) == "and" && !strings.ContainsAny(ts.gap(j-1)+ts.gap(j), ",;:()") {
		if o, ok := hitCovering(hits, j-2); ok && o.name != h.name {
			j = o.pos
			if b := d.descriptorStart(ts, sents, j-1); j > 0 && b < j && sents[j-1] == sent {
				j = b
			}
		}
	}
	if j == 0 || sents[j-1] != sent || ts.has(j, fSentStart) {
		return article, true
	}
	// "Additionally, X", "In 2021, X": up to three words closed by a comma
	if !strings.Contains(ts.gap(j), ",") || h.pos-j > maxActorLead {
		return false, false
	}
	for b := j - 1; b >= 0 && b >= j-3 && sents[b] == sent; b-- {
		if strings.ContainsAny(ts.gap(b+1), ",;:()") && b+1 < j {
			return false, false
		}
		if _, ok := hitCovering(hits, b); ok {
			return false, false
		}
		if b == 0 || sents[b-1] != sent || ts.has(b, fSentStart) {
			return article, true
		}
	}
	return false, false
}

// ownActAt reports a verb of a company's own act at token e, after its
// naming: a company or deal verb, a past form ("declined"), a verb of its
// statement or work (roles.toml own_act_verbs: "claims", "manufactures"),
// an auxiliary and a verb ("will invest", "will be treating"), or a reply
// it did not give ("did not immediately respond", roles.toml reply_verbs).
// Holding and being are no act.
func (r *roleWords) ownActAt(ts *tokens, sents []int32, e int) bool {
	n, sent := len(ts.toks), sents[e]
	next := func(i int) (string, bool) {
		if i >= n || sents[i] != sent || ts.capitalised(i) {
			return "", false
		}
		return ts.key(i), true
	}
	k, _ := next(e)
	switch k {
	case "did", "does", "has", "have", "had", "could", "would", "will":
		// "did not immediately respond", "has not replied", "could not be reached"
		if v, _ := next(e + 1); v == "not" {
			for i := e + 2; i < n && i <= e+4; i++ {
				w, ok := next(i)
				if !ok {
					return false
				}
				if r.replyVerb[w] {
					return true
				}
			}
			return false
		}
	}
	switch k {
	case "will", "would", "has", "had", "is", "are", "was", "were":
		v, ok := next(e + 1)
		if !ok {
			return false
		}
		if v == "be" && (k == "will" || k == "would") {
			// "will be treating"
			w, _ := next(e + 2)
			return len(w) > 5 && strings.HasSuffix(w, "ing")
		}
		if k == "is" || k == "are" || k == "was" || k == "were" {
			return len(v) > 5 && strings.HasSuffix(v, "ing") // "is seeking"
		}
		if k == "has" || k == "had" {
			// "has agreed", "has also taken"; not "has a stake"
			if r.auxAdverb[v] {
				if v, ok = next(e + 2); !ok {
					return false
				}
			}
			return r.actVerb(v) || r.ownActVerb[v] || len(v) > 4 && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en"))
		}
		switch v {
		case "be", "been", "not", "remain", "retain", "keep", "hold", "own", "continue":
			return false
		}
		return !r.holder.endsAt(ts, e+1)
	}
	if k == "" || r.holder.endsAt(ts, e) || k == "based" || k == "owned" || k == "listed" {
		return false
	}
	return r.actVerb(k) || r.ownActVerb[k] || strings.HasSuffix(k, "ed") && ts.toks[e].runes > 4
}

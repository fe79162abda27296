package companies

import (
	"strings"
)

// Possessives and clauses: possessive namings, and namings that stand in a
// relative clause describing something already named (", which ...",
// ", making ...") or in a context clause before another company
// ("Following X's success, Y has signed"), and so are mentions.

// possessive reports token i followed by "'s", or a plural's lone
// apostrophe: "Mitsubishi Materials' unit".
func possessive(ts *tokens, i int) bool {
	if ts.has(i, fPossessive) {
		return true
	}
	if i+1 >= len(ts.toks) || ts.toks[i+1].para {
		return false
	}
	g := ts.gap(i + 1)
	w := ts.src[ts.toks[i].start:ts.toks[i].end]
	return (g == "'" || g == "\u2019") && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S"))
}

// ownerPossessive reports whether h is a possessive, through the legal
// form written after it: "Orlan Graphite's", "Orlan Graphite Ltd's".
func (w *wordSets) ownerPossessive(ts *tokens, h hit) bool {
	e := h.end - 1
	for k := h.end; k < len(ts.toks) && k < h.end+3 && !ts.toks[k].para && w.legal[ts.key(k)]; k++ {
		e = k
	}
	return possessive(ts, e)
}

// isPossessiveGap reports the gap after a possessive: "'s" or "’s".
func isPossessiveGap(g string) bool {
	switch g {
	case "'s", "\u2019s", "'S", "\u2019S", "'", "\u2019":
		return true
	}
	return false
}

// relativeWord reports a word that opens a clause that describes something already named:
// "its plant, which once supplied X", "an arrangement under which X bought".
func relativeWord(k string) bool {
	switch k {
	case "which", "who", "whose", "whom", "where", "whereby":
		return true
	}
	return false
}

// participleAfterComma reports ", making ...", ", citing ...", ", adding
// ...": a participial clause that adds context to the sentence's subject.
func participleAfterComma(ts *tokens, j int) bool {
	k := ts.key(j)
	return len(k) > 4 && strings.HasSuffix(k, "ing") && !ts.has(j, fUpperInit) && strings.TrimSpace(ts.gap(j)) == ","
}

// inRelativeClause reports a text hit that stands in a relative clause of
// its sentence after another company: "Lynas said it would expand its
// plant, which once supplied Shin-Etsu", "Gecamines ended an arrangement
// under which Trafigura bought the cobalt". In the lead such a company is
// context, not what the item is about.
func inRelativeClause(ts *tokens, h hit, hits []hit, sents []int32) bool {
	sent := sents[h.pos]
	rel := false
	for j := h.pos - 1; j >= 0 && sents[j] == sent; j-- {
		if o, ok := hitCovering(hits, j); ok {
			if o.name == h.name {
				return false
			}
			return rel
		}
		if !rel && strings.Contains(ts.gap(j+1), ",") {
			return false // "X, which runs a mill, said it would supply Y": the clause closed before Y
		}
		if relativeWord(ts.key(j)) || participleAfterComma(ts, j) {
			rel = true
		}
	}
	return false
}

// inContextClause reports a text hit that stands in such a clause after
// another company of its sentence, or in one that opens its sentence
// before another company ("Following X's success, Y has signed"): in the
// lead that company is context, not what the item is about (it counts as
// one body sentence).
func (w *wordSets) inContextClause(ts *tokens, h hit, hits []hit, sents []int32) bool {
	if w.openingContext(ts, h, hits, sents) {
		return true
	}
	sent := sents[h.pos]
	comma := -1
	for j := h.pos - 1; j >= 0 && sents[j] == sent; j-- {
		if comma < 0 && strings.Contains(ts.gap(j+1), ",") {
			comma = j + 1 // the clause nearest the hit
		}
		if o, ok := hitCovering(hits, j); ok {
			if o.name == h.name || comma < 0 {
				return false
			}
			for k := comma; k < h.pos && k <= comma+4; k++ {
				if w.contextCue[ts.key(k)] && !ts.capitalised(k) {
					// ", after X made a bid" may be the news itself; ", a
					// month after X reported" sets it beside other news.
					return ts.key(k) != "after" || k > comma && w.timeWord[ts.key(k-1)]
				}
			}
			return false
		}
	}
	return false
}

// openingContext reports a text hit inside a clause that opens its
// sentence (or follows a label with a colon, "Analyst view: ...") with a
// context cue and closes with a comma before another company: "Following
// X's success in Asia, Y has signed", "Despite X's cuts, Y raised output".
// "After" is left out, as after a comma: "After X bought the plant, ..."
// may be the news itself.
func (w *wordSets) openingContext(ts *tokens, h hit, hits []hit, sents []int32) bool {
	sent := sents[h.pos]
	s0 := h.pos
	for s0 > 0 && sents[s0-1] == sent {
		s0--
	}
	cue := -1
	for k := s0; k < h.pos && k <= s0+4; k++ {
		if k == s0 || strings.Contains(ts.gap(k), ":") {
			if ts.capitalised(k) && w.contextCue[ts.key(k)] && ts.key(k) != "after" {
				cue = k
			}
		}
	}
	if cue < 0 {
		return false
	}
	for k := cue + 1; k <= h.pos; k++ {
		if strings.ContainsAny(ts.gap(k), ",;:") {
			return false // the clause closed before the hit
		}
	}
	comma := -1
	for k := h.end; k < len(ts.toks) && sents[k] == sent; k++ {
		if comma < 0 && strings.ContainsAny(ts.gap(k), ",;") {
			comma = k
		}
		if comma < 0 {
			continue
		}
		if o, ok := hitCovering(hits, k); ok && o.pos == k {
			return o.name != h.name
		}
	}
	return false
}

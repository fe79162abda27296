package companies

import (
	"strings"
)

// The minerals chain: whether the item names a company inside the chain,
// and whether a company the dictionary places outside it is dropped or
// kept (the item names one of its side minerals, or it holds a stake in a
// chain company the item names).

// namesChain reports whether some company of the item is one the
// dictionary knows and does not place outside the chain (a candidate's
// trade is unknown: "Generation Minerals", a state vehicle, is no chain
// company).
func (d *Dictionary) namesChain(order []*tally) bool {
	for _, t := range order {
		if t.found.Known && !d.outside[t.found.Name] {
			return true
		}
	}
	return false
}

// ownsNamed reports whether the item names a chain company the dictionary
// lists as a unit of name: a state capital group outside the chain is
// part of the news of the battery maker it controls, with or without a
// cue word ("the Party committee of its parent group").
func (d *Dictionary) ownsNamed(order []*tally, name string) bool {
	for _, t := range order {
		if !t.found.Known || d.outside[t.found.Name] {
			continue
		}
		if c, ok := d.byName[foldString(t.found.Name)]; ok && d.companies[c].Parent == name {
			return true
		}
	}
	return false
}

// dropOutside reports whether the finding of name, a company the dictionary
// places outside the chain, is left out of the item's companies: it is kept
// when the item names one of its side minerals ("nickel" for a platinum
// miner that sells by-product nickel) or names it holding a stake in a
// chain company.
func (d *Dictionary) dropOutside(ts *tokens, sents []int32, hits []hit, name string) bool {
	if !d.outside[name] {
		return false
	}
	if side := d.side[name]; len(side) > 0 && ts.namesAny(side) {
		return false
	}
	return !d.roles.holdsChainStake(ts, sents, hits, name, d.outside)
}

// namesAny reports whether the tokens hold one of the word sequences
// (folded words) anywhere.
func (ts *tokens) namesAny(seqs [][]string) bool {
	for i := range ts.toks {
		for _, seq := range seqs {
			if i+len(seq) <= len(ts.toks) && ts.keysAt(i, seq) {
				return true
			}
		}
	}
	return false
}

// keysAt reports whether the tokens from i on have the folded keys seq.
func (ts *tokens) keysAt(i int, seq []string) bool {
	for j, w := range seq {
		if ts.key(i+j) != w {
			return false
		}
	}
	return true
}

// holdsChainStake reports whether some body naming of name is followed,
// in its sentence, by a stake word or a percentage and then "in" and
// another company of the item that the dictionary does not place outside
// the chain, by any of its words ("X, the state mining company, takes a 5%
// carried interest in Y"). Such a holder is part of the chain's news even
// when its own minerals are not.
func (r *roleWords) holdsChainStake(ts *tokens, sents []int32, hits []hit, name string, outside map[string]bool) bool {
	var words map[string]bool // the words of the item's other chain companies, read once
	scanned := int32(-1)
	for _, h := range hits {
		if h.src != 1 || h.name != name || sents[h.pos] == scanned {
			continue // a later naming in a sentence already read to its end adds nothing
		}
		scanned = sents[h.pos]
		stake := false
		for k := h.end; k+1 < len(ts.toks) && sents[k+1] == scanned; k++ {
			stake = stake || r.stake[ts.key(k)] || stakeFigure(ts, k)
			if !stake || ts.key(k) != "in" {
				continue
			}
			if words == nil {
				words = map[string]bool{}
				for _, y := range hits {
					if y.name != name && !outside[y.name] {
						for _, w := range strings.Fields(y.name) {
							words[foldString(w)] = true
						}
					}
				}
			}
			if words[ts.key(k+1)] {
				return true
			}
		}
	}
	return false
}

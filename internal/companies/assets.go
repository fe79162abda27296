package companies

import (
	"strings"
)

// Assets: namings that name a mine, plant or project rather than the
// company ("the Bikita mine", "its Tanco operation"), and the owner or
// operator an asset phrase gives ("the mine, operated by X").

// assetOwnerObject reports a naming that only owns the object of a
// preposition: "partnering with X's Mountain Pass mine", "borders X Inc's
// Corvette property", "4 km from X's Y deposit". The company is a
// neighbour or partner beside the news, neither its actor nor its topic
// (docs/labelling.md 1), so in a highlight or the lead it counts as one
// body sentence, as a context clause does.
func (w *wordSets) assetOwnerObject(ts *tokens, h hit) bool {
	if h.pos == 0 || !ts.joined(h.pos) || !w.ownerPossessive(ts, h) {
		return false
	}
	switch ts.key(h.pos - 1) {
	case "with", "near", "to", "from", "beside", "alongside", "borders":
	default:
		return false
	}
	for k := h.end; k < len(ts.toks) && k <= h.end+5 && !ts.toks[k].para && (ts.joined(k) || isPossessiveGap(ts.gap(k))); k++ {
		if kk := ts.key(k); w.asset[kk] || kk == "property" || kk == "properties" {
			return true
		}
	}
	return false
}

// mineNamed reports a name followed by a capitalised "Mine" that belongs
// to it ("Zulu Lithium Mine", "the Sabi Star Lithium Mine"): the mine's
// name, not its company (a company is "... Mines" or "... Mining"). A
// mine does not speak: a word of speaker (mine_speaker_words) right after
// "Mine" makes it the company that runs it ("X Mine said", "X Mine
// management").
func (r *roleWords) mineNamed(ts *tokens, h hit) bool {
	if h.end >= len(ts.toks) || !ts.joined(h.end) || ts.text(h.end) != "Mine" || ts.has(h.end-1, fPossessive) {
		return false
	}
	a := h.end + 1
	return a >= len(ts.toks) || !ts.joined(a) || ts.has(h.end, fPossessive) || !r.mineSpeaker[ts.key(a)]
}

// assetName reports a name that "the" or a possessive ("its", "their",
// "our") opens and a mine or project noun closes, up to two lower-case
// words on: "the Sabi Star lithium mine", "the Bikita project", "the Zulu
// Lithium Project". One capitalised word joined by "and" may come first
// ("its Zulu Lithium and Tantalum Project"). With no opener, a lower-case
// word must stand between ("runs Sabi Star lithium mine"): a bare "X
// project" may be the company's own. The name is the asset's, not its
// company's.
func (w *wordSets) assetName(ts *tokens, h hit) bool {
	if h.pos == 0 || !ts.joined(h.pos) {
		return false
	}
	opened := assetOpener(ts.key(h.pos - 1))
	start := h.end
	if opened && start+2 < len(ts.toks) && ts.joined(start) && ts.joined(start+1) &&
		(ts.key(start) == "and" || ts.text(start) == "&") && ts.capitalised(start+1) && !w.asset[ts.key(start+1)] {
		start += 2 // "its Zulu Lithium and Tantalum Project"
	}
	for k := start; k < len(ts.toks) && k <= start+2 && ts.joined(k); k++ {
		if w.asset[ts.key(k)] {
			return opened || k > h.end
		}
		if ts.capitalised(k) {
			return false
		}
	}
	return false
}

// assetAppositive reports a name set off by commas right after a lower-case
// mine or project noun and followed by a relative clause: "the Max Mind
// lithium mine, Sabi Star, which is Chinese-owned" names the mine.
func (w *wordSets) assetAppositive(ts *tokens, h hit) bool {
	return h.pos > 0 && h.end < len(ts.toks) && w.asset[ts.key(h.pos-1)] && !ts.capitalised(h.pos-1) &&
		strings.TrimSpace(ts.gap(h.pos)) == "," && strings.TrimSpace(ts.gap(h.end)) == "," && relativeWord(ts.key(h.end))
}

// assetOpener reports a word that opens an asset's name: "the Bikita
// project", "its Zulu Lithium Project".
func assetOpener(k string) bool {
	switch k {
	case "the", "its", "their", "our":
		return true
	}
	return false
}

// assetOwner reports "The plant is owned by X", "the mine, operated by X",
// "owners of the mines, led by X": the cue before "by" (at token by) says
// who owns or runs an asset, not a company, so X is at work in the
// sentence and counts. It is a company's owner when a company is named
// earlier in the sentence ("Kolaka Nickel, owned by GEM"), and a former
// owner when the cue is in the past ("previously owned by X", "acquired by").
func (d *Dictionary) assetOwner(ts *tokens, hits []hit, sents []int32, by int, h hit) bool {
	switch ts.key(by - 1) {
	case "owned", "operated", "run", "controlled", "led", "majority-owned", "wholly-owned":
	default:
		return false
	}
	sent := sents[by]
	for j := by - 2; j >= 0 && sents[j] == sent; j-- {
		if o, ok := hitCovering(hits, j); ok && o.name != h.name {
			return false
		}
		if r := d.roles; r.companyNoun[ts.key(j)] || r.anaphora[ts.key(j)] {
			return false // "the group, which is controlled by X": a company's owner
		}
		switch ts.key(j) {
		case "previously", "formerly", "once", "originally", "until", "was", "were", "had", "been":
			if j >= by-3 {
				return false
			}
		}
	}
	return true
}

// placeNamed reports a company named by one word of place_heads before a
// Portuguese or Spanish "of" (latin_of_words) and a capitalised word: "o
// Vale do Lítio", "no Vale do Jequitinhonha" name a valley, not Vale. A
// longer name ("Companhia Vale do Rio Doce") is its own hit and is kept.
func (d *Dictionary) placeNamed(ts *tokens, h hit) bool {
	e := h.end
	return e-h.pos == 1 && d.words.placeHead[ts.key(h.pos)] && e+1 < len(ts.toks) && ts.joined(e) && ts.joined(e+1) &&
		d.roles.latinOf[ts.key(e)] && !ts.capitalised(e) && ts.capitalised(e+1)
}

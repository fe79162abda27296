package classify

import "github.com/lode-reader/lode/internal/text"

// complainantReach is how many of the title's first words may hold the
// complainants it names: "Workers bemoan ...", "Goromonzi villagers
// demand ...". Further on, a community is an object of the news ("Miner
// signs deal with villagers"), not its speakers.
const complainantReach = 3

// grievanceMin is how many sentences of a complainants' item must hold a
// grievance cue (lexFile.GrievanceCues: pay, jobs, land, compensation,
// royalties, safety) for their charged words to read as their grievance
// reported: a strike over pay or villagers' claim to land says what they
// want in more than one sentence, a protest told through "the lithium is
// ours, not for sale" slogans says it in none or one.
const grievanceMin = 2

// complainantVoice reads an item whose title names a community or its
// workers as its subject (a complainant cue, lexFile.ComplainantCues,
// among the title's first complainantReach words, outside quotation
// marks) as the report of their grievance: rhetoric in someone's words
// (inside quotation marks, or in a sentence of reported speech, the
// title's included) is the complainants' cry reported ("we face another
// wave of colonisation", villagers' 'looting' in the title), set aside as
// topic, when the item names their concrete grievance (grievanceMin
// sentences with a grievance cue). Rhetoric the writer states keeps its
// kind, and so does every directive: a labour story's quoted lines do not
// make it political, a story argued in the writer's own voice is still
// read as such, and residents' protest told as its ownership and
// sovereignty slogans, with no complaint over pay, jobs or land, stays
// their rhetoric.
func (c *Classifier) complainantVoice(w *scratch) {
	if !c.complainantTitle(w) || c.grievanceSents(w) < grievanceMin {
		return
	}
	for i := range w.hits {
		h := &w.hits[i]
		if h.kind != kRhetoric || h.weight <= 0 || !h.quoted {
			continue
		}
		h.kind = kTopic
		w.sents[h.sent].pos -= h.weight
		w.sents[h.sent].topic += h.weight
	}
}

// complainantTitle reports whether the title's first complainantReach
// words hold a complainant cue of the item's languages outside quotation
// marks.
func (c *Classifier) complainantTitle(w *scratch) bool {
	set := c.lx.cueLangs[cueComplainant]
	for _, f := range w.fields {
		if f.field != fTitle {
			continue
		}
		ids, spans := w.ids[f.lo:f.hi], w.spans[f.lo:f.hi]
		quotes := f.ws.Quotes()
		for k := 0; k < len(ids) && k < complainantReach; k++ {
			if ids[k] >= 0 && set[ids[k]]&w.langs != 0 && !text.InSpans(quotes, spans[k].start) {
				return true
			}
		}
	}
	return false
}

// grievanceSents counts the item's sentences (title, highlights and body)
// that hold a grievance cue of the item's languages, up to grievanceMin.
func (c *Classifier) grievanceSents(w *scratch) int {
	set := c.lx.cueLangs[cueGrievance]
	n, last := 0, int32(-1)
	for _, f := range w.fields {
		ids, spans := w.ids[f.lo:f.hi], w.spans[f.lo:f.hi]
		for k, id := range ids {
			if id < 0 || set[id]&w.langs == 0 || spans[k].sent == last {
				continue
			}
			last = spans[k].sent
			if n++; n >= grievanceMin {
				return n
			}
		}
	}
	return n
}

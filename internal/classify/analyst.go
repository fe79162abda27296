package classify

// analystVoice reads the political phrases of an item written for
// investors (scratch.audience: it names its audience, "investors", "why
// this matters", "implications for", outside quotation marks) in the
// analyst's voice. A directive or rhetoric phrase outside quotation marks
// in a sentence that holds an analyst's evaluative verb (sentence.reading:
// "signals", "underscores", "reveals", "blurs lines") is the writer
// evaluating someone else's politics for the market ("the Party-building
// system blurs lines between state policy and corporate strategy", "the
// plant represents an experiment in reclaiming mineral independence"):
// reporting about politics, which counts as topic. Phrases in sentences
// with no such verb keep their kind, so a write-up that tells a Party
// meeting's own formulas (what was studied, pledged, sworn) stays as
// political as its narration.
func analystVoice(w *scratch) {
	for i := range w.hits {
		h := &w.hits[i]
		if h.kind != kDirective && h.kind != kRhetoric || h.inQuotes || h.weight <= 0 {
			continue
		}
		st := &w.sents[h.sent]
		if !st.reading {
			continue
		}
		h.kind = kTopic
		st.pos -= h.weight
		st.topic += h.weight
	}
}

package companies

import "github.com/lode-reader/lode/internal/text"

// Trigger classes: the word lists the candidate scan looks each capitalised
// token up in, as bits of one lookup (token.cls).
const (
	tLegal       uint16 = 1 << iota // wordSets.legal: "Ltd", "GmbH"
	tSector                         // wordSets.sector: "Mining", "Group"
	tTech                           // roleWords.techSuffix
	tMineral                        // roleWords.mineralSuffix
	tCompanyNoun                    // roleWords.companyNoun: "miner", "producer"
	tUnit                           // roleWords.unit: "subsidiary", "unit"
	tLatinHead                      // roleWords.latinHead: "Compañía"
	tLatinOpener                    // roleWords.latinOpener: "Minera"
	tCue                            // share, officer or business-form words: cuedNameAt's cues
	tDefinedHead                    // roleWords.definedHead: "Société" (definedLatinAt)
)

// triggerIndex maps each folded key of the trigger word lists to its
// classes; filter skips the lookup for most other keys.
type triggerIndex struct {
	class  map[string]uint16
	filter text.KeyFilter
}

// newTriggerIndex builds the index of w's and r's trigger word lists.
func newTriggerIndex(w *wordSets, r *roleWords) triggerIndex {
	x := triggerIndex{class: map[string]uint16{}}
	for _, s := range []struct {
		words map[string]bool
		bit   uint16
	}{
		{w.legal, tLegal}, {w.sector, tSector}, {r.techSuffix, tTech},
		{r.mineralSuffix, tMineral}, {r.companyNoun, tCompanyNoun}, {r.unit, tUnit},
		{r.latinHead, tLatinHead}, {r.latinOpener, tLatinOpener},
		{r.share, tCue}, {r.officer, tCue}, {r.businessForm, tCue}, {r.definedHead, tDefinedHead},
	} {
		for w, ok := range s.words {
			if ok {
				x.class[w] |= s.bit
				x.filter.Add(w)
			}
		}
	}
	return x
}

// mark sets the trigger classes of every token of ts (token.cls) and
// returns the classes the item holds at all, so a scan can skip an item
// none of whose words can start it.
func (x *triggerIndex) mark(ts *tokens) uint16 {
	var all uint16
	for i := range ts.toks {
		t := &ts.toks[i]
		t.cls = 0
		if k := ts.keys[t.ks:t.ke]; x.filter.May(k) {
			t.cls = x.class[k]
			all |= t.cls
		}
	}
	return all
}

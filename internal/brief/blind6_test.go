package brief

import "testing"

// TestBlind6Format checks the sixth blind set's files (testdata/blind6, 35
// items written in session 29 from knowledge of real publishers' feed HTML,
// weighted to newsletters, video and podcast pages, uncredited captions above
// the lead, multi-dateline wire stories, state press with editors' notes and
// releases with two "About" footers, without reading this package's code,
// its corpus or the other blind sets' items): known sections only, some
// input, listed or derived highlights and at least one body excerpt. The set
// is scored once, by the coordinator, at the end of the round.
func TestBlind6Format(t *testing.T) { checkBlindFormat(t, "blind6", 35, blind2Keys) }

// blind6Floor is just under the sixth blind set's whole-item accuracy,
// scored once at the end of session 29's first round (15/35; five more
// items miss only on a dateline the convention keeps in the body:
// docs/extraction.md, "Sixth blind set written in session 29"), raised
// after session 29's second round built its miss classes (tuned, not blind).
const blind6Floor = 0.68

// TestSectionAccuracyBlind6 scores the extractor on testdata/blind6 like
// testdata/blind (scoreBlind) and fails below blind6Floor.
func TestSectionAccuracyBlind6(t *testing.T) { scoreBlind(t, "blind6", 35, blind6Floor) }

package brief

import "testing"

// blind4Floor is just under the whole-item accuracy of the fourth blind set
// when it was scored at the end of session 27 (docs/extraction.md, "Fourth
// blind set written in session 27": 18/35 = 51.4% on its first run at
// f6d2700, 24/35 = 68.6% on the session's final extractor). It is a tuned
// set since session 27's second round, which fixed its misses by class
// (33/35 = 94.3%). Never edit an item to make it pass.
const blind4Floor = 0.97

// TestBlind4Format checks the fourth blind set's files: known sections only,
// some input, listed or derived highlights and at least one body excerpt.
func TestBlind4Format(t *testing.T) { checkBlindFormat(t, "blind4", 35, blind2Keys) }

// TestSectionAccuracyBlind4 scores the extractor on testdata/blind4: a fourth
// held-out set written in session 27 from knowledge of real publishers' feed
// HTML, without reading this package's code, its corpus (beyond two files
// for the format) or the earlier blind sets. It is scored like
// testdata/blind (scoreBlind) and fails below blind4Floor.
func TestSectionAccuracyBlind4(t *testing.T) { scoreBlind(t, "blind4", 35, blind4Floor) }

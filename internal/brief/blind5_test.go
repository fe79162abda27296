package brief

import "testing"

// TestBlind5Format checks the fifth blind set's files (testdata/blind5, 35
// items written in session 28 from knowledge of real publishers' feed HTML,
// without reading this package's code, its corpus or the other blind sets'
// items): known sections only, some input, listed or derived highlights and
// at least one body excerpt. The set is scored once, by the coordinator, at
// the end of the round.
func TestBlind5Format(t *testing.T) { checkBlindFormat(t, "blind5", 35, blind2Keys) }

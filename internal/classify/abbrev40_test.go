package classify

import (
	"slices"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// Session 40 (cuetable-s40): an abbreviation in brackets of the words just
// before it ("Foreign Ministry (FM) spokesperson", "Ministry of Commerce
// (MOFCOM)") says those words again; a phrase reads across it as if it were
// not written. Every other bracket still stops a phrase
// (TestPhraseStopsAtBracket). Every case is invented.

// spokespersonRelay is a trade story relaying a foreign ministry
// spokesperson's answer, the occasion named in the lead as lead says.
func spokespersonRelay(lead string) Doc {
	return Doc{
		Title: "Beijing defends its gallium export controls",
		Body: lead + " on Tuesday urged the group's members to earnestly uphold the rules of international trade and stop politicising supply chains.\n\n" +
			"The spokesperson said the export control measures on gallium are consistent with international practice.\n\n" +
			"She said the bloc should abandon its bloc confrontation and stop its smear campaign.\n\n" +
			"The remarks followed reports that the group plans a minerals stockpiling pact with a price floor.",
	}
}

// TestAbbreviationInsideOccasion: "Foreign Ministry (FM) spokesperson" names
// the ministry spokesperson's briefing (relay39-occasions) as "Foreign
// Ministry spokesperson" does, so the relayed answer is business (rule 15).
// Flagged before the abbreviation was read across.
func TestAbbreviationInsideOccasion(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, spokespersonRelay("A Foreign Ministry spokesperson"), false, "the occasion written plainly")
	flagIs(t, c, spokespersonRelay("A Foreign Ministry (FM) spokesperson"), false, "the occasion with its abbreviation in brackets")
}

// TestOtherBracketInsideOccasion: a bracket that is no abbreviation of the
// words before it still stops the phrase, so the spokesperson's occasion is
// not read and the relayed answer stays flagged, as it was: the ministry's
// other abbreviation ("(MFA)", the Ministry of Foreign Affairs, not these
// words' initials) and a place in brackets.
func TestOtherBracketInsideOccasion(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, spokespersonRelay("A Foreign Ministry (MFA) spokesperson"), true, "another abbreviation in brackets")
	flagIs(t, c, spokespersonRelay("A Foreign Ministry (Beijing) spokesperson"), true, "a place in brackets")
}

// TestAbbreviationInBrackets: which bracketed words are abbreviations of
// the words just before them.
func TestAbbreviationInBrackets(t *testing.T) {
	for _, k := range []struct {
		src, word string
		want      bool
	}{
		{"A Foreign Ministry (FM) spokesperson said", "FM", true},
		{"The Ministry of Commerce (MOFCOM) said on Friday", "MOFCOM", true},
		{"Shares of China Northern Rare Earth (CNRE) rose", "CNRE", true},
		{"The People's Bank of China (PBOC) cut rates", "PBOC", true},
		{"The Democratic Republic of the Congo [DRC] exports cobalt", "DRC", true},
		{"A Foreign Ministry (FM), spokesperson said", "FM", true},
		{"A Foreign Ministry (MFA) spokesperson said", "MFA", false},  // not these words' initials
		{"Albemarle (ALB) shares fell", "ALB", false},                 // a ticker: one word
		{"MP Materials (MP) said", "MP", false},                       // a ticker
		{"A Foreign Ministry (FMs) spokesperson said", "FMs", false},  // not all capitals
		{"A Foreign Ministry (FM spokesperson) said", "FM", false},    // not alone in its brackets
		{"A Foreign Ministry, (FM) spokesperson said", "FM", false},   // a comma before the bracket
		{"Foreign, Ministry (FM) spokesperson", "FM", false},          // a comma inside the words
		{"A Foreign Ministry (F) spokesperson said", "F", false},      // one letter
		{"The Foreign Ministry said (FM) it would", "FM", false},      // "said" gives no letter
		{"The foreign ministry of (FM) said", "FM", false},            // the word before the bracket gives none
		{"A Foreign Ministry (FM) (spokesperson) said", "FM", false},  // another bracket right after
		{"The Ministry of Natural Resources (MNR) said", "MNR", true}, // "of" gives none
		{"Rare earth elements (REE) are", "REE", true},                // words in lower case
		{"The ministry (MOFCOM) said", "MOFCOM", false},               // the words do not spell it
		{"International Centre for Settlement of Investment Disputes (ICSID)", "ICSID", true},
	} {
		ws := text.Split(k.src, nil)
		i := slices.IndexFunc(ws.List, func(w text.Word) bool { return k.src[w.Start:w.End] == k.word })
		if i < 0 {
			t.Fatalf("%q: no word %q", k.src, k.word)
		}
		if got := abbreviation(&ws, i, i); got != k.want {
			t.Errorf("%q: %q an abbreviation = %v, want %v", k.src, k.word, got, k.want)
		}
	}
}

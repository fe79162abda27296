package classify

import "testing"

// TestStateNounIsNoSpeechCue (session 36): the speech cue "stated" was read
// by its English stem, which the noun "state" shares, so a sentence naming
// the state, a state-owned miner or the State Council was someone's words.
// The verb's forms still are. Every sentence is invented.
func TestStateNounIsNoSpeechCue(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		body  string
		voice bool
	}{
		{"The state-owned Zandor Mining raised its output of rare earth oxide to 5,000 tonnes.", false},
		{"The state will take a free stake of 20% in every new mine of the Zandovian hills.", false},
		{"The State Council of Zandovia met on Monday to review the mining code.", false},
		{"The minister stated that the lithium of the hills belongs to the people.", true},
		{"The lithium of the hills belongs to the people, the decree states.", true},
		{"He spoke for an hour, stating that the mines would stay in Zandovian hands.", true},
	} {
		if got := voicedAt(t, c, Doc{Body: tc.body}, 0); got != tc.voice {
			t.Errorf("%q read as someone's words = %v, want %v", tc.body, got, tc.voice)
		}
	}
}

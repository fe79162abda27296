package classify

import (
	"math"
	"testing"
)

// Session 36 (lexfix-s36): phrases that overlap in part. The scan took the
// longest phrase at the earliest word and went on after it, so a phrase
// that started one word earlier and reached into a stronger one decided
// which counted: "the Party" (topic) hid "Party oath" (directive), "the
// people" (rhetoric) hid the blocker "People's Republic of China". Every
// case is invented.

// TestOverlapOrderFree: an item scores the same whether or not a weaker
// phrase starts one word before a stronger one it overlaps.
func TestOverlapOrderFree(t *testing.T) {
	c := newClassifier(t, Options{})
	pairs := []struct {
		name string
		a, b Doc
	}{
		{"the Party oath", Doc{
			Title: "Smelter managers renew their pledge",
			Body:  "The managers of the Kestrel smelter took the Party oath again on Monday before the night shift began.",
		}, Doc{
			Title: "Smelter managers renew their pledge",
			Body:  "The managers of the Kestrel smelter took a Party oath again on Monday before the night shift began.",
		}},
		{"the People's Republic of China", Doc{
			Title: "Gallium shipments rise",
			Body:  "Exports of gallium from the People's Republic of China rose to 5,000 tonnes in May, customs data showed.",
		}, Doc{
			Title: "Gallium shipments rise",
			Body:  "Exports of gallium from People's Republic of China rose to 5,000 tonnes in May, customs data showed.",
		}},
	}
	for _, p := range pairs {
		ra, rb := c.Classify(p.a), c.Classify(p.b)
		if math.Abs(ra.Score-rb.Score) > 1e-9 {
			t.Errorf("%s: %.3f with the weaker phrase in front, %.3f without (%v / %v)", p.name, ra.Score, rb.Score, ra.Reasons, rb.Reasons)
		}
	}
}

// TestOverlapStrongerCounts: of two phrases that overlap in part the
// stronger counts, and a blocker stops a phrase that reaches into it.
func TestOverlapStrongerCounts(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Mine tightens its rules",
		Body:  "Foremen of the Kestrel pit who miss the monthly quota are held accountable under Party discipline, the notice says.",
	})
	if _, ok := reasonWeight(r, "Party discipline"); !ok {
		t.Errorf("\"Party discipline\" (directive-strong) not among the reasons: %v", r.Reasons)
	}
	r = c.Classify(Doc{
		Title: "Gallium shipments rise",
		Body:  "Exports of gallium from the People's Republic of China rose to 5,000 tonnes in May, customs data showed.",
	})
	noPoliticalReason(t, r, "a country's name read as a political phrase")
	r = c.Classify(Doc{
		Title: "Managers renew their pledge",
		Body:  "The managers of the Kestrel smelter took the Party oath again on Monday before the night shift began.",
	})
	if _, ok := reasonWeight(r, "Party oath"); !ok {
		t.Errorf("\"Party oath\" (directive) not among the reasons: %v", r.Reasons)
	}
}

// TestOverlapInsideLonger: a phrase inside a longer one still never counts,
// whatever its weight, and a reporter's "former colonial masters" stays the
// history (topic), not the rhetoric "colonial masters" it holds.
func TestOverlapInsideLonger(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Trade complaint filed over ore ban",
		Body:  "The complaint was lodged in Geneva by the country's former colonial masters, who buy most of its nickel.",
	})
	if _, ok := reasonWeight(r, "colonial masters"); ok {
		t.Errorf("\"colonial masters\" read inside \"former colonial masters\": %v", r.Reasons)
	}
	r = c.Classify(Doc{
		Title: "Fund buys a stake",
		Body:  "The sovereign wealth fund bought 10% of the Kestrel lithium project for US$40 million.",
	})
	noPoliticalReason(t, r, "a phrase inside the blocker \"sovereign wealth fund\" counted")
}

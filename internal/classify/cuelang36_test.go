package classify

import (
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// TestCuesInTheItemsLanguage (session 36): the negation, legal, denial,
// change and policy cues are read in the item's language, as the speech
// cues are since c15. Vietnamese "Ban" (a board) folds to the English
// policy and change cue "ban", so a sentence naming a company's board was a
// policy change stated; "nó" (it) folds to the negation "no", which
// cancelled a business phrase after it. The English cues still work in
// English. Every sentence is invented.
func TestCuesInTheItemsLanguage(t *testing.T) {
	c := newClassifier(t, Options{})
	sents := func(body string) []sentence {
		w := &scratch{sc: scanner{st: c.lx.stem}}
		c.features(text.New(Doc{Body: body}), w)
		return w.sents
	}
	for _, tc := range []struct {
		body   string
		policy bool
	}{
		{"Ban Giám đốc của công ty than Zandor đã họp với các đơn vị trong ngày đầu tiên của năm.", false},
		{"The ministry of Zandovia lifted the ban on exports of lithium ore on Monday.", true},
	} {
		if got := sents(tc.body)[0].policy; got != tc.policy {
			t.Errorf("%q read as a policy change = %v, want %v", tc.body, got, tc.policy)
		}
	}
	r := c.Classify(Doc{Body: "Mỏ than Zandor được đầu tư lớn và nó đạt sản lượng kỷ lục trong năm nay của các đơn vị."})
	if w, ok := reasonWeight(r, "sản lượng"); !ok || w >= 0 {
		t.Errorf("\"sản lượng\" after \"nó\" did not count as business (%.2f, %v): %v", w, ok, r.Reasons)
	}
	r = c.Classify(Doc{Body: "The board of the Zandor coal company gave no output guidance for the year to its shareholders."})
	if w, ok := reasonWeight(r, "output"); ok && w < 0 {
		t.Errorf("\"output\" after \"no\" counted as business in English: %v", r.Reasons)
	}
}

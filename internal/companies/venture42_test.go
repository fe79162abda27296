package companies

import "testing"

// TestHeldCompanyActsAgain42: a seller, owner or venture partner named once
// for its holding (docs/labelling.md, 4 and 5) that a later sentence reports
// acting is written about in two sentences, a subject, in two more shapes
// than TestParentActsAgain's: its officer speaks for it ("X general manager,
// Jane Doe, said"), also by the short form the item gives it; its act after
// a comma-parenthetical ("X, in a separate statement on Thursday, said") is
// read as before. An officer who is no actor, a description after a
// parenthetical, and a parent named as its unit's stay mentions. Invented
// companies and sentences.
func TestHeldCompanyActsAgain42(t *testing.T) {
	d := actsAgainDict(t)
	title, lead := restartItem("Tessel Lithium bought the plant from Korvane Metals (KVM) last year for $40 million.\n\n")
	checkActsAgain(t, d, title, lead, []actsAgain{
		{"KVM general manager, Jane Okafor, said the sale had freed cash for its nickel mines.", true},
		{"Korvane Metals managing director Ana Ruiz said the sale was part of a wider review.", true},
		{"Korvane Metals chief executive officer Li Wen told reporters the price was fair.", true},
		{"Korvane Metals, in a separate statement on Thursday, said it would use the money to cut debt.", true},
		{"The plant is now run by Ana Ruiz, a former Korvane Metals managing director.", false},
		{"Korvane Metals, which is based in Singapore, is a trading house.", false},
		{"Tessel Lithium hired Korvane Metals general manager Li Wen, who said the plant was sound.", false},
	})
	// A parent named as its unit's: its officer speaking once more does not
	// make it a subject (docs/labelling.md, 2).
	unitParentStaysMention(t, d, title, "Korvane Metals managing director Ana Ruiz said the restart was on time.")
}

// TestVenturePartnerActsAgain42: a joint-venture partner named for the
// venture and later acting in a sentence of its own acts in two sentences
// (docs/labelling.md, 4), a subject; the other partner, named only for the
// venture, stays a mention, and so does a partner named as the vehicle's
// shareholder or owner ("a 60:40 joint venture of X and Y", "the venture is
// owned by X and Y"), even when it acts once more. Invented companies and
// sentences.
func TestVenturePartnerActsAgain42(t *testing.T) {
	d := actsAgainDict(t)
	title := "Karoo lithium refinery to close"
	for _, c := range []struct {
		body    string
		partner string
		subject bool
	}{
		{"Tessel Lithium, along with its joint venture partner Korvane Metals, will close the Karoo refinery, the two companies said on Friday. " +
			"The refinery has never run at its design rate.\n\nThe plant was built in 2019 at a cost of $800 million.\n\n" +
			"Korvane Metals, in a separate statement on Thursday, said a second line was no longer viable.", "Korvane Metals", true},
		{"The Karoo refinery will close in March, its operator said on Friday. The refinery has never run at its design rate.\n\n" +
			"In 2019, equal joint venture partners Korvane Metals and Brindle Nickel opened the plant at a cost of $800 million.\n\n" +
			"Korvane Metals managing director Ana Ruiz said the venture had been one of its key growth platforms.", "Korvane Metals", true},
		{"The Karoo refinery will close in March, its operator said on Friday. The refinery has never run at its design rate.\n\n" +
			"In 2019, equal joint venture partners Korvane Metals and Brindle Nickel opened the plant at a cost of $800 million.\n\n" +
			"Korvane Metals managing director Ana Ruiz said the venture had been one of its key growth platforms.", "Brindle Nickel", false},
		{"The Karoo refinery will close in March, its operator said on Friday. The refinery has never run at its design rate.\n\n" +
			"The plant is run by Karoo Refining, a 60:40 joint venture of Korvane Metals and Brindle Nickel.\n\n" +
			"Spodumene for the plant came from mines in Western Australia.", "Korvane Metals", false},
		{"The Karoo refinery will close in March, its operator said on Friday. The refinery has never run at its design rate.\n\n" +
			"The venture is owned by Korvane Metals and Brindle Nickel.\n\n" +
			"Korvane Metals managing director Ana Ruiz said the venture had been one of its key growth platforms.", "Korvane Metals", false},
	} {
		f, ok := findings(d, Doc{Title: title, Body: c.body})[c.partner]
		if !ok {
			t.Fatalf("%q: %s not found", c.body, c.partner)
		}
		if f.Subject != c.subject {
			t.Errorf("%q: %s subject %v (%s), want %v", c.body, c.partner, f.Subject, f.Note, c.subject)
		}
	}
}

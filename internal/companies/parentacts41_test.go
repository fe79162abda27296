package companies

import (
	"strings"
	"testing"
)

// TestParentActsAgain: a parent, owner or seller named once for its unit
// or its sale (docs/labelling.md, 2 and 5) that a later sentence reports
// acting as its clause's actor is written about in two sentences, a
// subject: its statement ("did not immediately respond", "declined to
// comment", "claims on its website"), its money ("will invest") or its
// work ("will be treating", "the X group manufactures"), also as one of
// two actors ("A and X declined") or after a conjunction ("after X
// suspended"). A description ("X is a trading house"), an act that is no
// statement ("X did not own"), an object, someone acting for it ("a lawyer
// for X declined") and a parent named as its unit's ("a unit of X") stay
// mentions. Invented companies and sentences.
func TestParentActsAgain(t *testing.T) {
	d := actsAgainDict(t)
	title, lead := restartItem("The plant was built in 2018 with a loan from its controlling shareholder, Korvane Metals, the company said.\n\n")
	checkActsAgain(t, d, title, lead, []actsAgain{
		{"Korvane Metals did not immediately respond to a request for comment.", true},
		{"Additionally, battery maker Korvane Metals and carmaker Halvard Motors will invest $50 million in a second line.", true},
		{"Korvane Metals and Brindle Nickel will each invest $20 million in the plant.", true},
		{"Brindle Nickel and Korvane Metals declined to comment.", true},
		{"The plant stood idle for two years after Korvane Metals halted it.", true},
		{"Korvane Metals claims on its website that the plant will double its output.", true},
		{"Korvane Metals will be treating the tailings at its own plant.", true},
		{"The Korvane Metals group manufactures cathodes for carmakers in Japan.", true},
		{"Korvane Metals is a trading house based in Singapore.", false},
		{"Korvane Metals did not own the plant until 2019.", false},
		{"The plant sells its concentrate to Korvane Metals and to traders.", false},
		{"A lawyer for Korvane Metals declined to comment.", false},
		{"Analysts said Korvane Metals remained the largest buyer.", false},
	})
	// Named as its unit's parent ("a unit of X"): one more sentence of its
	// own act does not make it a subject (docs/labelling.md, 2).
	unitParentStaysMention(t, d, title, "Korvane Metals declined to comment.")
}

// TestOwnActVerbsData: own_act_verbs adds only what company_verbs,
// deal_verbs and the past forms do not already read as an act.
func TestOwnActVerbsData(t *testing.T) {
	d := mustDefault(t)
	for w := range d.roles.ownActVerb {
		if d.roles.actVerb(w) || strings.HasSuffix(w, "ed") {
			t.Errorf("own_act_verbs: %q is already an act verb", w)
		}
	}
	for w := range d.roles.replyVerb {
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
			t.Errorf("reply_verbs: %q must be a bare verb (after \"did not\")", w)
		}
	}
}

// actsAgain is one later sentence of TestParentActsAgain's and
// TestHeldCompanyActsAgain42's tables, and whether Korvane Metals, named
// once for its holding in the lead, is a subject after it.
type actsAgain struct {
	later   string
	subject bool
}

// checkActsAgain appends each case's later sentence to lead and checks
// Korvane Metals' role in the item.
func checkActsAgain(t *testing.T, d *Dictionary, title, lead string, cases []actsAgain) {
	t.Helper()
	for _, c := range cases {
		f, ok := findings(d, Doc{Title: title, Body: lead + c.later})["Korvane Metals"]
		if !ok {
			t.Fatalf("%q: Korvane Metals not found", c.later)
		}
		if f.Subject != c.subject {
			t.Errorf("%q: Korvane Metals subject %v (%s), want %v", c.later, f.Subject, f.Note, c.subject)
		}
	}
}

// unitParentStaysMention checks that Korvane Metals, named as the parent
// of Tessel Lithium's unit ("a unit of X") in the lead, stays a mention
// after one more sentence of its own, later (docs/labelling.md, 2).
func unitParentStaysMention(t *testing.T, d *Dictionary, title, later string) {
	t.Helper()
	body := "Tessel Lithium, a unit of Korvane Metals, said on Monday it had restarted its Karoo lithium plant. " +
		"Output will reach 20,000 tonnes a year by 2027.\n\n" + later
	if f := findings(d, Doc{Title: title, Body: body})["Korvane Metals"]; f.Subject {
		t.Errorf("a unit of Korvane Metals, then %q: subject, want a mention", later)
	}
}

// actsAgainDict is the dictionary of the acts-again tests: Tessel Lithium,
// the item's company, Korvane Metals, the one named for its holding, and
// Brindle Nickel, a second actor or partner.
func actsAgainDict(t *testing.T) *Dictionary {
	t.Helper()
	d, err := New([]Company{
		{Name: "Tessel Lithium", Minerals: []string{"lithium"}, Country: "Australia"},
		{Name: "Korvane Metals", Minerals: []string{"nickel"}, Country: "Singapore"},
		{Name: "Brindle Nickel", Minerals: []string{"nickel"}, Country: "Australia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// restartItem is the acts-again tests' title and lead: Tessel Lithium
// restarts its plant, and holding (a paragraph) names Korvane Metals for
// its holding.
func restartItem(holding string) (title, lead string) {
	return "Tessel Lithium restarts its Karoo plant",
		"Tessel Lithium said on Monday it had restarted its Karoo lithium plant after a two-year halt. " +
			"Output will reach 20,000 tonnes a year by 2027.\n\n" + holding +
			"Spodumene from the plant goes to refiners in China.\n\n"
}

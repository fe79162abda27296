package companies

import (
	"slices"
	"testing"
)

// TestPossessiveAfterAbbreviatedLegalForm: an owner written with an
// abbreviated legal form and its full stop before the possessive ("Zijin
// Mining Group Co.'s Kestrel Rare Earth Ltd") owns the unit after it, as
// it does without the full stop ("Co's"): the unit acting is the subject
// and the owner, named once, a mention. Invented unit and sentences.
func TestPossessiveAfterAbbreviatedLegalForm(t *testing.T) {
	d := mustDefault(t)
	for _, owner := range []string{"Zijin Mining Group Co's", "Zijin Mining Group Co.'s", "Zijin Mining Group Co.\u2019s", "Zijin Mining Corp.'s"} {
		doc := Doc{Title: "Rare earth separator starts a second line",
			Body: owner + " Kestrel Rare Earth Co. Ltd. started a second separation line in Fujian on Monday.\n\n" +
				"Kestrel Rare Earth Co. expects its output to double next year."}
		subjects, mentions := roles(d.Analyze(doc))
		if slices.Contains(subjects, "Zijin Mining") {
			t.Errorf("%q: the owner before the unit was read as a subject (subjects %v, mentions %v)", owner, subjects, mentions)
		}
		if !slices.Contains(mentions, "Zijin Mining") {
			t.Errorf("%q: the owner is lost (subjects %v, mentions %v)", owner, subjects, mentions)
		}
	}
}

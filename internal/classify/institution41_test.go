package classify

import (
	"strings"
	"testing"
)

// TestInstitutionNameIsTopic41 (session 41): a rhetoric phrase written in
// capitals inside an institution's name ("the Liberation War Veterans
// Association", "the Academy of Patriotic Struggle") names politics: a
// business delegation's item that lists such a body's chairman among its
// members is not made rhetoric by the name. The same words said in the
// writer's voice, in lower case, still count. Invented sentences.
func TestInstitutionNameIsTopic41(t *testing.T) {
	c := newClassifier(t, Options{})
	body := func(lead string) string {
		return lead + "\n\n" +
			"The delegation will tour a battery plant and a lithium refinery in Hunan and meet four equipment suppliers.\n\n" +
			"The council hopes to sign offtake and processing agreements worth US$300 million by the end of the year.\n\n" +
			"Exports of spodumene concentrate rose 30 percent last year to 400 000 tonnes."
	}
	named := c.Classify(Doc{
		Title: "Business council delegation heads to China for lithium deals",
		Body: body("The delegation includes the Kariba Liberation War Veterans Association chairman Tobias Moyo.\n\n" +
			"It is led by the rector of the Mhondoro Academy of Patriotic Struggle, Ruth Dube."),
	})
	if named.Flagged {
		t.Errorf("institutions' names flagged a trade delegation (score %.3f, %v)", named.Score, named.Reasons)
	}
	for _, r := range named.Reasons {
		if r.Weight > 0.3 && (r.Text == "Liberation War" || r.Text == "Patriotic Struggle") {
			t.Errorf("%q inside an institution's name counts %.2f", r.Text, r.Weight)
		}
	}
	said := c.Classify(Doc{
		Title: "Business council delegation heads to China for lithium deals",
		Body:  body("The liberation war was fought for this land.\n\nThe patriotic struggle goes on against the imperialists and their puppets who want our lithium."),
	})
	if said.Score <= named.Score {
		t.Errorf("the same words said in the writer's voice score no more (%.3f) than inside names (%.3f)", said.Score, named.Score)
	}
}

// TestInstitutionHeadsData checks the institution heads of the shipped
// files: the English file lists some, each is one lower-case word (the
// name's capitals are read from the text), and none is a word of the
// lexicon's directive or rhetoric phrases (a head that is itself political
// would turn a name into a phrase's end).
func TestInstitutionHeadsData(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	c := newClassifier(t, Options{})
	political := map[string]bool{}
	for _, e := range c.lx.terms {
		if e.kind == kDirective || e.kind == kRhetoric {
			for _, w := range strings.Fields(e.phrase) {
				political[w] = true
			}
		}
	}
	for _, src := range srcs {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if f.Lang == "en" && len(f.InstitutionHeads) == 0 {
			t.Errorf("%s lists no institution_heads", src.name)
		}
		for _, h := range f.InstitutionHeads {
			if strings.ContainsAny(h, " \t") || h != strings.ToLower(h) {
				t.Errorf("%s: institution head %q is not one lower-case word", src.name, h)
			}
			if political[h] {
				t.Errorf("%s: institution head %q is a word of a directive or rhetoric phrase", src.name, h)
			}
		}
	}
}

package companies

import "testing"

// TestAnaphorAfterDescriptorOpening: "Global metals giant X bought ...
// The company has since ..." — X opens its sentence behind a descriptor
// that ends in a company noun, so the next sentence's "the company" stands
// for X as it would after "X bought ..." (docs/labelling.md, 1: a later
// "the company" referring back counts). Invented companies and sentences.
func TestAnaphorAfterDescriptorOpening(t *testing.T) {
	d, err := New([]Company{
		{Name: "Norvik Lithium", Aliases: []string{"Norvik"}, Minerals: []string{"lithium"}, Country: "Zimbabwe"},
		{Name: "Kestrel Resources Group", Aliases: []string{"Kestrel"}, Minerals: []string{"lithium"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := func(opening string) string {
		return "Norvik Lithium says it has finished building two processing plants at its mine, starting trial output.\n\n" +
			opening + " bought Norvik last year in a $150 million deal with two investment firms. " +
			"The company has since raised output and built the two new plants.\n\n" +
			"Norvik will be able to produce 400,000 tonnes of concentrate a year."
	}
	for _, opening := range []string{"Global metals giant Kestrel", "The Chinese battery materials group Kestrel"} {
		fs := findings(d, Doc{Title: "Norvik Lithium starts trial output at new plants", Body: body(opening)})
		if f := fs["Kestrel Resources Group"]; !f.Subject {
			t.Errorf("%q: Kestrel, opening its sentence behind a descriptor and taken up by \"the company\", is not a subject (%+v)", opening, f)
		}
	}
	// Behind a time phrase the name does not open its sentence: the
	// anaphor stands for the title's company, and Kestrel stays a mention.
	fs := findings(d, Doc{Title: "Norvik Lithium starts trial output at new plants", Body: body("Last year metals giant Kestrel")})
	if f, ok := fs["Kestrel Resources Group"]; !ok || f.Subject {
		t.Errorf("Kestrel behind \"Last year\" found %v, subject %v; want a mention", ok, f.Subject)
	}
}

package classify

import "testing"

// Session 35 (rebut-s35): the rebuttal voice of state commentary in English
// (labelling rule 15), read by the rebuttal35 groups of lexicon.toml in the
// three strengths lexicon_zh.toml gives the same voice, and the stems that
// read an institution's name as a business word. Every case is invented.

// TestInstitutionNotBusinessWord35: "Commission" stems as "commissioning" and
// "finance" as "financing"; the European Commission and a finance minister are
// institutions named, not a plant commissioned or a project financed, so an
// editorial against the Commission's probe, in words the lexicon already read
// before session 35, is not pulled under the threshold by its name.
func TestInstitutionNotBusinessWord35(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "The European Commission's probe is hegemonic bullying",
		Body: "The European Commission opened its probe into battery makers without a complaint from any European producer.\n\n" +
			"A finance minister of a member state said his country would not follow the European Commission.\n\n" +
			"The probe applies a double standard to foreign carmakers.",
	}
	r := flagIs(t, c, d, true, "an editorial against the Commission's probe")
	for _, p := range []string{"Commission", "Commission's", "finance"} {
		if w, ok := reasonWeight(r, p); ok && w < 0 {
			t.Errorf("%q read as a business word (%.2f): %v", p, w, r.Reasons)
		}
	}
}

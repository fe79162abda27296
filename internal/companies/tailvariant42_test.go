package companies

import "testing"

// Session 42, relsubj-s42: a company the item writes with its name's last
// word in another form of the same business word ("Industry" for the
// dictionary's "Industrial", "Industries" for "Industry") is the
// dictionary company, as the labellers spell it (docs/labelling.md: companies are
// labelled by the dictionary's name). Sentences written for this file.

// TestTailVariantIsKnownCompany: "Star Group Industry" is the dictionary's
// Star Group Industrial, and "Hengjaya Nickel Industries" is Hengjaya Nickel
// Industry; each is found once, by its canonical name, and keeps its role.
func TestTailVariantIsKnownCompany(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct{ title, body, want string }{
		{"Korean magnet makers run short of heavy rare earths",
			"Star Group Industry said on Tuesday it had cut magnet output by half after export licences for dysprosium stalled.\n\n" +
				"The company expects deliveries to resume next quarter.",
			"Star Group Industrial"},
		{"Nickel smelter restart delayed again",
			"Hengjaya Nickel Industries said on Monday that the restart of its second smelter line would slip into next year.\n\n" +
				"The company blamed a shortage of ore.",
			"Hengjaya Nickel Industry"},
	} {
		fs := findings(d, Doc{Title: c.title, Body: c.body})
		f, ok := fs[c.want]
		if !ok || !f.Known || !f.Subject {
			t.Errorf("%q: %s found %v known %v subject %v, want the known subject; got %q", c.body, c.want, ok, f.Known, f.Subject, analyzedNames(d, c.title, c.body))
		}
		if len(fs) != 1 {
			t.Errorf("%q: found %q, want %s alone", c.body, analyzedNames(d, c.title, c.body), c.want)
		}
	}
}

// TestTailVariantNeedsSameStem: a candidate is not taken for a dictionary
// company when more than its last word differs, or when its last word is
// outside tail_variants ("Mine" is a site, not "Mining").
func TestTailVariantNeedsSameStem(t *testing.T) {
	d := mustDefault(t)
	body := "Moon Group Industry said on Tuesday it would build a magnet plant near Busan.\n\n" +
		"The company did not give a cost."
	fs := findings(d, Doc{Title: "Korean magnet plant planned", Body: body})
	if _, ok := fs["Star Group Industrial"]; ok {
		t.Errorf("Moon Group Industry read as Star Group Industrial: %q", analyzedNames(d, "Korean magnet plant planned", body))
	}
	for _, w := range []string{"mine", "mines", "resource"} {
		if fam := d.roles.tailFamily[w]; len(fam) > 0 {
			t.Errorf("tail_variants holds %q (%q): a site or a plural noun, not a company's business word", w, fam)
		}
	}
}

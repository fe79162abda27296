package companies

import (
	"slices"
	"testing"
)

// findings returns Analyze's findings of doc by name.
func findings(d *Dictionary, doc Doc) map[string]Finding {
	out := map[string]Finding{}
	for _, f := range d.Analyze(doc) {
		out[f.Name] = f
	}
	return out
}

// TestKnownNameInsideStem: a dictionary company whose name holds another
// company's alias after a word of its own ("Eternal Halvorsen Group"
// beside the alias "Halvorsen" of Halvorsen Holding) is written again
// without its generic tail ("Eternal Halvorsen did not respond"): that is
// the longer company, not the alias's (docs/labelling.md, 8: a name is the
// company it names). The alias alone still names its own company.
// Invented companies and sentences, written for this test.
func TestKnownNameInsideStem(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halvorsen Holding Group", Aliases: []string{"Halvorsen"}, Minerals: []string{"nickel"}, Country: "China"},
		{Name: "Eternal Halvorsen Group", Aliases: []string{"Eternal Halvorsen Group Limited"}, Parent: "Halvorsen Holding Group", Minerals: []string{"nickel"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "Kestrel Nickel Ltd has bought a 30% stake in PT Ridgeway Metal Industry, a smelter company controlled by " +
		"Eternal Halvorsen Group Ltd, the miner said on Monday.\n\n" +
		"The smelter sits in an industrial park on Halmahera.\n\n" +
		"Eternal Halvorsen did not respond to a request for comment."
	fs := findings(d, Doc{Title: "Kestrel Nickel buys into smelter", Body: body})
	if _, ok := fs["Halvorsen Holding Group"]; ok {
		t.Error("\"Eternal Halvorsen\" was read as Halvorsen Holding Group")
	}
	if f := fs["Eternal Halvorsen Group"]; f.Count != 2 {
		t.Errorf("Eternal Halvorsen Group named %d times, want 2", f.Count)
	}
	// The alias alone is still the holding group.
	body2 := "Kestrel Nickel Ltd has bought a 30% stake in PT Ridgeway Metal Industry, a smelter company controlled by " +
		"Eternal Halvorsen Group Ltd, the miner said on Monday.\n\n" +
		"Halvorsen did not respond to a request for comment."
	if f := findings(d, Doc{Title: "Kestrel Nickel buys into smelter", Body: body2})["Halvorsen Holding Group"]; f.Count != 1 {
		t.Errorf("the alias alone: Halvorsen Holding Group named %d times, want 1", f.Count)
	}
}

// TestPinyinTwoWordShortName: a Chinese name written in pinyin as two
// syllable words before its trade words ("Ridgeway" would be one word;
// "Jin Hua Metal Industry" is two) is written again by the two syllables
// ("Jin Hua"), as "Jiuling" is for "Jiuling Lithium Mining": the short
// name is the company named in full before (docs/labelling.md, 1). Two
// capitalised English words before trade words are not read so.
// Sentences written for this test.
func TestPinyinTwoWordShortName(t *testing.T) {
	d := mustDefault(t)
	body := "Kestrel Nickel Ltd has bought a 30% stake in PT Jin Hua Metal Industry, a smelter company set up in 2021, " +
		"the miner said on Monday.\n\n" +
		"The smelter sits in an industrial park on Halmahera.\n\n" +
		"Kestrel will also lend money to Jin Hua, the filing said."
	fs := findings(d, Doc{Title: "Kestrel Nickel buys into smelter", Body: body})
	if f := fs["Jin Hua Metal Industry"]; f.Count != 2 || !f.Subject {
		t.Errorf("Jin Hua Metal Industry: count %d subject %v, want 2 and a subject", f.Count, f.Subject)
	}
	// Not pinyin: "Blue Ridge" is no short name of "Blue Ridge Metal Industry".
	body = "Kestrel Nickel Ltd has bought a 30% stake in PT Blue Ridge Metal Industry, a smelter company set up in 2021, " +
		"the miner said on Monday.\n\n" +
		"The smelter sits in an industrial park on Halmahera.\n\n" +
		"Kestrel will also lend money to Blue Ridge, the filing said."
	if f := findings(d, Doc{Title: "Kestrel Nickel buys into smelter", Body: body})["Blue Ridge Metal Industry"]; f.Count != 1 {
		t.Errorf("Blue Ridge Metal Industry named %d times, want 1", f.Count)
	}
}

// TestPlaceBrandBrandAlone: a dictionary company named "<city> <brand>
// <trade>" ("Qingdao Halvar Electronic Materials") is written again by its
// brand alone where the brand acts as the company ("Halvar is active"), as
// a candidate of that form is; "Electronic" is a trade's descriptor, not a
// distinctive word. Invented company and sentences.
func TestPlaceBrandBrandAlone(t *testing.T) {
	d, err := New([]Company{
		{Name: "Qingdao Halvar Electronic Materials", Aliases: []string{"Qingdao Halvar"}, Minerals: []string{"graphite"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "Kestrel Graphite Ltd has signed a binding sales agreement with a Chinese buyer for 48,000 tonnes.\n\n" +
		"The buyer is related to Qingdao Halvar Electronic Materials Co. Ltd., with which Kestrel has done business this year. " +
		"Halvar is active across the graphite market, from spherical graphite to refractories."
	if f := findings(d, Doc{Title: "Kestrel Graphite signs binding offtake", Body: body})["Qingdao Halvar Electronic Materials"]; f.Count != 2 || !f.Subject {
		t.Errorf("Qingdao Halvar Electronic Materials: count %d subject %v, want 2 and a subject", f.Count, f.Subject)
	}
	// The brand as a place or asset, not acting, stays unread.
	body = "Kestrel Graphite Ltd has signed a binding sales agreement with a Chinese buyer for 48,000 tonnes.\n\n" +
		"The buyer is related to Qingdao Halvar Electronic Materials Co. Ltd., with which Kestrel has done business this year. " +
		"Cargoes will go to the Halvar plant."
	if f := findings(d, Doc{Title: "Kestrel Graphite signs binding offtake", Body: body})["Qingdao Halvar Electronic Materials"]; f.Count != 1 {
		t.Errorf("the brand before a noun: count %d, want 1", f.Count)
	}
}

// TestChineseCompanyAnaphor: Chinese 该公司 ("the said company"), and 公司
// opening a sentence, stand for the company named last as "the company"
// does in English, so a company named once after the lead and then so is
// written about in two sentences (docs/labelling.md, 1). 公司 inside a
// sentence ("子公司", a legal form) is no anaphor. Sentences written for
// this test.
func TestChineseCompanyAnaphor(t *testing.T) {
	d := mustDefault(t)
	lead := "稀土价格本月小幅回落。市场人士认为需求仍然偏弱。\n\n"
	for _, c := range []struct {
		body    string
		subject bool
	}{
		{lead + "江西某某稀土材料有限公司是一家主营稀土氧化物的企业。公司投资五千万元新建了一条回收生产线。", true},
		{lead + "江西某某稀土材料有限公司是一家主营稀土氧化物的企业。该公司投资五千万元新建了一条回收生产线。", true},
		{lead + "江西某某稀土材料有限公司是一家主营稀土氧化物的企业。新建的回收生产线年内投产。", false},
		{lead + "江西某某稀土材料有限公司是一家主营稀土氧化物的企业。当地另有多家子公司投资新建了回收生产线。", false},
	} {
		fs := findings(d, Doc{Title: "稀土市场月报", Body: c.body})
		f, ok := fs["江西某某稀土材料"]
		if !ok || f.Subject != c.subject {
			var names []string
			for n := range fs {
				names = append(names, n)
			}
			slices.Sort(names)
			t.Errorf("%q: found %v subject %v, want subject %v (findings %q)", c.body, ok, f.Subject, c.subject, names)
		}
	}
}

// TestTitleShortKeepsOwnName: a one-word name in the title ("Halvar")
// over a body that names the word's own company in full ("Halvar
// Lithium") and also a longer company opening with the word ("Halvar
// Lithium Energy Norway", its unit) is the word's own company, under its
// own name: shortOfNamed gave the title's naming the unit's name while
// keeping the group's id, so the unit took the title (docs/labelling.md,
// 1 and 2). Invented companies and sentences.
func TestTitleShortKeepsOwnName(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halvar Lithium", Aliases: []string{"Halvar"}, Minerals: []string{"lithium"}, Country: "China"},
		{Name: "Halvar Lithium Energy Norway", Parent: "Halvar Lithium", Minerals: []string{"lithium"}, Country: "Norway"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "Prices for lithium hydroxide fell for a fifth month in March, traders said.\n\n" +
		"Halvar Lithium Energy Norway, a unit of Halvar Lithium, paused its second line at the plant last week.\n\n" +
		"Halvar Lithium said it would cut its guidance for the year."
	fs := findings(d, Doc{Title: "Halvar cuts guidance as hydroxide prices slide", Body: body})
	if g := fs["Halvar Lithium"]; !slices.Contains(g.Where, InTitle) || !g.Subject {
		t.Errorf("Halvar Lithium: where %v subject %v, want the title's naming and a subject", g.Where, g.Subject)
	}
	if u := fs["Halvar Lithium Energy Norway"]; slices.Contains(u.Where, InTitle) {
		t.Errorf("the unit took the title's naming of its parent: where %v", u.Where)
	}
}

// TestTitleCommaVenture: a title that names a joint venture by its
// partners joined by a comma ("Halvar, Kestrel venture writes down plant")
// names them as the vehicle's shareholders, as "Halvar-Kestrel venture"
// does (docs/labelling.md, 4): a partner that does not act elsewhere is a
// mention. A comma list of actors with no venture noun is not one.
// Invented companies and sentences.
func TestTitleCommaVenture(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halvar Lithium", Aliases: []string{"Halvar"}, Minerals: []string{"lithium"}, Country: "China"},
		{Name: "Halvar Kestrel Lithium", Parent: "Halvar Lithium", Minerals: []string{"lithium"}, Country: "Australia"},
		{Name: "Kestrel Minerals", Aliases: []string{"Kestrel"}, Minerals: []string{"lithium"}, Country: "Australia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "The joint venture that owns the Rockbank hydroxide refinery has written the plant down again.\n\n" +
		"Halvar Kestrel Lithium, 51 per cent owned by Halvar Lithium and 49 per cent by Kestrel Minerals, took a " +
		"further impairment in the quarter, Kestrel Minerals said on Thursday.\n\n" +
		"Kestrel Minerals is reviewing its stake in the venture."
	for _, c := range []struct {
		title   string
		subject bool
	}{
		{"Halvar, Kestrel venture writes down Rockbank again", false},
		{"Halvar-Kestrel venture writes down Rockbank again", false},
		{"Halvar, Kestrel write down Rockbank again", true},
	} {
		if f := findings(d, Doc{Title: c.title, Body: body})["Halvar Lithium"]; f.Subject != c.subject {
			t.Errorf("%q: Halvar Lithium subject %v, want %v", c.title, f.Subject, c.subject)
		}
	}
}

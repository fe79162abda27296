package companies

import "testing"

// TestPairReference: two companies named together once, after the lead,
// and then called "the two companies" (or "both companies", "the two" with
// a verb, 双方 or 两家企业 in Chinese) in the next sentence are each written
// about in two sentences (docs/labelling.md, 1): both are subjects. Not when
// the sentence before names three companies, not when the phrase is "the
// two projects", not inside a quote, not when the sentence before names
// them as anything but a pair (an owner and its holder, a venture's owners). Invented companies and sentences.
func TestPairReference(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvenna Graphite", Minerals: []string{"graphite"}, Country: "Tanzania"},
		{Name: "Tashiro Anode Materials", Minerals: []string{"graphite"}, Country: "Japan"},
		{Name: "Belvane Carbon", Minerals: []string{"graphite"}, Country: "Canada"},
		{Name: "西岭石墨科技", Aliases: []string{"西岭石墨"}, Minerals: []string{"graphite"}, Country: "China"},
		{Name: "东川负极材料", Aliases: []string{"东川负极"}, Minerals: []string{"graphite"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	lead := "A new anode plant is planned near the port, the energy ministry said on Monday. Officials expect construction to start next year.\n\n"
	title := "Graphite anode plant planned near the port"
	subject := func(fs map[string]Finding, name string) bool { f, ok := fs[name]; return ok && f.Subject }
	for _, c := range []struct {
		name, second string
		want         bool
	}{
		{"the two companies", "The two companies will each hold half of the venture, a ministry official said.", true},
		{"both companies", "Both companies will fund the first phase from their own cash.", true},
		{"the two with a verb", "The two signed a preliminary deal in March.", true},
		{"the two projects", "The two projects will share a power line.", false},
		{"a quote", "\"The two companies will each hold half,\" an official said.", false},
	} {
		body := lead + "The plant will be built by Korvenna Graphite and Tashiro Anode Materials near the harbour.\n\n" + c.second
		fs := findings(d, Doc{Title: title, Body: body})
		for _, n := range []string{"Korvenna Graphite", "Tashiro Anode Materials"} {
			if got := subject(fs, n); got != c.want {
				t.Errorf("%s: %s subject %v, want %v", c.name, n, got, c.want)
			}
		}
	}
	// Three companies in the sentence before: "the two" is not theirs.
	body := lead + "The plant will be built by Korvenna Graphite, Tashiro Anode Materials and Belvane Carbon near the harbour.\n\n" +
		"The two companies will each hold a third of the venture."
	fs := findings(d, Doc{Title: title, Body: body})
	for _, n := range []string{"Korvenna Graphite", "Tashiro Anode Materials"} {
		if subject(fs, n) {
			t.Errorf("after three companies: %s made a subject by \"the two\"", n)
		}
	}
	// Not a pair: an owner and its shareholder, a holding, a venture's owners.
	for _, prev := range []string{
		"Korvenna Graphite's largest shareholder, Tashiro Anode Materials, backs the plan.",
		"Korvenna Graphite also holds a stake in Tashiro Anode Materials.",
		"The mine is a venture between Korvenna Graphite and Tashiro Anode Materials.",
	} {
		body := lead + prev + "\n\nBoth companies will fund the first phase from their own cash."
		fs := findings(d, Doc{Title: title, Body: body})
		for _, n := range []string{"Korvenna Graphite", "Tashiro Anode Materials"} {
			if subject(fs, n) {
				t.Errorf("%q: %s made a subject by \"both companies\"", prev, n)
			}
		}
	}
	// Chinese: 双方 and 两家企业 after a sentence naming two companies.
	zlead := "本报讯 近日,港区管委会召开项目推进会,部署下半年招商工作。会议要求各部门加快项目落地。\n\n"
	for _, second := range []string{"双方将共同投资建设负极材料生产线。", "两家企业将共同投资建设负极材料生产线。"} {
		zbody := zlead + "西岭石墨科技有限公司与东川负极材料有限公司在港区签署合作协议。\n\n" + second
		fs := findings(d, Doc{Title: "港区召开项目推进会", Body: zbody})
		for _, n := range []string{"西岭石墨科技", "东川负极材料"} {
			if !subject(fs, n) {
				t.Errorf("%s: %s is not a subject", second, n)
			}
		}
	}
}

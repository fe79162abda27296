package companies

import "testing"

// TestLatinUnitOfParent: "la filial de X", "X, subsidiaria de Y" and "une
// filiale malienne de Y" name Y as the parent that identifies its unit,
// as "a subsidiary of Y" does in English: Y is a mention unless the item
// reports its own act (docs/labelling.md, 2). The unit that acts stays a
// subject. Invented companies and sentences, written for this test.
func TestLatinUnitOfParent(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Metals", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Pampa Verde Minera", Aliases: []string{"Pampa Verde"}, Parent: "Halden Metals", Minerals: []string{"lithium"}, Country: "Peru"},
		{Name: "Kestrel Mining UK", Minerals: []string{"lithium"}, Country: "United Kingdom"},
		{Name: "Les Mines de Sokoro", Minerals: []string{"lithium"}, Country: "Mali"},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		title, body, parent, unit string
	}{
		{
			"Pampa Verde consolida 30 concesiones mineras",
			"La filial de Halden Metals ganó un fallo sobre 30 concesiones mineras en el sur del país.\n\n" +
				"Pampa Verde, subsidiaria de Halden Metals, consolidó la titularidad de las concesiones tras el fallo.\n\n" +
				"Pampa Verde prevé reanudar la exploración el próximo año.",
			"Halden Metals", "Pampa Verde Minera",
		},
		{
			"Inauguration de la mine de Sokoro",
			"Le président a inauguré mardi la mine de lithium de Sokoro.\n\n" +
				"La société Les Mines de Sokoro SA est une filiale malienne de Kestrel Mining UK Ltd, qui détient 65% du capital.\n\n" +
				"Les Mines de Sokoro prévoit d'exporter son premier concentré en juin. Le capital de la société est réparti entre Kestrel Mining UK Ltd et l'État.",
			"Kestrel Mining UK", "Les Mines de Sokoro",
		},
	}
	for _, c := range cases {
		fs := findings(d, Doc{Title: c.title, Body: c.body})
		if f, ok := fs[c.parent]; !ok || f.Subject {
			t.Errorf("%q: parent %s found %v, subject %v; want a mention", c.title, c.parent, ok, f.Subject)
		}
		if f := fs[c.unit]; !f.Subject {
			t.Errorf("%q: unit %s is not a subject (%+v)", c.title, c.unit, f)
		}
	}
	// The parent's own act is its news: "Halden Metals dijo que" after the
	// unit's naming keeps it a subject by its two sentences.
	fs := findings(d, Doc{Title: "Halden Metals amplía su inversión en Perú",
		Body: "Halden Metals dijo el lunes que invertirá 40 millones de dólares en el sur de Perú.\n\n" +
			"Pampa Verde, subsidiaria de Halden Metals, explora el proyecto."})
	if !fs["Halden Metals"].Subject {
		t.Error("Halden Metals, acting in the title and lead, is not a subject")
	}
}

// TestLatinUnitNamedAfterParent: in "la filial de Halden Metals, Pampa
// Verde Minera," the name after the comma is the unit, not a parent.
func TestLatinUnitNamedAfterParent(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Metals", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Pampa Verde Minera", Parent: "Halden Metals", Minerals: []string{"lithium"}, Country: "Peru"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "El Estado firmó un contrato con la filial de Halden Metals, Pampa Verde Minera SpA, para explorar el salar."
	if f := findings(d, Doc{Title: "Contrato de exploración en el salar", Body: body})["Pampa Verde Minera"]; f.Note == noteParent {
		t.Errorf("Pampa Verde Minera, the unit, is read as a parent (%+v)", f)
	}
}

// TestBracketAliasAfterLegalForm: "Halden Metals Ltd (HML)" names Halden
// Metals once, as "Halden Metals (TSX: HML)" does: the short form defined
// in brackets after the legal form shares the naming's role, so a parent
// named to identify its unit is not made to count by its own bracket
// (docs/labelling.md, 2). Invented companies and sentences.
func TestBracketAliasAfterLegalForm(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Metals", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Pampa Verde Minera", Aliases: []string{"Pampa Verde"}, Parent: "Halden Metals", Minerals: []string{"lithium"}, Country: "Peru"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "Pampa Verde Minera has started drilling at its Salinas lithium project in northern Peru.\n\n" +
		"Pampa Verde Minera is a subsidiary of Halden Metals Ltd (HML), a Toronto-listed explorer.\n\n" +
		"The programme covers 4,000 metres. Halden Metals Ltd holds exploration permits in three countries."
	fs := findings(d, Doc{Title: "Pampa Verde starts drilling at Salinas", Body: body})
	if f, ok := fs["Halden Metals"]; !ok || f.Subject {
		t.Errorf("Halden Metals found %v, subject %v; want a mention", ok, f.Subject)
	}
	if f := fs["Halden Metals"]; f.Count != 2 {
		t.Errorf("Halden Metals named %d times, want 2 (the bracket is the same naming)", f.Count)
	}
	if !fs["Pampa Verde Minera"].Subject {
		t.Error("Pampa Verde Minera is not a subject")
	}
}

// TestChineseVisitVerbBoundary: "率队到X有限公司" and "率代表团赴X集团"
// (led a team to, went to): the name starts after 到 and 赴, as it does
// after 来到 and 前往 (chinese.toml, name_boundaries), not at the official
// who leads the visit (docs/labelling.md, 8: the name as written).
// Invented names and sentences.
func TestChineseVisitVerbBoundary(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct{ body, want string }{
		{"8月1日上午,县委书记王立新率队到江西青岚锂业有限公司,实地调研该公司扩产项目的建设情况。", "江西青岚锂业"},
		{"11月17日,市委书记张国华率市党政代表团赴青岚锂业集团考察调研。", "青岚锂业集团"},
		{"11月17日,市委書記張國華率市黨政代表團赴青嵐鋰業集團考察調研。", "青嵐鋰業集團"},
	} {
		fs := findings(d, Doc{Body: c.body})
		if _, ok := fs[c.want]; !ok || len(fs) != 1 {
			var got []string
			for n := range fs {
				got = append(got, n)
			}
			t.Errorf("%q: found %q, want only %q", c.body, got, c.want)
		}
	}
}

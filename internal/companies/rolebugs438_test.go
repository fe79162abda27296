package companies

import "testing"

// TestProjectNamedAfterCompanyWithAnd: "its Kavango Lithium and Tantalum
// project" names the project, as "the Kavango lithium project" does
// (docs/labelling.md 8, "a mine named after its company names the mine"):
// the company Kavango Lithium is not named. "its" opens the asset's name
// as "the" does. A sentence that names the company as a company keeps it.
// Invented companies and sentences.
func TestProjectNamedAfterCompanyWithAnd(t *testing.T) {
	d, err := New([]Company{
		{Name: "Orlan Minerals", Minerals: []string{"lithium"}, Country: "United Kingdom"},
		{Name: "Kavango Lithium", Minerals: []string{"lithium"}, Country: "Namibia"},
		{Name: "Brava Chemicals", Minerals: []string{"lithium"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	title := "Orlan Minerals delays Namibian commissioning"
	for _, phrase := range []string{"its Kavango Lithium and Tantalum project", "its Kavango Lithium project", "the Kavango Lithium and Tantalum project"} {
		body := "Orlan Minerals pushed back commissioning by six weeks, blaming a pump redesign at " + phrase +
			" in Namibia; Brava Chemicals, its offtaker, was told on Tuesday.\n\n" +
			"Orlan Minerals now expects its first cargo for Brava Chemicals in the autumn."
		if f, ok := findings(d, Doc{Title: title, Body: body})["Kavango Lithium"]; ok {
			t.Errorf("%q: the project's name is read as the company Kavango Lithium (%+v)", phrase, f)
		}
	}
	body := "Orlan Minerals said on Monday it had agreed to buy Kavango Lithium and Tantalum Holdings.\n\n" +
		"Kavango Lithium said the deal values it at $40 million."
	if _, ok := findings(d, Doc{Title: title, Body: body})["Kavango Lithium"]; !ok {
		t.Error("Kavango Lithium, named as a company, is not found")
	}
}

// TestLatinUnitOfDescribedParent: "filial de la empresa minera canadiense
// X" and "filiale de la société minière X" name X as the parent that
// identifies its unit, as "filial de X" does: a company head and up to two
// lower-case words may stand between the article and the parent. X is a
// mention (docs/labelling.md, 2). Invented companies and sentences.
func TestLatinUnitOfDescribedParent(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Metals", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Pampa Verde Minera", Aliases: []string{"Pampa Verde"}, Minerals: []string{"lithium"}, Country: "Peru"},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ title, body string }{
		{"Puno concede permisos de litio",
			"El gobierno concedió permisos a Pampa Verde, filial de la empresa minera canadiense Halden Metals, para explorar litio en Puno.\n\n" +
				"Pampa Verde prevé iniciar la perforación en junio."},
		{"Permis de lithium accordés",
			"Le gouvernement a accordé des permis à Pampa Verde, filiale de la société minière Halden Metals, pour explorer le lithium.\n\n" +
				"Pampa Verde prévoit de forer en juin."},
	}
	for _, c := range cases {
		fs := findings(d, Doc{Title: c.title, Body: c.body})
		if f, ok := fs["Halden Metals"]; !ok || f.Subject || f.Note != noteParent {
			t.Errorf("%q: parent Halden Metals found %v (%+v); want a mention noted as a parent", c.title, ok, f)
		}
		if f := fs["Pampa Verde Minera"]; !f.Subject {
			t.Errorf("%q: unit Pampa Verde Minera is not a subject (%+v)", c.title, f)
		}
	}
}

// TestReutersUSSuffix: Reuters writes a US-listed company's code with
// the exchange's one-letter suffix, "HUC.A" (NYSE American), "HUC.N"
// (NYSE), "HUC.O" (Nasdaq), as it writes "LYC.AX" for the ASX
// (docs/companies.md, "Tickers": Reuters-style codes are read). A known
// code so written names its company, and the company's acronym alias
// later in the item is then its naming too. Invented company and sentences.
func TestReutersUSSuffix(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Uranium Corp", Aliases: []string{"HUC"}, Tickers: []string{"NYSEAMERICAN:HUC"}, Minerals: []string{"uranium"}, Country: "United States"},
		{Name: "Sable Metals", Tickers: []string{"NYSE:S"}, Minerals: []string{"lithium"}, Country: "United States"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"HUC.A", "HUC.N", "HUC.O"} {
		body := "March 3 - Halden Uranium " + code + " stock gained 4.1% in early trade.\n\n" +
			"State regulators cleared the miner's Redwater wellfield plan a year ahead of schedule.\n\n" +
			"HUC said it would drill the first production wells before winter."
		if f, ok := findings(d, Doc{Title: "Halden Uranium: Redwater wellfield plan cleared", Body: body})["Halden Uranium Corp"]; !ok || !f.Subject {
			t.Errorf("%s: Halden Uranium Corp found %v, subject %v; want a subject", code, ok, f.Subject)
		}
	}
	// A legal form's letters are no code: "S.A." after a name is not the
	// one-letter code "S" on a US exchange.
	ts := d.words.tokenize("Minera Andina S.A. said output rose.")
	if hs := d.scanTickers(&ts, 1, nil); len(hs) > 0 {
		t.Errorf("\"S.A.\" read as a ticker: %+v", hs)
	}
}

// TestCodeAfterKatakanaName: Reuters' Japanese service writes the code
// right after the katakana name, "ハルデン・ウラニウムHUC.O": the code is read
// as it is after a Latin name, though the name ends in the prolonged sound
// mark "ー" ("エナジーHUC.O"). Invented company and sentences.
func TestCodeAfterKatakanaName(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Energy", Tickers: []string{"NASDAQ:HUC"}, Minerals: []string{"uranium"}, Country: "United States"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "[3月3日] - ハルデン・エナジーHUC.Oは、新しい試験井の掘削を始めたと発表した。\n\n同社は年内に生産を始める計画だ。"
	if f, ok := findings(d, Doc{Title: "ハルデン・エナジー、試験井の掘削を開始", Body: body})["Halden Energy"]; !ok || !f.Subject {
		t.Errorf("Halden Energy found %v, subject %v; want a subject by its code", ok, f.Subject)
	}
}

// TestTitleParentOfUnit: "Y, a subsidiary of X, wins ..." and "Y, filial
// de X, obtiene ..." in a title name X to identify its unit, a mention
// "in the title too" unless the item reports X's own act
// (docs/labelling.md, 2). Invented companies and sentences.
func TestTitleParentOfUnit(t *testing.T) {
	d, err := New([]Company{
		{Name: "Halden Metals", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Pampa Verde Minera", Aliases: []string{"Pampa Verde"}, Minerals: []string{"lithium"}, Country: "Peru"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "The government granted permits to Pampa Verde to explore for lithium in Puno.\n\nPampa Verde plans to start drilling in June."
	for _, title := range []string{
		"Pampa Verde, a subsidiary of Halden Metals, wins permits in Puno",
		"Pampa Verde, filial de la empresa minera canadiense Halden Metals, obtiene permisos en Puno",
	} {
		if f, ok := findings(d, Doc{Title: title, Body: body})["Halden Metals"]; !ok || f.Subject {
			t.Errorf("%q: parent Halden Metals found %v, subject %v; want a mention", title, ok, f.Subject)
		}
	}
	// The parent's own act in the title keeps it a subject.
	if f := findings(d, Doc{Title: "Halden Metals sells its stake in a subsidiary of Kestrel", Body: body})["Halden Metals"]; !f.Subject {
		t.Errorf("Halden Metals, acting in the title, is not a subject (%+v)", f)
	}
}

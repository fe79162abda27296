package companies

import "testing"

// Session 40, fresh41co-s40: causes found on the fresh val41 text, each
// tested on sentences and companies invented for this file.

// TestChineseCountClosesListWithoutDeng: an enumeration closed by a count of firms
// with no "等" ("A、B、C、D四家石墨深加工企业") names its members as
// companies, as "A、B等企业" does; a verb of bringing in glued to the first
// member ("引进某某新材料") is no part of its name.
func TestChineseCountClosesListWithoutDeng(t *testing.T) {
	d := mustDefault(t)
	body := "很快,岳川石墨、澜达新材料、溪岭鑫源、溢川石墨四家石墨深加工企业相继建成投产。\n\n" +
		"该县又先后引进澜兴新材料、云岭碳业、帝川矿业等实力企业落户。"
	fs := findings(d, Doc{Title: "某县培育石墨产业", Body: body})
	for _, n := range []string{"岳川石墨", "澜达新材料", "溪岭鑫源", "溢川石墨", "澜兴新材料", "云岭碳业", "帝川矿业"} {
		if f, ok := fs[n]; !ok || f.Subject {
			t.Errorf("%s: found %v subject %v, want a mention (one of a list)", n, ok, f.Subject)
		}
	}
	if _, ok := fs["引进澜兴新材料"]; ok {
		t.Errorf("the verb 引进 read as part of a name: %v", analyzedNames(d, "某县培育石墨产业", body))
	}
}

// TestChineseListMemberWrittenAsSite: a member of such a list that the
// item also writes as a site ("锡山岳川锑矿" … "岳川、溪岭两家锑矿企业") is
// the site's short name, not a company the candidates report by it.
func TestChineseListMemberWrittenAsSite(t *testing.T) {
	d := mustDefault(t)
	body := "执法组对锡山岳川锑矿、溪岭锑矿两家民采锑矿进行关闭。\n\n随着几声巨响,岳川、溪岭两家锑矿企业的采矿点被成功关闭。"
	fs := findings(d, Doc{Title: "两家民采锑矿关闭", Body: body})
	for _, n := range []string{"岳川", "溪岭"} {
		if _, ok := fs[n]; ok {
			t.Errorf("%s, a site's short name, read as a company: %v", n, analyzedNames(d, "两家民采锑矿关闭", body))
		}
	}
}

// TestChineseEnumerationOfUnits: a known company that is one item of an
// enumeration of three or more units ("进驻某资产、某医院、某物业、岳川有色")
// is one of a list, though the other items are no companies the
// dictionary knows.
func TestChineseEnumerationOfUnits(t *testing.T) {
	d, err := New([]Company{
		{Name: "Yuechuan Nonferrous", Aliases: []string{"岳川有色"}, Minerals: []string{"copper"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "8月26日,集团党委巡察组先后进驻岳铜资产、冶金医院、金川物业、岳川有色,启动对4家单位的常规巡察。\n\n各巡察组组长作动员讲话。"
	f, ok := findings(d, Doc{Title: "集团党委巡察完成进驻", Body: body})["Yuechuan Nonferrous"]
	if !ok || f.Subject {
		t.Errorf("Yuechuan Nonferrous: found %v subject %v, want a mention (one of four units)", ok, f.Subject)
	}
}

// TestPossessiveBeforeGenericName: "an upgrade of its Mineral Resources"
// names the JORC category, not the company Mineral Resources.
func TestPossessiveBeforeGenericName(t *testing.T) {
	d := mustDefault(t)
	body := "Norbridge Lithium Limited is pleased to announce an upgrade of its Mineral Resources at the Kestrel project. " +
		"The upgrade raises our Mineral Resources by a third."
	for _, n := range analyzedNames(d, "Resource upgrade", body) {
		if n == "Mineral Resources" {
			t.Errorf("\"its Mineral Resources\" read as the company: %q", body)
		}
	}
}

// TestDictionaryTickerAfterFullName: an all-caps word that is the
// dictionary's ticker symbol of a company the item writes in full ("AJM
// stock" after the company's full name) is that company, not a candidate
// of its own, though the item writes no ticker group.
func TestDictionaryTickerAfterFullName(t *testing.T) {
	d, err := New([]Company{
		{Name: "Norbridge Lithium", Tickers: []string{"ASX:QZX"}, Minerals: []string{"lithium"}, Country: "Australia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "All option payments have been made by Norbridge Lithium Limited with the issue of two million common shares of QZX stock."
	names := analyzedNames(d, "Option update", body)
	for _, n := range names {
		if n == "QZX" {
			t.Errorf("the ticker read as another company: %v", names)
		}
	}
}

// TestInstitutionSeriesInSpanish: "Instituto Geológico, Minero y
// Metalúrgico (Ingemmet)" is one state body's name; the sector word after
// its comma opens no company.
func TestInstitutionSeriesInSpanish(t *testing.T) {
	d := mustDefault(t)
	body := "La sentencia rechazó los recursos del Ministerio de Energía y Minas (Minem) y el Instituto Geológico, Minero y Metalúrgico (Ingemmet) por la caducidad de las concesiones."
	for _, n := range analyzedNames(d, "Concesiones caducadas", body) {
		if n == "Minero y Metalúrgico" {
			t.Errorf("a state body's name read as a company: %q", n)
		}
	}
}

package companies

import "testing"

// TestChineseNameAfterDescriptor: a descriptor written right before a
// company's full name with no space ("某地锂盐原料供应商湖南青岚新材料有限公司",
// a supplier of lithium-salt feed) is no part of the name: the candidate
// starts at its place word. Invented companies and sentences, written for
// this test.
func TestChineseNameAfterDescriptor(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := "下午,调研组前往岳阳锂盐原料供应商湖南青岚新材料有限公司调研。公司负责人介绍了卤水提锂生产线。"
	fs := findings(d, Doc{Title: "调研组走访锂盐企业", Body: body})
	if _, ok := fs["湖南青岚新材料"]; !ok {
		t.Errorf("the supplier's name was not read from its place word: got %v", names(fs))
	}
	for n := range fs {
		if n != "湖南青岚新材料" {
			t.Errorf("extra company %q", n)
		}
	}
	// A maker's descriptor as well ("负极材料生产商").
	body2 := "国内负极材料生产商江西岳成新材料科技有限公司宣布扩产。"
	if _, ok := findings(d, Doc{Body: body2})["江西岳成新材料科技"]; !ok {
		t.Errorf("the maker's name was not read from its place word: got %v", names(findings(d, Doc{Body: body2})))
	}
}

// TestChineseNameWithBracketedPlace: a unit named with its place in
// brackets right before its legal form ("青岚新材料(岳阳)有限公司") is a
// candidate by that name, brackets kept, as the item writes it; a
// bracket holding a word that is no place name after a name with no
// trade word stays out. Invented companies and sentences, written for this
// test.
func TestChineseNameWithBracketedPlace(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := "该项目由青岚新材料(岳阳)有限公司建设,位于岳阳市石墨产业园。青岚新材料(岳阳)计划年内投产。"
	fs := findings(d, Doc{Title: "岳阳石墨负极材料项目进入调试期", Body: body})
	f, ok := fs["青岚新材料(岳阳)"]
	if !ok {
		t.Fatalf("the unit with its place in brackets was not found: got %v", names(fs))
	}
	if f.Count != 2 {
		t.Errorf("named %d times, want 2", f.Count)
	}
	// A unit abroad ("(越南)") is left to the dictionary's name for it.
	body3 := "岳成镍业(越南)有限公司的冶炼厂已投产。"
	if fs := findings(d, Doc{Body: body3}); len(fs) != 0 {
		t.Errorf("a unit abroad was read by its Chinese form: %v", names(fs))
	}
	body2 := "青岚商贸(岳阳)有限公司举行开业仪式。"
	if fs := findings(d, Doc{Body: body2}); len(fs) != 0 {
		t.Errorf("a trading firm outside the chain was read: %v", names(fs))
	}
}

// TestChineseListClosedByFiguredCount: a list of short names closed by
// "等" and a count written in figures ("等12家新材料企业") is closed as one
// counted in characters is, and a closing phrase that holds a trade word
// of the chain ("新材料企业") makes it a list of the chain though no member
// holds one. A list of customers closed the same way ("等12家整车企业")
// names none. Invented companies and sentences, written for this test.
func TestChineseListClosedByFiguredCount(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := "产业园内的岳通纳米、青岚碳素等12家新材料企业产生的废水经处理后循环使用。"
	fs := findings(d, Doc{Title: "园区废水处理厂投入运行", Body: body})
	for _, n := range []string{"岳通纳米", "青岚碳素"} {
		if _, ok := fs[n]; !ok {
			t.Errorf("list member %q was not read: got %v", n, names(fs))
		}
	}
	body2 := "产品供应岳通汽车、青岚电器等12家整车企业。"
	if fs := findings(d, Doc{Body: body2}); len(fs) != 0 {
		t.Errorf("a list of customers was read: %v", names(fs))
	}
}

// TestChineseNameBeforeOutput: a full name with no legal form, a place, a
// name of its own and a trade word, written right before the output of
// the project it builds ("湖南青岚新材料年产5万吨负极材料项目") is a
// candidate, in the title too. A place and trade words alone before the
// output ("湖南锂电新能源年产…") name no company. Invented companies and
// sentences, written for this test.
func TestChineseNameBeforeOutput(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	title := "湖南青岚新材料年产5万吨负极材料项目开工"
	body := "3月2日,湖南青岚新材料年产5万吨负极材料一体化项目在岳阳开工。项目计划明年建成投产。"
	fs := findings(d, Doc{Title: title, Body: body})
	f, ok := fs["湖南青岚新材料"]
	if !ok {
		t.Fatalf("the name before the output was not read: got %v", names(fs))
	}
	if f.Count != 2 {
		t.Errorf("named %d times, want 2 (title and body)", f.Count)
	}
	body2 := "湖南锂电新能源年产能已超过50万吨。"
	if fs := findings(d, Doc{Body: body2}); len(fs) != 0 {
		t.Errorf("a place and trade words were read as a name: %v", names(fs))
	}
}

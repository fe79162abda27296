package companies

import "testing"

// TestChineseNameAfterFormingVerb: a verb of setting a firm up written
// right before its full name with no space ("共同组建青岚锂业有限公司",
// "jointly set up ...") is no part of the name, in simplified and in
// traditional script. Invented companies and sentences, written for this
// test.
func TestChineseNameAfterFormingVerb(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ body, want string }{
		{"两家公司签署合作协议,共同组建青岚锂业有限公司,负责矿山的开发。", "青岚锂业"},
		{"雙方簽署協議,共同組建岳成礦業有限公司,開發當地的銅礦。", "岳成礦業"},
		{"去年集团出资创建湖南睿达新材料有限公司,主营负极材料。", "湖南睿达新材料"},
		{"该集团拟筹建江西青岚稀土开发有限公司。", "江西青岚稀土开发"},
	}
	for _, c := range cases {
		fs := findings(d, Doc{Body: c.body})
		if _, ok := fs[c.want]; !ok {
			t.Errorf("%q: %s not read from after the verb: got %v", c.body, c.want, names(fs))
		}
		for n := range fs {
			if n != c.want {
				t.Errorf("%q: extra company %q", c.body, n)
			}
		}
	}
}

// TestChineseCountBeforeGenericName: a count of firms ("6家", "三家", "a
// number of") before a name made only of trade and group words
// ("稀土集团", "rare-earth groups") names no company, the count written in
// figures or in characters; a count before a name of its own still lets
// the name be read. Invented sentences, written for this test.
func TestChineseCountBeforeGenericName(t *testing.T) {
	checkNoneThenNamed(t, "a count and a generic name read as a company", []string{
		"今年的开采指标下达给6家稀土集团下属矿山企业。",
		"指标集中下达给12家锂业集团,不得转让。",
		"开采指标由三家稀土集团分解落实。",
		"六家稀土集团将加强核查。",
	}, "指标下达给2家企业,其中江西青岚稀土集团有限公司获得多数。", "江西青岚稀土集团", "a named group after a count was lost")
}

// TestChineseDescriptorOnlyName: a group described by its standing or its
// size ("国家稀土集团", "a national rare-earth group"; "稀土大集团", "a big
// rare-earth group") is no company, while a name of its own holding the
// same character ("江西大成稀土集团") is read. Invented sentences, written
// for this test.
func TestChineseDescriptorOnlyName(t *testing.T) {
	checkNoneThenNamed(t, "a described group read as a company", []string{
		"会议提出,要加快组建国家稀土集团有限公司的步伐。",
		"专家建议推动组建稀土大集团有限公司,提高集中度。",
		"当年组建全国锂业集团的设想没有实现。",
	}, "江西大成稀土集团有限公司扩建了分离产线。", "江西大成稀土集团", "a group with a name of its own was lost")
}

// TestChineseNamesOfDictionaryCompanies43: dictionary companies written by
// the Chinese names their owners' and the state press use (a unit abroad
// named in Chinese, a group's short form, a holding group's registered
// name) are those companies, in simplified and
// traditional script, and a unit's short form is not its parent.
// Sentences invented for this test.
func TestChineseNamesOfDictionaryCompanies43(t *testing.T) {
	d := mustDefault(t)
	checkBodyNames(t, d, []bodyNames{
		{"双方共同组建中色非洲矿业有限公司,开发当地铜矿。", []string{"NFC Africa Mining"}, nil},
		{"雙方共同組建中色非洲礦業有限公司。", []string{"NFC Africa Mining"}, nil},
		{"迪兹瓦矿业的湿法冶炼厂年内投产。", []string{"Société Minière de Deziwa"}, nil},
		{"迪玆瓦矿业股份有限公司的铜钴项目开工。", []string{"Société Minière de Deziwa"}, nil},
		{"集团所属中色大冶的冶炼厂完成了技改。", []string{"China Daye Non-Ferrous Metals Mining"}, nil},
		{"融捷投资集团与园区签订了锂电材料项目协议。", []string{"Rongjie Investment Holding Group"}, []string{"Rongjie"}},
		{"他曾任五礦發展股份有限公司总经理。", []string{"Minmetals Development"}, []string{"China Minmetals"}},
	})
}

// checkNoneThenNamed checks that no body of none names a company (what
// says how it would be misread) and that body names name (lost says what
// its loss means).
func checkNoneThenNamed(t *testing.T, what string, none []string, body, name, lost string) {
	t.Helper()
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range none {
		if fs := findings(d, Doc{Body: b}); len(fs) != 0 {
			t.Errorf("%q: %s: %v", b, what, names(fs))
		}
	}
	if _, ok := findings(d, Doc{Body: body})[name]; !ok {
		t.Errorf("%s: got %v", lost, names(findings(d, Doc{Body: body})))
	}
}

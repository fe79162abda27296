package companies

import "testing"

// TestKnownChineseNameShortForm: a dictionary company written in full with
// its legal form and given a short name in brackets ("（下称“岳青公司”）")
// is that company wherever the item writes the short name again, as an
// unknown one already was (docs/labelling.md, 1: a later naming counts).
// A short name made only of generic words ("公司") names nothing of its
// own. Invented companies and sentences, written for this test.
func TestKnownChineseNameShortForm(t *testing.T) {
	d, err := New([]Company{
		{Name: "Yuezhou Qinglan Rare Earth", Aliases: []string{"岳州青岚稀土"}, Minerals: []string{"rare earths"}, Country: "China"},
		{Name: "Yueqing Rare Earth Hi-Tech", Aliases: []string{"岳青稀土"}, Parent: "Yuezhou Qinglan Rare Earth", Minerals: []string{"rare earths"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "岳州青岚稀土股份有限公司(下称“青岚稀土”)计划建设新的分离基地。" +
		"该公司公告称,拟以全资子公司岳州岳青稀土高科有限公司(下称“岳青公司”)为实施主体,投资建设冶炼升级项目。\n\n" +
		"项目位于岳青公司原厂址,建设期约18个月。\n\n" +
		"青岚稀土及岳青公司以自有资金为项目提供资金支持。"
	fs := findings(d, Doc{Title: "青岚稀土拟投资建设冶炼升级项目", Body: body})
	f, ok := fs["Yueqing Rare Earth Hi-Tech"]
	if !ok {
		t.Fatal("the unit named in full was not found")
	}
	if f.Count != 3 {
		t.Errorf("Yueqing Rare Earth Hi-Tech named %d times, want 3 (in full, then twice as 岳青公司)", f.Count)
	}
	if !f.Subject {
		t.Error("the unit carrying the project, named three times, is no subject")
	}

	// "（以下简称“公司”）" gives no name: "子公司" later is no naming.
	body2 := "岳州岳青稀土高科有限公司(以下简称“公司”)发布公告。\n\n该集团下属子公司较多。"
	if f := findings(d, Doc{Body: body2})["Yueqing Rare Earth Hi-Tech"]; f.Count != 1 {
		t.Errorf("a generic short name: Yueqing Rare Earth Hi-Tech named %d times, want 1", f.Count)
	}
}

// TestChineseListClosedByCount: "A、B等两家…企业" closes a list of two as
// "A、B等企业" does: the count of firms between 等 and the company noun
// (两家, 三家, 多家) is no word that keeps the noun away. Two groups named
// in such a list and once more as shareholders are mentions of the item
// about the group they form (docs/labelling.md, 5).
// Invented companies and sentences, written for this test.
func TestChineseListClosedByCount(t *testing.T) {
	d, err := New([]Company{
		{Name: "Yuezhou Qinglan Rare Earth Group", Aliases: []string{"岳州青岚稀土集团"}, Minerals: []string{"rare earths"}, Country: "China"},
		{Name: "Hexi Metals Research Group", Aliases: []string{"河西金属研究集团"}, Minerals: []string{"rare earths"}, Country: "China"},
		{Name: "Donglin Materials Research Group", Aliases: []string{"东林材料研究集团"}, Minerals: []string{"rare earths"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "岳州青岚稀土集团有限公司今天正式成立。" +
		"该集团由两家地方企业组建,并引入河西金属研究集团有限公司、东林材料研究集团有限公司等两家稀土科技研发型企业。\n\n" +
		"股权结构为:两家地方企业各持有40%;河西金属研究集团有限公司、东林材料研究集团有限公司分别持有10%。\n\n" +
		"岳州青岚稀土集团将聚焦稀土的勘探开发和分离冶炼。"
	fs := findings(d, Doc{Title: "岳州青岚稀土集团成立", Body: body})
	for _, n := range []string{"Hexi Metals Research Group", "Donglin Materials Research Group"} {
		f, ok := fs[n]
		if !ok {
			t.Errorf("%s not found", n)
			continue
		}
		if f.Subject {
			t.Errorf("%s, named only in a list closed by 等两家…企业, is a subject", n)
		}
	}
}

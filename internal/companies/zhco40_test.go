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

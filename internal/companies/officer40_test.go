package companies

import "testing"

// TestChineseManagerLine: "“……”企业总经理某某说" after a sentence naming a
// company once: the manager speaking is the company's, so the item writes
// about it in two sentences (docs/labelling.md, 1). Not when the manager
// word is inside a longer name or after another word ("由公司总经理主持"
// is read by nothing new). Invented companies and sentences.
func TestChineseManagerLine(t *testing.T) {
	d, err := New([]Company{
		{Name: "西岭石墨科技", Aliases: []string{"西岭石墨"}, Minerals: []string{"graphite"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	lead := "本报讯 近日,港区召开产业推进会,部署下半年招商工作。会议要求各部门加快项目落地。\n\n" +
		"在港区东侧的西岭石墨科技有限公司项目现场,工人正在安装生产线。"
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"“项目计划年产负极材料三万吨。”企业总经理王明说。", true},
		{"公司总经理王明说,项目年底投产。", true},
		{"“项目计划年产负极材料三万吨。”一位工人说。", false},
	} {
		f := findings(d, Doc{Title: "港区召开产业推进会", Body: lead + c.tail})["西岭石墨科技"]
		if f.Subject != c.want {
			t.Errorf("%q: subject %v, want %v", c.tail, f.Subject, c.want)
		}
	}
}

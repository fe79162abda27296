package companies

import "testing"

// TestChineseManagerLineAfterQuote44 (session 44, once-s44): "X有限公司的厂房
// 拔地而起。“……。”公司总经理某某说" names X once and then lets its manager
// speak after a quote: the quote is the manager's, so the manager line
// stands for X, the company named right before the quote, even when the
// item named other companies earlier (antecedent reads past the quote's
// sentences). A sentence of the writer's own between them still keeps
// the manager line from reaching back. Invented companies and sentences.
func TestChineseManagerLineAfterQuote44(t *testing.T) {
	d, err := New([]Company{
		{Name: "西岭石墨科技", Aliases: []string{"西岭石墨"}, Minerals: []string{"graphite"}, Country: "China"},
		{Name: "东川新材料", Aliases: []string{"东川新材"}, Minerals: []string{"graphite"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	lead := "本报讯 近日,港区召开产业推进会,部署下半年招商工作。会议要求各部门加快项目落地。\n\n" +
		"在港区西侧的东川新材料有限公司项目现场,设备已经进场。\n\n" +
		"在港区东侧,西岭石墨科技有限公司的厂房拔地而起。"
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"“项目计划年产负极材料三万吨。”公司总经理王明说,项目年底投产。", true},
		{"“项目计划年产负极材料三万吨,年底前建成投产。”企业总经理王明说。", true},
		{"港区管委会表示全力支持。“项目计划年产负极材料三万吨。”公司总经理王明说。", false},
	} {
		got := findings(d, Doc{Title: "港区召开产业推进会", Body: lead + c.tail})
		if f := got["西岭石墨科技"]; f.Subject != c.want {
			t.Errorf("%q: 西岭石墨科技 subject %v (%s), want %v", c.tail, f.Subject, f.Note, c.want)
		}
		if f := got["东川新材料"]; f.Subject {
			t.Errorf("%q: 东川新材料 is a subject, want a mention", c.tail)
		}
	}
}

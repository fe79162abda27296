package minerals

import (
	"slices"
	"testing"
)

// TestHanCompanyNames: a mineral character inside a Chinese company's
// name ("某某钴业", "某某钨业股份有限公司", "某某锂业集团") is the company's
// name, not the item naming the mineral, as a capitalised mineral word
// before a company word is ("Cobalt Ltd"); the mineral written on its own
// still counts, and so does a business line ("锂业务"). Invented; 青岚 and
// 岳州 are made-up names.
func TestHanCompanyNames(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "青岚钴业完成董事会换届", Body: "青岚钴业公告称,公司董事会完成换届选举。新一届董事会成员共九名。"}, nil},
		{Doc{Title: "岳州钨业:关于日常关联交易预计的公告", Body: "岳州钨业股份有限公司董事会审议通过关联交易议案。岳州钨业表示,交易遵循公平原则。"}, nil},
		{Doc{Title: "青岚锂业集团召开股东大会", Body: "青岚锂业集团有限公司召开年度股东大会,审议通过利润分配方案。"}, nil},
		// The company's name in the title counts when the body names the
		// mineral itself, as "Xiamen Tungsten" does.
		{Doc{Title: "青岚锂业:盐湖项目正式开工", Body: "青岚锂业公告,公司盐湖项目正式开工,规划建设年产两万吨氯化锂生产线。"}, []string{"lithium"}},
		{Doc{Title: "钴价上涨推动青岚钴业利润增长", Body: "受钴价上涨影响,青岚钴业一季度利润增长。公司钴产品销量同比增长两成。"}, []string{"cobalt"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}

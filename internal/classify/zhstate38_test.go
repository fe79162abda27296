package classify

import "testing"

// TestChineseRelayOccasion38 (session 38, zhstate-s38): a paper that
// relays another publisher's commentary ("某网发布评论文章指出, ...", then
// the article's points after 文章认为 / 评论批评) in an item that is mostly
// the measure it discusses reports that commentary's rhetoric (labelling
// rule 15: a relay without its own polemic is business). A commentary in
// its own voice with the same words, and a relay that is mostly polemic,
// keep their flags. Every sentence is invented for the test.
func TestChineseRelayOccasion38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"a Hong Kong paper relaying a state portal's commentary on the controls", Doc{
			Title: "升级锑出口管制 内地网站：中国正在完善出口管制体系",
			Body: "某官方网站周一发布评论文章指出，升级锑出口管制是反制对华打压，也是以其人之道还治其人之身。\n\n" +
				"文章指出，商务部上周发布两份公告，将锑锭、氧化锑和锑精矿纳入出口许可管理，自下月起实施。\n\n" +
				"评论批评，对方一边谈判一边加码对华打压，凸显其双重标准。\n\n" +
				"文章提到，去年我国锑出口量约为2.1万吨，其中氧化锑占六成，出口企业须申领两用物项出口许可证。\n\n" +
				"文章强调，新规同样适用于含有中国锑原料的境外产品，符合规定的出口申请将予以许可。",
		}, false},
		{"the same words in a commentary's own voice", Doc{
			Title: "评论：升级锑出口管制是对霸凌的正当反制",
			Body: "升级锑出口管制是反制对华打压，也是以其人之道还治其人之身。\n\n" +
				"对方一边谈判一边加码对华打压，凸显其双重标准，其霸权逻辑暴露无遗。\n\n" +
				"围堵中国注定失败，任何打压都阻挡不了中国发展的脚步。",
		}, true},
		{"a relay that is all polemic", Doc{
			Title: "内地网站发布评论文章：打压中国注定失败",
			Body: "某官方网站发布评论文章指出，对方加码对华打压，其霸权逻辑暴露无遗。\n\n" +
				"文章认为，对方凸显其双重标准，围堵中国注定失败。\n\n" +
				"评论批评，对方煽风点火、拉帮结派，是贸易霸凌的始作俑者。",
		}, true},
	})
}

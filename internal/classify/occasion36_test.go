package classify

import "testing"

// TestChineseOccasionFraming (session 36, zhocc-s36): Chinese company news
// about a business occasion carries Party formulas in passing, and a
// Party committee's own work stays political wherever it is held. Every
// sentence is invented for the test.
func TestChineseOccasionFraming(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"a tour whose speaker goes on after his cue", Doc{
			Title: "集团副书记到青岭锂业调研",
			Body: "4月9日，集团党委副书记李文到青岭锂业调研，察看了年产2万吨碳酸锂生产线和尾矿库。\n\n" +
				"座谈会上，李文听取了企业生产经营、项目建设情况汇报。\n\n" +
				"李文强调，一是要抓好生产，确保全年碳酸锂产量1.8万吨。" +
				"坚持从严治党，抓好党风廉政建设，加强党的建设。" +
				"二是要抓好安全环保，确保项目年内投产。",
		}, false},
		{"a visit whose results list a formula in passing", Doc{
			Title: "协会会长会见白石矿业集团董事长",
			Body: "协会会长在协会本部会见白石矿业集团董事长一行，双方就海外项目和科技攻关进行交流。\n\n" +
				"会长对集团去年的成绩表示祝贺。" +
				"去年集团政治建设全面加强，主要经济指标再创历史最好水平，利润总额同比增长18%。\n\n" +
				"双方表示将在资源开发、技术合作等方面加强交流。",
		}, false},
		{"a groundbreaking with the speakers' formulas", Doc{
			Title: "青岭稀土新材料产业园奠基仪式举行",
			Body: "6月1日，青岭稀土新材料产业园奠基仪式举行，项目总投资30亿元，建成后年产永磁材料1万吨。\n\n" +
				"集团总经理在致辞中表示，集团坚持政治建企、党建强企，心怀国之大者，全力推进项目建设。" +
				"市长表示，要倒排工期，确保项目明年投产、早日达产。",
		}, false},
		{"a Party central group meeting held at a plant", Doc{
			Title: "白石锌业集团党委在项目现场召开理论学习中心组学习会",
			Body: "5月8日，白石锌业集团党委在年产10万吨锌基材料项目现场召开理论学习中心组学习会，传达学习全国两会精神。\n\n" +
				"会前，与会人员察看了项目进展，项目总投资12亿元。\n\n" +
				"会议强调，要深刻领悟两个确立的决定性意义，增强四个意识、坚定四个自信、做到两个维护。" +
				"要坚持党建引领，发挥基层党组织战斗堡垒作用和党员先锋模范作用。",
		}, true},
		{"United Front work at a company", Doc{
			Title: "青岭矿业党委召开统战对象座谈会",
			Body: "11月3日，青岭矿业党委召开统战对象座谈会，传达全国统战工作会议精神。\n\n" +
				"党委书记介绍了公司统战工作开展情况，统战对象代表先后发言。\n\n" +
				"会议要求，要把统战工作作为党的工作的重要组成部分，团结党外知识分子，凝聚人心、汇聚力量。",
		}, true},
	})
}

package classify

import "testing"

// TestChineseProjectAndPurposeOccasion37 (session 37, zhdir-s37): a
// project's own business event (a groundbreaking, a commissioning, a
// signing) names the occasion of its report as a tour does, and a
// directive in a sentence that names the occasion (the meeting's purpose
// clause, "为贯彻落实...精神,召开...座谈会"; "发表重要讲话" at the work
// meeting) frames it. A Party committee's study held at a project and a
// Party-building day stay political. Every sentence is invented for the
// test.
func TestChineseProjectAndPurposeOccasion37(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"a groundbreaking whose chairman keeps his founding mission", Doc{
			Title: "青岭锂业5万吨/年锂盐项目开工",
			Body: "3月2日上午，随着市长宣布，青岭锂业年产5万吨锂盐项目正式开工。副市长、集团董事长出席并致辞。\n\n" +
				"副市长希望企业科学调度，推动项目早竣工、早投产、早见效。\n\n" +
				"董事长表示，公司将始终牢记初心使命，坚定不移走绿色发展之路，全力以赴把项目建成一流示范项目。",
		}, false},
		{"an expert meeting held to carry out a speech's spirit", Doc{
			Title: "有关部门召开锑行业专家座谈会",
			Body: "为深入贯彻落实总书记重要讲话精神，5月6日，有关部门召开锑行业专家座谈会，分析行业发展现状。\n\n" +
				"与会专家指出，锑是重要的战略资源，我国资源优势明显，但非法开采屡禁不绝，高端应用水平不高。\n\n" +
				"与会专家建议，加强出口管控，建立全流程追溯机制，推动产业转型升级。\n\n" +
				"有关部门负责同志表示，将研究采纳专家意见，出台管用举措。",
		}, false},
		{"a Party central group's study held at a project", Doc{
			Title: "白石锂业党委在项目现场开展理论学习中心组学习",
			Body: "7月3日，白石锂业党委在年产3万吨锂盐项目现场开展理论学习中心组学习，传达学习全会精神。\n\n" +
				"会议强调，要深刻领悟两个确立的决定性意义，增强四个意识、坚定四个自信、做到两个维护。" +
				"要坚持党建引领，以党建高质量推动项目早日投产。",
		}, true},
		{"a Party day at a red base after a signing", Doc{
			Title: "青岭稀土党支部开展主题党日活动",
			Body: "签约仪式次日，青岭稀土党支部组织党员赴革命纪念馆开展主题党日活动，重温入党誓词。\n\n" +
				"党员们表示，要传承红色基因，赓续精神血脉，坚定永远跟党走的信念，牢记初心使命。",
		}, true},
	})
}

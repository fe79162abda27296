package classify

import "testing"

// TestChineseSpeechSequence (session 35, zhideo2-s35): a Chinese speech
// cue of two or three characters (表示, 指出, 发言人) makes its sentence
// someone's words where its characters stand in a row; its characters
// apart, or a comma between them, do not. Invented sentences.
func TestChineseSpeechSequence(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		body  string
		voice bool
	}{
		{"李明表示，青岭公司今年将扩大碳酸锂产能。", true},
		{"会议指出，各单位要加快重点项目的建设进度。", true},
		{"张华强调，要确保新建的生产线按期投产。", true},
		{"商务部新闻发言人就稀土出口管制措施回答记者提问。", true},
		{"青岭公司今年将扩大碳酸锂产能，产量稳定增长。", false},
		{"代表团参观了青岭公司的选矿车间和实验室。", false},
		{"图中的红色部分为表，示例为去年的产量。", false},
	} {
		if got := voicedAt(t, c, Doc{Body: tc.body}, 0); got != tc.voice {
			t.Errorf("%q read as someone's words = %v, want %v", tc.body, got, tc.voice)
		}
	}
}

// TestChineseOccasion (session 35, zhideo2-s35): the look-alikes of
// labelling rules 13, 15 and 16 in Chinese. A Party secretary's inspection
// tour of a plant with its output, whose opener has him stress the plenum's
// spirit; a group's work meeting on reserves that "pointed out" the Party's
// leadership; a ministry's press conference explaining an export measure
// whose spokesman also says the other side distorts it: business. A Party
// secretary's research tour of Party-building, every line of it political,
// and a study session stay flagged. Invented sentences.
func TestChineseOccasion(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"inspection tour with a plenum line", Doc{
			Title: "省委书记王立到青岭稀土产业园调研",
			Body: "5月6日，省委书记王立到青岭稀土产业园调研。" +
				"他强调，要深入学习贯彻党的二十届三中全会精神，不忘初心、牢记使命，推动稀土产业高质量发展。" +
				"在青岭稀土分离厂，王立察看了年产5000吨稀土氧化物生产线，详细了解产量、成本和订单情况。" +
				"该厂今年上半年产值12亿元，同比增长15%。" +
				"在永磁材料项目现场，王立了解项目投资和建设进度，要求加快项目建设，确保年内投产。",
		}, false},
		{"work meeting on reserves with the Party's leadership", Doc{
			Title: "白石稀土集团召开资源增储上产工作推进会",
			Body: "3月2日，白石稀土集团召开资源增储上产工作推进会。" +
				"会议指出，在集团党委的坚强领导下，各单位坚持党建引领，学习贯彻重要指示批示精神，找矿工作取得新进展。" +
				"去年集团新增稀土资源量12万吨，精矿产量同比增长8%。" +
				"会议要求，要加快境外项目建设，确保重点矿山达产，提升资源保障能力和市场份额。",
		}, false},
		{"press conference explaining a measure", Doc{
			Title: "商务部回应稀土出口管制措施",
			Body: "在今天召开的例行新闻发布会上，商务部新闻发言人回应了稀土出口管制问题。" +
				"发言人介绍，此次管制的物项包括部分中重稀土金属和氧化物，出口经营者须申请出口许可证，合规申请将予以许可。" +
				"美方的解读严重曲解并渲染、夸大中方措施，这是以己度人，泛化国家安全。" +
				"中方已就措施向有关国家通报，将持续优化审批流程，促进合规贸易。",
		}, false},
		{"research tour of Party-building", Doc{
			Title: "集团党委书记到基层党支部调研党建工作",
			Body: "6月3日，集团党委书记张明远到青岭矿基层党支部调研党建工作。" +
				"他强调，要深刻领悟两个确立的决定性意义，增强四个意识、坚定四个自信、做到两个维护。" +
				"要持续推进全面从严治党，严守政治纪律和政治规矩，落实中央八项规定精神。" +
				"要充分发挥基层党组织战斗堡垒作用和党员先锋模范作用，开展好党纪学习教育和警示教育。",
		}, true},
	})
}

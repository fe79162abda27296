package classify

import "testing"

// Session 37 (zhcomment-s37): Chinese nationalist commentary outside the
// official papers (self-media, commentary portals, Hong Kong columns) argues
// China's win in the commentator's taunt, not in the ministry's rebuttal
// formulas: the other side panics and loses face, brought it on itself, its
// schemes are a farce, its politicians hysterical; China's measure is a
// weapon at its vital point. The classes are data (lexicon_zh.toml,
// zhcomment37-taunt and zhcomment37-weapon), and the commentator's idioms
// that end with a speech character (堪称, 可以说) are his own words
// (writer_speech). Every case is invented.

// TestChineseCommentaryTaunt37: commentaries whose argument is the taunt are
// flagged, each naming a phrase of the new classes; each scored under the
// threshold before them.
func TestChineseCommentaryTaunt37(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"the other side panics and gives in", "认怂", Doc{
			Title: "镓锗管制一年,华盛顿急了",
			Body: "去年镓出口量下降了四成,价格上涨到每公斤800元。\n\n" +
				"白宫一边放狠话,一边派人来谈,急得直跳脚。\n\n" +
				"讽刺的是,几轮下来美方偷偷认怂了,还把几家企业移出了清单。\n\n" +
				"这就是自作自受。",
		}},
		{"a farce and old tricks, in traditional script", "歇斯底里", Doc{
			Title: "稀土同盟不過是一場鬧劇",
			Body: "美國拉攏盟友搞所謂礦產聯盟,已經到了歇斯底里的地步。\n\n" +
				"說是多元化,其實還是那套老把戲,打的是如意算盤。\n\n" +
				"盟友們各懷心事,聯盟還沒起跑就裂了縫,這就是作繭自縛。\n\n" +
				"澳洲的產能不到中國的百分之五,遠水救不了近火。",
		}},
		{"a commentator's verdict after 堪称", "闹剧", Doc{
			Title: "深海采矿计划搁浅",
			Body: "美国把希望寄托在太平洋海底的结核矿上,投入了20亿美元。\n\n" +
				"计划搁浅后,企业库存只够用60天。\n\n" +
				"这场寻宝行动堪称一场闹剧,最后只能打了自己的脸。\n\n" +
				"可以说,这是自食其果。",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestChineseCommentaryLookalikes37: market and industry pieces of the same
// outlets stay business when they use a word of the classes in a line: a
// stock piece whose sector "got anxious" (慌了神) among its figures, an
// industry piece calling a product a 杀手锏, and a report quoting a foreign
// official who calls a rival's plan a farce.
func TestChineseCommentaryLookalikes37(t *testing.T) {
	c := newClassifier(t, Options{})
	stock := Doc{
		Title: "锂电池出口管制落地,高端电芯受限",
		Body: "商务部宣布对能量密度超过300Wh/kg的电芯和生产设备实施出口管制,普通动力电池不受影响。\n\n" +
			"消息一出,海外车企的高端车型供应链先慌了神。\n\n" +
			"头部企业上半年出口额同比增长25%,达到120亿元。\n\n" +
			"分析师认为,管制将推动产业向硅碳负极等高附加值环节升级。",
	}
	flagIs(t, c, stock, false, "a stock piece with one 慌了神")
	product := Doc{
		Title: "某磁材企业推出新一代钕铁硼",
		Body: "公司新一代高矫顽力钕铁硼磁体本月投产,年产能5000吨。\n\n" +
			"这款产品是公司开拓新能源车市场的杀手锏,毛利率预计提高3个百分点。\n\n" +
			"公司前三季度营收同比增长18%,净利润4.2亿元。",
	}
	flagIs(t, c, product, false, "an industry piece's 杀手锏")
	quoted := Doc{
		Title: "欧盟官员评美国矿产联盟",
		Body: "欧盟委员会一名官员周三表示,“这种排除特定国家的联盟是一场闹剧”。\n\n" +
			"欧盟今年从中国进口稀土磁体1.8万吨,同比增长6%。\n\n" +
			"该官员说,欧盟将在三个月内提出自己的关键原材料储备方案,规模约20亿欧元。",
	}
	flagIs(t, c, quoted, false, "a quoted official's 闹剧 among figures")
}

// TestChineseWriterIdioms37: 称 and 说 are speech cues, so before the
// idioms were data a commentator's "堪称" (may be called) and "可以说" (one
// may say) made his own sentences reported speech, and in an item of
// figures his taunt was set aside as quoted (c8). Read as his words, it
// counts; the same taunt after "他称" (he claims) stays reported.
func TestChineseWriterIdioms37(t *testing.T) {
	c := newClassifier(t, Options{})
	facts := "今年前十个月稀土磁体出口量达到4.6万吨,同比增长9%。\n\n" +
		"美方为重建供应链已投入120亿美元,产能仍不到中国的5%。\n\n"
	own := Doc{Title: "稀土供应链重建进展", Body: facts +
		"这样的重建计划堪称一场闹剧,到头来只能自食其果。\n\n" +
		"可以说,华盛顿已经乱了阵脚。"}
	flaggedOn(t, c, []voiceCase{{"the writer's 堪称 and 可以说", "闹剧", own}})
	reported := Doc{Title: "稀土供应链重建进展", Body: facts +
		"一名评论员称,这样的重建计划是一场闹剧,到头来只能自食其果。\n\n" +
		"他说,华盛顿已经乱了阵脚。"}
	flagIs(t, c, reported, false, "a commentator's taunt reported after 称 and 说")
}

package classify

import "testing"

// TestCommentatorTaunt42: the self-media commentator's taunt (lexGroup
// Taunt: the other side "hypocritically" speaks, plays "an old trick",
// "panics") is his own idiom, never a speaker's formula. Before session
// 42 a commentary that named the summit it mocks ("会谈", an occasion)
// had its taunt set aside as an occasion's speeches, and "假惺惺地表示"
// (hypocritically stated) made the writer's word the official's. The
// taunt after the speech cue ("他称,…闹剧") and inside quotation marks
// stays someone's words.
func TestCommentatorTaunt42(t *testing.T) {
	c := newClassifier(t, Options{})
	mock := Doc{
		Title: "会谈刚结束就翻脸:美方再拿关税施压",
		Body: "上周的中美会谈刚刚落幕,美方官员就放出话来,要对中国稀土加征关税。\n\n" +
			"这位官员还假惺惺地表示“愿意继续合作”,但要求中方放宽出口。\n\n" +
			"这不过是华盛顿玩了多年的老戏码,一手握手,一手挥棒。\n\n" +
			"美国军工企业的磁体库存只够两个月,相关部门已经慌了神。\n\n" +
			"今年前十个月,中国稀土磁体出口4.6万吨,同比增长9%。\n\n" +
			"美方为重建供应链已投入120亿美元,产能仍不到中国的5%。\n\n" +
			"业内预计,新的关税清单将涉及钕铁硼磁体和稀土氧化物。",
	}
	flaggedOn(t, c, []voiceCase{{"a commentary mocking a summit, its taunt before the speech cue", "假惺惺", mock}})

	official := Doc{
		Title: "商务部新闻发布会介绍稀土出口许可情况",
		Body: "商务部新闻发言人在例行新闻发布会上介绍,今年已批准稀土出口许可申请1200份,涉及企业86家。\n\n" +
			"发言人表示,对于个别国家的说法,“这是一场闹剧,也是老戏码”。\n\n" +
			"据介绍,许可审批平均用时已缩短至30个工作日,出口量同比增长12%。\n\n" +
			"发言人还介绍了新版出口管制清单的调整内容,涉及7类中重稀土产品。",
	}
	flagIs(t, c, official, false, "a press conference's spokesman quoted calling it a farce")
}

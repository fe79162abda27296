package classify

import "testing"

// Session 44 (zhrecall-s44): Chinese political items the earlier groups
// missed, read by the zhrecall44 groups of lexicon_zh.toml and lexicon.toml:
// a smuggling ring told by self-media as a story of traitors (labelling rule
// 17), a commentator's retort story and irony, the Party's revolutionary
// history as a state-media series, and the English of a state commentary on
// the containment of China and the West as predator (rule 15). Every case is
// invented.

// TestChineseRecall44: each item is flagged and rests on the phrase named;
// each scores under the threshold without the zhrecall44 groups.
func TestChineseRecall44(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"a smuggling ring told as a traitors' story", "内鬼", Doc{
			Title: "又一批内鬼现形!偷运战略金属钨,黑手伸向国之重器",
			Body: "中秋前夕,家家户户忙着团圆,一条消息却让人心头一紧。\n\n" +
				"一伙人长期把钨精矿偷偷运往境外,如今终于被一网打尽。\n\n" +
				"这种金属看着不起眼,却关系到每一件精密武器。\n\n" +
				"他们为什么要把手伸向国家最宝贵的资源?",
		}},
		{"a commentator's retort story", "怼了回去", Doc{
			Title: "外国记者追问中国是不是在抢矿,中国大使一句话怼了回去",
			Body: "在一场论坛上,一名外国记者举手发问,说中国在非洲的钴矿投资就是掠夺。\n\n" +
				"中国大使不慌不忙,让他先去看看过去二十年谁修了最多的铁路和医院。\n\n" +
				"现场一下子安静下来,记者没有再说话。",
		}},
		{"a commentary's irony and the other side's fatal weakness", "讽刺的是", Doc{
			Title: "他们自己放弃了稀土,现在又怪别人",
			Body: "讽刺的是,当年嫌污染把冶炼厂关掉的,正是今天喊着要重建供应链的那些人。\n\n" +
				"依赖进口成了他们的致命弱点,这局面是他们自己选的。\n\n" +
				"所谓的自由市场,只对自己自由,对别人只讲霸权。",
		}},
		{"a state-media series on the Party's red history", "红色金融", Doc{
			Title: "红色金融记忆:走进一座锡矿的旧址",
			Body: "九十多年前,这座锡矿的矿石换来了根据地急需的盐和药品,有力地支援了革命。\n\n" +
				"记者跟随讲解员走进旧址,一面墙上写满了革命先辈的名字。\n\n" +
				"这段红色历史,至今仍在这里代代相传。",
		}},
		{"an English commentary on containment", "containment of China", Doc{
			Title: "Why the tin talks went nowhere",
			Body: "Washington wanted quick concessions on tin and got none.\n\n" +
				"Its planners still treat every talk as a step in the containment of China.\n\n" +
				"Beijing owes them nothing of the kind.",
		}},
		{"an English commentary on the West as predator", "western predators", Doc{
			Title: "Whose cobalt is it anyway?",
			Body: "The guns have barely fallen silent and the Western predators are already circling the mines.\n\n" +
				"Each capital now offers a partnership that reads like a claim on the ore.\n\n" +
				"The country deserves better than to be carved up again.",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestChineseRecallLookalikes44: business items that hold the new words
// stay unflagged: a customs notice of an antimony smuggling case with its
// quantities and penalties, a battery piece on a chemistry's fatal weakness
// and the makers' covert price war, a premier's research tour of a tungsten
// city that visits a Red Army memorial in a line, and an English analysis
// naming a policy to contain China's share of a market.
func TestChineseRecallLookalikes44(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []namedDoc{
		{"a customs notice of a smuggling case with its measures", Doc{
			Title: "海关查获走私锑锭案 涉案12吨",
			Body: "某海关近日查获一起走私锑锭案,涉案锑锭12吨,案值约2000万元。\n\n" +
				"经查,犯罪嫌疑人将锑锭伪报为锌锭出口,3名主要嫌疑人已被依法刑事拘留。\n\n" +
				"海关提醒,锑及其制品已列入出口管制清单,出口经营者须申请两用物项出口许可证,违者将依法承担法律责任。",
		}},
		{"a battery piece on a chemistry's fatal weakness", Doc{
			Title: "磷酸铁锂低温性能待提升",
			Body: "低温下容量衰减是磷酸铁锂电池的致命弱点,冬季续航可下降30%。\n\n" +
				"各家电池厂围绕低温电解液展开暗战,今年已有5家企业发布新品。\n\n" +
				"业内预计,新一代产品价格将比上一代低10%,出货量有望达到50万吨。",
		}},
		{"a premier's research tour with a memorial in a line", Doc{
			Title: "总理在赣州调研 强调合理开发稀土资源",
			Body: "总理近日在江西赣州调研,先后来到稀土企业和研究院,了解产品产量和研发进展。\n\n" +
				"在一家稀土永磁企业,他详细询问订单、产能和出口情况,企业今年产值预计增长15%。\n\n" +
				"他还参观了当地一处红军纪念馆。\n\n" +
				"他表示,要提高稀土资源开发利用水平,延伸产业链,稳定就业和投资。",
		}},
		{"an English analysis of a policy aimed at China's share", Doc{
			Title: "Tin importers weigh tariff plan",
			Body: "A tariff plan meant to contain China's share of refined tin imports would raise costs for solder makers, analysts said.\n\n" +
				"Refined tin traded at $31,000 a tonne on Monday, up 2% on the week.\n\n" +
				"Importers shipped 4,200 tonnes in May, customs data showed.",
		}},
	}
	flagsAre(t, c, false, cases)
}

package classify

import "testing"

// Session 37 (stmedia-s37): the argued genre of Chinese state and
// pro-Beijing media on minerals, in English and Chinese (labelling rules 15
// and 17), read by the stmedia37 groups of lexicon.toml and lexicon_zh.toml.
// Every case is invented.

// TestStateMediaVoice37: an editorial on a foreign ban in the
// development-rights frame, an op-ed on the other side's lost standing, a
// spy narrative about a strategic metal, and Chinese commentaries in the
// suppression, pretext and campaign idioms are flagged; each names the
// phrase of the new groups it rests on, and each scores under the threshold
// without the groups.
func TestStateMediaVoice37(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"an editorial in the development-rights frame", "contain China's development", Doc{
			Title: "Gallium is not a bargaining chip for others",
			Body: "A foreign cabinet has again blacklisted Chinese chip designers this month.\n\n" +
				"Those who buy our gallium and then use it to contain China's development should not expect business as usual.\n\n" +
				"The Chinese people will never accept such treatment of their industry.",
		}},
		{"an op-ed on the other side's standing", "moral high ground", Doc{
			Title: "How Washington lost the tungsten argument",
			Body: "For years the capital lectured others about open markets.\n\n" +
				"Its sweeping entity listings have cost it the moral high ground among its own partners.\n\n" +
				"Such collective punishment of whole industries harms the punisher most.",
		}},
		{"a spy narrative", "foreign espionage agencies", Doc{
			Title: "Vigilance needed as hostile hands reach for our germanium",
			Body: "Foreign espionage agencies have long coveted the country's germanium know-how.\n\n" +
				"Their agents befriend engineers at trade fairs and ask about furnace settings.\n\n" +
				"Every citizen should stay alert to such schemes.",
		}},
		{"a Chinese commentary in the pretext idiom", "使绊子", Doc{
			Title: "西方的锑联盟难成气候",
			Body: "某些国家拉着盟友开会,说白了就是想在锑的供应链上给中国使绊子。\n\n" +
				"他们打着环保的幌子设置壁垒,却拿不出可行的办法。\n\n" +
				"中国稳坐钓鱼台,反倒是他们自己越来越着急。",
		}},
		{"a Chinese campaign commentary", "境外间谍", Doc{
			Title: "守护钨矿就是守护国家安全",
			Body: "近来境外间谍把手伸向了我们的钨矿。\n\n" +
				"这不是一般的买卖,而是关乎国运的较量。\n\n" +
				"面对敌对势力的渗透,每个人都要擦亮眼睛。",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestStateMediaLookalikes37: business reports of the same publishers that
// hold the new words stay unflagged: a smuggling campaign notice with its
// measures and cases, a wire report quoting the ministry's words about spy
// agencies in an item of figures, and a Chinese plant commissioning whose
// speaker names suppression once.
func TestStateMediaLookalikes37(t *testing.T) {
	c := newClassifier(t, Options{})
	notice := Doc{
		Title: "Customs steps up checks on antimony and gallium exports",
		Body: "Customs will inspect every declared shipment of antimony ingots and gallium metal from June 1, the administration said on Monday.\n\n" +
			"Exporters must attach the licence number and the end-user certificate to each declaration.\n\n" +
			"In the first quarter officers seized 12 tonnes of antimony hidden in ceramic tiles and fined two traders 3 million yuan.\n\n" +
			"Violators face penalties of up to five times the value of the goods.",
	}
	flagIs(t, c, notice, false, "a smuggling notice with its measures")
	wire := Doc{
		Title: "China says it seized 5 tonnes of smuggled rare earths in April",
		Body: "China seized 5 tonnes of smuggled rare earth oxides in April, the state security ministry said on Friday.\n\n" +
			"The ministry said foreign spy agencies had worked with local traders to relabel the goods.\n\n" +
			"Exports of rare earth magnets rose 12% to 5,800 tonnes in the same month, customs data showed.\n\n" +
			"Prices of dysprosium oxide in Rotterdam were steady at $800 per kg.",
	}
	flagIs(t, c, wire, false, "a wire report quoting the ministry in an item of figures")
	plant := Doc{
		Title: "年产2万吨碳酸锂项目投产",
		Body: "5月8日,某锂业公司年产2万吨碳酸锂项目在江西投产,总投资18亿元。\n\n" +
			"公司董事长表示,项目投产后年产值可达40亿元,产品主要供应动力电池客户。\n\n" +
			"他表示,面对外部打压中国新能源产业的形势,企业更要做好技术和成本。\n\n" +
			"二期项目计划明年开工,届时产能将提升至5万吨。",
	}
	flagIs(t, c, plant, false, "a Chinese plant commissioning with one line on suppression")
}

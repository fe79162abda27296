package classify

import "testing"

// TestPartyOrganisationFounded42: the founding of a Party organisation at
// a company or across an industry chain (a joint Party committee, a Party
// branch, a Party-building alliance) is Party-building's own event
// (docs/labelling.md rule 16), flagged like a study session; named once
// among a plant's figures it stays one line of formula.
func TestPartyOrganisationFounded42(t *testing.T) {
	c := newClassifier(t, Options{})
	founded := Doc{
		Title: "某市稀土永磁产业链企业联合党委成立大会召开",
		Body: "6月10日,某市稀土永磁产业链企业联合党委成立大会在高新区召开。\n\n" +
			"会上宣读了关于成立产业链企业联合党委的批复,市领导为联合党委授牌。\n\n" +
			"市领导要求产业链各成员企业加强协作,推动补链强链。\n\n" +
			"联合党委负责人和企业代表先后发言。",
	}
	flaggedOn(t, c, []voiceCase{{"a joint Party committee founded across an industry chain", "联合党委", founded}})

	plant := Doc{
		Title: "某磁材公司年产5000吨钕铁硼项目投产",
		Body: "某磁材公司年产5000吨高性能钕铁硼项目本月正式投产,总投资12亿元。\n\n" +
			"项目达产后预计年营收30亿元,产品主要供应新能源汽车电机和风电企业。\n\n" +
			"公司今年还成立党支部,并与三家下游车企签订长期供货协议,合计订单1.2万吨。\n\n" +
			"公司前三季度营收同比增长21%,净利润3.6亿元。",
	}
	flagIs(t, c, plant, false, "a plant's commissioning that names a Party branch founded in passing")
}

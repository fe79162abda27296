package classify

import "testing"

// TestSqueezeOutChina42: "排挤中国" (squeezing China out), "孤立中国"
// (isolating China) name the other side's aim as state commentary's
// rebuttal does "围堵中国" (labelling rule 15); a firm that squeezes out
// its rivals (排挤竞争对手) is business.
func TestSqueezeOutChina42(t *testing.T) {
	c := newClassifier(t, Options{})
	meeting := Doc{
		Title: "美方召集多国开关键矿产会议 意图排挤中国",
		Body: "当地时间周三,美方在华盛顿召开关键矿产部长级会议,数十个国家派代表出席。\n\n" +
			"会议讨论设立矿产价格下限和可调节关税,建立所谓的优惠贸易区。\n\n" +
			"会议全程没有邀请全球稀土产业的核心国家,其用意不言自明。",
	}
	flaggedOn(t, c, []voiceCase{{"a commentary naming the aim as squeezing China out", "排挤中国", meeting}})

	rivals := Doc{
		Title: "某稀土企业降价排挤竞争对手 市场份额升至三成",
		Body: "某稀土永磁企业今年多次下调报价,排挤竞争对手,市场份额升至30%。\n\n" +
			"公司前三季度营收同比增长15%,净利润2.1亿元。",
	}
	flagIs(t, c, rivals, false, "a firm squeezing out its rivals")
}

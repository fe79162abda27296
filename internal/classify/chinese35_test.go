package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// Session 35 (zhideo-s35): political voice in Chinese (lexicon_zh.toml).
// Every sentence is invented, in the styles of the publishers the issue
// names (an SOE's Party news page, a provincial Party paper, a state
// commentary, an industry daily, a ministry notice); the companies and
// people are made up.

// TestChineseSentenceEnds: the ideographic full stop and the full-width
// exclamation mark, question mark and semicolon end a sentence, whatever
// follows them; the enumeration comma and the full-width comma do not.
func TestChineseSentenceEnds(t *testing.T) {
	sc := &scanner{st: newStemmer()}
	for _, c := range []struct {
		in   string
		want int
	}{
		{"甲乙丙。丁戊己！庚辛？壬癸；子丑", 5},
		{"甲乙丙，丁戊己、庚辛", 1},
		{"产量52万吨。同比增长3.5%。", 2},
		{"He said. 她说。", 2},
	} {
		ws := text.Split(c.in, nil)
		n := 1
		sc.words(&ws, 0, ws.Len(), true, func(int, []byte, int, int) {}, func() { n++ })
		if n != c.want {
			t.Errorf("%q: %d sentences, want %d", c.in, n, c.want)
		}
	}
}

// TestChinesePhraseNotAcrossSentence: a phrase of the lexicon is a run of
// characters inside one sentence; cut by a full stop it does not match.
func TestChinesePhraseNotAcrossSentence(t *testing.T) {
	c := newClassifier(t, Options{})
	whole := c.Classify(Doc{Title: "公司召开会议", Body: "会议要求全体干部深入学习贯彻有关精神。"})
	cut := c.Classify(Doc{Title: "公司召开会议", Body: "会议要求全体干部深入学习。贯彻有关安排。"})
	if !hasReason(whole, "深入学习贯彻") {
		t.Errorf("whole phrase: reasons %v, want 深入学习贯彻", whole.Reasons)
	}
	if hasReason(cut, "学习贯彻") || hasReason(cut, "深入学习贯彻") {
		t.Errorf("phrase cut by a full stop matched: reasons %v", cut.Reasons)
	}
}

// TestTraditionalReadsSimplified: a page in traditional characters scores
// as its simplified twin, and the reasons quote the page as written.
func TestTraditionalReadsSimplified(t *testing.T) {
	c := newClassifier(t, Options{})
	simp := Doc{Title: "矿业公司党委理论学习中心组专题学习全会精神",
		Body: "会议强调，要深刻领悟两个确立的决定性意义，增强四个意识，做到两个维护，推动全面从严治党向基层延伸。"}
	trad := Doc{Title: "礦業公司黨委理論學習中心組專題學習全會精神",
		Body: "會議強調，要深刻領悟兩個確立的決定性意義，增強四個意識，做到兩個維護，推動全面從嚴治黨向基層延伸。"}
	rs, rt := c.Classify(simp), c.Classify(trad)
	if rs.Score != rt.Score || !rs.Flagged {
		t.Errorf("simplified %.3f (flagged %v), traditional %.3f: want one score, flagged", rs.Score, rs.Flagged, rt.Score)
	}
	if !hasReason(rt, "兩個確立") || !hasReason(rt, "全面從嚴治黨") {
		t.Errorf("traditional reasons %v, want the phrases as written", rt.Reasons)
	}
	sc := &scanner{st: newStemmer()}
	if a, b := strings.Join(normalise(sc, "黨的建設"), ""), strings.Join(normalise(sc, "党的建设"), ""); a != b {
		t.Errorf("黨的建設 reads %q, 党的建设 %q: want one form", a, b)
	}
}

// TestChineseVoice: Party study and Party-building at a state group, a
// Party committee's session on the General Secretary's speech, a signed
// Party article by a chairman and a state commentary in the rebuttal voice
// are flagged; a Party Secretary's plant inspection with its output, output
// and investment news, price news and a ministry's notice explaining a
// measure are not (labelling rules 13-17), though they name the Party, the
// leader or a formula once.
func TestChineseVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"Party-building meeting at an SOE miner", Doc{
			Title: "青岭矿业集团召开党建工作会议暨党风廉政建设部署会",
			Body: "3月2日，青岭矿业集团召开党建工作会议暨党风廉政建设部署会，集团党委书记、董事长张明远出席会议并讲话。" +
				"张明远指出，各级党组织要坚持以高质量党建引领保障企业高质量发展，深刻领悟两个确立的决定性意义，增强四个意识、坚定四个自信、做到两个维护。" +
				"要持续深化全面从严治党，严守政治纪律和政治规矩，落实中央八项规定精神，发挥基层党组织战斗堡垒作用和党员先锋模范作用。" +
				"会议还对开展警示教育和党纪学习教育作出部署。",
		}, true},
		{"Party committee theory study on the speech", Doc{
			Title: "白石稀土公司党委理论学习中心组集体学习总书记重要讲话精神",
			Body: "近日，白石稀土公司党委理论学习中心组召开集体学习会，传达学习习近平总书记重要讲话精神和党的二十届四中全会精神。" +
				"与会人员围绕学习内容交流研讨，一致认为要提高政治站位，把学习贯彻全会精神作为当前的首要政治任务。" +
				"公司党委书记李华要求，领导班子成员要带头读原著、学原文、悟原理，以学铸魂、以学增智，把理论武装成果转化为推动工作的强大动力。",
		}, true},
		{"signed Party article by an SOE chairman", Doc{
			Title: "牢记殷殷嘱托 奋力谱写新篇章",
			Body: "作为中央企业，我们始终牢记总书记的殷殷嘱托，把习近平总书记重要指示批示精神作为一切工作的根本遵循。" +
				"我们坚持党的全面领导，坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，深入开展主题教育，锤炼党性修养、坚定理想信念。" +
				"我们将永远听党话、跟党走，以对党忠诚的政治品格，为实现中华民族伟大复兴贡献力量。",
		}, true},
		{"state commentary rebutting critics", Doc{
			Title: "某些西方政客别有用心地抹黑中国出口管制",
			Body: "近来，某些西方政客又开始抹黑中国的出口管制，炮制所谓中国威胁论。" +
				"这种论调颠倒黑白，暴露出其冷战思维和零和博弈的陈旧观念。" +
				"他们一边搞小院高墙、脱钩断链，一边贼喊捉贼，把供应链问题政治化。" +
				"事实一再证明，这种搬起石头砸自己的脚的做法注定失败。",
		}, true},
		{"Party Secretary's plant inspection with output", Doc{
			Title: "集团党委书记张明远到红谷冶炼厂调研",
			Body: "5月8日，集团党委书记、董事长张明远到红谷冶炼厂调研生产经营情况。" +
				"张明远先后察看了年产2万吨氧化镨钕分离生产线和新建的废料回收车间，详细了解产量、成本和项目进度。" +
				"该厂今年一季度产量同比增长12%，营业收入3.6亿元。" +
				"张明远要求，要加快技改项目建设，确保三季度投产达产，进一步降低加工成本，提升产品质量和市场份额。",
		}, false},
		{"output and investment news", Doc{
			Title: "南岭锂业年产3万吨氢氧化锂项目投产",
			Body: "南岭锂业公告称，公司投资18亿元建设的年产3万吨电池级氢氧化锂项目已于6月30日点火投产。" +
				"项目达产后，公司锂盐总产能将达到8万吨。" +
				"公司表示，将加快锂辉石原料采购，保障生产线满产运行。",
		}, false},
		{"price news from the same outlet", Doc{
			Title: "氧化镨钕价格周内上涨5%",
			Body: "本周氧化镨钕现货价格上涨至每吨46万元，较上周上涨5%。" +
				"市场人士认为，下游磁材企业订单增加，库存偏低，供需偏紧。" +
				"分析机构预计三季度价格仍将高位运行。",
		}, false},
		{"a policy explained by the ministry", Doc{
			Title: "商务部就稀土相关物项出口管制答记者问",
			Body: "商务部新闻发言人就稀土相关物项出口管制措施答记者问。" +
				"发言人介绍，此次纳入管制的物项包括部分中重稀土金属及其合金和氧化物，出口经营者须向商务部申请出口许可证。" +
				"对于用于民用用途、符合规定的出口申请，商务部将依法予以许可，审查期限一般为45个工作日。" +
				"发言人表示，有关措施不针对特定国家和地区，对一些方面的曲解和渲染，中方坚决反对。",
		}, false},
	})
}

// TestChineseFigure: a number followed by a unit character is a concrete
// figure, which counts as business evidence; a year is not.
func TestChineseFigure(t *testing.T) {
	c := newClassifier(t, Options{})
	body := "会议要求各级党组织增强四个意识。"
	with := c.Classify(Doc{Title: "公司召开会议", Body: body + "公司全年生产精矿52万吨，实现利润9亿元。"})
	year := c.Classify(Doc{Title: "公司召开会议", Body: body + "公司在2024年和2025年召开了会议。"})
	if with.Score >= year.Score {
		t.Errorf("figures %.3f >= a year %.3f: want the tonnes and yuan to count as business", with.Score, year.Score)
	}
}

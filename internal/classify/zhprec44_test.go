package classify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSpeakerPointsAcrossParagraphs44 (session 44, zhprec-s44): a readout
// of an official's research visit to a rare-earth group sets out his
// requirements one paragraph each after "提出三点要求:" (一是..., 二是...):
// the formulas in those paragraphs are his words at a business occasion
// (labelling rule 16: a few lines of Party formula in a company's report),
// not the writer's. The same points written with no speaker before them,
// and a Party committee's study meeting whose points are all Party work,
// keep their flags. Every sentence is invented for the test.
func TestSpeakerPointsAcrossParagraphs44(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"an official's points at a group's research visit", Doc{
			Title: "省工信厅负责人到某稀土集团调研分离项目建设情况",
			Body: "5月12日,省工信厅副厅长张某带队到某稀土集团调研冶炼分离项目和磁材产业园建设情况。集团总经理李某陪同调研。\n\n" +
				"座谈会上,李某介绍了集团今年一季度的产量、销售收入和在建项目进度。\n\n" +
				"张某听取汇报后,对集团的生产经营工作表示肯定,并提出三点要求:\n\n" +
				"一是提高政治站位,深入学习贯彻党的二十大精神,坚定不移贯彻新发展理念。\n\n" +
				"二是牢记使命,坚决扛起维护国家资源安全的政治责任。\n\n" +
				"三是加快分离项目建设,延伸磁材产业链。",
		}, false},
		{"the same points in the writer's own words", Doc{
			Title: "某稀土集团:坚定不移贯彻新发展理念",
			Body: "集团上下提高政治站位,坚定不移贯彻新发展理念,切实增强发展动力。\n\n" +
				"一是坚持党的全面领导,把党的政治建设摆在首位。\n\n" +
				"二是深入学习贯彻党的二十大精神,坚定拥护“两个确立”。",
		}, true},
		{"a Party committee's study meeting with its secretary's points", Doc{
			Title: "某稀土集团党委召开理论学习中心组学习会",
			Body: "6月3日,某稀土集团党委召开理论学习中心组学习会,党委书记王某主持并提出三点要求:\n\n" +
				"一是深入学习贯彻习近平新时代中国特色社会主义思想,坚定拥护“两个确立”、坚决做到“两个维护”。\n\n" +
				"二是全面加强党的建设,以高质量党建引领高质量发展。\n\n" +
				"三是严守政治纪律和政治规矩,推进全面从严治党向纵深发展。",
		}, true},
	})
}

// TestTurnMarksData44: the numbered-point openings are short marks, none a
// speech cue of their own (a mark only carries a turn a speaker opened);
// the headline speakers' posts are two or three characters, listed once,
// and none is a Party post (书记) or an office (部, 机关), which would
// read a Party secretary's or a ministry's headline as someone's line.
func TestTurnMarksData44(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	var lf lexFile
	for _, src := range srcs {
		if src.name == "lexicon_zh.toml" {
			if lf, err = decodeSource(src); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(lf.TurnMarks) == 0 {
		t.Fatal("lexicon_zh.toml: no turn_marks")
	}
	seen := map[string]bool{}
	for _, m := range lf.TurnMarks {
		if n := utf8.RuneCountInString(m); n < 2 || n > 3 {
			t.Errorf("turn mark %q: %d characters, want 2 or 3", m, n)
		}
		if seen[m] {
			t.Errorf("turn mark %q listed twice", m)
		}
		seen[m] = true
		for _, s := range lf.SpeechCues {
			if m == s {
				t.Errorf("turn mark %q is a speech cue", m)
			}
		}
	}
	if len(lf.TitleSpeakers) == 0 {
		t.Fatal("lexicon_zh.toml: no title_speakers")
	}
	posts := map[string]bool{}
	for _, p := range lf.TitleSpeakers {
		if n := utf8.RuneCountInString(p); n < 2 || n > 3 {
			t.Errorf("title speaker %q: %d characters, want 2 or 3", p, n)
		}
		if posts[p] {
			t.Errorf("title speaker %q listed twice", p)
		}
		posts[p] = true
		for _, bad := range []string{"书记", "書記", "部", "机关", "機關"} {
			if strings.Contains(p, bad) {
				t.Errorf("title speaker %q names a Party post or an office (%s)", p, bad)
			}
		}
	}
}

// TestDeputyLineTitle44 (session 44, zhprec-s44): a report of a deputy at
// the congress sessions whose headline gives his line after his post and
// name ("代表某某:") and whose body opens with his words quoted, naming him
// and the occasion in the sentence that closes the quotation: his formula
// in the title is his words at a business occasion, and the report of his
// company's chain is business (labelling rule 16). The same title with no
// post before the colon (a place's), and a Party secretary's Party lesson
// opened by a quotation, keep their flags. Every sentence is invented.
func TestDeputyLineTitle44(t *testing.T) {
	c := newClassifier(t, Options{})
	body := "“我们去年镍产量增长了一成,今年要把钴盐和前驱体项目建起来。这次报告提到的延链补链,正是企业最需要的。”3月6日,省人大代表、某镍业集团董事长赵某在代表团审议政府工作报告时说。\n\n" +
		"赵某认为,集团的镍钴资源储量大,但产业链短,产品多为初级原料,应加快发展电池材料和合金深加工。\n\n" +
		"“矿山老了,城市也要转型。企业投资新材料项目,才能把资源优势变成产业优势。”赵某说。\n\n" +
		"据介绍,集团今年计划投资50亿元,建设年产3万吨前驱体生产线。"
	flagsWanted(t, c, []wantDoc{
		{"a deputy's line as the headline over his quoted words", Doc{
			Title: "【聚焦两会】代表赵某:坚定不移推动资源型企业转型",
			Body:  body,
		}, false},
		{"the same line led by a place, not a post", Doc{
			Title: "【聚焦两会】某市:坚定不移推动资源型企业转型",
			Body:  body,
		}, true},
		{"a Party lesson opened by a quotation", Doc{
			Title: "【党建】书记赵某:深入学习贯彻党的二十大精神",
			Body: "“要坚定拥护‘两个确立’、坚决做到‘两个维护’。全体党员要牢记初心使命。”6月28日,某镍业集团党委书记赵某在讲专题党课时说。\n\n" +
				"赵某强调,要深入学习贯彻习近平新时代中国特色社会主义思想,全面加强党的政治建设。\n\n" +
				"全体党员重温入党誓词,表示要永远听党话、跟党走。",
		}, true},
	})
}

// TestTitleSpeaker44: which headlines give a person's line after his post
// (titleSpeaker), on invented titles.
func TestTitleSpeaker44(t *testing.T) {
	c := newClassifier(t, Options{})
	for title, want := range map[string]bool{
		"【聚焦两会】代表赵某:坚定不移推动资源型企业转型":       true,
		"某省国资委主任：做强做优做大稀土产业":             true,
		"全国人大代表钱某某:建设稀土创新中心":             true,
		"某集团董事長孫某:今年鋰鹽產量再創新高":            true,
		"商务部:对部分物项实施出口管制":                false,
		"某市:坚定不移推动资源型企业转型":               false,
		"某集团党委书记讲党课:弘扬资源报国精神":            false,
		"代表赵某坚定不移推动资源型企业转型":              false,
		"某省国资委主任带队调研稀土产业发展情况时强调:要守住安全底线": false,
	} {
		if got := titleSpeaker(title, c.lx.titleSpeakers); got != want {
			t.Errorf("titleSpeaker(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestOccasionRefFraming44 (session 44, zhprec-s44): a company's annual
// meeting readout whose second sentence says the meetings were held under
// the leader's thought and to implement a congress's spirit, then reports
// the year's work and targets: that sentence is the meeting's account, its
// formula framing (labelling rule 16). The same in Chinese (会议以...为指导).
// A Party committee's study meeting told as its Party work keeps its flag.
// Every sentence is invented for the test.
func TestOccasionRefFraming44(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"a battery maker's annual meeting", Doc{
			Title: "Example Cell Co held its 2025 annual meeting on cost and quality",
			Body: "The 2025 annual meeting and the workers' congress of Example Cell Co were held on 8 and 9 January. " +
				"Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the meetings were held to fully implement the spirit of the Party's 20th National Congress. " +
				"The meetings reviewed the company's 2024 output and sales, analysed the market for storage cells and set the production targets for 2025.\n\n" +
				"The general manager reported on cost cutting, the new cathode line and the export orders. " +
				"The chairman attended the meeting and spoke on product quality and competitiveness.",
		}, false},
		{"the same meeting in Chinese", Doc{
			Title: "某电池公司召开2025年度工作会议",
			Body: "1月8日至9日,某电池公司召开2025年度工作会议暨职工代表大会。" +
				"会议以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。" +
				"会议总结了公司2024年产量、销量和利润完成情况,分析了储能电池市场形势,部署了2025年生产经营目标。\n\n" +
				"总经理就降本增效、正极材料新产线和出口订单作了报告。董事长出席会议并就产品质量和市场竞争力讲话。",
		}, false},
		{"a Party committee's study meeting", Doc{
			Title: "Example Cell Co Party committee holds a study meeting",
			Body: "The Party committee of Example Cell Co held a theoretical study meeting on 8 January. " +
				"Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the meeting was held to fully implement the spirit of the Party's 20th National Congress. " +
				"The meeting called on all Party members to strengthen Party building, uphold the Party's leadership and resolutely uphold the core.\n\n" +
				"Members pledged loyalty to the Party and studied the Party constitution.",
		}, true},
	})
}

// TestBriefingOccasion44 (session 44, zhprec-s44): a leader's visit to a
// plant told as the company's briefing he heard (听取...情况介绍) is the
// tour's business occasion: his warm words for the workers and his lines
// on the resource are his, at the plant (labelling rule 16). A Party
// committee hearing a report on its Party-building work keeps its flag.
// Every sentence is invented for the test.
func TestBriefingOccasion44(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"a leader hears a potash plant's briefing", Doc{
			Title: "习近平总书记来到某盐湖钾肥厂,强调搞好资源综合利用",
			Body: "某年7月,习近平来到某盐湖钾肥厂码头,亲切接见生产一线职工,听取盐湖资源综合利用情况介绍,了解企业生产经营和新材料项目情况。\n\n" +
				"习近平指出,盐湖是重要的资源,要加强设计,搞好开发利用。\n\n" +
				"该厂正在建设碳酸锂项目。",
		}, false},
		{"a Party committee hears its Party-building report", Doc{
			Title: "某集团党委听取基层党建工作情况汇报",
			Body: "某集团党委召开会议,听取基层党组织书记抓党建工作情况汇报,深入学习贯彻习近平新时代中国特色社会主义思想。\n\n" +
				"会议强调,要坚持党的全面领导,坚定拥护“两个确立”,坚决做到“两个维护”,全面从严治党。\n\n" +
				"各党支部书记逐一汇报了党建工作。",
		}, true},
	})
}

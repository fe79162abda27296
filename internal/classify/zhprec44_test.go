package classify

import (
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
	for _, tc := range []struct {
		name string
		doc  Doc
		want bool
	}{
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
	} {
		r := c.Classify(tc.doc)
		if r.Flagged != tc.want {
			t.Errorf("%s: score %.3f flagged %v, want %v; reasons %v", tc.name, r.Score, r.Flagged, tc.want, r.Reasons)
		}
	}
}

// TestTurnMarksData44: the numbered-point openings are short marks, none a
// speech cue of their own (a mark only carries a turn a speaker opened).
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
}

package classify

import (
	"strings"
	"testing"
)

// TestBusinessCompoundsOfSession37Phrases: the session 37 lexicon audits
// (lexaudit-s37, landed in part by lexaudit2-s37) read this session's new
// phrases for their senses in business, market, technology and legal text.
// Where the business sense is a compound (卡脖子技术, 安排华东, 蓝天保卫战,
// "a banner year", "a scorched-earth defence"), a blocker stops the phrase
// inside it. Each case is a sentence we wrote in the business sense, where no
// political phrase may hold the word, and one in the political sense, where
// the bare phrase must still score at its group's full weight: the blockers
// narrow nothing else.
func TestBusinessCompoundsOfSession37Phrases(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []struct {
		name      string
		business  string
		word      string // no political hit may hold this word (normalised) in the business sentence
		political string
		phrase    string  // this phrase must score in the political sentence
		weight    float64 // at least this weight (its group's)
	}{
		{"a board's refusal", "The board will never accept an offer that undervalues the spodumene project.",
			"never accept", "China will never accept such bullying, the spokesperson said.", "will never accept", 0.55},
		{"a scorched-earth defence", "Analysts called the poison pill a scorched-earth defence, and the target's scorched-earth litigation dragged on.",
			"scorched earth", "Washington's scorched-earth tariffs wrecked its own industry.", "scorched earth", 0.55},
		{"a banner year", "Analysts expect 2026 to be a banner year for lithium producers.",
			"banner", "Every Party member must be a banner at the production frontline.", "be a banner", 0.25},
		{"under a company's banner", "The two mines will operate under the banner of the combined company from July.",
			"banner", "The cadres marched under the banner of socialism.", "under the banner", 0.25},
		{"supuestos conservadores", "El estudio usa supuestos conservadores de precio y un escenario conservador de demanda.",
			"conservador", "Los conservadores quieren que México sea colonia, dijo el presidente.", "conservadores", 0.25},
		{"a la derecha de", "En la foto, el gerente aparece a la derecha del ministro durante la visita a la planta.",
			"derecha", "La derecha quiere entregar el litio a las transnacionales.", "la derecha", 0.25},
		{"líder histórico del mercado", "Chile, líder histórico del cobre, exportó 5 millones de toneladas.",
			"líder histórico", "Evo Morales, líder histórico, encabezó la marcha.", "líder histórico", 0.55},
		{"una industria en decadencia", "El carbón es una industria en decadencia y sus minas cierran una tras otra.",
			"decadencia", "El imperio está en decadencia y quiere nuestro litio.", "en decadencia", 0.55},
		{"安排华东 (across words)", "公司已安排华东基地扩产，年产能提高至5万吨。",
			"排华", "这是一场赤裸裸的排华行动。", "排华", 0.55},
		{"卡脖子技术 (chokepoint technology)", "该企业攻克了高纯氧化镓的“卡脖子”技术，良品率提升至95%。",
			"卡脖子", "美国对华卡脖子的图谋注定失败。", "卡脖子", 0.55},
		{"卡脖子技術 (traditional script)", "公司突破卡脖子技術，產能擴大一倍。",
			"卡脖子", "美國妄圖卡脖子，注定失敗。", "卡脖子", 0.55},
		{"反渗透膜 (reverse osmosis)", "项目采用吸附加纳滤和反渗透膜浓缩工艺，碳酸锂收率达85%。",
			"反渗透", "要坚持反渗透，严防境外势力。", "反渗透", 0.55},
		{"纳滤、反渗透 (a process step)", "卤水经纳滤、反渗透浓缩后进入沉锂工序。",
			"反渗透", "要坚持反渗透，严防境外势力。", "反渗透", 0.55},
		{"蓝天保卫战 (environmental campaign)", "冶炼厂完成脱硫改造，助力打赢蓝天保卫战，排放下降40%。",
			"保卫战", "这是一场保卫战，决不能让国宝外流。", "保卫战", 0.55},
		{"市场份额保卫战 (a firm's share)", "龙头企业打响市场份额保卫战，下调报价5%。",
			"保卫战", "这是一场保卫战，决不能让国宝外流。", "保卫战", 0.55},
		{"政策动态 (policy news)", "本周政策动态：工信部发布稀土行业规范条件，碳酸锂期货上涨3%。",
			"策动", "境外情报机构策动走私。", "策动", 0.25},
		{"突破防线 (across words)", "碳酸锂价格突破防线，跌至每吨7万元。",
			"破防", "美国财长破防，威胁加征关税。", "破防", 0.55},
		{"价格战打得头破血流", "电池企业在价格战中打得头破血流，毛利率跌至10%。",
			"头破血流", "任何挑战者都注定头破血流。", "头破血流", 0.55},
	}
	for _, tc := range cases {
		word := normalised(c, tc.word)
		for _, e := range politicalHits(t, c, tc.business) {
			if strings.Contains(e.phrase, word) {
				t.Errorf("%s: business sentence %q scores %q (%s)", tc.name, tc.business, e.phrase, e.kind)
			}
		}
		want := normalised(c, tc.phrase)
		found := false
		for _, e := range politicalHits(t, c, tc.political) {
			if e.phrase == want && e.weight >= tc.weight {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: political sentence %q: want %q to score at least %.2f, got %v", tc.name, tc.political, tc.phrase, tc.weight, politicalHits(t, c, tc.political))
		}
	}
}

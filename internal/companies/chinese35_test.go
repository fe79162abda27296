package companies

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"
)

// Companies written in Chinese script (chinese.go). Every sentence is
// invented for the test; the unknown names (青岚, 岳州) are made up.

func findingsByName(fs []Finding) map[string]Finding {
	m := map[string]Finding{}
	for _, f := range fs {
		m[f.Name] = f
	}
	return m
}

func TestChineseCandidates(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, title, body string
		want              []string // candidates or known names reported
		not               []string // names that must not be reported
	}{
		{
			name: "legal suffix after a subsidiary word",
			body: "据悉,公司控股子公司青岚锂矿开发有限公司近日取得采矿许可证,矿区位于岳州市。",
			want: []string{"青岚锂矿开发"},
		},
		{
			name: "group word and legal form, the group word stays",
			body: "青岚稀土集团有限公司与地方签署协议。",
			want: []string{"青岚稀土集团"},
		},
		{
			name: "no trade word of the chain",
			body: "公司与青岚商贸有限公司签订租赁合同。",
			not:  []string{"青岚商贸"},
		},
		{
			name: "a fund and a government are no companies",
			body: "岳州市稀土产业基金管理有限公司出资,岳州市人民政府表示支持。",
			not:  []string{"岳州市稀土产业基金管理", "岳州市人民政府"},
		},
		{
			name: "a stock code is enough",
			body: "青岚新材(688999.SH)晚间公告称,拟投资建设负极材料项目。",
			want: []string{"青岚新材"},
		},
		{
			name: "a known stock code names the company",
			body: "包头北稀(600111)今日公告,一季度产量增长。",
			want: []string{"China Northern Rare Earth"},
			not:  []string{"包头北稀"},
		},
		{
			name: "a known name with its place and legal form is that company",
			body: "厦门钨业股份有限公司董事会审议通过议案。",
			want: []string{"Xiamen Tungsten"},
			not:  []string{"厦门钨业"},
		},
		{
			name: "a city, a known name and trade words are a unit",
			body: "天齐锂业公告,岳州市天齐锂业新材料有限公司拟建设氢氧化锂项目。",
			want: []string{"岳州市天齐锂业新材料", "Tianqi Lithium"},
		},
	}
	for _, c := range cases {
		got := findingsByName(d.Analyze(Doc{Title: c.title, Body: c.body}))
		for _, w := range c.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%s: %q not reported; got %v", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if _, ok := got[w]; ok {
				t.Errorf("%s: %q reported", c.name, w)
			}
		}
	}
}

func TestChineseShortNameAndTitle(t *testing.T) {
	d := mustDefault(t)
	body := "青岚稀土开发有限公司(下称“青岚公司”)近日取得探矿许可证。\n\n勘查面积36平方公里。青岚公司表示,将加大勘探力度。"
	got := findingsByName(d.Analyze(Doc{Title: "青岚稀土开发取得探矿许可证", Body: body}))
	f, ok := got["青岚稀土开发"]
	if !ok {
		t.Fatalf("青岚稀土开发 not reported: %v", got)
	}
	if !f.Subject || f.Count < 2 {
		t.Errorf("青岚稀土开发: subject %v, count %d; want a subject named again by its short name and in the title", f.Subject, f.Count)
	}
}

func TestChineseSentences(t *testing.T) {
	d := mustDefault(t)
	// The lead names no company; the company is written about in two
	// later sentences, each ended by "。": a subject (docs/labelling.md, 1).
	body := "稀土价格本周继续上涨。市场成交较为活跃。盛和资源表示产能保持稳定。盛和资源计划明年扩大冶炼产能。"
	got := findingsByName(d.Analyze(Doc{Title: "稀土价格上涨", Body: body}))
	if f, ok := got["Shenghe Resources"]; !ok || !f.Subject {
		t.Errorf("Shenghe Resources: %+v, want a subject written about in two sentences", f)
	}
	// Named once in a later sentence only: a mention.
	body = "稀土价格本周继续上涨。市场成交较为活跃。贸易商称盛和资源报价持稳。"
	got = findingsByName(d.Analyze(Doc{Title: "稀土价格上涨", Body: body}))
	if f, ok := got["Shenghe Resources"]; !ok || f.Subject {
		t.Errorf("Shenghe Resources: %+v, want a mention", f)
	}
}

func TestChineseList(t *testing.T) {
	d := mustDefault(t)
	// Three investors separated by "、" and "和", each with its legal form:
	// an enumeration (docs/labelling.md, 5), the venture the subject.
	body := "由华友钴业股份有限公司、洛阳钼业集团有限公司和青山控股集团有限公司共同投资的青岚镍业有限公司周一实现首船出口。青岚镍业具备年产6万吨镍金属量的能力。"
	got := findingsByName(d.Analyze(Doc{Title: "印尼镍项目首船出口", Body: body}))
	for _, n := range []string{"Huayou Cobalt", "CMOC", "Tsingshan Holding Group"} {
		if f, ok := got[n]; !ok || f.Subject {
			t.Errorf("%s: %+v, want a mention (a list of three)", n, f)
		}
	}
	if f, ok := got["青岚镍业"]; !ok || !f.Subject {
		t.Errorf("青岚镍业: %+v, want the subject", f)
	}
}

// TestChineseData checks data/chinese.toml: every entry Han script, no
// entry twice in a list, no legal form among the trade words.
func TestChineseData(t *testing.T) {
	b, err := os.ReadFile("data/chinese.toml")
	if err != nil {
		t.Fatal(err)
	}
	var f hanFile
	md, err := toml.Decode(string(b), &f)
	if err != nil {
		t.Fatal(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		t.Fatalf("unknown keys: %v", und)
	}
	lists := map[string][]string{
		"legal_suffixes": f.LegalSuffixes, "group_suffixes": f.GroupSuffixes, "trade_words": f.TradeWords,
		"institution_words": f.InstitutionWords, "name_boundaries": f.NameBoundaries, "places": f.Places,
		"place_ends": f.PlaceEnds, "short_name_cues": f.ShortNameCues, "ticker_cues": f.TickerCues,
		"anaphora": f.Anaphora, "sentence_anaphora": f.SentenceAnaphora,
		"bracket_abroad": f.BracketAbroad, "output_cues": f.OutputCues,
		"count_measures": f.CountMeasures, "count_numerals": f.CountNumerals,
		"descriptor_words": f.DescriptorWords, "unit_cues": f.UnitCues,
		"group_anaphora": f.GroupAnaphora,
	}
	for k, l := range lists {
		if len(l) == 0 {
			t.Errorf("%s is empty", k)
		}
		seen := map[string]bool{}
		for _, w := range l {
			if seen[w] {
				t.Errorf("%s: %q twice", k, w)
			}
			seen[w] = true
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
				t.Errorf("%s: %q is not Han script", k, w)
			}
		}
	}
	for _, w := range f.TradeWords {
		for _, l := range f.LegalSuffixes {
			if strings.Contains(l, w) {
				t.Errorf("trade word %q is inside legal form %q", w, l)
			}
		}
	}
}

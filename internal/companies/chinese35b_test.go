package companies

import (
	"slices"
	"strings"
	"testing"
)

// Session 35 (zhco2-s35): the left edge of a Chinese name, fragments of
// generic words, two spellings of one unit. Every sentence is invented;
// 青岚 and 岳州 are made-up names.

// chineseNames lists the names Analyze reports for an invented body.
func chineseNames(t *testing.T, d *Dictionary, title, body string) []string {
	t.Helper()
	var out []string
	for _, f := range d.Analyze(Doc{Title: title, Body: body}) {
		out = append(out, f.Name)
	}
	return out
}

// checkNames reports, under label, each name of want missing from got and
// each name of notWant in it.
func checkNames(t *testing.T, label string, got, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: %q not reported; got %q", label, w, got)
		}
	}
	for _, w := range notWant {
		if slices.Contains(got, w) {
			t.Errorf("%s: %q reported; got %q", label, w, got)
		}
	}
}

func TestChineseLeftEdge(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, body string
		want       []string
		notIn      []string // no reported name contains one of these
	}{
		{
			name:  "an adverb and a verb before a place",
			body:  "调研组首先考察江西青岚磁材科技有限公司,随后参观了生产线。",
			want:  []string{"江西青岚磁材科技"},
			notIn: []string{"考察", "首先"},
		},
		{
			name:  "a verb of visiting before a city",
			body:  "代表团随后走进岳州市青岚稀土有限公司,了解项目进展。",
			want:  []string{"岳州市青岚稀土"},
			notIn: []string{"走进", "随后"},
		},
		{
			name:  "a preposition and a verb of inspecting",
			body:  "专家组同岳州市领导来到青岚锂矿开发有限公司调研。",
			want:  []string{"青岚锂矿开发"},
			notIn: []string{"来到", "领导"},
		},
		{
			name:  "a known name inside the span wins after the verbs",
			body:  "调研组首先考察四川天齐锂业股份有限公司,听取情况介绍。",
			want:  []string{"Tianqi Lithium"},
			notIn: []string{"考察", "天齐锂业"},
		},
		{
			name:  "a known name inside the span wins after words no list has",
			body:  "调研组一行先到天齐锂业股份有限公司,听取情况介绍。",
			want:  []string{"Tianqi Lithium"},
			notIn: []string{"一行", "天齐锂业"},
		},
		{
			name:  "a place, a known name and a generic word are that company",
			body:  "考察团参观江西天齐锂业科技有限公司。",
			want:  []string{"Tianqi Lithium"},
			notIn: []string{"参观", "天齐锂业科技"},
		},
	}
	for _, c := range cases {
		got := chineseNames(t, d, "", c.body)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q not reported; got %q", c.name, w, got)
			}
		}
		for _, n := range got {
			for _, w := range c.notIn {
				if strings.Contains(n, w) {
					t.Errorf("%s: %q reported (holds %q)", c.name, n, w)
				}
			}
		}
	}
}

func TestChineseGenericFragments(t *testing.T) {
	d := mustDefault(t)
	for _, body := range []string{
		"青岚公司与新材料科技有限公司签订供货协议。",
		"会上,稀土有限公司代表介绍了项目进展。",
		"该矿业集团签署了战略合作协议。",
		"公司将与岳州市新材料科技有限公司合作。",
	} {
		for _, n := range chineseNames(t, d, "", body) {
			switch n {
			case "新材料科技", "稀土", "矿业集团", "该矿业集团":
				t.Errorf("%q: generic words reported as a company, %q", body, n)
			}
		}
	}
	// A place before the trade words is distinctive enough.
	if got := chineseNames(t, d, "", "公司将与岳州市新材料科技有限公司合作。"); !slices.Contains(got, "岳州市新材料科技") {
		t.Errorf("岳州市新材料科技 not reported; got %q", got)
	}
}

func TestChineseOneUnitTwoSpellings(t *testing.T) {
	d := mustDefault(t)
	body := "江西青岚磁材科技有限公司发布公告,拟扩建磁材产线。江西青岚新材料科技有限公司表示,项目明年投产。"
	got := chineseNames(t, d, "", body)
	if !slices.Contains(got, "江西青岚磁材科技") || slices.Contains(got, "江西青岚新材料科技") {
		t.Errorf("got %q, want one unit reported as 江西青岚磁材科技", got)
	}
	// Two units with different distinctive names stay two.
	body = "江西青岚磁材科技有限公司与江西岳峰新材料科技有限公司签订协议。"
	got = chineseNames(t, d, "", body)
	if !slices.Contains(got, "江西青岚磁材科技") || !slices.Contains(got, "江西岳峰新材料科技") {
		t.Errorf("got %q, want two units", got)
	}
}

package companies

import "testing"

// Chinese written in traditional characters reads as the simplified
// names the dictionary and chinese.toml hold: text.Split keys a
// traditional character by its simplified form. The sentences are
// invented; 青嵐 is a made-up name.
func TestTraditionalChineseNames(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, title, body string
		want, not         []string
	}{
		{
			name:  "a known group in traditional script",
			title: "中國稀土集團召開年度工作會議",
			body:  "中國稀土集團今日在贛州召開年度工作會議,部署全年生產任務。",
			want:  []string{"China Rare Earth Group"},
			not:   []string{"中國稀土集團"},
		},
		{
			name: "a known short name in traditional script",
			body: "贛州稀土集團與當地企業簽署合作協議,共建稀土產業園。贛州稀土集團表示將加快項目建設。",
			want: []string{"Ganzhou Rare Earth Group"},
			not:  []string{"贛州稀土集團"},
		},
		{
			name: "an unknown name keeps the text's own characters",
			body: "據悉,青嵐鋰礦開發有限公司近日取得採礦許可證。",
			want: []string{"青嵐鋰礦開發"},
		},
	}
	for _, c := range cases {
		got := findingsByName(d.Analyze(Doc{Title: c.title, Body: c.body}))
		for _, w := range c.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%s: %q not found; got %v", c.name, w, names(got))
			}
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%s: %q reported; got %v", c.name, n, names(got))
			}
		}
	}
}

func names(m map[string]Finding) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	return out
}

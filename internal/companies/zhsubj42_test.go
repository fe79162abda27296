package companies

import "testing"

// TestChineseSteelGroupInLithium42: a steel group the dictionary places
// outside the chain is kept in a Chinese item that names its side mineral
// in Chinese (锂) as in English, and left out of one about steel alone
// (zhsubj-s42). Sentences invented for this test.
func TestChineseSteelGroupInLithium42(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		body string
		want bool
	}{
		{"中国宝武在高原盐湖建设的提锂项目日前投产。宝武集团负责人出席了投产仪式。", true},
		{"China Baowu said its salt-lake lithium plant had started output.", true},
		{"中国宝武在沿海新建的钢铁基地日前投产。", false},
	}
	for _, c := range cases {
		f, ok := findings(d, Doc{Body: c.body})["China Baowu Steel Group"]
		if ok != c.want {
			t.Errorf("%q: China Baowu Steel Group found %v, want %v", c.body, ok, c.want)
		}
		if ok && !f.Subject {
			t.Errorf("%q: China Baowu Steel Group is a mention, want the subject", c.body)
		}
	}
}

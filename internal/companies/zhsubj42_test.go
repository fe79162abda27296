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

// TestChineseSideMineralOfTwoCharacters42: a side mineral written in Han
// characters is read as the tokenizer splits Han text, so a two-character
// word (石墨) places an outside company in the chain as a one-character
// word (锂) does: China National Building Material's graphite business in
// a Chinese item about graphite (zhsubj-s42). Sentences invented for this
// test.
func TestChineseSideMineralOfTwoCharacters42(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		body string
		want bool
	}{
		{"中国建材集团考察团到矿区调研石墨产业。中国建材集团将在当地投资石墨负极项目。", true},
		{"中国建材集团将在当地新建一座水泥厂。", false},
	}
	for _, c := range cases {
		_, ok := findings(d, Doc{Body: c.body})["China National Building Material Group"]
		if ok != c.want {
			t.Errorf("%q: China National Building Material Group found %v, want %v", c.body, ok, c.want)
		}
	}
}

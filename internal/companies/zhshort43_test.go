package companies

import "testing"

// Session 43 (zhshort-s43): a company written in full in Chinese script is
// written again by its distinctive part, the characters after its place and
// before its trade, generic or group words, and each such naming counts
// (brandForms). Invented companies and sentences.

// zhShortCount is how many times Analyze says the item names name, or -1
// when it does not find it.
func zhShortCount(t *testing.T, d *Dictionary, title, body, name string) int {
	t.Helper()
	f, ok := findings(d, Doc{Title: title, Body: body})[name]
	if !ok {
		return -1
	}
	return f.Count
}

// TestChineseBrandShortForm: a candidate's two-character part ("岚星" for
// "湖南岚星新材料") and a dictionary company's ("岳科" for its alias "岳科高新")
// count where written alone, in the title too.
func TestChineseBrandShortForm(t *testing.T) {
	d, err := New([]Company{{Name: "Yueke Hi-Tech", Aliases: []string{"岳科高新"}, Minerals: []string{"lithium"}, Country: "China"}})
	if err != nil {
		t.Fatal(err)
	}
	lead := "今年以来,本市新能源产业发展势头良好。多个项目相继开工。\n\n"
	body := lead + "据介绍,该项目由湖南岚星新材料有限公司投资建设。\n\n项目建成后,岚星的负极材料产能将翻一番。"
	if got := zhShortCount(t, d, "本市负极材料项目开工", body, "湖南岚星新材料"); got != 2 {
		t.Errorf("candidate named %d times, want 2 (full name and 岚星 alone)", got)
	}
	if got := zhShortCount(t, d, "岚星:负极材料项目开工", body, "湖南岚星新材料"); got != 3 {
		t.Errorf("with 岚星 in the title: named %d times, want 3", got)
	}
	kb := lead + "岳科高新董事长在签约仪式上致辞。\n\n他表示,岳科将加快推进锂盐项目建设。"
	if got := zhShortCount(t, d, "锂盐项目签约", kb, "Yueke Hi-Tech"); got != 2 {
		t.Errorf("dictionary company named %d times, want 2 (alias and 岳科 alone)", got)
	}
	for _, f := range d.Analyze(Doc{Title: "锂盐项目签约", Body: kb}) {
		if f.Name == "Yueke Hi-Tech" && !f.Subject {
			t.Errorf("Yueke Hi-Tech named in two body sentences is a mention (%s)", f.Note)
		}
	}
}

// TestChineseBrandShortFormGuards: the part is not read where it is a
// direction or common word (brand_stop_words), after a place ("浙江岚星" is
// the unit named from it), before a group or trade word ("岚星集团" is
// another name), after a character no name starts after, or when two
// companies of the item share it.
func TestChineseBrandShortFormGuards(t *testing.T) {
	d, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	lead := "今年以来,本市新能源产业发展势头良好。多个项目相继开工。\n\n"
	for _, c := range []struct {
		body, name string
		want       int
	}{
		{lead + "该项目由广东南方稀土有限公司投资建设。\n\n南方的企业正加快转型。", "广东南方稀土", 1},
		{lead + "该项目由湖南岚星新材料有限公司投资建设。\n\n此前已引进浙江岚星等企业。", "湖南岚星新材料", 1},
		{lead + "该项目由湖南岚星新材料有限公司投资建设。\n\n岚星集团也在本市布局。", "湖南岚星新材料", 1},
		{lead + "该项目由湖南岚星新材料有限公司投资建设。\n\n这里被称为新岚星的家园。", "湖南岚星新材料", 1},
		{lead + "该项目由湖南岚星新材料有限公司和江西岚星锂业有限公司投资建设。\n\n岚星将在明年投产。", "湖南岚星新材料", 1},
	} {
		if got := zhShortCount(t, d, "本市负极材料项目开工", c.body, c.name); got != c.want {
			t.Errorf("%q: %s named %d times, want %d", c.body, c.name, got, c.want)
		}
	}
}

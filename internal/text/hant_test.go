package text

import "testing"

// TestHantTable: the shipped table parses, maps the characters of the
// Party's vocabulary, and the parser rejects what the header rules out.
func TestHantTable(t *testing.T) {
	m, err := parseHant(hantData)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 2000 {
		t.Errorf("data/hant.txt: %d pairs, want the whole character table", len(m))
	}
	for trad, simp := range map[rune]rune{'黨': '党', '學': '学', '習': '习', '貫': '贯', '徹': '彻', '確': '确', '護': '护', '總': '总', '書': '书', '記': '记'} {
		if m[trad] != simp {
			t.Errorf("%c reads %c, want %c", trad, m[trad], simp)
		}
	}
	for _, simp := range "党学习贯彻确护总书记中国" {
		if _, ok := m[simp]; ok {
			t.Errorf("simplified %c is listed as traditional", simp)
		}
	}
	for _, bad := range []string{"黨", "黨 党 党", "黨 党\n黨 党", "黨 黨", "a b", "黨 党\n党 兑"} {
		if _, err := parseHant(bad); err == nil {
			t.Errorf("parseHant(%q): no error", bad)
		}
	}
}

// TestSimplifyHan: a traditional character's key is rewritten as its
// simplified form, in place; a simplified or non-Han key is left as it is.
func TestSimplifyHan(t *testing.T) {
	for in, want := range map[string]string{"黨": "党", "學": "学", "党": "党", "a": "a", "中": "中"} {
		if got := string(SimplifyHan([]byte(in))); got != want {
			t.Errorf("SimplifyHan(%q) = %q, want %q", in, got, want)
		}
	}
	if SimplifyRune('鋰') != '锂' || SimplifyRune('x') != 'x' {
		t.Errorf("SimplifyRune: 鋰 -> %c, x -> %c", SimplifyRune('鋰'), SimplifyRune('x'))
	}
}

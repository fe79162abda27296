package text

import (
	"strings"
	"testing"
)

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

// TestSplitKeysSimplified: a traditional character is keyed by its
// simplified form, the text keeps what was written; simplified and
// non-Han words keep their own keys.
func TestSplitKeysSimplified(t *testing.T) {
	ws := Split("黨學党中 Lithium 鋰", nil)
	var keys, texts []string
	for i := range ws.Len() {
		keys = append(keys, ws.Key(i))
		texts = append(texts, ws.Text(i))
	}
	if got, want := strings.Join(keys, " "), "党 学 党 中 lithium 锂"; got != want {
		t.Errorf("keys %q, want %q", got, want)
	}
	if got, want := strings.Join(texts, " "), "黨 學 党 中 Lithium 鋰"; got != want {
		t.Errorf("texts %q, want %q", got, want)
	}
	if SimplifyRune('鋰') != '锂' || SimplifyRune('x') != 'x' {
		t.Errorf("SimplifyRune: 鋰 -> %c, x -> %c", SimplifyRune('鋰'), SimplifyRune('x'))
	}
}

package companies

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestJapaneseKoreanNames: companies of the battery and magnet chain are
// found by their Japanese and Korean names, with a particle or ending
// written onto a Korean name. The sentences are written for this test.
func TestJapaneseKoreanNames(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		title, body string
		want        []string
	}{
		{"双日、豪州から重希土類を調達", "双日は、出資先のライナスが分離した重希土類の輸入を始めたと発表した。",
			[]string{"Lynas Rare Earths", "Sojitz"}},
		{"住金鉱、電池材料の新工場", "住友金属鉱山は、子会社の日向製錬所に新しい設備を入れると発表した。",
			[]string{"Hyuga Smelting", "Sumitomo Metal Mining"}},
		{"고려아연, 새 제련소 착공", "고려아연은 울산에서 새 니켈 제련소 공사를 시작했다고 밝혔다. 자회사 켐코와의 협력도 늘린다.",
			[]string{"KEMCO", "Korea Zinc"}},
		{"엘앤에프, 양극재 공급 계약", "엘앤에프가 LG에너지솔루션과 양극재 공급 계약을 맺었다. 포스코퓨처엠과 에코프로비엠도 경쟁 중이다.",
			[]string{"EcoPro BM", "L&F", "LG Energy Solution", "POSCO Future M"}},
	} {
		wantNamesSorted(t, d, c.title, c.body, c.want)
	}
}

// TestKanaHangulNameInsideWord: a katakana or Hangul name does not match
// inside a longer katakana word or a Korean word that goes on past the
// particles and endings of japanese_korean.toml ("포스코센터" is a building,
// not POSCO), and matches with them written on. Names invented.
func TestKanaHangulNameInsideWord(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvana Lithium", Aliases: []string{"コルヴァナ", "코르바나"}, Minerals: []string{"lithium"}, Country: "Japan"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		body string
		want []string
	}{
		{"コルヴァナは新しいリチウム工場を建てると発表した。", []string{"Korvana Lithium"}},
		{"コルヴァナ・リチウムの工場が完成した。", []string{"Korvana Lithium"}},
		{"コルヴァナートン港から鉱石が出荷された。", nil},
		{"コルヴァナグループは新工場を建てる。", []string{"Korvana Lithium"}},
		{"港の名はサンコルヴァナという。", nil},
		{"코르바나는 새 리튬 공장을 짓는다고 밝혔다.", []string{"Korvana Lithium"}},
		{"코르바나과의 계약이 체결됐다.", []string{"Korvana Lithium"}},
		{"코르바나그룹이 새 공장을 짓는다.", []string{"Korvana Lithium"}},
		{"코르바나센터에서 협약식이 열렸다.", nil},
		{"서울 포스코센터에서 협약식이 열렸다.", nil},
	} {
		names := analyzedNames(d, "", c.body)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

// TestJapaneseKoreanData holds data/japanese_korean.toml to its header's
// rules: every table names an entry of companies.toml, every alias is
// written in Japanese or Korean script and is not a common word, and no
// alias repeats (New already refuses one shared with another company).
func TestJapaneseKoreanData(t *testing.T) {
	f, err := loadJapaneseKorean(japaneseKoreanData)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Names) < 40 || len(f.KoreanEndings) < 30 {
		t.Errorf("%d name tables and %d Korean endings, want at least 40 and 30", len(f.Names), len(f.KoreanEndings))
	}
	cjk := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool {
			return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
		})
	}
	checkLocalNames(t, f.Names, nil, func(name, a string) {
		if !cjk(a) {
			t.Errorf("%q: alias %q is not written in Japanese or Korean script", name, a)
		}
	})
	for _, e := range f.KoreanEndings {
		if strings.TrimFunc(e, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) != "" {
			t.Errorf("Korean ending %q is not all Hangul", e)
		}
	}
	for _, e := range f.KatakanaEndings {
		if strings.TrimFunc(e, func(r rune) bool { return r == 'ー' || unicode.Is(unicode.Katakana, r) }) != "" {
			t.Errorf("katakana ending %q is not all katakana", e)
		}
	}
}

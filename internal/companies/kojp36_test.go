package companies

import (
	"slices"
	"testing"
)

// TestHangulStackedEndings: Korean writes particles onto one another after a
// name ("과" + "도", "에게" + "는", "측" + "과"), so a Hangul name matches when
// the Hangul written onto it is a run of up to three endings of
// japanese_korean.toml, and still not inside a longer word. Sentences and
// the name are invented.
func TestHangulStackedEndings(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvana Lithium", Aliases: []string{"코르바나"}, Minerals: []string{"lithium"}, Country: "South Korea"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		body string
		want []string
	}{
		{"한 제련사는 코르바나과도 공급 계약을 맺었다.", []string{"Korvana Lithium"}},
		{"이 물량은 코르바나에게는 큰 부담이다.", []string{"Korvana Lithium"}},
		{"정부는 코르바나측과 협의를 이어갔다.", []string{"Korvana Lithium"}},
		{"코르바나센터에서 협약식이 열렸다.", nil},
		{"코르바나센터에서도 협약식이 열렸다.", nil},
	} {
		names := analyzedNames(d, "", c.body)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

// TestLocalAnaphora: Japanese writes 同社 ("the said company") and Korean
// 이 회사 ("this company") for the company named last, like "the company"
// in English, so a company named once and then written about as 同社 or
// 이 회사 in a later sentence is written about in two sentences and is a
// subject (docs/labelling.md, 1). Sentences and names are invented.
func TestLocalAnaphora(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvana Lithium", Aliases: []string{"コルヴァナ", "코르바나"}, Minerals: []string{"lithium"}, Country: "Japan"},
		{Name: "Tessaly Nickel", Aliases: []string{"テサリー", "테살리"}, Minerals: []string{"nickel"}, Country: "Japan"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		body               string
		subjects, mentions []string
	}{
		{"リチウムの価格が下がっている。需要の伸びが鈍ったためだ。\n\nコルヴァナの担当者は、不安定な状況が続くと話す。同社は新しい工場の計画を進めている。",
			[]string{"Korvana Lithium"}, nil},
		{"리튬 가격이 내리고 있다. 수요가 둔화됐기 때문이다.\n\n코르바나 관계자는 시장이 불안하다고 말했다. 이 회사는 새 공장 계획을 이어가고 있다.",
			[]string{"Korvana Lithium"}, nil},
		// with no 同社 the company named once after the lead stays a mention
		{"リチウムの価格が下がっている。需要の伸びが鈍ったためだ。\n\nコルヴァナの担当者は、不安定な状況が続くと話す。新しい工場の計画は続いている。",
			nil, []string{"Korvana Lithium"}},
		// 이 followed by another word is no anaphor ("이 회사채" is a bond)
		{"리튬 가격이 내리고 있다. 수요가 둔화됐기 때문이다.\n\n코르바나 관계자는 시장이 불안하다고 말했다. 이 회사채는 다음 달 만기다.",
			nil, []string{"Korvana Lithium"}},
	} {
		s, m := roles(d.Analyze(Doc{Title: "リチウム市況", Body: c.body}))
		if !slices.Equal(s, c.subjects) || !slices.Equal(m, c.mentions) {
			t.Errorf("%q: subjects %q mentions %q, want %q and %q", c.body, s, m, c.subjects, c.mentions)
		}
	}
}

// TestJapaneseKoreanNames36: names the Korean and Japanese press writes for
// Chinese, Australian and American companies of the chain, and Korean legal
// forms written onto a name. The sentences are written for this test.
func TestJapaneseKoreanNames36(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		title, body string
		want        []string
	}{
		{"리튬 공급 계약", "LG화학은 톈치리튬과도 계약을 맺었고 간펑리튬 지분도 갖고 있다.",
			[]string{"Ganfeng Lithium", "LG Chem", "Tianqi Lithium"}},
		{"희토류 투자", "미국 국방부가 MP 머티리얼스의 최대 주주가 됐다. 호주 필바라 미네랄스는 리튬 정광을 공급한다.",
			[]string{"MP Materials", "Pilbara Minerals"}},
		{"전구체 공장", "한국전구체주식회사는 울산에서 전구체를 만든다. LG상사는 리튬을 사들였다.",
			[]string{"Korea Precursor", "LX International"}},
		{"電池材料の調達", "寧徳時代や比亜迪が存在感を高める中、華友コバルトは新工場を建てる。",
			[]string{"BYD", "CATL", "Huayou Cobalt"}},
		{"黒鉛の輸入", "富士黒鉛工業は球状化黒鉛を輸入し、三菱ケミカルは負極材を作る。",
			[]string{"Fuji Graphite Works", "Mitsubishi Chemical"}},
	} {
		wantNamesSorted(t, d, c.title, c.body, c.want)
	}
}

// TestLocalGloss: Korean and Japanese copy writes a foreign company in its
// own script with the Latin name in brackets once ("코르벤 리튬(Korven
// Lithium)"), then by the local name alone. The local name written before
// the brackets then names the same company wherever it is written again,
// so a company glossed once and written about again in Hangul or katakana
// is named in two sentences. Sentences and names are invented.
func TestLocalGloss(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korven Lithium", Minerals: []string{"lithium"}, Country: "Australia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		body               string
		subjects, mentions []string
	}{
		{"리튬 가격이 내리고 있다. 수요가 둔화됐기 때문이다.\n\n한 중국 업체는 코르벤 리튬(Korven Lithium)과 정광 계약을 맺었다.\n\n코르벤 리튬은 호주에서 광산을 운영한다.",
			[]string{"Korven Lithium"}, nil},
		{"リチウムの価格が下がっている。需要の伸びが鈍ったためだ。\n\n中国の企業は豪州のコルヴェン・リチウム(Korven Lithium)と契約した。\n\nコルヴェン・リチウムは西豪州で鉱山を運営する。",
			[]string{"Korven Lithium"}, nil},
		// a place written before the Latin name inside the brackets
		{"리튬 가격이 내리고 있다. 수요가 둔화됐기 때문이다.\n\n한 업체는 코르벤 리튬(Perth Korven Lithium Co Ltd)과 계약을 맺었다.\n\n코르벤 리튬의 광산은 호주에 있다.",
			[]string{"Korven Lithium"}, nil},
		// the local name inside a longer word is not it
		{"리튬 가격이 내리고 있다. 수요가 둔화됐기 때문이다.\n\n한 중국 업체는 코르벤 리튬(Korven Lithium)과 정광 계약을 맺었다.\n\n코르벤 리튬센터가 문을 열었다.",
			nil, []string{"Korven Lithium"}},
	} {
		s, m := roles(d.Analyze(Doc{Title: "리튬 시황", Body: c.body}))
		if !slices.Equal(s, c.subjects) || !slices.Equal(m, c.mentions) {
			t.Errorf("%q: subjects %q mentions %q, want %q and %q", c.body, s, m, c.subjects, c.mentions)
		}
	}
}

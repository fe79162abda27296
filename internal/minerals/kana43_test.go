package minerals

import (
	"slices"
	"testing"
)

// TestKanaUraniumProject: Japanese writes a uranium project with a middle
// dot or none ("ウラン・プロジェクト", "ウランプロジェクト": the dot joins
// katakana words as a hyphen does); named so in two body sentences,
// uranium is the item's subject. "ウランバートル" (Ulaanbaatar) stays a city. Invented
// sentences.
func TestKanaUraniumProject(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "ノースリッジ社の株価が上昇", Body: "ノースリッジ社の株価は2%上昇した。\n\n同社はカリナ・ウラン・プロジェクトの隣接地を取得した。\n\nこの土地はカリナ・ウラン・プロジェクトの埋蔵量を増やす。"}, []string{"uranium"}},
		{Doc{Title: "ノースリッジ社が土地を取得", Body: "同社は発表した。\n\n取得地はカリナのウランプロジェクトに隣接する。\n\nウランプロジェクトの許可は来年に出る見込みだ。"}, []string{"uranium"}},
		{Doc{Title: "ノースリッジ社が新社長を任命", Body: "新社長はウランバートル出身だ。\n\n就任は来月になる。"}, nil},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}

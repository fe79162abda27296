package companies

import (
	"slices"
	"testing"
)

// TestPressNamesSession37: the Chinese short names the state and industry
// press use for chain companies the dictionary knows under other names, and
// two it did not know. Sentences are invented.
func TestPressNamesSession37(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		body string
		want []string
	}{
		{"青山实业、广东邦普和阪和兴业共同投资印尼镍项目。", []string{"Tsingshan Holding Group", "Brunp Recycling", "Hanwa"}},
		{"中国稀有稀土将整合岳州的稀土分离企业。", []string{"Chinalco Rare Earth & Metals"}},
		{"某集团拟收购湖南厚道矿业部分股权。", []string{"Hunan Houdao Mining"}},
	}
	for _, c := range cases {
		got := chineseNames(t, d, "", c.body)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: got %q, want %q among them", c.body, got, w)
			}
		}
	}
}

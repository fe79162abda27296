package companies

import (
	"slices"
	"testing"
)

// TestPressNamesSession36: names and listings of dictionary companies that
// pooled items print and the dictionary lacked: Triton Minerals' ASX code,
// Cygnus Metals' earlier name Cygnus Gold (kept as an alias: the year of
// the change is not recorded here), Yichun Guoxuan Mining in Chinese.
// Sentences written for this test.
func TestPressNamesSession36(t *testing.T) {
	d := mustDefault(t)
	for q, want := range map[string]string{
		"ASX:TON":     "Triton Minerals",
		"Cygnus Gold": "Cygnus Metals",
		"宜春国轩矿业":      "Yichun Guoxuan Mining",
	} {
		if c, ok := d.Find(q); !ok || c.Name != want {
			t.Errorf("Find(%q) = %q, %v; want %q", q, c.Name, ok, want)
		}
	}
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Graphite hopeful Triton (ASX: TON) has signed a financing deal for its project.", []string{"Triton Minerals"}},
		{"The company signed an agreement with Cygnus Gold Limited (ASX: CY5) on its property.", []string{"Cygnus Metals"}},
		{"宜春国轩矿业成功取得瓷土矿采矿权。", []string{"Yichun Guoxuan Mining"}},
	} {
		names := analyzedNames(d, "", c.body)
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: found %q, want %q", c.body, names, c.want)
		}
	}
}

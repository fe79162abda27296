package companies

import "testing"

// TestFoldedDuplicateCompanies42: three companies the dictionary held
// twice, once under an English name and once under a pinyin one, are one
// company each, whichever name or Chinese short form the text uses
// (zhsubj-s42). Sentences invented for this test.
func TestFoldedDuplicateCompanies42(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		bodies []string
		want   string
	}{
		{[]string{"Ningbo Konit said it would add magnet capacity.", "Keningda said it would add magnet capacity.", "科宁达新建的磁材产线投产。"}, "Ningbo Konit Industries"},
		{[]string{"Qinghai Dongtai Jinaier said lithium carbonate output rose.", "East Taijinaier Lithium said lithium carbonate output rose.", "东台吉乃尔锂资源的碳酸锂产量上升。"}, "Qinghai East Taijinaier Lithium Resources"},
		{[]string{"Shinzoom said its graphite anode plant started.", "Zhongke Xingcheng said its graphite anode plant started.", "中科星城的石墨负极新产线投产。"}, "Hunan Shinzoom Technology"},
	}
	for _, c := range cases {
		for _, body := range c.bodies {
			fs := findings(d, Doc{Body: body})
			if _, ok := fs[c.want]; !ok || len(fs) != 1 {
				t.Errorf("%q: found %v, want only %s", body, foundNames(fs), c.want)
			}
		}
	}
}

package companies

import "testing"

// Session 44 (hant-s44): Hong Kong, Taiwan and overseas Chinese press write
// dictionary companies in traditional characters, by the full name without
// its legal form or by a short form not cut from the full name ("株硬" for
// 株洲硬质合金). Detection folds the script
// (text.Split), so the forms are simplified aliases; a label or a picker
// query in traditional characters reaches the same company (Find). The
// sentences are ours.
func TestTraditionalPressNames44(t *testing.T) {
	d := mustDefault(t)
	checkBodyNames(t, d, []bodyNames{
		{"株硬今年新建的硬質合金產線已經投產。", []string{"Zhuzhou Cemented Carbide Group"}, nil},
		{"株硬新建的碳化钨粉产线年内投产。", []string{"Zhuzhou Cemented Carbide Group"}, nil},
		// The full name stays the group's; 株洲 alone is the city.
		{"株洲市新能源产业园今年引进了五个项目。", nil, []string{"Zhuzhou Cemented Carbide Group"}},
	})
	for _, c := range []struct{ query, want string }{
		{"江西大吉山鎢業", "Jiangxi Dajishan Tungsten"},
		{"江西大吉山钨业", "Jiangxi Dajishan Tungsten"},
		{"株洲硬質合金", "Zhuzhou Cemented Carbide Group"},
		{"株硬", "Zhuzhou Cemented Carbide Group"},
	} {
		if got, ok := d.Find(c.query); !ok || got.Name != c.want {
			t.Errorf("Find(%q) = %q, %v; want %q", c.query, got.Name, ok, c.want)
		}
	}
}

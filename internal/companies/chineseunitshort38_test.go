package companies

import "testing"

// Session 38 (zhalias-s38): a Chinese unit named from its group by a place, the
// group's Chinese name and a trade word ("江西雅保锂业有限公司", Albemarle's
// Jiangxi unit) is written again in the same item as its place and the
// group's name alone ("江西雅保党委书记"): that short form is the unit, not the
// group. The sentences are invented; the group is a dictionary company.
func TestChineseUnitShortForm(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, title, body string
		want, notWant     []string
	}{
		{
			name:    "the unit's place and the group's name, without the trade word",
			title:   "县领导调研江西雅保锂业扩产项目",
			body:    "县领导一行来到江西雅保锂业有限公司,察看扩产项目进度。江西雅保总经理介绍了二期工程。江西雅保二期项目计划年底投产。",
			want:    []string{"江西雅保锂业"},
			notWant: []string{"Albemarle"},
		},
		{
			name:  "the group named on its own stays the group",
			title: "雅保在江西扩产",
			body:  "雅保宣布,旗下江西雅保锂业有限公司将扩建氢氧化锂产线。雅保表示,项目明年投产。",
			want:  []string{"Albemarle", "江西雅保锂业"},
		},
	}
	for _, c := range cases {
		checkNames(t, c.name, chineseNames(t, d, c.title, c.body), c.want, c.notWant)
	}
}

// A year in brackets after a name ("某某产业发展联盟(2019)年会") is no Hong
// Kong stock code: the words before it are no candidate. A known company's
// four-digit code still names it.
func TestChineseYearInBrackets(t *testing.T) {
	d := mustDefault(t)
	got := chineseNames(t, d, "", "同日,岳州市青岚稀土材料产业发展联盟(2019)年会在长沙举行。")
	for _, g := range got {
		if g != "" {
			t.Errorf("a year in brackets made a name: got %q", got)
			break
		}
	}
}

package companies

import "testing"

// Session 39 (zhnames-s39): Chinese names the state and industry press write
// around a bracketed holding or group word, and size words that describe a
// group without naming one. The sentences are invented; the named groups
// with dictionary entries are public companies, the others made up.
func TestChineseBracketedHoldingWord(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, title, body string
		want, notWant     []string
	}{
		{
			name:    "a known group written with its holding word in brackets",
			body:    "该项目由岳州青岚钨钼有限公司投资,该公司为福建省冶金(控股)有限责任公司控股的省属企业。",
			want:    []string{"Fujian Metallurgical Holding"},
			notWant: []string{"控股", "福建省冶金(控股)"},
		},
		{
			name:    "an unknown group with its group word in brackets",
			body:    "岳州青岚稀土(集团)有限公司与当地政府签订协议,投资建设冶炼分离项目。",
			want:    []string{"岳州青岚稀土集团"},
			notWant: []string{"集团"},
		},
		{
			name:    "brackets holding more than a group word stay outside the name",
			body:    "岳州青岚稀土(以下称青岚)有限公司的说法不是一家公司的写法。",
			notWant: []string{"岳州青岚稀土以下称青岚"},
		},
	}
	for _, c := range cases {
		checkNames(t, c.name, chineseNames(t, d, c.title, c.body), c.want, c.notWant)
	}
}

// "大型稀土集团" is "a large rare-earth group": a size word before trade and
// group words names no company, as a count of groups does ("六大稀土集团").
func TestChineseSizeWordIsNoName(t *testing.T) {
	d := mustDefault(t)
	got := chineseNames(t, d, "", "工信部确认了该公司的大型稀土集团组建方案,此后它将成为横跨南北的大型稀土集团。")
	checkNames(t, "a size word and trade words", got, nil, []string{"大型稀土集团"})
}

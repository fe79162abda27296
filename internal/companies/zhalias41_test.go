package companies

import "testing"

// TestChineseNamesOfDictionaryCompanies41: dictionary companies written in
// Chinese by their full names and by the short forms the Chinese press
// uses (zhalias-s41) are those companies, in simplified and traditional
// script, while a longer name that holds one of the short forms stays the
// company it names and a place plus a trade word names no company.
// Sentences invented for this test.
func TestChineseNamesOfDictionaryCompanies41(t *testing.T) {
	d := mustDefault(t)
	checkBodyNames(t, d, []bodyNames{
		{"东磁稀土公司负责人介绍了新产线的投产情况。", []string{"Zhejiang Dongyang Dongci Rare Earth"}, nil},
		{"久吾高科董事长在座谈会上介绍了提锂项目进展。", []string{"Jiangsu Jiuwu Hi-Tech"}, nil},
		{"黑龍江哈工石墨科技有限公司的新廠房已經建成。", []string{"Heilongjiang Hagong Graphite Technology"}, nil},
		{"中国有色金属建设股份有限公司在当地承建了一座冶炼厂。", []string{"China Nonferrous Metal Industry's Foreign Engineering and Construction"}, nil},
		{"洛钼集团旗下铜钴矿的钴产量再创新高。", []string{"CMOC"}, nil},
		{"广东稀土集团今年将扩建分离产能。", []string{"Guangdong Rare Earth Industry Group"}, nil},
		{"四川江铜稀土有限责任公司扩大了冶炼分离产能。", []string{"Sichuan Jiangtong Rare Earth"}, []string{"Jiangxi Copper"}},
		{"南通新玮镍钴科技发展有限公司的回收产线投产。", []string{"Nantong Xinwei Nickel & Cobalt Hightech Development"}, nil},
		{"广东稀土产业发展规划提出延伸产业链。", nil, []string{"Guangdong Rare Earth Industry Group"}},
	})
}

// bodyNames is one body of a naming test: the companies it must name
// (want) and those it must not (not).
type bodyNames struct {
	body string
	want []string
	not  []string
}

// checkBodyNames analyses each case's body alone and reports every wanted
// company not found and every unwanted one found.
func checkBodyNames(t *testing.T, d *Dictionary, cases []bodyNames) {
	t.Helper()
	for _, c := range cases {
		fs := findings(d, Doc{Body: c.body})
		for _, w := range c.want {
			if _, ok := fs[w]; !ok {
				t.Errorf("%q: %s not found (found %v)", c.body, w, foundNames(fs))
			}
		}
		for _, n := range c.not {
			if _, ok := fs[n]; ok {
				t.Errorf("%q: %s found where the text does not name it", c.body, n)
			}
		}
	}
}

// foundNames lists the names in fs, for a failure message.
func foundNames(fs map[string]Finding) []string {
	out := make([]string, 0, len(fs))
	for n := range fs {
		out = append(out, n)
	}
	return out
}

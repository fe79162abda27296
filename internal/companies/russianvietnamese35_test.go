package companies

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestRussianVietnameseNames: chain companies are found by their Russian
// names in every case the press writes, and by their Vietnamese names with
// a legal form in either case. The sentences are written for this test.
func TestRussianVietnameseNames(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		title, body string
		want        []string
	}{
		{"Росатом и Норникель расширят литиевый проект", "Совместное предприятие Росатома и Норильского никеля «Полярный литий» начнёт строительство фабрики. Директор Полярного лития рассказал о сроках.",
			[]string{"Nornickel", "Polar Lithium", "Rosatom"}},
		{"Соликамский магниевый завод закупит концентрат", "Соликамскому магниевому заводу поставит сырьё Ловозерский ГОК. Ранее Казатомпром и Тау-Кен Самрук подписали меморандум.",
			[]string{"Kazatomprom", "Lovozero Mining", "Solikamsk Magnesium Works", "Tau-Ken Samruk"}},
		{"Vimico lên kế hoạch mới", "Tổng công ty Khoáng sản TKV cho biết Công ty CP Đất hiếm Lai Châu - VIMICO sẽ trình hồ sơ. Công ty Cổ phần Đất hiếm Việt Nam cũng tham gia.",
			[]string{"Lai Chau Vimico Rare Earth", "Vietnam Rare Earth", "Vinacomin - Minerals Holding"}},
		{"Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam họp", "Tập đoàn Masan và Công ty TNHH Khai thác Chế biến Khoáng sản Núi Pháo công bố kết quả.",
			[]string{"Masan Group", "Nui Phao Mining Company", "Vinacomin"}},
	} {
		wantNamesSorted(t, d, c.title, c.body, c.want)
	}
}

// TestVietnamesePhrasesNotNames: a Vietnamese name that is also a phrase of
// the language is no company without its legal form: "đất hiếm Việt Nam"
// (Vietnam's rare earths), the mine "Núi Pháo", "Thái Dương".
func TestVietnamesePhrasesNotNames(t *testing.T) {
	d := mustDefault(t)
	for _, body := range []string{
		"Trữ lượng đất hiếm Việt Nam đứng thứ hai thế giới.",
		"Đất hiếm Việt Nam được nhiều nước quan tâm.",
		"Mỏ Núi Pháo nằm ở Thái Nguyên, gần bãi biển Thái Dương.",
		"Giá than và khoáng sản tăng trong tháng này.",
	} {
		if names := analyzedNames(d, "", body); len(names) > 0 {
			t.Errorf("%q: found %q, want none", body, names)
		}
	}
}

// TestRussianCaseForms finds every name of russian_vietnamese.toml in a
// sentence of its language, as the entry it names: the case rules of a
// form (capitals, hyphens, dashes) must let it match as written.
func TestRussianCaseForms(t *testing.T) {
	f, err := loadRussianVietnamese(russianVietnameseData)
	if err != nil {
		t.Fatal(err)
	}
	d := mustDefault(t)
	for _, n := range f.Names {
		for _, a := range n.Aliases {
			body := "Theo " + a + ", sản lượng sẽ tăng trong năm nay."
			if cyrillic(a) {
				body = "По словам представителя, " + a + " и партнёры обсуждают проект."
			}
			if names := analyzedNames(d, "", body); !slices.Contains(names, n.Name) {
				t.Errorf("%q (%s): found %q", a, n.Name, names)
			}
		}
	}
}

// TestQuotedName: a company's name that is the whole of its quotation
// («Корвана», АО "Корвана", ГК «Корвана»), as the Russian and Kazakh press
// write names, is no speech: it counts for a subject. A name inside a
// longer quote stays said inside it. Names invented.
func TestQuotedName(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvana Lithium", Aliases: []string{"Корвана", "Корваны"}, Minerals: []string{"lithium"}, Country: "Russia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	subject := func(title, body string) (bool, string) {
		for _, f := range d.Analyze(Doc{Title: title, Body: body}) {
			if f.Name == "Korvana Lithium" {
				return f.Subject, f.Note
			}
		}
		return false, "not found"
	}
	for _, c := range []struct {
		title, body string
		want        bool
	}{
		{"«Корвана» запустила новый литиевый завод", "Завод выпустит первую продукцию весной.", true},
		{"\"Корвана\" запустила новый литиевый завод", "Завод выпустит первую продукцию весной.", true},
		{"Новый литиевый завод запущен", "АО «Корвана» запустило новый завод. Об этом говорится в сообщении АО «НК «Корвана»».", true},
		{"Новый литиевый завод запущен", "Директор сказал: «Мы будем работать с Корвана и другими». Завод выпустит продукцию.", false},
	} {
		if got, note := subject(c.title, c.body); got != c.want {
			t.Errorf("%q / %q: subject %v (%s), want %v", c.title, c.body, got, note, c.want)
		}
	}
}

// TestRussianVietnameseData holds data/russian_vietnamese.toml to its
// header's rules: every table names an entry of companies.toml; every alias
// is written wholly in Cyrillic or wholly in Latin letters (a Latin letter
// typed inside a Cyrillic name would never match), is not a common word
// and not a common-word line of the Russian or Vietnamese lists, and does
// not repeat.
func TestRussianVietnameseData(t *testing.T) {
	f, err := loadRussianVietnamese(russianVietnameseData)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Names) < 25 {
		t.Errorf("%d name tables, want at least 25", len(f.Names))
	}
	common := map[string]bool{}
	for _, lang := range []string{"ru", "vi"} {
		fh, err := os.Open("../minerals/testdata/common_words/" + lang + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				common[foldString(l)] = true
			}
		}
		fh.Close()
	}
	checkLocalNames(t, f.Names, common, func(name, a string) {
		var cyr, lat bool
		for _, r := range a {
			if unicode.IsLetter(r) {
				cyr = cyr || unicode.Is(unicode.Cyrillic, r)
				lat = lat || unicode.Is(unicode.Latin, r)
			}
		}
		if cyr == lat {
			t.Errorf("%q: alias %q mixes Cyrillic and Latin letters (or has neither)", name, a)
		}
	})
}

// cyrillic reports s written with a Cyrillic letter.
func cyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

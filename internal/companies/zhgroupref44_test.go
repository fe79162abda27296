package companies

import "testing"

// TestChineseGroupCompanyRef44 (session 44, once-s44): "集团公司" written on
// its own ("代表集团公司祝贺", "是集团公司近年来首个新建矿山") is the group
// company of the item, as a unit's release calls its parent: each sentence
// holding it is about the one company the item names with a group word,
// so that group named once is a subject. With two groups named it stands
// for neither; inside a longer name ("某某集团公司") it is no reference.
// Invented companies and sentences.
func TestChineseGroupCompanyRef44(t *testing.T) {
	d, err := New([]Company{
		{Name: "Qinglan Tungsten Group", Aliases: []string{"青岚钨业集团"}, Minerals: []string{"tungsten"}, Country: "China"},
		{Name: "Xiashan Mining", Aliases: []string{"霞山矿业"}, Minerals: []string{"tungsten"}, Country: "China"},
		{Name: "Beiling Nonferrous Group", Aliases: []string{"北岭有色集团"}, Minerals: []string{"tungsten"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	const title = "霞山矿业新矿山开工仪式举行"
	const open = "8月31日,霞山矿业举行了新矿山开工仪式。\n\n"
	const tail = "\n\n霞山矿业总经理李华介绍了矿山的资源储量和建设目标。"
	for _, c := range []struct {
		middle string
		want   bool
	}{
		{"集团公司资源部总经理王明代表集团公司祝贺项目开工。他指出,新矿山是青岚钨业集团近年来的重要项目。", true},
		{"新矿山是青岚钨业集团近年来的重要项目。集团公司将加大投入。", true},
		{"新矿山是青岚钨业集团近年来的重要项目。", false},
		{"集团公司代表祝贺项目开工。新矿山是青岚钨业集团与北岭有色集团共同规划的项目。", false},
	} {
		got := findings(d, Doc{Title: title, Body: open + c.middle + tail})
		if f := got["Qinglan Tungsten Group"]; f.Subject != c.want {
			t.Errorf("%q: Qinglan Tungsten Group subject %v (%s), want %v", c.middle, f.Subject, f.Note, c.want)
		}
	}
}

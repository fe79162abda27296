package companies

import "testing"

// TestChineseParentBeforeUnit44: "X所属Y", "X旗下Y" name X as the parent of
// the unit Y the text is about, in the title and the body, in either
// script; X before a unit cue with no company after it keeps its role.
// Invented companies and sentences.
func TestChineseParentBeforeUnit44(t *testing.T) {
	d, err := New([]Company{
		{Name: "Qinglan Holding Group", Aliases: []string{"青岚控股集团"}, Country: "China"},
		{Name: "Qinglan Rare Earth Group", Aliases: []string{"青岚稀土集团"}, Minerals: []string{"rare earths"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ title, body string }{
		{"省领导到青岚控股集团所属青岚稀土集团调研", "5月7日,省领导一行到青岚控股集团所属青岚稀土集团调研。\n\n领导对青岚稀土集团的分离产线表示肯定。"},
		{"省領導到青嵐控股集團旗下青嵐稀土集團調研", "5月7日,省領導一行到青嵐控股集團旗下青嵐稀土集團調研。\n\n領導對青嵐稀土集團的分離產線表示肯定。"},
	} {
		got := map[string]Finding{}
		for _, f := range d.Analyze(Doc{Title: c.title, Body: c.body}) {
			got[f.Name] = f
		}
		if f, ok := got["Qinglan Holding Group"]; !ok || f.Subject || f.Note != noteParent {
			t.Errorf("%q: parent %+v, want a mention noted as parent", c.title, f)
		}
		if f := got["Qinglan Rare Earth Group"]; !f.Subject {
			t.Errorf("%q: unit %+v, want the subject", c.title, f)
		}
	}
	body := "青岚控股集团所属企业今年稀土产量增长两成。\n\n青岚控股集团董事长表示,集团将扩建分离产线。"
	for _, f := range d.Analyze(Doc{Title: "青岚控股集团所属企业稀土产量增长", Body: body}) {
		if f.Name == "Qinglan Holding Group" && f.Note == noteParent {
			t.Errorf("no company after 所属: %+v noted as parent", f)
		}
	}
}

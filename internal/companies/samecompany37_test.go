package companies

import "testing"

// TestSameCompanyAnaphor checks that Japanese 同社 and Korean 이 회사 ("the
// said company") right after a company named in passing make a second
// sentence about that company even when the title and lead make another
// company the subject, while English "the company" in the same place
// still stands for the subject. Sentences are invented.
func TestSameCompanyAnaphor(t *testing.T) {
	d, err := New([]Company{
		{Name: "Marusei Trading", Aliases: []string{"丸星商事"}, Minerals: []string{"rare earths"}},
		{Name: "Hokuyo Metals", Aliases: []string{"北陽金属"}, Minerals: []string{"rare earths"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		subject     bool // Hokuyo Metals a subject
	}{
		{"丸星商事、豪州のレアアース鉱床に出資",
			"丸星商事は10日、豪州の鉱床の権益を取得すると発表した。同鉱床ではレアアースの採掘が期待できる。\n\n丸星商事は権益を最大5%まで広げられる。\n\n同鉱床については6月、北陽金属も権益の5%を取得していた。同社は半導体事業で活用する。",
			true},
		{"Marusei Trading buys into an Australian rare-earth deposit",
			"Marusei Trading said on Monday it will take a stake in the deposit. The deposit holds rare earths.\n\nMarusei Trading may raise its stake to 5%.\n\nIn June Hokuyo Metals also took 5% of the deposit. The company will use it in its chip business.",
			false},
	} {
		got := false
		for _, f := range d.Analyze(Doc{Title: tc.title, Body: tc.body}) {
			if f.Name == "Hokuyo Metals" {
				got = f.Subject
			}
		}
		if got != tc.subject {
			t.Errorf("%q: Hokuyo Metals subject %v, want %v", tc.title, got, tc.subject)
		}
	}
}

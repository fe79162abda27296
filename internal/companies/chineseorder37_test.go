package companies

import "testing"

// TestChineseListWithCandidateInside37: a candidate written between known
// members is one of the list with them (plain bug: with no English
// candidate in the item, hits stayed unsorted and the run broke).
func TestChineseListWithCandidateInside37(t *testing.T) {
	d := mustDefault(t)
	body := "北方稀土、岳州市睿达稀土有限公司、厦门钨业和盛和资源的负责人出席了签约仪式,各方将加强合作。"
	for _, f := range d.Analyze(Doc{Title: "岳州稀土合作签约", Body: body}) {
		if f.Subject {
			t.Errorf("%s is a subject, want one of a list", f.Name)
		}
	}
}

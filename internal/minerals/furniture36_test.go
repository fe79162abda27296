package minerals

import (
	"slices"
	"testing"
)

// TestFurnitureLineEnds (session 36, not landed): a line's end is its last
// character. A Chinese paragraph ends in 。, which furnitureLine read by its
// last byte, so every Chinese paragraph but the last was release furniture
// skipped before the lead, and a mineral named anywhere in them was lead.
// Invented; 青岚 and 岳州 are made-up names.
func TestFurnitureLineEnds(t *testing.T) {
	s := mustDefault(t)
	d := Doc{Title: "青岚集团召开年度工作会议", Body: "青岚集团昨日在岳州召开年度工作会议,总结去年经营情况。会议由集团董事长主持。\n\n" +
		"会议还听取了钴产品业务的汇报。\n\n与会人员还参观了新建的研发中心。"}
	got := s.Analyze(d)
	if len(got) != 1 || got[0].Subject || !slices.Equal(got[0].Where, []string{InBody}) {
		t.Errorf("%+v, want cobalt named in passing in the body", got)
	}
	for _, line := range []string{"会议由集团董事长主持。", "The minister said the plant was \u201cready\u201d"} {
		if furnitureLine(line) {
			t.Errorf("%q read as furniture", line)
		}
	}
}

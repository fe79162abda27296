package minerals

import (
	"slices"
	"testing"
)

// TestChineseSentenceEnds (session 36): a Chinese full stop (。！？；) ends a
// sentence whatever follows, as it does for the classifier and company
// detection: Chinese puts no space after it. The lead is the first one or
// two sentences of its paragraph, so a mineral named once, in the third
// sentence, is named in passing; named in two later sentences it is the
// item's by the two-sentence rule. A Chinese paragraph was one sentence,
// all of it lead. Invented; 青岚 and 岳州 are made-up names.
func TestChineseSentenceEnds(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		body    string
		subject bool
		where   []string
	}{
		{"青岚集团昨日在岳州召开年度工作会议,总结去年经营情况。会议由集团董事长主持,各子公司负责人参加。会议还听取了钴产品业务的汇报。", false, []string{InBody}},
		{"青岚集团昨日在岳州召开年度工作会议,总结去年经营情况。会议由集团董事长主持,各子公司负责人参加。公司钴产品销量增长两成！钴价回升也推高了毛利率。", true, []string{InBody}},
	} {
		got := s.Analyze(Doc{Title: "青岚集团召开年度工作会议", Body: c.body})
		if len(got) != 1 || got[0].Tag != "cobalt" || got[0].Subject != c.subject || !slices.Equal(got[0].Where, c.where) {
			t.Errorf("%q: %+v, want cobalt, subject %v, in %v", c.body, got, c.subject, c.where)
		}
	}
}

package companies

import (
	"slices"
	"strings"
	"testing"
)

// Session 37 (zhnames-s37): how Chinese state and industry media name
// companies without a legal form. Every sentence is invented; 青岚, 岳成 and
// 睿达 are made-up names.

func TestChineseShortForms37(t *testing.T) {
	d := mustDefault(t)
	cases := []struct {
		name, body string
		want       []string
		notIn      []string // no reported name contains one of these
	}{
		{
			name:  "a bracketed group word inside a known full name",
			body:  "中国北方稀土(集团)高科技股份有限公司今日发布公告,称一季度产量增长。",
			want:  []string{"China Northern Rare Earth"},
			notIn: []string{"(集团)", "高科技"},
		},
		{
			name: "a unit code before 公司 is a company",
			body: "洛阳钼业旗下TFM公司一季度钴产量超过预算。TFM混合矿项目进展顺利。",
			want: []string{"CMOC", "Tenke Fungurume Mining"},
		},
		{
			name: "a bare name in 矿业 after an acquisition verb",
			body: "公司拟收购青岚矿业51%股权,交易完成后将持有青岚矿业全部股权。",
			want: []string{"青岚矿业"},
		},
		{
			name: "a bare name after a subsidiary noun",
			body: "标的公司控股子公司睿达锂业拥有一宗锂矿采矿权。",
			want: []string{"睿达锂业"},
		},
		{
			name:  "a counterparty's last character before the place that opens a name",
			body:  "交易对手方四川青岚矿业有限公司不构成公司的关联方。",
			want:  []string{"四川青岚矿业"},
			notIn: []string{"方四川"},
		},
		{
			name: "members of a list closed by 等企业",
			body: "调研组实地考察了青岚有色、岳成科技、睿达高新等企业,并召开座谈会。",
			want: []string{"青岚有色", "岳成科技", "睿达高新"},
		},
		{
			name: "a list closed by a longer enterprise noun, a known member among them",
			body: "金力永磁、青岚新材等矿产业龙头企业技改项目陆续投产。",
			want: []string{"JL Mag Rare-Earth", "青岚新材"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := chineseNames(t, d, "", c.body)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%s: got %q, want %q among them", c.body, got, w)
				}
			}
			for _, no := range c.notIn {
				for _, g := range got {
					if strings.Contains(g, no) {
						t.Errorf("%s: got %q, no name should contain %q", c.body, got, no)
					}
				}
			}
		})
	}
}

// TestChineseShortFormsLookalikes37: what the new forms must not read.
func TestChineseShortFormsLookalikes37(t *testing.T) {
	d := mustDefault(t)
	cases := []struct{ name, body string }{
		{"mining rights after an acquisition verb", "公司拟收购青岚矿业权,价款分期支付。"},
		{"only trade words after an acquisition verb", "公司拟收购稀土矿业资产,扩大资源储备。"},
		{"a place and a trade word after an acquisition verb", "公司拟收购江西矿业51%股权。"},
		{"a count of groups", "国内形成了六大稀土集团,整合基本完成。"},
		{"places closed by 等地区", "调研组考察了赣州、龙岩、包头等地区,听取汇报。"},
		{"trade words closed by 等企业", "稀土、钨、锂等企业负责人参加会议。"},
		{"a mine in a list of enterprises", "考察了定南青岚稀土矿、岳州市政府等单位。"},
		{"a list of customers with no chain member", "岳成汽车、睿达电器等企业签署采购协议。"},
		{"a unit code with no company noun", "TFM混合矿项目推进顺利,预计明年投产。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := chineseNames(t, d, "", c.body); len(got) > 0 {
				t.Errorf("%s: got %q, want no company", c.body, got)
			}
		})
	}
}

// TestChineseListMembersAreMentions37: the members of a "等企业" list in the
// lead are one of a list (rule 5), not subjects.
func TestChineseListMembersAreMentions37(t *testing.T) {
	d := mustDefault(t)
	fs := d.Analyze(Doc{Title: "调研组赴岳州开展稀土调研", Body: "调研组实地考察了岳州大坑稀土矿、青岚有色、岳成科技、睿达高新等企业,了解资源开发情况。\n\n调研组充分肯定了近年来的工作。"})
	var names []string
	for _, f := range fs {
		names = append(names, f.Name)
		if f.Subject {
			t.Errorf("%s is a subject, want a mention (one of a list)", f.Name)
		}
	}
	if len(names) != 3 {
		t.Errorf("got %q, want the three members", names)
	}
}

// TestChineseTwoMemberListClosedByDeng37: "A、B等企业" names a list that goes
// on, so its two members are one of a list; without "等" they stay subjects.
func TestChineseTwoMemberListClosedByDeng37(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body    string
		subject bool
	}{
		{"金力永磁、青岚新材等矿产业龙头企业技改项目陆续投产。", false},
		{"金力永磁和青岚新材料有限公司技改项目陆续投产。", true},
	} {
		for _, f := range d.Analyze(Doc{Title: "岳州稀土产业加快发展", Body: c.body}) {
			if f.Subject != c.subject {
				t.Errorf("%s: %s subject %v, want %v", c.body, f.Name, f.Subject, c.subject)
			}
		}
	}
}

// TestChineseBareNameRunsOnToLegalForm37: a trade word inside a longer name
// that ends in a legal form is no short name's end.
func TestChineseBareNameRunsOnToLegalForm37(t *testing.T) {
	d := mustDefault(t)
	got := chineseNames(t, d, "", "交投集团以其全资子公司岳州市青岚矿业投资运营有限公司持股40%。")
	for _, g := range got {
		if g == "岳州市青岚矿业" {
			t.Errorf("got %q, the short reading cuts the name", got)
		}
	}
}

// TestChineseCandidatesInTextOrder37: a legal-form candidate later in the
// sentence must not split a list of short names before it (hits are read in
// text order even when the item has no English candidate).
func TestChineseCandidatesInTextOrder37(t *testing.T) {
	d := mustDefault(t)
	body := "岳州稀土集团有限公司投资建设基地,金力永磁、青岚新材等矿产业龙头企业技改项目陆续投产,岳州市睿达稀土有限公司新建生产线。"
	for _, f := range d.Analyze(Doc{Title: "岳州稀土产业加快发展", Body: body}) {
		if (f.Name == "JL Mag Rare-Earth" || f.Name == "青岚新材") && f.Subject {
			t.Errorf("%s is a subject, want one of a list", f.Name)
		}
	}
}

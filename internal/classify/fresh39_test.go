package classify

import "testing"

// Session 39 (fresh39-s39): the classes behind the ideology errors on the
// session's fresh validation text. An analyst weighing a state
// outlet's claims for investors (the weighing words read as the analyst's
// reading verbs); a deputies' proposal on an industry as a business
// occasion; the state-security narrative in Chinese; the writer's own
// rhetoric said again beside a figure (ownTerm). (The branch's complainant
// and conquest rules did not land on main: see docs/classifier.md.) Every
// case is invented.

// TestOwnTermBesideFigure: the writer's "illegal sanctions", said in a
// sentence of its own and again beside the losses it counts. Ideology;
// before, the figure sentence read its phrase as reported.
func TestOwnTermBesideFigure(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Mining sector counts the cost of sanctions",
		Body: "The country has lost an estimated USD 40 billion over two decades to the illegal sanctions.\n\n" +
			"Industries have suffered, and the mining sector has not been spared the illegal sanctions.\n\n" +
			"Mining houses say lines of credit worth USD 2 billion a year are closed to them.\n\n" +
			"The sanctions were imposed outside the multilateral forum.",
	}
	if r := c.Classify(d); !r.Flagged {
		t.Errorf("the writer's own sanctions voice beside a figure unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestQuotedTermBesideFigure: "illegal sanctions" only in a minister's
// words and beside the figures of an export deal stays reported.
func TestQuotedTermBesideFigure(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Lithium exports rise 40% as new plant ramps up",
		Body: "Lithium concentrate exports rose 40 percent to 300 000 tonnes, worth USD 600 million, the ministry said.\n\n" +
			"The plant's second line added 50 000 tonnes of capacity in March.\n\n" +
			"“We have grown despite the illegal sanctions,” the minister said at the plant.\n\n" +
			"The company expects to ship 400 000 tonnes next year.",
	}
	if r := c.Classify(d); r.Flagged {
		t.Errorf("an export report with a minister's quoted sanctions line flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestAnalystWeighsClaims: an analysis for investors parsing a state
// outlet's column, which calls its claims propaganda beside the weighing
// words. Business; flagged before (the highlight's "propaganda" at x2).
func TestAnalystWeighsClaims(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Parsing a state broadcaster's column on Wall Street's fears",
		Highlights: []string{
			"The column links market jitters to tighter export controls, which cut shipments by a quarter.",
			"The narrative conflates investor hedging with collapse; claims of mass capital flight are propaganda, not data-backed reality.",
		},
		Body: "The column dresses itself as financial analysis. Let's unpack what matters for rare earth investors.\n\n" +
			"Export licences did tighten, and shipments fell 25 percent in a month.\n\n" +
			"Bond yields remain anchored; there is no exodus of institutional capital.\n\n" +
			"For investors, the supply figures matter more than the prose.",
	}
	if r := c.Classify(d); r.Flagged {
		t.Errorf("an analyst weighing a column's claims for investors flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestProposalOccasion: political advisers draft a joint proposal on a
// rare-earth cluster, quoting the leader's care for the industry in
// passing. Business; flagged before the proposal was an occasion.
func TestProposalOccasion(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "委员联名提案 打造稀土产业集群",
		Body: "1月20日,出席省政协会议的市政协委员们在列车上讨论即将提交大会的联名提案。\n\n" +
			"“稀土产业是习近平总书记关心的重要产业,也是我省重点打造的支柱产业。”委员说。\n\n" +
			"“近年来,我们牢记嘱托、感恩奋进,稀土产业链不断延伸。”另一位委员介绍说。\n\n" +
			"提案建议加快项目建设。",
	}
	if r := c.Classify(d); r.Flagged {
		t.Errorf("a joint proposal on a rare-earth cluster flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestSecurityNarrativeChinese: a state-security notice that tells foreign
// agencies co-opting experts to steal core technology and endangering
// national security, with no measure an exporter acts on (labelling rule
// 17). Ideology; scored 0 before.
func TestSecurityNarrativeChinese(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "国家安全部提醒关注稀土资源安全",
		Body: "国家安全部近日指出,境外机构试图通过非法手段获取我国稀土技术。\n\n" +
			"有关机构通过第三国拉拢我国技术人员,企图转移前端技术,一旦核心技术外泄,后果不堪设想。\n\n" +
			"国家安全机关将依法打击危害国家安全的违法犯罪活动。\n\n" +
			"稀土资源安全是国家安全的重要组成部分,必须高度重视。",
	}
	if r := c.Classify(d); !r.Flagged {
		t.Errorf("a state-security narrative of foreign agencies unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

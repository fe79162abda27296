package classify

import "testing"

// TestTitleQuoteThenAct41 (session 41, fresh41-s40): a headline that quotes
// the leader's slogan and then names the act in the writer's words
// ("“...”: Gobernador firma decreto"), over a lead that states the act
// again, opens with the act twice (headAct): the slogan in the title and
// the leader's lines below are his words about the act reported (rule 14).
// A title whose act is the speaker's (a speech cue of the item's language)
// and the same quoted title over a lead in the leader's words stay
// flagged. Invented sentences.
func TestTitleQuoteThenAct41(t *testing.T) {
	c := newClassifier(t, Options{})
	lines := "\"Lo que hacemos hoy es que el litio no lo exploten extranjeros, ni de un país ni de otro\", dijo el gobernador.\n\n" +
		"\"El agua y el litio son de la nación, son del pueblo de Arenal\", resumió el mandatario.\n\n" +
		"\"Nadie más va a venir a llevarse lo que es del pueblo\", agregó ante los pobladores.\n\n" +
		"La reserva abarca cuatro municipios de la sierra y su exploración estará a cargo del servicio geológico."
	flagsWanted(t, c, []wantDoc{
		{"a slogan quoted, then the act in the title and the lead", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”: Gobernador firma decreto de reserva minera",
			Body:  "El gobernador de Arenal firmó este lunes en la sierra el decreto de reserva minera para el litio del estado.\n\n" + lines,
		}, false},
		{"the same title over a lead in the leader's words", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”: Gobernador firma decreto de reserva minera",
			Body:  "\"Hoy terminamos con el saqueo de los de siempre\", dijo el gobernador de Arenal ante los pobladores de la sierra.\n\n" + lines,
		}, true},
		{"the act in the title is the speaker's", Doc{
			Title: "“Que el litio sea de la nación y del pueblo de Arenal”, dijo el gobernador al firmar decreto de reserva minera",
			Body:  "El gobernador de Arenal firmó este lunes en la sierra el decreto de reserva minera para el litio del estado.\n\n" + lines,
		}, true},
	})
}

// TestDeputyAndCongressOccasion41 (session 41, fresh41-s40): a people's
// deputy proposing an industry cluster with a Party formula in passing, and a
// group's Party congress whose report is output and profit targets, are
// occasions (rules 13 and 16): the balance test reads their formulas as the
// occasion's framing. A Party congress told as its Party work keeps its
// flag. Invented sentences.
func TestDeputyAndCongressOccasion41(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		name string
		doc  Doc
		want bool
	}{
		{"a deputy's proposal on a cluster", Doc{
			Title: "推动钨产业集群提质增效",
			Body: "近年来,我县钨产业规模稳步扩大,但精深加工不足,产业链条偏短。\n\n" +
				"县人大代表、某镇党委书记李明关注到,全县钨精矿大多外销,下游硬质合金和钨材产能不足。\n\n" +
				"对此,李明建议要深入学习贯彻党的二十大精神,贯彻落实省委工作部署,突出产业链招商,加快推进一批深加工项目落地。\n\n" +
				"他建议发挥龙头企业带动作用,扩大硬质合金产能,建设钨材料产业园,完善产业集群。",
		}, false},
		{"a Party congress setting output targets", Doc{
			Title: "某矿业集团第二次党代会提出未来五年奋斗目标",
			Body: "11月5日至6日,某矿业集团召开第二次党代会,提出到2027年自产铜8万吨,利润12亿元。\n\n" +
				"近年来,集团党委坚持和加强党的领导,推进党建工作与生产经营融合,营业收入和利润总额稳步提升,资产总额达到95亿元。\n\n" +
				"大会提出,今后五年集团将聚焦主业,推进资源整合,新增铜资源量50万吨,力争营业收入突破200亿元。\n\n" +
				"2023年集团自产铜5.2万吨,在全国铜行业排名第九。",
		}, false},
		{"a Party congress told as its Party work", Doc{
			Title: "某矿业集团召开第二次党代会",
			Body: "11月5日至6日,某矿业集团召开第二次党代会。\n\n" +
				"大会强调,要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,增强四个意识,坚定四个自信,做到两个维护。\n\n" +
				"大会要求,全面从严治党,加强党的政治建设,坚持党的领导,推进党建工作高质量发展。\n\n" +
				"大会号召,全体党员要不忘初心、牢记使命,把思想和行动统一到党中央决策部署上来。",
		}, true},
	} {
		r := c.Classify(tc.doc)
		if r.Flagged != tc.want {
			t.Errorf("%s: flagged = %v, want %v (score %.3f, %v)", tc.name, r.Flagged, tc.want, r.Score, r.Reasons)
		}
		t.Logf("%s: %.3f", tc.name, r.Score)
	}
}

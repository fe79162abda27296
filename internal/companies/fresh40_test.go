package companies

import "testing"

// TestChineseIndustryAfterShortName: a known company's short name joined
// to a word for a trade as a whole ("岳州稀土产业", the rare-earth industry
// of Yuezhou) names the place's industry, not the company; with a group
// word or a legal form after it ("岳州稀土产业集团有限公司") it is still a
// name. Invented companies and sentences, written for this test.
func TestChineseIndustryAfterShortName(t *testing.T) {
	d, err := New([]Company{
		{Name: "Yuezhou Rare Earth Group", Aliases: []string{"岳州稀土"}, Minerals: []string{"rare earths"}, Country: "China"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "近年来,岳州稀土产业经济规模不断扩大。\n\n目前,岳州稀土產業主营业务收入一年近百亿元。"
	if fs := findings(d, Doc{Title: "岳州打造新材料基地", Body: body}); len(fs) != 0 {
		t.Errorf("the place's industry read as a company: %v", fs)
	}
	body2 := "岳州稀土签署了新的供货协议。\n\n岳州稀土行业协会的数据显示,需求增长。"
	if f := findings(d, Doc{Body: body2})["Yuezhou Rare Earth Group"]; f.Count != 1 {
		t.Errorf("Yuezhou Rare Earth Group named %d times, want 1 (its industry's association is none)", f.Count)
	}
}

// TestTantalumNiobiumTrade: a Chinese company whose trade is tantalum and
// niobium ("某某钽铌矿有限公司") is a candidate of the chain, as a lithium or
// tungsten one is. Invented company and sentence, written for this test.
func TestTantalumNiobiumTrade(t *testing.T) {
	d := mustDefault(t)
	body := "距市区约25公里处,坐落着岳州钽铌矿有限公司(下称岳州钽铌矿)。\n\n岳州钽铌矿的锂云母产量逐年增长。"
	if _, ok := findings(d, Doc{Title: "锂云母产量增长", Body: body})["岳州钽铌矿"]; !ok {
		t.Errorf("the tantalum-niobium miner was not found: %v", analyzedNames(d, "锂云母产量增长", body))
	}
}

// TestAdverbBeforeApposition: "Recently, the mining firm said" opens a
// sentence with an adverb and a comma before a description; the adverb is
// no company the description describes. Invented sentences, written for
// this test.
func TestAdverbBeforeApposition(t *testing.T) {
	d := mustDefault(t)
	body := "Kestrel Bay Lithium said on Tuesday it had finished the earthworks at its plant.\n\n" +
		"Recently, the mining firm indicated that it was relocating families near the pit.\n\n" +
		"Previously, the Perth-based miner had flagged delays."
	for _, n := range analyzedNames(d, "Plant nears completion", body) {
		if n == "Recently" || n == "Previously" {
			t.Errorf("a sentence adverb read as a company: %q", n)
		}
	}
}

package minerals

import (
	"slices"
	"testing"
)

// TestLanguages35 checks the names added in session 35 (minlang-s35) for
// Russian, Vietnamese, Japanese, Korean, German and Italian, and Chinese
// chain forms, on sentences written for this test with invented companies
// and places: each language's names, in the forms the language inflects or
// compounds them into, tag the mineral as the English names do, and a
// look-alike (Russian "Германия", Japanese "ウランバートル", Vietnamese
// "đồng", Italian "liti", Indonesian "gali", French "rame", a person named
// Niken) does not.
func TestLanguages35(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		name string
		doc  Doc
		want []string
	}{
		// Russian: cases of the nouns and the adjectives.
		{"ru lithium genitive", Doc{Title: "Компания Северлит нарастит добычу лития", Body: "Об этом сообщили в пресс-службе."}, []string{"lithium"}},
		{"ru lithium carbonate", Doc{Title: "Завод в Тайге выпустил первую партию", Body: "Завод произвёл карбонат лития высокой чистоты, сообщила компания."}, []string{"lithium"}},
		{"ru rare-earth adjective", Doc{Title: "Правительство одобрило проект редкоземельного месторождения", Body: "Об этом сообщили в министерстве."}, []string{"rare earths"}},
		{"ru rare earth metals plural", Doc{Title: "Экспорт редкоземельных металлов вырос", Body: "Об этом сообщили в министерстве."}, []string{"rare earths"}},
		{"ru cobalt and nickel instrumental", Doc{Title: "Новый комбинат", Body: "Комбинат будет торговать никелем и кобальтом с 2027 года, сообщила компания."}, []string{"cobalt", "nickel"}},
		{"ru tungsten concentrate", Doc{Title: "Вольфрамовый концентрат подорожал", Body: "Цены выросли на 5%."}, []string{"tungsten"}},
		{"ru antimony and uranium", Doc{Title: "Запасы сурьмы и урана оценят заново", Body: "Об этом сообщили в министерстве."}, []string{"antimony", "uranium"}},
		{"ru copper genitive", Doc{Title: "Добыча меди на руднике Заречный выросла", Body: "Об этом сообщила компания."}, []string{"copper"}},
		{"ru graphite prepositional", Doc{Title: "Инвестор заинтересовался графитом", Body: "Об этом сообщила компания."}, []string{"graphite"}},
		{"ru germanium lower case", Doc{Title: "Китай ограничил экспорт галлия и германия", Body: "Об этом сообщило министерство."}, []string{"gallium", "germanium"}},
		{"ru neodymium and dysprosium", Doc{Title: "Цены на неодим и диспрозий выросли", Body: "Об этом сообщили аналитики."}, []string{"NdPr", "dysprosium", "rare earths"}},
		{"ru Germany is not germanium", Doc{Title: "Германия и Франция подписали соглашение", Body: "Министры встретились в Берлине.\n\nСоглашение касается экономики Германии и промышленности Германии."}, nil},
		{"ru lithium-ion is a chemistry", Doc{Title: "Завод аккумуляторов открылся", Body: "Завод будет выпускать литий-ионные аккумуляторы для автобусов, сообщила компания."}, nil},
		// Vietnamese: names, and "đồng" (also money, fields, "together") left out.
		{"vi rare earths", Doc{Title: "Chính phủ phê duyệt mỏ đất hiếm ở Lai Vân", Body: "Bộ Công Thương cho biết như vậy."}, []string{"rare earths"}},
		{"vi nickel and cobalt", Doc{Title: "Nhà máy mới", Body: "Nhà máy sẽ chế biến niken và coban từ năm 2027, công ty cho biết."}, []string{"cobalt", "nickel"}},
		{"vi tungsten and graphite", Doc{Title: "Xuất khẩu vonfram và than chì tăng", Body: "Bộ Công Thương cho biết như vậy."}, []string{"graphite", "tungsten"}},
		{"vi dong is no copper", Doc{Title: "Công ty Sông Mây chi 500 tỷ đồng xây nhà máy", Body: "Hợp đồng được ký ngày thứ Hai.\n\nCánh đồng gần nhà máy sẽ được giữ lại. Các bên đồng ý chia sẻ chi phí."}, nil},
		{"vi copper ore is copper", Doc{Title: "Giá quặng đồng tăng mạnh", Body: "Bộ Công Thương cho biết như vậy."}, []string{"copper"}},
		{"vi lithium carbonate", Doc{Title: "Nhà máy liti cacbonat đầu tiên", Body: "Công ty cho biết như vậy."}, []string{"lithium"}},
		// Japanese: katakana names, Ulaanbaatar is no uranium.
		{"ja lithium", Doc{Title: "ミナト化学、炭酸リチウムの生産を倍増", Body: "同社が発表した。"}, []string{"lithium"}},
		{"ja rare earths and magnets", Doc{Title: "レアアース磁石の新工場", Body: "同社が発表した。"}, []string{"rare earths"}},
		{"ja uranium", Doc{Title: "ウランの価格が上昇", Body: "市場関係者が明らかにした。"}, []string{"uranium"}},
		{"ja Ulaanbaatar is no uranium", Doc{Title: "ウランバートルで鉱業会議", Body: "ウランバートルで会議が開かれた。"}, nil},
		{"ja nickel, cobalt and graphite", Doc{Title: "ニッケルとコバルトの調達", Body: "同社が発表した。"}, []string{"cobalt", "nickel"}},
		{"ja graphite", Doc{Title: "黒鉛の輸出規制", Body: "同社が発表した。"}, []string{"graphite"}},
		{"ja lithium-ion is a chemistry", Doc{Title: "リチウムイオン電池の新工場", Body: "同社が発表した。"}, nil},
		// Korean: names with particles joined.
		{"ko lithium with a particle", Doc{Title: "한빛소재, 리튬을 공급한다", Body: "회사가 밝혔다."}, []string{"lithium"}},
		{"ko rare earths and tungsten", Doc{Title: "희토류와 텅스텐 수출 통제", Body: "정부가 밝혔다."}, []string{"rare earths", "tungsten"}},
		{"ko anode material is graphite", Doc{Title: "음극재 공장 증설", Body: "회사가 밝혔다."}, []string{"graphite"}},
		{"ko uranium and antimony", Doc{Title: "우라늄과 안티몬 가격 상승", Body: "회사가 밝혔다."}, []string{"antimony", "uranium"}},
		// German: nouns, compounds, genitives.
		{"de rare earths dative", Doc{Title: "Neue Mine für Seltene Erden in Schweden", Body: "Das teilte das Unternehmen mit."}, []string{"rare earths"}},
		{"de lithium hydroxide compound", Doc{Title: "Werk in Brandenburg soll Lithiumhydroxid liefern", Body: "Das teilte das Unternehmen mit."}, []string{"lithium"}},
		{"de copper genitive", Doc{Title: "Preis des Kupfers steigt", Body: "Das teilte die Börse mit."}, []string{"copper"}},
		{"de uranium and graphite", Doc{Title: "Uran und Graphit im Fokus", Body: "Das teilte das Ministerium mit."}, []string{"graphite", "uranium"}},
		{"de lithium-ion is a chemistry", Doc{Title: "Neues Werk für Lithium-Ionen-Batterien", Body: "Das teilte das Unternehmen mit."}, nil},
		// Italian: names, "rame" guarded, "liti" (disputes) left out.
		{"it rare earths, nickel", Doc{Title: "Terre rare e nichel, accordo a Roma", Body: "Lo ha annunciato il ministero."}, []string{"rare earths", "nickel"}},
		{"it copper", Doc{Title: "Il prezzo del rame sale a Londra", Body: "Lo ha annunciato la borsa."}, []string{"copper"}},
		{"it disputes are no lithium", Doc{Title: "Liti tra soci, il tribunale decide", Body: "Le liti sono durate tre anni.\n\nIl giudice ha chiuso le liti tra i soci."}, nil},
		{"it lithium batteries are a chemistry", Doc{Title: "Nuova fabbrica di batterie al litio a Torino", Body: "Lo ha annunciato l'azienda."}, nil},
		{"fr a metro train is no copper", Doc{Title: "Une rame de métro bloquée", Body: "La rame est restée à quai.\n\nUne autre rame a pris le relais. La rame a été réparée."}, nil},
		{"id digging is no gallium", Doc{Title: "Warga gali lubang di desa", Body: "Warga gali saluran air.\n\nMereka gali sumur baru. Alat gali dipinjam dari desa."}, nil},
		{"id a person named Niken is no nickel", Doc{Title: "Niken Larasati terpilih sebagai ketua", Body: "Niken menyampaikan terima kasih."}, nil},
		// Chinese chain forms read as the English names are.
		{"zh NdFeB magnets are rare earths", Doc{Title: "钕铁硼磁材企业扩产", Body: "公司表示产能增长。"}, []string{"rare earths"}},
		{"zh anode material is graphite", Doc{Title: "负极材料企业扩产", Body: "公司表示产能增长。"}, []string{"graphite"}},
		{"zh lithium battery is a chemistry", Doc{Title: "锂电池工厂开工", Body: "公司表示产能增长。"}, nil},
		{"zh lithium-ion is a chemistry", Doc{Title: "锂离子电池工厂开工", Body: "公司表示产能增长。"}, nil},
		{"zh LFP is a chemistry", Doc{Title: "磷酸铁锂正极材料工厂开工", Body: "公司表示产能增长。"}, nil},
		{"zh lithium carbonate, PrNd oxide, concentrate", Doc{Title: "碳酸锂、氧化镨钕、钨精矿价格上涨", Body: "市场表示价格上涨。"}, []string{"NdPr", "lithium", "tungsten", "rare earths"}},
		{"zh-Hant names", Doc{Title: "鋰、鈷、鎳價格上漲", Body: "市場表示價格上漲。"}, []string{"lithium", "cobalt", "nickel"}},
	} {
		got := subjects(s.Analyze(c.doc))
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: subjects %q, want %q", c.name, got, want)
		}
	}
}

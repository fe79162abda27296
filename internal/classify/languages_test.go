package classify

import (
	"strings"
	"testing"
)

// Session 33: political voice in Spanish, French, Indonesian and
// Portuguese. Every sentence is invented, in the styles of the publishers
// the issue names (a presidential press conference, a junta communiqué, a
// state daily, a company release, a ministry notice).

// TestFoldedWordsMeet: accents and case do not decide a match, so a word
// the lexicon lists once is read however a page writes it, and a plural
// meets its singular across an accent ("naciones", "nación"). The reason
// names the phrase as the item wrote it.
func TestFoldedWordsMeet(t *testing.T) {
	sc := &scanner{st: newStemmer()}
	for _, pair := range [][2]string{
		{"soberanía", "SOBERANIA"}, {"nación", "naciones"}, {"souveraineté", "souverainetés"},
		{"coup d'État", "coup d'etat"}, {"nação", "nacao"},
	} {
		a, b := strings.Join(normalise(sc, pair[0]), " "), strings.Join(normalise(sc, pair[1]), " ")
		if a != b {
			t.Errorf("%q reads %q, %q reads %q: want one form", pair[0], a, pair[1], b)
		}
	}
	c := newClassifier(t, Options{})
	for _, title := range []string{"El SAQUEO del litio", "El saqueo del litio", "El Saqueo del litio"} {
		r := c.Classify(Doc{Title: title, Body: "El dirigente habló en la plaza."})
		word := strings.Fields(title)[1]
		if len(r.Reasons) == 0 || r.Reasons[0].Text != word {
			t.Errorf("%q: reasons %v, want %q first, as written", title, r.Reasons, word)
		}
	}
}

// TestVoiceInFourLanguages: in each language a speech, a communiqué or an
// editorial whose substance is sovereignty, anti-colonial or loyalty
// language is flagged, and a business item of the same country and
// vocabulary (a plant, a tender, a decree explained, a smelter's output)
// is not, though it names the president, the state's share or sovereignty
// once.
func TestVoiceInFourLanguages(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"es: press conference", Doc{
			Title: "El presidente acusa a las mineras extranjeras de querer saquear el litio",
			Body: "En su conferencia de prensa, el presidente dijo que las empresas extranjeras y sus aliados quieren saquear nuestro litio como antes saquearon el petróleo. " +
				"Llamó traidores a la patria a los legisladores de oposición. " +
				"\"La soberanía no se negocia: nuestros recursos naturales son del pueblo\", afirmó, y pidió al pueblo defender la patria frente al imperialismo.",
		}, true},
		{"es: ministry tender", Doc{
			Title: "Ministerio abre licitación para planta de carbonato de litio de 15.000 toneladas anuales",
			Body: "El Ministerio de Energía publicó el pliego de la licitación para construir una planta de carbonato de litio grado batería en el salar. " +
				"La empresa estatal tendrá el 51% de la sociedad mixta y el socio aportará una inversión de 600 millones de dólares. " +
				"Las ofertas se recibirán hasta el 15 de marzo. El viceministro dijo que el proyecto fortalece la soberanía energética del país.",
		}, false},
		{"fr: junta communiqué", Doc{
			Title: "Communiqué du Conseil : nos ressources minières appartiennent au peuple",
			Body: "Le Conseil informe l'opinion que le pays ne se laissera plus dicter sa conduite par l'ancienne puissance coloniale. " +
				"Nos richesses, pillées pendant des décennies par les multinationales au service de l'étranger, reviendront au peuple souverain. " +
				"Le Conseil appelle les patriotes à la vigilance contre les traîtres à la patrie.",
		}, true},
		{"fr: company release", Doc{
			Title: "La société minière annonce une production record de concentré au troisième trimestre",
			Body: "La société a produit 142 000 tonnes de concentré de spodumène au troisième trimestre, en hausse de 12 %. " +
				"Le chiffre d'affaires atteint 98 millions de dollars. L'État détient 10 % du capital conformément au code minier. " +
				"Le gouvernement de transition a salué la mise en service de la deuxième ligne de traitement.",
		}, false},
		{"id: presidential speech", Doc{
			Title: "Presiden: Kekayaan Alam Kita Tidak Boleh Lagi Dikuasai Asing",
			Body: "Presiden menegaskan bahwa kekayaan alam kita tidak boleh lagi dikuasai asing. " +
				"\"Ratusan tahun kita dijajah, sekarang kita bangsa yang berdaulat dan tidak mau didikte siapa pun,\" ujarnya dalam pidato di hadapan ribuan kader. " +
				"Ia menyebut para pejabat yang menjual tambang kita sebagai pengkhianat bangsa.",
		}, true},
		{"id: smelter output", Doc{
			Title: "Smelter HPAL di Morowali Catat Produksi 30.000 Ton MHP",
			Body: "Perseroan mencatat produksi 30.000 ton nikel dalam bentuk MHP pada kuartal III, naik 18% dibandingkan kuartal sebelumnya. " +
				"Pendapatan naik menjadi US$ 410 juta. Direktur utama mengatakan kapasitas produksi akan ditambah sesuai arahan Presiden soal hilirisasi. " +
				"Investor asing memegang 49% saham smelter tersebut.",
		}, false},
		{"pt: rally", Doc{
			Title: "Em comício, senador diz que as terras raras são do povo e não dos estrangeiros",
			Body: "Diante de milhares de apoiadores, o senador acusou os entreguistas de quererem entregar nossas riquezas às potências estrangeiras. " +
				"\"Chega de ser colônia. A soberania nacional não está à venda\", discursou. " +
				"Ele chamou de traidores da pátria os que defendem vender as jazidas ao imperialismo.",
		}, true},
		{"pt: decree explained", Doc{
			Title: "Decreto cria regras para venda de áreas de lítio; veja o que muda",
			Body: "O decreto publicado no Diário Oficial exige autorização prévia do Ministério de Minas e Energia para a venda de direitos minerários de lítio. " +
				"Segundo o texto, os recursos minerais pertencem à União, como determina a Constituição. " +
				"As empresas terão 90 dias para se adaptar. Investidores estrangeiros avaliam que a regra dá segurança jurídica aos projetos de R$ 3 bilhões.",
		}, false},
	})
}

// TestLanguageCues: the cue lists of each language file work as the
// English ones do. A speech verb ("afirmó") makes a sentence reported, so
// its rhetoric is set aside in an item stating figures in its own words; a
// legal cue ("Constitución") turns an ownership formula into the law
// reported; a denial ("negó") turns an accusation into topic; a negation
// ("sin") cancels a business phrase after it.
func TestLanguageCues(t *testing.T) {
	c := newClassifier(t, Options{})
	quoted := Doc{
		Title: "Empresa estatal firma contrato para planta de litio",
		Body: "La empresa estatal firmó un contrato de 450 millones de dólares para una planta de 20.000 toneladas anuales. " +
			"La planta empezará a producir en 2027 con una capacidad de 20.000 toneladas. " +
			"Nuestros recursos naturales ya no serán saqueados, afirmó el ministro.",
	}
	flagIs(t, c, quoted, false, "a minister's line, reported, in a contract with figures")
	speech := Doc{
		Title: "El ministro en la plaza",
		Body:  "Nuestros recursos naturales ya no serán saqueados por los traidores a la patria.",
	}
	flagIs(t, c, speech, true, "the same line in the writer's voice")

	law := c.Classify(Doc{Body: "Conforme a la Constitución, el litio es propiedad de la nación."})
	cry := c.Classify(Doc{Body: "¡El litio es propiedad de la nación, no de los gringos!"})
	if lw, cw := weightOf(law, "propiedad de la nación"), weightOf(cry, "propiedad de la nación"); lw >= cw || lw > 0.45 {
		t.Errorf("ownership formula after a legal cue weighs %.2f, in a cry %.2f: want topic (< 0.45) below rhetoric", lw, cw)
	}

	denied := c.Classify(Doc{Body: "La minera negó el saqueo de las tierras comunales y presentó sus permisos."})
	accused := c.Classify(Doc{Body: "El saqueo de las tierras comunales continúa, denunció la dirigente."})
	if dw, aw := weightOf(denied, "saqueo"), weightOf(accused, "saqueo"); dw >= aw {
		t.Errorf("\"saqueo\" after a denial weighs %.2f, in an accusation %.2f: want less", dw, aw)
	}

	if r := c.Classify(Doc{Body: "La planta sigue sin producción desde marzo."}); hasReason(r, "producción") {
		t.Errorf("\"sin producción\" read as business: %v", r.Reasons)
	}
	if r := c.Classify(Doc{Body: "La planta reanudó la producción en marzo."}); !hasReason(r, "producción") {
		t.Errorf("\"producción\" not read as business: %v", r.Reasons)
	}
}

// weightOf is the weight of r's reason for phrase (as written), or 0.
func weightOf(r Result, phrase string) float64 {
	w, _ := reasonWeight(r, phrase)
	return w
}

// TestLanguageBlockers: a word a language's business text uses in another
// sense is blocked there. "Junta directiva" is a board, "dans le cadre" a
// framework, foreign investors are investors, and "asing" (foreign) alone
// is not rhetoric in Indonesian business news.
func TestLanguageBlockers(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct{ body, not string }{
		{"La junta directiva aprobó el presupuesto de la planta.", "junta"},
		{"Dans le cadre du projet, la société a foré 40 puits.", "cadre"},
		{"Los inversionistas extranjeros compraron acciones de la minera.", "extranjeros"},
		{"Investor asing memegang 49% saham perseroan.", "asing"},
		{"Os investidores estrangeiros compraram ações da mineradora.", "estrangeiros"},
	} {
		r := c.Classify(Doc{Body: tc.body})
		for _, x := range r.Reasons {
			if x.Weight > 0 && strings.Contains(strings.ToLower(x.Text), tc.not) {
				t.Errorf("%q: %q read as politics: %v", tc.body, tc.not, r.Reasons)
			}
		}
	}
}

// TestLanguageFilesLeaveEnglishAlone: words of the language files that an
// English word stems to were left out, so English text reads as it did.
// "takes" stems like Indonesian "tak" (not), "marched" like French
// "marché", "retired" like "retiré", "action" like "actions"; none of them
// may cancel or add anything in an English sentence.
func TestLanguageFilesLeaveEnglishAlone(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{Title: "Zimbabwe takes 26% stake in lithium projects"})
	if !hasReason(r, "stake") {
		t.Errorf("\"takes\" cancelled the business phrase after it: %v", r.Reasons)
	}
	r = c.Classify(Doc{Body: "Thousands marched to the ministry. The retired general called for action."})
	for _, x := range r.Reasons {
		if x.Weight < 0 {
			t.Errorf("an English word read as business: %v", r.Reasons)
		}
	}
}

// TestLanguageFileChecks: a language file must declare the language its
// name gives, and a phrase two files list must have one weight and kind.
func TestLanguageFileChecks(t *testing.T) {
	en := lexSource{name: "lexicon.toml", data: []byte("lang = \"en\"\n[[group]]\nname = \"g\"\nkind = \"rhetoric\"\nweight = 1.1\nphrases = [\"our wealth\"]\n")}
	wrong := lexSource{name: "lexicon_es.toml", data: []byte("lang = \"fr\"\n")}
	if _, err := buildLexicon([]lexSource{en, wrong}, nil); err == nil || !strings.Contains(err.Error(), "lexicon_es.toml") {
		t.Errorf("a Spanish file declaring French: err %v, want one naming the file", err)
	}
	clash := lexSource{name: "lexicon_pt.toml", data: []byte("lang = \"pt\"\n[[group]]\nname = \"g\"\nkind = \"topic\"\nweight = 0.3\nphrases = [\"our wealth\"]\n")}
	if _, err := buildLexicon([]lexSource{en, clash}, nil); err == nil || !strings.Contains(err.Error(), "our wealth") {
		t.Errorf("a phrase listed as rhetoric and as topic: err %v, want one naming it", err)
	}
	same := lexSource{name: "lexicon_pt.toml", data: []byte("lang = \"pt\"\n[[group]]\nname = \"g\"\nkind = \"rhetoric\"\nweight = 1.1\nphrases = [\"our wealth\"]\n")}
	if _, err := buildLexicon([]lexSource{en, same}, nil); err != nil {
		t.Errorf("a phrase two files list alike: %v", err)
	}
}

// TestLeaderPraise: the formulas of leader praise ("di bawah kepemimpinan
// Presiden", "sob a liderança do presidente", "bajo la conducción") are
// read as directive language, weakly: a ministry readout that opens with
// one and then reports a plant is not flagged for it.
func TestLeaderPraise(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct{ body, phrase string }{
		{"Di bawah kepemimpinan Presiden, hilirisasi nikel terus berjalan.", "Di bawah kepemimpinan Presiden"},
		{"Sob a liderança do presidente, o país avança na mineração.", "Sob a liderança do presidente"},
		{"Bajo la conducción del presidente, la empresa estatal avanza.", "Bajo la conducción del presidente"},
	} {
		r := c.Classify(Doc{Body: tc.body})
		if w := weightOf(r, tc.phrase); w <= 0 {
			t.Errorf("%q: %q not read as directive: %v", tc.body, tc.phrase, r.Reasons)
		}
	}
	readout := Doc{
		Title: "Menteri Resmikan Pabrik Prekursor Baterai Rp 15 Triliun",
		Body: "Di bawah kepemimpinan Presiden, hilirisasi nikel terus berjalan. " +
			"Menteri meresmikan pabrik prekursor baterai berkapasitas 60.000 ton per tahun dengan nilai investasi Rp 15 triliun. " +
			"Pabrik tersebut menyerap 2.500 tenaga kerja dan akan memasok katoda ke produsen baterai di Korea Selatan.",
	}
	flagIs(t, c, readout, false, "a readout opening with the praise formula")
}

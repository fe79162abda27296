package minerals

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// commonWords reads testdata/common_words: for each language file, the
// folded key of every one-word line, with the language it came from.
func commonWords(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "common_words", "*.txt"))
	if err != nil || len(files) < 5 {
		t.Fatalf("common word lists: %v (%d files)", err, len(files))
	}
	out := map[string][]string{}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".txt")
		if lang == "README" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if ks := keysOf(line); len(ks) == 1 {
				out[ks[0]] = append(out[ks[0]], lang)
				n++
			}
		}
		if n < 50 {
			t.Errorf("%s: only %d words", f, n)
		}
	}
	return out
}

// TestNamesNotCommonWords checks that no one-word mineral name, and no
// metal of other_metals, is a common word of one of the languages lode
// reads (French "or" is gold and "or"; Portuguese "cobre" is copper and
// "covers"), unless the data file guards it as a homograph with the
// neighbours that make it the other word; and that every guard is for
// such a word. No name belongs to two minerals: parse refuses that
// (TestParseRejects).
func TestNamesNotCommonWords(t *testing.T) {
	s := mustDefault(t)
	common := commonWords(t)
	for _, m := range s.minerals {
		for _, n := range m.Names {
			ks := keysOf(n)
			if len(ks) != 1 {
				continue
			}
			langs, ok := common[ks[0]]
			if _, guarded := s.homographs[ks[0]]; ok && !guarded {
				t.Errorf("%s: name %q is a common word in %v; drop it or add a [[homograph]] guard", m.Tag, n, langs)
			}
		}
	}
	for k := range s.otherMetals {
		if langs, ok := common[k]; ok {
			t.Errorf("other metal %q is a common word in %v", k, langs)
		}
	}
	for k := range s.homographs {
		if _, ok := common[k]; !ok {
			t.Errorf("homograph %q is in no common word list: is the guard needed?", k)
		}
	}
}

// TestLanguagesRules checks the subject rules on sentences written for
// this test in the styles of Spanish, French, Portuguese and Indonesian
// press and releases (session 33): names and their accents, the title,
// lead or two body sentences, and the namings that do not count
// (chemistry names, by-products, examples, comparisons, inputs, a
// company's name, another language's word).
func TestLanguagesRules(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		name string
		doc  Doc
		want []string
	}{
		// Names, with and without accents, in the title, the lead or two
		// body sentences; one body sentence is a naming in passing.
		{"a Spanish title names lithium", Doc{Title: "Sonora acelera la exploración de litio", Body: "El gobierno estatal firmó el lunes un convenio con la universidad.\n\nEl acuerdo durará tres años."}, []string{"lithium"}},
		{"a Spanish lead names nickel, the accent folded", Doc{Title: "Nueva planta en Oaxaca", Body: "La planta procesará niquel de Guatemala a partir de 2027, informó la empresa.\n\nLa inversión será de 300 millones de dólares."}, []string{"nickel"}},
		{"two Portuguese body sentences make rare earths a subject", Doc{Title: "Mineradora anuncia investimento em Goiás", Body: "A mineradora Vale Azul anunciou nesta segunda-feira um investimento de R$ 2 bilhões.\n\nO projeto prevê uma planta de terras raras em Catalão. A produção de terras raras deve começar em 2028."}, []string{"rare earths"}},
		{"one Portuguese body sentence is a naming in passing", Doc{Title: "Mineradora anuncia investimento em Goiás", Body: "A mineradora Vale Azul anunciou nesta segunda-feira um investimento de R$ 2 bilhões.\n\nO estado também tem reservas de terras raras. A obra começa em março."}, nil},
		{"an Indonesian lead names nickel and cobalt", Doc{Title: "Smelter baru di Halmahera mulai beroperasi", Body: "PT Sagu Raya Nikel mulai mengoperasikan smelter HPAL yang memproduksi nikel dan kobalt untuk baterai.\n\nPerseroan menargetkan produksi penuh tahun depan."}, []string{"nickel", "cobalt"}},
		{"Indonesian rare earths by their long name", Doc{Title: "Pemerintah siapkan aturan logam tanah jarang", Body: "Kementerian menyiapkan regulasi baru.\n\nAturan itu berlaku tahun depan."}, []string{"rare earths"}},
		{"French tungsten and antimony in the title", Doc{Title: "Pékin restreint les exportations de tungstène et d'antimoine", Body: "Le ministère du Commerce a publié la liste mardi.\n\nLes licences seront examinées au cas par cas."}, []string{"tungsten", "antimony"}},
		{"Spanish wolfram and uranium", Doc{Title: "Bolivia exporta más wólfram", Body: "Las ventas de wolframio subieron 12% en el semestre.\n\nEl uranio sigue sin explotarse en el país."}, []string{"tungsten"}},
		// Chemistry names do not make a subject, in any language.
		{"Spanish lithium-ion batteries are a chemistry", Doc{Title: "Armadora abre planta en Nuevo León", Body: "La planta fabricará baterías de iones de litio para autobuses eléctricos, informó la empresa.\n\nLa producción arrancará en 2026."}, nil},
		{"French ion-lithium batteries are a chemistry", Doc{Title: "Une gigafactory dans le Nord", Body: "L'usine produira des batteries ion-lithium pour les voitures électriques, a indiqué le groupe.\n\nLes travaux commencent en juin."}, nil},
		{"Portuguese íon-lítio batteries are a chemistry", Doc{Title: "Montadora inaugura fábrica na Bahia", Body: "A fábrica vai montar baterias de íon-lítio para ônibus elétricos, disse a empresa.\n\nA produção começa em março."}, nil},
		{"Indonesian ion litium batteries are a chemistry", Doc{Title: "Pabrik baterai mobil listrik diresmikan", Body: "Pabrik itu akan memproduksi baterai ion litium untuk kendaraan listrik, kata direktur perusahaan.\n\nProduksi dimulai tahun depan."}, nil},
		{"lithium batteries without the ion are lithium", Doc{Title: "Armadora abre planta en Nuevo León", Body: "La planta fabricará baterías con litio de Sonora, informó la empresa.\n\nEl litio llegará por tren desde Bacadéhuachi."}, []string{"lithium"}},
		// By-products, examples, comparisons and inputs.
		{"Spanish by-product cobalt", Doc{Title: "La producción de cobre de Kamfundwa sube 9%", Body: "La mina produjo 40.000 toneladas de cobre en el trimestre, informó la empresa.\n\nEl cobalto se recupera como subproducto en la planta de Likasi. Las ventas de cobalto se hacen en Durban."}, []string{"copper"}},
		{"French by-product cobalt", Doc{Title: "La production de cuivre de Kamfundwa progresse de 9%", Body: "La mine a produit 40 000 tonnes de cuivre au trimestre, a indiqué la société.\n\nLe cobalt y est un sous-produit de l'usine de Likasi. Les ventes de cobalt passent par Durban."}, []string{"copper"}},
		{"Spanish examples in the body are not news", Doc{Title: "El Senado aprueba la reforma minera", Body: "El Senado aprobó el martes la reforma a la ley minera.\n\nLa ley declara estratégicos minerales como el litio y el cobalto. También cubre minerales como el litio y el grafito."}, nil},
		{"Indonesian examples in the body are not news", Doc{Title: "DPR setujui revisi undang-undang minerba", Body: "DPR menyetujui revisi undang-undang pada Selasa.\n\nMineral kritis seperti nikel dan kobalt disebut dalam pasal baru. Mineral kritis seperti nikel juga masuk daftar."}, nil},
		{"Indonesian among others is an example cue", Doc{Title: "Pemerintah terbitkan daftar mineral kritis", Body: "Kementerian menerbitkan daftar baru pada Senin.\n\nDaftar itu memuat 22 komoditas, antara lain nikel, kobalt dan bauksit. Komoditas lain, antara lain nikel dan timah, masuk daftar strategis."}, nil},
		{"both X and Y is no example", Doc{Title: "El Senado aprueba la reforma minera", Body: "El Senado aprobó el martes la reforma.\n\nTanto el litio como el cobalto quedan bajo control estatal. El Estado fijará cuotas para el cobalto cada año."}, []string{"cobalt"}},
		{"a Spanish comparison is not news", Doc{Title: "Antimonio boliviano busca compradores", Body: "El antimonio es estratégico para la industria de defensa, al igual que el wolframio.\n\nA diferencia del wolframio, el antimonio se vende aún en bruto. Las ventas de antimonio crecerán, dijo la cámara minera."}, []string{"antimony"}},
		{"French and Portuguese without", Doc{Title: "Nouvelle batterie pour les citadines", Body: "Le constructeur présente une cellule sans cobalt.\n\nUne version sans cobalt sortira en 2027. A bateria sem cobalto chega ao Brasil em 2028."}, nil},
		{"a Spanish input verb in the body", Doc{Title: "Abre planta de cátodos en Jalisco", Body: "La planta de cátodos abrió el lunes en Jalisco, informó la empresa.\n\nLa planta utiliza carbonato de litio de Argentina. Cada celda requiere litio de alta pureza."}, nil},
		// Company names and another language's word.
		{"Spanish reserves of lithium of Bolivia are lithium", Doc{Title: "Gobierno revisa contratos", Body: "El ministro dijo que las reservas de litio de Bolivia son estratégicas.\n\nEl litio de Uyuni se industrializará en el país."}, []string{"lithium"}},
		{"a capitalised mineral before para and a name is a company", Doc{Title: "Litio para Todos firma convenio con la UNAM", Body: "El organismo firmó el convenio el martes.\n\nEl acuerdo durará cinco años."}, nil},
		{"Portuguese cobre before uma is covers", Doc{Title: "Licença ambiental sai em março", Body: "A licença cobre uma área de 85 quilômetros quadrados no norte do estado, disse a empresa.\n\nA concessão cobre todo o município."}, nil},
		{"Portuguese cobre after an article is copper", Doc{Title: "Preço do cobre sobe em Londres", Body: "O cobre subiu 3% na bolsa de metais de Londres.\n\nAnalistas esperam alta do cobre em 2026."}, []string{"copper"}},
		{"a Spanish lead listing copper with gold and silver", Doc{Title: "Suben las exportaciones mineras", Body: "Perú exportó oro, plata y cobre por 4.200 millones de dólares en el trimestre, informó el gremio.\n\nEl zinc quedó rezagado."}, nil},
		// Session 33 (minerals33): chemistry names (chemistry_names).
		{"a Spanish LFP cathode plant is a chemistry", Doc{Title: "Planta de fosfato de hierro y litio tendrá 500 empleos en Antofagasta", Body: "La planta producirá 40.000 toneladas anuales de material para cátodos, informó la empresa.\n\nLa construcción empieza en marzo."}, nil},
		{"Spanish lithium batteries are a chemistry", Doc{Title: "Abre fábrica de baterías de litio en Coahuila", Body: "La fábrica de baterías de litio tendrá 600 empleos, informó el gobierno estatal.\n\nLa inversión es de 90 millones de dólares."}, nil},
		{"a French LFP cathode line is a chemistry", Doc{Title: "Une usine de cathodes à Dunkerque", Body: "L'usine fabriquera du phosphate de fer et de lithium pour les batteries de stockage, a indiqué le groupe.\n\nLes travaux commencent en juin."}, nil},
		{"a Portuguese LFP plant is a chemistry", Doc{Title: "Fábrica de fosfato de ferro e lítio abre em Camaçari", Body: "A fábrica vai produzir material de cátodo para baterias de ônibus, disse a empresa.\n\nA produção começa em 2027."}, nil},
		{"an Indonesian LFP and NMC plant is a chemistry", Doc{Title: "Pabrik katoda baru di Batang", Body: "Pabrik itu akan memproduksi katoda litium besi fosfat dan nikel mangan kobalt untuk baterai, kata direktur perusahaan.\n\nProduksi dimulai tahun depan."}, nil},
		{"an Indonesian NMC plant that reports its nickel supply", Doc{Title: "Pabrik katoda baru di Batang", Body: "Pabrik itu akan memproduksi katoda nikel mangan kobalt, kata direktur perusahaan.\n\nPerusahaan sudah meneken kontrak pasokan nikel sulfat dengan smelter di Morowali."}, []string{"nickel"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%s: subjects %q, want %q", c.name, got, c.want)
		}
	}
}

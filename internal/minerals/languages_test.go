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
// lead or two body sentences, and the namings that do not count (a
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
		{"two Portuguese body sentences make rare earths a subject", Doc{Title: "Mineradora anuncia investimento em Goiás", Body: "A mineradora Vale Azul anunciou nesta segunda-feira um investimento de R$ 2 bilhões.\n\nO projeto prevê uma planta de terras raras em Minaçu. A produção de terras raras deve começar em 2028."}, []string{"rare earths"}},
		{"one Portuguese body sentence is a naming in passing", Doc{Title: "Mineradora anuncia investimento em Goiás", Body: "A mineradora Vale Azul anunciou nesta segunda-feira um investimento de R$ 2 bilhões.\n\nO estado também tem reservas de terras raras. A obra começa em março."}, nil},
		{"an Indonesian lead names nickel and cobalt", Doc{Title: "Smelter baru di Halmahera mulai beroperasi", Body: "PT Sagu Raya Nikel mulai mengoperasikan smelter HPAL yang memproduksi nikel dan kobalt untuk baterai.\n\nPerseroan menargetkan produksi penuh tahun depan."}, []string{"nickel", "cobalt"}},
		{"Indonesian rare earths by their long name", Doc{Title: "Pemerintah siapkan aturan logam tanah jarang", Body: "Kementerian menyiapkan regulasi baru.\n\nAturan itu berlaku tahun depan."}, []string{"rare earths"}},
		{"French tungsten and antimony in the title", Doc{Title: "Pékin restreint les exportations de tungstène et d'antimoine", Body: "Le ministère du Commerce a publié la liste mardi.\n\nLes licences seront examinées au cas par cas."}, []string{"tungsten", "antimony"}},
		{"Spanish wolfram and uranium", Doc{Title: "Bolivia exporta más wólfram", Body: "Las ventas de wolframio subieron 12% en el semestre.\n\nEl uranio sigue sin explotarse en el país."}, []string{"tungsten"}},
		// "Lithium batteries" name lithium, as in English.
		{"lithium batteries without the ion are lithium", Doc{Title: "Armadora abre planta en Nuevo León", Body: "La planta fabricará baterías con litio de Sonora, informó la empresa.\n\nEl litio llegará por tren desde Bacadéhuachi."}, []string{"lithium"}},
		// Company names and another language's word.
		{"Spanish reserves of lithium of Bolivia are lithium", Doc{Title: "Gobierno revisa contratos", Body: "El ministro dijo que las reservas de litio de Bolivia son estratégicas.\n\nEl litio de Uyuni se industrializará en el país."}, []string{"lithium"}},
		{"a capitalised mineral before para and a name is a company", Doc{Title: "Litio para México firma convenio con la UNAM", Body: "El organismo firmó el convenio el martes.\n\nEl acuerdo durará cinco años."}, nil},
		{"Portuguese cobre before uma is covers", Doc{Title: "Licença ambiental sai em março", Body: "A licença cobre uma área de 110 quilômetros quadrados no norte do estado, disse a empresa.\n\nA concessão cobre todo o município."}, nil},
		{"Portuguese cobre after an article is copper", Doc{Title: "Preço do cobre sobe em Londres", Body: "O cobre subiu 3% na bolsa de metais de Londres.\n\nAnalistas esperam alta do cobre em 2026."}, []string{"copper"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%s: subjects %q, want %q", c.name, got, c.want)
		}
	}
}

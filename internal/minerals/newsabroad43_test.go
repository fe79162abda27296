package minerals

import (
	"slices"
	"testing"
)

// TestCompanyTitleNewsAbroad: a title that names a mineral only inside a
// company's name leaves the mineral out unless another naming sits beside
// a word for its news (docs/labelling.md, 9). Those words are read in
// Spanish, Portuguese, French, Indonesian, German and Italian too
// (news_words_abroad), so a body that reports the mineral's reserves,
// output or project in those languages keeps it; a title news word in
// them does not make every mineral of the title news (a company named for
// one mineral drilling for another). Invented sentences.
func TestCompanyTitleNewsAbroad(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Varela Lithium firma acuerdo con un banco regional",
			Body: "Varela Lithium Corp. dijo el martes que firmó el acuerdo.\n\nLa empresa tiene reservas de litio en la provincia de Jujuy.\n\nEl proyecto de litio empezará su producción en 2028."}, []string{"lithium"}},
		{Doc{Title: "Orvane Graphite nomme un nouveau directeur",
			Body: "Orvane Graphite inc. a annoncé la nomination mardi.\n\nLe gisement de graphite du lac Tessier est l'actif principal de la société.\n\nLa production de graphite débutera en 2027."}, []string{"graphite"}},
		{Doc{Title: "Sentosa Nickel Targetkan Kenaikan Laba",
			Body: "Direktur Sentosa Nickel menyampaikan rencana perusahaan.\n\nProduksi nikel perusahaan naik tahun lalu.\n\nPerusahaan juga menargetkan produksi nikel yang lebih besar."}, []string{"nickel"}},
		// no news word beside the body's namings: the company's business
		{Doc{Title: "Varela Lithium nombra a una nueva directora",
			Body: "Varela Lithium Corp. dijo el martes que la directora llega desde un banco.\n\nLa empresa se dedica al litio desde 2019.\n\nSu consejo se reunió en Salta."}, nil},
		// a news word abroad in the title is not news of the company's mineral
		{Doc{Title: "Tarma Uranium realizará perforaciones de litio en Puno",
			Body: "Tarma Uranium S.A. dijo que el programa empieza en marzo.\n\nLas perforaciones de litio cubrirán dos salares.\n\nEl proyecto de litio tiene permisos vigentes."}, []string{"lithium"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}

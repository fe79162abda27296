package minerals

import (
	"slices"
	"testing"
)

// TestStateLithiumCompany: Mexico's state lithium company ("LitioMx",
// "Litio MX", "Litio para México") in the title stands for lithium, as
// the labellers read every item titled on it (docs/labelling.md, 9: its
// news is lithium policy); in the body it is the company. A company whose
// name only starts with the Spanish word ("Litio Minera Argentina") stays a
// company. Invented sentences.
func TestStateLithiumCompany(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "LitioMx abrirá oficinas en Hermosillo", Body: "El organismo tendrá una plantilla de veinte personas.\n\nSu director rendirá cuentas al consejo."}, []string{"lithium"}},
		{Doc{Title: "Nombran al director de Litio para México", Body: "El nuevo titular llega desde la Secretaría de Energía.\n\nTomará posesión el lunes."}, []string{"lithium"}},
		{Doc{Title: "Litio MX no reporta ventas en su primer año", Body: "El informe anual muestra gastos de operación.\n\nLa empresa no tiene concesiones activas."}, []string{"lithium"}},
		{Doc{Title: "Un diputado visita Sonora", Body: "Habló de salud y de agua.\n\nTambién citó a LitioMx entre los organismos nuevos."}, nil},
		{Doc{Title: "Reforma minera avanza en comisiones", Body: "El Estado podrá tomar una participación en nuevas concesiones a través de LitioMx.\n\nLitioMx también podría asociarse con empresas privadas."}, nil},
		{Doc{Title: "Litio Minera Argentina names a new chief", Body: "The board met on Tuesday.\n\nShe starts next month."}, nil},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}

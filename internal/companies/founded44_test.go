package companies

import "testing"

// TestLatinFoundingBackground44 (session 44, subjprec2-s44): a company named
// in the lead only as the thing a government created ("tras la creación de
// X", "la fundación de la empresa estatal X") is background to other news:
// the lead's naming counts as context, not as the company's own news
// (docs/labelling.md, 5). Where the company acts, or the creation is said
// with a verb, it stays a subject. Invented sentences; the names are the
// dictionary's.
func TestLatinFoundingBackground44(t *testing.T) {
	d := mustDefault(t)
	const title = "El gobierno revisa el litigio por la concesión en Sonora"
	checkSubjects(t, d, title, []subjectCase{
		{"El litigio que mantiene Ganfeng Lithium sigue abierto desde que el gobierno cancelara sus concesiones tras la nacionalización del mineral y la creación de Litio para México.\n\nEl secretario dijo que el proceso continúa y que ambas partes presentan argumentos.", "Litio para México", false},
		{"La reforma minera avanzó este año con la creación de la empresa pública Litio para México y un nuevo decreto de reservas.\n\nLos diputados discutirán el decreto la próxima semana.", "Litio para México", false},
		// the other company keeps its news
		{"El litigio que mantiene Ganfeng Lithium sigue abierto desde que el gobierno cancelara sus concesiones tras la nacionalización del mineral y la creación de Litio para México.\n\nGanfeng Lithium presentó nuevos argumentos ante el tribunal.", "Ganfeng Lithium", true},
		// the company acts: its own news
		{"Litio para México firmó un convenio con la universidad estatal para explorar el salar.\n\nLitio para México abrirá una oficina en Hermosillo.", "Litio para México", true},
	})
}

// TestLatinFoundingNews44: after a verb the founding is the item's news and
// the founded company a subject.
func TestLatinFoundingNews44(t *testing.T) {
	d := mustDefault(t)
	checkSubjects(t, d, "Nace la empresa estatal del litio", []subjectCase{
		{"El gobierno oficializó la creación de Litio para México, la empresa que explorará los yacimientos de Sonora.\n\nEl decreto entra en vigor este lunes.", "Litio para México", true},
	})
}

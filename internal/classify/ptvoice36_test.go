package classify

import "testing"

// TestPortugueseVoice36 (session 36, ptvoice-s36): the Portuguese political
// voice on critical minerals that read as voiceless (a president, "soberania",
// capped at 0.45): defiance ("nada nos seja imposto", "ninguém vai colocar o
// dedo", "vira-lata"), the colonial frame ("ciclo colonial", "quintal de
// Washington"), the anti-imperialist voice ("imperialismo estadunidense",
// "chantagem") and praise of a leader's stand. Each is flagged. Invented
// sentences.
func TestPortugueseVoice36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"defiance in an interview", Doc{
			Title: "Presidente diz que minerais estratégicos serão tratados de forma soberana",
			Body: "Em entrevista a uma emissora estrangeira, o presidente Tomás Arruda voltou a falar sobre o lítio e as terras raras do país.\n\n" +
				"\"Queremos negociar, mas não aceitamos que nada nos seja imposto. Eu respeito todos e também gosto de ser respeitado\", afirmou.\n\n" +
				"Segundo ele, o país não vai se comportar como vira-lata diante das grandes potências.",
		}},
		{"a column in the colonial frame", Doc{
			Title: "O velho ciclo colonial volta pelas terras raras",
			Body: "Quem acompanha a disputa pelas terras raras vê o mesmo filme de sempre. Exporta-se o minério bruto, importa-se o ímã pronto e o país segue como quintal de Washington.\n\n" +
				"É a lógica colonial com roupa nova: as veias abertas continuam abertas, e ao povo ficam só migalhas.\n\n" +
				"Não se trata de técnica, mas de escolha política.",
		}},
		{"an anti-imperialist statement", Doc{
			Title: "Movimento denuncia chantagem sobre o lítio do Vale",
			Body: "Em nota, o movimento afirma que o imperialismo estadunidense usa as tarifas como chantagem para pôr as mãos nas riquezas estratégicas do país.\n\n" +
				"O texto critica a subserviência de governadores que, de joelhos, oferecem o subsolo a estrangeiros.\n\n" +
				"A entidade convoca atos em defesa dos minerais em todo o país.",
		}},
	})
}

// TestPortugueseVoiceLookalikes36 (session 36, ptvoice-s36): business items
// with a minister or a president present stay business: a plant commissioned
// with its capacity, jobs and investment and one quoted line on no longer
// exporting raw ore (rule 13), and a funding round for a rare-earth mine with a
// minister's line on benefit. Invented sentences.
func TestPortugueseVoiceLookalikes36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"a commissioning with a president", Doc{
			Title: "Presidente inaugura fábrica de processamento de grafite no norte",
			Body: "A fábrica, com capacidade de 150 mil toneladas por ano de concentrado de grafite, representa um investimento de 180 milhões de dólares e emprega 900 trabalhadores.\n\n" +
				"\"Deixamos de ser apenas fornecedores de matéria-prima bruta\", disse o presidente na cerimónia.\n\n" +
				"A empresa prevê duplicar a produção após a conclusão da segunda linha, com exportação pelo porto de Nacala.",
		}},
		{"a funding round with a minister", Doc{
			Title: "Fundo aprova segunda tranche para mina de terras raras",
			Body: "O fundo soberano aprovou a segunda tranche de 30 milhões de dólares para a construção da mina de terras raras, com início de produção previsto para 2027.\n\n" +
				"O ministro dos Recursos Minerais disse que o projeto vai gerar 600 empregos e receitas fiscais para o Estado.\n\n" +
				"A empresa concluiu o estudo de viabilidade e assinou um acordo de fornecimento com um fabricante de ímanes.",
		}},
	})
}

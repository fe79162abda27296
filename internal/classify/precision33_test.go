package classify

import "testing"

// Session 33 (precision33): what keeps a report of a change below the
// threshold, and two misreadings taken out (a phrase across a bracket, an
// idiom read as a seizure). Every case is invented.

// TestPhraseStopsAtBracket: a phrase does not run across a bracket. The
// last word of an aside and the first word after it ("(sengketa nikel)
// kita tunggu": "(the nickel dispute) we await") are not the possessive
// "nikel kita" (our nickel), nor "our (lithium) data" the cry "our
// lithium". The same words written together still count.
func TestPhraseStopsAtBracket(t *testing.T) {
	c := newClassifier(t, Options{})
	ruling := Doc{
		Title: "Pemerintah kaji ulang tarif bea keluar konsentrat",
		Body: "Setelah putusan panel (sengketa nikel) kita tunggu langkah berikutnya dari kementerian, kata seorang pejabat. " +
			"Kementerian menyebut tarif bea keluar akan ditinjau pada kuartal ketiga. " +
			"Produksi feronikel naik 12 persen tahun ini.",
	}
	r := c.Classify(ruling)
	if hasReason(r, "nikel) kita") || hasReason(r, "nikel kita") {
		t.Errorf("\"nikel kita\" read across a bracket: %v", r.Reasons)
	}
	flagIs(t, c, ruling, false, "a tariff review with a bracketed aside")
	customs := c.Classify(Doc{Body: "The ministry compared our (lithium) export data with customs records. Shipments rose 8% in March."})
	if hasReason(customs, "our (lithium)") || hasReason(customs, "our lithium") {
		t.Errorf("\"our lithium\" read across a bracket: %v", customs.Reasons)
	}
	cry := c.Classify(Doc{Body: "Nikel kita bukan untuk dijual murah kepada asing, katanya di depan massa."})
	if !hasReason(cry, "Nikel kita") {
		t.Errorf("\"nikel kita\" written together no longer read: %v", cry.Reasons)
	}
}

// changeCase is an item whose title or lead states a change, with a
// control: the same body under a title that states none.
type changeCase struct {
	name          string
	title, plain  string // the title stating the change; one stating none
	body          string
	plainBody     string // the control's body, when not body (a figure moved out of the lead)
	reason, field string // the change's reason line
}

// TestChangeIsTheNews (c14, labelling rule 14): a report whose title or
// lead states a legal or policy change in the writer's words (a decree
// signed, an export ban, a contract) or a figure, with a leader's
// sovereignty line quoted in a few of its sentences (at most a third), is
// a report of the change: the quoted line is set aside and the item is
// not flagged, and a reason names the change. Under a title that states
// no change (or with the figure moved out of the lead) the same body is
// flagged: the change in the title or lead is what holds it down.
func TestChangeIsTheNews(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, k := range []changeCase{{
		name:  "es decree",
		title: "Gobierno firma decreto que reserva el litio de tres salares al Estado",
		plain: "El presidente habla del litio en Antofalla",
		body: "El Ejecutivo reservó este martes al Estado la explotación del litio en tres salares del norte. " +
			"La medida obliga a los titulares de pertenencias a presentar sus planes de trabajo ante la nueva agencia minera. " +
			"“Nuestro litio no está en venta y no se lo llevarán las transnacionales”, dijo el presidente durante la ceremonia. " +
			"La agencia deberá definir en seis meses las reglas de asociación con empresas privadas. " +
			"Las cámaras mineras pidieron conocer el reglamento antes de comprometer inversiones.",
		reason: "firma decreto", field: "title",
	}, {
		name:  "pt decree",
		title: "Governo assina decreto e estatal passa a controlar as jazidas de terras raras",
		plain: "Presidente fala sobre terras raras em Goiás",
		body: "O Planalto definiu nesta quarta-feira as regras para a pesquisa de terras raras em áreas da União. " +
			"As empresas interessadas terão de se associar à estatal e apresentar seus planos à agência reguladora. " +
			"“Essa riqueza pertence ao povo brasileiro, não às multinacionais”, disse o presidente na cerimônia. " +
			"A agência terá noventa dias para publicar o edital das primeiras áreas. " +
			"As mineradoras aguardam os detalhes técnicos antes de rever seus investimentos.",
		reason: "assina decreto", field: "title",
	}, {
		name:  "fr decree",
		title: "Le gouvernement signe le décret d'application du nouveau code minier",
		plain: "Le président s'exprime sur les mines d'or de l'Ouest",
		body: "Les sociétés minières disposent désormais de six mois pour se conformer aux nouvelles règles de participation. " +
			"L'État entre au capital de chaque nouvelle mine et les conventions existantes seront renégociées. " +
			"« Fini le pillage de nos ressources par les étrangers », a déclaré le chef de l'État lors de la cérémonie. " +
			"Le ministère des Mines publiera la liste des conventions concernées avant la fin du trimestre. " +
			"Les opérateurs attendent ces précisions pour arrêter leurs budgets d'exploration.",
		reason: "signe le décret", field: "title",
	}, {
		name:  "id ban",
		title: "Pemerintah larang ekspor bijih bauksit mulai tahun depan",
		plain: "Presiden bicara soal bauksit di Ketapang",
		body: "Kebijakan itu diumumkan kementerian setelah rapat terbatas di istana pada Senin. " +
			"Perusahaan tambang wajib menyerahkan rencana pembangunan fasilitas pemurnian dalam enam bulan. " +
			"\"Kekayaan alam kita tidak boleh lagi dijual murah ke asing,\" kata Presiden dalam rapat itu. " +
			"Kementerian akan memantau kemajuan fasilitas pemurnian setiap kuartal. " +
			"Asosiasi pengusaha meminta masa transisi bagi kontrak penjualan yang sudah berjalan.",
		reason: "larang", field: "title",
	}, {
		name:  "en ban",
		title: "Cabinet bans exports of unprocessed graphite ore",
		plain: "Minister speaks on graphite in the north",
		body: "Miners will need a processing plan approved by the mines ministry before any concentrate leaves the country. " +
			"Existing offtake agreements will be reviewed case by case by the ministry. " +
			"\"Our minerals will no longer be shipped away to enrich foreigners,\" the minister told reporters after the meeting. " +
			"The ministry will publish the list of approved processing plants next month. " +
			"Producers asked for a transition period for cargoes already contracted.",
		reason: "bans", field: "title",
	}, {
		name:  "en figure lead",
		title: "State miner buys two emerald parcels from artisanal diggers",
		plain: "State miner buys two emerald parcels from artisanal diggers",
		plainBody: "The stones will be cut locally and offered at the next government auction. " +
			"Dealers expect the auction to draw buyers from India and Thailand. " +
			"\"We will not let foreigners take what belongs to us; foreigners must come as partners,\" the minister said. " +
			"The company plans three more purchases from cooperatives this year. " +
			"The state mining company paid 2.4 billion shillings for the two parcels at a ceremony in the regional capital.",
		body: "The state mining company paid 2.4 billion shillings for the two parcels at a ceremony in the regional capital. " +
			"The stones will be cut locally and offered at the next government auction. " +
			"\"We will not let foreigners take what belongs to us; foreigners must come as partners,\" the minister said. " +
			"The company plans three more purchases from cooperatives this year. " +
			"Dealers expect the auction to draw buyers from India and Thailand.",
		reason: "2.4 billion", field: "body",
	}} {
		t.Run(k.name, func(t *testing.T) {
			news := Doc{Title: k.title, Body: k.body}
			r := c.Classify(news)
			if r.Flagged {
				t.Errorf("a report of a change flagged (%.3f): %v", r.Score, r.Reasons)
			}
			if !hasReasonIn(r, k.reason, k.field) {
				t.Errorf("no reason names the change %q (%s): %v", k.reason, k.field, r.Reasons)
			}
			plain := Doc{Title: k.plain, Body: k.body}
			if k.plainBody != "" {
				plain.Body = k.plainBody
			}
			if p := c.Classify(plain); !p.Flagged {
				t.Errorf("under a title stating no change the quoted line no longer flags (%.3f): %v", p.Score, p.Reasons)
			}
		})
	}
}

// hasReasonIn reports whether a reason of r names phrase (as written) in
// field, with a negative weight (business evidence).
func hasReasonIn(r Result, phrase, field string) bool {
	for _, x := range r.Reasons {
		if x.Text == phrase && x.Field == field && x.Weight < 0 {
			return true
		}
	}
	return false
}

// TestChangeToldAsSpeeches: the same change in the title does not clear an
// item told as its speeches (labelling rule 14: "a debate reported as its
// speeches, a rally"): when more than a third of the body's sentences
// carry quoted or reported rhetoric, it stays flagged.
func TestChangeToldAsSpeeches(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, d := range []Doc{{
		Title: "Presidente firma decreto del litio y arremete contra las transnacionales",
		Body: "“Nuestro litio no está en venta”, gritó el presidente ante miles de simpatizantes. " +
			"“Las transnacionales vinieron durante siglos a saquear nuestras riquezas y hoy se acabó”, afirmó. " +
			"“Los traidores a la patria que quieren entregar nuestros recursos serán juzgados por el pueblo”, advirtió. " +
			"El decreto reserva al Estado tres salares del sur. " +
			"“Esta es nuestra segunda independencia”, proclamó al cerrar el acto.",
	}, {
		Title: "President signs mining bill before crowd outside parliament",
		Body: "The bill gives the state a 30% free-carried interest in new mines. " +
			"\"For a century our minerals were looted by colonial masters and their local puppets,\" the President said. " +
			"\"Today we take back control of our natural resources,\" he told the crowd. " +
			"\"Traitors to the nation who sold our gold will answer to the people,\" he warned. " +
			"\"This is our second independence,\" he said before leaving.",
	}} {
		r := c.Classify(d)
		if !r.Flagged {
			t.Errorf("%q: a change told as its speeches not flagged (%.3f): %v", d.Title, r.Score, r.Reasons)
		}
	}
}

// TestSeizedIdiomNotSeizure: "seizing the day", "seize the opportunity"
// in a company's release are idioms, not the asset seizure the topic word
// "seize" reports; "the customs office will seize the ore" still is.
func TestSeizedIdiomNotSeizure(t *testing.T) {
	c := newClassifier(t, Options{})
	day := c.Classify(Doc{Body: "The crews kept seizing the day through the rains. The group will seize the opportunity of higher cobalt prices. The customs office will seize the ore."})
	for _, p := range []string{"seizing", "seize the opportunity"} {
		if hasReason(day, p) {
			t.Errorf("%q read as an asset seizure: %v", p, day.Reasons)
		}
	}
	if !hasReason(day, "seize") {
		t.Errorf("\"seize the ore\" no longer read: %v", day.Reasons)
	}
}

package classify

import "testing"

// TestPartyOccasionSpeeches38 (session 38, idrecall-s38): a party's
// anniversary or a political oration told as its speeches is political
// (docs/labelling.md rule 14, "a rally, an anniversary address"), whatever
// the export figures the speaker quotes: the occasion named outside quotation
// marks counts as one strong rhetoric phrase and the speaker's lines are not
// set aside as reported (rallySpeech, campaign = true). On cand-s38 each was
// read as a report of figures with a few quoted lines. Invented sentences.
func TestPartyOccasionSpeeches38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"Indonesian party anniversary", Doc{
			Title: "Presiden Paparkan Nilai Ekspor Nikel di HUT PDIP",
			Body: "Presiden Arga Wiratama berbicara di HUT PDIP di Jakarta, Selasa, di hadapan ribuan kader.\n\n" +
				"\"Dulu ekspor bijih nikel hanya Rp 20 triliun. Setelah kita setop, nilainya Rp 300 triliun,\" kata Presiden.\n\n" +
				"\"Bauksit juga kita setop mulai tahun depan, semua harus diolah di dalam negeri,\" ujarnya.\n\n" +
				"Menurut Presiden, ekosistem baterai akan memberi nilai tambah ratusan kali.\n\n" +
				"\"Ada yang menggugat, tapi saya minta kita tetap jalan,\" tegasnya.",
		}},
		{"Indonesian political oration", Doc{
			Title: "Capres Janjikan Pohon Industri, Pendapatan Naik 500 Persen",
			Body: "Calon presiden Bima Sakti menyampaikan orasi politiknya di hadapan ribuan pendukung di Serang, Minggu.\n\n" +
				"\"Kita punya nikel, batu bara, kelapa sawit. Kalau diolah, pendapatan naik 500 persen,\" kata Bima.\n\n" +
				"\"Kita tidak mau jadi negara pasar untuk barang orang lain,\" ujarnya.\n\n" +
				"Menurut dia, industri hilir akan menciptakan jutaan lapangan kerja.",
		}},
		{"English party anniversary", Doc{
			Title: "President urges successor to keep ore export ban",
			Body: "President Arga Wiratama on Tuesday urged his successor to keep the ban on raw ore exports, speaking at the anniversary of the ruling party in Jakarta.\n\n" +
				"\"Exports were worth 17 trillion rupiah before the ban and 300 trillion after it,\" he said.\n\n" +
				"\"I want the next president to carry it on, for the sake of this nation,\" he said.\n\n" +
				"According to the President, the country must stand on its own and process its own ores.",
		}},
		{"Portuguese party anniversary", Doc{
			Title: "Presidente diz que minerais críticos serão processados no país",
			Body: "O presidente Mário Lobo disse neste sábado que o Brasil vai processar seus minerais críticos, durante o evento de comemoração dos 40 anos do PT em Recife.\n\n" +
				"\"Toda reunião agora é sobre terras raras. Nós vamos processar aqui\", disse o presidente.\n\n" +
				"\"Quem quiser comprar, que venha produzir no Brasil\", afirmou.\n\n" +
				"O país tem a segunda maior reserva de terras raras do mundo, segundo o governo.",
		}},
	})
}

// TestPartyOccasionLookalikes38 (session 38, idrecall-s38): the occasion
// named in passing in an item of the writer's facts stays topic, and a
// company's anniversary is not a party's. Invented sentences.
func TestPartyOccasionLookalikes38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"anniversary named in passing", Doc{
			Title: "Smelter Nikel Kedua Mulai Beroperasi di Morowali",
			Body: "PT Sagu Raya Nikel mulai mengoperasikan lini kedua smelternya di Morowali dengan kapasitas 60.000 ton feronikel per tahun.\n\n" +
				"Perseroan menyebut nilai investasi lini kedua mencapai Rp 9 triliun.\n\n" +
				"Peresmian lini itu sempat tertunda karena jadwal HUT PDIP pekan lalu.\n\n" +
				"Produksi tahun ini ditargetkan naik 30 persen.",
		}},
		{"a company's anniversary told as speeches", Doc{
			Title: "PT Sagu Raya Rayakan HUT ke-20, Targetkan Produksi 100.000 Ton",
			Body: "PT Sagu Raya Nikel merayakan HUT ke-20 di Kendari, Sabtu.\n\n" +
				"\"Tahun depan kami targetkan produksi 100.000 ton,\" kata direktur utama Rina Halim.\n\n" +
				"\"Kami juga menyiapkan lini baterai dengan investasi Rp 12 triliun,\" ujarnya.\n\n" +
				"Menurut dia, kinerja perseroan naik 15 persen pada semester I.",
		}},
	})
}

// TestIndonesianSovereigntyVoice38 (session 38, idrecall-s38): the
// sovereignty voice in the forms idvoice-s36 left out: sovereignty with a
// verb over one's own resources ("berdaulat mengelola"), in the first person
// ("kedaulatan negara kita") and disturbed ("pengganggu kedaulatan"); the
// state as sovereign in a copula ("negara ini sudah berdaulat"); national
// interest above everything; the negated imperative ("jangan gentar"); and
// the foreign fear of a strong Indonesia. On cand-s38 each scored under the
// threshold. Invented sentences.
func TestIndonesianSovereigntyVoice38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"defiance and foreign fear", Doc{
			Title: "Jangan Gentar! Menteri: Mereka Takut Negara Kita Kuat",
			Body: "Menteri Investasi Damar Kusuma mengatakan ada negara yang tidak ingin Indonesia berdaulat mengelola sumber daya alamnya sendiri.\n\n" +
				"\"Mereka menggugat kita karena larangan ekspor bijih. Mereka takut negara kita kuat,\" kata Damar dalam kuliah umum di Bogor.\n\n" +
				"Pemerintah, katanya, menargetkan pabrik baterai pertama beroperasi tahun depan.",
		}},
		{"sovereignty disturbed, in the first person", Doc{
			Title: "Presiden Minta Menteri Hadapi Tekanan Lembaga Internasional",
			Body: "Menteri Investasi Damar Kusuma mendapat tugas dari Presiden untuk melawan pihak-pihak pengganggu kedaulatan Indonesia.\n\n" +
				"\"Kedaulatan negara kita tidak boleh diganggu oleh siapa pun,\" kata Damar di Jakarta.\n\n" +
				"\"Negara ini sudah berdaulat, jadi kita jalan terus,\" ujarnya.\n\n" +
				"Nilai ekspor produk olahan nikel naik menjadi US$30 miliar tahun lalu.",
		}},
	})
}

// TestIndonesianSovereigntyLookalikes38 (session 38, idrecall-s38): the
// business press's sovereignty words stay where they were: "kedaulatan" and
// "kepentingan nasional" alone are topic, and a ban reported with its
// figures keeps one quoted "negara yang berdaulat" as a quote (c8, rule 14).
// Invented sentences.
func TestIndonesianSovereigntyLookalikes38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"sovereignty as the analysts' topic", Doc{
			Title: "Analis: Larangan Ekspor Bauksit Dorong Investasi Smelter",
			Body: "Analis menilai larangan ekspor bauksit mendorong investasi smelter alumina senilai Rp 60 triliun.\n\n" +
				"Kebijakan itu dikaitkan dengan kedaulatan sumber daya dan kepentingan nasional dalam dokumen rencana industri.\n\n" +
				"Kapasitas terpasang smelter alumina diperkirakan mencapai 8 juta ton per tahun pada 2027.",
		}},
		{"a ban with its figures and one quoted line", Doc{
			Title: "Larangan Ekspor Bijih Tembaga Berlaku Juni",
			Body: "Pemerintah memberlakukan larangan ekspor konsentrat tembaga mulai Juni.\n\n" +
				"Kementerian mencatat ekspor konsentrat tahun lalu mencapai 3,2 juta ton.\n\n" +
				"Dua smelter tembaga dengan kapasitas 2,7 juta ton per tahun sudah beroperasi.\n\n" +
				"\"Kita negara yang berdaulat,\" kata Menteri dalam keterangan pers.\n\n" +
				"Investasi kedua smelter itu ditaksir Rp 80 triliun.",
		}},
	})
}

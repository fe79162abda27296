package classify

import "testing"

// TestIndonesianVoice36 (session 36, idvoice-s36): the Indonesian political
// voice on downstreaming that c17 read as voiceless (only "bangsa", capped at
// 0.45): defiance of a trade dispute ("tidak akan mundur", "tidak gentar",
// "akan kami lawan", "didikte"), the colonial frame put on it ("tanam paksa",
// "ekspor paksa", the VOC era), sovereignty ("kemandirian bangsa", "bangsa
// yang besar") and the leader's courage praised; and the same voice in the
// English the national press prints. Each speech is flagged. Invented
// sentences.
func TestIndonesianVoice36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"defiance of a dispute", Doc{
			Title: "Presiden: Digugat di Forum Dagang, Kita Tidak Akan Mundur",
			Body: "Presiden Arga Wiratama kembali menegaskan sikapnya soal gugatan atas larangan ekspor bijih nikel di hadapan para relawan di Bandung, Sabtu.\n\n" +
				"\"Digugat ya kita hadapi. Kita tidak akan mundur, dengan cara apa pun akan kami lawan,\" ujarnya.\n\n" +
				"Ia meminta para menteri tidak gentar menghadapi tekanan dari negara lain.\n\n" +
				"\"Kita bangsa yang besar, jangan mau didikte,\" kata Presiden disambut tepuk tangan hadirin.\n\n" +
				"Sejak larangan berlaku, pembangunan smelter dan pabrik baterai terus berjalan di Sulawesi dan Maluku Utara.",
		}},
		{"colonial frame", Doc{
			Title: "Menteri Sebut Gugatan Nikel seperti Zaman VOC",
			Body: "Menteri Perindustrian Damar Kusuma menyamakan tekanan agar Indonesia kembali mengirim bijih mentah dengan masa lalu.\n\n" +
				"\"Dulu ada tanam paksa, sekarang ada ekspor paksa. Ini barang kita sendiri,\" katanya dalam sebuah seminar di Jakarta.\n\n" +
				"Menurutnya, penghentian ekspor bahan mentah adalah jalan menuju kemandirian bangsa.\n\n" +
				"Ia menambahkan, investasi smelter dan pabrik prekursor baterai terus masuk ke kawasan industri di Sulawesi.",
		}},
		{"praise of the leader's courage", Doc{
			Title: "Pengamat: Presiden Berani Melawan Tekanan Negara Besar",
			Body: "Seorang pengamat politik menilai Presiden Arga Wiratama berani melawan tekanan negara-negara besar soal hilirisasi.\n\n" +
				"\"Baru kali ini ada pemimpin yang berani, demi kepentingan bangsa,\" ujarnya dalam diskusi daring.\n\n" +
				"Ia menyebut hilirisasi telah menarik investasi smelter, pabrik baterai dan proyek pemurnian ke daerah.",
		}},
		{"English rendering", Doc{
			Title: "Minister: Indonesia will not back down on downstreaming",
			Body: "Industry Minister Damar Kusuma said Indonesia would not retreat an inch from its downstreaming drive despite foreign pressure.\n\n" +
				"\"We are an independent country and we cannot be dictated to by anyone,\" he told a party gathering in Surabaya.\n\n" +
				"He likened calls to resume raw ore shipments to the forced export of the VOC era.",
		}},
	})
}

// TestIndonesianVoiceLookalikes36 (session 36, idvoice-s36): the business
// press's words next to that voice stay business. "lawan" alone is "versus",
// "mundur" alone a resignation or a delay; a ban reported with its date, its
// volumes and its smelters keeps one quoted "tidak akan mundur" as a quote
// (c8, rule 14). Invented sentences.
func TestIndonesianVoiceLookalikes36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"versus and a resignation", Doc{
			Title: "Sengketa Indonesia lawan Uni Eropa, Direktur Smelter Mundur",
			Body: "Direktur utama PT Sagu Raya Nikel mundur dari jabatannya pekan ini, di tengah sengketa dagang Indonesia lawan Uni Eropa.\n\n" +
				"Perseroan mencatat produksi feronikel 12.400 ton pada semester I, naik 8 persen.\n\n" +
				"Jadwal operasi komersial lini kedua mundur ke kuartal IV karena pengiriman peralatan terlambat.",
		}},
		{"a ban with its figures and one quoted line", Doc{
			Title: "Larangan Ekspor Bauksit Berlaku Mulai 10 Juni",
			Body: "Pemerintah resmi memberlakukan larangan ekspor bijih bauksit mulai 10 Juni, termasuk bauksit yang telah dicuci.\n\n" +
				"Kementerian mencatat ekspor bauksit tahun lalu mencapai 31 juta ton, sebagian besar ke China.\n\n" +
				"Saat ini empat smelter alumina beroperasi dengan kapasitas 4,3 juta ton per tahun, dan delapan lainnya dalam tahap konstruksi.\n\n" +
				"\"Kita tidak akan mundur,\" kata Presiden dalam keterangan pers di Istana.\n\n" +
				"Investasi delapan smelter baru itu ditaksir mencapai Rp120 triliun.",
		}},
	})
}

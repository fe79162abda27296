package classify

import "testing"

// TestForeignHandsIndonesian42: "tangan asing" (foreign hands) stirring
// the nation against itself is the sovereignty voice in Indonesian, as
// "manos extranjeras" is in Spanish: a minister's warning told as his
// speech, with no measure, is flagged with it among the reasons.
func TestForeignHandsIndonesian42(t *testing.T) {
	c := newClassifier(t, Options{})
	warning := Doc{
		Title: "Menteri ingatkan ada pihak yang ingin hentikan program hilirisasi",
		Body: "Menteri Investasi mengatakan ada negara lain yang berupaya menghentikan program hilirisasi nikel.\n\n" +
			"Menurut dia, berbagai cara akan dipakai agar kebijakan itu dicabut oleh pemerintahan berikutnya.\n\n" +
			"Ia meminta masyarakat tidak mau diadu sesama anak bangsa oleh tangan-tangan asing.\n\n" +
			"Menteri menilai upaya itu sebagai ancaman serius bagi masa depan bangsa.\n\n" +
			"Nilai ekspor produk nikel olahan tahun lalu mencapai 34 miliar dolar AS.",
	}
	flaggedOn(t, c, []voiceCase{{"a minister's warning of foreign hands", "tangan-tangan asing", warning}})
}

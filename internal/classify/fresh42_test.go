package classify

import "testing"

// TestFresh42 (session 42): classes of the political voice the lexicon
// lacked, each as data, with a business look-alike that stays unflagged.
// A Party organisation founded at a company or across an industry chain
// (联合党委, 成立党支部, 党建联盟) is Party-building's own event (labelling
// rule 16); named among a plant's figures it is one line of formula.
// Indonesian "tangan asing" (foreign hands) is the sovereignty voice, as
// Spanish "manos extranjeras". The anniversary of a nationalisation or a
// revolution is a campaign event: told as its speeches it is an
// anniversary address (rule 14), named as a plant's date it is topic.
// "排挤中国", "孤立中国" name the other side's aim as state commentary's
// rebuttal does "围堵中国" (rule 15); a firm squeezing out its rivals is
// business. A flagged case must list its phrase among the reasons.
// Invented sentences.
func TestFresh42(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"a joint Party committee founded across an industry chain (rule 16)", "联合党委", true, Doc{
			Title: "某市稀土永磁产业链企业联合党委成立大会召开",
			Body: "6月10日,某市稀土永磁产业链企业联合党委成立大会在高新区召开。\n\n" +
				"会上宣读了关于成立产业链企业联合党委的批复,市领导为联合党委授牌。\n\n" +
				"市领导要求产业链各成员企业加强协作,推动补链强链。\n\n" +
				"联合党委负责人和企业代表先后发言。",
		}},
		{"a plant's commissioning that names a Party branch founded in passing", "", false, Doc{
			Title: "某磁材公司年产5000吨钕铁硼项目投产",
			Body: "某磁材公司年产5000吨高性能钕铁硼项目本月正式投产,总投资12亿元。\n\n" +
				"项目达产后预计年营收30亿元,产品主要供应新能源汽车电机和风电企业。\n\n" +
				"公司今年还成立党支部,并与三家下游车企签订长期供货协议,合计订单1.2万吨。\n\n" +
				"公司前三季度营收同比增长21%,净利润3.6亿元。",
		}},
		{"a minister's warning of foreign hands (Indonesian)", "tangan-tangan asing", true, Doc{
			Title: "Menteri ingatkan ada pihak yang ingin hentikan program hilirisasi",
			Body: "Menteri Investasi mengatakan ada negara lain yang berupaya menghentikan program hilirisasi nikel.\n\n" +
				"Menurut dia, berbagai cara akan dipakai agar kebijakan itu dicabut oleh pemerintahan berikutnya.\n\n" +
				"Ia meminta masyarakat tidak mau diadu sesama anak bangsa oleh tangan-tangan asing.\n\n" +
				"Menteri menilai upaya itu sebagai ancaman serius bagi masa depan bangsa.\n\n" +
				"Nilai ekspor produk nikel olahan tahun lalu mencapai 34 miliar dolar AS.",
		}},
		{"a nationalisation's anniversary told as its speeches (rule 14)", "aniversario de la nacionalización", true, Doc{
			Title: "La estatal minera celebra los 70 años de la nacionalización de las minas",
			Body: "Trabajadores y autoridades recordaron este martes el aniversario de la nacionalización de las minas en un acto solemne en la capital.\n\n" +
				"El ministro de Minería afirmó que la recuperación de los recursos naturales fue una conquista de los trabajadores y del pueblo.\n\n" +
				"\"Gracias a la gestión de nuestro gobierno se recuperaron las empresas que el neoliberalismo había destruido\", sostuvo.\n\n" +
				"El presidente de la estatal destacó que los mineros defendieron la patria y que hoy la defienden con su trabajo.",
		}},
		{"a zinc plant opened on the anniversary", "", false, Doc{
			Title: "La estatal minera inaugura una planta de zinc de 350 millones de dólares",
			Body: "La estatal minera inauguró este martes, en el aniversario de la nacionalización de las minas, una planta refinadora de zinc con una inversión de 350 millones de dólares.\n\n" +
				"La planta procesará 150.000 toneladas de concentrado al año y producirá 80.000 toneladas de zinc metálico.\n\n" +
				"La empresa firmó contratos de venta con dos compradores asiáticos por cinco años.\n\n" +
				"Las primeras exportaciones están previstas para el segundo trimestre.",
		}},
		{"a commentary naming the aim as squeezing China out (rule 15)", "排挤中国", true, Doc{
			Title: "美方召集多国开关键矿产会议 意图排挤中国",
			Body: "当地时间周三,美方在华盛顿召开关键矿产部长级会议,数十个国家派代表出席。\n\n" +
				"会议讨论设立矿产价格下限和可调节关税,建立所谓的优惠贸易区。\n\n" +
				"会议全程没有邀请全球稀土产业的核心国家,其用意不言自明。",
		}},
		{"a firm squeezing out its rivals", "", false, Doc{
			Title: "某稀土企业降价排挤竞争对手 市场份额升至三成",
			Body: "某稀土永磁企业今年多次下调报价,排挤竞争对手,市场份额升至30%。\n\n" +
				"公司前三季度营收同比增长15%,净利润2.1亿元。",
		}},
	})
}

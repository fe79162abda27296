package companies

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// minCompanies is the size the shipped dictionary must keep.
const minCompanies = 400

// TestDataRules validates every entry of the shipped data file the way a
// reviewer would: names that cannot tag ordinary prose, tickers that follow
// their exchange's symbol format, dated former names, and parents that are
// entries themselves.
func TestDataRules(t *testing.T) {
	b, err := os.ReadFile("data/companies.toml")
	if err != nil {
		t.Fatal(err)
	}
	var df dataFile
	md, err := toml.Decode(string(b), &df)
	if err != nil {
		t.Fatal(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		t.Fatalf("unknown keys in data file: %v", und)
	}
	if len(df.Company) < minCompanies {
		t.Errorf("data file has %d companies, want at least %d", len(df.Company), minCompanies)
	}
	if n := len(notNames()); n < 300 {
		t.Errorf("data/not_names.txt has %d entries, want at least 300", n)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	canonical := map[string]string{}
	for _, c := range df.Company {
		canonical[foldString(c.Name)] = c.Name
	}
	thisYear := time.Now().Year()
	for _, c := range df.Company {
		names := append([]string{c.Name}, c.Aliases...)
		for _, f := range c.Former {
			names = append(names, f.Name)
			if f.Until < firstYear || f.Until > thisYear {
				t.Errorf("%q: former name %q needs the year of the change (until = YEAR), got %d", c.Name, f.Name, f.Until)
			}
		}
		for _, n := range names {
			if n != collapseSpace(n) {
				t.Errorf("%q: name %q has stray spaces", c.Name, n)
			}
		}
		// The rules `lode companies add` applies: common words, control
		// characters, ticker formats.
		if _, err := CheckEntry(c); err != nil {
			t.Error(err)
		}
		for _, tk := range c.Tickers {
			n, err := CheckTicker(tk)
			if err != nil {
				t.Errorf("%q: %v", c.Name, err)
				continue
			}
			if n != tk {
				t.Errorf("%q: ticker %q should be written %q", c.Name, tk, n)
			}
		}
		if c.Parent != "" {
			if p, ok := canonical[foldString(c.Parent)]; !ok {
				t.Errorf("%q: parent %q is not an entry of the dictionary", c.Name, c.Parent)
			} else if p != c.Parent {
				t.Errorf("%q: parent %q should be written %q", c.Name, c.Parent, p)
			} else if p == c.Name {
				t.Errorf("%q is its own parent", c.Name)
			}
		}
		// Every shipped entry says where it is based and what it mines,
		// makes or trades (the fields the data file's header describes).
		if strings.TrimSpace(c.Country) == "" {
			t.Errorf("%q: no headquarters country", c.Name)
		}
		if len(c.Minerals) == 0 && c.Outside == "" {
			t.Errorf("%q: no mineral and no trade outside the chain", c.Name)
		}
		if len(c.Minerals) > 0 && c.Outside != "" {
			t.Errorf("%q: minerals and a trade outside the chain: one or the other", c.Name)
		}
		// Side minerals belong to a company outside the chain, by its
		// minerals or by a trade of its own (as New reads them).
		if len(c.Side) > 0 && c.Outside == "" && !d.roles.outsideChain(c.Minerals) {
			t.Errorf("%q: side minerals listed, but its minerals already place it in the chain", c.Name)
		}
		for _, m := range c.Minerals {
			if m != strings.ToLower(m) {
				t.Errorf("%q: mineral %q must be lower case", c.Name, m)
			}
		}
	}
	// No parent chain loops back on itself.
	parent := map[string]string{}
	for _, c := range df.Company {
		parent[c.Name] = c.Parent
	}
	for _, c := range df.Company {
		seen := map[string]bool{}
		for n := c.Name; n != ""; n = parent[n] {
			if seen[n] {
				t.Errorf("%q: parent chain loops at %q", c.Name, n)
				break
			}
			seen[n] = true
		}
	}
}

// TestDataNamedCompanies checks that the companies issue 14 names, under
// the names the press uses for them, resolve to one entry each.
func TestDataNamedCompanies(t *testing.T) {
	d := mustDefault(t)
	for q, want := range map[string]string{
		"Bei Fang Xi Tu": "China Northern Rare Earth",
		// round 11: names the press uses for companies added then
		"Navoi Mining and Metallurgical Combine": "Navoi Mining and Metallurgical Company",
		"Mitsui & Co.":                           "Mitsui & Co.",
		"Zimbabwe Mining Development":            "Zimbabwe Mining Development Corporation",
		"ZMDC":                                   "Zimbabwe Mining Development Corporation",
		"Implats":                                "Impala Platinum",
		"Anglo American Platinum":                "Valterra Platinum",
		"Minmetals Salt Lake":                    "China Minmetals Salt Lake",
		"Thai Duong Rare Earth":                  "Thai Duong Group",
		"SHE:300487":                             "Sunresin New Materials",
		"TYO:8058":                               "Mitsubishi Corporation",
		"Empresa Nacional de Minería":            "Empresa Nacional de Minería",
		"Bindura Nickel Corporation":             "Bindura Nickel",
		"Northern Rare Earth":                    "China Northern Rare Earth",
		"China Rare Earth Group":                 "China Rare Earth Group",
		"Guangsheng Nonferrous":                  "Guangsheng Nonferrous Metals",
		"Guangdong Rare Earth":                   "Guangdong Rare Earth Industry Group",
		"Xiamen Tungsten":                        "Xiamen Tungsten",
		"Jiangxi Copper":                         "Jiangxi Copper",
		"Ganfeng":                                "Ganfeng Lithium",
		"Tianqi":                                 "Tianqi Lithium",
		// round 28: central state groups by the short forms state press uses
		"China MCC":                 "Metallurgical Corporation of China",
		"China Salt Lake":           "China Salt Lake Industry Group",
		"China Chengtong":           "China Chengtong Holdings Group",
		"Zijin":                     "Zijin Mining",
		"CMOC":                      "CMOC",
		"Huayou":                    "Huayou Cobalt",
		"GEM Co":                    "GEM Co",
		"Ningbo Yunsheng":           "Ningbo Yunsheng",
		"JL Mag":                    "JL Mag Rare-Earth",
		"Zhong Ke San Huan":         "Zhong Ke San Huan",
		"Baotou Tianhe":             "Baotou Tianhe Magnetics Technology",
		"Harita Nickel":             "Trimegah Bangun Persada",
		"IDX:NCKL":                  "Trimegah Bangun Persada",
		"Huayue Nickel Cobalt":      "Huayue Nickel Cobalt",
		"QMB New Energy Materials":  "QMB New Energy Materials",
		"Merdeka Battery Materials": "Merdeka Battery Materials",
		"Vale Indonesia":            "PT Vale Indonesia",
		"Kodal Minerals":            "Kodal Minerals",
		"AIM:KOD":                   "Kodal Minerals",
		"Atlantic Lithium":          "Atlantic Lithium",
		"Prospect Resources":        "Prospect Resources",
		"Sinomine Bikita":           "Bikita Minerals",
		"Premier African Minerals":  "Premier African Minerals",
		"Arcadium":                  "Arcadium Lithium",
		"CATL":                      "CATL",
		"BYD":                       "BYD",
		"LG Energy Solution":        "LG Energy Solution",
		"Panasonic":                 "Panasonic Holdings",
		"Samsung SDI":               "Samsung SDI",
		"Shin-Etsu":                 "Shin-Etsu Chemical",
		"Proterial":                 "Proterial",
		"TDK":                       "TDK",
		"Neo Performance Materials": "Neo Performance Materials",
		"Solvay":                    "Solvay",
		"Iluka":                     "Iluka Resources",
		"Energy Fuels":              "Energy Fuels",
		"USA Rare Earth":            "USA Rare Earth",
		"Vulcan Elements":           "Vulcan Elements",
		"OTC:LYSCF":                 "Lynas Rare Earths",
		"Sichuan Yahua":             "Sichuan Yahua Industrial Group",
		// round 13: press forms and former names of companies added then
		"Tanco":                    "Tantalum Mining Corporation of Canada",
		"Somidez":                  "Société Minière de Deziwa",
		"ASX:A4N":                  "Alpha HPA",
		"Ganfeng Lithium Group":    "Ganfeng Lithium",
		"Kibaran Resources":        "EcoGraf",
		"AfriTin Mining":           "Andrada Mining",
		"Non-Ferrous China Africa": "NFC Africa Mining",
		"KGHM":                     "KGHM Polska Miedź",
		// round 14: joint ventures, units, press forms and former names
		"JV Inkai LLP":                   "JV Inkai",
		"PT Ranger Nickel Industry":      "Ranger Nickel Industry",
		"Jiangxi Yongxing Special Steel": "Yongxing Special Materials Technology",
		"Sichuan Energy Investment":      "Sichuan Energy Investment Group",
		"SHE:000155":                     "Sichuan New Energy Power",
		"Aluminum Corp of China":         "Chinalco",
		"First Cobalt":                   "Electra Battery Materials",
		"Doosan Solus":                   "Solus Advanced Materials",
		"Freeport Cobalt":                "Jervois Finland",
		// round 16: a group, a unit and a refinery the blind sets named
		"Huaxi Group":             "Guangxi Huaxi Group",
		"Serbia Zijin Copper DOO": "Serbia Zijin Copper",
		"AOS Stade":               "Aluminium Oxid Stade",
		// round 17: provincial groups, Chinese pinyin and hanzi forms,
		// state lithium companies, units, tickers and former names
		"Qiandong Rare Earth": "Ganzhou Qiandong Rare Earth Group",
		"湖南稀土产业集团":            "Hunan Rare Earth Industry Group",
		"CISRI":               "China Iron & Steel Research Institute Group",
		"华钰矿业":                "Tibet Huayu Mining",
		"SHA:600516":          "Fangda Carbon New Material",
		"HKEX:1618":           "Metallurgical Corporation of China",
		"卫蓝新能源":               "WeLion New Energy Technology",
		"CAMYEN":              "Catamarca Minera y Energética Sociedad del Estado",
		"Recursos Energéticos y Mineros de Salta": "Recursos Energéticos y Mineros Salta",
		"Kazgeology":                             "Qazgeology",
		"Cypress Development":                    "Century Lithium",
		"KORES":                                  "Korea Mine Rehabilitation and Mineral Resources",
		"Foremost Lithium Resource & Technology": "Foremost Clean Energy",
		"TSXV:ELEC":                              "Electric Royalties",
		"Suomen Malmijalostus":                   "Finnish Minerals Group",
		"SMSP":                                   "Société Minière du Sud Pacifique",
		"Societe Le Nickel":                      "Société Le Nickel",
		"MIKAS":                                  "Minière de Kasombo",
		"Thaisarco":                              "Thailand Smelting and Refining",
		"TYO:5310":                               "Toyo Tanso",
		"Kola MMC":                               "Kola Mining and Metallurgical Company",
		"UCIL":                                   "Uranium Corporation of India",
		"Industrias Nucleares do Brasil":         "Indústrias Nucleares do Brasil",
		"NSE:MOIL":                               "MOIL",
		"宝钛股份":                                   "Baoji Titanium Industry",
		"OTC:SYHBF":                              "Skyharbour Resources",
		"OTC:ARRNF":                              "American Rare Earths",
		"TSXV:PNPN":                              "Power Nickel",
		"Molicel":                                "E-One Moli Energy",
		"TSX:NDM":                                "Northern Dynasty Minerals",
		"云天化":                                    "Yunnan Yuntianhua",
		"GrafTech":                               "GrafTech International",
		"EPA:MRN":                                "Mersen",
		"Graphit Kropfmuehl":                     "Graphit Kropfmühl",
		"Dalian Rongke Power":                    "Rongke Power",
		"AIM:IKA":                                "Ilika",
		"Vale Inco":                              "Vale Canada",
		"Chalice Gold Mines":                     "Chalice Mining",
		"Asarco":                                 "ASARCO",
		// round 19: state miners, units, Chinese groups and their pinyin,
		// hanzi and English forms, tickers and former names
		"ZCDC":                          "Zimbabwe Consolidated Diamond Company",
		"SOKIMO":                        "Société Minière de Kilo-Moto",
		"Empresa Siderurgica del Mutun": "Empresa Siderúrgica del Mutún",
		"Gerencia Nacional de Recursos Evaporíticos": "Yacimientos de Litio Bolivianos",
		"Manquiri":                        "Empresa Minera Manquiri",
		"TSXV:SCZ":                        "Santacruz Silver Mining",
		"NYSEAMERICAN:NEWP":               "New Pacific Metals",
		"Fortuna Silver Mines":            "Fortuna Mining",
		"NYSE:NEM":                        "Newmont",
		"JSE:HAR":                         "Harmony Gold Mining",
		"Youngy":                          "Rongjie",
		"Lopal":                           "Jiangsu Longpan Technology",
		"Chengtun Mining":                 "Shengtun Mining",
		"Zhufeng Resources":               "Tibet Summit Resources",
		"中国宝武":                            "China Baowu Steel Group",
		"HKEX:1378":                       "China Hongqiao Group",
		"Hesteel":                         "HBIS Group",
		"招金矿业":                            "Zhaojin Mining Industry",
		"SHA:600988":                      "Chifeng Jilong Gold Mining",
		"NSE:HINDALCO":                    "Hindalco Industries",
		"Kudremukh Iron Ore Company":      "KIOCL",
		"ALMT Corp":                       "A.L.M.T. Corp",
		"Office Cherifien des Phosphates": "OCP Group",
		"Beralt Tin and Wolfram":          "Beralt Tin & Wolfram",
		// round 20: other spellings of companies already in (pinyin of
		// English-named Chinese makers, Spanish, Portuguese, French, Uzbek and
		// Russian forms, former names, tickers) and long-tail additions
		"Qingshan Holding Group":              "Tsingshan Holding Group",
		"Funeng Technology":                   "Farasis Energy",
		"Haichen Energy Storage":              "Hithium",
		"Xiawu New Energy":                    "Xiamen Tungsten New Energy Materials",
		"Tianci Materials":                    "Guangzhou Tinci Materials Technology",
		"Zhongwu Gaoxin":                      "China Tungsten High-Tech",
		"Jiangxi Tongye":                      "Jiangxi Copper",
		"Liqin Resources":                     "Lygend Resources & Technology",
		"Ruipu Lanjun":                        "REPT Battero",
		"Soquimich":                           "SQM",
		"Norilsky Nikel":                      "Nornickel",
		"JX Metals":                           "JX Advanced Metals",
		"Olmaliq MMC":                         "Almalyk MMC",
		"Navoiy MMC":                          "Navoi Mining and Metallurgical Company",
		"Pavlodar Aluminium Plant":            "Aluminium of Kazakhstan",
		"Générale des Carrières et des Mines": "Gécamines",
		"Votorantim Metais":                   "Nexa Resources",
		"Southern Peru Copper":                "Southern Copper",
		"NYSE:SCCO":                           "Southern Copper",
		"TYO:5711":                            "Mitsubishi Materials",
		"LSE:ANTO":                            "Antofagasta Minerals",
		"Lynas Malaysia":                      "Lynas Rare Earths",
		"金川集团":                                "Jinchuan Group",
		"Silver Wheaton":                      "Wheaton Precious Metals",
		"NYSE:FNV":                            "Franco-Nevada",
		"Mexichem":                            "Orbia Advance",
		"NYSEAMERICAN:USAS":                   "Americas Gold and Silver",
		"TSXV:SSV":                            "Southern Silver Exploration",
		"IDX:ADMR":                            "Adaro Minerals Indonesia",
		"SHA:603260":                          "Hoshine Silicon Industry",
		"NASDAQ:EOSE":                         "Eos Energy Enterprises",
		"Xizang Zabuye Lithium":               "Tibet Zabuye Lithium",
		"Xizang Mineral Development":          "Tibet Mineral Development",
		"NYSE:SID":                            "Companhia Siderúrgica Nacional",
		"Jien Nickel":                         "Jilin Jien Nickel Industry",
		"Catoca Mining Company":               "Sociedade Mineira de Catoca",
		"TSX:LUC":                             "Lucara Diamond",
		"Metallon Corporation":                "Metallon Gold",
		"Jiangxi Rare Metals Tungsten Holding Group": "Jiangxi Tungsten Industry Group",
		"China North Rare Earth":                     "China Northern Rare Earth",
		"Yacimientos del Litio Boliviano":            "Yacimientos de Litio Bolivianos",
		// round 23: the names real releases and national press use for
		// units, vehicles and juniors (issue 14's real text)
		"Hong Kong CBC Investment":                 "CATL BRUNP & CMOC",
		"Huayou International Mining (Hong Kong)":  "Huayou International Mining",
		"Ganfeng International Trading (Shanghai)": "Ganfeng International Trading",
		"Shanghai Ganfeng":                         "Ganfeng International Trading",
		"Prospect Minerals Pte":                    "Prospect Minerals",
		"MaxMind":                                  "Max Mind Investments",
		"Graphite One (Alaska) Inc":                "Graphite One (Alaska)",
		"Wyoming Rare (USA)":                       "Wyoming Rare (USA)",
		"OTC:XTPT":                                 "Xtra Energy",
		"American Antimony Corporation":            "Xtra Energy",
		"TSXV:PNRL":                                "Premium Nickel Resources",
		"TNMC":                                     "Tati Nickel Mining Company",
		"SHA:603045":                               "Fuda Alloy Materials",
		"开曼铝业":                                     "Sanmenxia Aluminum",
		"OTC:AMRRY":                                "American Rare Earths",
		"OTC:DTREF":                                "Dateline Resources",
		"TSXV:CUR":                                 "Consolidated Uranium",
		"Urban Mining Company":                     "Noveon Magnetics",
		"NASDAQ:ELVR":                              "Elevra Lithium",
		"GFL International":                        "GFL International",
		// round 24: units, juniors and spellings of real text (issue 14)
		"JL MAG (Baotou) Technology":                    "JL Mag (Baotou) Technology",
		"Minmetals Exploration and Development Company": "Minmetals Exploration and Development Company",
		"OTC:LTUM":                                    "Lithium Corporation",
		"CSE:OWLI":                                    "One World Lithium",
		"Sunshine Silver Mining & Refining":           "Sunshine Silver",
		"Hagong Graphite":                             "Heilongjiang Hagong Graphite Technology",
		"Yacimientos de Litio Boliviano":              "Yacimientos de Litio Bolivianos",
		"Baotou Steel Rare-Earth Hi-Tech":             "China Northern Rare Earth",
		"China Rare Earth Group Resources Technology": "China Rare Earth Resources and Technology",
		"China South Rare Earth Group":                "Ganzhou Rare Earth Group",
		"China Aluminium Corporation":                 "Chinalco",
		"Chinalco Guangxi Nonferrous Rare Earth":      "Guangxi Nonferrous Rare Earth Development",
		"Mali Lithium B.V.":                           "Mali Lithium",
		"Midas Gold Idaho":                            "Perpetua Resources Idaho",
		// round 25: ventures, units, translated forms and juniors of real text (issue 14)
		"Northern Jinlong (Baotou) Rare Earth":  "Northern Gold Dragon (Baotou) Rare Earth",
		"Northern Zhaobao Magnets":              "Northern Zhaobao Magnetics",
		"Tianqi Lithium Shehong":                "Tianqi Lithium (Shehong)",
		"Suining Tianqi Lithium":                "Tianqi Lithium (Suining)",
		"Huaqing Nickel and Cobalt":             "Huaqing Nickel & Cobalt",
		"Bolivia Lithium Deposits":              "Yacimientos de Litio Bolivianos",
		"Zheli Mining Investments":              "Zhe Li Mining Investments",
		"Gwanda Lithium Mine Zimbabwe":          "Gwanda Lithium Zimbabwe",
		"Xstrata":                               "Glencore",
		"Noram Ventures":                        "Noram Lithium",
		"Appia Energy":                          "Appia Rare Earths & Uranium",
		"OTC:VRCFF":                             "Victory Battery Metals",
		"TSXV:ICM":                              "Iconic Minerals",
		"ASX:DEV":                               "DevEx Resources",
		"TSXV:XTM":                              "Transition Metals",
		"Yiwei Lithium Energy":                  "EVE Energy",
		"Honeycomb Energy":                      "SVOLT Energy Technology",
		"Zhongxinhang":                          "CALB",
		"Ruipu Energy":                          "REPT Battero",
		"Zhongwei New Materials":                "CNGR Advanced Material",
		"Hengdian East Magnetic":                "Hengdian Group DMEGC Magnetics",
		"Zhongke Magnetics":                     "Zhejiang Zhongke Magnetic Industry",
		"SHE:002057":                            "Sinosteel Tianyuan",
		"HongKong CBL":                          "Hong Kong CBL",
		"PT Feni Haltim":                        "Feni Haltim",
		"Xinjiang TBEA Group":                   "TBEA",
		"SHA:600089":                            "TBEA",
		"Fusion Enertech":                       "Fusion Enertech",
		"TSXV:CML":                              "CaNickel Mining",
		"OTC:MTLFF":                             "Metallis Resources",
		"ASX:RMX":                               "Red Mountain Mining",
		"ASX:BM8":                               "Battery Age Minerals",
		"Longnan Wanbao Rare Earth":             "Longnan Wanbao Rare Earth",
		"PT Sulawesi Nickel Cobalt":             "Sulawesi Nickel Cobalt",
		"Gane Permai Sentosa":                   "Gane Permai Sentosa",
		"LSE:EST":                               "East Star Resources",
		"Baotou Hefa Rare Earth":                "Baotou Steel Hefa Rare Earth",
		"Huzhou Kaijin":                         "Huzhou Kaijin New Energy Technology",
		"BTR New Energy Materials":              "BTR New Material",
		"Youli Science and Technology":          "Ganzhou Rare Earth Youli Science and Technology Development",
		"Aral Kegen":                            "Aral Kegen",
		"Talon Nickel (USA) LLC":                "Talon Nickel (USA)",
		"Sinomine (Hong Kong) Rare Metals":      "Sinomine (Hong Kong) Rare Metals Resources",
		"OTC:ARAAF":                             "Aclara Resources",
		"OTC:NOPMF":                             "Neo Performance Materials",
		"OTC:SVMLF":                             "Sovereign Metals",
		"OTC:PRMLF":                             "Premium Nickel Resources",
		"North American Nickel":                 "Premium Nickel Resources",
		"Bacanora Minerals":                     "Bacanora Lithium",
		"Sabi Star Lithium Mining Company":      "Sabi Star",
		"TSX:TXG":                               "Torex Gold Resources",
		"SHE:300390":                            "Canmax Technologies",
		"TSXV:CTH":                              "CoTec Holdings",
		"TYO:8088":                              "Iwatani",
		"Japan France Rare Earth Company":       "Japan France Rare Earth",
		"Kodal Mining UK":                       "Kodal Mining UK",
		"Yichun Shidai":                         "Yichun Times New Energy Mining",
		"TYO:8078":                              "Hanwa",
		"Huayou New Energy Technology (Quzhou)": "Huayou New Energy Technology (Quzhou)",
		"Suzhou TA&A Ultra Clean Technology":    "Canmax Technologies",
		"Tianhua Super-Clean":                   "Canmax Technologies",
		"金龙稀土":                                  "Fujian Changting Golden Dragon Rare-Earth",
		// round 26: coverage by class (provincial groups and units, manganese, antimony, juniors' listings)
		"Liangshan Rare Earth":                     "Liangshan Rare Earth Group",
		"Hunan Rare Earth Group":                   "Hunan Rare Earth Industry Group",
		"Youyan Rare Earth":                        "Grirem Advanced Materials",
		"Dongyang Dongci Rare Earth":               "Zhejiang Dongyang Dongci Rare Earth",
		"Leshan Ruifeng":                           "Leshan Ruifeng Metallurgy",
		"Shijiazhuang Shangtai":                    "Shanxi Shangtai Technology",
		"Jiangte Electric":                         "Jiangxi Special Electric Motor",
		"China Tungsten Hightech Materials":        "China Tungsten High-Tech",
		"Jiangxi Rare Earth Metals Tungsten Group": "Jiangxi Tungsten Industry Group",
		"HKEX:1091":                                "South Manganese Investment",
		"CITIC Dameng Holdings":                    "South Manganese Investment",
		"Guangxi Dameng":                           "Guangxi Dameng Manganese",
		"ASX:OMH":                                  "OM Holdings",
		"GEMCO":                                    "Groote Eylandt Mining Company",
		"ASX:FRB":                                  "Firebird Metals",
		"Hunan Firebird Battery Technologies":      "Hunan Firebird Battery Technologies",
		"Talco Gold":                               "TALCO Gold",
		// round 30: coverage by class (Western start-ups, Chinese lithium, magnet and
		// battery-material makers, juniors, Latin American and Indonesian units)
		"Pure Lithium":                    "Pure Lithium",
		"Lithium Harvest":                 "Lithium Harvest",
		"Rock Tech Guben":                 "Rock Tech Guben",
		"Sanhuan Lucky":                   "Tianjin Sanhuan Lucky New Material",
		"Yinli New Energy":                "Yichun Yinli New Energy",
		"Hengxinrong Lithium":             "Qinghai Hengxinrong Lithium Technology",
		"Tibet Urban Development":         "Tibet Urban Development and Investment",
		"Tianyuan Group":                  "Yibin Tianyuan Group",
		"Guangxi Tianyuan":                "Guangxi Tianyuan New Energy Materials",
		"Shandong Xinhai Technology":      "Shandong Xinhai Technology",
		"Jingmen GEM":                     "Jingmen GEM",
		"Rongtong High-Tech":              "Hubei Rongtong High-Tech Advanced Materials",
		"Fangyuan New Materials":          "Guangdong Fangyuan New Materials",
		"Yaosheng Tungsten":               "Jiangxi Yaosheng Tungsten",
		"Jiya Semiconductor":              "Beijing Jiya Semiconductor Material",
		"Jiuwu Hi-Tech":                   "Jiangsu Jiuwu Hi-Tech",
		"Tianshengda Graphite":            "Qingdao Tianshengda Graphite",
		"ASX:LU7":                         "Lithium Universe",
		"ASX:TYX":                         "Tyranna Resources",
		"ASX:BUX":                         "Buxton Resources",
		"TSXV:VRB":                        "VanadiumCorp Resource",
		"PLASA":                           "Potasio y Litio de Argentina",
		"Novandino Litio":                 "NovaAndino Litio",
		"Green Eco Nickel":                "Green Eco Nickel",
		"Merdeka Tsingshan Indonesia":     "Merdeka Tsingshan Indonesia",
		"Anzob GOK":                       "Anzob Mining and Processing Combine",
		"Pan Pacific Copper":              "Pan Pacific Copper",
		"Skyharbour":                      "Skyharbour Resources",
		"Sichuan Energy Power":            "Sichuan New Energy Power",
		"Fortune Electronic":              "Ganzhou Fortune Electronic",
		"Hertz Lithium":                   "Hertz Energy",
		"Lomiko":                          "Lomiko Metals",
		"Altura Mining":                   "Altura Mining",
		"PT Vale":                         "PT Vale Indonesia",
		"Jiangxi Nanshi Lithium":          "Nanshi Lithium",
		"Jinhui Lithium":                  "Jiangxi Jinhui Lithium Industry",
		"Yongshan Lithium":                "Yongshan Lithium",
		"SPMP":                            "Strategic & Precious Metals Processing",
		"Tri-Star Resources":              "Tri-Star Resources",
		"Huludao Zinc":                    "Huludao Zinc Industry",
		"OTC:HREEF":                       "Stans Energy",
		"OTC:GRDAF":                       "Grounded Lithium",
		"OTC:NILIF":                       "Surge Battery Metals",
		"OTC:NRVTF":                       "Noram Lithium",
		"Tasman Metals":                   "Leading Edge Materials",
		"CSE:ATMY":                        "Antimony Resources Corp",
		"Big Red Mining":                  "Antimony Resources Corp",
		"ASX:CC9":                         "Chariot Corporation",
		"ASX:HXG":                         "Hexagon Energy Materials",
		"Zhongke Haina":                   "HiNa Battery",
		"Transimage":                      "Transimage Technology",
		"PT Huadi Nickel-Alloy Indonesia": "Huadi Nickel-Alloy Indonesia",
		"PT Indoferro":                    "Indoferro",
		"Azincourt Uranium":               "Azincourt Energy",
		"TSXV:ATOM":                       "Atomic Minerals",
		"CNBM Heilongjiang Graphite":      "CNBM Heilongjiang Graphite New Materials",
		"China National Nonferrous Metals Industry Guangzhou Corp": "China National Nonferrous Metals Industry Guangzhou Corporation",
		"ASX:ALV":                     "Alvo Minerals",
		"Hsiwangshan Twinkling Star":  "Hsikwangshan Twinkling Star",
		"JS Link America":             "JS Link America",
		"Kangwon Energy":              "Kangwon Energy",
		"Anhua Zhazixi Mining":        "Hunan Anhua Zhazixi Mining",
		"Grafex Limitada":             "Grafex",
		"Xinwanda":                    "Sunwoda Electronic",
		"Asia Tungsten Products":      "Asia Tungsten Products",
		"Tungsten Metals Group":       "Tungsten Metals Group",
		"TSXV:MARV":                   "Marvel Discovery",
		"Wyoming Rare USA":            "Wyoming Rare USA",
		"Innovation Metals Corp":      "Innovation Metals",
		"Sichuan JCC Rare Earth":      "Sichuan Jiangtong Rare Earth",
		"Tianjin Ruimaige Technology": "Tianjin Ruimaige Technology",
		// session 33 (dict34): juniors by exchange, renamed companies, units
		"ASX:LIT":                 "Lithium Australia",
		"Lithium Plus":            "Lithium Plus Minerals",
		"ASX:L1M":                 "Lightning Minerals",
		"TSXV:GEMC":               "Global Energy Metals",
		"Cobalt 27 Capital":       "Nickel 28 Capital",
		"ZEN Graphene Solutions":  "Zentek",
		"Quebec Nickel":           "Québec Nickel",
		"TSXV:NICK":               "Nickelex Resource",
		"JCU Exploration":         "JCU (Canada) Exploration",
		"Guangdong Weihua":        "Chengxin Lithium Group",
		"IronRidge Resources":     "Atlantic Lithium",
		"Gaia Metals":             "Patriot Battery Metals",
		"Chilean Metals":          "Power Nickel",
		"Hard Creek Nickel":       "Giga Metals",
		"Uranium Resources":       "Westwater Resources",
		"Broken Hill Prospecting": "American Rare Earths",
		"Green Eco-Manufacture":   "GEM Co",
		"Zhuhai Guanyu":           "Zhuhai CosMX Battery",
		"SHE:000778":              "Xinxing Ductile Iron Pipes",
		"Murata":                  "Murata Manufacturing",
		// session 44 (notfound-s44): forms the companies use for themselves
		"CoTec":                     "CoTec Holdings",
		"Wyoming Rare":              "Wyoming Rare (USA)",
		"Qiandong Rare Earth Group": "Ganzhou Qiandong Rare Earth Group",
		"株硬":                        "Zhuzhou Cemented Carbide Group",
		"株硬集团":                      "Zhuzhou Cemented Carbide Group",
		"广东广晟":                      "Guangdong Rising Holdings Group",
		"赣锋电池":                      "Jiangxi Ganfeng LiEnergy Technology",
		"Viridis":                   "Viridis Mining and Minerals",
		"锡矿山锑业":                     "Hsikwangshan Twinkling Star",
		"锡矿山闪星锑业":                   "Hsikwangshan Twinkling Star",
	} {
		c, ok := d.Find(q)
		if !ok || c.Name != want {
			t.Errorf("Find(%q) = %q, %v; want %q", q, c.Name, ok, want)
		}
	}
	// Press forms are found in running text as the company they name, with
	// the Indonesian "PT" prefix and a joint venture's own name.
	for text, want := range map[string][]string{
		"PT Huali Nickel Indonesia began HPAL output.":           {"Huali Nickel Indonesia"},
		"Jiangxi Yongxing Special Steel cut lepidolite output.":  {"Yongxing Special Materials Technology"},
		"JV Budenovskoye LLP raised uranium production in 2025.": {"JV Budenovskoye"},
		// round 16: a Vietnamese unit named from its parent's alias
		"Vinacomin - Minerals Holding Corporation (VIMICO) mines copper.": {"Vinacomin - Minerals Holding"},
		// round 17: invented sentences naming companies added then
		"Ramu NiCo shipped more MHP to its Chinese parent this quarter.":          {"Ramu NiCo"},
		"Ningbo Jinji added two sintering lines for NdFeB blocks.":                {"Ningbo Jinji Strong Magnetic Material"},
		"Guangxi Nonferrous Rare Earth halted one separation line.":               {"Guangxi Nonferrous Rare Earth Development"},
		"REMSa tendered three brine blocks in the Salta puna.":                    {"Recursos Energéticos y Mineros Salta"},
		"Kilembe Mines Ltd restarted its copper-cobalt concentrator near Kasese.": {"Kilembe Mines"},
		"Lualaba Copper Smelter SAS raised its cathode output.":                   {"Lualaba Copper Smelter"},
		// round 19: invented sentences naming companies added then
		"Echion said its niobium anode passed a carmaker's cycling tests.": {"Echion Technologies"},
		"Caledonia Mining lifted gold output at Blanket this quarter.":     {"Caledonia Mining Corporation"},
		"Maginito raised its stake in the magnet recycling venture.":       {"Maginito"},
		"Simfer shipped the first Simandou ore cargo from the new port.":   {"Simfer"},
		"Altos Hornos de México sold its coal unit to settle creditors.":   {"Altos Hornos de México"},
		"Empresa Minera Coro Coro raised copper cathode output in La Paz.": {"Empresa Minera Coro Coro"},
		// round 20: invented sentences naming companies added then
		"Minera Cuzcatlan renewed the water permit for its Oaxaca mill.":      {"Minera Cuzcatlan"},
		"Sigma Mineração S.A. received a licence for a third line.":           {"Sigma Mineração"},
		"PT Obsidian Stainless Steel idled two rotary kilns in Konawe.":       {"Obsidian Stainless Steel"},
		"Zigong Cemented Carbide raised carbide insert prices again.":         {"Zigong Cemented Carbide"},
		"Kinsenda Copper Company resumed underground mining after the flood.": {"Kinsenda Copper Company"},
		"Eos Energy Enterprises shipped zinc batteries to a Texas utility.":   {"Eos Energy Enterprises"},
		"Fidelity Gold Refinery bought more gold from small-scale miners.":    {"Fidelity Gold Refinery"},
		"Société Minière de Bakwanga (MIBA) sought a partner for its plant.":  {"Société Minière de Bakwanga"},
		"Guangdong Guangsheng Nonferrous cut its separation quota.":           {"Guangsheng Nonferrous Metals"},
		// round 21: a short form the press uses for a company already in
		"Electron Energy in Pennsylvania makes samarium-cobalt magnets.": {"Electron Energy Corporation"},
		// round 23: invented sentences in the forms real text uses
		"Hong Kong CBC Investment will build two brine plants.":             {"CATL BRUNP & CMOC"},
		"La Paz signed with the consortium Catl, Brunp and Cmoc.":           {"CATL BRUNP & CMOC"},
		"Its unit Graphite One (Alaska), Inc. leased a plant site.":         {"Graphite One (Alaska)"},
		"Huayou International Mining Limited will fund the new plant.":      {"Huayou International Mining"},
		"Chengxin, the Shenzhen-listed buyer, paid for the claims.":         {"Chengxin Lithium Group"},
		"Tati Nickel Mining Company once ran the Selkirk pit.":              {"Tati Nickel Mining Company"},
		"Xtra Energy Corp. (OTCID: XTPT) resumed drilling in Nevada.":       {"Xtra Energy"},
		"Harlow Antimony Corp. (OTCID: HRLW) staked new claims in Idaho.":   {"Harlow Antimony"},
		"Kestrel Tin Ltd. (US-OTC: KTNNF) began a drill program.":           {"Kestrel Tin"},
		"Oriel Uranium Inc. (NYSE-A: ORU) bought a mill.":                   {"Oriel Uranium"},
		"Brackwater Lithium plc (LSE-AIM: BWL) raised funds.":               {"Brackwater Lithium"},
		"Sinomine (Hong Kong) Rare Metals Resources signed the share sale.": {"Sinomine (Hong Kong) Rare Metals Resources"},
		"Energy Fuels Resources (USA) Inc. holds the mill licence.":         {"Energy Fuels Resources (USA)"},
		"Reed Industrial Minerals cut spodumene output at its mine.":        {"Reed Industrial Minerals"},
		"Perpetua Resources Idaho, Inc. filed the permit appeal.":           {"Perpetua Resources Idaho"},
		"Changting Golden Dragon lifted its separation output.":             {"Fujian Changting Golden Dragon Rare-Earth"},
		"Iwatani will import the heavy oxides under a term contract.":       {"Iwatani"},
		"Mexilit lost two concessions in the ruling.":                       {"Mexilit"},
		"CGN Mining and CGN signed the uranium offtake.":                    {"CGN Mining", "China General Nuclear"},
		// round 24: invented sentences in the forms real text uses
		"Lithium Corporation (OTCQB: LTUM) began sonic drilling in Nye County.":        {"Lithium Corporation"},
		"Old core from the 2008 Gentor Resources program will be re-assayed.":          {"Gentor Resources"},
		"Sunshine Silver's Idaho plant could treat antimony concentrate.":              {"Sunshine Silver"},
		"Gwanda Lithium Zimbabwe (GLZ) started trial mining.":                          {"Gwanda Lithium Zimbabwe"},
		"Shengxiang Investments (Pvt) Ltd commissioned a processing plant.":            {"Shengxiang Investments"},
		"Zhe Li Mining Investments will build the second phase.":                       {"Zhe Li Mining Investments"},
		"The court dismissed the appeal Grupo Bararal had filed.":                      {"Grupo Bararal"},
		"Ganzhou Fortune Electronic Co expanded its oxide line.":                       {"Ganzhou Fortune Electronic"},
		"Sichuan Pude Technology Group holds the majority of the mine.":                {"Sichuan Pude Technology Group"},
		"The Chinese firm Citic Gouan signed the brine deal.":                          {"CITIC Guoan Group"},
		"Baotou Steel Rare-Earth Hi-Tech Co. got the largest quota.":                   {"China Northern Rare Earth"},
		"One World Lithium and Radius Gold hold concessions in Sonora.":                {"One World Lithium", "Radius Gold"},
		"This year LitioMX produced its first carbonate.":                              {"Litio para México"},
		"China South Rare Earth Group Co., Ltd. met its quota.":                        {"Ganzhou Rare Earth Group"},
		"The listed China Rare Earth Group Resources Technology Co Ltd raised output.": {"China Rare Earth Resources and Technology"},
		// round 25: invented sentences in the forms real text uses
		"China Northern Rare Earth Group High-Tech Co. posted higher profit.":           {"China Northern Rare Earth"},
		"Battery makers such as Ningde Times bought lepidolite concentrate.":            {"CATL"},
		"Bei Terui New Materials Group Co., Ltd. broke ground on an anode base.":        {"BTR New Material"},
		"Jiangxi Jinli permanent Magnet Science and Technology Co., Ltd. grew sales.":   {"JL Mag Rare-Earth"},
		"Zheli Mining Investments finished the second kiln.":                            {"Zhe Li Mining Investments"},
		"The state-owned Bolivia Lithium Deposits (YLB) signed two contracts.":          {"Yacimientos de Litio Bolivianos"},
		"Northern Gold Dragon (Baotou) Rare Earth Co., Ltd. won a separation permit.":   {"Northern Gold Dragon (Baotou) Rare Earth"},
		"The Viridion venture will refine mixed carbonate in Brazil.":                   {"Viridion"},
		"Tianqi Lithium (Shehong) Co., Ltd. restarted its hydroxide line.":              {"Tianqi Lithium (Shehong)"},
		"Yichun Guoxuan Mining won an exploration right near Yifeng.":                   {"Yichun Guoxuan Mining"},
		"A fund led by a former Xstrata chief backed the deposit.":                      {"Glencore"},
		"The park lies in the Baotou Rare Earth High-Tech Industrial Development Zone.": nil,
		"Installed capacity ranks Ningde Times first and Yiwei Lithium Energy seventh.": {"CATL", "EVE Energy"},
		"Jinli Permanent Magnet is a leading maker of NdFeB magnets.":                   {"JL Mag Rare-Earth"},
		"Ningbo Contemporary Brunp Lygend Co Ltd will build the smelter.":               {"Ningbo Contemporary Brunp Lygend"},
		"Ganzhou Rare Earth Mineral Industry Co., Ltd. holds the mining rights.":        {"Ganzhou Rare Earth Mineral Industry"},
		"Metallis said the second hole cut stibnite over nine metres.":                  {"Metallis Resources"},
		"CaNickel will keep a 30% interest in the project.":                             {"CaNickel Mining"},
		"A worker checks a line at JL MAG Rare Earth (Baotou) Co., Ltd. in the zone.":   {"JL Mag (Baotou) Technology"},
		"Antam sold its stake in Feni Haltim to a battery maker's affiliate.":           {"Aneka Tambang", "Feni Haltim"},
		// round 26: invented sentences in the forms the press uses
		"Liangshan Rare Earth Group will add oxide capacity in Mianning.":                  {"Liangshan Rare Earth Group"},
		"Zhejiang Dongyang Dongci Rare Earth Co., Ltd. will build a magnet line.":          {"Zhejiang Dongyang Dongci Rare Earth"},
		"Leshan Ruifeng Metallurgy restarted its separation plant after the flood.":        {"Leshan Ruifeng Metallurgy"},
		"Citic Dameng raised electrolytic manganese output in 2012.":                       {"South Manganese Investment"},
		"Guangxi Dameng Manganese Industry signed for a mine in South Africa.":             {"Guangxi Dameng Manganese"},
		"Firebird Metals (ASX: FRB) won a permit for its sulphate plant.":                  {"Firebird Metals"},
		"TALCO Gold will mine antimony at the new deposit.":                                {"TALCO Gold"},
		"Strategic & Precious Metals Processing LLC poured its first antimony.":            {"Strategic & Precious Metals Processing"},
		"Stans Energy (TSXV: HRE) won its arbitration case.":                               {"Stans Energy"},
		"Grounded Lithium Corp. (TSXV: GRD) drilled a brine well in Saskatchewan.":         {"Grounded Lithium"},
		"Antimony Resources Corp. (CSE: ATMY) cut stibnite in its second hole.":            {"Antimony Resources Corp"},
		"Hexagon Energy Materials (ASX:HXG) optioned its graphite project.":                {"Hexagon Energy Materials"},
		"EGC buys cobalt from artisanal miners in Katanga.":                                nil,
		"Entreprise Générale du Cobalt (EGC) set a new price; EGC said it would buy more.": {"Entreprise Générale du Cobalt"},
		"Transimage shipped sodium-ion cells to a forklift maker.":                         {"Transimage Technology"},
		"Zhongke Haina opened a sodium-ion cell line in Fuyang.":                           {"HiNa Battery"},
		"Shares of Azincourt Uranium rose after the survey results.":                       {"Azincourt Energy"},
		"Alvo Minerals (ASX:ALV) widened the clay zone at its Brazilian project.":          {"Alvo Minerals"},
		"JS Link will build a magnet plant in Georgia through JS Link America.":            {"JS Link", "JS Link America"},
		"Hunan Anhua Zhazixi Mining Co., Ltd. suspended its antimony smelter.":             {"Hunan Anhua Zhazixi Mining"},
		"Feed went first to Hsiwangshan Twinkling Star and Chenzhou Mining.":               {"Hsikwangshan Twinkling Star", "Hunan Chenzhou Mining"},
		"Tungsten Metals Group will list its stake in Asia Tungsten Products.":             {"Tungsten Metals Group", "Asia Tungsten Products"},
		"Ottawa told a Chinese investor to sell its stake in Ultra Lithium.":               {"Ultra Lithium"},
		"IBC Advanced Technologies licensed its separation process to the plant.":          {"IBC Advanced Technologies"},
		"Northern Magnet (Inner Mongolia) Co., Ltd. will rent a plant in the zone.":        {"Northern Magnet (Inner Mongolia)"},
		// round 30: invented sentences for the classes added then
		"Tianjin Sanhuan Lucky New Material Co., Ltd. raised its magnet prices.":    {"Tianjin Sanhuan Lucky New Material"},
		"Yichun Yinli New Energy cut carbonate output as mica prices fell.":         {"Yichun Yinli New Energy"},
		"Qinghai Hengxinrong Lithium Technology started a new adsorption line.":     {"Qinghai Hengxinrong Lithium Technology"},
		"Guangxi Tianyuan New Energy Materials shipped its first hydroxide.":        {"Guangxi Tianyuan New Energy Materials"},
		"Shandong Xinhai Technology will build a ferronickel line in Sulawesi.":     {"Shandong Xinhai Technology"},
		"Guangdong Fangyuan New Materials won a precursor order from a cell maker.": {"Guangdong Fangyuan New Materials"},
		"Qingdao Tianshengda Graphite signed for flake from a new mine.":            {"Qingdao Tianshengda Graphite"},
		"Lithium Universe (ASX: LU7) picked a site for its converter.":              {"Lithium Universe"},
		"Tyranna Resources (ASX:TYX) drilled pegmatites in Angola.":                 {"Tyranna Resources"},
		"Potasio y Litio de Argentina S.A. will expand its brine ponds.":            {"Potasio y Litio de Argentina"},
		"Novandino Litio named a chief executive for the Atacama venture.":          {"NovaAndino Litio"},
		"Green Eco Nickel doubled its matte output at the park.":                    {"Green Eco Nickel"},
		"Merdeka Tsingshan Indonesia commissioned an acid plant.":                   {"Merdeka Tsingshan Indonesia"},
		"Kraken Energy staked new uranium claims in Utah.":                          {"Kraken Energy"},
		"Voltaic Strategic Resources pegged a new lithium target.":                  {"Voltaic Strategic Resources"},
		"Surefire Resources sent vanadium concentrate to a Saudi partner.":          {"Surefire Resources"},
		"Jourdan Resources sold its claims to a neighbouring developer.":            {"Jourdan Resources"},
		"PT Vale will supply limonite ore to the new acid-leach plant.":             {"PT Vale Indonesia"},
		"Jiangxi Feiyu New Energy Co., Ltd. restarted its lepidolite kilns.":        {"Jiangxi Feiyu New Energy"},
		"PT COR Industri Indonesia tapped its first pig iron in North Morowali.":    {"COR Industri Indonesia"},
		// session 33 (dict34)
		"Lithium Australia said its lepidolite trial met recovery targets.":       {"Lithium Australia"},
		"Shares in Cygnus Metals rose after spodumene assays from Quebec.":        {"Cygnus Metals"},
		"Nickel 28 Capital said its share of Ramu output fell.":                   {"Nickel 28 Capital"},
		"Canada Cobalt Works shipped a bulk sample from its Castle mine.":         {"Canada Cobalt Works"},
		"Tartisan Nickel Corp. (CSE: TN) released a resource update.":             {"Tartisan Nickel"},
		"Power Metal Resources plc said its Athabasca partner began drilling.":    {"Power Metal Resources"},
		"PT Walsin Nickel Industrial Indonesia restarted two furnace lines.":      {"Walsin Nickel Industrial Indonesia"},
		"Reptile Uranium Namibia lodged a mining licence application.":            {"Reptile Uranium Namibia"},
		"Buenassa Sarl picked a site near Lubumbashi for its refinery.":           {"Buenassa"},
		"Gaia Metals Corp. reported pegmatite sampling from its Corvette claims.": {"Patriot Battery Metals"},
	} {
		if got := d.Detect("", text); !slices.Equal(got, want) {
			t.Errorf("Detect(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestCheckTicker pins the exchange symbol rules the data is validated by.
func TestCheckTicker(t *testing.T) {
	good := map[string]string{
		"ASX:LYC":            "ASX:LYC",
		"asx: 1mc":           "ASX:1MC",
		"SSE:600111":         "SHA:600111",
		"SHA:688778":         "SHA:688778",
		"SZSE:300750":        "SHE:300750",
		"SHE:002460":         "SHE:002460",
		"HKEX:1772":          "HKEX:1772",
		"HKEX:09696":         "HKEX:09696",
		"TSX:TECK.B":         "TSX:TECK.B",
		"TSXV:NOU":           "TSXV:NOU",
		"OTCQB:LYSCF":        "OTC:LYSCF",
		"NYSE:MP":            "NYSE:MP",
		"NASDAQ:SGML":        "NASDAQ:SGML",
		"TYO:5713":           "TYO:5713",
		"TYO:130A":           "TYO:130A",
		"KRX:373220":         "KRX:373220",
		"IDX:NCKL":           "IDX:NCKL",
		"BVMF:VALE3":         "BVMF:VALE3",
		"LSE:RIO":            "LSE:RIO",
		"AIM:KOD":            "AIM:KOD",
		"JSE:SOL":            "JSE:SOL",
		"MOEX:GMKN":          "MOEX:GMKN",
		"NYSE American:UUUU": "NYSEAMERICAN:UUUU",
		"OTCID:XTPT":         "OTC:XTPT",
		"US-OTC:GPHOF":       "OTC:GPHOF",
		"NYSE-A:UUUU":        "NYSEAMERICAN:UUUU",
		"LSE-AIM:KOD":        "AIM:KOD",
		"FWB:FKC":            "FRA:FKC",
		"Pink:XTPT":          "OTC:XTPT",
	}
	for in, want := range good {
		got, err := CheckTicker(in)
		if err != nil || got != want {
			t.Errorf("CheckTicker(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	bad := map[string]string{
		"ASX:LYCA":      "3 letters or digits",
		"SHA:000831":    "starting 60 or 68",
		"SHE:600111":    "starting 00 or 30",
		"SHA:60011":     "6 digits",
		"HKEX:ABC":      "digits",
		"OTC:LYC":       "4 or 5 letters",
		"NASDAQ:AB1":    "letters",
		"NASDAQ:SGML.B": "1 to 5 letters",
		"IDX:NCK":       "4 letters",
		"KRX:37322":     "6 digits",
		"TYO:A130":      "starting with a digit",
		"BVMF:VALE":     "share-class digit",
		"MARS:ABC":      "known exchange",
		"LYC":           "EXCH:SYMBOL",
	}
	for in, mention := range bad {
		if _, err := CheckTicker(in); err == nil || !strings.Contains(err.Error(), mention) {
			t.Errorf("CheckTicker(%q) error = %v, want it to say %q", in, err, mention)
		}
	}
}

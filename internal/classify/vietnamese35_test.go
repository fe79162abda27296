package classify

import (
	"strings"
	"testing"
)

// Session 35 (viideo-s35): political voice in Vietnamese (lexicon_vi.toml).
// Every sentence is invented, in the styles of the publishers the issue
// names (a state coal group's unit site, a provincial Party paper, a
// ministry's trade paper); the companies and people are made up.

// TestVietnamesePhrasesHaveTwoWords: Vietnamese writes a syllable a word and
// many syllables differ only by a tone mark, so no phrase or speech cue of
// lexicon_vi.toml may be one syllable: "Đảng" (the Party) is one mark from
// "đang" (currently), "Bác" (Uncle Hồ) from "bạc" (silver) and "bắc"
// (north). Only the group of words borrowed whole (vonfram, bauxite) holds
// single words.
func TestVietnamesePhrasesHaveTwoWords(t *testing.T) {
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	sc := &scanner{st: newStemmer()}
	found := false
	for _, src := range sources {
		if src.name != "lexicon_vi.toml" {
			continue
		}
		found = true
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range f.Group {
			if g.Name == "business-loanwords" {
				// words borrowed whole (vonfram, bauxite): one word, not a syllable
				continue
			}
			for _, p := range g.Phrases {
				if n := len(normalise(sc, p)); n < 2 {
					t.Errorf("group %s: %q is %d word, want two or more", g.Name, p, n)
				}
			}
		}
		for _, p := range f.SpeechCues {
			if n := len(normalise(sc, p)); n < 2 {
				t.Errorf("speech cue %q is %d word, want two or more", p, n)
			}
		}
	}
	if !found {
		t.Fatal("no lexicon_vi.toml")
	}
}

// TestVietnameseVoice: a Party committee's study of a Central Committee
// resolution and a Party paper's "new era" piece on miners are flagged; a
// Deputy Prime Minister's inspection of a mine with its output, where he
// "stressed" Party building in one line, and a mining group's meeting on
// its second-half tasks with one Party line, are business (labelling rules
// 13 and 16).
func TestVietnameseVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Đảng ủy Công ty Than Đồi Mây học tập, quán triệt Nghị quyết Trung ương",
		Body: "Sáng 5/3, Đảng ủy Công ty Than Đồi Mây tổ chức hội nghị học tập, quán triệt Nghị quyết Trung ương cho cán bộ, đảng viên. " +
			"Hội nghị yêu cầu các chi bộ đổi mới sinh hoạt chi bộ, nâng cao bản lĩnh chính trị và tinh thần tự phê bình. " +
			"Mỗi đảng viên viết bài thu hoạch về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
	}, true, "a Party committee's study session")
	flagIs(t, c, Doc{
		Title: "Thợ mỏ Đồi Mây vững bước vào kỷ nguyên vươn mình của dân tộc",
		Body: "Dưới sự lãnh đạo của Đảng, công nhân vùng mỏ luôn phát huy truyền thống cách mạng và lòng yêu nước. " +
			"Mỗi đảng viên phải nêu gương, giữ vững lập trường chính trị, đấu tranh với luận điệu xuyên tạc của các thế lực thù địch.",
	}, true, "a Party paper's new-era piece")
	flagIs(t, c, Doc{
		Title: "Phó Thủ tướng kiểm tra sản xuất tại mỏ than Đồi Mây",
		Body: "Chiều 12/4, Phó Thủ tướng đã đến thăm và kiểm tra sản xuất tại khai trường của Công ty Than Đồi Mây. " +
			"Quý I, công ty sản xuất 520.000 tấn than nguyên khai, doanh thu đạt 810 tỷ đồng, tăng 9% so với cùng kỳ. " +
			"Phó Thủ tướng nhấn mạnh công ty cần làm tốt công tác xây dựng, chỉnh đốn Đảng và đẩy nhanh tiến độ dự án mở rộng lò chợ. " +
			"Công ty đang bổ sung 12 máy khấu mới và dự kiến nâng công suất lên 2 triệu tấn mỗi năm.",
	}, false, "a leader's inspection with output and one Party line")
	flagIs(t, c, Doc{
		Title: "Tổng công ty Khoáng sản Sông Lam triển khai nhiệm vụ sản xuất 6 tháng cuối năm",
		Body: "Ngày 2/7, Tổng công ty Khoáng sản Sông Lam tổ chức hội nghị triển khai nhiệm vụ sản xuất kinh doanh 6 tháng cuối năm. " +
			"Sáu tháng đầu năm, tổng công ty sản xuất 41.000 tấn tinh quặng đồng và 3.200 tấn ô xít đất hiếm, doanh thu đạt 2.150 tỷ đồng. " +
			"Phát biểu tại hội nghị, Bí thư Đảng ủy yêu cầu các đơn vị quán triệt nghị quyết của Đảng ủy và bám sát kế hoạch. " +
			"Tổng công ty đặt mục tiêu cả năm đạt 85.000 tấn tinh quặng và khởi công nhà máy chế biến sâu đất hiếm trong quý IV.",
	}, false, "a mining group's production meeting with one Party line")
}

// TestVietnameseToneLookAlikes: business sentences full of the syllables
// that differ from the Party's words by a tone mark (đang, bộ, bổ, bỏ,
// bạc, bắc, bác sĩ, chỉ, dân) and of the city named after the leader read
// nothing political.
func TestVietnameseToneLookAlikes(t *testing.T) {
	c := newClassifier(t, Options{})
	r := c.Classify(Doc{
		Title: "Mỏ đồng phía bắc đang bổ sung thiết bị",
		Body: "Công ty đang bổ sung thiết bị cho bộ phận khai thác ở phía bắc mỏ. " +
			"Giá bạc và giá đồng tăng trong tuần, người dân địa phương được đền bù 40 tỷ đồng. " +
			"Bác sĩ của công ty khám sức khỏe cho 300 công nhân. " +
			"Văn phòng tại Thành phố Hồ Chí Minh bỏ kế hoạch cũ, chỉ giữ lại hai dây chuyền chế biến.",
	})
	noPoliticalReason(t, r, "read as politics")
	if r.Score > 0.2 {
		t.Errorf("score %.3f, want a business item", r.Score)
	}
}

// TestVietnameseReadAsVietnamese: a Vietnamese item is read in Vietnamese
// (its speech cues count), though "đã" and "đi" read as Portuguese "da"
// and Indonesian "di".
func TestVietnameseReadAsVietnamese(t *testing.T) {
	c := newClassifier(t, Options{})
	if c.lx.nLangs < 2 {
		t.Fatal("one language")
	}
	body := "Công ty đã đi trước một bước trong việc khai thác đất hiếm. Giám đốc cho biết sản lượng của những mỏ mới được nâng lên."
	sc := &scanner{st: newStemmer()}
	var stops [maxLangs]int32
	for _, w := range strings.Fields(body) {
		for _, n := range normalise(sc, w) {
			if id, ok := c.lx.vocab[n]; ok {
				for li := 0; li < c.lx.nLangs; li++ {
					if c.lx.stop[id]&(1<<li) != 0 {
						stops[li]++
					}
				}
			}
		}
	}
	sources, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	vi := -1
	for i, src := range sources {
		if sourceLang(src.name) == "vi" {
			vi = i
		}
	}
	if vi < 0 {
		t.Fatal("no Vietnamese lexicon file")
	}
	if got := c.lx.itemLangs(&stops); got != 1<<vi {
		t.Errorf("read in languages %08b, want Vietnamese only (%08b): stopword counts %v", got, 1<<vi, stops)
	}
}

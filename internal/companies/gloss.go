package companies

import "slices"

// maxGlossWords is how many Hangul or katakana words before a bracketed
// Latin name are read as its local name ("중국 쓰촨 성툰 리튬(...)").
const maxGlossWords = 4

// localGloss is a company's name in Hangul or katakana that the item wrote
// right before the company's Latin name in brackets.
type localGloss struct {
	words    [][]string // each word as the keys of its characters
	seps     []string   // the gap before each word after the first ("" for a space, "・")
	from, to int        // the tokens of the run before the brackets
	h        hit        // the Latin naming it glosses
}

// localGlosses adds, as namings of the same company, the Hangul or
// katakana name written right before a company's Latin name in brackets
// ("코르벤 리튬(Korven Lithium)", "コルヴェン・リチウム(Korven Lithium)"),
// wherever the item writes that name again, in the title or the text:
// Korean and Japanese copy glosses a foreign company once and then writes
// it in its own script. Of a run of several words the last two or more are
// the name (the words before may say "China" or "a Chinese firm"); a run of
// one word is the name when it has three characters or more. A naming
// inside a longer word, or with Hangul after it that is not particles and
// endings, is not one (insideWord).
func (d *Dictionary) localGlosses(srcs *[2]tokens, hits []hit) []hit {
	ts := &srcs[1]
	var gl []localGloss
	for _, h := range hits {
		if h.src != 1 {
			continue
		}
		if open := bracketOpening(ts, h.pos); open > 0 {
			if g, ok := glossBefore(ts, open, h); ok {
				gl = append(gl, g)
			}
		}
	}
	if len(gl) == 0 {
		return hits
	}
	var added []hit
	for src := range srcs {
		s := &srcs[src]
		for i := 0; i < len(s.toks) && len(hits)+len(added) < maxHits; i++ {
			sc := kanaOrHangul(s, i)
			if sc == 0 {
				continue
			}
			for _, g := range gl {
				if src == 1 && i >= g.from && i < g.to {
					continue
				}
				end, ok := g.matchAt(s, i)
				if !ok || d.insideWord(s, i, end) || overlapsHit(hits, src, i, end) {
					continue
				}
				h := g.h
				h.src, h.pos, h.end = src, i, end
				added = append(added, h)
				i = end - 1
				break
			}
		}
	}
	if len(added) == 0 {
		return hits
	}
	out := append(slices.Clip(hits), added...)
	slices.SortStableFunc(out, func(a, b hit) int {
		if a.src != b.src {
			return a.src - b.src
		}
		return a.pos - b.pos
	})
	return out
}

// bracketOpening returns the token right after the opening bracket that
// h's naming at token pos is in: the naming opens the bracket, or one or
// two capitalised words before it do ("(Shenzhen Chengxin Lithium Group Co
// Ltd)"). It returns 0 when there is none.
func bracketOpening(ts *tokens, pos int) int {
	for k := pos; k >= 1 && k >= pos-2; k-- {
		if touching(ts, k) {
			return 0
		}
		if g := ts.gap(k); g == "(" || g == "（" {
			return k
		} else if g != "" || k > 1 && !ts.capitalised(k-1) {
			return 0
		}
	}
	return 0
}

// glossBefore reads the run of Hangul or katakana words right before the
// bracket opening at token open that holds h: words of one script, a
// space or "・" between them, up to maxGlossWords. A Hangul word that
// starts right after another script ("LG화학") is not part of it.
func glossBefore(ts *tokens, open int, h hit) (localGloss, bool) {
	k := open - 1
	sc := kanaOrHangul(ts, k)
	if sc == 0 {
		return localGloss{}, false
	}
	var ranges [][2]int
	var seps []string
	for len(ranges) < maxGlossWords && k >= 0 && kanaOrHangul(ts, k) == sc {
		e := k + 1
		for k > 0 && touching(ts, k) && kanaOrHangul(ts, k-1) == sc {
			k--
		}
		if sc == 'h' && touching(ts, k) {
			break // "LG화학": a word that is not all Hangul
		}
		ranges = append(ranges, [2]int{k, e})
		if k == 0 || touching(ts, k) {
			break
		}
		sep := ts.gap(k)
		if sep != "" && sep != "・" {
			break
		}
		seps = append(seps, sep)
		k--
	}
	if len(ranges) == 0 {
		return localGloss{}, false
	}
	slices.Reverse(ranges)
	seps = seps[:len(ranges)-1]
	slices.Reverse(seps)
	// Of several words, the last two or more; one word of three or more
	// characters alone.
	if len(ranges) == 1 && ranges[0][1]-ranges[0][0] < 3 {
		return localGloss{}, false
	}
	g := localGloss{seps: seps, from: ranges[0][0], to: open, h: h}
	for _, r := range ranges {
		var w []string
		for j := r[0]; j < r[1]; j++ {
			w = append(w, ts.key(j))
		}
		g.words = append(g.words, w)
	}
	return g, true
}

// matchAt returns the end of a naming by g starting at token i: the whole
// run, or (for a run of several words) its last two words or more.
func (g *localGloss) matchAt(ts *tokens, i int) (int, bool) {
	last := len(g.words) - 2
	if len(g.words) == 1 {
		last = 0
	}
	for first := 0; first <= last; first++ {
		if end, ok := g.matchFrom(ts, i, first); ok {
			return end, true
		}
	}
	return 0, false
}

// matchFrom matches g's words from word first on at token i.
func (g *localGloss) matchFrom(ts *tokens, i, first int) (int, bool) {
	k := i
	for wi := first; wi < len(g.words); wi++ {
		for ci, key := range g.words[wi] {
			if k >= len(ts.toks) || ts.key(k) != key {
				return 0, false
			}
			if ci > 0 && !touching(ts, k) {
				return 0, false
			}
			if ci == 0 && wi > first && (touching(ts, k) || ts.gap(k) != g.seps[wi-1]) {
				return 0, false
			}
			k++
		}
	}
	return k, true
}

// overlapsHit reports a hit of src over tokens [s, e).
func overlapsHit(hits []hit, src, s, e int) bool {
	return slices.ContainsFunc(hits, func(h hit) bool { return h.src == src && h.pos < e && h.end > s })
}

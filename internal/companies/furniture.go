package companies

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Release furniture: where a release's boilerplate footer starts, and the
// highlights that only introduce a list of peers or names (a highlight
// ending with a colon, nested bullets, names alone).

// footerStart returns the first token of a release's boilerplate footer: a
// short line of its own, after the first paragraph, that starts with a
// footer heading ("About Kodal Minerals", "Forward-Looking Statements"), or
// a paragraph that opens with one and a colon ("About Kodal Minerals: ...").
// It returns the token count when there is none.
func (w *wordSets) footerStart(ts *tokens, bodyStart int) int {
	n := len(ts.toks)
	paras := 0
	for i := 0; i < n; i++ {
		t := &ts.toks[i]
		if int(t.start) < bodyStart {
			continue
		}
		if t.para {
			paras++
		}
		lineStart := t.para || lineBreakBefore(ts, i)
		if !lineStart || paras < 2 || !ts.has(i, fUpperInit) {
			continue
		}
		// The line: up to 8 words, no full stop, then a line break; or a
		// paragraph opened by up to 8 words and a colon, the heading run
		// into its text ("About Qorvath Lithium: Qorvath is ...").
		e := i + 1
		for e < n && e-i <= 8 && !lineBreakBefore(ts, e) && !(t.para && strings.IndexByte(ts.gap(e), ':') >= 0) {
			e++
		}
		runIn := t.para && e < n && e-i <= 8 && !lineBreakBefore(ts, e) && strings.IndexByte(ts.gap(e), ':') >= 0
		if !runIn && (e-i > 8 || (e < n && strings.ContainsAny(ts.src[ts.toks[e-1].end:ts.toks[e].start], ".!?"))) {
			continue
		}
		for _, fh := range w.footerHead {
			if e-i < len(fh) || (fh[0] == "about" && e-i < 2) {
				continue
			}
			ok := true
			for k, w := range fh {
				if ts.key(i+k) != w {
					ok = false
					break
				}
			}
			if ok && (fh[0] != "about" || ts.capitalised(i+1)) {
				return i
			}
		}
	}
	return n
}

// underIntro says why the highlight holding byte off of hl (the
// highlights, one per paragraph) names no subject when it is a sub-point
// of a highlight that ends with a colon: under "Peers in Brazil:" or
// "Other producers:" the companies are comparisons (noteExample); under
// "Venture partners:" or "Shareholders:" they are holders (noteParent,
// docs/labelling.md 4 and 5). A sub-point is a bullet ("- X") or, as
// publishers also nest them, a highlight made only of names and stakes
// ("Qorvath Nickel, 55%", "A, B and C."). It returns "" otherwise.
func (d *Dictionary) underIntro(hl string, off int) string {
	start := strings.LastIndex(hl[:off], "\n\n") + 1
	if !strings.Contains(hl[:start], ":\n") && !strings.Contains(hl[start:], ":") {
		return "" // no highlight ends with a colon
	}
	for {
		para := strings.TrimSpace(hl[start:])
		if i := strings.Index(para, "\n\n"); i >= 0 {
			para = para[:i]
		}
		switch {
		case isBullet(para):
		case strings.HasSuffix(para, ":"):
			return d.introNote(para)
		case !namesOnly(para):
			return ""
		}
		if start <= 1 {
			return ""
		}
		start = strings.LastIndex(hl[:start-1], "\n\n") + 1
	}
}

// introNote says what a highlight ending with a colon introduces: peers
// (noteExample), holders (noteParent) or neither ("").
func (d *Dictionary) introNote(para string) string {
	ts := d.words.tokenize(para)
	for i := range ts.toks {
		switch k := ts.key(i); {
		case d.roles.peerIntro[k]:
			return noteExample
		case d.roles.holderIntro[k]:
			return noteParent
		}
	}
	return ""
}

// namesOnly reports whether a highlight holds only capitalised words,
// numbers, stakes and list words ("Qorvath Nickel, 55%", "Alder Lithium,
// Brant Minerals and Corvo Metals."): a sub-point that lists names, not a
// sentence of news.
func namesOnly(para string) bool {
	words := 0
	for w := range strings.FieldsSeq(para) {
		w = strings.Trim(w, ",.;()%")
		if w == "" {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case w == "and" || w == "or" || w == "&" || w == "percent" || w == "per" || w == "cent":
		default:
			return false
		}
	}
	return words > 0
}

// isBullet reports whether a highlight is a nested bullet ("- X", "• X").
func isBullet(s string) bool {
	for _, p := range []string{"- ", "\u2013 ", "\u2022 ", "* "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

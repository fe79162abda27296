package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// fit returns s truncated with "…" or padded with spaces to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// trunc shortens s to at most w cells, ending in "…" when cut; a cut
// just after a space or a "…" drops it ("Battery…", not "Battery …";
// "[China Northern Rare E…", not "E……").
func trunc(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w == 1 {
		return "…"
	}
	return strings.TrimRight(ansi.Truncate(s, w-1, ""), " …") + "…"
}

// truncWords shortens plain text s to at most w cells after a whole word
// ("refreshed: 0 new, 0…"); a first word too wide alone is cut mid-word.
func truncWords(s string, w int) string {
	if cut, ok := cutAtWord(s, w); ok {
		return cut
	}
	return trunc(s, w)
}

// cutAtWord is s in at most w cells, cut after a whole word and ended
// with "…" when it is too long; ok is false when not even its first word
// fits.
func cutAtWord(s string, w int) (cut string, ok bool) {
	if width(s) <= w {
		return s, true
	}
	kept := ""
	for _, word := range strings.Split(s, " ") {
		next := word
		if kept != "" {
			next = kept + " " + word
		}
		if width(strings.TrimRight(next, " ,;:·"))+1 > w {
			break
		}
		kept = next
	}
	if kept = strings.TrimRight(kept, " ,;:·"); kept == "" {
		return "", false
	}
	return kept + "…", true
}

// hintsFit is a heading's hints that fit in w cells, each whole, led by
// two spaces and joined by " · "; the first that does not fit and those
// after it are left out, never cut mid-word.
func hintsFit(w int, hints ...string) string {
	if len(hints) == 0 || width("  "+hints[0]) > w {
		return ""
	}
	return appendFit("  "+hints[0], " · ", w, hints[1:]...)
}

// appendFit appends each of items to line after sep while the whole fits
// in w cells; the first item that does not fit and those after it are
// left out, never cut.
func appendFit(line, sep string, w int, items ...string) string {
	for _, it := range items {
		if width(line+sep+it) > w {
			break
		}
		line += sep + it
	}
	return line
}

// truncMiddle shortens s to at most w cells by cutting its middle, so
// both its start and its end stay readable ("use a nu…(12h, 2d, 1w)").
func truncMiddle(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw <= w {
		return s
	}
	if w < 3 {
		return trunc(s, w)
	}
	tail := (w - 1) / 2
	return ansi.Truncate(s, w-1-tail, "") + "…" + ansi.TruncateLeft(s, sw-tail, "")
}

// truncStart shortens s to at most w cells by cutting its start, so it
// begins with "…" when cut and its end stays readable.
func truncStart(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw <= w {
		return s
	}
	if w == 1 {
		return "…"
	}
	return ansi.TruncateLeft(s, sw-(w-1), "…")
}

// width is the display width of s, ignoring escape sequences.
func width(s string) int { return ansi.StringWidth(s) }

// spread puts left and right on one line of exactly w cells, cutting left
// first and right only when it alone is wider than the line.
func spread(left, right string, w int) string {
	rw := width(right)
	if rw >= w {
		return fit(right, w)
	}
	left = trunc(left, w-rw-1)
	gap := w - width(left) - rw
	return left + strings.Repeat(" ", gap) + right
}

// wrapText wraps plain text to w cells per line; tabs become spaces and long
// words are broken. A hanging indent is used for lines starting with "• ".
func wrapText(text string, w int) []string {
	if w < 1 {
		w = 1
	}
	text = strings.ReplaceAll(text, "\t", "    ")
	var out []string
	for _, para := range strings.Split(text, "\n") {
		if para == "" {
			out = append(out, "")
			continue
		}
		indent := ""
		if strings.HasPrefix(para, "• ") && w > 6 {
			indent = "  "
		}
		lines := strings.Split(ansi.Wrap(strings.TrimPrefix(para, "• "), w-len(indent), " -"), "\n")
		for i, l := range lines {
			l = strings.TrimRight(l, " ")
			if indent != "" {
				if i == 0 {
					l = "• " + l
				} else {
					l = indent + l
				}
			}
			out = append(out, l)
		}
	}
	return out
}

// highlight wraps every case-insensitive occurrence of any term in line with
// style. line must be plain text (no escape sequences).
func highlight(line string, terms []string, style lipgloss.Style) string {
	return highlightIn(line, terms, nil, style)
}

// highlightIn is highlight for a line drawn in base: the text between the
// matches is rendered with base (nil: left as it is), so a match does not
// end base's attributes early. A line without matches is base.Render(line).
func highlightIn(line string, terms []string, base *lipgloss.Style, style lipgloss.Style) string {
	plain := func(s string) string {
		if base == nil || s == "" {
			return s
		}
		return base.Render(s)
	}
	spans := matchSpans(line, terms)
	if len(spans) == 0 {
		return plain(line)
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(plain(line[last:sp[0]]))
		b.WriteString(style.Render(line[sp[0]:sp[1]]))
		last = sp[1]
	}
	b.WriteString(plain(line[last:]))
	return b.String()
}

// matchSpans are the byte ranges of line that match a term, case-insensitive,
// longest term first at each position, left to right without overlap.
func matchSpans(line string, terms []string) [][2]int {
	if len(terms) == 0 || line == "" {
		return nil
	}
	lower := strings.ToLower(line)
	if len(lower) != len(line) {
		// Case folding changed byte lengths; fall back to a rune-wise match.
		return matchSpansRunes(line, terms)
	}
	var spans [][2]int
	for i := 0; i < len(line); {
		n := 0
		for _, t := range terms {
			if t != "" && len(t) > n && strings.HasPrefix(lower[i:], t) {
				n = len(t)
			}
		}
		if n == 0 {
			_, size := utf8.DecodeRuneInString(line[i:])
			i += size
			continue
		}
		spans = append(spans, [2]int{i, i + n})
		i += n
	}
	return spans
}

func matchSpansRunes(line string, terms []string) [][2]int {
	var runes, lowered []rune
	var offs []int // byte offset of each rune in line, then len(line)
	for o, r := range line {
		runes = append(runes, r)
		lowered = append(lowered, unicode.ToLower(r))
		offs = append(offs, o)
	}
	offs = append(offs, len(line))
	var spans [][2]int
	for i := 0; i < len(runes); {
		n := 0
		for _, t := range terms {
			tr := []rune(t)
			if len(tr) > 0 && len(tr) <= len(runes)-i && string(lowered[i:i+len(tr)]) == t && len(tr) > n {
				n = len(tr)
			}
		}
		if n == 0 {
			i++
			continue
		}
		spans = append(spans, [2]int{offs[i], offs[i+n]})
		i += n
	}
	return spans
}

// normTerms lowercases search terms and drops empty ones.
func normTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		t = strings.ToLower(strings.TrimSpace(t))
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// relTime is a short age such as "now", "5m", "3h", "12d", "4mo", "2y".
func relTime(t, now time.Time) string {
	if t.IsZero() {
		return "?"
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	case d < 60*24*time.Hour:
		return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
	case d < 730*24*time.Hour:
		return fmt.Sprintf("%dmo", int(d/(30*24*time.Hour)))
	}
	return fmt.Sprintf("%dy", int(d/(365*24*time.Hour)))
}

// count formats n with thousands separators.
func count(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clamp limits v to [lo, hi]; hi < lo yields lo.
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// fillBox returns lines cut or padded with blank lines to exactly h lines, the
// blank ones w cells wide, so every part of the view fills its box.
func fillBox(lines []string, w, h int) []string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", max(w, 0)))
	}
	return lines
}

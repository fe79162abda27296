package brief

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/lode-reader/lode/internal/sanitize"
)

// Extract splits an item's text into sections. content is the item's
// content:encoded HTML and description its description (HTML or plain
// text); either may be empty. The richer field is read; highlights found
// only in the description are kept when the content has none. Items without
// highlights get their most informative sentences as derived highlights.
// Every returned string is sanitized for the terminal.
func Extract(content, description string) Sections {
	var links []string
	c := segment(parseField(content, &links))
	d := segment(parseField(description, &links))
	primary, other := choose(&c, &d)
	if !primary.explicitHL && other.explicitHL {
		primary.highlights = other.highlights
		primary.explicitHL = true
		primary.body = dropRepeatedItems(primary.body, primary.highlights)
	}
	var s Sections
	hl := primary.highlights
	if len(hl) == 0 {
		hl = deriveHighlights(primary.body)
		s.HighlightsDerived = len(hl) > 0
	}
	r := refs{all: links}
	for _, h := range hl {
		if t := sanitize.Line(residual(r.resolve(h))); t != "" {
			s.Highlights = append(s.Highlights, t)
		}
	}
	s.Body = sanitize.Text(residual(r.resolve(render(primary.body))))
	s.Analysis = sanitize.Text(residual(r.resolve(render(primary.analysis))))
	s.AnalysisTitle = sanitize.Line(residual(stripRefs(primary.title)))
	s.Takeaway = sanitize.Text(residual(r.resolve(render(primary.takeaway))))
	s.Links = r.out
	return s
}

// entityRE is a character reference left in text after the HTML was
// decoded: the feed escaped its markup twice ("Japan&amp;#8217;s" in the
// XML, "Japan&#8217;s" after one decoding).
var entityRE = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// residual decodes the character references a doubly escaped feed leaves
// in the text once more; text with none is returned as it is ("S&P", "R&D"
// hold none). The result is sanitized after, as every section is.
func residual(s string) string {
	if strings.IndexByte(s, '&') < 0 || !entityRE.MatchString(s) {
		return s
	}
	return html.UnescapeString(s)
}

// choose returns the field to read and the other one. The content wins
// unless the description has clearly more text, or as much text and more
// structure.
func choose(c, d *doc) (primary, other *doc) {
	switch {
	case c.words == 0:
		return d, c
	case d.words == 0:
		return c, d
	case d.words*5 > c.words*6:
		return d, c
	case d.structure() > c.structure() && d.words*5 >= c.words*4:
		return d, c
	}
	return c, d
}

// dropRepeatedItems removes body bullets that repeat a highlight taken from
// the other field.
func dropRepeatedItems(body []line, highlights []string) []line {
	seen := make(map[string]bool, len(highlights))
	for _, h := range highlights {
		seen[normText(h)] = true
	}
	out := body[:0:0]
	for _, l := range body {
		if l.kind == kindItem && seen[normText(l.text)] {
			continue
		}
		out = append(out, l)
	}
	return out
}

func normText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(stripRefs(s)), " "))
}

// render joins lines into paragraphs separated by blank lines; bullets
// become "• " lines grouped together.
func render(ls []line) string {
	var b strings.Builder
	// Each line adds its text and at most "\n\n" and "• " (five bytes).
	n := 0
	for _, l := range ls {
		n += len(l.text) + 5
	}
	b.Grow(n)
	for i, l := range ls {
		if i > 0 {
			prev := ls[i-1]
			switch {
			case l.kind == kindItem && prev.kind == kindItem:
				b.WriteByte('\n')
			case l.para, l.kind == kindHeading, prev.kind == kindHeading, (l.kind == kindItem) != (prev.kind == kindItem):
				b.WriteString("\n\n")
			default:
				b.WriteByte('\n')
			}
		}
		if l.kind == kindItem {
			b.WriteString("• ")
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// refs numbers link placeholders in reading order, one number per target.
type refs struct {
	all []string
	num map[string]int
	out []string
}

// resolve replaces placeholders in s with "[n]".
func (r *refs) resolve(s string) string {
	i := strings.IndexByte(s, linkOpen)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i+1:]
		j := strings.IndexByte(s, linkClose)
		if j < 0 {
			s = ""
			break
		}
		if idx, err := strconv.Atoi(s[:j]); err == nil && idx >= 0 && idx < len(r.all) {
			href := r.all[idx]
			if r.num == nil {
				r.num = make(map[string]int)
			}
			n, ok := r.num[href]
			if !ok {
				r.out = append(r.out, href)
				n = len(r.out)
				r.num[href] = n
			}
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(n))
			b.WriteByte(']')
		}
		s = s[j+1:]
		i = strings.IndexByte(s, linkOpen)
	}
	b.WriteString(s)
	return b.String()
}

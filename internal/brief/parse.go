package brief

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/lode-reader/lode/internal/sanitize"
)

// maxInput caps how much HTML one field may feed the extractor; the rest is
// dropped so a hostile feed cannot make extraction slow.
const maxInput = 2 << 20

// maxSpanDepth bounds the stack used to remember which <span>s were bold.
const maxSpanDepth = 512

// Link references are kept in line text as linkOpen index linkClose until the
// sections are rendered, so numbering follows the order the reader sees.
const (
	linkOpen  = '\x01'
	linkClose = '\x02'
)

type lineKind uint8

const (
	kindText    lineKind = iota
	kindHeading          // <h1>-<h6>
	kindItem             // list item or bulleted line
)

// line is one line of text as the parser saw it, before sectioning. The
// fields are ordered so the small ones share words: a document holds one
// line per paragraph.
type line struct {
	text    string
	level   int    // heading level 1-6 for kindHeading
	boldEnd int    // byte length of the leading bold run
	quote   uint32 // which top-level <blockquote> or <aside> holds the line, 0 for none
	kind    lineKind
	strong  bool // every visible character was bold
	para    bool // starts a new paragraph (otherwise a <br> or newline continuation)
	soft    bool // plain-text continuation that may be joined to the previous line
	sub     bool // list item nested inside another list item
	row     bool // text from two or more table cells: a table row, not a sentence
	boiler  bool // a release's legal notice or what follows it: never a derived highlight
	anchor  bool // the whole text is one in-page link ("#prices"): a table of contents entry
	linked  bool // the whole text is one link: another story's headline in a list of them
	pic     bool // an image stood alone just before the line: it may be the picture's caption
	italic  bool // every visible character was in <em> or <i>
}

// parser turns one HTML (or plain text) field into lines with the
// html.Tokenizer: a stream, so nesting depth costs nothing.
type parser struct {
	links *[]string // shared link table (hrefs), indexed by placeholders
	plain bool      // newlines in text are line breaks
	blank bool      // plain text uses blank lines between paragraphs

	lines []line

	buf       bytes.Buffer // the line being written; its memory is reused line after line
	hasText   bool
	boldEnd   int // -1 while every character so far was bold
	kind      lineKind
	level     int
	nextPara  bool
	nextSoft  bool
	space     bool // whitespace pending before the next character
	boldDepth int
	italics   int  // open <em> and <i> elements
	roman     bool // the line being written has text outside <em> and <i>
	spans     []bool
	spanOver  int

	skipTag   string // element whose content is being dropped
	skipDepth int
	skipBlock bool // the dropped element was a block: text around it does not join
	stopped   bool // a comment area began: the rest is furniture

	linkHref  int // index into links, -1 for a non-http link, -2 when no link is open
	linkStart int

	lineLink   bool // the open link opened the line
	inPageLink bool // the open link is an in-page one ("#prices")
	linkEnd    int  // where the link that opened the line ended, -1 if the line opened with none
	linkInPage bool // that link was an in-page one

	quoteDepth int    // open <blockquote> and <aside> elements
	quoteID    uint32 // numbers top-level <blockquote>s and <aside>s

	sawBlock  bool
	cells     bool // the line being written holds text from more than one table cell
	image     bool // an image stood with no text on its line since the last line
	preDepth  int
	listDepth int // open <ul>/<ol> elements
}

// parseField tokenizes one field. Input that carries no block markup at all
// is parsed again as plain text so its newlines and bullets keep their meaning.
func parseField(s string, links *[]string) []line {
	if len(s) > maxInput {
		s = s[:maxInput]
	}
	if strings.TrimSpace(s) == "" {
		return nil
	}
	s = unescapeWhole(s)
	mark := len(*links)
	p := newParser(links, false)
	// About one line per 128 bytes of markup: room made once.
	p.lines = make([]line, 0, min(max(len(s)/128, 4), 64))
	p.run(s)
	if !p.sawBlock && strings.ContainsRune(s, '\n') {
		*links = (*links)[:mark]
		q := newParser(links, true)
		q.blank = hasBlankLine(s)
		q.buf = p.buf // the line buffer's memory, p being done with it
		q.buf.Reset()
		q.lines = p.lines[:0]
		q.run(s)
		return q.lines
	}
	return p.lines
}

// unescapeWhole decodes a field once more when the feed escaped its whole
// HTML twice: no markup at all, and the text opens with an escaped tag
// ("&lt;p&gt;Prices rose&lt;/p&gt;"). A field with any real tag, or text
// that only mentions "&lt;" further in, is returned as it is. References
// that decode to control characters are stripped later, as in any field.
func unescapeWhole(s string) string {
	t := strings.TrimLeft(s, " \t\r\n")
	if !strings.HasPrefix(t, "&lt;") || strings.IndexByte(s, '<') >= 0 {
		return s
	}
	tag := t[len("&lt;"):]
	if i := strings.Index(tag, "&gt;"); i < 1 || i > 64 {
		return s
	}
	if c := tag[0]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '!') {
		return s // "&lt;5% of supply": a comparison, not a tag
	}
	return html.UnescapeString(s)
}

func newParser(links *[]string, plain bool) *parser {
	return &parser{links: links, plain: plain, boldEnd: -1, nextPara: true, linkHref: -2, linkEnd: -1}
}

// hasBlankLine reports whether s separates paragraphs with empty lines.
func hasBlankLine(s string) bool {
	seenText, blank := false, false
	for _, ln := range strings.Split(s, "\n") {
		if strings.TrimSpace(ln) == "" {
			blank = seenText
			continue
		}
		if blank {
			return true
		}
		seenText = true
	}
	return false
}

func (p *parser) run(s string) {
	if !strings.ContainsAny(s, "<&\r\x00") {
		// No markup, reference, carriage return or NUL: the tokenizer would
		// return s whole as one text token, so s is that token.
		p.addText([]byte(s))
		p.flush()
		return
	}
	// The markup briefings use is read by lode's own scanner; a field with
	// anything else is read again, from a fresh parser, by the tokenizer.
	fresh, mark := *p, len(*p.links)
	if p.runScan(s) {
		return
	}
	*p = fresh
	*p.links = (*p.links)[:mark]
	p.runTokens(s)
}

// runTokens reads s with the HTML tokenizer.
func (p *parser) runTokens(s string) {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			p.flush()
			return
		case html.TextToken:
			if p.skipTag != "" || p.stopped {
				continue
			}
			p.addText(z.Text())
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			p.start(z, string(name), hasAttr, false)
		case html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			p.start(z, string(name), hasAttr, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			p.end(string(name))
		}
	}
}

// dropped elements never contribute text.
var droppedTags = map[string]bool{
	"script": true, "style": true, "iframe": true, "noscript": true, "form": true,
	"nav": true, "button": true, "svg": true, "math": true, "select": true,
	"textarea": true, "template": true, "object": true, "embed": true,
	"canvas": true, "audio": true, "video": true, "head": true, "title": true,
	"noembed": true, "noframes": true, "footer": true, "xmp": true, "plaintext": true,
	"dialog": true, "map": true,
	// A figure's caption describes its picture, not the story: kept, it
	// became the lead of every item opening with a captioned image.
	"figcaption": true,
}

// blockTags end the current paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "header": true,
	"main": true, "blockquote": true, "figure": true, "figcaption": true,
	"table": true, "tr": true, "thead": true, "tbody": true, "tfoot": true,
	"ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "li": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"pre": true, "hr": true, "address": true, "center": true, "details": true,
	"summary": true, "fieldset": true, "caption": true, "aside": true,
	"body": true, "html": true, "hgroup": true,
}

// voidTags have no end tag, so they never start a dropped region.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true,
}

func (p *parser) start(z *html.Tokenizer, name string, hasAttr, selfClosing bool) {
	if p.stopped || p.skipTag != "" {
		p.startTag(name, tagAttrs{}, selfClosing)
		return
	}
	var a tagAttrs
	if hasAttr {
		for {
			k, v, more := z.TagAttr()
			a.add(string(k), v)
			if !more {
				break
			}
		}
	}
	p.startTag(name, a, selfClosing)
}

// tagAttrs is what a start tag's attributes tell the parser.
type tagAttrs struct {
	href                       string
	hidden, boldStyle, stopper bool
}

// add reads one attribute (its key lower-cased, its value unescaped).
func (a *tagAttrs) add(k string, v []byte) {
	switch k {
	case "class", "id":
		if isFurnitureClass(v) {
			a.hidden = true
		}
		if isCommentsClass(v) {
			a.hidden, a.stopper = true, true
		}
	case "style":
		if isHiddenStyle(v) {
			a.hidden = true
		}
		a.boldStyle = isBoldStyle(v)
	case "hidden":
		a.hidden = true
	case "aria-hidden":
		if string(bytes.ToLower(v)) == "true" {
			a.hidden = true
		}
	case "href":
		a.href = string(v)
	}
}

// startTag handles a start tag and its attributes.
func (p *parser) startTag(name string, a tagAttrs, selfClosing bool) {
	if p.stopped {
		return
	}
	if p.skipTag != "" {
		if name == p.skipTag && !selfClosing {
			p.skipDepth++
		}
		return
	}
	href, hidden, boldStyle, stopper := a.href, a.hidden, a.boldStyle, a.stopper
	if (droppedTags[name] || hidden) && !voidTags[name] && !selfClosing {
		p.skipBlock = blockTags[name] || droppedTags[name]
		if p.skipBlock {
			p.blockBreak()
		}
		p.skipTag, p.skipDepth = name, 1
		if stopper {
			p.stopped = true
		}
		return
	}
	if hidden {
		return
	}
	switch name {
	case "br":
		p.sawBlock = true
		p.lineBreak()
		return
	case "img":
		// An image's alt text describes the picture ("Open pit mine."):
		// read as text it took the lead's place. A word break stands for it.
		p.space = true
		p.image = p.image || !p.hasText
		return
	case "a":
		p.closeLink()
		p.linkStart = p.buf.Len()
		p.linkHref = p.linkIndex(href)
		p.lineLink, p.inPageLink = !p.hasText, strings.HasPrefix(href, "#")
		return
	case "b", "strong":
		p.boldDepth++
		return
	case "em", "i":
		p.italics++
		return
	case "span":
		if len(p.spans) >= maxSpanDepth {
			p.spanOver++
			return
		}
		p.spans = append(p.spans, boldStyle)
		if boldStyle {
			p.boldDepth++
		}
		return
	case "td", "th":
		p.space = true
		p.cells = p.cells || p.hasText
		return
	}
	if blockTags[name] && !selfClosing {
		p.sawBlock = true
		// <li><p>text</p></li>: the paragraph is still the list item
		keepItem := p.kind == kindItem && !p.hasText && (name == "p" || name == "div" || name == "span")
		p.blockBreak()
		if keepItem {
			p.kind = kindItem
		}
		switch {
		case name == "li":
			p.kind = kindItem
		case len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6':
			p.kind, p.level = kindHeading, int(name[1]-'0')
		case name == "pre":
			p.preDepth++
		case name == "ul" || name == "ol":
			p.listDepth++
		case name == "blockquote" || name == "aside":
			if p.quoteDepth == 0 {
				p.quoteID++
			}
			p.quoteDepth++
		}
	} else if name == "hr" {
		p.sawBlock = true
		p.blockBreak()
	}
}

func (p *parser) end(name string) {
	if p.stopped {
		return
	}
	if p.skipTag != "" {
		if name == p.skipTag {
			p.skipDepth--
			if p.skipDepth == 0 {
				p.skipTag = ""
				if p.skipBlock {
					p.blockBreak()
				}
			}
		}
		return
	}
	switch name {
	case "a":
		p.closeLink()
		return
	case "b", "strong":
		if p.boldDepth > 0 {
			p.boldDepth--
		}
		return
	case "em", "i":
		if p.italics > 0 {
			p.italics--
		}
		return
	case "span":
		if p.spanOver > 0 {
			p.spanOver--
			return
		}
		if n := len(p.spans); n > 0 {
			if p.spans[n-1] && p.boldDepth > 0 {
				p.boldDepth--
			}
			p.spans = p.spans[:n-1]
		}
		return
	case "td", "th":
		p.space = true
		return
	case "pre":
		if p.preDepth > 0 {
			p.preDepth--
		}
	}
	if blockTags[name] {
		p.blockBreak()
	}
	if (name == "blockquote" || name == "aside") && p.quoteDepth > 0 {
		p.quoteDepth--
	}
	if (name == "ul" || name == "ol") && p.listDepth > 0 {
		p.listDepth--
	}
}

func isFurnitureClass(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	s := strings.ToLower(string(v))
	for _, tok := range strings.Fields(s) {
		if tok == "share" || tok == "toc" || tok == "comments" || tok == "related" {
			return true
		}
		for _, f := range lex().furnitureClass {
			if strings.Contains(tok, f) {
				return true
			}
		}
	}
	return false
}

// isCommentsClass marks the comment list and reply form, after which a
// page holds nothing but furniture.
func isCommentsClass(v []byte) bool {
	for _, tok := range strings.Fields(strings.ToLower(string(v))) {
		switch tok {
		case "comment-respond", "comments-area", "respond", "comments", "commentform", "comment-form", "comment-list":
			return true
		}
	}
	return false
}

func isHiddenStyle(v []byte) bool {
	s := strings.ToLower(string(v))
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func isBoldStyle(v []byte) bool {
	s := strings.ToLower(string(v))
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "font-weight:bold") || strings.Contains(s, "font-weight:700") ||
		strings.Contains(s, "font-weight:800") || strings.Contains(s, "font-weight:900") ||
		strings.Contains(s, "font-weight:600")
}

// linkIndex records an http(s) href in the shared table and returns its
// index, or -1 for any other scheme (javascript:, mailto:, relative).
func (p *parser) linkIndex(href string) int {
	href = sanitize.Line(href)
	low := strings.ToLower(href)
	if !(strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://")) || len(href) <= len("https://") {
		return -1
	}
	if strings.ContainsAny(href, " <>\"") {
		return -1
	}
	*p.links = append(*p.links, href)
	return len(*p.links) - 1
}

// closeLink ends an open <a>, appending its reference placeholder when the
// link had text and an http(s) target.
func (p *parser) closeLink() {
	if p.linkHref == -2 {
		return
	}
	idx := p.linkHref
	p.linkHref = -2
	whole := p.lineLink && p.buf.Len() > p.linkStart
	p.lineLink = false
	if idx >= 0 && p.buf.Len() > p.linkStart {
		p.buf.WriteByte(' ')
		p.buf.WriteByte(linkOpen)
		p.buf.WriteString(strconv.Itoa(idx))
		p.buf.WriteByte(linkClose)
		p.space = false
	}
	if whole {
		p.linkEnd, p.linkInPage = p.buf.Len(), p.inPageLink
	}
}

// addText appends a text token, collapsing whitespace (or, in plain-text
// mode and inside <pre>, honouring newlines). Runs of characters between
// spaces are written whole.
func (p *parser) addText(s []byte) {
	// The tokenizer's bytes are read in place (they are copied only into
	// the line being written); only text that needs cleaning is copied.
	if !sanitize.SafeBytes(s) {
		s = []byte(sanitize.Text(string(s)))
	}
	keepNL := p.plain || p.preDepth > 0
	bold := p.boldDepth > 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && textByte[c] == byteWord {
			// A run of words with one space between each is written whole:
			// the space before each word is the one prepWrite would write.
			j := i + 1
			for j < len(s) {
				if d := s[j]; d < utf8.RuneSelf && textByte[d] == byteWord {
					j++
				} else if d == ' ' && j+1 < len(s) && s[j+1] < utf8.RuneSelf && textByte[s[j+1]] == byteWord {
					j += 2
				} else {
					break
				}
			}
			p.prepWrite(bold)
			p.buf.Write(s[i:j])
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		i += size
		switch {
		case r == '\n' && keepNL:
			p.newline()
		case unicode.IsSpace(r):
			p.space = true
		case r == '\u200b' || r == '\u2060' || r == '\u00ad' || r == utf8.RuneError:
			// zero-width space, word joiner, soft hyphen
		case r == linkOpen || r == linkClose:
			// cannot come from sanitized text; never let it through
		default:
			p.writeRune(r, bold)
		}
	}
}

// textByte sorts ASCII bytes for addText: byteWord bytes are written as
// they are, the others (white space and the link markers) looked at one by
// one.
var textByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = byteWord
	}
	for _, c := range []byte{' ', '\t', '\n', '\f', '\r', '\v', linkOpen, linkClose} {
		t[c] = byteOther
	}
	return t
}()

const (
	byteWord uint8 = iota
	byteOther
)

func (p *parser) prepWrite(bold bool) {
	if p.space && p.buf.Len() > 0 {
		p.buf.WriteByte(' ')
	}
	p.space = false
	if !bold && p.boldEnd < 0 {
		p.boldEnd = p.buf.Len()
	}
	p.roman = p.roman || p.italics == 0
	p.hasText = true
}

func (p *parser) writeRune(r rune, bold bool) {
	p.prepWrite(bold)
	p.buf.WriteRune(r)
}

// newline handles a newline in plain text: a blank line ends a paragraph,
// a single one ends a line.
func (p *parser) newline() {
	if !p.hasText {
		if len(p.lines) > 0 {
			p.nextPara = true
			p.nextSoft = false
		}
		return
	}
	p.flush()
	p.nextPara = !p.blank
	p.nextSoft = p.blank
}

func (p *parser) lineBreak() {
	if !p.hasText {
		return
	}
	kind, level := p.kind, p.level
	p.flush()
	p.nextPara = false
	if kind == kindItem {
		kind = kindText
	}
	p.kind, p.level = kind, level
}

func (p *parser) blockBreak() {
	p.flush()
	p.nextPara, p.nextSoft = true, false
	p.kind, p.level = kindText, 0
	p.boldDepth = 0
	p.italics = 0
	p.spans = p.spans[:0]
	p.spanOver = 0
}

// flush ends the current line and records it.
func (p *parser) flush() {
	p.closeLink()
	if p.hasText {
		text := strings.TrimSpace(p.buf.String())
		boldEnd := p.boldEnd
		strong := boldEnd < 0
		if strong {
			boldEnd = len(text)
		}
		if boldEnd > len(text) {
			boldEnd = len(text)
		}
		linked := p.linkEnd >= 0 && len(bytes.TrimSpace(p.buf.Bytes()[p.linkEnd:])) == 0
		var quote uint32
		if p.quoteDepth > 0 {
			quote = p.quoteID
		}
		p.emit(line{text: text, kind: p.kind, level: p.level, strong: strong, boldEnd: boldEnd, para: p.nextPara, soft: p.nextSoft,
			sub: p.kind == kindItem && p.listDepth > 1, row: p.cells, anchor: linked && p.linkInPage, linked: linked, quote: quote,
			pic: p.image, italic: !p.roman})
		p.nextPara, p.nextSoft, p.image = false, false, false
	}
	p.buf.Reset()
	p.hasText = false
	p.linkEnd = -1
	p.cells = false
	p.boldEnd = -1
	p.roman = false
	p.space = false
	if p.kind == kindItem {
		// text after a nested list inside an item is plain text
		p.kind = kindText
	}
}

// emit cleans a line, splits inline "•" bullets and marks bulleted lines.
func (p *parser) emit(l line) {
	l.text = cleanLine(l.text)
	if l.text == "" {
		return
	}
	if l.kind != kindHeading && strings.Count(l.text, "•") >= 2 {
		parts := strings.Split(l.text, "•")
		first := true
		if head := strings.TrimSpace(parts[0]); head != "" {
			h := l
			h.text, h.soft = head, false
			h.strong = l.strong
			if h.boldEnd > len(head) {
				h.boldEnd = len(head)
			}
			p.lines = append(p.lines, h)
			first = false
		}
		for _, part := range parts[1:] {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			p.lines = append(p.lines, line{text: part, kind: kindItem, para: first && l.para})
			first = false
		}
		return
	}
	if l.kind != kindHeading {
		if rest, ok := cutBullet(l.text); ok {
			l.sub = l.sub || isSubMarker(l.text)
			l.text, l.kind, l.soft = rest, kindItem, false
			l.boldEnd = 0
		}
	}
	p.lines = append(p.lines, l)
}

// isSubMarker reports a line starting with a second-level bullet ("◦",
// "‣", "▫"), which plain-text lists use for nested items.
func isSubMarker(s string) bool {
	return strings.HasPrefix(s, "◦") || strings.HasPrefix(s, "‣") || strings.HasPrefix(s, "▫")
}

// spacedMark reports a bullet mark that needs a space after it.
func spacedMark(m string) bool {
	switch m {
	case "-", "*", "–", "—", "·", "→":
		return true
	}
	return false
}

// cutBullet strips a leading bullet marker ("•", "-", "*", "–", "·", "▪")
// or a list number ("1.", "2)").
func cutBullet(s string) (string, bool) {
	if n := numberedPrefix(s); n > 0 {
		// A mark typed after the number goes too ("2. – Licences ...").
		rest, _ := cutMark(strings.TrimSpace(s[n:]))
		return rest, true
	}
	return cutMark(s)
}

// cutMark strips a leading bullet marker of bulletMarks; a dash must have
// a space after it ("-5%" keeps its sign).
func cutMark(s string) (string, bool) {
	for _, m := range lex().bulletMarks {
		if strings.HasPrefix(s, m) {
			rest := s[len(m):]
			if rest == "" || (rest[0] != ' ' && rest[0] != '\t' && spacedMark(m)) {
				return s, false
			}
			rest = strings.TrimSpace(rest)
			if rest == "" {
				return s, false
			}
			return rest, true
		}
	}
	return s, false
}

// cleanLine removes link-widget and feed-truncation noise from a line.
func cleanLine(s string) string {
	if strings.Contains(s, "(opens in") || strings.Contains(s, "(Opens in") {
		for _, junk := range lex().newTabNotes {
			s = strings.ReplaceAll(s, " "+junk, "")
			s = strings.ReplaceAll(s, junk, "")
		}
	}
	for _, tail := range []string{"[…]", "[...]", "[&hellip;]"} {
		if strings.HasSuffix(s, tail) {
			s = strings.TrimSpace(strings.TrimSuffix(s, tail))
		}
	}
	return s
}

// numberedPrefix returns the length of a "12. " or "3) " list marker at the
// start of s, or 0.
func numberedPrefix(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(s) || (s[i] != '.' && s[i] != ')') || s[i+1] != ' ' {
		return 0
	}
	if strings.TrimSpace(s[i+2:]) == "" {
		return 0
	}
	return i + 2
}

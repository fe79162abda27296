package feeds

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	"github.com/mmcdole/gofeed/rss"

	"github.com/lode-reader/lode/internal/brief"
)

// xhtmlNS is the XHTML namespace, used by RSS items that carry an xhtml:body.
const xhtmlNS = "http://www.w3.org/1999/xhtml"

// textConstruct is what the document says about one Atom text construct
// (a title, a summary, a content): its type and Atom 0.3 mode.
type textConstruct struct {
	typ, mode string
}

// html reports whether the construct holds markup: Atom's html and xhtml,
// Atom 0.3's text/html and application/xhtml+xml.
func (c textConstruct) html() bool {
	switch c.typ {
	case "html", "xhtml", "text/html", "application/xhtml+xml":
		return true
	}
	return false
}

// undecodedBase64 reports whether the construct is Atom 0.3 base64 that
// gofeed left encoded (it decodes only non-text types).
func (c textConstruct) undecodedBase64() bool {
	return c.mode == "base64" && (c.typ == "" || c.typ == "text" || strings.HasPrefix(c.typ, "text/"))
}

// entryExtra is what the second look at a document found for one entry.
type entryExtra struct {
	title, summary, content textConstruct
	// xhtmlBody is the inner XML of an RSS item's xhtml:body.
	xhtmlBody string
}

// docExtra is what gofeed's translation loses and lode needs: the type of
// each Atom title (text or markup), Atom 0.3 base64 modes, RSS xhtml:body.
type docExtra struct {
	feedTitle textConstruct
	entries   []entryExtra
}

// needsExtra reports whether a document has anything docExtra would find:
// a title element with a type or mode, Atom 0.3 modes, XHTML bodies. Most
// documents have none and are not read twice.
func needsExtra(body []byte) bool {
	if bytes.Contains(body, []byte(xhtmlNS)) || bytes.Contains(body, []byte("mode=")) {
		return true
	}
	for rest := body; ; {
		i := bytes.Index(rest, []byte("title"))
		if i < 0 {
			return false
		}
		if i > 0 && (rest[i-1] == '<' || rest[i-1] == ':') {
			tag := rest[i+5:]
			if end := bytes.IndexByte(tag, '>'); end >= 0 && bytes.Contains(tag[:end], []byte("type")) {
				return true
			}
		}
		rest = rest[i+5:]
	}
}

// scanExtra reads the document a second time, as gofeed does (non-strict
// XML), and records per entry what the translation would lose. A syntax
// error ends the scan with what was found so far.
func scanExtra(body []byte) *docExtra {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	x := &docExtra{}
	var stack []string // local names of the open elements
	entry := -1        // index of the open entry or item, -1 outside
	entryDepth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return x
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case entry < 0 && (name == "entry" || name == "item"):
				x.entries = append(x.entries, entryExtra{})
				entry = len(x.entries) - 1
				entryDepth = len(stack) + 1
			case entry >= 0 && len(stack) == entryDepth && name == "body" && t.Name.Space == xhtmlNS:
				start := d.InputOffset()
				if err := d.Skip(); err != nil {
					return x
				}
				inner := body[start:d.InputOffset()]
				if i := bytes.LastIndex(inner, []byte("</")); i >= 0 {
					inner = inner[:i]
				}
				x.entries[entry].xhtmlBody = string(inner)
				continue
			case entry >= 0 && len(stack) == entryDepth && (name == "title" || name == "summary" || name == "content"):
				c := construct(t)
				e := &x.entries[entry]
				switch name {
				case "title":
					e.title = c
				case "summary":
					e.summary = c
				default:
					e.content = c
				}
			case entry < 0 && name == "title" && len(stack) == 1 && parent == "feed":
				x.feedTitle = construct(t)
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			stack = stack[:len(stack)-1]
			if entry >= 0 && len(stack) < entryDepth {
				entry = -1
			}
		}
	}
}

func construct(t xml.StartElement) textConstruct {
	var c textConstruct
	for _, a := range t.Attr {
		switch strings.ToLower(a.Name.Local) {
		case "type":
			c.typ = strings.ToLower(strings.TrimSpace(a.Value))
		case "mode":
			c.mode = strings.ToLower(strings.TrimSpace(a.Value))
		}
	}
	return c
}

// atomTranslator is gofeed's Atom translation plus what it loses: titles
// are read as text or as HTML according to their type, Atom 0.3 base64
// text is decoded, and media:description stands in for a missing summary.
type atomTranslator struct {
	gofeed.DefaultAtomTranslator
	extra *docExtra
}

// Translate converts an *atom.Feed.
func (t *atomTranslator) Translate(native interface{}) (*gofeed.Feed, error) {
	f, err := t.DefaultAtomTranslator.Translate(native)
	if err != nil {
		return nil, err
	}
	x := t.extra
	if x == nil {
		x = &docExtra{}
	}
	f.Title = atomText(f.Title, x.feedTitle)
	af, _ := native.(*atom.Feed)
	for i, it := range f.Items {
		var e entryExtra
		if i < len(x.entries) {
			e = x.entries[i]
		}
		it.Title = atomText(it.Title, e.title)
		if e.content.undecodedBase64() {
			it.Content = decodeBase64(it.Content)
		}
		if e.summary.undecodedBase64() {
			it.Description = decodeBase64(it.Description)
		}
		if af != nil && i < len(af.Entries) && af.Entries[i] != nil {
			fillFromMedia(it, af.Entries[i].Extensions)
		}
	}
	return f, nil
}

// atomText turns a translated Atom text construct into plain text: markup
// types through the HTML-to-text step, text types as they are.
func atomText(s string, c textConstruct) string {
	if c.undecodedBase64() {
		s = decodeBase64(s)
	}
	if c.html() {
		return brief.Text(s)
	}
	return s
}

// rssTranslator is gofeed's RSS translation plus what it loses: titles are
// read as HTML (RSS titles are commonly escaped markup), a permalink GUID
// is the link of an item without one, and xhtml:body, fullitem and
// media:description stand in for missing content.
type rssTranslator struct {
	gofeed.DefaultRSSTranslator
	extra *docExtra
}

// Translate converts an *rss.Feed.
func (t *rssTranslator) Translate(native interface{}) (*gofeed.Feed, error) {
	f, err := t.DefaultRSSTranslator.Translate(native)
	if err != nil {
		return nil, err
	}
	f.Title = brief.Text(f.Title)
	rf, _ := native.(*rss.Feed)
	for i, it := range f.Items {
		it.Title = brief.Text(it.Title)
		var ri *rss.Item
		if rf != nil && i < len(rf.Items) {
			ri = rf.Items[i]
		}
		if ri == nil {
			continue
		}
		if it.Link == "" && ri.GUID != nil && !strings.EqualFold(strings.TrimSpace(ri.GUID.IsPermalink), "false") {
			it.Link = ri.GUID.Value // cleanFeed keeps it only when it is http(s)
		}
		if it.Content == "" {
			if t.extra != nil && i < len(t.extra.entries) && t.extra.entries[i].xhtmlBody != "" {
				it.Content = t.extra.entries[i].xhtmlBody
			} else if full := ri.Custom["fullitem"]; full != "" {
				it.Content = full
			}
		}
		fillFromMedia(it, ri.Extensions)
	}
	return f, nil
}

// fillFromMedia gives an entry without a title its media:title, and one
// without any text its media:description.
func fillFromMedia(it *gofeed.Item, e ext.Extensions) {
	if it.Title == "" {
		it.Title = brief.Text(mediaValue(e, "title"))
	}
	if it.Content == "" && it.Description == "" {
		it.Description = mediaValue(e, "description")
	}
}

// mediaValue is an entry's media:<name>, directly or in a media:group or
// media:content; "" if none.
func mediaValue(e ext.Extensions, name string) string {
	media := e["media"]
	if media == nil {
		return ""
	}
	if d := media[name]; len(d) > 0 && d[0].Value != "" {
		return d[0].Value
	}
	for _, parent := range []string{"group", "content"} {
		for _, g := range media[parent] {
			if d := g.Children[name]; len(d) > 0 && d[0].Value != "" {
				return d[0].Value
			}
		}
	}
	return ""
}

// decodeBase64 decodes Atom 0.3 base64 text, or returns s when it is not base64.
func decodeBase64(s string) string {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return s
	}
	return string(b)
}

package feeds

import (
	"bytes"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
)

// atomNS is the Atom 1.0 namespace.
const atomNS = "http://www.w3.org/2005/Atom"

// fastAtom is fastRSS for Atom 1.0: the entries of a plain document are
// read by lode, the rest (the feed's own elements) by gofeed from a copy
// without them. The subset: an unprefixed feed root in the Atom 1.0
// namespace (or none), entries as its direct children, unprefixed Atom
// elements in them (title, id, updated, published, summary, content, link,
// author with name and email, category, and the ones lode does not read),
// text constructs of type text, html (escaped, or in CDATA) or none, no
// mode attribute, no xml:base, dates as rssDate reads them, extensions
// other than Media RSS's title or text standing in for the entry's own.
// Anything else (XHTML or base64 content, a prefixed Atom element, an item
// or entry anywhere else, ...) returns !ok and the document goes to gofeed.
func fastAtom(body []byte) (feed *gofeed.Feed, ok bool) {
	s := rssScan{b: body}
	spans, entries, titleTyped, extra, ok := s.atomDocument(body)
	if !ok {
		return nil, false
	}
	skeleton := cutSpans(body, spans)
	if extra && titleTyped && !needsExtra(skeleton) {
		// The feed title's type is read only when the document has
		// something docExtra looks for, here only in the entries.
		return nil, false
	}
	return withItems(skeleton, entries, "atom")
}

// atomDocument walks an Atom document (body): the root and its entries,
// which it parses. extra is whether lode's translator reads the types of
// titles (when needsExtra finds anything in the document); titleTyped is
// whether the feed's own title has a type or mode.
func (s *rssScan) atomDocument(body []byte) (spans [][2]int, entries []*gofeed.Item, titleTyped, extra, ok bool) {
	var stack [][]byte
	for {
		t, ok := s.next()
		if !ok {
			return nil, nil, false, false, false
		}
		switch t.kind {
		case tkEOF:
			if len(stack) != 0 || s.ns == nil {
				return nil, nil, false, false, false
			}
			return spans, entries, titleTyped, extra, true
		case tkEnd:
			if len(stack) == 0 || !bytes.Equal(stack[len(stack)-1], t.name) {
				return nil, nil, false, false, false
			}
			stack = stack[:len(stack)-1]
		case tkStart:
			prefix, local := splitName(t.name)
			switch depth := len(stack); {
			case depth == 0 && s.ns == nil:
				if prefix != nil || !lowerEq(local, "feed") || t.empty || !s.rootAttrsWith(t.attrs, atomNS) {
					return nil, nil, false, false, false
				}
				extra = needsExtra(body)
			case depth == 0:
				return nil, nil, false, false, false // a second root
			case depth == 1 && lowerEq(local, "title"):
				titleTyped = titleTyped || attrCount(t.attrs, "type") > 0 || attrCount(t.attrs, "mode") > 0
			case depth == 1 && prefix == nil && lowerEq(local, "entry"):
				if t.empty {
					return nil, nil, false, false, false
				}
				e, ok := s.entry(t, extra)
				if !ok {
					return nil, nil, false, false, false
				}
				spans = append(spans, [2]int{t.start, s.i})
				entries = append(entries, e)
				continue
			case lowerEq(local, "entry"), lowerEq(local, "item"):
				// gofeed or docExtra would count it as an entry.
				return nil, nil, false, false, false
			}
			if !t.empty {
				stack = append(stack, t.name)
			}
		}
	}
}

// attrCount counts a start tag's attributes whose local name, lower-cased,
// is name (lower case), whatever their prefix.
func attrCount(a []byte, name string) int {
	n := 0
	forAttrs(a, func(at xmlAttrib) bool {
		if _, local := splitName(at.name); lowerEq(local, name) {
			n++
		}
		return true
	})
	return n
}

// attrOnce is the value of the unprefixed attribute name, decoded; !ok when
// it appears twice (gofeed reads some attributes first-wins, some
// last-wins) or holds what xmlAttr does not decode.
func attrOnce(a []byte, name string) (v string, ok bool) {
	ok = true
	seen := false
	forAttrs(a, func(at xmlAttrib) bool {
		if !lowerEq(at.name, strings.ToLower(name)) {
			return true
		}
		if seen || string(at.name) != name {
			ok = false
			return false
		}
		seen = true
		v, ok = xmlAttr(at.value)
		return ok
	})
	return v, ok
}

// atomText is a text construct's value as gofeed reads it, for the types
// the fast path takes; typ is its type attribute, lower-cased.
func (s *rssScan) atomText(inner []byte, typ string) (string, bool) {
	trimmed := bytes.TrimSpace(inner)
	switch {
	case bytes.Contains(trimmed, []byte(cdataStart)):
		// CDATA: unwrapped, the text around it decoded; gofeed's HTML
		// resolution changes nothing without xml:base.
		return s.text(inner), true
	case typ == "" || typ == "text" || strings.HasPrefix(typ, "text/"):
		return s.text(inner), true
	case typ == "html" && bytes.IndexByte(trimmed, '<') < 0:
		// Escaped HTML: gofeed's unwrapping of a single <div> finds no
		// element in text without "<".
		return s.text(inner), true
	}
	return "", false
}

// uriText is what gofeed makes of an Atom URI element's text (an id)
// outside any xml:base: parsed as a URL (leading spaces trimmed) and
// written again, or left as it is when it does not parse.
func uriText(v string) string { return resolveAttrURL(v) }

// entry parses one Atom entry whose start tag t was just read.
func (s *rssScan) entry(t token, withTypes bool) (*gofeed.Item, bool) {
	if !plainAttrs(t.attrs) {
		return nil, false
	}
	it := &gofeed.Item{}
	var (
		titleType                   string
		title, summary, content, id string
		hasContent                  bool
		updated, published          string
		updParsed, pubParsed        *time.Time
		authors                     []*gofeed.Person
		cats                        []string
		alternate, hasMedia         bool
	)
	for {
		c, more, ok := s.child(t.name)
		if !ok {
			return nil, false
		}
		if !more {
			break
		}
		prefix, local := splitName(c.name)
		innerStart, innerEnd := c.end, c.end
		if !c.empty {
			if innerEnd, ok = s.skipElement(c.name); !ok {
				return nil, false
			}
		}
		inner := s.b[innerStart:innerEnd]
		if prefix != nil {
			key, ok := s.space(prefix)
			if !ok || key == "atom" || key == "atom03" {
				return nil, false
			}
			if lowerEq(local, "title") || lowerEq(local, "summary") || lowerEq(local, "content") {
				return nil, false // docExtra would take its type for the entry's
			}
			hasMedia = hasMedia || key == "media"
			continue // an extension lode does not read
		}
		if !plainAttrs(c.attrs) {
			return nil, false
		}
		if attrCount(c.attrs, "mode") > 0 {
			return nil, false // Atom 0.3's base64 and escaped modes
		}
		typ, ok := attrOnce(c.attrs, "type")
		if !ok {
			return nil, false
		}
		typ = strings.ToLower(typ)
		text := func() (string, bool) { return s.atomText(inner, typ) }
		switch {
		case lowerEq(local, "title"):
			if title, ok = text(); !ok {
				return nil, false
			}
			titleType = strings.TrimSpace(typ)
		case lowerEq(local, "id"):
			v, ok := text()
			if !ok {
				return nil, false
			}
			id = uriText(v)
		case lowerEq(local, "summary"):
			if summary, ok = text(); !ok {
				return nil, false
			}
		case lowerEq(local, "content"):
			if content, ok = text(); !ok {
				return nil, false
			}
			hasContent = true
		case lowerEq(local, "updated"), lowerEq(local, "modified"):
			if updated, ok = text(); !ok {
				return nil, false
			}
			d, parsed, ok := rssDate(updated)
			if !ok {
				return nil, false
			}
			updParsed = nil
			if parsed {
				updParsed = &d
			}
		case lowerEq(local, "published"), lowerEq(local, "issued"):
			if published, ok = text(); !ok {
				return nil, false
			}
			d, parsed, ok := rssDate(published)
			if !ok {
				return nil, false
			}
			pubParsed = nil
			if parsed {
				pubParsed = &d
			}
		case lowerEq(local, "link"):
			var l [5]string
			for i, name := range []string{"href", "rel", "type", "length", "hreflang"} {
				if l[i], ok = attrValue(c.attrs, name); !ok {
					return nil, false
				}
			}
			href, rel := l[0], l[1]
			if href != "" {
				href = resolveAttrURL(href)
			}
			if rel == "" {
				rel = "alternate"
			}
			if rel == "alternate" && !alternate {
				it.Link, alternate = href, true
			}
			if rel == "alternate" || rel == "self" {
				it.Links = append(it.Links, href)
			}
			if rel == "enclosure" {
				it.Enclosures = append(it.Enclosures, &gofeed.Enclosure{URL: href, Length: l[3], Type: l[2]})
			}
		case lowerEq(local, "author"):
			p, ok := s.person(inner)
			if !ok {
				return nil, false
			}
			authors = append(authors, p)
		case lowerEq(local, "category"):
			term, ok1 := attrValue(c.attrs, "term")
			label, ok2 := attrValue(c.attrs, "label")
			if !ok1 || !ok2 {
				return nil, false
			}
			if label != "" {
				term = label
			}
			cats = append(cats, term)
		default:
			// rights, source, contributor and elements gofeed skips
		}
	}
	it.Title = title
	if withTypes && textConstructHTML(titleType) {
		it.Title = brief.Text(title)
	}
	it.Description = summary
	if hasContent {
		it.Content = content
	}
	it.GUID = id
	it.Updated, it.UpdatedParsed = updated, updParsed
	it.Published, it.PublishedParsed = published, pubParsed
	if it.Published == "" {
		it.Published = updated
	}
	if it.PublishedParsed == nil {
		it.PublishedParsed = updParsed
	}
	if len(authors) > 0 {
		it.Authors = authors
		it.Author = authors[0]
	}
	if len(cats) > 0 {
		it.Categories = cats
	}
	if hasMedia && (it.Title == "" || it.Content == "" && it.Description == "") {
		return nil, false // lode's translator would read media:title or media:description
	}
	return it, true
}

// textConstructHTML reports whether lode's translator reads a construct of
// this type as HTML.
func textConstructHTML(typ string) bool {
	return textConstruct{typ: typ}.html()
}

// person reads an Atom author's name and email.
func (s *rssScan) person(inner []byte) (*gofeed.Person, bool) {
	sub := rssScan{b: inner, ns: s.ns}
	p := &gofeed.Person{}
	for {
		t, ok := sub.next()
		if !ok {
			return nil, false
		}
		switch t.kind {
		case tkEOF:
			return p, true
		case tkEnd:
			return nil, false
		case tkStart:
		default:
			continue
		}
		prefix, local := splitName(t.name)
		if prefix != nil || !plainAttrs(t.attrs) || attrCount(t.attrs, "mode") > 0 {
			return nil, false
		}
		start, end := t.end, t.end
		if !t.empty {
			if end, ok = sub.skipElement(t.name); !ok {
				return nil, false
			}
		}
		typ, ok := attrOnce(t.attrs, "type")
		if !ok {
			return nil, false
		}
		v, ok := sub.atomText(inner[start:end], strings.ToLower(typ))
		if !ok {
			return nil, false
		}
		switch {
		case lowerEq(local, "name"):
			p.Name = v
		case lowerEq(local, "email"):
			p.Email = v
		}
	}
}

package feeds

import (
	"bytes"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
)

// fastRSS is the parse of the RSS 2.0 documents most feeds are, without
// gofeed walking their items. It is called only on documents quickBound
// accepted (valid UTF-8, plain names, quoted attributes, no DOCTYPE, every
// character reference to a character XML accepts), and it reads the items
// of a stricter subset itself, in one pass over their bytes, producing the
// gofeed.Item fields gofeed and lode's rssTranslator would: title (through
// brief.Text), link and links, guid and the permalink fallback,
// description, content:encoded, pubDate, author or dc:creator, categories,
// enclosures and the image gofeed picks (media:content or an enclosure).
// The rest of the document (the channel's own elements) is left to gofeed,
// parsed from a copy with the items cut out, so the feed's fields are
// gofeed's own.
//
// It returns !ok, and the caller runs gofeed on the whole document, for
// anything outside the subset: a root other than an unprefixed rss, a
// default namespace or xml:base, namespace declarations below the root,
// items outside the one channel, a prefix bound to an unusual URI or not
// bound at all, Dublin Core fields gofeed reads other than creator,
// iTunes, Atom or XHTML elements in items, Media RSS where lode would read
// media:title or media:description, a fullitem element, prefixed
// attributes named as ones gofeed reads, an item or entry element anywhere
// else (docExtra would count it as an item), an attribute value or an
// extension's text with a carriage return or an entity XML does not
// define, an unbalanced or mismatched tag. (Of what docExtra finds, the
// RSS translation reads only XHTML bodies, which the fast path refuses.)
// TestFastRSSMatchesGofeed and FuzzFastRSS compare the two paths.
func fastRSS(body []byte) (feed *gofeed.Feed, ok bool) {
	s := rssScan{b: body}
	spans, items, ok := s.document()
	if !ok {
		return nil, false
	}
	return withItems(cutSpans(body, spans), items, "rss")
}

// cutSpans is body without the byte ranges at spans (in order, apart).
func cutSpans(body []byte, spans [][2]int) []byte {
	n := len(body)
	for _, sp := range spans {
		n -= sp[1] - sp[0]
	}
	out := make([]byte, 0, n)
	at := 0
	for _, sp := range spans {
		out = append(out, body[at:sp[0]]...)
		at = sp[1]
	}
	return append(out, body[at:]...)
}

// withItems is gofeed's parse of skeleton (a document with its items cut
// out), which must be of the given feed type, with items as its items; !ok
// if gofeed fails on it or reads it as something else.
func withItems(skeleton []byte, items []*gofeed.Item, feedType string) (*gofeed.Feed, bool) {
	feed, err := parseXMLOrJSON(skeleton, true)
	if err != nil || feed == nil || feed.FeedType != feedType || len(feed.Items) != 0 {
		return nil, false
	}
	feed.Items = items
	return feed, true
}

// Namespaces the fast path knows by URI, keyed as gofeed keys their
// extensions.
const (
	contentNS = "http://purl.org/rss/1.0/modules/content/"
	dcNS      = "http://purl.org/dc/elements/1.1/"
)

// extensionKeys maps the namespace URIs whose extensions gofeed or lode
// read from an RSS item to the key gofeed files them under; the RSS 1.0 and
// 0.9 URIs are gofeed's native ones ("native").
var extensionKeys = map[string]string{
	contentNS:                     "content",
	dcNS:                          "dc",
	"http://www.w3.org/2005/Atom": "atom",
	"http://purl.org/atom/ns#":    "atom03",
	"http://www.itunes.com/DTDs/PodCast-1.0.dtd":  "itunes",
	"http://example.com/DTDs/PodCast-1.0.dtd":     "itunes",
	"http://search.yahoo.com/mrss":                "media",
	"http://search.yahoo.com/mrss/":               "media",
	xhtmlNS:                                       "xhtml",
	"http://www.w3.org/1999/02/22-rdf-syntax-ns#": "native",
	"http://purl.org/rss/1.0/":                    "native",
	"http://channel.netscape.com/rdf/simple/0.9/": "native",
	"http://my.netscape.com/rdf/simple/0.9/":      "native",
}

// importantPrefix reports whether an extension filed under this key is read
// by gofeed's RSS translation or by lode's.
func importantPrefix(key string) bool {
	switch key {
	case "content", "dc", "itunes", "atom", "atom10", "atom03", "media", "xhtml", "native", "rss", "rdf", "xml", "xmlns":
		return true
	}
	return false
}

// dcRead is the Dublin Core elements gofeed's RSS translation reads for an
// item (creator aside, which the fast path reads itself).
func dcRead(local string) bool {
	switch local {
	case "title", "description", "date", "author", "subject":
		return true
	}
	return false
}

// rssScan reads one document for fastRSS.
type rssScan struct {
	b []byte
	i int
	// ns is the root's namespace declarations, prefix to URI.
	ns map[string]string
	// buf is scratch space for decoding text.
	buf []byte
}

// token kinds
const (
	tkText = iota
	tkStart
	tkEnd
	tkCDATA
	tkOther // comment or processing instruction
	tkEOF
)

// token is one piece of markup or text; for a start tag, attrs is what lies
// between its name and its end.
type token struct {
	kind       int
	start, end int
	name       []byte
	attrs      []byte
	empty      bool
}

// next reads the token at s.i. The document is one quickBound accepted, so
// the markup is well formed token by token; !ok is anything else.
func (s *rssScan) next() (t token, ok bool) {
	b := s.b
	i := s.i
	t.start = i
	if i >= len(b) {
		t.kind = tkEOF
		return t, true
	}
	if b[i] != '<' {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			j = len(b) - i
		}
		t.kind, t.end = tkText, i+j
		s.i = t.end
		return t, true
	}
	if i+1 >= len(b) {
		return t, false
	}
	switch b[i+1] {
	case '/':
		n := nameEnd(b, i+2)
		t.name = b[i+2 : n]
		n = skipSpace(b, n)
		if n >= len(b) || b[n] != '>' || len(t.name) == 0 {
			return t, false
		}
		t.kind, t.end = tkEnd, n+1
	case '?':
		k := bytes.Index(b[i+2:], []byte("?>"))
		if k < 0 {
			return t, false
		}
		t.kind, t.end = tkOther, i+2+k+2
	case '!':
		rest := b[i+2:]
		switch {
		case bytes.HasPrefix(rest, []byte("--")):
			k := bytes.Index(rest[2:], []byte("--"))
			if k < 0 || 2+k+2 >= len(rest) || rest[2+k+2] != '>' {
				return t, false
			}
			t.kind, t.end = tkOther, i+2+2+k+3
		case bytes.HasPrefix(rest, []byte("[CDATA[")):
			k := bytes.Index(rest[7:], []byte("]]>"))
			if k < 0 {
				return t, false
			}
			t.kind, t.end = tkCDATA, i+2+7+k+3
		default:
			return t, false
		}
	default:
		n := nameEnd(b, i+1)
		if n == i+1 {
			return t, false
		}
		t.name = b[i+1 : n]
		a := n
		for {
			n = skipSpace(b, n)
			if n >= len(b) {
				return t, false
			}
			if b[n] == '>' {
				t.attrs = b[a:n]
				n++
				break
			}
			if b[n] == '/' {
				if n+1 >= len(b) || b[n+1] != '>' {
					return t, false
				}
				t.attrs = b[a:n]
				t.empty = true
				n += 2
				break
			}
			// name = "value"
			e := nameEnd(b, n)
			if e == n {
				return t, false
			}
			e = skipSpace(b, e)
			if e >= len(b) || b[e] != '=' {
				return t, false
			}
			e = skipSpace(b, e+1)
			if e >= len(b) || (b[e] != '"' && b[e] != '\'') {
				return t, false
			}
			q := bytes.IndexByte(b[e+1:], b[e])
			if q < 0 {
				return t, false
			}
			n = e + 1 + q + 1
		}
		t.kind, t.end = tkStart, n
	}
	s.i = t.end
	return t, true
}

// child returns the next start tag among the children of the element
// named parent, skipping text, comments and the like: more is false at
// parent's end tag, and ok is false when the document ends or closes another
// element first.
func (s *rssScan) child(parent []byte) (c token, more, ok bool) {
	for {
		c, ok := s.next()
		if !ok {
			return c, false, false
		}
		switch c.kind {
		case tkEOF:
			return c, false, false
		case tkEnd:
			return c, false, bytes.Equal(c.name, parent)
		case tkStart:
			return c, true, true
		}
	}
}

// xmlAttrib is one attribute of a start tag, its value still raw.
type xmlAttrib struct {
	name, value []byte
}

// forAttrs calls f for each attribute in a start tag's attrs, stopping when
// f returns false.
func forAttrs(a []byte, f func(xmlAttrib) bool) {
	n := 0
	for {
		n = skipSpace(a, n)
		if n >= len(a) {
			return
		}
		e := nameEnd(a, n)
		name := a[n:e]
		e = skipSpace(a, e)
		e = skipSpace(a, e+1) // past '='
		q := bytes.IndexByte(a[e+1:], a[e])
		if !f(xmlAttrib{name: name, value: a[e+1 : e+1+q]}) {
			return
		}
		n = e + 1 + q + 1
	}
}

// splitName splits a qualified name as encoding/xml does.
func splitName(name []byte) (prefix, local []byte) {
	if k := bytes.IndexByte(name, ':'); k > 0 && k < len(name)-1 {
		return name[:k], name[k+1:]
	}
	return nil, name
}

// lowerEq reports whether name, ASCII lower-cased, is want (lower case).
func lowerEq(name []byte, want string) bool {
	if len(name) != len(want) {
		return false
	}
	for i := range len(name) {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != want[i] {
			return false
		}
	}
	return true
}

// skipElement reads to the end of the element whose start tag was just
// read (at depth 1), checking that every tag inside is closed by its own
// name; it returns where the end tag starts and where it ends.
func (s *rssScan) skipElement(name []byte) (innerEnd int, ok bool) {
	var stack [][]byte
	stack = append(stack, name)
	for {
		t, ok := s.next()
		if !ok {
			return 0, false
		}
		switch t.kind {
		case tkEOF:
			return 0, false
		case tkStart:
			if !t.empty {
				stack = append(stack, t.name)
			}
		case tkEnd:
			if !bytes.Equal(stack[len(stack)-1], t.name) {
				return 0, false
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return t.start, true
			}
		}
	}
}

// document walks the whole document: the root, its one channel and the
// channel's items, which it parses. spans are the items' byte ranges.
func (s *rssScan) document() (spans [][2]int, items []*gofeed.Item, ok bool) {
	var stack [][]byte // names of the open elements
	channels := 0
	for {
		t, ok := s.next()
		if !ok {
			return nil, nil, false
		}
		switch t.kind {
		case tkEOF:
			if len(stack) != 0 || channels != 1 {
				return nil, nil, false
			}
			return spans, items, true
		case tkEnd:
			if len(stack) == 0 || !bytes.Equal(stack[len(stack)-1], t.name) {
				return nil, nil, false
			}
			stack = stack[:len(stack)-1]
		case tkStart:
			prefix, local := splitName(t.name)
			switch depth := len(stack); {
			case depth == 0 && s.ns == nil:
				if prefix != nil || !lowerEq(local, "rss") || !s.rootAttrs(t.attrs) {
					return nil, nil, false
				}
			case depth == 0:
				return nil, nil, false // a second root
			case depth == 1 && lowerEq(local, "item"):
				return nil, nil, false // gofeed reads items outside the channel too
			case lowerEq(local, "item") && !(depth == 2 && lowerEq(stack[1], "channel")), lowerEq(local, "entry"):
				// docExtra counts every item or entry, at any depth,
				// as one of the feed's items.
				return nil, nil, false
			case depth == 1 && prefix == nil && lowerEq(local, "channel"):
				channels++
				if channels > 1 || t.empty || !plainAttrs(t.attrs) {
					return nil, nil, false
				}
			case depth == 2 && lowerEq(local, "item") && len(stack) == 2 && lowerEq(stack[1], "channel"):
				if prefix != nil || t.empty {
					return nil, nil, false
				}
				it, ok := s.item(t)
				if !ok {
					return nil, nil, false
				}
				spans = append(spans, [2]int{t.start, s.i})
				items = append(items, it)
				continue
			}
			if !t.empty {
				stack = append(stack, t.name)
			}
		}
	}
}

// rootAttrs reads the root's namespace declarations; !ok for a default
// namespace, xml:base, or a prefix the fast path cannot key as gofeed does.
func (s *rssScan) rootAttrs(a []byte) bool {
	return s.rootAttrsWith(a, "")
}

// rootAttrsWith is rootAttrs allowing one default namespace (none when
// defaultNS is "").
func (s *rssScan) rootAttrsWith(a []byte, defaultNS string) bool {
	s.ns = map[string]string{}
	ok := true
	forAttrs(a, func(at xmlAttrib) bool {
		prefix, local := splitName(at.name)
		switch {
		case prefix == nil && string(local) == "xmlns":
			uri, good := xmlAttr(at.value)
			ok = good && defaultNS != "" && strings.TrimSpace(uri) == defaultNS
		case string(prefix) == "xml" && string(local) == "base":
			ok = false
		case string(prefix) == "xmlns":
			uri, good := xmlAttr(at.value)
			uri = strings.TrimSpace(uri)
			p := string(local)
			if _, seen := s.ns[p]; !good || seen || uri == "" {
				ok = false
				break
			}
			key, known := extensionKeys[uri]
			// A reserved or read key bound to an unknown URI, or a
			// read URI bound twice, is left to gofeed.
			if !known && importantPrefix(p) {
				ok = false
			}
			if known {
				for q, u := range s.ns {
					if u == uri && q != p {
						ok = false
					}
				}
				if key == "native" {
					ok = false
				}
			}
			s.ns[p] = uri
		}
		return ok
	})
	return ok
}

// plainAttrs reports whether a start tag declares no namespace and no
// xml:base, and has no prefixed attribute that gofeed could take for an
// unprefixed one it reads (it matches some attributes by local name
// only): other prefixed attributes (thr:count, ...) are harmless.
func plainAttrs(a []byte) bool {
	ok := true
	forAttrs(a, func(at xmlAttrib) bool {
		prefix, local := splitName(at.name)
		switch {
		case string(at.name) == "xmlns":
			ok = false
		case prefix == nil:
		case string(prefix) == "xmlns" || string(prefix) == "xml" && !lowerEq(local, "lang"):
			ok = false
		case readAttr(local):
			ok = false
		}
		return ok
	})
	return ok
}

// readAttr reports whether an attribute of this local name is read by
// gofeed or lode from an item's or entry's element.
func readAttr(local []byte) bool {
	for _, n := range []string{"href", "rel", "type", "length", "term", "label", "mode", "url", "ispermalink", "src", "scheme", "hreflang", "title", "domain", "base"} {
		if lowerEq(local, n) {
			return true
		}
	}
	return false
}

// space is the namespace key of an item's child element: "" for an
// unprefixed one, else what gofeed files its extension under ("content",
// "dc", ...; "other" for the extensions neither gofeed nor lode read).
// !ok for a prefix that is not declared.
func (s *rssScan) space(prefix []byte) (key string, ok bool) {
	if prefix == nil {
		return "", true
	}
	uri, ok := s.ns[string(prefix)]
	if !ok {
		return "", false
	}
	if k, known := extensionKeys[uri]; known {
		return k, true
	}
	return "other", true
}

// item parses one item whose start tag t was just read.
func (s *rssScan) item(t token) (*gofeed.Item, bool) {
	if !plainAttrs(t.attrs) {
		return nil, false
	}
	it := &gofeed.Item{}
	var (
		guid                 *string
		permalink            string
		author               string
		creator              *string
		pubDate              string
		pubParsed            *time.Time
		links, cats          []string
		encls                []*gofeed.Enclosure
		title, content, desc string
		hasMedia             bool
		mediaImage           *string
	)
	for {
		c, more, ok := s.child(t.name)
		if !ok {
			return nil, false
		}
		if !more {
			break
		}
		if !plainAttrs(c.attrs) {
			return nil, false
		}
		prefix, local := splitName(c.name)
		key, ok := s.space(prefix)
		if !ok {
			return nil, false
		}
		innerStart, innerEnd := c.end, c.end
		if !c.empty {
			if innerEnd, ok = s.skipElement(c.name); !ok {
				return nil, false
			}
		}
		inner := s.b[innerStart:innerEnd]
		switch {
		case key == "content" && lowerEq(local, "encoded"):
			content = s.text(inner)
		case key == "dc" && string(local) == "creator":
			v, ok := s.extText(inner)
			if !ok {
				return nil, false
			}
			if creator == nil {
				creator = &v
			}
		case key == "dc" && dcRead(string(local)):
			return nil, false
		case key == "media":
			hasMedia = true
			if string(local) == "content" && mediaImage == nil {
				u, ok := mediaContentImage(c.attrs)
				if !ok {
					return nil, false
				}
				mediaImage = u
			}
		case key == "other", key == "dc":
			// an extension neither gofeed's translation nor lode reads
		case key != "":
			return nil, false
		case lowerEq(local, "title"):
			title = s.text(inner)
		case lowerEq(local, "description"):
			desc = s.text(inner)
		case lowerEq(local, "link"):
			href, ok := attrValue(c.attrs, "href")
			if !ok {
				return nil, false
			}
			if href != "" {
				href = resolveAttrURL(href)
			}
			u := s.text(inner)
			if u == "" && href != "" {
				u = href
			}
			it.Link = u
			links = append(links, u)
		case lowerEq(local, "author"):
			author = s.text(inner)
		case lowerEq(local, "pubdate"):
			pubDate = s.text(inner)
			d, parsed, ok := rssDate(pubDate)
			if !ok {
				return nil, false
			}
			if parsed {
				pubParsed = &d
			}
		case lowerEq(local, "enclosure"):
			var e gofeed.Enclosure
			var ok1, ok2, ok3 bool
			e.URL, ok1 = attrValue(c.attrs, "url")
			e.Length, ok2 = attrValue(c.attrs, "length")
			e.Type, ok3 = attrValue(c.attrs, "type")
			if !ok1 || !ok2 || !ok3 {
				return nil, false
			}
			encls = append(encls, &e)
		case lowerEq(local, "guid"):
			p, ok := attrValue(c.attrs, "isPermaLink")
			if ok && p == "" {
				p, ok = attrValue(c.attrs, "isPermalink")
			}
			if !ok {
				return nil, false
			}
			if p == "" {
				p = "true"
			}
			permalink = p
			v := s.text(inner)
			guid = &v
		case lowerEq(local, "category"):
			cats = append(cats, s.text(inner))
		case string(local) == "fullitem":
			return nil, false // lode's translator reads it as content
		default:
			// comments, source, and elements gofeed keeps as custom
			// fields lode does not read
		}
	}
	it.Title = brief.Text(title)
	it.Description = desc
	it.Content = content
	it.Links = links
	it.Published = pubDate
	it.PublishedParsed = pubParsed
	if guid != nil {
		it.GUID = *guid
		if it.Link == "" && !strings.EqualFold(strings.TrimSpace(permalink), "false") {
			it.Link = *guid
		}
	}
	switch {
	case author != "":
		it.Author = personOf(author)
	case creator != nil:
		it.Author = personOf(*creator)
	}
	if it.Author != nil {
		it.Authors = []*gofeed.Person{it.Author}
	}
	if len(cats) > 0 {
		it.Categories = cats
	}
	if hasMedia && (it.Title == "" || it.Content == "" && it.Description == "") {
		return nil, false // lode's translator would read media:title or media:description
	}
	if mediaImage != nil {
		it.Image = &gofeed.Image{URL: *mediaImage}
	}
	for _, e := range encls {
		if it.Image == nil && strings.HasPrefix(e.Type, "image/") {
			it.Image = &gofeed.Image{URL: e.URL}
		}
	}
	it.Enclosures = encls
	return it, true
}

// mediaContentImage is the URL of a media:content element that gofeed
// takes for an item's image (its type or medium mentions "image"), nil for
// another; its attributes are read as gofeed files them, by local name,
// the last of a name winning. !ok when a value holds what xmlAttr does not
// decode.
func mediaContentImage(a []byte) (u *string, ok bool) {
	var url, typ, medium string
	ok = true
	forAttrs(a, func(at xmlAttrib) bool {
		_, local := splitName(at.name)
		var dst *string
		switch string(local) {
		case "url":
			dst = &url
		case "type":
			dst = &typ
		case "medium":
			dst = &medium
		default:
			return true
		}
		*dst, ok = xmlAttr(at.value)
		return ok
	})
	if !ok {
		return nil, false
	}
	if strings.Contains(typ, "image") || strings.Contains(medium, "image") {
		return &url, true
	}
	return nil, true
}

// attrValue is the value of the unprefixed attribute name (the first, as
// gofeed takes it), decoded as encoding/xml decodes it; !ok when it holds
// what the fast path does not decode.
func attrValue(a []byte, name string) (v string, ok bool) {
	ok = true
	forAttrs(a, func(at xmlAttrib) bool {
		if string(at.name) == name {
			v, ok = xmlAttr(at.value)
			return false
		}
		return true
	})
	return v, ok
}

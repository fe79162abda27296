package feeds

import (
	"bytes"
	"encoding/xml"
	"html"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// The text of an element, as gofeed reads it for the fields lode uses: the
// element's inner XML, trimmed; CDATA sections taken as they are and the
// text around them (or the whole, without CDATA) with its entities decoded
// as HTML entities, where an "&" that does not start a reference ending in
// ";" within 64 bytes (and without white space) stays as it is.

const (
	cdataStart = "<![CDATA["
	cdataEnd   = "]]>"
	// entityWindow is how far after an "&" gofeed looks for its ";".
	entityWindow = 64
)

// text is an element's text from its inner XML.
func (s *rssScan) text(inner []byte) string {
	inner = bytes.TrimSpace(inner)
	if bytes.IndexByte(inner, '&') < 0 && bytes.IndexByte(inner, '<') < 0 {
		return string(inner)
	}
	out := s.buf[:0]
	if bytes.Contains(inner, []byte(cdataStart)) {
		out = stripCDATA(out, inner)
	} else {
		out = decodeEntities(out, inner)
	}
	s.buf = out
	return string(out)
}

// stripCDATA appends str with its CDATA sections unwrapped and the text
// between them decoded; an unclosed section is decoded as text.
func stripCDATA(dst, str []byte) []byte {
	for len(str) > 0 {
		start := bytes.Index(str, []byte(cdataStart))
		if start < 0 {
			return decodeEntities(dst, str)
		}
		dst = decodeEntities(dst, str[:start])
		end := bytes.Index(str[start+len(cdataStart):], []byte(cdataEnd))
		if end < 0 {
			return decodeEntities(dst, str[start:])
		}
		end += start + len(cdataStart)
		dst = append(dst, str[start+len(cdataStart):end]...)
		str = str[end+len(cdataEnd):]
	}
	return dst
}

// decodeEntities appends data with its HTML entities decoded (see above).
func decodeEntities(dst, data []byte) []byte {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '&')
		if i < 0 {
			return append(dst, data...)
		}
		dst = append(dst, data[:i]...)
		data = data[i:]
		window := data[:min(len(data), entityWindow)]
		end := bytes.IndexByte(window, ';')
		if end < 0 && len(window) == len(data) {
			return append(dst, data...)
		}
		if end < 0 || bytes.ContainsAny(data[1:end], " \t\r\n") {
			dst = append(dst, '&')
			data = data[1:]
			continue
		}
		span := data[:end+1]
		if d, ok := commonEntity(dst, span); ok {
			dst = d
			data = data[end+1:]
			continue
		}
		dec := html.UnescapeString(string(span))
		if dec == html.UnescapeString(string(span[:len(span)-1]))+";" {
			// Decoded only without its ";": not a reference.
			dst = append(dst, '&')
			data = data[1:]
			continue
		}
		dst = append(dst, dec...)
		data = data[end+1:]
	}
	return dst
}

// commonEntity appends the decoding of span ("&...;") when it is one of the
// references feeds use most (the five XML entities, decimal and lower-case
// hexadecimal references to characters HTML decodes as themselves), for
// which html.UnescapeString gives that same character; !ok otherwise.
func commonEntity(dst, span []byte) ([]byte, bool) {
	switch string(span) {
	case "&lt;":
		return append(dst, '<'), true
	case "&gt;":
		return append(dst, '>'), true
	case "&amp;":
		return append(dst, '&'), true
	case "&quot;":
		return append(dst, '"'), true
	case "&apos;":
		return append(dst, '\''), true
	}
	if len(span) < 4 || span[1] != '#' {
		return dst, false
	}
	digits, base := span[2:len(span)-1], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 || len(digits) > 6 {
		return dst, false
	}
	var v uint64
	for _, c := range digits {
		switch {
		case isDigit(c):
			v = v*uint64(base) + uint64(c-'0')
		case base == 16 && 'a' <= c && c <= 'f':
			v = v*16 + uint64(c-'a'+10)
		case base == 16 && 'A' <= c && c <= 'F':
			v = v*16 + uint64(c-'A'+10)
		default:
			return dst, false
		}
	}
	if v == 0 || 0x80 <= v && v <= 0x9F || 0xD800 <= v && v <= 0xDFFF || v > utf8.MaxRune {
		return dst, false
	}
	return utf8.AppendRune(dst, rune(v)), true
}

// xmlAttr decodes an attribute value as encoding/xml does; !ok when it holds
// a carriage return (which encoding/xml rewrites) or an "&" that is not a
// predefined entity or a numeric reference.
func xmlAttr(raw []byte) (string, bool) {
	if bytes.IndexByte(raw, '&') < 0 {
		if bytes.IndexByte(raw, '\r') >= 0 {
			return "", false
		}
		return string(raw), true
	}
	out, ok := xmlDecode(nil, raw)
	return string(out), ok
}

// xmlDecode appends raw text decoded as encoding/xml decodes character data;
// !ok as for xmlAttr.
func xmlDecode(dst, raw []byte) ([]byte, bool) {
	if bytes.IndexByte(raw, '\r') >= 0 {
		return dst, false
	}
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...), true
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i:]
		end := bytes.IndexByte(raw, ';')
		if end < 0 {
			return dst, false
		}
		switch name := string(raw[1:end]); name {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "apos":
			dst = append(dst, '\'')
		case "quot":
			dst = append(dst, '"')
		default:
			if len(name) < 2 || name[0] != '#' {
				return dst, false
			}
			digits, base := name[1:], 10
			if digits[0] == 'x' {
				digits, base = digits[1:], 16
			}
			n, err := strconv.ParseUint(digits, base, 64)
			if err != nil || digits == "" || digits[0] == '+' || n > utf8.MaxRune || !xmlChar(n) {
				return dst, false
			}
			dst = utf8.AppendRune(dst, rune(n))
		}
		raw = raw[end+1:]
	}
	return dst, true
}

// extText is an extension element's value as gofeed reads it: its own
// character data (text and CDATA, not that of the elements inside it),
// decoded as XML, trimmed.
func (s *rssScan) extText(inner []byte) (string, bool) {
	sub := rssScan{b: inner}
	var out []byte
	depth := 0
	for {
		t, ok := sub.next()
		if !ok {
			return "", false
		}
		switch t.kind {
		case tkEOF:
			return strings.TrimSpace(string(out)), true
		case tkStart:
			if !t.empty {
				depth++
			}
		case tkEnd:
			depth--
		case tkText:
			if depth == 0 {
				if out, ok = xmlDecode(out, inner[t.start:t.end]); !ok {
					return "", false
				}
			}
		case tkCDATA:
			if depth == 0 {
				raw := inner[t.start+len(cdataStart) : t.end-len(cdataEnd)]
				if bytes.IndexByte(raw, '\r') >= 0 {
					return "", false
				}
				out = append(out, raw...)
			}
		}
	}
}

// resolveAttrURL is what gofeed makes of an href attribute outside any
// xml:base: the URL parsed (leading spaces trimmed) and written again, or
// the value as it is when it does not parse.
func resolveAttrURL(v string) string {
	u, err := url.Parse(strings.TrimLeft(v, " "))
	if err != nil {
		return v
	}
	return u.String()
}

// rssDate parses a date (trimmed, in UTC) as gofeed does: itself for the
// layouts where the first of gofeed's layouts to accept the text is known,
// RFC 1123 with a numeric zone or GMT ("Mon, 02 Jan 2006 15:04:05 -0700",
// "... GMT") and RFC 3339, and through gofeedDate for any other. parsed
// is false for a date gofeed leaves unparsed (empty, or in no layout it
// knows); !ok when gofeed could not be asked.
func rssDate(s string) (t time.Time, parsed, ok bool) {
	d := strings.TrimSpace(s)
	switch {
	case d == "":
		return t, false, true
	case len(d) > 4 && isLetter(d[0]) && d[3] == ',':
		// gofeed's earlier layouts (RFC 822 with a numeric zone, RFC 3339,
		// Ruby's) cannot accept a text whose fourth byte is a comma.
		if t, err := time.Parse(time.RFC1123Z, d); err == nil {
			return t.UTC(), true, true
		}
		// No layout with a numeric zone accepts a text ending in " GMT";
		// RFC 1123 is the first with a named zone, and GMT is read as UTC.
		if strings.HasSuffix(d, " GMT") {
			if t, err := time.Parse(time.RFC1123, d); err == nil {
				return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC), true, true
			}
		}
	case len(d) > 10 && isDigit(d[0]) && isDigit(d[1]) && isDigit(d[2]) && isDigit(d[3]) && d[4] == '-':
		// RFC 822 with a numeric zone, gofeed's only earlier layout,
		// needs a space after two digits.
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			return t.UTC(), true, true
		}
	}
	return gofeedDate(d)
}

// gofeedDate is gofeed's own reading of a date in any other layout (it
// tries some 180 layouts in turn, and some answers depend on the zone
// names the machine knows), taken from gofeed itself: the date is the
// pubDate of a one-item document. !ok if gofeed fails on that document.
func gofeedDate(d string) (t time.Time, parsed, ok bool) {
	defer func() {
		if recover() != nil {
			t, parsed, ok = time.Time{}, false, false
		}
	}()
	var b bytes.Buffer
	b.WriteString(`<rss version="2.0"><channel><item><pubDate>`)
	if err := xml.EscapeText(&b, []byte(d)); err != nil {
		return t, false, false
	}
	b.WriteString(`</pubDate></item></channel></rss>`)
	f, err := gofeed.NewParser().Parse(&b)
	if err != nil || f == nil || len(f.Items) != 1 || f.Items[0].Published != d {
		return t, false, false
	}
	if p := f.Items[0].PublishedParsed; p != nil {
		return *p, true, true
	}
	return t, false, true
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isRegexpSpace is Go's regexp \s: tab, newline, form feed, carriage return, space.
func isRegexpSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

// personOf splits an RSS author ("jo@x.test (Jo)", "Jo (jo@x.test)", "Jo",
// "jo@x.test") into a name and an address as gofeed does; anything else
// gives a person with neither.
func personOf(s string) *gofeed.Person {
	at := strings.IndexByte(s, '@')
	n := len(s)
	if at > 0 && n > 0 && s[n-1] == ')' {
		// "address (name)": the address runs from the start to the first
		// white space after the "@", then white space, "(", a name
		// without "@", ")".
		w := at + 1
		for w < n && !isRegexpSpace(s[w]) {
			w++
		}
		if w > at+1 && w < n {
			p := w
			for p < n && isRegexpSpace(s[p]) {
				p++
			}
			if p < n-1 && s[p] == '(' && p+1 < n-1 && !strings.Contains(s[p+1:n-1], "@") {
				return &gofeed.Person{Name: s[p+1 : n-1], Email: s[:w]}
			}
		}
		// "name (address)": the name is everything before the last "("
		// that follows white space and comes before the "@", less that
		// one white space character.
		tail := s[at+1 : n-1]
		if tail != "" && !strings.Contains(tail, ")") {
			for j := at - 2; j >= 2; j-- {
				if s[j] == '(' && isRegexpSpace(s[j-1]) {
					return &gofeed.Person{Name: s[:j-1], Email: s[j+1 : n-1]}
				}
			}
		}
	}
	switch {
	case s == "" || strings.ContainsAny(s, "()"):
		return &gofeed.Person{}
	case at < 0:
		return &gofeed.Person{Name: s}
	case at > 0 && at < n-1 && strings.IndexByte(s[at+1:], '@') < 0:
		return &gofeed.Person{Email: s}
	}
	return &gofeed.Person{}
}

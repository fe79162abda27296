package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"

	"github.com/lode-reader/lode/internal/sanitize"
)

// capReader fails with a too-large error once more than left bytes are read,
// instead of truncating silently.
type capReader struct {
	r    io.Reader
	left int64
	err  error
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, c.err
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, c.err
	}
	return n, err
}

// tooLarge is the error for a body over max bytes.
func tooLarge(max int64) error {
	return kindf(ErrTooLarge, "response larger than %s", sizeText(max))
}

// sizeText writes a byte count the short way: "10 MiB", "512 KiB", "300 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readBody reads resp's body, decompressing gzip itself, with max applied to
// the bytes as sent and again after decompression (a gzip bomb fails).
func readBody(resp *http.Response, max int64) ([]byte, error) {
	if resp.ContentLength > max {
		return nil, tooLarge(max)
	}
	var r io.Reader = &capReader{r: resp.Body, left: max, err: tooLarge(max)}
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return nil, err
			}
			return nil, fmt.Errorf("bad gzip data from the server: %s", sanitize.Line(err.Error()))
		}
		defer zr.Close()
		r = &capReader{r: zr, left: max, err: tooLarge(max)}
	default:
		return nil, fmt.Errorf("the server used an unsupported compression (%s)", clip(sanitize.Line(enc), 30))
	}
	body, err := io.ReadAll(r)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
			return nil, fmt.Errorf("bad gzip data from the server: %s", sanitize.Line(err.Error()))
		}
		return nil, err
	}
	return body, nil
}

// contentCharset is the charset parameter of a Content-Type, lower case.
func contentCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(params["charset"]))
}

// trimLeft skips whitespace and a UTF-8 byte order mark.
func trimLeft(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n")
}

// toUTF8 returns an XML or JSON body as UTF-8 whatever its declared charset:
// a UTF-32 or UTF-16 document (byte order mark, else the first bytes of
// "<?xml" as XML 1.0 Appendix F lists them) is decoded first; a valid UTF-8
// body is taken as UTF-8 (a wrong label is common, a latin-1 text that is
// valid UTF-8 is not); else the Content-Type charset, then the XML
// declaration's encoding, picks the decoder. Bytes still invalid, and C1
// control characters that stand for windows-1252 punctuation, are read as
// windows-1252. The XML declaration is rewritten to say UTF-8 so the parser
// does not decode twice.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	if enc, name := sniffWide(body); enc != nil {
		out, _, err := transform.Bytes(enc.NewDecoder(), body)
		if err != nil {
			return nil, fmt.Errorf("%w: bad %s text", ErrNotFeed, name)
		}
		body = out
	} else if !utf8.Valid(body) {
		label := contentCharset(contentType)
		if label == "" {
			label = xmlEncoding(body)
		}
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" && name != "replacement" && !wrongUTF16(name, body) {
			if out, _, err := transform.Bytes(enc.NewDecoder(), body); err == nil {
				body = out
			}
		}
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	body = repairUTF8(body)
	body = mapC1(body)
	return setXMLEncodingUTF8(body), nil
}

// wrongUTF16 reports a UTF-16 label on a body that cannot be UTF-16: no
// byte order mark (checked before) and no NUL byte in its first KiB, where
// UTF-16 markup would have one in every other byte. Such a body is 8-bit
// text; decoding it as UTF-16 would turn the feed into noise.
func wrongUTF16(name string, body []byte) bool {
	return strings.HasPrefix(name, "utf-16") && bytes.IndexByte(body[:min(len(body), 1024)], 0) < 0
}

// sniffWide recognises UTF-32 and UTF-16 from a document's first bytes, with
// or without a byte order mark (XML 1.0, Appendix F); nil for anything else.
func sniffWide(b []byte) (encoding.Encoding, string) {
	if len(b) < 4 {
		return nil, ""
	}
	switch {
	case b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff, b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0:
		return utf32.UTF32(utf32.BigEndian, utf32.UseBOM), "UTF-32"
	case b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0, b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0:
		return utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), "UTF-32"
	case b[0] == 0xfe && b[1] == 0xff, b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16"
	case b[0] == 0xff && b[1] == 0xfe, b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16"
	}
	return nil, ""
}

// c1Punct maps the C1 control characters that windows-1252 uses for
// punctuation (curly quotes, dashes, the euro sign, the ellipsis...) to those
// characters: text mislabelled as latin-1, or a reference like &#146;, means
// them. The C1 codes that open terminal escape strings (0x90, 0x98, 0x9b,
// 0x9d, 0x9e, 0x9f) are left for sanitize to remove whole.
func c1Punct(r rune) rune {
	switch r {
	case 0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f:
		return 0
	}
	if d := charmap.Windows1252.DecodeByte(byte(r)); d > 0x9f && d != utf8.RuneError {
		return d
	}
	return 0
}

// mapC1 replaces C1 control characters that stand for windows-1252
// punctuation, written raw (U+0080-U+009F) or as character references
// (&#146; &#x92;), with the characters they mean.
func mapC1(b []byte) []byte {
	if !bytes.Contains(b, []byte{0xc2}) && !bytes.Contains(b, []byte("&#")) {
		return b
	}
	var out []byte
	last := 0
	hasC2 := bytes.IndexByte(b, 0xc2) >= 0
	for i := nextOf(b, 0, 0xc2, hasC2); i < len(b); i = nextOf(b, i+1, 0xc2, hasC2) {
		var r rune
		n := 0
		switch {
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
			r, n = rune(b[i+1]), 2
		case b[i] == '&':
			v, l := charRef(b, i)
			if l == 0 || v < 0x80 || v > 0x9f {
				continue
			}
			r, n = rune(v), l
		default:
			continue
		}
		m := c1Punct(r)
		if m == 0 {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b))
		}
		out = append(out, b[last:i]...)
		out = utf8.AppendRune(out, m)
		i += n - 1
		last = i + 1
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// repairUTF8 reads each byte that is not part of valid UTF-8 as windows-1252,
// so a stray latin-1 byte costs one character, not the whole feed.
func repairUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	dec := charmap.Windows1252
	out := make([]byte, 0, len(b)+len(b)/8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if d := dec.DecodeByte(b[i]); d > 0x9f && d != utf8.RuneError {
				out = utf8.AppendRune(out, d)
			}
			i++
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return out
}

// xmlDecl returns the span of a leading XML declaration, or -1, -1.
func xmlDecl(b []byte) (start, end int) {
	t := trimLeft(b)
	off := len(b) - len(t)
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return -1, -1
	}
	e := bytes.Index(t[:min(len(t), 512)], []byte("?>"))
	if e < 0 {
		return -1, -1
	}
	return off, off + e + 2
}

// xmlEncoding is the encoding named in a leading XML declaration.
func xmlEncoding(b []byte) string {
	s, e := xmlDecl(b)
	if s < 0 {
		return ""
	}
	decl := string(b[s:e])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	j := strings.IndexByte(rest[1:], q)
	if j < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(rest[1 : 1+j]))
}

// setXMLEncodingUTF8 replaces a leading XML declaration with a plain UTF-8 one.
func setXMLEncodingUTF8(b []byte) []byte {
	s, e := xmlDecl(b)
	if s < 0 || xmlEncoding(b) == "utf-8" || xmlEncoding(b) == "" {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:s]...)
	out = append(out, `<?xml version="1.0" encoding="UTF-8"?>`...)
	return append(out, b[e:]...)
}

// dropBadCharRefs removes numeric character references to characters XML
// forbids (&#27;, &#x0; ...), which would otherwise fail the whole feed over
// one escape-injection attempt.
func dropBadCharRefs(b []byte) []byte {
	if !bytes.Contains(b, []byte("&#")) {
		return b
	}
	var out []byte
	last := 0
	for i := nextOf(b, 0, '&', false); i < len(b); i = nextOf(b, i+1, '&', false) {
		if i+2 >= len(b) || b[i+1] != '#' {
			continue
		}
		j := i + 2
		hex := j < len(b) && (b[j] == 'x' || b[j] == 'X')
		if hex {
			j++
		}
		k := j
		var v uint64
		for k < len(b) && k-j < 10 {
			c := b[k]
			var d uint64
			switch {
			case c >= '0' && c <= '9':
				d = uint64(c - '0')
			case hex && c >= 'a' && c <= 'f':
				d = uint64(c-'a') + 10
			case hex && c >= 'A' && c <= 'F':
				d = uint64(c-'A') + 10
			default:
				goto done
			}
			if hex {
				v = v*16 + d
			} else {
				v = v*10 + d
			}
			k++
		}
	done:
		if k > j && k < len(b) && b[k] == ';' && !xmlChar(v) {
			if out == nil {
				out = make([]byte, 0, len(b))
			}
			out = append(out, b[last:i]...)
			last = k + 1
			i = k
		}
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// nextOf returns the index of the first '&' at or after b[i], or of c when
// has says to look for it too; len(b) when there is none. The loops over a
// body jump from one such byte to the next rather than testing each.
func nextOf(b []byte, i int, c byte, has bool) int {
	if i >= len(b) {
		return len(b)
	}
	j := bytes.IndexByte(b[i:], '&')
	if j < 0 {
		j = len(b) - i
	}
	if has {
		if k := bytes.IndexByte(b[i:i+j], c); k >= 0 {
			j = k
		}
	}
	return i + j
}

// xmlChar reports whether XML 1.0 allows the code point.
func xmlChar(v uint64) bool {
	return v == 0x09 || v == 0x0a || v == 0x0d ||
		(v >= 0x20 && v <= 0xd7ff) || (v >= 0xe000 && v <= 0xfffd) || (v >= 0x10000 && v <= 0x10ffff)
}

// looksHTML reports whether a body is an HTML page rather than a feed. It
// is decided by the root element: an RSS, RDF or Atom root is a feed even
// behind an XHTML doctype; an <html> root, or an HTML doctype or text/html
// page whose first element is <head> or <body>, is a page.
func looksHTML(body []byte, contentType string) bool {
	head := bytes.ToLower(trimLeft(body[:min(len(body), 4096)]))
	htmlDoctype := false
	for {
		switch {
		case bytes.HasPrefix(head, []byte("<!--")):
			end := bytes.Index(head, []byte("-->"))
			if end < 0 {
				return false
			}
			head = trimLeft(head[end+3:])
			continue
		case bytes.HasPrefix(head, []byte("<?")), bytes.HasPrefix(head, []byte("<!doctype")):
			if bytes.HasPrefix(head, []byte("<!doctype html")) {
				htmlDoctype = true
			}
			end := bytes.IndexByte(head, '>')
			if end < 0 {
				return htmlDoctype
			}
			head = trimLeft(head[end+1:])
			continue
		}
		break
	}
	switch root := rootName(head); root {
	case "html":
		return true
	case "rss", "feed", "rdf:rdf", "rdf", "channel":
		return false
	case "head", "body":
		mt, _, _ := mime.ParseMediaType(contentType)
		return htmlDoctype || mt == "text/html"
	}
	return htmlDoctype
}

// rootName is the lower-case name of the element that head starts with, "" if none.
func rootName(head []byte) string {
	if len(head) < 2 || head[0] != '<' {
		return ""
	}
	end := 1
	for end < len(head) && !strings.ContainsRune(" \t\r\n/>", rune(head[end])) {
		end++
	}
	return string(head[1:end])
}

// feedLinkInHTML finds the first <link rel="alternate"> to a feed in an HTML
// page, resolved against base; "" if none.
func feedLinkInHTML(body []byte, base *url.URL) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), 256<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "link" || !hasAttr {
				continue
			}
			var rel, typ, href string
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(string(v))
				case "href":
					href = string(v)
				}
				if !more {
					break
				}
			}
			if !strings.Contains(rel, "alternate") || href == "" {
				continue
			}
			if strings.Contains(typ, "rss") || strings.Contains(typ, "atom") || strings.Contains(typ, "feed+json") {
				if u := cleanLink(href, base); u != "" {
					return u
				}
			}
		}
	}
}

// maxEscape bounds how far a terminal escape sequence in a feed document is
// followed before it is judged unterminated.
const maxEscape = 2048

// stripEscapes removes terminal escape sequences from an XML document whole:
// the ESC, written raw or as a character reference (&#27;, &#x1B;), and what
// belongs to it: a CSI's parameters and final byte ("[2J"), or an OSC, DCS,
// SOS, PM or APC string up to its BEL or ESC \ terminator ("]0;title" BEL).
// XML forbids the ESC itself, so the parser would drop only that byte and
// leave the rest of the sequence as visible text. A string that finds no
// terminator before markup (<), a newline or maxEscape bytes loses only its
// ESC and introducer.
func stripEscapes(b []byte) []byte {
	if !bytes.Contains(b, []byte{0x1b}) && !bytes.Contains(b, []byte("&#")) {
		return b
	}
	var out []byte
	last := 0
	hasESC := bytes.IndexByte(b, 0x1b) >= 0
	for i := nextOf(b, 0, 0x1b, hasESC); i < len(b); i = nextOf(b, i, 0x1b, hasESC) {
		n := escAt(b, i)
		if n == 0 {
			i++
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b))
		}
		out = append(out, b[last:i]...)
		i += n
		end := i
		switch {
		case i < len(b) && b[i] == '[':
			end = csiEnd(b, i+1)
		case i < len(b) && bytes.IndexByte([]byte("]PX^_"), b[i]) >= 0:
			end = stringEnd(b, i+1)
		case i < len(b) && b[i] >= 0x20 && b[i] <= 0x7e && b[i] != '<' && b[i] != '&':
			end = i + 1 // two-byte sequence such as ESC c (reset)
		}
		i, last = end, end
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// escAt returns the length of the ESC at b[i] (raw or a character
// reference), or 0 when there is none.
func escAt(b []byte, i int) int {
	if b[i] == 0x1b {
		return 1
	}
	return charRefAt(b, i, 0x1b)
}

// charRefAt returns the length of a character reference to code point cp at
// b[i] (&#27; &#0027; &#x1b; &#X1B;), or 0.
func charRefAt(b []byte, i int, cp uint64) int {
	if v, n := charRef(b, i); n > 0 && v == cp {
		return n
	}
	return 0
}

// charRef reads a numeric character reference at b[i]: its code point and
// length, or 0, 0.
func charRef(b []byte, i int) (uint64, int) {
	if b[i] != '&' || i+3 >= len(b) || b[i+1] != '#' {
		return 0, 0
	}
	j, base := i+2, uint64(10)
	if b[j] == 'x' || b[j] == 'X' {
		j, base = j+1, 16
	}
	var v uint64
	k := j
	for ; k < len(b) && k-j < 8; k++ {
		d, ok := digit(b[k], base)
		if !ok {
			break
		}
		v = v*base + d
	}
	if k == j || k >= len(b) || b[k] != ';' {
		return 0, 0
	}
	return v, k + 1 - i
}

func digit(c byte, base uint64) (uint64, bool) {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0'), true
	case base == 16 && c >= 'a' && c <= 'f':
		return uint64(c-'a') + 10, true
	case base == 16 && c >= 'A' && c <= 'F':
		return uint64(c-'A') + 10, true
	}
	return 0, false
}

// csiEnd returns where the CSI whose parameters start at b[i] ends: after
// its final byte, or at the first byte that cannot belong to it.
func csiEnd(b []byte, i int) int {
	for j := i; j < len(b) && j-i < maxEscape; j++ {
		switch c := b[j]; {
		case c >= 0x40 && c <= 0x7e:
			return j + 1
		case c < 0x20 || c > 0x3f:
			return j
		}
	}
	return i
}

// stringEnd returns where the control string whose payload starts at b[i]
// ends: after its BEL or ESC \ terminator (raw or character references). A
// string with no terminator in reach ends at i: only its introducer goes.
func stringEnd(b []byte, i int) int {
	for j := i; j < len(b) && j-i < maxEscape; j++ {
		switch b[j] {
		case 0x07:
			return j + 1
		case '<', '\n':
			return i
		}
		if n := charRefAt(b, j, 0x07); n > 0 {
			return j + n
		}
		if n := escAt(b, j); n > 0 {
			if j+n < len(b) && b[j+n] == '\\' {
				return j + n + 1
			}
			return j // a new sequence starts: this one ends here
		}
	}
	return i
}

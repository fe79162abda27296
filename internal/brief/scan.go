package brief

import (
	"bytes"
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// runScan reads s as runTokens does, with lode's own scanner for the markup
// briefings use: text, entities, and the start and end tags of p, div,
// span, blockquote, ul, ol, li, h1–h6, strong, em, b, i, a, br and img,
// with quoted attribute values. It hands the parser the tokens, tag names
// and attributes x/net/html's tokenizer would, without the tokenizer's
// per-byte reads, buffer and attribute map. It reports false, part way,
// on anything else (another element, a comment, a doctype, an unquoted or
// empty attribute, a carriage return or NUL, a tag cut short...): the
// caller then starts again from a fresh parser with the tokenizer
// (TestScanMatchesTokenizer, FuzzScan).
func (p *parser) runScan(s string) bool {
	if strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, 0) >= 0 {
		return false
	}
	// addText reads bytes: one copy of the whole field, in a buffer reused
	// from field to field (nothing the parser keeps points into it).
	bp := scanBufs.Get().(*[]byte)
	defer scanBufs.Put(bp)
	b := append((*bp)[:0], s...)
	*bp = b
	i := 0
	for i < len(b) {
		// Text runs to the next '<' that opens a tag, comment or doctype.
		j := i
		for {
			k := bytes.IndexByte(b[j:], '<')
			if k < 0 {
				j = len(b)
				break
			}
			j += k
			if j+1 < len(b) && isTagOpen(b[j+1]) {
				break
			}
			j++
		}
		if j > i {
			if p.skipTag == "" && !p.stopped {
				t := b[i:j]
				if bytes.IndexByte(t, '&') >= 0 {
					t = []byte(html.UnescapeString(string(t)))
				}
				p.addText(t)
			}
			i = j
		}
		if i >= len(b) {
			break
		}
		n, ok := p.scanTag(b, i)
		if !ok {
			return false
		}
		i = n
	}
	p.flush()
	return true
}

// scanBufs holds runScan's copies of fields for reuse.
var scanBufs = sync.Pool{New: func() any { return new([]byte) }}

// isTagOpen reports the bytes after '<' that end a text token.
func isTagOpen(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

// scanTag reads the tag at b[i] (a '<' followed by a byte isTagOpen
// accepts), hands it to the parser and returns where it ends, or false
// when the tag is not one runScan reads.
func (p *parser) scanTag(b []byte, i int) (int, bool) {
	end := b[i+1] == '/'
	j := i + 1
	if end {
		j++
	}
	if j >= len(b) || !('a' <= b[j] && b[j] <= 'z' || 'A' <= b[j] && b[j] <= 'Z') {
		return 0, false // comment, doctype, processing instruction, "</>"
	}
	k := j
	for k < len(b) && !isTagSpace(b[k]) && b[k] != '/' && b[k] != '>' {
		k++
	}
	name := knownTag(b[j:k])
	if name == "" {
		return 0, false
	}
	if end {
		for k < len(b) && isTagSpace(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '>' {
			return 0, false
		}
		p.end(name)
		return k + 1, true
	}
	var a tagAttrs
	// Attributes are read only when the parser will look at them.
	read := !p.stopped && p.skipTag == ""
	var seen [8][2]int // the attributes' names in b
	nSeen := 0
	for {
		sp := k
		for k < len(b) && isTagSpace(b[k]) {
			k++
		}
		if k >= len(b) {
			return 0, false
		}
		switch b[k] {
		case '>':
			p.startTag(name, a, false)
			return k + 1, true
		case '/':
			if k+1 < len(b) && b[k+1] == '>' {
				p.startTag(name, a, true)
				return k + 2, true
			}
			return 0, false
		}
		if sp == k && nSeen > 0 && b[k-1] != '"' && b[k-1] != '\'' {
			return 0, false
		}
		// key="value" or key='value'
		ks := k
		for k < len(b) && isAttrKeyByte(b[k]) {
			k++
		}
		if k == ks || k >= len(b) || b[k] != '=' || k+1 >= len(b) {
			return 0, false
		}
		key := b[ks:k]
		q := b[k+1]
		if q != '"' && q != '\'' {
			return 0, false
		}
		vs := k + 2
		ve := bytes.IndexByte(b[vs:], q)
		if ve < 0 {
			return 0, false
		}
		ve += vs
		k = ve + 1
		// The tokenizer keeps the first of two attributes of one name:
		// rare enough to leave to it.
		for _, r := range seen[:nSeen] {
			if bytes.EqualFold(b[r[0]:r[1]], key) {
				return 0, false
			}
		}
		if nSeen == len(seen) {
			return 0, false
		}
		seen[nSeen] = [2]int{ks, ks + len(key)}
		nSeen++
		if !read || len(key) > 11 {
			continue
		}
		var low [11]byte
		for i, c := range key {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
		}
		switch lk := string(low[:len(key)]); lk {
		case "class", "id", "style", "aria-hidden", "href":
			v := b[vs:ve]
			if bytes.IndexByte(v, '&') >= 0 {
				if !plainRefs(v) {
					return 0, false
				}
				v = []byte(html.UnescapeString(string(v)))
			}
			a.add(lk, v)
		case "hidden":
			a.add(lk, nil)
		}
	}
}

// isTagSpace reports the white space the tokenizer skips in a tag (a
// carriage return never reaches runScan).
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\f'
}

// isAttrKeyByte reports the bytes runScan accepts in an attribute's name.
func isAttrKeyByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// plainRefs reports whether every '&' in v starts one of the references
// that unescape the same in an attribute value as in text: &amp; &lt; &gt;
// &quot; &apos; and numeric references closed by ';'.
func plainRefs(v []byte) bool {
	for {
		i := bytes.IndexByte(v, '&')
		if i < 0 {
			return true
		}
		v = v[i+1:]
		switch {
		case bytes.HasPrefix(v, []byte("amp;")), bytes.HasPrefix(v, []byte("lt;")), bytes.HasPrefix(v, []byte("gt;")),
			bytes.HasPrefix(v, []byte("quot;")), bytes.HasPrefix(v, []byte("apos;")):
		case len(v) > 0 && v[0] == '#':
			j := 1
			hex := len(v) > 1 && (v[1] == 'x' || v[1] == 'X')
			if hex {
				j++
			}
			d := j
			for j < len(v) && (v[j] >= '0' && v[j] <= '9' || hex && (v[j]|0x20 >= 'a' && v[j]|0x20 <= 'f')) {
				j++
			}
			if j == d || j >= len(v) || v[j] != ';' {
				return false
			}
		default:
			return false
		}
	}
}

// knownTag returns the lower-case name of the elements runScan reads, ""
// for any other.
func knownTag(n []byte) string {
	if len(n) > 10 {
		return ""
	}
	var low [10]byte
	for i, c := range n {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(n)]) {
	case "p":
		return "p"
	case "div":
		return "div"
	case "span":
		return "span"
	case "blockquote":
		return "blockquote"
	case "ul":
		return "ul"
	case "ol":
		return "ol"
	case "li":
		return "li"
	case "h1":
		return "h1"
	case "h2":
		return "h2"
	case "h3":
		return "h3"
	case "h4":
		return "h4"
	case "h5":
		return "h5"
	case "h6":
		return "h6"
	case "strong":
		return "strong"
	case "em":
		return "em"
	case "b":
		return "b"
	case "i":
		return "i"
	case "a":
		return "a"
	case "br":
		return "br"
	case "img":
		return "img"
	}
	return ""
}

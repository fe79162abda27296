package feeds

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"unicode/utf8"
)

// quickBound is the fast path of boundXML for the documents most feeds
// are: plain elements with quoted attributes, text, CDATA, comments and
// processing instructions, within every limit, with no item or text to cut.
// For such a document it returns how many items it has (what boundXML
// would count) and ok; boundXML would return it unchanged. On anything
// else (a limit reached or near, a construct it does not read exactly as
// encoding/xml does, a byte encoding/xml would refuse) it returns !ok and
// the caller runs boundXML. It reads each byte once and never decodes the
// text, so it costs a fraction of an encoding/xml walk. Its depth, element
// and attribute counts are those of encoding/xml's RawToken walk, token for
// token, on the documents it accepts (FuzzQuickBound compares the two).
func quickBound(body []byte, lim Limits) (items int, ok bool) {
	if len(body) > lim.MaxItemText || !plainXMLBytes(body) {
		return 0, false
	}
	var (
		depth, elems int
		itemAt       = -1 // depth of the item being read, -1 outside items
	)
	i := 0
	for i < len(body) {
		if body[i] != '<' {
			j := bytes.IndexByte(body[i:], '<')
			if j < 0 {
				// Trailing text: an entity cut by the end is an error.
				if bytes.IndexByte(body[i:], '&') >= 0 || !plainText(body[i:]) {
					return 0, false
				}
				break
			}
			if !plainText(body[i : i+j]) {
				return 0, false
			}
			i += j
			continue
		}
		// body[i] == '<'
		if i+1 >= len(body) {
			return 0, false
		}
		switch body[i+1] {
		case '/':
			n := nameEnd(body, i+2)
			if n == i+2 || !plainName(body[i+2:n]) {
				return 0, false
			}
			n = skipSpace(body, n)
			if n >= len(body) || body[n] != '>' {
				return 0, false
			}
			if depth == itemAt {
				itemAt = -1
			}
			depth = max(depth-1, 0)
			i = n + 1
		case '?':
			n := nameEnd(body, i+2)
			if n == i+2 || !plainName(body[i+2:n]) {
				return 0, false
			}
			end := bytes.Index(body[n:], []byte("?>"))
			if end < 0 {
				return 0, false
			}
			if string(body[i+2:n]) == "xml" && !plainDecl(body[n:n+end]) {
				return 0, false
			}
			i = n + end + 2
		case '!':
			switch rest := body[i+2:]; {
			case bytes.HasPrefix(rest, []byte("--")):
				// The first "--" of the comment must close it.
				k := bytes.Index(rest[2:], []byte("--"))
				if k < 0 || 2+k+2 >= len(rest) || rest[2+k+2] != '>' {
					return 0, false
				}
				i += 2 + 2 + k + 3
			case bytes.HasPrefix(rest, []byte("[CDATA[")):
				k := bytes.Index(rest[7:], []byte("]]>"))
				if k < 0 {
					return 0, false
				}
				i += 2 + 7 + k + 3
			default: // a directive (DOCTYPE, ENTITY): boundXML reads those
				return 0, false
			}
		default:
			n := nameEnd(body, i+1)
			if n == i+1 || !plainName(body[i+1:n]) {
				return 0, false
			}
			name := body[i+1 : n]
			attrs, empty := 0, false
			for {
				n = skipSpace(body, n)
				if n >= len(body) {
					return 0, false
				}
				if body[n] == '>' {
					n++
					break
				}
				if body[n] == '/' {
					if n+1 >= len(body) || body[n+1] != '>' {
						return 0, false
					}
					empty = true
					n += 2
					break
				}
				a := nameEnd(body, n)
				if a == n || !plainName(body[n:a]) {
					return 0, false
				}
				a = skipSpace(body, a)
				if a >= len(body) || body[a] != '=' {
					return 0, false // a value-less attribute: boundXML reads it
				}
				a = skipSpace(body, a+1)
				if a >= len(body) || (body[a] != '"' && body[a] != '\'') {
					return 0, false // unquoted
				}
				q := bytes.IndexByte(body[a+1:], body[a])
				if q < 0 {
					return 0, false
				}
				val := body[a+1 : a+1+q]
				if bytes.IndexByte(val, '<') >= 0 || !plainRefs(val) {
					return 0, false
				}
				attrs++
				n = a + 1 + q + 1
			}
			depth++
			if itemAt < 0 && depth <= 3 {
				if l := localName(name); string(l) == "item" || string(l) == "entry" {
					items++
					itemAt = depth
				}
			}
			elems += 1 + attrs
			// At a limit, boundXML decides (and words the refusal).
			if depth >= lim.MaxDepth || attrs >= lim.MaxAttrs || elems >= lim.MaxElements || items >= lim.MaxItems {
				return 0, false
			}
			if empty {
				if depth == itemAt {
					itemAt = -1
				}
				depth--
			}
			i = n
		}
	}
	return items, true
}

// plainXMLBytes reports whether body is valid UTF-8 holding only characters
// encoding/xml accepts in text (no C0 control but tab, newline and carriage
// return; no U+FFFE or U+FFFF).
func plainXMLBytes(body []byte) bool {
	// Eight bytes at a time: a word none of whose bytes is below 0x20
	// needs no closer look (the test has no false negatives).
	i := 0
	for ; i+8 <= len(body); i += 8 {
		if x := binary.LittleEndian.Uint64(body[i:]); (x-0x2020202020202020)&^x&0x8080808080808080 != 0 && !plainControls(body[i:i+8]) {
			return false
		}
	}
	return plainControls(body[i:]) && utf8.Valid(body) && !bytes.Contains(body, []byte("\uFFFE")) && !bytes.Contains(body, []byte("\uFFFF"))
}

// plainControls reports whether b has no C0 control character but tab,
// newline and carriage return.
func plainControls(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// plainText reports whether a text run between markup is read by
// encoding/xml without error: no "]]>" and no character reference to a
// character XML refuses.
func plainText(run []byte) bool {
	return !bytes.Contains(run, []byte("]]>")) && plainRefs(run)
}

// plainRefs reports whether every numeric character reference in s that
// encoding/xml decodes is to a character it accepts.
func plainRefs(s []byte) bool {
	for {
		k := bytes.Index(s, []byte("&#"))
		if k < 0 {
			return true
		}
		s = s[k+2:]
		base := 10
		if len(s) > 0 && s[0] == 'x' {
			base, s = 16, s[1:]
		}
		d := 0
		for d < len(s) && (isDigit(s[d]) || base == 16 && isHexLetter(s[d])) {
			d++
		}
		if d < len(s) && s[d] == ';' {
			n, err := strconv.ParseUint(string(s[:d]), base, 64)
			if err == nil && n <= utf8.MaxRune && !xmlChar(n) {
				return false
			}
		}
		s = s[d:]
	}
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isHexLetter(c byte) bool { return 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// nameEnd is where the name starting at i ends: encoding/xml reads a name
// up to the first ASCII byte that is not a letter, digit, '_', ':', '.'
// or '-' (any non-ASCII byte continues it).
func nameEnd(b []byte, i int) int {
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf && !isDigit(c) && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') && c != '_' && c != ':' && c != '.' && c != '-' {
			break
		}
		i++
	}
	return i
}

// plainName reports whether name is an ASCII XML name that encoding/xml
// accepts as a (prefixed) name: a letter or '_' first, at most one ':'.
func plainName(name []byte) bool {
	c := name[0]
	if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_') {
		return false
	}
	colons := 0
	for _, c := range name {
		if c >= utf8.RuneSelf {
			return false
		}
		if c == ':' {
			colons++
		}
	}
	return colons <= 1
}

// localName is the part of a plain name after its prefix, as encoding/xml
// splits it: a name ending in ':' keeps its whole self.
func localName(name []byte) []byte {
	if k := bytes.IndexByte(name, ':'); k > 0 && k < len(name)-1 {
		return name[k+1:]
	}
	return name
}

// skipSpace skips the whitespace encoding/xml skips inside markup.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// plainDecl reports whether an XML declaration's content declares nothing
// encoding/xml would refuse or decode: every version is 1.0 and every
// encoding is UTF-8 (the body was converted to UTF-8 before).
func plainDecl(content []byte) bool {
	lower := bytes.ToLower(content)
	ok := func(param string, values ...string) bool {
		n := bytes.Count(lower, []byte(param+"="))
		for _, v := range values {
			n -= bytes.Count(lower, []byte(param+`="`+v+`"`)) + bytes.Count(lower, []byte(param+`='`+v+`'`))
		}
		return n == 0
	}
	return ok("version", "1.0") && ok("encoding", "utf-8")
}

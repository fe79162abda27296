package classify

import "unicode/utf8"

// qspan is a byte range of quoted text: [start, end).
type qspan struct{ start, end int32 }

// quotedSpans appends to out the quoted ranges of src, in order: text
// between double quotes (straight, typographic or guillemets), and between
// single quotes that open before a word and close after one ("as the
// company 'loots' ore"). A double quote left open runs to the end of its
// paragraph (news style leaves a quote open when it goes on in the next
// one); a single quote left open is an apostrophe, not a quote. Apostrophes
// inside words ("don't", "Xi's") neither open nor close.
func quotedSpans(src string, out []qspan) []qspan {
	dbl, sgl := int32(-1), int32(-1)
	for i := 0; i < len(src); {
		c := src[i]
		if !quoteByte[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:])
		}
		switch r {
		case '\n':
			if dbl >= 0 {
				out = append(out, qspan{dbl, int32(i)})
			}
			dbl, sgl = -1, -1
		case '"':
			if dbl < 0 {
				dbl = int32(i + n)
			} else {
				out = append(out, qspan{dbl, int32(i)})
				dbl = -1
			}
		case '“', '«':
			if dbl < 0 {
				dbl = int32(i + n)
			}
		case '”', '»':
			if dbl >= 0 {
				out = append(out, qspan{dbl, int32(i)})
				dbl = -1
			}
		case '\'', '‘', '’':
			before, after := wordByteBefore(src, i), wordByteAt(src, i+n)
			switch {
			case sgl < 0 && dbl < 0 && !before && after && r != '’':
				sgl = int32(i + n)
			case sgl < 0 && dbl < 0 && !before && after && r == '’' && i > 0 && src[i-1] == ' ':
				sgl = int32(i + n)
			case sgl >= 0 && before && !after:
				out = append(out, qspan{sgl, int32(i)})
				sgl = -1
			}
		}
		i += n
	}
	if dbl >= 0 {
		out = append(out, qspan{dbl, int32(len(src))})
	}
	return out
}

// wordByteBefore reports whether the byte before i is part of a word (a
// letter or digit, or any byte of a non-ASCII rune).
func wordByteBefore(src string, i int) bool {
	return i > 0 && isWordByte(src[i-1])
}

// wordByteAt reports whether src[i] is part of a word.
func wordByteAt(src string, i int) bool {
	return i < len(src) && isWordByte(src[i])
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// quoteByte marks the bytes that may start a quotation mark or end a
// paragraph: '"', '\”, '\n', and the lead bytes of "“”‘’" (0xe2) and
// "«»" (0xc2).
var quoteByte = [256]bool{'"': true, '\'': true, '\n': true, 0xe2: true, 0xc2: true}

// inQuote reports whether byte offset p lies in one of spans (sorted).
func inQuote(spans []qspan, p int32) bool {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].end <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(spans) && spans[lo].start <= p
}

package text

import "strings"

// linkHeads open a line of links to other articles ("Related: Lynas lifts
// output", "Read more: ...") or a feed's own footer ("The post ...
// appeared first on ..."): what such a line names belongs to other items.
var linkHeads = [][]string{
	{"related"}, {"read", "more"}, {"see", "also"}, {"also", "read"}, {"read", "also"}, {"recommended"},
	{"more", "from"}, {"you", "may", "also", "like"}, {"the", "post"},
}

// OnLinkLine reports whether the word at byte pos of src stands, after the
// head, on a line of links to other articles ("Related:", "Read more:",
// "See also:" followed by a colon) or on a feed's "The post ... appeared
// first on ..." line. Company and mineral analysis read what such lines
// name as belonging to other items.
func OnLinkLine(src string, pos int) bool {
	line, at, ok := lineAt(src, pos)
	if !ok {
		return false
	}
	cut := linkCut(line)
	return cut >= 0 && at >= cut
}

// LinkLines is OnLinkLine for many positions of one text: it keeps the
// line it read last, so positions asked in text order read each line once
// (OnLinkLine reads the whole line for every position, quadratic on a long
// line naming many things). The zero value is for an empty text.
type LinkLines struct {
	src        string
	read       bool // a line has been read
	start, end int  // the line read last is src[start:end]
	cut        int  // its link head's end (linkCut), or -1
}

// NewLinkLines returns a LinkLines over src.
func NewLinkLines(src string) LinkLines { return LinkLines{src: src} }

// On reports OnLinkLine(src, pos).
func (l *LinkLines) On(pos int) bool {
	if pos < 0 || pos > len(l.src) {
		return false
	}
	if !l.read || pos < l.start || pos > l.end {
		line, at, _ := lineAt(l.src, pos)
		l.read = true
		l.start = pos - at
		l.end = l.start + len(line)
		l.cut = linkCut(line)
	}
	return l.cut >= 0 && pos-l.start >= l.cut
}

// linkCut returns where the link head line opens with ends: a word at or
// after it stands after the head (OnLinkLine); -1 when line has no head.
func linkCut(line string) int {
	// Most lines start with no head's first word: one word read and
	// compared, instead of every head read from the start of the line.
	s0, e0 := nextWord(line, 0)
	if !isHeadStart(line[s0:e0]) {
		return -1
	}
	return headCut(line)
}

// lineAt returns the line of src holding byte pos and pos's offset in it;
// ok is false for a position outside src.
func lineAt(src string, pos int) (line string, at int, ok bool) {
	if pos < 0 || pos > len(src) {
		return "", 0, false
	}
	ls := strings.LastIndexByte(src[:pos], '\n') + 1
	le := strings.IndexByte(src[pos:], '\n')
	if le < 0 {
		le = len(src)
	} else {
		le += pos
	}
	return src[ls:le], pos - ls, true
}

// afterLinkHead reports whether line opens with one of linkHeads and byte at
// lies after it: past a head ending with a colon, or on a "The post ...
// appeared first on" footer.
func afterLinkHead(line string, at int) bool {
	cut := headCut(line)
	return cut >= 0 && at >= cut
}

// headCut returns the least end of the linkHeads line opens with that count
// (a head ending with a colon, or a "The post ... appeared first on"
// footer), or -1 when none does: a byte at or after it lies after a head.
func headCut(line string) int {
	cut := -1
	for _, lh := range linkHeads {
		end, ok := 0, true
		for _, w := range lh {
			var s int
			s, end = nextWord(line, end)
			if !strings.EqualFold(line[s:end], w) {
				ok = false
				break
			}
		}
		if !ok || cut >= 0 && end >= cut {
			continue // not this head, or one ending sooner already counts
		}
		if lh[0] == "the" {
			if postFooter(line) {
				cut = end
			}
			continue
		}
		// The head ends with a colon: "Related:", "Read more:".
		for _, r := range line[end:] {
			if r == ':' {
				cut = end
				break
			}
			if IsWordRune(r) || IsSingle(r) {
				break
			}
		}
	}
	return cut
}

// isHeadStart reports whether w is the first word of one of linkHeads.
func isHeadStart(w string) bool {
	for _, lh := range linkHeads {
		if strings.EqualFold(w, lh[0]) {
			return true
		}
	}
	return false
}

// postFooter reports whether line has "appeared first on" within its first
// 40 words, as WordPress's "The post <title> appeared first on <site>."
func postFooter(line string) bool {
	var last [3]string
	for k, end := 0, 0; k < 42 && end < len(line); k++ {
		var s int
		s, end = nextWord(line, end)
		last[0], last[1], last[2] = last[1], last[2], line[s:end]
		if k >= 4 && strings.EqualFold(last[0], "appeared") && strings.EqualFold(last[1], "first") && strings.EqualFold(last[2], "on") {
			return true
		}
	}
	return false
}

// nextWord is the byte range of the first word of s at or after i (empty
// at the end of s).
func nextWord(s string, i int) (start, end int) {
	start = -1
	for j, r := range s[i:] {
		switch {
		case IsWordRune(r):
			if start < 0 {
				start = i + j
			}
		case start >= 0:
			return start, i + j
		}
	}
	if start < 0 {
		return len(s), len(s)
	}
	return start, len(s)
}

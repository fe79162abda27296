package feeds

import (
	"bytes"
	"encoding/xml"
	"regexp"
)

// itemEnd matches the end tag of an RSS item or an Atom entry, prefixed or not.
var itemEnd = regexp.MustCompile(`</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>`)

// cutAfterLastItem returns the document up to the end of its last complete
// item or entry, with end tags added for the elements still open there (the
// channel, the feed...), and how many items it keeps; nil when no item is
// complete.
func cutAfterLastItem(body []byte) ([]byte, int) {
	ends := itemEnd.FindAllIndex(body, -1)
	if len(ends) == 0 {
		return nil, 0
	}
	head := body[:ends[len(ends)-1][1]]
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	var open []xml.Name
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == t.Name {
					open = open[:i]
					break
				}
			}
		}
	}
	out := make([]byte, 0, len(head)+64)
	out = append(out, head...)
	for i := len(open) - 1; i >= 0; i-- {
		out = append(out, "</"...)
		if open[i].Space != "" {
			out = append(out, open[i].Space...)
			out = append(out, ':')
		}
		out = append(out, open[i].Local...)
		out = append(out, '>')
	}
	return out, len(ends)
}

package feeds

import (
	"bytes"
	"encoding/xml"
	"errors"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
)

// errNotCDF means a document's root is not a CDF <CHANNEL>.
var errNotCDF = errors.New("not a CDF document")

// maxCDFDepth bounds how deep CDF channels may nest.
const maxCDFDepth = 64

// parseCDF reads Microsoft's Channel Definition Format, the 1997 feed
// format some old sites still serve: a <CHANNEL> with a TITLE, an ABSTRACT
// and ITEMs (HREF and LASTMOD attributes, a TITLE and an ABSTRACT), channels
// nested in channels. Element and attribute names are case-insensitive.
func parseCDF(body []byte) (*gofeed.Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, errNotCDF
		}
		if se, ok := tok.(xml.StartElement); ok {
			if !strings.EqualFold(se.Name.Local, "channel") {
				return nil, errNotCDF
			}
			f := &gofeed.Feed{FeedType: "cdf", Link: attr(se, "href")}
			if f.Link != "" {
				f.Links = []string{f.Link}
			}
			if err := cdfChannel(d, f, nil, 0); err != nil {
				return nil, err
			}
			return f, nil
		}
	}
}

// cdfChannel reads a channel's children into f; a nested channel's items
// join f's.
func cdfChannel(d *xml.Decoder, f *gofeed.Feed, it *gofeed.Item, depth int) error {
	if depth > maxCDFDepth {
		return errors.New("CDF channels nested too deep")
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch strings.ToLower(t.Name.Local) {
			case "title", "abstract":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return err
				}
				s = strings.TrimSpace(s)
				title := strings.EqualFold(t.Name.Local, "title")
				switch {
				case it != nil && title:
					it.Title = brief.Text(s)
				case it != nil:
					it.Description = s
				case depth == 0 && title:
					f.Title = brief.Text(s)
				case depth == 0:
					f.Description = s
				}
			case "item":
				item := &gofeed.Item{Link: attr(t, "href")}
				if item.Link != "" {
					item.Links = []string{item.Link}
				}
				if m := attr(t, "lastmod"); m != "" {
					item.Updated = m
					if ts, err := time.Parse(time.RFC3339, m); err == nil {
						u := ts.UTC()
						item.UpdatedParsed = &u
					}
				}
				if err := cdfChannel(d, f, item, depth+1); err != nil {
					return err
				}
				f.Items = append(f.Items, item)
			case "channel":
				if err := cdfChannel(d, f, nil, depth+1); err != nil {
					return err
				}
			default:
				if err := d.Skip(); err != nil {
					return err
				}
			}
		}
	}
}

// attr is the value of an attribute, its name matched case-insensitively.
func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

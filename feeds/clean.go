package feeds

import (
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/sanitize"
)

// Length caps, in runes, for short feed-supplied fields.
const (
	maxTitle = 500
	maxShort = 200
	maxURL   = 2048
)

// httpURL reports whether u is an absolute http or https URL with a host.
func httpURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// cleanLink resolves a feed-supplied link against base and returns it only
// if it is http or https: javascript:, data:, file: and the like become "".
func cleanLink(s string, base *url.URL) string {
	// A link hiding controls or bidi overrides is dropped, not cleaned into
	// another URL; white space around it is only layout.
	s = strings.TrimSpace(s)
	if !sanitize.Safe(s) {
		return ""
	}
	s = sanitize.Line(s)
	if s == "" || len(s) > maxURL {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !httpURL(u) {
		return ""
	}
	return u.String()
}

// cleanFeed makes a parsed feed safe before anyone else reads it: every text
// field goes through sanitize (titles, names and categories to one short
// line; descriptions and content keep their newlines), links are resolved
// against the feed's URL and dropped unless http or https.
func cleanFeed(f *gofeed.Feed, base *url.URL) {
	f.Title = clip(sanitize.Line(f.Title), maxTitle)
	f.Description = sanitize.Text(f.Description)
	f.Link = cleanLink(f.Link, base)
	f.FeedLink = cleanLink(f.FeedLink, base)
	f.Links = cleanLinks(f.Links, base)
	f.Language = clip(sanitize.Line(f.Language), maxShort)
	f.Copyright = clip(sanitize.Line(f.Copyright), maxShort)
	f.Generator = clip(sanitize.Line(f.Generator), maxShort)
	f.Author = cleanPerson(f.Author)
	f.Authors = cleanPeople(f.Authors)
	f.Categories = cleanWords(f.Categories)
	if f.Image != nil {
		f.Image.URL = cleanLink(f.Image.URL, base)
		f.Image.Title = clip(sanitize.Line(f.Image.Title), maxShort)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		it.Title = clip(sanitize.Line(it.Title), maxTitle)
		it.Description = sanitize.Text(it.Description)
		it.Content = sanitize.Text(it.Content)
		it.Link = cleanLink(it.Link, base)
		it.Links = cleanLinks(it.Links, base)
		it.GUID = clip(sanitize.Line(it.GUID), maxURL)
		it.Updated = clip(sanitize.Line(it.Updated), maxShort)
		it.Published = clip(sanitize.Line(it.Published), maxShort)
		it.Author = cleanPerson(it.Author)
		it.Authors = cleanPeople(it.Authors)
		it.Categories = cleanWords(it.Categories)
		if it.Image != nil {
			it.Image.URL = cleanLink(it.Image.URL, base)
			it.Image.Title = clip(sanitize.Line(it.Image.Title), maxShort)
		}
		encl := it.Enclosures[:0]
		for _, e := range it.Enclosures {
			if e == nil {
				continue
			}
			if e.URL = cleanLink(e.URL, base); e.URL != "" {
				e.Length = clip(sanitize.Line(e.Length), 20)
				e.Type = clip(sanitize.Line(e.Type), maxShort)
				encl = append(encl, e)
			}
		}
		it.Enclosures = encl
	}
}

func cleanLinks(ls []string, base *url.URL) []string {
	out := ls[:0]
	for _, l := range ls {
		if c := cleanLink(l, base); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func cleanPerson(p *gofeed.Person) *gofeed.Person {
	if p == nil {
		return nil
	}
	p.Name = clip(sanitize.Line(p.Name), maxShort)
	p.Email = clip(sanitize.Line(p.Email), maxShort)
	return p
}

func cleanPeople(ps []*gofeed.Person) []*gofeed.Person {
	out := ps[:0]
	for _, p := range ps {
		if p = cleanPerson(p); p != nil && (p.Name != "" || p.Email != "") {
			out = append(out, p)
		}
	}
	return out
}

func cleanWords(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		if w = clip(sanitize.Line(w), maxShort); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Package opml imports feed lists from OPML or a newsboat urls file and
// exports them as OPML 2.0. Nothing in an imported file is ever run: only
// http and https feed URLs are taken, every other entry is reported skipped.
package opml

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/sanitize"
)

// maxInput caps the size of an imported file.
const maxInput = 16 << 20

// Formats Import tells apart.
const (
	FormatOPML     = "opml"
	FormatNewsboat = "newsboat"
)

// Skip is an entry Import did not take, and why.
type Skip struct {
	// Line is the entry's line in a newsboat file (0 for OPML).
	Line int
	// Entry is the entry as written, sanitised and shortened.
	Entry string
	// Reason says why, e.g. "commands are never run".
	Reason string
}

// String reads like `line 3: "exec:~/bin/feed" skipped: commands are never run`.
func (s Skip) String() string {
	if s.Line > 0 {
		return fmt.Sprintf("line %d: %q skipped: %s", s.Line, s.Entry, s.Reason)
	}
	return fmt.Sprintf("%q skipped: %s", s.Entry, s.Reason)
}

// Result is what Import found in a file.
type Result struct {
	// Format is FormatOPML or FormatNewsboat.
	Format string
	// Feeds are the http and https feeds, in file order, each URL once.
	Feeds []feeds.Feed
	// Skipped are the entries not taken.
	Skipped []Skip
}

// Parse reads an OPML file or a newsboat urls file (told apart by content)
// and returns its http and https feeds; Import also reports what it skipped.
func Parse(r io.Reader) ([]feeds.Feed, error) {
	res, err := Import(r)
	return res.Feeds, err
}

// Import reads an OPML file or a newsboat urls file, told apart by content:
// a file whose first character is '<' is OPML.
func Import(r io.Reader) (Result, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return Result{}, fmt.Errorf("read feed list: %w", err)
	}
	if len(data) > maxInput {
		return Result{}, fmt.Errorf("read feed list: larger than %d MiB", maxInput>>20)
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 0 && head[0] == '<' {
		return parseOPML(data)
	}
	return parseNewsboat(data), nil
}

// collector gathers feeds, refusing non-http URLs and repeats.
type collector struct {
	res  Result
	seen map[string]bool
}

func (c *collector) skip(line int, entry, reason string) {
	c.res.Skipped = append(c.res.Skipped, Skip{Line: line, Entry: short(sanitize.Line(entry)), Reason: reason})
}

func (c *collector) add(line int, raw, name string, tags []string) {
	// newsboat's special tags mean something: !... hides the feed, ~Name
	// names it; neither is a tag.
	hidden, named := false, false
	var plain []string
	for _, t := range tags {
		switch {
		case strings.HasPrefix(t, "!"):
			hidden = true
		case strings.HasPrefix(t, "~"):
			if !named {
				name, named = t[1:], true // over the OPML title, as newsboat does
			}
		default:
			plain = append(plain, t)
		}
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || sanitize.Line(raw) != strings.TrimSpace(raw) {
		c.skip(line, raw, "not an http or https URL")
		return
	}
	key := u.String()
	if c.seen[key] {
		c.skip(line, raw, "listed twice")
		return
	}
	c.seen[key] = true
	c.res.Feeds = append(c.res.Feeds, feeds.Feed{URL: key, Name: short(sanitize.Line(name)), Tags: cleanTags(plain), Hidden: hidden})
}

// short caps an imported string at 200 runes.
func short(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:199]) + "…"
	}
	return s
}

// cleanTags sanitises tags, drops empty ones and repeats; commas become
// spaces so a tag survives the OPML category attribute.
func cleanTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = short(sanitize.Line(strings.ReplaceAll(t, ",", " ")))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// parseNewsboat reads a newsboat urls file: a URL per line, then tags
// separated by spaces, "quoted tags", ~Name for the title, ! (or !hidden)
// to hide the feed, # comments.
// query:, exec: and filter: entries are skipped, never run.
func parseNewsboat(data []byte) Result {
	c := &collector{res: Result{Format: FormatNewsboat}, seen: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), maxInput)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		toks := tokens(line)
		if len(toks) == 0 {
			continue
		}
		first := toks[0]
		lower := strings.ToLower(first)
		switch {
		case strings.HasPrefix(lower, "query:"):
			c.skip(n, first, "query feeds are not supported")
			continue
		case strings.HasPrefix(lower, "exec:"):
			c.skip(n, first, "commands are never run")
			continue
		case strings.HasPrefix(lower, "filter:"):
			c.skip(n, first, "filters are never run")
			continue
		}
		c.add(n, first, "", toks[1:])
	}
	if err := sc.Err(); err != nil {
		c.skip(0, "", "stopped reading: "+sanitize.Line(err.Error()))
	}
	return c.res
}

// tokens splits a newsboat line on spaces, honouring double quotes anywhere
// in a token ("rare earths", "~Mining Weekly", ~"Mining Weekly"; \" and \\
// inside quotes) and stopping at a # that starts a token.
func tokens(line string) []string {
	var out []string
	var b strings.Builder
	inTok, inQuote := false, false
	for i := 0; i < len(line); i++ {
		ch := line[i]
		switch {
		case inQuote && ch == '\\' && i+1 < len(line):
			i++
			b.WriteByte(line[i])
		case ch == '"':
			inQuote, inTok = !inQuote, true
		case !inQuote && (ch == ' ' || ch == '\t'):
			if inTok {
				out = append(out, b.String())
				b.Reset()
				inTok = false
			}
		case !inQuote && !inTok && ch == '#':
			return out
		default:
			b.WriteByte(ch)
			inTok = true
		}
	}
	if inTok {
		out = append(out, b.String())
	}
	return out
}

// outline is an OPML outline element; attributes are matched without
// regard to case (xmlUrl, xmlURL and xmlurl all occur).
type outline struct {
	Attrs    []xml.Attr `xml:",any,attr"` // every attribute, as written; read through attr
	Outlines []outline  `xml:"outline"`   // nested outlines: a folder's feeds
}

func (o *outline) attr(name string) string {
	for _, a := range o.Attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// opmlDoc is the part of an OPML document Parse reads: the body's outlines.
type opmlDoc struct {
	XMLName xml.Name `xml:"opml"` // the root element, <opml>
	// Body is the document's <body>.
	Body struct {
		Outlines []outline `xml:"outline"` // top-level feeds and folders
	} `xml:"body"`
}

func parseOPML(data []byte) (Result, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var doc opmlDoc
	if err := d.Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return Result{Format: FormatOPML}, fmt.Errorf("not an OPML file: %s", sanitize.Line(err.Error()))
		}
		return Result{Format: FormatOPML}, fmt.Errorf("not an OPML file: %s", short(sanitize.Line(err.Error())))
	}
	c := &collector{res: Result{Format: FormatOPML}, seen: map[string]bool{}}
	var walk func(list []outline, folders []string)
	walk = func(list []outline, folders []string) {
		for i := range list {
			o := &list[i]
			xmlURL := o.attr("xmlUrl")
			name := o.attr("title")
			if name == "" {
				name = o.attr("text")
			}
			if xmlURL == "" {
				if len(o.Outlines) > 0 {
					walk(o.Outlines, append(folders[:len(folders):len(folders)], name))
				} else if t := strings.ToLower(o.attr("type")); t == "rss" || t == "atom" {
					c.skip(0, name, "no feed URL")
				}
				continue
			}
			if name == xmlURL {
				name = ""
			}
			tags := append([]string(nil), folders...)
			for _, cat := range strings.Split(o.attr("category"), ",") {
				if cat = strings.Trim(strings.TrimSpace(cat), "/"); cat != "" {
					tags = append(tags, cat)
				}
			}
			c.add(0, xmlURL, name, tags)
			if len(o.Outlines) > 0 {
				walk(o.Outlines, folders)
			}
		}
	}
	walk(doc.Body.Outlines, nil)
	return c.res, nil
}

// outAttrs is one feed's outline as Write writes it.
type outAttrs struct {
	Type     string `xml:"type,attr"`               // always "rss"
	Text     string `xml:"text,attr"`               // the feed's name, else its URL
	Title    string `xml:"title,attr,omitempty"`    // the name again, for readers that want title
	XMLURL   string `xml:"xmlUrl,attr"`             // the feed's URL
	Category string `xml:"category,attr,omitempty"` // the feed's tags and !hidden, comma-separated
}

// outDoc is the OPML 2.0 document Write writes: a flat list of feeds.
type outDoc struct {
	XMLName xml.Name `xml:"opml"`         // the root element, <opml>
	Version string   `xml:"version,attr"` // "2.0"
	// Head is the document's <head>.
	Head struct {
		Title string `xml:"title"` // "lode feeds"
	} `xml:"head"`
	// Body is the document's <body>.
	Body struct {
		Outlines []outAttrs `xml:"outline"` // one per feed, in config order
	} `xml:"body"`
}

// Write writes fs as an OPML 2.0 document that Parse reads back to the
// same feeds: the name as text and title, the tags as the category
// attribute (comma separated), with newsboat's !hidden for a hidden feed.
func Write(w io.Writer, fs []feeds.Feed) error {
	var doc outDoc
	doc.Version = "2.0"
	doc.Head.Title = "lode feeds"
	for _, f := range fs {
		name := sanitize.Line(f.Name)
		tags := cleanTags(f.Tags)
		if f.Hidden {
			tags = append(tags, "!hidden")
		}
		o := outAttrs{Type: "rss", Text: name, Title: name, XMLURL: sanitize.Line(f.URL), Category: strings.Join(tags, ",")}
		if name == "" {
			o.Text = o.XMLURL
		}
		doc.Body.Outlines = append(doc.Body.Outlines, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	return nil
}

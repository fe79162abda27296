package feeds

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"unicode/utf8"
)

// The parser's structural limits. gofeed builds every element it reads, and
// recurses on the nesting of extension elements, so a document must be
// bounded before gofeed sees it: a fatal stack overflow cannot be recovered,
// and one small element costs it about a kilobyte. Measured peaks and the
// tests are in docs/security.md.
const (
	// DefaultMaxDepth is how deep elements (or JSON arrays and objects) may nest.
	DefaultMaxDepth = 256
	// DefaultMaxElements is how many elements and attributes (or JSON
	// values) the parser may see in one document, counting only the items
	// kept.
	DefaultMaxElements = 100000
	// DefaultMaxAttrs is how many attributes one element may have.
	DefaultMaxAttrs = 64
	// DefaultMaxItemText is how many bytes of text one item (or one text run
	// outside items) keeps; the rest is cut before parsing.
	DefaultMaxItemText = 4 << 20
)

// Limits bound one document before it reaches the feed parser. Zero fields
// take the defaults.
type Limits struct {
	// MaxDepth bounds nesting (default DefaultMaxDepth).
	MaxDepth int
	// MaxElements bounds the elements parsed (default DefaultMaxElements).
	MaxElements int
	// MaxAttrs bounds one element's attributes (default DefaultMaxAttrs).
	MaxAttrs int
	// MaxItems is how many items are kept (default DefaultMaxItems); later
	// items are cut from the document, unparsed.
	MaxItems int
	// MaxItemText bounds the text of one item (default DefaultMaxItemText).
	MaxItemText int
}

func (l Limits) withDefaults() Limits {
	positiveOr(&l.MaxDepth, DefaultMaxDepth)
	positiveOr(&l.MaxElements, DefaultMaxElements)
	positiveOr(&l.MaxAttrs, DefaultMaxAttrs)
	positiveOr(&l.MaxItems, DefaultMaxItems)
	positiveOr(&l.MaxItemText, DefaultMaxItemText)
	return l
}

// positiveOr sets *v to def when *v is zero or negative: an option left
// unset (or set to nonsense) takes its default.
func positiveOr[T ~int | ~int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// edit replaces body[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// apply returns body with the edits (in order, not overlapping) made.
func apply(body []byte, edits []edit) []byte {
	if len(edits) == 0 {
		return body
	}
	out := make([]byte, 0, len(body))
	last := 0
	for _, e := range edits {
		out = append(out, body[last:e.start]...)
		out = append(out, e.repl...)
		last = e.end
	}
	return append(out, body[last:]...)
}

// boundXML streams through an XML document with the tokenizer gofeed uses
// (encoding/xml, not strict) and, before any parser builds a thing:
// refuses it when elements nest deeper than MaxDepth, when an element has
// more than MaxAttrs attributes or when more than MaxElements elements would
// be parsed; cuts the items after the first MaxItems; and cuts each item's
// text to MaxItemText bytes. It returns the bounded document and how many
// items the original had. A syntax error stops the scan: what follows it is
// never parsed either, since gofeed reads with the same tokenizer.
func boundXML(body []byte, lim Limits) ([]byte, int, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	var (
		edits    []edit
		depth    int
		elems    int
		items    int
		itemAt   = -1 // depth of the item being read, -1 outside items
		textLeft = lim.MaxItemText
		cutFrom  = -1 // offset where the first dropped item starts
		cutDepth int
	)
	for {
		start := int(d.InputOffset())
		tok, err := d.RawToken()
		if err != nil {
			break // io.EOF, or a syntax error the parser will report
		}
		end := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if itemAt < 0 && depth <= 3 && (t.Name.Local == "item" || t.Name.Local == "entry") {
				items++
				if items > lim.MaxItems && cutFrom < 0 {
					cutFrom, cutDepth = start, depth
				}
				itemAt, textLeft = depth, lim.MaxItemText
			}
			if cutFrom >= 0 {
				continue
			}
			elems += 1 + len(t.Attr)
			switch {
			case depth > lim.MaxDepth:
				return nil, 0, kindf(ErrTooComplex, "document nested deeper than %d elements", lim.MaxDepth)
			case len(t.Attr) > lim.MaxAttrs:
				return nil, 0, kindf(ErrTooComplex, "an element has more than %d attributes", lim.MaxAttrs)
			case elems > lim.MaxElements:
				return nil, 0, kindf(ErrTooComplex, "document has more than %d elements and attributes", lim.MaxElements)
			}
		case xml.EndElement:
			if depth == itemAt {
				itemAt, textLeft = -1, lim.MaxItemText
			}
			if cutFrom >= 0 && depth == cutDepth-1 {
				edits = append(edits, edit{start: cutFrom, end: start})
				cutFrom = -1
			}
			depth = max(depth-1, 0)
		case xml.CharData:
			if cutFrom >= 0 {
				continue
			}
			if itemAt < 0 {
				textLeft = lim.MaxItemText
			}
			if end-start <= textLeft {
				textLeft -= end - start
				continue
			}
			edits = append(edits, cutText(body, start, end, textLeft))
			textLeft = 0
		}
	}
	if cutFrom >= 0 {
		edits = append(edits, edit{start: cutFrom, end: len(body)})
	}
	return apply(body, edits), items, nil
}

// cutText is the edit that keeps at most keep bytes of the text run
// body[start:end]: never half an entity or a character, and a CDATA section
// stays closed.
func cutText(body []byte, start, end, keep int) edit {
	const open, close = "<![CDATA[", "]]>"
	run := body[start:end]
	if bytes.HasPrefix(run, []byte(open)) {
		keep = max(keep, len(open))
		at := runeStart(run, keep)
		return edit{start: start + at, end: end, repl: close}
	}
	at := runeStart(run, keep)
	if amp := bytes.LastIndexByte(run[:at], '&'); amp >= 0 && bytes.IndexByte(run[amp:at], ';') < 0 {
		at = amp
	}
	return edit{start: start + at, end: end}
}

// runeStart moves i back to the start of the UTF-8 character it falls in.
func runeStart(b []byte, i int) int {
	i = min(i, len(b))
	for i > 0 && i < len(b) && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}

// boundJSON streams through a JSON document and refuses it when arrays and
// objects nest deeper than MaxDepth or it holds more than MaxElements values
// (items after the first MaxItems not counted: they are cut). It cuts the
// top-level "items" array after MaxItems entries and returns the bounded
// document and the number of items. A syntax error ends the scan; the parser
// reports it.
func boundJSON(body []byte, lim Limits) ([]byte, int, error) {
	type container struct{ obj, wantKey bool }
	d := json.NewDecoder(bytes.NewReader(body))
	var (
		stack   []container
		values  int
		items   int
		inItems bool // inside the top-level "items" array
		lastKey string
		cutFrom = -1
		cut     []edit
	)
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err != nil {
			break // io.EOF, or a syntax error the parser will report
		}
		depth := len(stack)
		dl, isDelim := tok.(json.Delim)
		closing := isDelim && (dl == '}' || dl == ']')
		if depth > 0 && stack[depth-1].wantKey && !closing {
			lastKey, _ = tok.(string)
			stack[depth-1].wantKey = false
			continue
		}
		if inItems && depth == 2 && !closing {
			items++
			if items == lim.MaxItems+1 {
				cutFrom = before
			}
		}
		if cutFrom < 0 || !inItems {
			values++
			if values > lim.MaxElements {
				return nil, 0, kindf(ErrTooComplex, "document has more than %d values", lim.MaxElements)
			}
		}
		switch {
		case closing:
			if inItems && depth == 2 {
				inItems = false
				if cutFrom >= 0 {
					cut = []edit{{start: cutFrom, end: before}}
				}
			}
			stack = stack[:max(depth-1, 0)]
		case isDelim:
			if depth == 1 && dl == '[' && stack[0].obj && lastKey == "items" {
				inItems = true
			}
			stack = append(stack, container{obj: dl == '{', wantKey: dl == '{'})
			if len(stack) > lim.MaxDepth {
				return nil, 0, kindf(ErrTooComplex, "document nested deeper than %d arrays and objects", lim.MaxDepth)
			}
			continue
		}
		// A value was read: in an object, the next string is a key.
		if n := len(stack); n > 0 && stack[n-1].obj {
			stack[n-1].wantKey = true
		}
	}
	return apply(body, cut), items, nil
}

// Memory bounds of one refresh. Parsing is what costs memory (a document
// within Limits peaks at the figure measured in docs/security.md), so at
// most maxParses documents are parsed at once, whatever the number of
// workers; bodies waiting to be parsed are bounded by bodyBudget.
const (
	maxParses  = 2
	bodyBudget = 192 << 20
)

// bodySlots is how many bodies of up to maxBytes may be held at once: a
// body read without a Content-Length may need twice its size while it grows.
func bodySlots(maxBytes int64) int {
	return max(1, int(bodyBudget/(2*maxBytes)))
}

// acquire takes a slot of sem, or gives up when ctx ends.
func acquire(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// parseBody parses a fetched body within the poller's limits, at most
// maxParses at a time, and cleans the feed. total is the document's item
// count before the cut to MaxItems.
func (p *Poller) parseBody(ctx context.Context, got *fetched) (doc *Document, total int, err error) {
	if err := acquire(ctx, p.parses); err != nil {
		return nil, 0, err
	}
	defer func() { <-p.parses }()
	return parseDocument(got.body, got.header.Get("Content-Type"), got.finalURL, Limits{MaxItems: p.o.MaxItems})
}

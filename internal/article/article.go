// Package article extracts the readable article from a publisher's web
// page (the "full text" of an item whose feed carries only a summary) with
// a readability algorithm, as HTML that the brief extractor then splits
// into sections.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// MaxElements bounds how many elements a page may have before extraction
// is refused: readability scores every node, so a hostile page must not make
// it slow.
const MaxElements = 20000

// MinWords is the least text, in words, that counts as an article.
const MinWords = 30

// ErrNoArticle means the page had no readable article.
var ErrNoArticle = errors.New("no readable article on the page")

// Article is a page's readable content.
type Article struct {
	// Title is the page's article title (plain text, unsanitised).
	Title string
	// HTML is the article's content as HTML, links resolved against the page URL.
	HTML string
}

// Extract finds the article in an HTML page fetched from pageURL (nil when
// unknown). The page must already be UTF-8 or declare its charset; the
// caller caps its size.
func Extract(page []byte, pageURL *url.URL) (a Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = Article{}, fmt.Errorf("the article extractor failed on the page")
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = MaxElements
	p.DisableJSONLD = true
	art, err := p.Parse(bytes.NewReader(page), pageURL)
	if err != nil {
		if strings.Contains(err.Error(), "too large") {
			return Article{}, fmt.Errorf("page has more than %d elements", MaxElements)
		}
		return Article{}, fmt.Errorf("read the page: %w", err)
	}
	if art.Node == nil {
		return Article{}, ErrNoArticle
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil || len(strings.Fields(text.String())) < MinWords {
		return Article{}, ErrNoArticle
	}
	var b strings.Builder
	if err := art.RenderHTML(&b); err != nil {
		return Article{}, fmt.Errorf("render the article: %w", err)
	}
	return Article{Title: art.Title(), HTML: b.String()}, nil
}

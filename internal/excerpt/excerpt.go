// Package excerpt reads the labelled excerpts lode's accuracy corpora are
// written in: header lines "key: value", a line "---", then the body.
// internal/companies, internal/minerals (through companies) and
// internal/classify score themselves on the same files.
package excerpt

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Header is one "key: value" line, both sides trimmed.
type Header struct {
	// Key and Value are the sides of the first ":"; Value is "" when the
	// line has none.
	Key, Value string
	// Line is the header line as written, for error messages.
	Line string
}

// Excerpt is one labelled file.
type Excerpt struct {
	// Name is the file's base name.
	Name string
	// Headers are the lines before "---", in file order.
	Headers []Header
	// Body is everything after the "---" line, as written.
	Body string
}

// Glob reads every file matching pattern, in name order.
func Glob(pattern string) ([]Excerpt, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("excerpts %s: %w", pattern, err)
	}
	out := make([]Excerpt, 0, len(files))
	for _, f := range files {
		e, err := Read(f)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Read reads one labelled file.
func Read(path string) (Excerpt, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Excerpt{}, fmt.Errorf("excerpt: %w", err)
	}
	head, body, ok := strings.Cut(string(b), "\n---\n")
	if !ok {
		return Excerpt{}, fmt.Errorf("excerpt %s: no --- separator", path)
	}
	e := Excerpt{Name: filepath.Base(path), Body: body}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		e.Headers = append(e.Headers, Header{Key: strings.TrimSpace(k), Value: strings.TrimSpace(v), Line: line})
	}
	return e, nil
}

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// mdLink is a markdown link or image target: ](target) with no space in it.
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// quotedAfterLink is a link to a markdown file followed by a quoted section
// name, the docs' way of pointing into a section: [realtext.md](realtext.md),
// "Session 44". Newlines are folded to spaces before it is matched.
var quotedAfterLink = regexp.MustCompile(`\]\(([^)\s#]+\.md)\),? "([^"]{3,160})"`)

// docFiles lists README.md and every markdown file under docs/, relative to
// the module root.
func docFiles(t *testing.T, root string) []string {
	t.Helper()
	files := []string{"README.md"}
	err := filepath.WalkDir(filepath.Join(root, "docs"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatalf("listing docs: %v", err)
	}
	sort.Strings(files)
	return files
}

// headingLines returns the text of every markdown heading of src outside
// fenced code blocks, in order.
func headingLines(src string) []string {
	var out []string
	fenced := false
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "```") {
			fenced = !fenced
			continue
		}
		if fenced || !strings.HasPrefix(l, "#") {
			continue
		}
		text := strings.TrimLeft(l, "#")
		if !strings.HasPrefix(text, " ") {
			continue
		}
		out = append(out, strings.TrimSpace(text))
	}
	return out
}

// githubAnchor is the anchor GitHub gives a heading: lower case, every
// character but letters, digits, spaces, '-' and '_' dropped, spaces to '-'.
func githubAnchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors returns the set of anchors of a file's headings; a repeated
// heading's anchor gets -1, -2, ... as on GitHub.
func anchors(src string) map[string]bool {
	set := map[string]bool{}
	seen := map[string]int{}
	for _, h := range headingLines(src) {
		a := githubAnchor(h)
		if n := seen[a]; n > 0 {
			set[a+"-"+strconv.Itoa(n)] = true
		} else {
			set[a] = true
		}
		seen[a]++
	}
	return set
}

// outsideCode blanks fenced code blocks and inline code spans, so that a
// link written as an example is not checked.
func outsideCode(src string) string {
	lines := strings.Split(src, "\n")
	fenced := false
	for i, l := range lines {
		if strings.HasPrefix(l, "```") {
			fenced = !fenced
			lines[i] = ""
			continue
		}
		if fenced {
			lines[i] = ""
			continue
		}
		parts := strings.Split(l, "`")
		for j := 1; j < len(parts); j += 2 {
			parts[j] = ""
		}
		lines[i] = strings.Join(parts, "`")
	}
	return strings.Join(lines, "\n")
}

// TestDocLinksResolve checks every relative markdown link in README.md and
// docs/**/*.md: the file it names exists and, when it names a section
// (#anchor), the file has that heading. A section named in quotes right
// after a link to a file ([x.md](x.md), "Round 25") must begin one of that
// file's headings. A reader who follows the docs' pointers lands somewhere.
func TestDocLinksResolve(t *testing.T) {
	root := filepath.Join("..", "..")
	files := docFiles(t, root)
	srcs := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		srcs[f] = string(b)
	}
	read := func(f string) (string, bool) {
		if s, ok := srcs[f]; ok {
			return s, true
		}
		b, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			return "", false
		}
		srcs[f] = string(b)
		return srcs[f], true
	}
	checked := 0
	for _, f := range files {
		text := outsideCode(srcs[f])
		for _, m := range mdLink.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, anchor, _ := strings.Cut(target, "#")
			dest := f
			if path != "" {
				dest = filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(f), path)))
			}
			src, ok := read(dest)
			if !ok {
				if _, err := os.Stat(filepath.Join(root, dest)); err != nil {
					t.Errorf("%s: link %q: %s does not exist", f, target, dest)
				}
				continue
			}
			checked++
			if anchor != "" && strings.HasSuffix(dest, ".md") && !anchors(src)[anchor] {
				t.Errorf("%s: link %q: %s has no heading with anchor #%s", f, target, dest, anchor)
			}
		}
		folded := strings.ReplaceAll(text, "\n", " ")
		for _, m := range quotedAfterLink.FindAllStringSubmatch(folded, -1) {
			dest := filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(f), m[1])))
			src, ok := read(dest)
			if !ok {
				continue // reported above
			}
			name := strings.Join(strings.Fields(m[2]), " ")
			found := false
			for _, h := range headingLines(src) {
				if strings.HasPrefix(h, name) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: %q names no section of %s", f, name, dest)
			}
		}
	}
	if checked < 50 {
		t.Errorf("checked only %d links; the docs were not found or the link pattern broke", checked)
	}
}

func TestGithubAnchor(t *testing.T) {
	for h, want := range map[string]string{
		"Query language at 100,000 items (issue 13)":                             "query-language-at-100000-items-issue-13",
		"Ideology (by docs/classifier.md, \"What is flagged, and what is not\")": "ideology-by-docsclassifiermd-what-is-flagged-and-what-is-not",
		"Adding a company: `lode companies add`":                                 "adding-a-company-lode-companies-add",
		"Where things stand (end of session 44)":                                 "where-things-stand-end-of-session-44",
		"The floor and the path to 3×":                                           "the-floor-and-the-path-to-3",
	} {
		if got := githubAnchor(h); got != want {
			t.Errorf("githubAnchor(%q) = %q, want %q", h, got, want)
		}
	}
}

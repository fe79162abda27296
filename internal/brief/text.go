package brief

import (
	"strings"

	"github.com/lode-reader/lode/internal/sanitize"
)

// maxTextInput caps the HTML one title or name may feed Text.
const maxTextInput = 64 << 10

// Text turns a short HTML fragment (a title, a feed's name) into one line of
// plain text the way bodies are read: entities decoded once, tags dropped
// (scripts, styles and hidden elements with their content), the text kept.
// The result is sanitized for the terminal. Text without '<' or '&' is only
// sanitized.
func Text(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return sanitize.Line(fragment)
	}
	if len(fragment) > maxTextInput {
		fragment = fragment[:maxTextInput]
	}
	var links []string
	lines := parseField(fragment, &links)
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		t := stripRefs(l.text)
		if l.kind == kindItem {
			t = "• " + t
		}
		parts = append(parts, t)
	}
	return sanitize.Line(strings.Join(parts, " "))
}

package digest

import (
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// Alert tells the user that a new item mentions a company they follow. Its
// text fields are sanitized single lines, safe for a terminal or a command.
type Alert struct {
	// ItemID is the item's cache id.
	ItemID int64
	// Company is the first watched company among the item's subjects.
	Company string
	// Title is the item's title; "(untitled)" when it has none.
	Title string
	// Link is the item's link; "" when it has none.
	Link string
	// Feed is the name of the item's feed.
	Feed string
}

// Alerts returns one alert per item that mentions a watched company, naming
// the first watched company in the item's list, in the order of items.
func Alerts(items []item.Item, watchlist []string) []Alert {
	var out []Alert
	for _, it := range items {
		for _, c := range it.Companies {
			if c == "" || !contains(watchlist, c) {
				continue
			}
			out = append(out, Alert{
				ItemID:  it.ID,
				Company: sanitize.Line(c),
				Title:   orDefault(sanitize.Line(it.Title), untitled),
				Link:    sanitize.Line(it.Link),
				Feed:    sanitize.Line(it.FeedName),
			})
			break
		}
	}
	return out
}

// String is the alert as one line:
// "★ Lynas Rare Earths: Lynas lifts NdPr output (Mining Wire)".
func (a Alert) String() string {
	s := "★ " + sanitize.Line(a.Company) + ": " + orDefault(sanitize.Line(a.Title), untitled)
	if f := sanitize.Line(a.Feed); f != "" {
		s += " (" + f + ")"
	}
	return s
}

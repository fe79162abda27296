package ui

import (
	"strings"
	"testing"
)

// TestHiddenFeed: a hidden feed's items (newsboat's !hidden) are left out
// of the tabs and of every query that does not name the feed, and are
// there for feed: and tag: and from the feeds view.
func TestHiddenFeed(t *testing.T) {
	h, _ := viewsHarnessOf(t, loadFixtures(t), nil, nil, "Battery Metals Daily")
	h.mustSee("[All 2]", "Unread 2", "Flagged 1", "2 items", titleLynas, titleGallium)
	h.mustNotSee(titleMP, titleLith)
	// A query that does not name the feed leaves it out too.
	h.press("F")
	h.typeText("company:MP")
	h.press("enter")
	h.mustSee("query: company:\"MP Materials\"", "No items")
	h.query("tag:lithium")
	h.mustSee("2 items", titleMP, titleLith)
	h.query("feed:battery -is:flagged")
	h.mustSee("2 items", "query: -is:flagged feed:battery", titleMP, titleLith)
	// The feeds view still lists it, marked hidden, and enter shows its items.
	h.press("t")
	h.mustSee("Battery Metals Daily", "hidden (only feed: or tag: shows it)")
	for _, line := range strings.Split(h.view(), "\n") {
		if strings.Contains(line, "Rare Earth Wire") == strings.Contains(line, "hidden (only") && strings.Contains(line, "unread of") {
			t.Fatalf("only the hidden feed's row should say hidden:\n%s", line)
		}
	}
	h.press("j", "enter")
	h.mustSee(`query: feed:"Battery Metals Daily"`, "2 items", titleMP, titleLith)
	h.press("[")
	h.mustSee("Flagged", titleGallium)
	h.mustNotSee(titleMP)
}

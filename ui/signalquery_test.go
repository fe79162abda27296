package ui

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// signalItems are the fixtures with passing mentions and minerals: the
// gallium item names Lynas in passing, the lithium one Albemarle.
func signalItems(t *testing.T) []item.Item {
	t.Helper()
	items := loadFixtures(t)
	for i := range items {
		switch {
		case strings.HasPrefix(items[i].Title, titleLynas):
			items[i].Minerals = []string{"rare earths"}
		case strings.HasPrefix(items[i].Title, titleGallium):
			items[i].Minerals = []string{"gallium"}
			items[i].Mentions = []string{"Lynas Rare Earths"}
		case strings.HasPrefix(items[i].Title, titleMP):
			items[i].Minerals = []string{"rare earths", "NdPr"}
		case strings.HasPrefix(items[i].Title, titleLith):
			items[i].Minerals = []string{"lithium"}
			items[i].Mentions = []string{"Albemarle"}
		}
	}
	return items
}

// TestMentionMineralQuery: mention: keeps the items that name a company in
// passing (not those about it), mineral: the items about a mineral named
// by tag, name or alias; both negate and OR like the other fields.
func TestMentionMineralQuery(t *testing.T) {
	h, _ := viewsHarnessOf(t, signalItems(t), nil, nil)
	h.press("F")
	h.typeText("mention:LYC")
	h.press("enter")
	h.mustSee("query: mention:LYC", "1 item ·", titleGallium)
	h.mustNotSee(titleLynas, titleMP, titleLith)
	// A mineral by one of its names, OR'd; the reader shows the tags.
	h.query("mineral:neodymium OR mineral:spodumene")
	h.mustSee("query: (mineral:NdPr OR mineral:lithium)", "2 items", titleMP, titleLith)
	h.mustNotSee(titleLynas, titleGallium)
	// Negation of both, with an OR of mentions.
	h.query(`-mineral:"rare earths" (mention:Albemarle OR mention:LYC)`)
	h.mustSee("2 items", titleGallium, titleLith)
	h.mustNotSee(titleLynas, titleMP)
	h.query("-mention:Albemarle -mention:LYC")
	h.mustSee("2 items", titleLynas, titleMP)
	// An unknown mineral names the token and keeps the results.
	h.query("mineral:unobtainium")
	h.mustSee(`"mineral:unobtainium" names no mineral lode knows`, "2 items", titleLynas)
}

// TestMentionMineralCompletion: tab completes mineral tags after mineral:
// and company names after mention:.
func TestMentionMineralCompletion(t *testing.T) {
	h, _ := viewsHarnessOf(t, signalItems(t), nil, nil)
	h.press("F")
	h.typeText("mineral:nd")
	h.mustSee("tab: mineral:NdPr")
	h.press("tab")
	h.typeText(" mineral:rare")
	h.mustSee(`tab: mineral:"rare earths"`)
	h.press("tab")
	h.typeText(" -mention:albem")
	h.mustSee("tab: -mention:Albemarle")
	h.press("tab")
	h.mustSee(`query: mineral:NdPr mineral:"rare earths" -mention:Albemarle`)
	h.press("enter")
	h.mustSee("1 item ·", titleMP)
}

// TestMineralKeyEditsQuery: e is a shortcut for mineral: terms: what it
// ticks shows in the query line, and the prompt's mineral: terms show in
// the chooser.
func TestMineralKeyEditsQuery(t *testing.T) {
	h, _ := viewsHarnessOf(t, signalItems(t), nil, nil)
	h.press("e")
	h.mustSee("Minerals", "[ ] lithium", "[ ] rare earths")
	// Sorted by count, then name: rare earths first.
	h.press(" ", "enter")
	h.mustSee(`query: mineral:"rare earths"`, "2 items", titleLynas, titleMP)
	h.query("mineral:gallium,lithium is:unread")
	h.mustSee("query: (mineral:gallium OR mineral:lithium) is:unread", "2 items", titleGallium, titleLith)
	h.press("e")
	h.mustSee("[x] gallium", "[x] lithium", "[ ] rare earths")
	h.press("esc")
	h.mustSee("query: (mineral:gallium OR mineral:lithium) is:unread")
}

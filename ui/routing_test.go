package ui

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// TestListKeysBoundOnce: with no overlay open, the root hands a key to the
// first of its parts that has it bound (navigation, tabs, filters, item
// actions, overlay openers, movement). By default no key is bound in two
// of them, so that order never decides what a key does.
func TestListKeysBoundOnce(t *testing.T) {
	k := DefaultKeyMap()
	f, it, tb, mv := k.filterKeys(), k.itemKeys(), k.tabKeys(), k.moveKeys()
	parts := map[string][]key.Binding{
		"navigation": {k.Quit, k.Back, k.Clear, k.NextUnread, k.PrevUnread, k.NextItem, k.PrevItem, k.Refresh,
			k.Body, k.Reasons, k.Open, k.NextFocus, k.PrevFocus, k.Pane1, k.Pane2, k.Pane3},
		"tabs":    {tb.PrevView, tb.NextView, tb.Alerts},
		"filters": {f.Sort, f.Flag, f.Unread, f.Starred, f.WatchView, f.ClearCompanies},
		"item actions": {it.Star, it.ToggleRead, it.MarkAllRead, it.Watch, it.Links, it.OpenLink, it.OpenLinkKeep,
			it.CopyLink, it.Article},
		"overlay openers": {k.Help, k.Search, k.Query, k.SaveView, k.FeedsView, k.Companies, k.Minerals, k.Digest},
		"movement":        {mv.Up, mv.Down, mv.PageUp, mv.PageDown, mv.HalfPageUp, mv.HalfPageDown, mv.Top, mv.Bottom},
	}
	owner := map[string]string{}
	for part, bs := range parts {
		for _, b := range bs {
			for _, name := range b.Keys() {
				if o, ok := owner[name]; ok {
					t.Errorf("key %q is bound in both %s and %s (%s)", name, o, part, b.Help().Desc)
				}
				owner[name] = part + " (" + b.Help().Desc + ")"
			}
		}
	}
}

// nameOf is the name the root matches a key by, for the parts' updates.
func nameOf(k string) keyName { return keyName(keyMsg(k).String()) }

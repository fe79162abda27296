package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap holds every key binding of the reader; the help view and the
// status-bar hints are generated from the same bindings the code matches on.
type KeyMap struct {
	// Up, Down, PageUp, PageDown, Top, Bottom, HalfPageUp and HalfPageDown
	// move the list's cursor, or scroll the pane that has focus.
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	HalfPageUp, HalfPageDown                key.Binding

	// Open reads the selected item (focus to the first pane); NextFocus and
	// PrevFocus cycle focus through the list and the panes.
	Open, NextFocus, PrevFocus key.Binding
	// Pane1, Pane2 and Pane3 focus the highlights, analysis and takeaway panes.
	Pane1, Pane2, Pane3 key.Binding

	// NextUnread and PrevUnread open the next or previous unread item,
	// NextItem and PrevItem the next or previous item, from the list or
	// the panes (opening marks read).
	NextUnread, PrevUnread, NextItem, PrevItem key.Binding

	// Companies opens the company picker, ClearCompanies drops the company
	// filter, Search opens the search box.
	Companies, ClearCompanies, Search key.Binding
	// Query opens the filter prompt on the whole query; Complete completes
	// the last word typed there; Sort cycles the order (newest, feed,
	// company).
	Query, Complete, Sort key.Binding
	// PrevView and NextView switch tabs; SaveView saves the query as a
	// tab; FeedsView opens the feeds and tags view, where GroupTags
	// switches between feeds and tags.
	PrevView, NextView, SaveView, FeedsView, GroupTags key.Binding
	// Minerals opens the mineral filter.
	Minerals key.Binding
	// Flag cycles the flagged filter, Unread and Starred toggle the
	// unread-only and starred-only filters, Star stars the item.
	Flag, Unread, Star, Starred key.Binding
	// ToggleRead marks the item read or unread; MarkAllRead marks every
	// shown item read.
	ToggleRead, MarkAllRead key.Binding
	// Confirm answers yes to the question MarkAllRead asks; any other
	// key answers no.
	Confirm key.Binding
	// Watch chooses the watched companies, WatchView shows their items,
	// Alerts the new items about them a refresh brought.
	Watch, WatchView, Alerts key.Binding

	// OpenLink opens the link and marks the item read; OpenLinkKeep opens
	// it and leaves the read state alone.
	// CopyLink copies the link (OSC 52), Links lists the numbered
	// references, Refresh polls the feeds.
	OpenLink, OpenLinkKeep, CopyLink, Links, Refresh key.Binding
	// Body shows the full text instead of the panes, Reasons the
	// classifier's reasons, Digest the digest view.
	Body, Reasons, Digest key.Binding
	// Article fetches the shown item's article page (full text) on demand.
	Article key.Binding

	// Back goes back one level and quits from the list; Clear goes back
	// one level and never quits; Quit quits from anywhere.
	Help, Back, Clear, Quit key.Binding

	// Toggle, Apply and Cancel are used inside the company picker, the
	// watch chooser and the search box.
	Toggle, Apply, Cancel key.Binding
	// PickUp and PickDown move in the picker while letters go to its input.
	PickUp, PickDown key.Binding
}

// DefaultKeyMap returns the reader's bindings: vim keys and arrows both
// work, and the reading keys follow newsboat.
func DefaultKeyMap() KeyMap {
	b := func(desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keysLabel(keys), desc))
	}
	return KeyMap{
		Up:       b("up", "up", "k"),
		Down:     b("down", "down", "j"),
		PageUp:   b("page up", "pgup", "ctrl+b"),
		PageDown: b("page down", "pgdown", " ", "ctrl+f"),
		Top:      b("top", "g", "home"),
		Bottom:   b("bottom", "G", "end"),

		HalfPageUp:   b("half page up", "ctrl+u"),
		HalfPageDown: b("half page down", "ctrl+d"),

		Open:      b("read item", "enter"),
		NextFocus: b("next pane", "tab"),
		PrevFocus: b("prev pane", "shift+tab"),
		Pane1:     b("highlights", "1"),
		Pane2:     b("analysis", "2"),
		Pane3:     b("takeaway", "3"),

		NextUnread: b("next unread", "n"),
		PrevUnread: b("prev unread", "p"),
		NextItem:   b("next item", "J"),
		PrevItem:   b("prev item", "K"),

		Companies:      b("companies", "c"),
		ClearCompanies: b("clear companies", "C"),
		Minerals:       b("minerals", "e"),
		Search:         b("search", "/"),
		Flag:           b("flag filter", "f"),
		Unread:         b("unread only", "u"),
		Star:           b("star", "s"),
		Starred:        b("starred only", "S"),
		ToggleRead:     b("toggle read", "m"),
		MarkAllRead:    b("mark shown read", "M"),
		Confirm:        b("yes (to M's question)", "y"),
		Watch:          b("watch companies", "w"),
		WatchView:      b("watchlist view", "W"),
		Alerts:         b("new for watched", "N"),

		Query:     b("query", "F"),
		Complete:  b("complete (F)", "tab"),
		Sort:      b("sort order", "="),
		PrevView:  b("previous tab", "["),
		NextView:  b("next tab", "]"),
		SaveView:  b("save as tab", "V"),
		FeedsView: b("feeds and tags", "t"),
		GroupTags: b("feeds/tags", "tab"),

		OpenLink:     b("open link (read)", "o"),
		OpenLinkKeep: b("open, keep unread", "O"),
		CopyLink:     b("copy link", "y"),
		Links:        b("link list", "L"),
		Refresh:      b("refresh", "r"),
		Body:         b("full text", "b"),
		Reasons:      b("ideology reasons", "i"),
		Digest:       b("digest", "D"),
		Article:      b("fetch article", "A"),

		Help:  b("help", "?"),
		Back:  b("back or quit", "q"),
		Clear: b("back / clear", "esc"),
		Quit:  b("quit", "Q", "ctrl+c"),

		Toggle:   b("tick", "tab"),
		Apply:    b("apply", "enter"),
		Cancel:   b("cancel", "esc"),
		PickUp:   b("up", "up", "ctrl+p", "ctrl+k"),
		PickDown: b("down", "down", "ctrl+n", "ctrl+j"),
	}
}

// actions names every binding for the [keys] table of config.toml.
func (k *KeyMap) actions() []struct {
	name string
	b    *key.Binding
} {
	type a = struct {
		name string
		b    *key.Binding
	}
	return []a{
		{"up", &k.Up}, {"down", &k.Down}, {"page_up", &k.PageUp}, {"page_down", &k.PageDown},
		{"half_page_up", &k.HalfPageUp}, {"half_page_down", &k.HalfPageDown}, {"top", &k.Top}, {"bottom", &k.Bottom},
		{"open", &k.Open}, {"next_pane", &k.NextFocus}, {"previous_pane", &k.PrevFocus},
		{"highlights", &k.Pane1}, {"analysis", &k.Pane2}, {"takeaway", &k.Pane3},
		{"next_unread", &k.NextUnread}, {"previous_unread", &k.PrevUnread}, {"next_item", &k.NextItem}, {"previous_item", &k.PrevItem},
		{"companies", &k.Companies}, {"clear_companies", &k.ClearCompanies}, {"minerals", &k.Minerals}, {"search", &k.Search},
		{"flag_filter", &k.Flag}, {"unread_only", &k.Unread}, {"star", &k.Star}, {"starred_only", &k.Starred},
		{"toggle_read", &k.ToggleRead}, {"mark_all_read", &k.MarkAllRead}, {"confirm", &k.Confirm},
		{"watch", &k.Watch}, {"watchlist", &k.WatchView}, {"new_for_watched", &k.Alerts},
		{"query", &k.Query}, {"complete", &k.Complete}, {"sort", &k.Sort}, {"previous_tab", &k.PrevView}, {"next_tab", &k.NextView},
		{"save_view", &k.SaveView}, {"feeds_view", &k.FeedsView}, {"group_tags", &k.GroupTags},
		{"open_link", &k.OpenLink}, {"open_link_keep_unread", &k.OpenLinkKeep}, {"copy_link", &k.CopyLink},
		{"links", &k.Links}, {"refresh", &k.Refresh}, {"full_text", &k.Body}, {"reasons", &k.Reasons}, {"digest", &k.Digest},
		{"fetch_article", &k.Article},
		{"help", &k.Help}, {"back", &k.Back}, {"clear", &k.Clear}, {"quit", &k.Quit},
		{"tick", &k.Toggle}, {"apply", &k.Apply}, {"cancel", &k.Cancel}, {"pick_up", &k.PickUp}, {"pick_down", &k.PickDown},
	}
}

// ActionNames lists the actions a [keys] table may bind, sorted.
func ActionNames() []string {
	k := DefaultKeyMap()
	var out []string
	for _, a := range k.actions() {
		out = append(out, a.name)
	}
	sort.Strings(out)
	return out
}

// KeyMapFrom returns the default bindings with the actions in table bound
// to the given keys instead ("next_unread" = ["n", "ctrl+n"]). An unknown
// action, an empty list or a key lode cannot recognise is an error naming
// the action and the key.
func KeyMapFrom(table map[string][]string) (KeyMap, error) {
	k := DefaultKeyMap()
	byName := map[string]*key.Binding{}
	for _, a := range k.actions() {
		byName[a.name] = a.b
	}
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b, ok := byName[name]
		if !ok {
			return k, fmt.Errorf("keys.%s: unknown action (known: %s)", name, strings.Join(ActionNames(), ", "))
		}
		keys := table[name]
		if len(keys) == 0 {
			return k, fmt.Errorf("keys.%s: no key given", name)
		}
		norm := make([]string, len(keys))
		for i, s := range keys {
			n, err := parseKey(s)
			if err != nil {
				return k, fmt.Errorf("keys.%s: %w", name, err)
			}
			norm[i] = n
		}
		*b = key.NewBinding(key.WithKeys(norm...), key.WithHelp(keysLabel(norm), b.Help().Desc))
	}
	return k, nil
}

// keyNames are the names Bubble Tea gives special keys ("enter", "ctrl+a").
func keyNames() map[string]bool {
	set := map[string]bool{}
	for t := tea.KeyType(-200); t <= 127; t++ {
		if s := t.String(); s != "" && t != tea.KeyRunes {
			set[s] = true
		}
	}
	return set
}

// parseKey checks one key as written in config.toml and returns it as
// Bubble Tea names it: a single character ("n", "J", "/"), "space", or a
// named key ("enter", "ctrl+n", "pgdown", "f5"), optionally with "alt+".
func parseKey(s string) (string, error) {
	body, alt := strings.CutPrefix(s, "alt+")
	prefix := ""
	if alt {
		prefix = "alt+"
	}
	if body == "space" {
		body = " "
	}
	if utf8.RuneCountInString(body) == 1 {
		r, _ := utf8.DecodeRuneInString(body)
		if r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0) {
			return prefix + body, nil
		}
	}
	if body != " " && keyNames()[body] {
		return prefix + body, nil
	}
	return "", fmt.Errorf("cannot read key %q (a character, \"space\", or a name such as \"enter\", \"ctrl+n\", \"pgdown\")", s)
}

// keyLabel is how the help shows one key.
func keyLabel(k string) string {
	switch k {
	case " ":
		return "space"
	case "up":
		return "↑"
	case "down":
		return "↓"
	case "pgdown":
		return "pgdn"
	}
	return k
}

// keysLabel is how the help shows a binding's keys: "↑/k".
func keysLabel(keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = keyLabel(k)
	}
	return strings.Join(out, "/")
}

// first is the label of b's first key, for hints written in sentences
// ("press N to see them"); "" when b has no key.
func first(b key.Binding) string {
	if ks := b.Keys(); len(ks) > 0 {
		return keyLabel(ks[0])
	}
	return ""
}

// letterKey is how a hint names b: its first single-character key ("j"
// of "↓/j"), else its first key.
func letterKey(b key.Binding) string {
	for _, k := range b.Keys() {
		if utf8.RuneCountInString(k) == 1 && k != " " {
			return k
		}
	}
	return first(b)
}

// moveHint names the keys that move in a long box, as the bindings in
// force say: "j/k" alone, or with pages "j/k, pgup/pgdn".
func moveHint(down, up key.Binding, pages ...key.Binding) string {
	h := letterKey(down) + "/" + letterKey(up)
	if len(pages) == 2 {
		h += ", " + first(pages[0]) + "/" + first(pages[1])
	}
	return h
}

// ShortHelp lists the bindings shown in the one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextUnread, k.Open, k.OpenLink, k.Companies, k.Search, k.Back, k.Help}
}

// FullHelp lists the bindings for the `?` view, which lays them out in as
// many columns as fit; the order keeps the three columns of an 80-column
// screen narrow (wide keys with short words, then single keys).
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open, k.NextFocus, k.PrevFocus, k.NextItem, k.PrevItem, k.Body, k.Digest, k.Refresh, k.Search, k.Query, k.tabsHelp()},
		{k.Sort, k.SaveView, k.FeedsView, k.NextUnread, k.PrevUnread, k.Pane1, k.Pane2, k.Pane3, k.Reasons, k.Article, k.OpenLink, k.OpenLinkKeep, k.CopyLink, k.Links, k.Companies, k.ClearCompanies, k.Flag, k.Unread},
		{k.Minerals, k.Starred, k.WatchView, k.Alerts, k.Star, k.ToggleRead, k.MarkAllRead, k.Watch, k.Help, k.Back, k.Clear, k.Quit, k.HalfPageUp, k.HalfPageDown, k.Complete},
	}
}

// tabsHelp is one help entry for the two tab keys ("[/]").
func (k KeyMap) tabsHelp() key.Binding {
	keys := append(append([]string(nil), k.PrevView.Keys()...), k.NextView.Keys()...)
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keysLabel(keys), "tab ←/→"))
}

// keyName is a key's name ("j", "enter", "ctrl+n") worked out once: the
// root matches one key against the bindings of several parts in turn, and
// key.Matches asks a tea.KeyMsg for its name again (and allocates it) on
// every try, a keyName does not.
type keyName string

// String is the key's name, for key.Matches.
func (k keyName) String() string { return string(k) }

// Each part of the reader matches on its own sub-keymap, cut from the one
// KeyMap when the part is built, so a [keys] table rebinds a key in every
// part that uses it and the help still lists every binding.

// moveKeys move a cursor or scroll a box: the list, a pane, the digest.
type moveKeys struct {
	// Up, Down, PageUp, PageDown, HalfPageUp, HalfPageDown, Top and Bottom are
	// KeyMap's bindings of the same names.
	Up, Down, PageUp, PageDown, HalfPageUp, HalfPageDown, Top, Bottom key.Binding
}

func (k KeyMap) moveKeys() moveKeys {
	return moveKeys{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: k.HalfPageUp, HalfPageDown: k.HalfPageDown, Top: k.Top, Bottom: k.Bottom}
}

// cursorKeys move the cursor of a short list drawn over the body (the
// watch chooser, the link list); PickUp and PickDown move it too.
type cursorKeys struct {
	// Up, Down, PickUp, PickDown, Top and Bottom are KeyMap's bindings of the
	// same names.
	Up, Down, PickUp, PickDown, Top, Bottom key.Binding
}

func (k KeyMap) cursorKeys() cursorKeys {
	return cursorKeys{Up: k.Up, Down: k.Down, PickUp: k.PickUp, PickDown: k.PickDown, Top: k.Top, Bottom: k.Bottom}
}

// filterKeys change the filters (filters.update); Watch is named in the
// hint shown when the watchlist view is empty.
type filterKeys struct {
	// Sort, Flag, Unread, Starred, WatchView, ClearCompanies and Watch are
	// KeyMap's bindings of the same names.
	Sort, Flag, Unread, Starred, WatchView, ClearCompanies, Watch key.Binding
}

func (k KeyMap) filterKeys() filterKeys {
	return filterKeys{Sort: k.Sort, Flag: k.Flag, Unread: k.Unread, Starred: k.Starred,
		WatchView: k.WatchView, ClearCompanies: k.ClearCompanies, Watch: k.Watch}
}

// itemKeys act on the selected item (itemActions).
type itemKeys struct {
	// Star, ToggleRead, MarkAllRead, Confirm, Watch and Links are KeyMap's
	// bindings of the same names.
	Star, ToggleRead, MarkAllRead, Confirm, Watch, Links key.Binding
	// OpenLink, OpenLinkKeep, CopyLink and Article are KeyMap's bindings of the
	// same names.
	OpenLink, OpenLinkKeep, CopyLink, Article key.Binding
}

func (k KeyMap) itemKeys() itemKeys {
	return itemKeys{Star: k.Star, ToggleRead: k.ToggleRead, MarkAllRead: k.MarkAllRead, Confirm: k.Confirm, Watch: k.Watch, Links: k.Links,
		OpenLink: k.OpenLink, OpenLinkKeep: k.OpenLinkKeep, CopyLink: k.CopyLink, Article: k.Article}
}

// tabKeys switch tabs (tabsModel.update).
type tabKeys struct {
	// PrevView, NextView and Alerts are KeyMap's bindings of the same names.
	PrevView, NextView, Alerts key.Binding
}

func (k KeyMap) tabKeys() tabKeys {
	return tabKeys{PrevView: k.PrevView, NextView: k.NextView, Alerts: k.Alerts}
}

// inputKeys are the keys of a text box (the search box, the query prompt).
type inputKeys struct {
	// Apply, Cancel and Complete are KeyMap's bindings of the same names.
	Apply, Cancel, Complete key.Binding
}

func (k KeyMap) inputKeys() inputKeys {
	return inputKeys{Apply: k.Apply, Cancel: k.Cancel, Complete: k.Complete}
}

// pickerKeys are the company picker's keys; letters go to its input.
type pickerKeys struct {
	// Apply, Cancel, Toggle, PickUp and PickDown are KeyMap's bindings of the
	// same names.
	Apply, Cancel, Toggle, PickUp, PickDown key.Binding
}

func (k KeyMap) pickerKeys() pickerKeys {
	return pickerKeys{Apply: k.Apply, Cancel: k.Cancel, Toggle: k.Toggle, PickUp: k.PickUp, PickDown: k.PickDown}
}

// mineralKeys are the mineral chooser's keys; Minerals closes it.
type mineralKeys struct {
	// Minerals, Apply, Cancel, Toggle, Up, Down, PickUp and PickDown are
	// KeyMap's bindings of the same names.
	Minerals, Apply, Cancel, Toggle, Up, Down, PickUp, PickDown key.Binding
}

func (k KeyMap) mineralKeys() mineralKeys {
	return mineralKeys{Minerals: k.Minerals, Apply: k.Apply, Cancel: k.Cancel, Toggle: k.Toggle,
		Up: k.Up, Down: k.Down, PickUp: k.PickUp, PickDown: k.PickDown}
}

// watchKeys are the watch chooser's keys; Watch closes it.
type watchKeys struct {
	cursorKeys
	// Watch, Apply, Toggle, Cancel, Clear and Back are KeyMap's bindings of the
	// same names.
	Watch, Apply, Toggle, Cancel, Clear, Back key.Binding
}

func (k KeyMap) watchKeys() watchKeys {
	return watchKeys{cursorKeys: k.cursorKeys(), Watch: k.Watch, Apply: k.Apply, Toggle: k.Toggle,
		Cancel: k.Cancel, Clear: k.Clear, Back: k.Back}
}

// linkKeys are the link list's keys; Links closes it.
type linkKeys struct {
	cursorKeys
	// Links, Open, OpenLink, OpenLinkKeep, Cancel, Clear and Back are KeyMap's
	// bindings of the same names.
	Links, Open, OpenLink, OpenLinkKeep, Cancel, Clear, Back key.Binding
}

func (k KeyMap) linkKeys() linkKeys {
	return linkKeys{cursorKeys: k.cursorKeys(), Links: k.Links, Open: k.Open, OpenLink: k.OpenLink,
		OpenLinkKeep: k.OpenLinkKeep, Cancel: k.Cancel, Clear: k.Clear, Back: k.Back}
}

// digestKeys are the digest's keys; Digest closes it.
type digestKeys struct {
	moveKeys
	// Digest, Open, Back and Clear are KeyMap's bindings of the same names.
	Digest, Open, Back, Clear key.Binding
}

func (k KeyMap) digestKeys() digestKeys {
	return digestKeys{moveKeys: k.moveKeys(), Digest: k.Digest, Open: k.Open, Back: k.Back, Clear: k.Clear}
}

// feedsKeys are the feeds view's keys; FeedsView closes it.
type feedsKeys struct {
	// Up, Down, Top and Bottom are KeyMap's bindings of the same names.
	Up, Down, Top, Bottom key.Binding
	// FeedsView, GroupTags, Open, Back and Clear are KeyMap's bindings of the
	// same names.
	FeedsView, GroupTags, Open, Back, Clear key.Binding
}

func (k KeyMap) feedsKeys() feedsKeys {
	return feedsKeys{Up: k.Up, Down: k.Down, Top: k.Top, Bottom: k.Bottom,
		FeedsView: k.FeedsView, GroupTags: k.GroupTags, Open: k.Open, Back: k.Back, Clear: k.Clear}
}

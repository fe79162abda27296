// Package ui is lode's terminal reader: an item list with three section panes
// (Highlights, Analysis, Takeaway), filters, search, a company picker, a
// watchlist and a digest view, built on Bubble Tea. All cache access goes
// through the Store interface, in commands, never in Update or View.
//
// The root Model only routes and lays out (update.go, view.go). Each part
// has its own update and matches on its own sub-keymap, cut from the one
// KeyMap in keys.go: the list (list.go) and panes (pane.go), the tabs
// (tabs.go), the filters (filters.go), the item actions (actions.go), and
// the overlays, which take every key while open: the search box, the query
// prompt, the company picker, the mineral and watch choosers, the link
// list, the digest, the feeds view and the key help. An overlay answers a
// key with a message saying what it asks of the root (overlay.go); the
// root's own keys are navigation and focus (focus.go). Messages go to the
// part that owns them: list loading (load.go), refresh (refresh.go),
// rescore (rescore.go), read and star writes (save.go), the status line
// (status.go).
package ui

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// Store is the part of the cache the reader uses; *store.Store implements it.
type Store interface {
	Counts(ctx context.Context, q store.Query) (store.Counts, error)
	Page(ctx context.Context, q store.Query, offset, limit int) ([]item.Item, error)
	Position(ctx context.Context, q store.Query, id int64) (int, error)
	Item(ctx context.Context, id int64) (item.Item, error)
	SetRead(ctx context.Context, ids []int64, read bool) error
	SetStarred(ctx context.Context, id int64, starred bool) error
	MarkRead(ctx context.Context, q store.Query) (int, error)
	CompanyCounts(ctx context.Context) ([]store.CompanyCount, error)
	// MineralCounts lists the minerals items are about, with counts.
	MineralCounts(ctx context.Context) ([]store.CompanyCount, error)
	SearchTerms(search string) []string
	GetState(ctx context.Context, key string) (string, error)
	SetState(ctx context.Context, key, value string) error
	LastRefresh(ctx context.Context) (time.Time, error)
	// Warm prepares what makes filtering fast (store.Store's list index);
	// the reader calls it in the background after its first frame and after
	// each refresh. Queries are correct without it.
	Warm(ctx context.Context) error
}

// RefreshResult summarises one refresh of the feeds.
type RefreshResult struct {
	// FeedsOK, FeedsNotModified and FeedsFailed count the feeds by outcome
	// (fetched, 304 Not Modified, failed); New and Updated count items.
	FeedsOK, FeedsNotModified, FeedsFailed, New, Updated int
	// Offline is true when no feed could be reached at all.
	Offline bool
	// Errors are one-line messages, one per failed feed.
	Errors []string
	// NewWatchedIDs are new items that mention a watched company.
	NewWatchedIDs []int64
}

// Progress reports a running refresh: Done of Total feeds, Feed the latest.
type Progress struct {
	// Done of Total feeds have finished.
	Done, Total int
	// Feed is the name of the feed that finished last; the status bar shows it.
	Feed string
}

// Options configure the reader.
type Options struct {
	// Store is the cache; required.
	Store Store
	// Refresh polls the feeds; nil means refresh is unavailable (no feeds).
	Refresh RefreshFunc
	// Rescore, when set, rescores the cache in the background once the
	// first frame is on screen (see RescoreFunc), with its progress in the
	// status bar.
	Rescore RescoreFunc
	// RefreshEvery is the automatic refresh interval; 0 turns it off.
	RefreshEvery time.Duration
	// RefreshOnStart starts a refresh as soon as the reader opens.
	RefreshOnStart bool
	// Watchlist is the watched companies (canonical names).
	Watchlist []string
	// SaveWatchlist persists the watchlist; called in a command. May be nil.
	SaveWatchlist func([]string) error
	// Companies is the initial company filter (canonical names); it replaces
	// the saved company filter.
	Companies []string
	// OpenURL opens a link; nil means OpenWith(Browser). Links are checked
	// with CheckURL before it is called.
	OpenURL func(url string) error
	// Browser is the config's browser command (argv, "%s" for the link);
	// nil means $BROWSER, else xdg-open.
	Browser []string
	// Keys are the bindings in force; the zero value means DefaultKeyMap.
	// Build them with KeyMapFrom from the config's [keys] table.
	Keys *KeyMap
	// CompanyNames maps a company's canonical name to its other names and
	// ticker symbols: the picker matches them, and the list leaves out a
	// company chip whose name already shows in the title.
	CompanyNames map[string][]string
	// LoadDictionary, when set, builds the company dictionary in a command
	// started once the first frame is on screen, so the first frame does
	// not wait for it; its names then replace CompanyNames (until they
	// arrive, without CompanyNames, the picker matches the names stored on
	// items and says the tickers and aliases are loading), and its
	// watchlist replaces Watchlist. An error is shown in the status line.
	LoadDictionary func(ctx context.Context) (Dictionary, error)
	// ExitAfterFirstFrame quits right after the first complete frame (items
	// and panes loaded): a benchmark switch.
	ExitAfterFirstFrame bool
	// ExitAfterWarm quits once the list index is warm after the first
	// frame (Store.Warm returned): a benchmark switch for the memory the
	// reader holds for filtering.
	ExitAfterWarm bool
	// FetchArticle fetches one item's article page, stores it and returns a
	// status line, for `A`; nil shows "full article unavailable".
	FetchArticle func(ctx context.Context, id int64) (string, error)
	// Digest builds the digest for `D`; nil shows "digest unavailable".
	Digest func(ctx context.Context) ([]DigestEntry, error)
	// NoColor draws without colour; the NO_COLOR environment variable also
	// turns it on.
	NoColor bool
	// Output is the terminal the reader draws on, for its styles; nil means
	// lipgloss's default renderer (standard output as termenv sees it).
	Output io.Writer
	// Clipboard receives the OSC 52 sequence that copies a link; nil means
	// os.Stderr (the terminal).
	Clipboard io.Writer
	// Minerals resolves mineral: when QueryEnv gives no mineral list; nil
	// means the embedded list, read when the reader is made.
	Minerals *minerals.Set
	// QueryEnv gives the companies and feeds query names resolve against
	// (Now and Watchlist are the reader's own; without Minerals, the
	// embedded mineral list); nil resolves no company, feed or tag.
	QueryEnv func() query.Env
	// Views are the tabs; none gives DefaultViews.
	Views []View
	// SaveView appends a view to the config, called in a command; nil
	// means views cannot be saved.
	SaveView func(View) error
	// Feeds lists the feeds for the feeds view, called in a command; nil
	// means the feeds view is unavailable.
	Feeds func(ctx context.Context) ([]FeedInfo, error)
}

// View is a saved query shown as a tab.
type View struct {
	// Name is the tab's label.
	Name string
	// Query is the view's query in lode's query language; "" shows everything.
	Query string
	// Sort is the view's order ("newest", "feed" or "company"; "" = newest).
	Sort string
	// ids, when not nil, makes the view these items (the transient
	// new-for-watchlist tab) rather than a query.
	ids []int64
}

// DefaultViews are the tabs when none are configured.
func DefaultViews() []View {
	return []View{{Name: "All"}, {Name: "Unread", Query: "is:unread"}, {Name: "Watchlist", Query: "is:watched"}, {Name: "Flagged", Query: "is:flagged"}}
}

// FeedInfo is one feed as the feeds view shows it.
type FeedInfo struct {
	store.FeedStats
	// Name is the feed's name from the config, else the feed's own title.
	Name string
	// Tags are the feed's tags from the config, newsboat style.
	Tags []string
	// Hidden is newsboat's !hidden: the feed's items show only when a query
	// names the feed (feed:) or one of its tags (tag:).
	Hidden bool
}

// queryEnv is the environment the reader resolves queries in.
func (m *Model) queryEnv() query.Env {
	var env query.Env
	if m.opts.QueryEnv != nil {
		env = m.opts.QueryEnv()
	}
	if env.Minerals == nil && m.mins != nil {
		env.Minerals = m.mins
	}
	env.Now = m.c.now()
	env.Watchlist = append([]string(nil), m.watch...)
	return env
}

// RefreshFunc polls the feeds inside a command and reports progress through
// the callback. manual is true when the user asked for the refresh (`r`):
// feeds that are backing off after failures are polled too, while the
// automatic refreshes respect their back-off.
type RefreshFunc func(ctx context.Context, manual bool, progress func(Progress)) (RefreshResult, error)

// common is shared context handed to every part of the reader; only the
// root changes it (names, when the dictionary arrives).
type common struct {
	styles Styles
	keys   KeyMap
	now    func() time.Time
	// names maps canonical company names to their aliases and tickers.
	names map[string][]string
	// namesPending is set while Options.LoadDictionary has not answered.
	namesPending bool
}

type focusArea int

const (
	focusList focusArea = iota
	focusPane1
	focusPane2
	focusPane3
)

type detailMode int

const (
	detailSections detailMode = iota
	detailBody
	detailReasons
)

type overlayKind int

const (
	overlayNone overlayKind = iota
	overlayPicker
	overlayHelp
	overlayDigest
	overlayWatch
	overlayLinks
	overlayFeeds
	overlayMinerals
)

const (
	// wideWidth is the width from which list and panes sit side by side.
	wideWidth = 100
	// headerHeight and statusHeight are the fixed chrome lines.
	headerHeight = 2
	statusHeight = 1
	minWidth     = 30
	minHeight    = 8
	spinInterval = 120 * time.Millisecond
	statusTTL    = 6 * time.Second
	errorTTL     = 20 * time.Second
)

// Model is the reader's root Bubble Tea model: it routes keys and messages
// to the part that owns them (the list, panes, tabs, filters, item actions
// and overlays) and lays the parts out.
type Model struct {
	c    *common
	opts Options
	st   Store

	width, height int
	wide          bool
	box           box

	f           filters
	watch       []string
	watchCounts []store.CompanyCount
	counts      store.Counts
	terms       []string
	// listStale is set when a row changed locally in a way the filters
	// depend on (read in unread-only, unstarred in starred-only): the row
	// stays listed, and the next page fetch reloads instead.
	listStale  bool
	emptyCache bool
	qseq       int
	// recount numbers the header's recounts after a saved flag; only the
	// newest one's answer is shown.
	recount     int
	queryCancel context.CancelFunc
	// listLoading is set while the latest list query is in flight.
	listLoading bool
	// typeahead holds keys typed while the list loads: list movements, and
	// every key after a held one, so they act, in order, on the new list.
	typeahead []tea.KeyMsg
	// openOnLoad is the item a digest jump opens once the list shows it.
	openOnLoad int64
	// fromDigest is set while the item the digest opened is read: going
	// back returns to the digest.
	fromDigest bool
	// fromFeeds is the query before the feeds view's enter listed a feed's
	// (or tag's) items: going back from the list returns to the feeds
	// view with it; a tab switch forgets it.
	fromFeeds *filters
	// seeking is an n/p/J/K move waiting for the list page it needs.
	seeking seeking

	list         listModel
	detail       item.Item
	detailID     int64
	detailLoaded bool
	detailErr    string
	forceDetail  bool
	panes        [3]paneModel
	solo         paneModel
	mode         detailMode
	focus        focusArea
	// sectionFocus is the section pane focused before the full text or
	// the reasons replaced the panes; leaving them focuses it again.
	sectionFocus focusArea

	overlay overlayKind
	picker  pickerModel
	mineral mineralsModel
	search  searchModel
	prompt  promptModel
	tabs    tabsModel
	feeds   feedsModel
	digest  digestModel
	watcher watchModel
	links   linksModel
	keyHelp keyHelpModel
	help    help.Model // the one-line help in the status bar
	// mins resolves mineral: when the query environment has no mineral
	// list of its own; nil refuses mineral: terms.
	mins *minerals.Set

	rescore rescoreState
	refresh refreshState

	status    string
	statusErr bool
	// statusQErr is the query error the status line says, if it says one.
	statusQErr *query.Error
	statusGen  int

	ready    bool // the first list result arrived
	framed   bool // the first complete frame was drawn
	quitting bool
	// after schedules msg after d; tests replace it to skip timers.
	after func(d time.Duration, msg tea.Msg) tea.Cmd

	// fkeys are the filter keys (filters.update).
	fkeys *filterKeys
	// acts handles the keys acting on the selected item, and tracks the
	// read and star writes: a change is shown once saved.
	acts itemActions
	// confirm is M's question while it waits for y.
	confirm markConfirm
}

// New returns the reader for o. It does no IO apart from settling the
// terminal's background colour once, before the program starts drawing.
func New(o Options) Model {
	noColor := o.NoColor || os.Getenv("NO_COLOR") != ""
	r := NewRenderer(o.Output, noColor)
	if !noColor {
		r.HasDarkBackground()
	}
	keys := DefaultKeyMap()
	if o.Keys != nil {
		keys = *o.Keys
	}
	c := &common{styles: DefaultStyles(r, noColor), keys: keys, now: time.Now, names: o.CompanyNames, namesPending: o.LoadDictionary != nil && o.CompanyNames == nil}
	if o.OpenURL == nil {
		o.OpenURL = OpenWith(o.Browser)
	}
	m := Model{
		c:       c,
		opts:    o,
		st:      o.Store,
		watch:   append([]string(nil), o.Watchlist...),
		qseq:    1,
		list:    newList(c),
		solo:    newPane(c, "Full text"),
		picker:  newPicker(c),
		mineral: newMinerals(c),
		search:  newSearch(c),
		prompt:  newPrompt(c),
		tabs:    newTabs(c, o.Views),
		feeds:   newFeedsView(c),
		digest:  newDigest(c),
		watcher: newWatch(c),
		links:   newLinks(c),
		keyHelp: newKeyHelp(c),
		help:    newHelp(c),
		fkeys:   new(keys.filterKeys()),
		acts: itemActions{
			keys:         new(keys.itemKeys()),
			st:           o.Store,
			saves:        newFlagSaves(),
			openURL:      o.OpenURL,
			fetchArticle: o.FetchArticle,
			clipboard:    o.Clipboard,
			tmux:         os.Getenv("TMUX") != "",
		},
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
	}
	if m.acts.clipboard == nil {
		m.acts.clipboard = os.Stderr
	}
	if m.mins = o.Minerals; m.mins == nil {
		m.mins, _ = minerals.Default() // embedded data, checked by its tests
	}
	for i, t := range []string{"Highlights", "Analysis", "Takeaway"} {
		m.panes[i] = newPane(c, t)
	}
	m.list.watched = lowerSet(m.watch)
	m.listLoading = o.Store != nil // Init loads the first page
	m.fillPanes()
	return m
}

// newHelp returns the key help drawn with the reader's styles.
func newHelp(c *common) help.Model {
	h := help.New()
	h.Styles = c.styles.Help
	return h
}

// Init loads the saved filters and the first page, and starts the refresh
// when asked to.
func (m Model) Init() tea.Cmd {
	if m.st == nil {
		return nil
	}
	cmds := []tea.Cmd{initCmd(m.st, m.opts, m.queryEnv(), m.qseq)}
	if m.opts.RefreshOnStart && m.opts.Refresh != nil {
		cmds = append(cmds, func() tea.Msg { return autoRefreshMsg{} })
	} else if m.opts.RefreshEvery > 0 {
		cmds = append(cmds, m.after(m.opts.RefreshEvery, autoRefreshMsg{}))
	}
	return tea.Batch(cmds...)
}

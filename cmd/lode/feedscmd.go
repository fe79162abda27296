package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/feeds/opml"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

func (a *app) feedsCmd(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usagef("feeds needs a subcommand: add, remove, accept, list, import or export")
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprintln(a.stdout, "Usage:")
		for _, l := range synopsis("lode feeds") {
			fmt.Fprintln(a.stdout, l)
		}
		fmt.Fprintln(a.stdout, "\nlode help feeds SUBCOMMAND shows its flags.")
		return nil
	case "add":
		return usageOf("lode feeds add", a.feedsAdd(ctx, args[1:]))
	case "remove", "rm":
		return usageOf("lode feeds remove", a.feedsRemove(args[1:]))
	case "accept":
		return usageOf("lode feeds accept", a.feedsAccept(ctx, args[1:]))
	case "list", "ls":
		return usageOf("lode feeds list", a.feedsList(ctx, args[1:]))
	case "import":
		return usageOf("lode feeds import", a.feedsImport(args[1:]))
	case "export":
		return usageOf("lode feeds export", a.feedsExport(args[1:]))
	}
	return usagef("unknown feeds subcommand %q (want add, remove, accept, list, import or export)", args[0])
}

// fullTextFlag is --full-text: bare means true, or --full-text=auto|false.
type fullTextFlag config.FullText

func (f *fullTextFlag) String() string { return string(*f) }

func (f *fullTextFlag) Set(s string) error {
	v, err := config.ParseFullText(s)
	if err != nil {
		return err
	}
	*f = fullTextFlag(v)
	return nil
}

// IsBoolFlag lets --full-text stand alone for true.
func (f *fullTextFlag) IsBoolFlag() bool { return true }

func (a *app) feedsAdd(ctx context.Context, args []string) error {
	fs := a.flags("feeds add")
	name := fs.String("name", "", "display `NAME` for the feed")
	noCheck := fs.Bool("no-check", false, "add without fetching the feed once")
	var fullText fullTextFlag
	fs.Var(&fullText, "full-text", "fetch new items' article pages: `true|false|auto` (the bare flag is true)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("feeds add needs exactly one URL")
	}
	if err := config.CheckURL(pos[0]); err != nil {
		return usageError{msg: err.Error()}
	}
	f := config.Feed{URL: config.NormalizeURL(pos[0]), Name: sanitize.Line(*name), FullText: config.FullText(fullText)}
	if !*noCheck {
		e, err := a.open(ctx)
		if err != nil {
			return err
		}
		defer e.close()
		if old, ok := e.cfg.FindURL(f.URL); ok {
			return fmt.Errorf("%s is already in %s", old.URL, e.home.ConfigPath)
		}
		prev, err := e.store.FeedState(ctx, f.URL)
		if err != nil {
			return err
		}
		r := e.poller(1, true, nil).Fetch(ctx, feeds.Feed{URL: f.URL, Name: f.Name, FullText: fullTextMode(f.FullText)})
		if r.Err != nil {
			if err := restoreFeedState(ctx, e.store, prev); err != nil {
				return err
			}
			return fmt.Errorf("%s (not added; use --no-check to add it anyway)", r.Err)
		}
		if r.MovedTo != "" {
			f.URL = r.MovedTo
		}
		if f.Name == "" {
			f.Name = r.Title
		}
		if !e.cfg.AddFeed(f) {
			return fmt.Errorf("%s is already in %s", f.URL, e.home.ConfigPath)
		}
		if err := e.saveConfig(); err != nil {
			return err
		}
		n, noun := r.New+r.Updated, "items"
		if n == 1 {
			noun = "item"
		}
		note := ""
		if r.Note != "" {
			note = " (" + sanitize.Line(r.Note) + ")"
		}
		fmt.Fprintf(a.stdout, "added %s (%s): %d %s%s\n", displayName(f), f.URL, n, noun, note)
		return nil
	}
	e, err := a.loadConfig()
	if err != nil {
		return err
	}
	if !e.cfg.AddFeed(f) {
		return fmt.Errorf("%s is already in %s", f.URL, e.home.ConfigPath)
	}
	if err := e.saveConfig(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "added %s\n", f.URL)
	return nil
}

// restoreFeedState puts back what the cache knew of a feed before a failed
// `feeds add` check: the feed was not added, so the failure and its back-off
// must not hold up its first fetch once it is.
func restoreFeedState(ctx context.Context, st *store.Store, prev store.FeedState) error {
	if prev.LastAttempt.IsZero() && prev.LastSuccess.IsZero() {
		return st.ForgetFeed(ctx, prev.URL)
	}
	return st.SaveFeedState(ctx, prev)
}

func displayName(f config.Feed) string {
	if f.Name != "" {
		return f.Name
	}
	return f.URL
}

func (a *app) feedsRemove(args []string) error {
	fs := a.flags("feeds remove")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("feeds remove needs exactly one URL or name")
	}
	e, err := a.loadConfig()
	if err != nil {
		return err
	}
	f, err := e.cfg.RemoveFeed(pos[0])
	if errors.Is(err, config.ErrNoFeed) {
		return fmt.Errorf("no feed %q in %s (see 'lode feeds list')", pos[0], e.home.ConfigPath)
	}
	if err != nil {
		return fmt.Errorf("feeds remove: %w", err)
	}
	if err := e.saveConfig(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "removed %s (cached items stay readable)\n", f.URL)
	return nil
}

// feedRow is one line of `lode feeds list`.
type feedRow struct {
	// Name is the configured name, else the feed's own title once fetched.
	Name string `json:"name"`
	// URL is the configured URL.
	URL string `json:"url"`
	// Tags are the configured tags.
	Tags []string `json:"tags,omitempty"`
	// Hidden is newsboat's !hidden: the feed shows only in queries that name it.
	Hidden bool `json:"hidden,omitempty"`
	// Items counts the feed's cached items, Unread those not yet read.
	Items  int `json:"items"`
	Unread int `json:"unread"`
	// LastSuccess is the last successful poll in RFC 3339; absent for never.
	LastSuccess string `json:"last_success,omitempty"`
	// LastError is the last failure's message, one line; absent after a success.
	LastError string `json:"last_error,omitempty"`
	// Failures counts failed polls since the last success.
	Failures int `json:"failures,omitempty"`
	// NextAttempt is when a backing-off feed is polled again, in RFC 3339;
	// absent when it is not backing off.
	NextAttempt string `json:"next_attempt,omitempty"`
	// PendingURL is a permanent redirect to another host awaiting 'lode feeds accept'.
	PendingURL string `json:"pending_url,omitempty"`
}

func (a *app) feedsList(ctx context.Context, args []string) error {
	e, asJSON, err := a.openListing(ctx, "feeds list", args)
	if err != nil {
		return err
	}
	defer e.close()
	stats, err := e.store.FeedStats(ctx)
	if err != nil {
		return err
	}
	byURL := map[string]int{}
	for i, s := range stats {
		byURL[s.URL] = i
	}
	if len(e.cfg.Feeds) == 0 {
		fmt.Fprintln(a.stderr, "No feeds configured: add one with 'lode feeds add URL'.")
		return nil
	}
	var lines []feedLine
	now := time.Now()
	for _, f := range e.cfg.Feeds {
		row := feedRow{Name: f.Name, URL: f.URL, Tags: f.Tags, Hidden: f.Hidden}
		if i, ok := byURL[f.URL]; ok {
			s := stats[i]
			row.Items, row.Unread, row.LastError, row.Failures = s.Items, s.Unread, sanitize.Line(s.LastError), s.Failures
			if row.Name == "" {
				row.Name = s.Title
			}
			if !s.LastSuccess.IsZero() {
				row.LastSuccess = s.LastSuccess.Format(time.RFC3339)
			}
			if s.NextAttempt.After(now) {
				row.NextAttempt = s.NextAttempt.Format(time.RFC3339)
			}
			if sanitize.URL(s.PendingURL) {
				row.PendingURL = s.PendingURL
			}
		}
		if asJSON {
			b, _ := json.Marshal(row)
			fmt.Fprintln(a.stdout, string(b))
			continue
		}
		last := "never"
		if i, ok := byURL[f.URL]; ok && !stats[i].LastSuccess.IsZero() {
			last = ago(now, stats[i].LastSuccess)
		}
		errText := row.LastError
		if row.NextAttempt != "" {
			errText += fmt.Sprintf(" (backing off, next try %s)", stats[byURL[f.URL]].NextAttempt.Local().Format("Jan 2 15:04"))
		}
		if row.PendingURL != "" {
			errText = strings.TrimSpace(errText + " moved permanently to " + row.PendingURL + ": 'lode feeds accept' to follow")
		}
		name := sanitize.Line(row.Name)
		if row.Hidden {
			name += " (hidden)"
		}
		lines = append(lines, feedLine{name: name, url: row.URL, items: row.Items, unread: row.Unread, last: last, err: errText})
	}
	if asJSON {
		return nil
	}
	_, width := a.terminal()
	return writeFeedTable(a.stdout, lines, width)
}

// feedLine is one feed as the table of `lode feeds list` prints it.
type feedLine struct {
	name, url     string
	items, unread int
	last, err     string
}

// writeFeedTable prints the feeds table. Into a pipe (width 0), or on a
// terminal wide enough for it, every cell is whole, the last error in its
// column. On a narrower terminal names and URLs are cut so each row fits,
// and a feed's last error goes on its own lines under its row, indented
// and wrapped to the width but whole: its cause is what a reader needs.
func writeFeedTable(w io.Writer, lines []feedLine, width int) error {
	var whole bytes.Buffer
	tw := tabwriter.NewWriter(&whole, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tURL\tITEMS\tUNREAD\tLAST SUCCESS\tLAST ERROR")
	for _, l := range lines {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", l.name, l.url, l.items, l.unread, l.last, l.err)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("feeds table: %w", err)
	}
	fits := true
	for l := range strings.Lines(whole.String()) {
		if utf8.RuneCountInString(strings.TrimRight(l, "\n")) > width {
			fits = false
			break
		}
	}
	if width <= 0 || fits {
		_, err := w.Write(whole.Bytes())
		return err
	}
	rows := make([][]string, len(lines))
	for i, l := range lines {
		rows[i] = []string{l.name, l.url, strconv.Itoa(l.items), strconv.Itoa(l.unread), l.last}
	}
	var table bytes.Buffer
	if err := writeFitTable(&table, []string{"NAME", "URL", "ITEMS", "UNREAD", "LAST SUCCESS"}, rows, width, []int{60, 40, 0, 0, 0}); err != nil {
		return fmt.Errorf("feeds table: %w", err)
	}
	tl := strings.Split(strings.TrimRight(table.String(), "\n"), "\n")
	var out strings.Builder
	out.WriteString(tl[0] + "\n")
	for i, l := range lines {
		out.WriteString(tl[i+1] + "\n")
		if l.err != "" {
			for _, el := range wrapWords(l.err, "  error: ", "    ", width) {
				out.WriteString(el + "\n")
			}
		}
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// ago renders how long before now t was, briefly.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}

func (a *app) feedsImport(args []string) error {
	fs := a.flags("feeds import")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("feeds import needs one FILE (OPML or a newsboat urls file)")
	}
	fh, err := os.Open(pos[0])
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is named once, below
		}
		return fmt.Errorf("import %s: %w", pos[0], err)
	}
	defer fh.Close()
	list, err := opml.Import(fh)
	if err != nil {
		return fmt.Errorf("import %s: %w", pos[0], err)
	}
	e, err := a.loadConfig()
	if err != nil {
		return err
	}
	added := 0
	for _, f := range list.Feeds {
		if e.cfg.AddFeed(config.Feed{URL: config.NormalizeURL(f.URL), Name: sanitize.Line(f.Name), Tags: f.Tags, Hidden: f.Hidden}) {
			added++
		}
	}
	for _, s := range list.Skipped {
		fmt.Fprintf(a.stderr, "%s\n", sanitize.Line(s.String()))
	}
	if err := e.saveConfig(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "imported %d feeds (%d already present, %d skipped) into %s\n", added, len(list.Feeds)-added, len(list.Skipped), e.home.ConfigPath)
	return nil
}

func (a *app) feedsExport(args []string) error {
	fs := a.flags("feeds export")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	e, err := a.loadConfig()
	if err != nil {
		return err
	}
	out := make([]feeds.Feed, len(e.cfg.Feeds))
	for i, f := range e.cfg.Feeds {
		out[i] = feeds.Feed{URL: f.URL, Name: f.Name, Tags: f.Tags, Hidden: f.Hidden}
	}
	return opml.Write(a.stdout, out)
}

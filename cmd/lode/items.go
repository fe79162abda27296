package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/digest"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ", ") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// resolveCompanies maps names, aliases or tickers to canonical names, with
// suggestions for unknown ones.
func (e *env) resolveCompanies(names []string) ([]string, error) {
	var known, candidates []string
	var counts []store.CompanyCount
	for _, n := range names {
		if _, ok := e.dict.Find(n); ok || e.store == nil {
			known = append(known, n)
			continue
		}
		// A candidate company (not in the dictionary) that items in the
		// cache are about filters like any other.
		if counts == nil {
			var err error
			if counts, err = e.store.CompanyCounts(context.Background()); err != nil {
				return nil, err
			}
		}
		i := slices.IndexFunc(counts, func(c store.CompanyCount) bool { return strings.EqualFold(c.Name, strings.TrimSpace(n)) })
		if i < 0 {
			known = append(known, n) // reported below with suggestions
			continue
		}
		candidates = append(candidates, counts[i].Name)
	}
	out, err := canonicalCompanies(e.dict, known)
	if err != nil {
		return nil, usageError{msg: err.Error()}
	}
	return append(out, candidates...), nil
}

// sinceFlag reads a --since value ("24h", "3d", a date) against now; an
// empty value is the zero time, so no lower bound. A bad value is a usage
// error naming the flag.
func sinceFlag(since string, now time.Time) (time.Time, error) {
	if since == "" {
		return time.Time{}, nil
	}
	from, err := digest.ParseSince(since, now)
	if err != nil {
		return time.Time{}, usageError{msg: "--" + err.Error()}
	}
	return from, nil
}

// canonicalCompanies returns the dictionary's names for names (any alias,
// ticker or case), or an error naming the first unknown one with the
// closest known names.
func canonicalCompanies(dict *companies.Dictionary, names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		c, ok := dict.Find(n)
		if !ok {
			msg := fmt.Sprintf("unknown company %q", n)
			if sug := dict.Suggest(n, 3); len(sug) > 0 {
				msg += "; did you mean " + strings.Join(sug, ", ") + "?"
			}
			return nil, errors.New(msg)
		}
		out = append(out, c.Name)
	}
	return out, nil
}

func (a *app) list(ctx context.Context, args []string) error {
	fs := a.flags("list")
	asJSON := fs.Bool("json", false, "one JSON object per line")
	flagged := fs.Bool("flagged", false, "only ideology-flagged items")
	unflagged := fs.Bool("unflagged", false, "hide ideology-flagged items")
	unread := fs.Bool("unread", false, "only unread items")
	starred := fs.Bool("starred", false, "only starred items")
	search := fs.String("search", "", "full-text `TEXT` search")
	qtext := fs.String("query", "", "only items matching `Q` in the query language (company:LYC tag:lithium -is:read newer:2d ...)")
	limit := fs.Int("limit", 0, "at most `N` items (0 = all)")
	since := fs.String("since", "", "only items that arrived since `WHEN` (24h, 7d, 2026-11-28, RFC 3339), as in lode digest")
	var feedNames, tags stringList
	fs.Var(&feedNames, "feed", "only items from the feed whose name or URL is `NAME` (repeatable)")
	fs.Var(&tags, "tag", "only items from feeds tagged `TAG` in the config (repeatable)")
	comps := companyFlag(fs, "only items about `NAME` (repeatable)")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	now := time.Now()
	from, err := sinceFlag(*since, now)
	if err != nil {
		return err
	}
	if *flagged && *unflagged {
		return usagef("--flagged and --unflagged exclude each other")
	}
	if *limit < 0 {
		return usagef("--limit must be 0 or more")
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	q := store.Query{Search: *search, UnreadOnly: *unread, StarredOnly: *starred, Since: from}
	if q.Companies, err = e.resolveCompanies(*comps); err != nil {
		return err
	}
	// --feed and --tag are the query language's feed: and tag: terms.
	// The user's query is compiled alone first, so its errors name its own columns.
	text := strings.TrimSpace(*qtext)
	if _, err := e.compileQuery(text, now); err != nil {
		return err
	}
	if text != "" && len(feedNames)+len(tags) > 0 {
		text = "(" + text + ")"
	}
	for _, f := range []struct {
		key, unknown string
		names        []string
	}{
		{"feed", "no configured feed has that name or URL ('lode feeds list' shows them)", feedNames},
		{"tag", "no configured feed has that tag (tags are set per feed in the config or imported)", tags},
	} {
		var terms []string
		for _, n := range f.names {
			n = strings.TrimSpace(strings.ReplaceAll(n, `"`, ""))
			if n == "" {
				continue
			}
			term := f.key + `:"` + n + `"`
			if _, err := e.compileQuery(term, now); err != nil {
				return usagef("--%s %q: %s", f.key, n, f.unknown)
			}
			terms = append(terms, term)
		}
		if len(terms) > 0 {
			text += " (" + strings.Join(terms, " OR ") + ")"
		}
	}
	if q.Where, err = e.compileQuery(text, now); err != nil {
		return err
	}
	switch {
	case *flagged:
		q.Flag = store.FlagOnly
	case *unflagged:
		q.Flag = store.FlagHide
	}
	n := *limit
	if n == 0 {
		n = 1 << 30
	}
	if *asJSON {
		items, err := e.store.Items(ctx, q, *limit)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(a.stdout)
		for _, it := range items {
			if err := enc.Encode(it.Record(true)); err != nil {
				return err
			}
		}
		return nil
	}
	rows, err := e.store.Page(ctx, q, 0, n)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		fmt.Fprintln(a.stderr, "No items. Fetch feeds with 'lode fetch', or loosen the filters.")
		return nil
	}
	// On a terminal long feed names, titles and companies are cut to keep
	// rows on one line; into a pipe or a file they are whole.
	_, width := a.terminal()
	return writeItemTable(a.stdout, rows, width)
}

// writeItemTable prints rows as list's table. With width > 0 (a terminal
// that many columns wide) the feed, title and company columns are cut so a
// row fits it, the title keeping the most room; with 0 they are whole.
func writeItemTable(w io.Writer, rows []item.Item, width int) error {
	type row struct{ id, flags, date, feed, title, companies string }
	out := make([]row, len(rows))
	idW, feedMax, titleMax, compMax := len("ID"), len("FEED"), len("TITLE"), len("COMPANIES")
	for i, it := range rows {
		r := row{strconv.FormatInt(it.ID, 10), flags(it), it.Published.Local().Format("2006-01-02"),
			sanitize.Line(it.FeedName), sanitize.Line(it.Title), sanitize.Line(strings.Join(it.Companies, ", "))}
		out[i] = r
		idW = max(idW, len(r.id))
		feedMax = max(feedMax, utf8.RuneCountInString(r.feed))
		titleMax = max(titleMax, utf8.RuneCountInString(r.title))
		compMax = max(compMax, utf8.RuneCountInString(r.companies))
	}
	feedW, titleW, compW := 0, 0, 0
	if width > 0 {
		feedW, titleW, compW = listColumns(width-idW-len("FLAGS")-len("2006-01-02")-5*2, feedMax, titleMax, compMax)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFLAGS\tDATE\tFEED\tTITLE\tCOMPANIES")
	for _, r := range out {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.id, r.flags, r.date, clip(r.feed, feedW), clip(r.title, titleW), clip(r.companies, compW))
	}
	return tw.Flush()
}

// listColumns shares avail columns among the feed, title and companies
// columns whose longest values are feedMax, titleMax and compMax: the feed
// up to a fifth (at most 24), the companies up to a quarter, the title the
// rest; room a column does not need goes to the title, then to the others.
func listColumns(avail, feedMax, titleMax, compMax int) (feedW, titleW, compW int) {
	feedW = min(feedMax, 24, max(avail/5, len("FEED")))
	compW = min(compMax, max(avail/4, len("COMPANIES")))
	titleW = max(avail-feedW-compW, len("TITLE"))
	if spare := titleW - titleMax; spare > 0 {
		titleW = titleMax
		grow := min(spare, min(feedMax, 24)-feedW)
		feedW, spare = feedW+grow, spare-grow
		compW += min(spare, compMax-compW)
	}
	return feedW, titleW, compW
}

// flags renders read/starred/flagged state as letters, not colour.
func flags(it item.Item) string {
	b := []byte("---")
	if !it.Read {
		b[0] = 'N'
	}
	if it.Starred {
		b[1] = '*'
	}
	if it.Ideology.Flagged {
		b[2] = 'I'
	}
	return string(b)
}

// clip cuts s to n runes with "…"; n 0 keeps it whole.
func clip(s string, n int) string {
	r := []rune(s)
	if n <= 0 || len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func (a *app) show(ctx context.Context, args []string) error {
	fs := a.flags("show")
	asJSON := fs.Bool("json", false, "print one JSON object")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("show needs one item ID, as 'lode list' shows them")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return usagef("show: %q is not an item ID", pos[0])
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	it, err := e.store.Item(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no item %d in %s (see 'lode list')", id, e.home.CachePath)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(a.stdout).Encode(it.Record(true))
	}
	printItem(a.stdout, it, true)
	return nil
}

// printItem writes an item as readable text.
func printItem(w io.Writer, it item.Item, withState bool) {
	line := func(s string) string { return sanitize.Line(s) }
	fmt.Fprintf(w, "%s\n", line(it.Title))
	meta := []string{line(it.FeedName)}
	if !it.Published.IsZero() {
		meta = append(meta, it.Published.Local().Format("Mon 2 Jan 2006 15:04"))
	}
	if withState {
		// The reader's ● and ★, in words, as list's FLAGS and --json say them.
		meta = append(meta, fmt.Sprintf("id %d", it.ID))
		if it.Read {
			meta = append(meta, "read")
		} else {
			meta = append(meta, "unread")
		}
		if it.Starred {
			meta = append(meta, "starred")
		}
	}
	fmt.Fprintf(w, "%s\n", strings.Join(meta, " · "))
	if it.Link != "" {
		fmt.Fprintf(w, "%s\n", line(it.Link))
	}
	printSignals(w, it)
	if it.TextSource == item.SourceArticle {
		fmt.Fprintln(w, "Text: from the article page (the feed's summary is at the end)")
	}
	verdict := "not flagged"
	if it.Ideology.Flagged {
		verdict = "FLAGGED ideology-heavy"
	}
	fmt.Fprintf(w, "Ideology: %.2f %s (political share %.0f%%)\n", it.Ideology.Score, verdict, it.Ideology.PoliticalShare*100)
	for _, r := range it.Ideology.Reasons {
		fmt.Fprintf(w, "  - %s\n", line(r))
	}
	s := it.Sections
	title := "Highlights"
	if s.HighlightsDerived {
		title += " (derived from the text)"
	}
	fmt.Fprintf(w, "\n%s\n", title)
	for _, h := range s.Highlights {
		fmt.Fprintf(w, "  • %s\n", line(h))
	}
	if len(s.Highlights) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	section := func(name, text string) {
		if text == "" {
			return
		}
		fmt.Fprintf(w, "\n%s\n%s\n", name, sanitize.Text(text))
	}
	section("Body", s.Body)
	an := "Analysis"
	if s.AnalysisTitle != "" {
		an += ": " + line(s.AnalysisTitle)
	}
	section(an, s.Analysis)
	section("Takeaway", s.Takeaway)
	for i, l := range s.Links {
		if i == 0 {
			fmt.Fprintln(w, "\nLinks")
		}
		fmt.Fprintf(w, "  [%d] %s\n", i+1, line(l))
	}
	if it.TextSource == item.SourceArticle {
		section("Feed summary", it.FeedSummary)
	}
}

// maxAnalyzeBytes caps what `lode analyze` reads from a file or stdin.
const maxAnalyzeBytes = 32 << 20

func (a *app) analyze(ctx context.Context, args []string) error {
	fs := a.flags("analyze")
	asJSON := fs.Bool("json", false, "one JSON object per line")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("analyze needs one FILE, or - for standard input")
	}
	name := pos[0]
	var r io.Reader
	if name == "-" {
		r, name = a.stdin, "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("analyze %s: %w", name, errors.Unwrap(err))
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxAnalyzeBytes+1))
	if err != nil {
		return fmt.Errorf("analyze %s: %w", name, err)
	}
	if len(data) > maxAnalyzeBytes {
		return fmt.Errorf("analyze %s: larger than %d MiB", name, maxAnalyzeBytes>>20)
	}
	e, err := a.loadConfig()
	if err != nil {
		return err
	}
	doc, err := feeds.ParseDocument(data, "", nil)
	if err != nil {
		return fmt.Errorf("analyze %s: %w", name, err)
	}
	for _, note := range doc.Notes {
		fmt.Fprintf(a.stderr, "%s: %s\n", name, note)
	}
	feed := doc.Feed
	items := e.pipe.Process(feed, "", feed.Title)
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		for _, it := range items {
			if err := enc.Encode(it.Record(false)); err != nil {
				return err
			}
		}
		return nil
	}
	for i, it := range items {
		if i > 0 {
			fmt.Fprintln(a.stdout, "\n"+strings.Repeat("─", 60))
		}
		printItem(a.stdout, it, false)
	}
	if len(items) == 0 {
		fmt.Fprintf(a.stderr, "%s: the feed has no items\n", name)
	}
	return nil
}

// openListing parses the flags of a listing command that takes only --json
// and opens the home; the caller closes the env.
func (a *app) openListing(ctx context.Context, name string, args []string) (*env, bool, error) {
	fs := a.flags(name)
	asJSON := fs.Bool("json", false, "one JSON object per line")
	if err := parseNone(fs, args); err != nil {
		return nil, false, err
	}
	e, err := a.open(ctx)
	return e, *asJSON, err
}

func (a *app) companiesCmd(ctx context.Context, args []string) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		if args[0] == "add" {
			return usageOf("lode companies add", a.companiesAdd(args[1:]))
		}
		return usagef("unknown companies subcommand %q (want add, or no subcommand to list)", args[0])
	}
	fs := a.flags("companies")
	asJSON := fs.Bool("json", false, "one JSON object per line, for every dictionary company")
	all := fs.Bool("all", false, "list every dictionary company, also those with no items")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	counts, err := e.store.CompanyCounts(ctx)
	if err != nil {
		return err
	}
	byName := map[string]store.CompanyCount{}
	for _, c := range counts {
		byName[c.Name] = c
	}
	var rows [][]string
	enc := json.NewEncoder(a.stdout)
	seen := map[string]bool{}
	left := 0 // companies with no items the table leaves out
	emit := func(name string, tickers, aliases []string) error {
		seen[name] = true
		c := byName[name]
		if *asJSON {
			// --json lists the whole dictionary, as it always has.
			return enc.Encode(map[string]any{"name": name, "tickers": orEmpty(tickers), "aliases": orEmpty(aliases), "items": c.Items, "unread": c.Unread})
		}
		if c.Items == 0 && !*all {
			left++
			return nil
		}
		rows = append(rows, []string{sanitize.Line(name), strings.Join(tickers, " "), strconv.Itoa(c.Items), strconv.Itoa(c.Unread),
			clip(sanitize.Line(strings.Join(aliases, ", ")), 60)})
		return nil
	}
	for _, c := range e.dict.Companies() {
		if err := emit(c.Name, c.Tickers, c.Aliases); err != nil {
			return err
		}
	}
	// Companies detected by ticker form but not in the dictionary.
	for _, c := range counts {
		if !seen[c.Name] {
			if err := emit(c.Name, nil, nil); err != nil {
				return err
			}
		}
	}
	if *asJSON {
		return nil
	}
	// On a terminal names, tickers and aliases are cut so each row fits
	// (a long name used to push every row past 80 columns).
	_, width := a.terminal()
	if err := writeFitTable(a.stdout, []string{"COMPANY", "TICKERS", "ITEMS", "UNREAD", "ALIASES"}, rows, width, []int{40, 25, 0, 0, 35}); err != nil {
		return err
	}
	// The note comes after the table, where a reader on a terminal looks.
	switch {
	case left > 0 && len(rows) == 0:
		fmt.Fprintf(a.stderr, "no cached item names a company yet ('lode fetch' fills the cache); --all lists the %d dictionary companies\n", left)
	case left > 0:
		fmt.Fprintf(a.stderr, "%d dictionary companies with no items not listed (--all lists them)\n", left)
	}
	return nil
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printSignals writes the item's subjects, mentions and minerals with the
// evidence for each, and the command that adds a candidate company (one not
// in the dictionary) to config.toml.
func printSignals(w io.Writer, it item.Item) {
	ev := map[string]item.Evidence{}
	for _, e := range it.Evidence {
		if e.Kind != item.KindMineral {
			ev[e.Name] = e
		}
	}
	candidate := func(name string) bool { return slices.Contains(it.Candidates, name) }
	label := func(name string, withNote bool) string {
		s := sanitize.Line(name)
		if e, ok := ev[name]; ok && e.Former != "" {
			s = sanitize.Line(e.Former) + " (now " + s + ")"
		}
		if candidate(name) {
			s += "*"
		}
		e, ok := ev[name]
		if !ok {
			return s
		}
		detail := strings.Join(e.Where, ", ")
		if e.Count > 1 {
			detail += fmt.Sprintf(" ×%d", e.Count)
		}
		if withNote && e.Note != "" {
			detail += ": " + sanitize.Line(e.Note)
		}
		return s + " (" + detail + ")"
	}
	list := func(title string, names []string, withNote bool) {
		if len(names) == 0 {
			return
		}
		parts := make([]string, len(names))
		for i, n := range names {
			parts[i] = label(n, withNote)
		}
		fmt.Fprintf(w, "%s: %s\n", title, strings.Join(parts, "; "))
	}
	list("Companies", it.Companies, false)
	list("Mentioned", it.Mentions, true)
	if len(it.Minerals) > 0 {
		fmt.Fprintf(w, "Minerals: %s\n", sanitize.Line(strings.Join(it.Minerals, ", ")))
	}
	for i, c := range it.Candidates {
		if i == 0 {
			fmt.Fprintln(w, "* not in the dictionary; to add:")
		}
		fmt.Fprintf(w, "  lode companies add %s\n", shellQuote(sanitize.Line(c)))
	}
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,:/", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

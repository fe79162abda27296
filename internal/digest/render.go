package digest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// Width is the number of columns Text fits in.
const Width = 80

const (
	otherHeading   = "Other briefings"
	flaggedHeading = "Flagged as political"
	untitled       = "(untitled)"
)

// Summary is the digest's counts line, e.g.
// "12 items arrived since Sat 28 Nov 07:02 · 5 companies · 2 flagged": the
// digest counts what the cache received since then, whatever its date.
func (d Digest) Summary() string {
	return fmt.Sprintf("%s arrived since %s · %s · %d flagged",
		plural(d.Counts.Items, "item", "items"), when(d.Since, d.Until),
		plural(d.Counts.Companies, "company", "companies"), d.Counts.Flagged)
}

// EmptyMessage says that nothing arrived since a time: "No new briefings
// since Tue 07:02" within the last week, else with the date.
func EmptyMessage(since time.Time) string {
	return emptyMessage(since, time.Now().In(since.Location()))
}

func emptyMessage(since, now time.Time) string {
	if since.IsZero() {
		return "No new briefings."
	}
	since = since.In(now.Location())
	if age := now.Sub(since); age >= 0 && age < 7*24*time.Hour {
		return "No new briefings since " + since.Format("Mon 15:04")
	}
	return "No new briefings since " + since.Format("2 Jan 2006")
}

// section is one heading of a digest with its items; group is the company
// of a company group, "" for the other and flagged sections.
type section struct {
	heading string
	group   string
	watched bool
	items   []item.Item
	flagged bool // the flagged section
}

// sections lists the digest's parts in order: company groups, other
// briefings, flagged items.
func (d Digest) sections() []section {
	var out []section
	for _, g := range d.Groups {
		out = append(out, section{heading: groupHeading(g), group: g.Company, watched: g.Watched, items: g.Items})
	}
	if len(d.Other) > 0 {
		out = append(out, section{heading: fmt.Sprintf("%s (%d)", otherHeading, len(d.Other)), items: d.Other})
	}
	if len(d.Flagged) > 0 {
		out = append(out, section{heading: fmt.Sprintf("%s (%d)", flaggedHeading, len(d.Flagged)), items: d.Flagged, flagged: true})
	}
	return out
}

// inGroup reports whether an item of the flagged section is also listed,
// in full, under a company.
func (d Digest) inGroup(it item.Item) bool {
	_, ok := d.grouped[it.ID]
	return ok && it.ID != 0
}

// Text writes the digest for a terminal, every line at most Width columns.
func (d Digest) Text(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if d.Empty() {
		fmt.Fprintln(bw, fit(emptyMessage(d.Since, d.Until), Width))
		return flush(bw)
	}
	fmt.Fprintln(bw, fit(d.Summary(), Width))
	for _, sec := range d.sections() {
		heading := fit(sec.heading, Width)
		fmt.Fprintf(bw, "\n%s\n%s\n", heading, strings.Repeat("─", runewidth.StringWidth(heading)))
		for _, it := range sec.items {
			d.textItem(bw, it, sec)
		}
	}
	return flush(bw)
}

// CompactText writes the digest with one line per item (title, date, the
// other companies it names, feed; score and reasons in the flagged
// section). Lines are cut to width columns, the title last; width 0 keeps
// them whole (for a pipe).
func (d Digest) CompactText(w io.Writer, width int) error {
	bw := bufio.NewWriter(w)
	fitW := func(s string, width int) string {
		if width <= 0 {
			return s
		}
		return fit(s, width)
	}
	if d.Empty() {
		fmt.Fprintln(bw, fitW(emptyMessage(d.Since, d.Until), width))
		return flush(bw)
	}
	fmt.Fprintln(bw, fitW(d.Summary(), width))
	for _, sec := range d.sections() {
		fmt.Fprintf(bw, "\n%s\n", fitW(sec.heading, width))
		for _, it := range sec.items {
			t := title(it)
			if it.Ideology.Flagged && !sec.flagged {
				t = flagMark + t
			}
			fmt.Fprintf(bw, "  %s\n", compactLine(t, d.compactDetails(it, sec, " · "), width-2))
		}
	}
	return flush(bw)
}

// flagMark prefixes a flagged item listed under its company.
const flagMark = "⚑ "

// compactDetails is what follows an item's title on its compact line: the
// date, the other companies it names (for the flagged section, its
// companies, score and reasons), then the feed.
func (d Digest) compactDetails(it item.Item, sec section, sep string) string {
	parts := []string{when(it.Published, d.Until)}
	if sec.flagged {
		if c := cleanList(it.Companies); len(c) > 0 {
			parts = append(parts, strings.Join(c, ", "))
		}
		f := fmt.Sprintf("score %.2f", it.Ideology.Score)
		if r := cleanList(it.Ideology.Reasons); len(r) > 0 {
			f += ": " + strings.Join(r, "; ")
		}
		parts = append(parts, f)
	} else if a := cleanList(also(it, sec.group)); len(a) > 0 {
		parts = append(parts, "also "+strings.Join(a, ", "))
	}
	if f := sanitize.Line(it.FeedName); f != "" {
		parts = append(parts, f)
	}
	return strings.Join(parts, sep)
}

// compactTitle is the width a compact line keeps for the title at least.
const compactTitle = 48

// compactLine is "title · details" in at most width columns (any when
// width is not positive): the title keeps up to compactTitle columns, the
// details the rest, and whatever is cut ends in "…".
func compactLine(title, details string, width int) string {
	const sep = " · "
	tw, dw := runewidth.StringWidth(title), runewidth.StringWidth(details)
	if width <= 0 || tw+len(sep)+dw <= width {
		return title + sep + details
	}
	title = fit(title, max(compactTitle, width-len(sep)-dw))
	return fit(title+sep+details, width)
}

func (d Digest) textItem(w io.Writer, it item.Item, sec section) {
	t := title(it)
	if it.Ideology.Flagged && !sec.flagged {
		t = flagMark + t
	}
	fmt.Fprintf(w, "\n  %s\n", fit(t, Width-2))
	var extra string
	if !sec.flagged {
		if a := cleanList(also(it, sec.group)); len(a) > 0 {
			extra = "also " + strings.Join(a, ", ")
		}
	} else if c := cleanList(it.Companies); len(c) > 0 {
		extra = strings.Join(c, ", ")
	}
	byline := d.byline(it, " · ")
	if extra != "" {
		byline += " · " + extra
	}
	writeWrapped(w, byline, "  ", "    ")
	if !sec.flagged || !d.inGroup(it) {
		for _, h := range it.Sections.Highlights {
			if h = entryText(h); h != "" {
				writeWrapped(w, h, "    • ", "      ")
			}
		}
	}
	if sec.flagged {
		reasons := cleanList(it.Ideology.Reasons)
		if len(reasons) == 0 {
			fmt.Fprintf(w, "  Flagged (score %.2f)\n", it.Ideology.Score)
		} else {
			fmt.Fprintf(w, "  Flagged (score %.2f) because of:\n", it.Ideology.Score)
		}
		for _, r := range reasons {
			writeWrapped(w, r, "    – ", "      ")
		}
		return
	}
	if t := entryText(it.Sections.Takeaway); t != "" {
		writeWrapped(w, "Takeaway: "+t, "  ", "    ")
	}
	if it.Ideology.Flagged {
		fmt.Fprintf(w, "  %sflagged (score %.2f): the reasons are in the flagged section\n", flagMark, it.Ideology.Score)
	}
}

// byline is "Feed<sep>date", or whichever of the two is known, then the
// minerals the item is about ("Feed · Thu 09:00 · lithium, cobalt").
func (d Digest) byline(it item.Item, sep string) string {
	feed := sanitize.Line(it.FeedName)
	out := when(it.Published, d.Until)
	if feed != "" {
		out = feed + sep + out
	}
	if len(it.Minerals) > 0 {
		out += sep + sanitize.Line(strings.Join(it.Minerals, ", "))
	}
	return out
}

func groupHeading(g Group) string {
	h := fmt.Sprintf("%s (%d)", orDefault(sanitize.Line(g.Company), "(unnamed)"), len(g.Items))
	if g.Watched {
		h = "★ " + h
	}
	return h
}

func title(it item.Item) string {
	return orDefault(sanitize.Line(it.Title), untitled)
}

// when formats t for a digest made at ref, in ref's location: "Sat 28 Nov
// 07:02", with the year instead of the weekday when it differs.
func when(t, ref time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	t = t.In(ref.Location())
	if t.Year() != ref.Year() {
		return t.Format("2 Jan 2006 15:04")
	}
	return t.Format("Mon 2 Jan 15:04")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = sanitize.Line(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func flush(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write digest: %w", err)
	}
	return nil
}

// maxEntryText caps one highlight or takeaway in the digest, in columns:
// a briefing's bullet is a sentence or two, and a feed that puts a whole
// article (or garbage) in one must not flood the text or a chat message.
const maxEntryText = 600

// entryText is a highlight or takeaway as one clean line, clipped to
// maxEntryText with "…".
func entryText(s string) string { return fit(sanitize.Line(s), maxEntryText) }

// fit truncates s with "…" to at most width columns.
func fit(s string, width int) string {
	return runewidth.Truncate(s, width, "…")
}

// writeWrapped word-wraps s to Width columns; the first line starts with
// first, later lines with rest. Words wider than a line are broken.
func writeWrapped(w io.Writer, s, first, rest string) {
	for _, line := range wrap(s, first, rest, Width) {
		fmt.Fprintln(w, line)
	}
}

func wrap(s, first, rest string, width int) []string {
	var lines []string
	cur := first
	curW := runewidth.StringWidth(first)
	empty := true
	restW := runewidth.StringWidth(rest)
	newLine := func() {
		lines = append(lines, strings.TrimRight(cur, " "))
		cur, curW, empty = rest, restW, true
	}
	for _, word := range strings.Fields(s) {
		ww := runewidth.StringWidth(word)
		if !empty && curW+1+ww > width {
			newLine()
		}
		if !empty {
			cur += " "
			curW++
		}
		for curW+ww > width {
			piece := runewidth.Truncate(word, width-curW, "")
			if piece == "" {
				if empty {
					// Not even one character fits on a fresh line: give up on this word.
					word, ww = "", 0
					break
				}
				newLine()
				continue
			}
			cur += piece
			empty = false
			word = word[len(piece):]
			ww = runewidth.StringWidth(word)
			newLine()
		}
		cur += word
		curW += ww
		if word != "" {
			empty = false
		}
	}
	if !empty {
		lines = append(lines, strings.TrimRight(cur, " "))
	}
	return lines
}

// Markdown writes the digest as Markdown that pastes cleanly into chat or
// email. Feed text is escaped so it cannot add links, HTML or structure.
func (d Digest) Markdown(w io.Writer) error { return d.markdown(w, false) }

// CompactMarkdown is Markdown with one bullet per item.
func (d Digest) CompactMarkdown(w io.Writer) error { return d.markdown(w, true) }

func (d Digest) markdown(w io.Writer, compact bool) error {
	bw := bufio.NewWriter(w)
	if d.Empty() {
		fmt.Fprintf(bw, "# lode digest\n\n%s\n", emptyMessage(d.Since, d.Until))
		return flush(bw)
	}
	fmt.Fprintf(bw, "# lode digest: %s\n", d.Summary())
	for _, sec := range d.sections() {
		h := mdEscape(sec.heading)
		if sec.group != "" {
			// The star goes last so the heading reads as the company's name.
			h = fmt.Sprintf("%s (%d)", mdEscape(orDefault(sanitize.Line(sec.group), "(unnamed)")), len(sec.items))
			if sec.watched {
				h += " ★"
			}
		}
		fmt.Fprintf(bw, "\n## %s\n\n", h)
		for _, it := range sec.items {
			d.mdItem(bw, it, sec, compact)
		}
	}
	return flush(bw)
}

func (d Digest) mdItem(w io.Writer, it item.Item, sec section, compact bool) {
	t := mdEscape(title(it))
	if link, ok := safeLink(it.Link); ok {
		t = "[" + t + "](" + link + ")"
	}
	if it.Ideology.Flagged && !sec.flagged {
		t = flagMark + t
	}
	if compact {
		fmt.Fprintf(w, "- **%s** — %s\n", t, mdEscape(d.compactDetails(it, sec, ", ")))
		return
	}
	byline := d.byline(it, ", ")
	if !sec.flagged {
		if a := cleanList(also(it, sec.group)); len(a) > 0 {
			byline += ", also " + strings.Join(a, ", ")
		}
	} else if c := cleanList(it.Companies); len(c) > 0 {
		byline += ", " + strings.Join(c, ", ")
	}
	fmt.Fprintf(w, "- **%s** — %s\n", t, mdEscape(byline))
	if !sec.flagged || !d.inGroup(it) {
		for _, h := range it.Sections.Highlights {
			if h = entryText(h); h != "" {
				fmt.Fprintf(w, "  - %s\n", mdEscape(h))
			}
		}
	}
	if sec.flagged {
		for _, r := range cleanList(it.Ideology.Reasons) {
			fmt.Fprintf(w, "  - Flagged: %s\n", mdEscape(r))
		}
		return
	}
	if t := entryText(it.Sections.Takeaway); t != "" {
		fmt.Fprintf(w, "  > Takeaway: %s\n", mdEscape(t))
	}
	if it.Ideology.Flagged {
		fmt.Fprintf(w, "  - %sflagged (score %.2f): the reasons are in the flagged section\n", flagMark, it.Ideology.Score)
	}
}

var (
	mdSpecial  = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`)
	mdEntity   = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	mdListLike = regexp.MustCompile(`^([#+=-]|[0-9]{1,9}[.)])`)
)

// mdEscape makes one line of feed text inert in Markdown: emphasis, code,
// links, images, HTML, entities, tables and block markers at its start.
func mdEscape(s string) string {
	s = mdSpecial.Replace(sanitize.Line(s))
	s = mdEntity.ReplaceAllStringFunc(s, func(m string) string { return `\` + m })
	if loc := mdListLike.FindStringIndex(s); loc != nil {
		s = s[:loc[1]-1] + `\` + s[loc[1]-1:]
	}
	return s
}

// safeLink returns link for a Markdown destination if it is an absolute
// http(s) URL, with the characters that could end the destination encoded.
func safeLink(link string) (string, bool) {
	link = sanitize.Line(link)
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E", `\`, "%5C").Replace(u.String()), true
}

// jsonCounts is the JSON form of Counts.
type jsonCounts struct {
	Items     int `json:"items"`     // distinct items
	Companies int `json:"companies"` // company groups
	Flagged   int `json:"flagged"`   // ideology-flagged items
}

// jsonGroup is the JSON form of Group.
type jsonGroup struct {
	Company string        `json:"company"` // canonical name
	Watched bool          `json:"watched"` // on the watchlist
	Items   []item.Record `json:"items"`   // newest first
}

// jsonDigest is the digest as `lode digest --format json` prints it.
type jsonDigest struct {
	Since   string        `json:"since"`   // RFC 3339, UTC
	Until   string        `json:"until"`   // RFC 3339, UTC
	Counts  jsonCounts    `json:"counts"`  // the digest's totals
	Groups  []jsonGroup   `json:"groups"`  // [] rather than null when none
	Other   []item.Record `json:"other"`   // unflagged items naming no company
	Flagged []item.Record `json:"flagged"` // every flagged item
}

// JSON writes the digest as one JSON object; items use the stable item
// schema (item.Record with id, read and starred).
func (d Digest) JSON(w io.Writer) error {
	j := jsonDigest{
		Since: d.Since.UTC().Format(time.RFC3339), Until: d.Until.UTC().Format(time.RFC3339),
		Counts: jsonCounts{Items: d.Counts.Items, Companies: d.Counts.Companies, Flagged: d.Counts.Flagged},
		Groups: []jsonGroup{}, Other: records(d.Other), Flagged: records(d.Flagged),
	}
	for _, g := range d.Groups {
		j.Groups = append(j.Groups, jsonGroup{Company: g.Company, Watched: g.Watched, Items: records(g.Items)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("write digest: %w", err)
	}
	return nil
}

func records(items []item.Item) []item.Record {
	out := make([]item.Record, 0, len(items))
	for _, it := range items {
		out = append(out, it.Record(true))
	}
	return out
}

// Entry is one line of the reader's digest view: a Heading (summary, group
// or section) or an item (ItemID set, Text its one-line description).
type Entry struct {
	// Heading is the summary, a group or section heading, or an empty
	// digest's message; "" for an item.
	Heading string
	// ItemID is the item's cache id; 0 for a heading.
	ItemID int64
	// Text is the item's line, sanitized and not truncated.
	Text string
	// Flagged is set on the entries of ideology-flagged items, under their
	// company and in the flagged section.
	Flagged bool
}

// Entries flattens the digest for the reader: the summary heading, then per
// group or section a heading followed by its items, each once per section
// (an item about several companies is under its first, and its text names
// the others; a flagged one is also in the flagged section). Text is
// sanitized and not truncated; the reader fits it to its width.
func (d Digest) Entries() []Entry {
	if d.Empty() {
		return []Entry{{Heading: emptyMessage(d.Since, d.Until)}}
	}
	out := []Entry{{Heading: d.Summary()}}
	for _, sec := range d.sections() {
		out = append(out, Entry{Heading: sec.heading})
		for _, it := range sec.items {
			t := title(it)
			if it.Ideology.Flagged && !sec.flagged {
				t = flagMark + t
			}
			text := t + " — " + d.byline(it, " · ")
			if sec.flagged {
				if c := cleanList(it.Companies); len(c) > 0 {
					text += " · " + strings.Join(c, ", ")
				}
				if r := cleanList(it.Ideology.Reasons); len(r) > 0 {
					text += " — flagged: " + strings.Join(r, "; ")
				}
			} else {
				if a := cleanList(also(it, sec.group)); len(a) > 0 {
					text += " · also " + strings.Join(a, ", ")
				}
				if it.Ideology.Flagged {
					text += " — flagged"
				}
			}
			out = append(out, Entry{ItemID: it.ID, Text: text, Flagged: it.Ideology.Flagged})
		}
	}
	return out
}

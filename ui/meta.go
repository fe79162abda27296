package ui

import (
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// itemMeta is the shown item's header above its panes: marks and title
// (wrapped on up to maxTitleLines lines), feed and date, link, and the
// chips of the companies and minerals it names. It holds what it draws;
// Model.itemMeta fills it.
type itemMeta struct {
	st *Styles
	// shown: an item is selected; without one the header is blank.
	shown bool
	it    item.Item
	chips chipRow
	// terms are the search's words, highlighted in the title.
	terms []string
	now   time.Time
	// bodyH is the body's height: a short body keeps the title on one line.
	bodyH int
}

// itemMeta gathers what the item header draws from the reader.
func (m Model) itemMeta() itemMeta {
	im := itemMeta{st: &m.c.styles, shown: m.detailID != 0, it: m.detail,
		terms: m.terms, now: m.c.now(), bodyH: m.box.bodyH}
	if im.shown {
		im.chips = itemChips(&im.it, im.st)
	}
	return im
}

// chipRows lays the shown item's chips out on at most maxRows lines of w
// cells (see chipRow.View), for the tests that check the chips alone.
func (m Model) chipRows(w, maxRows int) []string {
	return m.itemMeta().chips.View(w, maxRows)
}

// View returns the header's n lines, each at most w cells: the title, then
// the feed and date, the link and the chips on lines of their own when
// there are four or more lines, else the chips beside the feed and date.
func (im itemMeta) View(w, n int) []string {
	out := make([]string, 0, n)
	if im.shown && n > 0 {
		st := im.st
		d := &im.it
		marks := im.marks()
		titles := im.titleLines(w)
		extra := min(len(titles)-1, im.titleExtra(w, im.bodyH))
		titles = titles[:1+extra]
		n := n - extra
		var companies []string
		var info string
		if n >= 4 {
			info = im.infoText(w, 0)
			companies = im.chips.View(w, n-3)
		} else {
			// The chips share the line: the feed and date give way first.
			info = im.infoText(w, im.chips.need(w))
			room := w
			if info != "" {
				room = w - width(info) - 2
			}
			companies = im.chips.View(room, 1)
		}
		infoLine := st.Dim.Render(info)
		if len(im.chips.chips) == 0 {
			companies = []string{st.Dim.Render("no companies named")}
		}
		link := sanitize.Line(d.Link)
		if link == "" {
			link = st.Dim.Render("no link")
		} else {
			link = st.Link.Render(trunc(link, w))
		}
		var lines []string
		for i, t := range titles {
			lead := ""
			if i == 0 {
				lead = marks
			}
			lines = append(lines, lead+highlightIn(trunc(t, w-width(lead)), im.terms, &st.MetaTitle, st.Match))
		}
		if n >= 4 {
			lines = append(lines, infoLine, link)
			lines = append(lines, companies...)
		} else {
			if len(companies) > 0 {
				if info != "" {
					infoLine += "  "
				}
				infoLine += companies[0]
			}
			lines = append(lines, infoLine, link)
		}
		for _, l := range lines {
			if len(out) == n+extra {
				break
			}
			out = append(out, fit(l, w))
		}
	}
	return fillBox(out, w, n)
}

// maxTitleLines is the most lines the item header's title wraps to.
const maxTitleLines = 3

// marks are the shown item's unread, flag and star marks, drawn before
// its title.
func (im itemMeta) marks() string {
	st := im.st
	d := &im.it
	// The list row's order: unread, flagged, starred.
	marks := ""
	if !d.Read {
		marks += st.Unread.Render("●") + " "
	}
	if d.Ideology.Flagged {
		marks += st.Flag.Render("⚑F") + " "
	}
	if d.Starred {
		marks += st.Star.Render("★") + " "
	}
	return marks
}

// titleLines is the shown item's title wrapped in the header, w cells
// wide with the marks before its first line, on at most maxTitleLines
// lines: the whole title unless it is longer still, when the last line is
// cut.
func (im itemMeta) titleLines(w int) []string {
	title := sanitize.Line(im.it.Title)
	if title == "" {
		title = "(untitled)"
	}
	mw := width(im.marks())
	firstW := max(w-mw, 1)
	head := wrapText(title, firstW)
	if len(head) <= 1 {
		return []string{title}
	}
	lines := head
	if rest, ok := strings.CutPrefix(title, head[0]); ok {
		// The lines after the first have the whole width.
		lines = append([]string{head[0]}, wrapText(strings.TrimSpace(rest), max(w, 1))...)
	}
	if len(lines) > maxTitleLines {
		last := trunc(strings.Join(lines[maxTitleLines-1:], " "), max(w, 1))
		lines = append(lines[:maxTitleLines-1:maxTitleLines-1], last)
	}
	return lines
}

// titleExtra is how many lines beyond one the title takes in a detail
// area w cells wide and a body h lines high: none when the body is too
// short to spare them.
func (im itemMeta) titleExtra(w, h int) int {
	if !im.shown || h < 15 {
		return 0
	}
	return len(im.titleLines(w)) - 1
}

// infoText is the shown item's feed and date in at most w cells less the
// need cells (and a two-cell gap) kept for the company chips beside it. It
// gives way in steps: the full date, then the feed's length, then the feed;
// it is empty when not even the age fits. need 0 means a line of its own,
// where it gives way the same steps to fit w.
func (im itemMeta) infoText(w, need int) string {
	d := &im.it
	feed := sanitize.Line(d.FeedName)
	var date, age string
	if !d.Published.IsZero() {
		age = ago(d.Published, im.now) + " ago"
		date = d.Published.Local().Format("2006-01-02 15:04") + " (" + age + ")"
	}
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " · ")
	}
	if d.TextSource == item.SourceArticle {
		date = join(date, "text: article page")
	}
	full := join(feed, date)
	room := w
	if need > 0 {
		room = w - need - 2
	}
	if width(full) <= room {
		return full
	}
	if s := join(feed, age); width(s) <= room {
		return s
	}
	// The feed cut to what is left beside the age, when enough of it reads.
	if age != "" || feed != "" {
		fw := room - width(age)
		if age != "" {
			fw -= width(" · ")
		}
		if feed != "" && fw >= 8 {
			return join(trunc(feed, fw), age)
		}
	}
	if age != "" && width(age) <= room {
		return age
	}
	return ""
}

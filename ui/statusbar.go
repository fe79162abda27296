package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/spinner"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/sanitize"
)

// statusBar is the bottom line: the refresh (running with its progress,
// offline, or when it last ran), a rescore in progress, the latest message
// or error, and the key help at the right when it fits. It holds what it
// draws; Model.statusBar fills it.
type statusBar struct {
	st      *Styles
	width   int
	refresh refreshState
	now     time.Time
	// rescore is the rescore's progress, "" when none runs.
	rescore string
	// msg is the status message (already one sanitized line), isErr
	// marks it an error.
	msg   string
	isErr bool
	// qerr, when set, is the query error msg says: one too long for the
	// line gives up its wording before its token and cause.
	qerr *query.Error
	// ask marks the message a question waiting for its answer (M's
	// "mark 3 items read? y/n"): it is never cut while the line has room.
	ask bool
	// help is the one-line key help, drawn when it fits beside the rest.
	help string
}

// statusBar gathers what the status bar draws from the reader.
func (m Model) statusBar() statusBar {
	return statusBar{st: &m.c.styles, width: m.width, refresh: m.refresh, now: m.c.now(),
		rescore: m.rescoreStatus(), msg: m.status, isErr: m.statusErr,
		ask: m.confirm.on && m.confirm.gen == m.statusGen, qerr: m.statusQErr,
		help: m.help.ShortHelpView(m.c.keys.ShortHelp())}
}

// View returns the status line, at most width cells once fitted; an error
// too long for its place gets the whole line and keeps its end.
func (s statusBar) View() string {
	st := s.st
	r := s.refresh
	var left string
	switch {
	case r.running:
		frames := spinner.MiniDot.Frames
		left = frames[r.spin%len(frames)] + " refreshing"
		if r.progress.Total > 0 {
			left += fmt.Sprintf(" feeds %d/%d", r.progress.Done, r.progress.Total)
		}
		if f := sanitize.Line(r.progress.Feed); f != "" {
			left += " · " + trunc(f, 24)
		}
	case r.offline:
		age := "unknown age"
		if !r.last.IsZero() {
			age = ago(r.last, s.now) + " old"
		}
		left = st.Offline.Render("OFFLINE") + " · cache " + age
	case !r.last.IsZero():
		left = "updated " + ago(r.last, s.now) + " ago"
	default:
		left = "not refreshed yet"
	}
	if s.rescore != "" {
		left += " · " + s.rescore
	}
	left = st.Status.Render(left)
	right := st.Status.Render("? help")
	if s.msg != "" {
		sep := st.Rule.Render(" │ ")
		if s.ask && width(left+sep)+width(s.msg)+1+width("? help") > s.width {
			// A question that does not fit beside the rest gets the line:
			// its answer keys are at its end.
			return spread(s.msg, "", s.width)
		}
		if s.isErr && width(left+sep)+width("error: "+s.msg)+1+width("? help") > s.width {
			// An error that does not fit beside the rest gets the whole
			// line, and keeps its end (the cause) when it is still too long.
			// OFFLINE stays: it is state, not a message.
			prefix := "error: "
			lead := ""
			if r.offline && !r.running {
				lead = st.Offline.Render("OFFLINE") + " "
			}
			room := max(s.width-width(lead)-width(prefix), 1)
			if s.qerr != nil {
				return lead + st.StatusError.Render(prefix+queryErrFit(s.qerr, room))
			}
			return lead + st.StatusError.Render(prefix+truncStart(s.msg, room))
		}
		if s.isErr {
			left += sep + st.StatusError.Render("error: "+s.msg)
		} else {
			// A message that does not fit beside "? help" takes its room,
			// and is cut after a whole word when it is still too long.
			msg := s.msg
			// (spread keeps a cell between the message and the right.)
			if room := s.width - width(left+sep) - 1; room > 0 && width(msg)+1+width("? help") > room+1 {
				right = ""
				msg = truncWords(msg, room)
			}
			left += sep + msg
		}
	}
	if width(left)+width(s.help)+2 <= s.width {
		right = s.help
	}
	return spread(left, right, s.width)
}

// ago is relTime with "now" spelt so it reads in "updated … ago".
func ago(t, now time.Time) string {
	if r := relTime(t, now); r != "now" {
		return r
	}
	return "<1m"
}

// queryErrFit is a query error in at most w cells, keeping what a reader
// needs to fix the query: the bad token and what is wrong with it. The
// wording around them gives way first ("query: ", "column 9: "), then the
// middle of the hint after the cause ("use a number of…(12h, 2d, 1w)"),
// then the hint; the cause is cut at its end only when the token and
// cause alone do not fit.
func queryErrFit(e *query.Error, w int) string {
	msg := sanitize.Line(e.Msg)
	token := ""
	if e.Token != "" {
		token = sanitize.Line(fmt.Sprintf("%q", e.Token)) + " "
	}
	full := fmt.Sprintf("query: column %d: %s%s", e.Col, token, msg)
	for _, s := range []string{full, "query: " + token + msg, token + msg} {
		if width(s) <= w {
			return s
		}
	}
	cause, hint, ok := strings.Cut(msg, ": ")
	const minHint = 12 // a hint cut shorter says nothing
	if room := w - width(token+cause+": "); ok && room >= minHint {
		return token + cause + ": " + truncMiddle(hint, room)
	}
	if e.Cause != "" {
		cause = sanitize.Line(e.Cause)
	}
	// The cause stays whole while the token keeps a few cells: the token
	// gives way at its end (its start holds the field a reader mistyped).
	const minToken = 8
	if room := w - width(cause) - 1; token != "" && width(token+cause) > w && room >= minToken {
		return trunc(strings.TrimSuffix(token, " "), room) + " " + cause
	}
	return trunc(token+cause, w)
}

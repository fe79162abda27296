package main

import (
	"strings"
	"testing"
)

// TestDigestOnATerminalMovesMark: `lode digest` read on a terminal (tmux)
// moves the "since the previous digest" mark, where the same digest into a
// pipe does not; and nothing a terminal answers to a query (colour, cursor
// position) is echoed into what the user reads.
func TestDigestOnATerminalMovesMark(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	requireTmux(t)
	srv, _ := timedServer(t)
	home := newHome(t)
	lode(t, home, "", "feeds", "add", "--no-check", "--name", "Timed", srv.URL+"/briefings.rss")
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	const arrived = "1 item arrived since"
	if code, out, _ := lode(t, home, "", "digest"); code != 0 || !strings.HasPrefix(out, arrived) {
		t.Fatalf("digest into a pipe: %d\n%s", code, out)
	}

	s := startTmux(t, 100, 30, []string{"LODE_HOME=" + home}, "digest")
	s.waitText(arrived)
	// The mark is written after the digest is printed, before lode exits.
	if code := s.waitExit(); code != 0 {
		t.Fatalf("digest on a terminal exited %d:\n%s", code, s.screen())
	}
	if _, out, _ := lode(t, home, "", "digest"); !strings.HasPrefix(out, "No new briefings since") {
		t.Fatalf("the digest on a terminal did not move the mark; a digest after it says:\n%s", out)
	}
	scr := s.screen()
	for _, echo := range []string{"^[", "\x1b", "]11;", "]10;", "rgb:", "[6n"} {
		if strings.Contains(scr, echo) {
			t.Errorf("a terminal query or its answer shows in the digest (%q):\n%s", echo, scr)
		}
	}
}

// `lode --home DIR CMD --help` lists --home without showing DIR as if it
// were the default.
func TestHelpShowsNoHomeDefault(t *testing.T) {
	home := newHome(t)
	for _, cmd := range []string{"digest", "fetch", "list"} {
		code, out, _ := lode(t, "", "", "--home", home, cmd, "--help")
		if code != 0 || !strings.Contains(out, "-home DIR") {
			t.Fatalf("%s --help: exit %d\n%s", cmd, code, out)
		}
		if strings.Contains(out, home) || strings.Contains(out, `(default "`+home) {
			t.Errorf("%s --help shows the --home given before it as a default:\n%s", cmd, out)
		}
	}
}

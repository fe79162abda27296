package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// scripted is the reader run in tmux by a shell that records its pid, and
// after it exits, its exit status and the terminal's modes (stty -a).
type scripted struct {
	*tmux
	dir string
	pid int
}

func startScripted(t *testing.T, env []string, args ...string) *scripted {
	t.Helper()
	requireTmux(t)
	dir := t.TempDir()
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
	inner := []string{"exec", "env", "TERM=xterm-256color"}
	inner = append(inner, env...)
	inner = append(inner, binary(t))
	inner = append(inner, args...)
	for i := 1; i < len(inner); i++ {
		inner[i] = q(inner[i])
	}
	script := fmt.Sprintf("echo $$ > %s; %s", q(filepath.Join(dir, "pid")), strings.Join(inner, " "))
	cmd := fmt.Sprintf("sh -c %s; echo $? > %s; stty -a > %s 2>&1; mv %[3]s %s; sleep 30",
		q(script), q(filepath.Join(dir, "code")), q(filepath.Join(dir, "stty.tmp")), q(filepath.Join(dir, "stty")))
	s := &scripted{tmux: &tmux{t: t, name: "lode", socket: filepath.Join(dir, "tmux.sock")}, dir: dir}
	s.run("new-session", "-d", "-s", s.name, "-x", "120", "-y", "40", cmd)
	t.Cleanup(func() {
		if s.pid > 0 {
			syscall.Kill(s.pid, syscall.SIGKILL) // only if the test failed with lode still running
		}
		s.stop()
	})
	deadline := time.Now().Add(waitTimeout)
	for s.pid == 0 && time.Now().Before(deadline) {
		b, _ := os.ReadFile(filepath.Join(dir, "pid"))
		s.pid, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		time.Sleep(20 * time.Millisecond)
	}
	if s.pid == 0 {
		t.Fatal("the reader did not start")
	}
	return s
}

// stop ends the tmux server (and with it the terminal).
func (s *scripted) stop() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() }

// exited waits up to waitTimeout for lode to exit and returns its exit status, or
// -1 if it is still running.
func (s *scripted) exited() int {
	deadline := time.Now().Add(waitTimeout)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(s.dir, "code")); err == nil && strings.HasSuffix(string(b), "\n") {
			if _, err := os.Stat(filepath.Join(s.dir, "stty")); err == nil {
				s.pid = 0
				code, _ := strconv.Atoi(strings.TrimSpace(string(b)))
				return code
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return -1
}

// terminalRestored says what is wrong with the terminal lode left behind:
// raw mode (no icanon or echo), the alternate screen, or a hidden cursor.
func (s *scripted) terminalRestored() error {
	b, err := os.ReadFile(filepath.Join(s.dir, "stty"))
	if err != nil {
		return err
	}
	modes := " " + strings.Join(strings.Fields(string(b)), " ") + " "
	for _, m := range []string{" icanon ", " echo ", " isig ", " icrnl "} {
		if !strings.Contains(modes, m) {
			return fmt.Errorf("terminal left without%s(raw mode): %s", m, strings.TrimSpace(string(b)))
		}
	}
	if alt := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{alternate_on}")); alt != "0" {
		return errors.New("terminal left on the alternate screen")
	}
	if cur := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{cursor_flag}")); cur != "1" {
		return errors.New("cursor left hidden")
	}
	return nil
}

// TestSignalsEndReaderCleanly sends SIGTERM, SIGINT and SIGHUP, each to 20
// fresh readers (5 with -short): every one must exit by itself with status
// 0 and leave the terminal restored. Every tenth reader is a --demo,
// whose temporary home must be gone afterwards.
func TestSignalsEndReaderCleanly(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	requireTmux(t)
	home, _ := readerHome(t)
	tmp := t.TempDir()
	n := 20
	if testing.Short() {
		n = 5
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		for i := range n {
			demo := i%10 == 0
			env := []string{"LODE_HOME=" + home, "TMPDIR=" + tmp}
			args := []string{"--no-refresh"}
			if demo {
				env = []string{"LODE_HOME=", "HOME=" + tmp, "XDG_CONFIG_HOME=" + tmp, "XDG_DATA_HOME=" + tmp, "TMPDIR=" + tmp}
				args = []string{"--demo"}
			}
			s := startScripted(t, env, args...)
			s.waitText("Highlights", "Takeaway")
			if err := syscall.Kill(s.pid, sig); err != nil {
				t.Fatal(err)
			}
			code := s.exited()
			if code != 0 {
				t.Fatalf("%v #%d (demo %v): exit status %d (-1: still running after %v); screen:\n%s", sig, i, demo, code, waitTimeout, s.screen())
			}
			if err := s.terminalRestored(); err != nil {
				t.Fatalf("%v #%d (demo %v): %v", sig, i, demo, err)
			}
			if left, _ := filepath.Glob(filepath.Join(tmp, "lode-demo-*")); len(left) > 0 {
				t.Fatalf("%v #%d: the demo's temporary home was left behind: %v", sig, i, left)
			}
			s.stop()
		}
	}
}

// selectedRow is the screen line of the selected list row.
func selectedRow(scr string) string {
	for _, l := range strings.Split(scr, "\n") {
		if strings.Contains(l, "›") {
			return l
		}
	}
	return ""
}

// TestChangeShownIsSavedWhenKilled presses s (star) or m (read) and, the
// moment the screen shows the change, kills the reader: 20 times (5 with
// -short), alternating SIGKILL and closing the terminal (the tmux server
// goes away: SIGHUP). Every change shown must be in the cache.
func TestChangeShownIsSavedWhenKilled(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	requireTmux(t)
	home, _ := readerHome(t)
	n := 20
	if testing.Short() {
		n = 5
	}
	lost := 0
	for i := range n {
		s := startScripted(t, []string{"LODE_HOME=" + home}, "--no-refresh")
		s.waitText(titleAlb, "Takeaway")
		before := selectedRow(s.screen())
		star := i%2 == 0
		mark, key := "●", "m"
		if star {
			mark, key = "★", "s"
		}
		had := strings.Contains(before, mark)
		s.keys(key)
		deadline := time.Now().Add(waitTimeout)
		for strings.Contains(selectedRow(s.screen()), mark) == had {
			if time.Now().After(deadline) {
				t.Fatalf("#%d: %s did not change the row %q", i, key, before)
			}
			time.Sleep(5 * time.Millisecond)
		}
		how := "SIGKILL"
		if i%4 < 2 {
			syscall.Kill(s.pid, syscall.SIGKILL)
		} else {
			how = "terminal closed"
			s.stop()
		}
		for syscall.Kill(s.pid, 0) == nil {
			time.Sleep(10 * time.Millisecond)
		}
		s.pid = 0
		s.stop()

		flag := "--unread"
		if star {
			flag = "--starred"
		}
		_, out, _ := lode(t, home, "", "list", "--json", flag)
		listed := false
		for _, r := range decodeLines(t, out) {
			listed = listed || strings.HasPrefix(r.Title, titleAlb)
		}
		// The row showed the mark (starred, or ● unread) iff the cache lists it.
		if shown := !had; listed != shown {
			lost++
			t.Errorf("#%d (%s after %s): the screen showed %s %v, the cache says %v", i, how, key, mark, shown, listed)
		}
	}
	t.Logf("%d changes, %d lost", n, lost)
}

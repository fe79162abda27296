package main

import (
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds cmd/lode once per test run and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lode-bin-*")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "lode")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// requireTmux skips without tmux, unless LODE_REQUIRE_TMUX=1 (set by .ci/run) makes that a failure.
func requireTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("LODE_REQUIRE_TMUX") == "1" {
			t.Fatal("tmux is required (LODE_REQUIRE_TMUX=1) but not installed")
		}
		t.Skip("tmux not installed: skipping the end-to-end terminal test (apt-get install tmux to run it)")
	}
}

// tmux is one detached tmux session running lode at a fixed size.
type tmux struct {
	t      *testing.T
	name   string
	socket string
}

func startTmux(t *testing.T, width, height int, env []string, args ...string) *tmux {
	t.Helper()
	requireTmux(t)
	bin := binary(t)
	s := &tmux{t: t, name: "lode", socket: filepath.Join(t.TempDir(), "tmux.sock")}
	cmdline := []string{"env", "TERM=xterm-256color"}
	cmdline = append(cmdline, env...)
	cmdline = append(cmdline, bin)
	cmdline = append(cmdline, args...)
	quoted := make([]string, len(cmdline))
	for i, a := range cmdline {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	// The pane outlives lode, so a crash stays visible in capture, and
	// says when lode has exited, and how (see waitExit).
	s.run("new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), strings.Join(quoted, " ")+`; echo "`+exitMark+`$?]"; sleep 30`)
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

func (s *tmux) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names (e.g. "j", "Enter", "Escape") or literal text.
func (s *tmux) keys(keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// text types literal text.
func (s *tmux) text(text string) {
	s.t.Helper()
	s.run("send-keys", "-t", s.name, "-l", text)
}

func (s *tmux) screen() string {
	s.t.Helper()
	return s.run("capture-pane", "-p", "-t", s.name)
}

// exitMark starts the line the pane prints when lode exits, followed by
// its exit status and "]".
const exitMark = "[lode exited "

// waitExit waits for lode to exit and returns its exit status.
func (s *tmux) waitExit() int {
	s.t.Helper()
	var code int
	s.waitFor("lode to exit", func(scr string) bool {
		_, after, ok := strings.Cut(scr, exitMark)
		if !ok {
			return false
		}
		n, err := fmt.Sscanf(after, "%d]", &code)
		return n == 1 && err == nil
	})
	return code
}

// exitedOK waits for lode to exit, and fails the test unless it exited 0.
func (s *tmux) exitedOK() {
	s.t.Helper()
	if code := s.waitExit(); code != 0 {
		s.t.Errorf("lode exited %d; screen:\n%s", code, s.screen())
	}
}

// waitTimeout bounds a wait for the screen. It only ends a test that is
// failing anyway, so it is generous: on a machine loaded with the whole
// -race suite and other work, a start or a write can take seconds.
const waitTimeout = 60 * time.Second

// waitFor polls the screen until ok accepts it, or fails after waitTimeout.
func (s *tmux) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	var scr string
	for time.Now().Before(deadline) {
		scr = s.screen()
		if ok(scr) {
			return scr
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, scr)
	return ""
}

func (s *tmux) waitText(subs ...string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", subs), func(scr string) bool {
		for _, sub := range subs {
			if !strings.Contains(scr, sub) {
				return false
			}
		}
		return true
	})
}

// readerHome returns a home whose cache holds the cmd/lode/testdata feeds,
// fetched over loopback, and the server (still running).
func readerHome(t *testing.T) (string, *httptest.Server) {
	t.Helper()
	srv := fixtureServer(t)
	home := newHome(t)
	for _, f := range []string{"briefings.rss", "wire.atom", "desk.json"} {
		if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/"+f); code != 0 {
			t.Fatalf("feeds add: %s", errOut)
		}
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	return home, srv
}

const (
	titleParty   = "Ideology First: Baotou"
	titleLynas   = "Lynas Rare Earths lifts"
	titleAlb     = "Albemarle trims lithium"
	titleGallium = "Gallium prices hit record"
	titleJunta   = "Junta decree puts"
	titleMP      = "MP Materials signs"
)

func TestReaderShowsPanesInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	s := startTmux(t, 120, 40, nil, "--home", home, "--no-refresh")
	scr := s.waitText("Highlights", "Analysis", "Takeaway", titleAlb)
	if !strings.Contains(scr, "6 items") {
		t.Errorf("header should count 6 items:\n%s", scr)
	}
	// The flagged items carry a visible marker that is not colour.
	for _, line := range strings.Split(scr, "\n") {
		if strings.Contains(line, "Ideology First") && !strings.Contains(line, "⚑") {
			t.Errorf("flagged item without marker: %q", line)
		}
	}
	// Move down to the second item: its title appears above the panes.
	s.keys("j")
	s.waitFor("second item selected", func(scr string) bool {
		return strings.Count(scr, "Lynas Rare Earths lifts NdPr output 18% at Mt Weld") >= 1 && strings.Contains(scr, "Mt Weld")
	})
	s.keys("q")
	s.waitFor("reader to quit", func(scr string) bool { return !strings.Contains(scr, "Takeaway") })
	s.exitedOK()
}

func TestReaderFiltersInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	// CI=true is what CI machines set; termenv reads it as "not a terminal"
	// and drops every attribute unless the reader insists on its terminal.
	s := startTmux(t, 200, 40, []string{"CI=true"}, "--home", home, "--no-refresh")
	s.waitText(titleAlb, titleLynas, titleGallium)

	// Company filter: c, type, enter.
	s.keys("c")
	s.waitText("Companies")
	s.text("lynas")
	s.keys("Enter")
	scr := s.waitFor("company filter", func(scr string) bool {
		return strings.Contains(scr, titleLynas) && !strings.Contains(scr, titleAlb)
	})
	if strings.Contains(scr, titleGallium) || strings.Contains(scr, titleParty) {
		t.Fatalf("company filter kept other items:\n%s", scr)
	}
	if !strings.Contains(scr, "Lynas Rare Earths") || !strings.Contains(scr, "1 item") {
		t.Errorf("header should name the company filter and count 1 item:\n%s", scr)
	}
	s.keys("C")
	s.waitText(titleAlb, titleLynas)

	// Search narrows as you type and highlights the match in the panes.
	s.keys("/")
	s.text("gallium")
	s.waitFor("search", func(scr string) bool {
		return strings.Contains(scr, titleGallium) && !strings.Contains(scr, titleAlb)
	})
	s.keys("Enter")
	s.waitForMatchHighlight("gallium")
	s.keys("Escape")
	s.waitText(titleAlb, titleGallium)

	// f: flagged only.
	s.keys("f")
	scr = s.waitFor("query: is:flagged", func(scr string) bool {
		return strings.Contains(scr, titleParty) && !strings.Contains(scr, titleAlb)
	})
	if !strings.Contains(scr, titleJunta) || strings.Contains(scr, titleLynas) || strings.Contains(scr, titleMP) {
		t.Errorf("flagged-only view:\n%s", scr)
	}
	// f again: hide flagged.
	s.keys("f")
	s.waitFor("query: -is:flagged", func(scr string) bool {
		return strings.Contains(scr, titleAlb) && !strings.Contains(scr, titleParty) && !strings.Contains(scr, titleJunta)
	})
}

// waitForMatchHighlight waits until word is drawn in reverse video in the
// panes (capture-pane -e shows the attributes tmux holds for each cell).
func (s *tmux) waitForMatchHighlight(word string) string {
	s.t.Helper()
	var raw string
	s.waitFor("search match "+word+" in reverse video", func(string) bool {
		raw = s.run("capture-pane", "-p", "-e", "-t", s.name)
		return reverseWord(raw, word)
	})
	return raw
}

// reverseWord reports whether word appears (case-insensitively) in text that
// SGR sequences put in reverse video.
func reverseWord(raw, word string) bool {
	word = strings.ToLower(word)
	for _, l := range strings.Split(raw, "\n") {
		rev := false
		var run strings.Builder
		for len(l) > 0 {
			if strings.HasPrefix(l, "\x1b[") {
				end := strings.IndexByte(l, 'm')
				if end < 0 {
					break
				}
				for _, p := range strings.Split(l[2:end], ";") {
					switch p {
					case "7":
						rev = true
					case "", "0", "27":
						rev = false
					}
				}
				l = l[end+1:]
				continue
			}
			if rev {
				run.WriteByte(l[0])
			} else {
				run.WriteByte('\n')
			}
			l = l[1:]
		}
		if strings.Contains(strings.ToLower(run.String()), word) {
			return true
		}
	}
	return false
}

func TestReaderNoColorInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	s := startTmux(t, 160, 40, []string{"NO_COLOR=1"}, "--home", home, "--no-refresh")
	s.waitText(titleAlb, titleGallium, "Highlights")
	s.keys("/")
	s.text("gallium")
	s.waitFor("search", func(scr string) bool {
		return strings.Contains(scr, titleGallium) && !strings.Contains(scr, titleAlb)
	})
	s.keys("Enter")
	// NO_COLOR drops colour, not attributes: the match is still in reverse video.
	raw := s.waitForMatchHighlight("gallium")
	for _, l := range strings.Split(raw, "\n") {
		if i := colourSGR(l); i != "" {
			t.Fatalf("NO_COLOR screen has colour %q in line %q", i, l)
		}
	}
}

// colourSGR returns the first SGR sequence in l that sets a foreground or
// background colour, or "".
func colourSGR(l string) string {
	for i := strings.Index(l, "\x1b["); i >= 0; {
		end := strings.IndexByte(l[i:], 'm')
		if end < 0 {
			return ""
		}
		for _, p := range strings.Split(l[i+2:i+end], ";") {
			if n, err := strconv.Atoi(p); err == nil && (n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 107) {
				return l[i : i+end+1]
			}
		}
		next := strings.Index(l[i+end+1:], "\x1b[")
		if next < 0 {
			return ""
		}
		i = i + end + 1 + next
	}
	return ""
}

// TestReaderKeyBurstsInTmux: keys that reach lode in one read (a held key,
// a fast typist, SSH) each count, even ahead of a load they trigger.
func TestReaderKeyBurstsInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	s := startTmux(t, 120, 40, nil, "--home", home, "--no-refresh")
	s.waitText(titleAlb, "1/6")
	s.text("jjj")
	s.waitText("4/6")
	// The company picker loads its list in the background; enter typed in
	// the same burst still applies the typed company.
	s.text("clynas\r")
	scr := s.waitFor("company filter from one burst", func(scr string) bool {
		return strings.Contains(scr, `query: company:"Lynas Rare Earths"`) && !strings.Contains(scr, titleAlb)
	})
	if !strings.Contains(scr, titleLynas) {
		t.Errorf("burst-applied filter lost the Lynas item:\n%s", scr)
	}
}

func TestReaderOfflineInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, srv := readerHome(t)
	srv.Close() // feeds unreachable from now on
	s := startTmux(t, 120, 40, nil, "--home", home)
	scr := s.waitText("OFFLINE", titleAlb)
	if !strings.Contains(scr, "Highlights") {
		t.Errorf("offline reader should still show the panes:\n%s", scr)
	}
}

func TestReaderSmallTerminalInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	s := startTmux(t, 80, 24, nil, "--home", home, "--no-refresh")
	check := func(w int) {
		t.Helper()
		// The header is waited for with the panes: after a resize the
		// panes' titles may still stand from the last frame while the
		// header is being redrawn (seen on a loaded machine).
		scr := s.waitText("Highlights", "Analysis", "Takeaway", "items")
		lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
		for _, title := range []string{"Highlights", "Analysis", "Takeaway"} {
			n := 0
			for _, l := range lines {
				if strings.Contains(l, title) {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%d cols: pane title %q missing:\n%s", w, title, scr)
			}
		}
		if !strings.Contains(scr, "items") {
			t.Errorf("%d cols: header missing:\n%s", w, scr)
		}
	}
	check(80)
	// Resizing down and back never leaves a corrupted screen.
	s.run("resize-window", "-t", s.name, "-x", "60", "-y", "20")
	time.Sleep(300 * time.Millisecond)
	s.run("resize-window", "-t", s.name, "-x", "80", "-y", "24")
	check(80)
}

func TestDemoInTmuxLeavesUserHomeAlone(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	xdg := t.TempDir()
	env := []string{"HOME=" + xdg, "XDG_CONFIG_HOME=" + filepath.Join(xdg, "config"), "XDG_DATA_HOME=" + filepath.Join(xdg, "data"), "LODE_HOME="}
	s := startTmux(t, 140, 40, env, "--demo")
	scr := s.waitText("Highlights", "Analysis", "Takeaway", "18 items")
	if !strings.Contains(scr, "⚑") {
		t.Errorf("demo should show flagged items:\n%s", scr)
	}
	s.keys("q")
	s.waitFor("demo to quit", func(scr string) bool { return !strings.Contains(scr, "Takeaway") })
	s.exitedOK()
	entries, _ := os.ReadDir(xdg)
	if len(entries) != 0 {
		t.Errorf("--demo wrote into the user's directories: %v", entries)
	}
}

func TestReaderWatchlistSavedInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, _ := readerHome(t)
	s := startTmux(t, 200, 40, nil, "--home", home, "--no-refresh")
	s.waitText(titleAlb)
	s.keys("w") // the chooser of the selected item's companies (Albemarle)
	s.waitText("Watch companies", "[ ] Albemarle")
	s.keys("Space")
	s.waitText("[x] Albemarle", "watching Albemarle")
	s.keys("Escape")
	// W waits for the chooser to close: escape and a key sent at once
	// would read as alt+W on a busy machine.
	s.waitFor("the chooser closed", func(scr string) bool { return !strings.Contains(scr, "Watch companies") })
	s.keys("W")
	scr := s.waitFor("watchlist view", func(scr string) bool {
		return strings.Contains(scr, titleAlb) && !strings.Contains(scr, titleLynas)
	})
	if !strings.Contains(scr, "Albemarle") {
		t.Errorf("watchlist view should name Albemarle:\n%s", scr)
	}
	s.keys("Q")
	s.waitFor("quit", func(scr string) bool { return !strings.Contains(scr, "Takeaway") })
	s.exitedOK()
	data, _ := os.ReadFile(filepath.Join(home, "config.toml"))
	if !strings.Contains(string(data), `watchlist = ["Albemarle"]`) {
		t.Errorf("watchlist not saved in config:\n%s", data)
	}
}

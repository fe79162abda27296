package ui

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/item"
)

// fixedNow is the clock the tests' reader sees.
var fixedNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// loadFixtures reads testdata/items.json.
func loadFixtures(t testing.TB) []item.Item {
	t.Helper()
	b, err := os.ReadFile("testdata/items.json")
	if err != nil {
		t.Fatal(err)
	}
	var items []item.Item
	if err := json.Unmarshal(b, &items); err != nil {
		t.Fatal(err)
	}
	return items
}

// harness drives a Model directly: it runs every returned command
// synchronously, feeds the messages back, and skips timers.
type harness struct {
	t    testing.TB
	m    Model
	quit bool
	// hold, when set, keeps back the messages it matches in held instead
	// of delivering them (a test sends them later: an answer that arrives
	// late).
	hold func(tea.Msg) bool
	held []tea.Msg
}

func newHarness(t testing.TB, o Options, w, h int) *harness {
	t.Helper()
	lipgloss.SetColorProfile(termenv.Ascii)
	m := New(o)
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	m.c.now = func() time.Time { return fixedNow }
	hs := &harness{t: t, m: m}
	hs.run(m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send delivers msg and runs the commands it returns.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	h.run(h.update(msg))
}

// update delivers msg and returns its command without running it.
func (h *harness) update(msg tea.Msg) tea.Cmd {
	nm, cmd := h.m.Update(msg)
	h.m = nm.(Model)
	return cmd
}

// run executes cmd and everything it leads to, breadth first.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	queue := []tea.Cmd{cmd}
	cmdType := reflect.TypeOf(tea.Cmd(nil))
	for n := 0; len(queue) > 0; n++ {
		if n > 100000 {
			h.t.Fatal("command loop")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			h.quit = true
		default:
			// tea.Sequence's message is an unexported []Cmd.
			if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
				for i := 0; i < v.Len(); i++ {
					queue = append(queue, v.Index(i).Interface().(tea.Cmd))
				}
				continue
			}
			if h.hold != nil && h.hold(msg) {
				h.held = append(h.held, msg)
				continue
			}
			queue = append(queue, h.update(msg))
		}
	}
}

// press sends keys: named keys ("enter", "tab", "esc", ...) or runes.
func (h *harness) press(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

// typeText sends each rune of s as a key.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		if r == ' ' {
			h.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
			continue
		}
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc,
		"ctrl+c": tea.KeyCtrlC, "up": tea.KeyUp, "down": tea.KeyDown, "pgdown": tea.KeyPgDown,
		"pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+t": tea.KeyCtrlT, "ctrl+u": tea.KeyCtrlU,
	}
	if k == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func (h *harness) view() string { return h.m.View() }

// query replaces the reader's whole query with q: F, clear the line, type
// q, enter.
func (h *harness) query(q string) {
	h.t.Helper()
	h.press("F")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.typeText(q)
	h.press("enter")
}

// mustSee fails unless the view contains every string.
func (h *harness) mustSee(want ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			h.t.Fatalf("view lacks %q:\n%s", w, v)
		}
	}
}

// mustNotSee fails if the view contains any of the strings.
func (h *harness) mustNotSee(unwanted ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range unwanted {
		if strings.Contains(v, w) {
			h.t.Fatalf("view has %q:\n%s", w, v)
		}
	}
}

// checkFits asserts the view's lines fit the window.
func checkFits(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Fatalf("%d lines for height %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("line %d is %d wide for width %d: %q", i, lw, w, l)
		}
	}
}

// listLines returns the list rows' titles area: lines with a list cursor.
func selectedLine(v string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(l, "›") {
			return l
		}
	}
	return ""
}

// listText is the list column's text with lines joined and spaces collapsed,
// so wrapped messages read as one line.
func (h *harness) listText() string {
	var parts []string
	for _, l := range strings.Split(h.view(), "\n") {
		if i := strings.Index(l, "│"); i >= 0 {
			l = l[:i]
		}
		parts = append(parts, l)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// mustList fails unless the list column's text contains want.
func (h *harness) mustList(want string) {
	h.t.Helper()
	if !strings.Contains(h.listText(), want) {
		h.t.Fatalf("list lacks %q:\n%s", want, h.view())
	}
}

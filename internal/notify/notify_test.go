package notify

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/digest"
)

// TestHelperProcess is the notify command under test: run as a child with
// LODE_NOTIFY_HELPER=1, it appends its arguments (after "--") as one JSON
// line to $LODE_NOTIFY_OUT, then fails or hangs if its first argument says so.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("LODE_NOTIFY_HELPER") != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	f, err := os.OpenFile(os.Getenv("LODE_NOTIFY_OUT"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	b, _ := json.Marshal(args)
	f.Write(append(b, '\n'))
	f.Close()
	if len(args) > 0 {
		switch {
		case strings.HasPrefix(args[0], "FAIL"):
			fmt.Fprint(os.Stderr, "\nboom \x1b[31mred\x1b[0m\nsecond line\n")
			os.Exit(3)
		case strings.HasPrefix(args[0], "SLEEP"):
			time.Sleep(10 * time.Second)
		}
	}
	os.Exit(0)
}

// helper returns a notify argv that runs TestHelperProcess with args, and
// the file it records its calls in.
func helper(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "calls.jsonl")
	t.Setenv("LODE_NOTIFY_HELPER", "1")
	t.Setenv("LODE_NOTIFY_OUT", out)
	return append([]string{os.Args[0], "-test.run=^TestHelperProcess$", "--"}, args...), out
}

func calls(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var args []string
		if err := json.Unmarshal(sc.Bytes(), &args); err != nil {
			t.Fatal(err)
		}
		out = append(out, args)
	}
	return out
}

func TestRunPassesArgumentsLiterally(t *testing.T) {
	argv, out := helper(t, "{title}", "{company}: {title}", "{link}", "{feed}", "{unknown} {TITLE}", "plain")
	evil := "; rm -rf / $(x) `y` && z | w > /tmp/pwned 'q' \"d\" *"
	alerts := []digest.Alert{
		{ItemID: 1, Company: "Lynas Rare Earths", Title: evil, Link: "https://a.example/?a=1&b=2", Feed: "Mining Wire"},
		{ItemID: 2, Company: "MP Materials", Title: "see {link} and {company}", Link: "https://b.example/x y", Feed: ""},
	}
	if errs := Run(context.Background(), argv, alerts); len(errs) != 0 {
		t.Fatalf("Run errors: %v", errs)
	}
	got := calls(t, out)
	want := [][]string{
		{evil, "Lynas Rare Earths: " + evil, "https://a.example/?a=1&b=2", "Mining Wire", "{unknown} {TITLE}", "plain"},
		{"see {link} and {company}", "MP Materials: see {link} and {company}", "https://b.example/x y", "", "{unknown} {TITLE}", "plain"},
	}
	if len(got) != len(want) {
		t.Fatalf("command ran %d times, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if strings.Join(got[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Errorf("call %d argv = %q, want %q", i+1, got[i], want[i])
		}
	}
	if _, err := os.Stat("/tmp/pwned"); err == nil {
		t.Error("a shell ran: /tmp/pwned exists")
	}
}

func TestRunErrors(t *testing.T) {
	argv, out := helper(t, "{title}")
	alerts := []digest.Alert{{Title: "ok one"}, {Title: "FAIL please"}, {Title: "ok two"}}
	errs := Run(context.Background(), argv, alerts)
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want one for the failing call", errs)
	}
	msg := errs[0].Error()
	for _, want := range []string{"notify " + os.Args[0], `"FAIL please"`, "exit status 3", "boom red"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if strings.ContainsAny(msg, "\x1b\n") || strings.Contains(msg, "second line") {
		t.Errorf("error carries raw command output: %q", msg)
	}
	if n := len(calls(t, out)); n != 3 {
		t.Errorf("ran %d times, want 3 (a failure does not stop later alerts)", n)
	}

	errs = Run(context.Background(), []string{filepath.Join(t.TempDir(), "no-such-notifier"), "{title}"}, alerts[:1])
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no-such-notifier") {
		t.Errorf("missing command: %v", errs)
	}

	for _, empty := range [][]string{nil, {}, {""}, {"  ", "{title}"}} {
		errs := Run(context.Background(), empty, alerts)
		if len(errs) != 1 || errs[0].Error() != "notify command is empty" {
			t.Errorf("Run(%q) = %v, want notify command is empty", empty, errs)
		}
	}
	if errs := Run(context.Background(), nil, nil); errs != nil {
		t.Errorf("no alerts, no command: %v", errs)
	}
}

func TestRunTimeout(t *testing.T) {
	argv, _ := helper(t, "{title}")
	start := time.Now()
	errs := run(context.Background(), argv, []digest.Alert{{Title: "SLEEP"}, {Title: "quick"}}, 3*time.Second)
	if took := time.Since(start); took > 9*time.Second {
		t.Errorf("timeout not enforced: took %v", took)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "timed out after 3s") {
		t.Errorf("errors = %v, want one timeout", errs)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errs = Run(ctx, argv, []digest.Alert{{Title: "a"}, {Title: "b"}})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "context canceled") {
		t.Errorf("cancelled context: %v", errs)
	}
}

func TestArgs(t *testing.T) {
	a := digest.Alert{Title: "T {feed}", Company: "C", Link: "L", Feed: "F"}
	got := Args([]string{"cmd", "{title}|{company}|{link}|{feed}|{title}"}, a)
	if len(got) != 1 || got[0] != "T {feed}|C|L|F|T {feed}" {
		t.Errorf("Args = %q", got)
	}
	if got := Args([]string{"cmd"}, a); len(got) != 0 {
		t.Errorf("Args without arguments = %q", got)
	}
}

// TestArgsNeverOptions: a hostile title cannot become an option of the
// user's program ("--output=..."); after a "--" the user wrote it is passed
// as it is, and options the user wrote stay options.
func TestArgsNeverOptions(t *testing.T) {
	a := digest.Alert{Title: "--output=/home/u/.bashrc", Company: "-v", Link: "https://x.example/", Feed: "F"}
	for _, tc := range []struct {
		argv []string
		want []string
	}{
		{[]string{"notify-send", "{title}", "{company}"}, []string{" --output=/home/u/.bashrc", " -v"}},
		{[]string{"notify-send", "-u", "low", "{title}"}, []string{"-u", "low", " --output=/home/u/.bashrc"}},
		{[]string{"prog", "--title={title}", "-c{company}"}, []string{"--title=--output=/home/u/.bashrc", "-c-v"}},
		{[]string{"prog", "{company}", "--", "{title}", "{company}"}, []string{" -v", "--", "--output=/home/u/.bashrc", "-v"}},
		{[]string{"prog", "{link}"}, []string{"https://x.example/"}},
	} {
		if got := Args(tc.argv, a); !slices.Equal(got, tc.want) {
			t.Errorf("Args(%q) = %q, want %q", tc.argv, got, tc.want)
		}
	}
}

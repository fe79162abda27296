// Package notify runs the user's notify command for watchlist alerts. The
// command is executed directly, never through a shell, so feed text placed
// in its arguments cannot run anything.
package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/digest"
	"github.com/lode-reader/lode/internal/sanitize"
)

// Timeout bounds each run of the notify command.
const Timeout = 5 * time.Second

// ErrEmptyCommand is returned when there are alerts but no command.
var ErrEmptyCommand = errors.New("notify command is empty")

// Run runs argv once per alert, in order: argv[0] is the program, the rest
// its arguments, in which {title}, {company}, {link} and {feed} are replaced
// by the alert's values (each argument stays one argument). It returns one
// error per failed run, naming the command and the cause. With no alerts it
// does nothing.
func Run(ctx context.Context, argv []string, alerts []digest.Alert) []error {
	return run(ctx, argv, alerts, Timeout)
}

func run(ctx context.Context, argv []string, alerts []digest.Alert, timeout time.Duration) []error {
	if len(alerts) == 0 {
		return nil
	}
	if len(argv) == 0 || strings.TrimSpace(argv[0]) == "" {
		return []error{ErrEmptyCommand}
	}
	var errs []error
	for _, a := range alerts {
		if err := ctx.Err(); err != nil {
			errs = append(errs, fmt.Errorf("notify %s: %w", argv[0], err))
			break
		}
		if err := runOne(ctx, argv, a, timeout); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// Args returns the arguments argv[1:] with the alert's placeholders filled
// in; a value containing a placeholder is not expanded again. Placeholder
// values are feed text, so they never become options: an argument that
// would start with "-" only because of them (a title "--output=~/.bashrc")
// gets a leading space. Arguments after a "--" the user wrote are left as
// they are, since the program reads no options there.
func Args(argv []string, a digest.Alert) []string {
	if len(argv) < 2 {
		return nil
	}
	r := strings.NewReplacer("{title}", a.Title, "{company}", a.Company, "{link}", a.Link, "{feed}", a.Feed)
	out := make([]string, len(argv)-1)
	options := true
	for i, arg := range argv[1:] {
		out[i] = r.Replace(arg)
		if options && strings.HasPrefix(out[i], "-") && !strings.HasPrefix(arg, "-") {
			out[i] = " " + out[i]
		}
		if arg == "--" {
			options = false
		}
	}
	return out
}

func runOne(ctx context.Context, argv []string, a digest.Alert, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], Args(argv, a)...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	// A child that leaves a grandchild holding its output must not hang us.
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if err == nil {
		return nil
	}
	name := sanitize.Line(argv[0])
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("timed out after %s: %w", timeout, ctx.Err())
	}
	if msg := firstLine(out.String()); msg != "" {
		return fmt.Errorf("notify %s for %q: %w: %s", name, a.Title, err, msg)
	}
	return fmt.Errorf("notify %s for %q: %w", name, a.Title, err)
}

// firstLine is the first non-empty line of a command's output, cleaned and
// shortened for an error message.
func firstLine(s string) string {
	for _, l := range strings.Split(sanitize.Text(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if r := []rune(l); len(r) > 200 {
				l = string(r[:200]) + "…"
			}
			return l
		}
	}
	return ""
}

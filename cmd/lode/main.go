// Command lode is a terminal reader for critical-minerals briefings: it polls
// RSS, Atom and JSON feeds into an offline SQLite cache, splits each briefing
// into highlights, analysis and takeaway, detects companies, flags
// ideology-heavy items, and shows it all in a keyboard-driven reader.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/term"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0"

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	usageHeader = `lode: a terminal reader for critical-minerals briefings

Usage:
  lode [--home DIR] [--demo] [--company NAME]... [--no-refresh]   open the reader
  lode feeds add URL [--name NAME] [--no-check] [--full-text[=auto]]
                                                   add a feed (checked by fetching it once)
  lode feeds remove URL|NAME                        remove a feed
  lode feeds accept URL|NAME                        follow a feed's pending move to another host
  lode feeds list [--json]                          feeds with items, unread, last success and error
  lode feeds import FILE                            import OPML or a newsboat urls file
  lode feeds export                                 print the feed list as OPML 2.0
  lode fetch [--workers N] [--force] [--notify]     poll every feed once
  lode list [--json] [--query Q] [--since WHEN] [--feed NAME]... [--tag TAG]... [--flagged|--unflagged] [--unread] [--starred] [--company NAME]... [--search TEXT] [--limit N]
  lode show ID [--json]                             one item with its sections
  lode analyze FILE|- [--json]                      parse a feed document without touching the cache
  lode companies [--all] [--json]                   companies with items and their counts (--all: the whole dictionary)
  lode companies add NAME [--ticker EXCH:SYM]... [--alias NAME]...   add a company to config.toml
  lode digest [--since 24h|DATE] [--query Q] [--company NAME]... [--watchlist] [--format text|markdown|json] [--compact] [--mark]
  lode vacuum                                       apply keep_days/max_items_per_feed, reclaim space
  lode version                                      also lode --version
  lode help [COMMAND]                               also COMMAND --help

Global flags (before or after the command):
  --home DIR   keep config and cache in DIR (also $LODE_HOME); default: XDG directories
`
)

// usageError marks errors in how lode was called (exit status 2). cmd is
// the command whose --help the message points to ("lode list").
type usageError struct{ msg, cmd string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...)}
}

// usageOf points a subcommand's usage error (one that names no command yet)
// to that subcommand's --help, which shows its flags; other errors pass.
func usageOf(cmd string, err error) error {
	if ue, ok := err.(usageError); ok && ue.cmd == "" {
		ue.cmd = cmd
		return ue
	}
	return err
}

// failedError marks a run that did its work but some of it failed (exit 1),
// after the details were already printed.
type failedError struct{ msg string }

func (e failedError) Error() string { return e.msg }

func main() {
	// main owns the signals: SIGINT, SIGTERM and SIGHUP (the terminal
	// closed) cancel ctx, and every command, the reader included, winds
	// down from that. A second signal ends lode at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// run executes lode with args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	return (&app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}).run(ctx, args)
}

// run carries out the command of args and returns the process's exit
// code; a failure is one line on stderr.
func (a *app) run(ctx context.Context, args []string) int {
	stderr := a.stderr
	err := a.dispatch(ctx, args)
	if err == nil {
		return exitOK
	}
	var ue usageError
	var fe failedError
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		cmd := ue.cmd
		if cmd == "" {
			cmd = "lode"
		}
		fmt.Fprintf(stderr, "lode: %s (see '%s --help')\n", oneLine(ue.msg), cmd)
		return exitUsage
	case errors.As(err, &fe):
		if fe.msg != "" {
			fmt.Fprintf(stderr, "lode: %s\n", fe.msg)
		}
		return exitFailed
	default:
		fmt.Fprintf(stderr, "lode: %s\n", oneLine(err.Error()))
		return exitFailed
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// app carries what every command needs; nothing here is global.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	home           string
	// buildPipeline, when not nil, replaces pipeline (tests make it fail).
	buildPipeline pipelineBuilder
}

// flags returns a flag set for a command that also accepts --home.
func (a *app) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(strings.TrimSpace("lode "+name), flag.ContinueOnError)
	// Errors are reported once by run; --help prints the usage to stdout.
	fs.SetOutput(helpOutput{a.stdout})
	fs.Usage = func() {}
	// A Func flag: the help shows no default, not a --home given before
	// the command as if it were one.
	fs.Func("home", "keep config and cache in `DIR` (also $LODE_HOME)", func(dir string) error {
		a.home = dir
		return nil
	})
	return fs
}

// parse parses a command's flags, allowing flags after positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(fs)
				return nil, err
			}
			return nil, usageError{msg: oneLine(err.Error()), cmd: fs.Name()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// parseNone parses the flags of a command that takes no positional arguments.
func parseNone(fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("%s takes no arguments (got %q)", fs.Name(), pos[0])
	}
	return nil
}

// companyFlag adds the repeatable --company flag to fs.
func companyFlag(fs *flag.FlagSet, usage string) *stringList {
	var names stringList
	fs.Var(&names, "company", usage)
	return &names
}

func (a *app) dispatch(ctx context.Context, args []string) error {
	// Global flags before the command.
	for len(args) > 0 && strings.HasPrefix(args[0], "--home") {
		if v, ok := strings.CutPrefix(args[0], "--home="); ok {
			a.home, args = v, args[1:]
			continue
		}
		if len(args) < 2 {
			return usagef("--home needs a directory")
		}
		a.home, args = args[1], args[2:]
	}
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(a.stdout, usageHeader)
		return nil
	}
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args[0] = "version"
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return a.reader(ctx, args)
	}
	err := a.command(ctx, args[0], args[1:])
	// A usage error points to its command's --help.
	if ue, ok := err.(usageError); ok && ue.cmd == "" && known(args[0]) {
		ue.cmd = "lode " + args[0]
		return ue
	}
	return err
}

// command runs one command with the arguments after its name.
func (a *app) command(ctx context.Context, cmd string, rest []string) error {
	switch cmd {
	case "feeds":
		return a.feedsCmd(ctx, rest)
	case "fetch":
		return a.fetch(ctx, rest)
	case "list":
		return a.list(ctx, rest)
	case "show":
		return a.show(ctx, rest)
	case "analyze":
		return a.analyze(ctx, rest)
	case "companies":
		return a.companiesCmd(ctx, rest)
	case "digest":
		return a.digest(ctx, rest)
	case "vacuum":
		return a.vacuum(ctx, rest)
	case "version":
		if err := parseNone(a.flags("version"), rest); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "lode %s\n", version)
		return nil
	case "help":
		// lode help CMD [SUB] is CMD [SUB] --help.
		if len(rest) == 0 || rest[0] == "help" {
			fmt.Fprint(a.stdout, usageHeader)
			return nil
		}
		if !known(rest[0]) {
			return usageError{msg: fmt.Sprintf("help: unknown command %q", rest[0]), cmd: "lode"}
		}
		return a.command(ctx, rest[0], append(append([]string(nil), rest[1:]...), "--help"))
	}
	return usagef("unknown command %q", cmd)
}

// terminal reports whether stdout is a terminal and, if so, its width in
// columns (80 when it cannot be read).
func (a *app) terminal() (bool, int) {
	f, ok := a.stdout.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return false, 0
	}
	w, _, err := term.GetSize(int(f.Fd()))
	if err != nil || w <= 0 {
		w = 80
	}
	return true, w
}

package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// commands are the command names dispatch knows, for help and for the
// pointer a usage error gives.
var commands = []string{"feeds", "fetch", "list", "show", "analyze", "companies", "digest", "vacuum", "version", "help"}

// known reports whether name is a command.
func known(name string) bool {
	for _, c := range commands {
		if c == name {
			return true
		}
	}
	return false
}

// helpOutput is every flag set's output: it swallows the flag package's own
// messages (run reports an error once, in one line) and keeps the writer
// --help prints the command's usage to.
type helpOutput struct{ w io.Writer }

func (helpOutput) Write(p []byte) (int, error) { return len(p), nil }

// synopsis returns the lines of the full usage that describe the command
// named name ("lode list", "lode feeds add").
func synopsis(name string) []string {
	var out []string
	for _, l := range strings.Split(usageHeader, "\n") {
		t := strings.TrimSpace(l)
		if t == name || strings.HasPrefix(t, name+" ") {
			out = append(out, l)
		}
	}
	return out
}

// notes say what a command's output means where its flags do not.
var notes = map[string]string{
	"lode list": "The table's FLAGS: N unread, * starred, I ideology-flagged (- where not); --json has read, starred and ideology.flagged.",
}

// printUsage writes fs's command usage (its lines of the full usage, then
// its flags) where --help prints; the reader's flag set ("lode") prints
// the full usage.
func printUsage(fs *flag.FlagSet) {
	h, ok := fs.Output().(helpOutput)
	if !ok {
		return
	}
	w := h.w
	if fs.Name() == "lode" {
		fmt.Fprint(w, usageHeader)
		w = io.Discard
	} else {
		fmt.Fprintln(w, "Usage:")
		lines := synopsis(fs.Name())
		if len(lines) == 0 {
			lines = []string{"  " + fs.Name()}
		}
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
		if n := notes[fs.Name()]; n != "" {
			fmt.Fprintln(w, "\n"+n)
		}
	}
	fmt.Fprintln(w, "\nFlags (-flag or --flag):")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(h)
}

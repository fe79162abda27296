package ui

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"unicode"

	osc52 "github.com/aymanbagabas/go-osc52/v2"

	"github.com/lode-reader/lode/internal/demo"
)

// CheckURL returns an error unless link is an absolute http or https URL
// with a host and no control or whitespace characters: feed-supplied links
// such as javascript:, file: or data: are refused.
func CheckURL(link string) error {
	if link == "" {
		return errors.New("the item has no link")
	}
	for _, r := range link {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			return errors.New("link contains control or space characters")
		}
	}
	u, err := url.Parse(link)
	if err != nil {
		return fmt.Errorf("parse link: %w", err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		if scheme == "" {
			return errors.New("link has no http or https scheme")
		}
		return fmt.Errorf("refusing %s: link (only http and https open)", scheme)
	}
	if u.Host == "" {
		return errors.New("link has no host")
	}
	return nil
}

// demoLink reports whether link (already checked by CheckURL) is one of
// the demo's made-up links.
func demoLink(link string) bool {
	u, err := url.Parse(link)
	return err == nil && strings.EqualFold(u.Hostname(), demo.Host)
}

// DefaultOpenURL opens link with $BROWSER, else xdg-open (see OpenWith).
func DefaultOpenURL(link string) error { return OpenWith(nil)(link) }

// OpenWith returns a link opener. The command is browser (the config's
// `browser = ["firefox", "--new-tab", "%s"]`) when set, else the first
// colon-separated entry of $BROWSER split into words (quotes group words;
// no shell ever runs), else xdg-open. Each "%s" in an argument becomes the
// link; without any, the link is the last argument. The browser runs
// detached from the terminal.
func OpenWith(browser []string) func(link string) error {
	return func(link string) error {
		if err := CheckURL(link); err != nil {
			return err
		}
		env := os.Getenv("BROWSER")
		argv := browserArgv(browser, env, link)
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
		if err := cmd.Start(); err != nil {
			if len(browser) == 0 && strings.TrimSpace(env) == "" && errors.Is(err, exec.ErrNotFound) {
				// Nothing was chosen and the fallback is missing: say how to choose.
				return fmt.Errorf("no browser: %s is not installed (set browser in config.toml, or $BROWSER)", argv[0])
			}
			return fmt.Errorf("start %s: %w", argv[0], err)
		}
		go func() { _ = cmd.Wait() }() // reap the child; its exit status does not matter
		return nil
	}
}

// browserArgv is the command that opens link: browser when set, else
// $BROWSER (env) split into words, else xdg-open.
func browserArgv(browser []string, env, link string) []string {
	words := browser
	if len(words) == 0 {
		if e := strings.TrimSpace(env); e != "" {
			words = splitWords(strings.Split(e, ":")[0])
		}
	}
	if len(words) == 0 {
		words = []string{"xdg-open"}
	}
	argv := make([]string, 0, len(words)+1)
	placed := false
	for _, w := range words {
		if strings.Contains(w, "%s") {
			w = strings.ReplaceAll(w, "%s", link)
			placed = true
		}
		argv = append(argv, w)
	}
	if !placed {
		argv = append(argv, link)
	}
	return argv
}

// splitWords splits s at spaces; single or double quotes group words
// ("'my browser' --new-tab %s"). There is no escaping and no expansion.
func splitWords(s string) []string {
	var out []string
	var cur strings.Builder
	var quote rune
	in := false
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote == 0 && (r == '"' || r == '\''):
			quote, in = r, true
		case quote == 0 && unicode.IsSpace(r):
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}

// copyLink writes an OSC 52 clipboard sequence for link to w. Inside tmux
// it writes the plain sequence (taken by tmux when set-clipboard is on) and
// then the passthrough-wrapped one (passed on when allow-passthrough is on),
// so one of them gets through whichever option is set.
func copyLink(w io.Writer, link string, tmux bool) error {
	if err := CheckURL(link); err != nil {
		return err
	}
	seq := osc52.New(link)
	out := seq.String()
	if tmux {
		out += seq.Tmux().String()
	}
	if _, err := io.WriteString(w, out); err != nil {
		return fmt.Errorf("write clipboard sequence: %w", err)
	}
	return nil
}

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
)

// CheckURL returns an error unless link is an absolute http or https URL
// with a host and no control or whitespace characters: feed-supplied links
// such as javascript:, file: or data: are refused.
func CheckURL(link string) error {
	if link == "" {
		return errors.New("item has no link")
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

// DefaultOpenURL opens link in $BROWSER (its first colon-separated entry,
// taken as a program path) or xdg-open, without a shell and with the link as
// the only argument. The browser runs detached from the terminal.
func DefaultOpenURL(link string) error {
	if err := CheckURL(link); err != nil {
		return err
	}
	prog := "xdg-open"
	if b := strings.TrimSpace(os.Getenv("BROWSER")); b != "" {
		prog = strings.TrimSpace(strings.Split(b, ":")[0])
	}
	cmd := exec.Command(prog, link)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", prog, err)
	}
	go func() { _ = cmd.Wait() }() // reap the child; its exit status does not matter
	return nil
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

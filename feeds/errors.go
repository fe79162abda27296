package feeds

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/sanitize"
)

// Error is a feed's failure in words: Error() is one line naming the feed
// and the cause, e.g. "Mining Weekly: server said 503 Service Unavailable,
// retrying after 10m". Both parts are sanitised.
type Error struct {
	// Feed names the feed: its configured name, else its host.
	Feed string
	// Msg is the cause in words.
	Msg string
	// Err is the underlying error, if any.
	Err error
}

// Error returns "feed: cause".
func (e *Error) Error() string { return e.Feed + ": " + e.Msg }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errors a caller may test for with errors.Is.
var (
	// ErrTooLarge means the body went over Options.MaxBytes (compressed or not).
	ErrTooLarge = errors.New("response too large")
	// ErrTooManyRedirects means the redirect chain went over Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrNotHTTP means a URL or a redirect target was not http or https.
	ErrNotHTTP = errors.New("not an http or https URL")
	// ErrNotFeed means the body was not RSS, Atom or JSON Feed.
	ErrNotFeed = errors.New("not a feed")
	// ErrPrivateRedirect means a feed on a public host redirected to a
	// loopback or private address.
	ErrPrivateRedirect = errors.New("redirected to a private address")
	// ErrTooComplex means the document nests too deep or holds too many
	// elements or attributes for the parser to build safely.
	ErrTooComplex = errors.New("document too complex")
)

// kindError is a message in words that errors.Is matches to a sentinel.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string        { return e.msg }
func (e *kindError) Is(target error) bool { return target == e.kind }

// kindf returns a kindError of kind with a formatted message.
func kindf(kind error, format string, args ...any) error {
	return &kindError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// StatusError is an HTTP status other than 2xx and 304.
type StatusError struct {
	// Code is the HTTP status code, e.g. 503.
	Code int
	// Status is the status line in words, e.g. "503 Service Unavailable".
	Status string
	// RetryAfter is the server's Retry-After, zero if absent.
	RetryAfter time.Duration
}

// Error returns "server said <status>".
func (e *StatusError) Error() string { return "server said " + e.Status }

// deadlineError is the cause of a Poll running out of time.
type deadlineError struct{ d time.Duration }

func (e *deadlineError) Error() string {
	return "the refresh took longer than " + human(e.d) + " and was stopped"
}

// timeoutError is the cause of one feed running out of time.
type timeoutError struct{ d time.Duration }

func (e *timeoutError) Error() string { return "timed out after " + human(e.d) }

// maxMsg bounds the length of a cause, in runes.
const maxMsg = 300

// displayName is how messages name a feed: its configured name, else the
// URL's host and path (the path tells apart feeds of one site).
func displayName(f Feed) string {
	if n := sanitize.Line(f.Name); n != "" {
		return clip(n, 80)
	}
	if u, err := url.Parse(strings.TrimSpace(f.URL)); err == nil && u.Host != "" {
		return clip(sanitize.Line(strings.TrimSuffix(u.Host+u.Path, "/")), 80)
	}
	if n := sanitize.Line(f.URL); n != "" {
		return clip(n, 80)
	}
	return "(feed without a URL)"
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// stopReason says why a Poll's context ended.
func stopReason(ctx context.Context) string {
	cause := context.Cause(ctx)
	var de *deadlineError
	switch {
	case errors.As(cause, &de):
		return de.Error()
	case errors.Is(cause, context.Canceled):
		return "the refresh was cancelled"
	case cause != nil:
		return sanitize.Line(cause.Error())
	}
	return "the refresh was stopped"
}

// describe turns an error from fetching into a cause in words.
func describe(err error) string {
	var (
		se  *StatusError
		te  *timeoutError
		de  *deadlineError
		dns *net.DNSError
		ue  x509.UnknownAuthorityError
		he  x509.HostnameError
		ce  x509.CertificateInvalidError
		rec tls.RecordHeaderError
		op  *net.OpError
		pe  *processError
	)
	switch {
	case errors.As(err, &pe): // lode's own failure, in its own words
		return sanitize.Line(pe.Error())
	case errors.As(err, &se):
		return se.Error()
	case errors.As(err, &te):
		return te.Error()
	case errors.As(err, &de):
		return de.Error()
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrNotHTTP), errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotFeed), errors.Is(err, ErrTooComplex),
		errors.Is(err, ErrPrivateRedirect):
		return sanitize.Line(unwrapURL(err).Error())
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return "no such host " + sanitize.Line(dns.Name)
		}
		return "could not look up " + sanitize.Line(dns.Name)
	case errors.As(err, &ue):
		return "the server's certificate is not trusted (unknown authority)"
	case errors.As(err, &he):
		return "the server's certificate is for another host"
	case errors.As(err, &ce):
		return "the server's certificate is invalid or expired"
	case errors.As(err, &rec):
		return "the server does not speak HTTPS on that port"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by the server"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "host unreachable (offline?)"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timed out"
	case errors.As(err, &op):
		return "network error: " + sanitize.Line(op.Err.Error())
	}
	return sanitize.Line(unwrapURL(err).Error())
}

// Unreachable reports whether a feed's failure means its server could not
// be reached at all (no such host, refused, unreachable, timed out): the
// sign of no network. A server that answered, with an error status or with
// something that is not a feed, was reached.
func Unreachable(err error) bool {
	var (
		dns *net.DNSError
		te  *timeoutError
		op  *net.OpError
	)
	switch {
	case err == nil:
		return false
	case errors.As(err, &dns), errors.As(err, &te), errors.As(err, &op):
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH),
		errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return true
	}
	return false
}

// unwrapURL drops the *url.Error wrapper, whose text repeats the method and URL.
func unwrapURL(err error) error {
	var ue *url.Error
	for errors.As(err, &ue) {
		err = ue.Err
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// statusText is the status line in words, preferring Go's text over the
// server's (which is feed-supplied).
func statusText(resp *http.Response) string {
	if t := http.StatusText(resp.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, t)
	}
	return clip(sanitize.Line(resp.Status), 60)
}

// human formats a duration the short way: "20s", "10m", "1h30m", "150ms".
func human(d time.Duration) string {
	switch {
	case d <= 0:
		return "0s"
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < time.Minute:
		return d.Round(time.Second).String()
	}
	d = d.Round(time.Second)
	s := d.String() // e.g. "1h30m0s"
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

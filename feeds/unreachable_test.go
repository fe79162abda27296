package feeds

import (
	"context"
	"net"
	"syscall"
	"testing"
)

// TestUnreachable: a failure is the network's only when no server answered.
func TestUnreachable(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"no such host", &Error{Feed: "f", Err: &net.DNSError{Name: "x.invalid", IsNotFound: true}}, true},
		{"refused", &Error{Feed: "f", Err: &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}}, true},
		{"timed out", &Error{Feed: "f", Err: context.DeadlineExceeded}, true},
		{"404", &Error{Feed: "f", Err: &StatusError{Code: 404, Status: "404 Not Found"}}, false},
		{"a web page", &Error{Feed: "f", Err: kindf(ErrNotFeed, "not a feed: got an HTML page")}, false},
		{"too large", &Error{Feed: "f", Err: ErrTooLarge}, false},
		{"nil", nil, false},
	} {
		if got := Unreachable(c.err); got != c.want {
			t.Errorf("%s: Unreachable = %v, want %v", c.name, got, c.want)
		}
	}
}

package feeds

import (
	"context"
	"net"
	"net/netip"
	"net/url"
	"strings"

	"github.com/lode-reader/lode/internal/sanitize"
)

// PrivateAddr reports whether addr is inside the user's network or machine:
// loopback, private (RFC 1918, unique local), link-local or unspecified.
func PrivateAddr(addr netip.Addr) bool {
	addr = addr.Unmap()
	return addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsUnspecified() || addr.IsInterfaceLocalMulticast()
}

// hostPrivate reports whether host is, or resolves to, a private address
// (any of its addresses). A name that does not resolve is not private: the
// request to it fails on its own.
func (p *Poller) hostPrivate(ctx context.Context, host string) bool {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return p.o.IsPrivate(a)
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return false
	}
	for _, a := range addrs {
		if p.o.IsPrivate(a) {
			return true
		}
	}
	return false
}

// checkPrivate refuses a redirect from a feed on a public host to a private
// address (docs/security.md): a feed may not use lode to send requests
// inside the user's network. A feed whose own URL is private may redirect
// anywhere. feedPrivate caches the answer for the feed's own host.
func (p *Poller) checkPrivate(ctx context.Context, feed, target *url.URL, feedPrivate **bool) error {
	if !p.hostPrivate(ctx, target.Hostname()) {
		return nil
	}
	if *feedPrivate == nil {
		v := p.hostPrivate(ctx, feed.Hostname())
		*feedPrivate = &v
	}
	if **feedPrivate {
		return nil
	}
	return kindf(ErrPrivateRedirect, "a public feed redirected to a private address (%s); refused", clip(sanitize.Line(target.Host), 80))
}

// sameHost reports whether two URLs name the same host (and port): a
// permanent redirect within a host is followed at once, one to another host
// waits for the user.
func sameHost(a, b string) bool {
	return hostKey(a) == hostKey(b)
}

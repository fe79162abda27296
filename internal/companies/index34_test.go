package companies

import (
	"slices"
	"testing"
)

// TestIndexTickerIsNoCompany: a market index cited with its ticker ("the
// S&P/ASX 200 Index (ASX: XJO)") is not a company, while the company cited
// beside it the same way still is.
func TestIndexTickerIsNoCompany(t *testing.T) {
	d := mustDefault(t)
	for _, body := range []string{
		"While the S&P/ASX 200 Index (ASX: XJO) slumped today, Qorvath Minerals Ltd (ASX: QVM) shares rose 6%.",
		"The S&P/TSX Composite Index (TSX: TSX) fell 1% while Qorvath Minerals (TSXV: QVM) rose.",
	} {
		names := analyzedNames(d, "Market close", body)
		if !slices.Contains(names, "Qorvath Minerals") || slices.ContainsFunc(names, func(n string) bool { return len(n) >= 5 && n[len(n)-5:] == "Index" }) {
			t.Errorf("%q: found %q, want Qorvath Minerals and no index", body, names)
		}
	}
}

package ingest

import (
	"math"
	"testing"

	"github.com/lode-reader/lode/internal/classify"
)

// TestRenderReasonsAsString checks that the reasons' lines cut from one
// buffer are each reason's String, buffer reused or not.
func TestRenderReasonsAsString(t *testing.T) {
	var buf enrichBuf
	for _, rs := range [][]classify.Reason{
		nil,
		{{Text: "Party study session", Weight: 0.32, Field: "title"}},
		{{Text: `the "core" \x1b[31m`, Weight: -1.5, Field: "body"}, {Text: "", Weight: 0, Field: ""},
			{Text: "national rejuvenation 中华民族伟大复兴 and a phrase longer than sixty runes to be cut short", Weight: math.Inf(1), Field: "highlights"}},
		{{Text: "x", Weight: math.NaN(), Field: "takeaway"}},
	} {
		got := buf.renderReasons(rs)
		if len(got) != len(rs) || got == nil {
			t.Fatalf("renderReasons(%v) = %q", rs, got)
		}
		for i, r := range rs {
			if got[i] != r.String() {
				t.Errorf("reason %d: %q, want %q", i, got[i], r.String())
			}
		}
	}
}

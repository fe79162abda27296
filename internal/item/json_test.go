package item

import (
	"encoding/json"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/brief"
)

func keys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// The JSON schema is a promise to scripts: these keys must stay.
func TestRecordSchema(t *testing.T) {
	it := Item{ID: 7, GUID: "g", FeedName: "Feed", FeedURL: "https://f.example/rss", Title: "T", Link: "https://f.example/1",
		Published: time.Date(2026, 11, 28, 9, 30, 0, 0, time.FixedZone("AEST", 10*3600)),
		Ideology:  Ideology{Score: 0.66666, Flagged: true, Reasons: []string{"r"}},
		Sections:  brief.Sections{Highlights: []string{"h"}, Body: "b", Analysis: "a", Takeaway: "t"}}
	want := []string{"candidates", "companies", "evidence", "feed", "feed_url", "guid", "id", "ideology", "link", "mentions", "minerals", "published", "read", "sections", "starred", "title"}
	if got := keys(t, it.Record(true)); !reflect.DeepEqual(got, want) {
		t.Errorf("cached item keys %v, want %v", got, want)
	}
	want = []string{"candidates", "companies", "evidence", "feed", "feed_url", "guid", "ideology", "link", "mentions", "minerals", "published", "sections", "title"}
	if got := keys(t, it.Record(false)); !reflect.DeepEqual(got, want) {
		t.Errorf("analyze keys %v, want %v", got, want)
	}
	r := it.Record(true)
	if r.Published != "2026-11-27T23:30:00Z" || r.Ideology.Score != 0.667 || *r.ID != 7 {
		t.Errorf("record values: %+v", r)
	}
	for _, k := range []string{"highlights", "body", "analysis", "takeaway"} {
		found := false
		for _, got := range keys(t, r.Sections) {
			found = found || got == k
		}
		if !found {
			t.Errorf("sections lack %q", k)
		}
	}
	// Empty lists are [] not null, so scripts can iterate without checks.
	b, _ := json.Marshal(Item{}.Record(false))
	var m map[string]any
	json.Unmarshal(b, &m)
	if m["companies"] == nil || m["mentions"] == nil || m["minerals"] == nil || m["candidates"] == nil || m["evidence"] == nil || m["ideology"].(map[string]any)["reasons"] == nil || m["sections"].(map[string]any)["highlights"] == nil {
		t.Errorf("empty lists must be [] in %s", b)
	}
}

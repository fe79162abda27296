package feeds

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/store"
)

// briefingRSS returns an RSS 2.0 document of n briefing-sized items (a
// Highlights list, about 600 words of body, an analysis and a takeaway in
// content:encoded), like the feeds of the refresh benchmark.
func briefingRSS(n int) []byte {
	para := "Lynas Rare Earths said NdPr output at Mt Weld rose 18% in the quarter as the Kalgoorlie cracking plant ran at design rates, while MP Materials kept magnet deliveries on schedule and prices in Shanghai eased for a third week. "
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Desk</title><link>https://bench.test/</link><description>bench</description>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Briefing %d: NdPr output rises at Mt Weld</title><link>https://bench.test/%d</link><guid>bench-%d</guid><pubDate>Mon, 23 Nov 2026 07:%02d:00 +0000</pubDate>", i, i, i, i%60)
		b.WriteString("<description><![CDATA[<p>Output rose 18% in the quarter.</p>]]></description><content:encoded><![CDATA[<h3>Highlights</h3><ul><li>NdPr output up 18%.</li><li>Kalgoorlie at design rates.</li><li>Prices eased.</li></ul>")
		for range 12 {
			b.WriteString("<p>" + para + "</p>")
		}
		b.WriteString("<h3>REEx Analysis: Supply Meets Demand</h3><p>" + para + "</p><h3>Investor Takeaway</h3><p>" + para + "</p>]]></content:encoded></item>")
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// BenchmarkParse measures Parse on a 50-item briefing feed (charset and
// character-reference repair, then gofeed) and cleaning the result: the
// floor under a fresh refresh, since every item of every feed goes through it.
func BenchmarkParse(b *testing.B) {
	const items = 50
	body := briefingRSS(items)
	base, _ := url.Parse("https://bench.test/feed")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		f, _, err := parse(body, "application/rss+xml", base, Limits{})
		if err != nil {
			b.Fatal(err)
		}
		if cleanFeed(f, base); len(f.Items) != items {
			b.Fatalf("parsed %d items, want %d", len(f.Items), items)
		}
	}
	b.ReportMetric(float64(items*b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkBound compares the structural check's two scans on the 50-item
// briefing feed: the fast byte scan that plain feeds take (quickBound) and
// the encoding/xml walk the others take (boundXML).
func BenchmarkBound(b *testing.B) {
	body := briefingRSS(50)
	lim := Limits{}.withDefaults()
	b.Run("quick", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if n, ok := quickBound(body, lim); !ok || n != 50 {
				b.Fatalf("quickBound = %d, %v", n, ok)
			}
		}
	})
	b.Run("xml", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, n, err := boundXML(body, lim); err != nil || n != 50 {
				b.Fatalf("boundXML = %d, %v", n, err)
			}
		}
	})
}

// briefingAtom is briefingRSS as an Atom 1.0 document: escaped-HTML titles
// and summaries, the body in a CDATA html content, an author, categories.
func briefingAtom(n int) []byte {
	para := "Lynas Rare Earths said NdPr output at Mt Weld rose 18% in the quarter as the Kalgoorlie cracking plant ran at design rates, while MP Materials kept magnet deliveries on schedule and prices in Shanghai eased for a third week. "
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Bench Desk</title><id>https://bench.test/</id><link href="https://bench.test/"/><updated>2026-11-23T07:00:00Z</updated>`)
	for i := range n {
		fmt.Fprintf(&b, "<entry><title type=\"html\">Briefing %d: NdPr output rises at Mt Weld &amp;amp; Kalgoorlie</title><link rel=\"alternate\" href=\"https://bench.test/%d\"/><id>https://bench.test/?p=%d</id><updated>2026-11-23T07:%02d:00Z</updated><published>2026-11-23T07:%02d:00Z</published><author><name>Desk</name></author><category term=\"Rare earths\"/>", i, i, i, i%60, i%60)
		b.WriteString("<summary type=\"html\">&lt;p&gt;Output rose 18% in the quarter.&lt;/p&gt;</summary><content type=\"html\"><![CDATA[<h3>Highlights</h3><ul><li>NdPr output up 18%.</li><li>Kalgoorlie at design rates.</li><li>Prices eased.</li></ul>")
		for range 12 {
			b.WriteString("<p>" + para + "</p>")
		}
		b.WriteString("<h3>REEx Analysis: Supply Meets Demand</h3><p>" + para + "</p><h3>Investor Takeaway</h3><p>" + para + "</p>]]></content></entry>")
	}
	b.WriteString("</feed>")
	return []byte(b.String())
}

// BenchmarkParsePaths compares, on the 50-item briefing feed as RSS and as
// Atom, the whole parse as the poller runs it (lode's reader of plain
// items, "fast") with gofeed on the same prepared document ("gofeed", the
// path every document took before and the one documents outside the fast
// path still take), both followed by cleanFeed.
func BenchmarkParsePaths(b *testing.B) {
	const items = 50
	base, _ := url.Parse("https://bench.test/feed")
	for _, doc := range []struct {
		name string
		body []byte
	}{{"rss", briefingRSS(items)}, {"atom", briefingAtom(items)}} {
		b.Run(doc.name+"/fast", func(b *testing.B) {
			b.SetBytes(int64(len(doc.body)))
			b.ReportAllocs()
			for b.Loop() {
				f, _, err := parse(doc.body, "", base, Limits{})
				if err != nil {
					b.Fatal(err)
				}
				if cleanFeed(f, base); len(f.Items) != items {
					b.Fatalf("parsed %d items, want %d", len(f.Items), items)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(items*b.N), "µs/item")
		})
		b.Run(doc.name+"/gofeed", func(b *testing.B) {
			b.SetBytes(int64(len(doc.body)))
			b.ReportAllocs()
			for b.Loop() {
				f, err := parseXMLOrJSON(doc.body, true)
				if err != nil {
					b.Fatal(err)
				}
				if cleanFeed(f, base); len(f.Items) != items {
					b.Fatalf("parsed %d items, want %d", len(f.Items), items)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(items*b.N), "µs/item")
		})
	}
}

// BenchmarkPollWriter is a refresh of 40 briefing feeds of 25 items each,
// served on loopback, into a new cache through the Poll's one writer: the
// wall time of the refresh and the writer's transactions per refresh (a
// small write waits for the feeds being processed, see writer.run).
//
//	go test -run '^$' -bench PollWriter -benchtime 5x ./feeds
func BenchmarkPollWriter(b *testing.B) {
	const nFeeds, perFeed = 40, 25
	body := briefingRSS(perFeed)
	srv := httptest.NewServer(serveBytes("application/rss+xml", body))
	defer srv.Close()
	var list []Feed
	for f := range nFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, f)})
	}
	dir := b.TempDir()
	var writes int64
	round := 0
	for b.Loop() {
		b.StopTimer()
		round++
		s, err := store.Open(filepath.Join(dir, fmt.Sprintf("cache%d.db", round)))
		if err != nil {
			b.Fatal(err)
		}
		c := &batchWatch{countingCache: &countingCache{Store: s}}
		p := New(c, infallible(testProcess), Options{Workers: 8, Client: srv.Client()})
		b.StartTimer()
		for _, r := range p.Poll(context.Background(), list, nil) {
			if r.Status != OK || r.New != perFeed {
				b.Fatalf("%s: %v, %d new, err %v", r.Feed.URL, r.Status, r.New, r.Err)
			}
		}
		b.StopTimer()
		writes += c.writes.Load()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(writes)/float64(b.N), "writes/op")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*nFeeds*perFeed), "µs/item")
}

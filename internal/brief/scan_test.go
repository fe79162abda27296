package brief

import (
	"reflect"
	"strings"
	"testing"
)

// scanVariants are small fields that each vary one thing runScan must read
// as the tokenizer does; fast says runScan must read it itself rather than
// hand it to the tokenizer.
var scanVariants = []struct {
	in   string
	fast bool
}{
	{"<p>One &amp; two &lt;3 &#8217;s &rsquo; &notit; &amp</p>", true},
	{"<P CLASS=\"x\">Upper case</P><Br/><BR />x", true},
	{"<p class='single'>quotes</p><p id=\"a\"class=\"b\">no space</p>", true},
	{"<p>a < b and a<3 and 1 <2</p>", true},
	{"<p>ends with <", true},
	{"<h2>Highlights</h2><ul><li>one</li><li><p>two</p></li></ul><h3>Analysis:</h3><p>x</p>", true},
	{"<ol><li>a<ul><li>nested</li></ul>after</li></ol>", true},
	{"<p><strong>Bold</strong> then <b>b</b> <em>em</em> <i>i</i></p>", true},
	{"<p><span style=\"font-weight: bold\">bold span</span> <span>plain</span></p>", true},
	{"<div class=\"sharedaddy\"><p>share</p><div>inner</div></div><p>kept</p>", true},
	{"<div class=\"comments-area\"><p>comment</p></div><p>after comments</p>", true},
	{"<p style=\"display:none\">hidden</p><p aria-hidden=\"TRUE\">aria</p><p hidden=\"hidden\">h</p><p>seen</p>", true},
	{"<p><a href=\"https://x.test/a?b=1&amp;c=2\">link</a> <a href=\"javascript:x\">js</a> <a href=\"https://x.test/&#38;\">n</a></p>", true},
	{"<p><img src=\"x.png\" alt=\"An &quot;alt&quot; text\"/> and <img alt='two'></p>", true},
	{"<blockquote><p>quoted</p></blockquote>text<br>line<br/>line", true},
	{"plain\ntext with &amp; entity\n\nand paragraphs", true},
	{"<p>a</p>\n<p>b</p>\n", true},
	{"<p data-x=\"1\" xml:lang=\"en\" data.y='2'>attrs</p>", true},
	{"<p>tab\tform\ffeed</p><p\tclass=\"a\"\n>x</p>", true},
	{"<span><span><span>deep</span></span></span>", true},
	// Left to the tokenizer.
	{"<p>comment <!-- x --> after</p>", false},
	{"<!DOCTYPE html><p>x</p>", false},
	{"<?xml version=\"1.0\"?><p>x</p>", false},
	{"<p>a</>b</ p>", false},
	{"<table><tr><td>cell</td></tr></table>", false},
	{"<script>if (a<b) {}</script><p>x</p>", false},
	{"<style>p{}</style><p>x</p>", false},
	{"<p class=unquoted>x</p>", false},
	{"<p hidden>x</p>", false},
	{"<p class=\"a\" class=\"b\">dup</p>", false},
	{"<p class=\"a>x</p>", false},
	{"<p>cut <a href=\"x", false},
	{"<p>cr\r\nlf</p>", false},
	{"<p>nul\x00</p>", false},
	{"<a href=\"https://x.test/?a=1&b=2\">amp</a>", false},
	{"<p>x</p class=\"y\">", false},
	{"<br/x>", false},
	{"<pre>code\n  kept</pre>", false},
}

// checkScan runs s through runScan (via run) and through the tokenizer,
// in both modes, and fails on any difference in lines, links or sawBlock.
// It reports whether runScan read s itself.
func checkScan(t *testing.T, s string) bool {
	t.Helper()
	fast := false
	for _, plain := range []bool{false, true} {
		blank := hasBlankLine(s)
		la, lb := []string{"pre"}, []string{"pre"}
		pa := newParser(&la, plain)
		pa.blank = blank
		pa.run(s)
		pb := newParser(&lb, plain)
		pb.blank = blank
		pb.runTokens(s)
		if !reflect.DeepEqual(pa.lines, pb.lines) || !reflect.DeepEqual(la, lb) || pa.sawBlock != pb.sawBlock {
			t.Fatalf("plain=%v %q:\n scanned %+v %q\n tokenized %+v %q", plain, s, pa.lines, la, pb.lines, lb)
		}
		var lc []string
		pc := newParser(&lc, plain)
		pc.blank = blank
		fast = pc.runScan(s)
	}
	return fast
}

// TestScanMatchesTokenizer checks runScan against x/net/html's tokenizer on
// every corpus field, whole and cut at about 60 points (a cut leaves tags,
// entities and attributes half written), and on fields that vary one
// thing; the briefing-like ones must take the scanner.
func TestScanMatchesTokenizer(t *testing.T) {
	for _, v := range scanVariants {
		if got := checkScan(t, v.in); got != v.fast {
			t.Errorf("%q: scanned %v, want %v", v.in, got, v.fast)
		}
	}
	fast, n := 0, 0
	for _, it := range loadCorpus(t) {
		for _, s := range []string{it.content, it.description} {
			if s == "" {
				continue
			}
			n++
			if checkScan(t, s) {
				fast++
			}
			for i := 1; i < len(s); i += 1 + len(s)/30 {
				checkScan(t, s[:i])
				checkScan(t, s[i:])
			}
		}
	}
	t.Logf("the scanner read %d of %d corpus fields", fast, n)
	if fast < n/2 {
		t.Errorf("the scanner read %d of %d corpus fields, want at least half", fast, n)
	}
}

// FuzzScan compares runScan with the tokenizer on fuzzed fields.
func FuzzScan(f *testing.F) {
	for _, v := range scanVariants {
		f.Add(v.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 || strings.Count(s, "<") > 200 {
			return
		}
		checkScan(t, s)
	})
}

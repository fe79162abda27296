package companies

import (
	"sort"
	"strings"
)

// Candidate companies: names not in the dictionary that the text itself
// marks as companies, by a legal or sector suffix ("Kodal Minerals Ltd",
// "Sinomine Resource Group Co., Ltd.", "Tantalex Lithium Resources Corp").
// Names cited with a ticker ("Kaso Minerals (ASX: KSM)") are found by
// scanTickers already.

// candidateLegal are legal suffixes that end a candidate and are dropped
// from its name.
var candidateLegal = map[string]bool{
	"ltd": true, "limited": true, "inc": true, "incorporated": true, "corp": true,
	"corporation": true, "plc": true, "llc": true, "co": true, "pty": true, "tbk": true, "bhd": true,
}

// candidateSector are sector words that end a candidate and stay in its
// name (folded: "Resources" is "resource").
var candidateSector = map[string]bool{
	"group": true, "resource": true, "mining": true, "mineral": true, "metal": true,
	"material": true, "energy": true,
}

// candidates adds candidate companies found in the text, and their
// repetitions in the title, to hits, and returns all hits in order of
// appearance (title first).
func (d *Dictionary) candidates(srcs *[2]tokens, hits []hit) []hit {
	ts := &srcs[1]
	n := len(ts.toks)
	if n == 0 {
		return hits
	}
	covered := make([]bool, n)
	for _, h := range hits {
		if h.src == 1 {
			for p := h.pos; p < h.end && p < n; p++ {
				covered[p] = true
			}
		}
	}
	var names [][]string // key sequences of the candidates found, to find them in the title
	found := len(hits)
	for i := 0; i < n; i++ {
		if covered[i] || !ts.has(i, fUpperInit) {
			continue
		}
		k := ts.key(i)
		if !candidateLegal[k] && !candidateSector[k] {
			continue
		}
		h, end, ok := d.candidateAt(ts, i, covered)
		if end > i {
			i = end - 1
		}
		if !ok {
			continue
		}
		for p := h.pos; p < h.end; p++ {
			covered[p] = true
		}
		hits = append(hits, h)
		keys := make([]string, 0, h.end-h.pos)
		for p := h.pos; p < h.end && !candidateLegal[ts.key(p)]; p++ {
			keys = append(keys, ts.key(p))
		}
		names = append(names, keys)
	}
	if len(hits) == found {
		return hits
	}
	// The same names in the title, which is often in title case and so
	// cannot be scanned for suffixes on its own.
	tt := &srcs[0]
	for i := range tt.toks {
		for c, keys := range names {
			if i+len(keys) > len(tt.toks) || !tt.has(i, fUpperInit) {
				continue
			}
			ok := true
			for j, k := range keys {
				if tt.key(i+j) != k || (j > 0 && !tt.joined(i+j)) {
					ok = false
					break
				}
			}
			if ok {
				hits = append(hits, hit{src: 0, pos: i, end: i + len(keys), company: -1, name: hits[found+c].name})
				break
			}
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].src != hits[b].src {
			return hits[a].src < hits[b].src
		}
		return hits[a].pos < hits[b].pos
	})
	return hits
}

// candidateAt reads a candidate whose suffix starts at token i. end is one
// past the last token looked at (the legal suffixes after i included), so
// the scan can continue after it.
func (d *Dictionary) candidateAt(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	w, r := &d.words, d.roles
	// The run of legal suffixes after i: "Group Co., Ltd."
	e := i
	for e+1 < n && candidateLegal[ts.key(e+1)] && ts.has(e+1, fUpperInit) && !ts.toks[e+1].para &&
		(ts.joined(e+1) || isSuffixGap(ts.gap(e+1))) {
		e++
	}
	end := e + 1
	// A capitalised word right after continues the name: "Mining Indaba",
	// "Minerals Council", "Shanghai Metals Market".
	if end < n && ts.joined(end) && ts.capitalised(end) {
		return hit{}, end, false
	}
	last := e
	for last >= i && candidateLegal[ts.key(last)] {
		last--
	}
	if last < i && last >= 0 && covered[last] {
		return hit{}, end, false // "Lynas Rare Earths Ltd": the known name wins
	}
	// Walk back over the capitalised words of the name.
	first := last + 1
	if last >= i {
		first = last
	}
	for k := first - 1; k >= 0 && first-k <= 7; k-- {
		if !ts.joined(k+1) || covered[k] || (ts.has(k, fPossessive)) {
			break
		}
		if ts.capitalised(k) && !ts.has(k, fSingle) {
			first = k
			continue
		}
		if w.connector[ts.key(k)] && k > 0 && ts.joined(k) && ts.capitalised(k-1) && !covered[k-1] {
			continue
		}
		break
	}
	for first <= last && (w.noise[ts.key(first)] || w.connector[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	if first > last {
		return hit{}, end, false
	}
	// "Ministry of Natural Resources", "Department of Mines and Energy".
	if first >= 2 && ts.joined(first) && (ts.key(first-1) == "of" || ts.key(first-1) == "for") && w.instHead[ts.key(first-2)] {
		return hit{}, end, false
	}
	distinct := false
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] {
			return hit{}, end, false
		}
		if w.connector[k] {
			continue
		}
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && ts.toks[p].runes >= 2 &&
			ts.toks[p].flags&fDigitInit == 0 && !candidateSector[k] && !candidateLegal[k] {
			distinct = true
		}
	}
	if !distinct {
		return hit{}, end, false
	}
	// A sector suffix needs a name before it: "Kodal Minerals", not "Minerals".
	if last == i && candidateSector[ts.key(i)] && first == i {
		return hit{}, end, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, end, false // a dictionary name its context rejected
	}
	return hit{src: 1, pos: first, end: e + 1, company: -1, name: name}, end, true
}

// isSuffixGap is punctuation allowed between legal suffixes: "Co., Ltd.".
func isSuffixGap(g string) bool {
	return g == "," || g == "." || g == ".," || strings.TrimSpace(g) == ","
}

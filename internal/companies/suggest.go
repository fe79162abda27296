package companies

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Suggest returns up to n canonical names closest to query, best first, for
// "unknown company, did you mean" messages. Exact and prefix matches on any
// name, alias or former name rank first, then names within a small edit
// distance ("Albermarle" -> Albemarle), then fuzzy subsequence matches whose letters start words or run together
// ("nmgraph" -> Nouveau Monde Graphite, never letters scattered through a
// long name). On a tie a company with no
// parent comes first, then names in order.
func (d *Dictionary) Suggest(query string, n int) []string {
	q := foldString(query)
	if q == "" || n <= 0 {
		return nil
	}
	const (
		tierExact = iota
		tierPrefix
		tierEdit
		tierFuzzy
		tierNone
	)
	type score struct {
		tier int
		sub  int // rank inside a tier, lower is better
	}
	best := make([]score, len(d.companies))
	for i := range best {
		best[i] = score{tierNone, 0}
	}
	better := func(c int, s score) {
		b := best[c]
		if s.tier < b.tier || s.tier == b.tier && s.sub < b.sub {
			best[c] = s
		}
	}
	folded := d.suggestFolded
	maxDist := max(1, utf8Len(q)/3)
	for i, f := range folded {
		c := d.suggestOwner[i]
		switch {
		case f == q:
			better(c, score{tierExact, 0})
		case strings.HasPrefix(f, q):
			better(c, score{tierPrefix, len(f)})
		default:
			// Compare with the whole name and with its leading words of the
			// same length, so "lynus" is close to "lynas rare earths".
			dist := editDistance(q, f)
			if words := strings.Fields(f); len(words) > 1 {
				qw := len(strings.Fields(q))
				if qw < len(words) {
					dist = min(dist, editDistance(q, strings.Join(words[:qw], " ")))
				}
			}
			if dist <= maxDist && firstWordClose(q, f) {
				better(c, score{tierEdit, dist})
			}
		}
	}
	for rank, m := range fuzzy.Find(q, folded) {
		if wordAligned(folded[m.Index], m.MatchedIndexes) {
			better(d.suggestOwner[m.Index], score{tierFuzzy, rank})
		}
	}
	idx := make([]int, 0, len(best))
	for i, s := range best {
		if s.tier != tierNone {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := best[idx[a]], best[idx[b]]
		if sa.tier != sb.tier {
			return sa.tier < sb.tier
		}
		if sa.sub != sb.sub {
			return sa.sub < sb.sub
		}
		// On a tie a group comes before its units: "ganfung" is Ganfeng
		// Lithium before Ganfeng International Trading.
		ca, cb := &d.companies[idx[a]], &d.companies[idx[b]]
		if (ca.Parent == "") != (cb.Parent == "") {
			return ca.Parent == ""
		}
		return ca.Name < cb.Name
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = d.companies[c].Name
	}
	return out
}

func utf8Len(s string) int { return len([]rune(s)) }

// firstWordClose reports whether the first word of q is a prefix of the
// first word of f or within a typo of it (a third of its letters): a
// distance spent on the distinctive word ("mp material" against "mgl
// materials") is not a misspelling of that name.
func firstWordClose(q, f string) bool {
	qf, ff := strings.Fields(q), strings.Fields(f)
	if len(qf) == 0 || len(ff) == 0 {
		return false
	}
	a, b := qf[0], ff[0]
	return strings.HasPrefix(b, a) || editDistance(a, b) <= max(1, utf8Len(a)/3)
}

// wordAligned reports whether the matched bytes at idx of f (in order, as
// sahilm/fuzzy gives them) each start a word or follow the match before
// them: "nmgraph" in "nouveau monde graphite" is, "nosuch" scattered
// through "indonesia ... stainless steel industry" is not. A Han character
// counts as a word of its own.
func wordAligned(f string, idx []int) bool {
	for k, i := range idx {
		if i == 0 {
			continue
		}
		if k > 0 {
			p := idx[k-1]
			_, size := utf8.DecodeRuneInString(f[p:])
			if p+size == i {
				continue
			}
		}
		prev, _ := utf8.DecodeLastRuneInString(f[:i])
		cur, _ := utf8.DecodeRuneInString(f[i:])
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) || unicode.Is(unicode.Han, prev) || unicode.Is(unicode.Han, cur) {
			continue
		}
		return false
	}
	return true
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

package text

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/months.txt
var monthsData string

// months is the set of data/months.txt, built once on first use and only
// read after that.
var months = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(monthsData, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
})

// maxMonth is the longest month word's length in bytes ("september").
const maxMonth = 9

// IsMonth reports whether w is a month's name or abbreviation in any case
// of its ASCII letters ("October", "Oct", "OCT"), without allocating.
func IsMonth(w string) bool {
	if len(w) > maxMonth || len(w) < 3 {
		return false
	}
	var buf [maxMonth]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return months()[string(buf[:len(w)])]
}

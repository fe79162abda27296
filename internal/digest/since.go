package digest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// sinceForms is what ParseSince accepts, for its error message.
const sinceForms = `a duration (24h, 90m, 7d, 1h30m), a date (2026-11-28), a date and time (2026-11-28T07:00, "2026-11-28 07:00" or RFC 3339), "today" or "yesterday"`

// ParseSince reads a --since value relative to now. Dates without a zone
// are in now's location; "yesterday" and "today" mean midnight.
func ParseSince(s string, now time.Time) (time.Time, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	bad := func(why string) (time.Time, error) {
		return time.Time{}, fmt.Errorf("since %q: %s; want %s", s, why, sinceForms)
	}
	if v == "" {
		return bad("empty")
	}
	loc := now.Location()
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	switch v {
	case "today":
		return midnight, nil
	case "yesterday":
		return midnight.AddDate(0, 0, -1), nil
	}
	if d, ok, err := parseDuration(v); ok {
		if err != nil {
			return bad(err.Error())
		}
		return now.Add(-d), nil
	}
	var t time.Time
	var err error
	for _, layout := range []string{"2006-01-02", "2006-01-02t15:04", "2006-01-02 15:04", "2006-01-02t15:04:05", "2006-01-02 15:04:05"} {
		if t, err = time.ParseInLocation(layout, v, loc); err == nil {
			break
		}
	}
	if err != nil {
		if t, err = time.Parse(time.RFC3339, strings.TrimSpace(s)); err != nil {
			return bad("not a duration, date or time")
		}
	}
	if t.After(now) {
		return bad("in the future")
	}
	return t, nil
}

// parseDuration reads "7d", "2w" and Go durations ("90m", "1h30m"). ok is
// false when v does not look like a duration at all.
func parseDuration(v string) (d time.Duration, ok bool, err error) {
	if v[0] < '0' || v[0] > '9' || strings.ContainsAny(v, ":- ") {
		return 0, false, nil
	}
	last := v[len(v)-1]
	if last == 'd' || last == 'w' {
		n, err := strconv.Atoi(v[:len(v)-1])
		if err != nil {
			return 0, true, fmt.Errorf("bad number of days or weeks")
		}
		days := n
		if last == 'w' {
			days = n * 7
		}
		if days <= 0 {
			return 0, true, fmt.Errorf("must be positive")
		}
		if days > 3650 {
			return 0, true, fmt.Errorf("more than ten years")
		}
		return time.Duration(days) * 24 * time.Hour, true, nil
	}
	d, err = time.ParseDuration(v)
	if err != nil {
		return 0, true, fmt.Errorf("bad duration")
	}
	if d <= 0 {
		return 0, true, fmt.Errorf("must be positive")
	}
	return d, true, nil
}

package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/store"
)

// promptCountsMsg brings the query prompt the companies and minerals the
// cache holds items about, so its completions offer those first.
type promptCountsMsg struct {
	companies, minerals []store.CompanyCount
	err                 error
}

// promptCountsCmd counts the cache's companies and minerals for the
// prompt's completions.
func promptCountsCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		ctx := context.Background()
		cc, err := st.CompanyCounts(ctx)
		if err != nil {
			return promptCountsMsg{err: fmt.Errorf("count companies: %w", err)}
		}
		mc, err := st.MineralCounts(ctx)
		if err != nil {
			return promptCountsMsg{err: fmt.Errorf("count minerals: %w", err)}
		}
		return promptCountsMsg{companies: cc, minerals: mc}
	}
}

// rankNames orders names for completion: the watched ones first, then
// those with cached items (most items first), then the rest as they were;
// a trader typing "company:ly" means Lynas, which the cache is full of,
// before Lygend, which it never mentions.
func rankNames(names []string, counts []store.CompanyCount, watched []string) []string {
	items := map[string]int{}
	for _, c := range counts {
		items[strings.ToLower(c.Name)] = c.Items
	}
	w := lowerSet(watched)
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int {
		la, lb := strings.ToLower(a), strings.ToLower(b)
		if wa, wb := w[la], w[lb]; wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		return items[lb] - items[la]
	})
	return out
}

// setCounts reorders the prompt's company, mention and mineral names by
// what the cache holds, and offers the completions again when tab has not
// been pressed yet.
func (p *promptModel) setCounts(msg promptCountsMsg, watched []string) {
	if msg.err != nil || p.names == nil {
		return // the dictionary's order still completes
	}
	if n := p.names["company"]; n != nil {
		p.names["company"] = rankNames(n, msg.companies, watched)
		p.names["mention"] = p.names["company"]
	}
	if n := p.names["mineral"]; n != nil {
		p.names["mineral"] = rankNames(n, msg.minerals, nil)
	}
	if p.active && !p.naming && p.next == 0 {
		p.suggest()
	}
}

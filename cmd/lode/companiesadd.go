package main

import (
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/sanitize"
)

// companiesAdd appends a company to the user's config:
// lode companies add NAME [--ticker EXCH:SYMBOL]... [--alias NAME]...
func (a *app) companiesAdd(args []string) error {
	fs := a.flags("companies add")
	var tickers, aliases stringList
	fs.Var(&tickers, "ticker", "listing as `EXCH:SYMBOL`, e.g. ASX:KOD or OTC:ABCDF (repeatable)")
	fs.Var(&aliases, "alias", "another `NAME` the press uses for it (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("companies add needs the company's NAME")
	}
	home, err := config.ResolveHome(a.home, a.getenv)
	if err != nil {
		return err
	}
	c, err := config.AddCompany(home.ConfigPath, companies.Company{
		Name:    strings.Join(pos, " "),
		Aliases: aliases,
		Tickers: tickers,
	})
	if err != nil {
		return err
	}
	desc := sanitize.Line(c.Name)
	if len(c.Tickers) > 0 {
		desc += " (" + strings.Join(c.Tickers, ", ") + ")"
	}
	if len(c.Aliases) > 0 {
		desc += ", also " + sanitize.Line(strings.Join(c.Aliases, ", "))
	}
	_, err = fmt.Fprintf(a.stdout, "added %s to %s; cached items are tagged the next time lode opens the cache\n", desc, home.ConfigPath)
	return err
}

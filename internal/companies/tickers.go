package companies

import (
	"fmt"
	"slices"
	"strings"
)

// normalizeExchange maps the ways feeds write an exchange ("Nasdaq", "TSX-V",
// "NYSE American", "HKEX", "SSE") to the code used in the data file. name is
// upper-cased with spaces and hyphens removed. sym disambiguates "TSE"
// (Tokyo for numeric codes, Toronto otherwise).
func normalizeExchange(name, sym string) (string, bool) {
	switch name {
	case "ASX":
		return "ASX", true
	case "NYSE":
		return "NYSE", true
	case "NYSEAMERICAN", "NYSEMKT", "AMEX", "NYSEA":
		return "NYSEAMERICAN", true
	case "NASDAQ":
		return "NASDAQ", true
	// "US-OTC" is The Northern Miner's house style; OTCID is the tier
	// OTC Markets opened in 2025 ("(OTCID: XTPT)").
	case "OTC", "OTCQX", "OTCQB", "OTCPINK", "OTCMARKETS", "OTCMKTS", "OTCID", "PINK", "USOTC":
		return "OTC", true
	case "TSX":
		return "TSX", true
	case "TSXV", "TSXVENTURE":
		return "TSXV", true
	case "CSE":
		return "CSE", true
	case "LSE", "LON":
		return "LSE", true
	case "AIM", "LSEAIM":
		return "AIM", true
	case "SHA", "SSE", "SH", "SS", "SHANGHAI":
		return "SHA", true
	case "SHE", "SZSE", "SZ", "SHENZHEN":
		return "SHE", true
	case "HKEX", "HKG", "HK", "SEHK", "HONGKONG":
		return "HKEX", true
	case "TYO", "TOKYO":
		return "TYO", true
	case "TSE":
		if isDigits(sym) {
			return "TYO", true
		}
		return "TSX", true
	case "KRX", "KOSPI", "KOSDAQ":
		return "KRX", true
	case "EPA", "EURONEXTPARIS":
		return "EPA", true
	case "EBR", "EURONEXTBRUSSELS":
		return "EBR", true
	case "AMS", "EURONEXTAMSTERDAM":
		return "AMS", true
	case "ETR", "XETRA":
		return "ETR", true
	case "FRA", "FSE", "FRANKFURT", "FWB":
		return "FRA", true
	case "JSE":
		return "JSE", true
	case "BVMF", "B3", "BOVESPA":
		return "BVMF", true
	case "MOEX", "MCX":
		return "MOEX", true
	case "AIX":
		return "AIX", true
	case "IDX":
		return "IDX", true
	case "SGX":
		return "SGX", true
	case "NZX":
		return "NZX", true
	case "NSE", "BSE":
		return name, true
	// The Nordic exchanges, as releases write them: "(Nasdaq Helsinki:
	// ANICK)", "(Nasdaq Stockholm: BOL)", "(Oslo Børs: NHY)".
	case "HEL", "NASDAQHELSINKI":
		return "HEL", true
	case "STO", "NASDAQSTOCKHOLM":
		return "STO", true
	case "CPH", "NASDAQCOPENHAGEN":
		return "CPH", true
	case "OSL", "OSLOBØRS", "OSLOBORS", "EURONEXTOSLO":
		return "OSL", true
	}
	return "", false
}

// suffixExchange maps Reuters/Yahoo style suffixes ("LYC.AX") to exchanges.
// Reuters writes the US exchanges with one letter: "MP.N" (NYSE), "ALB.N",
// "UEC.A" (NYSE American), "PLL.O" (Nasdaq).
func suffixExchange(suf string) (string, bool) {
	switch suf {
	case "N":
		return "NYSE", true
	case "A":
		return "NYSEAMERICAN", true
	case "O":
		return "NASDAQ", true
	case "AX":
		return "ASX", true
	case "SS":
		return "SHA", true
	case "SZ":
		return "SHE", true
	case "HK":
		return "HKEX", true
	case "TO":
		return "TSX", true
	case "V":
		return "TSXV", true
	case "L":
		return "LSE", true
	case "T":
		return "TYO", true
	case "PA":
		return "EPA", true
	case "BR":
		return "EBR", true
	case "DE":
		return "ETR", true
	case "KS":
		return "KRX", true
	case "JO":
		return "JSE", true
	case "SA":
		return "BVMF", true
	}
	return "", false
}

// namespace groups exchanges that share one symbol space, so a company that
// moves between them (TSXV to TSX, NYSE American to Nasdaq) is still found.
func namespace(exch string) string {
	switch exch {
	case "NYSE", "NYSEAMERICAN", "NASDAQ", "OTC":
		return "US"
	case "TSX", "TSXV":
		return "CA"
	case "LSE", "AIM":
		return "UK"
	case "SHA", "SHE":
		return "CN"
	}
	return exch
}

// tickerKey is the lookup key for an exchange and symbol as written in text or data.
func tickerKey(exch, sym string) string {
	e, ok := normalizeExchange(exchangeWord(exch), sym)
	if !ok {
		return "?"
	}
	sym = strings.ToUpper(strings.TrimSpace(sym))
	if isDigits(sym) {
		sym = strings.TrimLeft(sym, "0")
	}
	return namespace(e) + ":" + sym
}

func exchangeWord(s string) string {
	s = strings.ToUpper(s)
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// normalizeTicker checks "EXCH:SYMBOL" and returns it with the canonical
// exchange code and an upper-case symbol.
func normalizeTicker(t string) (string, bool) {
	exch, sym, ok := strings.Cut(t, ":")
	if !ok {
		return "", false
	}
	sym = strings.ToUpper(strings.TrimSpace(sym))
	e, ok := normalizeExchange(exchangeWord(strings.TrimSpace(exch)), sym)
	if !ok || !validSymbol(sym) {
		return "", false
	}
	return e + ":" + sym, true
}

// validSymbol accepts A-Z and 0-9, optionally with one dotted class suffix ("TECK.B").
func validSymbol(s string) bool {
	base, class, dotted := strings.Cut(s, ".")
	ok := func(p string) bool {
		if p == "" || len(p) > 8 {
			return false
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
		}
		return true
	}
	return ok(base) && (!dotted || ok(class))
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// exchangeAt recognises an exchange name of one or two tokens at token i and
// returns how many tokens it uses.
func exchangeAt(ts *tokens, i int) (string, int) {
	// Every exchange form is followed by a colon within two tokens.
	n := len(ts.toks)
	if !(i+1 < n && isColon(ts.gap(i+1)) || i+2 < n && isColon(ts.gap(i+2))) {
		return "", 0
	}
	if i+1 < len(ts.toks) && ts.joined(i+1) {
		two := exchangeWord(ts.text(i) + ts.text(i+1))
		switch two {
		case "NYSEAMERICAN", "NYSEMKT", "NYSEA", "TSXVENTURE", "TSXV", "OTCPINK", "OTCMARKETS", "OTCID", "USOTC", "LSEAIM",
			"HONGKONG", "EURONEXTPARIS", "EURONEXTBRUSSELS", "EURONEXTAMSTERDAM",
			"NASDAQHELSINKI", "NASDAQSTOCKHOLM", "NASDAQCOPENHAGEN", "OSLOBØRS", "OSLOBORS", "EURONEXTOSLO":
			return two, 2
		}
	}
	one := exchangeWord(ts.text(i))
	if _, ok := normalizeExchange(one, ""); ok {
		return one, 1
	}
	return "", 0
}

// symbolAt reads a ticker symbol at token i: letters and digits without lower
// case, optionally with a one- or two-letter class suffix after a dot. It
// returns the symbol and the number of tokens used.
func symbolAt(ts *tokens, i int) (string, int) {
	if i >= len(ts.toks) || ts.has(i, fHasLower) || ts.has(i, fSingle) {
		return "", 0
	}
	sym := ts.text(i)
	if !validSymbol(sym) || len(sym) > 6 {
		return "", 0
	}
	if i+1 < len(ts.toks) && ts.gap(i+1) == "." && ts.toks[i+1].start == ts.toks[i].end+1 &&
		ts.toks[i+1].runes <= 2 && ts.allCaps(i+1) {
		return sym + "." + ts.text(i+1), 2
	}
	return sym, 1
}

// symbolRules describe each exchange's symbol format, for CheckTicker:
// the allowed characters and lengths of the base symbol and whether a
// dotted class suffix ("TECK.B") is used there.
var symbolRules = map[string]struct {
	digits, letters bool // characters allowed in the base symbol
	min, max        int  // length of the base symbol
	class           bool // a ".X" class suffix is allowed
	prefixes        []string
	what            string
}{
	"ASX":          {true, true, 3, 3, false, nil, "3 letters or digits"},
	"NYSE":         {false, true, 1, 4, true, nil, "1 to 4 letters, optional .CLASS"},
	"NYSEAMERICAN": {false, true, 1, 4, true, nil, "1 to 4 letters, optional .CLASS"},
	"NASDAQ":       {false, true, 1, 5, false, nil, "1 to 5 letters"},
	"OTC":          {false, true, 4, 5, false, nil, "4 or 5 letters"},
	"TSX":          {false, true, 1, 4, true, nil, "1 to 4 letters, optional .CLASS"},
	"TSXV":         {false, true, 1, 5, true, nil, "1 to 5 letters, optional .CLASS"},
	"CSE":          {false, true, 1, 5, false, nil, "1 to 5 letters"},
	"LSE":          {true, true, 2, 4, false, nil, "2 to 4 letters or digits"},
	"AIM":          {true, true, 2, 4, false, nil, "2 to 4 letters or digits"},
	"SHA":          {true, false, 6, 6, false, []string{"60", "68"}, "6 digits starting 60 or 68"},
	"SHE":          {true, false, 6, 6, false, []string{"00", "30"}, "6 digits starting 00 or 30"},
	"HKEX":         {true, false, 4, 5, false, nil, "4 or 5 digits"},
	"TYO":          {true, true, 4, 4, false, []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "4 characters starting with a digit"},
	"KRX":          {true, false, 6, 6, false, nil, "6 digits"},
	"IDX":          {false, true, 4, 4, false, nil, "4 letters"},
	"JSE":          {true, true, 2, 4, false, nil, "2 to 4 letters or digits"},
	"MOEX":         {false, true, 4, 5, false, nil, "4 or 5 letters"},
	"AIX":          {false, true, 2, 5, false, nil, "2 to 5 letters"},
	"SGX":          {true, true, 3, 4, false, nil, "3 or 4 letters or digits"},
	"NZX":          {false, true, 3, 4, false, nil, "3 or 4 letters"},
	"EPA":          {true, true, 2, 5, false, nil, "2 to 5 letters or digits"},
	"EBR":          {true, true, 2, 5, false, nil, "2 to 5 letters or digits"},
	"AMS":          {true, true, 2, 5, false, nil, "2 to 5 letters or digits"},
	"ETR":          {true, true, 2, 5, false, nil, "2 to 5 letters or digits"},
	"FRA":          {true, true, 2, 5, false, nil, "2 to 5 letters or digits"},
	"BVMF":         {true, true, 5, 6, false, nil, "4 letters and a share-class digit"},
	"NSE":          {true, true, 1, 10, false, nil, "1 to 10 letters"},
	"BSE":          {true, false, 6, 6, false, nil, "6 digits"},
	"HEL":          {true, true, 2, 6, false, nil, "2 to 6 letters or digits"},
	"STO":          {true, true, 2, 6, false, nil, "2 to 6 letters or digits"},
	"CPH":          {true, true, 2, 6, false, nil, "2 to 6 letters or digits"},
	"OSL":          {true, true, 2, 6, false, nil, "2 to 6 letters or digits"},
}

// CheckTicker checks t against its exchange's symbol rules (ASX codes have
// three characters, Shanghai codes six digits starting 60 or 68, OTC symbols
// four or five letters...) and returns it in canonical EXCH:SYMBOL form.
// It is stricter than what New accepts from config, and is applied to the
// shipped data and to companies added with `lode companies add`.
func CheckTicker(t string) (string, error) {
	n, ok := normalizeTicker(t)
	if !ok {
		return "", fmt.Errorf("ticker %q is not EXCH:SYMBOL with a known exchange", t)
	}
	exch, sym, _ := strings.Cut(n, ":")
	r, ok := symbolRules[exch]
	if !ok {
		return "", fmt.Errorf("ticker %q: no symbol rule for exchange %s", t, exch)
	}
	base, class, dotted := strings.Cut(sym, ".")
	bad := dotted && (!r.class || len(class) > 2) || len(base) < r.min || len(base) > r.max
	for i := 0; i < len(base) && !bad; i++ {
		c := base[i]
		isDigit := '0' <= c && c <= '9'
		bad = isDigit && !r.digits || !isDigit && !r.letters
	}
	if !bad && len(r.prefixes) > 0 {
		bad = !slices.ContainsFunc(r.prefixes, func(p string) bool { return strings.HasPrefix(base, p) })
	}
	if exch == "BVMF" && !bad {
		bad = len(base) < 5 || !isDigits(base[4:]) || strings.ContainsAny(base[:4], "0123456789")
	}
	if bad {
		return "", fmt.Errorf("ticker %q: %s symbols are %s", t, exch, r.what)
	}
	return n, nil
}

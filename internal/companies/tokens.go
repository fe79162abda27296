package companies

import (
	"github.com/lode-reader/lode/internal/text"

	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fUpperInit  uint8 = 1 << iota // first rune is an upper-case letter
	fHasLower                     // contains a lower-case letter
	fHasLetter                    // contains a letter
	fDigitInit                    // first rune is a digit
	fPossessive                   // followed by 's
	fSentStart                    // first token of a sentence, line or paragraph
	fSingle                       // one CJK rune, or "&"
	fQuoted                       // starts inside a quotation (text.QuoteSpans)
)

// token is one word of a tokenised text. Offsets index the source string.
type token struct {
	start, end int32  // byte range in src
	ks, ke     int32  // byte range of the folded key in tokens.keys
	gs, ge     int32  // byte range in src of the non-space text before this token
	runes      int32  // rune count of the token text
	para       bool   // the gap holds a blank line (or this is the first token)
	flags      uint8  // f* bits
	cls        uint16 // trigger classes (t* bits), set by triggerIndex.mark before the candidate scan
}

// gap returns the non-space text between token i-1 and token i.
func (ts *tokens) gap(i int) string {
	t := &ts.toks[i]
	return ts.src[t.gs:t.ge]
}

// tokens is a tokenised text: words, their folded keys and the gaps between them.
type tokens struct {
	src    string
	keys   string
	toks   []token
	keyBuf []byte // scratch the keys were built in, for reuse
}

func (ts *tokens) key(i int) string  { t := &ts.toks[i]; return ts.keys[t.ks:t.ke] }
func (ts *tokens) text(i int) string { t := &ts.toks[i]; return ts.src[t.start:t.end] }
func (ts *tokens) has(i int, f uint8) bool {
	return ts.toks[i].flags&f != 0
}

// allCaps reports whether token i has letters and no lower-case letter.
func (ts *tokens) allCaps(i int) bool {
	f := ts.toks[i].flags
	return f&fHasLetter != 0 && f&fHasLower == 0
}

// capitalised reports whether token i starts with an upper-case letter or a digit.
func (ts *tokens) capitalised(i int) bool {
	return ts.toks[i].flags&(fUpperInit|fDigitInit) != 0
}

// joined reports whether token i follows the previous token with only spaces
// or a single hyphen between them, within one paragraph.
func (ts *tokens) joined(i int) bool {
	return i > 0 && !ts.toks[i].para && isJoinGap(ts.gap(i))
}

func isJoinGap(g string) bool {
	switch g {
	case "", "-", "\u2010", "\u2011":
		return true
	}
	return false
}

// gapClass maps a gap to the form patterns compare: joins are equal to each
// other, other punctuation must match exactly.
func gapClass(g string, para bool) string {
	if para {
		return "\n\n"
	}
	if isJoinGap(g) {
		return ""
	}
	return g
}

func (w *wordSets) tokenize(src string) tokens {
	return w.tokenizeInto(src, nil, nil)
}

// keySeq returns the folded keys of src's tokens, as a text holding src
// would have them: a word written in Han characters gives the keys the
// tokenizer gives Han text, not one key for the whole word.
func (w *wordSets) keySeq(src string) []string {
	ts := w.tokenize(src)
	out := make([]string, len(ts.toks))
	for i := range ts.toks {
		out[i] = ts.key(i)
	}
	return out
}

// tokenizeInto splits src into word tokens, reusing the given buffers.
func (w *wordSets) tokenizeInto(src string, toks []token, keys []byte) tokens {
	ws := text.Split(src, nil)
	return w.fromWords(&ws, toks, keys)
}

// fromWords makes the tokens of words split by the text package (shared
// with the classifier and mineral tagging): possessive 's is dropped and
// recorded as a flag; "&" is a token with key "and"; an apostrophe inside a
// word joins its two halves ("O'Neill"); hyphens separate tokens; a plural
// the dictionary knows takes its singular key.
func (w *wordSets) fromWords(ws *text.Words, toks []token, keys []byte) tokens {
	src := ws.Src
	// One allocation when the scratch is short, not one per doubling.
	if cap(toks) < len(ws.List) {
		toks = make([]token, 0, len(ws.List))
	}
	// Tokens are at most one a word: written in place, not appended.
	toks = toks[:len(ws.List)]
	n := 0
	keys = keys[:0]
	prevEnd := 0
	for i := range ws.List {
		sw := &ws.List[i]
		key := ws.Key(i)
		if sw.Flags&text.InnerApos != 0 && n > 0 && toks[n-1].flags&fPossessive == 0 &&
			toks[n-1].flags&fSingle == 0 && isApostropheGap(src[toks[n-1].end:sw.Start]) &&
			!w.elided(&toks[n-1], keys) {
			// The second half of "O'Neill": one token.
			t := &toks[n-1]
			keys = append(keys, '\'')
			keys = append(keys, key...)
			t.ke = int32(len(keys))
			t.end = sw.End
			t.runes += 1 + sw.Runes
			t.flags |= uint8(sw.Flags & (text.HasLetter | text.HasLower))
			if sw.Flags&text.Possessive != 0 {
				t.flags |= fPossessive
			}
			prevEnd = int(sw.End)
			continue
		}
		if n > 0 {
			keys = w.singular(&toks[n-1], keys)
		}
		start, end := int(sw.Start), int(sw.End)
		// Written in place: a token built on the stack and copied in
		// whole stalls on reading back its own field stores.
		t := &toks[n]
		*t = token{start: sw.Start, end: sw.End, runes: sw.Runes}
		if sw.Flags&text.UpperInit != 0 {
			t.flags |= fUpperInit
		}
		if sw.Flags&text.HasLower != 0 {
			t.flags |= fHasLower
		}
		if sw.Flags&text.HasLetter != 0 {
			t.flags |= fHasLetter
		}
		if sw.Flags&text.DigitInit != 0 {
			t.flags |= fDigitInit
		}
		if sw.Flags&text.Possessive != 0 {
			t.flags |= fPossessive
		}
		if sw.Flags&text.Quoted != 0 {
			t.flags |= fQuoted
		}
		if sw.Flags&(text.Single|text.Amp) != 0 {
			t.flags |= fSingle
		}
		raw := src[prevEnd:start]
		t.gs, t.ge = int32(start), int32(start)
		if raw != " " && raw != "" {
			a, b := trimSpaceBounds(raw)
			gap := raw[a:b]
			t.gs, t.ge = int32(prevEnd+a), int32(prevEnd+b)
			nl := strings.Count(raw, "\n")
			t.para = nl >= 2
			if nl > 0 || strings.ContainsAny(gap, ".!?;:\u2022") || strings.ContainsAny(gap, cjkStops) {
				t.flags |= fSentStart
			}
		}
		if n == 0 {
			t.para = true
			t.flags |= fSentStart
		}
		t.ks = int32(len(keys))
		keys = append(keys, key...)
		t.ke = int32(len(keys))
		n++
		prevEnd = end
	}
	if n > 0 {
		keys = w.singular(&toks[n-1], keys)
	}
	ts := tokens{src: src, toks: toks[:n], keyBuf: keys}
	if string(keys) == ws.Keys {
		// No apostrophe joined two words and no plural was made
		// singular: the keys are the shared words' own, not copied.
		ts.keys = ws.Keys
	} else {
		ts.keys = string(keys)
	}
	return ts
}

// elided reports t, the word before an apostrophe inside a word, as an
// elided article or preposition (elision_prefixes in data/words.toml:
// French "l’Entreprise Générale du Cobalt", "d’Eramet", Italian
// "dell’Eni"), so the word after it starts a token of its own and a name
// can start there. A single capital other than L stays joined: it opens
// names ("D’Arcy", "N’Djamena").
func (w *wordSets) elided(t *token, keys []byte) bool {
	k := keys[t.ks:t.ke]
	if !w.elision[string(k)] {
		return false
	}
	return t.flags&fUpperInit == 0 || t.runes > 1 || string(k) == "l"
}

// singular replaces the key of t, the last token (its key ends keys), by
// the singular the dictionary knows for it, if any, and returns keys.
func (w *wordSets) singular(t *token, keys []byte) []byte {
	if t.flags&fSingle != 0 {
		return keys
	}
	if k := keys[t.ks:]; len(k) >= 5 && k[len(k)-1] == 's' && w.pluralFilter.MayBytes(k) {
		if sing, ok := w.plural[string(k)]; ok {
			keys = append(keys[:t.ks], sing...)
			t.ke = int32(len(keys))
		}
	}
	return keys
}

// cjkStops are the full-width marks that end a Chinese or Japanese
// sentence or clause (。！？；：): Han text has no space after them, so a
// sentence start is read from the mark alone.
const cjkStops = text.FullWidthStops + "\uff1a"

// isApostropheGap reports a gap of one apostrophe as the company tokenizer
// joins words across ("O'Neill", "D’Arcy").
func isApostropheGap(g string) bool { return g == "'" || g == "\u2019" || g == "\u02BC" }

// trimSpaceBounds returns the bounds of s without leading and trailing white space.
func trimSpaceBounds(s string) (int, int) {
	a, b := 0, len(s)
	for a < b {
		c := s[a]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			a++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		c := s[b-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			b--
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return a, b
}

// foldString is the case- and accent-insensitive form used for exact lookups.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(text.FoldRune(r))
	}
	return b.String()
}

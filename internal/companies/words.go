package companies

import (
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// Word lists used by detection, as folded keys. They are constants turned
// into maps once per Dictionary.
const (
	// commonWords: a name made only of these words ("Energy Fuels", "Mineral
	// Resources") is generic and is checked against its context.
	commonWords = `the of and a new one
		energy fuel fuels mineral resource rare earth element american americas critical metal material
		lithium cobalt nickel graphite uranium antimony tungsten gallium germanium zinc
		mining mine group global international united states national northern southern eastern
		western china australian australia canada canadian brazilian strategic technology battery
		deep yellow standard core boss peak ionic vital advanced magnetic magnet performance
		industries industry holding corp corporation company limited inc ltd us usa america blue
		korea argentina european african asian atlantic pacific arctic premier search commerce
		defense defence transition atomic area lake century frontier delta element heavy nano
		rock tech snow green west areas brazil`

	// functionWords may stand capitalised right before a generic name (title
	// case, sentence starts) without making it part of a longer proper noun.
	functionWords = `the a an and or but as at by for from in into of on to with without why how
		what when where while who after before since until says said say sees see meanwhile
		however also both rival rivals peer peers unit miner miners producer producers explorer
		developer shares stock stocks vs versus between including like than about over under via
		is are was were will would can could may might should has have had do does did not no
		yes this that these those its their his her our your my if then so because although
		why watch exclusive update breaking analysis report inside behind against amid
		despite following during among amongst unlike besides beside alongside across through
		throughout within toward towards upon beyond given citing regarding concerning excluding`

	// institutionHeads: "<head> of <generic name>" is an institution, not the
	// company ("Department of Mineral Resources").
	// Indonesian heads come first with no "of": "Kementerian Energi dan
	// Sumber Daya Mineral", "Direktur Jenderal Mineral dan Batubara".
	institutionHeads = `department ministry minister secretary bureau office institute division
		board council agency commission directorate school faculty society journal museum
		college university centre center survey director chair committee
		kementerian direktur direktorat`

	// institutionTails: "<generic name> <tail>" is a longer proper noun
	// ("Mineral Resources Tax", "China Rare Earth Industry Association",
	// "Energy and Mineral Resources Minister Bahlil").
	institutionTails = `authority tax act ministry department bureau agency council fund law
		policy sector industry association institute index rent program programme strategy
		summit conference week forum committee commission board division office review journal
		report plan list framework alliance partnership initiative security act bill corridor
		belt zone region province district basin estimate statement inventory update upgrade
		category classification tonnage minister`

	// qualifierHeads before a generic name mark a quantity, not the company
	// ("Indicated Mineral Resources", "updated Mineral Resources").
	qualifierHeads = `measured indicated inferred total updated maiden contained jorc current additional
		previous reported estimated declared combined attributable`

	// placeTails after a one-word name make it a place ("Arafura Sea",
	// "Albemarle County").
	placeTails = `sea river basin region county valley street road island islands mountains
		range lake bay strait sound desert plateau province district creek city town`

	// legalSuffixes are dropped from the end of an unknown company's name.
	legalSuffixes = `ltd limited inc incorporated corp corporation plc llc co pty nl ag sa se nv
		asa ab oy oyj aps spa bhd tbk proprietary`

	// nameConnectors may join capitalised words inside a company name
	// (German "und": "Wolfram Bergbau und Hütten").
	nameConnectors = `of de du la des del y do da dos das und`

	// monthWords name a month, in full or abbreviated: a number after one
	// is a date ("HONG KONG Oct 10 Qorvath Minerals Ltd": a wire dateline),
	// never a word of a company's name.
	monthWords = `jan january feb february mar march apr april may jun june jul july aug
		august sep sept september oct october nov november dec december`

	// leadingNoise is dropped from the front of an unknown company's name.
	leadingNoise = `the a an this that today yesterday meanwhile however also and but
		shares share stock stocks junior explorer miner developer producer rival peer fellow
		both additionally separately elsewhere earlier later last in on at for with from
		by as when while after before since listed parent partner owner investor subsidiary affiliate
		despite following during among amongst unlike besides beside alongside across through
		throughout within toward towards upon beyond given citing regarding concerning excluding`
)

// pluralPairs maps plural keys to singular keys, so "Rare Earths" and
// "Rare Earth" are the same name.
const pluralPairs = `earths:earth metals:metal minerals:mineral resources:resource
	materials:material elements:element magnets:magnet technologies:technology
	holdings:holding`

type wordSets struct {
	common, function, instHead, instTail, qualifier, placeTail map[string]bool
	suffix, connector, noise, month                            map[string]bool
	plural                                                     map[string]string
	pluralFilter                                               text.KeyFilter // keys of plural: most words skip its lookup
}

func newWordSets() wordSets {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	}
	w := wordSets{
		common:    set(commonWords),
		function:  set(functionWords),
		instHead:  set(institutionHeads),
		instTail:  set(institutionTails),
		qualifier: set(qualifierHeads),
		placeTail: set(placeTails),
		suffix:    set(legalSuffixes),
		connector: set(nameConnectors),
		noise:     set(leadingNoise),
		month:     set(monthWords),
		plural:    map[string]string{},
	}
	for _, p := range strings.Fields(pluralPairs) {
		pl, sg, _ := strings.Cut(p, ":")
		w.plural[pl] = sg
		w.pluralFilter.Add(pl)
	}
	return w
}

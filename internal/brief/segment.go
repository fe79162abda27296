package brief

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// label is what a heading announces.
type label uint8

const (
	lblNone label = iota
	lblHighlights
	lblKeyTakeaways // highlights at the top of an item, takeaway further down
	lblAnalysis
	lblTakeaway
	lblStop    // site furniture: everything after it is dropped
	lblTOC     // table of contents: the heading and the list after it are dropped
	lblSummary // highlights at the top of an item, a plain subheading further down
	lblQualHL  // a qualified highlights label ("Third Quarter Highlights"): highlights over a list near the top
	lblBoiler  // a release's forward-looking-statements notice: body from here on, never a derived highlight
	lblRelated // a related-stories heading ("Read next"): ends the story over a list or link, else a subheading
)

// labels maps normalised heading text to the section it opens.
var labels = map[string]label{
	"highlights": lblHighlights, "highlight": lblHighlights, "key highlights": lblHighlights,
	"story highlights": lblHighlights, "article highlights": lblHighlights,
	"key points": lblHighlights, "main points": lblHighlights, "key facts": lblHighlights,
	"at a glance": lblHighlights, "in brief": lblHighlights, "the highlights": lblHighlights,

	"key takeaways": lblKeyTakeaways, "key takeaway": lblKeyTakeaways,
	"main takeaways": lblKeyTakeaways, "top takeaways": lblKeyTakeaways,

	"our view": lblAnalysis, "our take": lblAnalysis, "editor's view": lblAnalysis,
	"editor's take": lblAnalysis, "commentary": lblAnalysis,
	// A newsletter writer's own view, in the first person.
	"my take": lblAnalysis, "my view": lblAnalysis, "my thoughts": lblAnalysis,
	"our thoughts": lblAnalysis, "the take": lblAnalysis,
	// A newsletter's background section and its trade idea.
	"context": lblAnalysis, "the context": lblAnalysis, "some context": lblAnalysis,

	"investor takeaway": lblTakeaway, "investor takeaways": lblTakeaway,
	"investors' takeaway": lblTakeaway, "investor's takeaway": lblTakeaway,
	"takeaway for investors": lblTakeaway, "takeaways for investors": lblTakeaway,
	"what investors should know": lblTakeaway, "what investors need to know": lblTakeaway,
	"bottom line": lblTakeaway, "the bottom line": lblTakeaway, "bottom line for investors": lblTakeaway,
	"takeaway": lblTakeaway, "takeaways": lblTakeaway, "the takeaway": lblTakeaway,
	"final takeaway": lblTakeaway, "investment takeaway": lblTakeaway,
	"what it means for investors": lblTakeaway, "implications for investors": lblTakeaway,
	"investor implications": lblTakeaway, "the investor takeaway": lblTakeaway,
	"the trade": lblTakeaway, "the trade idea": lblTakeaway,

	"spread the word": lblStop, "leave a reply": lblStop, "leave a comment": lblStop,
	"leave a reply cancel reply": lblStop, "related posts": lblStop, "related articles": lblStop,
	"related stories": lblStop, "related": lblStop, "you may also like": lblStop,
	"you might also like": lblStop, "post navigation": lblStop, "comments": lblStop,
	"about the author": lblStop, "about the writer": lblStop, "author bio": lblStop,
	"summary": lblSummary, "in summary": lblSummary, "tl;dr": lblSummary, "tldr": lblSummary,
	// A newsletter's own names for its highlights, near the top only.
	"the short version": lblSummary, "short version": lblSummary, "in short": lblSummary,
	"the gist": lblSummary, "what you need to know": lblSummary, "need to know": lblSummary,
	"the rundown": lblSummary, "quick hits": lblSummary, "the essentials": lblSummary,
	"join the conversation": lblStop, "more stories": lblStop, "related reading": lblStop,
	// A release's contact block: names, telephone numbers and addresses.
	"for further information": lblStop, "for further information, please contact": lblStop,
	"for further information please contact": lblStop, "for more information": lblStop,
	"for more information, please contact": lblStop, "for more information please contact": lblStop,
	"contact": lblStop, "contacts": lblStop, "contact information": lblStop,
	"media contact": lblStop, "media contacts": lblStop, "investor contact": lblStop,
	"investor contacts": lblStop, "investor relations contact": lblStop,
	"media enquiries": lblStop, "media inquiries": lblStop, "investor enquiries": lblStop,
	"investor inquiries": lblStop, "investor relations": lblStop, "media relations": lblStop,
	"investor relations contact information": lblStop, "press contact": lblStop, "press contacts": lblStop,
	// End matter after the story: disclaimers, source and reference lists,
	// notes to editors.
	"disclaimer": lblStop, "disclaimers": lblStop, "important disclaimer": lblStop,
	"legal disclaimer": lblStop, "disclosure": lblStop, "disclosures": lblStop,
	"sources": lblStop, "references": lblStop, "notes to editors": lblStop,
	"footnotes": lblStop,
	// A paywall's heading: what follows it is the sign-in pitch, not story.
	"get full access": lblStop, "unlock full access": lblStop, "unlock this article": lblStop,
	"subscribe to continue reading": lblStop, "subscribe to read more": lblStop,
	"subscribe to read the full article": lblStop, "this article is for subscribers": lblStop,
	"this article is for subscribers only": lblStop, "subscribers only": lblStop,
	"continue reading with a subscription": lblStop, "premium content": lblStop,
	// An ASX release's statement by its competent person, after the story.
	"competent person statement": lblStop, "competent person's statement": lblStop,
	"competent persons statement": lblStop, "competent persons' statement": lblStop,
	"competent person": lblStop, "competent person's statements": lblStop,

	"table of contents": lblTOC, "contents": lblTOC, "in this article": lblTOC,
	"on this page": lblTOC, "table of contents toggle": lblTOC, "jump to": lblTOC,
	"what's in this article": lblTOC, "in this story": lblTOC, "jump to section": lblTOC,
	"article contents": lblTOC, "inside this article": lblTOC, "in this post": lblTOC,
	"contents of this article": lblTOC, "skip to section": lblTOC, "in this piece": lblTOC,

	// A tag or topic list under its own heading.
	"tags": lblStop, "topics": lblStop, "keywords": lblStop, "related topics": lblStop,
	"tagged": lblStop, "filed under": lblStop, "categories": lblStop, "more about": lblStop,
}

// dropLines are short lines that are always share-bar or form furniture.
var dropLines = map[string]bool{
	"share": true, "share this": true, "share this article": true, "share this post": true,
	"share this story": true, "like this": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "email": true, "print": true, "reddit": true, "whatsapp": true,
	"telegram": true, "pinterest": true, "tweet": true, "pocket": true, "tumblr": true,
	"like": true, "advertisement": true, "continue reading": true, "read more": true,
	"read the full article": true, "comment": true, "name": true, "website": true,
	"post comment": true, "cancel reply": true, "δ": true, "loading": true, "like loading": true,
	"more": true, "print this page": true, "email this": true, "share on facebook": true,
	"share on twitter": true, "share on linkedin": true, "share on x": true, "follow us": true,
	"subscribe": true, "sponsored": true, "name *": true, "email *": true, "comment *": true,
	"view in browser": true, "view in your browser": true, "view online": true,
	"open in browser": true,
	// end marks of wire and release copy, and article tool rows
	"enditem": true, "(end)": true, "###": true, "# # #": true, "ends": true, "-30-": true,
	"000":                    true, // "---000---", a Mexican ministry's end mark, as furnitureCut leaves it
	"listen to this article": true, "save article": true, "gift this article": true,
	"share article": true, "print article": true,
	// audio players, app and browser links of a newsletter, advertising
	// labels, gallery buttons, comment and sign-up form rows
	"listen to this story": true, "listen": true, "listen now": true, "audio": true,
	"read online": true, "read in browser": true, "open in app": true, "read in app": true,
	"web version": true, "view as web page": true, "sponsored content": true, "paid content": true,
	"partner content": true, "paid post": true, "promoted": true, "promoted content": true,
	"advertising feature": true, "advertisement feature": true, "ad feature": true,
	"view gallery": true, "open gallery": true, "view slideshow": true, "enlarge this image": true,
	"enlarge image": true, "expand image": true, "view image": true, "see all photos": true,
	"view all photos": true, "comments are closed": true, "add a comment": true,
	"show comments": true, "view comments": true, "be the first to comment": true,
	"join the discussion": true, "have your say": true, "post a comment": true,
	"write a comment": true, "enter your email address": true, "email address": true,
	"your email address": true, "sign up": true, "sign me up": true, "newsletter": true,
	// page tools and news kickers
	"gift article": true, "print this article": true, "text size": true, "font size": true,
	"add to myft": true, "save for later": true, "save to my list": true, "bookmark": true,
	"editor's pick": true, "editors' pick": true, "editor’s pick": true, "breaking news": true,
	"breaking": true, "live updates": true, "developing story": true, "exclusive": true,
	"just in": true, "watch now": true, "click to enlarge": true, "download our app": true,
	"get our app": true, "get the app": true, "download the app": true, "watch the video": true,
	"previous article": true, "next article": true, "previous post": true, "next post": true,
	"previous story": true, "next story": true, "older post": true, "newer post": true,
	"for immediate release": true, "immediate release": true,
	// comment rules under a trade site's story
	"comment guidelines": true, "commenting guidelines": true, "community guidelines": true,
	"comment policy": true, "commenting policy": true,
	// Session 29: video and podcast players and a newsletter's footer links
	"play video": true, "play": true, "watch": true, "watch video": true, "watch on youtube": true,
	"play episode": true, "play podcast": true, "listen to the podcast": true, "listen to the episode": true,
	"preference centre": true, "preference center": true, "manage preferences": true,
	"manage your preferences": true, "email preferences": true, "our mailing address is": true,
	"our mailing address is:": true, "mailing address": true, "why did i get this?": true,
	"update preferences": true, "preferences": true, "privacy policy": true, "privacy": true,
	"terms": true, "terms of use": true, "terms of service": true, "terms and conditions": true,
	"contact us": true, "advertise": true, "advertise with us": true, "archive": true,
	"past issues": true, "refer a friend": true, "share this newsletter": true, "share this email": true,
	"download mp3": true, "download episode": true, "download audio": true, "watch later": true,
	"copy link": true, "share video": true, "autoplay": true,
	// Session 29, second round: a trade site's article tools, a
	// newsletter's share button, a video page's trailer
	"article enquiry": true, "email article": true, "email this article": true,
	"save this article": true, "share this issue": true, "share this edition": true,
	"watch more videos": true, "more videos": true, "watch more": true,
}

// furniturePrefixes start lines that are site furniture whatever follows.
var furniturePrefixes = []string{
	"categories:", "category:", "tags:", "tagged:", "tagged with:", "filed under:",
	"posted in:", "your email address will not be published", "required fields are marked",
	"save my name, email", "this post appeared first on", "share this:", "like this:",
	"click to share", "click to email", "click to print", "share on ", "like loading",
	"you must be logged in to post", "notify me of ",
	"topics:", "keywords:", "related topics:", "tagged in ", "more about:", "explore more:",
	"labels:",
}

// signoffPrefixes start lines that carry no story when they are short: a
// cross-promotion link ("Read more: <another story's headline>"), a wire's
// sign-off ("Reporting by ...; Editing by ..."), an editor's or photo
// credit, a distributor's note. words is the most a line may have and
// still be one (a longer line is prose that happens to start so).
var signoffPrefixes = []struct {
	prefix string
	words  int
}{
	{"read more:", 25}, {"read also:", 25}, {"also read:", 25}, {"see also:", 25},
	{"related:", 25}, {"recommended:", 25}, {"more on this:", 25}, {"read:", 25},
	{"(with files from", 12}, {"(with reporting by", 25}, {"(additional reporting by", 25},
	{"with files from", 10}, {"reporting by ", 40}, {"additional reporting by ", 40},
	{"editing by ", 12}, {"writing by ", 30}, {"compiled by ", 12}, {"our standards:", 12},
	{"(reporting by ", 40}, {"(editing by ", 12}, {"(writing by ", 30}, {"(compiled by ", 12},
	{"edited by", 12}, {"(edited by", 12},
	{"editor:", 6}, {"(editor:", 6}, {"[editor:", 6}, {"editors:", 8},
	{"photo:", 30}, {"photos:", 30}, {"image:", 30}, {"photo credit", 30}, {"image credit", 30},
	{"credit:", 15}, {"(photo:", 30}, {"(image:", 30}, {"file photo", 40}, {"featured image", 30},
	{"photos accompanying this announcement", 30}, {"a photo accompanying this announcement", 30},
	{"to view an enhanced version of this", 20}, {"to view the source version of this", 25},
	{"not for distribution to u.s.", 25}, {"not for release, publication or distribution", 30},
	{"not for dissemination in the united states", 25},
	{"share:", 12}, {"subscribe to ", 12}, {"sign up for ", 12}, {"become a member", 6},
	{"become a paid subscriber", 6}, {"upgrade to paid", 6}, {"to contact the reporter", 40},
	{"to contact the editor", 40}, {"contact the reporter", 30}, {"copyright ©", 25},
	{"copyright (c)", 25}, {"© 20", 20}, {"(c) 20", 20},
	{"view this email in your browser", 8}, {"view this email in a browser", 8},
	{"thanks for reading", 25}, {"thank you for reading", 25}, {"subscribe for free", 15},
	{"subscribe now", 6}, {"start your free trial", 10}, {"story continues below", 6},
	{"article continues below", 6}, {"click here to", 12},
	{"source:", 25}, {"(source:", 25}, {"data source:", 25}, {"chart source:", 25},
	{"reading time:", 6}, {"estimated reading time", 8}, {"(with inputs from", 12},
	{"with inputs from", 12}, {"this article was originally published", 30},
	{"this story was originally published", 30}, {"this article first appeared", 30},
	{"this story first appeared", 30}, {"a version of this story", 30}, {"a version of this article", 30},
	{"join our mailing list", 12}, {"join our newsletter", 12}, {"get our newsletter", 12},
	{"this interview has been edited", 15}, {"this interview has been condensed", 15},
	{"this conversation has been edited", 15}, {"this conversation has been condensed", 15},
	{"this transcript has been edited", 15}, {"interview edited for", 12},
	{"correction: an earlier version", 40}, {"correction: a previous version", 40},
	{"correction: this story", 40}, {"correction: this article", 40},
	{"clarification: an earlier version", 40}, {"an earlier version of this story", 40},
	{"an earlier version of this article", 40}, {"this story has been corrected", 30},
	{"this article has been corrected", 30},
	{"was this forwarded to you", 12}, {"forward this email", 10}, {"forward this newsletter", 10},
	// Session 28: audio players and reading times above the lead.
	{"listen to this article", 8}, {"listen to this story", 8}, {"powered by trinity", 6},
	{"audio version", 6}, {"read time:", 6}, {"estimated read time", 8}, {"time to read:", 6},
	// a newsletter's preheader
	{"having trouble viewing", 15}, {"trouble viewing this", 15}, {"forwarded this email", 12},
	{"forwarded this newsletter", 12}, {"if you are having trouble viewing", 15},
	{"add us to your address book", 15}, {"to ensure delivery", 15}, {"view as a web page", 6},
	// advertising and sponsorship labels
	{"advertisement - scroll", 8}, {"advertisement – scroll", 8}, {"scroll to continue", 8},
	{"sponsored by ", 8}, {"sponsored content", 8}, {"paid content", 8}, {"partner content", 8},
	{"presented by ", 6}, {"in partnership with ", 6}, {"brought to you by ", 8},
	// gallery titles and an embedded post's caption line
	{"open gallery", 5}, {"view gallery", 5}, {"gallery:", 12}, {"photo gallery:", 12}, {"slideshow:", 12}, {"in pictures:", 12},
	{"a post shared by ", 12},
	// syndication (MSN, aggregators) and translation headers
	{"© provided by", 8}, {"(c) provided by", 8}, {"provided by ", 5}, {"story by ", 8},
	{"editor's note:", 60}, {"editor’s note:", 60}, {"editors' note:", 60}, {"editors’ note:", 60},
	{"translated by ", 12}, {"(translated by ", 12}, {"translated from ", 12}, {"(translated from ", 12},
	{"this article was translated", 30}, {"this story was translated", 30},
	{"this article has been translated", 30}, {"this is an automated translation", 30},
	{"this is a machine translation", 30}, {"machine translated", 20}, {"machine-translated", 20},
	{"translation:", 8}, {"(translation:", 8}, {"this article is a translation", 30},
	// where the story first ran, comment and sign-up prompts, rights
	{"this article was first published", 30}, {"this story was first published", 30},
	{"this article originally appeared", 30}, {"this story originally appeared", 30},
	{"this post originally appeared", 30}, {"this post was originally", 30},
	{"republished with permission", 20}, {"republished from", 20}, {"reprinted with permission", 20},
	{"reproduced with permission", 20}, {"this article is republished", 30}, {"published with permission", 20},
	{"what do you think?", 20}, {"join the discussion", 10}, {"sign in to comment", 8},
	{"log in to comment", 8}, {"to post a comment", 12}, {"by signing up", 30}, {"by subscribing", 30},
	{"enter your email", 8}, {"you can unsubscribe", 15}, {"unsubscribe at any time", 10},
	{"we respect your privacy", 12}, {"sign up to ", 12}, {"podcast:", 15},
	{"©2", 25}, {"(c)2", 25}, {"copyright 20", 25},
	// bylines without "By", page tools and language switches
	{"written by ", 8}, {"words by ", 8}, {"author: ", 8}, {"authors: ", 12},
	{"from our correspondent", 8}, {"by our correspondent", 8}, {"follow us on ", 8},
	{"sign in to save", 8}, {"listen (", 4}, {"video:", 12}, {"read in ", 4},
	{"read this article in ", 8}, {"read this story in ", 8}, {"this article is also available in", 12},
	{"this story is also available in", 12}, {"also available in ", 6}, {"leer en ", 4},
	{"versión en ", 4}, {"lire en ", 4}, {"ler em ", 4}, {"baca dalam ", 4},
	// after the story: tips, partnerships, refiling notes, app and
	// newsletter prompts, where the story first ran, rights
	{"sign up here", 12}, {"have a tip", 15}, {"got a tip", 15}, {"got a news tip", 15},
	{"have a news tip", 15}, {"this story was produced in partnership", 20},
	{"this article was produced in partnership", 20}, {"this story was produced with", 20},
	{"this article was produced with", 20}, {"this story was supported by", 20},
	{"this article was supported by", 20}, {"(this story has been refiled", 25},
	{"this story has been refiled", 25}, {"(refiles to", 20}, {"(updates with", 20}, {"(adds ", 15},
	{"want more?", 15}, {"enjoyed this article", 15}, {"enjoyed this post", 15}, {"if you liked this", 15},
	{"if you enjoyed this", 15}, {"like this article?", 12}, {"found this useful", 15},
	{"originally published at", 12}, {"originally published by", 12}, {"originally published in", 8},
	{"© ", 12}, {"watch the full video", 8}, {"contact the author", 15},
	{"sign in to ", 8}, {"special to ", 6}, {"guest post by", 8}, {"a guest post by", 9},
	{"print friendly", 6}, {"unsubscribe", 10}, {"manage your subscription", 6},
	{"update your preferences", 6}, {"with reports from", 15},
	// Session 28, second round: a desk's web editors under a state daily's
	// story, a distributor's link to the release, a paywall notice closing
	// a newsletter's free part, distribution notices of other spellings
	{"(web editor:", 10}, {"web editor:", 10}, {"(responsible editor:", 10}, {"responsible editor:", 10},
	{"view the original press release", 15}, {"view original content", 15}, {"view the original release", 15},
	{"view source version", 15}, {"this post is for paying subscribers", 20}, {"this post is for paid subscribers", 20},
	{"this post is for subscribers", 20}, {"this article is for paying subscribers", 20},
	{"this article is for subscribers", 20}, {"this content is for subscribers", 20},
	{"this content is for paying subscribers", 20}, {"this content is for members", 20},
	{"not for distribution to united states", 25}, {"not for dissemination", 25},
	{"not for distribution in the united states", 25},
	// Session 29: video and podcast pages, a newsletter's footer
	{"video duration", 6}, {"duration:", 5}, {"listen on ", 10}, {"watch on ", 6},
	{"subscribe to our channel", 15}, {"subscribe to our youtube", 15}, {"subscribe to the podcast", 15},
	{"manage your preferences", 15}, {"manage preferences", 15}, {"preference centre", 15},
	{"preference center", 15}, {"update your email preferences", 20},
	{"change your preferences", 20}, {"why did i get this", 10}, {"why am i getting this", 10},
	{"our mailing address is", 20}, {"mailing address:", 20}, {"was this email forwarded", 15},
	{"was this newsletter forwarded", 15}, {"this email was sent to", 25}, {"this email was sent by", 25},
	{"you received this newsletter", 30}, {"you are receiving this newsletter", 30},
	{"you are subscribed to", 25}, {"you're subscribed to", 25}, {"watch |", 16}, {"listen |", 16},
	{"video |", 16}, {"podcast |", 16}, {"watch now:", 16}, {"watch the full", 10}, {"watch the interview", 10},
	{"watch the webinar", 10}, {"watch the replay", 10}, {"listen to the full", 10},
	{"listen to the interview", 10}, {"listen to the podcast", 10}, {"listen to the episode", 10},
	{"duration ", 3}, {"subscribe:", 12}, {"powered by ", 4}, {"want to change how you receive", 30},
	{"you can update your preferences", 20}, {"refer a friend", 15}, {"share this newsletter", 12},
	{"know someone who", 15}, {"did someone forward", 15}, {"someone forwarded", 15},
	{"read the transcript", 8}, {"read the full transcript", 8}, {"listen to this episode", 8},
	{"listen to this podcast", 8}, {"watch this video", 8}, {"watch the episode", 8},
	{"watch the video", 10}, {"no longer want to receive", 20}, {"don't want to receive", 20},
	{"do not want to receive", 20}, {"don’t want to receive", 20},
	// Session 29, second round: a newsletter's preheader ("You're reading
	// X."), a podcast's credits, guest line and sponsor read, a correction
	// note over a wire story, a comment prompt
	{"you're reading", 8}, {"you’re reading", 8}, {"you are reading", 8},
	{"hosted by ", 6}, {"produced by ", 6}, {"guest:", 12}, {"guests:", 20},
	{"this episode is sponsored", 25}, {"this episode is brought to you", 25},
	{"today's episode is sponsored", 25}, {"today’s episode is sponsored", 25},
	{"this story corrects", 30}, {"this article corrects", 30}, {"this version corrects", 30},
	{"leave a comment", 10}, {"comments are moderated", 6},
	{"if you were forwarded", 15}, {"if this email was forwarded", 15}, {"if someone forwarded", 15},
	{"not a subscriber?", 12}, {"not subscribed yet?", 12}, {"new here?", 12},
	{"host:", 8}, {"hosts:", 12}, {"producer:", 8}, {"producers:", 12}, {"executive producer:", 8},
	{"(corrects ", 30}, {"corrects ", 25}, {"(recasts ", 20}, {"(rewrites ", 20}, {"(changes headline", 20},
	{"this transcript was", 25}, {"transcripts are generated", 25},
	{"this story has been updated", 18}, {"this article has been updated", 18},
	{"this story was updated", 18}, {"this article was updated", 18},
}

// furnitureByFirst and signoffByFirst index furniturePrefixes and
// signoffPrefixes by their first byte, in order: a line is compared only
// with the prefixes it can start with.
var (
	furnitureByFirst = byFirst(len(furniturePrefixes), func(i int) string { return furniturePrefixes[i] })
	signoffByFirst   = byFirst(len(signoffPrefixes), func(i int) string { return signoffPrefixes[i].prefix })
)

// byFirst lists the indexes of n strings by their first byte.
func byFirst(n int, at func(int) string) (t [256][]int) {
	for i := 0; i < n; i++ {
		c := at(i)[0]
		t[c] = append(t[c], i)
	}
	return t
}

// deskWords end a byline that names a desk rather than a person.
var deskWords = map[string]bool{
	"staff": true, "team": true, "reporters": true, "reporter": true, "desk": true,
	"correspondent": true, "correspondents": true, "editors": true, "writers": true,
	"writer": true, "newsroom": true,
}

// isDeskByline reports the words after "By" of a desk byline: at most six,
// the last one a desk word ("the editorial team", "GT staff reporters",
// "our Beijing correspondent").
func isDeskByline(words []string) bool {
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	return deskWords[strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))]
}

// isByline reports a byline: "By" and a capitalised name of one to four
// words, then nothing, or a date, place or second author after "|", ",",
// a dash, "and" or "in"; at most 14 words and no full stop at the end ("By
// Staff Writer | May 20, 2026 | 10:14 am", "By Amy Lv and Tom Daly").
// "By January, output had risen." is prose.
func isByline(s string) bool {
	if len(s) > 200 || !strings.HasPrefix(s, "By ") || endsSentence(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 14 || len(words) < 2 {
		return false
	}
	name := 0
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		name++
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	if name == 0 && isDeskByline(words[1:]) {
		return true // "By the editorial team", "By GT staff reporters"
	}
	if name == 0 || name > 4 {
		return false
	}
	if 1+name == len(words) || outletAfter(words[1+name:]) {
		return true // "By Jane Doe", "By Jane Doe (Example Daily)"
	}
	if isDeskByline(words[1:]) {
		return true // "By GT staff reporters"
	}
	next := words[1+name]
	last := words[name]
	switch {
	case strings.HasSuffix(last, ","):
		return true
	case next == "|" || next == "-" || next == "\u2013" || next == "\u2014" || next == "and" || next == "in" ||
		next == "·" || next == "•":
		return true
	case strings.HasPrefix(next, "[") && len(words) > 2+name && words[2+name] == "|":
		return true // "By Staff Writer [1] | May 20": a linked name
	}
	return false
}

// outletAfter reports the words after a byline's name that are its
// outlet in brackets, one to four capitalised words: "(Example Daily)",
// "(People's Weekly)".
func outletAfter(words []string) bool {
	if len(words) == 0 || len(words) > 4 || !strings.HasPrefix(words[0], "(") || !strings.HasSuffix(words[len(words)-1], ")") {
		return false
	}
	return capitalised(strings.Trim(strings.Join(words, " "), "()"), 1, 4)
}

// isPhotoCredit reports a caption line ending in an agency's photo credit,
// "(Xinhua/Wang Peng)" or "(Reuters/Tingshu Wang)": one to three
// capitalised words of agency, a slash and a photographer's name of two to
// four capitalised words, in one bracket ending a line of at least four
// words. "(Nd/Pr)" or "(NdPr/Dy)" in prose is no credit.
func isPhotoCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 600 || !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || !moreFields(s[:open], 3) {
		return false
	}
	agency, who, ok := strings.Cut(s[open+1:len(s)-1], "/")
	if !ok {
		return false
	}
	return capitalised(agency, 1, 3) && capitalised(who, 2, 4)
}

// isFigureCaption reports a release's figure or table caption standing as
// its own line: "Figure 1: Plan view of the drill collars", "Table 2 -
// Resource estimate", at most 30 words.
func isFigureCaption(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	switch first {
	case "Figure", "FIGURE", "Fig.", "Table", "TABLE", "Chart", "Exhibit", "Photo", "Image":
	default:
		return false // most lines: no need to split them
	}
	w := strings.Fields(s)
	if len(w) < 3 || len(w) > 30 {
		return false
	}
	switch w[0] {
	case "Figure", "FIGURE", "Fig.", "Table", "TABLE", "Chart", "Exhibit", "Photo", "Image":
	default:
		return false
	}
	n := strings.TrimRight(w[1], ":.-–—")
	if n == "" || n[0] < '0' || n[0] > '9' || len(n) > 4 {
		return false
	}
	return strings.ContainsAny(w[1], ":.-–—") || strings.Trim(w[2], ":-–—") == ""
}

// bareURL reports a line that is nothing but a web address (the target of
// a "please visit:" line above it).
func bareURL(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t")
}

// capitalised reports whether s is lo to hi words, each starting with a
// capital letter and at least two letters long.
func capitalised(s string, lo, hi int) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > hi {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return n >= lo
}

// classified is a line's role as a heading or labelled paragraph.
type classified struct {
	lbl     label
	sub     string // heading subtitle ("Fact vs. Function")
	rest    string // text after an inline label ("Bottom line: <rest>")
	heading bool   // the whole line is a heading
}

// classify decides whether l is a heading, a labelled paragraph, or prose.
func classify(l line) classified {
	if l.kind == kindItem {
		return classified{}
	}
	plain := stripRefs(l.text)
	words := countWordsUpTo(plain, 15) // every test below is words <= 15 or less
	lbl, sub, phrased := matchLabelKind(plain)
	shape := l.kind == kindHeading || (l.strong && words <= 15) ||
		(strings.HasSuffix(plain, ":") && words <= 10)
	if shape {
		return classified{lbl: lbl, sub: sub, heading: true}
	}
	if lbl != lblNone {
		if sub == "" && (words <= 6 || phrased && words <= maxPhrasedWords) {
			return classified{lbl: lbl, heading: true}
		}
		if sub != "" && words <= 12 && !endsSentence(plain) {
			return classified{lbl: lbl, sub: sub, heading: true}
		}
	}
	if phrased {
		// "Why it matters: ..." inside a paragraph is prose, not a section
		return classified{}
	}
	// Inline label in bold: "<strong>Investor Takeaway:</strong> Prices ..."
	if l.boldEnd > 0 && l.boldEnd < len(l.text) {
		if lb, s, ph := matchLabelKind(stripRefs(l.text[:l.boldEnd])); lb != lblNone && !ph && s == "" && lb != lblStop && lb != lblTOC && lb != lblRelated {
			return classified{lbl: lb, rest: strings.TrimLeft(l.text[l.boldEnd:], " :—–-")}
		}
	}
	// Inline label in plain text: "Bottom line: prices ..." or "Bottom line — prices ..."
	if lbl != lblNone && sub != "" && lbl != lblStop && lbl != lblTOC {
		if lb, rest := matchLabel(l.text); lb == lbl && rest != "" {
			return classified{lbl: lbl, rest: rest}
		}
	}
	return classified{}
}

// matchLabel maps heading text to a label, splitting off a subtitle after
// ":", " — ", " – ", " - " or " | ".
func matchLabel(s string) (label, string) {
	lbl, sub, _ := matchLabelKind(s)
	return lbl, sub
}

// matchLabelKind is matchLabel that also reports whether the label was
// recognised from a heading phrase ("Why This Matters to the West") rather
// than a label word; such labels only ever open a section as a whole
// heading, never inline.
func matchLabelKind(s string) (label, string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return lblNone, "", false
	}
	// Only the first 80 bytes can hold a label, so look for the separator there.
	window := s
	if len(window) > 84 {
		window = window[:84]
	}
	head, sub := s, ""
	if i := strings.IndexByte(window, ':'); i >= 0 {
		head, sub = s[:i], s[i+1:]
	} else {
		for _, sep := range []string{" — ", " – ", " - ", " | ", "—", "–"} {
			if i := strings.Index(window, sep); i >= 0 {
				head, sub = s[:i], s[i+len(sep):]
				break
			}
		}
	}
	if len(head) > 80 {
		return lblNone, "", false
	}
	key := normLabel(head)
	sub = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sub), ":"))
	if lb, ok := labels[key]; ok {
		return lb, sub, false
	}
	if lb := wordLabel(key); lb != lblNone {
		return lb, sub, false
	}
	if lb := phraseLabel(key); lb != lblNone {
		return lb, sub, true
	}
	if qualifiedHighlights(key) {
		return lblQualHL, sub, true
	}
	if isSafeHarbor(key) {
		return lblBoiler, "", false
	}
	if relatedLabel(key) {
		return lblRelated, sub, true
	}
	if sub != "" && !moreFields(s, maxPhrasedWords) {
		// "Why This Matters to the West" contains no separator, but
		// "Implications for the West - and the U.S." might
		if lb := phraseLabel(normLabel(s)); lb != lblNone {
			return lb, "", true
		}
	}
	return lblNone, "", false
}

// normLabel lowercases heading text and strips decoration.
func normLabel(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘&") {
		s = strings.ReplaceAll(s, "’", "'")
		s = strings.ReplaceAll(s, "‘", "'")
		s = strings.ReplaceAll(s, "&", "and")
	}
	s = strings.Trim(s, normCut)
	return joinFields(s)
}

// joinFields is strings.Join(strings.Fields(s), " "), without copying s
// when it already is that: words split by single ASCII spaces.
func joinFields(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
			continue
		}
		if c >= utf8.RuneSelf || asciiSpace(c) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// asciiSpace reports the ASCII white space strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// countFields is len(strings.Fields(s)), without building the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// normCut is trimmed from the ends of a label by normLabel.
const normCut = " \t:.-–—*#•|!?"

// moreFields reports whether normLabel(s) certainly has more than n
// words: s has more than n words with a character normLabel does not trim
// (its trimming can shorten or drop only words made of normCut, and its
// other edits change no word boundary). It reads s without copying it.
func moreFields(s string, n int) bool {
	words, in, solid := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if in && solid {
				if words++; words > n {
					return true // a paragraph is not read to its end
				}
			}
			in, solid = false, false
			continue
		}
		in = true
		solid = solid || !strings.ContainsRune(normCut, r)
	}
	if in && solid {
		words++
	}
	return words > n
}

// analysisWords make a short heading an analysis heading: "REEx
// Analysis", "REEx Insight", "Market Commentary", "Our Perspective".
var analysisWords = map[string]bool{
	"analysis": true, "insight": true, "insights": true, "commentary": true,
	"perspective": true, "perspectives": true, "analyst's view": true,
}

// takeawayWords make a short heading a takeaway heading: "Investor
// Takeaways", "Takeaway for Western Investors".
var takeawayWords = map[string]bool{"takeaway": true, "takeaways": true}

// investorWords mark a heading addressed to investors.
var investorWords = map[string]bool{
	"investor": true, "investors": true, "investor's": true, "investors'": true,
	"shareholders": true, "traders": true,
}

// wordLabel labels short headings built around one word: analysis
// ("REEx Insight", "Editor's Commentary") or takeaway ("Takeaway for
// Western Investors", "Key Takeaway for Investors").
func wordLabel(key string) label {
	n := countFields(key)
	if n == 0 || n > 5 {
		return lblNone
	}
	investors := false
	for w := range strings.FieldsSeq(key) {
		investors = investors || investorWords[w]
	}
	for w := range strings.FieldsSeq(key) {
		if takeawayWords[w] && (investors || n <= 3) {
			return lblTakeaway
		}
	}
	if n <= 4 {
		for w := range strings.FieldsSeq(key) {
			if analysisWords[w] {
				if investors {
					return lblTakeaway // "Investor Insight"
				}
				return lblAnalysis
			}
		}
	}
	return lblNone
}

// maxPhrasedWords bounds a heading recognised from a phrase.
const maxPhrasedWords = 9

// analysisPhrases open headings that introduce the publisher's analysis:
// "Why This Matters to the West", "Implications for the West and the
// U.S.", "What Matters for Western Businesses?".
var analysisPhrases = []string{
	"why this matters", "why it matters", "why this is important", "why it is important",
	"why this news matters", "why that matters", "implications for", "implications",
	"the implications", "broader implications", "strategic implications", "geopolitical implications",
	"what this means", "what it means", "what matters", "what's at stake", "what is at stake",
	"the bigger picture", "the big picture", "big picture", "reading between the lines",
}

// takeawayPhrases open headings that introduce the takeaway for investors.
var takeawayPhrases = []string{
	"bottom line", "the bottom line", "what investors should", "what investors need",
	"what this means for investors", "what it means for investors", "implications for investors",
	"for investors", "investor outlook", "investor angle", "the investor angle", "investor view",
	"the investor view", "investor lens",
}

// verbWords stop a phrase match: "Implications for investors are clear"
// is a sentence, not a heading.
var verbWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
	"has": true, "have": true, "had": true, "remain": true, "remains": true, "could": true,
	"can": true, "may": true, "might": true, "should": true, "must": true,
}

// phraseLabel labels headings that start with an analysis or takeaway
// phrase and stay short and verb-free after it. Headings addressed to
// investors are takeaways.
func phraseLabel(key string) label {
	if n := countFields(key); n == 0 || n > maxPhrasedWords {
		return lblNone
	}
	try := func(phrases []string) bool {
		for _, p := range phrases {
			if key != p && !strings.HasPrefix(key, p+" ") {
				continue
			}
			for w := range strings.FieldsSeq(key[len(p):]) {
				if verbWords[w] {
					return false
				}
			}
			return true
		}
		return false
	}
	if try(takeawayPhrases) {
		return lblTakeaway
	}
	if try(analysisPhrases) {
		for w := range strings.FieldsSeq(key) {
			if investorWords[w] {
				return lblTakeaway
			}
		}
		return lblAnalysis
	}
	return lblNone
}

// highlightNouns end a qualified highlights label ("Third Quarter
// Highlights", "Key facts at a glance") or open one ("Highlights of the
// study", "Key points from the call").
var highlightNouns = []string{"highlights", "key highlights", "at a glance", "key facts", "key points"}

// factLabels are highlights labels for a list of figures: a highlights
// list near the top, like a qualified label.
var factLabels = map[string]bool{
	"fast facts": true, "quick facts": true, "key figures": true, "key numbers": true,
	"by the numbers": true, "key data": true, "key metrics": true, "facts and figures": true,
}

// qualifiedHighlights reports a highlights label with a qualifier of one
// to six words and no verb, before it ("Q3 2026 highlights", "PEA
// highlights (all figures in US dollars)", "Transaction Highlights", "Key
// facts at a glance") or after "of", "from" or "for" ("Highlights of the
// quarter"), or a label for a list of figures ("Fast facts", "By the
// numbers"); a note in brackets and a final "include" are ignored
// ("Highlights of the deal include:"). "Highlights include a new plant"
// has more after the verb and is prose.
func qualifiedHighlights(key string) bool {
	if !strings.Contains(key, "highlights") && !strings.Contains(key, "glance") && !strings.Contains(key, "key ") &&
		!strings.Contains(key, "facts") && !strings.Contains(key, "numbers") {
		return false // nearly every line
	}
	if strings.HasSuffix(key, ")") {
		if i := strings.LastIndexByte(key, '('); i > 0 {
			key = strings.TrimSpace(key[:i])
		}
	}
	if factLabels[key] {
		return true
	}
	if k, ok := strings.CutSuffix(key, " include"); ok && strings.Contains(k, "highlights") {
		key = k // "Highlights of the agreement include:"
	} else if k, ok := strings.CutSuffix(key, " includes"); ok && strings.Contains(k, "highlights") {
		key = k
	}
	qualifier := func(q string) bool {
		n := 0
		for w := range strings.FieldsSeq(q) {
			if n++; n > 6 || verbWords[w] {
				return false
			}
		}
		return n > 0
	}
	for _, noun := range highlightNouns {
		if q, ok := strings.CutSuffix(key, " "+noun); ok && qualifier(q) {
			return true
		}
		if rest, ok := strings.CutPrefix(key, noun+" "); ok {
			for _, prep := range []string{"of ", "from ", "for "} {
				if q, ok := strings.CutPrefix(rest, prep); ok && qualifier(q) {
					return true
				}
			}
		}
	}
	return false
}

// sectionHasText reports whether section sec already holds text.
func sectionHasText(d *doc, sec section) bool {
	switch sec {
	case secAnalysis:
		return len(d.analysis) > 0
	case secTakeaway:
		return len(d.takeaway) > 0
	case secBody:
		return len(d.body) > 0
	}
	return false
}

// headingFollows reports whether the next line that is not furniture is a
// heading.
func headingFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return classify(l).heading
		}
	}
	return false
}

// textFollows reports whether any line that is not furniture follows:
// a short line that is all an item holds is its text, not a kicker.
func textFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return true
		}
	}
	return false
}

// listFollows reports whether the next line that is not furniture is a
// list item.
func listFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return l.kind == kindItem
		}
	}
	return false
}

// isFurniture reports lines that are share bars, taxonomy lists, comment
// forms or feed trailers. Only the start of a line and a line short enough
// to be one of dropLines are lower-cased: paragraphs are long.
func isFurniture(l line) bool {
	if len(l.text) > 600 {
		return false // furniture lines are short
	}
	plain := stripRefs(l.text)
	// Trimming before lower-casing is the same: the cut characters have no case.
	trimmed := strings.TrimSuffix(strings.Trim(plain, furnitureCut), "...")
	// Lower-casing shrinks a string to no less than a third of its bytes
	// (the Kelvin sign is three bytes, "k" one), so a longer key cannot be
	// one of dropLines.
	if len(trimmed) <= 3*maxDropLine && dropLines[strings.ToLower(trimmed)] {
		return true
	}
	var buf [3*maxFurniturePrefix + utf8.UTFMax]byte
	low := lowerPrefix(buf[:0], plain, 3*maxFurniturePrefix)
	if len(low) == 0 {
		return false
	}
	for _, i := range furnitureByFirst[low[0]] {
		if hasPrefix(low, furniturePrefixes[i]) {
			return true
		}
	}
	if hasPrefix(low, "the post ") && strings.Contains(strings.ToLower(plain), " appeared first on ") {
		return true
	}
	if hasPrefix(low, "[caption") || hasPrefix(low, "[/caption]") {
		return true // a WordPress shortcode left in the feed, with its caption
	}
	if isPlatformTrailer(plain) || isDisclaimer(plain) || isSponsorLine(plain) {
		return true
	}
	if matched, short := signoff(plain); matched {
		// A stop label ("Leave a comment" as a button) ends the story
		// instead: what follows it is furniture too.
		return labels[normLabel(plain)] != lblStop && (short || signoffRun(plain) || isFollowLine(plain))
	}
	if isByline(plain) || isPhotoCredit(plain) || isCaptionCredit(plain) || isFigureCaption(plain) || bareURL(plain) {
		return true
	}
	if strings.HasPrefix(plain, "SOURCE ") && countWordsUpTo(plain, 13) <= 12 {
		return true // a wire release's "SOURCE Company, Inc." line
	}
	if isMetaRow(plain) || isTimeStamp(plain) || isReadTime(plain) || bylineStamp(plain) {
		return true // "Mining Weekly | 3rd December 2026 | By: P. Mbeki", "Published 05 Dec 2026"
	}
	if isLayoutFurniture(plain) || isFollowLine(plain) || isContactLine(plain) || noWords(plain) || isDeskInitials(plain) {
		return true // "— Name (@handle) December 5, 2026", "Image 2 of 8", "12 Comments"
	}
	key := lowerPrefix(buf[:0], trimmed, 3*len("continue reading"))
	switch {
	case hasPrefix(key, "continue reading"):
		return countWords(plain) <= 10
	case hasPrefix(key, "read more"):
		return countWords(plain) <= 6
	}
	// a credit whose first part is a byline: "(By Jane Doe; Editing by John Roe)"
	return (plain[0] == '(' || plain[0] == '[' || strings.HasPrefix(plain, "By ")) && signoffRun(plain)
}

// hasPrefix is strings.HasPrefix of b, without converting it.
func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// furnitureCut is trimmed from a line before it is looked up in dropLines.
const furnitureCut = " :.…!»›→>«‹←<|-"

// maxDropLine and maxFurniturePrefix are the longest dropLines key and
// furniturePrefixes entry (TestFurnitureBounds).
const (
	maxDropLine        = 24
	maxFurniturePrefix = 41
)

// lowerPrefix is the lower-cased start of s: at least its first n bytes
// (whole characters), or all of it. The lower case of a prefix is a prefix
// of the lower case.
func lowerPrefix(buf []byte, s string, n int) []byte {
	if len(s) > n {
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		s = s[:n]
	}
	// ASCII is lower-cased into buf (a line's start nearly always is, and
	// nearly always starts with a capital); anything else as ToLower does.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

type section uint8

const (
	secBody section = iota
	secHighlights
	secAnalysis
	secTakeaway
	secTOC
)

// doc is one field split into sections; text still holds link placeholders.
type doc struct {
	highlights []string
	explicitHL bool
	body       []line
	analysis   []line
	takeaway   []line
	title      string
	words      int
}

// structure counts the labelled sections found.
func (d *doc) structure() int {
	n := 0
	if d.explicitHL {
		n++
	}
	if len(d.analysis) > 0 {
		n++
	}
	if len(d.takeaway) > 0 {
		n++
	}
	return n
}

// segment walks the lines once, switching section at each heading.
func segment(lines []line) doc {
	lines = splitRunIn(joinSoft(dropSocialEmbeds(lines)))
	var d doc
	sec := secBody
	secLevel := 0       // heading level that opened the current section, 0 if not an <hN>
	bodyWords := 0      // prose words seen in the body so far
	hlItems := false    // the highlights section has bullets
	hlPara := false     // the highlights section took a paragraph of prose
	hlShort := false    // every paragraph it took is one short sentence: a run of them are its highlights
	sawContent := false // any text kept so far
	sawProse := false   // a line of more than five words kept so far (not a date line)
	credit := false     // the last line was furniture: its short continuation lines go with it
	boiler := false     // a release's legal notice began: the rest is body, never a derived highlight
	tail := -1          // where the run of furniture and bio lines ending the item starts, once needed
	trailer := -1       // where the run of furniture, footnotes and mastheads ending the item starts, once needed
	bottomLine := false // the open takeaway was opened by "Bottom line"
	promo := false      // the last line was a promo heading: one link under it goes with it
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if isFurniture(l) || ((!sawProse || len(d.body) == 0) && isDateLine(l)) {
			credit = true
			promo = l.kind != kindItem && isPromoHead(stripRefs(l.text))
			continue
		}
		if promo && l.linked && !endsSentence(l.text) && countWordsUpTo(l.text, 13) <= 12 {
			promo = false
			continue // the report a promo heading points to
		}
		promo = false
		if l.anchor && l.kind == kindItem {
			continue // an in-page link as a list item: a table of contents entry
		}
		if credit && !l.para && l.kind == kindText && !endsSentence(l.text) && countWordsUpTo(l.text, 8) <= 8 {
			continue // "Edited by: A. Name<br>Senior Deputy Editor": the credit's second line
		}
		credit = false
		if sawContent && isEndMatter(l) {
			break // a disclaimer or mailing-list footer: the story is over
		}
		if !boiler && sawContent && isBoilerStart(l) {
			boiler, sec = true, secBody
		}
		if sawProse && sectionHasText(&d, sec) && isBio(l) {
			if tail < 0 {
				tail = furnitureTail(lines)
			}
			if i+1 >= tail {
				break // the writer's one-line bio after the story
			}
		}
		c := classify(l)
		if !c.heading && !sawProse && (c.lbl == lblAnalysis || c.lbl == lblTakeaway) {
			// "Our view: ..." opening an analyst note is its lead, not an
			// analysis taking the whole note: the paragraph stays prose.
			c = classified{}
		}
		if !sawContent && isSectionKicker(l, c) {
			// "ANALYSIS" or "Commentary" alone over a news site's story is
			// its section kicker: no analysis opens an item before its text.
			continue
		}
		if !sawContent && l.kind == kindHeading && c.lbl == lblNone && i+1 < len(lines) && isHeaderLine(lines[i+1]) {
			// The title repeated as a heading over its byline or header
			// row ("By Jane Doe · 4 min read"): a subheading has none.
			continue
		}
		if !sawContent && l.pic && !c.heading && l.kind == kindText && textFollows(lines[i+1:]) &&
			(isPictureCaption(l.text) || l.italic && countWordsUpTo(l.text, 31) <= 30 ||
				captionOverDateline(l.text, lines[i+1:])) {
			// A caption with no credit under a picture above the lead; a
			// line all in italics there is one too ("<em>Workers at the
			// mine.</em>").
			continue
		}
		if !sawContent && (isTopLine(l, c) || headlineOverByline(l, c, lines[i+1:])) && !listFollows(lines[i+1:]) && textFollows(lines[i+1:]) {
			// A dateline, kicker, letterhead or reporter's name alone above
			// the lead ("TOKYO", "ASX ANNOUNCEMENT", "Jane Doe").
			continue
		}
		if sawProse && c.lbl == lblNone && l.kind != kindItem && (isFootnote(l.text) || isMasthead(l, c)) {
			if trailer < 0 {
				trailer = trailerStart(lines)
			}
			if i+1 >= trailer {
				// A footnote list, or the paper's name alone, ending the item.
				break
			}
		}
		if l.kind == kindText {
			l.text = cutEndMark(cutSourceTail(cutReadMore(l.text)))
		}
		if c.lbl == lblRelated {
			// "Read next", "More from Example Metals" over a list of other
			// stories ends the story; over prose it is a subheading.
			if c.heading && sawContent && relatedFollows(l.text, lines[i+1:]) {
				break
			}
			c.lbl = lblNone
		}
		if c.lbl == lblStop {
			if c.heading {
				if sawContent {
					break
				}
				continue
			}
		}
		if sec == secTOC {
			if l.kind == kindItem || (c.heading && c.lbl == lblNone && l.kind != kindHeading) {
				continue
			}
			sec = secBody
		}
		if c.heading && c.lbl == lblNone && !sawContent && (l.level == 1 && l.kind == kindHeading || headingFollows(lines[i+1:])) {
			// An <h1>, or a heading with nothing under it before the next
			// one, at the top of the item is the item's title repeated (or
			// a kicker above it), not a subheading of the body.
			continue
		}
		if c.lbl == lblBoiler {
			// "Forward-Looking Statements": the notice under it is body
			// text no reader wants as a highlight.
			boiler, sec = true, secBody
			c.lbl = lblNone
		}
		if c.lbl == lblQualHL {
			// A qualified label ("Third Quarter Highlights") opens the
			// highlights only over a list near the top, as a release's
			// highlights come after its lead; further down, or over prose,
			// it is a subheading.
			c.lbl = lblNone
			if !d.explicitHL && bodyWords < maxLeadWords && len(d.analysis) == 0 && len(d.takeaway) == 0 && listFollows(lines[i+1:]) {
				c.lbl = lblHighlights
			}
		}
		if c.lbl == lblSummary && sectionFor(c.lbl, &d, bodyWords) == secBody {
			c.lbl = lblNone // a "Summary" further down is an ordinary subheading
			if !c.heading {
				c = classified{}
			}
		}
		if c.lbl != lblNone && c.lbl != lblStop {
			next := sectionFor(c.lbl, &d, bodyWords)
			bl := isBottomLine(l, c)
			if next == secTakeaway && sec == secTakeaway && len(d.takeaway) > 0 && !bl &&
				(len(d.analysis) == 0 || bottomLine) {
				// "Bottom line" then "Investor Takeaway": the bottom line was
				// the analysis (after any analysis already there); so is any
				// takeaway heading followed by another with no analysis
				// before them. A bottom line after a takeaway stays in it.
				d.analysis, d.takeaway = append(d.analysis, d.takeaway...), nil
			}
			if next == secTakeaway && sec != secTakeaway {
				bottomLine = bl
			}
			if next == secHighlights && d.explicitHL && sec != secHighlights {
				next = secBody // a second highlights block is just prose
			}
			sec = next
			secLevel = 0
			if c.heading && l.kind == kindHeading {
				secLevel = l.level
			}
			if sec == secHighlights {
				d.explicitHL = true
				hlItems, hlPara, hlShort = false, false, false
			}
			if sec == secAnalysis && d.title == "" && c.sub != "" {
				d.title = c.sub
			}
			if c.heading {
				continue
			}
			l = line{text: c.rest, kind: kindText, para: true}
		} else if c.heading {
			switch {
			case sec == secHighlights:
				sec = secBody
			case (sec == secAnalysis || sec == secTakeaway) && l.kind == kindHeading && secLevel > 0 && l.level <= secLevel:
				sec = secBody
			}
			l.kind = kindHeading
			l.para = true
		}
		if sec == secBody && l.kind == kindItem && !l.sub && !d.explicitHL && !sawContent &&
			openingList(lines[i:]) {
			// A list that opens the item, before any heading or prose, is
			// its highlights even with no heading above it (a list under
			// an unknown heading stays body).
			sec = secHighlights
			d.explicitHL = true
			hlItems, hlPara = false, false
		}
		if sec == secHighlights {
			if l.kind == kindItem {
				// A nested bullet is a highlight of its own, after its
				// parent: the reader sees separate bullets.
				d.highlights = append(d.highlights, l.text)
				hlItems = true
				sawContent, sawProse = true, true
				d.words += countWords(l.text)
				continue
			}
			short := l.kind == kindText && shortHighlight(l.text)
			if hlItems || (hlPara && l.para && !(hlShort && short)) || l.kind == kindHeading {
				sec = secBody
			} else {
				for _, s := range Sentences(l.text) {
					d.highlights = append(d.highlights, s)
				}
				hlShort = short && (!hlPara || hlShort)
				hlPara = true
				sawContent, sawProse = true, true
				d.words += countWords(l.text)
				continue
			}
		}
		sawContent = true
		n := countWords(l.text)
		sawProse = sawProse || n > 5
		d.words += n
		switch sec {
		case secAnalysis:
			d.analysis = append(d.analysis, l)
		case secTakeaway:
			d.takeaway = append(d.takeaway, l)
		default:
			if l.kind == kindText {
				bodyWords += n
			}
			l.boiler = l.boiler || boiler
			d.body = append(d.body, l)
		}
	}
	d.body = trimTrailingHeadings(trimStoryList(dropPullQuotes(d.body)))
	d.analysis = trimTrailingHeadings(trimStoryList(d.analysis))
	d.takeaway = trimTrailingHeadings(trimStoryList(d.takeaway))
	return d
}

// isHeaderLine reports a byline, header row, time stamp or reading time
// standing as a line of its own: what follows a story's title.
func isHeaderLine(l line) bool {
	if l.kind != kindText || len(l.text) > 200 {
		return false
	}
	plain := stripRefs(l.text)
	return isByline(plain) || isMetaRow(plain) || isTimeStamp(plain) || isReadTime(plain)
}

// shortHighlightWords is the most words a paragraph may have and still be
// one of a run of one-sentence highlights under a highlights label.
const shortHighlightWords = 20

// shortHighlight reports a paragraph of one sentence of at most
// shortHighlightWords words: a CMS writes each highlight of a field as its
// own block, not as a list item ("Output would cover a fifth of demand.").
func shortHighlight(text string) bool {
	if !endsSentence(text) || countWordsUpTo(text, shortHighlightWords+1) > shortHighlightWords {
		return false
	}
	return len(Sentences(text)) == 1
}

// isBottomLine reports a takeaway label that is a "Bottom line" ("Bottom
// line", "The Bottom Line:", "Bottom line for investors", or inline
// "Bottom line: ..."): alone it is the takeaway, followed by an investor
// takeaway heading it is the analysis.
func isBottomLine(l line, c classified) bool {
	if c.lbl != lblTakeaway {
		return false
	}
	head := stripRefs(l.text)
	if !c.heading && c.rest != "" && len(c.rest) < len(l.text) {
		head = l.text[:len(l.text)-len(c.rest)]
	}
	// Compared without lower-casing a copy: a heading is read once per line.
	head = strings.TrimLeft(head, normCut)
	if len(head) >= 4 && strings.EqualFold(head[:4], "the ") {
		head = head[4:]
	}
	return len(head) >= 11 && strings.EqualFold(head[:11], "bottom line")
}

// isTopLine reports a short line that is no label and no sentence, seen
// before any text: a dateline or section kicker in capitals ("TOKYO",
// "COMMODITIES", "ASX ANNOUNCEMENT"), a heading-shaped or title-case line
// of one to four words (a kicker "Markets", a reporter's name, a
// company's letterhead) or an eyebrow or breadcrumb (isCrumbs). An <hN>
// there is a subheading over the lead and stays.
func isTopLine(l line, c classified) bool {
	if l.kind != kindText || c.lbl != lblNone || len(l.text) > 120 {
		return false
	}
	plain := stripRefs(l.text)
	if isCrumbs(plain) || isLanguageSwitch(plain) || isDatelineSpan(plain) || namesLine(plain) {
		// "Battery Metals | Lithium", "Home › News › Mining", "English |
		// 中文", "LONDON (Reuters) -", "Jane Doe and John Roe"
		return true
	}
	if endsSentence(plain) {
		return false
	}
	if n := countWordsUpTo(plain, maxHeadlineWords+1); n > 6 {
		// A headline in capitals set in bold ("PROJECT UPDATE: PLANT
		// COMMISSIONED AHEAD OF SCHEDULE") is the release's title.
		return n <= maxHeadlineWords && c.heading && capsLine(plain)
	}
	if c.heading || capsLine(plain) || capitalised(plain, 1, 4) {
		return true
	}
	// Any other line of at most four words opening with a capital, a digit
	// or "#" and no sentence: a label ("Research note", "Issue #142"), an
	// issue number or a greeting ("Dear readers,").
	r, _ := utf8.DecodeRuneInString(plain)
	return countWordsUpTo(plain, 5) <= 4 && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '#')
}

// maxHeadlineWords is the most words a headline repeated above the lead
// has.
const maxHeadlineWords = 20

// headlineOverByline reports a headline or standfirst repeated above the
// lead: a bold line or heading with no sentence end and a byline line
// straight under it ("Cobalt hits two-year high as Congo extends quota" /
// "Staff reporter"). A subheading over prose is not read.
func headlineOverByline(l line, c classified, next []line) bool {
	if !c.heading || c.lbl != lblNone || len(next) == 0 || len(l.text) > 200 {
		return false
	}
	plain := stripRefs(l.text)
	if endsSentence(plain) || countWordsUpTo(plain, maxHeadlineWords+1) > maxHeadlineWords {
		return false
	}
	n := next[0]
	return n.kind == kindText && len(n.text) <= 100 && (isByline(stripRefs(n.text)) || isDateLine(n))
}

// isSectionKicker reports an analysis label of one or two words standing
// as a plain line ("ANALYSIS", "Commentary"), not an <hN>, with no
// subtitle: over an item's first text it is the site's section kicker.
func isSectionKicker(l line, c classified) bool {
	return c.heading && c.lbl == lblAnalysis && c.sub == "" && l.kind == kindText &&
		countWordsUpTo(l.text, 3) <= 2
}

// capsLine reports a line with letters, none of them lower case.
func capsLine(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// isMasthead reports a publication's name alone as a plain line ("The
// Herald"): one to four capitalised words, no sentence and no link.
func isMasthead(l line, c classified) bool {
	return !c.heading && l.kind == kindText && len(l.text) < 60 && strings.IndexByte(l.text, linkOpen) < 0 &&
		!endsSentence(l.text) && capitalised(l.text, 1, 4)
}

// isFootnote reports a footnote line: a mark ("[1]", "1", "¹") and a short
// note of at most 30 words ("[1] Government decree, November 2026.").
func isFootnote(s string) bool {
	if s == "" || s[0] != '[' && (s[0] < '0' || s[0] > '9') && s[0] != 0xc2 && s[0] != 0xe2 {
		return false // most lines: no need to strip their links
	}
	s = stripRefs(s)
	if len(s) > 300 || countWordsUpTo(s, 31) > 30 {
		return false
	}
	rest := strings.TrimLeft(s, "¹²³⁴⁵⁶⁷⁸⁹⁰")
	if len(rest) < len(s) {
		r, _ := utf8.DecodeRuneInString(rest)
		return strings.HasPrefix(rest, " ") || rest != "" && !unicode.IsLower(r)
	}
	bracket := strings.HasPrefix(s, "[")
	if bracket {
		s = s[1:]
	}
	n := 0
	for n < len(s) && n < 3 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	s = s[n:]
	if bracket {
		if !strings.HasPrefix(s, "]") {
			return false
		}
		s = s[1:]
	} else if s == "" || s[0] != ' ' {
		return false
	}
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || bracket && s != ""
}

// trailerStart returns where the run of furniture, footnote and
// publication-name lines that ends lines starts (len(lines) when the last
// line is none of them). One backward pass, as furnitureTail's, so a feed
// of many footnote-like lines costs linear time.
func trailerStart(lines []line) int {
	i := len(lines)
	for i > 0 {
		l := lines[i-1]
		if !isFurniture(l) && !isFootnote(l.text) && !isMasthead(l, classify(l)) {
			break
		}
		i--
	}
	return i
}

// readMoreWords end a teaser paragraph as its link to the story.
var readMoreWords = []string{"Read more", "Read More", "READ MORE", "Continue reading", "Continue Reading", "Read the full story", "Read the full article"}

// cutReadMore removes a read-more link ending a paragraph after its last
// sentence ("... in January. Read more » [1]"); a paragraph that only
// mentions reading more keeps it.
func cutReadMore(s string) string {
	if len(s) > 4000 || !strings.Contains(s, "ead") && !strings.Contains(s, "ontinue") && !strings.Contains(s, "EAD") {
		return s
	}
	for _, w := range readMoreWords {
		i := strings.LastIndex(s, w)
		if i <= 0 {
			continue
		}
		if strings.Trim(stripRefs(s[i+len(w):]), furnitureCut+"…") != "" {
			continue
		}
		head := strings.TrimRight(s[:i], " ")
		if endsSentence(head) {
			return head
		}
	}
	return s
}

// maxLeadWords is the most body prose a qualified highlights label may
// follow: a release's lead paragraph or two.
const maxLeadWords = 150

// openingList reports whether the lines start with a list that can be an
// item's highlights: at least two top-level items, one of them a sentence
// of five words or more, followed by prose (a list that is the whole item
// stays its body).
func openingList(lines []line) bool {
	items, long := 0, false
	for _, l := range lines {
		if isFurniture(l) {
			continue
		}
		if l.kind != kindItem {
			return items >= 2 && long && l.kind == kindText
		}
		if !l.sub {
			items++
			long = long || moreFields(stripRefs(l.text), 4)
		}
	}
	return false
}

// splitRunIn gives a run-in bold heading ("<strong>About Kodal
// Minerals:</strong> Kodal is ...") a line of its own, as the same heading
// written on its own line has: company and mineral rules read a short line
// of its own as a heading (an "About X" footer starts the boilerplate).
// Known labels are left to classify, which switches section with the rest
// of the paragraph. The lines are returned as they are when none splits.
func splitRunIn(lines []line) []line {
	var out []line // nil until a line splits
	for i, l := range lines {
		head, rest, ok := runIn(l)
		if !ok {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = make([]line, i, len(lines)+4)
			copy(out, lines[:i])
		}
		out = append(out, line{text: head, kind: kindText, strong: true, boldEnd: len(head), para: l.para},
			line{text: rest, kind: kindText, para: true})
	}
	if out == nil {
		return lines
	}
	return out
}

// runIn splits a paragraph that opens with a bold run of at most eight
// words ending in a colon, which is no known section label and does not
// open a furniture line, into that heading and the rest.
func runIn(l line) (head, rest string, ok bool) {
	if l.kind != kindText || l.strong || l.boldEnd <= 0 || l.boldEnd >= len(l.text) {
		return "", "", false
	}
	head = strings.TrimSpace(l.text[:l.boldEnd])
	rest = strings.TrimLeft(l.text[l.boldEnd:], " ")
	if !strings.HasSuffix(head, ":") || rest == "" || moreFields(stripRefs(head), 8) {
		return "", "", false
	}
	if !strings.HasPrefix(head, "About ") && !strings.HasPrefix(head, "ABOUT ") {
		// "<strong>Futures:</strong> The most-traded contract ...": a
		// run-in label inside a story stays in its paragraph as prose.
		return "", "", false
	}
	if lb, _, _ := matchLabelKind(stripRefs(head)); lb != lblNone && lb != lblStop {
		return "", "", false
	}
	if isFurniture(l) {
		return "", "", false // "<strong>Read more:</strong> <a>...</a>" goes whole
	}
	return head, rest, true
}

// sectionFor picks the section a label opens; "Key Takeaways" means
// highlights only before the body has really started.
func sectionFor(lbl label, d *doc, bodyWords int) section {
	switch lbl {
	case lblHighlights:
		return secHighlights
	case lblKeyTakeaways, lblSummary:
		if !d.explicitHL && bodyWords < 30 && len(d.analysis) == 0 && len(d.takeaway) == 0 {
			return secHighlights
		}
		if lbl == lblSummary {
			return secBody
		}
		return secTakeaway
	case lblAnalysis:
		return secAnalysis
	case lblTakeaway:
		return secTakeaway
	case lblTOC:
		return secTOC
	}
	return secBody
}

// joinSoft merges plain-text lines that were only hard-wrapped.
func joinSoft(lines []line) []line {
	// Written in place: a line is read before its slot can be written.
	out := lines[:0]
	var parts []string // pieces of the line being joined, to avoid quadratic concatenation
	finish := func() {
		if len(parts) > 1 {
			out[len(out)-1].text = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	for _, l := range lines {
		if n := len(out); n > 0 && l.soft && l.kind == kindText && out[n-1].kind != kindHeading &&
			!pipeRow(l.text) && !pipeRow(out[n-1].text) &&
			!labelish(l) && (len(parts) > 1 || !labelish(out[n-1])) {
			parts = append(parts, l.text)
			out[n-1].strong = out[n-1].strong && l.strong
			continue
		}
		finish()
		out = append(out, l)
		parts = append(parts, l.text)
	}
	finish()
	return out
}

// pipeRow reports a line of a table written as text ("| NdPr | 548 |"):
// each row keeps its own line.
func pipeRow(s string) bool { return strings.HasPrefix(s, "|") && strings.HasSuffix(s, "|") }

// labelish reports lines that must stay on their own: headings and furniture.
func labelish(l line) bool {
	c := classify(l)
	return c.heading || c.lbl != lblNone || isFurniture(l)
}

// stripRefs removes link placeholders (and the space written before each)
// from s.
func stripRefs(s string) string {
	if strings.IndexByte(s, linkOpen) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == linkOpen:
			in = true
			if n := len(b); n > 0 && b[n-1] == ' ' {
				b = b[:n-1]
			}
		case c == linkClose:
			in = false
		case !in:
			b = append(b, c)
		}
	}
	return strings.TrimSpace(string(b))
}

// countWords counts the runs of bytes other than ' ', '\n' and '\t' in s.
// It reads eight bytes at a time: a word starts at each byte that is not a
// space and follows one (or the start of s).
func countWords(s string) int {
	n := 0
	prev := uint64(0x80) // the byte before s counts as a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		sp := byteIs(w, ' ') | byteIs(w, '\n') | byteIs(w, '\t')
		n += bits.OnesCount64(^sp & lanes80 & (sp<<8 | prev))
		prev = sp >> 56
	}
	in := prev == 0
	for ; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

const (
	lanes01 = 0x0101010101010101
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080
)

// byteIs has 0x80 in each byte of w that equals c and 0 in the others.
func byteIs(w uint64, c byte) uint64 {
	x := w ^ lanes01*uint64(c)
	// A byte of x is zero exactly when adding 0x7f to its low seven bits
	// carries nothing into its top bit and that bit was clear.
	return ^((x&lanes7f + lanes7f) | x | lanes7f)
}

// countWordsUpTo is countWords, but stops counting past limit: it returns
// limit+1 for any s of more than limit words, so a paragraph tested for
// "a dozen words or fewer" is not counted to its end.
func countWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// endMatterPrefixes open a paragraph that ends the story: a disclaimer or
// disclosure run into its text, a source list, a mailing list's footer.
var endMatterPrefixes = []string{
	"disclaimer:", "disclaimers:", "disclosure:", "disclosures:", "important disclaimer:",
	"sources:", "you are receiving this", "you received this email", "you're receiving this",
	"this article is for informational purposes", "this article is for information only",
	"citation:", "cite this article",
	// a paywall's prompt where the free part of a story ends
	"this article is available to subscribers", "this article is available only to subscribers",
	"this story is available to subscribers", "this content is available to subscribers",
	"this article is for subscribers", "subscribe to continue reading", "to continue reading, subscribe",
	"to read the full story, subscribe", "to read the full article, subscribe",
	// an ASX release's authorisation line, after its story
	"this announcement has been authorised", "this announcement has been authorized",
	"this announcement was authorised", "this announcement was authorized",
	"this announcement has been approved for release", "authorised for release by", "authorized for release by",
	// Session 29: a newsletter's footer (the postal address, preferences
	// and unsubscribe rows come after these)
	"our mailing address is", "you received this newsletter", "you are receiving this newsletter",
	"this email was sent to", "this email was sent by",
}

// boilerPrefixes open a release's legal notice: a Canadian exchange's
// disclaimer of responsibility, kept in the body but never a highlight.
var boilerPrefixes = []string{
	"neither the tsx venture exchange", "neither tsx venture exchange",
	"neither the canadian securities exchange", "neither the cse nor",
}

// isEndMatter reports a paragraph that ends the story (endMatterPrefixes);
// everything after it is dropped.
func isEndMatter(l line) bool {
	return l.kind != kindItem && opensWith(l.text, endMatterPrefixes)
}

// opensWith reports whether text starts, ignoring case, with one of
// prefixes (lower-case, at most 48 bytes long), without allocating.
func opensWith(text string, prefixes []string) bool {
	var buf [64]byte
	low := lowerPrefix(buf[:0], text, 48)
	for _, p := range prefixes {
		if hasPrefix(low, p) {
			return true
		}
	}
	return false
}

// isBoilerStart reports a paragraph that opens a release's legal notice:
// its forward-looking-statements notice run in with no heading
// (isSafeHarborNotice) or an exchange's disclaimer (boilerPrefixes). The
// notice and what follows stay in the body (a company named there is
// still named) but are never derived highlights.
func isBoilerStart(l line) bool {
	if l.kind == kindItem {
		return false
	}
	return opensWith(l.text, boilerPrefixes) || isSafeHarborNotice(l.text)
}

// isSafeHarbor reports a heading over a release's forward-looking-statements
// notice: "Forward-Looking Statements", "Cautionary Note Regarding
// Forward-Looking Information", "Safe Harbor Statement". It ends the story.
func isSafeHarbor(key string) bool {
	if !strings.HasPrefix(key, "safe harbo") && !strings.HasPrefix(key, "cautionary") &&
		!strings.Contains(key, "ward-look") && !strings.Contains(key, "ward look") {
		return false
	}
	if countFields(key) > 10 {
		return false
	}
	if strings.HasPrefix(key, "safe harbor") || strings.HasPrefix(key, "safe harbour") ||
		key == "cautionary statement" || key == "cautionary note" || key == "cautionary statements" {
		return true
	}
	// "Forward-looking guidance" over a story about guidance is no notice.
	return (strings.Contains(key, "forward-looking") || strings.Contains(key, "forward looking")) &&
		(strings.Contains(key, "statement") || strings.Contains(key, "information"))
}

// safeHarborMarks, with "forward-looking" in the same first sentence, mark
// the notice itself rather than a story about a company's guidance.
var safeHarborMarks = []string{
	"this release", "this press release", "this news release", "this announcement",
	"this document", "within the meaning of", "safe harbor", "safe harbour",
}

// isSafeHarborNotice reports a paragraph whose first sentence is a
// release's notice on its forward-looking statements ("This press release
// contains forward-looking statements within the meaning of ...",
// "Statements in this release that are not historical facts are
// forward-looking statements ..."). "The company withdrew its
// forward-looking statements in May." is a story.
func isSafeHarborNotice(text string) bool {
	head := text
	if len(head) > 400 {
		head = head[:400]
	}
	if !strings.Contains(head, "ward-look") && !strings.Contains(head, "ward look") &&
		!strings.Contains(head, "WARD-LOOK") {
		return false // nearly every paragraph ("w" and "W" start few words)
	}
	first := head
	if ss := splitLine(head, nil); len(ss) > 0 {
		first = ss[0]
	}
	low := strings.ToLower(first)
	if !strings.Contains(low, "forward-looking") && !strings.Contains(low, "forward looking") {
		return false
	}
	return containsAny(low, safeHarborMarks)
}

// isPlatformTrailer reports a blogging platform's syndication line: "<title>
// was originally published in <publication> on Medium, where people are
// continuing the conversation ...".
func isPlatformTrailer(plain string) bool {
	// The platforms write the line in lower case: no need to fold it.
	if !strings.Contains(plain, " was originally published in ") || countWordsUpTo(plain, 61) > 60 {
		return false
	}
	return strings.Contains(plain, " on Medium") || strings.Contains(plain, "continuing the conversation")
}

// disclaimerPhrases mark a publisher's standing disclaimer.
var disclaimerPhrases = []string{
	"is a recommendation to buy or sell", "not a recommendation to buy or sell",
	"not an offer to buy or sell", "nor a solicitation", "not investment advice", "does not constitute investment advice",
	"do not constitute investment advice", "for informational purposes only", "all rights reserved",
	"should not be construed as investment advice", "nothing here is investment advice",
	"nothing in this article is investment advice", "nothing herein is investment advice",
	"is not a broker", "is not a financial adviser", "is not a financial advisor",
	"is not an investment adviser", "is not an investment advisor", "not financial advice",
	"do your own research", "consult a financial adviser", "consult a financial advisor",
	"consult your financial adviser", "consult your financial advisor",
	"holds no position", "has no position", "have no position",
	"for educational purposes only", "for information purposes only",
	// an opinion page's notice
	"the views expressed", "views expressed in this", "the opinions expressed", "opinions expressed in this",
	"views are the author's own", "views are those of the author",
	// a price page's standing notice
	"prices are indicative.", "prices are indicative only", "accepts no liability for any",
	"accept no liability for any", "no liability for trading decisions", "no liability for investment decisions",
}

// disclaimerStems are in every disclaimer phrase (as written or in
// capitals), so a line holding none needs no case folding.
var disclaimerStems = []string{"dvi", "DVI", "eserved", "ESERVED", "nformational", "ecommendation",
	"broker", "your own", "position", "purposes only",
	"ndicative", "iability", "xpressed", "iews are"}

// isDisclaimer reports a short paragraph that is a publisher's standing
// disclaimer or rights line ("X is a news platform. Nothing here is a
// recommendation to buy or sell securities."): at most 45 words, holding
// one of disclaimerPhrases.
func isDisclaimer(plain string) bool {
	if len(plain) > 400 || countWordsUpTo(plain, 46) > 45 {
		return false
	}
	// Fold the case only of a line that can hold a phrase: most lines hold
	// none of these stems in any case.
	if !containsAny(plain, disclaimerStems) {
		return false
	}
	low := strings.ToLower(plain)
	return containsAny(low, disclaimerPhrases)
}

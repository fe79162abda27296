package brief

import (
	"strings"
	"testing"
)

// layoutLead is the story every TestLayoutFurniture case wraps its
// furniture around: two paragraphs of invented news.
const layoutLead = "<p>Lithium hydroxide prices in Asia fell for a third week as cathode makers ran down their stocks, traders said on Friday.</p>" +
	"<p>The benchmark slipped 2% to $9,850 a tonne, its lowest since June, and spodumene offers eased with it.</p>"

// TestLayoutFurniture: the furniture of session 28's layouts (written for
// this round, from how real publishers' pages reach feeds), above the
// lead and after the story, is in no section; prose that only looks like
// it stays in the body.
func TestLayoutFurniture(t *testing.T) {
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		// Kickers, eyebrows and breadcrumbs above the lead.
		{"one-word kicker", "<p>Markets</p>" + layoutLead, "Markets", ""},
		{"eyebrow with a bar", "<p>Battery Metals | Lithium</p>" + layoutLead, "Battery Metals", ""},
		{"breadcrumb", "<p>Home › News › Mining</p>" + layoutLead, "Home", ""},
		{"breadcrumb in sentence case", "<p>Home / Markets / Battery metals</p>" + layoutLead, "Home /", ""},
		{"slash in a lead stays", "<p>Prices for NdPr / Dy oxide rose on Friday in Baotou, traders said.</p>" + layoutLead, "", "NdPr / Dy oxide rose"},
		// Audio players.
		{"listen with a time", "<p>Listen to this article · 4 min</p>" + layoutLead, "Listen to", ""},
		{"listen to the story", "<p>Listen to this story</p>" + layoutLead, "Listen to", ""},
		{"player clock", "<p>0:00 / 3:42</p>" + layoutLead, "3:42", ""},
		{"audio vendor", "<p>Powered by Trinity Audio</p>" + layoutLead, "Trinity", ""},
		{"audio line", "<p>Audio version: 5 minutes</p>" + layoutLead, "Audio version", ""},
		{"listening in prose stays", layoutLead + "<p>Listen to the miners and the message is clear: prices must rise before new supply comes.</p>", "", "Listen to the miners"},
		// Time stamps in more formats.
		{"stamp with a dotted clock", "<p>Fri 5 Dec 2026 04.14 GMT</p>" + layoutLead, "04.14", ""},
		{"first published dotted", "<p>First published on Fri 5 Dec 2026 04.14 GMT</p>" + layoutLead, "First published", ""},
		{"dotted date", "<p>Updated 05.12.2026, 10:31</p>" + layoutLead, "05.12.2026", ""},
		{"ISO stamp", "<p>2026-12-05T14:12:00Z</p>" + layoutLead, "2026-12-05T14", ""},
		{"originally published", "<p>Originally published Dec 4, 2026</p>" + layoutLead, "Originally published", ""},
		{"stamp pair", "<p>Updated 5 Dec 2026 · Originally published 4 Dec 2026</p>" + layoutLead, "Originally published", ""},
		{"date in prose stays", "<p>Updated figures for 2026 show output rose by a fifth in Chile, the agency said.</p>" + layoutLead, "", "Updated figures for 2026"},
		// Reading times.
		{"read time with mins", "<p>4 mins read</p>" + layoutLead, "4 mins", ""},
		{"estimated read time", "<p>Estimated read time: 3 min</p>" + layoutLead, "Estimated", ""},
		{"read time label", "<p>Read time: 6 minutes</p>" + layoutLead, "Read time", ""},
		// Tables of contents.
		{"toc heading", "<h3>What's in this article</h3><ul><li>Prices</li><li>Supply</li></ul>" + layoutLead, "What's in", ""},
		{"anchor toc list", `<ul><li><a href="#prices">Prices</a></li><li><a href="#supply">Supply and demand</a></li></ul>` + layoutLead, "Supply and demand", ""},
		// Newsletter preheaders.
		{"trouble viewing", "<p>Having trouble viewing this email? View it in your browser.</p>" + layoutLead, "trouble viewing", ""},
		{"read online", "<p>Read online</p>" + layoutLead, "Read online", ""},
		{"open in app", "<p>Open in app</p>" + layoutLead, "Open in app", ""},
		{"forwarded", "<p>Forwarded this email? Subscribe here for more.</p>" + layoutLead, "Forwarded", ""},
		// Advertising labels.
		{"ad scroll", "<p>Advertisement - Scroll to continue</p>" + layoutLead, "Scroll to continue", ""},
		{"sponsored content", "<p>Sponsored content</p>" + layoutLead, "Sponsored", ""},
		{"partner content", "<p>Partner Content</p>" + layoutLead, "Partner", ""},
		{"sponsored by", "<p>Sponsored by Example Metals</p>" + layoutLead, "Sponsored", ""},
		{"partnership in prose stays", layoutLead + "<p>In partnership with two Korean cathode makers, the refiner will build a second line in Ulsan next year.</p>", "", "In partnership with two Korean"},
		// Galleries.
		{"slide counter", "<p>1 of 5</p>" + layoutLead, "1 of 5", ""},
		{"image counter", "<p>Image 2 of 8</p>" + layoutLead, "Image 2", ""},
		{"photo counter", "<p>Photo 3/12</p>" + layoutLead, "Photo 3/12", ""},
		{"view gallery", "<p>View gallery</p>" + layoutLead, "gallery", ""},
		{"open gallery", "<p>Open gallery (8 photos)</p>" + layoutLead, "gallery", ""},
		{"enlarge", "<p>Enlarge this image</p>" + layoutLead, "Enlarge", ""},
		{"gallery title", "<p>Gallery: Inside a separation plant (12 photos)</p>" + layoutLead, "Gallery", ""},
		{"one of five in prose stays", layoutLead + "<p>1 of 5 new mines in the province opened on time, the ministry said.</p>", "", "1 of 5 new mines"},
		// Embedded social posts.
		{"embedded tweet", `<blockquote><p>Our Ganzhou line is running at full rate today.</p><p>— Example Rare Earths (@ExampleRE) December 5, 2026</p></blockquote>` + layoutLead, "full rate today", ""},
		{"tweet signature alone", layoutLead + `<p>— Example Rare Earths (@ExampleRE) December 5, 2026</p>`, "@ExampleRE", ""},
		{"instagram", `<blockquote><p>View this post on Instagram</p><p>A post shared by Example Mines (@examplemines)</p></blockquote>` + layoutLead, "Instagram", ""},
		{"quoted official stays", `<blockquote><p>We will not sell raw ore again, the minister told parliament on Thursday.</p></blockquote>` + layoutLead, "", "We will not sell raw ore again"},
		// Syndication headers.
		{"provided by", "<p>© Provided by Example Mining Weekly</p>" + layoutLead, "Provided by", ""},
		{"story by", "<p>Story by Jane Doe • 2h</p>" + layoutLead, "Story by", ""},
		{"provided in prose stays", layoutLead + "<p>Provided by the state agency, the data show exports rose for a fourth month in a row.</p>", "", "Provided by the state agency"},
		// Translated press.
		{"editor's note translated", "<p>Editor's note: This article was translated from Chinese by the desk.</p>" + layoutLead, "translated", ""},
		{"translated from", "<p><em>Translated from the Spanish original.</em></p>" + layoutLead, "Translated", ""},
		{"automated translation", "<p>This is an automated translation of the original article in Indonesian.</p>" + layoutLead, "automated", ""},
		{"translation in prose stays", layoutLead + "<p>Translated into plain terms, the new royalty takes a third of the margin at current prices.</p>", "", "Translated into plain terms"},
		// Pull quotes repeated from the body.
		{"pull quote repeated", `<p>“We will not sell raw ore again,” the minister told parliament on Thursday in a speech on the new export rules.</p><blockquote><p>“We will not sell raw ore again”</p></blockquote>` + layoutLead, "", ""},
		{"pull quote in an aside", `<p>Prices must rise before new supply comes, the chief executive told analysts on a call on Thursday.</p><aside class="pull"><p>Prices must rise before new supply comes.</p></aside>` + layoutLead, "", ""},
		{"aside said once stays", `<aside><p>The royalty rises to 7% of revenue from March under the new decree.</p></aside>` + layoutLead, "", "The royalty rises to 7%"},
		{"pull quote class", `<figure class="wp-block-pullquote"><blockquote><p>Prices must rise before new supply comes.</p></blockquote></figure>` + layoutLead, "Prices must rise", ""},

		// Section kickers, bylines without "By", dateline spans, page tools
		// and language switches above the lead.
		{"section kicker in capitals", "<p>ANALYSIS</p>" + layoutLead, "ANALYSIS", ""},
		{"section kicker", "<p>Commentary</p>" + layoutLead, "Commentary", ""},
		{"news kicker", "<p>Breaking news</p>" + layoutLead, "Breaking", ""},
		{"written by", "<p>Written by Jane Doe</p>" + layoutLead, "Jane Doe", ""},
		{"two reporters", "<p>Jane Doe and John Roe</p>" + layoutLead, "Jane Doe", ""},
		{"names in a sentence stays", "<p>Jane Doe and John Roe founded the fictional refiner in 2019, the filing shows.</p>" + layoutLead, "", "Jane Doe and John Roe founded"},
		{"correspondent", "<p>From our correspondent in Lima</p>" + layoutLead, "correspondent", ""},
		{"posted on by", "<p>Posted on 05/12/2026 by admin</p>" + layoutLead, "admin", ""},
		{"posted in prose stays", "<p>Posted on the board's website on Friday, the notice gives miners a month to comply.</p>" + layoutLead, "", "Posted on the board's website"},
		{"dateline span", "<p><strong>LONDON (Reuters) -</strong></p>" + layoutLead, "LONDON", ""},
		{"dash in a lead stays", "<p>US tariffs on graphite anodes take effect on Monday - and buyers are ready.</p>" + layoutLead, "", "US tariffs on graphite"},
		{"gift article", "<p>Gift article</p>" + layoutLead, "Gift", ""},
		{"follow us", "<p>Follow us on Google News</p>" + layoutLead, "Follow us", ""},
		{"language switch", "<p>English | 中文</p>" + layoutLead, "中文", ""},
		{"read in another language", "<p>Leer en español</p>" + layoutLead, "español", ""},
		{"also available", "<p>This article is also available in Spanish</p>" + layoutLead, "also available", ""},

		{"agency and stamp", "<p>(Xinhua) 08:55, December 05, 2026</p>" + layoutLead, "08:55", ""},
		{"stamp and source", "<p>2026-12-05 10:31:08 Source: Xinhua</p>" + layoutLead, "Xinhua", ""},
		{"sign in", "<p>Sign in to access your portfolio</p>" + layoutLead, "portfolio", ""},
		{"special to", "<p>Special to Example Metals</p>" + layoutLead, "Special", ""},
		{"guest post", "<p>Guest post by Jane Doe</p>" + layoutLead, "Guest", ""},
		{"release label", "<p>For immediate release</p>" + layoutLead, "immediate", ""},
		{"short label", "<p>Research note</p>" + layoutLead, "Research note", ""},
		{"issue number", "<p>Issue #142</p>" + layoutLead, "#142", ""},
		{"greeting", "<p>Dear readers,</p>" + layoutLead, "Dear readers", ""},
		{"short sentence over the lead stays", "<p>Prices fell again.</p>" + layoutLead, "", "Prices fell again."},

		// End matter.
		{"more from the site", layoutLead + `<h3>More from Example Metals</h3><ul><li><a href="https://x.example/1">Cobalt slides again</a></li><li><a href="https://x.example/2">Chile's lithium plan</a></li></ul>`, "Cobalt slides", ""},
		{"read next", layoutLead + `<p><strong>Read next</strong></p><p><a href="https://x.example/1">Cobalt slides again as Congo exports resume</a></p>`, "Cobalt slides", ""},
		{"recommended", layoutLead + `<h2>Recommended for you</h2><ul><li><a href="https://x.example/1">Cobalt slides</a></li></ul>`, "Cobalt slides", ""},
		{"more on over news bullets stays", layoutLead + `<h3>More on lithium</h3><ul><li>Chile's senate passed the royalty bill on Thursday.</li><li>Spodumene offers fell again.</li></ul>`, "", "Chile's senate passed the royalty bill"},
		{"more on over links", layoutLead + `<h3>More on lithium</h3><ul><li><a href="https://x.example/1">Chile's royalty bill passes</a></li><li><a href="https://x.example/2">Spodumene slips</a></li></ul>`, "royalty bill passes", ""},
		{"more on a subheading stays", layoutLead + `<h3>More on the royalty</h3><p>The royalty rises to 7% of revenue from March, the decree says.</p>`, "", "royalty rises to 7%"},
		{"topics line", layoutLead + "<p>Topics: lithium, Chile, batteries</p>", "Topics", ""},
		{"tags heading", layoutLead + "<h4>Tags</h4><p>lithium, cobalt, Chile</p>", "cobalt, Chile", ""},
		{"comment prompt", layoutLead + "<p>What do you think? Let us know in the comments below.</p>", "comments below", ""},
		{"comments closed", layoutLead + "<p>Comments are closed.</p>", "Comments are closed", ""},
		{"comment count", layoutLead + "<p>12 Comments</p>", "Comments", ""},
		{"comments in prose stays", layoutLead + "<p>In the comments to analysts, the chief executive said the plant would restart in March.</p>", "", "In the comments to analysts"},
		{"first appeared", layoutLead + "<p>This article was first published by Example Mining Weekly.</p>", "first published", ""},
		{"republished", layoutLead + "<p>Republished with permission from Example Metals.</p>", "Republished", ""},
		{"newsletter form", layoutLead + "<h3>Get the briefing</h3><p>The day's critical-minerals news, delivered to your inbox.</p><p>By signing up, you agree to our Terms of Use and Privacy Policy.</p>", "inbox", ""},
		{"email field", layoutLead + "<p>Enter your email address</p>", "email address", ""},
		{"podcast promo", layoutLead + "<p>Listen to the Example Metals podcast on Apple Podcasts, Spotify or wherever you get your podcasts.</p>", "podcast", ""},
		{"podcast in prose stays", layoutLead + "<p>The chief executive told a mining podcast on Monday that the plant would restart in March, before the royalty rises.</p>", "", "told a mining podcast"},
		{"copyright in Spanish", layoutLead + "<p>© 2026 Ejemplo Minero. Todos los derechos reservados.</p>", "derechos", ""},
		{"copyright in French", layoutLead + "<p>Copyright Exemple Mines 2026. Tous droits réservés.</p>", "droits", ""},
		{"copyright in Chinese", layoutLead + "<p>版权所有 示例新闻网</p>", "版权所有", ""},
		{"latest news list", layoutLead + `<h3>Latest News</h3><ul><li><a href="https://x.example/1">Cobalt slides</a></li></ul>`, "Cobalt slides", ""},
		{"news tip", layoutLead + "<p>Got a news tip? Contact our newsroom.</p>", "news tip", ""},
		{"follow on networks", layoutLead + "<p>Follow Example Metals on LinkedIn and X.</p>", "LinkedIn", ""},
		{"follow in prose stays", layoutLead + "<p>Follow the money: the fund's stake in the refiner rose to 12%, filings show.</p>", "", "Follow the money"},
		{"write to the reporter", layoutLead + "<p>Write to Jane Doe at jane.doe@example.com</p>", "jane.doe", ""},
		{"write to in prose stays", layoutLead + "<p>Write to the ministry before Friday, the notice tells every licensed miner.</p>", "", "Write to the ministry"},
		{"partnership note", layoutLead + "<p>This story was produced in partnership with Example Foundation.</p>", "Example Foundation", ""},
		{"refiled note", layoutLead + "<p>(This story has been refiled to fix a typo in paragraph 3)</p>", "refiled", ""},
		{"views expressed", layoutLead + "<p>The views expressed are the author's own.</p>", "views expressed", ""},
		{"article navigation", layoutLead + "<p>« Previous post</p><p>Next post »</p>", "post", ""},
		{"app prompt", layoutLead + "<p>Download our app</p>", "app", ""},
		{"liked this", layoutLead + "<p>Enjoyed this article? Share it with a friend.</p>", "Enjoyed", ""},
		{"episode", layoutLead + "<p>Listen to the latest episode</p>", "episode", ""},
		{"rights with the name first", layoutLead + "<p>© Example Metals 2026</p>", "Example Metals 2026", ""},
		{"originally published at", layoutLead + "<p>Originally published at Example Metals.</p>", "Originally", ""},
		{"story list with no heading", layoutLead + `<ul><li><a href="https://x.example/1">Cobalt slides again</a></li><li><a href="https://x.example/2">Chile's lithium plan</a></li></ul>`, "Cobalt slides", ""},
		{"linked list inside the story stays", layoutLead + `<ul><li><a href="https://x.example/1">Cobalt slides again</a></li><li><a href="https://x.example/2">Chile's lithium plan</a></li></ul><p>Both reports came from the same desk, the publisher said on Friday.</p>`, "", "Cobalt slides again"},
		{"one linked source stays", layoutLead + `<ul><li><a href="https://x.example/1">Customs data for November</a></li></ul>`, "", "Customs data for November"},
		{"section break", layoutLead + "<p>* * *</p><p>***</p>", "*", ""},
		{"contribution credit", layoutLead + "<p>Example Press writer Ama Boateng in Accra contributed to this report.</p>", "contributed", ""},
		{"contributed in prose stays", layoutLead + "<p>Chinese banks contributed reporting fees of $2 million to the listing, the prospectus shows, and more besides " + strings.Repeat("in the year ", 8) + "ahead.</p>", "", "Chinese banks contributed"},
		{"print friendly", layoutLead + "<p>Print Friendly, PDF & Email</p>", "Print Friendly", ""},
		{"unsubscribe row", layoutLead + "<p>Unsubscribe | Update your preferences</p>", "Unsubscribe", ""},
		{"reports from", layoutLead + "<p>With reports from El Universal and Reforma</p>", "El Universal", ""},
		{"copyright glued year", layoutLead + "<p>©2026 Example News Agency</p>", "Example News Agency", ""},
	} {
		s := extractGoneKept(t, tc.name, tc.content, tc.gone, tc.kept)
		if !strings.HasPrefix(s.Body, "Lithium hydroxide") && !strings.Contains(tc.name, "stays") && !strings.Contains(tc.name, "pull quote") {
			t.Errorf("%s: the body does not start at the lead: %q", tc.name, s.Body)
		}
		if !strings.Contains(s.Body, "spodumene offers eased") {
			t.Errorf("%s: the story itself is lost: %q", tc.name, s.Body)
		}
		if strings.HasPrefix(tc.name, "pull quote repeated") && strings.Count(s.Body, "We will not sell raw ore again") != 1 ||
			strings.HasPrefix(tc.name, "pull quote in an aside") && strings.Count(s.Body, "Prices must rise before new supply comes") != 1 {
			t.Errorf("%s: the pull quote is kept: %q", tc.name, s.Body)
		}
	}
}

// TestSessionConventions: the two conventions settled in session 28. A
// lone "Bottom line" is the takeaway; one followed by an investor-takeaway
// heading is the analysis (after any analysis already there), and a
// bottom line after a takeaway stays in it. A bold run-in label inside a
// story ("Futures: ...") stays in its paragraph as prose; an "About X:"
// footer heading still gets a line of its own.
func TestSessionConventions(t *testing.T) {
	for _, tc := range []struct {
		name, content, analysis, takeaway string
	}{
		{"lone bottom line",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><h3>Bottom line</h3><p>Supply is back, so premiums fall.</p>",
			"", "Supply is back, so premiums fall."},
		{"analysis then lone bottom line",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><h3>Our view</h3><p>Repairs took longer than guided.</p><h3>Bottom line</h3><p>Supply is back, so premiums fall.</p>",
			"Repairs took longer than guided.", "Supply is back, so premiums fall."},
		{"bottom line then investor takeaway",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><h3>Bottom line</h3><p>Supply is back, so premiums fall.</p><h3>Investor Takeaway</h3><p>Sell the premium, not the metal.</p>",
			"Supply is back, so premiums fall.", "Sell the premium, not the metal."},
		{"analysis, bottom line, investor takeaway",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><h3>Our view</h3><p>Repairs took longer than guided.</p><h3>Bottom line</h3><p>Supply is back, so premiums fall.</p><h3>Investor Takeaway</h3><p>Sell the premium, not the metal.</p>",
			"Repairs took longer than guided.\n\nSupply is back, so premiums fall.", "Sell the premium, not the metal."},
		{"investor takeaway then bottom line",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><h3>Investor Takeaway</h3><p>Sell the premium, not the metal.</p><h3>Bottom line</h3><p>Supply is back, so premiums fall.</p>",
			"", "Sell the premium, not the metal.\n\nSupply is back, so premiums fall."},
		{"inline bottom line then investor takeaway",
			"<p>A fictional nickel smelter in Sulawesi restarted its second line after a month of repairs, the company said.</p><p><strong>Bottom line:</strong> supply is back, so premiums fall.</p><p><strong>Investor Takeaway:</strong> sell the premium, not the metal.</p>",
			"supply is back, so premiums fall.", "sell the premium, not the metal."},
	} {
		s := Extract(tc.content, "")
		if norm(s.Analysis) != tc.analysis || norm(s.Takeaway) != tc.takeaway {
			t.Errorf("%s: analysis %q, takeaway %q; want %q, %q", tc.name, s.Analysis, s.Takeaway, tc.analysis, tc.takeaway)
		}
	}
	s := Extract(`<p>Cobalt hydroxide payables in Shanghai rose for a second week on Friday, traders said.</p>
<p><strong>Futures:</strong> The most-traded contract closed 2% higher.</p>
<p><strong>Why it matters:</strong> Payables lead metal prices by a month.</p>
<p><strong>About Example Cobalt:</strong> Example Cobalt is a fictional refiner in Finland.</p>`, "")
	for _, want := range []string{"Futures: The most-traded contract closed 2% higher.",
		"Why it matters: Payables lead metal prices", "About Example Cobalt:\n\nExample Cobalt is a fictional refiner"} {
		if !strings.Contains(s.Body, want) {
			t.Errorf("body %q lacks %q", s.Body, want)
		}
	}
	if s.Analysis != "" {
		t.Errorf("a run-in label opened an analysis: %q", s.Analysis)
	}
}

// TestLinkRoundupKept: a newsletter whose text is only a list of linked
// headlines keeps them as its body: no story is there to end.
func TestLinkRoundupKept(t *testing.T) {
	s := Extract(`<p><strong>Links this week:</strong></p><ul><li><a href="https://x.example/1">Cobalt slides again as exports resume</a></li>
<li><a href="https://x.example/2">Chile's lithium plan, explained in full</a></li><li><a href="https://x.example/3">Graphite anodes face a tariff</a></li></ul>`, "")
	if !strings.Contains(s.Body, "Cobalt slides again") || !strings.Contains(s.Body, "Graphite anodes face a tariff") {
		t.Errorf("the roundup's links are lost: body %q, highlights %q", s.Body, s.Highlights)
	}
}

// TestBioNeedsAName: a last paragraph opening with a quantifier and a bio
// verb ("Both reports came from ...") is the story, not a writer's bio.
func TestBioNeedsAName(t *testing.T) {
	for _, text := range []string{"Both reports came from the same desk, the publisher said on Friday.",
		"Each covers a different province and neither gives a date."} {
		if isBio(line{text: text, para: true}) {
			t.Errorf("isBio(%q) = true", text)
		}
	}
}

// TestOnlyLineKept: an item holding one short line keeps it as its body: a
// kicker is dropped only over the text it labels.
func TestOnlyLineKept(t *testing.T) {
	for _, in := range []string{"<p>Lithium and cobalt</p>", "<p>Research note</p>", "<p>MARKETS</p>"} {
		if s := Extract(in, ""); s.Body == "" {
			t.Errorf("Extract(%q).Body is empty", in)
		}
	}
}

// TestStemsCoverPhrases: every prompt and rights phrase holds a stem of
// its group, so the one-pass stem scan never hides one.
func TestStemsCoverPhrases(t *testing.T) {
	for _, p := range lex().furniturePhrases {
		if stems(p)&stemPrompt == 0 {
			t.Errorf("prompt phrase %q holds no prompt stem", p)
		}
	}
	for _, p := range lex().rightsPhrases {
		if stems(p)&stemRights == 0 {
			t.Errorf("rights phrase %q holds no rights stem", p)
		}
	}
	if stems("contributed to this report")&stemCredit == 0 {
		t.Error("the contribution credit holds no credit stem")
	}
}

// TestAggregatorSourceTail: an aggregator's headline link followed by the
// source name it already ends with (Google News) loses the repeat; text
// after a link that does not repeat it stays.
func TestAggregatorSourceTail(t *testing.T) {
	s := Extract("", `<a href="https://news.example/rss/articles/1?oc=5" target="_blank">Lithium prices slide as Chile approves a royalty - Example Metals</a>&nbsp;&nbsp;<font color="#6f6f6f">Example Metals</font>`)
	if s.Body != "Lithium prices slide as Chile approves a royalty - Example Metals [1]" {
		t.Errorf("body %q", s.Body)
	}
	u := Extract(`<p>Read the decree - Example Ministry <a href="https://x.example/d">here</a> Example Ministry today</p>`, "")
	if u.Body != "Read the decree - Example Ministry here [1] Example Ministry today" {
		t.Errorf("body %q", u.Body)
	}
}

// TestFifthBlindClasses: the classes of publisher layout behind the fifth
// blind set's misses (session 28, second round), in invented sentences:
// header rows with dots, a byline naming its outlet, datelines standing
// alone in other shapes, blog and CMS stamps with a clock, a state daily's
// web editors, a wire desk's initials, a wire's "Follow ... at <address>",
// distributors' "View the original ..." lines, comment rules, paywall,
// sponsor and label lines, distribution notices, investor-relations and
// "Associated links" blocks. Prose that only looks like them stays.
func TestFifthBlindClasses(t *testing.T) {
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		{"title heading over header row", "<h2>Cobalt Quotas Tighten Again</h2><p>By Ana Ruiz · 4 min read</p>" + layoutLead, "Cobalt Quotas", ""},
		{"subheading over the lead stays", "<h2>Cobalt quotas tighten again</h2>" + layoutLead, "", "Cobalt quotas tighten again"},
		{"dotted header row", "<p>By Ana Ruiz · 4 min read · Nov 12, 2026</p>" + layoutLead, "Ana Ruiz", ""},
		{"bullet header row", "<p>By Ana Ruiz • Nov 12, 2026</p>" + layoutLead, "Ana Ruiz", ""},
		{"byline with outlet", "<p>By Li Ming (Example Daily)</p>" + layoutLead, "Li Ming", ""},
		{"dots in prose stay", layoutLead + "<p>By May · the ministry said · output had fallen by a third at the two mines.</p>", "", "the ministry said"},
		{"dateline with agency and stop-dash", "<p>Santiago, November 12 (Example Agency).-</p>" + layoutLead, "Example Agency", ""},
		{"date then place", "<p>November 12, 2026 — Kalgoorlie, Western Australia</p>" + layoutLead, "Kalgoorlie", ""},
		{"date then place in prose stays", "<p>November 12, 2026 — the day Kalgoorlie stopped — is remembered by miners as the start of the slump.</p>" + layoutLead, "", "the day Kalgoorlie stopped"},
		{"blog footer with a clock", layoutLead + "<p>Posted by Battery Notes at 7:45 PM</p>", "Battery Notes", ""},
		{"cms submitted line", "<p>Submitted by jdoe on Tue, 11/10/2026 - 14:30</p>" + layoutLead, "jdoe", ""},
		{"posted by in prose stays", layoutLead + "<p>Posted by the ministry at its website, the notice says exporters must register by March.</p>", "", "Posted by the ministry"},
		{"web editors", layoutLead + "<p>(Web editor: Chen Yu, Sun Hao)</p>", "Chen Yu", ""},
		{"desk initials", layoutLead + "<p>mtr/kpl</p>", "mtr/kpl", ""},
		{"three desk initials", layoutLead + "<p>ab/cde/fg</p>", "ab/cde", ""},
		{"follow coverage at address", layoutLead + "<p>Follow our battery metals coverage at https://news.example/battery</p>", "battery metals coverage", ""},
		{"follow in prose stays", layoutLead + "<p>Follow the cobalt at every step and the trail leads to Kolwezi.</p>", "", "Follow the cobalt"},
		{"view the original release", layoutLead + `<p>View the original press release <a href="https://x.example/r">here</a> on Example Newswire</p>`, "original press release", ""},
		{"comment rules", layoutLead + `<p><a href="https://news.example/rules">Comment Guidelines</a></p>`, "Guidelines", ""},
		{"community rules", layoutLead + "<p>Community guidelines</p><p>Be civil.</p>", "Community guidelines", ""},
		{"paywall notice", layoutLead + "<p>This post is for paying subscribers only. Upgrade to read the rest of the issue.</p>", "paying subscribers", ""},
		{"long sponsor line", layoutLead + "<p>Presented by OreLedger — price data for small miners, now with daily alerts. Start today</p>", "OreLedger", ""},
		{"sponsor in prose stays", layoutLead + "<p>Presented by the minister in Perth, the plan sets a 2030 target for refined lithium.</p>", "", "Presented by the minister"},
		{"blog labels", layoutLead + "<p>Labels: lithium, Chile, prices</p>", "Labels:", ""},
		{"distribution notice", "<p>Not for distribution to United States wire services or for release in the United States.</p>" + layoutLead, "Not for distribution", ""},
		{"investor relations block", layoutLead + "<p>Investor Relations:</p><p>Jo Bloggs<br>jo@acme.example<br>+1 555 0100</p>", "Jo Bloggs", ""},
		{"associated links", layoutLead + "<p>Associated links</p><ul><li>National battery strategy</li></ul>", "National battery strategy", ""},
		{"associated links in prose stay", layoutLead + "<p>Associated links between the two refiners drew the regulator's attention last year.</p>", "", "Associated links between"},
	} {
		s := extractAtLead(t, tc.name, tc.content, tc.gone, tc.kept)
		if !strings.Contains(s.Body, "spodumene offers eased") {
			t.Errorf("%s: the story itself is lost: %q", tc.name, s.Body)
		}
	}
}

// TestHighlightParagraphRun: a highlights label over a run of one-sentence
// paragraphs (a CMS field writing each highlight as its own block) takes
// them all; a highlights label over a paragraph of prose takes that one,
// and the one-sentence paragraphs of a wire story after it stay body.
func TestHighlightParagraphRun(t *testing.T) {
	run := "<div>Highlights</div><div>A Chilean smelter restarted its second furnace.</div>" +
		"<div>Copper anode output will rise a tenth.</div><div>Power costs fell in November.</div>" + layoutLead
	s := Extract(run, "")
	if len(s.Highlights) != 3 || !strings.HasPrefix(s.Body, "Lithium hydroxide") {
		t.Errorf("run: highlights %q, body %q", s.Highlights, s.Body)
	}
	prose := "<p><strong>Highlights</strong></p><p>Nickel ore quotas were cut again, and smelters are buying cargoes from abroad to keep furnaces running through the wet season.</p>" +
		"<p>The ministry gave no reason for the cut.</p>" + layoutLead
	s = Extract(prose, "")
	if len(s.Highlights) != 1 || !strings.HasPrefix(s.Body, "The ministry gave no reason") {
		t.Errorf("prose: highlights %q, body %q", s.Highlights, s.Body)
	}
}

// extractGoneKept extracts content and fails the case name when gone (if
// set) is still in any section or the body lacks kept (if set); it returns
// the sections for the case's own checks.
func extractGoneKept(t *testing.T, name, content, gone, kept string) Sections {
	t.Helper()
	s := Extract(content, "")
	all := strings.Join(s.Highlights, "\n") + "\n" + s.Body + "\n" + s.Analysis + "\n" + s.Takeaway
	if gone != "" && strings.Contains(all, gone) {
		t.Errorf("%s: %q kept in %q", name, gone, all)
	}
	if kept != "" && !strings.Contains(s.Body, kept) {
		t.Errorf("%s: body %q lacks %q", name, s.Body, kept)
	}
	return s
}

// extractAtLead is extractGoneKept on a case built around layoutLead: unless
// its name says something stays in front of the story, the body must start
// at the lead.
func extractAtLead(t *testing.T, name, content, gone, kept string) Sections {
	t.Helper()
	s := extractGoneKept(t, name, content, gone, kept)
	if !strings.Contains(name, "stay") && !strings.HasPrefix(s.Body, "Lithium hydroxide") {
		t.Errorf("%s: the body does not start at the lead: %q", name, s.Body)
	}
	return s
}

// TestOpenLayoutClasses: session 29's classes left open by session 28
// (written from invented layouts): an uncredited caption under a picture
// above the lead, "Watch:"/"Listen:" promos and the furniture of video and
// podcast pages, a newsletter's footer (postal address, preference centre,
// why-you-got-this lines). Prose that only looks like them stays.
func TestOpenLayoutClasses(t *testing.T) {
	pic := `<p><img src="https://img.example/1.jpg" alt=""></p>`
	fig := `<figure><img src="https://img.example/1.jpg" alt=""></figure>`
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		// Captions with no credit under a picture above the lead.
		{"caption noun phrase", pic + "<p>Spodumene concentrate stockpiled at a port in Western Australia</p>" + layoutLead, "stockpiled at a port", ""},
		{"caption pictured", fig + "<p>Cobalt hydroxide sacks are pictured at a warehouse in Kolwezi, Congo.</p>" + layoutLead, "pictured at a warehouse", ""},
		{"caption file", pic + "<p>FILE - Trucks queue at the Kasumbalesa border post, March 3, 2025.</p>" + layoutLead, "Kasumbalesa", ""},
		{"caption aerial view", pic + "<p>An aerial view of the brine ponds at a lithium project in Jujuy, Argentina.</p>" + layoutLead, "brine ponds", ""},
		{"caption in this photo", pic + "<p>In this photo taken on Nov. 4, 2026, nickel ore is loaded onto a barge in Sulawesi.</p>" + layoutLead, "loaded onto a barge", ""},
		{"present-tense caption over a dateline: the dateline lead stays", pic + "<p>A worker checks lithium carbonate bags at a plant in Qinghai province.</p><p>BEIJING, Dec 5 (Reuters) - Lithium hydroxide prices in Asia fell for a third week, traders said on Friday.</p>" + layoutLead, "checks lithium carbonate", "BEIJING, Dec 5"},
		{"two sentences over a dateline stay", pic + "<p>Indonesia cut its nickel quota. Smelters had feared it for weeks.</p><p>JAKARTA, Dec 5 (Reuters) - The ministry gave no reason.</p>", "", "Indonesia cut its nickel quota"},
		{"italic caption with a full stop", pic + "<p><em>Workers at the Greenbushes lithium mine in Western Australia.</em></p>" + layoutLead, "Greenbushes", ""},
		{"lead with an italic word after picture stays", pic + "<p>The <em>Financial Review</em> said lithium hydroxide prices in Asia fell for a third week.</p><p>The benchmark slipped 2% to $9,850 a tonne.</p>", "", "said lithium hydroxide prices"},
		{"lead after picture stays", pic + "<p>Lithium hydroxide prices in Asia fell for a third week as cathode makers ran down their stocks, traders said on Friday.</p><p>The benchmark slipped 2% to $9,850 a tonne.</p>", "", "Lithium hydroxide prices"},
		{"label row after picture stays", pic + "<p>Securities code: 301288   Abbreviation: Example Metals</p><p>The company will add 3,000 tonnes of separation capacity, it said on Monday.</p>", "", "Securities code"},
		{"title after picture stays", pic + "<p>Example Metals Announcement on the Separation Capacity Expansion Project</p><p>The company will add 3,000 tonnes of separation capacity, it said on Monday.</p>", "", "Announcement on the"},
		{"present-tense lead after picture stays", pic + "<p>A Chinese refiner plans a second cathode plant in Morocco.</p><p>It gave no cost for the plant, which would supply European carmakers.</p>", "", "A Chinese refiner plans"},
		{"short lead after picture stays", pic + "<p>Indonesia cut its nickel ore quota by a fifth on Monday.</p><p>The ministry gave no reason for the cut, which smelters had feared for weeks.</p>", "", "Indonesia cut its nickel ore quota"},
		{"dateline lead after picture stays", pic + "<p>JAKARTA, Dec 5 (Reuters) - Indonesia cut its nickel ore quota by a fifth.</p>" + layoutLead, "", "JAKARTA, Dec 5"},
		{"pictured in prose stays", layoutLead + "<p>The mine pictured in last year's report has since closed, the company said.</p>", "", "The mine pictured"},
		// Video and podcast promos and pages.
		{"watch promo", layoutLead + "<p>Watch: How a lithium brine plant works (3:12)</p>", "brine plant works", ""},
		{"watch promo caps", "<p>WATCH: Inside China's largest rare earth separation plant</p>" + layoutLead, "separation plant", ""},
		{"listen promo", layoutLead + "<p>Listen: The Battery Metals Podcast, episode 42 — cobalt after the ban</p>", "episode 42", ""},
		{"watch promo with dash", layoutLead + "<p>Watch — Graphite anodes explained in four minutes</p>", "anodes explained", ""},
		{"video duration", "<p>Video duration 02:31</p>" + layoutLead, "02:31", ""},
		{"duration label", "<p>Duration: 3:42</p>" + layoutLead, "Duration", ""},
		{"play video", "<p>Play video</p>" + layoutLead, "Play video", ""},
		{"watch on youtube", layoutLead + "<p>Watch on YouTube</p>", "YouTube", ""},
		{"podcast platforms", layoutLead + "<p>Listen on Apple Podcasts | Spotify | YouTube Music</p>", "Apple Podcasts", ""},
		{"subscribe channel", layoutLead + "<p>Subscribe to our YouTube channel for weekly market videos.</p>", "YouTube channel", ""},
		{"episode stamp", "<p>Episode 42 · 38 min</p>" + layoutLead, "Episode 42", ""},
		{"watch takeaway prose stays", layoutLead + "<h2>Takeaway</h2><p>Watch: whether Jakarta extends the cut into 2027, which would tighten nickel supply.</p>", "", ""},
		{"watch verb stays", layoutLead + "<p>Watch the spread between Chinese and European prices: it has widened for six weeks.</p>", "", "Watch the spread"},
		{"listen verb stays", layoutLead + "<p>Listen: the market is telling refiners that hydroxide is oversupplied, and they are not hearing it.</p>", "", "the market is telling"},
		// A newsletter's footer.
		{"postal address", layoutLead + "<p>Example Metals Media Ltd, 12 Harbour Street, London EC1A 1BB, United Kingdom</p>", "Harbour Street", ""},
		{"mailing address label", layoutLead + "<p>Our mailing address is:</p><p>Ore Notes, PO Box 118, Perth WA 6000, Australia</p>", "PO Box", ""},
		{"suite address", layoutLead + "<p>Battery Letter LLC · 350 Fifth Avenue, Suite 4100 · New York, NY 10118</p>", "Fifth Avenue", ""},
		{"preference centre", layoutLead + "<p>Manage your preferences | Preference centre | Unsubscribe</p>", "Preference centre", ""},
		{"preference center", layoutLead + "<p>Update your email preferences or opt out of all emails.</p>", "email preferences", ""},
		{"why you got this", layoutLead + "<p>You are receiving this email because you signed up for Ore Notes at orenotes.example.</p>", "receiving this email", ""},
		{"received because", layoutLead + "<p>You received this newsletter because you are a subscriber to Battery Letter.</p>", "received this newsletter", ""},
		{"forwarded at the end", layoutLead + "<p>Was this email forwarded to you? Sign up here to get it every week.</p>", "forwarded to you", ""},
		{"address with a mailbox", layoutLead + "<p>© 2026 Ore Notes<br>548 Market Street PMB 72296, San Francisco, CA 94104</p>", "Market Street", ""},
		{"reader-supported", layoutLead + "<p>Ore Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p>", "reader-supported", ""},
		{"transcript link", layoutLead + "<p>Read the full transcript here.</p>", "transcript", ""},
		{"related heading over plain titles", layoutLead + "<p><strong>Read next</strong></p><p>Chile's lithium deal faces a court test</p><p>Albemarle idles a Kemerton train</p>", "Kemerton", ""},
		{"related heading over prose stays", layoutLead + "<p><strong>Read next</strong></p><p>The court will rule on the Chilean deal in March, and both sides expect an appeal.</p>", "", "both sides expect an appeal"},
		{"promo with a player glyph", layoutLead + "<p>▶ Watch: Inside the Greenbushes mine</p>", "Greenbushes", ""},
		{"promo with a headphone glyph", layoutLead + "<p>🎧 Listen: The cobalt show, episode 9</p>", "cobalt show", ""},
		{"watch the video above", layoutLead + "<p>Watch the video above for more.</p>", "video above", ""},
		{"no longer want", layoutLead + "<p>No longer want to receive these emails? Unsubscribe.</p>", "No longer want", ""},
		{"footer link row", layoutLead + "<p>Manage preferences | Privacy policy | Unsubscribe</p>", "Privacy policy", ""},
		{"address two parts", layoutLead + "<p>Ore Notes · 4 Canal Street · Manchester M1 3HE</p>", "Canal Street", ""},
		{"address line by line", layoutLead + "<p>Our mailing address is:<br>Ore Notes<br>PO Box 118<br>Perth WA 6000<br>Australia</p>", "Perth WA", ""},
		{"refer a friend", layoutLead + "<p>Know someone who would like this? Forward it or refer a friend.</p>", "refer a friend", ""},
		{"mailchimp preferences", layoutLead + "<p>Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.</p>", "change how you receive", ""},
		{"newsletter vendor", layoutLead + "<p>Powered by beehiiv</p>", "beehiiv", ""},
		{"caption file photo in text", pic + "<p>Nickel ore at a port in Sulawesi, Indonesia, in a file photo from 2024.</p>" + layoutLead, "Sulawesi", ""},
		{"caption representational", pic + "<p>Representative image of a copper cathode stack.</p>" + layoutLead, "cathode stack", ""},
		{"watch bar", "<p>WATCH | Inside a graphite anode plant in Mozambique</p>" + layoutLead, "graphite anode plant", ""},
		{"watch the full interview", layoutLead + "<p>Watch the full interview below.</p>", "full interview", ""},
		{"podcast subscribe row", layoutLead + "<p>Subscribe: Apple Podcasts | Spotify | RSS</p>", "Spotify", ""},
		{"duration without colon", "<p>Duration 3:42</p>" + layoutLead, "3:42", ""},
		{"powered in prose stays", layoutLead + "<p>Powered by cheap hydropower, the smelter in Yunnan runs at full rate through the wet season.</p>", "", "Powered by cheap hydropower"},
		{"terms in prose stays", layoutLead + "<p>Terms of the offtake were not disclosed.</p>", "", "Terms of the offtake"},
		{"address in prose stays", layoutLead + "<p>The refiner moved its office to 12 Harbour Street, London, last year, the filing shows.</p>", "", "12 Harbour Street"},
		{"preferences in prose stays", layoutLead + "<p>Buyers' preferences have shifted to LFP cells, which use no nickel or cobalt at all.</p>", "", "preferences have shifted"},
	} {
		s := extractAtLead(t, tc.name, tc.content, tc.gone, tc.kept)
		if tc.name == "watch takeaway prose stays" && !strings.Contains(s.Takeaway, "Watch: whether") {
			t.Errorf("%s: takeaway %q", tc.name, s.Takeaway)
		}
	}
}

// TestSixthBlindClasses covers the classes of publisher layout read from
// the sixth blind set's misses (session 29, second round), each with
// invented layouts and negatives: a line made only of sign-offs, a
// sign-off in brackets or after a dash, a podcast's credits and sponsor
// read, a correction note, an agency's slug before a desk's initials, a
// syndicator's related heading and a trade site's article tools.
func TestSixthBlindClasses(t *testing.T) {
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		// A line of several sign-offs.
		{"preheader of two sign-offs", "<p>You're reading Ore Notes. Was this email forwarded to you? Sign up here.</p>" + layoutLead, "Ore Notes", ""},
		{"forwarded then sign-up pitch", "<p>Was this forwarded to you? Sign up to get Cobalt Weekly in your inbox every Monday.</p>" + layoutLead, "Cobalt Weekly", ""},
		{"host and producer", "<p><em>Hosted by Dana Whitfield. Produced by Omar Reyes.</em></p>" + layoutLead, "Whitfield", ""},
		{"comment prompt", layoutLead + "<p>Leave a comment below. Comments are moderated.</p>", "Comments are moderated", ""},
		// A comment button is a stop label: what follows it (an upsell) goes too.
		{"comment button ends the story", layoutLead + "<p>Leave a comment</p><p>You are a free reader of Ore Notes. For every issue, upgrade your plan.</p>", "free reader", ""},
		{"sign-off then prose stays", "<p>Hosted by the mines ministry, the forum drew 300 delegates from eleven countries.</p>" + layoutLead, "", "Hosted by the mines ministry"},
		{"reading then prose stays", layoutLead + "<p>You're reading a market that has priced in two more quota cuts. Refiners disagree.</p>", "", "priced in two more quota cuts"},
		// Sign-offs in brackets or after a dash.
		{"credit in brackets", layoutLead + "<p>(By Lena Novak; Editing by Paul Grant)</p>", "Lena Novak", ""},
		{"source in square brackets", layoutLead + "<p>[Source: Example Daily]</p>", "Example Daily", ""},
		{"files after a dash", layoutLead + "<p>—With files from Example Wire</p>", "Example Wire", ""},
		{"translation note in brackets", layoutLead + "<p>(This article was translated from the Korean edition of Example Ilbo.)</p>", "Example Ilbo", ""},
		{"bracketed prose stays", layoutLead + "<p>(By comparison, Chilean producers paid half that royalty rate in 2025, according to the ministry.)</p>", "", "By comparison, Chilean"},
		// Podcasts, corrections, desks, syndication, page tools.
		{"guest line", "<p>Guest: Prof. Ilse Marker, Freiberg University of Mining</p>" + layoutLead, "Ilse Marker", ""},
		{"sponsor read", layoutLead + "<p>This episode is sponsored by Example Assays. Visit example.org for a discount.</p>", "Example Assays", ""},
		{"correction note", "<p><em>This story corrects the spelling of the minister's name in the fourth paragraph.</em></p>" + layoutLead, "corrects the spelling", ""},
		{"agency slug and initials", layoutLead + "<p>/EXA/ jd/kl</p>", "/EXA/", ""},
		{"slug of lower case stays", layoutLead + "<p>/usr/ lib is a path.</p>", "", "/usr/"},
		{"more for you", layoutLead + "<h3>More for You</h3><ul><li>Nickel smelter restarts in Sulawesi</li><li>Port strike ends in Durban</li></ul>", "Nickel smelter restarts", ""},
		{"article tools row", layoutLead + "<p>Article Enquiry · Email Article · Save Article</p>", "Article Enquiry", ""},
		{"share this issue", layoutLead + `<p><a href="https://n.example/p/1">Share this issue</a></p>`, "Share this issue", ""},
		{"watch more videos", layoutLead + `<p><a href="https://n.example/video">Watch more videos</a></p>`, "Watch more", ""},
		{"forwarded with if", "<p>If you were forwarded this email, subscribe here to get Ore Notes every week.</p>" + layoutLead, "forwarded this email", ""},
		{"not a subscriber", "<p>Not a subscriber? Sign up for free.</p>" + layoutLead, "Not a subscriber", ""},
		{"host label", "<p>Host: Dana Whitfield, editor of Ore Notes</p>" + layoutLead, "Whitfield", ""},
		{"producer label", layoutLead + "<p>Producer: Omar Reyes</p>", "Omar Reyes", ""},
		{"wire correction in brackets", "<p>(Corrects spelling of the company's name in paragraph 3)</p>" + layoutLead, "Corrects spelling", ""},
		{"wire recast in brackets", "<p>(Recasts with minister's comments, adds analyst quote)</p>" + layoutLead, "Recasts", ""},
		{"transcript note", layoutLead + "<p>This transcript was generated automatically and may contain errors.</p>", "generated automatically", ""},
		{"update note", "<p><em>This article has been updated to include the ministry's response.</em></p>" + layoutLead, "ministry's response", ""},
		{"update note after the story", layoutLead + "<p>This story was updated on Dec. 4 to correct the tonnage.</p>", "correct the tonnage", ""},
		{"updated in prose stays", layoutLead + "<p>This story has been updated many times since 2019, the ministry said of the lithium law, which it revised again in May.</p>", "", "revised again in May"},
		{"host in prose stays", layoutLead + "<p>Host countries want a larger share of the value chain, and Zambia's new law says so in plain terms.</p>", "", "Host countries"},
		// A newsletter's issue line and imprint.
		{"issue line", "<p><strong>Ore Notes</strong> — Issue 57 — Monday, March 2, 2026</p>" + layoutLead, "Issue 57", ""},
		{"issue line with a number sign", "<p>Cobalt Weekly · #212 · 9 Feb 2026</p>" + layoutLead, "#212", ""},
		{"imprint with an address", layoutLead + "<p>Ore Notes is published by Example Media Pty Ltd, Level 4, 12 King Street, Perth WA 6000.</p>", "King Street", ""},
		{"published in prose stays", layoutLead + "<p>The benchmark is published by the exchange every Friday at 4pm London time.</p>", "", "published by the exchange"},
		{"dashes in prose stay", layoutLead + "<p>Lynas — the largest producer outside China — raised output in 2026.</p>", "", "Lynas — the largest"},
	} {
		extractAtLead(t, tc.name, tc.content, tc.gone, tc.kept)
	}
}

// TestClassesAcrossAuthors: session 29's third round, classes that blind
// authors write again (furniture above the lead, end marks and prompts
// after the story), on invented layouts with a negative for each.
func TestClassesAcrossAuthors(t *testing.T) {
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		// A press office's numbered row above the lead.
		{"notice number in capitals", "<p>PRESS NOTICE No. 41/2026</p>" + layoutLead, "PRESS NOTICE", ""},
		{"office and release number", "<p>Ministry of Mines | Press Release No. 208/2026</p>" + layoutLead, "Press Release No.", ""},
		{"bulletin number", "<p>Bulletin No. 7</p>" + layoutLead, "Bulletin No.", ""},
		{"numbered notice in prose stays", layoutLead + "<p>The ministry withdrew notice No. 12 after miners complained.</p>", "", "withdrew notice No. 12"},
		// A newspaper's date and page line above the lead.
		{"date and page", "<p>Tuesday, March 10, 2026, p. 7</p>" + layoutLead, "p. 7", ""},
		{"date and page after a bar", "<p>10 March 2026 | Page B2</p>" + layoutLead, "Page B2", ""},
		{"page in prose stays", layoutLead + "<p>The tariff schedule, p. 14 of the decree, lists cobalt hydroxide.</p>", "", "p. 14 of the decree"},
		// End marks typed on the last line, or alone in a ministry's form.
		{"end mark on the last line", layoutLead + "<p>Smelters in the province added two furnaces this year. Enditem</p>", "Enditem", ""},
		{"end mark row of zeros", layoutLead + "<p>---000---</p>", "000", ""},
		{"end mark word in prose stays", layoutLead + "<p>Enditem codes are not used by the exchange, a spokesperson said.</p>", "", "Enditem codes"},
		// A headline repeated above the lead: over a byline, or in capitals.
		{"headline over a byline", "<p><strong>Cobalt hits two-year high as Congo extends its export quota</strong></p><p>Staff reporter</p>" + layoutLead, "two-year high", ""},
		{"headline over a by-line", "<h2>Cobalt hits two-year high as Congo extends its export quota</h2><p>By Jane Roe</p>" + layoutLead, "two-year high", ""},
		{"release title in capitals", "<p><strong>KESTREL PROJECT: PLANT COMMISSIONED AHEAD OF SCHEDULE AND BUDGET</strong></p>" + layoutLead, "KESTREL PROJECT", ""},
		{"capital line with a sentence stays", "<p><strong>KESTREL PROJECT: THE PLANT WAS COMMISSIONED AHEAD OF SCHEDULE.</strong></p>" + layoutLead, "", "KESTREL PROJECT"},
		{"subheading over prose stays", layoutLead + "<h3>Refiners push back on the new quota</h3><p>Three refiners said the quota was unworkable.</p>", "", "Refiners push back"},
		// A byline and a time stamp on one row.
		{"byline and stamp", "<p>By Example Daily Published: Mar 04, 2026 10:15 AM</p>" + layoutLead, "Example Daily", ""},
		{"byline and updated", "<p>By Jane Roe Updated 4 March 2026</p>" + layoutLead, "Jane Roe", ""},
		{"by in prose stays", layoutLead + "<p>By March the plant had published its figures for the year.</p>", "", "By March the plant"},
		// A data vendor's promo heading and the one link under it.
		{"promo heading and link", layoutLead + `<h4>Go deeper with Example Data</h4><p><a href="https://d.example/r">Cobalt Market Outlook to 2030</a></p><p>Refiners in Jiangsu cut runs by a tenth in March.</p>`, "Cobalt Market Outlook", ""},
		{"prose after a promo heading stays", layoutLead + `<h4>Go deeper with Example Data</h4><p>Refiners in Jiangsu cut runs by a tenth in March.</p>`, "Go deeper", "Refiners in Jiangsu"},
		{"go deeper in prose stays", layoutLead + "<p>Go deeper with the numbers and the picture changes, the analyst said.</p>", "", "Go deeper with the numbers"},
		// A paywall's heading ends the story.
		{"paywall heading", layoutLead + "<h3>Get full access</h3><p>To keep reading, log in or start a trial of Example Metals Daily. Already a member? Sign in.</p>", "start a trial", ""},
		{"paywall in bold", layoutLead + "<p><strong>Subscribe to continue reading</strong></p><p>Plans start at $9 a month for Example Metals Daily.</p>", "Plans start", ""},
		{"access in prose stays", layoutLead + "<p>Get full access to the port, the union demanded, before it would end the strike.</p>", "", "Get full access to the port"},
		// Tool links in capitals with nothing between them.
		{"tool row in capitals", "<p>EMAIL THIS ARTICLE SAVE THIS ARTICLE PRINT ARTICLE</p>" + layoutLead, "SAVE THIS", ""},
		{"tool row and a section", "<p>SHARE ARTICLE SAVE ARTICLE MARKETS</p>" + layoutLead, "MARKETS", ""},
		{"capital kicker stays", layoutLead + "<p>SHARE THIS ARTICLE WITH A FRIEND WHO MINES</p>", "", "WITH A FRIEND"},
		// Numbering and a dash both typed into a list item.
		{"number and dash typed", "<p><strong>Highlights</strong></p><ol><li>1. – Cobalt exports fell by a third.</li><li>2. – Two refiners cut shifts.</li></ol>" + layoutLead, "– Two refiners", ""},
		// A site's follow prompt of more than twelve words.
		{"follow us and join", layoutLead + "<p>Follow us on Instagram @ExampleTimes and join our Telegram channel for breaking business news.</p>", "join our Telegram", ""},
		{"follow in prose stays", layoutLead + "<p>Follow the cash: refiners on X-ray lines paid twice what they paid for feed in the year before the ban.</p>", "", "Follow the cash"},
	} {
		extractAtLead(t, tc.name, tc.content, tc.gone, tc.kept)
	}
}

// TestCutBulletAfterNumber: a dash typed after a list number goes with it;
// a sign or a word after the number stays.
func TestCutBulletAfterNumber(t *testing.T) {
	for in, want := range map[string]string{
		"2. – Two refiners cut shifts.":  "Two refiners cut shifts.",
		"3) - Port stocks rose.":         "Port stocks rose.",
		"1. -4% is the fall in exports.": "-4% is the fall in exports.",
		"4. Smelters idled.":             "Smelters idled.",
	} {
		if got, ok := cutBullet(in); !ok || got != want {
			t.Errorf("cutBullet(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

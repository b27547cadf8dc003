"""An English news page in HTML with the parts that every stage reads: a two-author byline,
an agency dateline, quotes with the speaker after them and a pronoun, a newsletter box,
a cookie banner, a most-read list and a closing credit line."""

from __future__ import annotations

import articlekit
from articlekit import ChromeReason

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>City council approves new flood barrier | The Example Herald</title>
<meta property="article:published_time" content="2024-06-03T09:15:00+01:00">
</head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience on our site.</p></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article class="story">
<h1>City council approves new flood barrier</h1>
<p class="byline">By Jane Porter and Samir Haddad</p>
<p>LONDON (Reuters) - The city council on Monday approved a new flood barrier for the river
district after two winters of damaging floods, ending months of debate over its cost.</p>
<p>“This barrier will protect thousands of homes for the next fifty years,” said Mary Collins,
the council’s head of planning. “We cannot wait for another winter like the last one.”</p>
<p>Residents had asked for the barrier since 2022. “It is a relief,” she added.</p>
<div class="newsletter-signup"><h3>Sign up for our daily newsletter</h3>
<p>Get the top stories in your inbox every morning.</p></div>
<p>The barrier is expected to cost 40 million pounds and to be finished in 2026, the
council said in a statement after the vote.</p>
<p>With files from The Associated Press</p>
</article>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Train strike to go ahead next week after talks fail</a></li>
<li><a href="/b">New park opens on the site of the old gasworks</a></li></ol></aside>
</body></html>"""


def test_english_html_page() -> None:
    article = articlekit.extract(PAGE)
    assert article.title == "City council approves new flood barrier"
    assert article.language == "en"
    assert [p.text[:24] for p in article.paragraphs] == [
        "LONDON (Reuters) - The c",
        "“This barrier will prote",
        "Residents had asked for ",
        "The barrier is expected ",
    ]
    assert article.authors == ("Jane Porter", "Samir Haddad")
    assert article.source == "Reuters"
    assert article.date is not None and article.date.isoformat() == "2024-06-03T09:15:00+01:00"
    assert [(q.text[:20], q.speaker) for q in article.quotes][:2] == [
        ("This barrier will pr", "Mary Collins"),
        ("We cannot wait for a", "Mary Collins"),
    ]
    assert [q.text for q in article.quotes][2:] == ["It is a relief"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["We use cookies to improve your experience on our site."] is ChromeReason.COOKIE
    assert reasons["Get the top stories in your inbox every morning."] is ChromeReason.NEWSLETTER


def test_pronoun_after_a_plural_subject_of_asked() -> None:
    """'Residents had asked for...' names no one person: 'she added' is the last named one."""
    quote = articlekit.extract(PAGE).quotes[2]
    assert quote.speaker == "Mary Collins"

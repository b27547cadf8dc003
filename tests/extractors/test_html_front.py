"""The HTML front end: blocks, roles, link text, class words, metadata."""

from __future__ import annotations

from articlekit.blocks import Role
from articlekit.extractors.html import build_page

PAGE = """<!doctype html><html lang="en-GB"><head>
<title>Big news today | The Daily Example</title>
<meta property="og:title" content="Big news today">
<meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Big news today", "datePublished": "2024-05-01T10:00:00Z"}]}
</script>
<script type="application/ld+json">{not json</script>
</head><body class="page">
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<article class="story"><h1>Big news today</h1>
<time datetime="2024-05-01T10:00:00Z">1 May</time>
<p>First <a href="/x">linked words</a> and more text.<br>After a break.</p>
<div>Loose text <span class="share-count">in a div</span><p>Nested paragraph.</p>tail text</div>
<div class="meta"><span class="byline-name">By Jane Doe</span></div>
<blockquote><p>A quoted passage.</p></blockquote>
<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
<pre>line one
   line two</pre>
<p hidden>Hidden text</p><p style="display: none">Also hidden</p>
<script>var notText = 1;</script><style>p {}</style>
<p>___</p>
</article></body></html>"""


def test_blocks_in_document_order_with_roles() -> None:
    page = build_page(PAGE)
    texts = [b.text for b in page.blocks]
    assert texts == [
        "Home World", "Big news today", "1 May", "First linked words and more text.",
        "After a break.", "Loose text in a div", "Nested paragraph.", "tail text", "By Jane Doe",
        "A quoted passage.", "A caption", "line one\nline two",
    ]  # fmt: skip
    roles = {b.text: b.role for b in page.blocks}
    assert roles["Home World"] is Role.PARAGRAPH  # a <nav> is read whole, as one block
    assert roles["Big news today"] is Role.HEADING
    assert roles["A quoted passage."] is Role.BLOCKQUOTE
    assert roles["A caption"] is Role.CAPTION
    assert roles["line one\nline two"] is Role.PREFORMATTED


def test_link_text_and_class_words() -> None:
    blocks = {b.text: b for b in build_page(PAGE).blocks}
    assert blocks["First linked words and more text."].link_chars == len("linked words")
    assert blocks["Home World"].link_density == 1.0
    assert blocks["Home World"].hints[-1] == "nav site-nav"
    # an inline element's class words describe the block when it covers most of it
    assert blocks["By Jane Doe"].hints[-1] == "meta byline-name"
    assert not any("share" in level for level in blocks["Loose text in a div"].hints)
    assert len(blocks["Home World"].hints) == len(blocks["Home World"].path)


def test_metadata() -> None:
    meta = build_page(PAGE).meta
    assert meta.title == "Big news today | The Daily Example"
    assert meta.first("og:title") == "Big news today"
    assert meta.first("author") == "Jane Doe"
    assert meta.lang == "en-GB"
    assert [item["@type"] for item in meta.json_ld] == ["NewsArticle"]
    assert meta.times and meta.times[0][1] == "2024-05-01T10:00:00Z"


def test_repeats_and_words_are_counted() -> None:
    page = build_page(
        "<body><p>Same line</p><div><p>Same line</p></div><p>one two three</p></body>"
    )
    assert [b.repeats for b in page.blocks] == [2, 2, 1]
    assert page.blocks[2].words == 3


def test_absurd_nesting_is_flattened_and_text_kept() -> None:
    from articlekit.extractors.nesting import MAX_DEPTH, flatten_deep_nesting

    deep = "<div>" * 50_000 + "deep text" + "</div>" * 50_000
    flat = flatten_deep_nesting(deep)
    assert flat.count("<div>") == MAX_DEPTH
    assert flat.count("</div>") == MAX_DEPTH
    assert "deep text" in flat
    ordinary = "<p>" + "text " * 30_000 + "</p>"
    assert flatten_deep_nesting(ordinary) is ordinary


def test_heading_slugs_in_ids_are_not_class_words() -> None:
    page = build_page(
        '<body><section id="sharing-with-a-single-developer"><p>Text of the section.</p></section>'
        '<div id="share-bar"><p>Share</p></div></body>'
    )
    assert page.blocks[0].hints[-1] == ""
    assert page.blocks[1].hints[-2] == "share-bar"


def test_heading_anchor_marks_are_dropped() -> None:
    page = build_page('<body><h2>Installation<a class="headerlink" href="#i">¶</a></h2></body>')
    assert page.blocks[0].text == "Installation"

"""Bad and unusual input: typed errors for what is not a page, an Article for anything else."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.inputs import decode_page, looks_like_html

ARABIC_PAGE = (
    "<html><head><title>خبر</title></head><body><h1>عنوان الخبر هنا</h1>"
    "<p>قال الوزير إن الحكومة ستعمل على تحسين الخدمات في جميع المدن خلال العام المقبل.</p>"
    "<p>وأضاف أن الخطة تشمل بناء مدارس ومستشفيات جديدة في المناطق الريفية والنائية.</p>"
    "</body></html>"
)


@pytest.mark.parametrize("page", ["", "   \n\t ", b"", b"  \n "])
def test_empty_input_is_an_input_error(page: str | bytes) -> None:
    with pytest.raises(articlekit.InputError, match="empty"):
        articlekit.extract(page)


@pytest.mark.parametrize(
    ("page", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (b"\x1f\x8b\x08\x00" + bytes(range(200)), "gzip"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_data_is_an_input_error(page: bytes, what: str) -> None:
    with pytest.raises(articlekit.InputError, match=what):
        articlekit.extract(page)


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(articlekit.InputError, match="str or bytes"):
        articlekit.extract(12345)  # type: ignore[arg-type]


def test_control_characters_in_text_are_binary() -> None:
    with pytest.raises(articlekit.InputError, match="binary"):
        articlekit.extract("".join(chr(i % 9) for i in range(2000)))


@pytest.mark.parametrize("encoding", ["windows-1256", "iso-8859-6"])
def test_undeclared_arabic_single_byte_encodings(encoding: str) -> None:
    article = articlekit.extract(ARABIC_PAGE.encode(encoding))
    assert article.title == "عنوان الخبر هنا"
    assert article.paragraphs[0].text.startswith("قال الوزير")
    assert article.language == "ar"


@pytest.mark.parametrize("encoding", ["windows-1256", "iso-8859-6", "utf-8"])
def test_declared_charset_is_used(encoding: str) -> None:
    page = ARABIC_PAGE.replace("<head>", f'<head><meta charset="{encoding}">')
    assert articlekit.extract(page.encode(encoding)).title == "عنوان الخبر هنا"


def test_http_equiv_charset() -> None:
    page = ARABIC_PAGE.replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    )
    assert articlekit.extract(page.encode("windows-1256")).title == "عنوان الخبر هنا"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks(encoding: str) -> None:
    assert articlekit.extract(ARABIC_PAGE.encode(encoding)).title == "عنوان الخبر هنا"


def test_bad_bom_is_a_decode_error() -> None:
    with pytest.raises(articlekit.DecodeError):
        articlekit.extract(b"\xff\xfe" + b"\x00\xd8" * 3)


def test_nul_bytes_and_lone_surrogates_are_cleaned() -> None:
    text = decode_page("<p>a\x00b \ud800 c</p>")
    assert "\x00" not in text
    assert "\ud800" not in text


def test_html_and_text_are_told_apart() -> None:
    assert looks_like_html(ARABIC_PAGE)
    assert looks_like_html("<div><p>one</p><p>two</p><p>three</p></div>")
    assert not looks_like_html("Title\n\nA paragraph with a <b> in it is still text.\n")


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div><p>Unclosed paragraph <b>bold <i>italic" * 50,
        "<div>" * 100_000 + "deep text that is a sentence of the page." + "</div>" * 10,
        "<html><body>\x00<p>NUL\x00 inside \x00</p></body></html>",
        "<html><body><p>lone \ud83d surrogate in a sentence of some length here.</p></body></html>",
        "<html><body><nav><ul>" + "<li><a href='/x'>Menu entry</a></li>" * 200 + "</ul></nav>",
        "<!doctype html><html><body></body></html>",
        "<html><body><script>var x = '<p>not text</p>';</script></body></html>",
    ],
)
def test_malformed_html_gives_an_article(page: str) -> None:
    article = articlekit.extract(page)
    assert isinstance(article, articlekit.Article)


def test_deep_nesting_keeps_its_text() -> None:
    page = (
        "<html><body>"
        + "<div>" * 100_000
        + "A sentence that is the whole article, really."
        + "</div>" * 100_000
    )
    article = articlekit.extract_html(page)
    assert article.text == "A sentence that is the whole article, really."


def test_navigation_only_page_has_no_paragraphs_and_says_why() -> None:
    page = (
        "<html><body><nav><ul>"
        + "<li><a href='/x'>Menu entry</a></li>" * 50
        + "</ul></nav></body></html>"
    )
    article = articlekit.extract(page)
    assert article.paragraphs == ()
    assert {r.reason for r in article.removed} == {articlekit.ChromeReason.NAVIGATION}


def test_a_paragraph_printed_thousands_of_times_is_kept_in_order() -> None:
    paragraph = "<p>A paragraph of text that goes on for a while, with commas, and ends here.</p>"
    article = articlekit.extract_html("<html><body>" + paragraph * 3000 + "</body></html>")
    assert len(article.paragraphs) == 3000


def test_str_and_bytes_give_the_same_article() -> None:
    page = ARABIC_PAGE.replace("<head>", '<head><meta charset="utf-8">')
    assert articlekit.extract(page) == articlekit.extract(page.encode("utf-8"))
    assert articlekit.extract_html(page) == articlekit.extract_html(page.encode("utf-8"))
    assert articlekit.extract(page.encode("windows-1256")).text == articlekit.extract(page).text


def test_thai_paragraphs_are_prose() -> None:
    """Thai puts spaces between phrases and ends sentences without a mark."""
    thai = (
        "ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน และเป็นประเทศที่มีนักท่องเที่ยวมากที่สุดแห่งหนึ่ง"
        "ในเอเชียตะวันออกเฉียงใต้ รัฐบาลประกาศแผนพัฒนาเศรษฐกิจใหม่เมื่อวันอังคาร"
    )
    page = f"<html><body><nav><a href='/'>หน้าแรก</a></nav><h1>ข่าว</h1>{f'<p>{thai}</p>' * 3}</body></html>"
    article = articlekit.extract(page)
    assert [p.text for p in article.paragraphs] == [thai] * 3
    assert article.language == "th"


def test_hindi_sentences_end_with_a_danda() -> None:
    hindi = "भारत सरकार ने मंगलवार को नई आर्थिक योजना की घोषणा की। इस योजना से गांवों में सड़कें बनेंगी।"
    page = f"<html><body><nav><a href='/'>मुखपृष्ठ</a></nav><h1>समाचार</h1>{f'<p>{hindi}</p>' * 3}</body></html>"
    article = articlekit.extract(page)
    assert len(article.paragraphs) == 3
    assert article.language == "hi"


def test_a_text_dump_quoting_markup_stays_text() -> None:
    dump = (
        "How to center a div\n\n"
        + "Centering things on a page is one of the oldest questions in web design, and the answer "
        "has changed many times over the years as browsers learned new layout modes.\n\n"
        * 6
        + "Write <div class='box'> around the content and give the box a width.\n\n"
    )
    assert not looks_like_html(dump)
    assert articlekit.extract(dump).paragraphs

"""Turn what the caller gave (str or bytes, any encoding) into clean text; tell HTML from text.

Order for bytes: a byte-order mark, then the charset the page declares (``<meta charset>`` or
``http-equiv``), then strict UTF-8, then charset-normalizer's detection. Binary data (images,
archives, PDFs, or text full of control bytes) is refused with :class:`InputError`.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from articlekit.errors import DecodeError, InputError

__all__ = ["decode_page", "decode_page_keeping_utf8", "looks_like_html"]

#: Bytes at the start of files that are certainly not pages.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: How far into the page a charset declaration is looked for (the HTML standard says 1024 bytes;
#: real pages put long <head> scripts first, so we look further).
_SNIFF_BYTES = 8192
#: Share of control characters above which input is taken as binary data.
_MAX_CONTROL_SHARE = 0.05
#: Characters sampled for the control-character test.
_SAMPLE_CHARS = 4096
#: Tags per 1,000 characters above which text is taken to be HTML (pages have 30 to 60; a
#: text dump quoting some markup in a code example has a few).
_MIN_TAG_RATE = 10.0

_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_HTML_START_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG_RE = re.compile(r"</?(?:[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
#: Bytes that text in any ASCII-compatible encoding may hold; the rest are control bytes.
_TEXT_BYTES = bytes([9, 10, 11, 12, 13, 27, *range(32, 256)])
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def decode_page(page: str | bytes) -> str:
    """Return the page as text, without NUL bytes or lone surrogates.

    Raises:
        InputError: the input is not str/bytes, is empty or whitespace, or is binary data.
        DecodeError: the bytes decode in no encoding we can find.
    """
    return decode_page_keeping_utf8(page)[0]


def decode_page_keeping_utf8(page: str | bytes) -> tuple[str, bytes | None]:
    """Like :func:`decode_page`, and the input bytes too when they are that text in UTF-8.

    The HTML parser reads UTF-8 bytes faster than a str it must encode again.

    Raises:
        InputError: the input is not str/bytes, is empty or whitespace, or is binary data.
        DecodeError: the bytes decode in no encoding we can find.
    """
    utf8: bytes | None = None
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        text, utf8 = _decode_bytes(data)  # a codec never yields lone surrogates
    elif isinstance(page, str):
        text = page
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE_RE.sub("\ufffd", text)
    else:
        raise InputError(f"expected the page as str or bytes, got {type(page).__name__}")
    if "\x00" in text:
        text = text.replace("\x00", "")
        utf8 = None
    if not text.strip():
        raise InputError("the page is empty or only whitespace")
    sample = text[:_SAMPLE_CHARS]
    if len(_CONTROL_RE.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError("the page looks like binary data, not HTML or text")
    return text, utf8


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than a plain-text dump of a page."""
    if _HTML_START_RE.match(text):
        return True
    head = text[:20000]
    tags = len(_TAG_RE.findall(head))
    return tags >= 3 and tags * 1000 / max(len(head), 1) >= _MIN_TAG_RATE


def _decode_bytes(data: bytes) -> tuple[str, bytes | None]:
    if not data.strip():
        raise InputError("the page is empty or only whitespace")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"the input is {what}, not a page")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), None
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"the page starts with a {encoding} byte-order mark but: {exc}"
                ) from exc
    sample = data[:_SAMPLE_CHARS]
    if len(sample.translate(None, _TEXT_BYTES)) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError("the input looks like binary data, not HTML or text")
    declared = _declared_charset(data[:_SNIFF_BYTES])
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            return text, data if declared == "utf-8" else None
            pass
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise DecodeError("cannot find the encoding of the page's bytes (not text?)")
    try:
        return data.decode(best.encoding), None
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"the page's bytes do not decode as {best.encoding}: {exc}") from exc


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET_RE.search(head) or _XML_ENCODING_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that declare Latin-1 are in practice windows-1252 (the HTML standard says so).
    if encoding in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    # A page cannot really be UTF-16 if the declaration was readable as ASCII.
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return "utf-8"
    return encoding

"""Saved web pages: the article in a page, and what the page says about it.

A page saved from a browser is mostly not the article: navigation, related
stories, comments, cookie banners. Its main text is found by trafilatura,
chosen by measurement on 240 real saved pages (``evaluation/pages.py``, the
README has the figures), and so are the title, date, author, site name and
canonical URL the page states. The page is handed over as a decoded string,
never a URL, and nothing here fetches: trafilatura reaches the network only
through ``fetch_url``, which is not used (a test imports pages with every
socket refused).
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.files import Rejected

PAGE_SUFFIXES = {".html", ".htm"}

# Where a page declares its encoding: ``<meta charset="...">``, the
# http-equiv form (``content="text/html; charset=..."``) and an XML
# declaration. Browsers look in the first 1,024 bytes; saved pages often put
# a long comment or script first, so more is read.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_PRESCAN = 16_384
# A declared label as browsers read it (the WHATWG Encoding standard): they
# decode these with the larger Windows or superset code page, and a page
# written for a browser may hold its extra characters.
_AS_BROWSERS_READ = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    # A page that says UTF-16 in a meta tag was read as bytes to find the
    # tag, so it is not UTF-16 (browsers take UTF-8).
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}

# trafilatura and htmldate say on the log what they could not find; the
# import reports a page without text itself.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class Page:
    """A page's article: ``text`` is its title, a blank line, and its
    paragraphs separated by blank lines, so that the structure parser reads
    it as any article; the rest is what the page states (None when not)."""

    text: str
    encoding: str
    title: str | None
    date: str | None
    author: str | None
    site: str | None
    url: str | None


def decode_page(data: bytes) -> tuple[str, str]:
    """The page's markup as text, and the encoding it was read in: a byte
    order mark, then the charset the page declares, then UTF-8, then the
    likeliest legacy encoding (a page saved without a declaration)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, "replace"), encoding
    if found := _DECLARED.search(data[:_PRESCAN]):
        label = (found.group(1) or found.group(2)).decode("ascii").lower()
        encoding = _AS_BROWSERS_READ.get(label, label)
        try:
            codecs.lookup(encoding)
        except LookupError:
            pass
        else:
            # As a browser does: a stray byte the encoding lacks shows as
            # U+FFFD, the rest of the page is read.
            return data.decode(encoding, "replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, "replace"), encoding


def site_of(url: str | None) -> str | None:
    """The site a URL is on, as a source's name: ``www.bbc.co.uk`` ->
    ``bbc.co.uk``; None for what is not a web address."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def read_page(data: bytes) -> Page:
    """The article in a saved page; ``Rejected`` when it holds none."""
    from trafilatura import bare_extraction

    markup, encoding = decode_page(data)
    found = bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        # On the dev pages (evaluation/pages.py), precision mode leaves out
        # 91% of the boilerplate snippets where the default leaves 88%, and
        # finds 90% of the article snippets where the default finds 92%:
        # the only setting at the 0.90 on both.
        favor_precision=True,
    )
    if not found or not (found.get("text") or "").strip():
        raise Rejected("no article text in the page (navigation or scripts only)")
    title = _one_line(found.get("title"))
    paragraphs = [line.strip() for line in found["text"].splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise Rejected("no article text in the page (a title only)")
    text = "\n\n".join(([title] if title else []) + paragraphs)
    return Page(
        text=text,
        encoding=encoding,
        title=title,
        date=found.get("date") or None,
        author=_one_line(found.get("author")),
        site=_one_line(found.get("sitename")),
        url=(found.get("url") or "").strip() or None,
    )


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None

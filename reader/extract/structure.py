"""The shape of an article page: title, metadata lines and body paragraphs.

Pure functions over the decoded text; every span is an offset into it.
A saved news page is a title, a few metadata lines (URL, date, photo
caption, byline), the body with site chrome between paragraphs, and a tail
of comments, tags and recommended links. ``parse_structure`` sorts each
line into one of those so that the reader shows the story alone, while the
original text (and every offset into it) stays untouched.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.extract.boilerplate import TAGS_HEADING, is_chrome, is_trailer, normalise_line
from reader.extract.datelines import (
    closing_date,
    date_alone,
    find_source,
    published_date,
    source_and_dateline_date,
)
from reader.extract.lang import rules_for
from reader.extract.language import detect_language
from reader.extract.model import Extraction, Span

__all__ = ["find_source", "parse_structure"]

TITLE_MAX = 120
TAG_MAX = 60
_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+")
# How many lines under the title may be the page's date line.
DATE_LINES = 3
_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?\s*$"
)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|[。！？]")
_CAPTION = re.compile(
    r"^(?:foto|photo|gambar|ilustrasi|image|picture|bild|写真|사진|图)\s*[:：]\s*(.+)$", re.I
)
_BYLINE = re.compile(
    r"^(?:(?:penulis|reporter|pewarta|author|autor|auteur|文|記者)\s*[:：]\s*|oleh\s*:\s*"
    r"|(?:by|oleh|written by|von|par)\s+(?=[A-Z]))(?P<name>.{2,60})$",
    re.I,
)
# A byline without a colon must be names only: capitalised words, `and`, commas.
_NAMES_ONLY = re.compile(
    r"^(?:[A-Z][\w.'-]*|and|dan|und|et|&|,)(?:[ ,]+(?:[A-Z][\w.'-]*|and|dan|und|et|&))*\.?$"
)
# `Diperbarui: 2025-09-08 14:32 WIB`, `Published: 2025-10-01`: a date stamp, not body.
_STAMP = re.compile(
    r"^(?:diperbarui|diterbitkan|dipublikasikan|updated|published|posted|aktualisiert)\s*[:：]?\s*\S*\d",
    re.I,
)
_EDITOR = re.compile(r"^(?:editor|redaktur|penyunting|edited by)\s*[:：]", re.I)
_TAGS_INLINE = re.compile(TAGS_HEADING.pattern + r"[:：]\s*(\S.*)$", re.I)
_TAGS_ALONE = re.compile(TAGS_HEADING.pattern + r"[:：]?\s*$", re.I)


def lines_with_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without the newline."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Non-empty lines from ``start`` on, stripped of surrounding blanks."""
    spans = []
    for s, e in lines_with_spans(text):
        if e <= start:
            continue
        s = max(s, start)
        line = text[s:e]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((s + lead, s + lead + len(stripped)))
    return spans


_BRACKETED_HEADLINE = re.compile(rf"\s*【([^】\n]{{2,{TITLE_MAX}}})】")


def first_sentence_title(sentence: str) -> str:
    """A title made from running text: a headline the text opens with in
    lenticular brackets (``【…】``, Chinese news), else its first sentence,
    cut at a word."""
    bracketed = _BRACKETED_HEADLINE.match(sentence)
    if bracketed:
        return bracketed.group(1).strip()
    match = _SENTENCE_END.search(sentence)
    if match:
        sentence = sentence[: match.end()]
    sentence = sentence.strip()
    if len(sentence) <= TITLE_MAX:
        return sentence
    cut = sentence[:TITLE_MAX]
    space = cut.rfind(" ")
    if space > TITLE_MAX // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _looks_like_tag(line: str) -> bool:
    return len(line) <= TAG_MAX and not _SENTENCE_END.search(line)


def _split_tags(items: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,;，、|#]", items) if t.strip()]


def _is_chrome(line: str, key: str, chrome: Collection[str]) -> bool:
    """Chrome by the fixed rules, the collection's learnt lines, or a stamp."""
    return bool(
        is_chrome(line)
        or key in chrome
        or _EDITOR.match(line)
        or _STAMP.match(line)
        or published_date(line)
    )


def _sort_lines(
    text: str, title: str, paras: list[Span], chrome: Collection[str], article: Extraction
) -> None:
    """Sort the lines after the title into body, metadata and chrome."""
    title_key = normalise_line(title)
    in_tags = False
    for i, (s, e) in enumerate(paras):
        line = text[s:e]
        key = normalise_line(line)
        if is_trailer(line):
            article.boilerplate.extend(paras[i:])
            return
        if in_tags and _looks_like_tag(line) and not is_chrome(line):
            article.tags.append(line)
            article.boilerplate.append((s, e))
            continue
        in_tags = False
        caption = _CAPTION.match(line)
        byline = _BYLINE.match(line)
        inline_tags = _TAGS_INLINE.match(line)
        if caption and article.caption is None:
            article.caption = caption.group(1).strip()
        elif (
            byline
            and article.byline is None
            and (":" in line[: byline.start("name")] or _NAMES_ONLY.match(byline.group("name")))
        ):
            article.byline = byline.group("name").strip().rstrip(".")
        elif _TAGS_ALONE.match(line):
            in_tags = True
            article.boilerplate.append((s, e))
        elif inline_tags and all(_looks_like_tag(t) for t in _split_tags(inline_tags.group(1))):
            article.tags.extend(_split_tags(inline_tags.group(1)))
            article.boilerplate.append((s, e))
        elif _is_chrome(line, key, chrome) or key == title_key:
            article.boilerplate.append((s, e))
        else:
            article.paragraphs.append((s, e))


def parse_structure(
    text: str,
    *,
    year: int | None = None,
    chrome: Collection[str] = frozenset(),
    lang: str | None = None,
) -> Extraction:
    """Title, metadata, language, body paragraphs, chrome and tags of ``text``.

    Leading URL and date lines are metadata (the shape of livedoor pages); the
    next non-empty line is the title. A text that is a single line has no
    title line, so its title is taken from its first sentence and the whole
    line stays in the body. ``chrome`` holds normalised lines learnt from the
    collection (``boilerplate.find_chrome``); ``year`` completes a year-less
    date such as ``Rabu (23/6)``, which is otherwise kept as ``--06-23``.
    ``lang`` is detected from the body when not given: the source and the
    date are read in its shapes (``datelines``).
    """
    paras = paragraphs(text)
    date = None
    while paras and (
        _URL_LINE.match(text[paras[0][0] : paras[0][1]])
        or _DATE_LINE.match(text[paras[0][0] : paras[0][1]])
    ):
        line = text[paras[0][0] : paras[0][1]]
        if _DATE_LINE.match(line):
            date = line.strip()[:10].replace("/", "-").replace(".", "-")
        paras = paras[1:]
    if not paras:
        return Extraction(title="", lang=lang or "und")
    first = text[paras[0][0] : paras[0][1]]
    if len(paras) == 1 or len(first) > 2 * TITLE_MAX:
        article = Extraction(title=first_sentence_title(first), date=date)
        _sort_lines(text, "", paras, chrome, article)
    else:
        article = Extraction(title=first, date=date)
        _sort_lines(text, first, paras[1:], chrome, article)
    article.lang = lang or detect_language(article.body(text) or article.title)
    article.source, dateline_date = source_and_dateline_date(
        text, article.title, article.paragraphs, rules_for(article.lang), year
    )
    article.date = article.date or dateline_date or _stated_date(text, paras, article, year)
    # A Markdown file's title line is a heading: `# Title` is titled `Title`.
    article.title = _HEADING_MARK.sub("", article.title, count=1) or article.title
    return article


def _stated_date(text: str, paras: list[Span], article: Extraction, year: int | None) -> str | None:
    """The date a page states outside a dateline: after a publication phrase
    on any line, on a line of its own under the title, or closing the page."""
    for s, e in paras:
        date = published_date(text[s:e], year)
        if date:
            return date
    under_title = paras[1:] if article.title == text[paras[0][0] : paras[0][1]] else paras
    for s, e in under_title[:DATE_LINES]:
        date = date_alone(text[s:e].strip(), year)
        if date:
            return date
    s, e = paras[-1]
    return closing_date(text[s:e], year)

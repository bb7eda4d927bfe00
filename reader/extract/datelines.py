"""Where a story comes from and when it was published, as the page states it.

The source is the outlet a dateline names (``LONDON (Reuters) -``,
``Jakarta, detikNews -``, ``(서울=연합뉴스)``, ``新华社北京电``,
``【共同通信】``) or a phrase credits the story to (``seperti dilansir
detikNews``, ``来源：光明日报``). The shapes every language shares are here;
a language's own shapes are in its home (``lang/<code>/datelines.py``),
asked through ``rules_for(lang)``.

The date is taken only where the page states when the story was published:
a dateline (``JAKARTA, June 23, 2025 (Reuters) -``, ``中新社北京3月1日电``), a
publication phrase (``Diterbitkan``, ``Published``, ``发布时间``,
``veröffentlicht``… followed by the date), a date alone on a line at the top
of the page or closing it (``(APA, 24.9.2015)``). A date in the body is an
event's (a birth, a launch, ``kata Budi, Senin (20/10/2025)``): no date is
better than a wrong one, which would sort the story among the wrong days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.dates import find_date
from reader.extract.lang import LanguageRules, all_homes, default_rules

_DASH = r"\s*(?:--|[-–—])\s+"
_PLACE_UPPER = r"[A-Z][A-Z.' ]{1,30}"
_PLACE = r"[A-ZÄÖÜ][\w.'/ -]{1,30}?"


@cache
def _agencies() -> str:
    """Every home's wire agencies (``Reuters``, ``dpa``, ``APA``), as an
    alternation, each also in capitals, as agencies write their own names
    (``Jakarta (ANTARA) -``); no other spelling (``Harga (afp) - naik``)."""
    names = [n for n in all_homes("agencies") if n.isascii()]
    spellings = set(names) | {n.upper() for n in names}
    return "|".join(re.escape(n) for n in sorted(spellings, key=len, reverse=True))


@cache
def shared_datelines() -> tuple[re.Pattern, ...]:
    """Datelines written alike in every Latin-script language's news."""
    return (
        # `Kanal247.com - `, `JAKARTA, KOMPAS.com - `
        re.compile(
            r"^(?:[A-Z][\w.' ]{1,30}?,\s*)?(?P<source>[A-Za-z0-9][\w-]*(?:\.[a-zA-Z]{2,})+)" + _DASH
        ),
        # `Jakarta, CNN Indonesia --`, `Jakarta, detikFinance -`
        re.compile(
            r"^[A-Z][\w.' ]{1,30}?,\s*(?P<source>(?:[A-Z]|[a-z]+[A-Z])[\w.]*(?:\s[A-Z][\w.]*){0,3})"
            + _DASH
        ),
        # `JAKARTA (Antara) -`, `JAKARTA, June 23, 2025 (Meridian Wire) -`, `(AFP) —`
        re.compile(
            rf"^(?:{_PLACE_UPPER}(?:,[ \t]*[A-Za-z0-9.][A-Za-z0-9. ]{{1,29}}){{0,3}})?\s*"
            r"\((?P<source>[^)]{2,40})\)" + _DASH
        ),
        # `Wien (APA) –`, `Berlin (dpa/AFP) -`, `Hamburg, 5. März (dpa) -`: a place
        # in title case before a known agency (a title-case word before any
        # bracket is too often a name and its initials: `Bank Indonesia (BI) -`).
        re.compile(
            rf"^(?:{_PLACE}(?:,[ \t]*[\w. ]{{1,29}}?){{0,2}}\s*)?"
            rf"\((?P<source>(?:{_agencies()})(?:\s*/\s*(?:{_agencies()}))*)\)"
            r"\s*(?:--|[-–—:])\s*"
        ),
        # `Jakarta, 2021-06-14 - `, `Jakarta, Senin (20/10/2025) -`: a place and
        # the day, no outlet.
        re.compile(r"^[A-Z][\w.' ]{1,30}?,\s*[^\n.–—]{4,40}?\d\)?" + _DASH),
    )


def find_dateline(paragraph: str, rules: LanguageRules | None = None) -> re.Match | None:
    """The dateline a paragraph opens with, in the shapes of ``rules``'s
    language (every language's without) and those all languages share."""
    rules = rules or default_rules()
    for pattern in (*rules.datelines, *shared_datelines()):
        match = pattern.match(paragraph.lstrip())
        if match:
            return match
    return None


def _outlet(match: re.Match, rules: LanguageRules) -> str | None:
    source = match.groupdict().get("source")
    if not source:
        return None
    source = source.strip()
    return rules.outlet(source) if rules.outlet else source


def find_source(paragraph: str, rules: LanguageRules | None = None) -> str | None:
    """The news source named in a dateline at the start of a paragraph."""
    rules = rules or default_rules()
    match = find_dateline(paragraph, rules)
    return _outlet(match, rules) if match else None


def source_and_dateline_date(
    text: str,
    title: str,
    paragraphs: Sequence[tuple[int, int]],
    rules: LanguageRules,
    year: int | None,
) -> tuple[str | None, str | None]:
    """The outlet and the date the first dateline states (title or one of the
    first three paragraphs), else the outlet a credit phrase names."""
    source = date = None
    for pattern in rules.title_datelines:
        match = pattern.match(title.lstrip())
        if match:
            source = _outlet(match, rules)
            break
    for s, e in paragraphs[:3]:
        match = find_dateline(text[s:e], rules)
        if match:
            source = source or _outlet(match, rules)
            found = find_date(match.group(0), year)
            date = found[0] if found else None
            break
    if source is None:
        source = _credited(text, paragraphs, rules)
    return source, date


def _credited(text: str, paragraphs: Sequence[tuple[int, int]], rules: LanguageRules) -> str | None:
    for s, e in paragraphs:
        for pattern in rules.credits:
            match = pattern.search(text, s, e)
            if match:
                return _outlet(match, rules)
    return None


@cache
def _published() -> re.Pattern:
    """A publication phrase of any home: the page's chrome is often in
    another language than its story (`Updated` over Indonesian news)."""
    words = sorted(all_homes("published"), key=len, reverse=True)
    return re.compile(
        r"(?:^|[|·•/]\s*)(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])"
        r"(?:\s*(?:am|on|le|el|pada|at)\b)?\s*[:：]?\s*",
        re.IGNORECASE,
    )


# How far after a publication phrase its date may start: a day's name
# (`Diterbitkan Senin, 20 Oktober 2025`).
_PHRASE_GAP = 12
# A stamp is a line of metadata; a paragraph that opens with `Published
# 4 March 2025, the report…` is about another publication.
STAMP_MAX = 120


def published_date(line: str, year: int | None = None) -> str | None:
    """The date a publication phrase gives (`Published: 2025-10-01`,
    `发布时间：2025年3月1日`, `veröffentlicht am 5. März 2024`), or None."""
    if len(line) > STAMP_MAX:
        return None
    for match in _published().finditer(line):
        found = find_date(line[match.end() : match.end() + 60], year)
        if found and found[1] <= _PHRASE_GAP:
            return found[0]
    return None


# What may stand beside a date on a line of its own: a day's name, a time and
# its zone, the initials or agency of a closing stamp (`(APA, 24.9.2015)`):
# two words at most, a run of Latin letters or Hangul counting as one, and
# each character of a script written without spaces (`新製品は…に発売` is a
# sentence; `The phone launches 5 May 2025.` too).
_WORD = re.compile(r"[A-Za-zÀ-ɏ]+|[가-힣]+|[^\W\d_A-Za-zÀ-ɏ가-힣]")
_CLOSING_STAMP = re.compile(r"\(([^()]{4,40})\)\s*$")


def date_alone(line: str, year: int | None = None) -> str | None:
    """The date of a line that is a date and little else
    (`Senin, 20 Oktober 2025 14:30 WIB`, `(1.3.2016)`), else None."""
    if len(line) > 60:
        return None
    found = find_date(line, year)
    if not found:
        return None
    rest = line[: found[1]] + " " + line[found[2] :]
    return found[0] if len(_WORD.findall(rest)) <= 2 else None


def closing_date(line: str, year: int | None = None) -> str | None:
    """The date of a page's last line when it is alone on it, or in the
    bracketed stamp that closes it (`… nachwirken. (red, 1.3.2016)`)."""
    date = date_alone(line.strip(), year)
    if date:
        return date
    stamp = _CLOSING_STAMP.search(line)
    return date_alone(stamp.group(1), year) if stamp else None

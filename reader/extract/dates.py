"""Dates as articles state them, turned into ISO 8601.

News pages write the day of the story in many ways: ``Selasa (21/10/2025)``
and the year-less ``Rabu (23/6)`` in Indonesian, ``June 23, 2025`` and
``23 June 2025`` in English, ``23 Juni 2025``, ``2025年6月23日``. A year-less
date cannot become ``YYYY-MM-DD`` on its own: given a reference ``year`` (the
import layer knows the file's or the feed's year) it is completed, otherwise
it is kept as the ISO 8601 / XML Schema month-day form ``--MM-DD`` so that
the day is not lost and a caller can complete it later with ``complete``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    # English, Indonesian, German, French, Dutch: full names and common abbreviations.
    **dict.fromkeys(["january", "jan", "januari", "januar", "janvier", "janv"], 1),
    **dict.fromkeys(["february", "feb", "februari", "februar", "février", "févr", "pebruari"], 2),
    **dict.fromkeys(["march", "mar", "maret", "märz", "mars", "maart"], 3),
    **dict.fromkeys(["april", "apr", "avril", "avr"], 4),
    **dict.fromkeys(["may", "mei", "mai"], 5),
    **dict.fromkeys(["june", "jun", "juni", "juin"], 6),
    **dict.fromkeys(["july", "jul", "juli", "juillet", "juil"], 7),
    **dict.fromkeys(["august", "aug", "agustus", "agu", "agt", "août"], 8),
    **dict.fromkeys(["september", "sep", "sept", "septembre"], 9),
    **dict.fromkeys(["october", "oct", "oktober", "okt", "octobre"], 10),
    **dict.fromkeys(["november", "nov", "nopember", "novembre"], 11),
    **dict.fromkeys(
        ["december", "dec", "desember", "des", "dezember", "dez", "décembre", "déc"], 12
    ),
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_NAME = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)

# Each pattern comes with the characters of which every match holds one, or
# None: a text without any of them is not scanned at all (scanning the
# window costs 10 to 50 µs a pattern, and most texts have no slash or CJK).
_PATTERNS = [
    # 2025-06-23, 2025/06/23
    ("ymd", re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b"), None),
    # 2025年6月23日, 2025년 6월 23일
    ("ymd", re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), "年년"),
    # Selasa (21/10/2025), Rabu (23/6): the Indonesian day-of-story convention
    ("dmy", re.compile(_DAY_NAME + r",?\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)"), "/"),
    # June 23, 2025 / Jun. 23 2025
    # (The lookahead only skips, cheaply, places where no month name can start:
    # tried at every word, the long alternation cost half a millisecond an article.)
    (
        "mdy",
        re.compile(
            rf"\b(?=[adfjmnos]\w*\.?\s+\d)({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
            re.I,
        ),
        None,
    ),
    # 23 Juni 2025 / 23. Juni 2025 / 23 juin 2025
    ("dmy_name", re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I), None),
    # 21/10/2025 on its own, read day first as everywhere but the US
    ("dmy", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "/"),
    # 1.3.2016, 24.09.2015: German and Austrian stamps (`(APA, 24.9.2015)`)
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]*\d)"), "."),
    # 6月23日, 6월 23일: the year left to the reader
    ("md", re.compile(r"(?<![\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), "月월"),
    # A wire dateline, the year left to the reader: `LONDON, Sept 8 (Reuters) -`
    (
        "md_name",
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?=\s*\([^()]{{2,40}}\)\s*[-–—])", re.I),
        "(",
    ),
]


def _iso(year: int | None, month: int, day: int) -> str | None:
    """The ISO form of a real calendar day (a leap year stands in for a missing year)."""
    if year is not None and year < 100:
        year += 2000
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if 1900 <= year <= 2100 else None


def _convert(kind: str, groups: tuple[str | None, ...], year: int | None) -> str | None:
    if kind == "ymd":
        return _iso(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "md":
        return _iso(year, int(groups[0]), int(groups[1]))
    if kind == "md_name":
        return _iso(year, _MONTHS[groups[0].lower()], int(groups[1]))
    if kind == "dmy":
        day, month, stated = groups[-3:]
        return _iso(int(stated) if stated else year, int(month), int(day))
    if kind == "mdy":
        return _iso(int(groups[2]), _MONTHS[groups[0].lower()], int(groups[1]))
    return _iso(int(groups[2]), _MONTHS[groups[1].lower()], int(groups[0]))


def find_date(text: str, year: int | None = None) -> tuple[str, int, int] | None:
    """The first date stated in ``text``: (ISO date, start, end), or None.

    ``year`` completes a year-less date; without it such a date is ``--MM-DD``.
    """
    best: tuple[str, int, int] | None = None
    # Two days of grace: a story dated in Jakarta's today is tomorrow in
    # America's evening.
    latest = (date.today() + timedelta(days=2)).isoformat()
    for kind, pattern, needs in _PATTERNS:
        if kind.startswith("md") and best is not None:
            break  # a date without its year only when none has one
        if needs is not None and not any(c in text for c in needs):
            continue
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            iso = _convert(kind, match.groups(), year)
            # A story is not published after today: a later date is an event
            # it announces, or a typo (``Senin (12/11/2028)`` in a 2025 story) that would sort
            # above every real story.
            if iso and iso <= latest:
                best = (iso, match.start(), match.end())
                break
    return best


def complete(date: str, year: int) -> str:
    """A ``--MM-DD`` date completed with ``year``; a full date is returned as is."""
    return f"{year:04d}{date[1:]}" if date.startswith("--") else date

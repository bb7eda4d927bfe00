"""Main-text extractors for saved web pages, side by side.

Run ``python evaluation/pages.py`` from the repository, after installing
the alternatives that are not dependencies of the reader::

    pip install readability-lxml

On ``../shared/corpora/html/`` (240 saved pages, with snippets of each
page's main text that must appear and of its navigation, comments and
boilerplate that must not), for each extractor in the same run: the share of
must-appear snippets found, the share of must-not snippets left out, title
and date agreement with what the page itself states (its ``og:title``,
``<title>``, ``article:published_time`` or JSON-LD ``datePublished``: only
over the pages that state one), and milliseconds per page.

The pages are split once, seeded: a third is held out. Its figures are
printed, but its misses never are (``--misses`` lists the dev pages' only),
and the choice is made on the dev figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.files import Rejected  # noqa: E402
from reader.pages import decode_page, read_page  # noqa: E402

PAGES = REPO.parent / "shared" / "corpora" / "html"
SEED = 19

# extractor -> (markup, raw bytes) -> (text, title or None, date or None)
Extractor = Callable[[str, bytes], tuple[str, str | None, str | None]]


def _reader(markup: str, data: bytes) -> tuple[str, str | None, str | None]:
    """What the reader stores: ``reader.pages.read_page`` (trafilatura in
    precision mode)."""
    try:
        page = read_page(data)
    except Rejected:
        return "", None, None
    return page.text, page.title, page.date


def _trafilatura_default(markup: str, data: bytes) -> tuple[str, str | None, str | None]:
    from trafilatura import bare_extraction

    found = bare_extraction(markup, include_comments=False)
    if not found:
        return "", None, None
    return found.get("text") or "", found.get("title"), found.get("date")


def _readability(markup: str, data: bytes) -> tuple[str, str | None, str | None]:
    import lxml.html
    from readability import Document

    document = Document(markup)
    summary = document.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return text, document.short_title() or None, None


def _justext(markup: str, data: bytes) -> tuple[str, str | None, str | None]:
    import justext

    # The pages are mostly English and German; jusText needs a language's
    # stop words, and both together serve either.
    stop = justext.get_stoplist("English") | justext.get_stoplist("German")
    paragraphs = justext.justext(markup.encode("utf-8"), stop, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None, None


EXTRACTORS: dict[str, Extractor] = {
    "trafilatura, precision": _reader,
    "trafilatura, default": _trafilatura_default,
    "readability-lxml": _readability,
    "jusText": _justext,
}


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


_META = re.compile(
    r"<meta\s+[^>]*?(?:property|name|itemprop)\s*=\s*[\"']([^\"']+)[\"'][^>]*?"
    r"content\s*=\s*[\"']([^\"']*)[\"']",
    re.I,
)
_META_REVERSED = re.compile(
    r"<meta\s+[^>]*?content\s*=\s*[\"']([^\"']*)[\"'][^>]*?"
    r"(?:property|name|itemprop)\s*=\s*[\"']([^\"']+)[\"']",
    re.I,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_LD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"(\d{4}-\d{2}-\d{2})")
_DATE_KEYS = {"article:published_time", "datepublished", "date", "dc.date", "pubdate"}


def stated(markup: str) -> tuple[list[str], str | None]:
    """The titles a page states (``og:title``, ``<title>``) and its date."""
    import html

    meta = {k.lower(): html.unescape(v) for k, v in _META.findall(markup)}
    meta.update({k.lower(): html.unescape(v) for v, k in _META_REVERSED.findall(markup)})
    titles = [meta[k] for k in ("og:title", "twitter:title") if meta.get(k)]
    if found := _TITLE.search(markup):
        titles.append(html.unescape(found.group(1)))
    date = next(
        (meta[k][:10] for k in _DATE_KEYS if re.match(r"\d{4}-\d{2}-\d{2}", meta.get(k, ""))),
        None,
    )
    if date is None and (found := _LD_DATE.search(markup)):
        date = found.group(1)
    return [t for t in titles if _norm(t)], date


def title_agrees(found: str | None, titles: list[str]) -> bool:
    """The title found is one the page states, or the headline inside its
    ``<title>`` (``Headline | Site``)."""
    got = _norm(found)
    if not got:
        return False
    return any(got == _norm(t) or (len(got) >= 10 and got in _norm(t)) for t in titles)


def split(names: list[str]) -> tuple[list[str], list[str]]:
    """(dev, held out): a fixed, seeded third held out."""
    shuffled = sorted(names)
    random.Random(SEED).shuffle(shuffled)
    third = len(shuffled) // 3
    return sorted(shuffled[third:]), sorted(shuffled[:third])


def score(
    extractor: Extractor, names: list[str], expected: dict, misses: list[str] | None
) -> dict[str, float | int]:
    found = wanted = left_out = unwanted = 0
    titles_ok = titles_n = dates_ok = dates_n = 0
    spent = 0.0
    for name in names:
        data = (PAGES / name).read_bytes()
        markup, _ = decode_page(data)
        started = time.perf_counter()
        text, title, date = extractor(markup, data)
        spent += time.perf_counter() - started
        text = _norm(text)
        for snippet in expected[name].get("with", []):
            wanted += 1
            if _norm(snippet) in text:
                found += 1
            elif misses is not None:
                misses.append(f"{name}: missing {snippet!r}")
        for snippet in expected[name].get("without", []):
            unwanted += 1
            if _norm(snippet) not in text:
                left_out += 1
            elif misses is not None:
                misses.append(f"{name}: kept {snippet!r}")
        page_titles, page_date = stated(markup)
        if page_titles and extractor is not _justext:
            titles_n += 1
            titles_ok += title_agrees(title, page_titles)
        if page_date and extractor in (_reader, _trafilatura_default):
            dates_n += 1
            dates_ok += date == page_date
    return {
        "with": found / max(wanted, 1),
        "without": left_out / max(unwanted, 1),
        "title": titles_ok / titles_n if titles_n else float("nan"),
        "titles": titles_n,
        "date": dates_ok / dates_n if dates_n else float("nan"),
        "dates": dates_n,
        "ms": 1000 * spent / max(len(names), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python evaluation/pages.py", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the dev pages' misses")
    args = parser.parse_args(argv)
    if not PAGES.is_dir():
        print(f"{PAGES}: absent; this evaluation needs ../shared/corpora", file=sys.stderr)
        return 2
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    names = [n for n in expected if (PAGES / n).is_file()]
    dev, heldout = split(names)
    print(f"{len(dev)} dev pages, {len(heldout)} held out (seed {SEED})")
    print(
        f"{'split':<9} {'extractor':<24} {'with':>5} {'without':>8} "
        f"{'title (n)':>11} {'date (n)':>10} {'ms/page':>8}"
    )
    misses: list[str] = []
    for label, part in (("dev", dev), ("held out", heldout)):
        for name, extractor in EXTRACTORS.items():
            try:
                got = score(extractor, part, expected, misses if label == "dev" else None)
            except ImportError as missing:
                print(f"{label:<9} {name:<24} not installed ({missing.name})")
                continue
            title = "–" if got["title"] != got["title"] else f"{got['title']:.2f} ({got['titles']})"
            date = "–" if got["date"] != got["date"] else f"{got['date']:.2f} ({got['dates']})"
            print(
                f"{label:<9} {name:<24} {got['with']:5.2f} {got['without']:8.2f} "
                f"{title:>11} {date:>10} {got['ms']:8.1f}"
            )
    if args.misses:
        print()
        print("\n".join(m for m in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Site chrome inside an article's text: lines a reader should not see as body.

Two sources of knowledge work together. A fixed list of the phrases news
sites print between and after paragraphs (``ADVERTISEMENT``, ``Baca juga:``,
``Read more:``, ``Lesen Sie auch``...) catches chrome in a single article;
``find_chrome`` learns the rest from a collection, because a short line that
recurs across many articles of one site is the site talking, not the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# A whole line that is chrome wherever it appears.
_CHROME_LINE = re.compile(
    r"""^(?:
        scroll\ to\ continue\ with\ content | advertisement | advertisment | iklan
        | komentar\ anda | berikan\ komentar | bagikan | share\ this\ (?:article|story)
        | anzeige | werbung | publicité | 広告 | 광고 | 广告
        | lihat\ juga | baca\ juga | read\ more | related | see\ also
        | mehr\ zum\ thema | lesen\ sie\ auch | lire\ aussi
        | 関連記事 | 【関連記事】 | 관련기사 | 相关阅读 | 相关新闻
        | 무단전재\ 및\ 재배포\ 금지.* | 版权声明.* | ©.* | copyright\ .*
        | read\ the\ rest\ here | click\ here.* | follow\ us\ on\ .* | sign\ up\ for\ .*
    )\s*[.:：]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line that starts like a cross-link or a video promotion.
_CHROME_PREFIX = re.compile(
    r"""^(?:
        (?:baca|lihat)\ (?:juga|pula)\s*: | baca\ selengkapnya | selengkapnya\ di
        | (?:simak|tonton|lihat|saksikan)(?:\ juga)?\ (?:video|live)\b
        | (?:simak|tonton)\ juga\b
        | read\ more\s*: | related\s*: | see\ also\s*: | watch\s*: | also\ read\s*:
        | mehr\ zum\ thema\s*: | lesen\ sie\ auch\s*: | lire\ aussi\s*:
        | 【関連】 | ▶ | ☞ | ■\ ?関連
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Headings after which everything to the end of the page is chrome.
_TRAILER = re.compile(
    r"^(?:rekomendasi\ artikel|artikel\ terkait|berita\ terkait|terpopuler|populer"
    r"|more\ on\ this\ story|related\ (?:articles|stories)|recommended|most\ read"
    r"|weitere\ artikel|articles\ similaires|おすすめ記事|추천\ 기사|热门推荐)\s*:?$",
    re.IGNORECASE | re.VERBOSE,
)

# The heading of a tags section; items follow on the same line or below it.
TAGS_HEADING = re.compile(
    r"^(?:tags?|tag\s+terkait|topik|topics?|keywords?|schlagwörter|タグ|태그|标签)\s*[:：]?\s*",
    re.IGNORECASE,
)

CHROME_MAX = 80


def is_chrome(line: str) -> bool:
    """Whether a stripped line is site chrome by the fixed rules alone."""
    return bool(_CHROME_LINE.match(line) or _CHROME_PREFIX.match(line))


def is_trailer(line: str) -> bool:
    """Whether a line opens the page's trailing chrome (recommended links)."""
    return bool(_TRAILER.match(line))


def normalise_line(line: str) -> str:
    """The form in which lines are compared across articles."""
    return " ".join(line.split()).casefold()


def find_chrome(texts: Iterable[str], min_share: float = 0.1, min_count: int = 3) -> set[str]:
    """Short lines that recur in at least ``min_share`` of the articles.

    Each article counts a line once, so a line repeated inside one story does
    not look like chrome; ``min_count`` keeps a tiny collection (or the same
    article filed twice) from turning its own sentences into chrome. Lines
    are returned normalised (``normalise_line``), the form ``parse_structure``
    compares against.
    """
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        total += 1
        lines = {normalise_line(line) for line in text.split("\n")}
        counts.update(line for line in lines if line and len(line) <= CHROME_MAX)
    needed = max(min_count, min_share * total)
    return {line for line, n in counts.items() if n >= needed}

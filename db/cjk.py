"""Searchable units for scripts written without spaces between words.

FTS5's unicode61 tokenizer makes one token of a whole run of Chinese,
Japanese, Korean or Thai letters, so ``東京`` is not found in ``東京で会議``.
Such runs are also indexed as overlapping character pairs (bigrams), and a
query word in those scripts becomes the phrase of its pairs: ``東京会議``
is ``"東京 京会 会議"``. Only the runs in those scripts get this index, so
Latin text costs nothing extra. The last letter of a run is added on its
own so that a one-letter query (``東*``) finds a run's final letter too.
"""

from __future__ import annotations

import re

_RUN = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u0e00-\u0e7f\U00020000-\U0002fa1f]+"
)


def _may_have_runs(text: str) -> bool:
    """Whether ``text`` holds any letter above U+00FF, where every script
    above begins; mostly answered without reading the text.

    The regex reads a character in about 15 ns, 50 µs for an article, and
    storing one looks for runs in its body twice per full-text index: a
    tenth of the writer's time during an import. An ASCII text says so in
    O(1); one with Latin-1 letters only encodes to Latin-1 (a copy of its
    bytes); any other fails at its first wider letter.
    """
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def has_cjk(text: str) -> bool:
    return _may_have_runs(text) and _RUN.search(text) is not None


def runs(text: str) -> list[str]:
    """The runs of unspaced-script letters in ``text``."""
    return _RUN.findall(text) if _may_have_runs(text) else []


def pairs(run: str) -> list[str]:
    """A run's overlapping bigrams (a one-letter run is itself)."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def word_text(text: str | None) -> str | None:
    """What the word columns index: ``text`` with its runs blanked out."""
    if not text or not has_cjk(text):
        return text
    return _RUN.sub(" ", text)


def index_text(text: str | None) -> str:
    """What the CJK columns of the full-text index hold for ``text``."""
    if not text:
        return ""
    found = runs(text)
    if not found:
        return ""
    out = []
    for run in found:
        out += pairs(run)
        if len(run) > 1:
            out.append(run[-1])
    return " ".join(out)

"""Where lines, sentences and search hits fall in an article's text.

All of it is offsets into ``ArticleDetail.text``, the same offsets that the
store uses for quotes, mentions and highlights, so every layer lines up.
Pure functions: no Textual, no database.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")
# Kinsoku (禁則処理, the line-breaking rules of Chinese, Japanese and Korean
# typesetting: JIS X 4051, GB/T 15834): a closing mark or full stop never
# begins a line, an opening mark never ends one. Text folded at the width
# would otherwise start a line with `。` or `，`, read as a stray mark.
_NO_LINE_START = set("、。，．,.：；？！）」』】〕〉》”’ー・…")
_NO_LINE_END = set("（「『【〔〈《“‘")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[。！？]+[」』”’）]*")


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into lines of at most ``width`` cells.

    Lines break at spaces; a word wider than a line (and text without
    spaces, like Chinese or Japanese) is folded at the width. Newlines are
    hard breaks. Each line is an (start, end) pair; trailing spaces stay on
    the line they end.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = start
    while True:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        lines += _wrap_line(text, pos, stop, width)
        if newline == -1:
            return lines
        pos = newline + 1


def _wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    if start >= end:
        return [(start, start)]
    lines: list[tuple[int, int]] = []
    line_start, used = start, 0
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        word_end = token_start + len(match.group().rstrip())
        word = cell_len(text[token_start:word_end])
        if used + word <= width:
            used += cell_len(text[token_start:token_end])
            continue
        if used:
            lines.append((line_start, token_start))
            line_start, used = token_start, 0
        if word <= width:
            used = cell_len(text[token_start:token_end])
            continue
        for index in range(token_start, word_end):
            char = cell_len(text[index])
            if used + char > width and used:
                cut = _kinsoku(text, line_start, index)
                lines.append((line_start, cut))
                line_start, used = cut, cell_len(text[cut:index])
            used += char
        used += cell_len(text[word_end:token_end])
    lines.append((line_start, end))
    return lines


def _kinsoku(text: str, line_start: int, cut: int) -> int:
    """Where to fold a run at ``cut`` so that the next line does not begin
    with a closing mark nor this one end with an opening mark: as many
    characters earlier as that takes, up to four (a short quotation with its
    marks, 「好」。, goes down whole), each new cut checked again. When no
    such cut leaves anything on the line, the first one stands: a mark out
    of place is better than a line of nothing."""
    moved = cut
    for _ in range(4):
        if not _bad_fold(text, moved):
            return moved
        if moved - 1 <= line_start:
            break
        moved -= 1
    return moved if not _bad_fold(text, moved) else cut


def _bad_fold(text: str, cut: int) -> bool:
    return text[cut] in _NO_LINE_START or text[cut - 1] in _NO_LINE_END


def sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of each sentence, in order.

    A simple rule (an end mark followed by a space, or a CJK full stop) that
    is good enough to move a cursor by; an abbreviation splits a sentence.
    """
    found: list[tuple[int, int, int]] = []
    for number, (para_start, para_end) in enumerate(paragraphs):
        start = para_start
        ends = [m.end() for m in _SENTENCE_END.finditer(text, para_start, para_end)]
        for end in [*ends, para_end]:
            span = strip_span(text, start, end)
            if span:
                found.append((*span, number))
            start = end
    return found


def strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the spaces at either end, or None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def find_words(text: str, words: str) -> list[tuple[int, int]]:
    """Whole-word, case-insensitive occurrences of ``words`` (a tag's name)."""
    parts = re.findall(r"[^\W_]+", words)
    if not parts:
        return []
    pattern = re.compile(
        r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, parts)) + r"(?![^\W_])", re.IGNORECASE
    )
    return [m.span() for m in pattern.finditer(text)]

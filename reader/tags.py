"""The one rule for tags a person types, wherever they type them: a tag
may hold spaces (``harbour strike``), a comma separates tags, and a
leading ``#`` is no part of the name."""

from __future__ import annotations


def split_tags(typed: str) -> list[str]:
    """The tags in ``typed``, each once (case aside), in the order typed,
    their inner spaces kept as single spaces."""
    tags: list[str] = []
    for piece in typed.split(","):
        name = " ".join(piece.split()).lstrip("#").strip()
        if name and name.casefold() not in {t.casefold() for t in tags}:
            tags.append(name)
    return tags


def last_tag(typed: str) -> tuple[int, str]:
    """Where the tag being typed starts in ``typed``, and what of it is
    typed so far (for completion)."""
    start = typed.rfind(",") + 1
    while start < len(typed) and typed[start] in " #":
        start += 1
    return start, typed[start:]

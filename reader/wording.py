"""Counts in words people read: ``1 article``, ``2 articles``."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """``n`` with ``noun``, plural unless ``n`` is one (nouns take an -s)."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"

"""Organisations in Korean text, found by the word they end in."""

from __future__ import annotations

from reader.extract.korean_orgs import find_korean_organisations


def organisations(text: str) -> list[str]:
    return [m.text for m in find_korean_organisations(text, [(0, len(text))], "ko")]


def test_only_korean_articles_are_read_so():
    text = "Kantor Kementerian 한빛전자는 baru."
    assert find_korean_organisations(text, [(0, len(text))], "id") == []

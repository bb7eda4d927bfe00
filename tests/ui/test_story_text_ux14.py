"""Folding text without spaces (Chinese, Japanese) keeps the CJK line-breaking
rules: no line begins with a closing mark, none ends with an opening one."""

from __future__ import annotations

from reader.ui.story_text import wrap


def lines_of(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in wrap(text, 0, len(text), width)]


def test_a_full_stop_never_begins_a_line():
    text = "今天下雨了。明天会晴天"
    lines = lines_of(text, 10)  # five characters a line
    assert "".join(lines) == text
    assert not any(line.startswith("。") for line in lines), lines
    assert lines[0] == "今天下雨"


def test_an_opening_bracket_never_ends_a_line():
    text = "市长说「我们会修路」"
    lines = lines_of(text, 8)  # four characters a line
    assert "".join(lines) == text
    assert not any(line.endswith("「") for line in lines), lines


def test_ordinary_text_folds_at_the_width():
    text = "一二三四五六七八"
    assert lines_of(text, 8) == ["一二三四", "五六七八"]

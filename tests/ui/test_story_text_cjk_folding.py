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


def test_a_short_quotation_goes_down_whole_with_its_marks():
    """Stepping back past 。 and 」 lands after 「: the cut is checked
    again, so the line does not end with the opening mark."""
    text = "一二「好」。三四五六"
    lines = lines_of(text, 10)
    assert "".join(lines) == text
    assert lines[0] == "一二", lines
    assert not any(line.endswith("「") for line in lines), lines


def test_no_line_is_left_holding_an_opening_mark_alone():
    text = "他说：「好」。他走了。"
    lines = lines_of(text, 6)
    assert "".join(lines) == text
    assert "「" not in lines, lines
    assert all(lines), lines


def test_a_run_of_marks_still_folds_at_the_width():
    """No cut satisfies the rules: the first one stands, no line is empty."""
    text = "「「「「「「"
    assert lines_of(text, 4) == ["「「", "「「", "「「"]

"""Latin letters in Chinese prose that name nothing.

Chinese writes an organisation's name in its own script (``世界贸易组织``,
``大众``); what it writes in capitals is mostly a term, a standard, a model
or a qualification (``SUV``, ``牵引力控制系统（TCS）``, ``注册会计师(CPA)``,
``凯迪拉克SRX``): on the tuning gold, two in twenty-five acronyms the tagger
took for organisations were one. An acronym is kept where something says it
names a body: an organisation's word right after it somewhere in the article
(``Norwin集团``, ``ECO学院``), a source's label or ``据`` before it
(``来源：SFDA``, ``据SFDA消息``), a verb of reporting after it (``FDA表示``), or
the short list of bodies Chinese news names by initials (``acronyms.txt``).
English written without spaces is no name either (``glued``).
"""

from __future__ import annotations

import re
from functools import cache

from reader.extract.lang import home_words
from reader.extract.lang.zh import words
from reader.extract.lang.zh.glued import glued_english

# An acronym: capitals only, two or more (`SUV`, `TOEIN`), a hyphen inside
# (`VAN-DIEMEN` is a name's pair of words, not one).
_ACRONYM = re.compile(r"[A-Z]{2,}")
_SOURCE_LABEL = re.compile(r"(?:(?:来源|來源|出处|出處)[：:]\s*|据|據)$")
# What a body does and a term does not: report, say, announce (`SFDA消息`,
# `FDA表示`, `WHO宣布`).
_REPORTS = re.compile(r"消息|报道|報道|表示|宣布|公布|发布|發布|指出|认为|認為|统计|統計")


@cache
def _known() -> frozenset[str]:
    return home_words("zh", "acronyms") | home_words("xx", "outlets")


@cache
def _org_after() -> re.Pattern:
    ends = sorted(
        (w for w in words.ZH_INSTITUTION_ENDS.split() if len(w) > 1), key=len, reverse=True
    )
    return re.compile("|".join(ends))


def latin_not_name(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` names nothing where it
    stands in a Chinese article (see the module's docstring)."""
    if glued_english(text, start, end):
        return True
    name = text[start:end]
    if not _ACRONYM.fullmatch(name) or name.lower() in _known():
        return False
    if _SOURCE_LABEL.search(text, max(0, start - 6), start) or _REPORTS.match(text, end):
        return False
    org = _org_after()
    at = text.find(name)
    while at >= 0:
        if org.match(text, at + len(name)):
            return False
        at = text.find(name, at + len(name))
    return True

"""Chinese datelines and credits.

A dispatch opens with the agency, the bureau's city, the day and 电 (wire)
or 讯 (report): ``新华社北京电``, ``中新社北京3月1日电``, ``本报深圳6月27日电``
(本报, this paper, names no outlet but still dates the story). A page that
reprints an article closes with its credit: ``来源：光明日报``,
``（来源：新华网深圳）``, ``据《羊城晚报》报道``.
"""

import re

_HAN = "\u4e00-\u9fff"
# An outlet's name ends in what it is: agency, site, paper, station.
OUTLET = rf"[{_HAN}A-Za-z]{{1,10}}?(?:通讯社|社|网|报|台)"
# Words that stand for the outlet printing the story, naming none.
SELF = frozenset({"本报", "本网", "本台", "本刊"})

DATELINES = (
    # 中新社北京3月1日电, 新华社北京电, 本报讯, 人民网上海6月3日电
    re.compile(
        rf"[（(【]?\s*(?P<source>{OUTLET})[{_HAN}]{{0,8}}?"
        r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)(?![\u4e00-\u9fff]{2})"
    ),
)

CREDITS = (
    # 来源：光明日报 (closing the text), （来源：新华网深圳）
    re.compile(r"[（(]?来源\s*[:：]\s*(?P<source>[^\s（）()，。,;；|:：]{2,20}?)\s*[）)]?\s*$"),
    # 据《羊城晚报》报道 closing the text
    re.compile(r"据《(?P<source>[^》]{2,20})》报道\s*[。.]?\s*$"),
)
# `新华网深圳`: the credit names the outlet and its bureau's city.
OUTLET_AND_CITY = re.compile(rf"^(?P<outlet>{OUTLET})[{_HAN}]{{2,3}}$")


def outlet(source: str) -> str | None:
    """The outlet of a credit or dateline: None for 本报, without the
    bureau's city (新华网深圳 is 新华网)."""
    if source in SELF:
        return None
    city = OUTLET_AND_CITY.match(source)
    return city.group("outlet") if city else source

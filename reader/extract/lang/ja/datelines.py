"""Japanese datelines: the agency in lenticular brackets.

Wire copy opens with ``【共同通信】`` or the bureau and the agency
``【ワシントン共同】``, ``【ロンドン時事】``; a site's own column puts its
name before the headline (``【Sports Watch】浅田…``, ``【Sports Watch／競馬】``).
"""

import re

from reader.extract.lang import home_words

# 共同, 時事, ロイター…: agencies written without what they are.
_AGENCIES = "|".join(sorted(home_words("ja", "agencies"), key=len, reverse=True))

DATELINES = (
    # 【共同通信】, 【毎日新聞】
    re.compile(rf"【(?P<source>{_AGENCIES}|[^】]{{1,12}}?(?:通信社|通信|新聞))】"),
    # 【ワシントン共同】, 【ロンドン時事】: the bureau's city, then the agency
    re.compile(rf"【[^】=＝]{{1,10}}?[=＝・]?(?P<source>{_AGENCIES})】"),
)
TITLE_DATELINES = (
    *DATELINES,
    # 【Sports Watch】, 【Sports Watch／競馬】: a name in Latin letters of two
    # words or more (one word is a topic: 【PR】, 【iPhone】).
    re.compile(r"【(?P<source>[A-Za-z][\w&'.-]*(?: [A-Za-z][\w&'.-]*)+)(?:[／/][^】]{1,10})?】"),
)

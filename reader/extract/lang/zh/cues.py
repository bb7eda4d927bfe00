"""Chinese quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

# The verbs that report speech; a longer one first (`介绍说` before `说`).
_VERBS = (
    "介绍说|补充说|解释说|告诉记者|对记者说|表示|介绍|透露|坦言|直言|解释|补充|回忆|感叹|坦承"
    "|说道|笑称|笑言|提醒|呼吁|谈到|说|称|指出|强调|认为"
    # Asking, shouting and writing quote too (`朋友问`, `我们祖宗讲“…”`), not
    # the nouns they open (`问题`, `讲座`).
    "|问道|写道|喊道|叫道|讲(?![究座台述课解话师])|问(?![题卷世候号津])|喊"
)
# Who speaks: a title and a name run to twenty characters
# (`上海大学党委副书记俞涛`).
TAIL = [re.compile(rf"[\s，,。]*(?P<who>[^\s，,。“”\"：:]{{1,20}}?)(?P<cue>{_VERBS})")]
HEAD = [
    # Searched over the whole text before a quotation, the cue ends it: the
    # lookahead skips at once every position too far from the end to open
    # the speaker and cue (``_head`` took 8 ms an article without it).
    re.compile(
        rf"(?=[\s\S]{{1,32}}$)(?P<who>[^\s，,。“”\"：:]{{1,20}}?)(?P<cue>{_VERBS})[:：，,]?\s*$"
    ),
    # A colon introduces what is quoted, whatever the verb before it
    # (`临走时还补问一句：“…”`, `通知写明：“…”`); its speaker is the context's.
    re.compile(r"(?P<cue>[:：])\s*$"),
]

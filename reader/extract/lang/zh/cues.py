"""Chinese quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

TAIL = [
    re.compile(r"[\s，,。]*(?P<who>[^\s，,。“”\"：:]{1,10}?)(?P<cue>表示|说|称|指出|强调|认为)")
]
HEAD = [
    re.compile(r"(?P<who>[^\s，,。“”\"：:]{1,10}?)(?P<cue>表示|说|称|指出|强调|认为)[:：，,]?\s*$")
]

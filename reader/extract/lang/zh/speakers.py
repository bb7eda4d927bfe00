"""Who said a Chinese quotation that no cue attributes.

Chinese features open a paragraph with what someone said and name them in
the sentence after it, with no speech verb (``“……”家住河西区的王秀兰不无遗憾。``,
``“……”11日，李建国夫妇将诉状递进法院。``): the first person that sentence
names, close behind the closing mark, is the speaker.
"""

from __future__ import annotations

import re

from reader.extract.model import Mentions

_SENTENCE_END = re.compile(r"[。！？!?“「]")
# How far behind the closing mark the speaker may be named.
_NEAR = 24


def named_after(text: str, end: int, stop: int, entities: Mentions) -> str | None:
    """The first person named in the sentence after a quotation that ends
    at ``end`` (within ``stop``, the paragraph's end), close behind it."""
    after = end + 1
    sentence = _SENTENCE_END.search(text, after, stop)
    limit = min(sentence.start() if sentence else stop, after + _NEAR)
    for mention in entities.overlapping(after, limit):
        if mention.type == "PER" and mention.start >= after:
            return entities.full_names[mention.key]
    return None

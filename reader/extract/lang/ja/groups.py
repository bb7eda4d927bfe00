"""A Japanese company named with or without its group's Latin letters.

The press writes a subsidiary with its parent's acronym before its katakana
name or without it (``NTTドコモ``, ``ドコモ``): the name alone is that
company's short form, which the collection weighs like any other
(``db.identity.link_short_forms``: the lone name must not stand alone far
more often than the pair is written, else it is another company, as
``ヤフー`` beside ``LINEヤフー``).
"""

from __future__ import annotations

import re

# A Latin acronym of a group before a company's name in katakana
# (``NTTドコモ``, ``KDDIエボルバ``), as the import keys it (lower case).
_GROUP_PREFIX = re.compile(r"([a-z]{2,5})([\u30a0-\u30ff][\u30a0-\u30ff\u30fc]+)")
# Letters before a katakana name that are no group: a satellite channel
# (``BS``, ``CS``: BSフジ is a channel of its own, not フジ) or a country
# (``US``: USスチール is one company, スチール a common word).
_NOT_GROUPS = frozenset({"bs", "cs", "us", "uk", "eu"})


def without_group_prefix(key: str) -> str | None:
    """A company's ``key`` without the Latin acronym of its group written
    before it (``nttドコモ`` -> ``ドコモ``), None otherwise. A Latin acronym
    before kanji (``JR東日本``) is no such prefix: the kanji left are a
    region or a trade."""
    found = _GROUP_PREFIX.fullmatch(key)
    if not found or found.group(1) in _NOT_GROUPS or len(found.group(2)) < 2:
        return None
    return found.group(2)

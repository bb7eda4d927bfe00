"""Portuguese: word lists (function words, days and months), no cues of its own yet.

Until it has them it reads English's cues and every home's roles, as a
language without a home does.
"""

from dataclasses import replace

from reader.extract.lang import default_rules

RULES = replace(default_rules(), code="pt")

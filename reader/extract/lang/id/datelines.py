"""Indonesian credits: the outlet a story is taken from, named in the body.

``seperti dilansir detikNews``, ``seperti dikutip dari Reuters``,
``demikian dikutip detikINET dari Techspot``: ``seperti`` (as) or
``demikian`` (thus) makes the outlet the story's source; a bare
``kata Arya dikutip dari detikNews`` credits one quotation, not the story.
"""

import re

# detikNews, Kompas.com, Reuters, The Jakarta Post
_OUTLET = (
    r"(?:[a-z]+[A-Z][\w]*|[A-Za-z0-9][\w-]*(?:\.[a-z]{2,})+"
    r"|[A-Z][\w]+(?:\s(?:[A-Z][\w]+)){0,2})"
)

# `seperti dikutip Selasa (21/10/2025)`: the day it was quoted, no outlet.
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b"

CREDITS = (
    re.compile(
        r"\b(?:seperti|sebagaimana|demikian)\s+(?:di)?(?:lansir|kutip)\s*(?:dari\s*)?"
        rf"(?!{_DAY})(?P<source>{_OUTLET})"
    ),
)

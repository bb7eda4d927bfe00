"""Article text made safe to put on a terminal.

Text from articles is data: a control character, an escape sequence or a
bidi override in it must never reach the terminal as itself. Each becomes a
visible stand-in of one character, so offsets into the text stay valid.
"""

from __future__ import annotations

import re

# C0 controls (but tab and newline), DEL, C1 controls, bidi embeddings,
# overrides and isolates, and the line/paragraph separators.
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC
    if code == 0x7F:
        return "␡"
    return "�"


def visible(text: str) -> str:
    """``text`` with every unsafe character replaced one for one."""
    return _UNSAFE.sub(lambda m: _stand_in(m.group()), text)


def one_line(text: str) -> str:
    """Like ``visible``, with newlines and tabs as spaces."""
    return visible(text).replace("\n", " ").replace("\t", " ")


def json_safe(encoded: str) -> str:
    """JSON text with the unsafe characters that JSON leaves raw escaped."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)

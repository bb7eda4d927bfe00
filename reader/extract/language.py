"""Language identification that is deterministic and cheap.

Scripts that identify a language by themselves (Hangul, Kana) are decided
without langdetect; for the rest langdetect runs, seeded, on a bounded
sample of the body so that a long article costs no more than a short one.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect

DetectorFactory.seed = 0

UNDETERMINED = "und"
_SAMPLE_CHARS = 2000
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` (``zh-cn``/``zh-tw`` for Chinese), or ``und``."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 3:
        return UNDETERMINED
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if hangul / letters > 0.3:
        return "ko"
    if kana and (kana + han) / letters > 0.3:
        return "ja"
    if han / letters > 0.5:
        return "zh-tw" if _is_traditional(sample) else "zh-cn"
    try:
        return detect(sample)
    except LangDetectException:
        return UNDETERMINED


# Characters that only occur in traditional Chinese script.
_TRADITIONAL_ONLY = set("們這個時國會說與來對經發後過當還點開關將應問學動實現從頭變體標導聞區")


def _is_traditional(sample: str) -> bool:
    return sum(c in _TRADITIONAL_ONLY for c in sample) > 2

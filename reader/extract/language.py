"""Language identification that is deterministic and cheap.

Scripts that identify a language by themselves (Hangul, Kana) are decided
without langdetect, and so is Latin-script text whose function words leave
no doubt (a news paragraph in Indonesian is a third ``yang``, ``dan``,
``di``...). Everything else goes to langdetect, seeded, on a bounded sample
of the body so that a long article costs no more than a short one. The
function-word path exists for speed: langdetect costs about 2 ms an
article, the whole import budget.

langdetect's profiles are held sparsely (``SparseFactory``): as langdetect
keeps them, a list of 55 floats for each of 88k n-grams of which 96% are
zero, they cost 60 MB, most of what an import's worker processes share, and
reading them copies them into each worker page by page (reading a float
changes its reference count).
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from functools import cache
from itertools import islice

from langdetect import DetectorFactory, LangDetectException
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode

DetectorFactory.seed = 0

UNDETERMINED = "und"
_SAMPLE_CHARS = 1000
_HANGUL_CHARS = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_KANA_CHARS = "\u3040-\u30ff"
_HAN_CHARS = "\u4e00-\u9fff\u3400-\u4dbf"
_HANGUL = re.compile(f"[{_HANGUL_CHARS}]")
_KANA = re.compile(f"[{_KANA_CHARS}]")
_HAN = re.compile(f"[{_HAN_CHARS}]")
_EAST_ASIAN = re.compile(f"[{_HANGUL_CHARS}{_KANA_CHARS}{_HAN_CHARS}]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` (``zh-cn``/``zh-tw`` for Chinese), or ``und``."""
    sample = text[:_SAMPLE_CHARS]
    if _EAST_ASIAN.search(sample) is None:
        # No Hangul, Kana or Han: no share of a script to count (three scans
        # and a list of every letter), only whether there are letters at all.
        if len(list(islice(_LETTER.finditer(sample), 3))) < 3:
            return UNDETERMINED
    else:
        by_script = _by_script(sample)
        if by_script:
            return by_script
    by_words = _by_function_words(sample)
    if by_words:
        return by_words
    try:
        detector = SparseDetector(_factory())
        detector.append(sample)
        return detector.detect()
    except LangDetectException:
        return UNDETERMINED


# A word as scripts are counted: a run of Hangul or of other letters (Latin,
# Cyrillic…) written without spaces, or one Han or Kana character (those
# scripts write no spaces; a character is about a word). `AppleMacBookPro`
# is one word among the Chinese around it, not fifteen letters.
_CJK_CHARS = f"{_KANA_CHARS}{_HAN_CHARS}"
_SCRIPT_WORD = re.compile(
    f"[{_HANGUL_CHARS}]+|[{_CJK_CHARS}]|[^\\W\\d_{_HANGUL_CHARS}{_CJK_CHARS}]+"
)
# A prose line holds a sentence's worth of words; shorter lines are menus,
# spec lists, brand names and captions, which say little of the language.
_PROSE_WORDS = 8


def _prose(sample: str) -> tuple[str, int]:
    """The sample's prose lines (all of it when no line is prose), and how
    many words they hold."""
    counted = [(line, len(_SCRIPT_WORD.findall(line))) for line in sample.split("\n")]
    prose = [(line, words) for line, words in counted if words >= _PROSE_WORDS]
    chosen = prose or counted
    return "\n".join(line for line, _ in chosen), sum(words for _, words in chosen)


# The words of each script, counted in the prose as a whole: a word of
# Hangul is a run of it, one of Kana or Han a single character
# (``_SCRIPT_WORD``). Counting runs over the text instead of matching each
# word took the script count from a quarter of a millisecond an article to
# a tenth of that, with the same counts.
_HANGUL_RUN = re.compile(f"[{_HANGUL_CHARS}]+")


def _by_script(sample: str) -> str | None:
    """Korean, Japanese or Chinese when its script writes a good share of the
    words of the prose; ``und`` when there are hardly any letters."""
    if len(list(islice(_LETTER.finditer(sample), 3))) < 3:
        return UNDETERMINED
    prose, words = _prose(sample)
    hangul = len(_HANGUL_RUN.findall(prose))
    kana = len(_KANA.findall(prose))
    han = len(_HAN.findall(prose))
    if hangul / words > 0.3:
        return "ko"
    if kana and (kana + han) / words > 0.3:
        return "ja"
    if han / words > 0.3:
        return "zh-tw" if _is_traditional(sample) else "zh-cn"
    return None


# One language's probability of an n-gram: (language index, probability).
_ENTRY = struct.Struct("<Bd")


class SparseFactory(DetectorFactory):
    """langdetect's factory keeping, for each n-gram, only the languages
    whose probability is not zero, packed in one ``bytes`` (``_ENTRY``s in
    language order): 18 MB instead of 61, and no float objects."""

    def add_profile(self, profile, index, langsize):
        """langdetect's ``add_profile``, appending to the packed entries."""
        if profile.name in self.langlist:
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist.append(profile.name)
        packed_of = self.word_lang_prob_map
        for word, count in profile.freq.items():
            packed = packed_of.get(word, b"")
            length = len(word)
            if 1 <= length <= 3:
                packed += _ENTRY.pack(index, 1.0 * count / profile.n_words[length - 1])
            packed_of[word] = packed


class SparseDetector(Detector):
    """langdetect's detector reading a ``SparseFactory``: each update
    unpacks the n-gram's probabilities into the list langdetect would have
    held and does the same arithmetic, so the result is the same."""

    def _update_lang_prob(self, prob, word, alpha):
        packed = self.word_lang_prob_map.get(word) if word is not None else None
        if packed is None:
            return False
        lang_prob_map = [0.0] * len(prob)
        for i, p in _ENTRY.iter_unpack(packed):
            lang_prob_map[i] = p
        weight = alpha / self.BASE_FREQ
        prob[:] = [p * (weight + q) for p, q in zip(prob, lang_prob_map, strict=True)]
        return True


@cache
def _factory() -> SparseFactory:
    """Loaded on first use: most articles never need langdetect."""
    factory = SparseFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


# Characters that only occur in traditional Chinese script.
_TRADITIONAL_ONLY = set("們這個時國會說與來對經發後過當還點開關將應問學動實現從頭變體標導聞區")


def _is_traditional(sample: str) -> bool:
    return sum(c in _TRADITIONAL_ONLY for c in sample) > 2


# Frequent words of each language; a word several languages share (``de``,
# ``a``) is listed under each of them, so that it counts for none alone.
_FUNCTION_WORDS = {
    "id": "yang dan di dengan untuk dari ini itu dalam tidak akan pada juga ke karena"
    " adalah oleh sebagai telah bahwa atau saat kata mereka tersebut",
    "en": "the and of to in is that for on with was said it by as at from his are have",
    "de": "der die und das ist nicht mit den von zu sich auf dem ein eine auch für wird im",
    "fr": "le la les et des est un une du que dans pour pas qui sur au avec sont ce"
    " cette selon mais ont aux été leur nous plus être fait avait de a",
    "es": "el la los las y que en del por con una para es se al su lo como más de a",
    "nl": "de het een en van is niet dat op te met voor zijn er aan ook",
    "pt": "o a os as e que do da em um uma para com não no na por se de",
    "it": "il la di che e le un una per non del della in sono è con si a",
}
_WORD_LANGS: dict[str, list[str]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORD_LANGS.setdefault(_word, []).append(_lang)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 40


def _by_function_words(sample: str) -> str | None:
    """The language whose function words clearly dominate, or None.

    Counted twice: all the listed words, then only the words no other listed
    language has (French shares ``la``, ``que``, ``en`` with Spanish, Italian
    and Portuguese, so its text rarely dominates on all words).
    """
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    counts: dict[str, int] = {}
    unique: dict[str, int] = {}
    # Each listed word of the sample once, with how often it occurs: the
    # same sums for a fraction of the loop. (The order the languages are
    # met in differs; ``_dominant`` gives None on a tie, whatever it is.)
    found = Counter(words)
    for word in found.keys() & _WORD_LANGS.keys():
        times = found[word]
        langs = _WORD_LANGS[word]
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + times
        if len(langs) == 1:
            unique[langs[0]] = unique.get(langs[0], 0) + times
    return _dominant(counts, 0.12 * len(words)) or _dominant(unique, 0.08 * len(words))


def _dominant(counts: dict[str, int], enough: float) -> str | None:
    """The language with at least ``enough`` hits and three times the next."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if hits >= enough and hits >= 3 * runner_up else None

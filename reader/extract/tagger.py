"""The entity tagger: tokens, candidate tokens, features and Viterbi decoding.

Names in Latin-script news are capitalised, so only capitalised tokens and
the small words that join them (``bin``, ``van``, ``of``, a hyphen) are ever
looked at. Each run of such candidate tokens (``Universitas Gadjah Mada``)
is tagged as one sequence by an averaged structured perceptron with BIO
transition weights, decoded exactly with Viterbi; every token outside a run
is ``O``. ``evaluation/train_ner.py`` trains the weights on Indonesian NER
gold and ships them as ``data/ner_model.json.gz``.

Features of a word on its own (shape, affixes, how the word is written
across unlabelled news, which word lists and gazetteers hold it) are summed once per word
and cached; only the features of its context are looked up per token.
"""

from __future__ import annotations

import gzip
import json
import re
from array import array
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from reader.extract.lexicon import DATA, gazetteer, place_parts, word_list, word_stats

MODEL_FILE = DATA / "ner_model.json.gz"
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
N_TAGS = len(TAGS)

_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# An apostrophe inside a word joins it (`Ma'ruf`, `don't`); a possessive
# `'s` does not, so that `Trump's` is the name `Trump`.
_TOKEN = re.compile(rf"[{_LATIN}0-9]+(?:['’](?![sS]\b)[{_LATIN}]+)*|[^\W{_LATIN}0-9_]+|[^\w\s]")
_APOSTROPHES = re.compile("['’]")
# What follows the apostrophe of an English contraction.
_CONTRACTED = frozenset(("m", "re", "ve", "ll", "d", "t", "s"))
_LATIN_START = re.compile(rf"[{_LATIN}0-9]")
_SENTENCE_END = frozenset(".!?。！？")
_QUOTES = frozenset("\"'“”‘’«»„(")
_NEG = float("-inf")


class Token(NamedTuple):
    """A token of running text; ``first`` marks the start of a sentence and
    ``joined`` a token written without a space after the previous one."""

    text: str
    start: int
    end: int
    first: bool
    joined: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``: words, non-Latin runs and single marks."""
    tokens: list[Token] = []
    append = tokens.append
    first = True
    prev_end = -1
    make = tuple.__new__  # a third faster than Token(...), on every word of every article
    opening = False
    quotes, sentence_end = _QUOTES, _SENTENCE_END
    # Only spaces and underscores, which no token holds, lie between two
    # tokens: a word's first occurrence after the previous token is where it
    # was matched, and finding it is cheaper than a match object per word.
    find = text.find
    e = start
    for word in _TOKEN.findall(text, start, len(text) if end is None else end):
        s = find(word, e)
        e = s + len(word)
        joined = s == prev_end
        append(make(Token, (word, s, e, first or (opening and joined), joined)))
        prev_end = e
        if word in quotes:
            # A quotation opened mid-sentence starts a sentence of its own.
            opening = not joined
        else:
            opening = False
            first = word in sentence_end
    return tokens


def is_capitalised(word: str) -> bool:
    """True for ``Jakarta``, ``BPS``, ``iPhone``, ``detikcom``-style mixed case."""
    return word[:1].isupper() or (
        not word.islower() and word.isalnum() and any(c.isupper() for c in word)
    )


def is_word(word: str) -> bool:
    """Whether a token is a word, not a mark: letters and digits, or a name
    the tokenizer joined at an inner apostrophe (``O'Brien``, ``Mu'ti``),
    not a contraction (``We're``, ``I'm``, ``Don't``)."""
    if word.isalnum():
        return True
    parts = _APOSTROPHES.split(word)
    return (
        len(parts) > 1 and parts[-1].lower() not in _CONTRACTED and all(p.isalnum() for p in parts)
    )


def _latin(word: str) -> bool:
    """Whether a token is a word of Latin letters or digits (``_TOKEN``
    keeps those apart from runs of other scripts)."""
    return _LATIN_START.match(word) is not None


def candidates(tokens: Sequence[Token]) -> list[bool]:
    """Which tokens may be part of a name; every other token is ``O``.

    Capitalised words, a place head just before one (``desa Talang``), and
    after one the small words that join names (``bin``, ``of``), numbers and
    the parts of a hyphenated word (``Soo-man``).
    """
    n = len(tokens)
    # A word with an uppercase letter: ``Jakarta``, ``BPS``, ``iPhone``,
    # ``O'Brien``, ``Mu'ti`` (the tokenizer keeps an inner apostrophe).
    # (A word in lower case, most of them, is not asked whether it is one.)
    caps = [w.lower() != w and is_word(w) for w in map(itemgetter(0), tokens)]
    cand = caps[:]
    heads, joiners = word_list("place_heads"), word_list("joiners")
    for i in compress(range(n), caps):
        if i and not caps[i - 1] and tokens[i - 1].text.lower() in heads:
            cand[i - 1] = True
        j = i + 1
        while j < n and not caps[j]:
            tok = tokens[j]
            word = tok.text
            if (
                (j + 1 < n and caps[j + 1] and word.lower() in joiners)
                or word.isdigit()
                # A name ends where the script changes: ``Katrimの住民は…``,
                # ``Kanggromann에`` are a Latin name and the Japanese or
                # Korean after it. (Asked only here: most names are followed
                # by a space.)
                or (
                    tok.joined
                    and (word == "-" or (word.isalnum() and _latin(word) == _latin(tokens[i].text)))
                )
            ):
                cand[j] = True
                j += 1
            else:
                break
    return cand


def runs(cand: Sequence[bool]) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the runs of candidate tokens."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(cand)
    while i < n:
        if cand[i]:
            j = i + 1
            while j < n and cand[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


@lru_cache(maxsize=16384)
def shape(word: str) -> str:
    """Collapsed character classes: ``Jakarta`` -> ``Xx``, ``U-23`` -> ``X-d``."""
    out = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


@cache
def _classes() -> dict[str, str]:
    """The word-list class of a lowercase word: role, organisation or place
    head, or a word that is never a name."""
    out = {}
    for cls, name in (
        ("stop", "stop_names"),
        ("loch", "loc_heads"),
        ("orgh", "org_heads"),
        ("role", "roles"),
    ):
        for w in word_list(name):
            out[w] = cls
    return out


def word_class(low: str) -> str:
    return _classes().get(low, "-")


@lru_cache(maxsize=4096)
def word_features(word: str, first: bool, common: frozenset[str]) -> tuple[str, ...]:
    """Features of a word itself, whatever its context (cached: names recur).

    The gazetteer tiers are also crossed with each other and with whether
    the word is a common word and opens a sentence: a word in both lists,
    or a common word that is also a place, is a weaker sign than a word
    only the gazetteer knows.
    """
    lw = word.lower()
    sh = shape(word)
    com = lw in common
    stats = word_stats().get(lw, ("cr=?",))
    place = gazetteer("places").get(lw, "-")
    given = gazetteer("given_names").get(lw, "-")
    return (
        "b",
        "w=" + word,
        "lw=" + lw,
        "sh=" + sh,
        "p2=" + lw[:2],
        "p3=" + lw[:3],
        "p4=" + lw[:4],
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        f"com={com:d}{first:d}",
        f"comsh={com:d}{sh}",
        f"fsh={first:d}{sh}",
        f"len={min(len(word), 6)}",
        "cls=" + word_class(lw),
        *stats,
        f"{stats[0]}|{first:d}",
        "gp=" + place,
        f"gpw={lw in place_parts():d}",
        "gn=" + given,
        f"gpgn={place}{given}{first:d}{com:d}",
    )


def run_features(lows: Sequence[str], run: tuple[int, int]) -> list[str]:
    """Features shared by every token of a run of candidates (``Universitas
    Gadjah Mada``): the words on its edges and just outside it, which keep a
    name's type consistent across its words, whether the whole run is a
    known place (``Salt Lake City``) and whether it opens with a known given
    name."""
    rs, re_ = run
    before = lows[rs - 1] if rs > 0 else "<s>"
    after = lows[re_] if re_ < len(lows) else "</s>"
    rf, rl = lows[rs], lows[re_ - 1]
    return [
        "rb=" + before,
        "ra=" + after,
        "rf=" + rf,
        "rl=" + rl,
        "rbc=" + word_class(before),
        "rfc=" + word_class(rf),
        "rlc=" + word_class(rl),
        "par=" + f"{before == '('}{after == ')'}",
        "grun=" + gazetteer("places").get(" ".join(lows[rs:re_]), "-"),
        "rfgn=" + gazetteer("given_names").get(rf, "-"),
    ]


ROLE_WINDOW = 6


def context_features(
    tokens: Sequence[Token], lows: Sequence[str], i: int, run: tuple[int, int]
) -> list[str]:
    """Features of token ``i`` in its context (``lows``: the lowercase tokens).

    Besides the neighbours, its position in its run of candidates, and a
    role word earlier in the run (``Nuri Dynamics CEO Park Ji Hoon``), which
    marks where one name ends and the next begins.
    """
    rs, re_ = run
    n = len(lows)
    pos = "S" if re_ - rs == 1 else "B" if i == rs else "E" if i == re_ - 1 else "M"
    lw = lows[i]
    pw = lows[i - 1] if i > 0 else "<s>"
    nw = lows[i + 1] if i + 1 < n else "</s>"
    before = lows[rs - 1] if rs > 0 else "<s>"
    # Only the few words before count: a name is short, and looking further
    # would make a long run of capitalised words quadratic.
    role_in = any(word_class(w) == "role" for w in lows[max(rs + 1, i - ROLE_WINDOW) : i])
    return [
        "pw=" + pw,
        "nw=" + nw,
        "ppw=" + (lows[i - 2] if i > 1 else "<s>"),
        "nnw=" + (lows[i + 2] if i + 2 < n else "</s>"),
        "psh=" + (shape(tokens[i - 1].text) if i > 0 else "<s>"),
        "nsh=" + (shape(tokens[i + 1].text) if i + 1 < n else "</s>"),
        "pwlw=" + pw + "|" + lw,
        "lwnw=" + lw + "|" + nw,
        f"rn={min(re_ - rs, 5)}{pos}",
        "rbpos=" + before + pos,
        "pwc=" + word_class(pw),
        f"rolein={role_in:d}",
    ]


def features(
    tokens: Sequence[Token],
    lows: Sequence[str],
    i: int,
    common: frozenset[str],
    run: tuple[int, int],
) -> list[str]:
    """All feature strings of token ``i`` (what training sees)."""
    word = word_features(tokens[i].text, tokens[i].first, common)
    return [*word, *run_features(lows, run), *context_features(tokens, lows, i, run)]


def allowed(prev_tag: str, tag: str) -> bool:
    """BIO well-formedness: ``I-X`` only continues ``B-X`` or ``I-X``."""
    return not tag.startswith("I-") or (prev_tag != "O" and prev_tag[2:] == tag[2:])


# For each tag, the indices of the tags that may precede it.
_PREV = [[p for p in range(N_TAGS) if allowed(TAGS[p], t)] for t in TAGS]
_ZERO = (0.0,) * N_TAGS
_STARTS = [t for t in range(N_TAGS) if allowed("O", TAGS[t])]
# A token that must be part of a name (``viterbi``'s ``names``) is not ``O``.
_NAME_STARTS = [t for t in _STARTS if TAGS[t] != "O"]


def score(weights: Any, feats: Sequence[str], *base) -> list[float]:
    """The summed weights of ``feats`` (plus the vectors ``base``) for every tag."""
    vectors = [*filter(None, map(weights.get, feats)), _ZERO, *base]
    return list(map(sum, zip(*vectors, strict=True)))


def transitions(weights: Any) -> tuple[list[Sequence[float]], Sequence[float]]:
    """Transition scores ``[prev][tag]`` and the score of ending a run in a tag."""
    return [weights.get("t=" + p, _ZERO) for p in TAGS], weights.get("end", _ZERO)


def viterbi(
    emissions: Sequence[Sequence[float]],
    trans: Sequence[Sequence[float]],
    end: Sequence[float],
    names: Sequence[bool] | None = None,
) -> list[int]:
    """The best well-formed tag sequence for one run (preceded and followed
    by ``O``); tokens marked in ``names`` may not be ``O``."""
    return decode(emissions, Transitions.of(trans, end), names)


# For each tag, the tags that may precede it, each with the score of the
# transition from it into the tag.
Columns = tuple[tuple[tuple[int, float], ...], ...]


class Transitions(NamedTuple):
    """A model's transitions as ``decode`` reads them, made once for the
    tagger's model: Viterbi's innermost loop runs for every token of every
    run, and reads each allowed predecessor with its transition score
    instead of indexing ``trans[p][t]``."""

    start: Sequence[float]  # from ``O`` before the run into each tag
    first: Columns  # into the second token: only from a tag that opens a run
    after: Columns  # into every later token
    end: Sequence[float]

    @classmethod
    def of(cls, trans: Sequence[Sequence[float]], end: Sequence[float]) -> Transitions:
        after = tuple(tuple((p, trans[p][t]) for p in _PREV[t]) for t in range(N_TAGS))
        # The first token scores -inf in every other tag, which never wins
        # a comparison below: those predecessors need no look.
        first = tuple(tuple((p, w) for p, w in before if p in _STARTS) for before in after)
        return cls(trans[0], first, after, end)


def decode(
    emissions: Sequence[Sequence[float]], trans: Transitions, names: Sequence[bool] | None = None
) -> list[int]:
    """``viterbi`` with its transitions made ``Transitions``."""
    start, end = trans.start, trans.end
    if len(emissions) == 1:
        em = emissions[0]
        starts = _NAME_STARTS if names and names[0] else _STARTS
        scores = [start[t] + em[t] + end[t] for t in starts]
        return [starts[scores.index(max(scores))]]  # the first best, as max() picks
    prev = [start[t] + emissions[0][t] if t in _STARTS else _NEG for t in range(N_TAGS)]
    if names and names[0]:
        prev[0] = _NEG
    back = []
    neg = _NEG  # bound here, not looked up as a global in the innermost loop
    cols = trans.first
    for k in range(1, len(emissions)):
        em = emissions[k]
        cur = []
        ptr = []
        for t, before in enumerate(cols):
            best, arg = neg, 0
            for p, weight in before:
                s = prev[p] + weight
                if s > best:
                    best, arg = s, p
            cur.append(best + em[t])
            ptr.append(arg)
        if names and names[k]:
            cur[0] = _NEG
        back.append(ptr)
        prev = cur
        cols = trans.after
    last = max(range(N_TAGS), key=lambda t: prev[t] + end[t])
    path = [last]
    for ptr in reversed(back):
        last = ptr[last]
        path.append(last)
    path.reverse()
    return path


@lru_cache(maxsize=32768)
def word_scores(word: str, first: bool, common: frozenset[str]) -> array:
    """The summed weights of a word's own features, computed once per word
    (an array: the cache holds tens of thousands, and floats cost 24 bytes
    each where the array's cost 8)."""
    return array("d", score(load_model(), word_features(word, first, common)))


@cache
def _transitions() -> Transitions:
    return Transitions.of(*transitions(load_model()))


@cache
def load_model() -> dict[str, array]:
    """Feature weights shipped in ``data/ner_model.json.gz`` (see train_ner.py).

    Each feature's weights are an ``array('d')``, indexed and summed like
    the file's list of floats: 20 MB instead of 38, and no float objects,
    whose reference counts would copy the model into each import worker.
    """
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as f:
        return _read_weights(f.read())


_SPACE = re.compile(r"\s*")


def _read_weights(text: str) -> dict[str, array]:
    """``json.loads`` of the model's object of feature -> list of floats,
    each list made an array as soon as it is read: decoding the whole object
    first would leave the lists' freed memory scattered between the arrays."""
    scan = json.JSONDecoder().scan_once
    weights = {}
    _, pos = _punctuation(text, 0, "{")
    mark, pos = ("}", pos + 1) if text.startswith("}", pos) else (",", pos)
    try:
        while mark == ",":
            if not text.startswith('"', pos):
                raise json.JSONDecodeError("Expecting a feature name", text, pos)
            feature, pos = scan(text, pos)
            _, pos = _punctuation(text, pos, ":")
            vector, pos = scan(text, pos)
            weights[feature] = array("d", vector)
            mark, pos = _punctuation(text, pos, ",}")
    except StopIteration as error:
        raise json.JSONDecodeError("Expecting value", text, error.value) from None
    if _SPACE.match(text, pos).end() != len(text):
        raise json.JSONDecodeError("Extra data", text, pos)
    return weights


def _punctuation(text: str, pos: int, marks: str) -> tuple[str, int]:
    """The mark (one of ``marks``) after ``pos`` and spaces, and where the
    spaces after it end."""
    pos = _SPACE.match(text, pos).end()
    if not text.startswith(tuple(marks), pos):
        raise json.JSONDecodeError(f"Expecting one of {marks}", text, pos)
    return text[pos], _SPACE.match(text, pos + 1).end()


def tag_spans(
    tokens: Sequence[Token],
    common: frozenset[str],
    every_name: bool = False,
    skip: Callable[[Token], bool] | None = None,
) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each name in ``tokens``; only
    runs of candidate tokens are decoded, and not a run of one token that
    the caller will drop whatever its tag (``skip``).

    The tagger learnt from Indonesian which capitalised words are not names;
    in other languages (``every_name``) it only types the names, and every
    capitalised word that is not a common word of the language is one.
    """
    out = []
    n = len(tokens)
    for rs, re_ in runs(candidates(tokens)):
        if skip is not None and re_ - rs == 1 and skip(tokens[rs]):
            continue
        lo, hi = max(rs - 2, 0), min(re_ + 2, n)
        # Tokens read by index (0: text, 3: first), as in ``tokenize``.
        window = tuple([(t[0], t[3]) for t in tokens[lo:hi]])
        for a, b, typ in _run_spans(window, rs - lo, re_ - lo, common, every_name):
            out.append((lo + a, lo + b, typ))
    return out


# Bounded so that a worker's memory stays flat however many articles pass.
@lru_cache(maxsize=8192)
def _run_spans(
    window: tuple[tuple[str, bool], ...],
    rs: int,
    re_: int,
    common: frozenset[str],
    every_name: bool,
) -> tuple[tuple[int, int, str], ...]:
    """The names of the run ``window[rs:re_]`` as (first, last + 1, type),
    counted in ``window``; cached with the window, all the context the
    features look at, so that a run seen before in the same words (``kata
    Prabowo ,``) is decoded once."""
    path = _tag_run(window, rs, re_, common, every_name)
    return tuple((rs + a, rs + b, typ) for a, b, typ in spans_from_tags([TAGS[k] for k in path]))


def _tag_run(
    window: tuple[tuple[str, bool], ...],
    rs: int,
    re_: int,
    common: frozenset[str],
    every_name: bool,
) -> tuple[int, ...]:
    """Tag indices of the run ``window[rs:re_]``; ``window`` holds the run and
    the two tokens on either side, all the context the features look at.

    The strings of ``run_features`` and ``context_features`` are built
    inline, and their weights summed in the same order (tests check the two
    agree): this runs for every candidate token of every article. The
    features that take few values (a position, a word class, a shape) are
    looked up in ``_fixed_weights`` instead of spelt out each time.
    """
    get = load_model().get
    fixed = _fixed_weights()
    lows = [text.lower() for text, _ in window]
    padded = ["<s>", "<s>", *lows, "</s>", "</s>"]
    cls = _classes().get
    classes = [cls(w, "-") for w in padded]
    before, after = padded[rs + 1], padded[re_ + 2]
    rf = lows[rs]
    run_feats = (
        "rb=" + before,
        "ra=" + after,
        "rf=" + rf,
        "rl=" + lows[re_ - 1],
        "rbc=" + classes[rs + 1],
        "rfc=" + classes[rs + 2],
        "rlc=" + classes[re_ + 1],
        "par=" + f"{before == '('}{after == ')'}",
        "grun=" + gazetteer("places").get(" ".join(lows[rs:re_]), "-"),
        "rfgn=" + gazetteer("given_names").get(rf, "-"),
    )
    shared = list(map(sum, zip(*filter(None, map(get, run_feats)), _ZERO, strict=True)))
    positions = fixed.positions[min(re_ - rs, 5)]
    pwc, rolein = fixed.pwc, fixed.rolein
    last = len(window) - 1
    emissions = []
    for i in range(rs, re_):
        pos = "S" if re_ - rs == 1 else "B" if i == rs else "E" if i == re_ - 1 else "M"
        lw = lows[i]
        pw = padded[i + 1]
        nw = padded[i + 3]
        word, first = window[i]
        vectors = [
            *filter(
                None,
                (
                    get("pw=" + pw),
                    get("nw=" + nw),
                    get("ppw=" + padded[i]),
                    get("nnw=" + padded[i + 4]),
                    _shape_weights(window[i - 1][0])[0] if i else fixed.psh_start,
                    _shape_weights(window[i + 1][0])[1] if i < last else fixed.nsh_end,
                    get("pwlw=" + pw + "|" + lw),
                    get("lwnw=" + lw + "|" + nw),
                    positions[pos],
                    get("rbpos=" + before + pos),
                    pwc.get(classes[i + 1]),
                    rolein["role" in classes[max(rs + 1, i - ROLE_WINDOW) + 2 : i + 2]],
                ),
            ),
            _ZERO,
            word_scores(word, first, common),
            shared,
        ]
        emissions.append(list(map(sum, zip(*vectors, strict=True))))
    names = None
    if every_name:
        stop = word_list("stop_names")
        names = [
            text[:1].isupper() and not (first and low in common) and low not in stop
            for (text, first), low in zip(window[rs:re_], lows[rs:re_], strict=True)
        ]
    return tuple(decode(emissions, _transitions(), names))


class _Fixed(NamedTuple):
    """The weights of the context features that take few values."""

    positions: dict[int, dict[str, Sequence[float] | None]]  # rn= by run length, position
    pwc: dict[str, Sequence[float] | None]  # pwc= by word class
    rolein: dict[bool, Sequence[float] | None]
    psh_start: Sequence[float] | None  # psh=<s>
    nsh_end: Sequence[float] | None  # nsh=</s>


@cache
def _fixed_weights() -> _Fixed:
    get = load_model().get
    return _Fixed(
        {n: {pos: get(f"rn={n}{pos}") for pos in "SBME"} for n in range(1, 6)},
        {c: get("pwc=" + c) for c in ("-", *set(_classes().values()))},
        {False: get("rolein=0"), True: get("rolein=1")},
        get("psh=<s>"),
        get("nsh=</s>"),
    )


@lru_cache(maxsize=16384)
def _shape_weights(word: str) -> tuple[Sequence[float] | None, Sequence[float] | None]:
    """The weights of ``word``'s shape as the token before (``psh=``) and
    after (``nsh=``) another."""
    get = load_model().get
    sh = shape(word)
    return get("psh=" + sh), get("nsh=" + sh)


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each BIO chunk."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
                j += 1
            out.append((i, j, tags[i][2:]))
            i = j
        else:
            i += 1
    return out


def word_before(text: str, start: int) -> tuple[str, int]:
    """The word in lower case written right before ``start`` with one
    space, and where it starts; ``""`` when there is none. (A word that opens its line
    comes with the line before: the words looked for are written in lower
    case, so never open a paragraph.)"""
    if text[start - 1 : start] != " " or not text[start - 2 : start - 1].islower():
        return "", start
    at = text.rfind(" ", max(0, start - 30), start - 1) + 1
    return text[at : start - 1], at

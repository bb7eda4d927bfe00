"""Named entities (people, organisations, places) with character offsets.

Names in Latin-script news are capitalised, so only capitalised tokens and
the small words that join them (``bin``, ``van``, ``of``, a hyphen) are ever
looked at; a greedy averaged-perceptron tagger trained on Indonesian NER gold
(``evaluation/train_ner.py``) decides which of them are names and of what
type. Scoring a few dozen candidate tokens instead of every token is what
keeps extraction near a millisecond per article.

Rules then do what a tagger cannot learn from single sentences: a title in
front of a name becomes the mention's ``role``, an acronym the article pairs
with its long form takes the long form's key, a surname alone takes the key
of the full name the article used, and days, months, pronouns and roles on
their own are dropped. Korean, Japanese and Chinese text yields only its
Latin-script names; German, which capitalises every noun, only names that
are multiword, carry a company suffix or follow a title.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from reader.extract.model import EntityMention
from reader.extract.names import entity_key

DATA = Path(__file__).parent / "data"
MODEL_FILE = DATA / "ner_model.json.gz"
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")

_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(rf"[{_LATIN}0-9]+(?:['’][{_LATIN}]+)*|[^\W{_LATIN}0-9_]+|[^\w\s]")
_SENTENCE_END = frozenset(".!?。！？")
_QUOTES = frozenset("\"'“”‘’«»„(")


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
    first = True
    prev_end = -1
    make = tuple.__new__  # a third faster than Token(...), on every word of every article
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        s, e = m.span()
        tokens.append(make(Token, (word, s, e, first, s == prev_end)))
        prev_end = e
        if word in _SENTENCE_END:
            first = True
        elif word not in _QUOTES:
            first = False
    return tokens


def is_capitalised(word: str) -> bool:
    """True for ``Jakarta``, ``BPS``, ``iPhone``, ``detikcom``-style mixed case."""
    return word[:1].isupper() or (
        not word.islower() and word.isalnum() and any(c.isupper() for c in word)
    )


def candidates(tokens: Sequence[Token]) -> list[bool]:
    """Which tokens may be part of a name; every other token is ``O``."""
    n = len(tokens)
    caps = [is_capitalised(t.text) and t.text.isalnum() for t in tokens]
    cand = caps[:]
    heads, joiners = word_list("place_heads"), word_list("joiners")
    for i in range(n):
        if caps[i]:
            continue
        word = tokens[i].text
        low = word.lower()
        nxt = i + 1 < n and caps[i + 1]
        prv = i > 0 and cand[i - 1]
        cand[i] = (low in heads and nxt) or (
            prv
            and (
                (low in joiners and nxt)
                or word.isdigit()
                or (tokens[i].joined and (word == "-" or word.isalnum()))
            )
        )
    return cand


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Collapsed character classes: ``Jakarta`` -> ``Xx``, ``U-23`` -> ``X-d``."""
    out = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def runs(cand: Sequence[bool]) -> list[tuple[int, int]]:
    """For each token, the (start, end) of the run of candidates holding it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(cand):
        j = i + 1
        if cand[i]:
            while j < len(cand) and cand[j]:
                j += 1
        out.extend([(i, j)] * (j - i))
        i = j
    return out


@lru_cache(maxsize=65536)
def word_features(word: str, first: bool, common: frozenset[str]) -> tuple[str, ...]:
    """Features of a word itself, whatever its context (cached: names recur)."""
    lw = word.lower()
    sh = shape(word)
    com = lw in common
    return (
        "b",
        "w=" + word,
        "lw=" + lw,
        "sh=" + sh,
        "p3=" + lw[:3],
        "s3=" + lw[-3:],
        "s2=" + lw[-2:],
        f"com={com:d}{first:d}",
        f"comsh={com:d}{sh}",
        f"len={min(len(word), 6)}",
    )


def context_features(
    tokens: Sequence[Token], i: int, prev_tag: str, run: tuple[int, int]
) -> list[str]:
    """Features of token ``i`` in its context.

    Besides the neighbours and the previous tag, the run of candidate tokens
    the token sits in (``Universitas Gadjah Mada``) lends the words on its
    edges and just outside it to every token of the run, which keeps a
    name's type consistent across its words.
    """
    rs, re_ = run
    n = len(tokens)
    before = tokens[rs - 1].text.lower() if rs > 0 else "<s>"
    after = tokens[re_].text.lower() if re_ < n else "</s>"
    pos = "S" if re_ - rs == 1 else "B" if i == rs else "E" if i == re_ - 1 else "M"
    w = tokens[i].text
    lw = w.lower()
    pw = tokens[i - 1].text.lower() if i > 0 else "<s>"
    nw = tokens[i + 1].text.lower() if i + 1 < n else "</s>"
    return [
        "pw=" + pw,
        "nw=" + nw,
        "ppw=" + (tokens[i - 2].text.lower() if i > 1 else "<s>"),
        "nnw=" + (tokens[i + 2].text.lower() if i + 2 < n else "</s>"),
        "psh=" + (shape(tokens[i - 1].text) if i > 0 else "<s>"),
        "nsh=" + (shape(tokens[i + 1].text) if i + 1 < n else "</s>"),
        "pt=" + prev_tag,
        "ptw=" + prev_tag + lw,
        "ptsh=" + prev_tag + shape(w),
        "pwlw=" + pw + "|" + lw,
        "lwnw=" + lw + "|" + nw,
        "rb=" + before,
        "ra=" + after,
        "rf=" + tokens[rs].text.lower(),
        "rl=" + tokens[re_ - 1].text.lower(),
        f"rn={min(re_ - rs, 5)}{pos}",
        "rbpos=" + before + pos,
    ]


def features(
    tokens: Sequence[Token],
    i: int,
    prev_tag: str,
    common: frozenset[str],
    run: tuple[int, int],
) -> list[str]:
    """All feature strings of token ``i`` (what training sees)."""
    word = word_features(tokens[i].text, tokens[i].first, common)
    return [*word, *context_features(tokens, i, prev_tag, run)]


def allowed(prev_tag: str, tag: str) -> bool:
    """BIO well-formedness: ``I-X`` only continues ``B-X`` or ``I-X``."""
    return not tag.startswith("I-") or (prev_tag != "O" and prev_tag[2:] == tag[2:])


def predict(
    weights: dict[str, list[float]],
    feats: Sequence[str],
    prev_tag: str,
    name: bool = False,
    base: Sequence[float] | None = None,
) -> str:
    """The best well-formed tag for one token; with ``name``, the best
    tag other than ``O``. ``base`` holds scores already summed."""
    vectors = [*filter(None, map(weights.get, feats)), base or _ZERO]
    scores = list(map(sum, zip(*vectors, strict=True)))
    return TAGS[max(_CHOICES[prev_tag, name], key=scores.__getitem__)]


_ZERO = (0.0,) * len(TAGS)
# Indices of the tags allowed after each previous tag, with and without O.
_CHOICES = {
    (prev, name): [k for k, t in enumerate(TAGS) if allowed(prev, t) and not (name and t == "O")]
    for prev in TAGS
    for name in (False, True)
}


@lru_cache(maxsize=65536)
def word_scores(word: str, first: bool, common: frozenset[str]) -> tuple[float, ...]:
    """The summed weights of a word's own features, computed once per word."""
    weights = load_model()
    vectors = [w for w in map(weights.get, word_features(word, first, common)) if w is not None]
    return tuple(map(sum, zip(*vectors, strict=True))) if vectors else (0.0,) * len(TAGS)


@cache
def load_model() -> dict[str, list[float]]:
    """Feature weights shipped in ``data/ner_model.json.gz`` (see train_ner.py)."""
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as f:
        return json.load(f)


@cache
def word_list(name: str) -> frozenset[str]:
    """A lowercase word list from ``data/<name>.txt``; empty when absent."""
    path = DATA / f"{name}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w for w in lines if w and not w.startswith("#"))


def common_words(lang: str) -> frozenset[str]:
    """Words that are written in lowercase mid-sentence in ``lang``."""
    base = lang.split("-")[0]
    return word_list(f"common_{base}") if base in ("id", "en", "de") else word_list("common_en")


def tag_tokens(
    tokens: Sequence[Token], common: frozenset[str], every_name: bool = False
) -> list[str]:
    """BIO tags for ``tokens``; only candidate tokens are scored.

    The tagger learnt from Indonesian which capitalised words are not names;
    in other languages (``every_name``) it only types the names, and every
    capitalised word that is not a common word of the language is one.
    """
    weights = load_model()
    cand = candidates(tokens)
    spans = runs(cand)
    tags = []
    prev = "O"
    for i, tok in enumerate(tokens):
        if cand[i]:
            name = (
                every_name
                and tok.text[:1].isupper()
                and not (tok.first and tok.text.lower() in common)
                and tok.text.lower() not in word_list("stop_names")
            )
            feats = context_features(tokens, i, prev, spans[i])
            base = word_scores(tok.text, tok.first, common)
            prev = predict(weights, feats, prev, name, base)
        else:
            prev = "O"
        tags.append(prev)
    return tags


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


def find_entities(
    text: str, paragraphs: Sequence[tuple[int, int]], lang: str
) -> list[EntityMention]:
    """Entity mentions in the body ``paragraphs`` of ``text``, sorted by start.

    Offsets point into ``text``. Mentions never overlap; each carries the
    key it groups under, so that within one article a surname alone and an
    acronym share the key of the full name or long form they stand for.
    """
    common = common_words(lang)
    every_name = not lang.startswith(("id", "ms"))
    found = []
    for start, end in paragraphs:
        tokens = tokenize(text, start, end)
        if any(is_capitalised(t.text) for t in tokens):
            found.append((tokens, _chunks(tokens, common, every_name, lang.startswith("de"))))
    names = _names(found, common)
    mentions: list[EntityMention] = []
    for tokens, chunks in found:
        for i, j, typ, long_form in _recall_names(tokens, chunks, names):
            name = text[tokens[i].start : tokens[j - 1].end]
            role = _role_before(tokens, i) if typ == "PER" else None
            key = entity_key(long_form or name)
            mentions.append(
                EntityMention(name, typ, tokens[i].start, tokens[j - 1].end, key, role, long_form)
            )
    return _harmonise(_resolve_short_names(mentions))


Chunk = tuple[int, int, str, str | None]


def _chunks(
    tokens: Sequence[Token], common: frozenset[str], every_name: bool, german: bool
) -> list[Chunk]:
    """The names of one paragraph as (first, last + 1, type, long form)."""
    tagged = spans_from_tags(tag_tokens(tokens, common, every_name))
    chunks = [c for c in (_trim(tokens, c) for c in tagged) if c is not None]
    demonyms = word_list("demonyms")
    return [
        (i, j, "MISC" if j - i == 1 and tokens[i].text.lower() in demonyms else typ, long_form)
        for i, j, typ, long_form in _pair_acronyms(tokens, chunks)
        if not _is_junk(tokens, i, j, common) and not (german and not _german_name(tokens, i, j))
    ]


def _names(found: list[tuple[list[Token], list[Chunk]]], common: frozenset[str]) -> dict:
    """Names the article used, by first word: (words, type, long form).

    A name the tagger found once is a name wherever it recurs in the same
    article (``Menurut data BPS``), except common words, which are names
    only where the tagger said so.
    """
    names: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
    for tokens, chunks in found:
        for i, j, typ, long_form in chunks:
            words = tuple(t.text for t in tokens[i:j])
            if j - i == 1 and (words[0].lower() in common or len(words[0]) < 2):
                continue
            entry = (words, typ, long_form)
            if entry not in names.get(words[0], []):
                names.setdefault(words[0], []).append(entry)
    for entries in names.values():
        entries.sort(key=lambda e: -len(e[0]))
    return names


def _recall_names(tokens: Sequence[Token], chunks: list[Chunk], names: dict) -> list[Chunk]:
    """``chunks`` plus recurrences of the article's names they missed."""
    covered = {k for c in chunks for k in range(c[0], c[1])}
    out = list(chunks)
    i = 0
    while i < len(tokens):
        entries = names.get(tokens[i].text) if i not in covered else None
        for words, typ, long_form in entries or ():
            j = i + len(words)
            if (
                tuple(t.text for t in tokens[i:j]) == words
                and not covered.intersection(range(i, j))
                and (j == len(tokens) or not tokens[j].text[:1].isupper())
                and (i == 0 or not tokens[i - 1].text[:1].isupper())
            ):
                out.append((i, j, typ, long_form))
                i = j - 1
                break
        i += 1
    return sorted(out)


def _alnum(token: Token) -> bool:
    return token.text.isalnum()


def _trim(tokens: Sequence[Token], chunk: tuple[int, int, str]) -> tuple | None:
    """A chunk without leading titles, sentence-initial common words or
    dangling joiners; ``None`` when nothing of a name is left."""
    i, j, typ = chunk
    roles = word_list("roles")
    openers = word_list("openers")
    while i < j and (
        not _alnum(tokens[i])
        or tokens[i].text.lower() in word_list("joiners")
        or (typ == "PER" and tokens[i].text.lower() in roles)
        or (j - i > 1 and tokens[i].first and tokens[i].text.lower() in openers)
    ):
        i += 1
    if typ == "PER":
        inner = [k for k in range(i + 1, j - 1) if tokens[k].text.lower() in roles]
        i = inner[-1] + 1 if inner else i
    while j > i and (
        not _alnum(tokens[j - 1]) or tokens[j - 1].text.lower() in word_list("joiners")
    ):
        j -= 1
    return (i, j, typ, None) if i < j else None


def _abbreviates(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` can be read off ``words``: it starts with the first
    word's initial and its letters occur in order in the long form
    (``KPK``, ``Kemendagri``, ``Jokowi``), which a name after a title
    (``Pak Menkeu (Purbaya)``) does not pass."""
    if len(words) < 2 or words[0].lower() in word_list("roles"):
        return False
    letters = iter("".join(words).lower())
    acr = acronym.lower()
    return acr[0] == words[0][0].lower() and all(c in letters for c in acr)


def _pair_acronyms(tokens: Sequence[Token], chunks: list[tuple]) -> list[tuple]:
    """Link ``Long Form (LF)`` pairs: the acronym gets the long form.

    The long form is the chunk ending just before the bracket, or else the
    capitalised run there (the tagger misses long organisation names more
    often than their acronyms).
    """
    by_end = {c[1]: c for c in chunks}
    by_start = {c[0]: c for c in chunks}
    covered = {k for c in chunks for k in range(c[0], c[1])}
    out = list(chunks)
    for p, tok in enumerate(tokens[:-2]):
        if tok.text != "(" or tokens[p + 2].text != ")":
            continue
        acr = tokens[p + 1].text
        if not (is_capitalised(acr) and acr.isalnum() and len(acr) <= 12):
            continue
        long_chunk = by_end.get(p)
        if long_chunk is None:
            k = p
            while (
                k > 0
                and p - k < 8
                and (
                    (is_capitalised(tokens[k - 1].text) and _alnum(tokens[k - 1]))
                    or tokens[k - 1].text.lower() in ("dan", "and", "of", "-")
                )
            ):
                k -= 1
            while k < p and not (is_capitalised(tokens[k].text) and _alnum(tokens[k])):
                k += 1
            if p - k < 2 or any(x in covered for x in range(k, p)):
                continue
            long_chunk = (k, p, "ORG", None)
        words = [t.text for t in tokens[long_chunk[0] : long_chunk[1]] if _alnum(t)]
        if not _abbreviates(acr, words):
            continue
        long_form = " ".join(t.text for t in tokens[long_chunk[0] : long_chunk[1]])
        acr_chunk = by_start.get(p + 1)
        if acr_chunk is not None and acr_chunk[1] != p + 2:
            continue
        if acr_chunk is None and p + 1 in covered:
            continue
        if long_chunk not in out:
            out.append(long_chunk)
            covered.update(range(long_chunk[0], long_chunk[1]))
        if acr_chunk is not None:
            out.remove(acr_chunk)
        out.append((p + 1, p + 2, long_chunk[2], long_form))
        covered.add(p + 1)
    return sorted(out)


def _role_before(tokens: Sequence[Token], i: int) -> str | None:
    """The title or function written just before token ``i``, if any.

    Walks left over capitalised words (``Menteri Dalam Negeri``) and role
    words to the leftmost role word within a few tokens.
    """
    roles = word_list("roles")
    role_start = None
    k = i - 1
    while k >= 0 and i - k <= 6:
        tok = tokens[k]
        low = tok.text.lower()
        if low in roles:
            role_start = k
        elif tok.text == "." and tok.joined and k > 0 and tokens[k - 1].text.lower() in roles:
            pass
        elif not (is_capitalised(tok.text) and _alnum(tok)):
            break
        k -= 1
    if role_start is None:
        return None
    end = i - 1
    while end > role_start and tokens[end].text in (",", "-"):
        end -= 1
    return " ".join(t.text for t in tokens[role_start : end + 1]).replace(" .", ".")


def _german_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """German capitalises every noun: keep multiword names, acronyms
    (``FPÖ``) and a single word only right after a title (``Herr Müller``)."""
    words = [t.text for t in tokens[i:j] if _alnum(t)]
    if len(words) > 1:
        return words[0].lower() not in word_list("openers")
    if words[0].isupper() and len(words[0]) > 1:
        return True
    k = i - 2 if i > 1 and tokens[i - 1].text == "." else i - 1
    return k >= 0 and tokens[k].text.lower() in word_list("roles")


def _is_junk(tokens: Sequence[Token], i: int, j: int, common: frozenset[str]) -> bool:
    """Days, months, pronouns, roles and institution heads alone, numbers,
    and a common word on its own (usually a fragment of a longer name the
    tagger cut) are not names."""
    words = [t.text for t in tokens[i:j] if _alnum(t)]
    if not words or all(w.isdigit() for w in words):
        return True
    stop, roles = word_list("stop_names"), word_list("roles")
    if all(w.lower() in stop or w.lower() in roles or w.isdigit() for w in words):
        return True
    if len(words) == 1:
        w = words[0]
        if len(w) < 2 or (w.lower() in common and not w.isupper()):
            return True
    return False


def _resolve_short_names(mentions: list[EntityMention]) -> list[EntityMention]:
    """Within one article, an acronym takes its long form's key wherever it
    recurs, and a one-word mention of a person named in full takes the full
    name's key: the nearest full name before it, else the first after; when
    two people share the word, the one whose name starts with it
    (Indonesians are called by their first name: ``Prabowo``)."""
    acronyms = {m.text: m for m in mentions if m.long_form}
    parts: dict[str, list[EntityMention]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) > 1:
            for w in words:
                if len(w) > 2 and w[:1].isupper() and not w.isupper():
                    parts.setdefault(w, []).append(m)
    out = []
    for m in mentions:
        if not m.long_form and m.text in acronyms:
            a = acronyms[m.text]
            m = EntityMention(m.text, a.type, m.start, m.end, a.key, m.role, a.long_form)
        elif " " not in m.text and m.text in parts:
            fulls = parts[m.text]
            if len({f.key for f in fulls}) > 1:
                fulls = [f for f in fulls if f.text.startswith(m.text)] or fulls
            before = [f for f in fulls if f.start < m.start]
            full = before[-1] if before else fulls[0]
            m = EntityMention(m.text, "PER", m.start, m.end, full.key, m.role, None)
        out.append(m)
    return out


def _harmonise(mentions: list[EntityMention]) -> list[EntityMention]:
    """Mentions sharing a key in one article share its most frequent type."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        votes.setdefault(m.key, Counter())[m.type] += 1
    out = []
    for m in mentions:
        typ = votes[m.key].most_common(1)[0][0]
        if typ != m.type:
            m = EntityMention(m.text, typ, m.start, m.end, m.key, m.role, m.long_form)
        out.append(m)
    return sorted(out, key=lambda m: m.start)

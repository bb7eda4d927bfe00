"""Direct quotations and their speakers, measured against gold.

Run ``python evaluation/quotes.py`` from the repository. Two gold sets:

* PolNeAR dev (English political news, ``../shared/corpora/quotes/polnear/dev``).
  PolNeAR marks every attribution, direct or not. Gold here is each span in
  quote marks (``“…”``, ``"…"``, ``‘…’``, and ``''…''`` as the New York Times
  texts write them; the outermost pair, nested marks
  belong to it) that lies inside a ``Content`` span, with that attribution's
  ``Source`` as speaker. A Source that is a pronoun (``he``, ``she``, ``I``)
  stands for the last named Source before it in the article; for ``he``,
  ``she`` and ``I`` that Source must name a person (a title, or a
  capitalised word that is not a common word), not ``The party's existing
  rules``. A Source that is only a reporting verb (``said``) is a swapped
  annotation: its Cue is taken as the Source. A relation's second Content
  (``Content2``, the quotation resumed after its attribution) counts too;
  fragments of one Content that only whitespace parts (the tool cuts at
  non-breaking spaces) are joined, and a fragment that starts or ends inside
  a two-character mark (``''``) is grown over it; a ``“`` closed by a
  straight ``"`` is a pair.
* Gold annotated for this project, reported per file and language:
  ``evaluation/gold/id_quotes.jsonl``, 73 Indonesian Detik articles from the
  shared corpora (the last 58 annotated before the extractor was run on them:
  10, 8, then 40 more) and the project's own sample articles (Indonesian and
  English); ``evaluation/gold/en_quotes.jsonl``, 91 BBC business and
  technology articles (35, then 56 more), annotated the same way before the
  extractor was run on them; ``evaluation/gold/heldout_quotes.jsonl``, 30 more Detik and 30 more
  BBC articles annotated the same way and kept to check the rules on: its
  errors are not read while tuning, only its figures reported (see
  evaluation/README.md). One line
  per article, ``{"source": "corpora"|"repo", "path", "sha1",
  "quotes": [{"start", "end", "speaker", "neutral"?, "cue"?}]}`` (``cue``, the
  word the annotator relied on, is a note for readers); offsets into the article's
  decoded text with ``\\r\\n`` as ``\\n``, no article text. An article whose
  text changed since it was annotated (``sha1``) is skipped with a warning.
  Annotation rules: every span in quote marks in the body was judged; speech
  is gold, with the speaker's name as the article gives it in full (without
  role), or the describing phrase for an unnamed speaker (``pengemudi
  Pajero``); titles, programme names and terms are not quotes (predicting
  them counts against precision); a quoted fragment of someone's words inside
  reported speech is ``neutral``, as in PolNeAR.

Matching. A quotation running over several paragraphs counts once per
paragraph (PolNeAR splits such quotations per paragraph too), and so does one
whose paragraph break the text lost (``…in a tin. "The software…``), which
annotators read either as one quotation or as two. A predicted
and a gold piece match when they cover the same characters after
whitespace, quote marks and punctuation at either edge are set aside: the
marks are not content, and where the closing comma or full stop goes (inside
the marks or outside) is house style. Span precision, recall and F1 count
exact matches of those pieces. Speaker accuracy is over the matched pieces
with a gold speaker: the predicted name is right when its words (case- and
accent-insensitive, titles and roles such as ``Mr.`` or ``Presiden`` set
aside) are all among the gold name's words, or those of its head (the words
before an apposition or relative clause), or the other way round, so ``Tito`` and ``Pat Caddell`` match ``Tito Karnavian`` and
``longtime Democratic pollster Pat Caddell``, and no speaker is wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.extract.entities import common_words, find_entities  # noqa: E402
from reader.extract.lang import rules_for  # noqa: E402
from reader.extract.language import detect_language  # noqa: E402
from reader.extract.names import entity_key  # noqa: E402
from reader.extract.quotes import find_quotes  # noqa: E402
from reader.extract.structure import parse_structure  # noqa: E402

# Roles of any language, set aside when speaker names are compared.
ROLE_WORDS = rules_for("und").speaker_roles
CORPORA = REPO.parent / "shared" / "corpora"
POLNEAR = CORPORA / "quotes" / "polnear" / "dev"
GOLD = [
    REPO / "evaluation" / "gold" / name
    for name in ("id_quotes.jsonl", "en_quotes.jsonl", "heldout_quotes.jsonl")
]

_EDGE = " \t\n\"'“”‘’«»„「」『』.,;:!?…—–-"
# The New York Times texts write quotation marks as two apostrophes: ''…''.
# A few texts close a curly mark with a straight one: “…".
_GOLD_MARKS = re.compile(
    r"''(?:(?!'')[^\n])+''|“[^”\n]*”|“[^”\"\n]*\"|\"[^\"\n]*\"|(?<!\w)‘[^’\n]*’(?!\w)"
)
_PRONOUN = re.compile(r"^(he|she|they|i|we|it|him|her|you|who|which|that)$", re.I)
_WORDS = re.compile(r"\w+")
_HEAD = re.compile(r",|\s\(|\s(?:who|whose|which)\s")
_PERSONAL = re.compile(r"^(he|she|i|him|her)$", re.I)
# A few PolNeAR relations have Source and Cue swapped (Source ``said``, Cue
# ``David Plouffe, the architect of ...``).
_CUE_WORDS = re.compile(r"^(said|says|added|told|wrote|asked)$", re.I)


@dataclass
class Article:
    """One article's text and its gold quotations: (start, end, speaker).

    ``neutral`` spans are quoted words that neither count for nor against a
    prediction (PolNeAR's quoted words inside an indirect Content).
    """

    name: str
    text: str
    gold: list[tuple[int, int, str | None]]
    neutral: list[tuple[int, int]] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The article text as the reader stores it: decoded, ``\\n`` line ends."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Where a paragraph break inside a quotation was lost with its line end
# (`…the keyboard. "The software…`): the quotation goes on in a new
# paragraph, and annotators read that as one quotation or as two.
_BREAK = re.compile(r"\n|(?<=[.!?]) (?=[\"“][A-Z])")


def pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A span cut at line breaks and at line breaks lost before a quotation
    mark that goes on with a new sentence, each piece trimmed of marks and
    punctuation: either reading of a lost break counts the same."""
    cuts = [m.start() for m in _BREAK.finditer(text, start, end)]
    for s, e in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if e > s:
            yield s, e


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether two names are the same speaker, by words either way round.

    The gold name is taken whole and by its head, the words before an
    apposition or relative clause (``Joseph, who has four children``;
    ``Rep. Jim Clyburn (D-S.C.), the assistant leader of ...``), so that the
    description a source carries does not count against a right name.
    """
    if not predicted:
        return False
    p = _name_words(predicted)
    if not p:
        return False
    for name in {gold, _HEAD.split(gold, 1)[0]}:
        g = _name_words(name)
        if g and (p <= g or g <= p):
            return True
    return False


def _name_words(name: str) -> set[str]:
    words = _WORDS.findall(entity_key(name))
    kept = {w for w in words if w not in ROLE_WORDS}
    # `Mr. King`: a surname that is also a role word is still the name.
    return kept or ({words[-1]} if len(words) > 1 else set())


def _ann_spans(field: str) -> list[tuple[int, int]]:
    return [tuple(map(int, frag.split())) for frag in field.split(" ", 1)[1].split(";")]


def polnear_articles() -> Iterator[Article]:
    """PolNeAR dev articles with the quoted parts of their Content spans as gold."""
    seen = set()
    for ann in sorted((POLNEAR / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:  # a few articles were annotated by several people: take one
            continue
        seen.add(name)
        text = read_text(POLNEAR / "text" / f"{name}.txt")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        relations = []
        for line in ann.read_text(encoding="utf-8").split("\n"):
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                spans[parts[0]] = (parts[1].split(" ", 1)[0], _ann_spans(parts[1]))
            elif line.startswith("E") and len(parts) >= 2:
                relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
        attributions = []
        for rel in relations:
            # A relation may hold a second Content (``Content2``): the rest of
            # the quotation after its attribution.
            fragments = [
                f
                for key in sorted(rel)
                if key.startswith("Content") and key in rel and rel[key] in spans
                for f in spans[rel[key]][1]
            ]
            content = ("Content", fragments) if fragments else None
            source = spans.get(rel.get("Source", ""))
            if content is None:
                continue
            speaker = " ".join(text[s:e] for s, e in source[1]) if source else None
            cue = spans.get(rel.get("Cue", ""))
            if speaker and cue and _CUE_WORDS.match(speaker.strip()):
                speaker = " ".join(text[s:e] for s, e in cue[1])
            position = source[1][0][0] if source else content[1][0][0]
            attributions.append((position, content[1], speaker))
        gold, neutral = [], []
        last_named = last_person = None
        for _, fragments, speaker in sorted(attributions, key=lambda a: a[0]):
            if speaker and _PERSONAL.match(speaker.strip()):
                speaker = last_person
            elif speaker and _PRONOUN.match(speaker.strip()):
                speaker = last_named
            elif speaker:
                last_named = speaker
                if _is_person(speaker):
                    last_person = speaker
            for s, e in _joined(text, [_widened(text, s, e) for s, e in fragments]):
                marks = _outermost(
                    [
                        (m.start() + 1, m.end() - 1, speaker)
                        for m in _GOLD_MARKS.finditer(text, s, e)
                    ]
                )
                outside = "".join(text[a:b] for a, b in _gaps(s, e, marks))
                if marks and not outside.strip(_EDGE):
                    gold.extend(marks)
                else:
                    neutral.extend((a, b) for a, b, _ in marks)
        yield Article(name, text, _outermost(gold), neutral)


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A fragment grown over quote marks it cuts through: a few Contents start
    inside the two apostrophes that open a New York Times quotation."""
    while start > 0 and text[start - 1] in "'\"“‘" and text[start] in "'\"“‘":
        start -= 1
    while end < len(text) and text[end] in "'\"”’" and text[end - 1] in "'\"”’":
        end += 1
    return start, end


def _joined(text: str, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments of one span joined where only whitespace parts them.

    The annotation tool splits a Content span at line breaks and
    non-breaking spaces, so a quotation whose text holds one would otherwise
    have its opening mark in one fragment and its closing mark in another,
    and count as neither gold nor neutral.
    """
    joined: list[tuple[int, int]] = []
    for s, e in sorted(fragments):
        if joined and not text[joined[-1][1] : s].strip():
            joined[-1] = (joined[-1][0], max(e, joined[-1][1]))
        else:
            joined.append((s, e))
    return joined


def _is_person(source: str) -> bool:
    """Whether a Source can be what ``he``, ``she`` or ``I`` stands for.

    It names someone: it holds a title or role (``Mr.``, ``Sen.``) or a
    capitalised word that is not a common word (``Fowler``; not ``The
    party's existing rules``, ``Few people``, ``environmentalists``).
    """
    common = common_words("en")
    for word in _WORDS.findall(source):
        low = word.casefold()
        if low in ROLE_WORDS or (word[0].isupper() and low not in common):
            return True
    return False


def _gaps(start: int, end: int, marks) -> Iterator[tuple[int, int]]:
    """The parts of ``[start, end)`` outside the quote marks of ``marks``."""
    pos = start
    for s, e, _ in marks:
        yield pos, s - 1
        pos = e + 1
    yield pos, end


def _outermost(spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str | None]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def project_articles(gold: Path) -> Iterator[Article]:
    """Articles annotated for this project, skipping any whose text changed."""
    if not gold.exists():
        return
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        root = CORPORA if record["source"] == "corpora" else REPO
        path = root / record["path"]
        if not path.exists():
            continue
        text = read_text(path)
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != record["sha1"]:
            print(f"  skipped {record['path']}: text changed since it was annotated")
            continue
        gold = [
            (q["start"], q["end"], q.get("speaker"))
            for q in record["quotes"]
            if not q.get("neutral")
        ]
        neutral = [(q["start"], q["end"]) for q in record["quotes"] if q.get("neutral")]
        yield Article(record["path"], text, gold, neutral)


def evaluate(articles: list[Article], lang: str | None = None, show: bool = False) -> dict:
    """Span P/R/F1, speaker accuracy and milliseconds per article for ``find_quotes``."""
    tp = fp = fn = right = judged = 0
    elapsed = 0.0
    for article in articles:
        text = article.text
        structure = parse_structure(text)
        body_lang = lang or detect_language(structure.body(text))
        entities = find_entities(text, structure.paragraphs, body_lang)
        started = time.perf_counter()
        quotes = find_quotes(text, structure.paragraphs, body_lang, entities)
        elapsed += time.perf_counter() - started
        predicted = {p: q.speaker for q in quotes for p in pieces(text, q.start, q.end)}
        gold = {p: g[2] for g in article.gold for p in pieces(text, g[0], g[1])}
        for piece, speaker in gold.items():
            if piece in predicted:
                tp += 1
                if speaker:
                    judged += 1
                    ok = same_speaker(predicted[piece], speaker)
                    right += ok
                    if show and not ok:
                        context = (
                            text[max(0, piece[0] - 120) : piece[0]]
                            + "[…]"
                            + text[piece[1] : piece[1] + 60]
                        )
                        print(
                            f"  SPEAKER {article.name} {predicted[piece]!r} vs {speaker!r}: {context!r}"
                        )
            else:
                fn += 1
                if show:
                    print(f"  MISSED  {article.name}: {text[piece[0] : piece[1]][:80]!r}")
        neutral = {p for s, e in article.neutral for p in pieces(text, s, e)}
        for piece in predicted.keys() - gold.keys() - neutral:
            fp += 1
            if show:
                print(f"  EXTRA   {article.name}: {text[piece[0] : piece[1]][:80]!r}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": len(articles),
        "gold": tp + fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker_accuracy": right / judged if judged else 0.0,
        "speakers_judged": judged,
        "ms_per_article": 1000 * elapsed / max(1, len(articles)),
    }


def report(name: str, result: dict) -> None:
    """One line of figures."""
    print(
        f"{name:<28} articles {result['articles']:>3}  gold {result['gold']:>4}  "
        f"P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
        f"speaker acc {result['speaker_accuracy']:.3f} (n={result['speakers_judged']})  "
        f"{result['ms_per_article']:.2f} ms/article"
    )


def main(argv: list[str]) -> int:
    show = "--show" in argv
    if not CORPORA.exists():
        print(f"corpora not found at {CORPORA}: nothing to evaluate")
        return 0
    if POLNEAR.exists():
        report("PolNeAR dev (en)", evaluate(list(polnear_articles()), "en", show))
    else:
        print(f"PolNeAR not found at {POLNEAR}: skipped")
    for gold in GOLD:
        by_lang: dict[str, list[Article]] = {}
        for article in project_articles(gold):
            lang = detect_language(parse_structure(article.text).body(article.text))
            by_lang.setdefault(lang, []).append(article)
        if not by_lang:
            print(f"no project gold at {gold}: skipped")
        for lang, articles in sorted(by_lang.items(), key=lambda item: item[0] != "id"):
            report(f"{gold.stem} ({lang})", evaluate(articles, lang, show))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

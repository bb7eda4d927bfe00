"""Train the entity tagger shipped as ``reader/extract/data/ner_model.json.gz``.

Run ``python evaluation/train_ner.py [--gold] [OUT]`` from the repository. It reads
only the training splits of the Indonesian NER gold (NERGrit train, NER-UI
train) in ``<repo>/../shared/corpora/ner``, and derives from the unlabelled
article corpora there the lists of lowercase common words
(``reader/extract/lang/{id,en,de}/common.txt``), German common nouns
(``lang/de/nouns.txt``) and the
distributional word statistics (``word_stats.tsv``) the tagger's features use.

With ``--gold`` it also trains on the blind per-language gold of
``evaluation/gold/lang_{id,en,de}.jsonl``: each name's variants projected
onto its article (``project``) give silver sentences in the languages that
otherwise share a tagger trained on no English or German. Only the tuning
splits are read, one a language (``VALIDATION``) kept out to measure on;
never a held-out split. Measured on 2026-12-07 (session 13), it moved the
held-out entity figures of Indonesian and English up (id P/R 0.78/0.83 ->
0.80/0.86, en P 0.81 -> 0.82, type 0.94 -> 0.96) but German recall (0.80 ->
0.79), NERGrit valid typed F1 (0.723 -> 0.715) and the Indonesian held-out
speaker figure (0.88 -> 0.85) down, and the model from 788 to 1,192 KB: the
shipped model is trained without it. Language-conditioned features (every
feature also prefixed with the article's language), the gold weighted three
times, NERGrit twice, and 20 epochs did no better on the validation splits;
leaving out paragraphs with an unsure projection (``project``) lifted NERGrit
back a little (0.710 -> 0.720 at three times the gold).

The tagger is an averaged structured perceptron over the features in
``reader.extract.tagger``, decoded with Viterbi over each run of candidate
tokens, so training sees exactly what extraction sees. Every file is written
to a temporary name and renamed, so a test run never reads half a model.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.extract import tagger as ner  # noqa: E402
from reader.extract.lang import HOME, all_homes, home_words, rules_for  # noqa: E402
from reader.extract.lexicon import DATA, common_words, word_stats  # noqa: E402
from reader.files import decode  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
TRAIN_FILES = ("nergrit_train.txt", "nerui_train.tsv")
LABELS = {
    "PERSON": "PER",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
}
EPOCHS = 12
GOLD = REPO / "evaluation" / "gold"
GOLD_LANGS = ("id", "en", "de")
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
VALIDATION = {"id": "dev5", "en": "dev6", "de": "dev4"}
PRUNE = 0.01
_WORD = re.compile(r"[^\W\d_]+")


def read_bio(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of ``token<TAB>tag`` lines, tags mapped to PER/ORG/LOC."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        tag = tag.strip()
        if tag != "O":
            tag = tag[:2] + LABELS.get(tag[2:], "MISC")
        sentence.append((token, tag))
    if sentence:
        yield sentence


def align(sentence: list[tuple[str, str]]) -> tuple[str, list[ner.Token], list[str]]:
    """The sentence as text (tokens joined by spaces), our tokens of it, and
    the gold tag of each of our tokens."""
    text = " ".join(t for t, _ in sentence)
    owner = []
    for k, (tok, _) in enumerate(sentence):
        owner.extend([k] * len(tok))
        owner.append(-1)
    tokens = ner.tokenize(text)
    tags = []
    prev_owner, prev_tag = -1, "O"
    for t in tokens:
        k = owner[t.start]
        tag = sentence[k][1]
        if tag.startswith("I-") and prev_tag[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        if k == prev_owner and tag.startswith("B-"):
            tag = "I-" + tag[2:]
        tags.append(tag)
        prev_owner, prev_tag = k, tag
    return text, tokens, tags


class Perceptron:
    """Averaged perceptron weights with lazy averaging: ``total`` holds each
    weight summed over the updates so far, brought up to date on demand."""

    def __init__(self) -> None:
        self.n = len(ner.TAGS)
        self.w: dict[str, list[float]] = {}
        self.total: dict[str, list[float]] = {}
        self.stamp: dict[str, list[int]] = {}
        self.t = 0

    def update(self, feat: str, k: int, delta: float) -> None:
        w = self.w.setdefault(feat, [0.0] * self.n)
        tot = self.total.setdefault(feat, [0.0] * self.n)
        st = self.stamp.setdefault(feat, [0] * self.n)
        tot[k] += (self.t - st[k]) * w[k]
        st[k] = self.t
        w[k] += delta

    def averaged(self) -> dict[str, list[float]]:
        out = {}
        for f, w in self.w.items():
            tot, st = self.total[f], self.stamp[f]
            avg = [(tot[k] + (self.t - st[k]) * w[k]) / max(self.t, 1) for k in range(self.n)]
            if max(abs(x) for x in avg) >= PRUNE:
                out[f] = [round(x, 3) for x in avg]
        return out


Run = tuple[list[list[str]], list[int]]


def make_runs(data: list[tuple[list[ner.Token], list[str]]], common: frozenset[str]) -> list[Run]:
    """Every run of candidate tokens with its features and gold tag indices
    (an ``I-`` that cannot continue becomes ``B-``): what extraction decodes."""
    index = {t: k for k, t in enumerate(ner.TAGS)}
    out = []
    for tokens, gold in data:
        lows = [t.text.lower() for t in tokens]
        for rs, re_ in ner.runs(ner.candidates(tokens)):
            feats = [ner.features(tokens, lows, i, common, (rs, re_)) for i in range(rs, re_)]
            tags = []
            prev = "O"
            for tag in gold[rs:re_]:
                tag = tag if ner.allowed(prev, tag) else "B-" + tag[2:]
                tags.append(index[tag])
                prev = tag
            out.append((feats, tags))
    return out


def gold_articles(lang: str) -> Iterator[tuple[str, list[dict]]]:
    """The text and gold entities of each article of ``lang``'s tuning splits
    in ``evaluation/gold/``, its validation split (``VALIDATION``) aside, so
    that one split a language still measures unseen text; the held-out
    splits are never read."""
    for line in (GOLD / f"lang_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["split"] in TUNING and rec["split"] != VALIDATION[lang]:
            yield decode((CORPORA / rec["path"]).read_bytes()).text, rec["entities"]


def project(
    text: str, entities: list[dict], common: frozenset[str]
) -> Iterator[tuple[list[ner.Token], list[str]]]:
    """Silver BIO paragraphs of one article, tokenized as extraction does:
    every occurrence of a gold variant (longest first, whole tokens, as
    written) labelled with its entity's type, every other token ``O``.

    The gold lists names, not occurrences, so a one-word variant that is
    also a common word of the language (``Apple``, ``Mars``, ``Bild``) may
    stand for the word elsewhere in the article: a paragraph where one is
    matched is left out, as a projection nobody can vouch for.
    """
    variants = sorted(
        {
            (tuple(t.text for t in ner.tokenize(v)), e["type"])
            for e in entities
            if e["type"] in ("PER", "ORG", "LOC")
            for v in e["variants"]
        },
        # Longest first; then by tokens and type, so that two variants of
        # one length that overlap are labelled the same way in every run
        # (a set's order changes with PYTHONHASHSEED).
        key=lambda vt: (-len(vt[0]), vt),
    )
    for line in text.split("\n"):
        tokens = ner.tokenize(line)
        if not any(ner.is_capitalised(t.text) for t in tokens):
            continue
        words = [t.text for t in tokens]
        tags = ["O"] * len(tokens)
        unsure = False
        for var, typ in variants:
            k = len(var)
            for i in range(len(words) - k + 1):
                if not k or tuple(words[i : i + k]) != var or tags[i : i + k] != ["O"] * k:
                    continue
                unsure = unsure or (k == 1 and var[0].lower() in common)
                tags[i : i + k] = ["B-" + typ] + ["I-" + typ] * (k - 1)
        if not unsure:
            yield tokens, tags


def gold_runs() -> list[Run]:
    """The runs of the projected gold of every language in ``GOLD_LANGS``,
    each with that language's common words, as extraction tags it."""
    out = []
    for lang in GOLD_LANGS:
        # Read from the lists just written, not from a cached ``rules.common``.
        common = home_words(rules_for(lang).common_home, "common")
        data = [pair for text, ents in gold_articles(lang) for pair in project(text, ents, common)]
        out.extend(make_runs(data, common))
    return out


def train(runs: list[Run]) -> dict:
    """Structured perceptron: decode each run with Viterbi under the current
    weights and move them from the predicted path to the gold one."""
    model = Perceptron()
    rng = random.Random(7)
    for epoch in range(EPOCHS):
        rng.shuffle(runs)
        errors = 0
        for feats, gold in runs:
            model.t += 1
            trans, end = ner.transitions(model.w)
            guess = ner.viterbi([ner.score(model.w, f) for f in feats], trans, end)
            if guess == gold:
                continue
            errors += 1
            for path, delta in ((gold, 1.0), (guess, -1.0)):
                prev = 0
                for k in path:
                    model.update("t=" + ner.TAGS[prev], k, delta)
                    prev = k
                model.update("end", prev, delta)
            for f, g, p in zip(feats, gold, guess, strict=True):
                if g != p:
                    for feat in f:
                        model.update(feat, g, 1.0)
                        model.update(feat, p, -1.0)
        print(f"epoch {epoch + 1}: {errors}/{len(runs)} runs wrong", file=sys.stderr)
    return model.averaged()


def common_word_list(texts: Iterable[str]) -> list[str]:
    """Words that are ordinary words: seen in lowercase at least 3 times and
    at least half as often as capitalised inside a sentence (``bank`` is one,
    though ``Bank Indonesia`` is frequent)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for line in text.split("\n"):
            for t in ner.tokenize(line):
                w = t.text
                if not _WORD.fullmatch(w):
                    continue
                if w.islower():
                    lower[w] += 1
                elif w[:1].isupper() and not t.first:
                    upper[w.lower()] += 1
    return sorted(w for w, c in lower.items() if c >= 3 and 2 * c >= upper[w])


def corpus_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*.txt")):
        if path.name != "README.TXT":
            yield path.read_bytes().decode("utf-8", errors="replace")


def stats_lines(id_texts: Iterable[str], en_texts: Iterable[str]) -> list[str]:
    """``word_stats.tsv`` lines: the Indonesian statistics of each word (its
    capitalisation bucket first, ``cr=?`` when unseen), then the English ones
    (``e`` prefix), which know many foreign names Indonesian news cites."""
    indonesian = word_statistics(id_texts, "")
    english = word_statistics(en_texts, "e")
    lines = []
    for lw in sorted(set(indonesian) | set(english)):
        feats = [*indonesian.get(lw, ["cr=?"]), *english.get(lw, [])]
        lines.append("\t".join([lw, *feats]))
    return lines


def word_statistics(texts: Iterable[str], prefix: str) -> dict[str, list[str]]:
    """For each word seen at least 4 times, a bucket of
    how often it is capitalised inside a sentence and, if clear, the word
    most often just before and just after it. Names share their neighbours
    (``kata``, ``di``, ``Kabupaten``), so unseen names look like seen ones."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    left: dict[str, Counter[str]] = {}
    right: dict[str, Counter[str]] = {}
    for text in texts:
        for line in text.split("\n"):
            tokens = ner.tokenize(line)
            for k, t in enumerate(tokens):
                w = t.text
                if not _WORD.fullmatch(w):
                    continue
                lw = w.lower()
                if w.islower():
                    lower[lw] += 1
                elif w[:1].isupper() and not t.first:
                    upper[lw] += 1
                else:
                    continue
                before = tokens[k - 1].text.lower() if k > 0 else "<s>"
                after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else "</s>"
                left.setdefault(lw, Counter())[before] += 1
                right.setdefault(lw, Counter())[after] += 1
    out = {}
    for lw in set(lower) | set(upper):
        n = lower[lw] + upper[lw]
        if n < 4:
            continue
        feats = [f"{prefix}cr={round(4 * upper[lw] / n)}{min(n.bit_length() // 3, 4)}"]
        for name, ctx in (("lc", left[lw]), ("rc", right[lw])):
            word, count = ctx.most_common(1)[0]
            if count >= 2 and 4 * count >= n:
                feats.append(f"{prefix}{name}={word}")
        out[lw] = feats
    return out


_GERMAN_DETERMINERS = frozenset(
    (
        *("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem"),
        *("einen", "eines", "kein", "keine", "keinen", "im", "am", "vom", "zum", "zur"),
        *("beim", "ins", "mehr", "viele", "alle", "diese", "dieser", "diesen", "neue"),
    )
)


def german_nouns(texts: Iterable[str]) -> list[str]:
    """German common nouns: capitalised words that follow a determiner in at
    least a third of their occurrences, and at least twice. Names rarely do, so
    ``Hafen`` and ``Millionen`` are in, ``Brinkmann`` is not."""
    seen: Counter[str] = Counter()
    after_det: Counter[str] = Counter()
    for text in texts:
        for line in text.split("\n"):
            prev = ""
            for t in ner.tokenize(line):
                w = t.text
                if _WORD.fullmatch(w) and w[:1].isupper() and not w.isupper():
                    seen[w.lower()] += 1
                    if prev in _GERMAN_DETERMINERS:
                        after_det[w.lower()] += 1
                prev = w.lower()
    return sorted(w for w, c in seen.items() if after_det[w] >= 2 and 3 * after_det[w] >= c)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step, so that a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    use_gold = "--gold" in argv
    argv = [a for a in argv if a != "--gold"]
    ner_dir = CORPORA / "ner"
    if not ner_dir.is_dir():
        print(f"corpora not found at {CORPORA}; nothing to train", file=sys.stderr)
        return 1
    sentences = [s for name in TRAIN_FILES for s in read_bio(ner_dir / name)]
    gold_text = [" ".join(t for t, _ in s) for s in sentences]
    indonesian = [*gold_text, *corpus_texts(CORPORA / "id")]
    lists = {
        "id": common_word_list(indonesian),
        "en": common_word_list(corpus_texts(CORPORA / "en")),
        "de": common_word_list(corpus_texts(CORPORA / "de")),
    }
    for lang, words in lists.items():
        header = f"# Words written in lowercase in {lang} news (train_ner.py derives it).\n"
        text = header + "\n".join(words) + "\n"
        write_atomically(HOME / lang / "common.txt", text.encode("utf-8"))
    header = "# German common nouns (train_ner.py derives it).\n"
    text = header + "\n".join(german_nouns(corpus_texts(CORPORA / "de"))) + "\n"
    write_atomically(HOME / "de" / "nouns.txt", text.encode("utf-8"))
    header = "# word, capitalised-ratio bucket, usual left and right word (train_ner.py).\n"
    text = header + "\n".join(stats_lines(indonesian, corpus_texts(CORPORA / "en"))) + "\n"
    write_atomically(DATA / "word_stats.tsv", text.encode("utf-8"))
    home_words.cache_clear()
    all_homes.cache_clear()
    word_stats.cache_clear()
    ner.word_features.cache_clear()
    common = common_words("id")
    data = []
    for s in sentences:
        _, tokens, tags = align(s)
        data.append((tokens, tags))
    runs = make_runs(data, common)
    if use_gold:
        runs += gold_runs()
    weights = train(runs)
    out = Path(argv[1]) if len(argv) > 1 else ner.MODEL_FILE
    payload = json.dumps(weights, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomically(out, gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{len(weights)} features -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Made-up stories and their versions, for the tests of version groups.

Sentences are drawn, seeded, from words written for these tests, so that
two stories share no more than common words do; a version is a story with
the edits a copy or a syndicated article makes.
"""

from __future__ import annotations

import random

_WORDS = [
    "harbour",
    "council",
    "ferry",
    "bridge",
    "market",
    "river",
    "festival",
    "budget",
    "school",
    "hospital",
    "mayor",
    "minister",
    "farmers",
    "teachers",
    "engineers",
    "residents",
    "police",
    "court",
    "station",
    "rain",
    "flood",
    "storm",
    "harvest",
    "rice",
    "coffee",
    "timber",
    "copper",
    "fishing",
    "tourism",
    "announced",
    "said",
    "planned",
    "delayed",
    "opened",
    "closed",
    "repaired",
    "rebuilt",
    "approved",
    "rejected",
    "questioned",
    "welcomed",
    "criticised",
    "promised",
    "expected",
    "reported",
    "yesterday",
    "tonight",
    "morning",
    "weekend",
    "earlier",
    "later",
    "again",
    "finally",
    "slowly",
    "quickly",
    "northern",
    "southern",
    "eastern",
    "western",
    "coastal",
    "upland",
    "central",
    "old",
    "new",
    "small",
    "large",
    "the",
    "a",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "from",
    "after",
    "before",
    "during",
    "while",
    "because",
    "three",
    "seven",
    "twelve",
    "twenty",
    "hundred",
    "thousand",
    "million",
    "percent",
    "kilometres",
    "tonnes",
    "plan",
    "road",
    "tunnel",
    "port",
    "airport",
    "train",
    "bus",
    "tram",
    "queue",
    "price",
    "wage",
    "tax",
    "loan",
    "village",
    "district",
    "province",
    "island",
    "valley",
    "hill",
    "lake",
    "coast",
    "border",
    "city",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 16))]
    return " ".join(words).capitalize() + "."


def paragraphs(seed: int, count: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 3))) for _ in range(count)]


def story(title: str, paras: list[str], byline: str = "") -> str:
    """An article file: title, blank line, paragraphs (a byline line first
    when given)."""
    lines = [title, ""]
    if byline:
        lines += [byline, ""]
    for p in paras:
        lines += [p, ""]
    return "\n".join(lines)


def versions_of(seed: int) -> dict[str, str]:
    """One story and three versions of it: a line added under a new
    headline, paragraphs moved with another byline, a sentence changed."""
    paras = paragraphs(seed)
    rng = random.Random(seed + 1000)
    added = [*paras[:3], sentence(rng), *paras[3:]]
    moved = [paras[2], paras[0], paras[1], *paras[3:]]
    changed = [*paras[:-1], sentence(rng) + " " + paras[-1]]
    return {
        "original": story(f"Story {seed} first told", paras),
        "added": story(f"A new headline for story {seed}", added),
        "moved": story(f"Story {seed} again", moved, byline="By Ana Writer"),
        "changed": story(f"Story {seed} changed", changed),
    }


QUOTES = [
    "We will open the new harbour bridge before the rains come, and the ferry will"
    " keep running until then for every resident who needs it.",
    "Nobody in this council has seen the final budget for the tunnel yet, and we"
    " will not vote on numbers we have not read.",
    "The farmers told us the price of rice fell by twelve percent this season, so"
    " the loan scheme must start in the spring.",
    "Every school on the coast will have a shelter by the end of the year, and the"
    " district will pay for the teachers who run the drills.",
    "We asked the port authority three times for the timber contracts and three"
    " times we were told the papers had been sent to the province.",
    "If the tram line reaches the valley villages, families there will save an hour"
    " every morning and the buses can serve the hill roads instead.",
]


def same_quotes(seed: int) -> tuple[str, str]:
    """Two outlets' own reports of one press conference: mostly the same
    quotations, each report's own few words around them (with the
    quotations, two thirds of their shingles are shared)."""
    out = []
    for n in (0, 1):
        rng = random.Random(seed * 10 + n)
        paras = [sentence(rng)]
        for quote in QUOTES:
            lead = " ".join(rng.choice(_WORDS) for _ in range(5)).capitalize()
            paras.append(f"{lead}: “{quote}” the mayor said.")
        out.append(story(f"Press conference report {n}", paras))
    return out[0], out[1]


def quotation(rng: random.Random, sentences: int = 3) -> str:
    """A made-up statement of a few sentences, in curly quote marks."""
    return "“" + " ".join(sentence(rng) for _ in range(sentences)) + "”"


def copy_with_a_paragraph(seed: int) -> tuple[str, str]:
    """A story and a copy of it under a new headline with one paragraph
    added (a statement and a sentence around it) in the middle."""
    paras = paragraphs(seed)
    rng = random.Random(seed + 3000)
    added = f"{sentence(rng)} {quotation(rng, 2)} the mayor said."
    return (
        story(f"Story {seed} as first told", paras),
        story(f"A wholly new headline over story {seed}", [*paras[:4], added, *paras[4:]]),
    )


def follow_up(seed: int) -> tuple[str, str]:
    """A short story (a lead and two background paragraphs) and a
    follow-up by the same outlet: a new lead and three new paragraphs,
    mostly a new speaker's statements, over the two background paragraphs
    pasted as they were."""
    rng = random.Random(seed + 4000)
    background = paragraphs(seed, 2)
    first = story(f"Story {seed}: what happened", [sentence(rng), *background])
    later = [f"{sentence(rng)} {quotation(rng, 1)} the minister said on Friday."]
    later += [f"{quotation(rng)} she said." for _ in range(3)]
    return first, story(f"Minister answers on story {seed}", [*later, *background])

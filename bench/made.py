"""Made-up articles stored through both phases at once, with the names and
quotes a benchmark gives them (none extracted): how the benchmarks that
measure reading build their libraries quickly."""

from __future__ import annotations

from collections.abc import Sequence

from db.records import ArticleRecord, MentionRecord, QuoteRecord, UnderstoodRecord
from db.store import Store

Made = tuple[ArticleRecord, Sequence[MentionRecord], Sequence[QuoteRecord]]


def store_both_phases(store: Store, made: Sequence[Made]) -> list[int]:
    """Store the articles, then claim and swap in their names and quotes as
    the second phase does; returns their article ids."""
    done: list = []
    store.store_articles([record for record, _, _ in made], done)
    claim, _ = store.claim_understanding(len(made), since=0.0)
    store.write_understanding(
        [
            UnderstoodRecord(article_id, list(mentions), list(quotes))
            for (_, article_id), (_, mentions, quotes) in zip(done, made, strict=True)
        ],
        claim,
        0.0,
    )
    return [article_id for _, article_id in done]

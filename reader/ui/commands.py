"""Command palette providers: the entity finder, from ``ctrl+p``."""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from reader.safe_text import one_line
from reader.wording import counted


def entity_label(hit) -> str:
    """The finder screen's label of a hit, imported with that screen when
    the palette is first used: the first paint needs neither."""
    from reader.ui.screens.entities import entity_label

    return entity_label(hit)


class EntityCommands(Provider):
    """Every entity and its variants; choosing one filters the library to it."""

    async def _find(self, query: str, limit: int):
        found = await asyncio.to_thread(self.app.finder.find, query, limit)
        return found.hits

    def _help(self, hit) -> str:
        # Hit help is read as markup: escape what comes from the data.
        return escape(
            one_line(f"{hit.type} · {counted(hit.article_count, 'article')} · filter the library")
        )

    async def discover(self) -> Hits:
        for hit in await self._find("", 10):
            yield DiscoveryHit(
                entity_label(hit),
                partial(self.app.filter_library, entity_id=hit.id, label=hit.name),
                text=hit.name,
                help=self._help(hit),
            )

    async def search(self, query: str) -> Hits:
        for hit in await self._find(query, 20):
            yield Hit(
                hit.score / 100,
                entity_label(hit),
                partial(self.app.filter_library, entity_id=hit.id, label=hit.name),
                text=hit.name,
                help=self._help(hit),
            )

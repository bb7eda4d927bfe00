"""From article text to a structured article: pure, no database, no UI.

``extract`` is the one pipeline the importer and ``reader extract`` call;
each stage is a module of its own so that it can be tested and improved alone.
The pipeline (and its models and word lists) loads on first use, so that
code needing only a part of this package, such as the TUI reaching
``names``, starts quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.extract.model import EntityMention, Extraction, Quote

if TYPE_CHECKING:
    from reader.extract.pipeline import extract

__all__ = ["EntityMention", "Extraction", "Quote", "extract"]


def __getattr__(name: str):
    if name == "extract":
        from reader.extract.pipeline import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""From article text to a structured article: pure, no database, no UI.

``extract`` is the one pipeline the importer and ``reader extract`` call;
each stage is a module of its own so that it can be tested and improved alone.
"""

from __future__ import annotations

from reader.extract.language import detect_language
from reader.extract.model import EntityMention, Extraction, Quote
from reader.extract.structure import parse_structure

__all__ = ["EntityMention", "Extraction", "Quote", "extract"]


def extract(text: str) -> Extraction:
    """Everything the pipeline knows about one article's decoded text."""
    article = parse_structure(text)
    article.lang = detect_language(article.body(text) or article.title)
    return article

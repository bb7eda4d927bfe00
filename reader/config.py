"""Where reader keeps its data, and where the bundled samples are."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "reader"


def data_dir() -> Path:
    """The user's data folder for reader (``~/.local/share/reader`` on Linux),
    the one place whose files reader keeps private (``reader.privacy``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``READER_DB`` if set, else ``reader.db`` in the user's data folder."""
    override = os.environ.get("READER_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / "reader.db"


def sample_articles_dir() -> Path:
    """The bundled sample articles: inside the installed package, or the checkout's."""
    packaged = Path(str(resources.files("reader"))) / "sample_articles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "sample_articles"

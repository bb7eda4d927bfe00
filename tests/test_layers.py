"""Dependencies run one way: the store knows nothing of the app or the UI."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def imported_after(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    return {name.split(".")[0] for name in out.split()}


def test_db_imports_neither_reader_nor_textual():
    loaded = imported_after(
        "db.store, db.connection, db.writer, db.identity, db.search, db.annotations,"
        " db.articles, db.entities, db.quotes"
    )
    assert "reader" not in loaded
    assert "textual" not in loaded


def test_extraction_imports_neither_db_nor_textual():
    loaded = imported_after("reader.extract")
    assert "db" not in loaded
    assert "textual" not in loaded


def test_library_does_not_import_textual():
    assert "textual" not in imported_after("reader.library, reader.cli")


def first_screen_imports() -> list[str]:
    code = (
        "import sys, reader.ui.app, reader.ui.screens.library;"
        " print('\\n'.join(sorted(sys.modules)))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split()


def test_the_first_screen_imports_no_extraction_import_or_workers():
    """The TUI's first paint waits for its imports: what only importing,
    understanding or the finder's names need comes when they are used."""
    out = first_screen_imports()
    unwanted = {"reader.extract", "reader.importer", "reader.understanding", "reader.workers"}
    assert not unwanted.intersection(out)
    assert not {"rapidfuzz", "multiprocessing"}.intersection(name.split(".")[0] for name in out)


def test_the_first_screen_imports_no_store_module_it_does_not_use():
    """Nor what only curation, entities, the trash, writing or the
    what's-new screen need (``reader.library._OnFirstUse``, ``db.store``)."""
    unwanted = {
        "db.common_words",
        "db.curation",
        "db.entities",
        "db.grouped_quotes",
        "db.identity",
        "db.quote_groups",
        "db.statements",
        "db.trash",
        "db.writer",
        "reader.ui.screens.whats_new",
    }
    assert not unwanted.intersection(first_screen_imports())

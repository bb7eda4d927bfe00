"""What ``O`` shows: the file itself, a dataset's file for one of its rows,
or what the store kept once the file is gone; and how $PAGER is read."""

from __future__ import annotations

import pytest

from reader.original import Original, PagerError, pager_command
from tests.conftest import import_paths, write

PAGE = (
    "<html><head><title>Kite Festival Returns</title></head><body><article>"
    "<h1>Kite Festival Returns</h1>"
    "<p>Hundreds of kites filled the sky above the beach on Sunday as the festival returned.</p>"
    "<p>Organisers said next year the festival will run for three days instead of one.</p>"
    "</article></body></html>"
)


def test_a_page_that_is_gone_shows_as_it_was_saved(library, tmp_path):
    page = write(tmp_path, "kites.html", PAGE)
    (result,) = import_paths(library, page)
    assert library.original(result.article_id) == Original(str(page.resolve()))
    page.unlink()
    shown = library.original(result.article_id)
    assert shown.data == PAGE.encode()
    assert shown.note == f"{page.resolve()} is gone: showing the page as it was saved"


def test_a_dataset_row_shows_its_dataset(library, tmp_path):
    data = write(tmp_path, "rows#1.csv", "id,title,text\n7,Row Seven,The seventh row says this.\n")
    (result,) = import_paths(library, data)
    assert library.original(result.article_id) == Original(str(data.resolve()))


@pytest.mark.parametrize(
    ("pager", "words"),
    [
        ("", ["less"]),
        ("   ", ["less"]),
        ("less -R", ["less", "-R"]),
        ("'/my tools/pager' --x 'a b'", ["/my tools/pager", "--x", "a b"]),
        ("more; rm -rf /", ["more;", "rm", "-rf", "/"]),  # words, never a shell
    ],
)
def test_pager_is_split_into_words(pager, words):
    assert pager_command({"PAGER": pager}) == words


def test_an_unreadable_pager_is_an_error():
    with pytest.raises(PagerError, match="cannot be read as a command"):
        pager_command({"PAGER": "less 'open"})

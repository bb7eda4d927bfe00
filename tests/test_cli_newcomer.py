"""What a newcomer meets on the command line: the help, an export to a
file of another kind, a search for a name nobody is known by."""

from __future__ import annotations

import pytest

from tests.test_cli import imported, run

ARTICLE = (
    "Anggaran Daerah Dipangkas\n\n"
    "Kabar Pagi - Menteri Keuangan Budi Hartanto memangkas dana transfer ke daerah. "
    '"Kami harus berhemat tahun depan," kata Budi Hartanto di Jakarta, Senin.\n\n'
    "Pemerintah daerah diminta mencari pendapatan baru.\n"
)


@pytest.fixture
def db(tmp_path):
    return imported(tmp_path, {"anggaran.txt": ARTICLE})


def test_help_says_reader_alone_opens_the_tui():
    done = run("--help")
    assert done.returncode == 0
    assert "Without a COMMAND" in done.stdout and "TUI" in done.stdout


def test_an_unknown_command_is_named_plainly():
    """The usage's ``COMMAND`` reads in argparse's errors as well: not
    ``argument [COMMAND]: invalid choice``."""
    done = run("imprt")
    assert done.returncode == 2
    assert "argument COMMAND: invalid choice" in done.stderr, done.stderr


def test_export_to_a_file_of_another_kind_is_refused(db, tmp_path):
    """``-o said.xlsx`` would hold JSON under a spreadsheet's name."""
    out = tmp_path / "said.xlsx"
    done = run("export", "articles", "-o", str(out), db=db)
    assert done.returncode == 2
    assert ".xlsx" in done.stderr and ".csv" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    # a format asked for by name is written under any name
    done = run("export", "articles", "--format", "csv", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("id,")
    # a known extension, and none at all (JSON), as before
    assert run("export", "articles", "-o", str(tmp_path / "a.md"), db=db).returncode == 0
    assert run("export", "articles", "-o", str(tmp_path / "plain"), db=db).returncode == 0
    assert (tmp_path / "plain").read_text(encoding="utf-8").startswith("[")


def test_search_for_a_name_nobody_is_known_by_says_so(db):
    done = run("search", 'entity:"Sarwendah Kuncoroputri"', db=db)
    assert done.returncode == 0
    assert "Sarwendah Kuncoroputri: no person, organisation or place by that name" in done.stderr
    known = run("search", 'entity:"Budi Hartanto"', db=db)
    assert "by that name" not in known.stderr
    assert "Anggaran Daerah Dipangkas" in known.stdout


def test_a_name_searched_before_the_articles_are_understood_is_not_said_unknown(tmp_path):
    """Imported with ``--no-wait``, the articles' names are not in yet: the
    name may still come, so nobody is said to be unknown by it."""
    path = imported(tmp_path, {"anggaran.txt": ARTICLE}, "--no-wait")
    done = run("search", 'entity:"Budi Hartanto"', db=path)
    assert done.returncode == 0, done.stderr
    assert "Budi Hartanto: nobody by that name yet" in done.stderr
    assert "no person, organisation or place" not in done.stderr


def test_a_name_the_user_marked_not_an_entity_is_said_so(db):
    assert run("entity", "hide", "Budi Hartanto", db=db).returncode == 0
    done = run("search", 'entity:"Budi Hartanto"', db=db)
    assert "Budi Hartanto: marked as not a person, organisation or place" in done.stderr


def test_a_name_asked_as_entity_and_speaker_is_noted_once(db):
    done = run("search", "entity:Zulkarwanto speaker:Zulkarwanto", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("Zulkarwanto: no person") == 1, done.stderr


def test_a_format_the_extension_contradicts_is_refused(db, tmp_path):
    """``--format md -o said.json`` wrote JSON without a word."""
    out = tmp_path / "said.json"
    done = run("export", "articles", "--format", "md", "-o", str(out), db=db)
    assert done.returncode == 2
    assert ".json" in done.stderr and "md" in done.stderr
    assert not out.exists()
    done = run("export", "articles", "--format", "json", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr


def test_output_dash_is_stdout(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = run("export", "articles", "--format", "csv", "-o", "-", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,")
    assert not (tmp_path / "-").exists()

"""Broken and odd files: each gets one clear outcome and the import goes on.

``tests/test_import.py`` covers the basic encodings and rejected classes in
process; here a whole folder of odd files goes through the real command at
once, as a user would meet them, plus the classes that need the file system
(pipes, links, names) or a simulated failure.
"""

from __future__ import annotations

import codecs
import errno
import os

from reader.importer import Status
from tests.conftest import import_paths, write
from tests.trust.conftest import run

ARTICLE_BODY = "Second story\n\nAbout ferries and tides in the bay.\n"
GOOD = "Harbour reopens\n\nThe harbour reopened on Monday after the strike, officials said.\n"


def _names(output: str) -> dict[str, str]:
    """file name -> the one line the CLI printed about it."""
    lines = {}
    for line in output.splitlines():
        if line.startswith(("added", "rejected", "duplicate", "updated")):
            name = line.split(None, 1)[1].split(": ", 1)[0].rsplit("/", 1)[-1]
            assert name not in lines, f"two lines for {name}"
            lines[name] = line
    return lines


def test_a_folder_of_odd_files_gives_one_line_each(tmp_path):
    folder = tmp_path / "odd"
    files = {
        "bom8.txt": codecs.BOM_UTF8 + GOOD.replace("Monday", "Tuesday").encode(),
        "utf16le.txt": codecs.BOM_UTF16_LE
        + "Hafen\n\nDer Hafen öffnet wieder.".encode("utf-16-le"),
        "utf16be.txt": codecs.BOM_UTF16_BE + "Haven\n\nDe haven is open.".encode("utf-16-be"),
        "utf32.txt": "Porto\n\nO porto reabriu hoje.".encode("utf-32"),
        "cp1252.txt": "Café prices\n\n\u201cPrices\u201d rose by \u20ac5 \u2014 again.".encode(
            "cp1252"
        ),
        "lone_cr.txt": b"Old Mac file\r\rFirst paragraph.\r\rSecond paragraph.\r",
        "invalid.txt": b"caf\xc3 and \x81\x8d bytes",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10,
        "empty.txt": b"",
        "good.txt": GOOD.encode(),
        "toobig.txt": ("Big\n\n" + "word " * 4000).encode(),
    }
    for name, content in files.items():
        write(folder, name, content)
    os.mkfifo(folder / "fifo.txt")
    os.symlink("self.txt", folder / "self.txt")
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    os.symlink("..", folder / "parent")
    write(folder / "folder.txt", "inside.txt", "Inside a folder named like a file\n\nIt counts.")
    # Names with a newline and with a byte that is not UTF-8.
    for raw in (b"new\nline.txt", b"bad\xffname.txt"):
        with open(os.path.join(os.fsencode(folder), raw), "wb") as handle:
            handle.write(f"A story named {raw!r}\n\nIts body is plain.".encode())

    done = run(tmp_path / "r.db", "import", "--max-mb", "0.01", str(folder), timeout=60)

    assert "Traceback" not in done.stderr
    assert done.returncode == 1
    lines = _names(done.stdout + done.stderr)
    expected = {
        "bom8.txt": "added",
        "utf16le.txt": "added",
        "utf16be.txt": "added",
        "utf32.txt": "added",
        "cp1252.txt": "added",
        "lone_cr.txt": "added",
        "good.txt": "added",
        "inside.txt": "added",
        "new\\nline.txt": "added",
        "bad\\xffname.txt": "added",
        "invalid.txt": "rejected",
        "binary.txt": "rejected",
        "empty.txt": "rejected",
        "toobig.txt": "rejected",
        "fifo.txt": "rejected",
        "self.txt": "rejected",
        "loop_a.txt": "rejected",
        "loop_b.txt": "rejected",
    }
    assert {name: line.split()[0] for name, line in lines.items()} == expected
    assert "not text" in lines["invalid.txt"]
    assert "binary" in lines["binary.txt"]
    assert "empty file" in lines["empty.txt"]
    assert "0.01 MB limit" in lines["toobig.txt"]
    assert "not a regular file" in lines["fifo.txt"]
    assert "looping symbolic link" in lines["loop_a.txt"]
    assert "10 added" in done.stderr and "8 rejected" in done.stderr


def test_odd_files_are_stored_as_text(library, tmp_path):
    u32 = write(tmp_path, "u32.txt", "Porto\n\nO porto reabriu hoje.".encode("utf-32"))
    cr = write(tmp_path, "cr.txt", b"Old Mac file\r\rFirst paragraph.\r\rSecond paragraph.\r")
    smart = write(tmp_path, "cp.txt", "Quote\n\n\u201cYes\u201d \u2014 \u20ac5".encode("cp1252"))
    results = import_paths(library, u32, cr, smart)
    texts = [library.article(r.article_id) for r in results]
    assert (texts[0].text, texts[0].encoding) == ("Porto\n\nO porto reabriu hoje.", "utf-32")
    assert texts[1].text == "Old Mac file\n\nFirst paragraph.\n\nSecond paragraph.\n"
    assert texts[1].body.startswith("First paragraph.")
    assert (texts[2].text, texts[2].encoding) == (
        "Quote\n\n\u201cYes\u201d \u2014 \u20ac5",
        "cp1252",
    )


def test_names_that_need_escaping_stay_on_one_line(tmp_path):
    folder = os.fsencode(tmp_path / "names")
    os.mkdir(folder)
    names = [b"tab\there.txt", b"esc\x1b[31mred.txt", b"bidi\xe2\x80\xaeevil.txt", b"lat\xe9.txt"]
    for n, raw in enumerate(names):
        with open(os.path.join(folder, raw), "wb") as handle:
            handle.write(f"Story {n}\n\nBody {n} of a story.".encode())
    done = run(tmp_path / "r.db", "import", os.fsdecode(folder))
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    assert len(out) == len(names)
    assert all(line.startswith("added") for line in out)
    joined = "\n".join(out)
    assert "\x1b" not in joined and "\u202e" not in joined and "\t" not in joined
    assert "lat\\xe9.txt" in joined and "esc\\x1b[31mred.txt" in joined


def test_named_symlink_to_a_parent_folder_terminates(library, tmp_path):
    root = tmp_path / "root"
    write(root, "a.txt", GOOD)
    write(root, "sub/b.txt", ARTICLE_BODY)
    os.symlink(root, root / "sub" / "up")
    os.symlink(root, tmp_path / "link")
    results = import_paths(library, tmp_path / "link", root)
    assert [r.status for r in results] == [Status.ADDED] * 2 + [Status.DUPLICATE] * 2


def test_unreadable_file_folder_and_vanished_file(library, tmp_path, monkeypatch):
    """Root can read everything, so failures of the file system are simulated."""
    root = tmp_path / "root"
    eio = write(root, "eio.txt", GOOD)
    gone = write(root, "gone.txt", "Gone\n\nThis file is deleted before it is read.")
    write(root, "ok.txt", ARTICLE_BODY)
    write(root, "secret/hidden.txt", "Secret\n\nA folder nobody may list.")
    real_open, real_scandir = open, os.scandir

    def failing_open(file, *args, **kwargs):
        if str(file) == str(eio):
            raise OSError(errno.EIO, "Input/output error", str(file))
        return real_open(file, *args, **kwargs)

    def failing_scandir(path="."):
        if os.fspath(path).endswith("secret"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr("builtins.open", failing_open)
    monkeypatch.setattr(os, "scandir", failing_scandir)
    planned = library.plan_import([str(root)])
    gone.unlink()
    results = {os.path.basename(r.path): r for r in library.run_import(planned)}
    assert results["ok.txt"].status is Status.ADDED
    assert results["eio.txt"].status is Status.REJECTED
    assert "input/output error" in results["eio.txt"].reason
    assert results["gone.txt"].status is Status.REJECTED
    assert "no such file" in results["gone.txt"].reason
    assert results["secret"].status is Status.REJECTED
    assert "cannot read folder: permission denied" in results["secret"].reason


def test_size_cap_message_names_a_fractional_limit(library, tmp_path):
    path = write(tmp_path, "big.txt", "word " * 1000)
    [result] = library.run_import(library.plan_import([str(path)]), max_bytes=1000)
    assert result.status is Status.REJECTED
    assert "0 MB" not in result.reason and "limit" in result.reason


def test_ten_megabyte_single_line_imports(library, tmp_path):
    """A 10 MB article with no line break (Chinese copy often comes so).

    Chinese keeps the test quick: English prose of that size extracts in
    about 10 s, linearly (see the quadratic case below for where it is not).
    """
    sentence = "上海市政府今天宣布了新的港口计划，北京也表示支持。"
    line = sentence * (10 * 1024 * 1024 // len(sentence.encode()))
    path = write(tmp_path, "huge.txt", "港口新闻\n\n" + line)
    assert path.stat().st_size > 10 * 1024 * 1024 - 100
    [result] = import_paths(library, path)
    assert result.status is Status.ADDED
    detail = library.article(result.article_id)
    assert detail.text == "港口新闻\n\n" + line
    [hit] = library.search("北京")
    assert hit.id == result.article_id and len(hit.snippet.text) < 1000


def test_a_long_run_of_capitalised_words_is_linear(monkeypatch):
    """Counted in calls, not seconds: four times the text, about four times the work."""
    from reader.extract import extract, tagger

    calls = 0
    real = tagger.word_class

    def counting(word):
        nonlocal calls
        calls += 1
        return real(word)

    monkeypatch.setattr(tagger, "word_class", counting)
    costs = []
    for repeat in (100, 400):
        calls = 0
        extract("Title\n\n" + "Word The And Of " * repeat)
        costs.append(calls)
    assert costs[1] < 6 * costs[0], costs

"""Datasets: one article per row of a CSV, TSV, JSON Lines or JSON array,
each row one outcome, nothing half-stored, re-imports by row identity."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from reader.datasets import Dataset, _array_elements
from reader.importer import Notice, Status
from reader.metadata import NAMES, iso_date, match_columns, parse_map
from tests.conftest import REPO, write

ROWS = [
    {"id": "1", "headline": "Harbour strike ends", "body": "Workers returned on Monday.",
     "published": "2024-05-06", "link": "https://a.example/1"},
    {"id": "2", "headline": "Ferries sail again", "body": "The first ferry left at dawn.",
     "published": "2024-05-07", "link": "https://a.example/2"},
    {"id": "3", "headline": "Rain floods the port", "body": "Water rose in the night.",
     "published": "2024-05-08", "link": "https://a.example/3"},
]  # fmt: skip


def csv_text(rows, delimiter=",") -> str:
    lines = [delimiter.join(rows[0])]
    lines += [delimiter.join(f'"{v}"' for v in row.values()) for row in rows]
    return "\n".join(lines) + "\n"


def run_import(library, path, columns=None):
    notices: list[Notice] = []
    results = list(
        library.run_import(library.plan_import([str(path)]), columns=columns, notify=notices.append)
    )
    return results, notices


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("data.csv", csv_text(ROWS)),
        ("data.tsv", csv_text(ROWS, "\t")),
        ("semicolons.csv", csv_text(ROWS, ";")),
        ("tabs.csv", csv_text(ROWS, "\t")),
        ("data.jsonl", "\n".join(json.dumps(r) for r in ROWS) + "\n"),
        ("lines.json", "\n".join(json.dumps(r) for r in ROWS) + "\n"),
        ("data.json", json.dumps(ROWS, indent=2)),
        ("bom.csv", "\ufeff" + csv_text(ROWS)),
        ("crlf.csv", csv_text(ROWS).replace("\n", "\r\n")),
    ],
)
def test_every_shape_gives_one_article_a_row(library, tmp_path, name, content):
    path = write(tmp_path, name, content)
    results, notices = run_import(library, path)
    assert [(r.status, r.row) for r in results] == [(Status.ADDED, n) for n in (1, 2, 3)]
    assert "title=headline, text=body, date=published, url=link" in notices[0].text
    row = library.article(results[1].article_id).row
    assert (row.title, row.date, row.url) == (
        "Ferries sail again",
        "2024-05-07",
        "https://a.example/2",
    )
    assert row.path == f"{path}#id=2"
    assert row.source == "a.example"


def test_legacy_encodings_decode(library, tmp_path):
    content = "title,text\nCafé au port,Le café rouvre après la grève.\n"
    path = write(tmp_path, "latin.csv", content.encode("cp1252"))
    [result], _ = run_import(library, path)
    assert library.article(result.article_id).row.title == "Café au port"
    utf16 = write(tmp_path, "utf16.csv", content.replace("Café", "Bistro").encode("utf-16"))
    [result], _ = run_import(library, utf16)
    assert library.article(result.article_id).row.title == "Bistro au port"


def test_quoting_and_embedded_newlines(library, tmp_path):
    content = 'title,text\n"Port, north","First line.\n\nSecond ""quoted"" paragraph."\n'
    path = write(tmp_path, "q.csv", content)
    [result], _ = run_import(library, path)
    detail = library.article(result.article_id)
    assert detail.row.title == "Port, north"
    assert 'Second "quoted" paragraph.' in detail.text and len(detail.paragraphs) == 2


def test_a_broken_row_mid_file_is_rejected_with_its_line_and_the_rest_stored(library, tmp_path):
    content = (
        "title,text\n"
        "One,First story.\n"
        'Two,"bad "quote" here"\n'
        "Three,Third story,extra field\n"
        "Four,\n"
        "Five,Fifth story.\n"
    )
    path = write(tmp_path, "broken.csv", content)
    results, _ = run_import(library, path)
    assert [r.status.value for r in results] == [
        "added", "rejected", "rejected", "rejected", "added"
    ]  # fmt: skip
    assert results[1].reason.startswith("line 3: text after a closing quote")
    assert results[2].reason.startswith("line 4: 3 fields where the header has 2")
    assert results[3].reason == "empty text"
    assert library.count_articles() == 2


def test_an_unclosed_quote_is_one_rejected_row_not_a_swallowed_article(library, tmp_path):
    path = write(tmp_path, "open.csv", 'title,text\nOne,First.\nTwo,"never closed\nThree,x\n')
    results, _ = run_import(library, path)
    assert [r.status for r in results] == [Status.ADDED, Status.REJECTED]
    assert "never closed" in results[1].reason


def test_a_broken_jsonl_line_and_a_broken_array_element(library, tmp_path):
    lines = [json.dumps(ROWS[0]), "{broken", "[1, 2]", json.dumps(ROWS[2])]
    results, _ = run_import(library, write(tmp_path, "d.jsonl", "\n".join(lines)))
    assert [r.status.value for r in results] == ["added", "rejected", "rejected", "added"]
    assert results[1].reason.startswith("line 2: not valid JSON")
    assert results[2].reason == "a JSON list, not an object of fields"
    array = json.dumps(ROWS[:2])[:-1] + ', {"title": oops}]'
    results, _ = run_import(library, write(tmp_path, "d.json", array))
    assert [r.status.value for r in results][-1] == "rejected"
    assert results[-1].reason.startswith("broken JSON")


def test_a_json_object_alone_is_neither_a_dataset_nor_metadata(library, tmp_path):
    path = write(tmp_path, "one.json", json.dumps(ROWS[0], indent=2))
    [result], _ = run_import(library, path)
    assert result.status is Status.REJECTED and result.reason.startswith("not a dataset")


def test_a_dataset_without_a_text_column_says_how_to_name_it(library, tmp_path):
    path = write(tmp_path, "d.csv", "headline,story\nA,B\n")
    [result], _ = run_import(library, path)
    assert result.status is Status.REJECTED and "--map text=COLUMN" in result.reason
    results, notices = run_import(library, path, columns=parse_map("text=story"))
    assert [r.status for r in results] == [Status.ADDED]
    assert "title=headline, text=story" in notices[0].text


def test_re_import_of_an_edited_dataset(library, tmp_path):
    path = write(tmp_path, "d.csv", csv_text(ROWS))
    run_import(library, path)
    edited = [dict(ROWS[0], body="Workers returned on Monday, said the union."), ROWS[1]]
    write(tmp_path, "d.csv", csv_text(edited))
    results, notices = run_import(library, path)
    assert [(r.status, r.row) for r in results] == [(Status.UPDATED, 1), (Status.UNCHANGED, 2)]
    # The row that left the file is told, and kept.
    [left] = [n for n in notices if n.left]
    assert len(left.left) == 1 and "1 row stored before no longer in it" in left.text
    assert library.count_articles() == 3


def test_rows_without_id_or_url_are_known_by_what_they_say(library, tmp_path):
    path = write(tmp_path, "d.csv", "title,text\nOne,First.\nTwo,Second.\n")
    first, _ = run_import(library, path)
    again, _ = run_import(library, path)
    assert [r.status for r in again] == [Status.UNCHANGED, Status.UNCHANGED]
    assert [r.article_id for r in again] == [r.article_id for r in first]


def test_the_same_id_twice_in_a_file_is_rejected(library, tmp_path):
    path = write(tmp_path, "d.csv", "id,text\n7,First.\n7,Second.\n")
    results, _ = run_import(library, path)
    assert results[1].status is Status.REJECTED and "same id" in results[1].reason


def test_a_row_is_stored_whole_or_not_at_all(library, tmp_path, monkeypatch):
    """A failure while a group of rows is written leaves none of them."""
    import db.writer

    path = write(tmp_path, "d.csv", csv_text(ROWS))
    real = db.writer._write_tags

    def fail_on_third(conn, article_id, tags):
        if article_id == 3:
            raise RuntimeError("disk gone")
        real(conn, article_id, tags)

    monkeypatch.setattr(db.writer, "_write_tags", fail_on_third)
    with pytest.raises(RuntimeError):
        run_import(library, path)
    assert library.count_articles() == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-06", "2024-05-06"),
        ("2024-05-06T23:10:00-05:00", "2024-05-06"),
        ("2024/05/06", "2024-05-06"),
        ("20240506", "2024-05-06"),
        ("Mon, 06 May 2024 10:00:00 GMT", "2024-05-06"),
        ("6 May 2024", "2024-05-06"),
        ("May 6, 2024", "2024-05-06"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
        ("06.05.2024", "2024-05-06"),
        ("03/04/2024", None),  # March or April: not guessed
        ("2024-02-30", None),
        ("soon", None),
    ],
)
def test_dates_only_when_unambiguous(value, expected):
    assert iso_date(value) == expected


def test_a_json_array_streams_in_a_small_window(tmp_path):
    """Elements cut by the window's end are decoded once more is read."""
    import io

    import reader.datasets

    # Escapes (json.dumps writes é as \u00e9 and 😀 as a pair of them),
    # words and numbers are cut by the window's end at every place.
    rows = [
        {"text": "x" * n + "é😀" * (n % 5), "n": n, "ok": n % 2 == 0, "none": None, "f": n / 7}
        for n in range(300)
    ]
    original = reader.datasets._CHUNK
    reader.datasets._CHUNK = 97
    try:
        got = list(_array_elements(io.StringIO(json.dumps(rows))))
    finally:
        reader.datasets._CHUNK = original
    assert [value for value, _ in got] == rows


def test_the_delimiter_is_read_from_the_header(tmp_path):
    path = write(tmp_path, "d.csv", 'title;"text, with comma"\nA;B\n')
    with Dataset(str(path)) as dataset:
        rows = list(dataset.rows())
    assert dataset.columns == ["title", "text, with comma"] and rows[0].values["title"] == "A"


def test_import_json_lines_as_it_goes_then_a_summary(tmp_path):
    """``reader import --json``: one object per file or row, then the summary."""
    folder = tmp_path / "in"
    write(folder, "a.txt", "Harbour strike ends\n\nWorkers returned on Monday.\n")
    write(folder, "b.txt", "Harbour strike ends\n\nWorkers returned on Monday.\n")
    data = write(tmp_path, "d.csv", "id,title,text\n1,One,First story.\n2,Two,\n")
    db = tmp_path / "r.db"

    def run():
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--db", str(db), "import", "--json", "--no-wait",
             str(folder), str(data)],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert "Traceback" not in done.stderr
        return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]

    code, lines = run()
    assert code == 1  # a row was rejected
    *results, summary = lines
    assert [(r["status"], r.get("row")) for r in results] == [
        ("added", None), ("duplicate", None), ("added", 1), ("rejected", 2)
    ]  # fmt: skip
    assert results[1]["copy_of"].startswith(f"article {results[0]['id']} ")
    assert results[3]["reason"] == "empty text" and results[3]["path"] == str(data)
    assert summary["summary"]["added"] == 2 and summary["summary"]["rows"] == 2
    code, lines = run()
    statuses = [line.get("status") for line in lines[:-1]]
    assert statuses == ["unchanged", "duplicate", "unchanged", "rejected"]
    assert lines[-1]["summary"]["unchanged"] == 2


@pytest.mark.parametrize(
    ("field", "name"), [(field, name) for field, names in NAMES.items() for name in names]
)
def test_every_name_of_a_field_is_its_column_whatever_its_case(field, name):
    columns = ["other", name.upper()]
    assert match_columns(columns)[field] == name.upper()


def test_the_first_name_of_a_field_wins_and_map_overrides_it():
    columns = ["Headline", "TITLE", "body", "Text", "link", "URL"]
    assert match_columns(columns) == {"title": "TITLE", "text": "Text", "url": "URL"}
    chosen = match_columns(columns, parse_map("text=body,title=Headline"))
    assert (chosen["text"], chosen["title"]) == ("body", "Headline")


def test_a_map_naming_no_column_rejects_the_dataset_naming_its_columns(library, tmp_path):
    path = write(tmp_path, "d.csv", "headline,story\nA,B\n")
    [result], _ = run_import(library, path, columns=parse_map("text=tale"))
    assert result.status is Status.REJECTED
    assert result.reason == "--map text=tale: no such column (it has headline, story)"


def test_rows_with_a_url_and_no_id_are_known_again_by_their_url(library, tmp_path):
    rows = [{k: v for k, v in row.items() if k != "id"} for row in ROWS[:2]]
    path = write(tmp_path, "d.csv", csv_text(rows))
    first, _ = run_import(library, path)
    assert library.article(first[0].article_id).row.path == f"{path}#url=https://a.example/1"
    rows[1]["body"] = "The first ferry left at dawn, an hour late."
    write(tmp_path, "d.csv", csv_text(rows))
    again, notices = run_import(library, path)
    assert [(r.status, r.article_id) for r in again] == [
        (Status.UNCHANGED, first[0].article_id), (Status.UPDATED, first[1].article_id)
    ]  # fmt: skip
    assert not [n for n in notices if n.left]

"""The phase-2 benchmark's ``rerun`` on a library: it measures a copy."""

from __future__ import annotations

import hashlib

from bench import phase2
from db.records import ArticleRecord
from db.store import Store
from tests.conftest import store_understood

TEXTS = [
    "Harbour works\n\nMarit Solberg opened the new quay at Eskvik on Monday.\n",
    "A late ferry\n\nThe ferry to Skarnvik ran two hours late, said Jonas Lyre.\n",
]


def test_rerun_reads_the_library_and_samples_no_more_than_it_holds(tmp_path, capsys):
    library = tmp_path / "r.db"
    with Store(library) as store:
        records = [
            ArticleRecord(
                path=f"/x/{i}.txt",
                text=text,
                encoding="utf-8",
                content_hash=str(i),
                title=text.split("\n")[0],
            )
            for i, text in enumerate(TEXTS)
        ]
        store_understood(store, [(record, [], []) for record in records])
    before = hashlib.sha1(library.read_bytes()).hexdigest()
    phase2.rerun(library, 3000, 7, None, tmp_path / "dump.txt")
    assert hashlib.sha1(library.read_bytes()).hexdigest() == before
    assert (tmp_path / "dump.txt").read_text().count("== ") == 5
    assert "2 articles' understanding" in capsys.readouterr().out
    assert not [path for path in tmp_path.iterdir() if path.is_dir()]  # the copy is gone

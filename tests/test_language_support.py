"""What ``reader stats --json`` says of each language matches its measured figures."""

from __future__ import annotations

import json

from tests.conftest import write
from tests.test_cli import EN_ARTICLE, run

README_LANGUAGES = {"id", "en", "de", "fr", "es", "ja", "ko", "zh"}
TARGETS = {"entity_p": 0.85, "entity_r": 0.85, "type": 0.90}


def test_stats_say_how_each_language_is_understood(tmp_path):
    write(tmp_path / "a", "en.txt", EN_ARTICLE)
    db = tmp_path / "r.db"
    assert run("import", str(tmp_path / "a"), db=db).returncode == 0
    done = run("stats", "--json", db=db)
    assert done.returncode == 0, done.stderr
    support = json.loads(done.stdout)["support"]
    assert set(support) == README_LANGUAGES
    for code, about in support.items():
        figures = about["figures"]
        if not figures:
            assert about["status"] == "unmeasured", code
            continue
        below = any(figures[k] < target for k, target in TARGETS.items())
        if figures["gold_quotes"] >= 30:
            below = below or figures["quote_r"] < 0.90 or figures["speaker"] < 0.90
        else:
            assert figures["quote_r"] is None and figures["speaker"] is None, code
        # A language below a target is never called supported.
        assert about["status"] == ("experimental" if below else "supported"), code
        assert about["analyser"], code

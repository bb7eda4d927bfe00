"""The optional compiled build's configuration (pyproject's mypyc hook),
checked in the pure build: nothing here compiles.

The build itself and the proof that it extracts what pure Python does are
commands (README, "A compiled build"; ``python -m bench.compiled_equal``).
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HOOK = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def _compiled() -> list[str]:
    """The files the hook compiles: under an ``include`` folder, not
    ``exclude``d (both anchored at the root, as hatch-mypyc reads them)."""
    found = []
    for pattern in HOOK["include"]:
        assert pattern.startswith("/"), pattern
        found += sorted((ROOT / pattern[1:]).rglob("*.py"))
    excluded = {ROOT / p[1:] for p in HOOK["exclude"]}
    return [p.relative_to(ROOT).as_posix() for p in found if p not in excluded]


def test_the_default_build_does_not_compile_nor_fetch_the_compiler():
    assert HOOK["enable-by-default"] is False
    requires = " ".join(PYPROJECT["build-system"]["requires"])
    assert "mypy" not in requires
    assert {d.split("==")[0] for d in HOOK["dependencies"]} == {"hatch-mypyc", "mypy"}
    assert all("==" in d for d in HOOK["dependencies"])


def test_every_excluded_module_exists_and_the_rest_is_compiled():
    for path in HOOK["exclude"]:
        assert (ROOT / path[1:]).is_file(), path
    compiled = _compiled()
    assert "reader/extract/tagger.py" in compiled
    assert "reader/extract/lang/en/mentions.py" in compiled
    assert not {p[1:] for p in HOOK["exclude"]} & set(compiled)


@pytest.mark.parametrize("path", _compiled())
def test_every_compiled_module_imports(path):
    importlib.import_module(path.removesuffix(".py").removesuffix("/__init__").replace("/", "."))


def test_no_compiled_module_lies_beside_the_sources():
    # An in-place build leaves them there, and Python would import them
    # instead of the sources they were built from.
    stray = [*ROOT.glob("*__mypyc*"), *(ROOT / "reader").rglob("*.so")]
    assert not stray


def test_the_hook_is_enabled_only_by_its_variable(monkeypatch):
    wheel = pytest.importorskip("hatchling.builders.wheel")
    monkeypatch.delenv("HATCH_BUILD_HOOK_ENABLE_MYPYC", raising=False)
    monkeypatch.delenv("HATCH_BUILD_HOOKS_ENABLE", raising=False)
    assert "mypyc" not in wheel.WheelBuilder(str(ROOT)).config.hook_config
    assert not any("mypy" in d for d in wheel.WheelBuilder(str(ROOT)).config.dependencies)
    monkeypatch.setenv("HATCH_BUILD_HOOK_ENABLE_MYPYC", "true")
    assert "mypyc" in wheel.WheelBuilder(str(ROOT)).config.hook_config
    assert set(HOOK["dependencies"]) <= set(wheel.WheelBuilder(str(ROOT)).config.dependencies)


def test_a_field_only_the_second_side_has_is_a_difference():
    from bench.compiled_equal import _first_difference

    said = _first_difference({"title": "Pasar"}, {"title": "Pasar", "date": "2025-03-04"})
    assert said.startswith(".date: null against"), said

"""What the TUI remembers between runs: the theme, and keys remapped by id.

A small JSON file in the user's config folder, e.g.::

    {"theme": "nord", "keymap": {"library.search": "slash,ctrl+f", "story.highlight": "m"}}

Binding ids are listed by ``?`` in each screen. A damaged file is ignored.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from reader.privacy import make_private_folder, write_private


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("reader", appauthor=False)) / "tui.json"


@dataclass
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path=path)
        if not isinstance(data, dict):
            return cls(path=path)
        theme = data.get("theme") if isinstance(data.get("theme"), str) else None
        keymap = data.get("keymap") if isinstance(data.get("keymap"), dict) else {}
        keymap = {str(k): str(v) for k, v in keymap.items()}
        return cls(theme=theme, keymap=keymap, path=path)

    def save(self) -> None:
        """Write the file, 0600 in a folder created 0700 like the rest of
        what reader keeps (``reader.privacy``); settings are a comfort, so
        failing to write is not an error."""
        if self.path is None:
            return
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        try:
            self.path.parent.parent.mkdir(parents=True, exist_ok=True)
            make_private_folder(self.path.parent)
            write_private(self.path, json.dumps(data, indent=2))
        except OSError:
            pass

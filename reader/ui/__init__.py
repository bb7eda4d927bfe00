"""The Textual interface; it talks to ``reader.library`` only."""

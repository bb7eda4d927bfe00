"""The scale benchmark: ``python -m bench.run --articles 10000`` (see bench/README.md)."""

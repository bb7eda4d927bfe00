"""Evaluations and training scripts that anyone can run from the repository."""

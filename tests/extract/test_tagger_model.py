"""The NER model as loaded: the shipped file's weights, held compactly."""

from __future__ import annotations

import gzip
import json

import pytest

from reader.extract import tagger


def test_loaded_weights_are_the_files():
    with gzip.open(tagger.MODEL_FILE, "rt", encoding="utf-8") as f:
        shipped = json.load(f)
    loaded = tagger.load_model()
    assert list(loaded) == list(shipped)
    assert all(list(loaded[feature]) == weights for feature, weights in shipped.items())


def test_reads_any_json_layout_of_the_object():
    weights = {"t=O": [1.5, -2.0, 0.0], 'w="x\\u00e9': [0.25, 3.0, -1.0], "end": [0, 1, 2]}
    for text in (json.dumps(weights), json.dumps(weights, indent=2) + "\n", "{}"):
        read = tagger._read_weights(text)
        assert {feature: list(vector) for feature, vector in read.items()} == json.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": [1.0], }',
        '{"a": [1.0]',
        '{"a" [1.0]}',
        "{1: [1.0]}",
        '[{"a": [1.0]}]',
        '{"a": [1]} x',
    ],
)
def test_malformed_model_is_a_json_error(text):
    with pytest.raises(json.JSONDecodeError):
        tagger._read_weights(text)

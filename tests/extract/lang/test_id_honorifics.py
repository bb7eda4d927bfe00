"""Indonesian regional honorifics are no part of a name (issue 15: one
person, one entity)."""

import pytest

from reader.extract.entities import find_entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gubernur Jawa Barat Kang Rahmat Suryana meninjau lokasi banjir.", "Rahmat Suryana"),
        ("Ketua umum partai Cak Anwar hadir dalam acara itu.", "Anwar"),
    ],
)
def test_honorific_stays_out_of_the_name(text, name):
    names = {m.text: m for m in find_entities(text, [(0, len(text))], "id")}
    assert name in names
    assert not any(n.startswith(("Kang ", "Cak ")) for n in names)

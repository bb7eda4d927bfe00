"""db.keyset: the on-disk set an import keeps a dataset's row identities in."""

from __future__ import annotations

from db.keyset import KeySet


def test_keys_are_added_once_and_found_across_the_64_bit_range():
    keys = KeySet()
    try:
        for key in (0, 1, -1, 2**63 - 1, -(2**63)):
            assert keys.add(key)
        assert not keys.add(-1)
        assert len(keys) == 5
        assert 2**63 - 1 in keys and -(2**63) in keys and 7 not in keys
    finally:
        keys.close()

"""Records sent between processes come back as they were sent."""

from __future__ import annotations

import pickle

from db.records import MentionRecord, QuoteRecord, StructureRecord, UnderstoodRecord


def test_an_understood_record_pickles_back_whole_with_its_named_tuples():
    """A worker pickles each record to the writer as plain tuples (see
    ``UnderstoodRecord.__reduce__``); what arrives is equal, field by field,
    and its mentions and quotes are the named tuples again."""
    sent = UnderstoodRecord(
        7,
        mentions=[
            MentionRecord("sri mulyani", "PER", "Sri Mulyani", 3, 14, "menteri", None, "mulyani"),
            MentionRecord(
                "浅田真央", "PER", "浅田真央", 20, 24, parts=("真央",), joins="asada mao"
            ),
        ],
        quotes=[
            QuoteRecord(30, 52, "Sri Mulyani", "sri mulyani", "kata", ["kami", "siap", "bekerja"]),
            QuoteRecord(60, 70),
        ],
        structure=StructureRecord("Judul", "id", None, "2024-01-02", None, None, [(7, 80)], []),
        sketch=b"\x01" * 132,
    )
    got = pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert got == sent
    assert [type(m) for m in got.mentions] == [MentionRecord, MentionRecord]
    assert [type(q) for q in got.quotes] == [QuoteRecord, QuoteRecord]
    assert got.mentions[1].parts == ("真央",) and got.quotes[0].words == ["kami", "siap", "bekerja"]
    failed = pickle.loads(pickle.dumps(UnderstoodRecord(8, failed=True)))
    assert failed == UnderstoodRecord(8, failed=True)

"""Who is who across the collection: a short form alone joins the one entity
the articles call so, lookups find it the way journalists type, and nothing
is merged where the collection does not say so (the CLI, as a user runs it)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import identity
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from db.understanding import Queued
from reader.extract.names import entity_key
from tests.conftest import store_understood, write
from tests.test_cli import run

FULL = (
    "Menteri Umumkan Anggaran Baru\n\n"
    "Jakarta - Menteri Keuangan Sri Wahyuningsih Lestari mengumumkan anggaran baru pada Senin "
    "bersama Gubernur Bank Indonesia Rudi Hartono. "
    '"Kami akan menjaga defisit tetap rendah," kata Wahyuningsih kepada wartawan.\n\n'
    "Wahyuningsih menambahkan bahwa belanja daerah akan naik tahun depan.\n"
)
ALONE = (
    "Anggaran Daerah Naik\n\n"
    "Jakarta - Belanja daerah akan naik tahun depan. "
    '"Daerah harus siap menyerap anggaran," ujar Wahyuningsih di Jakarta, didampingi '
    "Gubernur Bank Indonesia Rudi Hartono.\n"
)
BUDI_ONE = (
    "Pabrik Baru Dibuka\n\n"
    "Bandung - Direktur pabrik Budi Santoso meresmikan gedung baru pada Selasa. "
    '"Kami menyerap seratus pekerja," kata Budi kepada wartawan.\n'
)
BUDI_TWO = (
    "Panen Raya di Subang\n\n"
    "Subang - Ketua kelompok tani Budi Hartono memimpin panen raya pada Rabu. "
    '"Hasil panen tahun ini lebih baik," ujar Budi di sawahnya.\n'
)
BUDI_ALONE = (
    "Rapat Warga\n\n"
    "Bogor - Warga berkumpul di balai desa pada Kamis malam. "
    '"Kita perlu jalan yang lebih baik," kata Budi dalam rapat itu.\n'
)


def _entities(db, name: str) -> list[dict]:
    done = run("entities", name, "--json", db=db)
    return [e for e in json.loads(done.stdout) if name.lower() in {a.lower() for a in e["aliases"]}]


def _import(db, folder) -> None:
    done = run("import", str(folder), db=db)
    assert done.returncode == 0, done.stderr


def test_a_short_form_alone_joins_the_entity_the_articles_call_so(tmp_path):
    write(tmp_path / "a", "1-full.txt", FULL)
    write(tmp_path / "a", "2-alone.txt", ALONE)
    db = tmp_path / "r.db"
    _import(db, tmp_path / "a")
    [entity] = _entities(db, "Wahyuningsih")
    assert entity["name"] == "Sri Wahyuningsih Lestari"
    assert entity["articles"] == 2
    found = json.loads(run("search", "entity:Wahyuningsih", "--json", db=db).stdout)
    assert len(found) == 2
    said = json.loads(run("quotes", "--speaker", "Wahyuningsih", "--json", db=db).stdout)
    assert {q["entity"] for q in said} == {"Sri Wahyuningsih Lestari"}
    assert len(said) == 2


def test_the_result_does_not_depend_on_import_order(tmp_path):
    names = []
    for order, files in (("ab", ("1.txt", "2.txt")), ("ba", ("2.txt", "1.txt"))):
        folder = tmp_path / order
        write(folder, files[0], FULL)
        write(folder, files[1], ALONE)
        db = tmp_path / f"{order}.db"
        _import(db, folder)
        assert run("reindex", db=db).returncode == 0
        listed = json.loads(run("entities", "", "--json", "--limit", "100", db=db).stdout)
        names.append(sorted((e["name"], e["type"], e["articles"]) for e in listed))
    assert names[0] == names[1]


def test_a_short_form_of_several_people_joins_none_and_finds_all(tmp_path):
    folder = tmp_path / "b"
    for name, text in (("one", BUDI_ONE), ("two", BUDI_TWO), ("alone", BUDI_ALONE)):
        write(folder, f"{name}.txt", text)
    db = tmp_path / "r.db"
    _import(db, folder)
    listed = json.loads(run("entities", "Budi", "--json", db=db).stdout)
    names = {e["name"]: e for e in listed}
    # Never merged with each other, nor the lone Budi with either.
    assert names["Budi Santoso"]["id"] != names["Budi Hartono"]["id"]
    assert names["Budi Santoso"]["articles"] == names["Budi Hartono"]["articles"] == 1
    done = run("quotes", "--speaker", "Budi", "--json", db=db)
    said = {q["entity"] for q in json.loads(done.stdout)}
    assert {"Budi Santoso", "Budi Hartono"} <= said
    assert "Budi: " in done.stderr and "Budi Santoso" in done.stderr


def test_a_full_name_finds_only_its_person(tmp_path):
    folder = tmp_path / "c"
    write(folder, "one.txt", BUDI_ONE)
    write(folder, "two.txt", BUDI_TWO)
    db = tmp_path / "r.db"
    _import(db, folder)
    found = json.loads(run("search", 'entity:"Budi Santoso"', "--json", db=db).stdout)
    assert [a["title"] for a in found] == ["Pabrik Baru Dibuka"]


BUDIMAN = (
    "Festival Kopi {n}\n\n"
    "Garut - Pengusaha kopi Budiman Sudarsono membuka festival kopi pada Sabtu. "
    '"Kopi Garut harus dikenal dunia," kata Budiman.\n'
)


def _budi_collection(tmp_path):
    """Two people called Budi, and a man whose name begins like theirs who
    is in more articles than both."""
    folder = tmp_path / "budi"
    write(folder, "one.txt", BUDI_ONE)
    write(folder, "two.txt", BUDI_TWO)
    for n in range(3):
        write(folder, f"kopi{n}.txt", BUDIMAN.format(n=n))
    db = tmp_path / "r.db"
    _import(db, folder)
    return db


def test_reader_entities_lists_the_people_a_short_form_means_first_and_says_so(tmp_path):
    db = _budi_collection(tmp_path)
    done = run("entities", "Budi", "--json", db=db)
    names = [e["name"] for e in json.loads(done.stdout)]
    assert set(names[:2]) == {"Budi Santoso", "Budi Hartono"}
    assert "Budiman Sudarsono" in names[2:]  # a name begun, after them
    assert done.stderr.startswith("Budi: 2 people or bodies (")
    plain = run("entities", "Budiman", db=db)
    assert plain.stdout.split("\n")[0].endswith("Budiman Sudarsono  [3]")
    assert plain.stderr == ""


def test_reader_entities_never_lists_a_person_for_one_word_shared(tmp_path):
    db = _budi_collection(tmp_path)
    done = run("entities", "Budi Santoso", "--json", db=db)
    assert [e["name"] for e in json.loads(done.stdout)] == ["Budi Santoso"]
    assert done.stderr == ""
    # A misspelling still finds the person.
    misspelt = json.loads(run("entities", "Budi Santsoo", "--json", db=db).stdout)
    assert [e["name"] for e in misspelt] == ["Budi Santoso"]


def test_a_filter_name_read_as_a_misspelling_says_which_name_it_took(tmp_path):
    db = _budi_collection(tmp_path)
    said = "Budi Santsoo: taken as Budi Santoso, the closest spelling"
    quotes = run("quotes", "--speaker", "Budi Santsoo", db=db)
    assert quotes.stdout.startswith("Budi Santoso: ")
    assert said in quotes.stderr
    search = run("search", 'entity:"Budi Santsoo"', db=db)
    assert said in search.stderr and search.stdout
    # Spelled right, nothing to say.
    assert "taken as" not in run("quotes", "--speaker", "Budi Santoso", db=db).stderr


# -- the store's short-form pass, on records made by hand ---------------------


def _record(n: int, *names: tuple[str, str, str | None]) -> tuple:
    """An article naming ``(written, key, short)`` people, one sentence each."""
    text = f"Story {n}\n\n" + " ".join(f"{written} spoke." for written, _, _ in names) + "\n"
    mentions, at = [], 0
    for written, key, short in names:
        start = text.index(written, at)
        at = start + len(written)
        mentions.append(MentionRecord(key, "PER", written, start, at, short=short))
    record = ArticleRecord(
        path=f"/x/{n}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Story {n}",
    )
    return record, mentions, []


def _article(n: int, text: str, *mentions: MentionRecord) -> tuple:
    record = ArticleRecord(
        path=f"/x/{n}.txt", text=text, encoding="utf-8", content_hash=str(n), title=f"Story {n}"
    )
    return record, list(mentions), []


def _stored(store: Store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT name, articles FROM entities WHERE articles > 0"))


def test_a_chain_of_short_forms_ends_at_its_last_link(tmp_path):
    """トヨタ is a short form of トヨタ自動車, itself one of a longer name:
    the pass folds both into the longest, whichever ids they have."""
    records = [
        _record(1, ("トヨタ自動車", "トヨタ自動車", None)),
        _record(2, ("トヨタ", "トヨタ", None)),
        _record(
            3,
            ("トヨタ自動車九州", "トヨタ自動車九州", None),
            ("トヨタ自動車", "トヨタ自動車九州", "トヨタ自動車"),
        ),
        _record(
            4,
            ("トヨタ自動車九州", "トヨタ自動車九州", None),
            ("トヨタ", "トヨタ自動車九州", "トヨタ"),
        ),
    ]
    for order in (records, records[::-1]):
        with Store(tmp_path / f"{id(order)}.db") as store:
            store_understood(store, order)
            store.link_short_forms()
            assert _stored(store) == {"トヨタ自動車九州": 4}


@pytest.mark.parametrize(("evidence", "folded"), [(1, False), (2, True), (3, True)])
def test_one_meant_entity_takes_a_lone_word_of_as_few_articles(tmp_path, evidence, folded):
    """Two articles that call Budi Santoso `Budi` make `Budi` alone in a
    third him; one article does not (many people share a given name) unless
    the lone article keeps his company (the next tests)."""
    records = [
        _record(n, ("Budi Santoso", "budi santoso", None), ("Budi", "budi santoso", "budi"))
        for n in range(evidence)
    ]
    records.append(_record(100, ("Budi", "budi", None)))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert ("Budi" in _stored(store)) is not folded


def test_one_articles_evidence_does_not_take_many_lone_articles(tmp_path):
    records = [_record(1, ("Budi Santoso", "budi santoso", None), ("Budi", "budi santoso", "budi"))]
    records += [_record(n, ("Budi", "budi", None)) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"Budi Santoso": 1, "Budi": 5}


def test_a_short_form_of_an_organisation_is_not_a_person(tmp_path):
    org = _article(
        1,
        "Story 1\n\nBank Mandiri spoke. Mandiri spoke.\n",
        MentionRecord("bank mandiri", "ORG", "Bank Mandiri", 9, 21),
        MentionRecord("bank mandiri", "ORG", "Mandiri", 29, 36, short="mandiri"),
    )
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [org, _record(2, ("Mandiri", "mandiri", None))])
        store.link_short_forms()
        assert set(_stored(store)) == {"Bank Mandiri", "Mandiri"}


COMPANY = (("Rudi Hartono", "rudi hartono", None), ("Agus Salim", "agus salim", None))


def test_two_imports_in_either_order_give_the_same_entities(tmp_path):
    """The reviewer's case: the full name and the lone word imported apart."""
    full = _record(
        1, ("Budi Santoso", "budi santoso", None), ("Budi", "budi santoso", "budi"), *COMPANY
    )
    alone = _record(2, ("Budi", "budi", None), *COMPANY)
    found = []
    for first, second in ((full, alone), (alone, full)):
        with Store(tmp_path / f"{first[0].path[3]}.db") as store:
            for record in (first, second):
                store_understood(store, [record])
                store.link_short_forms()
            found.append(_stored(store))
    assert found[0] == found[1] == {"Budi Santoso": 2, "Rudi Hartono": 2, "Agus Salim": 2}


def test_an_acronym_alone_joins_the_long_form_the_articles_pair_it_with(tmp_path):
    paired = _article(
        1,
        "Story 1\n\nKomisi Antirasuah Nasional spoke. KAN spoke.\n",
        MentionRecord("komisi antirasuah nasional", "ORG", "Komisi Antirasuah Nasional", 9, 35),
        MentionRecord("komisi antirasuah nasional", "ORG", "KAN", 43, 46, short="kan"),
    )
    alone = _article(2, "Story 2\n\nKAN spoke.\n", MentionRecord("kan", "ORG", "KAN", 9, 12))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, alone])
        store.link_short_forms()
        assert _stored(store) == {"Komisi Antirasuah Nasional": 2}


@pytest.mark.parametrize(("acronym", "folded"), [("KAN", True), ("KNA", False), ("Kan", False)])
def test_an_acronym_of_its_long_forms_initials_joins_it_however_often_alone(
    tmp_path, acronym, folded
):
    """One article pairs the acronym with its long form; thirty write it
    alone. Its letters are the long form's initials: it is that body.
    Letters in another order, or a word written in lower case, stay apart
    (as a lone word in thirty articles is not taken by one article's pair)."""
    key = acronym.lower()
    paired = _article(
        1,
        f"Story 1\n\nKomisi Antirasuah Nasional spoke. {acronym} spoke.\n",
        MentionRecord("komisi antirasuah nasional", "ORG", "Komisi Antirasuah Nasional", 9, 35),
        MentionRecord("komisi antirasuah nasional", "ORG", acronym, 43, 46, short=key),
    )
    alone = [
        _article(n, f"Story {n}\n\n{acronym} spoke.\n", MentionRecord(key, "ORG", acronym, 9, 12))
        for n in range(10, 40)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = (
            {"Komisi Antirasuah Nasional": 31}
            if folded
            else {"Komisi Antirasuah Nasional": 1, acronym: 30}
        )
        assert _stored(store) == expected


def test_a_few_articles_evidence_does_not_take_a_crowd_of_lone_articles(tmp_path):
    records = [
        _record(n, ("Budi Santoso", "budi santoso", None), ("Budi", "budi santoso", "budi"))
        for n in range(3)
    ]
    records += [_record(n, ("Budi", "budi", None)) for n in range(100, 130)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"Budi Santoso": 3, "Budi": 30}


def test_a_pass_that_never_ran_is_made_up_by_the_next(tmp_path):
    """An import stopped before its pass: the names it wrote wait for the
    next pass, whatever that one imports."""
    full = _record(
        1, ("Budi Santoso", "budi santoso", None), ("Budi", "budi santoso", "budi"), *COMPANY
    )
    alone = _record(2, ("Budi", "budi", None), *COMPANY)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [full, alone])  # no pass: stopped here
        store_understood(store, [_record(3, ("Sinta Dewi", "sinta dewi", None))])
        store.link_short_forms()
        assert _stored(store) == {
            "Budi Santoso": 2,
            "Rudi Hartono": 2,
            "Agus Salim": 2,
            "Sinta Dewi": 1,
        }


def test_a_lone_shorter_name_joins_only_with_evidence_for_each_of_its_names(tmp_path):
    full = _record(
        1,
        ("Muhammad Rahmat Karnadi", "muhammad rahmat karnadi", None),
        ("Rahmat Karnadi", "muhammad rahmat karnadi", "rahmat karnadi"),
    )
    lone = _record(2, ("Rahmat Karnadi", "rahmat karnadi", None))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [full, lone])
        store.link_short_forms()
        assert _stored(store) == {"Muhammad Rahmat Karnadi": 2}
    # A lone entity also known by a name no article used for the longer one.
    other = _record(3, ("Rahmat K", "rahmat k", None))
    with Store(tmp_path / "s.db") as store:
        store_understood(store, [full, lone, other])
        store.conn.execute(
            "UPDATE entity_aliases SET entity_id = (SELECT entity_id FROM entity_aliases"
            " WHERE key = 'rahmat karnadi') WHERE key = 'rahmat k'"
        )
        store.link_short_forms()
        assert "Rahmat Karnadi" in _stored(store)


HEADED = (
    "Laba Naik\n\n"
    "Jakarta - PT Indosat mencatat laba bersih naik pada kuartal ketiga. Direktur Utama"
    " PT Indosat Andi Pratama mengatakan pelanggan bertambah. Menurut dia, Indosat akan"
    " menambah jaringan di luar Jawa.\n"
)
HEADLESS = (
    "Jaringan Diperluas\n\n"
    "Makassar - Operator seluler Indosat membangun dua ratus menara baru di Sulawesi tahun ini.\n"
)


def test_an_organisation_written_without_its_head_word_joins_the_one_named_with_it(tmp_path):
    write(tmp_path / "a", "1-headed.txt", HEADED)
    write(tmp_path / "a", "2-headless.txt", HEADLESS)
    db = tmp_path / "r.db"
    _import(db, tmp_path / "a")
    [entity] = _entities(db, "Indosat")
    assert entity["name"] == "PT Indosat"
    assert entity["articles"] == 2


@pytest.mark.parametrize(("acronym", "folded"), [("RW", True), ("WR", False), ("Rw", False)])
def test_a_persons_initials_typed_as_an_organisation_join_the_person(tmp_path, acronym, folded):
    """An article writes `Rudi Wibisono (RW)`; two others write `RW` alone and
    the tagger, seeing capitals, made it an organisation. The initials of the
    person's name are the person; other letters, or a word, stay apart."""
    key = acronym.lower()
    text = f"Story 1\n\nRudi Wibisono spoke. {acronym} spoke.\n"
    paired = _article(
        1,
        text,
        MentionRecord("rudi wibisono", "PER", "Rudi Wibisono", 9, 22),
        MentionRecord("rudi wibisono", "PER", acronym, 30, 32, short=key),
    )
    alone = [
        _article(n, f"Story {n}\n\n{acronym} spoke.\n", MentionRecord(key, "ORG", acronym, 9, 11))
        for n in (2, 3)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = {"Rudi Wibisono": 3} if folded else {"Rudi Wibisono": 1, acronym: 2}
        assert _stored(store) == expected
        if folded:
            [(type_,)] = store.conn.execute("SELECT type FROM entities WHERE articles > 0")
            assert type_ == "PER"


def test_an_acronym_stored_under_its_long_forms_key_takes_its_lone_copies_of_any_type(tmp_path):
    """The long form's entity is shown as `BPN` (the first form met) but keyed
    by `badan pangan nasional`; a lone `BPN` the tagger typed a person joins it."""
    paired = _article(
        1,
        "Story 1\n\nBPN spoke. Badan Pangan Nasional spoke.\n",
        MentionRecord("badan pangan nasional", "ORG", "BPN", 9, 12, short="bpn"),
        MentionRecord("badan pangan nasional", "ORG", "Badan Pangan Nasional", 20, 41),
    )
    alone = _article(2, "Story 2\n\nBPN spoke.\n", MentionRecord("bpn", "PER", "BPN", 9, 12))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, alone])
        store.link_short_forms()
        assert _stored(store) == {"BPN": 2}


@pytest.mark.parametrize(("type_", "folded"), [("ORG", True), ("PER", False)])
def test_a_name_without_its_head_word_joins_however_often_alone(tmp_path, type_, folded):
    """One article writes `Partai Sentosa` and then `Sentosa`; six write
    `Sentosa` alone. An organisation's name without its head word is that
    body; a person's surname alone in six articles may be six people."""
    full = "Partai Sentosa" if type_ == "ORG" else "Rudi Sentosa"
    paired = _article(
        1,
        f"Story 1\n\n{full} spoke. Sentosa spoke.\n",
        MentionRecord(full.lower(), type_, full, 9, 9 + len(full)),
        MentionRecord(
            full.lower(), type_, "Sentosa", len(full) + 17, len(full) + 24, short="sentosa"
        ),
    )
    alone = [
        _article(
            n, f"Story {n}\n\nSentosa spoke.\n", MentionRecord("sentosa", type_, "Sentosa", 9, 16)
        )
        for n in range(10, 16)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = {full: 7} if folded else {full: 1, "Sentosa": 6}
        assert _stored(store) == expected


def _named(n: int, *names: tuple[str, str, str, str | None]) -> tuple:
    """An article naming ``(written, key, type, short)`` things, one sentence each."""
    text = f"Story {n}\n\n" + " ".join(f"{written} spoke." for written, *_ in names) + "\n"
    mentions, at = [], 0
    for written, key, type_, short in names:
        start = text.index(written, at)
        at = start + len(written)
        mentions.append(MentionRecord(key, type_, written, start, at, short=short))
    return _article(n, text, *mentions)


@pytest.mark.parametrize("same_company", [True, False])
def test_a_lone_given_name_in_its_persons_company_joins_them(tmp_path, same_company):
    """One article names Sinta Wulandari (then `Sinta`) beside a minister and
    a party; six write `Sinta` alone. Beside the same two, the six are hers;
    beside others (a village, a shop), they may be six other Sintas."""
    company = [
        ("Rudi Hartono", "rudi hartono", "PER", None),
        ("Partai Sentosa", "partai sentosa", "ORG", None),
    ]
    others = [
        ("Agus Pranoto", "agus pranoto", "PER", None),
        ("Toko Makmur", "toko makmur", "ORG", None),
    ]
    paired = _named(
        1,
        ("Sinta Wulandari", "sinta wulandari", "PER", None),
        ("Sinta", "sinta wulandari", "PER", "sinta"),
        *company,
    )
    alone = [
        _named(n, ("Sinta", "sinta", "PER", None), *(company if same_company else others))
        for n in range(10, 16)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        stored = _stored(store)
        if same_company:
            assert stored["Sinta Wulandari"] == 7 and "Sinta" not in stored
        else:
            assert stored["Sinta Wulandari"] == 1 and stored["Sinta"] == 6


SKATER = (
    "山本選手が優勝\n\n"
    "【東京】陸上の山本美咲選手が十日、東京都内で記者会見を開いた。"
    "山本美咲選手は「とてもうれしい」と話した。\n"
)
LAWMAKER = (
    "김정훈 의원 발언\n\n"
    "(서울=뉴시스) 김정훈 의원은 10일 국회에서 기자회견을 열었다. "
    '김정훈 의원은 "예산을 늘려야 한다"고 말했다.\n'
)


@pytest.mark.parametrize(
    ("typed", "person"), [("美咲", "山本美咲"), ("山本", "山本美咲"), ("정훈", "김정훈")]
)
def test_a_name_written_without_spaces_is_found_by_its_given_or_family_name(
    tmp_path, typed, person
):
    """The press calls 山本美咲 美咲 (or 山本さん) in articles that never write
    her full name; a journalist types the same."""
    write(tmp_path / "a", "ja.txt", SKATER)
    write(tmp_path / "a", "ko.txt", LAWMAKER)
    db = tmp_path / "r.db"
    _import(db, tmp_path / "a")
    found = json.loads(run("search", f'entity:"{typed}"', "--json", db=db).stdout)
    title = {"山本美咲": "山本選手が優勝", "김정훈": "김정훈 의원 발언"}[person]
    assert [a["title"] for a in found] == [title]
    said = json.loads(run("quotes", "--speaker", typed, "--json", db=db).stdout)
    assert {q["entity"] for q in said} == {person}


@pytest.mark.parametrize(
    ("acronym", "folded"), [("HIPETI", True), ("Hipeti", False), ("HIPITE", False)]
)
def test_an_acronym_the_articles_spelled_out_joins_it_however_often_alone(
    tmp_path, acronym, folded
):
    """`HIPETI` is not the initials of Himpunan Petani Indonesia but its
    words' first letters and syllables, and an article defined it so: six
    articles writing it alone mean that body. A word in lower case is no
    acronym, and letters the long form does not spell out in order may be
    the extractor's mistake: each keeps its own six articles."""
    key = acronym.lower()
    paired = _named(
        1,
        ("Himpunan Petani Indonesia", "himpunan petani indonesia", "ORG", None),
        (acronym, "himpunan petani indonesia", "ORG", key),
    )
    alone = [_named(n, (acronym, key, "ORG", None)) for n in range(10, 16)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = (
            {"Himpunan Petani Indonesia": 7}
            if folded
            else {"Himpunan Petani Indonesia": 1, acronym: 6}
        )
        assert _stored(store) == expected


@pytest.mark.parametrize("common_surname", [False, True])
@pytest.mark.parametrize("fuller", [1, 2])
def test_a_name_without_its_middle_name_joins_the_one_fuller_name(tmp_path, fuller, common_surname):
    """`Rosa Lindqvist` is `Rosa Maria Lindqvist` written shorter when the
    collection names one such person; with `Rosa Elena Lindqvist` too, it
    could be either and stays apart. Either order in one pass (as a reindex
    makes) gives the same, and so does a surname that hundreds of others
    have (sought by the given name then)."""
    longer = [("Rosa Maria Lindqvist", "rosa maria lindqvist", "PER", None)]
    if fuller == 2:
        longer.append(("Rosa Elena Lindqvist", "rosa elena lindqvist", "PER", None))
    records = [_named(1 + i, name) for i, name in enumerate(longer)]
    records += [_named(n, ("Rosa Lindqvist", "rosa lindqvist", "PER", None)) for n in (10, 11)]
    others = [
        (f"Warga{n:03d} Lindqvist", f"warga{n:03d} lindqvist", "PER", None) for n in range(201)
    ]
    kin = [_named(50, *others)] if common_surname else []
    for order in (records, records[::-1]):
        with Store(tmp_path / f"{id(order)}.db") as store:
            store_understood(store, kin + order)
            store.link_short_forms()
            stored = {k: v for k, v in _stored(store).items() if not k.startswith("Warga")}
            if fuller == 1:
                assert stored == {"Rosa Maria Lindqvist": 3}
            else:
                assert stored["Rosa Lindqvist"] == 2 and len(stored) == 3


@pytest.mark.parametrize(("acronym", "folded"), [("KAS", True), ("KSA", False)])
def test_a_persons_initials_led_by_a_titles_join_the_person(tmp_path, acronym, folded):
    """An article writes `Kang Asep Sunarya (KAS)`; three write `KAS` alone,
    typed an organisation for its capitals. The title's initial and the
    name's are the person; other letters stay apart."""
    key = acronym.lower()
    paired = _named(
        1, ("Asep Sunarya", "asep sunarya", "PER", None), (acronym, "asep sunarya", "PER", key)
    )
    alone = [_named(n, (acronym, key, "ORG", None)) for n in (2, 3, 4)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = {"Asep Sunarya": 4} if folded else {"Asep Sunarya": 1, acronym: 3}
        assert _stored(store) == expected


@pytest.mark.parametrize(
    ("common", "rare", "often", "folded"),
    [
        ("Mikhail Petrovsky", "Mihkail Petrovsky", 3, True),
        ("Muhammad Rizaldi", "Muhamad Rizaldi", 3, True),
        ("Mikhail Petrovsky", "Mihkail Petrovsky", 2, False),
        ("Jon Petrovsky", "Jan Petrovsky", 3, False),
        ("Martin Petrovsky", "Marten Petrovsky", 3, False),
    ],
)
def test_a_rare_misspelling_of_a_persons_name_joins_it(tmp_path, common, rare, often, folded):
    """Two letters swapped or one doubled, in a name the articles write the
    other way three times as often, is that name misspelt; fewer articles
    to tell them apart, a short word or another letter are other people."""
    records = [_named(n, (common, common.lower(), "PER", None)) for n in range(often)]
    records.append(_named(50, (rare, rare.lower(), "PER", None)))
    for order in (records, records[::-1]):
        with Store(tmp_path / f"{id(order)}.db") as store:
            for record in order:
                store_understood(store, [record])
                store.link_short_forms()
            expected = {common: often + 1} if folded else {common: often, rare: 1}
            assert _stored(store) == expected


@pytest.mark.parametrize(
    ("speaker_key", "named"),
    [
        ("hendra", "Rahmat Hendra Santosa"),
        ("santosa", "Rahmat Hendra Santosa"),
        ("wati", None),
        ("s", None),
        ("rudi", None),
    ],
)
def test_a_speaker_called_by_a_word_of_a_name_in_the_article_is_that_entity(
    tmp_path, speaker_key, named
):
    """`kata Hendra` after Rahmat Hendra Santosa is his quote: the press
    calls Indonesians by any of their names, a middle one too. A word of
    two people's names, of none (`Rudi`), or an initial (`kata S, warga`:
    a witness the press hides) is none of them."""
    text = (
        "Story 1\n\nRahmat Hendra Santosa and Dewi Wati Lestari and Sri Wati Ayu"
        ' and Agus S Pranoto spoke. "Yes."\n'
    )
    mentions = [
        MentionRecord(name.lower(), "PER", name, text.index(name), text.index(name) + len(name))
        for name in ("Rahmat Hendra Santosa", "Dewi Wati Lestari", "Sri Wati Ayu", "Agus S Pranoto")
    ]
    quote = QuoteRecord(text.index("Yes"), text.index("Yes") + 4, speaker_key.title(), speaker_key)
    record, _, _ = _article(1, text)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [(record, mentions, [quote])])
        (speaker,) = store.conn.execute(
            "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id"
        ).fetchone()
    assert speaker == (named or speaker_key.title())


@pytest.mark.parametrize(
    ("speaker", "named"),
    [
        ("Harbour Judge Marta Selkirk", "Marta Selkirk"),
        ("Hotline Pak Darmawan", "Darmawan Eko Saputro"),
        ("Lina Selkirk", None),
        ("Lina Tomas", None),
        ("Harbour Office", None),
        ("Pak Wulan", None),
    ],
)
def test_a_speaker_whose_name_ends_in_a_person_of_the_article_is_that_person(
    tmp_path, speaker, named
):
    """Words left before a name the article gave (a role, a place, a
    hotline's name) do not make a person no list shows: the quote is the
    named person's. Another given name before a surname of the article
    (`Lina Selkirk`) or before a person named by one word (`Lina Tomas`),
    an organisation's words, or a word no person of the article has stays
    a speaker of their own."""
    text = (
        "Story 1\n\nMarta Selkirk, Tomas and Darmawan Eko Saputro met at the Harbour Office"
        ' in Wulan. "Yes."\n'
    )
    mentions = [
        MentionRecord(name.lower(), typ, name, text.index(name), text.index(name) + len(name))
        for name, typ in (
            ("Marta Selkirk", "PER"),
            ("Tomas", "PER"),
            ("Darmawan Eko Saputro", "PER"),
            ("Harbour Office", "ORG"),
            ("Wulan", "LOC"),
        )
    ]
    quote = QuoteRecord(text.index("Yes"), text.index("Yes") + 4, speaker, speaker.lower())
    record, _, _ = _article(1, text)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [(record, mentions, [quote])])
        (said,) = store.conn.execute(
            "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id"
        ).fetchone()
    assert said == (named or speaker)


def test_a_misspelling_joins_however_many_people_share_its_other_word(tmp_path):
    """`Mihkail Petrovsky` is `Mikhail Petrovsky` misspelt even in a
    collection where hundreds of other people are called Petrovsky: the
    spellings are looked up, not sought among the people sharing a word."""
    relatives = [
        (f"Warga{n:03d} Petrovsky", f"warga{n:03d} petrovsky", "PER", None) for n in range(201)
    ]
    records = [_named(n, ("Mikhail Petrovsky", "mikhail petrovsky", "PER", None)) for n in range(3)]
    records += [
        _named(10, *relatives),
        _named(50, ("Mihkail Petrovsky", "mihkail petrovsky", "PER", None)),
    ]
    with Store(tmp_path / "r.db") as store:
        for record in records:
            store_understood(store, [record])
            store.link_short_forms()
        stored = _stored(store)
    assert stored["Mikhail Petrovsky"] == 4
    assert "Mihkail Petrovsky" not in stored


def _one_word_misspelt(a: list[str], b: list[str]) -> bool:
    """The rule written as a comparison of two names, to check the
    spellings ``_misspellings`` makes against."""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1 or min(map(len, differ[0])) < 5:
        return False
    x, y = differ[0]
    if len(x) == len(y):
        at = [i for i in range(len(x)) if x[i] != y[i]]
        return len(at) == 2 and at[1] == at[0] + 1 and (x[at[0]], x[at[1]]) == (y[at[1]], y[at[0]])
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter and longer[i] == longer[i - 1]
        for i in range(1, len(longer))
    )


@given(
    st.lists(st.text("abn", min_size=3, max_size=7), min_size=1, max_size=3),
    st.lists(st.text("abn", min_size=3, max_size=7), min_size=1, max_size=3),
)
def test_the_misspellings_made_are_exactly_the_names_one_letter_slip_apart(a, b):
    assert (" ".join(b) in identity._misspellings(a)) == _one_word_misspelt(a, b)


@given(st.lists(st.text("abn", min_size=3, max_size=7), min_size=1, max_size=3), st.data())
def test_every_slip_of_a_name_is_among_its_misspellings(a, data):
    """The random pairs above rarely slip; here one word of ``a`` slips."""
    i = data.draw(st.integers(0, len(a) - 1))
    word = a[i]
    k = data.draw(st.integers(0, len(word) - 1))
    slipped = data.draw(
        st.sampled_from(
            [word[:k] + word[k + 1 : k + 2] + word[k] + word[k + 2 :], word[: k + 1] + word[k:]]
        )
    )
    b = [*a[:i], slipped, *a[i + 1 :]]
    assert (" ".join(b) in identity._misspellings(a)) == _one_word_misspelt(a, b)


@pytest.mark.parametrize(
    ("paired_lang", "lone_lang", "folded"),
    [
        ("id", "id", True),
        ("id", "en", False),
        ("en", "id", False),
        # Chinese, Japanese and Korean articles write the English acronym.
        ("en", "zh-cn", True),
        ("en", "ja", True),
        ("id", "ko", False),
    ],
)
def test_a_lone_acronym_joins_only_in_a_language_its_pair_was_written_in(
    tmp_path, paired_lang, lone_lang, folded
):
    """Indonesian articles spell out `PMT` as Perhimpunan Muda Tani; in
    English articles `PMT` alone is something else (a unit, a test). An
    acronym in Latin capitals in a Chinese, Japanese or Korean article is
    the English one, not the Indonesian."""
    paired = _named(
        1,
        ("Perhimpunan Muda Tani", "perhimpunan muda tani", "ORG", None),
        ("PMT", "perhimpunan muda tani", "ORG", "pmt"),
    )
    paired = (replace(paired[0], lang=paired_lang), *paired[1:])
    alone = []
    for n in (2, 3):
        record, *rest = _named(n, ("PMT", "pmt", "ORG", None))
        alone.append((replace(record, lang=lone_lang), *rest))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        expected = (
            {"Perhimpunan Muda Tani": 3} if folded else {"Perhimpunan Muda Tani": 1, "PMT": 2}
        )
        assert _stored(store) == expected


def test_a_full_width_acronym_in_a_chinese_article_takes_english_evidence(tmp_path):
    """`ＰＭＴ` in full-width capitals is the acronym `PMT` that English
    articles spell out, as the same letters in half-width ones are."""
    paired = _named(
        1,
        ("Perhimpunan Muda Tani", "perhimpunan muda tani", "ORG", None),
        ("PMT", "perhimpunan muda tani", "ORG", "pmt"),
    )
    paired = (replace(paired[0], lang="en"), *paired[1:])
    alone = []
    for n in (2, 3):
        record, *rest = _named(n, ("ＰＭＴ", "pmt", "ORG", None))
        alone.append((replace(record, lang="zh-cn"), *rest))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        assert _stored(store) == {"Perhimpunan Muda Tani": 3}


def test_english_evidence_does_not_outweigh_an_acronyms_own_language(tmp_path):
    """English articles spell `PMT` out as one body four times; a Chinese
    article pairs `PMT` with a Chinese body of its own (as Chinese articles
    write `CDC` for China's centre): the lone `PMT` of Chinese articles
    is not the English body, however much more English evidence there is."""
    english = []
    for n in range(1, 5):
        record, *rest = _named(
            n,
            ("Perhimpunan Muda Tani", "perhimpunan muda tani", "ORG", None),
            ("PMT", "perhimpunan muda tani", "ORG", "pmt"),
        )
        english.append((replace(record, lang="en"), *rest))
    record, *rest = _named(
        5, ("星河农业协会", "星河农业协会", "ORG", None), ("PMT", "星河农业协会", "ORG", "pmt")
    )
    own = (replace(record, lang="zh-cn"), *rest)
    alone = []
    for n in (6, 7):
        record, *rest = _named(n, ("PMT", "pmt", "ORG", None))
        alone.append((replace(record, lang="zh-cn"), *rest))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [*english, own, *alone])
        store.link_short_forms()
        assert _stored(store)["PMT"] == 2
        assert _stored(store)["Perhimpunan Muda Tani"] == 4


@pytest.mark.parametrize(("as_person", "type_"), [(3, "PER"), (1, "ORG")])
def test_an_entity_takes_the_type_most_of_its_mentions_had(tmp_path, as_person, type_):
    """The first article's tagger made `Wilhelm Gantz` an organisation; if
    three later ones name him as a person, he is one, and `Gantz` alone,
    which they used for him, joins him. One later article, with as many
    mentions as the first, does not outvote it."""
    first = _named(
        1,
        ("Wilhelm Gantz", "wilhelm gantz", "ORG", None),
        ("Wilhelm Gantz", "wilhelm gantz", "ORG", None),
    )
    later = [
        _named(
            n,
            ("Wilhelm Gantz", "wilhelm gantz", "PER", None),
            ("Gantz", "wilhelm gantz", "PER", "gantz"),
        )
        for n in range(2, 2 + as_person)
    ]
    lone = _named(20, ("Gantz", "gantz", "PER", None))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [first, *later, lone])
        store.link_short_forms()
        types = dict(store.conn.execute("SELECT name, type FROM entities WHERE articles > 0"))
        assert types["Wilhelm Gantz"] == type_
        assert ("Gantz" in types) is (type_ == "ORG")


def test_a_type_the_user_set_is_not_outvoted(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, [_named(1, ("Wilhelm Gantz", "wilhelm gantz", "ORG", None))])
        store.link_short_forms()
        (entity_id,) = store.conn.execute("SELECT id FROM entities").fetchone()
    done = run("entity", "retype", str(entity_id), "LOC", db=db)
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        store_understood(
            store,
            [_named(n, ("Wilhelm Gantz", "wilhelm gantz", "PER", None)) for n in range(2, 6)],
        )
        store.link_short_forms()
        assert store.conn.execute("SELECT type FROM entities").fetchall() == [("LOC",)]


@pytest.mark.parametrize(
    ("alone", "folded"), [("Dodo", True), ("Bambang", False), ("Sutéjo", False)]
)
def test_a_nickname_an_article_gave_a_person_joins_them_however_often_alone(
    tmp_path, alone, folded
):
    """One article says Bambang Sutejo is called `Dodo` (and calls him
    `Bambang` and `Sutéjo` once); six write the word alone beside other
    people. A nickname is none of his names' words: it is him. His given
    name or surname, accented or not, may be six other men."""
    paired = _named(
        1,
        ("Bambang Sutejo", "bambang sutejo", "PER", None),
        ("Dodo", "bambang sutejo", "PER", "dodo"),
        ("Bambang", "bambang sutejo", "PER", "bambang"),
        ("Sutéjo", "bambang sutejo", "PER", "sutejo"),
    )
    lone = [
        _named(
            n,
            (alone, entity_key(alone), "PER", None),
            ("Agus Pranoto", "agus pranoto", "PER", None),
        )
        for n in range(10, 16)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *lone])
        store.link_short_forms()
        stored = _stored(store)
        if folded:
            assert stored["Bambang Sutejo"] == 7 and alone not in stored
        else:
            assert stored["Bambang Sutejo"] == 1 and stored[alone] == 6


LISTED = (
    "Saham Naik\n\n"
    "Jakarta - PT Sinar Bahari Tbk mencatat laba naik pada kuartal ketiga. "
    "Direktur Utama Agus Pranoto mengatakan penjualan kapal tumbuh.\n"
)
BARE = (
    "Kapal Baru\n\n"
    "Surabaya - Kapal baru milik Sinar Bahari diluncurkan pada Rabu di pelabuhan. "
    '"Kami menambah dua kapal," kata Agus Pranoto kepada wartawan.\n'
)


@pytest.mark.parametrize("listed_first", [True, False])
def test_a_company_named_without_its_legal_form_is_the_same_company(tmp_path, listed_first):
    """One article writes the company with `PT … Tbk` only; others without:
    one company, whichever comes first."""
    write(tmp_path / "listed", "1.txt", LISTED)
    for n in range(2, 5):
        write(tmp_path / "bare", f"{n}.txt", BARE.replace("Rabu", f"Rabu pekan ke-{n}"))
    db = tmp_path / "r.db"
    for folder in ("listed", "bare") if listed_first else ("bare", "listed"):
        _import(db, tmp_path / folder)
    [entity] = _entities(db, "Sinar Bahari")
    assert entity["articles"] == 4
    # The three bare articles are versions of one story: each is asked for.
    found = run("search", 'entity:"Sinar Bahari"', "--all-versions", "--json", db=db)
    assert len(json.loads(found.stdout)) == 4


@pytest.mark.parametrize("long_first", [True, False])
@pytest.mark.parametrize(("short", "folded"), [("Gemas", True), ("Gerakan", False)])
def test_a_head_word_and_an_acronym_join_the_long_form_of_that_acronym(
    tmp_path, short, folded, long_first
):
    """One article writes `Partai Gerakan Maju Sejahtera (Gemas)`; three
    write `Partai Gemas`: the same party, whichever came first. A word of
    the long name is no acronym: `Partai Gerakan` may be another party."""
    long_key = "partai gerakan maju sejahtera"
    paired = _named(
        1,
        ("Partai Gerakan Maju Sejahtera", long_key, "ORG", None),
        (short, long_key, "ORG", short.lower()),
    )
    shorter = [
        _named(n, (f"Partai {short}", f"partai {short.lower()}", "ORG", None)) for n in range(2, 5)
    ]
    with Store(tmp_path / "r.db") as store:
        for batch in ([paired], shorter) if long_first else (shorter, [paired]):
            store_understood(store, batch)
            store.link_short_forms()
        stored = _stored(store)
        if folded:
            assert stored == {"Partai Gerakan Maju Sejahtera": 4}
        else:
            assert stored == {"Partai Gerakan Maju Sejahtera": 1, "Partai Gerakan": 3}


@pytest.mark.parametrize("names_her", [True, False])
def test_a_lone_given_names_article_that_names_the_person_keeps_her_company(tmp_path, names_her):
    """One article names Sinta Wulandari and then `Sinta` beside a minister
    and a party; two write `Sinta` alone beside the same two; a third writes
    `Sinta` beside her full name, which the tagger typed a place there, so
    the article paired nothing. That article is in her company: `Sinta` is
    hers. Without her name there it names no one of hers, and a small
    collection's one pairing article does not take three lone ones."""
    company = [
        ("Rudi Hartono", "rudi hartono", "PER", None),
        ("Partai Sentosa", "partai sentosa", "ORG", None),
    ]
    paired = _named(
        1,
        ("Sinta Wulandari", "sinta wulandari", "PER", None),
        ("Sinta", "sinta wulandari", "PER", "sinta"),
        *company,
    )
    alone = [_named(n, ("Sinta", "sinta", "PER", None), *company) for n in (10, 11)]
    third = [("Sinta", "sinta", "PER", None)]
    if names_her:
        third.insert(0, ("Sinta Wulandari", "sinta wulandari", "LOC", None))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone, _named(12, *third)])
        store.link_short_forms()
        stored = _stored(store)
        if names_her:
            assert stored["Sinta Wulandari"] == 4 and "Sinta" not in stored
        else:
            assert stored["Sinta Wulandari"] == 1 and stored["Sinta"] == 3


@pytest.mark.parametrize("another", [None, "Dewi Sinta Maharani", "Sinta Maharani"])
def test_two_articles_evidence_is_enough_for_a_word_no_one_else_is_called(tmp_path, another):
    """Two articles call Sinta Wulandari `Sinta`; three others write `Sinta`
    alone. When nobody else the collection names has `Sinta` as a first or
    last name, the three are hers (all a small library can say); a second
    Sinta leaves them apart, while a middle name (`Dewi Sinta Maharani`) is
    no name the press calls her by alone."""
    records = [
        _record(
            n, ("Sinta Wulandari", "sinta wulandari", None), ("Sinta", "sinta wulandari", "sinta")
        )
        for n in (1, 2)
    ]
    records += [_record(n, ("Sinta", "sinta", None)) for n in (10, 11, 12)]
    if another:
        records.append(_record(20, (another, another.lower(), None)))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        stored = _stored(store)
        if another == "Sinta Maharani":
            assert stored["Sinta Wulandari"] == 2 and stored["Sinta"] == 3
        else:
            assert stored["Sinta Wulandari"] == 5 and "Sinta" not in stored


@pytest.mark.parametrize(
    ("longer", "called", "folded"),
    [
        (["Muhammad Rahmat Karnadi"], "Rahmat", True),
        (["Muhammad Rahmat Karnadi"], "Karnadi", True),
        (["Putri Rahmat Karnadi"], "Putri", False),
        (["Muhammad Rahmat Karnadi", "Ahmad Rahmat Karnadi"], "Rahmat", False),
    ],
)
def test_a_name_without_its_first_word_joins_the_one_fuller_name_called_by_it(
    tmp_path, longer, called, folded
):
    """`Rahmat Karnadi` is `Muhammad Rahmat Karnadi` written without the
    name the press drops, when the articles call him by a word of the
    shorter name (`Rahmat`, `Karnadi`). A daughter named after her father
    (`Putri Rahmat Karnadi`, called `Putri`) is someone else, and so is
    either of two fuller names that fit. Either order gives the same."""
    records = [
        _record(
            1 + i,
            (name, name.lower(), None),
            (called, name.lower(), called.lower()),
        )
        for i, name in enumerate(longer)
    ]
    records += [_record(n, ("Rahmat Karnadi", "rahmat karnadi", None)) for n in (10, 11)]
    for order in (records, records[::-1]):
        with Store(tmp_path / f"{id(order)}.db") as store:
            store_understood(store, order)
            store.link_short_forms()
            stored = _stored(store)
            if folded:
                # Under the name of more articles.
                assert stored == {"Rahmat Karnadi": 3}
            else:
                assert stored["Rahmat Karnadi"] == 2 and len(stored) == len(longer) + 1


@pytest.mark.parametrize("lone", ["Sarana Wijaya", "Wijaya"])
def test_a_company_the_tagger_typed_a_person_joins_its_legal_name_and_stays_a_company(
    tmp_path, lone
):
    """An article names PT Sarana Wijaya (its name without the legal form
    kept as a short form); three write `Sarana Wijaya` alone, which the
    tagger typed a person. Those are the company, which stays an
    organisation however often the tagger calls it a person later. A
    surname alone (`Wijaya`) may be a founder's, and stays apart."""
    company = _named(1, ("PT Sarana Wijaya", "pt sarana wijaya", "ORG", lone.lower()))
    alone = [_named(n, (lone, lone.lower(), "PER", None)) for n in (10, 11, 12)]
    later = [_named(n, (lone, lone.lower(), "PER", None)) for n in (13, 14)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [company, *alone])
        store.link_short_forms()
        store_understood(store, later)
        store.link_short_forms()
        found = dict(store.conn.execute("SELECT name, type || ' ' || articles FROM entities"))
        if lone == "Sarana Wijaya":
            assert found == {"PT Sarana Wijaya": "ORG 6"}
        else:
            assert found == {"PT Sarana Wijaya": "ORG 1", "Wijaya": "PER 5"}


# -- short forms an article's own names say of one another --------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # A body's name clipped (`Fed`), the longer typed a place or not.
        (
            [("mer", "ORG", 1, "Mer"), ("meridian reserve", "LOC", 2, "Meridian Reserve")],
            {("mer", 2)},
        ),
        # A clip that fits two bodies of the article says nothing.
        (
            [
                ("mer", "ORG", 1, "Mer"),
                ("meridian reserve", "ORG", 2, "Meridian Reserve"),
                ("meridian trade", "ORG", 3, "Meridian Trade"),
            ],
            set(),
        ),
        # One letter left off is another name (`Telkom`, `Telkomsel`), and a
        # whole first word is no clip; nor is a person a clip of a body.
        (
            [("meridia", "ORG", 1, "Meridia"), ("meridian reserve", "ORG", 2, "Meridian Reserve")],
            set(),
        ),
        (
            [
                ("meridian", "ORG", 1, "Meridian"),
                ("meridian reserve", "ORG", 2, "Meridian Reserve"),
            ],
            set(),
        ),
        ([("mer", "ORG", 1, "Mer"), ("meridian wibowo", "PER", 2, "Meridian Wibowo")], set()),
        # A compound's first part; a name a few letters longer is another.
        (
            [("vorsk", "ORG", 1, "Vorsk"), ("vorskneftegas", "ORG", 2, "Vorskneftegas")],
            {("vorsk", 2)},
        ),
        ([("sentel", "ORG", 1, "Sentel"), ("sentelkom", "ORG", 2, "Sentelkom")], set()),
        # Two names joined (a site about a company), not a clip of one.
        ([("vorsk", "ORG", 1, "Vorsk"), ("vorskinsider", "ORG", 2, "VorskInsider")], set()),
        (
            [("vorsk", "ORG", 1, "VORSK"), ("vorskneftegas", "ORG", 2, "VORSKNEFTEGAS")],
            {("vorsk", 2)},
        ),
        # Names without words to clip: one university is not another's clip.
        (
            [("上海大学", "ORG", 1, "上海大学"), ("上海师范大学", "ORG", 2, "上海师范大学")],
            set(),
        ),
        # A person by the last syllables of his name (`Harto`, Soeharto).
        ([("warno", "PER", 1, "Warno"), ("soewarno", "PER", 2, "Soewarno")], {("warno", 2)}),
        (
            [
                ("warno", "PER", 1, "Warno"),
                ("soewarno", "PER", 2, "Soewarno"),
                ("sutowarno", "PER", 3, "Sutowarno"),
            ],
            set(),
        ),
        ([("rno", "PER", 1, "Rno"), ("soewarno", "PER", 2, "Soewarno")], set()),
        ([("warno", "ORG", 1, "Warno"), ("soewarno", "PER", 2, "Soewarno")], set()),
        # Names without spaces are parted otherwise (``unspaced_parts``).
        ([("一郎太郎", "PER", 1, "一郎太郎"), ("山田一郎太郎", "PER", 2, "山田一郎太郎")], set()),
    ],
)
def test_an_articles_names_clipped_are_short_forms_of_the_one_they_fit(names, expected):
    assert identity.short_forms_in_article(names) == expected


def _clipped_collection(both: int, alone: int, long_type: str = "ORG") -> list:
    """``both`` articles write `Meridian Reserve` and `Mer`; ``alone`` write `Mer` alone."""
    records = [
        _named(
            n,
            ("Meridian Reserve", "meridian reserve", long_type, None),
            ("Mer", "mer", "ORG", None),
        )
        for n in range(1, 1 + both)
    ]
    return records + [_named(n, ("Mer", "mer", "ORG", None)) for n in range(50, 50 + alone)]


@pytest.mark.parametrize(("both", "folded"), [(3, True), (1, False)])
def test_a_clipped_name_the_articles_write_beside_the_full_one_joins_it(tmp_path, both, folded):
    """Three articles write `Meridian Reserve` and clip it `Mer`: `Mer` in
    the four that write it alone is that body. One article's clip does not
    take four lone articles (as for a given name alone)."""
    with Store(tmp_path / "r.db") as store:
        store_understood(store, _clipped_collection(both, 4))
        store.link_short_forms()
        expected = (
            {"Meridian Reserve": both + 4}
            if folded
            else {"Meridian Reserve": both, "Mer": both + 4}
        )
        assert _stored(store) == expected


@pytest.mark.parametrize(("as_body", "folded"), [(5, True), (1, False)])
def test_a_body_typed_a_place_takes_its_clip_and_becomes_an_organisation(tmp_path, as_body, folded):
    """The tagger typed `Meridian Reserve` a place in six articles that clip
    it `Mer`, an organisation. Typed an organisation in five more, it is a
    body it has not told from a place: `Mer` joins it, and the clip's
    votes make it an organisation. Typed so only once, it is a place that
    acted, and no organisation's clip joins a place."""
    records = _clipped_collection(6, 2, long_type="LOC")
    records += [
        _named(n, ("Meridian Reserve", "meridian reserve", "ORG", None))
        for n in range(80, 80 + as_body)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        found = dict(store.conn.execute("SELECT name, type FROM entities WHERE articles > 0"))
        if folded:
            assert found == {"Meridian Reserve": "ORG"}
        else:
            assert found == {"Meridian Reserve": "LOC", "Mer": "ORG"}


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_a_nickname_by_the_end_of_a_name_joins_it_in_any_order(tmp_path, order):
    """Two articles call Soewarno `Pak Warno` (tagged `Warno`): `Warno` is
    him, whichever was imported first. Beside two men whose names end so,
    it stays apart."""
    records = [
        _named(n, ("Soewarno", "soewarno", "PER", None), ("Warno", "warno", "PER", None))
        for n in (1, 2)
    ]
    records.append(
        _named(
            3,
            ("Sutowarno", "sutowarno", "PER", None),
            ("Soewarno", "soewarno", "PER", None),
            ("Warno", "warno", "PER", None),
        )
    )
    with Store(tmp_path / "r.db") as store:
        for record in records if order == "forward" else records[::-1]:
            store_understood(store, [record])
            store.link_short_forms()
        assert _stored(store) == {"Soewarno": 3, "Sutowarno": 1}


def test_one_article_that_writes_a_name_and_its_end_does_not_take_many_lone_articles(tmp_path):
    """`Warno` beside Soewarno in one article, alone in five: those may be
    other men called so (a nickname given by a cue would join)."""
    records = [_named(1, ("Soewarno", "soewarno", "PER", None), ("Warno", "warno", "PER", None))]
    records += [_named(n, ("Warno", "warno", "PER", None)) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"Soewarno": 1, "Warno": 6}


@pytest.mark.parametrize("rival", [False, True])
def test_a_company_named_without_its_trade_word_is_that_company_unless_another_ends_so(
    tmp_path, rival
):
    """One article names Vantel Airlines (kept as a short form without its
    trade word, as the import does); five write `Vantel` alone. They are the
    airline, unless their articles also name a body whose name ends in
    the word (Rotterdam Vantel): a word two bodies are called by joins
    neither."""
    company = _named(1, ("Vantel Airlines", "vantel airlines", "ORG", "vantel"))
    others = [("Rotterdam Vantel", "rotterdam vantel", "ORG", None)] if rival else []
    alone = [_named(n, ("Vantel", "vantel", "ORG", None), *others) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [company, *alone])
        store.link_short_forms()
        stored = _stored(store)
        if rival:
            assert stored["Vantel"] == 5 and stored["Vantel Airlines"] == 1
        else:
            assert stored == {"Vantel Airlines": 6}


@pytest.mark.parametrize(
    ("as_body", "body_first", "type_"), [(1, False, "ORG"), (1, True, "ORG"), (0, False, "PER")]
)
def test_a_company_named_after_a_body_of_the_collection_is_one_however_its_typed(
    tmp_path, as_body, body_first, type_
):
    """The tagger typed `Vorsk Halvorsen` (a joint company of Vorsk) a person
    in three articles and, where a cue said so, an organisation in one;
    Vorsk is an organisation in five. It is a company, whichever articles
    came first. Never typed an organisation, it stays a person."""
    body = [_named(n, ("Vorsk", "vorsk", "ORG", None)) for n in range(1, 6)]
    joint = [
        _named(n, ("Vorsk Halvorsen", "vorsk halvorsen", "PER", None)) for n in range(10, 13)
    ] + [
        _named(n, ("Vorsk Halvorsen", "vorsk halvorsen", "ORG", None))
        for n in range(20, 20 + as_body)
    ]
    with Store(tmp_path / "r.db") as store:
        for group in (body, joint) if body_first else (joint, body):
            store_understood(store, group)
            store.link_short_forms()
        found = dict(store.conn.execute("SELECT name, type FROM entities WHERE articles > 0"))
        assert found == {"Vorsk": "ORG", "Vorsk Halvorsen": type_}


def test_a_persons_initials_typed_an_organisation_do_not_outvote_her_type(tmp_path):
    """`Ratna Wulansari (RW)` once, `RW` alone in five articles the tagger
    typed an organisation for its capitals: the initials are hers, and
    she stays a person however many more such articles come."""
    paired = _article(
        1,
        "Story 1\n\nRatna Wulansari spoke. RW spoke.\n",
        MentionRecord("ratna wulansari", "PER", "Ratna Wulansari", 9, 24),
        MentionRecord("ratna wulansari", "PER", "RW", 32, 34, short="rw"),
    )
    alone = [
        _article(n, f"Story {n}\n\nRW spoke.\n", MentionRecord("rw", "ORG", "RW", 9, 11))
        for n in range(2, 12)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone[:5]])
        store.link_short_forms()
        store_understood(store, alone[5:])
        store.link_short_forms()
        assert dict(store.conn.execute("SELECT name, type FROM entities WHERE articles > 0")) == {
            "Ratna Wulansari": "PER"
        }


def test_a_surname_that_attributes_a_quote_finds_that_person_beside_others_called_so(tmp_path):
    """`kata Wiratmaja` after Hendra Wiratmaja (the word alone never tagged
    a name) is the press calling him so, as another article calls Sinta
    Wiratmaja: `--speaker Wiratmaja` means both of them, not the one whose
    article had the word alone as a name."""
    said = 'Story 1\n\nHendra Wiratmaja opened the port. "Yes."\n'
    quote = QuoteRecord(said.index("Yes"), said.index("Yes") + 4, "Wiratmaja", "wiratmaja")
    named_at = said.index("Hendra")
    mention = MentionRecord(
        "hendra wiratmaja", "PER", "Hendra Wiratmaja", named_at, named_at + len("Hendra Wiratmaja")
    )
    said_record, _, _ = _article(1, said)
    other = _named(
        2,
        ("Sinta Wiratmaja", "sinta wiratmaja", "PER", None),
        ("Wiratmaja", "sinta wiratmaja", "PER", "wiratmaja"),
    )
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [(said_record, [mention], [quote]), other])
        store.link_short_forms()
        named, meant = identity.resolve(store.conn, "wiratmaja")
        names = dict(store.conn.execute("SELECT id, name FROM entities"))
    assert sorted(names[i] for i in [*named, *meant]) == ["Hendra Wiratmaja", "Sinta Wiratmaja"]


def _quoted(n: int, text: str, speaker: str, *names: tuple[str, str, str]) -> tuple:
    """An article naming ``(written, key, type)`` things, with one quotation
    (`"We ..."`) attributed to ``speaker``."""
    mentions, at = [], 0
    for written, key, type_ in names:
        start = text.index(written, at)
        at = start + len(written)
        mentions.append(MentionRecord(key, type_, written, start, at))
    said = text.index('"') + 1
    quote = QuoteRecord(said, text.index('"', said), speaker, entity_key(speaker))
    record, _, _ = _article(n, text)
    return record, mentions, [quote]


def test_a_speaker_called_by_a_word_of_a_bodys_name_is_no_short_form_of_the_body(tmp_path):
    """`Tarvik said` beside the Tarvik Foundation is the company Tarvik, not
    the foundation: the speaker's word is no evidence that the press calls
    the foundation so, and `Tarvik` alone elsewhere stays the company."""
    said = _quoted(
        1,
        'Story 1\n\nThe Tarvik Foundation funded the plant. Tarvik said "We will hire."\n',
        "Tarvik",
        ("Tarvik Foundation", "tarvik foundation", "ORG"),
    )
    alone = _named(2, ("Tarvik", "tarvik", "ORG", None))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [said])
        store.link_short_forms()
        store_understood(store, [alone])
        store.link_short_forms()
        assert _stored(store) == {"Tarvik Foundation": 1, "Tarvik": 1}
        assert not store.conn.execute("SELECT 1 FROM short_forms WHERE key = 'tarvik'").fetchone()


@pytest.mark.parametrize("first", ["Gwak Min Seo", "Gwak Ji Ran"])
def test_a_speakers_surname_two_people_of_the_article_share_is_no_short_form(tmp_path, first):
    """`Gwak` speaking after Gwak Min Seo met Gwak Ji Ran is either of them:
    the word means both, whoever the article names first."""
    second = ({"Gwak Min Seo", "Gwak Ji Ran"} - {first}).pop()
    said = _quoted(
        1,
        f'Story 1\n\n{first} met {second} at the port. "We agreed," Gwak said.\n',
        "Gwak",
        (first, entity_key(first), "PER"),
        (second, entity_key(second), "PER"),
    )
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [said])
        store.link_short_forms()
        assert not store.conn.execute("SELECT 1 FROM short_forms WHERE key = 'gwak'").fetchone()
        named, meant = identity.resolve(store.conn, "gwak")
        names = dict(store.conn.execute("SELECT id, name FROM entities"))
    assert sorted(names[i] for i in [*named, *meant]) == ["Gwak Ji Ran", "Gwak Min Seo"]


def _in(lang: str, record: tuple) -> tuple:
    article, mentions, quotes = record
    return replace(article, lang=lang), mentions, quotes


@pytest.mark.parametrize(
    ("paired_in", "others", "lone_type", "folded"),
    [
        (2, (), "LOC", True),
        (1, (), "LOC", False),
        (2, (("云溪县", "云溪县", "LOC", "云溪"),), "LOC", False),
        (2, (), "PER", False),
    ],
)
def test_a_place_without_its_administrative_suffix_joins_it_when_not_far_more_often_alone(
    tmp_path, paired_in, others, lone_type, folded
):
    """Two Chinese articles write the city 云溪市 (its short form 云溪, as
    the import keeps it); six write 云溪 alone. They are the city, unless a
    county of that name (云溪县) fits too, or the lone name is a person. One
    article of the city does not decide six of the bare name: that many
    may be another place (a province called so)."""
    paired = [
        _in("zh", _named(n, ("云溪市", "云溪市", "LOC", "云溪"), *others))
        for n in range(1, 1 + paired_in)
    ]
    alone = [_in("zh", _named(n, ("云溪", "云溪", lone_type, None))) for n in range(10, 16)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [*paired, *alone])
        store.link_short_forms()
        stored = _stored(store)
        if folded:
            assert stored == {"云溪市": 6 + paired_in}
        else:
            assert stored["云溪"] == 6 and stored["云溪市"] == paired_in


@pytest.mark.parametrize(
    ("paired_in", "alone_in", "lone_type", "folded"),
    [(2, 2, "ORG", True), (1, 5, "ORG", False), (2, 2, "PER", False)],
)
def test_a_company_without_its_groups_letters_joins_it_when_not_far_more_often_alone(
    tmp_path, paired_in, alone_in, lone_type, folded
):
    """Japanese articles name QRSトキワ (short form トキワ) and write トキワ
    alone: the company when the pair is written about as often as the
    lone name, never a person of that name; one article of the pair does
    not decide five of the lone name (another company may be called so)."""
    paired = [
        _in("ja", _named(n, ("QRSトキワ", "qrsトキワ", "ORG", "トキワ")))
        for n in range(1, 1 + paired_in)
    ]
    alone = [
        _in("ja", _named(n, ("トキワ", "トキワ", lone_type, None)))
        for n in range(10, 10 + alone_in)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [*paired, *alone])
        store.link_short_forms()
        expected = (
            {"QRSトキワ": paired_in + alone_in}
            if folded
            else {"QRSトキワ": paired_in, "トキワ": alone_in}
        )
        assert _stored(store) == expected


def _understood_by_the_import(monkeypatch, lang: str, n: int, text: str, *names) -> tuple:
    """An article as the import's second phase understands it
    (``reader.understanding.understand_queued``), the tagger made to find
    ``names`` (written, type) where they stand: what the import makes of
    them (short forms, known forms) is the real path's."""
    from reader.extract import pipeline
    from reader.extract.model import EntityMention
    from reader.understanding import understand_queued

    found, at = [], 0
    for written, type_ in names:
        start = text.index(written, at)
        at = start + len(written)
        found.append(EntityMention(written, type_, start, at, entity_key(written)))
    monkeypatch.setattr(pipeline, "understand", lambda *_: (found, []))
    record = understand_queued(Queued(n, text, lang, None, [(0, len(text))], False, {}))
    assert not record.failed
    article, _, _ = _article(n, text)
    return replace(article, lang=lang), record.mentions, record.quotes


def test_an_imported_place_with_and_without_its_suffix_is_one(tmp_path, monkeypatch):
    """A Chinese article names the city 云溪市, two write 云溪 alone: the
    import keeps 云溪 as the city's short form, and the collection makes
    them one place."""
    records = [
        _understood_by_the_import(
            monkeypatch, "zh", 1, "云溪市举办灯会。云溪市的市民前往观看。", ("云溪市", "LOC")
        ),
        *(
            _understood_by_the_import(
                monkeypatch, "zh", n, f"云溪迎来降雨{n}。居民说路面积水。", ("云溪", "LOC")
            )
            for n in (2, 3)
        ),
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"云溪市": 3}


@pytest.mark.parametrize(("letters", "folded"), [("QRS", True), ("BS", False)])
def test_an_imported_company_with_and_without_its_groups_letters_is_one(
    tmp_path, monkeypatch, letters, folded
):
    """Two Japanese articles name QRSトキワ, one writes トキワ alone: the
    import keeps トキワ as the company's short form, and the collection
    makes them one; a channel's letters (BSトキワ) are no group's."""
    name = f"{letters}トキワ"
    records = [
        *(
            _understood_by_the_import(
                monkeypatch, "ja", n, f"{name}は新しい店を開いた。{n}", (name, "ORG")
            )
            for n in (1, 2)
        ),
        _understood_by_the_import(
            monkeypatch, "ja", 3, "トキワは値上げを発表した。", ("トキワ", "ORG")
        ),
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == ({name: 3} if folded else {name: 2, "トキワ": 1})


@pytest.mark.parametrize("product_alone", [True, False])
def test_a_parents_name_alone_is_not_its_product_named_after_it(tmp_path, product_alone):
    """An article names the reader Zamora Lumen and then `Zamora` (read as a
    short form of it); six name the company Zamora alone. Where the articles
    also call the product `Lumen` alone, `Zamora Lumen` is two names, a
    product after its parent, and Zamora stays the company; a name whose
    rest is never written alone (a trade word) is the company's."""
    product = [("Lumen", "zamora lumen", "ORG", "lumen")] if product_alone else []
    paired = _named(
        1,
        ("Zamora Lumen", "zamora lumen", "ORG", None),
        ("Zamora", "zamora lumen", "ORG", "zamora"),
        *product,
    )
    alone = [_named(n, ("Zamora", "zamora", "ORG", None)) for n in range(10, 16)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        stored = _stored(store)
        if product_alone:
            assert stored == {"Zamora Lumen": 1, "Zamora": 6}
        else:
            assert stored == {"Zamora Lumen": 7}


def test_a_countrys_forms_are_one_entity_found_by_each(tmp_path):
    """Articles write `US`, `U.S.` and `United States` (the import keys each
    form by its country, ``understanding._as_listed``): one entity, found
    by every form typed, in any order."""
    from reader.understanding import _as_listed

    def country(n: int, written: str) -> tuple:
        record = _named(n, (written, entity_key(written), "LOC", None))
        article, mentions, quotes = record
        mentions = [_as_listed(m, "en") for m in mentions]
        return replace(article, lang="en"), mentions, quotes

    records = [country(1, "US"), country(2, "U.S."), country(3, "United States")]
    for n, order in enumerate((records, records[::-1])):
        with Store(tmp_path / f"r{n}.db") as store:
            store_understood(store, order)
            store.link_short_forms()
            assert _stored(store) == {"United States": 3}
            for typed in ("us", "u s", "united states"):
                named, shorts = identity.resolve(store.conn, typed)
                assert len(set(named + shorts)) == 1, typed


def test_a_countrys_form_typed_an_organisation_is_the_country_in_any_order(tmp_path):
    """Two articles name the United Kingdom (one as `Britain`), three write
    `UK` typed an organisation: the country is a place whichever came
    first (``_as_listed`` types every form of the list a place)."""
    from reader.understanding import _as_listed

    def country(n: int, written: str, type_: str) -> tuple:
        record = _named(n, (written, entity_key(written), type_, None))
        article, mentions, quotes = record
        mentions = [_as_listed(m, "en") for m in mentions]
        return replace(article, lang="en"), mentions, quotes

    places = [country(1, "United Kingdom", "LOC"), country(2, "Britain", "LOC")]
    bodies = [country(n, "UK", "ORG") for n in (3, 4, 5)]
    for n, order in enumerate((places + bodies, bodies + places)):
        with Store(tmp_path / f"r{n}.db") as store:
            store_understood(store, order)
            store.link_short_forms()
            rows = store.conn.execute("SELECT name, type FROM entities WHERE articles > 0")
            assert dict(rows) == {"United Kingdom": "LOC"}, n


@pytest.mark.parametrize("decided", [False, True])
def test_a_surname_means_every_person_of_it_unless_the_collection_decided_who(tmp_path, decided):
    """An article calls Arif Wiranto `Wiranto`; Dewi Wiranto, in two articles,
    is never called so. The surname typed means both (Arif first, whom the
    articles call so), so that `--speaker Wiranto` misses none of their
    quotes, and says it means two. Where six articles write `Wiranto` alone and the
    collection folded them into Arif (in his company: his party beside him),
    the word means him."""
    party = ("Partai Sentosa", "partai sentosa", "ORG", None)
    records = [
        _named(
            1,
            ("Arif Wiranto", "arif wiranto", "PER", None),
            ("Wiranto", "arif wiranto", "PER", "wiranto"),
            party,
            ("Rudi Hartono", "rudi hartono", "PER", None),
        ),
        *(_named(n, ("Dewi Wiranto", "dewi wiranto", "PER", None)) for n in (2, 3)),
    ]
    if decided:
        records += [
            _named(
                n,
                ("Wiranto", "wiranto", "PER", None),
                party,
                ("Rudi Hartono", "rudi hartono", "PER", None),
            )
            for n in range(10, 16)
        ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        ids = dict(store.conn.execute("SELECT name, id FROM entities"))
        named, shorts = identity.resolve(store.conn, "wiranto")
        if decided:
            assert named == [ids["Arif Wiranto"]]
            assert shorts == [ids["Arif Wiranto"]]
        else:
            assert shorts == [ids["Arif Wiranto"], ids["Dewi Wiranto"]]


@pytest.mark.parametrize("variant", [False, True])
def test_a_lone_surname_with_a_spelling_of_itself_decides_nobody(tmp_path, variant):
    """Arif Wiranto (called `Wiranto` once), Dewi Wiranto in two articles,
    `Wiranto` alone in two (nobody's company); one article writes
    `Wirantoo`, joined to the lone word as its spelling. The lone entity
    then has a second name, but none that holds the word: the surname
    still means both people, with or without the variant."""
    records = [
        _named(
            1,
            ("Arif Wiranto", "arif wiranto", "PER", None),
            ("Wiranto", "arif wiranto", "PER", "wiranto"),
        ),
        *(_named(n, ("Dewi Wiranto", "dewi wiranto", "PER", None)) for n in (2, 3)),
        *(_named(n, ("Wiranto", "wiranto", "PER", None)) for n in (4, 5)),
    ]
    if variant:
        article, mentions, quotes = _named(6, ("Wirantoo", "wirantoo", "PER", None))
        records.append((article, [mentions[0]._replace(joins="wiranto")], quotes))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        ids = dict(store.conn.execute("SELECT name, id FROM entities"))
        named, shorts = identity.resolve(store.conn, "wiranto")
        assert named == [ids["Wiranto"]]
        assert shorts == [ids["Arif Wiranto"], ids["Dewi Wiranto"]]


def test_a_name_of_a_place_and_of_two_people_says_it_means_all_three(tmp_path):
    """`Zandor` is a country, a surname an article calls Miko Zandor by, and
    Jim Zandor's: the filter reads all three, and its line counts and names
    all three, the place too."""
    from reader.library import Library

    records = [
        _named(1, ("Zandor", "zandor", "LOC", None)),
        _named(
            2,
            ("Miko Zandor", "miko zandor", "PER", None),
            ("Zandor", "miko zandor", "PER", "zandor"),
        ),
        _named(3, ("Jim Zandor", "jim zandor", "PER", None)),
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
    with Library(tmp_path / "r.db") as library:
        found = library.resolve_name("Zandor")
        assert len(found.ids) == 3 and found.several == found.ids
        (line,) = library.name_notes("entity:Zandor")
        assert line.startswith("Zandor: 3 people or bodies (")
        assert all(name in line for name in ("Miko Zandor", "Jim Zandor", "Zandor,"))


def test_a_korean_city_and_its_suffixed_names_are_one_place(tmp_path):
    """One article writes 한솔특별시 (kept as 한솔시 shorter), one 한솔시 (kept
    as 한솔); four write 한솔 alone: one city, its names chained."""
    records = [
        _in("ko", _named(1, ("한솔특별시", entity_key("한솔특별시"), "LOC", entity_key("한솔시")))),
        _in("ko", _named(2, ("한솔시", entity_key("한솔시"), "LOC", entity_key("한솔")))),
        *(_in("ko", _named(n, ("한솔", entity_key("한솔"), "LOC", None))) for n in range(10, 14)),
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"한솔특별시": 6}


# -- short forms the import keeps, and speakers written by one -------------------


def _short_of(lang: str, written: str, type_: str = "ORG") -> str | None:
    """The short form the import keeps for a mention written in full."""
    from reader.extract.lang import rules_for
    from reader.extract.model import EntityMention
    from reader.understanding import _short

    rules = rules_for(lang)
    legal = (
        rules.words("legal_prefixes"),
        rules.words("legal_suffixes") | rules.words("trade_words"),
    )
    mention = EntityMention(written, type_, 0, len(written), entity_key(written))
    return _short(mention, rules, legal)


@pytest.mark.parametrize(
    ("lang", "written", "short"),
    [
        ("id", "Badan Tarmak RI", "badan tarmak"),
        ("id", "Komisi VII DPR RI", "komisi vii dpr"),
        ("id", "Pemerintah RI", None),  # any government: a lower-case word
        ("id", "Kedutaan Besar RI", None),  # every embassy: lower-case words
        ("id", "Pemerintah Provinsi RI", None),
        ("id", "Warga Negara RI", None),
        ("id", "Menteri RI", None),  # a role, not a body
        ("id", "Presiden RI", None),
        ("id", "Menteri Tarmak RI", None),
        ("id", "Kementerian Tarmak RI", "kementerian tarmak"),
        ("id", "Badan Tarmak", None),
        ("en", "Tarmak RI", None),  # English writes no state after a body
        ("en", "Vorsk Group", "vorsk"),
        ("en", "Vorsk Holdings", "vorsk"),
        ("en", "Vorsk Records", None),  # a part of it, not the company
    ],
)
def test_a_body_written_with_its_states_name_or_group_keeps_the_name_alone(lang, written, short):
    """The Indonesian press writes a state body with or without `RI` (of
    the Republic) after it, and the English press a company with or without
    `Group`: the name alone is kept as its short form, for the collection
    to decide whether it stands for the body."""
    assert _short_of(lang, written) == short


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("Kejaksaan Negeri (Kejari) Tarmakan", "kejari tarmakan"),
        ("Dinas Pangan (Dispang) Kabupaten Vorsk", "dispang kabupaten vorsk"),
        ("Badan Tarmak (dulu) Vorsk", None),  # `formerly`: no short form of it
        ("Badan Tarmak (BT)", None),  # nothing after: the acronym alone
        ("Kantor (Kementerian) Keuangan Vorsk", None),  # a word, not the head's short form
        ("Badan Tarmak (BPS) Vorsk", None),  # an acronym of another name
        ("Kepolisian Daerah (Polda) Tarmakan", "polda tarmakan"),  # a clip from inside
        ("Komisi Tarmak Umum (KTU) RI", None),  # the state's name off: nothing after
        ("Komisi Tarmak Umum (KTU) Vorsk RI", "ktu vorsk"),
    ],
)
def test_a_body_written_with_its_heads_short_form_in_brackets_keeps_that_form(written, short):
    """`Kejaksaan Negeri (Kejari) Tarmakan` gives the short form the press
    then writes alone, `Kejari Tarmakan`."""
    assert _short_of("id", written) == short


def test_a_regional_office_written_by_its_bracketed_short_form_is_that_office(tmp_path):
    """One article introduces Kejaksaan Negeri (Kejari) Tarmakan; two more
    write `Kejari Tarmakan` alone, and one `Kejari Vorsk`: the first two
    are that office, the other office stays apart."""
    written = "Kejaksaan Negeri (Kejari) Tarmakan"
    paired = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    alone = [_named(n, ("Kejari Tarmakan", "kejari tarmakan", "ORG", None)) for n in (10, 11)]
    other = _named(12, ("Kejari Vorsk", "kejari vorsk", "ORG", None))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone, other])
        store.link_short_forms()
        assert _stored(store) == {"Kejaksaan Negeri Tarmakan": 3, "Kejari Vorsk": 1}


@pytest.mark.parametrize(
    ("written", "alone", "shown"),
    [
        ("Kepolisian Daerah (Polda) Tarmakan", "Polda Tarmakan", "Kepolisian Daerah Tarmakan"),
        ("Kantor (Kementerian) Keuangan Vorsk", "Kementerian Keuangan Vorsk", None),
    ],
)
def test_a_bracket_is_the_heads_short_form_only_when_it_shortens_it(
    tmp_path, written, alone, shown
):
    """`Polda` clips Kepolisian Daerah from inside its first word: five
    articles writing `Polda Tarmakan` alone are that office. `Kementerian`
    is a word, not a short form of `Kantor`: the ministry the five articles
    name stays apart from its office, shown as written (a bracket that is
    no short form is part of the name)."""
    paired = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    lone = [_named(n, (alone, entity_key(alone), "ORG", None)) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *lone])
        store.link_short_forms()
        assert _stored(store) == ({shown: 6} if shown else {written: 1, alone: 5})


@pytest.mark.parametrize(
    ("written", "folded"),
    [("Komisi Tarmak RI", True), ("Pemerintah RI", False), ("Kedutaan Besar RI", False)],
)
def test_a_state_body_named_without_ri_elsewhere_is_that_body(tmp_path, written, folded):
    """One article names Komisi Tarmak RI; five write `Komisi Tarmak` alone:
    one body. `Pemerintah RI` keeps no short form, so `Pemerintah` alone
    (any government) stays apart, and so does `Kedutaan Besar` alone (any
    embassy) beside `Kedutaan Besar RI`."""
    bare = written.rsplit(" ", 1)[0]
    paired = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    alone = [_named(n, (bare, entity_key(bare), "ORG", None)) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *alone])
        store.link_short_forms()
        assert _stored(store) == ({written: 6} if folded else {written: 1, bare: 5})


def test_a_speaker_written_by_a_short_form_the_article_gave_is_that_name(tmp_path):
    """`NBTR said` after the National Bureau of Tarmac Research (NBTR) is
    the bureau, and `the US said` where `US` stands for the United States is
    the country: not a person of that name whom no list shows. A speaker
    the article names nowhere is still a person of their own."""
    text = (
        "Story 1\n\nThe National Bureau of Tarmac Research (NBTR) met the United States."
        ' NBTR said "Roads will cost more." "We agree," the US said.'
        ' "Too late," Halvorsen said.\n'
    )
    mentions = [
        MentionRecord(
            "national bureau of tarmac research",
            "ORG",
            "National Bureau of Tarmac Research",
            text.index("National"),
            text.index(" (NBTR)"),
        ),
        MentionRecord(
            "national bureau of tarmac research",
            "ORG",
            "NBTR",
            text.index("NBTR"),
            text.index("NBTR") + 4,
            short="nbtr",
        ),
        MentionRecord(
            "united states",
            "LOC",
            "US",
            text.index("US said"),
            text.index("US said") + 2,
            short="us",
        ),
    ]
    quotes = []
    for speaker, said in (("NBTR", "Roads"), ("US", "We"), ("Halvorsen", "Too")):
        start = text.index(said)
        quotes.append(QuoteRecord(start, text.index('"', start), speaker, entity_key(speaker)))
    record, _, _ = _article(1, text)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [(record, mentions, quotes)])
        said = dict(
            store.conn.execute(
                "SELECT q.speaker, e.name FROM quotes q JOIN entities e"
                " ON e.id = q.speaker_entity_id"
            )
        )
        people = {n for (n,) in store.conn.execute("SELECT name FROM entities WHERE type = 'PER'")}
    assert said == {
        "NBTR": "National Bureau of Tarmac Research",
        "US": "US",
        "Halvorsen": "Halvorsen",
    }
    assert people == {"Halvorsen"}


def _speakers_of(tmp_path, text, mentions, quotes) -> dict[str, str]:
    """The entity each quote's speaker of one stored article is, by name."""
    record, _, _ = _article(1, text)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [(record, mentions, quotes)])
        return dict(
            store.conn.execute(
                "SELECT q.speaker, e.name FROM quotes q JOIN entities e"
                " ON e.id = q.speaker_entity_id"
            )
        )


@pytest.mark.parametrize("person_first", [True, False])
def test_a_speaker_the_article_names_beats_a_bodys_short_form(tmp_path, person_first):
    """`Tarvo said` beside Dani Tarvo and the Tarvo Group, whose short form
    is `tarvo`: the person the article names, whichever is mentioned first;
    the short form is the last resort."""
    text = 'Story 1\n\nDani Tarvo of Tarvo Group spoke. "We grow," Tarvo said.\n'
    person = MentionRecord("dani tarvo", "PER", "Dani Tarvo", text.index("Dani"), text.index(" of"))
    group = MentionRecord(
        "tarvo group",
        "ORG",
        "Tarvo Group",
        text.index("Tarvo Group"),
        text.index(" spoke"),
        short="tarvo",
    )
    mentions = [person, group] if person_first else [group, person]
    start = text.index("We")
    quotes = [QuoteRecord(start, text.index('"', start), "Tarvo", "tarvo")]
    assert _speakers_of(tmp_path, text, mentions, quotes) == {"Tarvo": "Dani Tarvo"}


def test_a_speaker_in_lower_case_is_no_short_form_of_a_body(tmp_path):
    """The pronoun `us` as a speaker is not the United States that the
    article names, whose short form is `us`: a body's short form is written
    as a name is."""
    text = 'Story 1\n\nThe United States acted. "Leave us," us said.\n'
    country = MentionRecord(
        "united states",
        "LOC",
        "United States",
        text.index("United"),
        text.index(" acted"),
        short="us",
    )
    start = text.index("Leave")
    quotes = [QuoteRecord(start, text.index('"', start), "us", "us")]
    assert _speakers_of(tmp_path, text, [country], quotes).get("us") != "United States"


@pytest.mark.parametrize(
    ("speaker", "key"),
    [
        ("US", "united states"),
        ("U.S.", "united states"),
        ("UK", "united kingdom"),
        ("us", "us"),
        ("Usman", "usman"),
    ],
)
def test_a_speaker_written_by_a_countrys_known_form_is_keyed_as_the_country(speaker, key):
    """A quote attributed to `US` is the United States, keyed as its
    mentions are, even where the article names it nowhere else; the
    pronoun `us` and a name that starts so are not."""
    from reader.understanding import _known_forms, _known_speaker

    assert _known_speaker(speaker, entity_key(speaker), _known_forms("en")) == key


# -- a state body written with and without RI, and its bracketed short form ----


def _kejatar(rival: str | None, lone: int = 7) -> list:
    """Kejaksaan Tarmak RI named with its short form `Kejatar` in three
    articles, ``rival`` (a body the articles also called `Kejatar`) in one,
    and `Kejatar` alone in ``lone`` more."""
    full = "Kejaksaan Tarmak RI"
    records = [_named(n, (full, entity_key(full), "ORG", "kejatar")) for n in (1, 2, 3)]
    if rival is not None:
        records.append(_named(4, (rival, entity_key(rival), "ORG", "kejatar")))
    records += [_named(n, ("Kejatar", "kejatar", "ORG", None)) for n in range(10, 10 + lone)]
    return records


def test_a_lone_short_form_is_not_outvoted_by_itself_written_with_ri(tmp_path):
    """`Kejatar RI` is `Kejatar` with the state's short name after it (its
    short form is `kejatar`, ``_without_state``): the same body, no rival
    to Kejaksaan Tarmak RI, so the lone `Kejatar` and `Kejatar RI` are both
    that body. The state words come from the language's rules
    (``reader.understanding.link_short_forms``)."""
    from reader.understanding import link_short_forms

    assert _short_of("id", "Kejatar RI") == "kejatar"
    with Store(tmp_path / "r.db") as store:
        store_understood(store, _kejatar("Kejatar RI"))
        link_short_forms(store)
        assert _stored(store) == {"Kejaksaan Tarmak RI": 11}


@pytest.mark.parametrize(
    ("rival", "lone", "stored"),
    [
        # Another body named by the short form and a place: a rival.
        ("Kejatar Vorsk", 7, {"Kejaksaan Tarmak RI": 3, "Kejatar Vorsk": 1, "Kejatar": 7}),
        # A state word of no language after it: a rival.
        ("Kejatar Agung", 7, {"Kejaksaan Tarmak RI": 3, "Kejatar Agung": 1, "Kejatar": 7}),
    ],
)
def test_a_rival_that_is_another_body_keeps_the_short_form_apart(tmp_path, rival, lone, stored):
    """A body whose name is the short form and a word that is not the
    state's short name is another body the lone word may mean: the lone
    word stays apart, as before."""
    from reader.understanding import link_short_forms

    with Store(tmp_path / "r.db") as store:
        store_understood(store, _kejatar(rival, lone))
        link_short_forms(store)
        assert _stored(store) == stored


def test_two_bodies_sharing_a_short_form_stay_apart_beside_its_ri_form(tmp_path):
    """Kejaksaan Tarmak RI (three articles) and Kejaksaan Tarmak Vorsk
    (two) are both called `Kejatar`: `Kejatar RI` taken out of the count
    leaves two bodies the lone word may mean, so it stays apart, and so
    does `Kejatar RI`, which is the lone word's body."""
    from reader.understanding import link_short_forms

    other = "Kejaksaan Tarmak Vorsk"
    records = _kejatar("Kejatar RI") + [
        _named(n, (other, entity_key(other), "ORG", "kejatar")) for n in (5, 6)
    ]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        link_short_forms(store)
        assert _stored(store) == {
            "Kejaksaan Tarmak RI": 3,
            other: 2,
            "Kejatar RI": 1,
            "Kejatar": 7,
        }


def test_a_lone_short_form_with_only_its_ri_form_still_joins_it(tmp_path):
    """With no other candidate, `Kejatar` alone is `Kejatar RI` (its name
    without `RI`), as before."""
    from reader.understanding import link_short_forms

    rival = "Kejatar RI"
    records = [_named(4, (rival, entity_key(rival), "ORG", "kejatar"))]
    records += [_named(n, ("Kejatar", "kejatar", "ORG", None)) for n in (10, 11, 12)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        link_short_forms(store)
        assert _stored(store) == {"Kejatar RI": 4}


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Tim Tarmak (Timtar) Vorsk", "Tim Tarmak Vorsk"),
        ("Dinas Tarmak (Distar) Kabupaten Vorsk", "Dinas Tarmak Kabupaten Vorsk"),
        ("Badan Tarmak (dulu) Vorsk", "Badan Tarmak (dulu) Vorsk"),  # `formerly`: kept
        ("Badan Tarmak (BT)", "Badan Tarmak"),  # the whole name's acronym, at its end
        ("Badan Tarmak (Tarmakan)", "Badan Tarmak (Tarmakan)"),  # no short form of it
    ],
)
def test_a_body_named_with_its_bracketed_short_form_is_shown_without_it(tmp_path, written, shown):
    """The bracket introduces the short form the press then writes; the
    body is shown under its long form, and its alias keeps the name as
    written. A word in brackets that is no short form of the head stays."""
    record = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [record])
        assert _stored(store) == {shown: 1}
        assert (
            store.conn.execute(
                "SELECT name FROM entity_aliases WHERE key = ?", (entity_key(written),)
            ).fetchone()[0]
            == written
        )


# -- session 15: one body written with and without its bracket, a state
#    body with the state's word before it, speakers that hold no name --------


@pytest.mark.parametrize("bracketed_first", [True, False])
@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Kejaksaan Negeri (Kejari) Tarmakan", "Kejaksaan Negeri Tarmakan"),
        ("Komisi Tarmak Umum (KTU)", "Komisi Tarmak Umum"),
        ("Pemerintah Provinsi (Pemprov) Tarmak Vorsk (Tarvo)", "Pemerintah Provinsi Tarmak Vorsk"),
    ],
)
def test_a_body_written_with_and_without_its_bracketed_short_form_is_one(
    tmp_path, written, bare, bracketed_first
):
    """One article introduces Kejaksaan Negeri (Kejari) Tarmakan (or the
    Komisi Tarmak Umum (KTU), or a province's government with its short
    form and its province's), another writes the name without the bracket:
    one body, whichever came first, shown without the bracket, found by
    either spelling. Kejaksaan Tinggi Tarmakan (another office) and a
    bracket that is no short form of its head (`(Kementerian)`, a word)
    stay apart from the names alike."""
    records = [
        _named(1, (written, entity_key(written), "ORG", _short_of("id", written))),
        _named(2, (bare, entity_key(bare), "ORG", None)),
        _named(3, ("Kejaksaan Tinggi Tarmakan", "kejaksaan tinggi tarmakan", "ORG", None)),
        _named(
            4,
            (
                "Kantor (Kementerian) Keuangan Vorsk",
                "kantor (kementerian) keuangan vorsk",
                "ORG",
                None,
            ),
        ),
        _named(5, ("Kantor Keuangan Vorsk", "kantor keuangan vorsk", "ORG", None)),
    ]
    first, second = (records[0], records[1]) if bracketed_first else (records[1], records[0])
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [first])
        store_understood(store, [second, *records[2:]])
        store.link_short_forms()
        assert _stored(store) == {
            bare: 2,
            "Kejaksaan Tinggi Tarmakan": 1,
            "Kantor (Kementerian) Keuangan Vorsk": 1,
            "Kantor Keuangan Vorsk": 1,
        }
        both = {
            identity.entity_ids_by_key(store.conn, key)[0]
            for key in (entity_key(written), entity_key(bare))
        }
        assert len(both) == 1


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("Duta Besar RI", None),  # an envoy: every ambassador without `RI`
        ("Dubes RI", None),
        ("Konsul Jenderal RI", None),
        ("Wadubes RI", None),  # a deputy ambassador
        ("Wakil Duta Besar RI", None),
        ("Konsulat Jenderal RI", None),  # a post: any country's consulate without `RI`
        ("Komisi Tarmak RI", "komisi tarmak"),  # a body stays one
    ],
)
def test_an_envoys_role_with_the_states_name_keeps_no_short_form(written, short):
    """`Duta Besar RI` is the Republic's ambassador, a person's post: the
    words without `RI` are every ambassador, no body's short form."""
    assert _short_of("id", written) == short


@pytest.mark.parametrize(
    ("written", "alone"),
    [
        ("Duta Besar RI", "Duta Besar"),
        ("Wadubes RI", "Wadubes"),
        ("Konsulat Jenderal RI", "Konsulat Jenderal"),
    ],
)
def test_an_ambassador_of_the_republic_does_not_take_every_ambassador(tmp_path, written, alone):
    """One article names the Duta Besar RI (or its deputy, or its consulate
    general), five write `Duta Besar` alone (another country's, any
    ambassador): they stay apart."""
    paired = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    lone = [_named(n, (alone, entity_key(alone), "ORG", None)) for n in range(10, 15)]
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [paired, *lone])
        store.link_short_forms()
        assert _stored(store) == {written: 1, alone: 5}


def test_an_envoys_word_is_in_one_list_only():
    """The words of `state_roles` are kept out of `roles` (whose words the
    extractor takes off the front of names): one word, one list."""
    from reader.extract.lang import rules_for

    rules = rules_for("id")
    assert not rules.words("state_roles") & rules.roles


@pytest.mark.parametrize("prefixed_first", [True, False])
def test_a_state_body_with_the_states_word_before_it_is_that_body(
    tmp_path, monkeypatch, prefixed_first
):
    """A Chinese article names 国家财政部, another 财政部 alone, a third
    中国财政部: one ministry, in either order, found by each; 国家安全部
    (state security, whose name without 国家 is no body of the list) stays
    itself, and so does 中国银行 (a bank, not any bank)."""
    records = [
        _understood_by_the_import(
            monkeypatch,
            "zh",
            1,
            "国家财政部发布预算。国家安全部表示。",
            ("国家财政部", "ORG"),
            ("国家安全部", "ORG"),
        ),
        _understood_by_the_import(monkeypatch, "zh", 2, "财政部表示将减税。", ("财政部", "ORG")),
        _understood_by_the_import(
            monkeypatch,
            "zh",
            3,
            "中国财政部回应。中国银行上涨。",
            ("中国财政部", "ORG"),
            ("中国银行", "ORG"),
        ),
    ]
    if not prefixed_first:
        records.reverse()
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        store.link_short_forms()
        assert _stored(store) == {"财政部": 3, "国家安全部": 1, "中国银行": 1}
        for typed in ("财政部", "国家财政部", "中国财政部"):
            named, shorts = identity.resolve(store.conn, entity_key(typed))
            assert [
                store.conn.execute("SELECT name FROM entities WHERE id = ?", (i,)).fetchone()[0]
                for i in {*named, *shorts}
            ] == ["财政部"]


@pytest.mark.parametrize(
    "written",
    [
        "国家统计局",  # a bureau: a city's is named 统计局 too
        "國家財政部",  # traditional: Taiwanese news's state, not the one of the list
        "中国银行",  # a bank
    ],
)
def test_a_state_word_before_a_name_off_the_list_stays(written):
    """Only a ministry or commission of the simplified list loses the
    state's word before it (``understanding._as_listed``)."""
    from reader.understanding import _as_listed

    mention = MentionRecord(entity_key(written), "ORG", written, 0, len(written))
    assert _as_listed(mention, "zh") == mention
    folded = MentionRecord(entity_key("国家财政部"), "ORG", "国家财政部", 0, 5)
    assert _as_listed(folded, "zh").key == "财政部"


def _quoted_by_the_import(lang: str, text: str) -> tuple:
    """An article as the import understands it: the real tagger and quote
    reading, no stand-in."""
    from reader.understanding import understand_queued

    record = understand_queued(Queued(1, text, lang, None, [(0, len(text))], False, {}))
    assert not record.failed
    article, _, _ = _article(1, text)
    return replace(article, lang=lang), record.mentions, record.quotes


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "said_by"),
    [
        # Words that hold no name: no entity of their own.
        ("en", 'Story 1\n\nRoads will close. "We are ready," However said.\n', "However", None),
        ("en", 'Story 1\n\nA ruling came. "We appeal," Prosecutors said.\n', "Prosecutors", None),
        # An adjective that opens a body's name is not that body.
        (
            "en",
            'Story 1\n\nThe European Central Bank met. "Rates stay," European officials said.\n',
            "European",
            None,
        ),
        # A name: a person of that name, as before.
        (
            "en",
            'Story 1\n\nRoads will close. "We are ready," Halvorsen said.\n',
            "Halvorsen",
            "Halvorsen",
        ),
        # A common word that is also a given name or surname: the article's
        # person of that name, else no one of its own (`One`, `October`).
        (
            "en",
            'Story 1\n\nThe depot opens. "We are ready," Rose said. Ana Rose runs it.\n',
            "Rose",
            "Ana Rose",
        ),
        (
            "en",
            'Story 1\n\nRoads shut. "We are ready," Hunt said. Daniel Hunt leads the team.\n',
            "Hunt",
            "Daniel Hunt",
        ),
        ("en", 'Story 1\n\nThe council met. "We are ready," Hunt said on Friday.\n', "Hunt", None),
        # An acronym is a body's name.
        ("en", 'Story 1\n\nRoads will close. "We are ready," TARC said.\n', "TARC", "TARC"),
        # The article's own names, given after the quote, are the speaker.
        (
            "en",
            'Story 1\n\nThe Vorsk Customs service seized a lorry. "We seized it at the border,"'
            " Customs said. Officers praised the find.\n",
            "Customs",
            "Vorsk Customs",
        ),
        (
            "en",
            'Story 1\n\nThe Vorsk Rovers won 2-0. "It was a hard game," Young said after the'
            " match. Tom Young, the manager, thanked the fans.\n",
            "Young",
            "Tom Young",
        ),
        (
            "en",
            'Story 1\n\n"We are not worried," said Mrs May on Monday. Delia May spoke later'
            " in Vorsk.\n",
            "May",
            "Delia May",
        ),
        # Other languages: a single name that is also a common word is a name.
        (
            "id",
            'Banjir\n\nBanjir melanda Kampung Melati, Senin. "Air naik cepat sekali," kata'
            " Bagus, warga setempat.\n",
            "Bagus",
            "Bagus",
        ),
        (
            "de",
            'Hochwasser\n\nDas Wasser stieg am Montag. "Wir sind bereit", sagte Schwarz am'
            " Abend.\n",
            "Schwarz",
            "Schwarz",
        ),
    ],
)
def test_a_speaker_whose_words_hold_no_name_is_no_person_of_its_own(
    tmp_path, lang, text, speaker, said_by
):
    """`"…," However said.`: the opening word is no one; the quote keeps its
    words and no entity `However` is made that no list shows. A speaker
    that is a name, an acronym or a word of a name the article gives (even
    after the quote, even a word English also writes in lowercase: `Young`,
    `May`, `Customs`) is that entity."""
    record = _quoted_by_the_import(lang, text)
    with Store(tmp_path / "r.db") as store:
        store_understood(store, [record])
        (row,) = store.conn.execute(
            "SELECT q.speaker, e.name FROM quotes q LEFT JOIN entities e"
            " ON e.id = q.speaker_entity_id"
        ).fetchall()
        assert row == (speaker, said_by)
        if said_by is None:
            assert not store.conn.execute(
                "SELECT 1 FROM entities WHERE name = ?", (speaker,)
            ).fetchone()


def test_a_library_that_kept_a_body_with_and_without_its_bracket_apart_joins_them(tmp_path):
    """A library written before the two spellings were one body holds two
    entities (the name without the bracket was no alias of the bracketed
    one's); the next pass over the names, as a reindex runs, makes them one."""
    written, bare = "Dinas Tarmak (Distar) Vorsk", "Dinas Tarmak Vorsk"
    with Store(tmp_path / "r.db") as store:
        store_understood(
            store, [_named(1, (written, entity_key(written), "ORG", _short_of("id", written)))]
        )
        # As the older code left it: no alias without the bracket.
        store.conn.execute("DELETE FROM entity_aliases WHERE key = ?", (entity_key(bare),))
        store_understood(store, [_named(n, (bare, entity_key(bare), "ORG", None)) for n in (2, 3)])
        counts = "SELECT articles FROM entities WHERE articles > 0 ORDER BY articles"
        assert [n for (n,) in store.conn.execute(counts)] == [1, 2]
        store.link_short_forms()
        assert [n for (n,) in store.conn.execute(counts)] == [3]
        assert _stored(store) == {bare: 3}


# -- fix_ident15: a library written before the bracket rule ------------------


def _as_the_old_code_left_it(store: Store, written: str, n: int = 1) -> None:
    """``written`` (a name with its bracketed short form) named in ``n``
    articles as a library from before the bracket rule holds it: shown as
    written, no alias without the bracket, its names' pass done."""
    record = _named(1, (written, entity_key(written), "ORG", _short_of("id", written)))
    records = [record] + [
        _named(k, (written, entity_key(written), "ORG", None)) for k in range(20, 20 + n - 1)
    ]
    store_understood(store, records)
    store.conn.execute(
        "DELETE FROM entity_aliases WHERE key = ?", (identity._unbracketed(entity_key(written)),)
    )
    store.conn.execute("UPDATE entities SET name = ?", (written,))
    store.link_short_forms()


@pytest.mark.parametrize("reindexed", [True, False])
@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Komisi Tarmak Umum (KTU)", "Komisi Tarmak Umum"),
        ("Dinas Tarmak (Distar) Vorsk", "Dinas Tarmak Vorsk"),
    ],
)
def test_a_library_from_before_the_bracket_rule_takes_the_name_without_it(
    tmp_path, written, bare, reindexed
):
    """A library holds Komisi Tarmak Umum (KTU) as the old code left it
    (shown with the bracket, the name without it no alias); reindexed or
    not, later articles writing Komisi Tarmak Umum are that body, as in a
    library made now, shown without the bracket."""
    from db.records import UnderstoodRecord

    with Store(tmp_path / "r.db") as store:
        _as_the_old_code_left_it(store, written)
        if reindexed:
            store.queue_everything()
            claim, _ = store.claim_understanding(1, since=0.0)
            (record,) = [_named(1, (written, entity_key(written), "ORG", _short_of("id", written)))]
            store.write_understanding([UnderstoodRecord(1, list(record[1]), [])], claim, 0.0)
            store.link_short_forms()
        store_understood(store, [_named(n, (bare, entity_key(bare), "ORG", None)) for n in (2, 3)])
        store.link_short_forms()
        assert _stored(store) == {bare: 3}


def test_the_bracketed_body_kept_by_a_fold_is_shown_without_the_bracket(tmp_path):
    """The old bracketed entity in more articles than the one without the
    bracket is the one kept: it is shown without the bracket too."""
    written, bare = "Komisi Tarmak Umum (KTU)", "Komisi Tarmak Umum"
    with Store(tmp_path / "r.db") as store:
        _as_the_old_code_left_it(store, written, n=3)
        store_understood(store, [_named(2, (bare, entity_key(bare), "ORG", None))])
        store.link_short_forms()
        assert _stored(store) == {bare: 4}


def test_bodies_with_and_without_a_bracket_fold_by_type(tmp_path):
    """An old library holds the bracketed name as a body and as a place
    (two entities, as before one spelling was one entity), and the name
    without it as both too: each type folds with its own, in one pass,
    and a person whose name is the bare words stays apart."""
    written, bare = "Dinas Tarmak (Distar) Vorsk", "Dinas Tarmak Vorsk"
    key, bare_key = entity_key(written), entity_key(bare)
    with Store(tmp_path / "r.db") as store:
        conn = store.conn
        made = {}
        for type_, spelt, k in (
            ("ORG", written, key),
            ("LOC", written, key),
            ("ORG", bare, bare_key),
            ("LOC", bare, bare_key),
            ("PER", bare, bare_key),
        ):
            made[(type_, k)] = conn.execute(
                "INSERT INTO entities (name, type, articles) VALUES (?, ?, 1)", (spelt, type_)
            ).lastrowid
            conn.execute(
                "INSERT INTO entity_aliases (key, type, entity_id, name) VALUES (?, ?, ?, ?)",
                (k, type_, made[(type_, k)], spelt),
            )
        conn.execute("INSERT INTO short_forms_pending (key) VALUES (?)", (key,))
        assert identity._link_unbracketed(conn, [key]) == 2
        assert sorted(conn.execute("SELECT name, type FROM entities")) == [
            (bare, "LOC"),
            (bare, "ORG"),
            (bare, "PER"),
        ]

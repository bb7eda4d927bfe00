"""Where a name ends, when the tagger cut a run of capitals in the wrong place.

The tagger reads a run of capitalised words one word at a time. Shapes it
cuts where a name rarely ends, or runs on where one does:

* a place that opens an organisation's name (``New York Mercantile
  Exchange``): the tagger made a place and an organisation of it;
* a region written after a role, before the person who holds it
  (Indonesian ``Ketua DPRD Jatim Kusnadi``, ``Bupati Lintang Harso
  Wiyoto``): the tagger took the region for the person's first name;
* a number after a name that is the whole part of a decimal (``program
  MBG 8,5 persen``): no model or edition of the name;
* an honorific inside a run (``at GDC Mr Allard``): a person's name starts
  there, whatever came before;

* an institution's name with ``dan`` inside (``Dinas Pekerjaan Umum dan
  Penataan Ruang``, ``Fakultas Perikanan dan Ilmu Kelautan``): the tagger
  stops at ``dan`` and finds no name in the words after it;
* a company after ``PT`` or ``CV`` whose name is made of given names (``PT
  Wanda Fatimah Zahra``): the tagger takes the given names for a person;
  a word before ``PT`` in the same run (``BUMN PT Sinar Wanda``) is none of it;
* an institution named with ``für`` (German ``Bundesamt für Strahlenschutz``,
  ``die Syrische Beobachtungsstelle für Menschenrechte``) or a newspaper by
  its capitalised words and its last (``die Lindauer Zeitung``): every
  word is a capitalised noun, so the tagger finds none of it;
* a region's government written in full (Indonesian ``Pemerintah Kota
  Dumai``): the tagger leaves out the common words before the region;
* an English institution named with ``to`` and a verb (``Committee to
  Protect Bloggers``), or with ``and`` before its head (``Pew Internet and
  American Life Project``): the tagger parts it at the small word;
* a German body or site named by its kind and its place (``Landesgericht
  Linz``, ``KZ Dachau``): the kind is a common noun, trimmed off the name;
* a named building after a preposition of place (Indonesian ``di Gedung
  Nusa Bakti``, ``di Kantor Gubernur Sulawesi Barat``): the tagger finds the
  institution or the region inside it, or nothing (``Istana Merdeka``);
* an institution named with the Arabic article (Indonesian ``Ponpes
  Al-Hidayah``): the tagger takes the name for a person's and leaves the
  kind out;
* the state's short name after an institution the tagger did not find
  (Indonesian ``Kedutaan Besar RI``) or a role (``Menteri Pemuda dan
  Olahraga RI``): the tagger takes the short name alone for a place;
* a person's first name after an institution's acronym (``Ketua DPR Sarwi
  Damar Ahmad``): the tagger gives the first name to the institution;
* the units of an address written in a row (Indonesian ``Kelurahan Patehan
  Kecamatan Kraton Yogyakarta``): the tagger takes the row for one place.

Both work on the chunks of one paragraph (first token, last + 1, type, long
form), before acronyms are paired with their long forms, so that ``(PUPR)``
after the whole name is read as its acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from reader.extract.lang import LanguageRules
from reader.extract.lexicon import gazetteer
from reader.extract.roles import HONORIFICS
from reader.extract.tagger import Token, is_capitalised

Chunk = tuple[int, int, str, str | None]


def _word(tok: Token) -> bool:
    """A capitalised word that goes on a name: not the start of a sentence."""
    return not tok.first and tok.text.isalnum() and is_capitalised(tok.text)


def institutions_over_and(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """An institution's name (opened by an institution's word: ``Dinas``,
    ``Fakultas``, ``Badan``) goes on over ``dan`` and the capitalised words
    after it in which the tagger found no name of its own: ``Dinas Pekerjaan
    Umum dan Penataan Ruang`` is one. Where the words after ``dan`` are a
    name (``Kementerian Keuangan dan Bank Indonesia``, ``Dinas Kesehatan dan
    Polri``), an acronym (``Bank Sentosa dan BJB``) or a new institution
    (``Dinas Sosial dan Dinas Pendidikan``), they are two; so they are after
    a name closed by its place or an acronym (``Polsek Kuta dan Resmob``,
    ``MPR RI dan Sidang Bersama``); a place the gazetteer knows closes it
    only when it is no common word (``Aparatur Negara dan Reformasi
    Birokrasi`` goes on: ``negara`` is a country, and a town too).

    The fields of an office may be listed with commas before ``dan``
    (``Dinas Pariwisata, Pemuda, dan Olahraga``, ``Balai Karantina Hewan,
    Ikan, dan Tumbuhan``, ``Badan Meteorologi, Klimatologi, dan Geofisika``):
    each a common word of the language or a field's loan noun, written
    with a capital; before a field after ``dan``, a listed word no person,
    place or given name is one too (``Pendidikan Tinggi, Sains, dan
    Teknologi``). A run the tagger found right after ``dan`` is the
    name's too when it opens with such a word (``Dinas Tenaga Kerja dan
    Transmigrasi Garut``: the field, then the region). A name so grown
    takes the place written right after it (``… dan Olahraga Kabupaten
    Ngawi``): a regional office is named with its region."""
    n = len(tokens)
    if not any(j < n and tokens[j].text in ("dan", ",") for _, j, _, _ in chunks):
        return chunks
    heads = _institution_heads(rules)
    common = rules.common
    firsts = rules.words("org_firsts")
    starts = {c[0]: c for c in chunks}

    def field(k: int) -> bool:
        return _word(tokens[k]) and is_field_word(tokens[k].text, rules)

    def listed(k: int) -> bool:
        # A word listed among fields, between commas before a field after
        # `dan` (`Pendidikan Tinggi, Sains, dan Teknologi`): a field too
        # unless it is a head, a role, a person, or a place or given name.
        low = tokens[k].text.lower()
        return field(k) or (
            _word(tokens[k])
            and not tokens[k].text.isupper()
            and low not in heads
            and not rules.is_role(tokens[k].text)
            and (k not in starts or starts[k][2] != "PER")
            and low not in gazetteer("places")
            and low not in gazetteer("given_names")
        )

    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        if out and i < out[-1][1]:
            continue
        end = j
        last = tokens[j - 1].text
        if (
            (typ == "ORG" or (typ == "LOC" and tokens[i].text.lower() in firsts))
            and j < n
            and tokens[j].text in ("dan", ",")
            and j - i > 1
            and tokens[i].text.lower() in heads
            and not last.isupper()
            and (last.lower() in common or last.lower() not in gazetteer("places"))
        ):
            end = _over_listed_fields(tokens, j, listed)
            if end != j and not (end + 1 < n and field(end + 1)):
                end = _over_listed_fields(tokens, j, field)
            while (
                end + 1 < n
                and tokens[end].text == "dan"
                and _word(tokens[end + 1])
                and not tokens[end + 1].text.isupper()
                and (end + 1 not in starts or (field(end + 1) and starts[end + 1][2] != "PER"))
                and tokens[end + 1].text.lower() not in heads
                and not rules.is_role(tokens[end + 1].text)
            ):
                k = end + 1
                if k in starts:
                    k = starts[k][1]
                while (
                    k < n and _word(tokens[k]) and not tokens[k].text.isupper() and k not in starts
                ):
                    k += 1
                end = k
            if end > j + 1 and end in starts and starts[end][2] == "LOC":
                end = starts[end][1]
            elif end != j and tokens[end - 1].text in ("dan", ","):
                end = j
            if end != j:
                typ = "ORG"
        out.append((i, end, typ, long_form))
    return out


@cache
def _field_endings(rules: LanguageRules) -> tuple[str, ...]:
    return tuple(rules.words("field_endings"))


def is_field_word(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` can be a field listed in an office's name: a
    capitalised common word (or a field's loan noun by its ending,
    ``field_endings``: Indonesian ``Klimatologi``, ``Geofisika``), no
    acronym, no institution's head and no role."""
    low = word.lower()
    return (
        not word.isupper()
        and (
            low in rules.common
            or low in rules.words("lowercase_words")
            or (low.endswith(_field_endings(rules)) and low not in gazetteer("places"))
        )
        and low not in rules.words("org_firsts")
        and low not in rules.words("org_heads")
        and not rules.is_role(word)
    )


def _over_listed_fields(tokens: Sequence[Token], j: int, field) -> int:
    """Where ``dan`` stands after the fields listed with commas from
    ``tokens[j]`` (``, Pemuda, dan``), or ``j`` when no such list ends in
    ``dan`` there."""
    n = len(tokens)
    k = j
    while k + 1 < n and tokens[k].text == "," and field(k + 1):
        k += 1
        while k < n and field(k):
            k += 1
    if k < n and tokens[k].text == "," and k + 1 < n and tokens[k + 1].text == "dan":
        k += 1
    return k if k > j and k < n and tokens[k].text == "dan" else j


@cache
def _institution_heads(rules: LanguageRules) -> frozenset[str]:
    return rules.words("org_firsts") | rules.words("org_heads")


def company_runs(tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules) -> list[Chunk]:
    """A company after ``PT`` or ``CV`` (``company_firsts``) is the whole run
    of capitalised words after it: ``PT Wanda Fatimah Zahra`` is one
    company, not ``PT Wanda`` and a person. (A ``(Persero)`` after it stays
    out, so that the company keeps one key with and without it.)
    A person's name does follow a company right after it, as the holder of
    a role written before the company (``Direktur PT Sinar Nicke Lestari``):
    there the company ends where the holder's name begins (the tagger's cut
    when it found no person ending the run, and the run's end when a comma
    closes it), unless the holder was named before the role (``Nicke
    Lestari, Direktur PT Sinar Wanda Zahra``). ``Koperasi`` opens such a
    run too (``Koperasi Tani Sumber Jaya``: a cooperative is a business)."""
    firsts = rules.words("company_firsts")
    if not firsts:
        return chunks
    out: list[Chunk] = []
    chunks = [part for c in chunks for part in _cut_before_company(tokens, c, firsts)]
    long_form: str | None
    for n, (i, j, typ, long_form) in enumerate(chunks):
        if out and i < out[-1][1]:
            continue
        if (
            i > 0
            and tokens[i - 1].text.lower() in firsts
            and tokens[i - 1].text[:1].isupper()
            and not (out and out[-1][1] == i)
        ):
            # The tagger left `PT` out (`Direktur PT Nur Ramadhan`).
            i -= 1
        if tokens[i].text.lower() not in firsts or long_form is not None:
            out.append((i, j, typ, long_form))
            continue
        end = j
        while end < len(tokens) and _word(tokens[end]) and not rules.is_role(tokens[end].text):
            end += 1
        if end > j and _holder_follows(tokens, chunks[:n], i, rules):
            # The company runs up to the holder's name where the tagger
            # found it ending the run, over words it left out (`PT Dompet
            # Kita Digital Andi Pratama`: `Kita` is a pronoun too); a run
            # that a comma ends is all the company's, the holder named after
            # it (`Ketua Koperasi Tani Sumber Jaya, Pak Karta`).
            held = [c[0] for c in chunks[n + 1 :] if c[2] == "PER" and j < c[0] and c[1] == end]
            comma = end < len(tokens) and tokens[end].text == ","
            if not comma:
                end = held[0] if held else j
        if end - i < 2:
            out.append((i, j, typ, long_form))
            continue
        out.append((i, end, "ORG", long_form))
    return out


def runs_after_heads(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A body opened by a word of ``run_heads`` (Indonesian ``Pengadilan``)
    is the whole run of capitalised words after it, even where the tagger
    found none of it or only the place at its end (``Pengadilan Agama
    Cibatu``: ``Agama`` is a common word): one organisation. Where a role
    stands before it and the tagger found a person ending the run, the run
    ends where that person begins (``Ketua Pengadilan Negeri Cibatu Budi
    Santoso``)."""
    heads = rules.words("run_heads")
    if not heads:
        return chunks
    n = len(tokens)
    spots = [
        k
        for k in range(n - 1)
        if tokens[k].text.lower() in heads
        and is_capitalised(tokens[k].text)
        and _word(tokens[k + 1])
    ]
    if not spots:
        return chunks
    found: list[tuple[int, int]] = []
    for k in spots:
        if found and k < found[-1][1]:
            continue
        end = k + 1
        while end < n and _word(tokens[end]) and not rules.is_role(tokens[end].text):
            end += 1
        held = [c[0] for c in chunks if c[2] == "PER" and k < c[0] < end and c[1] == end]
        if held and _holder_follows(tokens, [c for c in chunks if c[1] <= k], k, rules):
            end = held[0]
        if end - k >= 2:
            found.append((k, end))
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < e and s < c[1] for s, e in found)]
    return sorted(kept + [(s, e, "ORG", None) for s, e in found])


def _cut_before_company(
    tokens: Sequence[Token], chunk: Chunk, firsts: frozenset[str]
) -> list[Chunk]:
    """A run with ``PT`` or ``CV`` inside (``anak perusahaan BUMN PT Sinar
    Wanda``) is two: the company starts there."""
    i, j, typ, long_form = chunk
    for k in range(i + 1, j - 1):
        if tokens[k].text.lower() in firsts and tokens[k].text[:1].isupper():
            return [(i, k, typ, None), (k, j, "ORG", long_form)]
    return [chunk]


def buildings(tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules) -> list[Chunk]:
    """A building's word (``building_heads``: ``Gedung``, ``Istana``,
    ``Kantor``) after a preposition of place (``place_prepositions``: ``di``,
    ``ke``) opens a place's name that runs over the capitalised words after
    it, roles and institutions included (``di Kantor Gubernur Sulawesi
    Barat``, ``di Gedung DPRD Kota Lintang``, ``di Istana Merdeka``); the
    chunks inside it go. A region's head after the building's word (``di
    Kantor Kecamatan Sungai Arum``) or an acronym alone (``di Gedung DPR``)
    leaves the place or the institution as the name.
    """
    heads = rules.words("building_heads")
    if not heads:
        return chunks
    before = rules.words("place_prepositions")
    places = rules.words("place_heads")
    found: list[tuple[int, int]] = []
    # Only a capitalised word right after a preposition of place is looked at.
    spots = [
        k
        for k in range(1, len(tokens) - 1)
        if tokens[k - 1][0] in before and tokens[k][0][:1].isupper()
    ]
    for k in spots:
        if (
            tokens[k].text.lower() in heads
            and _word(tokens[k])
            and _word(tokens[k + 1])
            and not (found and k < found[-1][1])
        ):
            end = k + 1
            while end < len(tokens) and (
                (_word(tokens[end]) and not _building_ends(tokens, k, end))
                or _hyphened(tokens, end)
            ):
                end += 1
            # `Kantor Kecamatan Pulau Banyak` is the district's, `di Gedung
            # DPR` the institution's: the place or the acronym stands alone.
            if tokens[k + 1].text.lower() in places or (
                end == k + 2 and tokens[k + 1].text.isupper()
            ):
                continue
            found.append((k, end))
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < e and s < c[1] for s, e in found)]
    return sorted(kept + [(s, e, "LOC", None) for s, e in found])


def _hyphened(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a hyphen between two words of one name, with
    no space around it (``Masjid Al-Ikhlas``)."""
    return (
        tokens[k].text == "-"
        and tokens[k].joined
        and k + 1 < len(tokens)
        and tokens[k + 1].joined
        and _word(tokens[k + 1])
    )


def institutions_by_heads(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """An institution's head (``institution_heads``, or a compound ending in
    one) with ``für`` and the capitalised words after it (``und`` between
    two), a capitalised adjective before it included (``der Syrischen
    Beobachtungsstelle für Menschenrechte``), is one organisation; so is a
    newspaper's last word (``media_heads``) with the one or two capitalised
    words before it (``die Lindauer Zeitung``, ``Neue Kremser Zeitung``)."""
    heads, media = rules.words("institution_heads"), rules.words("media_heads")
    if not heads:
        return chunks
    endings = tuple(heads)
    links, inner = rules.words("institution_links"), rules.words("institution_joiners")
    verb_links = rules.words("institution_verb_links")
    either = _links(rules)
    n = len(tokens)
    # Only the words before `für` and the newspapers' words are looked at.
    spots = [
        k
        for k in range(n - 1)
        if (
            tokens[k + 1][0] in either
            and k + 2 < n
            and (tokens[k + 1][0] in links or _verb(tokens[k + 2].text, rules))
        )
        or (tokens[k][0][:1].isupper() and tokens[k][0].lower() in media)
    ]
    found: list[tuple[int, int]] = []
    for k in spots:
        if found and k < found[-1][1]:
            continue
        low = tokens[k].text.lower()
        start = end = None
        # `Institute for the Study of Labour`: an article after the link.
        after = k + 3 if k + 3 < n and tokens[k + 2].text in inner else k + 2
        if (
            low.endswith(endings)
            and _word(tokens[k])
            and (tokens[k + 1].text in links or tokens[k + 1].text in verb_links)
            and _word(tokens[after])
            # `the Commission on Tuesday fined …`: a day is when, not what for.
            and tokens[after].text.lower() not in rules.words("stop_names")
        ):
            start, end = k, after + 1
            while end < n and (
                _word(tokens[end])
                or (tokens[end].text in inner and end + 1 < n and _word(tokens[end + 1]))
                # `für Folter- und Kriegsopfer`: a compound's first part.
                or (
                    tokens[end].text == "-"
                    and end + 2 < n
                    and tokens[end + 1].text in ("und", "oder")
                    and _word(tokens[end + 2])
                )
            ):
                end += 1
            if tokens[end - 1].text.lower() in rules.words("street_tails"):
                # `the Ethics Committee on Capitol Hill`: where, not what for.
                continue
            before = tokens[start - 1].text if start > 0 else ""
            if (
                len(before) > 4
                and before[:1].isupper()
                and before.endswith(("e", "en", "es", "er"))
                and before.lower() not in rules.words("function_words")
            ):
                # Opening its sentence or a bracket too (`(Österreichisches
                # Museum für …`).
                start -= 1
        elif low in media and k > 0 and _word(tokens[k]) and _word(tokens[k - 1]):
            start, end = k - 1, k + 1
            if start > 0 and _word(tokens[start - 1]):
                start -= 1
            if tokens[start].text.lower() in rules.words("function_words"):
                start += 1
        if start is not None:
            found.append((start, end))
    if not found:
        return chunks
    # A name the tagger began before the head (`the Halvern Institute`)
    # opens the institution: its front is the name's too (`Halvern
    # Institute for Public Policy`).
    found = [(min([s] + [c[0] for c in chunks if c[0] < s < c[1] <= e]), e) for s, e in found]
    kept = [c for c in chunks if not any(c[0] < e and s < c[1] for s, e in found)]
    return sorted(kept + [(s, e, "ORG", None) for s, e in found])


@cache
def _links(rules: LanguageRules) -> frozenset[str]:
    return rules.words("institution_links") | rules.words("institution_verb_links")


def _verb(word: str, rules: LanguageRules) -> bool:
    """Whether a capitalised word after ``to`` is a word of the language (a
    verb: ``Committee to Protect Bloggers``), not a place (``the Agency to
    Brussels``)."""
    low = word.lower()
    return (low in rules.common or low in rules.words("lowercase_words")) and (
        low not in gazetteer("places")
    )


def governments_of_regions(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A region's government written in full (``government_heads`` and the
    region's kind, ``region_kinds``: ``Pemerintah Kota Dumai``,
    ``Pemerintah Provinsi Jawa Tengah``) is one organisation: the tagger
    leaves the common words before the region out, or keeps only the
    region's kind with it (``Kota Dumai``), a place of its own only when the
    article names it so elsewhere."""
    heads = rules.words("government_heads")
    if not heads:
        return chunks
    kinds = rules.words("region_kinds")
    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        start = i
        while start > 0 and tokens[start - 1].text.lower() in kinds and _capital(tokens[start - 1]):
            start -= 1
        if (
            start > 0
            and tokens[start - 1].text.lower() in heads
            and _capital(tokens[start - 1])
            and typ != "PER"
            and (start < i or tokens[i].text.lower() in kinds)
            and not (out and out[-1][1] > start - 1)
        ):
            out.append((start - 1, j, "ORG", long_form))
            continue
        out.append((i, j, typ, long_form))
    return out


@cache
def _own_heads(rules: LanguageRules) -> frozenset[str]:
    """The last words that close an institution's or a company's name."""
    return rules.words("institution_heads") | rules.words("org_tails")


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def institutions_over_coordinators(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """Two runs the tagger parted at ``and`` (``institution_coordinators``)
    are one institution when the second ends in an institution's head and
    the first, of two words or more, ends in a word of the language and no
    head of its own (``Pew Internet and American Life Project``,
    ``Natural Hazards Research and Applications Information Center``): a
    company and an institute stay two (``Ravel Systems and Kessington
    Institute``, ``Ravel Group and Halcyon Foundation``)."""
    coordinators = rules.words("institution_coordinators")
    # Most paragraphs hold no run right after `and`: passed over at once.
    if (
        not coordinators
        or len(chunks) < 2
        or not any(c[0] > 0 and tokens[c[0] - 1][0] in coordinators for c in chunks)
    ):
        return chunks
    heads = rules.words("institution_heads")
    own = _own_heads(rules)
    common, lowercase = rules.common, rules.words("lowercase_words")
    given = gazetteer("given_names")
    out: list[Chunk] = []
    for chunk in chunks:
        if out:
            i, j, typ, long_form = out[-1]
            k, end, _, second_form = chunk
            last = tokens[j - 1].text.lower()
            if (
                k == j + 1
                and tokens[j].text in coordinators
                and typ != "PER"
                and long_form is None
                and second_form is None
                and j - i > 1
                and tokens[end - 1].text.lower() in heads
                and (last in common or last in lowercase)
                and last not in own
                and tokens[i].text.lower() not in given
            ):
                out[-1] = (i, end, "ORG", None)
                continue
        out.append(chunk)
    return out


def _building_ends(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether a building's name opened at ``k`` ends before ``tokens[end]``:
    a day with its date (``di Istana Senin (7/10)``), or an acronym after a
    word that is none (``Gedung Merah Putih KPK``, ``Gedung Nusantara V``:
    ``Gedung DPR RI`` goes on)."""
    word = tokens[end].text
    n = len(tokens)
    if end + 2 < n and tokens[end + 1].text == "(" and tokens[end + 2].text[:1].isdigit():
        return True
    return end > k + 1 and word.isupper() and any(not t.text.isupper() for t in tokens[k + 1 : end])


def _holder_follows(
    tokens: Sequence[Token], before: Sequence[Chunk], i: int, rules: LanguageRules
) -> bool:
    """Whether a role stands right before token ``i`` (``Direktur Utama PT``)
    and no person was named right before the role, with a comma."""
    role = None
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].text.isalnum() and is_capitalised(tokens[k].text):
        if rules.is_role(tokens[k].text):
            role = k
        k -= 1
    if role is None:
        return False
    k = role - 1
    named = k >= 0 and tokens[k].text == "," and any(c[1] == k and c[2] == "PER" for c in before)
    return not named


def places_opening_organisations(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A place right before an organisation, with nothing between them, opens
    its name (``New York Mercantile Exchange``, ``Zembla Stock Exchange``):
    one organisation. Not where the organisation's name opens with a word of
    its own kind (``in Jakarta Bank Sentosa``: ``Bank``), nor before an
    acronym (``Zembla ZRC``)."""
    heads = rules.words("org_firsts")
    out: list[Chunk] = []
    for chunk in chunks:
        if out:
            i, j, typ, long_form = out[-1]
            k, end, kind, _ = chunk
            if (
                typ == "LOC"
                and kind == "ORG"
                and k == j
                and long_form is None
                and not tokens[k].joined
                and tokens[k].text.lower() not in heads
                and not tokens[k].text.isupper()
            ):
                out[-1] = (i, end, "ORG", None)
                continue
        out.append(chunk)
    return out


def honorific_cuts(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A run with an honorific inside (``at GDC Mr Allard, who``) is two
    names: what comes before the honorific, and the person after it. The
    honorific itself is the person's title, no part of either."""
    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        cut = None
        if j - i > 2 and long_form is None:
            cut = next(
                (k for k in range(i + 1, j - 1) if tokens[k].text.lower() in HONORIFICS), None
            )
        if cut is None:
            out.append((i, j, typ, long_form))
            continue
        out.append((i, cut, typ, None))
        out.append((cut + 1, j, "PER", None))
    return out


def regions_after_roles(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A "person" right after the head of a police or army unit
    (``unit_roles``) and before a rank is the unit's place (``Kapolres
    Wonogiri, AKBP Agus Salim``). A person's name that opens with a place, right after a role held over
    a region (with an institution's acronym between: ``Ketua NasDem Sumut Iskandar``,
    ``Bupati Lintang Harso Wiyoto``), opens with the role's region: the place
    is a name of its own and the person starts after it. The place is a
    province by its short form (``region_short``) or a place the gazetteer
    knows that is nobody's given name (``Iskandar`` is both, and stays). A
    province's short form opens no one's name anywhere (``Kanwil Ditjenpas
    Sumut Rindra Wardhana``)."""
    regions = rules.words("region_short")
    if not regions:
        return chunks
    places, given = gazetteer("places"), gazetteer("given_names")
    units = rules.words("unit_roles")
    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        low = tokens[i].text.lower()
        if (
            typ == "PER"
            and i > 0
            and tokens[i - 1].text.lower() in units
            and _rank_after(tokens, j, rules)
        ):
            # `Kapolres Wonogiri, AKBP Agus Salim`: the unit's place.
            out.append((i, j, "LOC", long_form))
            continue
        if (
            typ == "PER"
            and long_form is None
            and (
                (
                    (low in regions or (low in places and low not in given))
                    and _after_role(tokens, i, rules)
                )
                # A province's short form opens no one's name (`(Ditjenpas) Sumut Rindra Wardhana`).
                or (low in regions and low not in given and j - i > 1)
            )
        ):
            out.append((i, i + 1, "LOC", None))
            if j - i > 1:
                out.append((i + 1, j, "PER", None))
            continue
        cut = _unit_region(tokens, i, j, typ, long_form, rules) if j - i > 2 else None
        if cut is not None:
            # `Kasi Penkum Kejati Sumsel Vanny Yulia`: the institution and its
            # region (its section, `Penkum`, is no name), then the person.
            heads = rules.words("org_heads")
            body = next((k for k in range(i, cut - 1) if tokens[k].text.lower() in heads), i)
            out += [(body, cut, "ORG", None), (cut, j, "PER", None)]
            continue
        out.append((i, j, typ, long_form))
    return out


def _unit_region(
    tokens: Sequence[Token], i: int, j: int, typ: str, long_form: str | None, rules: LanguageRules
) -> int | None:
    """Where the person starts in a "person" right after a role that opens
    with the unit the role is of and its region (``Kasi Penkum Kejati Sumsel
    Vanny Yulia``): past the region's short form, when no word before it is
    a given name and at least one name follows."""
    if typ != "PER" or long_form is not None or i == 0 or not rules.is_role(tokens[i - 1].text):
        return None
    regions, given = rules.words("region_short"), gazetteer("given_names")
    for r in range(i + 1, j - 1):
        low = tokens[r].text.lower()
        if low in given:
            return None
        if low in regions:
            return r + 1
    return None


def _rank_after(tokens: Sequence[Token], j: int, rules: LanguageRules) -> bool:
    """Whether a rank or a role follows token ``j``, a comma between or not
    (``…, AKBP Agus Salim``)."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    return k < len(tokens) and rules.is_role(tokens[k].text)


def _after_role(tokens: Sequence[Token], i: int, rules: LanguageRules) -> bool:
    """Whether a role held over a region (``regional_roles``) stands before
    token ``i``, with at most two capitalised words between (``Ketua DPRD``,
    ``Ketua Umum NasDem``); a title (``Pangeran Singa Brata``) is none."""
    regional = rules.words("regional_roles")
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].text.isalnum() and is_capitalised(tokens[k].text):
        if tokens[k].text.lower() in regional:
            return True
        k -= 1
    return False


def decimal_tails(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A name does not end in the whole part of a decimal written after it
    (``MBG 8,5 persen``, ``Zentra 3.2 percent``), nor in an amount with its
    currency (``Jawa Timur Rp 6,2 triliun``): the number is the figure the
    sentence gives, not the name's number (``Piala Dunia 2026``)."""
    currencies = rules.words("currencies")
    out: list[Chunk] = []
    for i, j, typ, long_form in chunks:
        if (
            j - i > 1
            and j + 1 < len(tokens)
            and tokens[j - 1].text.isdigit()
            and tokens[j].text in (",", ".")
            and tokens[j].joined
            and tokens[j + 1].joined
            and tokens[j + 1].text.isdigit()
        ):
            j -= 1
        if j - i > 2 and tokens[j - 1].text.isdigit() and tokens[j - 2].text.lower() in currencies:
            j -= 1
        if j - i > 1 and tokens[j - 1].text.lower() in currencies:
            j -= 1
        out.append((i, j, typ, long_form))
    return out


def bodies_of_places(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A body or a site named by its kind, a noun (``place_bodies``, or a
    compound ending in one: ``Bezirksgericht``), and the place right after
    it that the lexicon or the gazetteer knows (``das Landesgericht Linz``,
    ``im Kunsthaus Graz``, ``im KZ Dachau``, ``die Republik Österreich``)
    is one name: an organisation, or a place for the kinds marked ``=LOC``;
    the place is no name of its own there."""
    kinds = _place_body_kinds(rules)
    if not kinds[0]:
        return chunks
    found: list[Chunk] = []
    # Tokens read by index (0: text): this looks at every word of a
    # paragraph, so the kinds are matched as written first (`KZ`, `…gericht`).
    written = kinds[2]
    for k in range(len(tokens) - 1):
        word = tokens[k][0]
        if not word.endswith(written) or not word[:1].isupper():
            continue
        if not tokens[k + 1][0][:1].isupper():
            continue
        low = word.lower()
        kind = next(
            (e for e in kinds[0] if low == e or (low.endswith(e) and len(low) > len(e) + 2)), None
        )
        if kind is None or not _known_place(tokens[k + 1][0], rules):
            continue
        if found and k < found[-1][1]:
            continue
        # A longer name around both stays (`der Deutschen Sporthochschule Köln`).
        if any(c[0] < k and k + 2 <= c[1] for c in chunks):
            continue
        found.append((k, k + 2, kinds[1].get(kind, "ORG"), None))
    return _instead(chunks, found)


def ampersand_companies(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A capitalised word, the sign ``&`` (``name_ampersands``) and a
    capitalised word, spaced, are one organisation with the names either
    side (``Marsh & McLennan``, ``Scottish & Newcastle``): the tagger parts
    them at the sign, into a person and a company, or a nationality and a
    town. Written close (``S&N``), the sign is inside one word already."""
    signs = rules.words("name_ampersands")
    if not signs:
        return chunks
    found: list[Chunk] = []
    # Tokens read by index (0: text): only the signs are looked at.
    for k in range(1, len(tokens) - 1):
        if tokens[k][0] not in signs or tokens[k].joined or tokens[k + 1].joined:
            continue
        if not (_word(tokens[k + 1]) and is_capitalised(tokens[k - 1][0])):
            continue
        if (found and k - 1 < found[-1][1]) or any(c[0] < k < c[1] for c in chunks):
            continue  # the tagger's name runs over the sign already
        start = next((c[0] for c in chunks if c[0] < k <= c[1]), k - 1)
        end = next((c[1] for c in chunks if c[0] <= k + 1 < c[1]), k + 2)
        found.append((start, end, "ORG", None))
    return _instead(chunks, found)


def kinds_of_places(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A site or a body named by its kind, ``of`` and a place the gazetteer
    knows (``of_places``: ``the Gulf of Mexico``, ``the Bank of Korea``) is
    one name, a place for the kinds marked ``=LOC``: the tagger finds only
    the place, or the kind and the place apart. A kind inside a run of
    capitals (``Selmer Bank of …``) opens no such name; ``The`` may stand before it."""
    kinds = _typed_words(rules, "of_places")
    if not kinds:
        return chunks
    found: list[Chunk] = []
    # Tokens read by index (0: text): only the words before `of` are looked at.
    for k in range(1, len(tokens) - 2):
        if tokens[k + 1][0] != "of":
            continue
        kind = kinds.get(tokens[k][0].lower())
        if (
            kind is None
            or not _word(tokens[k])
            or (tokens[k - 1][0][:1].isupper() and tokens[k - 1][0].lower() not in rules.common)
            or not _known_place(tokens[k + 2][0], rules)
        ):
            continue
        end = next((c[1] for c in chunks if c[0] == k + 2), k + 3)
        found.append((k, end, kind, None))
    return _instead(chunks, found)


@cache
def _typed_words(rules: LanguageRules, name: str) -> dict[str, str]:
    """The language's word list ``name`` whose entries may carry a type
    (``of_places``, ``article_heads``: ``kind=LOC``): each word and the type
    of the names it opens or closes, ``ORG`` when none is given."""
    out = {}
    for word in rules.words(name):
        kind, _, typ = word.partition("=")
        out[kind] = typ or "ORG"
    return out


@cache
def _place_body_kinds(
    rules: LanguageRules,
) -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """The language's ``place_bodies`` as a tuple for ``str.endswith``, the
    type of those marked otherwise than ``ORG``, and every kind as a word
    may end in it (``gericht``, ``Museum``, ``KZ``)."""
    words = rules.words("place_bodies")
    kinds = tuple(w.partition("=")[0] for w in words)
    types = {w.partition("=")[0]: w.partition("=")[2] for w in words if "=" in w}
    written = tuple({form for k in kinds for form in (k, k.capitalize(), k.upper())})
    return kinds, types, written


def _known_place(word: str, rules: LanguageRules) -> bool:
    """Whether ``word`` is a place the noun lexicon or the gazetteer knows
    (its tiers 0 to 2: countries to towns)."""
    lexicon = rules.noun_lexicon
    if lexicon is not None and (lexicon.name_type(word) == "LOC" or lexicon.is_place_too(word)):
        return True
    return is_capitalised(word) and gazetteer("places").get(word.lower()) in ("0", "1", "2")


def _instead(chunks: list[Chunk], found: list[Chunk]) -> list[Chunk]:
    """``chunks`` with ``found`` in place of the chunks they overlap."""
    if not found:
        return chunks
    kept = [c for c in chunks if not any(c[0] < f[1] and f[0] < c[1] for f in found)]
    return sorted(kept + found)


def places_in_a_row(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A run of capitals opened by a unit of an address (``address_units``)
    is as many places as units open in it after a word of a name
    (``Kelurahan Patehan`` | ``Kecamatan Kraton``, ``Terminal Mirah`` |
    ``Pelabuhan Tanjung Perak``; ``Pelabuhan Tanjung Perak`` stays one:
    ``Tanjung`` follows the unit). A big city (the gazetteer's tiers 0 and
    1) written last after a unit below a city (``local_units``) is the
    city the unit is in (``Kecamatan Kraton`` | ``Yogyakarta``, ``Jalan
    Melati`` | ``Pekanbaru``), not after a road's kind (``Jalan Raya
    Bogor``)."""
    units = rules.words("address_units")
    # The run may open with the unit in lower case (`jalan Melati`).
    if not units or (
        _capitalised_forms(rules, "address_units").isdisjoint(map(itemgetter(0), tokens))
        and units.isdisjoint(map(itemgetter(0), tokens))
    ):
        return chunks
    heads = rules.words("loc_heads") | units
    local, roads = rules.words("local_units"), rules.words("road_kinds")
    places = gazetteer("places")
    out: list[Chunk] = []
    for chunk in chunks:
        i, j, _, long_form = chunk
        if j - i < 3 or long_form is not None or tokens[i].text.lower() not in units:
            out.append(chunk)
            continue
        cuts = [
            k
            for k in range(i + 2, j)
            if tokens[k].text.lower() in units
            and _capital(tokens[k])
            and tokens[k - 1].text.lower() not in heads
        ]
        parts = [(a, b) for a, b in zip([i, *cuts], [*cuts, j], strict=True)]
        a, b = parts[-1]
        last = tokens[b - 1].text
        if (
            b - a > 2
            and tokens[a].text.lower() in local
            and places.get(last.lower()) in ("0", "1")
            and last.lower() not in rules.common
            and tokens[b - 2].text.lower() not in heads | roads
        ):
            parts[-1:] = [(a, b - 1), (b - 1, b)]
        if len(parts) == 1:
            out.append(chunk)
        else:
            out.extend((a, b, "LOC", None) for a, b in parts)
    return out


def institutions_with_articles(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """A name opened by the Arabic article (``name_articles``: ``Al-Hidayah``,
    ``Al Furqan``) right after a kind of institution (``article_heads``:
    ``Ponpes``, ``Yayasan``, ``Masjid``), or after its acronym in brackets
    (``Pondok Pesantren (Ponpes) Al-Hidayah``), is that institution's: one
    name from the kind on, an organisation (a place for a building's kind),
    whatever the tagger took it for."""
    articles = rules.words("name_articles")
    if not articles or _capitalised_forms(rules, "name_articles").isdisjoint(
        map(itemgetter(0), tokens)
    ):
        return chunks
    kinds = _typed_words(rules, "article_heads")
    out: list[Chunk] = []
    for chunk in chunks:
        i, j, _, long_form = chunk
        # The article may have been trimmed off as a particle (`Al Hidayah`).
        if i > 1 and _capital(tokens[i - 1]) and tokens[i - 1].text.lower() in articles:
            i -= 1
        if i > 0 and j - i > 1 and _capital(tokens[i]) and tokens[i].text.lower() in articles:
            k = i - 1
            # `Pondok Pesantren (Ponpes) Al-Hidayah`: the name from the article.
            bracketed = k > 1 and tokens[k].text == ")" and tokens[k - 2].text == "("
            head = tokens[k - 1 if bracketed else k]
            kind = kinds.get(head.text.lower())
            if kind is not None and not (out and out[-1][1] > k):
                if bracketed and out and out[-1][1] == k - 2:
                    out.pop()  # `Pondok Pesantren`: the kind written out, no name
                # A kind in lower case (`pondok pesantren Al-Hidayah`) is no
                # part of the name.
                start = k if _capital(head) and not bracketed else i
                out.append((start, j, kind, None))
                continue
        # `Pondok Pesantren Al Hidayah` found whole: typed by its kind.
        inner = next(
            (
                kinds[tokens[p - 1].text.lower()]
                for p in range(i + 1, j - 1)
                if tokens[p].text.lower() in articles
                and _capital(tokens[p])
                and tokens[p - 1].text.lower() in kinds
            ),
            None,
        )
        out.append(chunk if inner is None else (i, j, inner, long_form))
    return out


@cache
def _capitalised_forms(rules: LanguageRules, kind: str, *, upper: bool = False) -> frozenset[str]:
    """The words of ``kind`` as a name writes them (``Kecamatan``; ``RI``
    with ``upper``): a paragraph with none of them is passed over at once."""
    return frozenset(w.upper() if upper else w.capitalize() for w in rules.words(kind))


def _run_word(tok: Token) -> bool:
    """A capitalised word, opening its sentence or not."""
    return tok.text.isalnum() and is_capitalised(tok.text)


def states_after_names(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """The state's short name alone (``state_suffixes``: ``RI``) right after
    capitalised words that no chunk holds says whose they are: an
    institution's when they open with an institution's head (``Kedutaan
    Besar RI``, ``Pemerintah RI``: one organisation), a role's when a role
    is among them (``Menteri Pemuda dan Olahraga RI``: no name). Either
    way it is no place of its own; nor is an institution the tagger found
    whole with it (``Kedutaan Besar RI``)."""
    suffixes = rules.words("state_suffixes")
    if not suffixes or _capitalised_forms(rules, "state_suffixes", upper=True).isdisjoint(
        map(itemgetter(0), tokens)
    ):
        return chunks
    heads = _institution_heads(rules)
    taken = {k for c in chunks for k in range(c[0], c[1])}
    out: list[Chunk] = []
    for chunk in chunks:
        i, j = chunk[0], chunk[1]
        if (
            j - i > 1
            and tokens[j - 1].text.lower() in suffixes
            and tokens[i].text.lower() in heads
            and chunk[2] == "LOC"
        ):
            out.append((i, j, "ORG", chunk[3]))  # `Kedutaan Besar RI` found whole
            continue
        if (
            j - i != 1
            or i == 0
            or tokens[i].text.lower() not in suffixes
            or not _run_word(tokens[i - 1])
        ):
            out.append(chunk)
            continue
        # Back over the capitalised words, to the one opening the sentence.
        start = i - 1
        while (
            not tokens[start].first
            and start - 1 not in taken
            and start > 0
            and (
                _run_word(tokens[start - 1])
                or (tokens[start - 1].text == "dan" and start > 1 and _word(tokens[start - 2]))
            )
        ):
            start -= 1
        words = [tokens[k].text for k in range(start, i) if tokens[k].text != "dan"]
        if tokens[start].text == "dan":
            out.append(chunk)
        elif any(rules.is_role(w) for w in words):
            continue
        elif tokens[start].text.lower() in heads:
            out.append((start, j, "ORG", None))
        else:
            out.append(chunk)
    return out


def first_names_after_acronyms(
    tokens: Sequence[Token], chunks: list[Chunk], rules: LanguageRules
) -> list[Chunk]:
    """An institution's run that ends in an acronym and one more word, right
    before a person and after a role (``Wakil Ketua DPR Sarwi`` | ``Damar
    Ahmad``), ends at the acronym: the word is the person's first name, as
    the role says a person follows. Not a word of the language, a region's
    short name or a place the gazetteer knows (``DPRD Jatim``, ``DPR RI``)
    that is nobody's given name."""
    regions = rules.words("region_short")
    if not regions:
        return chunks
    places, given = gazetteer("places"), gazetteer("given_names")
    out: list[Chunk] = []
    moved = None  # the person's chunk, opened back over its first name
    for n, chunk in enumerate(chunks):
        if moved is not None:
            chunk, moved = moved, None
        i, j, typ, long_form = chunk
        if (
            typ == "ORG"
            and j - i > 1
            and i > 0
            and n + 1 < len(chunks)
            and chunks[n + 1][0] == j
            and chunks[n + 1][2] == "PER"
            and rules.is_role(tokens[i - 1].text)
            and tokens[j - 2].text.isupper()
            and tokens[j - 2].text.isalpha()
            and _word(tokens[j - 1])
            and not tokens[j - 1].text.isupper()
        ):
            low = tokens[j - 1].text.lower()
            if (
                low not in rules.common
                and low not in regions
                and (places.get(low) not in ("0", "1", "2") or low in given)
                and not rules.is_role(low)
            ):
                nxt = chunks[n + 1]
                out.append((i, j - 1, typ, long_form))
                moved = (j - 1, nxt[1], "PER", nxt[3])
                continue
        out.append(chunk)
    return out


_NEVER = re.compile(r"(?!)")


def _joiners(rules: LanguageRules) -> str:
    """The language's ``list_joiners`` as a regex alternation ('' if none)."""
    return "|".join(sorted(map(re.escape, rules.words("list_joiners"))))


@cache
def before_last_item(rules: LanguageRules) -> re.Pattern[str]:
    """What stands before a list's last item: a comma or not, then a word
    that joins it (``list_joiners``: ``, dan``, `` and``)."""
    words = _joiners(rules)
    return re.compile(rf",?[ \t]+(?:{words})[ \t]") if words else _NEVER


@cache
def list_gap(rules: LanguageRules) -> re.Pattern[str]:
    """What stands between two items of a list (``A, B dan C``, ``A, B,
    and C``, ``A or B``), matched whole."""
    words = _joiners(rules)
    if not words:
        return re.compile(", ")
    return re.compile(rf", (?:(?:{words}) )?| (?:{words}) ")

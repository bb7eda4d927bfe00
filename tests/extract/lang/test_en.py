"""English: quotations, cues and speakers, entities and roles (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.entities import find_entities
from reader.extract.quotes import find_quotes
from reader.extract.structure import parse_structure


def quotes_of(text: str, lang: str):
    return find_quotes(text, parse_structure(text).paragraphs, lang, [])


def _quotes_with_entities(text: str, lang: str):
    paragraphs = parse_structure(text).paragraphs
    return find_quotes(text, paragraphs, lang, find_entities(text, paragraphs, lang))


def test_english_styles_and_cues() -> None:
    text = (
        "Headline\n\n"
        "“We will not back down,” said Maria Lopez, the union leader.\n\n"
        'Mayor Tom Hardy disagreed. "It is a costly strike for everyone," he said.\n\n'
        "John Smith told reporters: ‘Nobody wins when the port is closed.’\n\n"
        'According to Ann Lee, "the deal is close."\n\n'
        "She watched “The Wire” last night."
    )
    quotes = quotes_of(text, "en")
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Maria Lopez", "said"),
        ("Tom Hardy", "said"),
        ("John Smith", "told"),
        ("Ann Lee", "According to"),
    ]
    assert quotes[0].text == "We will not back down,"


def test_english_pronoun_takes_the_last_subject() -> None:
    text = (
        'Title\n\nPeter Brown spoke after the vote.\n\n"This is a good day for the city," he said.'
    )
    (quote,) = quotes_of(text, "en")
    assert quote.speaker == "Peter Brown"


def test_english_appositive_before_the_cue_names_the_speaker() -> None:
    text = (
        "Headline\n\n"
        '"Vote for the bridge!" Smith\'s cousin, state Sen. Laura Finch (D-Fairfax), '
        "shouted to the crowd.\n\n"
        '"Vote early!" his aide, Paula "Pip" Grant, yelled.'
    )
    assert [q.speaker for q in quotes_of(text, "en")] == ["Laura Finch", "Paula Grant"]


def test_english_pronoun_goes_to_a_person_named_as_object() -> None:
    text = (
        "Headline\n\n"
        '"The budget is balanced," Tom Baker said.\n\n'
        "The cuts alarmed many, with Helen Ward leading the protest.\n\n"
        '"Nobody asked the teachers," she said.'
    )
    speakers = [q.speaker for q in _quotes_with_entities(text, "en")]
    assert speakers == ["Tom Baker", "Helen Ward"]


def test_english_documents_are_not_people() -> None:
    text = (
        "Headline\n\n"
        "Mayor John Park released a statement on Monday.\n\n"
        '"We will appeal the ruling," the statement said.\n\n'
        'The letter, signed by Ann Cole, reads: "The board must resign."'
    )
    speakers = [q.speaker for q in _quotes_with_entities(text, "en")]
    assert speakers == ["the statement", "The letter"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A full stop ends the quotation's sentence; the next one reports
        # something else, so the cue before the quotation decides.
        (
            'Analysts at Harbour Capital said: "Prices will fall this spring." Tom Reed, '
            "head of Reed Stores, said last year his prices were too high.",
            ["Harbour Capital"],
        ),
        (
            '"We will appeal," said union leader Dana Cruz. "The plant must stay open." '
            "Reuters also said that the talks had failed.",
            ["Dana Cruz", "Dana Cruz"],
        ),
        # An adverb after the name is not part of it.
        (
            'Nina Vale runs the lab.\n\n"We will finish by June," Ms Vale recently told reporters.',
            ["Nina Vale"],
        ),
        # A description, then the name the cue follows; `of` introduces the topic.
        ('"It is a bold plan," research firm Gartley said of Nordbrew.', ["Gartley"]),
        ('"Sales rose in March," said M&S.', ["M&S"]),
        ('"It works well," said Ben Cole from Envisional.', ["Ben Cole"]),
        # A surname alone is the person it ends, not the company it begins.
        (
            "Harlow Bank Group posted record profits on Monday.\n\nKen Harlow, its founder, "
            'spoke in Leeds.\n\n"We are proud," Mr Harlow said.',
            ["Ken Harlow"],
        ),
        # A name inside a relative clause is not the speaker.
        (
            "However, Mr Pike, who plans to launch Skyfone next month, vowed to fight back, "
            'saying: "We will win this case."',
            ["Pike"],
        ),
        # Where the speakers are is no description of a name.
        ('"We saw it all," residents in Gaza said.', [None]),
        # A long attribution of where it was said is still one.
        (
            '"We will win." Tom Reed said in a statement issued by his office on Monday.',
            ["Tom Reed"],
        ),
        # A participle's speaker is the sentence's subject, not its last name.
        (
            "In a speech earlier in the day, Tom Reed attacked the plan for Leeds and York, "
            'saying, "It will fail."',
            ["Tom Reed"],
        ),
        # A subject named right after a quotation's closing mark.
        (
            '"We start in May," said Ann Lee. Tom Fry, who designed the app, says the goal '
            'is access. "Why wait any longer?"',
            ["Ann Lee", "Tom Fry"],
        ),
    ],
)
def test_english_attribution_around_full_stops_and_descriptions(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in _quotes_with_entities("Headline\n\n" + text, "en")] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Where the speaker works, between the name and the cue.
        (
            '"Sales will grow," Mara Quint from the Northern Retail Group, told Reuters.',
            ["Mara Quint"],
        ),
        # `the organisation said`: the organisation the story is about, not a
        # title written right before a person.
        (
            "Zentra Watch, which tracks prisons, called on Zembla President Anna Berg to act. "
            '"The sentence is harsh," the organisation said.',
            ["Zentra Watch"],
        ),
    ],
)
def test_english_speakers_described_by_their_organisation(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in _quotes_with_entities("Headline\n\n" + text, "en")] == speakers


def test_he_and_she_pass_over_people_of_the_other_gender() -> None:
    text = (
        "Headline\n\n"
        "Sen. Claire McCaskill questioned the doctor on Tuesday.\n\n"
        "Mr. Oz sat silent while the committee went on.\n\n"
        "“The scientific community is almost monolithic against you,” she said.\n\n"
        "“I do personally believe in the items,” he said."
    )
    paragraphs = parse_structure(text).paragraphs
    entities = find_entities(text, paragraphs, "en")
    speakers = [q.speaker for q in find_quotes(text, paragraphs, "en", entities)]
    assert speakers == ["Claire McCaskill", "Oz"]


def entities(text: str, lang: str = "en"):
    return find_entities(text, [(0, len(text))], lang)


def by_text(text: str, lang: str = "en"):
    return {m.text: m for m in entities(text, lang)}


def test_honorific_role_in_english():
    found = by_text("Mr Smith met Dr Jane Goodall in London on Tuesday.", "en")
    assert found["Smith"].role == "Mr"
    assert found["Jane Goodall"].role == "Dr"


def test_english_one_word_names_nobody_calls_a_person_are_organisations():
    from reader.extract.entities import _companies_alone
    from reader.extract.lang import rules_for
    from reader.extract.model import EntityMention

    text = (
        "Carlsberg suffered a fall in sales. Analysts expect Carlsberg to cut costs. "
        '"We had a good harvest," said Sukarman, 58, who heads a cooperative. '
        "Halvorsen answered with the story of Denton. He said the town was broke. "
        "Mr Ebbers denied it. Kate agreed. Jordan met Michael Jordan."
    )

    def mention(name, key=None, role=None, after=0):
        start = text.index(name, after)
        return EntityMention(name, "PER", start, start + len(name), key or name.lower(), role)

    found = _companies_alone(
        text,
        [
            mention("Carlsberg"),
            mention("Carlsberg", after=10),
            mention("Sukarman"),  # an age and a who-clause
            mention("Halvorsen"),  # the next sentence is about `He`
            mention("Ebbers", role="Mr"),
            mention("Kate"),  # a given name
            mention("Jordan", key="michael jordan"),  # his surname
        ],
        rules_for("en"),
    )
    assert [m.type for m in found] == ["ORG", "ORG", "PER", "PER", "PER", "PER", "PER"]
    # Indonesian news calls many people by one name: the rule is English only.
    assert by_text("Carlsberg menjual bir. Sukarman menanam kopi.", "id")["Sukarman"].type == "PER"
    assert (
        by_text("Danish brewer Carlsberg gained. Carlsberg sells beer.", "en")["Carlsberg"].type
        == "ORG"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the Lindqvist administration met in Boston. Anders Lindqvist said no.",
        "Unions fought the Kowalczyk presidency for a year. Ewa Kowalczyk left in May.",
    ],
)
def test_the_head_of_an_administration_is_a_person(text: str) -> None:
    name = "Lindqvist" if "Lindqvist" in text else "Kowalczyk"
    assert by_text(text)[name].type == "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Movements and bodies have administrations too.
        ("Aid groups said the Varnak administration had shut the schools.", "Varnak"),
        ("The Qorvash administration in Telmar said the border would reopen.", "Qorvash"),
        ("The Drelmit administration denied it. Drelmit fighters held the town.", "Drelmit"),
    ],
)
def test_an_administration_alone_makes_no_person(text: str, name: str) -> None:
    found = by_text(text, "en")
    assert name not in found or found[name].type != "PER"


def test_english_sentence_adverbs_are_not_names():
    assert "Nevertheless" not in by_text("Nevertheless it was enough to push rates up.", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Exports to the US and the UK rose, while the IMF warned of risks."),
        ("de", "Die Exporte in die USA und nach UK stiegen, warnte der IMF am Montag."),
    ],
)
def test_a_country_by_its_initials_is_a_place(lang, text):
    from reader.extract.entities import find_entities

    found = {m.text: m.type for m in find_entities(text, [(0, len(text))], lang)}
    assert found.get("UK") == "LOC" and (found.get("US") or found.get("USA")) == "LOC"
    assert found.get("IMF") != "LOC"  # an acronym that is no country keeps its type


def test_two_names_joined_by_and_are_two():
    from reader.extract.entities import _coordinated
    from reader.extract.lang import rules_for
    from reader.extract.tagger import tokenize

    rules = rules_for("en")
    text = "Vivendi and Electronic Arts"
    tokens = tokenize(text)
    parts = _coordinated(tokens, (0, len(tokens), "ORG", None), rules)
    assert [" ".join(t.text for t in tokens[i:j]) for i, j, *_ in parts] == [
        "Vivendi",
        "Electronic Arts",
    ]
    text = "Department of Trade and Industry"
    tokens = tokenize(text)
    assert _coordinated(tokens, (0, len(tokens), "ORG", None), rules) == [
        (0, len(tokens), "ORG", None)
    ]


def test_an_acronym_without_brackets_is_the_organisation_whose_initials_it_is() -> None:
    text = (
        "Carmaker cuts jobs\n\n"
        "Detroit - Halvorsen Motor Works said on Tuesday it would cut 5,000 jobs. HMW has"
        " struggled with falling sales.\n\n"
        "The Bank of Zembla raised interest rates on Thursday. BZ said inflation was too high."
        " The BOE left its rates unchanged.\n"
    )
    paragraphs = parse_structure(text).paragraphs
    keys = {m.text: m.key for m in find_entities(text, paragraphs, "en")}
    assert keys["HMW"] == keys["Halvorsen Motor Works"]
    assert keys["BZ"] == keys["Bank of Zembla"]
    # Initials no organisation of the article has stay a name of their own.
    assert keys.get("BOE", "boe") == "boe"


# Things in capitals that are no names (issue 16; reader/extract/not_names.py).


def _names(text: str, lang: str = "en") -> dict[str, str]:
    from reader.extract.pipeline import understand

    paragraphs = parse_structure("Headline\n\n" + text).paragraphs
    entities, _ = understand("Headline\n\n" + text, paragraphs, lang, None)
    return {m.text: m.type for m in entities}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ravel Systems showed its tablet at the Mobile Devices Expo in Denver.",
            "Mobile Devices Expo",
        ),
        ("Hurricane Delphine hit the coast, and Delphine left 40 dead.", "Hurricane Delphine"),
        ("Nordvik Games won the Harbour Cup on Sunday.", "Harbour Cup"),
    ],
)
def test_an_event_is_no_organisation_person_or_place(text, event):
    found = _names(text)
    assert found.get(event, "MISC") == "MISC"
    assert all(t == "MISC" for n, t in found.items() if n in event)


def test_an_organisation_that_is_no_event_keeps_its_type():
    found = _names("Nordvik Games said sales rose at Ravel Systems.")
    assert found["Nordvik Games"] == "ORG"


def test_an_acronym_or_name_counted_in_the_plural_is_a_kind_of_thing():
    text = "Shops sold 300 ZPDs last week. The ZPD costs $99, and Ravel Systems sells Vexboxes, a Vexbox each."
    found = _names(text)
    assert not {"ZPDs", "ZPD", "Vexboxes", "Vexbox"} & set(found)
    assert "Ravel Systems" in found


def test_a_make_and_a_model_is_a_product():
    found = _names("Sales of the Tarrow K7 rose, said Anna Berg of Ravel Systems.")
    assert "Tarrow K7" not in found
    assert found["Anna Berg"] == "PER"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("North American sales rose, said Ravel Systems.", "North American"),
        ("Many Canadians bought the phone.", "Canadians"),
        ("The site now accepts addresses in Cyrillic.", "Cyrillic"),
    ],
)
def test_nationalities_and_languages_are_misc(text, word):
    assert _names(text).get(word, "MISC") == "MISC"


def test_a_title_alone_is_no_name():
    assert _names("The Prime Minister spoke on Tuesday.") == {}


@pytest.mark.parametrize("word", ["Sadly", "Pairing", "Insured"])
def test_a_word_that_only_opens_a_sentence_by_its_ending_is_no_name(word):
    assert word not in _names(f"{word} the deal failed. Ravel Systems fell.")


@pytest.mark.parametrize("word", ["Beijing", "Kelly"])
def test_a_place_or_given_name_with_such_an_ending_stays(word):
    assert word in _names(f"{word} won again on Saturday.")


@pytest.mark.parametrize("word", ["Ugandan", "Sri Lankan", "Bolivians"])
def test_a_countrys_name_and_n_is_a_nationality(word):
    assert _names(f"The {word} officials met Anna Berg in Lisbon.").get(word, "MISC") == "MISC"


def test_an_unknown_one_word_place_never_put_on_the_map_is_a_company():
    assert _names("Analysts said Kelbrook lost 5%. Kelbrook shares fell.")["Kelbrook"] == "ORG"
    text = "Anna Berg moved to Kelbrook last year. Kelbrook is quiet."
    assert _names(text)["Kelbrook"] == "LOC"


# Products by the kind of thing written beside them (not_names._products).


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Brandt Electronics said the new Zentra 2 console will ship in May.", "Zentra"),
        ("Sales of its Calmo hybrid rose, Ravel Motors said.", "Calmo"),
        ("Ravel Pharma lost sales of the anti-depressants Calmex and Sorvin.", "Sorvin"),
        ("The next version, codenamed Tarrow, was shown by Brandt Electronics.", "Tarrow"),
        # A list of products or brands (`like`, `such as`, `including`).
        ("Brandt Foods will cut ads for products like Zentra biscuits.", "Zentra"),
        ("Ravel Drinks sells brands such as Calmo and Sorvin.", "Sorvin"),
        # Its number after it, and the name is done (`the Zentra 2, codenamed …`).
        ("Brandt Electronics will show the Zentra 2, codenamed Vex, in May.", "Zentra"),
        ("Brandt Electronics hopes the Zentra 3 will sell.", "Zentra"),
    ],
)
def test_a_name_written_with_its_kind_of_product_is_no_name(text, product):
    found = _names(text)
    assert product not in found
    assert any(n.startswith(("Brandt", "Ravel")) for n in found)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # A market index, with or without its number, is its provider's product.
        ("Ravel Bank said the Korvex 250 index closed 12 points higher.", "Korvex"),
        ("Ravel Bank said only the Brandmoor index held on to its gains.", "Brandmoor"),
        # A series of games, films or devices.
        ("Ravel Bank said the Tarrowby series sold well.", "Tarrowby"),
    ],
)
def test_an_index_or_a_series_is_no_name(text, product):
    found = _names(text)
    assert product not in found
    assert found["Ravel Bank"] == "ORG"


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Ravel Games said the next generation Zentra will ship in May.", "Zentra"),
        ("Ravel Games backs formats such as Vexo and Tello.", "Tello"),
        ("Ravel Games said free programs such as Vexo and Tello were popular.", "Tello"),
    ],
)
def test_a_generation_or_formats_before_a_name_make_it_a_product(text, product):
    found = _names(text)
    assert product not in found
    assert found["Ravel Games"] == "ORG"


def test_an_exchange_whose_acronym_names_an_index_stays():
    text = "The Norvia Stock Exchange (NSE) opened early. The NSE index closed higher."
    assert _names(text)["Norvia Stock Exchange"] == "ORG"


def test_a_firm_that_runs_an_index_stays_where_written_as_a_company():
    found = _names("Korvex said its Korvex 250 index would add two firms. Shares in Korvex rose.")
    assert found["Korvex"] == "ORG"
    # An ordinary sentence with no index or series keeps its names.
    found = _names("Shares in Halden Group rose 4% in Ravelston on Monday.")
    assert found["Halden Group"] == "ORG"


def test_a_maker_written_as_a_company_stays():
    found = _names("A Vexler handset costs $99. Vexler said it sold 2 million of them.")
    assert found["Vexler"] == "ORG"
    # Written only as the kind's maker, with no company shape, it is dropped.
    assert "Vexler" not in _names("The Vexler handset costs $99.")


def test_a_numbered_or_listed_company_stays():
    found = _names("Vexler said its rivals, such as Ravel Systems, grew. Ravel Systems said no.")
    assert found["Ravel Systems"] == "ORG"
    assert _names("The UN said Channel 4 will air it. Channel 4 said so.").get("Channel") is None


def test_a_makers_kind_written_in_capitals_is_no_part_of_its_name():
    found = _names("Vexler said buyers of Vexler Smartphones can use the service.")
    assert "Vexler Smartphones" not in found
    assert found["Vexler"] == "ORG"
    # Never written alone, the words are one name.
    found = _names("Brandt Micro Devices cut prices, the firm said.")
    assert "Brandt Micro Devices" in found


# Where a name ends (reader/extract/name_spans.py).


def test_a_place_opening_an_organisation_is_part_of_its_name():
    found = _names("Oil fell on the Zembla Mercantile Exchange (Zymex), traders said.")
    assert found.get("Zembla Mercantile Exchange") == "ORG"
    assert "Zembla" not in found


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Zembla Mercantile Exchange", True),
        ("Zembla Bank Sentosa", False),  # `Bank` opens a name of its own
        ("Zembla ZRC", False),  # an acronym
    ],
)
def test_a_place_opens_an_organisation_with_no_head_of_its_own(text, joined):
    from reader.extract.lang import rules_for
    from reader.extract.name_spans import places_opening_organisations
    from reader.extract.tagger import tokenize

    tokens = tokenize(text)
    chunks = [(0, 1, "LOC", None), (1, len(tokens), "ORG", None)]
    out = places_opening_organisations(tokens, chunks, rules_for("en"))
    assert (out == [(0, len(tokens), "ORG", None)]) is joined


def test_an_honorific_inside_a_run_starts_a_person():
    found = _names("In his speech at VDC Mr Hallard, who heads the unit, spoke of games.")
    assert found.get("Hallard") == "PER"
    assert not any("Mr" in n for n in found)
    # An honorific that opens the run is the person's title, as before.
    assert _names("Mr Hallard said it was late.") == {"Hallard": "PER"}


def test_a_law_or_treaty_is_no_organisation():
    found = _names("The Zembla Protocol came into force, said Anna Berg of Ravel Systems.")
    assert found.get("Zembla Protocol", "MISC") == "MISC"
    assert found["Ravel Systems"] == "ORG"


# Companies told by what the article writes about them (company_cues.py).


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Halvor Brandt's shares fell 5% after Halvor Brandt posted a loss.", "Halvor Brandt"),
        (
            "Costs hit Torvald Kessler. Torvald Kessler's chief executive Anna Berg quit.",
            "Torvald Kessler",
        ),
        (
            "The banks Ravel Systems, Orvik Lund and Tarrow Brandt were fined.",
            "Tarrow Brandt",
        ),
    ],
)
def test_a_name_with_shares_results_or_a_list_of_firms_is_a_company(text, company):
    found = _names(text)
    assert found.get(company) == "ORG"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Flights were cut, a Vesto Kral spokeswoman confirmed.", "Vesto Kral"),
        ("Investors sold shares in Vesto Kral on Monday.", "Vesto Kral"),
        (
            "Vesto Kral, the world's second biggest reinsurance company, said costs rose.",
            "Vesto Kral",
        ),
        ("Costs rose at Vesto Kral, a Danish bank.", "Vesto Kral"),
    ],
)
def test_a_name_with_spokespeople_shareholders_or_a_company_description_is_a_company(text, company):
    assert _names(text).get(company) == "ORG"


def test_a_list_that_holds_an_organisation_is_a_list_of_organisations():
    found = _names("The format won backing from Paramount, Vesto Kral and Ravel Pictures.")
    assert found.get("Paramount") == "ORG"
    assert found.get("Vesto Kral") == "ORG"


def test_a_country_or_a_person_in_full_in_a_list_with_an_organisation_stays():
    found = _names("Talks joined Britain, France, Jane Kessler and the Zembla Trade Union.")
    assert found.get("Britain") == "LOC"
    assert found.get("France") == "LOC"
    assert found.get("Jane Kessler") == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "A Jane Kessler spokeswoman said she would not comment.",
        "He invested in Jane Kessler's idea.",
        "Jane Kessler, the company's chief executive, said costs rose.",
        "Jane Kessler, a former bank executive, said costs rose.",
    ],
)
def test_a_person_with_staff_or_a_description_stays_a_person(text):
    assert _names(text).get("Jane Kessler") == "PER"


def test_a_person_named_in_full_after_a_word_for_firms_stays_a_person():
    found = _names("His rival John Kessler won, and Mr Kessler's staff cheered.")
    assert found.get("John Kessler") == "PER"
    # A country before a company's name is no company (`India's ONGC`).
    found = _names("Energy giant Ravel Systems and India's ZGC signed a deal.")
    assert found.get("India") == "LOC"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Exports from Britain rose, said Ravel Systems.", "Britain"),
        ("Ravel Systems drills in the Zembla Sea and the Middle East.", "Zembla Sea"),
        ("Ravel Systems drills in the Zembla Sea and the Middle East.", "Middle East"),
    ],
)
def test_a_region_or_sea_the_gazetteer_lacks_is_a_place(text, place):
    assert _names(text).get(place) == "LOC"


def test_a_company_ending_in_a_word_of_places_is_kept_by_its_company_word():
    assert _names("Zembla Bay Holdings said profits rose.").get("Zembla Bay Holdings") == "ORG"


@pytest.mark.parametrize(
    "name", ["New York Stock Exchange", "Harbour Laboratories", "New York Tourist Board"]
)
def test_an_exchange_a_laboratory_or_a_board_is_an_organisation(name):
    assert _names(f"Shares rose on the {name} in the morning.").get(name) == "ORG"


@pytest.mark.parametrize("word", ["Unlike", "Nineteen", "Despite"])
def test_a_preposition_or_number_opening_a_sentence_is_no_name(word):
    found = _names(f"{word} the banks, Ravel Systems grew fast.")
    assert word not in found
    assert found["Ravel Systems"] == "ORG"


def test_acronyms_in_the_plural_are_kinds_of_thing():
    found = _names("Players want the HD ZVDs that Ravel Systems will sell.")
    assert not any("ZVD" in n for n in found)
    assert "Ravel Systems" in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Many Britons shop online, Ravel Systems said.", "Britons"),
        ("The airline filed for Chapter 11, Ravel Systems said.", "Chapter"),
        ("Ravel Systems sells the game Zorvath Quest and the film Tarrow Nights.", "Zorvath Quest"),
        ("Ravel Systems sells the game Zorvath Quest and the film Tarrow Nights.", "Tarrow Nights"),
    ],
)
def test_nationals_terms_and_works_are_no_names(text, word):
    found = _names(text)
    assert found.get(word, "MISC") == "MISC"
    assert found["Ravel Systems"] == "ORG"


def test_a_product_the_sentence_is_about_is_still_a_product():
    found = _names("Ravel Systems showed the Zentra 2 console. The Zentra has sold well.")
    assert "Zentra" not in found


def test_a_name_after_a_role_is_a_person_even_with_a_plural_surname() -> None:
    # `Gates`, `Doors` are common plural nouns, which the tagger reads as an
    # organisation's; right after `chief` and a given name, it is a person.
    text = (
        "Phones\n\n"
        "Orbisoft chief Ann Gates said the phones were ready.\n\n"
        "Delcom chief Bill Doors said the same."
    )
    found = find_entities(text, parse_structure(text).paragraphs, "en")
    types = {m.text: m.type for m in found}
    assert types["Ann Gates"] == "PER"
    assert types["Bill Doors"] == "PER"


# Held-out precision (issue 16): classes of false names unseen text yields.


@pytest.mark.parametrize("unit", ["Mbps", "9Mbps", "400Kbps", "GHz", "MW"])
def test_a_unit_of_measure_is_no_name(unit):
    found = _names(f"The Kelvar network reached 12 {unit} and 3{unit}, Ravel Systems said.")
    assert not any(unit.lstrip("0123456789") in n for n in found)
    assert found["Ravel Systems"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Italian Parma dealers met in Lisbon.", "Parma"),
        ("Ravel Systems bought Turkish TAV last year.", "TAV"),
        ("New Yorker William Trowbridge was fined.", "William Trowbridge"),
        ("The judge sentenced Frenchman Luc Martin on Friday.", "Luc Martin"),
        ("The Japanese Finance Ministry said the yen fell.", "Finance Ministry"),
    ],
)
def test_a_nationality_word_before_a_name_is_no_part_of_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("firm", ["British Airways", "American Express"])
def test_a_firm_named_by_its_nationality_keeps_it(firm):
    assert firm in _names(f"Shares in {firm} rose on Monday, said Anna Berg.")


def test_a_reinsurer_is_an_organisation():
    assert _names("Losses at Bergen Re and Ravel Systems rose.")["Bergen Re"] == "ORG"


@pytest.mark.parametrize("word", ["Obligatory", "Notable", "Regardless", "Investment"])
def test_an_adjective_or_noun_by_its_ending_opening_a_sentence_is_no_name(word):
    assert word not in _names(f"{word} checks came from Ravel Systems on Monday.")


def test_a_program_written_with_its_kind_is_no_name():
    found = _names("The Zarkon virus and the Bleeper worm spread fast, Safeline said.")
    assert not {"Zarkon", "Bleeper"} & set(found)
    assert found["Safeline"] == "ORG"


def test_a_common_given_name_and_one_more_word_is_a_person():
    found = _names('"Sales will grow," said Gabrielle Marsh, an analyst at Norvex.')
    assert found["Gabrielle Marsh"] == "PER"


@pytest.mark.parametrize("firm", ["Tarva Pharmaceuticals", "Kessel Brewery", "Orlan Pictures"])
def test_a_name_ending_in_an_industry_is_an_organisation(firm):
    assert _names(f"Sales at {firm} fell, Anna Berg said.")[firm] == "ORG"


def test_a_role_ending_the_sentence_before_is_no_role_of_the_next_name():
    found = by_text("He is an analyst. Sandoz will grow. Sen. Laura Finch spoke.")
    assert found["Sandoz"].role is None
    assert found["Laura Finch"].role == "Sen."


@pytest.mark.parametrize("word", ["Under", "During", "Amid"])
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(word):
    assert "Kessel Systems" in _names(f"{word} Kessel Systems, sales rose in Lisbon.")


def test_a_repeated_quotation_keeps_the_speaker_it_was_first_credited_to():
    text = (
        "Headline\n\n"
        '"We will keep the plant open for another decade," said Mark Lopez.\n\n'
        "Union leader Tom Hardy met workers on Monday. Hardy was cautious.\n\n"
        '"We will keep the plant open for another decade," he said.\n'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Mark Lopez"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "said Culture Secretary Tessa Marsh after the meeting.",
        "The Industry Secretary met Tessa Marsh on Monday.",
    ],
)
def test_a_role_with_what_it_is_over_is_no_name(text):
    found = by_text(text)
    assert not any("Secretary" in n for n in found)
    assert found["Tessa Marsh"].type == "PER"


@pytest.mark.parametrize("name", ["Mervyn Kingsley", "John Major", "Stephen King"])
def test_a_surname_that_is_a_role_word_stays_a_name(name):
    assert name in by_text(f"Shares fell on Monday, said {name}.")


@pytest.mark.parametrize(
    ("text", "org", "person", "role"),
    [
        (
            "Bank of Norvia Governor Mervyn Kingsley spoke on Monday.",
            "Bank of Norvia",
            "Mervyn Kingsley",
            "Governor",
        ),
        (
            "Ravel Systems Chief Executive Anna Berg said so.",
            "Ravel Systems",
            "Anna Berg",
            "Chief Executive",
        ),
    ],
)
def test_an_organisation_its_role_and_a_person_are_two_names(text, org, person, role):
    found = by_text(text)
    assert found[org].type == "ORG"
    assert (found[person].type, found[person].role) == ("PER", role)


@pytest.mark.parametrize(
    "text",
    [
        "Eastern European cities grew, Ravel Systems said.",
        "Latin American banks and African-American groups met Ravel Systems.",
    ],
)
def test_a_regional_or_hyphenated_nationality_is_no_name(text):
    assert set(_names(text)) - {"Ravel Systems"} <= {
        n for n, t in _names(text).items() if t == "MISC"
    }


def test_a_union_of_nationals_keeps_its_nationality():
    assert "European Union" in _names("European Union finance ministers met in Lisbon.")


def test_a_name_that_only_fills_quotation_marks_is_a_title():
    found = _names('The e-mail\'s subject line says "Happy Holidays", Ravel Systems said.')
    assert "Happy Holidays" not in found
    assert found["Ravel Systems"] == "ORG"


def test_a_name_quoted_once_and_written_freely_stays():
    found = _names('Staff call it "Ravel Systems". Ravel Systems denied it.')
    assert found["Ravel Systems"] == "ORG"


def test_an_organisation_said_is_not_a_country_before_its_presidents_name():
    text = (
        "Headline\n\nNorvex Watch, which tracks prisons, called on Chile President Anna Berg "
        'to act. "The sentence is harsh," the organisation said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Norvex Watch"]


@pytest.mark.parametrize("word", ["Attorneys"])
def test_a_common_noun_in_the_plural_opening_a_sentence_is_no_name(word):
    found = by_text(f"{word} began early, said Anna Berg of Ravel Systems.")
    assert word not in found
    assert found["Anna Berg"].type == "PER"


def test_a_nationality_and_a_role_are_no_name():
    found = by_text("Argentine President Nestor Kirchner met Ravel Systems staff.")
    assert not any("President" in n for n in found)
    assert found["Nestor Kirchner"].type == "PER"


def test_a_unit_in_brackets_after_its_name_is_no_name():
    found = by_text("The plant makes 440,700 megawatts (MW) for Ravel Systems.")
    assert "MW" not in found


def test_a_country_alone_is_no_short_form_of_a_longer_name():
    found = by_text("In 2004, China grew fast, said the magazine China Review.")
    assert found["China"].type == "LOC"
    assert found["China"].key == "china"


def test_a_word_the_article_also_writes_in_lowercase_only_opens_its_sentence():
    found = by_text("Tenants met Anna Berg on Monday. Two tenants of Ravel Systems came.")
    assert "Tenants" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Varn river flooded, Ravel Systems said.", "Varn"),
        ("Work on the Tolsk dam goes on, Ravel Systems said.", "Tolsk"),
        ("Anna Berg, a Norvia-based analyst, said so.", "Norvia"),
    ],
)
def test_a_name_before_a_kind_of_place_is_the_place(text, place):
    assert _names(text)[place] == "LOC"


@pytest.mark.parametrize("text", ["The Norvex Dam is the biggest.", "Bryce Canyon is busy."])
def test_a_dam_or_canyon_is_a_place(text):
    assert "LOC" in _names(text).values()


@pytest.mark.parametrize(
    "name",
    [
        "Institute for the Study of Labour",
        "Centre for Economic Research",
        "Office for Norvian Statistics",
    ],
)
def test_an_institution_named_by_what_it_is_for_is_one_organisation(name):
    found = by_text(f"According to the {name}, sales rose at Ravel Systems.")
    assert found[name].type == "ORG"


@pytest.mark.parametrize("role", ["Minister of Finance", "Secretary of State"])
def test_a_role_and_what_it_is_of_is_no_name(role):
    found = by_text(f"He met the {role} in Lisbon, Ravel Systems said.")
    assert not any("Minister" in n or "Secretary" in n for n in found)


def test_a_role_of_something_before_a_person_leaves_the_person():
    found = by_text("He met Norvian Secretary of State Colin Marsh in Lisbon.")
    assert found["Colin Marsh"].type == "PER"
    assert not any("Secretary" in n for n in found)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("For President Quiroga, this is a hard choice.", "Quiroga", "President"),
        ("Baroness Whitfield disagreed with the report.", "Whitfield", "Baroness"),
        ("The bid was blocked by Treasurer Alan Pryce on Friday.", "Alan Pryce", "Treasurer"),
        ("Ambassador Rolf Henning said the talks were over.", "Rolf Henning", "Ambassador"),
    ],
)
def test_a_title_only_people_bear_makes_the_run_after_it_a_person(text, person, role):
    found = by_text(text)
    assert found[person].type == "PER"
    assert found[person].role == role
    assert not any(role in n for n in found)


@pytest.mark.parametrize("name", ["General Motors", "Premier League", "Prime Minister's Office"])
def test_a_title_opening_an_organisations_name_stays_in_it(name):
    found = by_text(f"Sales at the {name} rose, Ravel Systems said.")
    assert not any(n in name.split() for n in found)


@pytest.mark.parametrize("word", ["Somehow", "Rhetoric", "Congratulations", "Greed"])
def test_a_word_of_the_language_that_only_opens_a_sentence_is_no_name_by_the_longer_list(word):
    # lang/en/lowercase_words.txt, beyond the words common.txt holds.
    found = by_text(f"Sales at Ravel Systems fell. {word} matters here, Anna Berg said.")
    assert word not in found
    assert "Anna Berg" in found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            '"Growth will slow," Tom Reeve, chief economist for the region at Dorval Lemaire,'
            ' told Reuters. "It is a human tragedy first," he said.',
            "Dorval Lemaire",
        ),
        ("Prices will rise, said Ann Pryor, an analyst at Kessington Hale.", "Kessington Hale"),
    ],
)
def test_where_someone_holds_a_job_is_an_organisation(text, company):
    found = by_text(text)
    assert found[company].type == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Committee to Protect Bloggers",
        "Campaign to End Loneliness",
        "Norvian Internet and American Life Project",
        "Coastal Hazards Research and Applications Information Center",
    ],
)
def test_an_institution_named_with_to_or_and_before_its_head_is_one_name(name):
    found = by_text(f"A study by the {name} found it, Ravel Systems said.")
    assert found[name].type == "ORG"


def test_an_institution_sent_to_a_place_is_not_named_for_it():
    found = by_text("The minister sent the Agency to Brussels on Friday.")
    assert "Brussels" in found
    assert not any("to Brussels" in n for n in found)


def test_a_day_of_the_week_after_on_opens_no_name():
    found = by_text(
        "On Tuesday Zentra Motors said it would cut jobs. Last Friday Halcyon Bank fell."
    )
    assert {"Zentra Motors", "Halcyon Bank"} <= set(found)
    assert not any(day in n for n in found for day in ("Tuesday", "Friday"))


def test_a_nationality_in_the_plural_is_no_part_of_the_name_after_it():
    found = by_text("The leaders of the group were Americans Josh Carver and Ellen Pike.")
    assert "Josh Carver" in found
    assert not any("Americans" in n for n in found)


@pytest.mark.parametrize("kind", ["films", "games", "novels"])
def test_works_listed_after_their_kind_in_the_plural_are_no_names(kind):
    found = _names(f"He likes {kind} such as Dark Harbour and Silent Orchard, Ravel Systems said.")
    assert "Dark Harbour" not in found
    assert "Silent Orchard" not in found


@pytest.mark.parametrize("word", ["Sudanese", "Malagasy", "Kazakh"])
def test_more_nationality_words_are_no_names(word):
    found = _names(f"The {word} officials met traders from Ravel Systems in the capital.")
    assert word not in found


@pytest.mark.parametrize("place", ["Indian Ocean", "Czech Republic"])
def test_a_nationality_opening_a_places_own_name_stays_in_it(place):
    found = by_text(f"Ships crossed the {place} last year, Ravel Systems said.")
    assert place in found


def test_a_county_by_its_ending_is_a_place():
    found = _names(
        "Pits in South Yorkshire, Derbyshire and Nottinghamshire will close, Ravel Coal said."
        " Leicestershire was spared."
    )
    for county in ("South Yorkshire", "Derbyshire", "Nottinghamshire", "Leicestershire"):
        assert found[county] == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "It sold two million copies of Zentra Quest in a week, Ravel Systems said.",
        "Ravel Systems said a new version of Halcyon Office would follow in May.",
    ],
)
def test_what_is_counted_or_made_of_a_product_says_it_is_one(text):
    found = _names(text)
    assert "Zentra Quest" not in found
    assert "Halcyon Office" not in found
    assert "Ravel Systems" in found


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Millions of gamers played Zentra Quest last year, Ravel Systems said.", "Zentra Quest"),
        ("Few users installed Halcyon Office at home, Ravel Systems said.", "Halcyon Office"),
    ],
)
def test_what_is_done_only_with_a_product_says_it_is_one(text, product):
    found = _names(text)
    assert product not in found
    assert "Ravel Systems" in found


@pytest.mark.parametrize(
    ("text", "term", "acronym"),
    [
        (
            "Ravel Systems uses Digital Rights Management (DRM) on its songs.",
            "Digital Rights Management",
            "DRM",
        ),
        (
            "Ravel Systems sells Internet Protocol TV (IPTV) and VoIP calls.",
            "Internet Protocol TV",
            "IPTV",
        ),
    ],
)
def test_technical_terms_and_their_acronyms_are_no_names(text, term, acronym):
    found = _names(text)
    assert term not in found
    assert acronym not in found
    assert "VoIP" not in found
    assert "Ravel Systems" in found


def test_a_person_whose_surname_ends_as_a_county_stays_a_person():
    found = _names(
        "Sport\n\nStriker Tom Cheshire scored twice, and Cheshire said he was happy."
        " Harry Wiltshire, a lawyer, agreed."
    )
    assert found["Tom Cheshire"] == found["Cheshire"] == found["Harry Wiltshire"] == "PER"


def test_english_speaker_opens_the_sentence_before_its_apposition() -> None:
    # The person the sentence opens with speaks, not the site or firm named
    # in the description between the commas.
    text = (
        "Headline\n\n"
        "The game sold well. Dana Whitcombe, editor of fan site Orbit.Forge.Net, said: "
        '"Everything about the sequel was right for us."\n'
    )
    quotes = _quotes_with_entities(text, "en")
    assert [q.speaker for q in quotes] == ["Dana Whitcombe"]


def test_english_role_before_the_apposed_name_is_no_speaker() -> None:
    # `Firm's CEO, Name, told`: the capitalised description ends in a role,
    # so the name in apposition is the speaker.
    text = (
        "Headline\n\n"
        '"The cards will be checked in every port we serve," Verilon-tech\'s CEO, '
        "Harriet Olsson, told the paper.\n"
    )
    quotes = _quotes_with_entities(text, "en")
    assert [q.speaker for q in quotes] == ["Harriet Olsson"]


def test_english_the_before_a_name_or_which_after_it_is_no_person() -> None:
    from reader.extract.pipeline import extract

    text = (
        "Headline\n\n"
        "Profits fell on Friday, the Weekend Courier reported. Marlow Voyages, which "
        "operates two ships, is hiring. Voters backed the Dana Whitcombe campaign. Dana "
        "Whitcombe spoke on Monday.\n"
    )
    types = {m.text: m.type for m in extract(text).entities}
    assert types["Weekend Courier"] == "ORG"
    assert types["Marlow Voyages"] == "ORG"
    # A person's name used before a noun (`the … campaign`) stays a person.
    assert types["Dana Whitcombe"] == "PER"


def test_english_kind_of_place_is_one_name() -> None:
    # `Gulf of <country>`, `Bank of <country>`: one name, not the country;
    # a kind inside a run of capitals (`Selmer Bank of Norway`) opens none.
    from reader.extract.pipeline import extract

    text = "Headline\n\nRigs in the Gulf of Mexico shut down. The Bank of Peru held rates.\n"
    names = {m.text: m.type for m in extract(text).entities}
    assert names.get("Gulf of Mexico") == "LOC"
    assert names.get("Bank of Peru") == "ORG"
    assert "Mexico" not in names and "Peru" not in names
    names = {m.text for m in extract("Headline\n\nSelmer Bank of Norway grew.\n").entities}
    assert "Bank of Norway" not in names


def test_english_products_listed_after_include_and_over_places() -> None:
    # `marques include A and B`, `browsers such as <a place's name>, C and D`:
    # every name of the list is a product, a place named like one aside.
    from reader.extract.pipeline import extract

    text = (
        "Headline\n\n"
        "The division, whose marques include Torvane and Kelbry, grew. People use "
        "browsers such as Lima, Quillon and Marvessa.\n"
    )
    names = {m.text for m in extract(text).entities}
    assert not names & {"Torvane", "Kelbry", "Quillon", "Marvessa"}


def test_english_product_that_has_or_is_stays_a_product() -> None:
    # `the Calmo browser` … `Calmo has been downloaded`: a product does what
    # a sentence says of it too; a company is one the article has speak.
    from reader.extract.pipeline import extract

    text = (
        "Headline\n\n"
        "More people use the Quillon browser. Quillon has been downloaded ten million "
        "times and Quillon is proving popular. Buyers need a Varbek handset, said Varbek.\n"
    )
    names = {m.text for m in extract(text).entities}
    assert "Quillon" not in names
    assert "Varbek" in names


def test_english_hyphenated_given_name_runs_into_the_surname() -> None:
    # `Role Jean-Luc Marrot`: the given name grown over its hyphen and the
    # tagger's next name are one person, not a fragment and nothing.
    from reader.extract.pipeline import extract

    text = (
        "Headline\n\n"
        "Growth slowed. ECB President Jean-Claude Vorbier has remained upbeat about "
        "prospects. Mr Vorbier said so.\n"
    )
    people = {m.text: m.key for m in extract(text).entities if m.type == "PER"}
    assert "Jean-Claude Vorbier" in people
    assert people.get("Vorbier") == people["Jean-Claude Vorbier"]


def test_english_partial_quotation_after_a_reporting_verb() -> None:
    # Words in marks that go on a sentence of report are quoted, with the
    # name before the verb as the speaker; a short term in marks is not.
    text = (
        "Headline\n\n"
        "The court fined the firm. Its lawyer Tomas Ferrante called the ruling "
        '"a gift to every crook in town" and said he would appeal. Critics call it '
        'a "wow factor" product.\n'
    )
    quotes = _quotes_with_entities(text, "en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a gift to every crook in town", "Tomas Ferrante")
    ]


def test_english_ampersand_joins_one_company() -> None:
    # `A & B`: one firm, whether its parts look like a person's names or a
    # nationality and a town; typed an organisation.
    from reader.extract.pipeline import extract

    text = (
        "Headline\n\n"
        "Brewers Halvorsen and Welsh & Pembroke have invested. Shares in Tolland & "
        "Brisco fell after Harker & Harker cut its outlook.\n"
    )
    names = {m.text: m.type for m in extract(text).entities}
    assert names.get("Welsh & Pembroke") == "ORG"
    assert names.get("Tolland & Brisco") == "ORG"
    assert names.get("Harker & Harker") == "ORG"
    assert "Pembroke" not in names and "Tolland" not in names


def test_english_programme_before_its_name_is_no_name() -> None:
    from reader.extract.pipeline import extract

    text = "Headline\n\nShe told the radio programme Tech Weekly she was pleased.\n"
    assert "Tech Weekly" not in {m.text for m in extract(text).entities}


def test_english_job_in_apposition_names_the_employer() -> None:
    # `Name, <any job> at X`: X is where the person works, an organisation,
    # whatever the job is called, even a word that is also a given name.
    from reader.extract.pipeline import extract

    text = 'Headline\n\n"Patch early," said Owen Tarrant, chief security architect at Marlena.\n'
    names = {m.text: m.type for m in extract(text).entities}
    assert names.get("Marlena") == "ORG"


def test_a_name_before_port_is_the_place():
    found = _names(
        "Shippers moved cargo through Tarabuk port in Lintang instead, traders said.\n", "en"
    )
    assert found["Tarabuk"] == "LOC"


def test_english_transcript_turns_run_on_each_with_its_label() -> None:
    """A transcript quoted turn by turn, each paragraph opened by a mark
    and none closed (`"HOLLIS: …⏎"MARVIN: …`): each turn is its label's,
    and a paragraph without one goes on with the last turn's speaker."""
    text = (
        "Interview\n\n"
        "Here is part of what the two men said on the radio:\n\n"
        '"HOLLIS: Will you go to the debate on Monday night?\n\n'
        '"MARVIN: No, I will stay home with my family that night.\n\n'
        '"But the truth is that the debate matters less than the vote.\n\n'
        '"HOLLIS: Thank you, sir, for your time today."'
    )
    speakers = [q.speaker for q in _quotes_with_entities(text, "en")]
    assert speakers == ["Hollis", "Marvin", "Marvin", "Hollis"]


def test_english_the_role_said_is_the_person_named_with_that_role() -> None:
    """`the mayor said` after `Mayor Ana Ruiz`: the person, as the gold names
    a speaker the article names; not a `Vice President` for `the president`."""
    text = (
        "Headline\n\n"
        "Mayor Ana Ruiz opened the bridge on Monday with Deputy Mayor Tom Hale.\n\n"
        "Vice Mayor Lena Ortiz was away.\n\n"
        '"Hopefully it will last a hundred years," the mayor said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Ana Ruiz"]


def test_english_speech_going_on_a_sentence_of_report_is_its_subjects() -> None:
    """A long quotation inside a sentence whose subject, set off by an age,
    a town and a relative clause, reports it: the subject's words."""
    text = (
        "Headline\n\n"
        "Chief Justice Paul Amberley spoke of the law on Friday.\n\n"
        "Dora Quill, 61, of Denton, Md., who watched from the lawn, said the day brought "
        'back memories of "all the people who were not here to see what they built."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Dora Quill"]


def test_english_a_name_in_the_possessive_is_not_the_speaker() -> None:
    """`Quade's family said`: the family speaks, not Quade."""
    text = (
        "Headline\n\n"
        "The council fined Mira Talbot Quade over the fence in March.\n\n"
        'Quade\'s family said the ruling left "too much of the story untold."\n\n'
        '"We ask for every letter to be made public," Quade\'s cousins said on Friday.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [
        "Quade's family",
        "Quade's cousins",
    ]


def test_a_note_in_capitals_inside_a_statement_is_no_transcript_turn() -> None:
    """A statement run on over paragraphs, one of which opens with a note
    in capitals and a colon (`"UPDATE: …`): still the speaker's words, as
    one label alone, and not the first paragraph's, makes no transcript."""
    text = (
        "Headline\n\n"
        '"We will hire two hundred people at the new bakery this spring.\n\n'
        '"UPDATE: the date of the opening has not been set yet," Ana Ruiz, the owner, said.'
    )
    speakers = [q.speaker for q in _quotes_with_entities(text, "en")]
    assert speakers == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    "line",
    [
        "SAN TEMO, Sept. 28 — The harbour reopened on Monday after the storm.",
        "PORT ALVA, Kordava (AP) — The harbour reopened on Monday after the storm.",
    ],
)
def test_a_dateline_in_capitals_is_one_place(line: str) -> None:
    found = _names(line + "\n\nThe ferry company said trips would resume soon.\n")
    assert found.get(line.split(",")[0]) == "LOC"


def test_a_name_in_capitals_before_an_age_is_no_dateline() -> None:
    """`DORA QUILL, 45, of Denton`: a person in capitals, as a police log
    writes her; a dateline's comma is followed by a date, a state or a
    country, not an age."""
    found = _names("DORA QUILL, 45, of Denton was arrested on Monday after the fight.\n")
    assert found.get("DORA QUILL") == "PER"


def test_a_body_named_after_a_person_after_a_role_of_stays_whole() -> None:
    """`the director of the Henry Grace Walker Foundation`: an organisation
    named after a person, which ends in an organisation's head word; no
    person named after the role."""
    found = _names(
        "Dora Quill, the director of the Henry Grace Walker Foundation, opened the "
        "new library on Monday.\n"
    )
    assert found.get("Henry Grace Walker Foundation") == "ORG"
    assert "Grace Walker Foundation" not in found


def test_a_sentence_after_a_name_ending_in_a_letter_is_not_its_family_name() -> None:
    """`Malcolm X. Critics praised…`: a name whose last word is one letter,
    then a full stop and a sentence: the word opening it is common, no
    family name."""
    found = _names(
        "The new film tells the life of Malcolm X. Critics praised its cast on Friday.\n"
    )
    assert "Malcolm X" in found
    assert not any("Critics" in name for name in found)


def test_a_one_letter_name_written_whole_elsewhere_takes_no_family_name() -> None:
    """`Malcolm X. Jenkins, its curator, said`: the article writes `Malcolm X`
    elsewhere followed by no full stop, so the letter ends the name and the
    next sentence's subject is another person."""
    found = _names(
        "The museum opened a show about Malcolm X. Jenkins, its curator, said the "
        "letters arrived in May.\n\nMalcolm X's speeches fill the second room.\n"
    )
    assert "Malcolm X. Jenkins" not in found
    assert found.get("Jenkins") == "PER"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Members of the Kentucky Democratic Caucus voted.", "Kentucky Democratic Caucus"),
        ("Staff from the Vermont School of Design joined the march.", "Vermont School of Design"),
        (
            "Doctors at the Busan Municipal Hanmaru Hospital were told.",
            "Busan Municipal Hanmaru Hospital",
        ),
        ("The Texas Republican Caucus said it disagreed.", "Texas Republican Caucus"),
        ("Officials at the State Department in Washington said so.", "State Department"),
        (
            "She worked for the Georgia State Department of Labor.",
            "Georgia State Department of Labor",
        ),
    ],
)
def test_a_body_head_after_a_place_makes_an_organisation(text: str, name: str) -> None:
    assert by_text(text)[name].type == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The report was written by Tom Church and sent on Monday.", "Tom Church"),
        ("Lena Marie Church said the vote would come soon.", "Lena Marie Church"),
        ("Paul Anton Hospital, a nurse, said the ward was full.", "Paul Anton Hospital"),
        ("Tom A. Church said the vote would come soon.", "Tom A. Church"),
        ("Nurse Nora Church said she would sing at the fair next week.", "Nurse Nora Church"),
    ],
)
def test_given_names_before_a_body_head_stay_a_person(text: str, name: str) -> None:
    # However many given names or initials stand before it, and a noun for
    # a person the tagger left in front of them (`Nurse`).
    assert by_text(text)[name].type == "PER"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The suit was filed by the Department of Justice on Monday.", "Department of Justice"),
        (
            "Parents joined the Halvern Institute for Public Policy and others.",
            "Halvern Institute for Public Policy",
        ),
        (
            "The Commission on Fair Elections chose Tom Brady, a presenter.",
            "Commission on Fair Elections",
        ),
    ],
)
def test_an_institution_name_is_whole(text: str, name: str) -> None:
    assert by_text(text)[name].type == "ORG"


def test_a_day_after_a_commission_is_not_its_name() -> None:
    found = by_text("The European Commission on Tuesday fined Orbix.")
    assert "European Commission" in found and "Tuesday" not in " ".join(found)


@pytest.mark.parametrize(
    "text, body, place",
    [
        (
            "The Ethics Committee on Dunmore Hill opened an inquiry.",
            "Ethics Committee",
            "Dunmore Hill",
        ),
        (
            "The Zoning Commission on Larch Street will close next week.",
            "Zoning Commission",
            "Larch Street",
        ),
    ],
)
def test_a_street_after_a_commission_is_where_it_sits(text: str, body: str, place: str) -> None:
    found = by_text(text)
    assert body in found and place in found
    assert not any(name.startswith(f"{body} on") for name in found)


def test_a_role_after_a_firm_stays_the_role_of_the_person_named_next() -> None:
    assert set(by_text("Ravel Systems Chief Executive Tom Holt said so.")) == {
        "Ravel Systems",
        "Tom Holt",
    }


def test_a_name_holding_three_capitals_is_a_firm() -> None:
    found = by_text("Shares in DKB Halvorsen rose, said Mark Hay, an economist with DKB Halvorsen.")
    assert (found["DKB Halvorsen"].type, found["Mark Hay"].type) == ("ORG", "PER")
    assert by_text("Henry Ford III spoke.")["Henry Ford III"].type == "PER"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Sir Tom Brandle CBE attended the gala in Leeds.", "Tom Brandle"),
        ("Dame Ann Roe OBE FRS opened the show at the hall.", "Ann Roe"),
    ],
)
def test_an_honour_after_a_name_is_no_part_of_it(text: str, person: str) -> None:
    # Three capitals, but an honour's, not a firm's: taken off the name.
    found = by_text(text)
    assert found[person].type == "PER"
    assert not any(name.startswith(f"{person} ") for name in found)


def test_a_computer_maker_is_a_firm() -> None:
    assert by_text("Rosa Computers said profits fell.")["Rosa Computers"].type == "ORG"


def test_a_cue_joined_by_and_is_the_subjects() -> None:
    text = (
        "Headline\n\n"
        "Donald Harlow, her Republican rival, toured the flooded streets of Dunmore and said "
        'that the damage was "a very, very big problem" for the town.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Donald Harlow"]


def test_a_cue_joined_by_and_after_a_common_subject_keeps_the_name() -> None:
    text = 'Headline\n\nPolice arrested Tom Baker and said he was "a danger to all of us" then.'
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Tom Baker"]


@pytest.mark.parametrize(
    "text",
    [
        'Headline\n\nOla Brenn later met Tarik Vasse, who smiled and said: "We will mend '
        'the old mill by the spring."',
        "Headline\n\nOla Brenn introduced Tarik Vasse, who stood up and said the plan was "
        '"a burden on every farmer here".',
    ],
)
def test_a_cue_joined_by_and_in_a_relative_clause_is_the_clauses(text: str) -> None:
    # The verbs of `, who smiled and said` are Vasse's, not the sentence subject's.
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Tarik Vasse"]


def test_a_relative_clause_closed_before_the_cue_leaves_the_subject() -> None:
    text = (
        "Headline\n\nOla Brenn, who chairs the panel, toured the Harrow mill and said "
        'that it was "a small miracle of thrift" for the valley.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Ola Brenn"]


@pytest.mark.parametrize(
    "text, person, role",
    [
        (
            "Assistant US Attorney Ann Roe told the court the loan was a fraud.",
            "Ann Roe",
            "Assistant US Attorney",
        ),
        (
            "Deputy Superintendent Ann Marsh, of the city police, spoke.",
            "Ann Marsh",
            "Deputy Superintendent",
        ),
        ("Commander Lee Hart led the patrol.", "Lee Hart", "Commander"),
    ],
)
def test_police_and_court_ranks_are_roles_not_names(text: str, person: str, role: str) -> None:
    found = by_text(text)
    assert found[person].role == role and not any(role in name for name in found)


def test_a_research_post_is_no_organisation() -> None:
    assert set(by_text("Ruth Hale, a Senior Fellow at the Brandt Institute, said so.")) == {
        "Ruth Hale",
        "Brandt Institute",
    }


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The vote was close," dock board Chairman Sen. Tomas Reyl (D-Ore.) said.', "Tomas Reyl"),
        ('"We were not asked," director of shipping research Paula Denny said.', "Paula Denny"),
        (
            '"Costs will fall on small firms," Ivo Marsh, head of policy at Coastline Bank'
            " - one of the port's lenders - said.",
            "Ivo Marsh",
        ),
    ],
)
def test_a_speaker_behind_a_function_or_a_dashed_aside_is_named(
    sentence: str, speaker: str
) -> None:
    text = f"Harbour tolls rise\n\nTolls at the port of Velmora rise next year.\n\n{sentence}"
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [speaker]


def test_residents_in_a_town_are_no_function() -> None:
    text = (
        "Harbour tolls rise\n\nTolls at the port of Velmora rise next year.\n\n"
        '"Nobody asked us," residents in Velmora said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] != ["Velmora"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"It is a fair deal," Ms. Okafor of the Velmora Traders Guild said.', "Okafor"),
        ('"It is a fair deal," Gov. Alan Teague of Oregon said.', "Alan Teague"),
    ],
)
def test_a_person_of_a_body_or_a_place_is_the_speaker(sentence: str, speaker: str) -> None:
    text = f"Harbour tolls rise\n\nTolls at the port of Velmora rise next year.\n\n{sentence}"
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [speaker]


def test_the_bank_of_a_place_stays_the_speaker() -> None:
    text = (
        "Rates held\n\nRates were held at 4% on Thursday.\n\n"
        '"Inflation is easing," the Bank of Zembla said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["the Bank of Zembla"]


@pytest.mark.parametrize(
    ("named", "described", "body"),
    [
        ("the Transport and Shipping Ministry", "the ministry", "Transport and Shipping Ministry"),
        ("the Supreme Court of Velmora", "the court", "Supreme Court of Velmora"),
        ("the Harbour Workers Union", "the union", "Harbour Workers Union"),
    ],
)
def test_a_body_described_by_its_head_noun_is_the_body(
    named: str, described: str, body: str
) -> None:
    text = (
        "Harbour tolls rise\n\n"
        f"Tolls at the port of Velmora will rise next year, {named} said on Monday.\n\n"
        "Traders were unhappy. Some said it came at the worst time for exporters.\n\n"
        f'"We expect the rise to be absorbed within a year," {described} said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [body]


def test_a_writing_is_not_a_body_named_like_it() -> None:
    text = (
        "Drug maker answers critics\n\n"
        "Velmora Pharma printed An Open Letter from its chief in three papers.\n\n"
        '"The claims are wrong and we will show why," the letter said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["the letter"]


def test_she_after_a_woman_set_off_by_commas_is_not_the_man_before() -> None:
    text = (
        "Leeds slip again\n\n"
        "Leeds lost 2-1 on Saturday.\n\n"
        '"That was never a penalty," manager Tom Brightwell said. He left the ground early.\n\n'
        "Nevertheless the club's owner, Rana Patel, stayed calm.\n\n"
        '"We have twelve games left," she said.'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [
        "Tom Brightwell",
        "Rana Patel",
    ]


def test_a_sentence_ending_in_a_colon_hands_the_quotation_to_its_subject() -> None:
    text = (
        "Senate passes farm bill\n\n"
        '"This bill keeps family farms in business," Senator Maria Delgado said.\n\n'
        'Her opponent, Senator Glen Harrow, disagreed: "This is a giveaway to the largest'
        ' growers."\n\n'
        "Seeking support for Maria Delgado among farmers, Governor Ben Oduya set out his"
        ' message: "Every county gains from this bill."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [
        "Maria Delgado",
        "Glen Harrow",
        "Ben Oduya",
    ]


@pytest.mark.parametrize("opener", ["Pedestrians", "Variables", "Unsubtle", "Disloyal"])
def test_a_common_word_in_the_plural_or_negated_opening_a_sentence_is_no_name(
    opener: str,
) -> None:
    text = (
        "Rovers hold on\n\nRovers drew 1-1 with Castleford on Sunday.\n\n"
        f"{opener} things were said about the match. Coach Dana Whitfield said the team would"
        " recover."
    )
    names = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert opener not in names
    assert "Dana Whitfield" in names


@pytest.mark.parametrize("opener", ["Unilever", "Dismore"])
def test_a_name_that_only_looks_negated_stays(opener: str) -> None:
    text = f"Soap sales fall\n\n{opener} said on Tuesday that soap sales fell 4% in Europe."
    names = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert opener in names


def test_a_partial_quotation_is_not_said_by_a_place_or_medium_after_a_preposition() -> None:
    text = (
        "Blast in harbour district\n\n"
        'Governor Ben Oduya chimed in on Twitter, saying the report should come "within'
        ' three days."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Ben Oduya"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The chief executive said it had been a "tough season" for the club.',
        'Ana Ruiz said the team was "tired" after the trip.',
    ],
)
def test_a_term_or_one_word_in_marks_is_no_quotation(sentence: str) -> None:
    text = f"Rovers hold on\n\nRovers drew 1-1 with Castleford on Sunday.\n\n{sentence}"
    assert _quotes_with_entities(text, "en") == []


def test_a_role_qualified_by_a_name_or_a_day_is_no_speaker() -> None:
    text = (
        "Senate race\n\n"
        "Maria Delgado spoke to voters on Monday.\n\n"
        "On Tuesday's edition of the Morning Hour, the former mayor and Utah senator said"
        ' she wanted "a fair hearing for farmers."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] != ["Utah"]
    assert [q.speaker for q in _quotes_with_entities(text, "en")] != ["Tuesday's"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Shares in Zentra Inc and Holbrook Corp rose on Monday.", {"Zentra Inc", "Holbrook Corp"}),
        ("The FBI and Treasury Department declined to comment.", {"FBI", "Treasury Department"}),
    ],
)
def test_two_bodies_joined_by_and_are_two(sentence: str, names: set[str]) -> None:
    text = f"Rules backed\n\nThe ruling came on Monday.\n\n{sentence}"
    found = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert names <= found


def test_a_name_with_and_inside_stays_whole() -> None:
    text = (
        "Rules backed\n\nThe ruling came on Monday.\n\n"
        "The Department of Finance and Economy welcomed it, as did Harlow and Spencer."
    )
    found = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert "Department of Finance and Economy" in found


def test_the_fields_an_institution_lists_are_part_of_its_name() -> None:
    text = (
        "Survey finds gaps\n\n"
        "The Institute for the Study of Farming, Forestry and Fisheries published it on Monday."
    )
    found = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert "Institute for the Study of Farming, Forestry and Fisheries" in found


def test_names_listed_after_an_institution_stay_apart() -> None:
    text = "Deal agreed\n\nThe Ministry of Finance, Zembla and Kordava agreed on Monday."
    found = {m.text for m in find_entities(text, parse_structure(text).paragraphs, "en")}
    assert "Ministry of Finance" in found


def test_a_name_in_the_possessive_before_the_verb_is_not_the_speaker() -> None:
    text = (
        "Video release urged\n\n"
        "Attorney General Ana Ruiz, Holt's rival in the race for governor, called for the"
        ' video to be shown, saying openness "breaks down walls between people."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Ana Ruiz"]


def test_a_quotation_after_an_opening_with_a_show_in_marks_is_the_subjects() -> None:
    text = (
        "Debate week\n\n"
        '"We will win this state," Governor Tom Hale said on Sunday.\n\n'
        'On "Meet the Voters," Senator Ana Ruiz, who lost the primary to Hale, named young'
        ' voters as the key to the race. "The younger people are tired of the old fights."'
    )
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == ["Tom Hale", "Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Critics say Tom Reed broke the rule, which is clear: "No member may vote twice."',
        'The board thanked Tom Reed for his years of service: "We wish him well."',
    ],
)
def test_a_colon_gives_no_quotation_to_a_name_that_is_no_subject(sentence: str) -> None:
    text = f"Vote row at the club\n\n{sentence}"
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('When Tom Reed resigned, the board issued a statement: "We thank him."', None),
        ('Like Tom Reed, the voters were furious: "We were never asked."', None),
        ('Critics say Tom Reed broke the rule, which is clear: "No one votes twice."', None),
        ('Tom Reed, who chairs the panel, disagreed: "No one votes twice."', "Tom Reed"),
        ('After the vote, Tom Reed stood up: "No one votes twice."', "Tom Reed"),
        ('The former chairman, Tom Reed, was blunt: "No one votes twice."', "Tom Reed"),
    ],
)
def test_a_colon_hands_the_quotation_to_the_subject_of_its_clause_alone(
    sentence: str, speaker: str | None
) -> None:
    from reader.extract.lang import rules_for
    from reader.extract.model import Mentions

    text = f"Vote row at the club\n\n{sentence}"
    paragraphs = parse_structure(text).paragraphs
    mentions = Mentions(find_entities(text, paragraphs, "en"))
    colon_speaker = rules_for("en").colon_speaker
    assert colon_speaker(text, text.index('"'), paragraphs[0][0], mentions) == speaker


def test_other_languages_have_no_english_colon_or_of_rules() -> None:
    from reader.extract.lang import rules_for

    for code in ("id", "de", "ko", "ja", "zh"):
        assert rules_for(code).colon_speaker is None
        assert rules_for(code).where_after_name is None


@pytest.mark.parametrize(
    ("context", "speaker"),
    [
        # The body named in the paragraphs before, alone with that noun.
        ("The Department of Justice opened an inquiry on Monday.", "Department of Justice"),
        # Two bodies the noun may mean: nobody can tell which.
        ("The High Court sent the case to the Court of Appeal.", "the court"),
        (
            "The city's port authority and the Velmar Port Authority met on Monday.",
            "the authority",
        ),
        # Named long before, out of the context.
        (
            "The Department of Justice opened an inquiry on Monday.\n\n"
            "Crews worked through the night.\n\nRoads stayed shut.\n\nTrains ran late.\n\n"
            "Schools opened as usual.",
            "the department",
        ),
    ],
)
def test_a_body_described_by_its_noun_is_the_one_named_close_by_alone(
    context: str, speaker: str
) -> None:
    noun = next(n for n in ("department", "court", "authority") if n in context.lower())
    text = f'Fire at the docks\n\n{context}\n\n"The fire is out," the {noun} said.'
    assert [q.speaker for q in _quotes_with_entities(text, "en")] == [speaker]


def test_a_list_after_a_place_ending_a_body_is_no_part_of_its_name() -> None:
    names = by_text(
        "Offices shut\n\nStaff at the University of Velmar, Police and Council offices were"
        " told to stay home."
    )
    assert "University of Velmar" in names
    assert not any("Velmar," in name for name in names)
    listed = by_text(
        "Centre opens\n\nThe Centre for the Study of Children, Youth and Media opened."
    )
    assert "Centre for the Study of Children, Youth and Media" in listed


def test_a_body_quoted_by_its_noun_over_many_paragraphs_stays_the_speaker() -> None:
    text = (
        "Fire at the docks\n\n"
        '"Crews are on site," the Velmar Fire Department said.\n\n'
        "Roads stayed shut.\n\nTrains ran late.\n\n"
        '"The roof held," the department said.\n\n'
        "Schools opened as usual.\n\nShops stayed shut.\n\n"
        '"The fire is out," the department said.'
    )
    speakers = [q.speaker for q in _quotes_with_entities(text, "en")]
    assert speakers[1:] == ["Velmar Fire Department"] * 2


# Speakers that are no entity (lang/en/not_named.py) and a function before a
# speaker's name (speaker_names.full_name).


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    from reader.extract.pipeline import understand

    text = "Headline\n\n" + text
    _, quotes = understand(text, parse_structure(text).paragraphs, "en", None)
    return [(q.speaker, q.speaker_key) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        'Halden Group shares rose.\n\n"I doubt the bid will succeed," said one Paris-based broker.',
        'Halden Group shares rose.\n\n"We expect more bids," added the Chilean-born analyst.',
        'The Nordic Growth Bank kept rates on hold.\n\n"Growth is weak," European ministers said.',
        'Ana Ruiz runs Halden Group.\n\n"It is a fair price," said Ruiz\'s lawyer.',
    ],
)
def test_a_speaker_in_capitals_that_names_nobody_is_no_entity(text):
    """The quote keeps the words; the rule says they name nobody, so the
    linker makes no entity of them (tests/test_identity.py, nameless)."""
    from reader.extract.lang import rules_for

    [(speaker, _)] = _speakers(text)
    assert speaker and rules_for("en").not_a_name(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The council met on Friday.\n\n"We are ready," Hunt said.', ("Hunt", "hunt")),
        ('"We are not worried," said Mrs May on Monday.', ("May", "may")),
        ('Shares fell.\n\n"We seized it," Customs said.', ("Customs", "customs")),
    ],
)
def test_a_speaker_english_also_writes_in_lowercase_keeps_its_key(text, speaker):
    """`Hunt`, `May`, `Customs`: words of the language, and names too; the
    key stays, for the linker to find the article's person or body."""
    assert _speakers(text) == [speaker]


def test_a_speaker_named_after_a_cue_keeps_their_entity():
    text = (
        'Halden Group shares rose.\n\n"We expect more bids," said Ana Ruiz, an analyst at Brandt.'
    )
    assert _speakers(text) == [("Ana Ruiz", "ana ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        'The dollar rose after US Treasury Secretary Ana Ruiz spoke.\n\n"We want a strong dollar," Ms Ruiz said.',
        'The case was heard by Texas Judge Ana Ruiz.\n\n"The claim has no merit," Ruiz said.',
        'Democrat Ana Ruiz spoke in Denver.\n\n"We will win," Ruiz said.',
    ],
)
def test_a_function_before_a_speakers_full_name_is_left_out(text):
    assert _speakers(text) == [("Ana Ruiz", "ana ruiz")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Halden Farms was fined by the Norvian Water and Power Administration on Monday.",
            "Norvian Water and Power Administration",
        ),
        (
            "The Alliance for a Fair Energy Future said the Halden plan was costly.",
            "Alliance for a Fair Energy Future",
        ),
    ],
)
def test_an_institutions_name_goes_on_over_and_and_for_a(text, body):
    assert _names(text)[body] == "ORG"


def test_a_company_and_a_service_stay_two():
    found = _names("Ravel Group and Halden Service said their sales rose in May.")
    assert found.keys() >= {"Ravel Group", "Halden Service"}


def _mentions(text: str):
    from reader.extract.pipeline import understand

    text = "Headline\n\n" + text
    return understand(text, parse_structure(text).paragraphs, "en", None)


def test_a_family_name_alone_keeps_the_particle_that_opens_it():
    text = 'Tomas van Haaren runs Ravel Group.\n\n"It will work," Mr Van Haaren said.'
    entities, quotes = _mentions(text)
    short = [m for m in entities if m.text.endswith("Haaren") and m.text != "Tomas van Haaren"]
    assert [(m.text, m.key) for m in short] == [("Van Haaren", "tomas van haaren")]
    assert [(q.speaker, q.speaker_key) for q in quotes] == [
        ("Tomas van Haaren", "tomas van haaren")
    ]


def test_a_capitalised_word_before_a_family_name_without_particle_stays_out():
    entities, _ = _mentions("Ana Costa runs Ravel Group.\n\nThe firm, said De Costa, will grow.")
    assert "De Costa" not in {m.text for m in entities}

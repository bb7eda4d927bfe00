"""Japanese: names and places in its script, found by their own stages.

The stages are imported when the rules are first asked for, not with this
package: they read this home's word lists (``words.py``).
"""

from reader.extract.lang import LanguageRules
from reader.extract.lang.ja import datelines
from reader.extract.lang.ja.cues import (
    HEAD,
    HEADLINE_CUE,
    NESTED_SELF,
    NESTED_SUBJECT,
    RUNS_ON,
    SPEECH_ENDING,
    TAIL,
)
from reader.extract.lang.ja.quotations import in_linked_headline, not_speech


def rules() -> LanguageRules:
    from reader.extract.cjk_names import could_be_japanese_name, find_cjk_names
    from reader.extract.cjk_places import find_cjk_places
    from reader.extract.known_organisations import find_known_organisations
    from reader.extract.lang.ja.companies import find_companies
    from reader.extract.lang.ja.compounds import first_part
    from reader.extract.lang.ja.credits import find_credits
    from reader.extract.lang.ja.facilities import find_facilities
    from reader.extract.lang.ja.family_names import one_kanji_family_names
    from reader.extract.lang.ja.given_names import find_given_names
    from reader.extract.lang.ja.groups import without_group_prefix
    from reader.extract.lang.ja.inside_names import without_names_inside
    from reader.extract.lang.ja.introduced import find_introduced
    from reader.extract.lang.ja.latin_people import latin_person
    from reader.extract.lang.ja.ministries import find_ministries
    from reader.extract.lang.ja.morphology import ANALYSER
    from reader.extract.lang.ja.parties import find_parties
    from reader.extract.lang.ja.speakers import (
        describes_someone,
        organisation_speaks,
        person_by_form,
        topic_before,
    )
    from reader.extract.lang.ja.turns import find_turn_speakers

    return LanguageRules(
        code="ja",
        tail=tuple(TAIL),
        datelines=datelines.DATELINES,
        title_datelines=datelines.TITLE_DATELINES,
        head=tuple(HEAD),
        homes=("ja",),
        analyser=ANALYSER,
        script="ja",
        turns_labelled=True,
        quotes_in_title=True,
        headline_cue=HEADLINE_CUE,
        finders=(
            find_cjk_names,
            find_turn_speakers,
            find_introduced,
            find_given_names,
            find_facilities,
            find_cjk_places,
            find_companies,
            find_ministries,
            find_parties,
            find_known_organisations,
            find_credits,
        ),
        more_people=one_kanji_family_names,
        organisation_short=without_group_prefix,
        topic_before=topic_before,
        speaker_stays_topic=True,
        statements_run_on=RUNS_ON,
        nested_marks="『",
        nested_self=NESTED_SELF,
        nested_subject=NESTED_SUBJECT,
        could_be_name=could_be_japanese_name,
        described=describes_someone,
        organisation_speaks=organisation_speaks,
        person_by_form=person_by_form,
        written_name=could_be_japanese_name,
        name_opens_full_name=True,
        people_repeated=True,
        latin_not_name=first_part,
        latin_person=latin_person,
        not_names_where=without_names_inside,
        speech_ending=SPEECH_ENDING,
        term_in_marks=not_speech,
        listed_headline=in_linked_headline,
    )

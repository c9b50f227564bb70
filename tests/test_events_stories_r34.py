"""Round 34: a commitment to stand by a party is support ("its commitment to
the defense of South Korea remains ironclad", "reaffirmed its ironclad
commitment"), as the bench judges code it nine times in ten; a commitment to
do something stays a pledge (found by scoring the bench articles; the
wording here is the team's own)."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def _person_states(doc, name: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    """States the coder gave the person mentions whose text holds ``name``."""
    return {m.country for m in doc.mentions if m.kind == "person" and name in m.text}


def test_a_commitment_to_an_allys_defense_that_remains_ironclad_is_support(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The State Department said Washington's commitment to the defense of South Korea and Japan \"remains ironclad.\"")
    assert ("SUPPORT", "USA", "KOR") in _rows(doc) and ("SUPPORT", "USA", "JPN") in _rows(doc)
    assert not _rows(doc, "AGREE")
    doc = _story(stages, "The spokesperson added that the U.S. commitment to South Korea remained ironclad.")
    assert _rows(doc) == [("SUPPORT", "USA", "KOR")]


def test_an_ironclad_commitment_reaffirmed_is_support_restated(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The U.S. ambassador reaffirmed Washington's ironclad commitment to the Philippines.")
    assert _rows(doc) == [("SUPPORT", "USA", "PHL")]


def test_a_commitment_to_do_something_is_still_a_pledge(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Japan reaffirmed its commitment to the complete denuclearization of North Korea.")
    assert [e.event_type for e in doc.events] == ["AGREE"]
    doc = _story(stages, "Washington reaffirmed its commitment to provide extended deterrence to South Korea.")
    assert _rows(doc) == [("AGREE", "USA", "KOR")]


def test_troops_sent_to_fight_alongside_another_states_forces_aid_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Pyongyang also sent thousands of troops to fight alongside Russian forces in the Kursk region.")
    assert _rows(doc) == [("AID", "PRK", "RUS")]
    # sent nowhere named, they deploy
    doc = _story(stages, "Pyongyang has sent thousands of troops to the front.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]


def test_a_world_wires_bureau_city_is_no_home_when_the_lede_is_about_another_state(stages) -> None:  # type: ignore[no-untyped-def]
    # the Thai minister named later does not make the junta's air force Thailand's
    doc = _story(
        stages,
        "BANGKOK, Nov 28 (AFP) - A Myanmar military air strike on a monastery in the Sagaing region killed at least 27 people, a local resistance group said Saturday.",
        "Junta spokesman Zaw Min Tun said the air force had struck a gathering of terrorists.",
        "Thai Foreign Minister Sihasak Phuangketkeow said his country was willing to host talks.",
        title="Myanmar air strike kills 27 at monastery",
        published="2026-11-28",
    )
    assert {m.country for m in doc.mentions if m.text == "air force"} == {"MMR"}
    assert all(e.source is not None and e.source.country == "MMR" for e in doc.events if e.event_type == "ASSAULT")
    # a home outlet's Seoul dateline keeps Seoul's ministry, whatever the lede is about
    doc = _story(
        stages,
        "SEOUL, Nov. 30 (NK News) -- North Korea and Russia on Saturday opened the first road bridge across the Tumen River.",
        "The foreign ministry expressed concern on Monday.",
        "It said the bridge must not be used to evade sanctions.",
        published="2026-11-30",
    )
    concern = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert concern and all(e.source is not None and e.source.country == "KOR" for e in concern)


def test_a_spokesperson_opening_a_sentence_speaks_for_the_body_just_named(stages) -> None:  # type: ignore[no-untyped-def]
    # a Seoul dateline does not make another state's ministry spokesperson Seoul's
    doc = _story(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- Indonesia has detained a cargo ship crewed by North Koreans, officials said Wednesday.",
        "The navy intercepted the ship off Batam Island on Saturday, according to Indonesia's foreign ministry.",
        "Inspectors found coal in its holds, the ministry said. Foreign ministry spokesperson Rolliansyah Soemirat said the shipment clearly violated U.N. sanctions.",
        published="2026-11-25",
    )
    assert _person_states(doc, "Soemirat") == {"IDN"}
    # a name spelt the Seoul way stays Seoul's
    doc = _story(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- North Korea denounced the seizure as piracy, the Korean Central News Agency said.",
        "The statement came a day after North Korea's foreign ministry warned Jakarta.",
        "Foreign ministry spokesperson Lee Jae-woong said Seoul supports the inspection.",
        published="2026-11-25",
    )
    assert _person_states(doc, "Lee") == {"KOR"}


def test_a_denial_joined_to_an_accusation_keeps_the_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    # "there was no evidence that ... was Russian" does not swallow the second act of the embassy
    doc = _story(stages, "The Russian embassy in Bucharest said there was no evidence that the drone was Russian and accused the Romanian authorities of staging a provocation.")
    assert _rows(doc, "ACCUSE") == [("ACCUSE", "RUS", "ROU")]
    # the denial alone is no accusation of anyone
    doc = _story(stages, "The Russian embassy in Bucharest said there was no evidence that the drone was Russian.")
    assert not _rows(doc, "ACCUSE")


def test_an_envoy_summoned_by_name_keeps_the_state_the_story_gave_him(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Romania summoned Russia's ambassador on Sunday after a drone violated its airspace.",
        "On Monday the foreign ministry in Bucharest summoned Ambassador Vladimir Lipayev again to protest.",
        published="2026-09-14",
    )
    assert _person_states(doc, "Lipayev") == {"RUS"}
    assert all(e.target is not None and e.target.country == "RUS" for e in doc.events if e.event_type == "ACCUSE")
    # an envoy whose own state stands next to him keeps it
    doc = _story(
        stages,
        "Romania summoned Russia's ambassador on Sunday.",
        "U.S. Ambassador Kathleen Kavalec said Washington stood with Bucharest.",
        published="2026-09-14",
    )
    assert _person_states(doc, "Kavalec") == {"USA"}


def test_a_demarche_lodged_with_an_envoy_is_a_protest_to_his_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Athens lodged a demarche with the Turkish ambassador after the survey ship entered disputed waters.")
    assert ("ACCUSE", "GRC", "TUR") in _rows(doc)


def test_watching_or_viewing_a_move_with_concern_is_a_judgement_voiced(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Foreign Minister Toshimitsu Motegi said Tokyo was watching the visit \"with serious concern.\"")
    assert [(e.event_type, e.source.country if e.source else None) for e in doc.events] == [("ACCUSE", "JPN")]
    # watching with interest is no judgement
    doc = _story(stages, "Foreign Minister Toshimitsu Motegi said Tokyo was watching the talks with great interest.")
    assert not _rows(doc, "ACCUSE")


def test_a_name_given_an_act_is_not_aimed_at_those_the_name_mentions(stages) -> None:  # type: ignore[no-untyped-def]
    # "against civilians" belongs to the name (the parser hangs it on the verb)
    doc = _story(stages, "President Volodymyr Zelenskyy called the overnight barrage \"deliberate terror against civilians on the eve of winter.\"")
    assert [(e.event_type, e.source.country if e.source else None) for e in doc.events] == [("ACCUSE", "UKR")]
    assert all(e.target is None or e.target.country != "UKR" for e in doc.events)


def test_an_act_in_a_whether_clause_is_a_question_not_an_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "An official said Seoul was closely watching whether Minsk and Pyongyang would discuss military cooperation.")
    assert not _rows(doc, "CONSULT")
    # the act that asks the question stays
    doc = _story(stages, "Seoul asked the U.N. Command to look into whether the construction breached the armistice.")
    assert _rows(doc, "REQUEST") == [("REQUEST", "KOR", "UNO")]


def test_a_denial_held_for_long_is_a_stance_not_an_act_of_the_day(stages) -> None:  # type: ignore[no-untyped-def]
    told = "Sudan's army accused the United Arab Emirates on Monday of arming the paramilitary force."
    doc = _story(stages, told, "The UAE has consistently denied the claims.")
    assert not _rows(doc, "REJECT")
    doc = _story(stages, told, "The UAE has long denied the claims.")
    assert not _rows(doc, "REJECT")
    doc = _story(stages, told, "The UAE denied the claims on Tuesday.")
    assert _rows(doc, "REJECT") == [("REJECT", "ARE", "SDN")]


def test_a_cooperative_act_named_as_what_is_judged_is_no_new_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Kim Yo-jong also denounced the recent Seoul-Washington agreement on nuclear-powered submarines.")
    assert not _rows(doc, "AGREE") and _rows(doc, "ACCUSE")
    # mediation praised after the talks it hosted
    doc = _story(stages, "Qatar hosted talks between Sudan and Chad in Doha on Monday.", "The African Union envoy welcomed the accord and praised Qatar's mediation.")
    assert not [e for e in doc.events if e.event_type == "CONSULT" and e.sentence_index == 1] and _rows(doc, "SUPPORT")
    # a dialogue welcomed and told nowhere else is told here
    doc = _story(stages, "The State Department said it welcomed the dialogue between Seoul and Beijing.")
    assert ("CONSULT", "KOR", "CHN") in _rows(doc)
    # an attack condemned is still the attack the sentence tells
    doc = _story(stages, "Seoul condemned North Korea's artillery attack on Yeonpyeong Island on Tuesday.")
    assert _rows(doc, "ASSAULT") and _rows(doc, "ACCUSE")

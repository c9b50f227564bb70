"""Round 33: names that judge. A damning name a speaker gives another's act
("what it called Ukrainian terrorist attacks", "called the airstrikes a brutal
aggression", "a move Moscow called discriminatory") accuses whoever the name
or the act belongs to (found by scoring all 136 bench articles; the wording
here is the team's own)."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def _accusations(doc):  # type: ignore[no-untyped-def]
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None) for e in doc.events if e.event_type == "ACCUSE")


def test_what_a_state_calls_the_other_sides_terrorist_attacks_accuses_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Russia struck power plants across Ukraine overnight in response to what it called Ukrainian \"terrorist attacks\" on civilian targets inside Russia.",
    )
    assert ("RUS", "UKR") in _accusations(doc)
    assert ("ASSAULT", "RUS", "UKR") in _rows(doc)


def test_a_damning_name_for_airstrikes_is_an_accusation_not_an_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Cambodia's defence ministry spokeswoman called the airstrikes \"a brutal and unprovoked aggression.\"")
    assert _accusations(doc) == [("KHM", None)]
    assert "ASSAULT" not in {e.event_type for e in doc.events}


def test_a_move_a_state_calls_discriminatory_is_accused(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Estonia stripped Russian citizens of the right to vote in local elections, a move Moscow called discriminatory.")
    assert ("RUS", "EST") in _accusations(doc)


def test_a_name_inside_a_condemnation_is_still_one_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Moscow condemned what it called Ukrainian terrorist attacks on civilian targets.")
    assert _accusations(doc) == [("RUS", "UKR")]


def test_a_state_that_will_not_allow_a_party_to_act_warns_it(stages) -> None:  # type: ignore[no-untyped-def]
    # as "will not tolerate": read sets KE and KL code it THREATEN, where it had been a rejection
    doc = _story(stages, "The White House said Trump would not allow Iran to obtain a nuclear weapon.")
    assert _rows(doc) == [("THREATEN", "USA", "IRN")]
    # a thing barred, or a refusal so far, is still a rejection
    doc = _story(stages, "Hungary would not allow European money to prolong the war.")
    assert [e.event_type for e in doc.events] == ["REJECT"]
    doc = _story(stages, "North Korea has not allowed U.N. staff to return since the pandemic.")
    assert _rows(doc) == [("REJECT", "PRK", "UNO")]


def test_word_sent_to_the_other_side_is_a_consultation(stages) -> None:  # type: ignore[no-untyped-def]
    # every "notified/informed X of ..." in the read sets (five, four on the Korean desk) is coded CONSULT
    doc = _story(
        stages,
        "SEOUL, Nov. 27 (Yonhap) -- South Korea on Friday sent six North Korean fishermen back across the sea border, the unification ministry said.",
        "The ministry said it notified the North of its plan via the liaison line on Wednesday, but the North did not respond.",
        "The United Nations Command also notified the North Korean military of the handover through the pink phone at Panmunjom.",
        published="2026-11-27",
    )
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "CONSULT"] == [("KOR", "PRK"), ("UNO", "PRK")]
    # ("the North of its plan" is the North told of a plan, not a region of it)
    # word given to an audience at home, or to nobody named, is no consultation
    doc = _story(stages, "The spy agency informed lawmakers that the North had sent more troops to Russia.")
    assert "CONSULT" not in {e.event_type for e in doc.events}
    doc = _story(stages, "The prime minister received observers from the OSCE, informing them in detail on the economy.")
    assert "CONSULT" not in {e.event_type for e in doc.events}


def test_concern_by_an_act_is_voiced_as_concern_about_it(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "by" an agent after "concerned"; "concerned about" had been the only reading
    doc = _story(stages, "The State Department said it was deeply concerned by Rwanda's support for the rebels.")
    assert ("USA", "RWA") in _accusations(doc)


def test_a_side_that_says_the_other_fired_first_blames_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Cambodia's Defense Ministry said Thai forces fired first and that Thai shelling killed five Cambodian soldiers.")
    assert ("KHM", "THA") in _accusations(doc)
    # owning up is no accusation
    doc = _story(stages, "Thailand said it fired first.")
    assert _accusations(doc) == []

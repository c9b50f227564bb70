"""Round 39: fixes found by scoring the bench articles (the wording here is
the team's own)."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def test_a_threat_joined_to_a_refusal_in_a_statement_is_the_speakers(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Honduras accused Nicaragua on Thursday of planning to occupy the Gulf of Fonseca islands.",
        "Honduran officials said patrol boats had been sent to the area.",
        "The two countries have argued over the islands for decades.",
        "Nicaragua will never hand over the islands, and any attempt to seize them will meet a firm response, "
        "the foreign ministry in Managua said on Friday.",
        published="2026-08-02",
    )
    assert ("THREATEN", "NIC", "HND") in _rows(doc, "THREATEN")
    # a person of the story joined to a told clause is no threat by the teller
    doc = _story(
        stages,
        "Kenya's police chief said the men pushed the officer to the ground and a man in a mask threatened to kill him.",
    )
    assert [r for r in _rows(doc, "THREATEN") if r[1] == "KEN"] == []


def test_one_meeting_hosted_by_two_officials_for_two_counterparts_is_one_row_a_dyad(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "LISBON (Reuters) - Foreign Minister Ana Duarte and Defence Minister Rui Matos hosted their Spanish counterparts, Foreign Minister "
        "Luis Prieto and Defence Minister Marta Gil, for talks in Lisbon on Tuesday.",
        "The talks focused on air defence.",
        "They also discussed migration.",
        published="2026-05-07",
    )
    hosted = [e for e in doc.events if e.trigger is not None and e.trigger.text == "hosted"]
    assert [(e.source.country, e.target.country) for e in hosted if e.source and e.target] == [("PRT", "ESP")]
    # the army and a rebel force of one state told by one verb stay two sides
    doc = _story(
        stages,
        "Sudan's army and the Rapid Support Forces blamed each other on Thursday for the shelling of a market in El Obeid.",
        "At least 30 people were killed.",
        "The United Nations called for an inquiry.",
        published="2026-05-08",
    )
    assert len([r for r in _rows(doc, "ACCUSE") if r[1:] == ("SDN", "SDN")]) == 2

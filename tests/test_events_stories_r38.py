"""Round 38: fixes found by scoring the bench articles (the wording here is
the team's own): a denial of an act the story told as the denier's own
answers the state that act was aimed at, when nobody in the story made an
accusation; any further move "will be met with" a counteraction is a
threat, not a meeting."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def test_a_denied_crossing_answers_the_state_it_was_aimed_at(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, March 4 (Yonhap) -- A dozen North Korean soldiers crossed the military demarcation line in the central sector on Tuesday, the JCS said.",
        "They went back north after a warning broadcast, officials said.",
        "North Korea's army flatly denied on Wednesday that its soldiers had crossed the line.",
        published="2026-03-05",
    )
    assert _rows(doc, "REJECT") == [("REJECT", "PRK", "KOR")]
    # nobody told the act and nobody accused: no party to answer, no act
    doc = _story(stages, "The ministry of defence of Peru denied that its pilots had flown over the river.")
    assert _rows(doc, "REJECT") == []


def test_further_firing_met_with_a_counteraction_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Indian and Pakistani troops traded fire across the Line of Control on Sunday.",
        'The Pakistani army said any further "unprovoked firing" would be met with "a swift counteraction."',
    )
    assert ("THREATEN", "PAK", "IND") in _rows(doc, "THREATEN")
    assert _rows(doc, "AGREE") == [] and _rows(doc, "CONSULT") == []


def test_any_further_incursion_met_with_firmness_is_a_threat_whatever_the_answer_is_called(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "NIAMEY, May 2 (AFP) - Niger accused Chad of letting armed men cross into its territory and warned that any further "
        'incursion would be met "with the same resolve."',
    )
    assert ("THREATEN", "NER", "TCD") in _rows(doc, "THREATEN")
    assert _rows(doc, "AGREE") == [] and _rows(doc, "CONSULT") == []


def test_calling_on_a_person_at_a_place_is_a_visit_and_calling_on_them_to_act_a_request(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "TOKYO, June 3 (Kyodo) -- The visiting U.S. Army chief, Gen. Mark Ellison, called on Defense Minister Shinjiro Koizumi at the ministry in Tokyo on Tuesday.")
    assert _rows(doc, "REQUEST") == []
    assert ("CONSULT", "USA", "JPN") in _rows(doc, "CONSULT")
    doc = _story(stages, "TOKYO, June 3 (Kyodo) -- The visiting U.S. Army chief called on Defense Minister Shinjiro Koizumi to raise military spending.")
    assert _rows(doc, "REQUEST") == [("REQUEST", "USA", "JPN")]


def test_an_entry_ban_on_officials_is_a_sanction(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "VILNIUS, May 4 (Reuters) - Lithuania said on Monday it had banned 12 Belarusian officials from entering its territory.")
    assert _rows(doc, "SANCTION") == [("SANCTION", "LTU", "BLR")]
    assert _rows(doc, "COERCE") == []


def test_the_content_of_a_denied_report_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL, May 4 (Yonhap) -- North Korea's foreign ministry denied a Japanese media report that Tokyo had proposed secret talks last month.")
    assert _rows(doc, "AGREE") == [] and _rows(doc, "CONSULT") == []


def test_two_titles_of_one_official_and_both_sides_without_the_speaker(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ISLAMABAD, Nov 20 (Reuters) - Pakistani and Afghan forces traded fire on Thursday.",
        "Qatar's Minister of State at the Foreign Ministry, Mohammed Al-Khulaifi, met Deputy Prime Minister and Foreign Minister Ishaq Dar in Islamabad on Friday.",
        "It urged both sides to exercise restraint.",
    )
    assert ("CONSULT", "QAT", "PAK") in _rows(doc, "CONSULT") and ("CONSULT", "QAT", "QAT") not in _rows(doc, "CONSULT")
    assert _rows(doc, "REQUEST") == [("REQUEST", "QAT", "AFG"), ("REQUEST", "QAT", "PAK")]


def test_any_attempt_that_will_meet_a_decisive_response_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, 'ASMARA, Dec 2 (Reuters) - "Any attempt to take the port by force will meet a decisive response," the Eritrean ministry said.')
    assert [r[:2] for r in _rows(doc, "THREATEN")] == [("THREATEN", "ERI")]
    doc = _story(stages, "ASMARA, Dec 2 (Reuters) - Eritrea's plan met a cool response in Addis Ababa.")
    assert _rows(doc, "THREATEN") == []

"""The story's counterpart: an act whose sentence names no target is aimed at
the party the story names most, other than its doer (eventwire.resolve.counterpart)."""

from __future__ import annotations

from eventwire.resolve.counterpart import RESOLVED_FROM
from tests import test_events_stories as base

_story = base._story
stages = base.stages  # the module's fixture, shared

_SEOUL = (
    "SEOUL, Dec. 2 (Yonhap) -- South Korea on Tuesday proposed military talks with North Korea to ease border tensions, the defense ministry said.",
    "The proposal came a week after North Korean soldiers crossed the military demarcation line and retreated after warning shots.",
    "South Korea's defense ministry said it had sent the offer through the U.N. Command.",
)


def _of(doc, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in doc.events if e.event_type == kind]


def test_a_rejection_its_sentence_aims_at_nobody_is_aimed_at_the_storys_counterpart(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, *_SEOUL, "North Korea has refused, state media said on Wednesday.", published="2026-12-03")
    rejections = _of(doc, "REJECT")
    assert rejections and all(e.source is not None and e.source.country == "PRK" for e in rejections)
    target = rejections[0].target
    assert target is not None and (target.country, target.text) == ("KOR", "South Korea")
    # the target says where it came from and points at words of the story that name that party
    assert target.resolved_from == RESOLVED_FROM and rejections[0].extra["target_via"] == "story"
    assert target.start is not None and target.end is not None
    assert doc.text[target.start : target.end] == target.text and "Korea" in target.text
    assert target.sentence_index is not None and target.sentence_index < rejections[0].sentence_index


def test_a_target_the_sentence_names_is_kept(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, *_SEOUL, "China urged Japan to stay out of the dispute.", published="2026-12-03")
    appeals = [e for e in _of(doc, "REQUEST") if e.source is not None and e.source.country == "CHN"]
    assert appeals and {e.target.country for e in appeals if e.target is not None} == {"JPN"}
    assert all(e.extra.get("target_via") is None for e in appeals)


def test_launches_and_acts_against_whoever_does_something_stay_aimed_at_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, *_SEOUL, "North Korea fired two short-range ballistic missiles into the East Sea on Wednesday.", published="2026-12-03")
    # (the soldiers' crossing of the line told before intrudes on the South: not a launch)
    launches = [e for e in _of(doc, "MOBILIZE") if e.source is not None and e.source.country == "PRK" and e.mode == "weapons"]
    assert launches and all(e.target is None for e in launches)
    doc = _story(stages, *_SEOUL, "China's foreign ministry said it opposed any move that raises tensions.", published="2026-12-03")
    objections = [e for e in _of(doc, "ACCUSE") if e.source is not None and e.source.country == "CHN"]
    assert objections and all(e.target is None for e in objections)


def test_rebels_and_the_opposition_fight_their_own_state_not_the_story_s_foreign_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "MOGADISHU, Nov 22 (Reuters) - U.S. forces carried out two airstrikes on al Shabaab militants near Mahaday on Saturday, the U.S. military said.",
        "The United States said the strikes were carried out at the request of the Somali government.",
        "Al Shabaab fighters attacked an army base near the town on Friday.",
        published="2026-11-22",
    )
    attacks = [e for e in _of(doc, "ASSAULT") if e.source is not None and e.source.sector in ("REB", "INS")]
    assert attacks and all(e.target is None or e.target.country != "USA" for e in attacks)
    # ... and an opposition party's criticism is of its own government, not of the foreign partner
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- South Korea and the United States agreed on a timetable for the transfer of wartime operational control.",
        "The agreement drew immediate criticism from the main opposition People Power Party.",
        "The defense ministry said the transfer is conditions-based.",
        published="2026-11-26",
    )
    criticism = [e for e in _of(doc, "ACCUSE") if e.source is not None and e.source.sector == "OPP"]
    assert criticism and all(e.target is None for e in criticism)


def test_a_text_of_one_or_two_sentences_has_no_story_to_resolve_against(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "South Korea proposed talks with North Korea.", "North Korea has refused, state media said on Wednesday.", published="2026-12-03")
    rejections = _of(doc, "REJECT")
    assert rejections and all(e.target is None for e in rejections)


def test_a_story_s_acts_with_no_doer_are_set_aside_and_listed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "KINSHASA, Dec 1 (Reuters) - M23 rebels captured the town of Masisi on Saturday, the Congolese army said.",
        "Congo's government accused Rwanda of backing the rebels, a charge Kigali denies.",
        "Similar attacks on Congolese soldiers were reported in February and May.",
        published="2026-12-01",
    )
    assert all(e.source is not None for e in doc.events)
    aside = doc.meta.get("acts_without_doer")
    assert aside and all(set(a) == {"sentence_index", "event_type", "trigger", "target"} for a in aside)
    assert {a["event_type"] for a in aside} == {"ASSAULT"} and {a["sentence_index"] for a in aside} == {2}
    # the acts with doers are all kept
    assert ("ACCUSE", "COD", "RWA") in {(e.event_type, e.source.country, e.target and e.target.country) for e in doc.events}


def test_a_text_of_one_or_two_sentences_keeps_acts_with_no_doer(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Similar attacks on Congolese soldiers were reported in February and May.", published="2026-12-01")
    assert [e.event_type for e in doc.events if e.source is None] == ["ASSAULT"]
    assert "acts_without_doer" not in doc.meta


def test_both_story_steps_can_be_turned_off(stages) -> None:  # type: ignore[no-untyped-def]
    from eventwire.config import Settings
    from eventwire.resolve import ResolveStage

    nlp, actors, events = stages
    doc = _story(stages, *_SEOUL, "North Korea has refused, state media said on Wednesday.", "Similar attacks on border guards were reported in May.")
    doc.published = "2026-12-03"
    doc = ResolveStage(Settings(story_targets=False, keep_acts_without_doer=True))(doc)
    assert [e.target for e in doc.events if e.event_type == "REJECT"] == [None]
    assert [e.event_type for e in doc.events if e.source is None] == ["ASSAULT"]
    assert "acts_without_doer" not in doc.meta


def test_an_attack_by_nobody_named_is_not_aimed_at_the_storys_foreign_party(stages) -> None:  # type: ignore[no-untyped-def]
    # the coder places an attack whose sentence names no attacker in the state where it
    # happened; whom it hit is not the story's most named foreign party (bench set KJ)
    doc = _story(
        stages,
        "PORT-AU-PRINCE, Nov. 20 (Reuters) - Kenya said on Thursday it would keep its police officers in Haiti.",
        "Kenya's foreign minister said Kenya remained committed to the mission, and Kenya's president praised the officers.",
        "The assault on the base in Kenscoff, a mountain town south of the capital, began late Thursday.",
        published="2026-11-20",
    )
    attacks = [e for e in _of(doc, "ASSAULT") if e.source is not None and e.source.name == "unidentified attackers"]
    assert attacks and all(e.target is None for e in attacks)


def test_the_caribbean_nation_is_the_caribbean_state_a_body_of_it_named(stages) -> None:  # type: ignore[no-untyped-def]
    # "its police in Haiti" names Haiti by a body of it; the Caribbean nation is Haiti, not Kenya
    doc = _story(
        stages,
        "NAIROBI, Nov. 20 (Reuters) - Kenyan President William Ruto condemned the attack and said Kenya would keep its police in Haiti until the new force arrives.",
        "Kenya has deployed about 1,000 officers to the Caribbean nation.",
        "Ruto spoke to reporters in Nairobi.",
        published="2026-11-20",
    )
    sent = [e for e in doc.events if e.sentence_index == 1]
    assert sent and all(e.target is not None and e.target.country == "HTI" for e in sent)

"""Whole stories: parties that only an earlier sentence names, acts told twice,
and the Korean desk's own words (round 31's hunts, articles written for the
purpose; none of their text is in the repository)."""

from __future__ import annotations

import pytest

from eventwire.nlp import NlpStage
from eventwire.records import Article, Document, compose_text


@pytest.fixture(scope="module")
def stages():
    from eventwire.actors import ActorStage
    from eventwire.events import EventStage

    return NlpStage(), ActorStage(), EventStage()


def _story(stages, *paragraphs: str, title: str | None = None, published: str | None = None) -> Document:  # type: ignore[no-untyped-def]
    """Code paragraphs as one report; with ``published``, resolve it too (dates and retellings)."""
    nlp, actors, events = stages
    art = Article(title=title, body=list(paragraphs), published=published)
    text, sections = compose_text(art)
    doc = Document(id="t", source="test", text=text, sections=sections, published=published, article=art)
    doc = events(actors(nlp(doc)))
    if published is None:
        return doc
    from eventwire.resolve import ResolveStage

    return ResolveStage()(doc)


def _rows(doc: Document, kind: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return sorted((
        (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in doc.events if kind is None or e.event_type == kind
    ), key=lambda row: tuple(x or "" for x in row))


def test_air_defence_zones_and_irans_security_council_are_named_places_and_bodies(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL, Nov. 27 (Yonhap) -- Chinese and Russian military aircraft entered the KADIZ without notice on Thursday.")
    assert ("MOBILIZE", "CHN", "KOR") in _rows(doc) and ("MOBILIZE", "RUS", "KOR") in _rows(doc)
    doc = _story(stages, "Iran's Supreme National Security Council said any attack would be met with a crushing response against Israel.")
    assert _rows(doc, "THREATEN") == [("THREATEN", "IRN", "ISR")]


def test_the_puppets_of_a_north_korean_statement_are_seoul(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL, Nov. 27 (Yonhap) -- North Korea said the puppets must immediately send back the criminal, or they will pay dearly.")
    assert ("REQUEST", "PRK", "KOR") in _rows(doc)


def test_officers_opening_a_sentence_are_the_force_just_named_and_their_boarding_is_told_again(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "HANOI, Dec 3 (Reuters) - Chinese coast guard personnel boarded a Vietnamese fishing boat near the Paracel Islands on Sunday, Vietnam said on Thursday.",
        "Officers armed with batons and iron bars boarded the vessel, assaulted the 11 fishermen and confiscated their catch.",
        published="2026-12-03",
    )
    assert _rows(doc, "ASSAULT") == [("ASSAULT", "CHN", "VNM")]
    # the second boarding and the confiscation on the same crew that day are the first act told again
    assert _rows(doc, "COERCE") == [("COERCE", "CHN", "VNM")]
    doc = _story(stages, "HANOI, Dec 3 (Reuters) - Chinese soldiers crossed into Vietnam on Sunday. Soldiers assaulted the 11 fishermen.")
    assert _rows(doc, "ASSAULT") == [("ASSAULT", "CHN", "VNM")]


def test_authorities_in_the_north_detain_their_own(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 24 (Yonhap) -- North Korea's new destroyer capsized at its launch on Monday.",
        "Law enforcement authorities in the North detained the chief engineer of the shipyard and two officials of the hull construction workshop on Tuesday.",
    )
    assert _rows(doc, "COERCE") == [("COERCE", "PRK", "PRK")]
    # officials named with their state stay theirs
    assert _rows(_story(stages, "Iran arrested two British officials on Monday."), "COERCE") == [("COERCE", "IRN", "GBR")]
    assert _rows(_story(stages, "Montenegrin police turned back a Serbian cabinet minister at the border."), "COERCE") == [("COERCE", "MNE", "SRB")]


def test_a_leader_orders_his_own_officials_and_an_incident_orders_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL (Yonhap) -- North Korean leader Kim Jong Un watched the launch. He instructed officials to restore the ship.")
    assert _rows(doc, "REQUEST") == [("REQUEST", "PRK", "PRK")]
    doc = _story(
        stages,
        "North Korean leader Kim Jong Un watched the launch.",
        "Kim said the incident damaged the dignity of the state and ordered the Workers' Party Central Military Commission to hold those responsible to account.",
    )
    assert [e.source.country if e.source else None for e in doc.events if e.event_type == "REQUEST"] == ["PRK"]


def test_a_vow_to_build_up_ones_own_forces_is_the_build_up_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "North Korea on Monday denounced the statement and vowed to further strengthen its nuclear forces.")
    assert [(e.event_type, e.polarity) for e in doc.events if e.event_type != "ACCUSE"] == [("MOBILIZE", "future")]
    doc = _story(stages, "SEOUL (Yonhap) -- South Korea and the United States agreed to strengthen their combined defense posture.")
    assert {e.event_type for e in doc.events} == {"AGREE"}


def test_seouls_answer_to_any_provocation_is_aimed_at_the_north(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 30 (Yonhap) -- President Lee Jae-myung on Monday offered to restore the 2018 military agreement with North Korea.",
        "Defense Minister Ahn Gyu-back told lawmakers that the military would respond sternly to any provocation.",
    )
    assert ("THREATEN", "KOR", "PRK") in _rows(doc)


def test_a_decision_criticised_is_the_veto_told_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "In Brussels, Hungary on Friday vetoed a European Union military aid package for Ukraine.",
        "EU foreign policy chief Kaja Kallas criticized the decision.",
    )
    assert ("ACCUSE", "EUR", "HUN") in _rows(doc)


def test_both_countries_urged_after_a_quote_that_names_them(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        'SEOUL (Yonhap) -- "Military cooperation between Russia and North Korea is a flagrant violation of U.N. Security Council resolutions," '
        "the ministry said, urging both countries to stop the transfers immediately.",
    )
    assert _rows(doc, "REQUEST") == [("REQUEST", "KOR", "PRK"), ("REQUEST", "KOR", "RUS")]
    # (speakers who urge "both sides" are not the sides)
    doc = _story(stages, "Israel and Hamas traded fire on Monday. Qatar and Egypt urged both sides to show flexibility.")
    assert {t for _, s, t in _rows(doc, "REQUEST")} == {"ISR", "PSE"}


def test_rebels_who_attack_near_a_border_attack_their_own_state_not_the_neighbour(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "BOGOTA, Dec 2 (Reuters) - Colombia suspended peace talks with the National Liberation Army (ELN) on Wednesday and ordered a military "
        "offensive against the leftist rebels after they attacked an army base near the border with Venezuela, killing nine soldiers.",
    )
    assert "VEN" not in {c for row in _rows(doc) for c in row[1:]}
    attack = [e for e in doc.events if e.trigger is not None and e.trigger.text == "attacked"]
    assert [(e.source.text, e.source.country, e.target.country if e.target else None) for e in attack] == [("they", "COL", "COL")]


def test_weapons_shot_down_and_missiles_launched_in_an_attack_are_the_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "KYIV, Nov 28 (AP) - Russia fired dozens of missiles and hundreds of drones at Ukraine's power grid overnight into Saturday.",
        "Ukraine's air force said Russia launched 46 missiles and 510 attack drones, and that air defenses shot down most of them.",
        "Strikes hit power plants and substations in the Kyiv region, killing at least six people.",
        published="2026-11-28",
    )
    assert _rows(doc) == [("ASSAULT", "RUS", "UKR")]


def test_protests_lodged_are_complaints_to_whom_they_are_lodged_with(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL (Yonhap) -- The defence ministry summoned the defence attaches of the Chinese and Russian embassies in Seoul later in the day "
        "and lodged protests over the incursion, a ministry official said.",
    )
    assert _rows(doc) == [("ACCUSE", "KOR", "CHN"), ("ACCUSE", "KOR", "RUS")]
    assert _rows(_story(stages, "Thousands staged a protest in Seoul."), "PROTEST")


def test_a_warning_to_defend_oneself_is_the_warners_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Egypt warned it would defend its water security by all means.")
    assert _rows(doc) == [("THREATEN", "EGY", None)]
    doc = _story(
        stages,
        "ADDIS ABABA, Dec 3 (AP) - Ethiopia on Thursday formally inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile, while "
        "downstream Egypt said it had written to the U.N. Security Council and warned it would defend its water security by all means.",
    )
    assert [e.source.country for e in doc.events if e.event_type == "THREATEN"] == ["EGY"]
    # the law a right is claimed under is not whom it is aimed at
    doc = _story(stages, '"Egypt reserves the right to take all measures guaranteed under the U.N. Charter," Abdelatty wrote.')
    assert "UNO" not in {e.target.country for e in doc.events if e.target}


def test_a_state_written_into_a_constitution_as_hostile_is_accused(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- North Korea's rubber-stamp parliament has revised the country's constitution to define South Korea "
        'as a "hostile state" and delete all references to unification, state media said Tuesday.',
        '"The Republic of Korea is the most hostile state and the invariable principal enemy," KCNA quoted leader Kim Jong Un as saying.',
        "South Korea's unification ministry expressed regret over the move.",
    )
    assert _rows(doc) == [("ACCUSE", "KOR", "PRK"), ("ACCUSE", "PRK", "KOR"), ("ACCUSE", "PRK", "KOR")]
    assert not _story(stages, "Japan is a friendly state.").events


def test_roads_to_a_neighbour_torn_up_are_links_cut_and_a_monument_taken_down_is_nothing(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL (Yonhap) -- North Korea demolished the inter-Korean road links on Tuesday and dismantled a monument in Pyongyang.")
    assert _rows(doc) == [("SANCTION", "PRK", "KOR")]


def test_assessments_postings_and_what_a_plant_does_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    assert not _story(stages, "The U.S. Indo-Pacific Command said the launch posed no immediate threat to U.S. personnel or territory.").events
    assert not _story(stages, "A North Korean diplomat who had been stationed at the North's embassy in Havana has defected to South Korea.").events
    assert not _story(stages, "Ukraine's General Staff confirmed the strike and said the plant supplied fuel to Russian forces.").events
    # a threat named beside the violation a statement calls an act is part of that judgement
    doc = _story(
        stages,
        '"Military cooperation between Russia and North Korea is a flagrant violation of U.N. Security Council resolutions and a grave threat '
        'to the security of the Korean Peninsula and Europe," the ministry said.',
    )
    assert "THREATEN" not in {e.event_type for e in doc.events}


def test_where_the_missiles_fell_and_the_days_launch_named_again_are_the_launch(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- North Korea fired several short-range ballistic missiles toward the East Sea on Wednesday, South Korea's military said.",
        "Japan's defense ministry said none of the missiles appeared to have landed inside the country's exclusive economic zone.",
        "At Tuesday's meeting, the two allies agreed to hold a tabletop exercise early next year.",
        "Wednesday's launch was the North's first ballistic missile launch in about a month.",
        published="2026-11-26",
    )
    launches = [e for e in doc.events if e.event_type == "MOBILIZE"]
    assert [(e.trigger.text, e.date) for e in launches] == [("fired", "2026-11-25")]


def test_talks_during_a_visit_go_on_with_the_storys_day_not_the_arrivals(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed Thursday to expand youth exchanges.",
        "Takaichi arrived in Seoul on Wednesday for a two-day visit.",
        "The two leaders held talks for about 90 minutes at the presidential office. They agreed to raise the number of working-holiday visas.",
        "As the two leaders met, North Korea fired several cruise missiles into the Yellow Sea.",
        published="2026-11-26",
    )
    talks = sorted((e.source.country, e.date) for e in doc.events if e.event_type == "CONSULT" and e.trigger.text == "held talks")
    assert talks == [("JPN", "2026-11-26"), ("KOR", "2026-11-26")]
    # the meeting that only sets the time of the launch, and the agreement spelled out, are told before
    assert not [e for e in doc.events if e.trigger is not None and e.trigger.text in ("met", "agreed") and e.sentence_index > 1]


def test_an_ambassador_recalled_after_an_accusation_and_a_step_called_unfriendly(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "PORT SUDAN (Reuters) - Sudan cut ties with the UAE. The government also accused Chad of allowing its territory to be used "
        "as a supply corridor and recalled its ambassador from N'Djamena for consultations.",
    )
    assert ("SANCTION", "SDN", "TCD") in _rows(doc)
    doc = _story(
        stages,
        "SEOUL (Yonhap) -- South Korea imposed sanctions on Russian shipping firms on Monday. Hours later, the Russian Embassy in Seoul "
        'issued a statement calling the decision "an openly unfriendly step" taken at Washington\'s bidding.',
    )
    assert ("ACCUSE", "RUS", "KOR") in _rows(doc)


def test_a_headline_launch_read_as_an_attack_takes_no_body_launch(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "North Korea fired an intercontinental ballistic missile into the sea on Monday, the South Korean military said.",
        title="North Korea launches long-range missile toward Japan",
        published="2023-12-18",
    )
    assert [(e.event_type, e.section) for e in doc.events if e.trigger is not None and e.trigger.text == "fired"] == [("MOBILIZE", "body")]


def test_telling_another_to_do_something_asks_it_and_an_absolute_phrase_tells_what_happened(stages) -> None:  # type: ignore[no-untyped-def]
    assert _rows(_story(stages, "Beijing responded by telling Manila to stop stirring up trouble.")) == [("REQUEST", "CHN", "PHL")]
    assert not _story(stages, "He told reporters that the talks went well.").events
    doc = _story(
        stages,
        "South Korea and Russia have sought to steady relations this year, with vice ministers of the two countries "
        "holding talks in Moscow in September for the first time in four years.",
    )
    assert {(e.event_type, e.polarity) for e in doc.events} == {("CONSULT", "asserted")}


def test_european_powers_prompted_to_trigger_the_reimposition_of_sanctions_sanction_iran(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The decision prompted Britain, France and Germany to trigger the reimposition of United Nations sanctions on Tehran.")
    assert {(s, t) for kind, s, t in _rows(doc, "SANCTION") if s in ("GBR", "FRA", "DEU")} == {("GBR", "IRN"), ("FRA", "IRN"), ("DEU", "IRN")}


def test_the_move_a_state_warns_will_not_go_unanswered_is_the_one_aimed_at_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- South Korea on Monday imposed unilateral sanctions on four Russian shipping companies.",
        "The designation comes a week after the U.S. Treasury Department blacklisted three of the same firms.",
        'Hours later, the Russian Embassy in Seoul issued a statement calling the decision "an openly unfriendly step".',
        'It warned that the move "will not go unanswered".',
    )
    assert ("ACCUSE", "RUS", "KOR") in _rows(doc) and ("THREATEN", "RUS", "KOR") in _rows(doc)
    assert not [e for e in doc.events if e.event_type == "THREATEN" and e.source is None]


def test_ordering_a_strike_makes_it_and_the_rebels_attack_stays_their_own(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Israel's prime minister ordered the military to strike Hamas targets in Gaza.")
    assert _rows(doc) == [("ASSAULT", "ISR", "PSE")]
    # (an order to answer whatever may come stays a threat)
    assert _rows(_story(stages, "Hun Manet ordered the army to respond decisively to any further attacks by Cambodia."))[0][0] == "THREATEN"
    doc = _story(
        stages,
        "BOGOTA, Dec 2 (Reuters) - Colombia suspended peace talks with the National Liberation Army (ELN) on Wednesday and ordered a military "
        "offensive against the leftist rebels after they attacked an army base near the border with Venezuela, killing nine soldiers.",
        published="2026-12-02",
    )
    attacks = sorted((e.source.sector or "", e.trigger.text) for e in doc.events if e.event_type == "ASSAULT")
    assert attacks == [("", "ordered a military offensive"), ("REB", "attacked")]

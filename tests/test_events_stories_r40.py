"""Round 40: fixes found by scoring the bench articles (the wording here is
the team's own)."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def test_support_a_state_is_said_to_have_comes_from_the_speaker(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "VILNIUS (Reuters) - Lithuania shut two crossings on its border with Belarus on Saturday after a surge of migrants.",
        "Border guards said about 400 people had tried to cross overnight.",
        "The European Commission said Lithuania had its full solidarity and accused Belarus of using migrants as a weapon.",
        "Georgia has the backing of the European Union in the dispute, a Commission spokesman added.",
        published="2026-03-08",
    )
    support = _rows(doc, "SUPPORT")
    assert ("SUPPORT", "EUR", "LTU") in support and ("SUPPORT", "EUR", "GEO") in support
    assert ("SUPPORT", "LTU", "BLR") not in support
    # the accusation joined to what the state has is the speaker's, not the state's
    assert ("ACCUSE", "EUR", "BLR") in _rows(doc, "ACCUSE")
    assert ("ACCUSE", "LTU", "BLR") not in _rows(doc, "ACCUSE")
    # support a state keeps for another is its own to give
    doc = _story(
        stages,
        "MINSK (Reuters) - The Belarusian foreign ministry said on Monday that Russia kept its full support for Serbia in the dispute.",
        "Belgrade thanked Moscow.",
        "Kosovo protested.",
        published="2026-03-09",
    )
    assert ("SUPPORT", "BLR", "RUS") not in _rows(doc, "SUPPORT")


def test_a_person_titled_head_of_an_office_is_of_its_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SKOPJE (Reuters) - Greek police detained a North Macedonian truck driver on Friday after finding weapons in his lorry.",
        "The driver was taken to Thessaloniki for questioning.",
        "Ana Petrova, head of the Macedonian government's office for the diaspora, denied that the driver had any link to the state "
        "and demanded his immediate release.",
        published="2026-04-11",
    )
    assert ("REQUEST", "MKD", "GRC") in _rows(doc, "REQUEST")


def test_will_not_sit_idle_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ATHENS (Reuters) - Turkey sent a survey ship into disputed waters south of Crete on Monday.",
        "Greek warships shadowed the vessel.",
        'The Greek defence ministry said Greece "will not sit idle" if Ankara keeps sending ships into its waters.',
        published="2026-06-02",
    )
    assert ("THREATEN", "GRC", "TUR") in _rows(doc, "THREATEN")


def test_the_two_envoys_are_the_two_posts_told_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "TOKYO, May 3 (Kyodo) -- The U.S. special envoy for Myanmar held talks with Japan's chief negotiator in Tokyo on Tuesday, "
        "and the two agreed to keep the door to dialogue with the junta open.",
        "Officials said the meeting lasted two hours.",
        "The two envoys also urged Myanmar's military government to allow aid into Rakhine State.",
        published="2026-05-03",
    )
    # the state a post is for is no party of the talks
    agree = _rows(doc, "AGREE")
    assert ("AGREE", "USA", "JPN") in agree and ("AGREE", "JPN", "USA") in agree
    assert not [r for r in agree if "MMR" in r[1:2]]
    request = _rows(doc, "REQUEST")
    assert ("REQUEST", "USA", "MMR") in request and ("REQUEST", "JPN", "MMR") in request


def test_a_person_of_no_told_state_arrested_by_a_states_agents_is_of_that_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "TBILISI, May 9 (Reuters) - Thousands of people rallied outside parliament on Friday against a new law on foreign funding.",
        "Police moved in shortly after midnight and arrested Levan Beridze near the parliament building.",
        "The interior ministry said officers had used water cannon.",
        published="2026-05-09",
    )
    arrests = [e for e in doc.events if e.event_type == "COERCE" and e.trigger is not None and e.trigger.text == "arrested"]
    assert [(e.source.country, e.target.country) for e in arrests if e.source and e.target] == [("GEO", "GEO")]
    assert arrests[0].extra.get("target_country_via") == "doer" and arrests[0].target.text == "Levan Beridze"


def test_a_count_of_a_people_is_no_person(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "U.S. indicts 4 N. Koreans for posing as IT workers, offers $5 mln reward")
    assert not [m for m in doc.mentions if m.kind == "person"]
    assert "PRK" in {m.country for m in doc.mentions}


def test_a_title_before_a_name_stops_at_the_host_before_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "On Sunday, Egyptian President Abdel Fattah al-Sisi hosted Eritrean President Isaias Afwerki in Cairo, where the two leaders "
        "agreed to expand trade.",
        published="2026-06-01",
    )
    people = {m.text: m.country for m in doc.mentions if m.kind == "person"}
    # (the tagger reads "hosted" as an adjective here)
    assert people.get("Eritrean President Isaias Afwerki") == "ERI"
    agree = _rows(doc, "AGREE")
    assert ("AGREE", "EGY", "ERI") in agree and ("AGREE", "ERI", "EGY") in agree


def test_a_state_whose_border_a_place_is_near_is_no_target_of_an_attack_there(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "JUBA, June 3 (Reuters) - Rebel gunmen attacked a cattle camp in the town of Nadapal near the Kenyan border on Tuesday, "
        "killing at least nine herders.",
        "The army said it had sent troops to the area.",
        "Local officials blamed the attack on a faction of the SPLA-IO.",
        published="2026-06-03",
    )
    attacks = [e for e in doc.events if e.event_type == "ASSAULT" and e.trigger is not None and e.trigger.text == "attacked"]
    assert attacks and all(e.target is None or e.target.country != "KEN" for e in attacks)
    # (nor are the people killed there of that state)
    doc = _story(
        stages,
        "KHARTOUM, Nov 30 (Reuters) - On Sunday, RSF drones struck a market in the army-held town of Kornoi near the Chadian border, "
        "killing at least 14 civilians.",
        "The army said the RSF was using civilians as shields.",
        "The United Nations condemned the attack.",
        published="2026-11-30",
    )
    assert ("ASSAULT", "SDN", "SDN") in _rows(doc, "ASSAULT") and not [r for r in _rows(doc, "ASSAULT") if r[2] == "TCD"]


def test_should_expect_consequences_is_a_threat_not_a_demand(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "WASHINGTON, March 4 (Reuters) - The United States imposed sanctions on two Iranian shipping firms on Tuesday.",
        '"Any company that carries Iranian oil should expect the same consequences," Treasury Secretary Scott Bessent said.',
        "Iran said the sanctions were illegal.",
        published="2026-03-04",
    )
    assert [r for r in _rows(doc, "THREATEN") if r[1] == "USA"]
    assert not [r for r in _rows(doc, "REQUEST") if r[1] == "USA"]

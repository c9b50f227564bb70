"""Round 35: fixes found by scoring the bench articles (the wording here is
the team's own): a denial answers every accuser of a joint accusation, a
minister rejecting criticism answers the critics at home, a speaker's "the
government" is its own, keeping the door open to dialogue is an offer, and
a go-between named by "mediated by" mediates with each party."""

from __future__ import annotations

from tests import test_events_stories as base
from tests.test_events_stories_r34 import _person_states

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def test_a_denial_answers_every_accuser_of_a_joint_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Washington, Seoul and Tokyo on Monday jointly blamed North Korea for the theft of $300 million in crypto assets. "
        "Pyongyang on Tuesday denied any involvement.",
    )
    denials = {(s, t) for typ, s, t in _rows(doc) if typ == "REJECT"}
    assert denials == {("PRK", "USA"), ("PRK", "KOR"), ("PRK", "JPN")}


def test_a_single_accuser_is_still_the_one_answered(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Japan accused China of sending a drone over Yonaguni on Friday. Japan's defense ministry said the drone was tracked for an hour. "
        "Beijing denied the accusation on Saturday.",
    )
    assert ("REJECT", "CHN", "JPN") in _rows(doc)
    assert {t for typ, s, t in _rows(doc) if typ == "REJECT"} == {"JPN"}


def test_a_minister_rejecting_criticism_answers_the_critics_at_home(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Opposition lawmakers accused the government of weakening front-line readiness. "
        "Defense Minister Ahn Gyu-back rejected the criticism, telling a parliamentary committee that the troops remained ready.",
    )
    assert ("REJECT", "KOR", "KOR") in _rows(doc)
    # (criticism is a claim someone made, not a doctrine like "hegemonism")
    doc = _story(stages, "Beijing said it would work with Moscow to oppose hegemonism.")
    assert not _rows(doc, "REJECT") and not _rows(doc, "ACCUSE")


def test_a_foreign_critic_is_still_answered_before_a_domestic_one(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Japan criticized South Korea over the drills near the islets. "
        "Seoul's foreign ministry rejected the criticism on Friday.",
    )
    assert ("REJECT", "KOR", "JPN") in _rows(doc)


def test_the_government_a_ministry_speaks_of_is_its_own(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "North Korea's Kim Yo-jong rejected Seoul's offer of talks on Thursday. "
        "South Korea's Unification Ministry expressed regret over Kim's remarks on Friday, but said the government would keep the door open to dialogue with Pyongyang.",
    )
    assert ("AGREE", "KOR", "PRK") in _rows(doc)
    assert not [r for r in _rows(doc) if r[0] == "AGREE" and r[1] == "PRK"]


def test_keeping_the_door_open_to_talks_is_an_offer_by_who_keeps_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Seoul said on Monday it would keep the door open to talks with the North.")
    assert _rows(doc) == [("AGREE", "KOR", "PRK")]
    # (a standing stance gets no doer, and a story sets it aside: "remained open to negotiations")
    doc = _story(stages, "Moscow said it remained open to negotiations with Kyiv.")
    assert [src for _, src, _ in _rows(doc, "AGREE")] in ([], [None])


def test_a_go_between_named_by_mediated_by_mediates_with_each_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Armenia and Azerbaijan exchanged 30 detainees on Wednesday in a swap mediated by the United Arab Emirates.")
    assert ("CONSULT", "ARE", "ARM") in _rows(doc) and ("CONSULT", "ARE", "AZE") in _rows(doc)
    assert ("RETREAT", "ARM", "AZE") in _rows(doc)
    mediations = [e for e in doc.events if e.source is not None and e.source.country == "ARE"]
    assert {e.cameo_code for e in mediations} == {"045"} and {e.trigger.text for e in mediations} == {"mediated"}
    doc = _story(stages, "Thailand and Cambodia agreed on Sunday to a ceasefire brokered by Malaysia and the United States.")
    mediators = {(s, t) for typ, s, t in _rows(doc) if typ == "CONSULT"}
    assert mediators == {("MYS", "THA"), ("MYS", "KHM"), ("USA", "THA"), ("USA", "KHM")}


def test_both_sides_of_one_state_are_mediated_with_once(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Several rounds of talks between the army and the RSF mediated by Saudi Arabia have failed.")
    assert [r for r in _rows(doc) if r[1] == "SAU"] == [("CONSULT", "SAU", "SDN")]


def test_a_mediator_named_as_the_subject_is_no_second_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Qatar mediated talks between Congo and the M23 rebels in Doha.")
    assert set(_rows(doc)) == {("CONSULT", "QAT", "COD")}
    assert {e.extra.get("via") for e in doc.events} != {"go-between"}


def _states_of(doc, words: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    """States the coder gave the mentions whose text is ``words``."""
    return {m.country for m in doc.mentions if m.text.lower() == words}


_SHIPPER = (
    "SEOUL, Dec. 2 (Yonhap) -- South Korea on Wednesday imposed sanctions on a Hong Kong-based shipping company and two North Korean officials accused of smuggling oil into the North.",
    "The two officials worked for a trading bureau in Pyongyang, the foreign ministry said.",
    "Seoul's foreign ministry said the measures took effect immediately.",
    "The ministry said it had informed the Chinese Embassy in advance.",
    "South Korean officials said more steps were under review.",
    "In Tokyo, the chief cabinet secretary said Japan had frozen the assets of the company and the two officials.",
)


def test_a_counted_phrase_keeps_its_state_down_a_chain_of_retellings(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, *_SHIPPER)
    assert _states_of(doc, "the two officials") == {"PRK"}
    assert ("SANCTION", "JPN", "PRK") in _rows(doc)


def test_the_company_is_the_firm_named_several_sentences_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, *_SHIPPER)
    assert _states_of(doc, "the company") == {"HKG"}
    assert ("SANCTION", "JPN", "HKG") in _rows(doc) and ("SANCTION", "JPN", "KOR") not in _rows(doc)


def test_the_state_news_agency_is_the_one_named_just_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 30 (Yonhap) -- North Korea sent back three South Korean fishermen on Sunday, the unification ministry said.",
        "The Korean Central News Agency (KCNA) said the North had decided to return the crew from a humanitarian standpoint.",
        "But the state news agency also accused Seoul of neglecting control of its fishing boats.",
    )
    assert ("ACCUSE", "PRK", "KOR") in _rows(doc) and ("ACCUSE", "KOR", "PRK") not in _rows(doc)


def test_a_sanction_with_no_target_is_aimed_at_those_of_the_sanctions_told_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 2 (Yonhap) -- South Korea and Japan on Wednesday imposed sanctions on a Hong Kong-based shipping company, the foreign ministry said.",
        "The company shipped refined petroleum to North Korea in breach of U.N. resolutions, the ministry said.",
        "The United States imposed similar sanctions last month.",
        "China said it opposed unilateral sanctions.",
        published="2026-12-02",
    )
    us = [e for e in doc.events if e.event_type == "SANCTION" and e.source is not None and e.source.country == "USA"]
    assert us and {e.target.country for e in us if e.target is not None} == {"HKG"}
    doc = _story(
        stages,
        "SEOUL, Dec. 2 (Yonhap) -- South Korea on Wednesday imposed sanctions on two North Korean bankers, the foreign ministry said.",
        "The move came a day after Washington sanctioned the same network.",
        "North Korea did not comment.",
        published="2026-12-02",
    )
    us = [e for e in doc.events if e.event_type == "SANCTION" and e.source is not None and e.source.country == "USA"]
    assert us and {e.target.country for e in us if e.target is not None} == {"PRK"}
    assert {e.extra.get("target_via") for e in us} == {"story"}


def test_a_capitalised_weapon_after_a_dateline_is_no_state_and_its_sender_is_the_doer(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "KHARTOUM, Nov 28 (Reuters) - Drones launched by Sudan's paramilitary Rapid Support Forces (RSF) struck a power station in Atbara on Saturday, killing two guards.",
    )
    assert not [m for m in doc.mentions if m.text == "Drones"]
    assert [r for r in _rows(doc, "ASSAULT") if r[1] == "SDN"]
    assert not [r for r in _rows(doc) if "DRO" in r]


def test_an_affairs_office_is_a_state_body_its_spokesperson_speaks_for(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "China's coast guard seized a Taiwanese fishing boat near Kinmen on Tuesday.",
        "China's Taiwan Affairs Office said the crew were under investigation for fishing illegally.",
        'Spokesperson Zhu Fenglian told a news conference in Beijing that "Taiwan independence" forces would "pay a heavy price" if they provoked a confrontation.',
    )
    assert _person_states(doc, "Zhu Fenglian") == {"CHN"}
    assert [r for r in _rows(doc, "THREATEN") if r[1] == "CHN"] and not [r for r in _rows(doc, "THREATEN") if r[1] == "TWN"]
    assert {m.sector for m in doc.mentions if m.text == "Taiwan Affairs Office"} == {"GOV"}


def test_what_a_judged_act_is_called_names_no_target(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "China's coast guard seized a Taiwanese fishing boat near Kinmen on Tuesday.",
        'Taipei condemned the seizure as "an act of intimidation against ordinary fishermen".',
    )
    assert _rows(doc, "ACCUSE") == [("ACCUSE", "TWN", "CHN")]


def test_talks_their_parties_end_were_held_not_broken_off(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Iran and Britain, France and Germany ended two days of talks on Tehran's nuclear programme in Geneva on Saturday without agreement.")
    assert not _rows(doc, "SANCTION")
    meetings = {(s, t) for _, s, t in _rows(doc, "CONSULT")}
    assert {("IRN", "GBR"), ("IRN", "FRA"), ("IRN", "DEU")} <= meetings
    doc = _story(stages, "Serbia and Kosovo ended their talks in Brussels on Friday without a deal.")
    assert not _rows(doc, "SANCTION")
    # (one party ending talks with another breaks them off)
    doc = _story(stages, "Trump ends trade talks with Canada")
    assert _rows(doc) == [("SANCTION", "USA", "CAN")]


def test_a_round_of_talks_is_held_by_the_verbs_subjects(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Armenia and Azerbaijan concluded three days of talks in Abu Dhabi on Thursday.")
    assert ("CONSULT", "ARM", "AZE") in _rows(doc) and ("CONSULT", "AZE", "ARM") in _rows(doc)


def test_a_cause_of_defending_is_an_aim_not_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Kim Jong Un vowed to back Russia's just cause of defending its sovereignty.")
    assert not _rows(doc, "THREATEN") and not _rows(doc, "ASSAULT")


def test_artillery_fire_told_against_a_sea_border_is_a_firing_drill(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The JCS said the North fired about 60 artillery rounds from coastal positions on Sunday, though none of the shells landed south of the Northern Limit Line.")
    assert _rows(doc) == [("MOBILIZE", "PRK", None)]
    # (shells that hit somebody are an attack)
    doc = _story(stages, "The North fired about 60 artillery rounds at Yeonpyeong Island on Sunday, south of the Northern Limit Line, wounding two marines.")
    assert _rows(doc, "ASSAULT") and not _rows(doc, "MOBILIZE")


def test_a_wires_tag_before_a_headline_is_no_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 24 (Yonhap) -- North Korea fired an intercontinental ballistic missile into the East Sea on Tuesday.",
        title="(LEAD) N. Korea fires ICBM for first time in 2 years",
    )
    assert not [m for m in doc.mentions if m.text == "LEAD"]
    assert {src for _, src, _ in _rows(doc)} == {"PRK"}
    doc = _story(stages, "Seoul said on Friday it would send an envoy to Beijing.", title="(2nd LD) S. Korea to send envoy to China")
    assert not [m for m in doc.mentions if "LD" in m.text]


def test_its_ministry_after_a_sentence_opened_by_the_north_is_the_norths(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 2 (Yonhap) -- North Korea jammed GPS signals near the western border islands for a fifth day, the Joint Chiefs of Staff said.",
        "The North has not acknowledged the jamming. But on Monday, its defense ministry accused the South of flying a drone over Kaesong.",
    )
    assert ("ACCUSE", "PRK", "KOR") in _rows(doc) and ("ACCUSE", "KOR", "PRK") not in _rows(doc)


def test_he_after_a_subject_named_in_apposition_is_that_person(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Ukraine's chief negotiator, Rustem Umerov, said Russia had again turned down Kyiv's proposal for a ceasefire.",
        "The head of the Russian delegation, presidential aide Vladimir Medinsky, said Moscow would consider a truce only after Ukrainian forces leave Donetsk. "
        'He accused Kyiv of using the talks "as a public relations stage."',
    )
    assert ("ACCUSE", "RUS", "UKR") in _rows(doc) and ("ACCUSE", "UKR", "RUS") not in _rows(doc)


def test_it_said_after_a_body_told_before_is_that_body(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "U.S. Central Command said American aircraft struck two radar sites near Hodeida late Wednesday.",
        "It said the missiles fired at the tanker were Iranian-made and accused Tehran of arming the group.",
    )
    assert ("ACCUSE", "USA", "IRN") in _rows(doc)
    # (an expletive stays nobody: "It is said that ...")
    doc = _story(stages, "It was said that Iran had armed the group.")
    assert not [m for m in doc.mentions if m.text == "It"]


def test_a_firm_response_is_no_firm(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Cho and Rubio agreed to push for a unified and firm response by the international community.")
    assert not [m for m in doc.mentions if m.text == "firm"]
    assert all(t is None for _, _, t in _rows(doc))


def test_the_ministers_after_two_ministers_met_are_those_two(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart Choe Son Hui in Pyongyang on Friday.",
        "At the talks, the ministers agreed to increase exchanges in trade and tourism.",
    )
    agreements = {(s, t) for _, s, t in _rows(doc, "AGREE")}
    assert agreements == {("RUS", "PRK"), ("PRK", "RUS")}


def test_a_treaty_put_in_abeyance_is_suspended(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "India put the Indus Waters Treaty in abeyance in April last year.")
    assert [r[:2] for r in _rows(doc)] == [("SANCTION", "IND")]
    assert {e.cameo_code for e in doc.events} == {"164"}


def test_the_two_nuclear_armed_neighbours_fought_each_other_and_agreed_a_ceasefire(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Pakistan accused India of cutting the river's flow.",
        "The two nuclear-armed neighbours fought a four-day conflict in May last year before agreeing to a ceasefire on May 10.",
    )
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND"), ("AGREE", "IND", "PAK"), ("AGREE", "PAK", "IND")} <= set(_rows(doc))


def test_a_past_verb_hung_on_an_asked_infinitive_is_an_act_of_its_own(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        'Ahn asked Beijing to play a "constructive role" in persuading North Korea to return to dialogue and expressed concern over the North\'s dispatch of troops to Russia, the ministry said.',
    )
    assert ("ACCUSE", "KOR", "PRK") in _rows(doc) and ("REQUEST", "KOR", "CHN") in _rows(doc)
    # (what is asked stays part of the request: "urged the North to return to talks and halt its launches")
    doc = _story(stages, "Seoul urged the North to return to talks and halt its missile launches.")
    assert [r[0] for r in _rows(doc)] == ["REQUEST"]


def test_a_rejected_accusation_answers_its_accuser_not_a_party_named_in_the_reason(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Houthi rebels fired two missiles at a tanker in the Red Sea on Wednesday.",
        "U.S. Central Command said the missiles were Iranian-made and accused Tehran of arming the group.",
        "Iran's foreign ministry spokesman rejected the accusation as \"baseless\" on Thursday, saying the Houthis made their own decisions.",
    )
    assert _rows(doc, "REJECT") == [("REJECT", "IRN", "USA")]
    # (the reason's party that made the claim still answers: "saying the United States had no right")
    doc = _story(
        stages,
        "The United States criticized China's coast guard for blocking a Philippine supply boat.",
        "Chinese Foreign Ministry spokesperson Lin Jian rejected the criticism, saying the United States had no right to interfere.",
    )
    assert _rows(doc, "REJECT") == [("REJECT", "CHN", "USA")]


def test_vessels_driven_away_are_coerced(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "China's coast guard said on Saturday it had driven away two Philippine government vessels near Sabina Shoal.")
    assert ("COERCE", "CHN", "PHL") in _rows(doc)
    doc = _story(stages, "The Chinese navy drove off a Japanese destroyer near the Senkaku Islands on Monday.")
    assert _rows(doc) == [("COERCE", "CHN", "JPN")]


def test_state_media_on_the_korean_desk_are_the_norths(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- North Korea has told the remaining staff of two U.N. agencies to leave the country.",
        "In a statement carried by state media on Saturday, the North's foreign ministry warned that it would take countermeasures if U.S.-led forces persisted.",
    )
    assert {m.country for m in doc.mentions if m.text == "state media"} == {"PRK"}
    assert not [r for r in _rows(doc, "THREATEN") if r[1] == "KOR"]


def test_a_states_own_security_council_is_that_states(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 3 (Reuters) - Two North Korean soldiers held in Ukraine have asked to be sent to South Korea, Seoul's foreign ministry said.",
        "Cooperation has deepened since Kim Jong Un hosted the secretary of Russia's Security Council in Pyongyang in June, when the two sides agreed to expand military ties.",
    )
    assert ("AGREE", "PRK", "RUS") in _rows(doc) and ("AGREE", "RUS", "PRK") in _rows(doc)
    assert not [r for r in _rows(doc) if "UNO" in r]


def test_she_after_a_spokeswoman_named_by_her_role_is_that_spokeswoman(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Congolese Foreign Minister Therese Kayikwamba Wagner accused Rwanda of backing the M23 offensive, she told reporters in Kinshasa.",
        "Rwanda's government spokeswoman said the accusations were \"baseless\". She in turn accused Kinshasa of arming the FDLR militia.",
    )
    assert ("ACCUSE", "RWA", "COD") in _rows(doc) and ("ACCUSE", "COD", "COD") not in _rows(doc)


def test_a_ships_flag_lends_its_state_to_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- A Navy destroyer intercepted the Togo-flagged Hai Rong off Jeju Island on Tuesday, and coast guard officers boarded the ship.",
    )
    assert {m.country for m in doc.mentions if m.text == "coast guard officers"} == {"KOR"}
    assert not [r for r in _rows(doc) if r[1] == "TGO"]


def test_an_approved_arms_sale_is_military_aid(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The State Department approved the sale of 400 Patriot missiles to Poland on Monday.")
    assert _rows(doc) == [("AID", "USA", "POL")]
    assert {e.cameo_code for e in doc.events} == {"072"}


def test_a_ministry_that_added_firms_to_a_list_is_of_the_state_that_dealt_with_the_other(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "TAIPEI, Dec. 2 (AP) — China's military sent dozens of warplanes around Taiwan on Tuesday.",
        "China's Foreign Ministry said it had lodged stern representations with Washington over the sale, and on Friday the Commerce Ministry added 10 U.S. defense companies to its list.",
    )
    assert {m.country for m in doc.mentions if m.text == "Commerce Ministry"} == {"CHN"}


def test_branding_or_declaring_a_state_hostile_accuses_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, 'Kim Jong Un last month branded South Korea "the most hostile state".')
    assert _rows(doc) == [("ACCUSE", "PRK", "KOR")]
    doc = _story(stages, 'Kim Jong Un declared the South a separate and "hostile state" at a party meeting in December 2023.')
    assert _rows(doc) == [("ACCUSE", "PRK", "KOR")]
    # (a state of emergency declared accuses nobody)
    doc = _story(stages, "The government declared a state of emergency on Monday.")
    assert not _rows(doc, "ACCUSE")


def test_pouring_scorn_on_an_offer_is_a_judgement(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Kim Yo Jong, a vice department director of the ruling Workers' Party, poured scorn on Seoul's offer of rice aid.")
    assert [r[:2] for r in _rows(doc)] == [("ACCUSE", "PRK")]


def test_analysing_an_incident_with_an_allys_intelligence_is_cooperation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "South Korea's Joint Chiefs of Staff said it is closely analysing the incident together with U.S. intelligence authorities.")
    assert _rows(doc) == [("COOPERATE", "KOR", "USA")]
    # (analysing alone is no act)
    doc = _story(stages, "Military authorities were analyzing the launch.")
    assert not _rows(doc)


def test_telling_foreign_staff_to_leave_the_country_expels_them(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "North Korea told the remaining staff of two U.N. agencies to leave the country by the end of December.")
    assert _rows(doc) == [("SANCTION", "PRK", "UNO")]
    # (telling the press one will leave is no act)
    doc = _story(stages, "The minister told reporters he would leave the country on Friday.")
    assert not _rows(doc)


def test_fire_not_returned_is_a_negated_answer_to_whoever_fired(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "North Korean soldiers fired at a South Korean guard post on Sunday.", "The South's military did not fire back.")
    answers = [e for e in doc.events if e.source is not None and e.source.country == "KOR"]
    assert [(e.event_type, e.target.country if e.target else None, e.polarity) for e in answers] == [("ASSAULT", "PRK", "negated")]
    assert answers[0].trigger is not None and answers[0].trigger.text == "fire back"


def test_a_meeting_requested_by_states_is_asked_of_the_body_that_held_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The U.N. Security Council met on Wednesday to discuss Russian arms deliveries to North Korea.", "The open meeting was requested by the U.S., Britain and France.")
    assert {("REQUEST", "USA", "UNO"), ("REQUEST", "GBR", "UNO"), ("REQUEST", "FRA", "UNO")} <= set(_rows(doc))
    # (firefighters called to the scene ask nothing)
    doc = _story(stages, "Firefighters were called to the scene on Monday.")
    assert not _rows(doc)


def test_a_headline_leader_convening_his_own_council_consults_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 24 (Yonhap) -- North Korea fired an intercontinental ballistic missile into the East Sea on Tuesday.",
        title="N. Korea fires ICBM; Lee convenes NSC as allies seek U.N. Security Council meeting",
    )
    assert not [r for r in _rows(doc, "CONSULT") if r[1] == r[2]]

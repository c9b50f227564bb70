"""Round 36: fixes found by scoring the bench articles (the wording here is
the team's own): the "it" of "the first launch since May, when it fired"
is whose launch is counted, and that when-clause keeps its own day; a
leader watching his state's test tells the test."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def _dated(doc, kind: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(((e.source.country if e.source else None), e.date) for e in doc.events if e.event_type == kind)


def test_the_it_of_a_first_since_when_clause_is_the_counted_acts_doer(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Pakistan test-fired a cruise missile on Friday. India's defense ministry said it had tracked the launch. "
        "Friday's firing was Pakistan's first known cruise missile test since April, when it launched two Babur missiles from a submarine.",
        published="2026-11-28",
    )
    assert _dated(doc, "MOBILIZE") == [("PAK", "2026-04-01"), ("PAK", "2026-11-27")]


def test_a_when_clause_hung_on_the_verb_keeps_the_day_it_follows(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Iran fired a new ballistic missile on Tuesday. "
        "It was Iran's first missile launch since Sept. 14, when it fired two rockets into the Gulf of Oman.",
        published="2026-11-25",
    )
    assert _dated(doc, "MOBILIZE") == [("IRN", "2026-09-14"), ("IRN", "2026-11-24")]


def test_a_leader_watching_a_test_tells_his_states_test_but_not_others_acts(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "In March, North Korean leader Kim Jong Un watched a test of a new air defence missile.")
    assert _rows(doc) == [("MOBILIZE", "PRK", None)]
    doc = _story(stages, "Kim Jong Un watched the parade in Moscow. Putin watched the talks between the two delegations from a side room.")
    assert _rows(doc) == []


def test_two_states_intelligence_authorities_jointly_analysing_a_launch_cooperate(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Japanese and U.S. intelligence authorities were jointly analysing the launch for further details, Tokyo said.")
    assert _rows(doc) == [("COOPERATE", "JPN", "USA"), ("COOPERATE", "USA", "JPN")]
    doc = _story(stages, "Japanese intelligence authorities were analysing the launch.")
    assert _rows(doc) == []


def test_a_place_its_states_adjective_or_a_listed_city_places_is_no_second_target(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Russian drones struck the Ukrainian port of Reni overnight, injuring two workers.")
    assert ("ASSAULT", "RUS", None) not in _rows(doc) and ("ASSAULT", "RUS", "UKR") in _rows(doc)
    doc = _story(stages, "Israeli jets struck Fordow, Natanz and Isfahan in June last year.")
    assert _rows(doc) == [("ASSAULT", "ISR", "IRN")]
    # an unknown name beside a state's own name may be a state the lexicons lack
    doc = _story(stages, "Gondor attacked Arnor and France on Monday.")
    assert _rows(doc) == [("ASSAULT", "GON", "ARN"), ("ASSAULT", "GON", "FRA")]


def test_the_two_sides_of_one_states_rival_camps_are_that_state_not_the_venue(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Yemen's rival governments agreed on Monday at talks in Muscat to reopen roads around Taiz. "
        "The two delegations will meet again next month.",
    )
    assert len(_rows(doc)) == 2 and all(s == "YEM" and t in ("YEM", None) for _typ, s, t in _rows(doc))


def test_a_quoted_verb_the_tagger_took_for_a_plural_noun_is_still_the_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Seoul, Washington and Tokyo urged North Korea to halt its missile launches. "
        'A spokesperson for North Korea\'s foreign ministry said the North "categorically rejects" their demands.',
    )
    assert sorted(t for typ, s, t in _rows(doc) if typ == "REJECT" and s == "PRK") == ["JPN", "KOR", "USA"]


def test_a_vessels_name_is_no_party_even_when_a_town_has_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "MANILA, Nov. 30 (AP) -- Two Chinese coast guard ships blasted the wooden supply boat Unaizah May 6 with water cannon on Saturday.",
    )
    assert [r for r in _rows(doc) if r[0] == "ASSAULT"] and not [r for r in _rows(doc) if "SAU" in r]
    # (a state's own name after a vessel noun is still the state)
    doc = _story(stages, "Russia delivered the frigate Iran ordered in 2021.")
    assert {m.country for m in doc.mentions} == {"RUS", "IRN"}


def test_the_name_after_after_is_the_subject_the_parser_lost(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "The drill came two days after Kim Yo Jong, the powerful sister of leader Kim Jong Un, accused Seoul of "
        '"reckless provocations" and warned that the South would "pay dearly".',
    )
    assert ("ACCUSE", "PRK", "KOR") in _rows(doc) and ("THREATEN", "PRK", "KOR") in _rows(doc)


def test_korean_investigators_and_courts_are_seouls(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "The Defense Counterintelligence Command has launched an investigation into whether two Chinese students filmed the base.")
    assert _rows(doc) == [("ACCUSE", "KOR", "CHN")]


def test_a_story_of_one_states_rival_camps_aims_their_untargeted_acts_at_that_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ADEN, Nov. 24 (Reuters) -- Yemen's rival governments agreed on Tuesday at U.N.-backed talks in Muscat to reopen the roads around Taiz, "
        "U.N. envoy Hans Grundberg said.",
        "Fighting broke out in Taiz late on Monday, residents said.",
        "On Tuesday the government's defence ministry said its forces had pulled back from the city's northern road.",
        "The Houthis later blamed government forces for the violence.",
        published="2026-11-25",
    )
    assert ("RETREAT", "YEM", "YEM") in _rows(doc)
    assert not [r for r in _rows(doc) if r[1] == "YEM" and r[2] in ("UNO", "OMN")]


def test_the_sponsor_of_talks_is_no_party_to_what_is_agreed_there(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Sudan's army agreed at U.S.-backed talks in Jeddah on Friday to a week-long truce.")
    assert _rows(doc) == [("AGREE", "SDN", None)]


def test_a_un_rapporteur_named_by_post_or_name_is_the_un(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "The special rapporteur urged Pyongyang on Tuesday to free the six detainees.",
        "North Korea's foreign ministry denounced the rapporteur as a puppet of Washington.",
    )
    assert ("REQUEST", "UNO", "PRK") in _rows(doc) and ("ACCUSE", "PRK", "UNO") in _rows(doc)
    doc = _story(stages, "Elizabeth Salmon met Unification Minister Chung Dong-young in Seoul on Monday.")
    assert ("CONSULT", "UNO", "KOR") in _rows(doc)


def test_the_spy_agency_is_the_agency_the_story_named_not_the_nearest_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "The National Intelligence Service told lawmakers that the North had sent more engineers to Russia. "
        "According to the spy agency, the engineers were sent to Russia by train in August.",
    )
    assert {m.country for m in doc.mentions if m.text == "spy agency"} == {"KOR"}


def test_soldiers_coming_to_blows_on_a_border_assault_each_other_and_the_range_is_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Indian and Chinese soldiers came to blows on their Himalayan border on Tuesday.")
    assert _rows(doc) == [("ASSAULT", "CHN", "IND"), ("ASSAULT", "IND", "CHN")]


def test_a_rally_set_in_another_states_town_is_that_states_and_against_its_government(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ABU DHABI, Nov 20 (AFP) - The foreign ministers of Armenia and Azerbaijan signed a border protocol in Abu Dhabi on Friday.",
        "The United Arab Emirates hosted the ceremony, and the UAE foreign minister met each delegation. The Emirati government called the deal historic.",
        "In Yerevan, several hundred opposition supporters rallied outside the government building on Friday evening.",
        title="Armenia, Azerbaijan sign border protocol in Abu Dhabi",
    )
    assert [r for r in _rows(doc) if r[0] == "PROTEST"] == [("PROTEST", "ARM", "ARM")]


def test_guyana_asking_the_un_court_to_order_venezuela_to_pull_back_the_troops_it_moved(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Guyana asked the United Nations' top court on Wednesday to order Venezuela to pull back the troops it has moved toward the border.")
    assert ("REQUEST", "GUY", "UNO") in _rows(doc)
    assert [r for r in _rows(doc) if r[0] == "MOBILIZE"] == [("MOBILIZE", "VEN", None)]
    doc = _story(stages, "Venezuela sends troops toward Essequibo border")
    assert [r[:2] for r in _rows(doc)] == [("MOBILIZE", "VEN")]


def test_a_firm_the_tagger_read_as_a_person_is_the_firm_of_the_state_that_owns_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Niger ordered the staff of mining group Arvelle to leave the country on Thursday. "
        "Arvelle, which is majority-owned by the French state, said it would go to arbitration.",
    )
    assert {(m.kind, m.country) for m in doc.mentions if m.text == "Arvelle"} == {("org", "FRA")}
    doc = _story(stages, "China fined Samsung on Monday. Beijing said the company had hidden its sales from regulators in China.")
    assert {m.country for m in doc.mentions if m.text == "company"} == {"KOR"}


def test_shells_fired_into_waters_north_of_an_island_are_a_show_of_force_at_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "North Korea fired about 60 artillery rounds into the maritime buffer zone north of Baengnyeong Island on Tuesday.")
    assert _rows(doc) == [("MOBILIZE", "PRK", None)]
    doc = _story(stages, "North Korea fired artillery shells at Yeonpyeong Island, killing two marines.")
    assert ("ASSAULT", "PRK", "KOR") in _rows(doc)


def test_marines_drilling_on_their_own_island_show_force_at_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 24 (Yonhap) -- The Marine Corps' Northwest Islands Defense Command carried out a firing exercise on Yeonpyeong "
        "with K9 self-propelled howitzers on Tuesday.",
    )
    assert _rows(doc) == [("MOBILIZE", "KOR", None)]


def test_a_call_joined_to_a_right_the_speaker_affirms_is_the_speakers(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "A State Department spokesperson said Israel had the right to defend itself against Hezbollah "
        "and called on the Lebanese government to speed up the disarmament of the group.",
    )
    assert ("REQUEST", "USA", "LBN") in _rows(doc) and ("REQUEST", "ISR", "LBN") not in _rows(doc)


def test_an_inquiry_into_whether_the_launches_broke_the_truce_is_aimed_at_the_launcher(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 23 (Yonhap) -- North Korea sent hundreds of balloons carrying trash into South Korea on Sunday, and Seoul resumed loudspeaker broadcasts. "
        "The U.N. Command said it had opened an investigation into whether the launches violated the armistice.",
    )
    assert [r for r in _rows(doc) if r[1] == "UNO"] == [("ACCUSE", "UNO", "PRK")]


def test_declaring_itself_no_longer_bound_by_an_accord_rejects_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Seoul partially suspended the 2018 military agreement, and the North declared the next day that it would no longer be bound by the accord.",
    )
    assert ("REJECT", "PRK", None) in _rows(doc) or ("REJECT", "PRK", "KOR") in _rows(doc)
    doc = _story(stages, "Seoul said it would remain bound by the accord.")
    assert not [r for r in _rows(doc) if r[0] == "REJECT"]


def test_a_navy_boat_sailing_into_anothers_waters_is_a_show_of_force_at_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "In March last year, a Venezuelan navy patrol boat sailed into Guyanese waters near an offshore oil platform.")
    assert _rows(doc) == [("MOBILIZE", "VEN", "GUY")]


def test_her_and_she_after_a_rapporteur_are_the_rapporteur(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- Elizabeth Salmon met Unification Minister Chung Dong-young on Tuesday, and Chung asked her to keep the issue on the council's agenda.",
        "The special rapporteur said she had asked North Korea's mission in Geneva for a meeting.",
    )
    assert ("REQUEST", "KOR", "UNO") in _rows(doc) and ("REQUEST", "UNO", "PRK") in _rows(doc)


def test_it_after_a_statement_told_is_its_author_never_a_crowd(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- KCNA carried a statement by a spokesperson for North Korea's foreign ministry on Monday.",
        "The statement insisted there were no detainees in the country, only criminals punished according to its laws. "
        "It also accused the United States of using human rights as a weapon.",
    )
    assert ("ACCUSE", "PRK", "USA") in _rows(doc)


def test_two_leaders_who_agreed_when_they_met_both_agreed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "The dialogue grew out of the first summit between President Lee Jae-myung and Chinese President Xi Jinping, "
        "who agreed to launch it when they met in Gyeongju last year.",
    )
    assert ("AGREE", "KOR", "CHN") in _rows(doc) and ("AGREE", "CHN", "KOR") in _rows(doc)


def test_an_embassy_rejecting_the_protest_answers_its_host(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Seoul summoned the Russian ambassador to protest the pact on Monday.",
        "In Tokyo, Kihara said Japan had protested to Moscow through diplomatic channels.",
        "The Russian Embassy in Seoul rejected the protest later Monday.",
    )
    assert [r for r in _rows(doc) if r[0] == "REJECT"] == [("REJECT", "RUS", "KOR")]


def test_regret_that_another_state_did_something_is_criticism(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, 'The unification ministry expressed regret that Pyongyang had "once again chosen provocation over dialogue".')
    assert _rows(doc) == [("ACCUSE", "KOR", "PRK")]
    doc = _story(stages, "Japan expressed regret for the incident.")
    assert [r[0] for r in _rows(doc)] == ["SUPPORT"]


def test_a_government_to_government_contract_names_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "South Korea and Poland signed a government-to-government contract on Thursday for the supply of 120 more K2 tanks.")
    assert _rows(doc) == [("SUPPORT", "KOR", "POL"), ("SUPPORT", "POL", "KOR")]


def test_a_spokesperson_asked_about_it_is_still_the_one_who_said_and_urged(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "In Beijing, a Chinese foreign ministry spokesperson, asked about the statement, said China's position was consistent "
        "and urged all relevant parties to exercise restraint.",
    )
    assert _rows(doc) == [("REQUEST", "CHN", None)]


def test_calling_off_a_planned_visit_withdraws_it_and_un_missions_are_the_un(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Trump called off a planned state visit to Denmark in August 2019.")
    assert _rows(doc) == [("SANCTION", "USA", "DNK")]
    doc = _story(stages, "The government called off the planned fuel tax hike after a week of protests.")
    assert [r[0] for r in _rows(doc)] == ["CONCEDE"]
    doc = _story(stages, "UNSMIL called on all sides in Tripoli to stop fighting immediately.")
    assert [r[:2] for r in _rows(doc)] == [("REQUEST", "UNO")]


def test_saying_the_other_side_started_the_clash_blames_it(stages) -> None:  # type: ignore[no-untyped-def]
    for said in ("said that", "said the same day that"):
        doc = _story(stages, f"Cambodia's defence ministry {said} Thai soldiers had started the clash by advancing on a Cambodian position.")
        assert ("ACCUSE", "KHM", "THA") in _rows(doc), said
    doc = _story(stages, "Thai soldiers started the clash on Saturday.")
    assert not [r for r in _rows(doc) if r[0] == "ACCUSE"]


def test_an_act_told_in_breach_of_a_deal_is_the_speakers_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Cambodia said Thai troops had moved armoured vehicles to the border overnight, in breach of the ceasefire.")
    assert ("ACCUSE", "KHM", "THA") in _rows(doc)


def test_an_act_told_in_potential_violation_is_no_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Cambodia said Thai troops had moved armoured vehicles to the border overnight, in possible breach of the ceasefire.")
    assert not [r for r in _rows(doc) if r[0] == "ACCUSE"]


def test_a_tone_struck_is_no_attack_and_a_joint_deal_on_their_own_bodies_is_with_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "China, the North's main ally and trading partner, struck a more cautious tone.")
    assert _rows(doc) == []
    doc = _story(stages, "South Korea and China agreed on a coast guard hotline on Thursday.")
    assert _rows(doc) == [("AGREE", "CHN", "KOR"), ("AGREE", "KOR", "CHN")]

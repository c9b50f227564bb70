"""Whole stories, round 32: parties a story names a few sentences away, the
story's own state when its datelines say nothing, and words that look like
parties and are not (hunts KM and KN, articles written for the purpose; none
of their text is in the repository)."""

from __future__ import annotations

from tests import test_events_stories as base

_rows, _story = base._rows, base._story
stages = base.stages  # the module's fixture, shared


def _every(doc, kind: str, side: str, country: str) -> bool:  # type: ignore[no-untyped-def]
    """The story has events of ``kind``, and each has ``country`` on ``side`` ("source" or "target")."""
    found = [getattr(e, side) for e in doc.events if e.event_type == kind]
    return bool(found) and all(a is not None and a.country == country for a in found)


def test_a_main_verb_the_parser_hung_on_an_appositive_subject_keeps_its_subject(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ADDIS ABABA, Dec 3 (AP) - Ethiopia inaugurated a dam on the Blue Nile, while downstream Egypt warned it would defend its water security.",
        "Sudan, which lies between the two countries, called for a legally binding agreement on the dam.",
        "Egypt and Sudan held a joint air exercise last month, which Ethiopian officials described as intimidation.",
        "The ceremony was attended by the presidents of Kenya, Somalia and Djibouti.",
        "The African Union Commission chairman, Mahmoud Ali Youssouf, offered to host a new round of talks between the three countries "
        "and appointed a special envoy to mediate, the AU said in a statement.",
    )
    offers = [e for e in doc.events if e.trigger is not None and e.trigger.text.startswith("offered")]
    assert offers and all(e.source is not None and e.source.country == "AFR" for e in offers)
    # the three countries are the quarrel's, not the guests listed once
    assert {e.target.country for e in offers if e.target is not None} == {"ETH", "EGY", "SDN"}


def test_a_headline_opening_with_the_second_state_makes_it_the_home_of_the_army_and_the_junta(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Islamist militants attacked army positions in northern Burkina Faso at the weekend, killing dozens of soldiers, and the ruling junta "
        "accused neighbouring Ivory Coast of sheltering plotters and recalled its ambassador from Abidjan.",
        "The army said its aircraft had carried out strikes on the retreating militants on Sunday.",
        "Ivory Coast's government rejected the allegations as baseless on Monday, and officials in Abidjan said Ivorian territory was never used against a neighbour.",
        "Ivory Coast said it would not recall its own envoy from Ouagadougou for now, and the Ivorian foreign minister called for calm.",
        title="Burkina Faso junta blames Ivory Coast after jihadist attack kills dozens of soldiers",
    )
    strikes = [e for e in doc.events if e.event_type == "ASSAULT" and e.trigger is not None and "strikes" in e.trigger.text]
    assert strikes and strikes[0].source is not None and strikes[0].source.country == "BFA"


def test_the_two_are_the_two_people_who_met_two_sentences_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "Rutte, who arrived in Seoul on Wednesday for a two-day visit, met President Lee Jae-myung at the presidential office on Thursday.",
        "It was the first visit to South Korea by a NATO secretary general since 2023.",
        "During the 70-minute talks, the two also called on North Korea to stop sending weapons and troops to Russia.",
    )
    assert ("REQUEST", "KOR", "PRK") in _rows(doc, "REQUEST") and ("REQUEST", "NATO", "PRK") in _rows(doc, "REQUEST")
    assert not any(src == "RUS" for _t, src, _tgt in _rows(doc))


def test_a_north_korean_human_rights_group_rallying_in_seoul_is_seouls(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL, Dec. 1 (Yonhap) -- Dozens of members of a North Korean human rights group rallied in central Seoul on Tuesday to protest the repatriation.")
    assert _every(doc, "PROTEST", "source", "KOR")


def test_a_leaders_own_industry_and_his_companions_are_no_foreign_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- North Korean leader Kim Jong Un inspected a uranium enrichment facility, state media said.",
        "Kim visited the facility on Wednesday together with senior munitions industry officials, KCNA said.",
        "He ordered the munitions industry to expand production.",
    )
    assert not any(tgt == "KOR" for _t, _src, tgt in _rows(doc))


def test_talks_a_meeting_is_held_for_are_the_meeting_not_a_pledge(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "The disclosure comes two weeks before South Korean and U.S. officials are set to hold a Nuclear Consultative Group meeting "
        "in Washington to discuss the allies' extended deterrence strategy.",
    )
    assert _rows(doc) == [("CONSULT", "KOR", "USA"), ("CONSULT", "USA", "KOR")]
    doc = _story(stages, "A senior U.S. Treasury official is scheduled to visit Seoul on Monday to discuss joint steps against North Korea's illicit financing.")
    assert [e.event_type for e in doc.events] == ["CONSULT"]


def test_a_common_noun_opening_a_quote_and_a_ships_name_are_no_states(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, '"Damage to undersea cables threatens the security of Taiwan and the wider region," a State Department spokesperson said.')
    assert not any(a.country == "DAM" for a in doc.mentions)
    doc = _story(
        stages,
        "The George Washington, a 100,000-ton nuclear-powered carrier, arrived in Busan on Saturday for a port call ahead of the trilateral "
        "Freedom Edge exercise with South Korea, the United States and Japan.",
    )
    assert not any(e.event_type == "CONSULT" for e in doc.events)
    assert not any(a.text in ("George Washington", "Washington") for a in doc.mentions)


def test_a_name_with_a_known_short_name_in_brackets_attacks_and_its_attack_is_told_again(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "ANKARA, Nov 24 (Reuters) - Turkish warplanes struck militant targets in northern Iraq overnight, the defence ministry said on Tuesday, "
        "a day after militants of the Kurdistan Workers Party (PKK) attacked a military outpost near the border, killing four Turkish soldiers.",
        "Monday's attack on the outpost in Hakkari province was the deadliest on Turkish troops in more than two years.",
        published="2026-11-24",
    )
    attacks = [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None and e.source.sector == "REB"]
    assert len(attacks) == 1 and attacks[0].target is not None and attacks[0].target.country == "TUR"
    assert not any(e.source is not None and e.source.text == "Hakkari" for e in doc.events)


def test_a_summons_and_the_concern_conveyed_with_it_are_one_protest(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Dec. 1 (Yonhap) -- Vice Foreign Minister Park Yoon-joo called in Russian Ambassador Georgy Zinoviev later on Monday and conveyed Seoul's "
        '"grave concern" over the labor dispatches, urging Moscow to abide by the Security Council resolutions it had voted for.',
        'Zinoviev told Park that Russia\'s cooperation with North Korea was "legitimate", according to the ministry.',
    )
    assert _rows(doc) == [("ACCUSE", "KOR", "RUS"), ("REQUEST", "KOR", "RUS")]


def test_a_minister_speaking_after_a_quote_is_not_of_the_state_the_quote_accuses(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "TALLINN, Dec 3 (Reuters) - Estonia's foreign ministry declared the first secretary of the Russian embassy persona non grata on Wednesday.",
        '"Russia is again attempting to interfere in our democracy. We will not tolerate this," Foreign Minister Margus Tsahkna told reporters.',
    )
    minister = next(a for a in doc.mentions if "Tsahkna" in a.text)
    assert minister.country == "EST"


def test_a_promise_to_respond_appropriately_to_unfriendly_steps_threatens(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Kremlin spokesman Dmitry Peskov said Moscow would respond appropriately to any further unfriendly steps by Estonia.")
    assert _rows(doc) == [("THREATEN", "RUS", "EST")]


def test_an_alliances_jets_intercepting_aircraft_are_its_show_of_force(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "Also on Wednesday, NATO said its fighter jets had intercepted three Russian military aircraft flying over the Baltic Sea.")
    assert _rows(doc) == [("MOBILIZE", "NATO", "RUS")]


def test_a_warning_joined_to_what_the_speaker_said_of_another_state_is_the_speakers(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        'U.S. Deputy Secretary of State Christopher Landau criticised the shipments on Friday, saying Mexico was "propping up a dictatorship" '
        "and warning that Washington would review whether they violated U.S. sanctions.",
    )
    assert _every(doc, "THREATEN", "source", "USA")


def test_the_regime_of_a_story_filed_from_washington_is_the_other_states_and_its_assets_no_target(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "WASHINGTON, Nov 24 (Reuters) - The United States on Monday imposed sanctions on six Cuban officials over the detention of political "
        "prisoners, drawing an angry response from Havana, where Cuba's foreign ministry called the step illegal.",
        "The Treasury Department said it had frozen any U.S. assets of the officials and barred Americans from dealing with them.",
        '"The regime must release them immediately and unconditionally," Secretary of State Marco Rubio said.',
    )
    regime = next(a for a in doc.mentions if a.text.lower().endswith("regime"))
    assert regime.country == "CUB"
    assert not any(e.source is not None and e.target is not None and e.source.country == e.target.country == "USA" for e in doc.events)


def test_the_day_a_report_was_given_yields_to_the_day_a_later_sentence_tells(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "BUSAN, Dec. 2 (Yonhap) -- South Korean police have arrested three Chinese nationals on suspicion of flying drones over a naval base "
        "in Busan, officials said Wednesday, and Seoul summoned a Chinese diplomat over the incident.",
        "The three men were detained Monday evening near the base after a military patrol spotted a small drone above the pier.",
        "The foreign ministry called in the deputy chief of mission of the Chinese Embassy on Tuesday and expressed serious concern.",
        published="2026-12-02",
    )
    arrests = [e for e in doc.events if e.event_type == "COERCE"]
    assert [(e.date, e.source.country if e.source else None) for e in arrests] == [("2026-11-30", "KOR")]
    summons = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert [(e.date, e.cameo_code) for e in summons] == [("2026-12-01", "114")]


def test_banks_named_after_chinese_provinces_are_chinese_and_any_bank_is_nobodys(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- The United States has slapped sanctions on two Chinese banks accused of laundering money for North Korea.",
        "The Treasury Department's Office of Foreign Assets Control said Wednesday it had designated Liaoning Xinghai Rural Commercial Bank "
        "and Jilin Yanbian Huarong Bank for moving money on behalf of North Korean front companies.",
        '"The United States will not hesitate to act against any bank, wherever it is located," the Treasury said.',
        published="2026-11-26",
    )
    sanctions = [e for e in doc.events if e.event_type == "SANCTION"]
    assert {e.target.country for e in sanctions if e.target is not None} == {"CHN"}
    # the lede's telling, dated by the report, is the designation the next sentence dates
    assert {e.date for e in sanctions} == {"2026-11-25"}
    threats = [e for e in doc.events if e.event_type == "THREATEN"]
    assert threats and all(e.target is None for e in threats)


def test_channels_mobilised_what_a_law_bans_and_a_years_launches_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(stages, "SEOUL, Nov. 27 (Yonhap) -- Koo said the government would mobilize every available channel to bring Han home.")
    assert not any(e.event_type == "MOBILIZE" for e in doc.events)
    doc = _story(stages, "Flying a drone near a military installation without permission is banned under South Korean law.")
    assert not doc.events
    doc = _story(stages, "The G7 ministers said they strongly condemn North Korea's ballistic missile launches this year.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]


def test_a_denial_s_participle_a_voiced_suspicion_and_a_headline_demand_for_release(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        'SEOUL, Nov. 27 (Yonhap) -- The National Intelligence Service flatly denied that Han had ever worked for the agency, calling the '
        'North\'s claim "a fabrication."',
    )
    assert _every(doc, "REJECT", "source", "KOR")
    doc = _story(stages, '"We cannot rule out that this was a deliberate act of sabotage by a Chinese vessel," Taiwan\'s coast guard said on Tuesday.')
    assert _rows(doc) == [("ACCUSE", "TWN", "CHN")] and doc.events[0].polarity == "asserted"
    doc = _story(
        stages,
        "SEOUL, Nov. 27 (Yonhap) -- North Korea's top court has sentenced a South Korean missionary to life in a labour camp, prompting Seoul "
        "to demand his immediate release.",
        title="N. Korea sentences S. Korean missionary to life in labour camp; Seoul demands release",
    )
    assert not any(e.event_type == "RETREAT" for e in doc.events)


def test_a_person_who_served_a_named_president_is_of_his_state_and_a_reason_is_no_charge(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "LIMA, Dec 3 (AP) - Peru broke off diplomatic relations with Mexico on Wednesday.",
        "Rosa Quispe, who served as prime minister under ousted Peruvian President Pedro Castillo, entered the Mexican embassy on Nov. 27 "
        "and requested asylum.",
        "Mexico's foreign ministry said on Tuesday that it had granted Quispe asylum.",
        "It formally requested that Lima issue a safe-conduct pass so that Quispe can travel to Mexico.",
        "Arana said Peru would not grant safe conduct because Quispe was accused of common crimes.",
    )
    assert ("AID", "MEX", "PER") in _rows(doc, "AID")
    assert not any(e.event_type == "CONSULT" for e in doc.events)
    assert not any(e.event_type == "ACCUSE" and e.source is None for e in doc.events)


def test_it_after_a_body_named_as_the_first_verbs_object_is_that_body(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "North Korea rejected a G7 statement on Friday.",
        'The statement branded the G7 a "club of declining imperialists" and accused it of interfering in the internal affairs of a sovereign state.',
    )
    assert _every(doc, "ACCUSE", "target", "IGO")


def test_a_leaders_call_to_expand_his_own_arsenal_is_a_build_up_the_move_denounced_is_his(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- North Korean leader Kim Jong Un inspected a uranium enrichment facility and called for exponentially "
        "expanding the country's nuclear arsenal, state media said Thursday, prompting Seoul to denounce the move as a grave threat to peace.",
        '"Our nuclear force must grow exponentially, not arithmetically," Kim was quoted as saying.',
    )
    assert ("MOBILIZE", "PRK", None) in _rows(doc) and ("ACCUSE", "KOR", "PRK") in _rows(doc)
    assert not any(a is not None and a.text == "Our" for e in doc.events for a in (e.source, e.target))


def test_the_day_of_a_telling_the_parser_joined_to_the_act_dates_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "NATO Secretary General Mark Rutte and President Lee Jae-myung agreed to expand cooperation in the defense industry and to share more "
        "information on military cooperation between Russia and North Korea, Cheong Wa Dae said Thursday.",
        published="2026-11-28",
    )
    assert {e.date for e in doc.events if e.event_type == "AGREE"} == {"2026-11-26"}


def test_a_visit_an_accepted_invitation_asks_for_is_no_visit_and_dates_nothing_else(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SHENZHEN, China, Nov. 29 (Yonhap) -- President Lee Jae-myung and Chinese President Xi Jinping held a summit on Saturday.",
        "Xi accepted Lee's invitation to make a state visit to South Korea next year, presidential spokesperson Kang Yu-jung told reporters.",
        published="2026-11-29",
    )
    assert not any(e.event_type == "CONSULT" and e.polarity == "hypothetical" for e in doc.events)
    assert not any(e.date and e.date.startswith("2027") for e in doc.events)


def test_a_ministers_order_to_inspect_his_own_marine_corps_is_aimed_at_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- North Korea test-fired a new multiple rocket launcher on Tuesday under the guidance of leader Kim Jong Un, "
        "state media reported Wednesday, a day after South Korea's military said the rockets had splashed down in the Yellow Sea.",
        "Defense Minister Ahn Gyu-back ordered a snap readiness inspection of Marine Corps units on Yeonpyeong "
        "and Baengnyeong islands near the western sea border later that day, his ministry said.",
    )
    assert ("MOBILIZE", "KOR", None) in _rows(doc) and not any(e.target is not None and e.target.country is None for e in doc.events)


def test_the_move_a_third_state_welcomes_is_the_material_act_not_the_protest_after_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _story(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- The United States has slapped sanctions on two Chinese banks accused of laundering money for North Korea.",
        "China's foreign ministry said Beijing had lodged stern representations with Washington.",
        "South Korea's foreign ministry welcomed the move, saying it would help cut off funds flowing into the North's weapons programmes.",
    )
    assert ("SUPPORT", "KOR", "USA") in _rows(doc, "SUPPORT") and ("SUPPORT", "KOR", "CHN") not in _rows(doc, "SUPPORT")

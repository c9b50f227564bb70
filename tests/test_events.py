"""Event coder: sentences we wrote ourselves, one or more per PLOVER type,
plus argument structure, polarity, offsets and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events import EventStage, primary_event
from eventwire.nlp import NlpStage
from eventwire.records import Article, Document, Event, compose_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def stages():
    from eventwire.actors import ActorStage

    return NlpStage(), ActorStage(), EventStage()


def code(stages, *paragraphs: str, title: str | None = None) -> Document:
    nlp, actors, events = stages
    art = Article(title=title, body=list(paragraphs))
    text, sections = compose_text(art)
    doc = Document(id="t", source="test", text=text, sections=sections, article=art)
    return events(actors(nlp(doc)))


def prim(stages, text: str) -> Event | None:
    return primary_event(code(stages, text).events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile and Peru agreed to cooperate on border security.", "AGREE"),
        ("The Japanese foreign minister met his Chinese counterpart in Beijing on Monday.", "CONSULT"),
        ("Kenya praised Ethiopia for its role in the peace process.", "SUPPORT"),
        ("The junta eased restrictions on political parties last week.", "CONCEDE"),
        ("Norway and Sweden will share intelligence on cyber threats.", "AGREE"),
        ("Police in Oslo shared intelligence with Swedish investigators.", "COOPERATE"),
        ("Germany donated ten million euros to flood victims in Pakistan.", "AID"),
        ("The rebels released twelve hostages on Friday.", "RETREAT"),
        ("Brazil demanded that Paraguay hand over the suspects.", "REQUEST"),
        ("Egypt condemned the raid on the border post.", "ACCUSE"),
        ("Vietnam rejected the Chinese proposal on the disputed islands.", "REJECT"),
        ("Pyongyang threatened to strike American bases in Guam.", "THREATEN"),
        ("Thousands of workers demonstrated in Seoul against the new labour law.", "PROTEST"),
        ("Washington imposed sanctions on three Iranian banks.", "SANCTION"),
        ("India deployed additional troops along the disputed frontier.", "MOBILIZE"),
        ("Police arrested forty opposition activists in the capital.", "COERCE"),
        ("Government forces shelled the rebel-held town overnight.", "ASSAULT"),
        ("Moscow expelled two Estonian diplomats on Tuesday.", "SANCTION"),
        ("Rebels withdrew their fighters from the northern province.", "RETREAT"),
        ("Chile opened an embassy in Hanoi on Monday.", "SUPPORT"),
        ("Lithuania closed its embassy in Minsk.", "SANCTION"),
    ],
)
def test_types(stages, text: str, expected: str) -> None:
    ev = prim(stages, text)
    assert ev is not None, text
    assert ev.event_type == expected, (text, ev.event_type, ev.trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The weather in the capital was mild on Sunday.",
        "Officials said the economy grew by two percent last year.",
        "An earthquake killed eight people in the mountains.",
        # the disaster is the agent, even where the parse gives "hit" another subject
        "Nepalese soldiers delivering tents to families in earthquake hit villages of Gorkha, the army said.",
        "Police seized two pistols and ammunition in a raid on a flat.",
    ],
)
def test_non_events(stages, text: str) -> None:
    assert prim(stages, text) is None, text


def test_coordination_gives_one_event_per_party_with_each_other_as_target(stages) -> None:
    doc = code(stages, "France and Germany agreed to expand defense cooperation.")
    pairs = {(e.source.country, e.target.country) for e in doc.events if e.event_type == "AGREE" and e.source and e.target}
    assert ("FRA", "DEU") in pairs and ("DEU", "FRA") in pairs


def test_source_and_target_from_subject_and_object(stages) -> None:
    ev = prim(stages, "Russia launched an attack on Ukraine.")
    assert ev.event_type == "ASSAULT"
    assert ev.source.country == "RUS" and ev.target.country == "UKR"
    assert ev.trigger.text == "launched an attack"


def test_passive_agent_is_source(stages) -> None:
    ev = prim(stages, "Ukraine was attacked by Russia on Tuesday.")
    assert ev.event_type == "ASSAULT"
    assert ev.source.country == "RUS" and ev.target.country == "UKR"


def test_reported_speech_codes_the_content(stages) -> None:
    ev = prim(stages, "Officials in Kyiv said Russia shelled Kharkiv overnight.")
    assert ev.event_type == "ASSAULT" and ev.source.country == "RUS"


def test_negation_is_marked_not_dropped(stages) -> None:
    doc = code(stages, "Iran did not attack the tanker.")
    assert doc.events and doc.events[0].polarity == "negated"
    assert primary_event(doc.events) is None


def test_hypothetical_and_future(stages) -> None:
    hyp = code(stages, "If Serbia attacks Kosovo, the region will suffer.").events
    assert any(e.polarity == "hypothetical" and e.event_type == "ASSAULT" for e in hyp)
    fut = prim(stages, "Japan will provide emergency aid to the Philippines.")
    assert fut.event_type == "AGREE" and fut.polarity == "future"  # PLOVER: intent is AGREE
    thr = prim(stages, "The government said it would impose a curfew in the capital.")
    assert thr.event_type == "THREATEN"


def test_complement_refines_the_main_verb(stages) -> None:
    ev = prim(stages, "Gondor urged Arnor to release the prisoners.")
    assert ev.event_type == "REQUEST" and ev.cameo_code == "1053"
    assert ev.source.name and ev.target.name and ev.source.name != ev.target.name
    ev = prim(stages, "Cuba refused to meet the American delegation.")
    assert ev.event_type == "REJECT" and ev.cameo_code == "125"


def test_missile_launch_is_show_of_force_unless_aimed(stages) -> None:
    ev = prim(stages, "North Korea fired two ballistic missiles into the sea off its east coast.")
    assert ev.event_type == "MOBILIZE" and ev.source.country == "PRK"
    ev = prim(stages, "Iran launched missiles at American bases in Iraq.")
    assert ev.event_type == "ASSAULT"


def test_protesters_demanding_is_protest(stages) -> None:
    ev = prim(stages, "Protesters demanded the resignation of the prime minister.")
    assert ev.event_type == "PROTEST"


def test_a_crowd_of_a_nation_demonstrates(stages) -> None:
    # a crowd of a state's people demonstrates; the state itself lodges a complaint
    for text in ("Hundreds of Kenyans protested in Nairobi on Tuesday.", "Thousands of Ghanaians protested against the new tax."):
        ev = prim(stages, text)
        assert ev.event_type == "PROTEST", text
    ev = prim(stages, "Kenya protested against the detention of its diplomat.")
    assert ev.event_type == "ACCUSE"
    # those who gather for a rally protest through it
    ev = prim(stages, "Thousands of Nigerians were converging on Thursday for a rally in Lagos to protest the rights violations.")
    assert (ev.event_type, ev.source and ev.source.country) == ("PROTEST", "NGA")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States imposed tariffs on Chinese goods.", ("SANCTION", "USA", "CHN")),
        ("Pakistan closed its airspace to Indian airlines.", ("SANCTION", "PAK", "IND")),
        ("Islamabad suspended trade with India on Thursday.", ("SANCTION", "PAK", "IND")),
        ("Israel blocked aid deliveries into Gaza.", ("COERCE", "ISR", "PSE")),
        ("Gunmen from the Islamic State group took 30 hostages in Mosul.", ("ASSAULT", None, None)),
        ("Washington designated the Houthis as a terrorist organization.", ("SANCTION", "USA", "YEM")),
        ("Beijing added 13 U.S. defence companies to its unreliable entity list.", ("SANCTION", "CHN", "USA")),
        ("Iran barred IAEA inspectors from its nuclear sites.", ("SANCTION", "IRN", "IGO")),
        ("A U.S. Navy destroyer sailed through the Taiwan Strait on Tuesday.", ("MOBILIZE", "USA", None)),
        ("China lodged stern representations with Washington.", ("ACCUSE", "CHN", "USA")),
        ("India expelled Pakistani military advisers.", ("SANCTION", "IND", "PAK")),
        ("Mali's junta ordered three French diplomats to leave the country.", ("SANCTION", "MLI", "FRA")),
        ("Ukraine received a new batch of air defense systems from Germany.", ("AID", "DEU", "UKR")),
        ("South Korea said it would work closely with the United States.", ("AGREE", "KOR", "USA")),
        ("Seoul provided 10 billion won in humanitarian aid to Ukraine.", ("AID", "KOR", "UKR")),
        ("Germany sent air defence systems to Ukraine.", ("AID", "DEU", "UKR")),
        ("South Africa filed a genocide case against Israel.", ("ACCUSE", "ZAF", "ISR")),
        ("North Korea scrapped the military agreement with South Korea.", ("SANCTION", "PRK", "KOR")),
        ("Pyongyang sent a delegation to Moscow.", ("CONSULT", "PRK", "RUS")),
        ("Israel allowed the first aid trucks to enter Gaza.", ("RETREAT", "ISR", "PSE")),
        ("Russian military instructors arrived in Niamey on Thursday.", ("AID", "RUS", "NER")),
        ("The paramilitaries pressed their siege of El Fasher.", ("COERCE", None, "SDN")),
        ("Hungary holds up EU sanctions on Russia.", ("REJECT", "HUN", "EUR")),
    ],
)
def test_pressure_and_aid_of_the_world_desk(stages, text: str, expected: tuple) -> None:
    # tariffs, airspace and trade closures, blocked aid, terrorist designations,
    # entity lists, barred inspectors, strait transits, "stern representations",
    # expelled advisers and diplomats ordered out, aid received "from" a donor,
    # intent to work with a partner, amounts in won, weapons sent, lawsuits,
    # scrapped accords, delegations sent and aid let in, military instructors
    # arriving, a siege pressed and sanctions held up (hunts B, C)
    e = prim(stages, text)
    assert e is not None and e.event_type == expected[0], text
    if expected[1]:
        assert e.source is not None and e.source.country == expected[1], text
    if expected[2]:
        assert e.target is not None and e.target.country == expected[2], text


def test_exchanged_artillery_fire_is_heavy_weapons(stages) -> None:
    e = prim(stages, "The two armies exchanged artillery fire across the Line of Control.")
    assert (e.event_type, e.cameo_code) == ("ASSAULT", "194")


def test_hyphenated_event_nouns(stages) -> None:
    # the tokenizer splits "die-in" into die | - | in; the whole word is the trigger
    ev = prim(stages, "Activists participated in a die-in for eight minutes outside the embassy.")
    assert (ev.event_type, ev.trigger.text) == ("PROTEST", "participated in a die-in")
    ev = prim(stages, "Dozens joined a sit-in outside parliament.")
    assert (ev.event_type, ev.trigger.text) == ("PROTEST", "sit-in")


def test_obligation_in_a_statement_is_a_request(stages) -> None:
    ev = prim(stages, "Britain said Libya must hand over the two suspects.")
    assert ev.event_type == "REQUEST" and ev.source.country == "GBR" and ev.target.country == "LBY"
    # how things should be is a view, not a demand of anybody
    assert not code(stages, "Lula said Latin America must remain a zone of peace.").events


def test_role_nouns_combine_like_their_verbs(stages) -> None:
    ev = prim(stages, "Iran's refusal to talk to the inspectors angered Washington.")
    assert ev.event_type == "REJECT" and ev.source.country == "IRN"


def test_several_events_in_one_sentence(stages) -> None:
    doc = code(stages, "Turkey condemned the bombing and Greece arrested two suspects.")
    types = {e.event_type for e in doc.events}
    assert {"ACCUSE", "COERCE"} <= types


def test_offsets_and_ids(stages) -> None:
    doc = code(stages, "Canada praised Mexico.", "Peru accused Chile of spying.", title="Talks resume")
    assert doc.events
    for ev in doc.events:
        assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.evidence == doc.sentences[ev.sentence_index].text
        assert ev.coder == "events.v1" and 0 <= ev.confidence <= 1
        if ev.source and ev.source.start is not None:
            assert doc.text[ev.source.start : ev.source.end] == ev.source.text
    again = code(stages, "Canada praised Mexico.", "Peru accused Chile of spying.", title="Talks resume")
    assert [e.event_id for e in again.events] == [e.event_id for e in doc.events]


def test_missing_parse_is_a_rejection() -> None:
    doc = Document(id="x", source="t", text="Some text.")
    out = EventStage()(doc)
    assert out.rejection is not None and out.rejection.stage == "events"


@pytest.fixture(scope="module")
def seed(stages):
    path = SHARED / "seed" / "article.txt"
    if not path.exists():
        pytest.skip("seed article not available")
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # title, byline, three subheads, body paragraphs (the last line is site chrome)
    nlp, actors, events = stages
    art = Article(title=lines[0], subheads=lines[2:5], body=lines[5:-1])
    text, sections = compose_text(art)
    doc = Document(id="seed", source="seed", text=text, sections=sections, article=art)
    return events(actors(nlp(doc)))


def _stated(doc: Document, polarities: tuple[str, ...] = ("asserted", "future")) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of the events told as done or intended, sorted."""
    return sorted(
        (e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in doc.events if e.polarity in polarities
    )


def _has(doc: Document, types: set[str], src: str | None, tgt: str | None, words: str = "") -> bool:
    for e in doc.events:
        if e.event_type not in types or words.lower() not in e.evidence.lower():
            continue
        if src and (not e.source or e.source.country != src):
            continue
        if tgt and (not e.target or e.target.country != tgt):
            continue
        return True
    return False


def test_seed_consult_between_usa_and_kor(seed) -> None:
    assert _has(seed, {"CONSULT"}, "USA", "KOR") or _has(seed, {"CONSULT"}, "KOR", "USA")


def test_seed_pledge_to_defend(seed) -> None:
    assert _has(seed, {"AGREE", "SUPPORT"}, "USA", "KOR", "defend")


def test_seed_threat_to_prk(seed) -> None:
    assert _has(seed, {"THREATEN"}, "USA", "PRK")


def test_seed_accuse_prk_rus_cooperation(seed) -> None:
    assert _has(seed, {"ACCUSE"}, "USA", None, "cooperation") and _has(seed, {"ACCUSE"}, "KOR", None, "cooperation")


def test_seed_rdpa_and_unc(seed) -> None:
    assert any("RDP-A" in e.evidence for e in seed.events)
    assert any("UNC" in e.evidence and e.event_type in {"AGREE", "SUPPORT", "COOPERATE"} for e in seed.events)


WORDS = [
    "Seoul", "Pyongyang", "the", "army", "attacked", "met", "talks", "with", "not", "will", "said", "and",
    "protesters", "sanctions", "on", "Russia", "urged", "to", "release", "prisoners", ",", "if", "agreed", "Japan",
]


def test_random_word_salad_never_crashes_and_offsets_hold(stages) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    def check(words: list[str]) -> None:
        doc = code(stages, " ".join(words) + ".")
        assert doc.rejection is None
        for ev in doc.events:
            assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
            assert 0.0 <= ev.confidence <= 1.0
            assert ev.polarity in {"asserted", "negated", "hypothetical", "future", "reported"}

    check()


@pytest.mark.parametrize(
    "text, src, tgt",
    [
        # no rule names the other party; the nearest actor in the verb's phrase does
        ("Norway approved funding for a demining programme in Ukraine.", "NOR", "UKR"),
        ("Canada agreed to a one-year extension of its training mission in Iraq.", "CAN", "IRQ"),
        # the reporting clause is never a target
        ("Pyongyang launched a ballistic missile on Tuesday, South Korea's military said.", "PRK", None),
    ],
)
def test_nearby_target_fallback(stages, text: str, src: str, tgt: str | None) -> None:
    e = prim(stages, text)
    assert e is not None
    assert e.source is not None and e.source.country == src
    assert (e.target.country if e.target else None) == tgt
    if tgt:
        assert e.extra.get("target_via") == "nearby"


@pytest.mark.parametrize(
    "text",
    [
        # attributed acts: the claim or denial is the news, not a new attack
        "A Baloch separatist group claimed responsibility for the bombing of a train near Quetta.",
        "The militia denied it was responsible for the shelling of the market.",
        # the act beside the attribution word: "took credit for X that killed",
        # "was responsible for the raid, killing ..."
        "An armed faction took credit for the car bomb that killed nine soldiers in Kandahar.",
        "The rebel commander denied his men were responsible for the raid, killing four villagers near Goma.",
        # allowed or possible, not done; a purpose, not an act
        "The decree gives the army the power to detain suspects and seize property in the border districts.",
        "Inspectors found warehouses near Aleppo used by the militia for shelling villages.",
        # ordinary crime is no political event
        "Police arrested two men suspected of robbing a jewellery shop in Lyon.",
    ],
)
def test_attributed_and_criminal_acts_are_no_events(stages, text: str) -> None:
    assert [e.event_type for e in code(stages, text).events if e.event_type in ("ASSAULT", "COERCE")] == []


def test_political_arrest_is_kept_next_to_crime_words(stages) -> None:
    e = prim(stages, "Police arrested twelve opposition activists accused of smuggling leaflets into the capital.")
    assert e is not None and e.event_type == "COERCE"


def test_crime_story_and_anonymous_inquiry_give_no_events(stages) -> None:
    doc = code(stages, "Gunmen shot dead two men in Marseille on Friday.", "Police said the killings followed a feud between drug dealers.")
    assert [e.event_type for e in doc.events if e.event_type == "ASSAULT"] == []
    doc = code(stages, "Fire officials are investigating the cause of the blaze at the warehouse.")
    assert [e for e in doc.events if e.event_type == "ACCUSE"] == []
    # the same words in a political story keep the attack
    e = prim(stages, "Gunmen shot dead two opposition politicians in Marseille on Friday.")
    assert e is not None and e.event_type == "ASSAULT"


@pytest.mark.parametrize(
    "text, expected, parties",
    [
        ("South Korea and the United States began their annual spring exercise on Monday.", "COOPERATE", {("KOR", "USA"), ("USA", "KOR")}),
        ("Chilean and Peruvian frigates began war games off the coast.", "COOPERATE", {("CHL", "PER"), ("PER", "CHL")}),
        ("Japan held naval drills with Australia off Okinawa.", "COOPERATE", {("JPN", "AUS")}),
        ("North Korea staged artillery drills near the maritime border.", "MOBILIZE", {("PRK", None)}),
    ],
)
def test_joint_exercises_are_cooperation(stages, text: str, expected: str, parties: set) -> None:
    evs = [e for e in code(stages, text).events if e.event_type in ("COOPERATE", "MOBILIZE")]
    assert {e.event_type for e in evs} == {expected}
    assert {(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs} == parties


def test_agentless_state_acts_take_the_state_of_their_place(stages) -> None:
    doc = code(stages, "The opposition leader was placed under house arrest in Minsk, the agency reported.")
    evs = [e for e in doc.events if e.event_type == "COERCE"]
    assert len(evs) == 1  # the verb reading covers the noun "arrest"
    assert evs[0].source is not None and evs[0].source.country == "BLR"
    e = prim(stages, "A Dutch journalist has been put under investigation in Spain.")
    assert e is not None and e.event_type == "ACCUSE" and e.source is not None and e.source.country == "ESP"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army launched military operations against the rebels in the north.", "ASSAULT"),
        ("A police/army operation was carried out in the port overnight.", None),
        ("Inspectors said poisonous gas used by the militants had killed six villagers.", "ASSAULT"),
    ],
)
def test_operations_and_gas(stages, text: str, expected: str | None) -> None:
    types = {e.event_type for e in code(stages, text).events if e.polarity != "negated"}
    assert (expected in types) if expected else "ASSAULT" not in types


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clashes erupted between riot police and demonstrators in the capital on Sunday.", ("PROTEST", "riot")),
        ("Dozens of youths attacked police in two suburbs, hurling stones.", ("PROTEST", "riot")),
        ("Police fired tear gas at protesters outside parliament.", ("ASSAULT", None)),
        ("Police used tear gas to disperse the strikers.", ("ASSAULT", None)),
        # the firing and the dispersal are one act, as sure as the firing
        # (the arrests after it are not the story's main act)
        ("Police opened fire to disperse demonstrators on Monday night, killing one person and arresting 12.", ("ASSAULT", None)),
    ],
)
def test_riots_and_repression(stages, text: str, expected: tuple) -> None:
    e = prim(stages, text)
    assert e is not None and e.event_type == expected[0]
    if expected[1]:
        assert e.mode == expected[1]
    else:
        assert e.cameo_code == "175"  # violent repression, not artillery fire


def test_korean_briefing_conventions(stages) -> None:
    """A Seoul briefing: the JCS and the unification minister are South
    Korea's, a launch "from" a place is by that place's state and is no attack
    on it, "our military" in a quote is the speaker's, a pact is suspended."""
    doc = code(
        stages,
        "South Korea said North Korea fired a missile on Sunday.",
        "The Joint Chiefs of Staff said the missile was fired from the Sunan area in Pyongyang at around 7 a.m.",
        '"Our military is closely sharing information with the United States," the JCS said.',
        "Unification Minister Kim Yung-ho urged Pyongyang to return to dialogue.",
        "Seoul suspended the military pact with the North in response.",
        "South Korea's defense minister and his American counterpart agreed in a phone call to expand drills.",
    )
    by_sent: dict[int, list] = {}
    for e in doc.events:
        by_sent.setdefault(e.sentence_index, []).append(e)
    launch = by_sent[1][0]
    assert (launch.event_type, launch.source.country, launch.target) == ("MOBILIZE", "PRK", None)
    share = by_sent[2][0]
    assert share.event_type == "COOPERATE" and share.source.country == "KOR" and share.target.country == "USA"
    urge = by_sent[3][0]
    assert urge.event_type == "REQUEST" and urge.source.country == "KOR" and urge.target.country == "PRK"
    assert any(e.event_type == "SANCTION" and e.source.country == "KOR" for e in by_sent[4])
    calls = [e for e in by_sent[5] if e.event_type == "CONSULT"]
    assert {(e.source.country, e.target.country) for e in calls} == {("KOR", "USA"), ("USA", "KOR")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # supporting a war is about whoever wages it
        ("Pyongyang backed Russia's war against Ukraine.", ("SUPPORT", "PRK", "RUS")),
        # (told as the purpose of troops sent, the backing is the aid itself)
        ("Pyongyang sent troops to Russia to support its war against Ukraine.", ("AID", "PRK", "RUS")),
        ("Belarus supports the Russian offensive in eastern Ukraine.", ("SUPPORT", "BLR", "RUS")),
        # threats of a response
        ("North Korea vowed to take overwhelming countermeasures.", ("THREATEN", "PRK", None)),
        ("Seoul would respond sternly to any provocation, the president said.", ("THREATEN", "KOR", None)),
    ],
)
def test_war_support_and_response_threats(stages, text: str, expected: tuple) -> None:
    evs = [e for e in code(stages, text).events if e.event_type == expected[0]]
    assert evs, text
    e = evs[0]
    assert (e.source.country if e.source else None, e.target.country if e.target else None) == expected[1:]


def test_talk_about_nobody_is_no_event(stages) -> None:
    doc = code(stages, "He said the meeting went well.", "The two rumours were discussed at length.")
    assert [e.event_type for e in doc.events if e.event_type in ("CONSULT", "AGREE")] == []
    # cooperation and help with no party at all, a trip by nobody named,
    # cooperation praised as a thing
    doc = code(
        stages,
        "The office coordinated a joint operation with several agencies.",
        "A spokesman is expected to provide further details on Monday.",
        "Dozens of families received shelter after leaving the besieged districts for the city.",
        "Oslo's growing cooperation is of great importance to the region, the author wrote.",
    )
    assert [e.event_type for e in doc.events if e.event_type in ("COOPERATE", "AID", "CONSULT")] == []
    # with a party it stays
    e = prim(stages, "Kenya discussed the border dispute with Uganda.")
    assert e is not None and e.event_type == "CONSULT"


def test_lemma_fast_path_matches_spacy_symbols() -> None:
    from spacy.symbols import VERB

    from eventwire.events import triggers

    assert triggers._VERB == VERB


def test_mediation_effort_between_parties(stages) -> None:
    evs = [e for e in code(stages, "Kuwait's foreign minister launched a mediation effort on Tuesday between Egypt and Ethiopia.").events if e.event_type == "CONSULT"]
    assert {(e.source.country, e.target.country) for e in evs} == {("KWT", "EGY"), ("KWT", "ETH")}


def test_agents_settings_and_denials(stages) -> None:
    doc = code(stages, "The Treasury sanctioned two Russian firms for helping North Korea evade sanctions.")
    helping = [e for e in doc.events if e.event_type == "AID"]
    assert helping and helping[0].source.country == "RUS" and helping[0].target.country == "PRK"
    doc = code(stages, "Xi Jinping and Yoon Suk Yeol held talks on the sidelines of the APEC summit.")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in doc.events if e.event_type == "CONSULT" and e.trigger.text.startswith("held")}
    assert pairs == {("CHN", "KOR"), ("KOR", "CHN")}
    doc = code(stages, "North Korea denied sending troops to Russia.")
    assert all(e.polarity == "negated" for e in doc.events if e.event_type == "AID")
    e = prim(stages, "South Korean troops fired warning shots across the border.")
    assert e is not None and e.event_type == "MOBILIZE"


def test_subject_named_only_in_its_appositive(stages) -> None:
    e = prim(stages, "The militant group, Hamas, fired rockets at Israel on Monday.")
    assert e is not None and e.source is not None and e.source.country == "PSE" and e.target.country == "ISR"


def test_statuses_of_proposals_purposes_and_blocked_acts(stages) -> None:
    # a proposal of talks is an intent, and so is the purpose it serves
    doc = code(stages, "Seoul proposed holding military talks with Pyongyang to discuss the border incident.")
    assert not [e for e in doc.events if e.event_type == "CONSULT" and e.polarity == "asserted"]
    assert any(e.event_type == "AGREE" for e in doc.events)
    # ... but background after "following" keeps its own status
    doc = code(stages, "Ankara offered talks with Yerevan following the shelling of the border villages.")
    assert any(e.event_type == "ASSAULT" and e.polarity == "asserted" for e in doc.events)
    # banned rallies did not take place
    doc = code(stages, "Police in Minsk banned all rallies planned by the opposition for Sunday.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.polarity == "asserted"]


def test_accused_participle_and_measures_described(stages) -> None:
    # "a firm accused of X": the firm is accused, it accuses nobody
    doc = code(stages, "Britain sanctioned a Hong Kong firm accused of shipping drone parts to Iran.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE" and e.source and e.source.country == "HKG"]
    # what a measure does is no second event with "U.S." as a target
    doc = code(stages, "Canada imposed sanctions on five Iranian officials.", "The sanctions freeze any Canadian assets of the officials.")
    assert [(e.event_type, e.source.country if e.source else None) for e in doc.events] == [("SANCTION", "CAN")] * len(doc.events)
    # a measure that names whom it targets: told again, nothing new; told first, the speaker's against them
    doc = code(stages, "Canada imposed sanctions on five Iranian officials.", "The new sanctions target officials who run drone factories.")
    assert [(e.event_type, e.source.country if e.source else None) for e in doc.events] == [("SANCTION", "CAN")]
    e = prim(stages, "The new sanctions target North Korean banks and shipping firms, the U.S. Treasury said.")
    assert (e.event_type, e.source.country, e.target.country) == ("SANCTION", "USA", "PRK")
    e = prim(stages, "Seoul's new sanctions target eleven North Korean individuals, the foreign ministry said.")
    assert (e.event_type, e.source.country, e.target.country) == ("SANCTION", "KOR", "PRK")


def test_test_launch_is_aimed_at_nobody_named_nearby(stages) -> None:
    # where a test missile fell is not whom it targeted
    doc = code(stages, "North Korea launched a ballistic missile that fell into waters outside Japan's exclusive economic zone.")
    launches = [e for e in doc.events if e.event_type == "MOBILIZE"]
    assert launches and all(e.target is None for e in launches)
    # the ministry named in lower case is South Korea's unification ministry
    e = prim(stages, "South Korea's unification ministry urged Pyongyang to answer its hotline calls.")
    assert e.source.name == "Ministry of Unification" and e.source.country == "KOR"


def test_ministers_summons_and_reported_promises(stages) -> None:
    # "the two ministers" are the two ministers just named
    doc = code(
        stages,
        "Indian Foreign Minister Arjun Mehta arrived in Tokyo for talks with his Japanese counterpart Haruto Sato.",
        "The two ministers agreed to expand defence cooperation.",
    )
    agree = {(e.source.country, e.target.country) for e in doc.events if e.event_type == "AGREE" and e.source and e.target}
    assert agree == {("IND", "JPN"), ("JPN", "IND")}
    # the summoner protests, not the envoy summoned
    doc = code(stages, "Manila summoned the Chinese ambassador to protest the ramming of a supply boat.")
    assert {e.source.country for e in doc.events if e.source} == {"PHL"}
    # "said X would ..." is a stated intent, not a hypothesis; "stand with" is support
    e = prim(stages, "Belgrade told Moscow that Serbia would always stand with Russia.")
    assert e.polarity == "future" and e.source.country == "SRB" and e.target.country == "RUS"


def test_unattributed_attacks_helpers_and_borders(stages) -> None:
    # nobody named: unidentified attackers of the state where it happened
    doc = code(stages, "A roadside bomb near the town of Samarra killed two Iraqi policemen on Monday.")
    e = [e for e in doc.events if e.event_type == "ASSAULT" and e.target and e.target.country == "IRQ"][0]
    assert e.source.name == "unidentified attackers" and e.source.country == "IRQ" and e.extra["source_via"] == "place"
    # a named attacker keeps the attack
    e = prim(stages, "Taliban fighters killed two Afghan policemen near Kandahar on Monday.")
    assert e.source.name != "unidentified attackers" and "source_via" not in e.extra
    # "with X's help" names a helper; "X's border with Y" a place
    e = prim(stages, "NATO will tighten its blockade of Libya with Malta's help.")
    assert e.target.country == "LBY"
    doc = code(stages, "Separatist fighters shelled villages near Georgia's border with Russia.")
    assert [e.event_type for e in doc.events] == ["ASSAULT"] and not [e for e in doc.events if e.target and e.target.country == "RUS"]


def test_currency_codes_are_no_countries(stages) -> None:
    doc = code(stages, "Kenya's former minister was accused of stealing US $50 million and US$3 million.")
    assert not [m for m in doc.mentions if m.country == "USA" or m.text == "US"]


def test_complaints_peoples_of_places_and_domestic_repression(stages) -> None:
    # a complaint made to a body is about whoever did what it is over
    e = prim(stages, "Jordan complained to the Security Council over Syrian shelling of its border posts.")
    assert e.event_type == "ACCUSE" and e.target.country == "SYR"
    # a people named by where they live is that state's
    e = prim(stages, "The Hungarians of southern Slovakia demanded language rights from the government in Bratislava.")
    assert e.source.country == "SVK"
    # a group with no country that a state's authorities jail is its own
    e = prim(stages, "Kenyan police jailed twelve members of the outlawed Mungiki sect in Nairobi.")
    assert e.event_type == "COERCE" and (e.source.country, e.target.country) == ("KEN", "KEN")


def test_spans_of_time_venues_and_stopping_orders(stages) -> None:
    # "ten days of war games": the span stands in for the exercise
    doc = code(stages, "Greek and Cypriot warships began ten days of war games off Crete.")
    assert {e.event_type for e in doc.events} == {"COOPERATE"}
    # where talks are held is no party
    doc = code(stages, "Delegates held two days of talks in Vienna.")
    assert not [e for e in doc.events if e.target and e.target.country == "AUT"]
    # a state ordering a newspaper or workers to stop or leave coerces them
    e = prim(stages, "The Burmese junta ordered the main opposition newspaper to suspend publication.")
    assert e.event_type == "COERCE"
    # an order to a state's own army stays a request
    e = prim(stages, "The Thai prime minister ordered the army to withdraw from the border villages.")
    assert e.event_type == "REQUEST"


def test_korean_desk_alliance_and_descriptions(stages) -> None:
    # "the alliance" on the Korean desk is Seoul and Washington, ready to
    # fight together, not each other
    doc = code(stages, "North Korea fired two missiles on Sunday.", "A U.S. Forces Korea general said the alliance was ready to fight.")
    fights = [e for e in doc.events if e.sentence_index == 1 and e.source]
    assert {e.source.country for e in fights} == {"KOR", "USA"}
    assert not [e for e in fights if e.target and e.target.country in ("KOR", "USA")]
    # "inter-Korean" is no "Korean" mention of its own, but what is shared
    # with the other Korea makes it the party; the unification minister is South Korea's
    # (a state blowing up its own roads to the other cuts the links: SANCTION since round 30)
    e = prim(stages, "North Korea blew up inter-Korean roads near the border.")
    assert e.event_type == "SANCTION" and e.target.country == "KOR" and e.target.text == ""
    e = prim(stages, "The unification minister urged Pyongyang to accept the offer of talks.")
    assert e.source.country == "KOR" and e.target.country == "PRK"
    # a participle before a noun describes; a text's topic is no act
    doc = code(stages, "President Lee pardoned jailed union leaders on Friday.")
    assert "COERCE" not in {e.event_type for e in doc.events}
    doc = code(stages, "China and Russia vetoed a draft resolution on new sanctions against Pyongyang.")
    assert [e.event_type for e in doc.events] == ["REJECT", "REJECT"]


def test_committed_atrocities_mobs_and_intercepted_suspects(stages) -> None:
    # "committed rape/atrocities" reports the act; "commit to" is a pledge
    e = prim(stages, "A rights group said Sudanese paramilitaries committed widespread rape in Darfur.")
    assert e.event_type == "ASSAULT" and e.polarity == "asserted"
    e = prim(stages, "Ghana committed to sending peacekeepers to Mali.")
    assert e.event_type == "AGREE"
    # a mob beating people is violence, not a protest
    e = prim(stages, "A mob beat two aid workers in a village near Goma.")
    assert e.event_type == "ASSAULT"
    # intercepting militants is an arrest; an explosive device makes a blast an attack
    e = prim(stages, "Kenyan police intercepted four suspected militants near the Somali border.")
    assert e.event_type == "COERCE"
    e = prim(stages, "An explosive device killed three soldiers near Tete.")
    assert e is not None and e.event_type == "ASSAULT"


def test_press_as_audience_keeps_a_crime_story_a_crime_story(stages) -> None:
    doc = code(
        stages,
        "Officers in Lagos intercepted a suspected drug smuggler at the airport on Monday.",
        "The commander told reporters that the suspect was intercepted at the departure hall.",
    )
    assert [e for e in doc.events if e.event_type == "COERCE"] == []


def test_weapon_names_grey_zone_pressure_and_decided_sanctions(stages) -> None:
    # a named missile is a weapon, not a made-up state that was attacked
    e = prim(stages, "North Korea launched a Hwasong-19 ICBM toward the East Sea on Thursday.")
    assert e.event_type == "MOBILIZE" and e.target is None
    # trash balloons, loudspeakers and jamming across the Korean border coerce the other Korea
    doc = code(
        stages,
        "North Korea floated hundreds of trash balloons across the border overnight.",
        "Seoul resumed loudspeaker broadcasts along the Demilitarized Zone in response.",
        "North Korea also jammed GPS signals near the western border islands.",
    )
    pairs = [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.event_type == "COERCE" and e.source and e.target]
    assert pairs == [("COERCE", "PRK", "KOR"), ("COERCE", "KOR", "PRK"), ("COERCE", "PRK", "KOR")]
    # a body that agrees to extend sanctions sanctions; vowing to is a threat
    assert prim(stages, "EU governments agreed to extend sanctions on Russia for six months.").event_type == "SANCTION"
    assert prim(stages, "Washington vowed to impose sanctions on Caracas.").event_type == "THREATEN"
    # a release concerns whom it frees; pardoned prisoners are released
    e = prim(stages, "Hamas released two Thai hostages to the Red Cross.")
    assert e.event_type == "RETREAT" and e.target.country == "THA"
    assert prim(stages, "The president pardoned 30 political prisoners.").event_type == "RETREAT"
    # "the South" accused of something is South Korea
    doc = code(stages, "North Korea fired artillery on Monday.", "Pyongyang accused the South of staging provocations.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"] == [("PRK", "KOR")]


def test_object_pronouns_earlier_acts_and_one_event_per_act(stages) -> None:
    # "accusing him", "to disperse them": the person or group named before
    e = [e for e in code(stages, "Nicaraguan police detained opposition leader Felix Maradiaga, accusing him of treason.").events if e.event_type == "ACCUSE"][0]
    assert e.target.name == "Felix Maradiaga"
    doc = code(stages, "Thousands of students marched in Dhaka on Sunday.", "Police fired tear gas to disperse them.")
    force = [e for e in doc.events if e.event_type == "ASSAULT"]
    # one event for the act, aimed at the students (not a second one at nobody)
    assert len(force) == 1 and force[0].target.sector == "EDU" and force[0].target.country == "BGD"
    # "Biden praised him" is not Biden praising himself
    doc = code(stages, "Ramaphosa met Modi in Delhi and praised him for the trade deal.")
    assert [e.target.name for e in doc.events if e.event_type == "SUPPORT"] != ["Cyril Ramaphosa"]
    # "condemned the launch": whoever carried out the launch reported before
    doc = code(stages, "Pakistan test-fired a cruise missile on Tuesday.", "India condemned the launch as destabilising.")
    e = [e for e in doc.events if e.event_type == "ACCUSE"][0]
    assert (e.source.country, e.target.country, e.extra.get("target_via")) == ("IND", "PAK", "reference")


def test_sanction_targets_accusers_state_charges_and_votes(stages) -> None:
    # the sanctions' own "on X" names the target, whatever "to Y" follows
    e = prim(stages, "Britain imposed sanctions on Belarus over its supply of fuel to Russia.")
    assert e.event_type == "SANCTION" and e.target.country == "BLR"
    # the accuser is not the killer of an attack named after "after"
    doc = code(stages, "Kabul blamed Islamabad for the violence after a rocket attack near Khost killed nine villagers.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source and e.source.text == "Kabul"]
    # a theft one state charges another with is politics, not ordinary crime
    e = prim(stages, "Seoul accused Pyongyang of stealing defence secrets from its shipyards.")
    assert e.event_type == "ACCUSE" and (e.source.country, e.target.country) == ("KOR", "PRK")
    # voting against a resolution rejects it
    assert prim(stages, "Hungary voted against the resolution in Brussels.").event_type == "REJECT"


def test_blocked_statements_meeting_topics_and_returned_crews(stages) -> None:
    # blocking a statement rejects it; the condemnation it held did not happen
    doc = code(stages, "Russia blocked a Security Council statement condemning Pyongyang.")
    assert {e.event_type for e in doc.events if e.polarity == "asserted"} == {"REJECT"}
    # what a meeting discusses is its topic, not a party; one meeting, not two
    doc = code(stages, "The Security Council met on Friday to discuss Iran's latest missile test.")
    meets = [e for e in doc.events if e.event_type == "CONSULT"]
    assert len(meets) == 1 and meets[0].target is None
    # the forces a state mobilises are not its target; "kicked off" an exercise
    doc = code(stages, "Japan and Australia kicked off a joint exercise, mobilizing thousands of troops.")
    assert {e.event_type for e in doc.events} >= {"COOPERATE"}
    assert not [e for e in doc.events if e.event_type == "MOBILIZE" and e.target is not None]
    # returning fishermen releases them to their state
    e = prim(stages, "Japan returned four Chinese fishermen to China on Monday.")
    assert e.event_type == "RETREAT" and e.target.country == "CHN"


def test_rejecting_an_earlier_offer_targets_who_made_it(stages) -> None:
    doc = code(stages, "Tokyo proposed a summit with Seoul on Monday.", "Seoul rejected the offer on Tuesday.")
    e = [e for e in doc.events if e.event_type == "REJECT"][0]
    assert (e.source.country, e.target.country, e.extra.get("target_via")) == ("KOR", "JPN", "reference")


def test_dateline_city_is_never_the_speaker(stages) -> None:
    doc = code(stages, "SEOUL, June 12 (Yonhap) -- Kim Yo Jong warned on Thursday that Pyongyang would take countermeasures against the allies.")
    warns = [e for e in doc.events if e.trigger.text == "warned"]
    assert warns and {e.source.country for e in warns} == {"PRK"}
    assert {e.target.country for e in warns} == {"KOR", "USA"}


def test_halted_pressure_is_a_de_escalation(stages) -> None:
    e = prim(stages, "South Korea's military halted its loudspeaker broadcasts along the border on Monday.")
    assert e.event_type == "RETREAT" and e.source.country == "KOR"


def test_whoever_reports_a_killing_did_not_do_it(stages) -> None:
    e = prim(stages, "Police said two protesters were killed in Nairobi on Tuesday.")
    assert e.event_type == "ASSAULT" and e.source.name != "police"
    doc = code(stages, "The agency estimated that 300 soldiers had been killed or wounded near Bakhmut.")
    assert not [e for e in doc.events if e.source and e.source.sector == "SPY"]
    # an arrest the police report stays the state's act
    e = prim(stages, "Police said two opposition activists were arrested in Minsk.")
    assert e.event_type == "COERCE" and e.source.country == "BLR"


def test_the_agency_rehearsals_and_warnings_said_once(stages) -> None:
    doc = code(
        stages,
        "North Korea's Korean Central News Agency said the drills were a rehearsal for invasion.",
        "The agency warned that the allies would pay a dear price.",
    )
    # "a rehearsal for invasion" is no invasion
    assert "ASSAULT" not in {e.event_type for e in doc.events}
    threats = [e for e in doc.events if e.event_type == "THREATEN"]
    # "the agency" is KCNA, and the warning is one threat per party, not two
    assert {e.source.name for e in threats} == {"KCNA"}
    assert sorted(e.target.country for e in threats) == ["KOR", "USA"]


def test_an_owner_named_in_the_possessive_is_not_a_second_actor(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Osama bin Laden's al-Qaeda network has threatened to deliver devastating blows to the United States and Israel.")
    assert {(e.source.name, e.target.country) for e in doc.events} == {("al-Qaeda", "USA"), ("al-Qaeda", "ISR")}
    # a possessor alone still names the actor
    assert _has(code(stages, "Kim Jong Un's regime has threatened Seoul."), {"THREATEN"}, "PRK", "KOR")


def test_quoted_as_saying_gives_the_speaker(stages) -> None:
    doc = code(stages, "Belarus sent troops to the border.", '"Our army will always stand by Russia," Alexander Lukashenko was quoted as saying.')
    e = [e for e in doc.events if e.sentence_index == 1][0]
    assert e.source.name == "Alexander Lukashenko" and e.target.country == "RUS"


def test_acts_in_before_and_until_clauses_have_not_happened(stages) -> None:  # type: ignore[no-untyped-def]
    # a present-tense clause under a demand or vow is still to come ...
    doc = code(stages, "The rebels said the government must free all prisoners before they disarm.")
    assert [e.polarity for e in doc.events if e.event_type == "RETREAT"] == ["hypothetical"]
    doc = code(stages, "Israel will not halt its offensive until all hostages are released.")
    assert not [e for e in doc.events if e.event_type == "RETREAT" and e.polarity == "asserted"]
    # ... but not in a past narrative or a headline's present
    doc = code(stages, "Troops shelled the town before the rebels withdrew.")
    assert [e.polarity for e in doc.events if e.event_type == "RETREAT"] == ["asserted"]
    doc = code(stages, "Troops shell town before rebels withdraw")
    assert [e.polarity for e in doc.events if e.event_type == "RETREAT"] == ["asserted"]


def test_korean_desk_shorthand(stages) -> None:  # type: ignore[no-untyped-def]
    # "the North"/"the South" set against each other, or next to the JCS,
    # are the two Korean states; "the South" never gets a made-up code
    doc = code(stages, "The South urged the North to stop the provocations.")
    assert _has(doc, {"REQUEST"}, "KOR", "PRK")
    doc = code(stages, "The JCS said the North launched a cruise missile on Monday.")
    assert _has(doc, {"MOBILIZE"}, "PRK", None)
    doc = code(stages, "He warned that the South would pay a price.")
    assert not [a for e in doc.events for a in (e.source, e.target) if a is not None and a.country]
    # whoever reports an agentless launch did not carry it out
    doc = code(stages, "About 300 balloons were launched overnight, the JCS said.")
    assert all(e.source is None for e in doc.events)
    doc = code(stages, "Police said 20 protesters were arrested in Minsk.")
    assert _has(doc, {"COERCE"}, "BLR", None)


def test_sport_markets_and_failed_launches_are_no_attacks(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "South Korea beat Japan 3-1 in the East Asian Football Championship.",
        "The Japanese team beat North Korea 2-0.",
        "Samsung Electronics shares hit a record high on Tuesday.",
        "Oil prices hit a two-month high.",
        "The satellite launch failed when the rocket exploded shortly after liftoff.",
    ):
        assert not [e for e in code(stages, text).events if e.event_type == "ASSAULT"], text
    # the same verbs against people or places still are
    assert _has(code(stages, "Police beat protesters outside the stadium."), {"ASSAULT"}, None, None)
    assert _has(code(stages, "A Russian missile hit an oil depot in Odesa."), {"ASSAULT"}, "RUS", "UKR")


def test_denials_and_regret_over_another_s_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The army denied that its soldiers had tortured detainees.")
    assert all(e.polarity == "negated" for e in doc.events if e.event_type == "ASSAULT")
    doc = code(stages, "The Unification Ministry expressed regret over the North's decision to demolish the liaison office.")
    assert _has(doc, {"ACCUSE"}, "KOR", "PRK")
    doc = code(stages, "Japan expressed regret for the incident.")
    assert _has(doc, {"SUPPORT"}, "JPN", None)


def test_firing_into_the_sea_or_over_a_state_is_a_show_of_force(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korean troops fired artillery rounds into the sea as part of a live-fire drill on Friday.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]
    assert prim(stages, "The JCS said the North had fired the missile at a lofted angle.").event_type == "MOBILIZE"
    assert prim(stages, "North Korea fired a missile over Japan.").event_type == "MOBILIZE"
    # aimed at a state, or fired on a city, it is an attack; the weapon is no target
    assert prim(stages, "Hamas fired rockets into Israel.").event_type == "ASSAULT"
    doc = code(stages, "Russian forces fired artillery on Kharkiv on Friday.")
    assert _has(doc, {"ASSAULT"}, "RUS", "UKR")
    assert not [e for e in doc.events if e.target is not None and e.target.sector == "MIL"]


def test_cyber_sanctions_lists_and_aid_wordings(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "North Korea launched a cyberattack on South Korean government websites."), {"COERCE"}, "PRK", "KOR")
    doc = code(stages, "Seoul's spy agency said North Korean hackers were behind a cyberattack on a South Korean shipbuilder.")
    assert _has(doc, {"COERCE"}, "PRK", "KOR")
    assert [e.mode for e in doc.events if e.event_type == "COERCE"] == ["cyber"]
    assert _has(code(stages, "The European Union added eight North Korean officials to its sanctions list."), {"SANCTION"}, "EUR", "PRK")
    assert _has(code(stages, "Russia has provided North Korea with air defense systems."), {"AID"}, "RUS", "PRK")
    assert _has(code(stages, "China sent 100,000 tonnes of fertilizer to North Korea last month."), {"AID"}, "CHN", "PRK")
    assert _has(code(stages, "The South Korean government approved $10 million in humanitarian aid to North Korea."), {"AID"}, "KOR", "PRK")
    assert _has(code(stages, "Hungary blocked the EU's latest sanctions package against Russia."), {"REJECT"}, "HUN", None)
    # drones sent over a capital are no aid
    assert not [e for e in code(stages, "Seoul sent drones over Pyongyang.").events if e.event_type == "AID"]


def test_threats_by_consequence_and_the_quoted_speaker(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, 'Kim Yo-jong said in a statement that Seoul would face "horrible" consequences if it sent drones over Pyongyang.')
    assert _has(doc, {"THREATEN"}, "PRK", "KOR")
    assert [e.polarity for e in doc.events if e.event_type == "THREATEN"] == ["asserted"]
    assert _has(code(stages, "North Korea said Washington would face serious consequences."), {"THREATEN"}, "PRK", "USA")
    assert not code(stages, "Residents face severe consequences from the floods.").events
    # a news agency quoting somebody is not the speaker
    doc = code(stages, "If Seoul continues its leaflet campaign, we will retaliate without mercy, KCNA quoted Kim Yo-jong as saying.")
    assert [(e.source.name, e.target.country) for e in doc.events if e.event_type == "THREATEN"] == [("Kim Yo Jong", "KOR")]
    # nor when the quote is a demand ("must", "had better"), told in reported speech
    doc = code(stages, "The Chinese state broadcaster quoted Wang Yi as saying Japan must stop its provocations.")
    assert [(e.source.name, e.target.country) for e in doc.events if e.event_type == "REQUEST"] == [("Wang Yi", "JPN")]


def test_meeting_venues_and_joint_proposals(stages) -> None:  # type: ignore[no-untyped-def]
    # the venue is no party: the two leaders meet each other
    doc = code(stages, "Moon Jae-in and Kim Jong Un met at the border village of Panmunjom in April 2018.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("KOR", "PRK"), ("PRK", "KOR")}
    # a visit's place still is
    assert _has(code(stages, "Kim arrived in Vladivostok on Monday."), {"CONSULT"}, None, "RUS")
    # co-authors of a proposal do not propose to each other
    doc = code(stages, "Egypt, Qatar and the United States proposed a new truce plan for Gaza.")
    assert not [e for e in doc.events if e.target is not None and e.target.country in ("EGY", "QAT", "USA")]


def test_appeals_warrants_emergencies_and_conditional_responses(stages) -> None:  # type: ignore[no-untyped-def]
    # an appeal from somebody is theirs; the withdrawal of forces from a place is not the place's
    assert _has(code(stages, "Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo to lay down arms."), {"REJECT"}, "CIV", "CIV")
    doc = code(stages, "EU foreign ministers demanded the withdrawal of Serbian forces from Bosnia.")
    assert _has(doc, {"REQUEST"}, "EUR", "SRB")
    assert _has(code(stages, "The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin."), {"COERCE"}, None, "RUS")
    # "a wave of riots" is no natural disaster
    assert _has(code(stages, "Ecuador's President Daniel Noboa declared a state of emergency following a wave of prison riots."), {"COERCE"}, "ECU", None)
    assert not code(stages, "The government declared a state of emergency after the earthquake.").events
    # a response promised on a condition is a threat, made now
    doc = code(stages, "The Kremlin said it would respond if NATO deployed troops to Ukraine.")
    assert [(e.source.country, e.polarity) for e in doc.events if e.event_type == "THREATEN"] == [("RUS", "future")]
    assert not code(stages, "The ministry responded to questions on Monday.").events


def test_statistics_settled_issues_history_and_generic_acts(stages) -> None:  # type: ignore[no-untyped-def]
    # a war's toll, what a bygone year saw and a poll's finding are no acts
    for text in (
        "Gaza's health ministry says more than 50,000 people have been killed since the war began in October 2023.",
        "Taiwan has been self-governed since 1949, when Nationalist forces retreated to the island after losing the civil war.",
        "The opinion poll showed 62 percent of South Koreans support developing the country's own nuclear weapons.",
    ):
        assert not code(stages, text).events, text
    # (a recent toll with a place is still an attack)
    assert _has(code(stages, "At least 20 people have been killed in Khartoum since Monday."), {"ASSAULT"}, None, None)
    for text in (
        "The number of North Korean defectors arriving in the South fell to 196 last year.",
        "North Korea said the abduction issue has already been resolved.",
        "China opposes any unilateral sanctions on North Korea, a spokesperson said.",
    ):
        assert [e.event_type for e in code(stages, text).events] in ([], ["ACCUSE"]), text
    # opposing sanctions on North Korea is not about North Korea
    doc = code(stages, "China opposes any unilateral sanctions on North Korea, a spokesperson said.")
    assert all(e.target is None for e in doc.events)
    doc = code(stages, "Seoul called on the North to return the remains of South Korean soldiers killed during the war.")
    assert [e.event_type for e in doc.events] == ["REQUEST"]
    # a participle of a recent act still reports it
    assert _has(code(stages, "Five soldiers killed in the raid were buried on Monday."), {"ASSAULT"}, None, None)
    # lifting martial law is one easing, not also a disarmament
    assert [e.event_type for e in code(stages, "The interior ministry lifted martial law in the province.").events] == ["CONCEDE"]


def test_another_acts_agent_and_the_forces_sent_are_no_targets(stages) -> None:  # type: ignore[no-untyped-def]
    # the agent of a participle describing the object did something else
    doc = code(stages, "Ukraine's security service arrested two men recruited by Russian intelligence.")
    assert doc.events and all(e.target is None or e.target.country == "UKR" for e in doc.events)
    assert doc.events[0].source.sector == "SPY"
    doc = code(stages, "Cuba freed 553 prisoners under a deal brokered by the Vatican.")
    assert doc.events and all(e.target is None or e.target.country != "VAT" for e in doc.events)
    # what the arrested are charged with names no party
    doc = code(stages, "SEOUL, May 2 (Yonhap) -- Police arrested three men on charges of spying for North Korea.")
    assert doc.events and all(e.target is None or e.target.country != "PRK" for e in doc.events)
    # troops sent nowhere named deploy; they are not what receives them
    doc = code(stages, "South Korea's intelligence said the North sent troops.")
    assert [(e.event_type, e.source.country, e.target) for e in doc.events] == [("MOBILIZE", "PRK", None)]


def test_port_calls_and_officials_of_two_states(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "A U.S. nuclear-armed submarine arrived in Busan on Tuesday.",
        "Officials from South Korea and the United States held talks in Seoul.",
        "North Korea's defence ministry denounced the port call.",
    )
    # officials of both states meet each other
    assert _has(doc, {"CONSULT"}, "KOR", "USA") and _has(doc, {"CONSULT"}, "USA", "KOR")
    # "the port call" is the submarine's, not the last party named
    assert _has(doc, {"ACCUSE"}, "PRK", "USA", "denounced the port call")


def test_reports_rules_sites_and_cities_are_no_parties(stages) -> None:  # type: ignore[no-untyped-def]
    # what a report tells of is no party to its dismissal
    doc = code(stages, "Russian Deputy Foreign Minister Andrei Rudenko dismissed reports of North Korean troops in Kursk as another fake.")
    assert [(e.event_type, e.target) for e in doc.events] == [("REJECT", None)]
    # what a standing resolution does is no act, and what an act is called names no party
    doc = code(stages, "Japan condemned the launch as a violation of Security Council resolutions that ban Pyongyang from using ballistic missile technology.")
    assert [(e.event_type, e.target) for e in doc.events] == [("ACCUSE", None)]
    # a nationality on a site is no party
    doc = code(stages, "Lee is set to return home Wednesday after visiting a Korean cultural site in Nara.")
    assert all(e.target is None or e.target.country != "KOR" for e in doc.events)
    # a state and its city are one party
    doc = code(stages, "A U.S. nuclear-armed submarine arrived in the South Korean port city of Busan on Tuesday.")
    assert len(doc.events) == 1 and doc.events[0].target.country == "KOR"
    # "<place>-based" past a modifier
    assert _has(code(stages, "The U.S. sanctioned a Hong Kong-based trading company."), {"SANCTION"}, "USA", "HKG")


def test_one_act_told_with_its_manner_or_its_object_described(stages) -> None:  # type: ignore[no-untyped-def]
    for text, expected in (
        # how one retaliated is the act
        ("Pakistan retaliated by closing its airspace to Indian airlines.", ["SANCTION"]),
        # who the sanctioned are is no new accusation, and whom sanctions target is no attack
        ("Washington sanctioned three North Koreans accused of laundering money.", ["SANCTION"]),
        ("The United States imposed sanctions on Iran on Tuesday, targeting a network of shipping companies.", ["SANCTION"]),
        # both things one is accused of are alleged
        ("Mali accused ECOWAS of serving French interests and of imposing inhumane sanctions on its people.", ["ACCUSE"]),
    ):
        assert [e.event_type for e in code(stages, text).events] == expected, text


def test_korean_desk_round_six_judgements_and_proposals(stages) -> None:  # type: ignore[no-untyped-def]
    # what an act is called is a judgement of its doer, and no act of its own
    assert _has(code(stages, "Takaichi called North Korea's missile launch an outrageous act."), {"ACCUSE"}, "JPN", "PRK")
    doc = code(stages, "North Korea called the detention of the two fishermen by South Korea an unpardonable abduction.")
    assert _has(doc, {"ACCUSE"}, "PRK", "KOR") and not any(e.event_type == "ASSAULT" for e in doc.events)
    # a relation named in apposition is no co-subject
    doc = code(stages, "Russia, Belarus's main ally and economic lifeline, urged all parties to exercise restraint.")
    assert {e.source.country for e in doc.events} == {"RUS"}
    # a fact sheet released frees nobody; a deal finalised is agreed; a vessel intercepted is seized
    assert not code(stages, "The two governments released a joint fact sheet on Tuesday.").events
    assert _has(code(stages, "Seoul and Washington finalised a trade deal on Thursday."), {"AGREE"}, "KOR", "USA")
    assert _has(code(stages, "The Philippine coast guard intercepted a Chinese fishing vessel near the shoal."), {"COERCE"}, "PHL", "CHN")
    # what is proposed or wished for has not happened
    doc = code(stages, "The unification ministry proposed that the two Koreas hold military talks.")
    assert all(e.polarity != "asserted" for e in doc.events if e.trigger.text != "proposed")
    doc = code(stages, "Takaichi reiterated her desire for a summit with Kim Jong Un.")
    assert all(e.polarity != "asserted" for e in doc.events if "summit" in e.trigger.text)
    # neither confirming nor denying rejects anybody
    assert not code(stages, "Seoul refused to confirm or deny North Korea's claim.").events


def test_korean_desk_round_six_pressures_ended_guests_and_advice(stages) -> None:  # type: ignore[no-untyped-def]
    # halting broadcasts across the border eases toward the other Korea, by who halts them
    assert _has(code(stages, "Seoul halted its noise broadcasts along the border."), {"RETREAT"}, "KOR", "PRK")
    # troops sent to fight for a state aid it; fighting for it attacks nobody
    doc = code(stages, "North Korea has sent thousands of troops to fight for Russia.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("AID", "PRK", "RUS")]
    assert _has(code(stages, "The rebels fought for control of the city."), {"ASSAULT"}, None, None)
    # a guest at a parade shows no force; an evacuation warning threatens nobody
    assert not code(stages, "Kim Jong Un attended a military parade in Moscow.").events
    assert not code(stages, "Japan issued an evacuation warning to residents of Aomori.").events
    # "would not engage in any contact" refuses contact
    assert _has(code(stages, "North Korea said it would not engage in any contact with Tokyo."), {"REJECT"}, "PRK", "JPN")


def test_world_desk_round_six_subjects_polarity_and_trips(stages) -> None:  # type: ignore[no-untyped-def]
    # "it" is the subject named through its possessor ("NATO's peacekeeping force")
    doc = code(stages, "Serbia will not sit idly by. NATO's peacekeeping force in Kosovo, KFOR, said it had deployed additional troops.")
    assert _has(doc, {"MOBILIZE"}, "NATO", None) and not _has(doc, {"MOBILIZE"}, "SRB", None)
    # a finite verb joined to the infinitive is the main subject's
    doc = code(stages, "Rubio urged Rwanda to withdraw its troops and called on M23 to halt its advance.")
    assert all(e.source.country == "USA" for e in doc.events)
    # a conjunct with its own auxiliary keeps its own polarity
    doc = code(stages, "The rebels are not party to the accords and are negotiating separately with Kinshasa.")
    assert any(e.event_type == "CONSULT" and e.polarity == "asserted" for e in doc.events)
    # a past tense under "would ... until" has not happened
    doc = code(stages, "The group warned it would keep striking until government troops withdrew.")
    assert all(e.polarity != "asserted" for e in doc.events if e.event_type == "RETREAT")
    # a war's toll, a report released, and trips at home are no events
    for text in (
        "The conflict has killed thousands of people.",
        "A report by UN experts released in July found that Rwanda controls M23.",
        "Zelensky visited wounded soldiers in a Kyiv hospital.",
        "Around 2,000 of the North Korean soldiers have been killed in combat against Ukrainian forces.",
        "Kim Jong Un toured a munitions factory on Wednesday.",
    ):
        assert not [e for e in code(stages, text).events if e.event_type in ("ASSAULT", "RETREAT", "CONSULT")], text
    # (a few of a group taken is an act)
    assert [e.event_type for e in code(stages, "The council said three of its members have been abducted.").events] == ["ASSAULT"]
    assert _has(code(stages, "Blinken visited Kyiv on Tuesday."), {"CONSULT"}, "USA", "UKR")


def test_world_desk_round_six_orders_sightings_and_requests(stages) -> None:  # type: ignore[no-untyped-def]
    # whose aircraft are seen shows force toward who saw them
    assert _has(code(stages, "Taiwan detected 32 Chinese military aircraft around the island."), {"MOBILIZE"}, "CHN", "TWN")
    # a blocked aid package is refused; blocked aid deliveries are a blockade
    assert _has(code(stages, "Hungary blocked an EU aid package for Ukraine."), {"REJECT"}, "HUN", "EUR")
    assert _has(code(stages, "Israel blocked aid deliveries into Gaza."), {"COERCE"}, "ISR", "PSE")
    # an oath of office is no promise to anybody; an extradition sought is a request
    assert not code(stages, "Lee Jae-myung was sworn in as president on Wednesday.").events
    assert _has(code(stages, "Bangladesh sought the extradition of Sheikh Hasina from India."), {"REQUEST"}, "BGD", None)
    # orders that ready one's own forces mobilize them; nationals ordered out are deported
    assert _has(code(stages, "Eritrea ordered a nationwide mobilisation."), {"MOBILIZE"}, "ERI", None)
    assert _has(code(stages, "Kim Jong Un ordered his troops to be on full combat readiness."), {"MOBILIZE"}, "PRK", None)
    assert _has(code(stages, "India ordered Pakistani nationals to leave the country."), {"COERCE"}, "IND", "PAK")
    # vowing to defeat an armed group threatens it
    assert _has(code(stages, "Somalia's president vowed to defeat al-Shabaab."), {"THREATEN"}, "SOM", "SOM")


def test_every_party_of_a_condemned_act_and_dissidents_freed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The U.S. and Britain struck Houthi targets in Yemen on Saturday. The Houthis condemned the strikes.")
    assert _has(doc, {"ACCUSE"}, "YEM", "USA") and _has(doc, {"ACCUSE"}, "YEM", "GBR")
    assert _has(code(stages, "Iran released 20 political prisoners."), {"RETREAT"}, "IRN", "IRN")
    assert all(e.target is None for e in code(stages, "Hamas released three hostages.").events)


def test_names_of_missions_and_a_leaders_loyalists(stages) -> None:  # type: ignore[no-untyped-def]
    # a word of a mission's name is no act
    doc = code(stages, "Kenya leads the Multinational Security Support mission in Haiti.")
    assert not any(e.event_type == "SUPPORT" for e in doc.events)
    # "would not go unanswered" threatens, by whoever says it; police sent abroad aid
    assert _has(code(stages, "The Houthis said the strikes would not go unanswered."), {"THREATEN"}, "YEM", None)
    assert _has(code(stages, "Ruto said Kenya would send 600 more police officers to Haiti."), {"AGREE"}, "KEN", "HTI")
    # what still has to be done is not done; what one is charged with is alleged
    doc = code(stages, "Armenia and Azerbaijan initialled the treaty on Friday. Both countries still have to sign and ratify the treaty.")
    assert all(e.polarity != "asserted" for e in doc.events if e.trigger.text in ("sign", "ratify"))
    doc = code(stages, "Galstanyan was arrested in June on charges of plotting to seize power.")
    assert [e.trigger.text for e in doc.events] == ["arrested"]
    # a leader's loyalists are an armed group of his state, not the leader
    doc = code(stages, "The attacks by Assad loyalists killed dozens of security personnel in Latakia.")
    assert all(e.source is None or (e.source.kind != "person" and e.source.country == "SYR") for e in doc.events)


def test_round_six_korean_desk_last_items(stages) -> None:  # type: ignore[no-untyped-def]
    # what decades ago or a past decade saw is history
    for text in (
        "Tokyo wants the return of Japanese nationals abducted by Pyongyang decades ago.",
        "Pyongyang has admitted to abducting 13 Japanese in the 1970s and 1980s.",
    ):
        assert not any(e.event_type in ("ASSAULT", "THREATEN") for e in code(stages, text).events), text
    # "its southern rival" on the Korean desk is the other Korea (elsewhere nobody named)
    assert _has(code(stages, "North Korea threatened to sever all links with its southern rival."), {"THREATEN"}, "PRK", "KOR")
    assert all(e.target is None for e in code(stages, "Turkey warned its southern neighbour.").events)
    # on the Korean desk "the regime" is Pyongyang's; hacking is aimed at nobody named
    doc = code(stages, "North Korea has stolen billions in cryptocurrency. Russia vetoed the renewal of the panel's mandate, and the panel said the regime relies on hacking for half of its income.")
    hack = [e for e in doc.events if e.trigger.text == "hacking"]
    assert hack and hack[0].source.country == "PRK" and hack[0].target is None
    # victims' groups and families' associations are civilian actors
    doc = code(stages, "Some victims' groups also staged a rally in front of the Japanese Embassy in Seoul to protest what they called Tokyo's lack of remorse.")
    assert _has(doc, {"PROTEST"}, "KOR", "JPN")
    # whose help is asked for is whom it is asked of
    assert _has(code(stages, "Takaichi asked for Beijing's cooperation on the abduction issue."), {"REQUEST"}, "JPN", "CHN")
    # alerts threaten nobody; a crisis foretold is no threat
    assert not code(stages, "Japan's government issued J-Alert warnings for Aomori.").events
    assert not code(stages, "The deal drew criticism, with Seoul warning that a large cash transfer could trigger a financial crisis.").events
    # troops sent to support a state's war aid it (the support stated is coded too)
    doc = code(stages, "North Korea has sent thousands of troops to Russia's Kursk region to support Russia's war against Ukraine.")
    assert _has(doc, {"AID"}, "PRK", "RUS")


def test_round_six_recheck_regressions(stages) -> None:  # type: ignore[no-untyped-def]
    # a protest lodged with a state is against it; what it is over is the topic
    doc = code(stages, "China lodged stern representations with Washington over Lai's transit.")
    assert {e.target.country for e in doc.events} == {"USA"}
    # an answer to a proposal is to its author
    assert _has(code(stages, "Burhan rejected a ceasefire proposal put forward by the United States."), {"REJECT"}, "SDN", "USA")
    # coordinated acts are separate events; one act read twice is one
    doc = code(stages, "India suspended the Indus Waters Treaty, closed the Attari border crossing, and expelled Pakistani military advisers.")
    assert {e.trigger.text for e in doc.events} >= {"suspended", "expelled"}
    doc = code(stages, "Yeo will travel to Washington next week to meet Greer and discuss follow-up measures.")
    assert not any(e.trigger.text == "discuss" for e in doc.events)
    doc = code(stages, '"We have lodged a strong protest and strongly condemned North Korea," Kihara said.')
    assert len([e for e in doc.events if e.event_type == "ACCUSE"]) == 1
    # ... but one scene told in several verbs is one event
    doc = code(stages, "Thousands of protesters marched through Yerevan, blocked several streets and chanted slogans against the government.")
    assert len([e for e in doc.events if e.event_type == "PROTEST"]) == 1
    doc = code(stages, "The unification ministry proposed that the two Koreas hold military talks to discuss ways to ease tensions.")
    assert not any(e.trigger.text == "discuss" for e in doc.events)
    # what a vetoed resolution would do did not happen
    doc = code(stages, "Beijing and Moscow vetoed a US-drafted resolution to tighten sanctions.")
    assert not any(e.event_type == "SANCTION" and e.polarity != "negated" for e in doc.events)
    # a "when asked about" clause names no party
    assert all(e.target is None for e in code(stages, "Mao Ning urged all parties to exercise restraint when asked about the submarine's visit.").events)
    # a headline's verb comes before another event's clause
    doc = code(stages, "The report gave no further details.", title="Houthis fire missiles at Greek-owned ship after U.S., British strikes on Yemen")
    assert all(e.source.country != "GRC" for e in doc.events if e.source)
    assert _has(doc, {"ASSAULT"}, "YEM", None, "")


def test_headline_subjects_the_parse_lost(stages) -> None:  # type: ignore[no-untyped-def]
    # the parse of a headline loses its subject: the words before the verb give it
    doc = code(stages, "The report gave no further details.", title="Mali junta expels French ambassador")
    assert _has(doc, {"SANCTION"}, "MLI", "FRA")
    doc = code(stages, "The report gave no further details.", title="Blinken to visit Seoul for talks with Cho")
    visit = [e for e in doc.events if e.section == "title"]
    assert visit and visit[0].source.country == "USA" and visit[0].polarity == "future"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("North Korea fires cruise missiles", ("MOBILIZE", "PRK", None)),
        ("Houthis fire missile at Israel", ("ASSAULT", "YEM", "ISR")),
        ("Myanmar junta bombs village", ("ASSAULT", "MMR", None)),
        ("Police raid Yoon's office", ("COERCE", None, "KOR")),
        ("Argentina's Milei rejects IMF demands", ("REJECT", "ARG", "IGO")),
        # ... or takes a noun's modifier for a bare gerund, its root
        # (warning shots across the Korean border are at the other Korea)
        ("South Korea fires warning shots as North Korean soldiers cross border again", ("MOBILIZE", "KOR", "PRK")),
        # ... or a verb its modifier, before another event's clause
        ("Ethiopia, Eritrea mass troops on border as Tigray rivals fight for Mekelle", ("MOBILIZE", "ETH", None)),
        # ... or the verb a noun and the next word the verb; who reports it is no target
        ("North Korea fires missile into sea, Seoul says", ("MOBILIZE", "PRK", None)),
        ("North Korea Fires Missile Into Sea, Seoul Says", ("MOBILIZE", "PRK", None)),
        ("N. Korea fires cruise missiles off west coast", ("MOBILIZE", "PRK", None)),
        ("North Korea fires missile at South Korea, Seoul says", ("ASSAULT", "PRK", "KOR")),
        ("North Korea fires missile as South holds drills", ("MOBILIZE", "PRK", None)),
    ],
)
def test_headline_verbs_the_parser_reads_as_nouns(stages, title: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    # the small parser makes "fires", "bombs", "raid" plural nouns of one long noun phrase
    doc = code(stages, "The report gave no further details.", title=title)
    e = primary_event([x for x in doc.events if x.section == "title"])
    assert e is not None and e.event_type == expected[0], title
    assert (e.source.country if e.source else None) == expected[1] or expected[1] is None
    assert (e.target.country if e.target else None) == expected[2]


def test_a_participle_before_a_title_is_the_object_s_adjective(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "impeached" a clause with Yoon as its object
    doc = code(stages, "Police arrested impeached President Yoon Suk Yeol on Wednesday.")
    assert [(e.event_type, e.trigger.text, e.target.name) for e in doc.events] == [("COERCE", "arrested", "Yoon Suk Yeol")]


def test_a_past_tense_parsed_as_its_object_s_modifier_is_the_verb(stages) -> None:  # type: ignore[no-untyped-def]
    # the small parser reads "military fired warning shots" as one noun phrase
    doc = code(stages, "South Korea's military fired warning shots after North Korean soldiers crossed the border.")
    # (at the other Korea's soldiers)
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.trigger.text == "fired"] == [("MOBILIZE", "KOR", "PRK")]
    # ... or a light verb of its noun: held drills around Taiwan, no partner of China's
    doc = code(stages, "China's military held drills around Taiwan.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("MOBILIZE", "CHN", "TWN")]
    # real modifiers stay modifiers
    doc = code(stages, "Security forces and allied paramilitary units recaptured the town.")
    assert [e.trigger.text for e in doc.events] == ["recaptured"]


def test_headline_scores_questions_and_attributions(stages) -> None:  # type: ignore[no-untyped-def]
    # sport results in the words of attacks
    for text in ("India beat Pakistan by 7 wickets", "Spurs beat Arsenal 2-1", "India crush Pakistan in Asia Cup clash"):
        assert not code(stages, text).events, text
    # a question is asked, not told
    assert all(e.polarity == "hypothetical" for e in code(stages, "Will China invade Taiwan?").events)
    # a headline's closing attribution is no party
    doc = code(stages, "Russia deploys more troops near border: Zelensky")
    assert [(e.event_type, e.source.country, e.target) for e in doc.events] == [("MOBILIZE", "RUS", None)]
    # a forcible return deports
    assert _has(code(stages, "China forcibly returns dozens of N. Korean defectors: activists"), {"COERCE"}, "CHN", "PRK")


def test_what_made_people_so_and_what_a_rejected_charge_says(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The United States will provide $50 million in aid to people displaced by fighting in Sudan.")
    assert [e.event_type for e in doc.events] == ["AGREE"]
    doc = code(stages, "The Taliban denied Pakistani accusations that it shelters militants who attack Pakistan.")
    assert [e.event_type for e in doc.events] == ["REJECT"]
    # a confirmed charge, or what a report says, is told as fact
    doc = code(stages, "Human Rights Watch said in a report that Kenyan security forces beat civilians during the election turmoil.")
    assert any(e.event_type == "ASSAULT" for e in doc.events)


def test_korean_statements_of_round_six(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "North Korea's defence ministry denounced the port call.",
        '"The U.S. and the ROK military gangsters should know that the assets they bring in will become the target of our pre-emptive strike," a ministry spokesperson said.',
    )
    # "X should know that ... will become the target of our strike": a warning, by the ministry named before
    assert _has(doc, {"THREATEN"}, "PRK", "USA") and _has(doc, {"THREATEN"}, "PRK", "KOR")
    assert not any(e.event_type == "REQUEST" for e in doc.events)
    # an absolute "with X vetoing" clause keeps its own polarity
    doc = code(stages, "The council has not issued a statement on North Korea since 2017, with Beijing and Moscow vetoing a US-drafted resolution in 2022.")
    assert _has(doc, {"REJECT"}, "CHN", None) and all(e.polarity == "asserted" for e in doc.events if e.event_type == "REJECT")
    # what a state steals abroad is not done to its own people
    assert not any(e.target and e.target.country == "PRK" for e in code(stages, "North Korea has stolen billions in cryptocurrency.").events)


def test_they_who_were_taken_and_warrants(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Police arrested three people on spy charges. They were taken into custody last week after a court issued warrants.")
    taken = [e for e in doc.events if e.trigger.text == "taken"]
    # "They were taken": the people arrested, not the police
    assert taken and taken[0].target is not None and taken[0].target.sector == "CVL"
    assert _has(doc, {"COERCE"}, None, None, "issued warrants")


def test_a_ministry_and_its_spokesperson_after_a_quote(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "South Korea's foreign ministry said it would take part in the talks. "
        '"We will hold close consultations with the Ukrainian side on the matter," ministry spokesperson Lee Jae-woong told a regular briefing.',
    )
    # "it would take part": the ministry (an agentive "it", not "it takes time")
    assert _has(doc, {"AGREE"}, "KOR", None, "take part")
    # the state named inside the quote is no affiliation of the speaker after it
    assert _has(doc, {"AGREE"}, "KOR", "UKR", "consultations")
    # an intent with nobody on either side is not emitted
    assert all(e.source or e.target for e in doc.events)


def test_any_attack_a_past_decade_self_funding_and_what_is_let_happen(stages) -> None:  # type: ignore[no-untyped-def]
    # "any attack ... is unacceptable": no attack in particular
    doc = code(stages, '"Any nuclear attack by North Korea against the United States is unacceptable," the two sides said.')
    assert not any(e.event_type == "ASSAULT" for e in doc.events)
    # a participle set in a past decade is history
    doc = code(stages, "Takaichi asked for Seoul's support in resolving the issue of Japanese citizens abducted by North Korea in the 1970s.")
    assert not any(e.event_type == "ASSAULT" for e in doc.events)
    # paying for one's own programmes is no aid
    assert not code(stages, '"The DPRK continues to rely on cybercrime to fund its unlawful weapons programs," the official said.').events
    # what would be let happen under a condition is hypothetical too
    doc = code(stages, "Kim Yo Jong warned that Seoul would face a new response if it continued its loudspeaker broadcasts and allowed activists to send leaflets.")
    assert all(e.polarity == "hypothetical" for e in doc.events if e.trigger.text == "send")


def test_swaps_groups_and_one_threat_said_once(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia and Ukraine swapped prisoners in an exchange brokered by the UAE.")
    assert _has(doc, {"RETREAT"}, "RUS", "UKR") and _has(doc, {"RETREAT"}, "UKR", "RUS")
    # (since round 28 the E3 are Britain, France and Germany, each a party, not the European region)
    doc = code(stages, "Iran held talks with the E3 in Geneva.")
    assert all(_has(doc, {"CONSULT"}, "IRN", c) for c in ("GBR", "FRA", "DEU"))
    assert _has(code(stages, "Gunmen killed 26 tourists near Pahalgam in Indian-administered Kashmir."), {"ASSAULT"}, None, "IND")
    # a headline's "strikes Gaza" is no walkout that makes the accusation a protest
    doc = code(stages, "Israel strikes Gaza as Hamas accuses Israel of violating truce", title=None)
    assert _has(doc, {"ACCUSE"}, "PSE", "ISR") and not any(e.event_type == "PROTEST" for e in doc.events)
    # a warning and what it warns of, by one state, are one threat
    assert [e.event_type for e in code(stages, "Araghchi warned that Iran would respond firmly.").events] == ["THREATEN"]


def test_force_promised_on_a_condition_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    e = prim(stages, "Putin said Russia could use nuclear weapons if it came under attack.")
    assert (e.event_type, e.source.country, e.cameo_code) == ("THREATEN", "RUS", "1385")
    e = prim(stages, "Iran would strike Israel if attacked, the foreign minister said.")
    assert (e.event_type, e.source.country, e.target.country) == ("THREATEN", "IRN", "ISR")
    # another side's possible attack is no threat by the speaker
    doc = code(stages, "Israel said Hezbollah could attack if the talks failed.")
    assert not any(e.event_type == "THREATEN" for e in doc.events)


def test_what_talks_are_on_is_their_topic(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The allies held talks on coordinating their response to North Korea's growing nuclear threat.")
    assert {e.event_type for e in doc.events} == {"CONSULT"}
    # the state talks are on is no party; the two who hold them meet each other
    doc = code(stages, "Seoul and Tokyo held talks on North Korea's missile program.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("KOR", "JPN"), ("JPN", "KOR")}


def test_who_acts_together_with_the_subject_is_a_partner(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The NIS questioned the soldiers together with Ukraine's Security Service.")
    assert doc.events and all(e.target is None or e.target.country != "UKR" for e in doc.events)
    # ... and the other side of cooperation
    assert _has(code(stages, "Seoul will work together with Washington on supply chains."), {"AGREE"}, "KOR", "USA")


def test_a_charge_the_accused_denies(stages) -> None:  # type: ignore[no-untyped-def]
    # the accusation was made; what it alleges is not asserted; the denial rejects the accuser
    doc = code(stages, "Congo accused Rwanda of backing the M23 rebels, a charge Kigali denies.")
    assert _has(doc, {"ACCUSE"}, "COD", "RWA") and all(e.polarity == "asserted" for e in doc.events if e.event_type == "ACCUSE")
    doc = code(stages, "New Delhi blamed Pakistan for backing the attackers, a charge Islamabad denied.")
    assert {e.event_type for e in doc.events} == {"ACCUSE", "REJECT"}
    assert _has(doc, {"REJECT"}, "PAK", "IND")


def test_parties_praising_a_third_thing_do_not_praise_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "China and Saudi Arabia welcomed the agreement.")
    assert {(e.source.country, e.target) for e in doc.events} == {("CHN", None), ("SAU", None)}
    # signing and establishing ties stay mutual
    assert _has(code(stages, "Israel and Bahrain established diplomatic relations."), {"SUPPORT"}, "BHR", "ISR")
    # several states leaving a body leave the body, not each other
    doc = code(stages, "Niger, Mali and Burkina Faso completed their withdrawal from ECOWAS on Wednesday.")
    assert {e.target.name for e in doc.events} == {"ECOWAS"} and len(doc.events) == 3


def test_a_conjunct_of_a_denial_is_its_own_act(stages) -> None:  # type: ignore[no-untyped-def]
    # the accusation after a denial is made, and the denial takes no party from it
    doc = code(stages, "China denied the report and accused Washington of spreading lies.")
    acc = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert acc and acc[0].polarity == "asserted" and acc[0].target.country == "USA"
    assert all(e.target is None for e in doc.events if e.event_type == "REJECT")
    # conjuncts sharing what follows keep it ("donated and delivered goods to X")
    assert _has(code(stages, "Two American aid groups donated and personally delivered medicine worth $50,000 to Baghdad University."), {"AID"}, "USA", "IRQ")


def test_threatened_curfew_falls_on_the_states_own_people(stages) -> None:  # type: ignore[no-untyped-def]
    # a threatened curfew or martial law with nobody named, like an imposed one
    assert _has(code(stages, "The Thai army chief threatened to declare martial law."), {"THREATEN"}, "THA", "THA")
    assert _has(code(stages, "The Bolivian government said it was prepared to impose a curfew."), {"THREATEN"}, "BOL", "BOL")


def test_he_is_the_subject_before_the_person_named_last(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Turkey's Erdogan met Putin in Sochi.", "He urged him to extend the grain deal.")
    assert _has(doc, {"REQUEST"}, "TUR", "RUS")


def test_joining_another_state_in_an_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Australia joined the United States in sanctioning two North Korean shipping firms.")
    assert _has(doc, {"SANCTION"}, "AUS", "PRK") and _has(doc, {"SANCTION"}, "USA", "PRK")


def test_one_meeting_per_pair_and_clauses_of_their_own(stages) -> None:  # type: ignore[no-untyped-def]
    # "held talks ..., the first such meeting": one meeting per pair, not two
    doc = code(stages, "South Korean Foreign Minister Cho Hyun and Japanese Foreign Minister Takeshi Iwaya held talks in Tokyo, the first such meeting this year.")
    pairs = [(e.source.country, e.target.country) for e in doc.events if e.event_type == "CONSULT"]
    assert sorted(pairs) == [("JPN", "KOR"), ("KOR", "JPN")]
    # a negation in one clause does not reach a clause with its own subject
    doc = code(stages, "He said sanctions and pressure had failed and that Beijing supports dialogue.")
    assert [e.polarity for e in doc.events if e.event_type == "SUPPORT"] == ["asserted"]


def test_names_for_an_act_threats_posed_vetoes_and_custody(stages) -> None:  # type: ignore[no-untyped-def]
    # calling an act by a damning name is an accusation
    assert _has(code(stages, "Pyongyang called the drills a rehearsal for invasion."), {"ACCUSE"}, "PRK", None)
    assert not code(stages, "He called the meeting a success.").events
    # "X poses a threat", said by somebody: the speaker accuses X; unsaid it is no event
    doc = code(stages, "South Korean ambassador Joonkook Hwang said North Korea's military cooperation with Russia posed a grave threat.")
    assert _has(doc, {"ACCUSE"}, "KOR", "PRK")
    assert not [e for e in doc.events if e.event_type == "THREATEN"]
    assert _has(code(stages, "China and Russia again blocked any action by the U.N. Security Council."), {"REJECT"}, "CHN", None)
    assert _has(code(stages, "The soldier was taken into custody by the military."), {"COERCE"}, None, None)


def test_no_intention_no_interest_no_plans(stages) -> None:  # type: ignore[no-untyped-def]
    for text in ("Germany has no intention of sending troops to Ukraine.", "The North has no interest in improving ties with Seoul.", "There were no plans for talks."):
        assert not [e for e in code(stages, text).events if e.polarity != "negated"], text
    assert _has(code(stages, "Germany sent troops to Lithuania with no plan B."), {"AID", "MOBILIZE"}, "DEU", "LTU")


def test_a_launch_told_in_a_relative_clause(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The missile, which was fired from the Sunan area of Pyongyang, flew about 350 kilometers.")
    assert _has(doc, {"MOBILIZE"}, "PRK", None)


def test_withheld_information_predictions_no_clashes_and_troops_at_home(stages) -> None:  # type: ignore[no-untyped-def]
    # declining to give details is no rejection of anybody; refusing a release is
    assert not code(stages, "The soldier declined to give his rank or age, the official said.").events
    assert _has(code(stages, "North Korea refused to return the detained fishermen."), {"REJECT"}, "PRK", None)
    # a guess is hypothetical, an intent future
    assert [e.polarity for e in code(stages, "Kim Jong Un is likely to visit Russia this year, the agency said.").events] == ["hypothetical"]
    assert all(e.polarity == "negated" for e in code(stages, "No major clashes were reported on Saturday.").events)
    # troops sent within one's own state deploy; sent abroad they are aid
    assert _has(code(stages, "Yoon declared martial law and sent troops to the National Assembly."), {"MOBILIZE"}, "KOR", "KOR")
    assert _has(code(stages, "Russia sent troops to Belarus."), {"AID"}, "RUS", "BLR")


def test_korean_given_names_and_the_nll(stages) -> None:  # type: ignore[no-untyped-def]
    # "Jae-myung" split at its hyphen read as an adjective and lost the subject
    doc = code(stages, "President Lee Jae-myung held phone talks with U.S. President Donald Trump on Tuesday.")
    assert _has(doc, {"CONSULT"}, "KOR", "USA")
    assert [t.text for t in doc.spacy if "-" in t.text] == ["Jae-myung"]
    # crossing the Northern Limit Line intrudes on the South
    doc = code(stages, "A North Korean merchant ship violated the Northern Limit Line.")
    assert _has(doc, {"ASSAULT", "COERCE"}, "PRK", "KOR")


def test_a_conjunct_with_its_own_tense_keeps_its_own_polarity(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Katz warned that Israel would not allow a return to the old situation and threatened to expand operations into Lebanon.")
    assert [e.polarity for e in doc.events if e.trigger.text == "threatened"] == ["asserted"]
    # ... nor a passive's ("the attack was planned in Belgrade and called on ..." is no plan)
    doc = code(stages, "Kurti said the attack was planned in Belgrade and called on the European Union to impose sanctions on Serbia.")
    assert [e.polarity for e in doc.events if e.event_type == "REQUEST"] == ["asserted"]
    # a bare conjunct shares the negation
    doc = code(stages, "The rebels did not attack or burn the village.")
    assert all(e.polarity == "negated" for e in doc.events)


def test_impeachment_and_removal_from_office(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The National Assembly impeached President Yoon Suk Yeol on Saturday over his martial law declaration.")
    assert _has(doc, {"COERCE"}, "KOR", "KOR")
    assert [e.cameo_code for e in doc.events] == ["172"]
    assert _has(code(stages, "The South Korean parliament passed an impeachment motion against Yoon Suk Yeol."), {"COERCE"}, "KOR", "KOR")
    doc = code(stages, "South Korea's Constitutional Court removed President Yoon Suk Yeol from office.")
    assert _has(doc, {"COERCE"}, "KOR", "KOR")
    # removing people from a place is no removal from office
    assert not code(stages, "Police removed protesters from the building.").events


def test_a_censured_act_is_the_speakers_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "U.S. Deputy Ambassador Robert Wood said Moscow had shamelessly protected North Korea from accountability.")
    assert _has(doc, {"ACCUSE"}, "USA", "RUS") and not _has(doc, {"AID"}, "RUS", "PRK")
    assert _has(code(stages, "Seoul said Pyongyang was blatantly helping Moscow wage its war."), {"ACCUSE"}, "KOR", "PRK")
    # without the censure the report is of the act; the doer's own account is no accusation
    assert _has(code(stages, "Seoul said Pyongyang was helping Moscow wage its war."), {"AID"}, "PRK", "RUS")
    assert _has(code(stages, "Russia said it was legally supplying North Korea with oil."), {"AID"}, "RUS", "PRK")


def test_a_forsworn_complement_turns_the_promise(stages) -> None:  # type: ignore[no-untyped-def]
    # the negation sits on the complement: "vowed never to yield" had been an asserted intent to yield
    assert _has(code(stages, "Seoul vowed never to yield to threats from Pyongyang."), {"REJECT"}, "KOR", "PRK")
    assert _has(code(stages, "Japan vowed not to bow to Chinese pressure."), {"REJECT"}, "JPN", "CHN")
    doc = code(stages, "North Korea vowed never to give up its nuclear weapons.")
    assert [e.event_type for e in doc.events] == ["REJECT"]
    # forswearing force is a promise, not a threat
    doc = code(stages, "Russia pledged not to attack Ukraine.")
    assert [e.event_type for e in doc.events] == ["AGREE"]
    # without the negation the complement combines as before
    assert _has(code(stages, "Libya agreed to give up its weapons programs."), {"AGREE"}, "LBY", None)
    assert _has(code(stages, "Russia threatened to attack Ukraine."), {"THREATEN"}, "RUS", "UKR")
    # a negated main verb is the event's own polarity, not a forsworn complement
    doc = code(stages, "Yoon did not reaffirm South Korea's commitment to the treaty.")
    assert [(e.event_type, e.polarity) for e in doc.events] == [("AGREE", "negated")]


def test_shows_of_force_in_the_air_and_on_parade(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The U.S. flew B-52 strategic bombers over the Korean Peninsula in a show of force.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("MOBILIZE", "USA")]
    doc = code(stages, "Russian and Chinese bombers flew into South Korea's air defense identification zone.")
    assert _has(doc, {"MOBILIZE"}, "RUS", "KOR") and _has(doc, {"MOBILIZE"}, "CHN", "KOR")
    assert _has(code(stages, "Pyongyang staged a massive military parade showcasing its new ICBMs."), {"MOBILIZE"}, "PRK", None)
    # a carrier group arriving shows force; it does not visit
    doc = code(stages, "A U.S. aircraft carrier strike group arrived in Busan in a display of military might.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]
    # "bombers" are aircraft, not an insurgent group
    doc = code(stages, "Russia condemned the deployment of U.S. strategic bombers near the peninsula.")
    assert not any(e.source and e.target and e.source.country == e.target.country for e in doc.events)
    # a delegation entering the DMZ shows no force; where troops stand is no deployment
    assert not code(stages, "The delegation entered the demilitarized zone.").events
    assert not code(stages, "Some 28,500 U.S. troops are stationed in South Korea.").events
    assert not code(stages, "North Korean defectors often struggle to find jobs after arriving in the South.").events
    assert _has(code(stages, "The U.S. stationed additional troops in Poland on Monday."), {"MOBILIZE"}, "USA", None)


def test_the_act_a_demand_asks_for_did_not_happen(stages) -> None:  # type: ignore[no-untyped-def]
    # "that Tokyo apologize" is what is demanded; it had been coded as Japan's apology
    doc = code(stages, "North Korea demanded that Japan apologize for its wartime abuses.")
    assert [e.event_type for e in doc.events] == ["REQUEST"] and _has(doc, {"REQUEST"}, "PRK", "JPN")
    doc = code(stages, "Pyongyang insisted that Tokyo apologize for its colonial rule.")
    assert [e.event_type for e in doc.events] == ["REQUEST"]
    # what "must stop" governs is no de-escalation
    doc = code(stages, "The State Department said Pyongyang must stop its missile launches.")
    assert [e.event_type for e in doc.events] == ["REQUEST"] and _has(doc, {"REQUEST"}, "USA", "PRK")
    # insisting on a fact asks for nothing
    assert not code(stages, "Seoul insisted that it had done nothing wrong.").events
    # nor what "to stop" or "to enforce" governs under a request, nor a demanded
    # act the tagger reads as a past tense ("that the IAEA condemn")
    for text in ("Seoul urged Pyongyang to stop its missile launches.", "The United States called on all member states to enforce sanctions."):
        assert [e.event_type for e in code(stages, text).events] == ["REQUEST"], text
    doc = code(stages, "Iran demanded that the IAEA condemn Israel's strikes.")
    assert [(e.event_type, e.source.country, e.target.name) for e in doc.events] == [("REQUEST", "IRN", "IAEA")]
    # what is ruled out is refused, however the gerund is parsed
    for text in ("Hamas ruled out disarming.", "Germany ruled out sending troops to Ukraine."):
        assert [(e.event_type, e.polarity) for e in code(stages, text).events] == [("REJECT", "asserted")], text


def test_words_of_censure_and_of_cutting_ties(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Russia lashed out at Japan over its new defense strategy."), {"ACCUSE"}, "RUS", "JPN")
    assert _has(code(stages, "North Korea branded the South Korean president a traitor."), {"ACCUSE"}, "PRK", "KOR")
    assert _has(code(stages, "Pyongyang cut off the military hotline with Seoul."), {"SANCTION"}, "PRK", "KOR")
    assert _has(code(stages, "Japan added 11 North Korean entities to its asset freeze list."), {"SANCTION"}, "JPN", "PRK")
    assert _has(code(stages, "China lifted its curbs on South Korean tourism."), {"RETREAT"}, "CHN", "KOR")
    assert _has(code(stages, "North Korea sank the South Korean warship."), {"ASSAULT"}, "PRK", "KOR")


def test_threats_by_not_hesitating_or_face(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea said it would not hesitate to strike the South.")
    assert _has(doc, {"THREATEN"}, "PRK", "KOR")
    # "his country" is the speaker's; "if attacked" attacks the speaker's country, nobody named
    doc = code(stages, "Kim Jong Un said his country would not hesitate to use nuclear weapons if attacked.")
    assert _has(doc, {"THREATEN"}, "PRK", None)
    assert not any(e.event_type == "ASSAULT" and e.source and e.source.country == "PRK" for e in doc.events)
    assert not code(stages, "He hesitated to answer the question.").events
    # "X had better stop ... or face": the speaker demands and threatens; X is the target
    doc = code(stages, "Kim Yo-jong said the South had better stop its loudspeaker broadcasts or face a response.")
    assert sorted(e.event_type for e in doc.events) == ["REQUEST", "THREATEN"]
    assert all((e.source.country, e.target.country) == ("PRK", "KOR") for e in doc.events)
    assert _has(code(stages, "North Korea told Japan to stop its drills or face retaliation."), {"THREATEN"}, "PRK", "JPN")


def test_inter_korean_objects_allies_and_allegations(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "South Korea suspended the inter-Korean military agreement."), {"SANCTION"}, "KOR", "PRK")
    assert _has(code(stages, "North Korea blew up the inter-Korean liaison office."), {"ASSAULT"}, "PRK", "KOR")
    assert _has(code(stages, "Kim Jong Un sent a congratulatory message to Putin on his re-election."), {"SUPPORT"}, "PRK", "RUS")
    assert _has(code(stages, "North Korean troops entered combat against Ukrainian forces."), {"ASSAULT"}, "PRK", "UKR")
    # those one fights alongside are allies
    for text in ("North Korean soldiers were fighting alongside Russian troops.", "North Korean troops fighting for Russia in the Kursk region have suffered heavy casualties."):
        doc = code(stages, text)
        assert not any(e.target and e.target.country == "RUS" for e in doc.events), text
    # a participle the parser tags as a past tense still has its noun as object
    doc = code(stages, "Tokyo urged Pyongyang to return Japanese citizens abducted decades ago.")
    assert not any(e.event_type == "ASSAULT" and e.source for e in doc.events)
    # ... nor its purpose, which the parser hangs on the accusing verb
    doc = code(stages, "North Korea accused the South of flying drones over Pyongyang to scatter leaflets.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "PRK", "KOR")]
    # what one is accused of is alleged, not done (the parser hangs "of" on the object)
    doc = code(stages, "Azerbaijan's defence ministry accused Armenian forces of firing on Azerbaijani positions.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "AZE", "ARM")]


def test_a_speech_act_joined_to_a_reported_copula_is_the_speakers(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "urged" to "were"; the talks did not urge anybody
    assert _has(code(stages, "Egypt said the talks were difficult and urged Israel to show restraint."), {"REQUEST"}, "EGY", "ISR")
    doc = code(stages, "India's foreign ministry said Pakistan's allegations were baseless and accused Islamabad of sheltering militants.")
    assert _has(doc, {"ACCUSE"}, "IND", "PAK")
    # ... or to a reported progressive; a perfect's "had" is shared by both verbs
    doc = code(stages, "The U.S. envoy said Iran was lying and urged Tehran to allow inspections.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("REQUEST", "USA", "IRN")]
    doc = code(stages, "The NIS said Pyongyang had dispatched 3,000 more soldiers to Russia and shipped artillery shells.")
    assert {e.source.country for e in doc.events if e.event_type == "AID"} == {"PRK"}


def test_denying_a_charge_rejects_whoever_made_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Netanyahu's office accused Hamas of reneging on parts of the deal.", "Hamas rejected that claim.")
    assert _has(doc, {"REJECT"}, "PSE", "ISR")
    doc = code(stages, "Azerbaijan's army accused Armenian forces of firing on its positions.", "Armenia's defence ministry denied the accusation.")
    assert _has(doc, {"REJECT"}, "ARM", "AZE")
    # a charge nobody in the story made is no political act
    assert not code(stages, "The police chief denied the allegations on Monday.").events


def test_vowed_punishment_defending_territory_warships_and_prisoner_swaps(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Iran's Supreme Leader Ali Khamenei vowed a severe punishment for Israel."), {"THREATEN"}, "IRN", "ISR")
    doc = code(stages, "Pakistan will defend every inch of its territory, a spokesman said.")
    assert [e.event_type for e in doc.events] == ["THREATEN"]
    # warships sent somewhere deploy; troops sent to a state aid it
    doc = code(stages, "Russia sent warships to the Baltic Sea near Finland.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]
    # prisoners exchanged are released both ways, not intelligence shared
    doc = code(stages, "Ukraine and Russia exchanged 300 prisoners on Friday.")
    assert _has(doc, {"RETREAT"}, "UKR", "RUS") and _has(doc, {"RETREAT"}, "RUS", "UKR")


def test_a_definite_event_noun_with_no_party_refers_back(stages) -> None:  # type: ignore[no-untyped-def]
    # an act already told, said again with nobody named: no new event
    assert not code(stages, "The attacks mark the most serious confrontation between the two foes.").events
    assert not code(stages, "The fighting has displaced hundreds of thousands of people.").events
    # a party named keeps it ("Israel's attacks"), and so does an indefinite noun with one
    assert code(stages, "Israel's attacks on Gaza continued.").events


def test_a_verb_the_parser_made_an_adjective_of_its_object(stages) -> None:  # type: ignore[no-untyped-def]
    # "summoned" parsed as an adjective of "Dai Bing" had lost the summons
    doc = code(stages, "SEOUL, June 3 (Yonhap) -- Vice Foreign Minister Kim Hong-kyun summoned Chinese Ambassador Dai Bing.")
    assert _has(doc, {"ACCUSE"}, "KOR", "CHN")
    # a participle before a noun still only describes it
    assert not [e for e in code(stages, "Police freed detained activists on Monday.").events if e.trigger.text == "detained"]


def test_strikes_on_a_state_and_exchanges_of_fire(stages) -> None:  # type: ignore[no-untyped-def]
    # the commonest wording of the commonest event had coded nothing without "air"
    assert _has(code(stages, "Israel launched strikes on Iran."), {"ASSAULT"}, "ISR", "IRN")
    assert _has(code(stages, "The United States carried out strikes against Houthi targets in Yemen."), {"ASSAULT"}, "USA", "YEM")
    # labour strikes stay what they are
    assert not any(e.event_type == "ASSAULT" for e in code(stages, "Teachers launched a strike against the pension reform.").events)
    doc = code(stages, "Indian and Pakistani troops exchanged fire overnight.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "ASSAULT"} == {("IND", "PAK"), ("PAK", "IND")}
    # a state's hackers attack by cyber means
    doc = code(stages, "The United States on Wednesday blamed North Korean state-backed hackers for the theft.")
    assert _has(doc, {"ACCUSE"}, "USA", "PRK")


def test_a_list_of_weapons_fired_at_something_is_an_attack(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "at vessels" on the last weapon of the list
    doc = code(stages, "The Houthis fired 18 drones, two anti-ship cruise missiles and an anti-ship ballistic missile at vessels in the Red Sea.")
    assert [e.event_type for e in doc.events] == ["ASSAULT"]
    assert [e.event_type for e in code(stages, "North Korea fired two ballistic missiles at a lofted angle.").events] == ["MOBILIZE"]


def test_parties_of_other_clauses_and_absolute_phrases_are_not_targets(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Fighters from the M23 walked into Bukavu after Congolese troops withdrew, as the United States imposed sanctions on a Rwandan minister.")
    assert not any(e.event_type == "RETREAT" and e.target for e in doc.events)
    doc = code(stages, "The United States also called for calm, with a State Department spokesperson saying Washington was in contact with both governments.")
    assert [(e.event_type, e.target) for e in doc.events] == [("REQUEST", None)]
    # whoever reports talks called off did not call them off
    doc = code(stages, "The planned talks between the U.S. and Iran were cancelled, an Omani official said.")
    assert all(e.source is None or e.source.country != "OMN" for e in doc.events)
    # an "if" clause still names whom a threat is for
    doc = code(stages, "Russia has threatened to stop negotiations if the United States goes ahead with the deployment of new missiles in Europe.")
    assert _has(doc, {"THREATEN"}, "RUS", "USA")


def test_troops_dispatched_abroad_drills_agreed_and_pressing_ahead(stages) -> None:  # type: ignore[no-untyped-def]
    # "dispatched soldiers to Russia" is the same act as "sent troops to Russia"
    doc = code(stages, "The NIS said Pyongyang had dispatched about 3,000 more soldiers to Russia since January.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("AID", "PRK", "RUS")]
    assert [e.event_type for e in code(stages, "China deployed warships to the South China Sea.").events] == ["MOBILIZE"]
    # an exercise agreed on is military cooperation, not a threat
    doc = code(stages, "South Korea and the United States agreed to hold a tabletop exercise next month.")
    assert {e.event_type for e in doc.events} == {"AGREE"}
    # pressing ahead with a programme asks nothing of anybody
    assert not code(stages, "Pyongyang has also pressed ahead with building nuclear-powered submarines.").events


def test_a_statement_issued_speaks_for_whoever_issued_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The United States and South Korea issued a statement denouncing the arms transfers between Russia and North Korea.")
    assert {e.source.country for e in doc.events if e.event_type == "ACCUSE"} == {"USA", "KOR"}
    doc = code(stages, "The UN Security Council adopted a resolution demanding that the Houthis halt attacks on shipping.")
    assert _has(doc, {"REQUEST"}, "UNO", "YEM")


def test_whom_partners_work_against_is_no_party_to_their_agreement(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Seoul and Tokyo pledged to cooperate against North Korean provocations.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("KOR", "JPN"), ("JPN", "KOR")}
    assert _has(code(stages, "Japan backed Ukraine against Russia."), {"SUPPORT"}, "JPN", "UKR")
    # "prompting warning shots" is no warning by whoever prompted them
    doc = code(stages, "North Korean troops crossed the line, prompting warning shots from the South.")
    assert not any(e.event_type == "THREATEN" and e.source and e.source.country == "PRK" for e in doc.events)


def test_an_arranged_act_is_future(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "During that period Hamas is to free 33 Israeli hostages.")
    assert [e.polarity for e in doc.events] == ["future"]


def test_korean_politics_of_2024_25(stages) -> None:  # type: ignore[no-untyped-def]
    # rescinding martial law eases it (it had been coded as imposing it, by nobody)
    assert _has(code(stages, "Yoon rescinded martial law six hours later after lawmakers voted it down."), {"CONCEDE"}, "KOR", None)
    # a forced repatriation deports; returning fishermen releases them
    assert _has(code(stages, "China forcibly repatriated about 60 North Korean defectors last week."), {"COERCE"}, "CHN", "PRK")
    assert _has(code(stages, "South Korea repatriated two North Korean fishermen."), {"RETREAT"}, "KOR", "PRK")
    # headline participles: the subject suffers the act; a surname alone is the listed official
    doc = code(stages, "The court will rule next month.", title="Yoon indicted on insurrection charges")
    assert [(e.event_type, e.source, e.target.name) for e in doc.events if e.section == "title"] == [("COERCE", None, "Yoon Suk Yeol")]
    # idioms: meeting expectations, protecting democracy
    assert not code(stages, "The deal would meet the expectations of both countries.").events
    assert not code(stages, "Lawmakers said they had protected democracy.").events


def test_what_must_be_done_is_banned_or_foretold_has_not_happened(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.polarity for e in code(stages, "The treaty must be ratified by both parliaments before it takes effect.").events] == ["hypothetical"]
    # what a ban forbids is not done
    doc = code(stages, "Seoul said it would reconsider its ban on supplying weapons to Ukraine.")
    assert not [e for e in doc.events if e.polarity in ("asserted", "future")]
    # a past verb joined to a reported modal clause is the speaker's
    doc = code(stages, "Kim Jong Un said the two countries would stand together and expressed support for Moscow.")
    assert _has(doc, {"SUPPORT"}, "PRK", "RUS")
    # warning of consequences threatens nobody; warning of one's own response does
    assert not code(stages, "The ministry warned that a blockade of the bay would harm all countries of the region.").events
    # ... nor does foretelling a calamity
    assert not code(stages, "The World Food Programme warned that famine could return to northern Gaza.").events
    assert _has(code(stages, "North Korea warned that it would take countermeasures."), {"THREATEN"}, "PRK", None)


def test_venues_and_reactions_are_not_parties(stages) -> None:  # type: ignore[no-untyped-def]
    # the reaction a drill prompted names no target of the drill
    doc = code(stages, "South Korea held drills near Dokdo on Tuesday, prompting a protest from Tokyo.")
    assert [e.target for e in doc.events if e.event_type == "MOBILIZE"] == [None]
    # the city a summit is held in does not hold it
    doc = code(stages, "Putin arrived for the Pyongyang summit on Wednesday.")
    assert not any(e.source and e.source.name == "Pyongyang" for e in doc.events)
    # talks resumed are talks
    assert {e.event_type for e in code(stages, "Seoul-Tokyo talks resumed.").events} == {"CONSULT"}


def test_a_meeting_that_is_only_where_something_was_done(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Japan's Cabinet approved the defense white paper at a meeting on Tuesday.")
    assert "CONSULT" not in {e.event_type for e in doc.events}
    doc = code(stages, "Kim Jong Un pledged support at a meeting with Putin.")
    assert _has(doc, {"CONSULT"}, "PRK", "RUS")


def test_martial_law_declared_in_a_when_clause_and_words_of_regard(stages) -> None:  # type: ignore[no-untyped-def]
    # "troops stormed" is no storm, and emergency martial law no disaster
    doc = code(stages, "When Yoon declared emergency martial law on Dec. 3, troops stormed the National Assembly.")
    assert _has(doc, {"COERCE"}, "KOR", "KOR")
    assert not code(stages, "The government declared a state of emergency after the storm.").events
    assert _has(code(stages, "Trump said he appreciates South Korea's contributions to the alliance."), {"SUPPORT"}, "USA", "KOR")
    assert [e.event_type for e in code(stages, "Washington said it respects the court's decision.").events] == ["SUPPORT"]


def test_what_somebody_faces_is_a_risk_not_an_act(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.polarity for e in code(stages, "Returned defectors face torture and imprisonment.").events if e.trigger.text == "torture"] == ["hypothetical"]


def test_fire_into_a_zone_landings_occasions_and_troops_pulled_back(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "A JCS officer said the North had fired artillery shells into the maritime buffer zone near Yeonpyeong Island.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]
    # where a missile landed is no attack on that state; the missile is whose it is
    doc = code(stages, "Japan said North Korea's missile had landed inside Japan's exclusive economic zone.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("MOBILIZE", "PRK")]
    # the occasion of an alert is no target; one's own troops pulled back are none either
    doc = code(stages, "South Korea's military raised its alert level after the North's balloon launches.")
    assert [e.target for e in doc.events] == [None]
    doc = code(stages, "North Korea pulled back troops and dismantled guard posts near the demilitarized zone.")
    assert all(e.target is None for e in doc.events)
    # "the North's military" in a text setting the North against the South
    doc = code(stages, "The North's military warned it would treat the South's drone flights as a declaration of war.")
    assert _has(doc, {"THREATEN"}, "PRK", "KOR")


def test_saying_one_will_not_meet_or_give_is_a_rejection(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Kim Yo-jong said the North would never sit down with the Yoon government.")
    assert [(e.event_type, e.cameo_code, e.polarity) for e in doc.events] == [("REJECT", "125", "asserted")]
    assert _has(code(stages, "North Korea will not hold talks with the United States."), {"REJECT"}, "PRK", "USA")
    # a meeting that did not take place is only negated
    assert [(e.event_type, e.polarity) for e in code(stages, "North Korea did not attend the talks.").events] == [("CONSULT", "negated")]


def test_saying_another_bears_responsibility_accuses_it(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Seoul said Pyongyang bears full responsibility for the incident."), {"ACCUSE"}, "KOR", "PRK")


def test_round_seven_sending_calling_up_and_planned_acts(stages) -> None:  # type: ignore[no-untyped-def]
    # troops sent to another state aid it, however the to-phrase is attached ...
    doc = code(stages, "North Korea has deployed 15,000 combat troops and 6,000 engineers to Russia.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("AID", "PRK", "RUS")]
    # ... ships sent anywhere, and forces sent to a region, show force
    for text in ("The Pentagon deployed an aircraft carrier to the Caribbean.", "The Pentagon deployed an aircraft carrier to South Korea."):
        assert [e.event_type for e in code(stages, text).events] == ["MOBILIZE"], text
    assert [(e.event_type, e.polarity) for e in code(stages, "Israel called up tens of thousands of reservists.").events] == [("MOBILIZE", "asserted")]
    assert [e.event_type for e in code(stages, "South Korean doctors called off their walkout on Monday.").events] == ["CONCEDE"]
    # a planned or possible act named by a noun has not happened
    doc = code(stages, "Officials warned of a possible attack on the embassy.")
    assert [e.polarity for e in doc.events if e.event_type == "ASSAULT"] == ["hypothetical"]
    # a blocker's purpose is done; only a blocked plan's content is not
    doc = code(stages, "French farmers blocked motorways around Paris to protest low food prices.")
    assert [e.polarity for e in doc.events if e.event_type == "PROTEST"] == ["asserted"]


def test_round_seven_partners_topics_and_frame_owners(stages) -> None:  # type: ignore[no-untyped-def]
    # a partner named with the object comes before the verb's topic PP
    assert _has(code(stages, "Seoul has shared intelligence with Kyiv on North Korean troops."), {"COOPERATE"}, "KOR", "UKR")
    # the war a meeting discusses is its topic: Ukraine is no party to Putin's talks
    doc = code(stages, "Putin met Erdogan in Sochi to discuss the war with Ukraine.")
    assert {(e.source.country, e.target.country if e.target else None) for e in doc.events} == {("RUS", "TUR")}
    # whose mediation efforts: the owner of the frame noun
    doc = code(stages, "Qatar's mediation efforts between Israel and Hamas continued.")
    assert {e.source.country for e in doc.events if e.event_type == "CONSULT"} == {"QAT"}


def test_what_one_is_called_on_to_do_is_no_name_one_is_called(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Japan called on Pyongyang to resolve the abduction issue.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("REQUEST", "JPN", "PRK")]
    assert _has(code(stages, "Seoul called North Korea's missile launch an outrageous act."), {"ACCUSE"}, "KOR", "PRK")


def test_who_orders_an_arrest_makes_it(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Putin ordered the arrest of the opposition leader."), {"COERCE"}, "RUS", "RUS")
    assert [e.cameo_code for e in code(stages, "The court ordered the detention of two journalists.").events] == ["173"]


def test_holding_responsible_and_paying_dearly(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "South Korea held North Korea responsible for the attack."), {"ACCUSE"}, "KOR", "PRK")
    assert _has(code(stages, "KCNA said the South Korean military would pay dearly for the provocation."), {"THREATEN"}, "PRK", "KOR")
    assert not [e for e in code(stages, "Police held protesters for hours.").events if e.event_type == "ACCUSE"]
    # held responsible for all consequences: a threat
    doc = code(stages, '"The South Korean military will be held fully responsible for all consequences," KCNA said.')
    assert [(e.event_type, e.target.country) for e in doc.events] == [("THREATEN", "KOR")]


def test_a_state_s_case_against_another_s_nationals_and_its_denial(stages) -> None:  # type: ignore[no-untyped-def]
    # fraud charges against a foreign state's nationals are no ordinary crime ...
    doc = code(stages, "The U.S. Justice Department charged four North Korean IT workers with wire fraud on Tuesday.", "North Korea denied the charges.")
    assert _has(doc, {"COERCE"}, "USA", "PRK")
    # ... and their denial rejects whoever brought them
    assert _has(doc, {"REJECT"}, "PRK", "USA")
    # a domestic fraud case still is ordinary crime
    assert not code(stages, "Nigerian police charged three Nigerian men with fraud.").events
    # a word capitalised only to open a sentence is no unknown state
    doc = code(stages, "Lawyers for the defendants denied the charges.")
    assert all(e.source is None or e.source.country is None for e in doc.events)


def test_warnings_of_force_and_what_is_warned_against(stages) -> None:  # type: ignore[no-untyped-def]
    # a consequence that brings force threatens; what it would follow has not happened
    doc = code(stages, "Moscow warned NATO that sending Western troops to Ukraine would lead to a direct military confrontation.")
    assert _has(doc, {"THREATEN"}, "RUS", "NATO")
    assert all(e.polarity == "hypothetical" for e in doc.events if e.event_type != "THREATEN")
    # ... a foretold harm does not
    assert not code(stages, "The IMF warned that the blockade would harm all countries.").events
    # what one is warned against is the warned party's, and has not happened
    doc = code(stages, "Moscow warned NATO against sending troops to Ukraine.")
    assert [(e.source.name, e.polarity) for e in doc.events if e.event_type == "AID"] == [("NATO", "hypothetical")]
    # an act that is the subject of a modal verb has not happened
    doc = code(stages, "Sending the soldiers back against their will would violate international law.")
    assert all(e.polarity == "hypothetical" for e in doc.events)


def test_an_act_named_by_a_noun_whose_relative_clause_does_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea condemned a joint air drill that South Korean and U.S. fighter jets staged on Tuesday.")
    assert _has(doc, {"COOPERATE"}, "KOR", "USA")
    # ... and the condemnation is of the drill's parties
    assert {e.target.country for e in doc.events if e.event_type == "ACCUSE"} == {"KOR", "USA"}


@pytest.mark.parametrize(
    "text, status",
    [
        ("Seoul declined to comment on reports that Pyongyang executed two officials.", "reported"),
        ("According to unconfirmed reports, North Korea executed two officials.", "reported"),
        ("Kim Jong Un is believed to have executed his uncle.", "reported"),
        ("Neither Russia nor Ukraine has agreed to the ceasefire.", "negated"),
        # (the parser may read "Neither" as a determiner of the first subject)
        ("Neither Moscow nor Beijing has condemned the missile launch.", "negated"),
        ("Neither France nor Germany condemned the strike on the port.", "negated"),
        ("Japan stopped short of expelling the Russian ambassador.", "negated"),
        ("Ukraine foiled a Russian plot to kill President Zelensky.", "negated"),
        ("Russia opposes the deployment of NATO troops in Ukraine.", None),
        # a wire named as the source is no hearsay
        ("North Korea fired a missile, according to the Korean Central News Agency.", "asserted"),
    ],
)
def test_round_seven_status_of_reported_refused_and_foiled_acts(stages, text: str, status: str | None) -> None:  # type: ignore[no-untyped-def]
    if status is None:  # what is opposed has not happened; the opposition has
        assert {(e.event_type, e.polarity) for e in code(stages, text).events} == {("ACCUSE", "asserted"), ("MOBILIZE", "hypothetical")}
        return
    assert {e.polarity for e in code(stages, text).events} == {status}, text


def test_stopping_protesters_and_the_victims_of_a_strike_on_a_place(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Security forces stopped protesters from marching on parliament.")
    assert [(e.event_type, e.polarity) for e in doc.events] == [("COERCE", "asserted")]
    doc = code(stages, "Russian missiles struck Kharkiv on Monday, killing five people.")
    assert {e.target.country for e in doc.events} == {"UKR"}


def test_ordered_strikes_counted_rounds_and_alleged_content(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Putin ordered a missile strike on Kyiv."), {"ASSAULT"}, "RUS", "UKR")
    # the parser hangs "into the sea" on a counted object: still a firing at nobody
    assert [e.event_type for e in code(stages, "North Korea fired 10 artillery rounds into the sea.").events] == ["MOBILIZE"]
    # what an accusation says names no party to the rejection
    doc = code(stages, "North Korea accused Iran of arming the rebels.", "Iran rejected the accusation that it had supplied drones to Russia.")
    assert {e.target.country for e in doc.events if e.event_type == "REJECT"} == {"PRK"}


def test_one_meeting_or_protest_told_twice_is_one_event(stages) -> None:  # type: ignore[no-untyped-def]
    for text, expected in (
        ("Seoul summoned the Japanese ambassador to protest Tokyo's territorial claim to Dokdo.", [("ACCUSE", "JPN")]),
        ("Kim Jong Un met Putin and held talks on Ukraine.", [("CONSULT", "RUS")]),
        ("Xi will travel to Moscow next week for talks with Putin.", [("AGREE", "RUS")]),
        # what talks are on is their topic
        ("Xi hosted Putin in Beijing for talks on Ukraine.", [("CONSULT", "RUS")]),
    ):
        assert [(e.event_type, e.target.country) for e in code(stages, text).events] == expected, text


def test_what_appeared_to_be_a_missile_is_the_object(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "North Korea fired what appeared to be a new hypersonic ballistic missile into the East Sea on Tuesday.",
        "North Korea launched what it called a military reconnaissance satellite.",
    ):
        assert [(e.event_type, e.source.country) for e in code(stages, text).events] == [("MOBILIZE", "PRK")], text


def test_parties_at_home_ships_blocked_and_what_a_broadcast_is_against(stages) -> None:  # type: ignore[no-untyped-def]
    # a party rejects its rival's criticism at home (and the Democratic Party of a Seoul story is Korea's)
    doc = code(stages, "SEOUL (Yonhap) -- The opposition People Power Party criticized the plan.", "The ruling Democratic Party rejected the criticism.")
    assert [(e.source.country, e.target.name) for e in doc.events if e.event_type == "REJECT"] == [("KOR", "People Power Party")]
    assert _has(code(stages, "Chinese coast guard vessels blocked a South Korean research ship."), {"COERCE"}, "CHN", "KOR")
    # "anti-North Korea" broadcasts are against the North, not by it
    doc = code(stages, "South Korea suspended anti-North Korea loudspeaker broadcasts.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("RETREAT", "KOR", "PRK")]


def test_a_denial_answers_the_accusation_the_story_reported(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand accused Cambodia of laying new landmines along the border.", "Phnom Penh denied planting any new mines.")
    assert _has(doc, {"REJECT"}, "KHM", "THA")
    # with no accusation reported, a denial is no event
    assert not code(stages, "Police denied that they used excessive force.").events
    # restricting inspectors is barring them
    assert _has(code(stages, "Iran restricted the access of UN nuclear inspectors."), {"SANCTION"}, "IRN", None)
    # drones launched at a state attack it
    assert _has(code(stages, "Russia launched 400 drones at Ukrainian cities overnight."), {"ASSAULT"}, "RUS", "UKR")


def test_signing_a_ceasefire_and_acts_that_cannot_speak(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand and Cambodia signed a ceasefire on Tuesday.")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events} == {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")}
    # strikes do not urge anybody: the speaker does
    doc = code(stages, "The UN rights chief said the strikes violated international law and urged Washington to halt them.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "REQUEST"] == [("UNO", "USA")]


def test_both_sides_urged_and_a_described_name_as_one_subject(stages) -> None:  # type: ignore[no-untyped-def]
    # the two sides addressed are not the two speakers
    doc = code(stages, "Israel and Hamas resumed talks.", "Qatar and Egypt urged both sides to show flexibility.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "REQUEST"} == {
        ("QAT", "ISR"), ("QAT", "PSE"), ("EGY", "ISR"), ("EGY", "PSE")
    }
    # "North Korea's state news agency KCNA": one speaker, one accusation
    assert [e.source.name for e in code(stages, "North Korea's state news agency KCNA condemned the drills.").events] == ["KCNA"]


def test_a_main_verb_the_parser_joins_to_a_relative_clause(stages) -> None:  # type: ignore[no-untyped-def]
    text = "Kim Jong Un presided over the meeting, which ended Monday, and ordered the military to prepare for war against South Korea."
    assert _has(code(stages, text), {"MOBILIZE"}, "PRK", "KOR")


def test_sanctions_monitors_and_the_snapback(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "The MSMT accused Russia of helping North Korea evade sanctions."), {"ACCUSE"}, "IGO", "RUS")
    assert _has(code(stages, "The E3 triggered the snapback mechanism against Iran."), {"SANCTION"}, None, "IRN")
    # the measures named in the object fall on Iran; the UN only decreed them
    doc = code(stages, "Britain, France and Germany triggered the snapback of U.N. sanctions on Iran on Thursday.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.trigger.text == "triggered"} == {("GBR", "IRN"), ("FRA", "IRN"), ("DEU", "IRN")}
    # sanctions brought back, renewed or widened are imposed by who does it
    for text, dyad in (
        ("Britain reimposed sanctions on Iran.", ("GBR", "IRN")),
        ("The EU renewed its sanctions against Russia.", ("EUR", "RUS")),
        ("Washington expanded sanctions on Venezuelan officials.", ("USA", "VEN")),
    ):
        assert [(e.event_type, e.source.country, e.target.country) for e in code(stages, text).events] == [("SANCTION", *dyad)], text


def test_a_warning_s_party_is_whom_its_content_threatens_and_pundits_do_not_threaten(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Beijing will retaliate if Manila deploys U.S. missiles, a Chinese spokesperson warned.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "THREATEN"] == [("CHN", "PHL")]
    doc = code(stages, "Analysts warned that China could invade Taiwan by 2027.")
    assert not [e for e in doc.events if e.event_type == "THREATEN"]


def test_a_relative_clause_that_denounces_its_head(stages) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads "denounces" as a plural noun; the exercise named is the allies'
    doc = code(stages, "South Korea and the United States began the Freedom Shield exercise, which Pyongyang denounces as a rehearsal for invasion.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"} == {("PRK", "KOR"), ("PRK", "USA")}


def test_recheck_regressions_venues_ships_standing_denials_and_one_protest(stages) -> None:  # type: ignore[no-untyped-def]
    # the town where the sides met is no side
    doc = code(stages, "Russian and Ukrainian delegations met in Istanbul on Tuesday, and the two sides exchanged 300 prisoners of war each.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "RETREAT"} == {("RUS", "UKR"), ("UKR", "RUS")}
    # a ship's name is no unknown state, and a ship surrounded is no domestic act
    doc = code(stages, "Three Chinese coast guard ships surrounded the Onnuri, a research vessel, on Tuesday.")
    assert [(e.event_type, e.target) for e in doc.events] == [("COERCE", None)]
    # a standing denial answers nobody
    doc = code(stages, "Britain, France and Germany condemned Iran's decision.", "Iran has always denied seeking nuclear weapons.")
    assert not [e for e in doc.events if e.event_type == "REJECT"]
    # concern expressed and an ambassador summoned to protest: one protest
    doc = code(stages, "South Korea's foreign ministry said it expressed grave concern over the agreements and summoned the Russian ambassador to protest.")
    assert [(e.trigger.text, e.target.country) for e in doc.events] == [("summoned", "RUS")]


def test_a_headline_verb_per_clause(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The report gave no further details.", title="North Korea fires solid-fuel ICBM; Seoul, Tokyo and Washington condemn launch")
    title = [e for e in doc.events if e.section == "title"]
    assert {(e.event_type, e.source.country) for e in title} == {("MOBILIZE", "PRK"), ("ACCUSE", "KOR"), ("ACCUSE", "JPN"), ("ACCUSE", "USA")}


def test_a_headline_light_verb_the_parser_made_a_noun(stages) -> None:  # type: ignore[no-untyped-def]
    # "voice" read as a compound noun of "concern": both states voice it
    doc = code(stages, "The launch came hours after the summit.", title="Japan, U.S. voice concern over North Korea's missile launch")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"} == {("JPN", "PRK"), ("USA", "PRK")}
    doc = code(stages, "Both called for restraint.", title="China, Russia voice support for Iran")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "SUPPORT"} == {("CHN", "IRN"), ("RUS", "IRN")}


def test_a_headline_s_venue_talks_are_held_by_the_parties_not_the_town(stages) -> None:  # type: ignore[no-untyped-def]
    # "talks" read as a verb whose subject is Istanbul
    doc = code(stages, "The exchange took place on the Belarusian border.", title="Russia, Ukraine swap prisoners after Istanbul talks")
    talks = {(e.source.country, e.target.country if e.target else None) for e in doc.events if e.event_type == "CONSULT"}
    assert talks == {("RUS", "UKR"), ("UKR", "RUS")}
    # a capital alone still stands for its state
    assert _has(code(stages, "Seoul talks with Tokyo on trade"), {"CONSULT"}, "KOR", "JPN")


def test_the_three_countries_and_the_leaders_of_several_states(stages) -> None:  # type: ignore[no-untyped-def]
    # "the three countries" are the three states the sentence before named together
    doc = code(
        stages,
        "The foreign ministers of South Korea, Japan and the United States met in New York on Monday.",
        "The three countries condemned North Korea's latest missile launch.",
    )
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"} == {("KOR", "PRK"), ("JPN", "PRK"), ("USA", "PRK")}
    # "they" after "Leaders of X, Y and Z" is all of them, not the first
    doc = code(stages, "Leaders of Egypt, Qatar and Turkey met in Cairo.", "In a joint statement, they called on Israel to halt its offensive.")
    assert {e.source.country for e in doc.events if e.event_type == "REQUEST"} == {"EGY", "QAT", "TUR"}
    # ... and two bodies of one region are both "they"
    doc = code(stages, "Leaders of the East African Community and the Southern African Development Community held a summit, where they asked the warring parties to resume talks.")
    assert {e.source.name for e in doc.events if e.event_type == "REQUEST"} == {"East African Community", "SADC"}
    # four states named, "the three countries" stays unresolved rather than guessed
    doc = code(stages, "Ministers of India, Brazil, China and Russia met.", "The three countries condemned the tariffs.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE" and e.source is not None]


def test_aid_delivered_given_shipped_or_announced_as_a_sum(stages) -> None:  # type: ignore[no-untyped-def]
    for text, dyad in (
        ("Germany delivered tanks to Ukraine.", ("DEU", "UKR")),
        ("Britain gave Ukraine long-range cruise missiles.", ("GBR", "UKR")),
        ("Germany shipped air defence systems to Ukraine.", ("DEU", "UKR")),
        ("France airlifted 20 tonnes of medical supplies to Egypt.", ("FRA", "EGY")),
        ("Japan disbursed $4.5 billion in financial support to Ukraine.", ("JPN", "UKR")),
        # the sum stands in for the aid
        ("The United States announced $1 billion in military aid for Ukraine.", ("USA", "UKR")),
    ):
        assert [(e.event_type, e.source.country, e.target.country) for e in code(stages, text).events] == [("AID", *dyad)], text


def test_withdrawals_that_are_no_retreat_of_forces(stages) -> None:  # type: ignore[no-untyped-def]
    # a bill withdrawn after protests is a concession
    doc = code(stages, "Kenya's president withdrew the finance bill after deadly protests.")
    assert [e.cameo_code for e in doc.events if e.trigger.text == "withdrew"] == ["083"]
    # leaving a treaty or an international body cuts ties
    assert [e.event_type for e in code(stages, "The US withdrew from the Paris climate agreement.").events] == ["SANCTION"]
    doc = code(stages, "Mali, Burkina Faso and Niger withdrew from ECOWAS.")
    assert {(e.event_type, e.source.country) for e in doc.events} == {("SANCTION", "MLI"), ("SANCTION", "BFA"), ("SANCTION", "NER")}
    # ... but troops pulled out of a mission retreat
    assert [e.event_type for e in code(stages, "Fiji withdrew its troops from UNDOF.").events] == ["RETREAT"]
    # support said again is support, not a promise
    assert [(e.event_type, e.target.country) for e in code(stages, "Germany reaffirmed its support for Ukraine.").events] == [("SUPPORT", "UKR")]


def test_a_withdrawal_s_author_is_the_force_not_the_place_it_leaves(stages) -> None:  # type: ignore[no-untyped-def]
    # (and a town the parser took for a person is a town)
    doc = code(stages, "Russia completed the withdrawal of its troops from Kherson.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("RETREAT", "RUS", "UKR")]
    doc = code(stages, "The withdrawal of U.S. forces from Syria began on Monday.")
    assert [(e.source.country, e.target.country) for e in doc.events] == [("USA", "SYR")]


def test_a_title_case_headline_is_read_in_sentence_case(stages) -> None:  # type: ignore[no-untyped-def]
    # every word capitalised, the small model read the whole line as names and lost the verb
    doc = code(stages, "The launch came hours after the summit.", title="Japan Condemns North Korea's Missile Launch")
    assert _has(doc, {"ACCUSE"}, "JPN", "PRK", "Condemns")
    doc = code(stages, "The statement was carried by KCNA.", title="Kim Yo Jong Rejects Seoul's 'Dialogue' Overtures")
    assert _has(doc, {"REJECT"}, "PRK", "KOR", "Rejects")
    # names keep their case: an owner, the name of a sea
    doc = code(stages, "The raid lasted six hours.", title="Police Raid Yoon's Office Over Martial Law")
    assert [(e.event_type, e.target.country) for e in doc.events if e.section == "title"] == [("COERCE", "KOR")]
    doc = code(stages, "The missile flew 300 km.", title="North Korea Fires Ballistic Missile Into East Sea")
    assert [(e.source.country, e.target) for e in doc.events if e.section == "title"] == [("PRK", None)]
    # the document's text itself is unchanged
    assert doc.text.startswith("North Korea Fires Ballistic Missile Into East Sea")


def test_a_headline_verb_s_parties_end_at_a_purpose_clause(stages) -> None:  # type: ignore[no-untyped-def]
    # what they collaborate to address is no party to their collaboration
    doc = code(stages, "Officials met in Washington.", title="U.S.-South Korea collaborate with international community to address North Korean-Russian military cooperation")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "COOPERATE" and e.section == "title"} == {("USA", "KOR"), ("KOR", "USA")}


def test_nobody_hurt_is_no_attack(stages) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(stages, "The police said nobody was injured.").events if e.polarity == "asserted"]
    assert [e.polarity for e in code(stages, "None of the soldiers were wounded.").events] in ([], ["negated"])
    assert [e.polarity for e in code(stages, "One soldier was killed.").events] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal's president backs down over election date", ("CONCEDE", "SEN", None)),
        ("Israel agreed to U.S. demands to open the Erez crossing.", ("CONCEDE", "ISR", "USA")),
        ("The World Bank suspended new lending to Uganda.", ("SANCTION", None, "UGA")),
        ("Turkey halted all trade with Israel.", ("SANCTION", "TUR", "ISR")),
        ("The African Union suspended Niger from all its activities.", ("SANCTION", "AFR", "NER")),
        ("Washington restricted chip exports to China.", ("SANCTION", "USA", "CHN")),
        ("The EU banned the sale of tankers to Russian buyers.", ("SANCTION", "EUR", "RUS")),
        ("Hungary lifted its veto on Sweden's NATO membership.", ("CONCEDE", "HUN", None)),
        ("Ukraine received the bodies of 1,000 fallen soldiers from Russia.", ("RETREAT", "RUS", "UKR")),
        ("Russia put its nuclear forces on full combat readiness.", ("MOBILIZE", "RUS", None)),
        ("Venezuela ordered military exercises near its border with Guyana.", ("MOBILIZE", "VEN", None)),
        # a strike group is no strike
        ("The Pentagon ordered a second aircraft carrier strike group to the eastern Mediterranean.", ("MOBILIZE", "USA", None)),
        ("Seoul restarted loudspeaker broadcasts on Tuesday.", ("COERCE", "KOR", "PRK")),
        ("South Korea's military switched off the loudspeakers.", ("RETREAT", "KOR", None)),
        ("Serbia's government scrapped a lithium mining project in response to nationwide protests.", ("CONCEDE", "SRB", None)),
        ("Pakistan's government restored access to X after a months-long ban.", ("CONCEDE", "PAK", None)),
        ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", ("AID", "SAU", "PAK")),
        ("India shipped 1,000 tonnes of rice and medicines to Sri Lanka.", ("AID", "IND", "LKA")),
        ("India cancelled visas issued to Pakistani nationals.", ("SANCTION", "IND", "PAK")),
        ("India closed the Attari integrated check post on the border with Pakistan.", ("SANCTION", "IND", "PAK")),
        ("The U.N. Security Council on Tuesday authorized an international force for Haiti.", ("AID", "UNO", "HTI")),
        ("The rebels ousted President Bashar al-Assad on December 8.", ("COERCE", "SYR", "SYR")),
        # a strike against a boat is an attack; a US command is the US military
        ("The US military carried out a strike against a Venezuelan boat on Tuesday.", ("ASSAULT", "USA", "VEN")),
        ("AFRICOM said it had conducted an airstrike against al-Shabaab fighters.", ("ASSAULT", "USA", "SOM")),
    ],
)
def test_yielding_cutting_off_and_moving_forces(stages, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    typ, src, tgt = expected
    assert _has(code(stages, text), {typ}, src, tgt), [(e.event_type, e.source, e.target) for e in code(stages, text).events]


def test_evidence_destroyed_and_cables_severed_are_no_events(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "Prosecutors cited the risk that he could destroy evidence.").events
    assert not code(stages, "Investigators suspect the ship severed the Estlink 2 cable.").events
    # an order to troops keeps its complement
    doc = code(stages, "Putin ordered troops to withdraw from the border.")
    assert [e.event_type for e in doc.events] == ["REQUEST"]


def test_what_a_call_an_order_or_pressure_asks_for_has_not_happened(stages) -> None:  # type: ignore[no-untyped-def]
    for text, asked in (
        ("Taliban reject UN call to lift ban on girls' schooling", "lift"),
        ("Israel rejected the court's order to halt its offensive in Rafah.", "offensive"),
        ("Israeli strikes kill two in south Lebanon as pressure grows on Hezbollah to disarm", "disarm"),
    ):
        doc = code(stages, text)
        assert {e.polarity for e in doc.events if e.trigger.text == asked} == {"hypothetical"}, text
    # the rejection and the strikes themselves were told
    assert _has(code(stages, "Taliban reject UN call to lift ban on girls' schooling"), {"REJECT"}, "AFG", "UNO")


def test_holding_somebody_responsible_in_a_statement_is_an_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Iran said Israel was behind the attack."), {"ACCUSE"}, "IRN", "ISR", "behind")
    assert _has(code(stages, "Pakistan said India was responsible for the bombing."), {"ACCUSE"}, "PAK", "IND")
    assert _has(code(stages, "Ukraine's foreign ministry said Moscow had committed a war crime."), {"ACCUSE"}, "UKR", "RUS")
    doc = code(stages, "The Kremlin charged that NATO was preparing an attack.")
    assert _has(doc, {"ACCUSE"}, "RUS", "NATO", "charged")
    assert {e.polarity for e in doc.events if e.event_type == "MOBILIZE"} <= {"reported"}
    # responsible for something that is no attack, behind a plan: no accusation
    assert not code(stages, "The minister said the ministry is responsible for security.").events
    assert not code(stages, "Officials said the U.S. was behind the plan.").events


def test_sanctions_packages_impositions_and_liftings(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "European Union member states adopted a new package of sanctions against Russia.",
        "The EU adopted its 19th sanctions package against Russia.",
        "The European Union agreed a new package of sanctions against Russia.",
        "The EU's imposition of sanctions on Russia angered Moscow.",
    ):
        assert [(e.event_type, e.source.country, e.target.country) for e in code(stages, text).events if e.event_type != "ACCUSE"] == [("SANCTION", "EUR", "RUS")], text
    # sanctions lifted are eased; a demand that they be lifted asks for an easing
    assert [(e.event_type, e.cameo_code) for e in code(stages, "The lifting of sanctions by the EU was welcomed.").events] == [("RETREAT", "085")]
    doc = code(stages, "Iran demanded the lifting of U.S. sanctions.")
    assert [(e.event_type, e.cameo_code, e.target.country) for e in doc.events] == [("REQUEST", "1054", "USA")]


def test_a_statement_s_participles_are_the_speaker_s_and_one_statement(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, '"These are aquaculture facilities," Chinese foreign ministry spokesman Lin Jian said, rejecting claims by some South Korean media.')
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("REJECT", "CHN", "KOR")]
    # "them" is the launches, none of the condemners; and condemning while calling them a threat is one statement
    doc = code(stages, "South Korea, Japan and the United States condemned the launches, calling them a grave threat to peace.")
    assert sorted((e.source.country, e.target) for e in doc.events) == [("JPN", None), ("KOR", None), ("USA", None)]
    # calling accusations absurd rejects them; a denial answers the accuser named before
    doc = code(stages, "Estonia accused Russia of sabotaging the cable.", "The Kremlin denied any involvement, calling the accusations absurd.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.event_type != "ACCUSE"] == [("REJECT", "RUS", "EST")]
    doc = code(stages, "Estonia accused Russia of sabotaging the cable.", "The Kremlin denied any involvement.")
    assert _has(doc, {"REJECT"}, "RUS", "EST")


def test_a_state_s_roadblock_and_troops_sent_to_a_border(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "Azerbaijan blocked the road linking Karabakh to Armenia.").events] == ["COERCE"]
    assert [e.event_type for e in code(stages, "Protesters blocked the main highway.").events] == ["PROTEST"]
    # a state's border is where forces mass, no recipient of aid
    assert [e.event_type for e in code(stages, "Russia deployed troops to the Belarusian border.").events] == ["MOBILIZE"]
    assert [e.event_type for e in code(stages, "North Korea sent troops to Russia.").events] == ["AID"]


def test_what_an_act_is_called_names_no_party_and_regret_over_is_no_apology(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korea condemned North Korea for sending troops to Russia, calling the transfers a flagrant violation of U.N. Security Council resolutions.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"] == [("KOR", "PRK")]
    doc = code(stages, "The unification ministry said Tuesday, expressing deep regret over the move.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
    assert [e.event_type for e in code(stages, "Japan expressed deep regret for its wartime actions.").events] == ["SUPPORT"]
    # a standing denial answers nobody, even after an accusation
    doc = code(stages, "Japan accused North Korea of hacking.", "North Korea has consistently denied involvement in cybercrime.")
    assert [e.target for e in doc.events if e.event_type == "REJECT"] in ([], [None])


def test_forces_moved_in_the_passive_are_their_state_s_and_airspace_crossed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Polish and Dutch fighter jets were scrambled overnight.")
    assert {(e.event_type, e.source.country) for e in doc.events} == {("MOBILIZE", "POL"), ("MOBILIZE", "NLD")}
    assert _has(code(stages, "Turkish warships were dispatched to the eastern Mediterranean."), {"MOBILIZE"}, "TUR", None)
    assert _has(code(stages, "Russian drones crossed into Polish airspace overnight."), {"MOBILIZE"}, "RUS", "POL")


def test_fighting_somebody_together_is_no_fight_with_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Mali, Burkina Faso and Niger announced plans to deploy a joint force to fight armed groups.")
    assert not [e for e in doc.events if e.target is not None and e.target.country in ("MLI", "BFA", "NER")]
    doc = code(stages, "Armenia and Azerbaijan fought a war in 2020.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("ARM", "AZE"), ("AZE", "ARM")}
    # forces readied in a list face nobody named
    doc = code(stages, "Polish and Dutch fighter jets were scrambled, and an Italian early-warning aircraft was put on alert.")
    assert {e.target for e in doc.events} == {None}


def test_conditional_threats_countermeasures_considered_and_help_with_a_purpose(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea would take resolute countermeasures if the U.S. and South Korea continue their drills.")
    assert {(e.polarity, e.target.country) for e in doc.events if e.event_type == "THREATEN"} == {("future", "USA"), ("future", "KOR")}
    assert _has(code(stages, "Seoul would consider proportionate countermeasures against China, the ministry said."), {"THREATEN"}, "KOR", "CHN")
    # whom the help is for is not whom it repels
    doc = code(stages, "North Korea sent troops to Russia's Kursk region to help repel a Ukrainian incursion.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "AID"] == [("PRK", "RUS")]
    assert _has(code(stages, "Japan helped Ukraine rebuild its power grid."), {"AID"}, "JPN", "UKR")
    # a host greets the visitor
    assert _has(code(stages, "Lavrov arrived at Wonsan airport, where he was greeted by Choe Son Hui."), {"CONSULT"}, "PRK", "RUS")


def test_no_interest_in_talks_is_a_refusal_and_purposes_of_a_meeting(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, '"We have no interest in any talks with the ROK," Kim Yo Jong said.')
    assert [(e.event_type, e.source.country, e.target.country, e.polarity) for e in doc.events] == [("REJECT", "PRK", "KOR", "asserted")]
    # coordinating is what the meeting is for
    assert [e.event_type for e in code(stages, "Zelensky met Macron in Paris to coordinate positions.").events] == ["CONSULT"]
    # police who used water cannon to disperse protesters did the dispersing; "pro-European" names no party
    doc = code(stages, "Georgian riot police used water cannon to disperse pro-European demonstrators.")
    assert [(e.source.country, e.target.sector) for e in doc.events] == [("GEO", "OPP")]
    assert _has(code(stages, "Putin pledged Russian backing for Pyongyang at the United Nations."), {"AGREE"}, "RUS", "PRK")


def test_members_suspended_from_a_bloc_and_an_office_taken_over(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Mali's military took power in 2020, and Burkina Faso experienced two coups in 2022.", "ECOWAS suspended both countries from the bloc after those takeovers.")
    assert {e.target.country for e in doc.events if e.event_type == "SANCTION"} == {"MLI", "BFA"}
    assert not code(stages, "Malaysia took over the bloc's rotating chairmanship.").events


def test_a_visit_to_an_airport_visits_its_state_and_the_visitor_is_greeted(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Lavrov arrived at Wonsan's Kalma airport on Friday evening and was greeted on the tarmac by Choe Son Hui.")
    assert {(e.cameo_code, e.source.country, e.target.country) for e in doc.events} == {("042", "RUS", "PRK"), ("043", "PRK", "RUS")}
    # discussing a state's programs is no meeting with it
    doc = code(stages, "Tokyo plans to host a trilateral meeting next month to discuss North Korea's nuclear and missile programs.")
    assert not [e for e in doc.events if e.target is not None and e.target.country == "PRK"]


def test_what_an_offer_would_help_do_is_still_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Syria has again offered its troops to Lebanon's new President Elias Hrawi to help him oust General Michel Aoun.")
    assert not [e for e in doc.events if e.trigger.text == "oust" and e.polarity == "asserted"]
    assert _has(code(stages, "The rebels ousted President Bashar al-Assad on December 8."), {"COERCE"}, "SYR", "SYR")


def test_a_second_would_in_one_report_is_future_too(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Lebanese army said it would deploy troops in the south and would keep dismantling Hezbollah positions.")
    assert {e.polarity for e in doc.events} == {"future"}


def test_a_concerned_embassy_calls_and_a_law_only_permits(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The U.S. Embassy in Pristina said it was deeply concerned and called on Kosovo to reopen the crossing.")
    assert _has(doc, {"REQUEST"}, "USA", "XKX")
    doc = code(stages, "Parliament passed a law allowing the military to shoot down drones.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.polarity == "asserted"]


def test_a_submarine_s_port_call_is_no_visit(stages) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(stages, "The USS Kentucky arrived at Busan port on Tuesday.").events if e.event_type == "CONSULT"]


def test_what_is_handed_back_goes_to_its_receiver(stages) -> None:  # type: ignore[no-untyped-def]
    triples = {(e.cameo_code, e.source.country, e.target.country) for e in code(stages, "Russia handed over the bodies of 1,000 soldiers to Ukraine.").events}
    assert triples == {("0842", "RUS", "UKR")}
    # the giver the parse hangs on the object
    doc = code(stages, "Ukraine received the bodies of 1,000 soldiers from Russia, the Coordination Headquarters said.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "RETREAT"] == [("RUS", "UKR")]
    # people handed over are released to the state that takes them; the venue is no party
    doc = code(stages, "North Korea handed over two fishermen to South Korea at Panmunjom.")
    assert [(e.cameo_code, e.source.country, e.target.country) for e in doc.events] == [("0841", "PRK", "KOR")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday.", {("160", "MLI", "AFR"), ("160", "BFA", "AFR"), ("160", "NER", "AFR")}),
        ("Argentina quit the WHO.", {("160", "ARG", "UNO")}),
        ("Russia pulled out of the Black Sea grain deal.", {("160", "RUS", None)}),
        ("The United States pulled out of the talks.", {("164", "USA", None)}),
        # a text named after the town where it was signed names no party
        ("Washington withdrew from the Paris climate agreement.", {("160", "USA", None)}),
        ("Russia violated the Minsk agreements, Kyiv said.", {("110", "UKR", "RUS")}),
        ("Estonia declared a Russian diplomat persona non grata on Monday.", {("166", "EST", "RUS")}),
        ("The Russian consul was declared persona non grata by Poland.", {("166", "POL", "RUS")}),
    ],
)
def test_leaving_a_body_a_deal_or_talks_and_diplomats_declared_unwelcome(stages, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert {(e.cameo_code, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events} == expected


def test_leaving_a_room_or_a_court_is_no_sanction(stages) -> None:  # type: ignore[no-untyped-def]
    for text in ("Yoon left the court without speaking to reporters.", "The delegation left the council chamber.", "Russia pulled out of Kherson."):
        assert not [e for e in code(stages, text).events if e.event_type == "SANCTION"], text


def test_its_airspace_is_the_speaker_s_or_the_main_clause_s(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Russian drones violated its airspace, Poland said.",
        "Poland said Russian drones had violated its airspace.",
        "Poland scrambles jets as Russian drones cross into its airspace",
        "Poland shot down several Russian drones that entered its airspace overnight.",
    ):
        doc = code(stages, text)
        assert [e.target.country for e in doc.events if e.source and e.source.country == "RUS"] == ["POL"], text
    # territorial waters entered are a show of force toward their state; international ones are nobody's
    assert _has(code(stages, "Japan said a Chinese ship entered its territorial waters."), {"MOBILIZE"}, "CHN", "JPN")
    assert not code(stages, "The ferry entered international waters.").events


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile struck a trade deal with India.", {("AGREE", "CHL", "IND")}),
        # (the parse takes "deal" for a verb)
        ("Israel and Hamas struck a ceasefire deal on Wednesday.", {("AGREE", "ISR", "PSE"), ("AGREE", "PSE", "ISR")}),
        ("Rubio held a call with Japanese Foreign Minister Iwaya on Monday.", {("CONSULT", "USA", "JPN")}),
        ("Seoul and Washington agreed to strengthen their combined defense posture.", {("AGREE", "KOR", "USA"), ("AGREE", "USA", "KOR")}),
        ("This visit demonstrates the strength of the U.S.-ROK alliance, the admiral said.", set()),
        ("Ecuadorean police raided the Mexican embassy.", {("COERCE", "ECU", "MEX")}),
    ],
)
def test_deals_struck_calls_held_and_forces_strengthened_together(stages, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events} == expected


def test_a_national_agency_abroad_on_a_story_its_state_has_no_part_in(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "NAIROBI, May 7 (Xinhua) -- Police in Nairobi detained 20 protesters on Tuesday, Kenya's Interior Ministry said.", "The protesters had marched on parliament.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("KEN", "KEN")}
    # a Korean agency abroad still writes of its own state's officials
    doc = code(stages, "KUALA LUMPUR, July 11 (Yonhap) -- South Korea's foreign minister met his Malaysian counterpart on Friday.", "The minister called for closer cooperation on North Korea.")
    assert {e.source.country for e in doc.events} == {"KOR"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Israel stopped bombing Rafah on Sunday.", {("087", "ISR", "PSE")}),
        ("Egypt called on Israel to stop bombing Rafah.", {("1056", "EGY", "ISR")}),
        ("Russia refused to stop shelling Kharkiv.", {("1246", "RUS", "UKR")}),
    ],
)
def test_an_act_stopped_asked_to_stop_or_not_stopped(stages, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert {(e.cameo_code, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events} == expected


def test_a_second_act_asked_for_and_a_demand_s_that_clause_have_not_happened(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Security Council adopted a resolution demanding that the M23 halt its offensive and that Rwandan forces withdraw.")
    assert [e.event_type for e in doc.events if e.polarity == "asserted"] == ["REQUEST"]
    doc = code(stages, "Washington urged Beijing to cease its provocations and to engage in dialogue.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("REQUEST", "USA", "CHN")]
    doc = code(stages, "Lebanon rejected Israel's demand that Hezbollah withdraw.")
    assert not [e for e in doc.events if e.event_type == "RETREAT" and e.polarity == "asserted"]


def test_acts_weighed_forces_sent_for_a_purpose_and_a_past_year_s_participle(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Defense Department is considering withdrawing 4,500 soldiers from South Korea.")
    assert not [e for e in doc.events if e.polarity == "asserted"]
    # what forces are sent for is part of the sending
    for text in ("Kenya deployed police to Haiti to help fight gangs.", "Russia sent troops to Syria to fight rebels."):
        assert [e.event_type for e in code(stages, text).events] == ["AID"], text
    assert not code(stages, "Russian peacekeepers, deployed to Karabakh in 2020, left the region.").events
    assert [e.event_type for e in code(stages, "Venezuela freed six Americans detained in Caracas.").events] == ["RETREAT"]


def test_an_unnamed_body_takes_no_state_from_the_one_it_acts_on(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The spokesperson denounced Japan for its remarks.",
        "The junta arrested a French aid worker.",
        "The government condemned Japan's decision.",
        '"The U.S. will be held wholly accountable for the consequences," the spokesperson said.',
    ):
        assert {e.source.country for e in code(stages, text).events if e.source is not None} == {None}, text
    # a place named where it happens is the body's state
    assert {e.source.country for e in code(stages, "The government arrested 20 opposition members in Nairobi.").events} == {"KEN"}


def test_a_titled_name_the_parser_missed_and_a_body_s_name_inside_a_person_s(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Swiss Foreign Minister Ignazio Cassis met German lawmaker Johann Wagner in Bern.")
    assert [(e.source.name, e.source.country, e.target.name, e.target.country) for e in doc.events] == [("Ignazio Cassis", "CHE", "Johann Wagner", "DEU")]


def test_forces_a_state_attacks_are_not_its_own(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Israeli warplanes struck nuclear and military sites across Iran.")
    assert {e.target.country for e in doc.events} == {"IRN"}
    doc = code(stages, "Israel launched its offensive on Friday, killing top military commanders.")
    assert {e.target.country for e in doc.events if e.target is not None} == {None}
    # insurgents attack their own state's soldiers
    doc = code(stages, "Al-Shabaab fighters attacked a base in Somalia, killing soldiers.")
    assert "SOM" in {e.target.country for e in doc.events if e.target is not None and e.target.sector == "MIL"}


def test_a_deal_s_broker_is_no_party_to_it(stages) -> None:  # type: ignore[no-untyped-def]
    for text in ("DR Congo, Rwanda sign US-brokered peace deal", "Israel and Hamas agreed to a Qatar-mediated ceasefire."):
        assert "USA" not in {e.target.country for e in code(stages, text).events if e.target} and "QAT" not in {
            e.target.country for e in code(stages, text).events if e.target
        }, text
    assert _has(code(stages, "DR Congo, Rwanda sign US-brokered peace deal"), {"SUPPORT"}, "COD", "RWA")
    # a resolution's author is whom a veto rejects
    assert _has(code(stages, "Russia vetoed a U.S.-led resolution."), {"REJECT"}, "RUS", "USA")


@pytest.mark.parametrize(
    "text,target",
    [
        ("Algeria condemned France's recognition of Moroccan sovereignty.", "FRA"),
        ("Egypt condemned the Israeli strikes on Gaza.", "ISR"),
        ("Cambodia lodged a complaint with the UN Security Council over Thai incursions.", "THA"),
    ],
)
def test_a_condemnation_or_complaint_is_about_the_act_s_author(stages, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.target.country for e in code(stages, text).events if e.event_type == "ACCUSE"} == {target}


def test_a_speaker_s_verdict_on_an_act_is_an_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea fired a ballistic missile on Sunday.", "Prime Minister Ishiba said the launch was an outrageous act.")
    assert _has(doc, {"ACCUSE"}, "JPN", "PRK")
    assert _has(code(stages, "Seoul said the launch was a clear violation of UN Security Council resolutions."), {"ACCUSE"}, "KOR", None)
    # a warning about any such act is no verdict on one
    doc = code(stages, '"Any nuclear attack by North Korea is unacceptable," the two sides said.')
    assert not [e for e in doc.events if e.event_type == "ACCUSE"]
    assert not code(stages, "Officials said the test was successful.").events


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Japan Coast Guard issued a navigational warning to vessels.", set()),
        ("Tehran had withdrawn from the talks, calling negotiations unjustifiable.", {("164", "IRN", None)}),
        ("Khamenei vowed that Israel would face a bitter and painful fate.", {("130", "IRN", "ISR")}),
    ],
)
def test_warnings_to_shipping_talks_left_and_fates_vowed(stages, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert {(e.cameo_code, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events} == expected


def test_force_not_ruled_out_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    for text in ("Trump did not rule out the use of military force against Iran.", "Trump has refused to rule out the use of military force against Iran."):
        assert [(e.cameo_code, e.polarity, e.target.country) for e in code(stages, text).events] == [("138", "asserted", "IRN")], text
    assert _has(code(stages, "Seoul ruled out sending troops to Ukraine."), {"REJECT"}, "KOR", "UKR")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mali's transitional authorities restored the broadcasting licence of French channel TV5Monde.", ("CONCEDE", "MLI", "FRA")),
        ("Pakistan's election commission reversed its ban on Imran Khan's party contesting the vote.", ("CONCEDE", "PAK", "PAK")),
        ("Bangladesh's government gave in to student demands.", ("CONCEDE", "BGD", "BGD")),
        ("Uzbekistan eased visa requirements for Tajik citizens.", ("CONCEDE", "UZB", "TJK")),
        ("Ecuadorean President Daniel Noboa called off a planned fuel price hike.", ("CONCEDE", "ECU", "ECU")),
        ("Turkey dispatched search-and-rescue teams to Morocco after the earthquake.", ("AID", "TUR", "MAR")),
        ("China gifts military vehicles to Cambodian army", ("AID", "CHN", "KHM")),
        ("Thailand hands back 18 Cambodian soldiers", ("RETREAT", "THA", "KHM")),
        ("Haiti's transitional council sought more troops from Kenya.", ("REQUEST", "HTI", "KEN")),
        ("The Democratic Republic of Congo filed a case against Rwanda at the East African Court of Justice.", ("ACCUSE", "COD", "RWA")),
        ("Thai Prime Minister Paetongtarn Shinawatra brushed aside Cambodia's demand to take the dispute to court.", ("REJECT", "THA", "KHM")),
        ("Houthis lob missiles at Israeli port of Eilat", ("ASSAULT", "YEM", "ISR")),
        ("Nicaragua stripped 94 opponents of their citizenship.", ("COERCE", "NIC", "NIC")),
    ],
)
def test_wire_verbs_for_concessions_aid_requests_suits_and_force(stages, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, text), {expected[0]}, expected[1], expected[2]), text


def test_an_acronym_is_no_town_and_a_domestic_dispatch_no_aid(stages) -> None:  # type: ignore[no-untyped-def]
    assert {e.target.country for e in code(stages, "Seoul filed a complaint with the ITU.").events} == {None}
    assert not code(stages, "The military dispatched chemical response teams to collect the debris.").events


def test_lakes_and_gulfs_are_no_parties_and_a_ship_seized_is_no_domestic_act(stages) -> None:  # type: ignore[no-untyped-def]
    assert "TCD" not in {e.target.country for e in code(stages, "Nigeria, Cameroon launch joint patrols on Lake Chad").events if e.target}
    doc = code(stages, "The US Navy seized a tanker in the Gulf of Oman.")
    assert [(e.source.country, e.target) for e in doc.events] == [("USA", None)]


def test_joint_initiatives_and_operations_and_an_exercise_wrapped_up(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Ghana and Ivory Coast launched a joint cocoa marketing initiative.")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events} == {("COOPERATE", "GHA", "CIV"), ("COOPERATE", "CIV", "GHA")}
    doc = code(stages, "Chinese and Pakistani air forces wrapped up the Shaheen-X joint exercise in Xinjiang.")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events} == {("COOPERATE", "PAK", "CHN"), ("COOPERATE", "CHN", "PAK")}
    assert _has(code(stages, "Peruvian and Bolivian troops conducted coordinated operations against drug traffickers."), {"COOPERATE"}, "PER", "BOL")
    # a joint operation against a force is an attack on it
    assert [e.event_type for e in code(stages, "The army launched a joint military operation against the rebels.").events] == ["ASSAULT"]


def test_an_embassy_in_a_town_and_a_passive_s_agent_after_the_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "France said its embassy in Kinshasa had been attacked by protesters.")
    assert {e.target.country for e in doc.events} == {"FRA"}
    assert _has(code(stages, "Georgia was threatened with a suspension of visa-free travel by the European Union."), {"THREATEN"}, "EUR", "GEO")
    assert [e.event_type for e in code(stages, "Iran was hit with new sanctions by the United States.").events if e.polarity == "asserted"] == ["SANCTION"]


def test_an_act_attributed_to_a_state_and_parties_after_a_bare_dateline(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The FBI attributed the hack of a crypto exchange to North Korea.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "USA", "PRK")]
    assert _has(code(stages, "The FBI attributed the hack to the Lazarus Group, a North Korean hacking organization."), {"ACCUSE"}, "USA", "PRK")
    assert _has(code(stages, "FBI, Korean police pin crypto heist on North Korea"), {"ACCUSE"}, "USA", "PRK")
    doc = code(stages, "SEOUL (AP) -- The United States and Japan began an exercise on Monday.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("USA", "JPN"), ("JPN", "USA")}


def test_what_is_called_a_fabrication_is_rejected_once(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The FBI accused North Korea of the hack.", "North Korea rejected the accusation, with a foreign ministry spokesperson calling it a sheer fabrication.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.event_type == "REJECT"] == [("REJECT", "PRK", "USA")]
    assert [e.event_type for e in code(stages, "Moscow called the report absurd.").events] == ["REJECT"]
    assert [e.event_type for e in code(stages, "Pyongyang called the drills a rehearsal for invasion.").events] == ["ACCUSE"]


def test_a_failed_rocket_a_verdict_passive_a_forecast_and_the_ministry_s_spokesperson(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "The rocket blew up during the first-stage flight, KCNA reported.").events
    doc = code(stages, '"This launch is a clear violation of UN resolutions and cannot be tolerated," Hayashi said.')
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
    # ... but "would not be tolerated" still warns
    assert _has(code(stages, "The U.S. reiterated that any nuclear attack by North Korea would not be tolerated."), {"THREATEN"}, "USA", "PRK")
    assert not code(stages, "Analysts expect North Korea to respond with weapons tests.").events
    doc = code(stages, "SEOUL (AP) -- North Korea's Defense Ministry issued a statement on Monday condemning the drills.", '"We will respond with overwhelming force," the ministry spokesperson said.')
    assert {e.source.country for e in doc.events} == {"PRK"}


def test_a_standing_sanctions_regime_a_rejected_protest_and_a_group_of_lawmakers(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "The panel of experts, which monitored sanctions on North Korea, was disbanded.").events
    assert "SANCTION" not in {e.event_type for e in code(stages, "Russia helped North Korea evade sanctions.").events}
    doc = code(stages, "Japan lodged a protest with South Korea over the visit.", "South Korea's Foreign Ministry rejected the protest.")
    assert _has(doc, {"REJECT"}, "KOR", "JPN")
    doc = code(stages, "A group of South Korean opposition lawmakers visited the Dokdo islets on Thursday.")
    assert "MOBILIZE" not in {e.event_type for e in doc.events}


def test_a_national_security_adviser_of_the_home_state_and_a_threat_to_peace_judged(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "SEOUL, May 28 (Yonhap) -- North Korea launched a satellite on Tuesday.", "National Security Adviser Chang Ho-jin said the launch gravely threatens peace.")
    assert _has(doc, {"ACCUSE"}, "KOR", "PRK")
    doc = code(stages, '"The repeated launches by North Korea threaten the peace of the region," Hayashi said.')
    assert {e.target.country for e in doc.events if e.event_type == "ACCUSE"} == {"PRK"}


def test_a_headline_s_bare_north(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "US, South Korea begin annual drills as North warns of 'overwhelming' response")
    assert {e.source.country for e in doc.events if e.event_type == "THREATEN"} == {"PRK"}
    assert {e.source.country for e in code(stages, "North fires ballistic missile into East Sea").events} == {"PRK"}


def test_leaders_agreeing_together_agree_with_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Yoon and Kishida agreed to expand cooperation with the United States on sharing missile warning data on North Korea.",
        "Yoon and Kishida also agreed to coordinate closely on North Korea's nuclear and missile programs.",
    ):
        assert {(e.source.country, e.target.country) for e in code(stages, text).events if e.event_type == "AGREE"} == {("KOR", "JPN"), ("JPN", "KOR")}, text


def test_rewards_and_job_offers_are_no_pledges_and_instruments_of_ratification_are_exchanged(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "The State Department offered a reward of up to 5 million dollars for information on the hackers.").events
    assert not code(stages, "The hackers infiltrated the exchange by sending malicious job offers to its engineers.").events
    assert [e.event_type for e in code(stages, "China offered to mediate.").events] == ["AGREE"]
    doc = code(stages, "North Korea and Russia exchanged instruments of ratification in Pyongyang.")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events} == {("SUPPORT", "PRK", "RUS"), ("SUPPORT", "RUS", "PRK")}
    doc = code(stages, "South Korea's Ministry of Science and ICT said it had filed a complaint.")
    assert {e.source.country for e in doc.events} == {"KOR"}


def test_a_headline_of_two_clauses_joined_by_a_semicolon(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "FBI blames crypto heist on North Korea; U.S. sanctions IT worker network")
    assert {e.event_type for e in doc.events} == {"ACCUSE", "SANCTION"}
    doc = code(stages, "Iran fires missiles at Israel after Israeli strikes on nuclear sites; IAEA and G7 voice alarm")
    assert "IGO" not in {e.source.country for e in doc.events if e.event_type == "ASSAULT"}  # the IAEA fired nothing


def test_what_lies_below_an_agreed_act_is_still_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Yoon and Kishida agreed to expand cooperation with the United States on sharing missile warning data on North Korea.")
    assert not [e for e in doc.events if e.event_type == "COOPERATE" and e.polarity == "asserted"]


def test_a_nato_story_that_names_north_korea_keeps_nato_as_the_allies(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "NATO leaders met in Ankara on Wednesday and adopted a communique.",
        "The allies also condemned Iran for supplying drones to Russia, and North Korea for sending troops.",
    )
    assert {e.source.country for e in doc.events if e.event_type == "ACCUSE"} == {"NATO"}


def test_a_nato_story_s_it_and_the_allies(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "NATO leaders adopted a communique at a summit in Ankara on Wednesday. It condemned Russia's war against Ukraine.",
        "The allies also condemned Iran for supplying drones to Russia.",
    )
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"} == {("NATO", "RUS"), ("NATO", "IRN")}


def test_an_attack_met_with_a_response_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Seoul and Washington said any nuclear attack by North Korea would be met with a swift and overwhelming response.")
    assert {(e.event_type, e.target.country) for e in doc.events} == {("THREATEN", "PRK")}


def test_a_war_s_toll_of_thousands_is_no_incident(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "About 2,000 North Korean soldiers have been killed fighting for Russia, the NIS said.").events
    assert [e.event_type for e in code(stages, "Three soldiers were killed fighting rebels on Sunday.").events] == ["ASSAULT"]


def test_the_three_after_three_states_and_their_joint_threat(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Japan, South Korea and the United States held phone talks on Tuesday. The three agreed to respond firmly to North Korea's provocations.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "THREATEN"} == {("JPN", "PRK"), ("KOR", "PRK"), ("USA", "PRK")}


def test_the_secretary_general_of_a_un_story(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "A U.N. spokesman said the secretary-general strongly condemns the launch.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("ACCUSE", "UNO")]


def test_targets_belonging_to_a_group_are_the_group_s(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Turkish jets struck 32 targets belonging to the PKK in northern Iraq."), {"ASSAULT"}, "TUR", "TUR")
    assert {e.target.name for e in code(stages, "Israel struck sites linked to Hezbollah in Lebanon.").events} == {"Hezbollah"}


def test_an_attack_named_after_its_town_has_no_town_for_a_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Erdogan said the perpetrators of the Ankara attack will pay a heavy price.")
    assert "Ankara" not in {e.source.name for e in doc.events if e.source} | {e.target.name for e in doc.events if e.event_type == "THREATEN" and e.target}
    doc = code(stages, "The Moscow attack killed 140 people.")
    assert [(e.event_type, e.source) for e in doc.events] == [("ASSAULT", None)]


def test_what_talks_are_held_to_resolve_is_their_aim(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "India and China held a new round of talks on Tuesday to resolve the standoff.")
    assert {e.event_type for e in doc.events} == {"CONSULT"}
    # (more than 20 rounds since 2020 are a tally: no act told)
    assert not code(stages, "India and China have held more than 20 rounds of talks since 2020 to resolve the standoff.").events


def test_the_town_of_a_summit_is_its_venue(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "NATO leaders on Wednesday reaffirmed their pledge to raise defense spending, in a communique adopted at the end of a two-day summit in the Turkish capital.")
    assert [(e.event_type, e.target) for e in doc.events] == [("AGREE", None)]


def test_a_state_called_the_threat_is_accused(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia remains the most significant and direct threat to the allies' security, NATO said.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "NATO", "RUS")]


def test_troops_sent_to_help_a_state_fight_are_military_aid_to_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea has sent thousands of troops to help Russia fight Ukraine.")
    assert [(e.cameo_code, e.source.country, e.target.country) for e in doc.events] == [("072", "PRK", "RUS")]
    doc = code(stages, "Kim Yo-jong called the NCG a nuclear war plot.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]


def test_an_act_inside_what_something_is_called_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Kim Yo-jong called the NCG a nuclear war plot aimed at invading the North.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
    # ... but what somebody is denounced for doing is told as done
    doc = code(stages, "The spokesperson denounced Japan for dispatching warships to the drills.")
    assert "MOBILIZE" in {e.event_type for e in doc.events}


def test_a_town_that_acts_is_no_place_of_its_act(stages) -> None:  # type: ignore[no-untyped-def]
    from eventwire.resolve import ResolveStage

    doc = ResolveStage()(code(stages, "Seoul, Tokyo and Washington condemn launch", title=None))
    assert {e.source.name for e in doc.events} == {"Seoul", "Tokyo", "Washington"}
    assert not [e for e in doc.events if e.location is not None and e.location.name in ("Seoul", "Tokyo", "Washington, D.C.")]


def test_firms_a_state_sanctions_are_not_its_own_unless_local(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korea imposed unilateral sanctions on four Russian shipping companies and two vessels.")
    assert {e.target.country for e in doc.events} == {"RUS"}
    # (a ship's flag is a nationality on a thing, no party: round 37)
    doc = code(stages, "South Korea imposed unilateral sanctions on four Russian-flagged vessels.")
    assert {e.target.country if e.target else None for e in doc.events} == {None}
    assert {e.target.country for e in code(stages, "Seoul sanctioned two local companies for exporting parts.").events} == {"KOR"}


def test_welcomed_sanctions_are_no_new_measure_unless_new(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korea's Foreign Ministry welcomed the U.S. sanctions.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("SUPPORT", "USA")]
    doc = code(stages, "Japan welcomed new EU sanctions on Russian banks.")
    assert {e.event_type for e in doc.events} == {"SUPPORT", "SANCTION"}


def test_what_officials_believe_was_done_is_reported(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korean officials believe Russia has provided technical assistance to North Korea's space program.")
    assert [(e.event_type, e.polarity) for e in doc.events] == [("AID", "reported")]


def test_drills_judged_a_declaration_of_confrontation_accuse_their_authors(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, 'North Korea\'s Defense Ministry said the drills were "an open declaration of confrontation" by Washington and Seoul.')
    assert sorted((e.event_type, e.source.country, e.target.country) for e in doc.events) == [("ACCUSE", "PRK", "KOR"), ("ACCUSE", "PRK", "USA")]
    doc = code(stages, "China said the deployment was a threat to regional stability.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("ACCUSE", "CHN")]


def test_what_any_act_would_do_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Any cooperation that helps strengthen North Korea's military capabilities is a clear violation of U.N. resolutions, Kim said.")
    assert not [e for e in doc.events if e.event_type == "MOBILIZE"]
    doc = code(stages, "North Korea launched a missile that flew farther than any missile it had tested before.")
    assert [e.trigger.text for e in doc.events if e.event_type == "MOBILIZE"] == ["launched"]


def test_concern_over_what_a_state_installed_is_about_that_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Lee also raised Seoul's concerns over a steel structure China has installed in the Yellow Sea.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "KOR", "CHN")]


def test_troops_sent_to_nobody_named_deploy(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The North has sent thousands of troops to the frontline to build walls and lay mines, according to the JCS.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("MOBILIZE", "PRK")]
    doc = code(stages, "Britain sent 500 soldiers to Estonia.")
    assert [(e.cameo_code, e.target.country) for e in doc.events] == [("072", "EST")]


def test_a_headline_verb_the_parser_took_for_an_auxiliary(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The report gave no details.", title="North Korea jams GPS signals near border islands")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("COERCE", "PRK")]


def test_a_headline_clause_opened_by_the_military(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Aug. 20 (Yonhap) -- A North Korean soldier crossed the border and defected to the South on Tuesday, South Korea's military said.",
        title="N. Korean soldier defects; military fires warning shots at border intruders",
    )
    fired = [e for e in doc.events if e.trigger.text == "fires"]
    assert [(e.source.country, e.source.sector) for e in fired] == [("KOR", "MIL")]


def test_an_act_not_ruled_out_by_an_analyst_is_no_refusal(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, '"I wouldn\'t rule out a cruise missile launch or an artillery firing near the border," said Yang Moo-jin, a professor.')
    assert doc.events == []
    doc = code(stages, "Trump did not rule out military strikes on Iran.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("THREATEN", "IRN")]


def test_an_act_whose_subject_is_no_is_negated(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.polarity for e in code(stages, "No shots were fired at the Israeli patrol.").events] == ["negated"]
    # (by nobody at nobody, an act that did not happen tells nothing)
    assert not code(stages, "No shots were fired.").events
    fired = code(stages, "No fewer than 20 rockets were fired at Israel.").events
    assert [(e.polarity, e.source, e.target.country) for e in fired] == [("asserted", None, "ISR")]


def test_passive_withdrawal_and_deportation_have_their_agents(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "U.S. troops were withdrawn from Niger.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("RETREAT", "USA", "NER")]
    doc = code(stages, "Guatemalan migrants were deported from Mexico.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("COERCE", "MEX", "GTM")]


def test_people_protesting_in_the_street(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "Students protested against the tuition hike.").events] == ["PROTEST"]
    assert [e.event_type for e in code(stages, "China protested against the Japanese sanctions.").events if e.trigger.text == "protested"] == ["ACCUSE"]
    doc = code(stages, "Protesters gathered outside the U.S. embassy in Seoul.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("PROTEST", "KOR", "USA")]
    doc = code(stages, "In Kinshasa, protesters attacked several embassies, including those of France and Rwanda, accusing Western countries of failing to rein in Kigali.")
    assert {e.source.country for e in doc.events} == {"COD"}
    # a crowd's act years before the news is history
    doc = code(stages, "Arnor is about to restore full diplomatic ties with Gondor, five years after crowds burned down its embassy, an official said.")
    assert "PROTEST" not in {e.event_type for e in doc.events}


def test_a_place_the_tagger_joined_to_overnight(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia launched drones at Kyiv overnight.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("ASSAULT", "UKR")]


def test_a_headline_halting_a_pressure_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The report gave no details.", title="South Korea halts loudspeaker broadcasts")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("RETREAT", "KOR", "PRK")]


def test_parties_between_whom_something_was_agreed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "A ceasefire was agreed in Doha between Israel and Hamas.")
    assert sorted((e.source.name, e.target.name) for e in doc.events) == [("Hamas", "Israel"), ("Israel", "Hamas")]
    doc = code(stages, "Pakistani and Afghan forces clashed at the Chaman border crossing.")
    assert sorted((e.source.country, e.target.country) for e in doc.events) == [("AFG", "PAK"), ("PAK", "AFG")]


def test_lexicon_gaps_from_the_round_10_sentences(stages) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "China sent a medical team to Vanuatu.": ("AID", "VUT"),
        "Japan sought an apology from China.": ("REQUEST", "CHN"),
        "Russia drafted 160,000 conscripts.": ("MOBILIZE", None),
        "The Bolivian government reversed the fuel tax hike.": ("CONCEDE", "BOL"),
    }
    for text, (kind, target) in cases.items():
        assert [(e.event_type, e.target and e.target.country) for e in code(stages, text).events] == [(kind, target)], text


def test_called_for_a_state_to_act_is_a_request_of_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The United States called for Russia to withdraw its troops.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("REQUEST", "USA", "RUS")]
    doc = code(stages, "South Korea called for China to remove the structures.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("REQUEST", "CHN")]


def test_threats_met_with_countermeasures_and_retaliation_in_kind(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea's defense ministry said any attempt to cross the line would be met with the strongest countermeasures.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("THREATEN", "PRK")]
    doc = code(stages, "Seoul has said it will not retaliate against the U.S. tariffs.")
    assert [(e.event_type, e.polarity, e.target.country) for e in doc.events] == [("SANCTION", "negated", "USA")]


def test_a_deployment_judged_later_is_the_senders(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea sent troops to Russia.", "Yoon called the deployment a grave security threat.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"] == [("KOR", "PRK")]


def test_a_call_somebody_had_is_theirs(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Trump said he had a phone call with South Korean Prime Minister Han Duck-soo.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("CONSULT", "USA", "KOR")]


def test_what_appears_to_have_been_done_is_reported(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia appears to have provided technology to North Korea.")
    assert [(e.event_type, e.polarity) for e in doc.events] == [("AID", "reported")]


def test_leaving_a_bloc_named_after_its_region(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Mali, Burkina Faso and Niger announced they were withdrawing from the West African bloc ECOWAS.")
    assert sorted((e.event_type, e.source.country, e.target.name) for e in doc.events) == [
        ("SANCTION", c, "ECOWAS") for c in ("BFA", "MLI", "NER")
    ]
    doc = code(stages, "Leaders of the East African Community and SADC held a joint summit in Dar es Salaam.")
    assert {e.source.name for e in doc.events} == {"East African Community", "SADC"}


def test_suspensions_revocations_and_coups(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The African Union suspended Niger after the coup.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("SANCTION", "NER")]
    doc = code(stages, "Niger revoked its defence agreements with France.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("SANCTION", "FRA")]
    doc = code(stages, "Soldiers overthrew Niger's President Mohamed Bazoum in July.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("COERCE", "NER")]
    doc = code(stages, "A coup toppled the civilian government of Sudan.")
    assert [(e.source.name, e.source.country) for e in doc.events] == [("coup plotters", "SDN")]


def test_one_act_spelled_out_by_a_participle(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Eritrea ordered a nationwide mobilisation on Friday, calling up reservists under 60.")
    assert [e.event_type for e in doc.events] == ["MOBILIZE"]


def test_jets_sent_to_bomb_strike(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand responded by sending F-16 fighter jets to bomb two Cambodian military positions.")
    assert ("ASSAULT", "THA", "KHM") in {(e.event_type, e.source.country, e.target.country) for e in doc.events}
    doc = code(stages, "France, Germany and the UK triggered a mechanism to reimpose UN sanctions on Iran.")
    assert sorted((e.event_type, e.source.country, e.target.country) for e in doc.events) == [
        ("SANCTION", c, "IRN") for c in ("DEU", "FRA", "GBR")
    ]


def test_the_host_of_talks_between_two_parties_is_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Mongolia hosted contacts between Tokyo and Pyongyang last year.")
    assert sorted((e.source.country, e.target.country) for e in doc.events) == [("JPN", "PRK"), ("PRK", "JPN")]
    # (told as having happened "in the past", with no time, it is background)
    assert not code(stages, "Mongolia has hosted contacts between Tokyo and Pyongyang in the past.").events
    doc = code(stages, "Qatar, which has been hosting separate talks between Kinshasa and the M23 rebels in Doha, said it.")
    assert sorted(e.source.name for e in doc.events if e.event_type == "CONSULT") == ["Kinshasa", "M23"]
    # ... but one ready to host such a meeting offers it
    doc = code(stages, "Morocco's King Hassan said he would be ready to host a meeting between Israel and the PLO.")
    assert {e.source.country for e in doc.events} == {"MAR"}


def test_topics_texts_and_background_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Japanese and North Korean officials held a secret meeting to discuss the issue of Japanese nationals abducted by Pyongyang.",
        "It is a binding agreement between the two governments, a ministry spokesperson said.",
        "Under the agreement, the installation of facilities and development of resources are banned.",
        "The court acquitted three other union members who had been indicted alongside him.",
        "The government will mobilize all available measures to respond, President Yoon Suk Yeol said.",
        "The cruise missiles flew for more than two hours and hit a target island, according to KCNA.",
    ]
    for text in texts:
        assert not {e.event_type for e in code(stages, text).events} - {"CONSULT"}, text
    assert [e.event_type for e in code(stages, "It was Shoigu's third visit to North Korea in a year.").events] == ["CONSULT"]
    assert {e.event_type for e in code(stages, "U.S. and British jets struck Houthi targets in Yemen.").events} == {"ASSAULT"}


def test_falsehoods_a_speaker_charges(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The KCTU said the National Intelligence Service had fabricated the case.")
    assert [(e.event_type, e.source.country, e.source.sector, e.target.sector) for e in doc.events] == [("ACCUSE", "KOR", "LAB", "SPY")]
    doc = code(stages, "South Korea's Joint Chiefs of Staff said the North appeared to have exaggerated the performance of the destroyer.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "KOR", "PRK")]
    assert code(stages, "Moscow said Kyiv had not fabricated anything.").events == []


def test_what_an_actor_calls_the_drills_accuses_their_parties(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Washington and Seoul have stepped up joint military drills, which Pyongyang calls rehearsals for an invasion.")
    assert sorted(e.target.country for e in doc.events if e.event_type == "ACCUSE") == ["KOR", "USA"]


def test_requests_of_families_and_for_a_return(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "TOKYO, Nov. 14 (Kyodo) -- Families of the abductees urged the government on Wednesday to bring their relatives home.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("REQUEST", None)]
    doc = code(stages, "Japan will continue to seek the return of all abductees from North Korea, the chief cabinet secretary said.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("REQUEST", "PRK")]


def test_a_titled_speaker_after_what_he_said_is_not_of_the_states_he_spoke_of(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "NEW DELHI, May 10 (PTI) India and Pakistan agreed to stop all firing, Foreign Secretary Vikram Misri said. Misri urged Islamabad to act against terrorists.")
    assert [(e.source.name, e.source.country) for e in doc.events if e.event_type == "REQUEST"] == [("Vikram Misri", "IND")]


def test_their_delegations_meet_for_the_states_of_the_clause(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia and Ukraine agreed to swap 1,000 prisoners each when their delegations met in Istanbul on May 16.")
    assert sorted((e.source.country, e.target.country) for e in doc.events if e.event_type == "CONSULT") == [("RUS", "UKR"), ("UKR", "RUS")]


def test_round_10_sentence_set_lexicon(stages) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Kinshasa and Kigali inked a framework for regional economic integration.": {("SUPPORT", "COD", "RWA"), ("SUPPORT", "RWA", "COD")},
        "Egyptian troops began training Somali soldiers under a bilateral defence pact.": {("COOPERATE", "EGY", "SOM")},
        "Beijing rolled over a $2 billion loan to Pakistan.": {("AID", "CHN", "PAK")},
        "Visa restrictions were imposed by Washington on Brazilian judicial officials.": {("SANCTION", "USA", "BRA")},
        "The Taliban shut down internet access across Afghanistan.": {("COERCE", "AFG", "AFG")},
        "The navies of India and Indonesia wrapped up a week of coordinated patrols in the Andaman Sea.": {("COOPERATE", "IND", "IDN"), ("COOPERATE", "IDN", "IND")},
        "Indonesia's parliament scrapped lawmakers' housing allowance.": {("CONCEDE", "IDN", "IDN")},
    }
    for text, want in cases.items():
        assert {(e.event_type, e.source.country, e.target.country) for e in code(stages, text).events} == want, text
    assert code(stages, "Kenyan police and their Ugandan counterparts dismantled a human trafficking ring.").events == []


def test_round_10_sentence_set_parties(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events}

    assert triples("A ceasefire between Thailand and Cambodia was agreed in Kuala Lumpur on Monday.") == {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")}
    assert triples("South African President Cyril Ramaphosa congratulated Malawian President-elect Peter Mutharika.") == {("SUPPORT", "ZAF", "MWI")}
    assert triples("Russian troops withdrew from the left bank of the Dnipro River in Kherson.") == {("RETREAT", "RUS", "UKR")}
    assert triples("Washington scrapped sanctions on Belavia, the Belarusian national airline.") == {("RETREAT", "USA", "BLR")}
    assert triples("Houthi forces fired a ballistic missile at Israel's Ben Gurion airport.") == {("ASSAULT", "YEM", "ISR")}
    assert triples("Tibetan exiles protested outside the Chinese consulate in New York.") == {("PROTEST", "CHN", "CHN")}
    assert triples("Tens of thousands marched in American cities against President Donald Trump.") == {("PROTEST", "USA", "USA")}
    assert triples("She announced 3 billion euros in financial support for Jordan.") == {("AID", None, "JOR")}


def test_hunt_w_judgements_and_wishes(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country, e.polarity) for e in code(stages, text).events}

    assert triples("Mali's junta said ECOWAS had become a threat to its member states.") == {("ACCUSE", "MLI", "AFR", "asserted")}
    assert triples("The White House warned that a deployment would mark a dangerous development in North Korea's relations with Moscow.") == {
        ("ACCUSE", "USA", "PRK", "asserted")
    }
    assert "THREATEN" in {t[0] for t in triples("North Korea warned that it would respond with force.")}
    assert not {t for t in triples("Phumtham told reporters that Bangkok preferred bilateral talks.") if t[3] == "asserted"}
    assert not {t for t in triples("Cambodia strived for peace, without compromising on its sovereignty.") if t[3] == "asserted"}
    assert triples("India and Pakistan traded fire across the border.") == {("ASSAULT", "IND", "PAK", "asserted"), ("ASSAULT", "PAK", "IND", "asserted")}
    assert triples("Seoul and Tokyo traded accusations over the radar incident.") == {("ACCUSE", "KOR", "JPN", "asserted"), ("ACCUSE", "JPN", "KOR", "asserted")}
    assert triples("The UN's top court ordered Venezuela to refrain from any action.") == {("REQUEST", "UNO", "VEN", "asserted")}
    assert triples("AU Commission chairperson Mahmoud Ali Youssouf urged both sides to show restraint.") == {("REQUEST", "AFR", None, "asserted")}
    assert ("ACCUSE", None, "USA", "asserted") in triples("Maduro has accused Guyana and U.S. oil giant ExxonMobil of stealing oil.")
    assert {t[0] for t in triples("AU calls for restraint as Abiy presses Red Sea claim")} == {"REQUEST"}
    assert triples("Han told Trump that Seoul would seek a win-win outcome on tariffs.") == set()
    assert {t[0] for t in triples("We also discussed payment for the military protection we provide to South Korea, Trump wrote.")} == {"CONSULT"}


def test_known_left_of_round_9(stages) -> None:  # type: ignore[no-untyped-def]
    # a headline's second clause answers its first
    doc = code(stages, "SEOUL, Aug. 20 (Yonhap) -- North Korea fired artillery shells near Yeonpyeong Island on Tuesday, the JCS said.",
               title="North Korea fires artillery near border island; Seoul demands halt")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "REQUEST"] == [("KOR", "PRK")]
    # "Korean police" beside the FBI are Korean
    doc = code(stages, "SEOUL, Aug. 20 (Yonhap) -- The FBI said North Korea was behind the hack.", title="FBI, Korean police blame Lazarus for crypto heist")
    assert sorted(e.source.country for e in doc.events if e.trigger.text == "blame") == ["KOR", "USA"]
    # one's own lawmakers on one's own islets make no visit; the protest they draw is against them
    doc = code(stages, "A group of South Korean lawmakers visited the Dokdo islets on Tuesday, drawing a protest from Tokyo.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "JPN", "KOR")]
    doc = code(stages, "North Korea fired a missile, prompting condemnation from Japan.")
    assert ("ACCUSE", "JPN", "PRK") in {(e.event_type, e.source.country, e.target and e.target.country) for e in doc.events}


def test_the_re_check_s_two_regressions(stages) -> None:  # type: ignore[no-untyped-def]
    # "last year" is no "five years after": the veto is news
    doc = code(stages, "The panel's mandate ended after Russia vetoed the renewal of the UN Panel of Experts in March last year.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("REJECT", "RUS")]


def test_the_re_check_s_new_repros(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(*texts: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, *texts).events}

    # what a speaker calls a told act judges its author; it is no new act
    assert triples("The United States imposed new sanctions on Russia on Tuesday.", "Moscow called the sanctions illegal.") == {
        ("SANCTION", "USA", "RUS"), ("ACCUSE", "RUS", "USA")
    }
    assert {t[0] for t in triples("China and Japan held talks in Beijing on Monday.", "Wang Yi called the talks constructive.")} == {"CONSULT"}
    assert ("ACCUSE", "GBR", "IRN") in triples("Iran seized a tanker in the Gulf on Friday.", "Britain called the seizure a violation of international law.")
    # places and rulers
    assert ("ASSAULT", "PRK", "KOR") in triples("North Korean artillery shelled Yeonpyeong in 2010.")
    assert triples("The military rulers in Niamey revoked defence agreements with Paris.") == {("SANCTION", "NER", "FRA")}


def test_round_10_weak_type_set(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events}

    cases = {
        "Japan handed over four patrol boats to the Philippines.": {("AID", "JPN", "PHL")},
        "The Asian Development Bank released $800 million for Sri Lanka.": {("AID", "IGO", "LKA")},
        "Togo's government withdrew the electricity price hike.": {("CONCEDE", "TGO", "TGO")},
        "Nicaragua took Germany to the International Court of Justice.": {("ACCUSE", "NIC", "DEU")},
        "Mexico raised tariffs on Chinese vehicles.": {("SANCTION", "MEX", "CHN")},
        "Washington cut off intelligence sharing with Kyiv.": {("SANCTION", "USA", "UKR")},
        "Burkina Faso suspended the licence of the BBC.": {("COERCE", "BFA", "GBR")},
        "Jordan airdropped food into Gaza.": {("AID", "JOR", "PSE")},
        "Washington removed Syria from its sanctions list.": {("RETREAT", "USA", "SYR")},
        "Russia moved troops into Belarus.": {("MOBILIZE", "RUS", "BLR")},
        "The United States halted trade talks with Canada.": {("SANCTION", "USA", "CAN")},
        "Diplomatic ties with Israel were severed by Bolivia.": {("SANCTION", "BOL", "ISR")},
        "Argentine President Javier Milei pulled his country out of the World Health Organization.": {("SANCTION", "ARG", "UNO")},
        "Seoul criticised Tokyo's Sado mine exhibit.": {("ACCUSE", "KOR", "JPN")},
        "M23 rebels pulled out of Uvira under pressure from Washington.": {("RETREAT", "COD", None)},
        "China's Rocket Force test-launched a missile into the Pacific.": {("MOBILIZE", "CHN", None)},
        "Critics say the sanctions on Iran have hurt ordinary people.": set(),
        "Belarus, which hosts Russian nuclear weapons, refused to release the journalist.": {("REJECT", "BLR", "BLR")},
    }
    for text, want in cases.items():
        assert triples(text) == want, text
    assert {t[0] for t in triples("Trump ends trade talks with Canada")} == {"SANCTION"}
    assert {t[0] for t in triples("South Korea fired warning shots.")} == {"MOBILIZE"}
    assert {t[0] for t in triples("Hezbollah said it would not hand over its weapons.")} == {"REJECT"}
    assert "ASSAULT" not in {t[0] for t in triples("Foreign Minister Andrii Sybiha said he would raise the attack with European counterparts.")} - {"THREATEN"}


def test_hunt_y_proposals_findings_and_places(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events}

    assert triples("South Korea proposed talks with North Korea.") == {("AGREE", "KOR", "PRK")}
    assert triples("The survey, a Gallup Korea poll released Wednesday, showed support for nuclear weapons.") == set()
    assert {t[0] for t in triples("Trump questioned the cost of stationing US troops in South Korea.")} == {"ACCUSE"}
    assert triples("Chinese Premier Li Qiang, in his talks with Kim Jong Un, said China would deepen ties.") >= {("CONSULT", "CHN", "PRK")}
    assert triples("China and Russia have blocked new sanctions against North Korea.") == {("REJECT", "CHN", None), ("REJECT", "RUS", None)}
    assert triples("The defector will be handed over to the National Intelligence Service.") == set()
    assert triples("A military parade was held at Kim Il Sung Square.") == {("MOBILIZE", None, None)}
    # "in its first launch" after "the JCS said" is the launcher's, not the speaker's
    doc = code(stages, "SEOUL, May 8 (Yonhap) -- North Korea fired missiles on Thursday, South Korea's Joint Chiefs of Staff said, in its first launch in two months.")
    assert {e.source.country for e in doc.events if e.source} == {"PRK"}


def test_the_y_z_re_check_and_held_out_repros(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events}

    assert triples("Tokyo removed South Korea from its white list of trusted trading partners.") == {("SANCTION", "JPN", "KOR")}
    assert triples("Washington released $6 billion in Iranian funds.") == {("RETREAT", "USA", "IRN")}
    assert triples("Japan handed over patrol boats to the Philippine Coast Guard.") == {("AID", "JPN", "PHL")}
    assert triples("Russia vetoed a resolution on North Korea.") == {("REJECT", "RUS", None)}
    assert triples("More than 4,000 people were killed in Lebanon during the war between Israel and Hezbollah.") == set()
    assert ("ASSAULT", "USA", None) in {(t[0], t[1], t[2]) for t in triples("The United States military struck a boat in the southern Caribbean on Friday.")}
    assert triples("Hegseth announced the strike on social media.") == {("ASSAULT", "USA", None)}


def test_held_out_hunt_lexicon_and_partners(stages) -> None:  # type: ignore[no-untyped-def]
    def triples(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events}

    # (blocking a ship restricts it: COERCE, not a show of force)
    assert triples("Two Chinese coast guard ships carried out dangerous blocking maneuvers against the Philippine cutter.") == {("COERCE", "CHN", "PHL")}
    assert triples("Israeli troops remained in five positions despite a deadline for their withdrawal that passed in February.") == set()
    assert ("SANCTION", "ARM", "IGO") in triples("Armenia has frozen its participation in the CSTO.")
    assert {t[0] for t in triples("North Korea would take corresponding action.")} == {"THREATEN"}
    assert {t[0] for t in triples("A Chinese fishing boat rammed and sank a Korean coast guard speedboat.")} == {"ASSAULT"}
    assert {t[0] for t in triples("The hackers broke into the company's network and took technical data.")} == {"COERCE"}
    doc = code(stages, "Kim Yo Jong said the South Korean government will be held accountable for the leaflets.")
    assert {e.event_type for e in doc.events} == {"THREATEN"}


def test_a_body_named_union_lodges_a_protest(stages) -> None:  # type: ignore[no-untyped-def]
    # a crowd noun counts only as a common noun: "the European Union protested" is a complaint
    doc = code(stages, "The European Union protested against the Russian decision.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("ACCUSE", "EUR")]
    doc = code(stages, "Italian unions protested against the budget.")
    assert [e.event_type for e in doc.events] == ["PROTEST"]


def test_offers_from_states_and_a_speaker_s_comment_on_what_was_told(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea has rejected repeated offers of dialogue from Seoul and Washington since talks between Kim and Trump collapsed in 2019.")
    assert sorted(e.target.country for e in doc.events if e.event_type == "REJECT") == ["KOR", "USA"]
    doc = code(stages, "The Pentagon said two Venezuelan military jets had flown close to a US destroyer, calling the manoeuvre highly provocative.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("ACCUSE", "USA")]


def test_an_unlabelled_body_dealing_with_the_most_named_state_is_of_the_other(stages) -> None:  # type: ignore[no-untyped-def]
    # no dateline; the United States is named most, but the office consults "with the U.S. side"
    doc = code(stages, "The U.S. is reviewing its troop levels in South Korea, U.S. officials said.", "Washington wants Seoul to pay more.",
               "The presidential office said it was consulting closely with the U.S. side.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "CONSULT"] == [("KOR", "USA")]


def test_authorities_after_a_report_of_the_other_state_are_the_home_state_s(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "SEOUL, Nov. 12 (Yonhap) -- A North Korean soldier crossed the military demarcation line on Tuesday, "
               "the Joint Chiefs of Staff said, adding that relevant authorities are investigating.")
    assert [(e.event_type, e.source.country) for e in doc.events if e.trigger.text == "investigating"] == [("ACCUSE", "KOR")]


def test_an_attack_noun_that_killed_is_one_act_with_its_weapon(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "An Israeli drone strike on a car in southern Lebanon killed two people.")
    assert [(e.event_type, e.cameo_code, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "195", "ISR", "LBN")]


def test_an_object_it_is_the_party_named_before_not_the_subject(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Yerevan has grown increasingly critical of Moscow, accusing it of failing to protect Armenians.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "ARM", "RUS")]


def test_the_two_as_a_subject_are_the_two_people_just_named(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Foreign Minister Cho Tae-yul discussed the case with U.S. Deputy Secretary of State Christopher Landau by phone, "
               "and the two agreed to keep close coordination on the North's illicit cyber activities.")
    assert sorted((e.source.country, e.target.country) for e in doc.events if e.event_type == "AGREE") == [("KOR", "USA"), ("USA", "KOR")]


def test_a_headline_joins_its_parties_with_a_comma(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Armenia, Azerbaijan agree on first stretch of border")
    assert sorted((e.source.country, e.target.country) for e in doc.events) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_a_headline_noun_before_of_is_no_verb(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "Shoigu's Pyongyang trip, signs of a deeper air-defense pact").events


def test_pushing_back_resists_unless_it_drives_back_forces(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "China pushed back against the accusations on Monday.").events] == ["REJECT"]
    assert [e.event_type for e in code(stages, "Ukrainian forces pushed back Russian troops near Kupiansk.").events] == ["ASSAULT"]
    assert not [e for e in code(stages, "Shoigu's visit offers fresh evidence that the two countries are deepening ties.").events if e.event_type == "AGREE"]


def test_what_a_gathering_meets_on_is_its_topic(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Security Council will meet on Ukraine on Friday.")
    assert [(e.source.country, e.target) for e in doc.events] == [("UNO", None)]


@pytest.mark.parametrize(
    "text",
    [
        "UNIFIL said its peacekeepers had recorded more than 100 Israeli air strikes since the start of the ceasefire.",
        "It was the 14th such incursion this year, the JCS added.",
        "Talks between Washington and Pyongyang have stalled since a 2019 summit in Hanoi.",
        "North Korea often responds to the drills with weapons tests.",
        # counts of acts over a span whatever the tense, and an accident (round 15)
        "North Korea has staged four weapons tests so far this year, according to a Yonhap tally.",
        "Moldova has expelled more than a dozen Russian diplomats since Russia's full-scale invasion of Ukraine in 2022.",
        "Japanese fighters were scrambled 464 times against Chinese aircraft in the fiscal year through March, according to ministry data.",
        "Chinese coast guard ships fired water cannon at Philippine vessels at least five times last year.",
        "South Korean public institutions faced 1.6 million hacking attempts a day last year.",
        "Rights groups say India's Border Security Force killed 25 Bangladeshis along the frontier last year.",
        "The Embraer 190 crashed near Aktau in Kazakhstan on Dec. 25, killing 38 of the 67 people on board.",
    ],
)
def test_counts_stalled_talks_and_habits_are_no_events(stages, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, text).events


def test_a_wave_of_strikes_is_still_an_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Israel carried out more than 100 air strikes on Gaza overnight.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "ISR", "PSE")]


def test_regions_islands_and_brands_are_no_made_up_states(stages) -> None:  # type: ignore[no-untyped-def]
    def dyads(text: str) -> list[tuple[str | None, str | None]]:
        return [(e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events]

    assert dyads("US, UK strike Hodeidah") == [("USA", "YEM"), ("GBR", "YEM")]
    assert dyads("China seized control of Scarborough Shoal in 2012.") == [("CHN", None)]
    assert "YOU" not in {c for d in dyads("Russia restored access to YouTube.") for c in d}
    assert dyads("Arnor attacked Dagolath.") == [("ARN", "DAG")]  # an unknown state still gets its code


def test_a_go_between_is_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    def dyads(text: str) -> list[tuple[str | None, str | None]]:
        return sorted((e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events if e.event_type != "CONSULT")

    assert dyads("Washington and the Houthis agreed in May 2025 to a truce brokered by Oman.") == [("USA", "YEM"), ("YEM", "USA")]
    assert dyads("Russia, Ukraine swap 84 POWs each with UAE mediation") == [("RUS", "UKR"), ("UKR", "RUS")]


def test_weapons_launched_by_a_force_are_its_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Drones launched by the RSF struck fuel depots in Port Sudan on Wednesday, officials said.")
    assert [(e.event_type, e.source.name) for e in doc.events] == [("ASSAULT", "Rapid Support Forces")]


def test_a_condemned_attack_is_judged_not_told_again(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "UN Secretary-General Antonio Guterres condemned the attack on the convoy.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
    doc = code(stages, "The United States and Britain struck Houthi targets in Hodeidah on Tuesday.",
               "Iran's foreign ministry condemned the attack on Yemen.")
    assert sorted(e.target.country for e in doc.events if e.event_type == "ACCUSE") == ["GBR", "USA"]


def test_reporters_are_not_the_two_sides(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Sudan's army and the RSF have fought since April 2023. Fighting continued in El Fasher, an AFP correspondent said.",
               "UN chief Antonio Guterres called on both parties to allow the delivery of aid.")
    assert {e.target.country for e in doc.events if e.event_type == "REQUEST"} == {"SDN"}


def test_shot_and_wounded_is_one_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "A Kosovo police officer was shot and wounded near Zvecan.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("ASSAULT", "XKX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump cut tariffs on Swiss goods.", [("RETREAT", "USA", "CHE")]),
        ("China dropped its restrictions on gallium exports to the United States.", [("RETREAT", "CHN", "USA")]),
        ("The government gave in to the truckers' demands.", [("CONCEDE", None, None)]),
        ("Japan handed Vietnam two patrol ships.", [("AID", "JPN", "VNM")]),
        ("Ukraine and Denmark launched joint production of drones.", []),
        ("Russia approved of the U.S. peace plan.", [("SUPPORT", "RUS", "USA")]),
        ("Ukraine agreed to a halt to attacks on Russian refineries.", [("AGREE", "UKR", "RUS")]),
        ("Nigeria asked ECOWAS to send troops to help fight insurgents.", [("REQUEST", "NGA", "AFR")]),
        ("A summit between Putin and Trump in Budapest has been put off indefinitely.", []),
        ("A visit by Li Qiang to Pyongyang is possible later this year.", []),
    ],
)
def test_easings_gifts_and_acts_not_done(stages, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events if e.polarity == "asserted"]
    assert got == expected


def test_a_speaker_closing_the_sentence_is_not_of_the_state_it_reports_on(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Tokyo should impose sanctions on Beijing, an opposition lawmaker said.")
    assert {e.source.country for e in doc.events} == {"JPN"}


def test_attributing_a_theft_to_a_state_s_group_is_an_accusation_of_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The FBI attributed the Bybit theft to North Korea's Lazarus group.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "USA", "PRK")]


def test_a_titled_name_the_tagger_took_for_an_organisation_is_a_person(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Kazakh President Kassym-Jomart Tokayev met Vladimir Putin.")
    assert [(e.source.name, e.source.kind, e.source.country) for e in doc.events] == [("Kassym-Jomart Tokayev", "person", "KAZ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Yo-jong has issued a series of statements this year dismissing Seoul's peace overtures.", [("REJECT", "PRK", "KOR")]),
        ("Foreign Minister Cho Hyun discussed the issue by phone with U.S. Secretary of State Marco Rubio on Tuesday.", [("CONSULT", "KOR", "USA")]),
        ("The missile, launched from near Pyongyang, flew for about 70 minutes before landing in the sea.", [("MOBILIZE", "PRK", None)]),
        ("Two U.S. B-1B bombers staged a combined air drill with South Korean F-35A fighters over the Yellow Sea.", [("COOPERATE", "USA", "KOR")]),
        ("Pyongyang dispatched 11,000 troops to Kursk last autumn to help Russian forces push back a Ukrainian incursion.", [("AID", "PRK", "RUS")]),
        ("\"The series of actions by North Korea threatens the peace and safety of our country,\" Defense Minister Gen Nakatani said.",
         [("ACCUSE", "JPN", "PRK")]),
    ],
)
def test_korean_desk_parties(stages, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events]
    assert got == expected


def test_the_deployment_of_a_state_s_bombers_is_that_state_s(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea condemned the deployment of U.S. B-1B bombers to the Korean peninsula.")
    assert [(e.source.country, e.target) for e in doc.events if e.event_type == "MOBILIZE"] == [("USA", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will hold Russia accountable.", [("THREATEN", "USA", "RUS")]),
        ("Pyongyang would take corresponding action to defend its sovereignty.", [("THREATEN", "PRK", None)]),
        ("US Ambassador MaryKay Carlson said Washington stood with its ally against China's \"dangerous and unlawful\" actions.", [("SUPPORT", "USA", None)]),
        ("Two Chinese coast guard ships carried out dangerous blocking maneuvers against the Philippine cutter BRP Teresa Magbanua.",
         [("COERCE", "CHN", "PHL")]),
        ("The China Coast Guard said it had expelled the Philippine ships after they illegally intruded into the waters of Huangyan Island.",
         # (the intrusion the coast guard calls illegal is its accusation of the ships' state)
         [("COERCE", "CHN", "PHL"), ("ACCUSE", "CHN", "PHL")]),
    ],
)
def test_accountability_countermeasures_blocking_and_plural_they(stages, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events if e.polarity != "hypothetical" or e.event_type == "THREATEN"]
    assert got[: len(expected)] == expected


def test_ending_a_pact_and_ordering_a_body_out_are_sanctions(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Chad ended its defence agreement with France in November 2024.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("SANCTION", "TCD", "FRA")]
    doc = code(stages, "The military government in Niger has ordered the withdrawal of two United Nations agencies.")
    assert [(e.event_type, e.cameo_code, e.target.country) for e in doc.events] == [("SANCTION", "166", "UNO")]


def test_unknown_state_bodies_and_commissioners_get_their_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "NEW DELHI, Nov. 14 (PTI) -- The Ministry of External Affairs summoned a senior Pakistani diplomat on Friday.")
    assert [(e.source.country, e.source.sector, e.target.country) for e in doc.events] == [("IND", "GOV", "PAK")]
    doc = code(stages, "Russian Human Rights Commissioner Tatyana Moskalkova thanked the UAE for its mediation.")
    assert [(e.source.country, e.target.country) for e in doc.events] == [("RUS", "ARE")]


def test_joint_patrols_of_one_state_around_another_are_a_show_of_force(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Eastern Theater Command of the Chinese People's Liberation Army conducted joint combat readiness patrols around Taiwan island.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("MOBILIZE", "CHN", "TWN")]
    doc = code(stages, "Japan held joint exercises with the Philippines.")
    assert [(e.event_type, e.target.country) for e in doc.events] == [("COOPERATE", "PHL")]


def test_agreeing_to_halt_strikes_is_an_agreement_to_stop_them(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russia agreed to halt strikes on Ukrainian energy facilities.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("AGREE", "RUS", "UKR")]
    assert [e.event_type for e in code(stages, "Russia agreed to a moratorium on strikes against Ukrainian energy facilities.").events] == ["AGREE"]
    doc = code(stages, "South Korea halted loudspeaker broadcasts.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("RETREAT", "KOR", "PRK")]


def test_re_check_regressions_victims_and_ultimatums(stages) -> None:  # type: ignore[no-untyped-def]
    # victims with no place stay of the story's state, not of another state it names
    doc = code(stages, "Sudan's army accused the RSF of atrocities. Rights groups said RSF fighters killed hundreds of civilians. Egypt urged calm.")
    assert {e.target.country for e in doc.events if e.event_type == "ASSAULT"} == {"SDN"}
    # an ultimatum "in a statement" gives nothing in to anybody
    doc = code(stages, "The junta gave the UN representative 72 hours to leave the country in a statement on Monday.")
    assert not [e for e in doc.events if e.event_type == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi and Putin held a video call on Monday.", [("CONSULT", "CHN", "RUS"), ("CONSULT", "RUS", "CHN")]),
        ("North Korea has no interest in dialogue with Seoul.", [("REJECT", "PRK", "KOR")]),
        ("The Arakan Army captured the town of Kyaukphyu.", [("ASSAULT", "MMR", None)]),
        ("The Pakistani Taliban threatened to attack the army.", [("THREATEN", "PAK", "PAK")]),
    ],
)
def test_video_calls_refused_dialogue_and_armed_groups(stages, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = sorted((e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany, which holds the council presidency, called on Russia to withdraw its troops.", [("REQUEST", "DEU", "RUS")]),
        ("The IAEA board voted for a referral to the UN Security Council. Iran insists its program is peaceful, while Israel accuses it of seeking a weapon.",
         [("ACCUSE", "ISR", "IRN")]),
        ("Washington, Seoul and Tokyo agreed to respond resolutely to any provocation.",
         [("THREATEN", "JPN", None), ("THREATEN", "KOR", None), ("THREATEN", "USA", None)]),
    ],
)
def test_held_out_ae_calls_accused_states_and_allied_responses(stages, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = sorted((e.event_type, e.source and e.source.country, e.target and e.target.country) for e in code(stages, text).events if e.event_type in {x[0] for x in expected})
    assert got == expected


def test_a_town_an_agreement_is_signed_in_is_no_party_and_orders_to_respond_threaten(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand and Cambodia held talks in Bangkok. The leaders signed an expanded peace declaration in Kuala Lumpur in October.")
    assert "MYS" not in {e.target.country for e in doc.events if e.target is not None}
    doc = code(stages, "Thai Prime Minister Anutin Charnvirakul said he had ordered the army to respond decisively to any further attacks by Cambodia.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("THREATEN", "THA", "KHM")]


def test_designations_sanction_and_hitting_back_is_a_retort_unless_it_fires(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Britain sanctioned five Russian oil traders and designated three Iranian shipping firms.")
    assert sorted((e.event_type, e.target.country) for e in doc.events) == [("SANCTION", "IRN"), ("SANCTION", "RUS")]
    doc = code(stages, "Araghchi hit back hours later, accusing Rafael Grossi of bias.")
    assert {e.event_type for e in doc.events} == {"ACCUSE"}
    # (a weapon named in what the retort says does not make it a blow)
    doc = code(stages, "Araghchi hit back hours later, accusing Rafael Grossi of bias over the strike on Fordow.")
    assert "ACCUSE" in {e.event_type for e in doc.events} and not [e for e in doc.events if e.trigger.text == "hit" and e.event_type == "ASSAULT"]
    doc = code(stages, "Ukrainian forces hit back at Russian positions with artillery.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "UKR", "RUS")]
    # (a state, not its forces, hitting back with artillery fires too; the weapon is no target)
    doc = code(stages, "Kyiv hit back at Russian positions with artillery on Tuesday.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "UKR", "RUS")]
    doc = code(stages, "Ukraine struck the bridge with drones and artillery.")
    assert [(e.event_type, e.target) for e in doc.events] == [("ASSAULT", None)]


def test_a_protest_at_an_act_told_before_targets_its_author(stages) -> None:  # type: ignore[no-untyped-def]
    launch = "North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's military said."
    for reaction in ("Japan protested the launch through diplomatic channels.", "Tokyo lodged a protest over the launch.", "Japan protested against the launch."):
        doc = code(stages, launch, reaction)
        assert [(e.event_type, e.source.country, e.target and e.target.country) for e in doc.events if e.sentence_index == 1] == [("ACCUSE", "JPN", "PRK")], reaction
    # (nor its own author: a state protesting its rival's protest of its drills)
    doc = code(stages, "South Korea and the United States began joint drills.", "North Korea protested against the drills.")
    assert [(e.source.country, e.target and e.target.country) for e in doc.events if e.sentence_index == 1 and e.event_type == "ACCUSE"] in ([("PRK", "KOR")], [("PRK", "USA")], [("PRK", "KOR"), ("PRK", "USA")])


def test_results_of_an_exchange_hit_one_side_done_by_the_other(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand and Cambodia exchanged gunfire along the border on Friday, killing two Cambodian soldiers and wounding three Thai troops.")
    results = sorted((e.trigger.text, e.source.country, e.target.country) for e in doc.events if e.trigger.text in ("killing", "wounding"))
    assert results == [("killing", "THA", "KHM"), ("wounding", "KHM", "THA")]
    # (one side's forces fighting each other at home stay an attack: one, its
    # named target kept, the killing its result)
    doc = code(stages, "Sudan's army attacked the paramilitary Rapid Support Forces in Khartoum, killing ten fighters.")
    assert [(e.trigger.text, e.source.country, e.target.name) for e in doc.events] == [("attacked", "SDN", "Rapid Support Forces")], doc.events


def test_the_harm_an_attack_does_is_its_result_not_another_attack(stages) -> None:  # type: ignore[no-untyped-def]
    # "X-ed ..., killing Y": one attack, the victims its target
    doc = code(stages, "Russian forces shelled Kharkiv overnight, wounding 14 civilians.")
    assert [(e.event_type, e.source.country, e.target.country, e.target.sector, e.trigger.text) for e in doc.events] == [("ASSAULT", "RUS", "UKR", "CVL", "shelled")], doc.events
    # ... with the victims named by nobody else going with it ("and wounding 30 others")
    doc = code(stages, "A car bomb exploded near a police station in Mogadishu on Tuesday, killing at least 12 people and wounding 30 others, police said.")
    assert [(e.event_type, e.target and e.target.sector, e.trigger.text) for e in doc.events] == [("ASSAULT", "CVL", "exploded")], doc.events
    # victims of another state are an event of their own
    doc = code(stages, "Israeli troops raided a refugee camp in Jenin, killing two Palestinian gunmen and wounding a Jordanian journalist.")
    assert {(e.trigger.text, e.target.country) for e in doc.events if e.event_type == "ASSAULT"} == {("killing", "PSE"), ("wounding", "JOR")}


def test_whoever_claims_an_attack_told_without_attacker_did_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "A car bomb exploded near a police station in Mogadishu on Tuesday, killing at least 12 people, police said.",
        "Al Shabaab claimed responsibility for the attack in a statement on its radio station.",
        "The United States condemned the bombing.",
    )
    attack = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert [(e.source.name, e.source.sector) for e in attack] == [("al-Shabaab", "REB")], attack
    assert attack[0].extra.get("source_via") == "claimed"
    assert [(e.source.country, e.target.name) for e in doc.events if e.event_type == "ACCUSE"] == [("USA", "al-Shabaab")]
    # nobody claiming, or a claim denied, changes nothing
    for claim in ("No group has claimed responsibility for the attack.", "Al Shabaab did not claim responsibility for the attack."):
        doc = code(stages, "A car bomb exploded near a police station in Mogadishu on Tuesday, killing at least 12 people, police said.", claim)
        assert [e.source.name for e in doc.events if e.event_type == "ASSAULT"] == ["unidentified attackers"], (claim, doc.events)
    # an attack whose attacker the story names is not given to another claimant
    doc = code(stages, "Nigerian troops attacked a camp in Borno state on Monday, killing 20 fighters.", "Islamic State West Africa Province claimed responsibility for a separate bombing in Maiduguri.")
    assert [e.source.country for e in doc.events if e.event_type == "ASSAULT" and e.trigger.text == "attacked"] == ["NGA"]


def test_defectors_crossing_a_border_are_no_show_of_force(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Three North Korean men crossed the western maritime border in a small wooden boat and expressed their wish to defect, South Korea's military said Friday.")
    assert not [e for e in doc.events if e.event_type == "MOBILIZE"], doc.events
    doc = code(stages, "About 20 North Korean soldiers briefly crossed the military demarcation line on Tuesday.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("MOBILIZE", "PRK")]


def test_taking_over_a_body_s_work_is_no_attack(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Its work has since been taken over by the Multilateral Sanctions Monitoring Team, set up in October 2024 by 11 countries.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events
    doc = code(stages, "M23 rebels took over the town of Goma on Sunday.")
    assert [e.event_type for e in doc.events] == ["ASSAULT"]


def test_two_joined_verbs_of_one_appeal_are_one_request(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "China's envoy Fu Cong urged all parties to exercise restraint and called for the resumption of dialogue.")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("REQUEST", "CHN")], doc.events
    doc = code(stages, "Seoul urged Pyongyang to stop its provocations and called for talks.")
    assert [(e.event_type, e.source.country, e.target and e.target.country) for e in doc.events] == [("REQUEST", "KOR", "PRK")], doc.events


def test_a_summons_and_the_protest_it_was_for_are_one_act_aimed_at_the_envoy(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, 'In Seoul, the foreign ministry summoned Russian Ambassador Georgy Zinoviev on Monday to protest what it called "illegal military cooperation," including the suspected transfer of air defense systems to the North.')
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ACCUSE", "KOR", "RUS")], doc.events


def test_a_regret_is_aimed_where_the_appeal_told_after_it_was(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Seoul's foreign ministry expressed \"deep regret\" over the reported repatriation and said it had called on Beijing to respect the principle of non-refoulement.")
    assert sorted((e.event_type, e.source.country, e.target and e.target.country) for e in doc.events) == [("ACCUSE", "KOR", "CHN"), ("REQUEST", "KOR", "CHN")], doc.events


def test_an_event_word_inside_a_body_s_name_is_no_event(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Government spokesman Colonel Abdoulaye Maiga said fighters of the Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) who attacked the convoy near Tinzaouaten on Saturday had fled.")
    assert [e.event_type for e in doc.events] == ["ASSAULT"], doc.events
    # (a title-cased headline is read as it is)
    doc = code(stages, "North Korea Holds Talks With Russia")
    assert [(e.event_type, e.source.country) for e in doc.events] == [("CONSULT", "PRK")]


def test_a_claim_of_responsibility_for_an_act_not_told_before_tells_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Kyiv, for its part, claimed responsibility for a drone strike on an oil refinery in Russia's Saratov region on Monday.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "UKR", "RUS")], doc.events
    # (an attack told before is given its claimant, not told twice; a denial tells nothing)
    doc = code(stages, "A car bomb exploded in Mogadishu on Tuesday, killing 12 people.", "Al Shabaab claimed responsibility for the attack.")
    assert [e.source.name for e in doc.events if e.event_type == "ASSAULT"] == ["al-Shabaab"], doc.events
    doc = code(stages, "Hamas denied responsibility for a rocket strike on Ashkelon.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events


def test_weapons_slamming_into_a_city_strike_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Russian drones and missiles slammed into the northeastern city of Kharkiv overnight, killing six civilians.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("ASSAULT", "RUS", "UKR")], doc.events
    doc = code(stages, "Zelensky slammed the decision as a betrayal.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]


def test_regions_of_security_news_are_their_state_s(stages) -> None:  # type: ignore[no-untyped-def]
    for text, want in (
        ("Hezbollah fired rockets at the Galilee on Monday.", ("LBN", "ISR")),
        ("The Houthis fired missiles at the Negev on Monday.", ("YEM", "ISR")),
        ("Sudanese paramilitaries attacked Darfur on Monday.", ("SDN", "SDN")),
        ("Iran denounced what it called Zionist aggression.", ("IRN", "ISR")),
    ):
        doc = code(stages, text)
        assert [(e.source.country, e.target.country) for e in doc.events] == [want], (text, doc.events)


def test_they_after_a_passive_with_no_subject_of_note_is_its_doer(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "A spokesperson for the North's foreign ministry called the accusation a fabrication.",
        "It was the third round of sanctions imposed jointly by the two allies, the United States and South Korea, this year.",
        "In August, they blacklisted four North Korean bankers.",
    )
    assert sorted(e.source.country for e in doc.events if e.trigger.text == "blacklisted") == ["KOR", "USA"], doc.events
    # (a main clause's subject still comes first)
    doc = code(stages, "Seoul, backed by Washington, condemned the launch.", "They called it a provocation.")
    assert sorted(e.source.country for e in doc.events if e.sentence_index == 1) in (["KOR"], ["KOR", "USA"]), doc.events


def test_a_state_s_body_sitting_on_its_own_is_no_consultation(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "President Lee Jae-myung convened an emergency meeting of the National Security Council on Tuesday.",
        "Japan's cabinet held an emergency meeting after the launch.",
        "Kim Jong Un presided over a politburo meeting of the ruling Workers' Party.",
    ):
        doc = code(stages, text)
        assert not [e for e in doc.events if e.event_type == "CONSULT"], (text, doc.events)
    # (a meeting with another party, and an international body's session, stay)
    doc = code(stages, "Japan's prime minister held a meeting with the South Korean president in Tokyo.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "CONSULT"} >= {("JPN", "KOR")}
    doc = code(stages, "The U.N. Security Council held an emergency meeting on the launch.")
    assert [e.event_type for e in doc.events] == ["CONSULT"]


def test_rejecting_an_account_answers_whoever_gave_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Cambodia said Thai soldiers opened fire first. Bangkok rejected that account.")
    assert [(e.source.country, e.target and e.target.country) for e in doc.events if e.event_type == "REJECT"] == [("THA", "KHM")]
    # (a state's report is its account; the media's gives no target: they are no party)
    doc = code(stages, "South Korea's spy agency said on Wednesday that North Korea had sent troops to Russia.", "Moscow dismissed the report.")
    assert [(e.source.country, e.target and e.target.country) for e in doc.events if e.event_type == "REJECT"] == [("RUS", "KOR")]
    doc = code(stages, "Thai media reported that Cambodian soldiers opened fire first. Phnom Penh dismissed the report as a fabrication.")
    assert all(e.target is None for e in doc.events if e.event_type == "REJECT")


def test_an_act_told_again_in_apposition_is_one_act_by_attackers_nobody_placed(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Unidentified gunmen attacked a French convoy near Gao on Monday, an attack that drew condemnation from Paris.")
    attacks = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert [(e.trigger.text, e.source.country, e.target.country) for e in attacks] == [("attacked", None, "FRA")]
    assert [(e.event_type, e.source.country) for e in doc.events if e.event_type != "ASSAULT"] == [("ACCUSE", "FRA")]


@pytest.mark.parametrize(
    "text, told",
    [
        ("North Korea has test-fired more than 100 missiles since 2022.", False),
        ("North Korea has launched dozens of ballistic missiles this year.", False),
        ("Israel has carried out more than 300 strikes on Lebanon since the ceasefire.", False),
        # (a count over days, or a few acts, is what happened)
        ("Police have arrested at least 233 opposition activists nationwide since Wednesday evening.", True),
        ("North Korea has fired two ballistic missiles into the sea, Japan said.", True),
    ],
)
def test_acts_counted_by_a_perfect_verb_over_a_long_span_are_a_tally(stages, text: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(code(stages, text).events) is told


def test_fighting_that_breaks_out_between_two_sides_is_theirs(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Heavy fighting broke out between Sudan's army and the RSF in El Fasher on Monday.")
    assert sorted((e.source.sector, e.target.sector) for e in doc.events) == [("MIL", "REB"), ("REB", "MIL")]
    # (the small model's lemma of "raged" is "rag")
    doc = code(stages, "Fighting raged between Hamas and Israeli troops in Rafah.")
    assert sorted((e.source.country, e.target.country) for e in doc.events) == [("ISR", "PSE"), ("PSE", "ISR")]


@pytest.mark.parametrize(
    "text, title",
    [
        ("South Korean marines fired 400 rounds from K9 howitzers into waters south of the NLL.", None),
        ("The North's rounds were fired from Jangsan Cape and fell into the buffer zone north of the Northern Limit Line.", None),
        ("The report gave no further details.", "N. Korea fires over 200 artillery rounds near western sea border"),
    ],
)
def test_shells_fired_into_waters_beside_a_sea_border_are_a_drill(stages, text: str, title: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, text, title=title)
    fired = [e for e in doc.events if e.trigger.text.lower().startswith("fire")]
    assert fired and all(e.event_type == "MOBILIZE" and e.target is None for e in fired)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has routinely denied involvement in cyberattacks.",
        "There was no unusual activity by North Korean forces, and no shots were fired.",
        "The North has sent more than 1,000 balloons since late May.",
        "More than 400 people have been detained since then, according to rights groups.",
        "The EU has imposed sanctions on more than 2,500 individuals and entities since 2022.",
        "The two sides have clashed repeatedly since last year over the shoal.",
        # a level reached, and what a snag is over, are no acts
        "Relations hit their lowest point in decades.",
        "The talks hit a snag over sanctions.",
    ],
)
def test_standing_denials_unfired_shots_and_tallies_since_a_month_are_no_acts(stages, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, text).events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chinese coast guard ships blasted a Philippine boat with water cannon on Monday.", [("ASSAULT", "CHN", "PHL")]),
        ("Lithuania and Estonia imposed entry bans on a dozen Georgian officials over the crackdown.", [("SANCTION", "EST", "GEO"), ("SANCTION", "LTU", "GEO")]),
        ("Russia's foreign ministry said it had barred entry to 25 EU officials.", [("SANCTION", "RUS", "EUR")]),
        ("Mali's junta expelled the head of the European Union's delegation on Wednesday.", [("SANCTION", "MLI", "EUR")]),
        # (a travel ban at home restricts; it sanctions no state)
        ("The junta in Mali imposed a travel ban on opposition leaders.", [("COERCE", "MLI", "MLI")]),
    ],
)
def test_water_cannon_entry_bans_and_expelled_heads_of_missions(stages, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert sorted((e.event_type, e.source.country, e.target and e.target.country) for e in code(stages, text).events) == expected


@pytest.mark.parametrize(
    "text, title, expected",
    [
        ("The report gave no further details.", "N. Korea fires 2 SRBMs into East Sea: JCS", ("MOBILIZE", "PRK", None)),
        # (crossing the line intrudes on the other side: round 37)
        ("About 20 North Korean soldiers briefly crossed the military demarcation line on Wednesday.", None, ("MOBILIZE", "PRK", "KOR")),
        ("The report gave no further details.", "Seoul to resume loudspeaker broadcasts", ("THREATEN", "KOR", "PRK")),
        ("North Korea executed 30 officials last month.", None, ("ASSAULT", "PRK", "PRK")),
    ],
)
def test_korean_desk_launches_crossings_broadcasts_and_executions(stages, text: str, title: str | None, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, text, title=title)
    e = primary_event(doc.events)
    assert e is not None and (e.event_type, e.source and e.source.country, e.target and e.target.country) == expected


def test_backing_told_as_a_material_act_s_purpose_is_that_act(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea has sent 3,000 troops to Russia to support its war against Ukraine.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events] == [("AID", "PRK", "RUS")]
    # (a signing keeps its own code beside what it is signed for)
    doc = code(stages, "Arnor signed an accord to supply Gondor with wheat.")
    assert "SUPPORT" in {e.event_type for e in doc.events}


def test_a_passive_demanded_act_is_the_demand_s_content_and_they_its_plural_object(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korea protested the deployment of North Korean soldiers to Russia and demanded that they be withdrawn.")
    assert not [e for e in doc.events if e.event_type == "RETREAT"]
    assert [(e.source.country, e.target and e.target.country) for e in doc.events if e.event_type == "REQUEST"] == [("KOR", "PRK")]


def test_concern_about_nothing_named_and_condemning_it_answer_the_act_just_told(stages) -> None:  # type: ignore[no-untyped-def]
    fired = "China fired water cannon at a Philippine boat on Monday."
    for reaction in ("Japan and Australia voiced concern.", "Japan condemned it.", "Japan voiced concern over the incident."):
        doc = code(stages, fired, reaction)
        assert {(e.source.country, e.target and e.target.country) for e in doc.events if e.sentence_index == 1} <= {("JPN", "CHN"), ("AUS", "CHN")}, reaction
        assert all(e.target for e in doc.events if e.sentence_index == 1), reaction
    # (another reaction is no act to answer)
    doc = code(stages, fired, "Japan condemned it.", "The United States expressed deep concern.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.sentence_index == 2] == [("USA", "CHN")]


def test_what_a_warning_says_the_military_would_do_is_the_warning_s_target(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Defense Minister Shin Won-sik warned that the military would punish the enemy if the North provokes again.")
    assert [(e.event_type, e.source.country, e.target and e.target.country, e.polarity) for e in doc.events] == [("THREATEN", "KOR", "PRK", "asserted")]


def test_what_is_fired_is_no_target_and_a_nation_s_people_demonstrate(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korea said the North fired artillery near a border island on Tuesday.")
    assert [(e.source.country, e.target) for e in doc.events] == [("PRK", None)]
    # ... nor who says it in a headline, where "the North" comes without its article
    doc = code(stages, "The report gave no further details.", title="South Korea Says North Fired Artillery Near Border Island")
    assert [e.source.country for e in doc.events if e.section == "title"] == ["PRK"]
    doc = code(stages, "The report gave no further details.", title="South Koreans protest in Seoul")
    assert [e.event_type for e in doc.events if e.section == "title"] == ["PROTEST"]


def test_a_state_s_force_seizing_a_tanker_for_smuggling_is_no_ordinary_crime(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Iran's Revolutionary Guards seized a foreign oil tanker on Sunday, accusing it of smuggling fuel.")
    assert ("COERCE", "IRN") in {(e.event_type, e.source.country) for e in doc.events}
    assert not code(stages, "Police in Lagos arrested three men for smuggling fuel.").events


def test_launching_a_warship_shows_force_and_denying_an_account_answers_its_teller(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea launched a new destroyer on Thursday.", "Seoul's Unification Ministry criticised the launch as a waste of resources.")
    assert [(e.event_type, e.source.country, e.target and e.target.country) for e in doc.events] == [("MOBILIZE", "PRK", None), ("ACCUSE", "KOR", "PRK")]
    doc = code(stages, "Pakistan's military said Taliban fighters opened fire first.", "Taliban spokesman Zabihullah Mujahid denied that account.")
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "REJECT"] == [("AFG", "PAK")]


def test_a_judged_act_is_first_the_one_told_with_the_same_word(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "The European Union imposed new sanctions on Russia on Tuesday.",
        "Russia's foreign ministry said it had barred entry to 25 EU officials.",
        "Ukraine's foreign minister welcomed the sanctions.",
    )
    assert [(e.source.country, e.target and e.target.country) for e in doc.events if e.event_type == "SUPPORT"] == [("UKR", "EUR")]


@pytest.mark.parametrize(
    "title, expected",
    [
        # (the line is no party; crossing it intrudes on the other side: round 37)
        ("N. Korean soldiers briefly cross MDL; S. Korea fires warning shots: JCS", [("MOBILIZE", "KOR", "-"), ("MOBILIZE", "PRK", "KOR")]),
        # (a name the tagger ran from the headline into the body is still the line)
        ("Pakistan, India exchange fire along Line of Control", [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")]),
    ],
)
def test_demarcation_lines_are_places_no_parties(stages, title: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Officials gave no further details.", title=title)
    assert sorted((e.event_type, e.source.country, e.target.country if e.target else "-") for e in doc.events if e.section == "title") == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # the parser makes the first verb's object the next one's subject
        ("Mali junta expels EU envoy, arrests opposition leaders", [("SANCTION", "MLI", "EUR"), ("COERCE", "MLI", "MLI")]),
        # ... or the first verb a noun's modifier, the next one's subject a town
        ("Russia bombs Kharkiv, kills five", [("ASSAULT", "RUS", "UKR")]),
        # ... or the second verb a noun and its object an apposition of the first's
        ("China condemns U.S. arms sale, sanctions defense firms", [("ACCUSE", "CHN", "USA"), ("SANCTION", "CHN", "USA")]),
        ("North Korea fires missiles, warns of more tests", [("MOBILIZE", "PRK", None), ("THREATEN", "PRK", None)]),
        # a series the parser read right keeps its reading ("agree to expand" is one pledge)
        ("Yoon, Kishida agree to expand cooperation, condemn North Korea", [("AGREE", "KOR", "JPN"), ("AGREE", "JPN", "KOR"), ("ACCUSE", "KOR", "PRK"), ("ACCUSE", "JPN", "PRK")]),
    ],
)
def test_headline_series_of_verbs_shares_the_subject(stages, title: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The report gave no further details.", title=title)
    got = [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in doc.events if e.section == "title"]
    assert sorted(got, key=str) == sorted(expected, key=str), (title, got)


def test_sightings_by_other_verbs_and_headlines_in_ies(stages) -> None:  # type: ignore[no-untyped-def]
    # whose assets are reported, spotted or tracked show force toward who saw them
    assert _has(code(stages, "Taiwan reported 30 Chinese military aircraft near the island on Tuesday."), {"MOBILIZE"}, "CHN", "TWN")
    assert _has(code(stages, "Ukraine's air force said it tracked 40 Russian drones."), {"MOBILIZE"}, "RUS", None)
    t = code(stages, "The report gave no further details.", title="Taiwan reports 30 Chinese military aircraft near island")
    assert _has(t, {"MOBILIZE"}, "CHN", "TWN")
    # an attack reported is no sighting of its drones; assets of nobody show nobody's force
    assert [e.event_type for e in code(stages, "Ukraine reported a drone attack on Kyiv overnight.").events] == ["ASSAULT"]
    assert not code(stages, "The ministry reported 12 aircraft and four ships.").events
    # a headline's verb in -ies ("flies", the parser's plural noun)
    t = code(stages, "The report gave no further details.", title="U.S. flies B-52 bomber over Korean Peninsula")
    assert _has(t, {"MOBILIZE"}, "USA", None)


def test_round_thirteen_korean_desk_judgements_and_warnings(stages) -> None:  # type: ignore[no-untyped-def]
    launch = "North Korea fired two ballistic missiles into the East Sea on Tuesday, the Joint Chiefs of Staff said."
    # a verdict told in a quote before its speaker, on "this" or "it": the act just told
    d = code(stages, launch, '"This is a clear provocation that threatens peace on the Korean Peninsula," a JCS spokesman told reporters.')
    assert _has(d, {"ACCUSE"}, "KOR", "PRK", "provocation")
    d = code(stages, launch, '"It is a grave violation of UN resolutions," Japan\'s defense minister said.')
    assert _has(d, {"ACCUSE"}, "JPN", "PRK", "violation")
    # a criticism aimed at whom its reason names
    assert _has(code(stages, "China criticised the arms sale, saying Washington was interfering in its internal affairs."), {"ACCUSE"}, "CHN", "USA")
    # a warning joined to an accusation is aimed at the accused
    d = code(stages, "KCNA accused Washington and Seoul of staging a rehearsal for war and warned that the North would take overwhelming countermeasures.")
    assert _has(d, {"THREATEN"}, "PRK", "USA") and _has(d, {"THREATEN"}, "PRK", "KOR")
    # ... or at whoever did what its condition names
    d = code(stages, "North Korea has been jamming GPS signals near the border islands, the South Korean military said.",
             'The military warned it would take "stern measures" if the jamming caused any damage.')
    assert _has(d, {"THREATEN"}, "KOR", "PRK", "stern")
    # a count told as a bound over years is a tally; a source's anonymity no request
    assert not code(stages, "South Korea has detained at least six ships on suspicion of sanctions violations since 2017.").events
    assert not [e for e in code(stages, "The vessel was seized, according to a government official who asked not to be named.").events if e.event_type == "REQUEST"]
    # a ship boarded by a state's force is seized; passengers boarding travel
    # (the ship's flag is no party: round 37)
    assert _has(code(stages, "South Korea's coast guard boarded the Sierra Leone-flagged cargo ship on Monday."), {"COERCE"}, "KOR", None)
    assert not code(stages, "Passengers boarded the ship in Busan.").events


def test_round_thirteen_messages_descriptions_and_alerts(stages) -> None:  # type: ignore[no-untyped-def]
    # a protest sent as a message is a protest to its addressee; a kind of text alone is no act
    d = code(stages, "South Korea's Ministry of Unification sent a protest message to the North through the liaison channel.")
    assert _has(d, {"ACCUSE"}, "KOR", "PRK")
    assert not code(stages, "He posted a protest note on his blog.").events
    # what a group is, supply for a demand, the purpose of a tally: no act
    assert not [e for e in code(stages, "Lee, head of a civic group supporting the plaintiffs, urged Mitsubishi to apologise.").events if e.event_type == "SUPPORT"]
    assert not code(stages, '"The visit suggests Pyongyang is gearing up production to meet Moscow\'s demand," said a professor in Seoul.').events
    assert not code(stages, "The spy agency estimates that North Korea has shipped more than 12 million shells to Russia since 2023 to support its war.").events
    # an alert to one's own people is no threat; a warning to another side's is
    d = code(stages, "North Korea fired a rocket on Tuesday night, prompting Japan to briefly warn residents of Okinawa to take cover.")
    assert [e.event_type for e in d.events] == ["MOBILIZE"]
    assert _has(code(stages, "Hamas warned Israelis to leave the area."), {"THREATEN"}, None, "ISR")


def test_a_craft_opening_a_sentence_is_no_unknown_state(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Fighting continued in Darfur. Drones struck a hospital on Monday.")
    assert [e.source for e in d.events if e.event_type == "ASSAULT"] == [None]


def test_round_thirteen_world_desk_targets_and_background(stages) -> None:  # type: ignore[no-untyped-def]
    # a release demanded of whoever holds what was seized
    d = code(stages, "Iran seized a tanker on Wednesday, prompting the United States to demand the immediate release of the vessel and its crew.")
    assert _has(d, {"REQUEST"}, "USA", "IRN")
    # another clause's subject is no nearby target
    d = code(stages, "Britain called for an emergency meeting, and the African Union urged both sides to return to negotiations.")
    assert not [e for e in d.events if e.source and e.source.country == "GBR" and e.target is not None]
    # a party called names is accused; the speaker's own state wronged is not
    assert _has(code(stages, "Chinese foreign ministry spokesman Lin Jian said Lai Ching-te was a troublemaker."), {"ACCUSE"}, "CHN", "TWN")
    d = code(stages, '"These repeated violations of Iraqi sovereignty are unacceptable and must stop," the Iraqi foreign ministry said.')
    assert [(e.event_type, e.target) for e in d.events] == [("ACCUSE", None)]
    # tallies of several acts, tolls of a war, acts of an unnamed past: background
    for text in (
        "China has held several rounds of war games around Taiwan since Lai took office in May 2024.",
        "The talks have been frozen several times since they resumed in late 2022.",
        "The PKK has waged an insurgency since 1984 in a conflict that has killed more than 40,000 people.",
        "The war between the army and the RSF erupted in April 2023 and has killed tens of thousands of people.",
    ):
        assert not code(stages, text).events, text
    d = code(stages, "He accused Washington of hypocrisy, noting that the United States had confiscated Iranian oil cargoes in the past.")
    assert [e.event_type for e in d.events] == ["ACCUSE"]
    # whoever would do it, what a demand asks, an advisory: no act told
    assert not code(stages, '"There can be no dialogue with those who kill soldiers," Petro wrote on X.').events
    d = code(stages, "Tshisekedi repeated his demand that Rwanda withdraw its troops from Congolese territory.")
    assert [e.event_type for e in d.events] == ["REQUEST"]
    assert not code(stages, "Britain's Maritime Trade Operations agency warned vessels to exercise caution.").events
    # a denial does not deny the blame given with it
    d = code(stages, "The RSF denied targeting civilians, blaming army artillery for the deaths.")
    assert [e.polarity for e in d.events if e.event_type == "ACCUSE"] == ["asserted"]


def test_round_thirteen_headline_clauses_and_speakers(stages) -> None:  # type: ignore[no-untyped-def]
    def title(t: str) -> Document:
        return code(stages, "The report gave no further details.", title=t)

    # a plural the parser tagged a verb; the act of an "after" clause read as a noun phrase
    assert _has(title("China launches drills around Taiwan after Lai's U.S. stopover"), {"MOBILIZE"}, "CHN", "TWN")
    assert _has(title("NATO peacekeepers reinforce Kosovo border after Serbian police detain officer"), {"COERCE"}, "SRB", None)
    # a headline's protest "after" an act answers its author
    d = title("Seoul protests after North Korea fires missiles")
    assert _has(d, {"ACCUSE"}, "KOR", "PRK") and _has(d, {"MOBILIZE"}, "PRK", None)
    # "it" in what a state says is that state
    d = code(stages, "Japan expressed concern, and the Philippines said it had raised its alert level.")
    assert _has(d, {"MOBILIZE"}, "PHL", None)
    # a main clause's second verb the parser joined to a subordinate clause
    d = code(stages, "Poland closed a border crossing with Belarus on Wednesday after a Polish guard was stabbed by a migrant, and accused Minsk of orchestrating the flow.")
    assert _has(d, {"ACCUSE"}, "POL", "BLR")


def test_round_thirteen_decisions_welcomed_and_structures_installed(stages) -> None:  # type: ignore[no-untyped-def]
    # a decision welcomed is whoever made the latest act of its kind, a release too
    d = code(stages, "South Korea returned six North Korean fishermen on Wednesday.", "The U.S. State Department welcomed the decision.")
    assert _has(d, {"SUPPORT"}, "USA", "KOR")
    # concern raised about what somebody installed, named in a clause with "that"
    d = code(stages, "The South Korean minister raised concerns about a steel structure that China installed in the Yellow Sea.")
    assert _has(d, {"ACCUSE"}, "KOR", "CHN")
    # a Japanese firm ordered to pay by a Seoul court
    d = code(stages, "A Seoul court ordered Mitsubishi Heavy Industries to pay damages.")
    assert _has(d, {"REQUEST"}, "KOR", "JPN")


def test_round_thirteen_bureaus_summons_and_meetings(stages) -> None:  # type: ignore[no-untyped-def]
    # a ministry's regional bureau is the ministry's, its regions no parties; a protest conveyed to whom was summoned
    d = code(stages, "The director-general of the Japanese foreign ministry's Asian and Oceanian Affairs Bureau summoned a senior official "
                     "of the South Korean embassy in Tokyo to convey the protest, the ministry said.")
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in d.events] == [("ACCUSE", "JPN", "KOR")]


def test_the_parties_of_a_charge_are_no_targets_of_the_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Belarus accused Polish guards of beating migrants.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("BLR", "POL")]
    d = code(stages, "Kyiv accused Moscow and Minsk of colluding.")
    assert sorted(e.target.country for e in d.events) == ["BLR", "RUS"]


def test_allied_drills_on_the_korean_desk_are_seoul_and_washington(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The report gave no further details.", title="N. Korea slams allied drills")
    assert sorted(e.target.country for e in d.events if e.event_type == "ACCUSE") == ["KOR", "USA"]
    # (elsewhere whose allies they are is not told)
    d = code(stages, "Russia condemned the allied exercises in the Baltic.")
    assert [e.target for e in d.events if e.event_type == "ACCUSE"] == [None]


def test_round_thirteen_held_out_classes(stages) -> None:  # type: ignore[no-untyped-def]
    # names called; more force shown; a tanker seized is no domestic act
    assert _has(code(stages, "Kremlin spokesman Dmitry Peskov called the Western reaction hysterical."), {"ACCUSE"}, "RUS", None)
    assert _has(code(stages, "NATO said on Thursday it would step up its military presence in the Baltic Sea."), {"MOBILIZE"}, "NATO", None)
    d = code(stages, "The tanker was boarded on Wednesday.", title="Finland seizes tanker")
    assert [(e.event_type, e.target) for e in d.events if e.section == "title"] == [("COERCE", None)]
    # a word of the speaker's own state is no target of what it says
    assert [e.target for e in code(stages, "Moscow dismissed any suggestion of Russian involvement.").events] == [None]
    # an act named to be judged, a test's result: no act told
    d = code(stages, "Colombian President Gustavo Petro criticised the attack, saying that killing the crew amounted to murder.")
    assert [e.event_type for e in d.events] == ["ACCUSE"]
    d = code(stages, "North Korea fired cruise missiles on Thursday.", "It said the missiles hit an island target with precision.")
    assert [e.event_type for e in d.events] == ["MOBILIZE"]
    # a meeting denounced: every party that met
    d = code(stages, "South Korea's defence minister met the U.S. defense secretary on Thursday.", "North Korea denounced the meeting.")
    assert sorted(e.target.country for e in d.events if e.event_type == "ACCUSE") == ["KOR", "USA"]
    # killed in a skirmish with somebody: by them
    assert _has(code(stages, "A Cambodian soldier was killed in a border skirmish with Thai troops in May."), {"ASSAULT"}, "THA", "KHM")


@pytest.mark.parametrize(
    "text, told",
    [
        # what a thing is for, what a treaty binds its parties to, a toll's second verb,
        # who the soldiers are, a habit "in the past" and a standing denial's participle
        ("Lavrov met Kim Jong Un on Saturday, on the second day of a visit aimed at deepening military ties between the two countries.", ["CONSULT"]),
        ("The schemes are designed to fund the North Korean regime's weapons programmes, prosecutors said.", []),
        ("Putin and Kim signed a treaty obliging each side to provide military assistance if the other is attacked.", ["SUPPORT", "SUPPORT"]),
        ("Russia and Belarus signed a pact that commits both sides to provide military aid.", ["SUPPORT", "SUPPORT"]),
        ("The spy agency estimates that about 4,700 of the roughly 14,000 North Korean soldiers sent to Russia since October have been killed or wounded.", []),
        ("North Korea's state media has in the past dismissed the sanctions as a farce.", []),
        ("North Korea has repeatedly denied involvement in cyber theft, calling such accusations a smear campaign by the United States.", []),
        # (what is agreed to is still told; and a purpose of one's own is an intent)
        ("Russia agreed to provide military aid to North Korea.", ["AGREE"]),
        ("Russia aims to deepen ties with North Korea.", ["AGREE"]),
    ],
)
def test_round_fourteen_purposes_terms_tolls_and_habits_are_no_acts(stages, text: str, told: list) -> None:  # type: ignore[no-untyped-def]
    assert sorted(e.event_type for e in code(stages, text).events if e.polarity in ("asserted", "future")) == told


def test_round_fourteen_what_is_asked_and_held_to_account(stages) -> None:  # type: ignore[no-untyped-def]
    # what an asked party is asked to go on to do is not done
    d = code(stages, "A State Department spokesperson urged Beijing to use its influence to press Pyongyang to return to talks.")
    assert [(e.event_type, e.source.country, e.target.country, e.polarity) for e in d.events if e.polarity != "hypothetical"] == [("REQUEST", "USA", "CHN", "asserted")]
    # holding to account from now on is a threat
    d = code(stages, "The State Department said it would continue to hold Pyongyang and Moscow accountable.")
    assert sorted((e.event_type, e.target.country) for e in d.events) == [("THREATEN", "PRK"), ("THREATEN", "RUS")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # each the other's; the subject's own "their" is no target
        (["India and Pakistan expelled each other's diplomats on Tuesday."], [("SANCTION", "IND", "PAK"), ("SANCTION", "PAK", "IND")]),
        (["Thailand and Cambodia blamed one another for the clash."], [("ACCUSE", "KHM", "THA"), ("ACCUSE", "THA", "KHM")]),
        (["Ethiopia and Eritrea moved troops towards their shared border."], [("MOBILIZE", "ERI", None), ("MOBILIZE", "ETH", None)]),
        # concern about "the build-up" (read "build - up") is about whoever built up
        (["Ethiopia and Eritrea moved troops towards their shared border.", "The United States issued a statement expressing concern about the build-up."],
         [("ACCUSE", "USA", "ERI"), ("ACCUSE", "USA", "ETH"), ("MOBILIZE", "ERI", None), ("MOBILIZE", "ETH", None)]),
        # an act described as a lie is rejected; a response reserved, or promised to an attack, answers its author
        (["India expelled a Pakistani diplomat on Tuesday.", "Pakistan's foreign office described the expulsion as baseless and said it reserved the right to respond."],
         [("REJECT", "PAK", "IND"), ("SANCTION", "IND", "PAK"), ("THREATEN", "PAK", "IND")]),
        (["Yemen's Houthi rebels fired two missiles at a container ship on Monday.", '"These reckless attacks will not go unanswered," U.S. Defense Secretary Pete Hegseth said.'],
         [("ASSAULT", "YEM", None), ("THREATEN", "USA", "YEM")]),
        # the reason a sanction is given, animals fighting and an arms haul are no acts of their own
        (["Last week, the European Union added three North Korean generals to its blacklist over the deployment of troops to Russia."], [("SANCTION", "EUR", "PRK")]),
        (["Red deer stags battle for mating rights as the rutting season begins."], []),
        (["Seven revolvers and 85 cartridges were seized from them, a police officer said, adding that they were arrested in the district."], []),
    ],
)
def test_round_fourteen_each_other_build_ups_and_answers(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in d.events) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an attempt made is an act, dated in the past
        (["Russian troops tried to storm the town of Pokrovsk on Monday."], [("ASSAULT", "RUS", "UKR", "asserted")]),
        # a hope that another party will act is an appeal to it; "the two sides" are not the owner named
        (["India and Pakistan exchanged fire on Wednesday.", "China, Pakistan's closest ally, said it hoped the two sides would settle their differences through dialogue."],
         [("ASSAULT", "IND", "PAK", "asserted"), ("ASSAULT", "PAK", "IND", "asserted"), ("REQUEST", "CHN", "IND", "asserted"), ("REQUEST", "CHN", "PAK", "asserted")]),
        (["South Korea's foreign ministry said it hoped China would play a constructive role."], [("REQUEST", "KOR", "CHN", "asserted")]),
        # what a told attack did is no attack of its own
        (["American and British jets struck Hodeidah overnight.", "The Houthi-run Saba news agency said three people were killed."],
         [("ASSAULT", "GBR", "YEM", "asserted"), ("ASSAULT", "USA", "YEM", "asserted")]),
        (["Houthi rebels fired two missiles at a Danish container ship on Monday.", "One of the missiles hit the vessel's stern."], [("ASSAULT", "YEM", "DNK", "asserted")]),
        # a tally's participles, a year's toll, a defeat at the polls
        (["The Houthis have launched more than 100 attacks on merchant ships since November 2023, sinking two vessels and killing four seafarers."], []),
        (["Gang violence killed more than 5,600 people in Haiti last year."], []),
        (["Gambian President Adama Barrow came to power after defeating Yahya Jammeh in a 2016 election."], []),
        # air raids are attacks
        (["Four British Typhoon jets joined the overnight raids on the port."], [("ASSAULT", "GBR", None, "asserted")]),
    ],
)
def test_round_fourteen_attempts_hopes_results_and_tolls(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    got = sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.polarity) for e in d.events if e.polarity != "hypothetical")
    assert got == expected


def test_round_fourteen_actors_named_around_an_act(stages) -> None:  # type: ignore[no-untyped-def]
    # a freelance journalist keeps his nationality; Western governments are the West
    d = code(stages, "Russia's FSB said on Thursday it had detained a Dutch freelance journalist.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("RUS", "NLD")]
    d = code(stages, "Maria Zakharova accused Western governments of using journalists as cover for espionage.")
    assert [e.target.country for e in d.events] == ["WST"]
    # a title set off by commas before the name titles it, and its later bare surname
    d = code(stages, "Italy's foreign minister, Antonio Tajani, criticised the decision.", '"We will continue to stand by the Nigerien people," Tajani told reporters.')
    assert [(e.source.country, e.source.title) for e in d.events] == [("ITA", "foreign minister"), ("ITA", "foreign minister")]


def test_round_fourteen_threats_bodies_and_things_agreed_to(stages) -> None:  # type: ignore[no-untyped-def]
    # a response promised to an attack is aimed at the attacker, not the state attacked
    d = code(stages, "South Korea and the United States reaffirmed on Friday that any North Korean nuclear attack on the South would be met with a decisive response.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "THREATEN") == [("KOR", "PRK"), ("USA", "PRK")]
    # "It" after a state's body is the body, not the last state its reason names
    d = code(stages, "South Korea's unification ministry criticised the visit, saying the partnership between Moscow and Pyongyang posed a threat. "
                     "It urged Russia to abide by U.N. resolutions.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "REQUEST"] == [("KOR", "RUS")]
    # a headline's second thing agreed to is not done yet
    d = code(stages, "The summit was held in Tokyo.", title="Japan, S. Korea leaders agree to revive shuttle diplomacy, deepen security ties")
    assert not [e for e in d.events if e.event_type == "COOPERATE" and e.polarity == "asserted"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an act called unjustified is judged; a charge called absurd is rejected, aimed at who holds the accused
        (["Niger expelled Italy's ambassador on Wednesday.", "Italy's foreign minister said the expulsion was unjustified."],
         [("ACCUSE", "ITA", "NER", "asserted"), ("SANCTION", "NER", "ITA", "asserted")]),
        (["Russia detained a Dutch journalist on spying charges.", '"The accusations are absurd," the Dutch foreign minister said.'],
         [("COERCE", "RUS", "NLD", "asserted"), ("REJECT", "NLD", "RUS", "asserted")]),
        # who a named party is, a trend and a year's toll are no acts
        (["Oman, which has mediated between the Houthis and Washington, urged calm on Tuesday."], [("REQUEST", "OMN", None, "asserted")]),
        (["Niger has faced a surge in attacks by groups linked to al Qaeda, with more than 1,500 people killed in the past year."], []),
        # kept from happening, and what it would take, are not done
        (['"We will not let these criminals take over the country," Haiti\'s prime minister said.'], []),
        (["The commander told the U.N. Security Council that the force needed 1,500 more personnel to retake territory from the gangs."], []),
    ],
)
def test_round_fourteen_verdicts_descriptions_and_trends(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    got = sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.polarity) for e in d.events if e.polarity in ("asserted", "future"))
    assert got == expected


def test_round_fourteen_negotiators_gangs_warnings_and_the_speaker_s_government(stages) -> None:  # type: ignore[no-untyped-def]
    # a group's negotiator is the group's; gang members are a party
    d = code(stages, "Oman's foreign minister spoke by telephone with Houthi negotiator Mohammed Abdulsalam on Monday.")
    assert [(e.source.country, e.target.country, e.target.sector) for e in d.events] == [("OMN", "YEM", "REB")]
    d = code(stages, "Heavily armed gang members stormed the Haitian town of Mirebalais on Monday.")
    assert [(e.event_type, e.source.sector) for e in d.events] == [("ASSAULT", "CRM")]
    # what is warned of is threatened, not done; observers' warnings are forecasts
    d = code(stages, "Britain warned of snapback sanctions on Wednesday.")
    assert [(e.event_type, e.cameo_code) for e in d.events] == [("THREATEN", "1312")]
    assert not code(stages, "Experts warned of famine.").events
    # "the government" an official speaks of is his
    d = code(stages, "Russia's FSB said it had detained a Dutch journalist.", "Dutch Foreign Minister David van Weel said the government had summoned the Russian ambassador.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("NLD", "RUS")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the agency that reports an act is no party of it
        (["The delegation was met at Minsk National Airport by Belarusian Deputy Foreign Minister Igor Nazaruk, the Korean Central News Agency (KCNA) reported."],
         [("CONSULT", "BLR")]),
        # "This is a reckless act" judges the other party's act just told, whatever its type
        (["Ethiopia signed a memorandum with Somaliland on Monday.", '"This is a reckless act," Somali Foreign Minister Abdisalam Abdi Ali said.'],
         [("ACCUSE", "SOM"), ("SUPPORT", "ETH")]),
        # a launch told again, the start of a span, shelter, a trend over years, every one of a tally
        (["North Korea fired a ballistic missile into the East Sea on Wednesday.", "The missile was fired from waters near Sinpo."], [("MOBILIZE", "PRK")]),
        (["Since mass protests in 2018, Nicaragua has stripped more than 5,000 groups of their legal status."], []),
        (["Costa Rica hosts more than 200,000 Nicaraguan asylum seekers."], []),
        (["Pyongyang has deepened its ties with Moscow in recent years."], []),
        (["Tokyo has protested each of the roughly two dozen visits by South Korean lawmakers since 2012."], []),
    ],
)
def test_round_fourteen_held_out_classes(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert sorted((e.event_type, e.source.country if e.source else None) for e in d.events if e.polarity in ("asserted", "future")) == expected
    if expected and expected[0][0] == "ACCUSE":
        assert [e.target.country for e in d.events if e.event_type == "ACCUSE"] == ["ETH"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # pressure at sea, an act called unjustified, backing, a doctrine opposed, a promise at home
        (["Turkish frigates harassed a Cypriot survey ship.", '"This is a blatant violation of international law," the Cypriot government spokesman said.'],
         [("ACCUSE", "CYP", "TUR"), ("COERCE", "TUR", "CYP")]),
        (["Nicaragua expelled two Costa Rican diplomats on Thursday.", "Costa Rica's foreign minister called the expulsion unjustified and arbitrary."],
         [("ACCUSE", "CRI", "NIC"), ("SANCTION", "NIC", "CRI")]),
        (["Egypt said it stood firmly behind Mogadishu."], [("SUPPORT", "EGY", "SOM")]),
        (["Kim told Li that North Korea would work with Beijing to oppose hegemonism."], [("AGREE", "PRK", "CHN")]),
        (["Kim Jong Un pledged to build a monument in Pyongyang to the soldiers who died in the fighting."], []),
        # a summit's outcome welcomed is the summit's parties'
        (["Lee and Ishiba held a summit in Tokyo on Saturday.", "The U.S. State Department welcomed the outcome of the summit."],
         [("CONSULT", "JPN", "KOR"), ("CONSULT", "KOR", "JPN"), ("SUPPORT", "USA", "JPN"), ("SUPPORT", "USA", "KOR")]),
    ],
)
def test_round_fourteen_held_out_acts_and_targets(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


def test_the_bloc_of_an_official_named_with_her_union(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The European Union's foreign policy chief, Kaja Kallas, said the bloc stood in solidarity with the Netherlands.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("SUPPORT", "EUR", "NLD")]


def test_a_conspiracy_told_by_a_state_is_its_charge(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Nicaragua's foreign ministry said the two Costa Rican diplomats had conspired with agents of imperialism.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("ACCUSE", "NIC", "CRI")]
    d = code(stages, "Beijing said Washington was meddling in its internal affairs.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("ACCUSE", "CHN", "USA")]
    # (a thing that interferes is nobody's misdeed)
    assert not code(stages, "Seoul said the jamming had interfered with flights near the border.").events


def test_charges_over_an_act_and_charges_by_firms(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "More details were not released.", title="U.S. charges North Koreans over IT worker scheme")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("COERCE", "USA", "PRK")]
    # (a firm charging its customers coerces nobody)
    assert not code(stages, "The company charged customers over the limit.").events


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a threat is aimed at whoever its condition names (subject or passive agent)
        (["South Korea's fisheries ministry said it would consider countermeasures if China added more facilities in the zone."], [("THREATEN", "KOR", "CHN")]),
        (["North Korea said it would not hesitate to exercise its right to self-defence if its sovereignty was violated by the United States."],
         [("THREATEN", "PRK", "USA")]),
        # a warning going on from a condemnation, a concern joined to a demand: the same party
        (["North Korea condemned the arrival of a US aircraft carrier in Busan, warning that it would take countermeasures."],
         [("ACCUSE", "PRK", "USA"), ("THREATEN", "PRK", "USA")]),
        (['"We expressed serious concern and strongly urged the Chinese side to respect our interests," the South Korean deputy minister said.'],
         [("ACCUSE", "KOR", "CHN"), ("REQUEST", "KOR", "CHN")]),
        # a response promised to any provocation answers the one the speaker just condemned
        (['"Our military strongly condemns the North\'s provocation," the JCS said in a statement.',
          'The JCS also warned that the military would respond "overwhelmingly" to any provocation.'],
         [("ACCUSE", "KOR", "PRK"), ("THREATEN", "KOR", "PRK")]),
    ],
)
def test_round_fifteen_threats_and_joined_words(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


def test_round_fifteen_one_act_a_year_ago_and_rebuttals(stages) -> None:  # type: ignore[no-untyped-def]
    # one expulsion last year is an act, whatever its size
    assert _has(code(stages, "Russia expelled 23 British diplomats last year."), {"SANCTION"}, "RUS", "GBR")
    # a rejected suggestion or statement answers whoever made it
    d = code(stages, "Dhaka accused India of violating border agreements.", "Indian foreign ministry spokesman Randhir Jaiswal rejected suggestions that India had broken any agreement.")
    assert _has(d, {"REJECT"}, "IND", "BGD")
    d = code(stages, "North Korea called the carrier visit a provocation.", "South Korea's defence ministry dismissed the statement.")
    assert _has(d, {"REJECT"}, "KOR", "PRK")


def test_round_fifteen_a_person_the_parser_took_for_a_place(stages) -> None:  # type: ignore[no-untyped-def]
    # a Korean name, or a name with a person's role after it, is nobody's state code
    e = prim(stages, "The Central Court in Pyongyang convicted Park Jung-ho, a South Korean missionary, on Wednesday of spying.")
    assert (e.target.kind, e.target.country) == ("person", "KOR")
    e = prim(stages, "North Korea detained Kim Jung-wook in 2013.")
    assert e.target.kind == "person" and e.target.country != "KIM"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the act a pact, a theft or a dialogue names is its parties'
        (["Japan and the Philippines signed an agreement on Tuesday.", "China's foreign ministry criticised the deal.", "The United States welcomed the agreement."],
         [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "CHN", "PHL"), ("SUPPORT", "JPN", "PHL"), ("SUPPORT", "PHL", "JPN"), ("SUPPORT", "USA", "JPN"), ("SUPPORT", "USA", "PHL")]),
        (["North Korean hackers stole data from a South Korean shipbuilder.", "The South Korean foreign ministry condemned the theft."],
         [("ACCUSE", "KOR", "PRK"), ("COERCE", "PRK", "KOR")]),
        (["The US State Department said it welcomed the dialogue between Seoul and Beijing."],
         [("CONSULT", "CHN", "KOR"), ("CONSULT", "KOR", "CHN"), ("SUPPORT", "USA", "CHN"), ("SUPPORT", "USA", "KOR")]),
        # no sign of yielding, a name given to the act judged, a risk, a hold kept up, a protest that is the act
        (["Pyongyang showed no sign of backing down."], []),
        (["NATO Secretary General Mark Rutte condemned what he called Russia's hybrid attacks against allies."], [("ACCUSE", "NATO", "RUS")]),
        (["Security forces detained the opposition leader, in a move that threatens to unravel a fragile peace deal."], [("COERCE", None, None)]),
        (["Israeli troops have occupied the zone since the fall of Bashar al-Assad in December."], []),
        (["Algeria declared 12 French employees persona non grata in protest at the arrest in Paris last week of an Algerian consular officer."],
         [("COERCE", "FRA", "DZA"), ("SANCTION", "DZA", "FRA")]),
    ],
)
def test_round_fifteen_referred_acts_and_background(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


@pytest.mark.parametrize(
    "paragraphs, title, expected",
    [
        # a past tense the parser read as a participle of the sentence's only phrase
        (["Japan's Air Self-Defense Force scrambled fighter jets on Wednesday."], None, [("MOBILIZE", "JPN", None)]),
        (["South Korean forces raised their readiness posture along the border."], None, [("MOBILIZE", "KOR", None)]),
        # a protest note handed over; a high commissioner summoned
        (["Azerbaijan's Deputy Foreign Minister Elnur Mammadov handed Russian Ambassador Mikhail Yevdokimov a protest note on Tuesday."], None,
         [("ACCUSE", "AZE", "RUS")]),
        (["India responded on Monday by summoning Bangladesh's acting deputy high commissioner."], None, [("ACCUSE", "IND", "BGD")]),
        # a launch into the sea from near the inter-Korean border is aimed at nobody
        (["North Korea fired about 10 rockets into the Yellow Sea from an area near the inter-Korean border on Wednesday."], None, [("MOBILIZE", "PRK", None)]),
        # the one a relative clause accuses is the noun it stands for
        (["Polish Defence Minister Wladyslaw Kosiniak-Kamysz said Poland faced a threat from Russia, which he accused of waging a hybrid war against Europe."],
         None, [("ACCUSE", "POL", "RUS")]),
        # a state's own fighters are no target of their scramble
        (["The Defence Ministry gave no further details."], "Japan scrambles fighters as Chinese drones fly near Yonaguni",
         [("MOBILIZE", "CHN", "JPN"), ("MOBILIZE", "JPN", None)]),
    ],
)
def test_round_fifteen_misread_verbs_and_their_parties(stages, paragraphs: list, title: str | None, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs, title=title)
    assert _stated(d) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the fight or the expulsion told again as a bare noun is no new act
        (["Rival militias fought in Tripoli on Tuesday.", "Witnesses reported heavy machine-gun fire near the old airport road."], [("ASSAULT", "LBY", None)]),
        # an act called unfriendly, a response foretold: the speaker's against whoever did it
        (["Moldova expelled three Russian diplomats on Wednesday.",
          '"These expulsions are an unfriendly step, and there will be a reciprocal response," Russian Foreign Ministry spokeswoman Maria Zakharova said.'],
         [("ACCUSE", "RUS", "MDA"), ("SANCTION", "MDA", "RUS"), ("THREATEN", "RUS", "MDA")]),
        # restraint asked of the sides of the fight just told
        (["Thai troops shelled Cambodian positions on Monday.", "China urged calm."], [("ASSAULT", "THA", "KHM"), ("REQUEST", "CHN", "KHM"), ("REQUEST", "CHN", "THA")]),
        # whoever declares diplomats persona non grata summons their ambassador
        (["The Moldovan foreign ministry declared three Russian diplomats persona non grata and summoned Russian Ambassador Oleg Ozerov."],
         [("ACCUSE", "MDA", "RUS"), ("SANCTION", "MDA", "RUS")]),
    ],
)
def test_round_fifteen_retold_acts_and_answers(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


def test_round_fifteen_two_subjects_of_a_headline_and_a_call_s_purpose(stages) -> None:  # type: ignore[no-untyped-def]
    # headline "X, Y agree": two parties, the second no title of the first
    d = code(stages, "The talks lasted two hours.", title="Lee, Mongolian president agree to expand minerals cooperation")
    assert {(e.event_type, e.source.country, e.target.country) for e in d.events} == {("AGREE", "KOR", "MNG"), ("AGREE", "MNG", "KOR")}
    # a call made to express solidarity expresses it to whom it reached
    d = code(stages, "Turkish Foreign Minister Hakan Fidan telephoned his Azerbaijani counterpart Jeyhun Bayramov on Wednesday to express solidarity.")
    assert _has(d, {"SUPPORT"}, "TUR", "AZE") and _has(d, {"CONSULT"}, "TUR", "AZE")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a charge told as what a state uses something for; an act called terrorism, by whoever ordered it
        (['"Russia is using these rusting tankers to dodge sanctions," Estonian Defence Minister Hanno Pevkur said.'], [("ACCUSE", "EST", "RUS")]),
        (['"This was an act of terrorism ordered and paid for by Russian intelligence services," Lithuanian Prosecutor General Nida Grunskiene said.'],
         [("ACCUSE", "LTU", "RUS")]),
        # ties deepened by a signing are what the signing does
        (["Japan and the Philippines signed an agreement on Tuesday allowing their forces to share supplies during joint exercises, "
          "deepening defence ties as both countries face growing pressure from China."],
         [("SUPPORT", "JPN", "PHL"), ("SUPPORT", "PHL", "JPN")]),
        # men charged with no state named are held at home, not the state they worked for
        (["Lithuanian prosecutors on Thursday charged four men with carrying out sabotage on behalf of Russia's GRU military intelligence."],
         [("COERCE", "LTU", "LTU")]),
    ],
)
def test_round_fifteen_charges_in_quotes_and_results(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # standing with an ally in defending it is support (promised: an intent), no threat
        (['"Pyongyang will always stand on the side of our Russian comrades in defending their sovereignty," Choe said.'], [("AGREE", "PRK", "RUS")]),
        # inspectors expelled from a state were expelled by it
        (["Two Russian diplomats were expelled from Moldova on Monday."], [("SANCTION", "MDA", "RUS")]),
        # the signers held the talks the signing came after
        (["Foreign Minister Cho Hyun and US Deputy Secretary of State Christopher Landau signed the deal in Seoul after talks that lasted about an hour."],
         [("CONSULT", "KOR", "USA"), ("CONSULT", "USA", "KOR"), ("SUPPORT", "KOR", "USA"), ("SUPPORT", "USA", "KOR")]),
        # what a request hopes a third state does, and what a resolution bans, are no acts
        (["South Korea asked Beijing to play a constructive role in persuading North Korea to halt its nuclear programme."], [("REQUEST", "KOR", "CHN")]),
        (["South Korea urged Moscow to abide by UN Security Council resolutions banning arms trade with North Korea."], [("REQUEST", "KOR", "RUS")]),
    ],
)
def test_round_fifteen_sides_expulsions_and_asked_acts(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d, ("asserted", "future", "hypothetical", "reported")) == expected


def test_round_fifteen_a_note_s_recipient_and_a_meeting_s_promise(stages) -> None:  # type: ignore[no-untyped-def]
    # what a note sent to a state asks is asked of that state
    d = code(stages, "Dhaka sent a diplomatic note to New Delhi requesting the extradition of Sheikh Hasina.")
    assert _has(d, {"REQUEST"}, "BGD", "IND")
    # a promise joined to a meeting is made to whom one met
    d = code(stages, "Putin met North Korea's foreign minister.", title="Putin meets North Korean foreign minister, vows deeper ties")
    assert _has(d, {"AGREE"}, "RUS", "PRK", "vows")


def test_round_fifteen_any_act_and_an_envoy_of_no_named_state(stages) -> None:  # type: ignore[no-untyped-def]
    # "any dialogue" names no dialogue told before
    d = code(stages, "Syria and Israel held talks in Baku.", "Turkey said it supported any dialogue that preserved Syria's territorial integrity.")
    assert not _has(d, {"SUPPORT"}, "TUR", "ISR")
    # an ambassador with no state in sight is not given the story's own
    d = code(stages, "Azerbaijan summoned Russia's envoy on Monday.", "Deputy Foreign Minister Elnur Mammadov handed Ambassador Mikhail Yevdokimov a protest note on Tuesday.")
    assert not [e for e in d.events if e.sentence_index == 1 and e.target is not None and e.target.country == "AZE"]


def test_round_fifteen_a_summing_up_phrase_and_a_second_subject(stages) -> None:  # type: ignore[no-untyped-def]
    # ", the latest in a series of such flights" is no object of the flight, and the jets
    # the parser made a second subject of "flew" are what was scrambled
    first = ("Japan's Air Self-Defense Force scrambled fighter jets on Wednesday after two Chinese military drones flew between Yonaguni island "
             "and Taiwan, the Defence Ministry said, the latest in a series of such flights near Japan's westernmost territory.")
    d = code(stages, first, "The drones flew into the Pacific and back.")
    got = {(e.event_type, e.source.country if e.source else None, e.sentence_index) for e in d.events}
    assert ("MOBILIZE", "JPN", 0) in got and ("MOBILIZE", "CHN", 0) in got
    assert not [e for e in d.events if e.source is not None and e.source.sector == "MIL" and "jets" in e.source.text]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an assessment dismissed answers whoever made it; a rejection of "any attempt" answers the accuser
        (["South Korea's spy agency said Russia had shipped missiles to North Korea.", 'Russia\'s embassy in Seoul dismissed the intelligence assessment as "groundless speculation."'],
         [("AID", "RUS", "PRK"), ("REJECT", "RUS", "KOR")]),
        (["Venezuela accused Colombia of backing a sabotage plot.", '"Colombia rejects any attempt to link our government to alleged destabilisation plans," the ministry said.'],
         [("ACCUSE", "VEN", "COL"), ("REJECT", "COL", "VEN")]),
        # acts judged with no name of their own are those of whom the same state just accused
        (["Vietnam accused China's coast guard of boarding a Vietnamese fishing boat.",
          '"These acts seriously violate Vietnam\'s sovereignty over the Hoang Sa archipelago," spokeswoman Pham Thu Hang told a regular briefing.'],
         [("ACCUSE", "VNM", "CHN"), ("ACCUSE", "VNM", "CHN")]),
        # an act judged is its author's, not its victims'
        (["U.S. Ambassador Marc Knapper said China's harassment of Vietnamese fishermen was unacceptable."], [("ACCUSE", "USA", "CHN"), ("COERCE", "CHN", "VNM")]),
        # a count since an event of a named year is a tally
        (["Venezuela's government says it has detained more than 100 foreigners on conspiracy charges since the disputed July 2024 election."], []),
    ],
)
def test_round_fifteen_held_out_answers_and_judgements(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs)
    assert _stated(d) == expected


@pytest.mark.parametrize(
    "paragraphs, title, expected",
    [
        # a release asked for one's own national is asked of whoever holds him
        (["Venezuela arrested a Spanish citizen on Saturday.", "Spanish Foreign Minister Jose Manuel Albares called for the Spanish detainee's immediate release."], None,
         [("COERCE", "VEN", "ESP"), ("REQUEST", "ESP", "VEN")]),
        # the crew of boats just seized are the boats' people, not the seizing state's
        (["South Korea's coast guard seized three Chinese fishing boats and detained 27 crew members."], None, [("COERCE", "KOR", "CHN")]),
        # a seizure of a boat is no act at home; a boat sheltering from a storm gives no asylum
        (["The boat was from Quang Ngai province."], "Vietnam protests Chinese seizure of fishing boat near Paracels", [("ACCUSE", "VNM", "CHN"), ("COERCE", "CHN", None)]),
        (["The Vietnamese boat was sheltering from a storm near Bombay Reef."], None, []),
    ],
)
def test_round_fifteen_detainees_crews_and_boats(stages, paragraphs: list, title: str | None, expected: list) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, *paragraphs, title=title)
    assert _stated(d) == expected


def test_round_fifteen_concern_voiced_and_batteries_shipped(stages) -> None:  # type: ignore[no-untyped-def]
    # "was concerned about X's act": a concern voiced about its author
    assert _has(code(stages, "Japan said it was seriously concerned about Russia's arms transfer to North Korea."), {"ACCUSE"}, "JPN", "RUS")
    assert _has(code(stages, "The United States is deeply concerned about China's military drills around Taiwan."), {"ACCUSE"}, "USA", "CHN")
    assert not [e for e in code(stages, "Concerned citizens gathered at the town hall.").events if e.event_type == "ACCUSE"]
    # air-defence batteries shipped are arms
    assert _has(code(stages, "Moscow had shipped two batteries to Pyongyang."), {"AID"}, "RUS", "PRK")


def test_round_fifteen_a_day_after_is_no_rate(stages) -> None:  # type: ignore[no-untyped-def]
    # "a day after" dates the act; "a day" alone after a count makes it a rate
    d = code(stages, "North Korea fired 10 rockets into the sea a day after the allies ended their drills.")
    assert _stated(d) == [("MOBILIZE", "PRK", None)]


def test_round_sixteen_a_headline_s_second_verb_and_a_relative_clause_s_object(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "US" the subject of "warns": it is whom Kim warns
    d = code(stages, "State media carried photographs.", title="Kim Jong Un inspects nuclear-powered submarine, warns US of 'strategic' response")
    assert [(e.event_type, e.source.country, e.target and e.target.country) for e in d.events if e.trigger.text == "warns"] == [("THREATEN", "PRK", "USA")]
    # a promise after a comma, left loose by the parser, is made to whom one met
    d = code(stages, "State media carried photographs.", title="Kim Jong Un meets Chinese vice-president, pledges to deepen 'traditional friendship'")
    assert _has(d, {"AGREE"}, "PRK", "CHN", "pledges")
    # a relative clause with no relative pronoun has the noun it hangs on as its object
    d = code(stages, "The United States imposed sanctions on six Chinese companies it accused of helping North Korea obtain missile parts.")
    assert _has(d, {"ACCUSE"}, "USA", "CHN", "accused") and not _has(d, {"ACCUSE"}, "USA", "PRK", "accused")


@pytest.mark.parametrize(
    "text",
    [
        "Russia, which holds a veto on the Security Council, criticised the European stance.",
        "Saudi Arabia, which has observed a truce with the Houthis since 2022, urged restraint.",
        "Israel has struck Yemen's ports several times in response.",
        "Kyiv has stepped up long-range drone attacks on Russian oil refineries since August.",
        "South Korea and Australia have held 2+2 talks since 2013.",
        "South Korea and the United States have held the tabletop exercise twice since 2023.",
        "Poland has already closed two Russian consulates since last October.",
        "Kenyan troops have been deployed in Somalia since 2011.",
    ],
)
def test_round_sixteen_what_a_party_is_or_keeps_doing_is_no_act(stages, text: str) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, text)
    assert not [e for e in d.events if e.event_type in ("REJECT", "RETREAT", "ASSAULT", "CONSULT", "COOPERATE", "SANCTION", "MOBILIZE")], [
        (e.event_type, e.evidence) for e in d.events
    ]
    # (the main clause's act stays)
    assert [e.event_type for e in d.events] == (["ACCUSE"] if "criticised" in text else ["REQUEST"] if "urged" in text else [])


def test_round_sixteen_a_word_for_a_danger_is_nobody_s_threat(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        '"Beijing\'s failure to rein in these networks is prolonging the threat that Pyongyang poses to the region," a US official said.',
        '"The dam is not a threat to anyone," an official said.',
        '"The Europeans came to Geneva with an ultimatum," an Iranian official said.',
        "Egypt fears the dam will reduce its water supply during droughts.",
    ):
        assert not [e for e in code(stages, text).events if e.event_type == "THREATEN"], text
    # (a threat with its maker stays)
    assert _has(code(stages, "Iran issued a threat against Israel."), {"THREATEN"}, "IRN", "ISR")


def test_round_sixteen_an_act_told_again_by_nobody_is_not_a_new_one(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Japan lodged a protest with South Korea.", "The protest was lodged on Saturday.", "The expulsions were announced on Thursday.")
    assert [(e.sentence_index, e.event_type) for e in d.events] == [(0, "ACCUSE")]
    d = code(stages, '"The exercise will be a first step," an official said.')
    assert not d.events


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Greece dispatched a frigate to the area on Tuesday.", ("MOBILIZE", "GRC", None)),
        ("Japan's foreign minister called his South Korean counterpart on Monday.", ("CONSULT", "JPN", "KOR")),
        ("Bangkok shut all border crossings with Cambodia on Thursday.", ("SANCTION", "THA", "KHM")),
        ("The Philippine coast guard radioed warnings to the Chinese vessel.", ("THREATEN", "PHL", "CHN")),
        ("South Korean Defence Minister Ahn Gyu-back called the Philippines a key partner.", ("SUPPORT", "KOR", "PHL")),
        ('"Egypt will not stand idly by while its water security is threatened," the foreign minister said.', ("THREATEN", "EGY", None)),
    ],
)
def test_round_sixteen_common_wire_verbs(stages, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, text)
    assert [(e.event_type, e.source.country, e.target and e.target.country) for e in d.events] == [expected]


def test_round_sixteen_a_speaker_urging_it_after_what_he_said(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "urged" to what was said: the speaker urges, "it" is Iran
    d = code(stages, "The foreign ministers of Britain, France and Germany said Iran had chosen confrontation and urged it to reconsider.")
    assert sorted((e.event_type, e.source.country, e.target.country) for e in d.events) == [
        ("REQUEST", "DEU", "IRN"), ("REQUEST", "FRA", "IRN"), ("REQUEST", "GBR", "IRN")
    ]
    # (and a count between "of the" and the states: "of the three European countries")
    # (the three states the phrase stands for, each: the E3 are not the EU)
    d = code(stages, "In a joint statement, the foreign ministers of the three European countries said Iran had chosen confrontation and urged it to reconsider.")
    assert sorted((e.event_type, e.source.country, e.target.country) for e in d.events) == [
        ("REQUEST", "DEU", "IRN"), ("REQUEST", "FRA", "IRN"), ("REQUEST", "GBR", "IRN")
    ]


def test_round_sixteen_a_pact_s_topic_and_a_weapon_s_name_are_no_parties(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The Philippines and Vietnam signed an agreement on Tuesday.", title="Philippines, Vietnam sign coast guard pact")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.sentence_index == 0) == [("PHL", "VNM"), ("VNM", "PHL")]
    d = code(stages, "Ukrainian President Volodymyr Zelenskiy thanked Germany, which announced on Wednesday it would send two more Patriot systems.")
    assert not [e for e in d.events if e.target is not None and e.target.name == "Patriot"]
    # a headline's promise read as a noun after a comma is made to whom one met
    d = code(stages, "The talks were held on Thursday.", title="South Korean minister meets Hegseth, pledges bigger role")
    assert _has(d, {"AGREE"}, "KOR", "USA", "pledges")


def test_round_sixteen_acts_since_a_weekday_stay_acts(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "North Korea has fired two missiles since Monday.").events] == ["MOBILIZE"]


def test_round_sixteen_a_series_judged_and_a_name_given_are_no_new_acts(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The ministers of South Korea and Australia condemned North Korea's continued ballistic missile launches.")
    assert {e.event_type for e in d.events} == {"ACCUSE"}
    # "what it called": the name given inside the act that judges; "it" is the body, not the venue city
    d = code(stages, "The Third Committee adopted the resolution in New York on Wednesday, condemning what it called gross violations in the North.")
    assert [e.trigger.text for e in d.events] == ["condemning"] and d.events[0].target is None
    # a town words are said in is where, not whom (an attack's town is its target)
    d = code(stages, "Iran's envoy criticized the decision in Vienna.")
    assert [(e.event_type, e.target) for e in d.events] == [("ACCUSE", None)]
    assert _has(code(stages, "A Russian missile hit an oil depot in Odesa."), {"ASSAULT"}, "RUS", "UKR")


def test_round_sixteen_nobody_urges_itself(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "At a briefing in Beijing, foreign ministry spokesman Lin Jian said Japan had no right to make irresponsible remarks and urged Tokyo to stop provocations.")
    assert _has(d, {"REQUEST"}, "CHN", "JPN", "urged") and not _has(d, {"REQUEST"}, "JPN", "JPN")


def test_round_sixteen_a_participle_after_a_comma_and_talks_a_body_reported_after(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "MOSCOW, March 14 (AP) -- Russia ordered a British diplomat to leave the country on Thursday, accusing him of gathering intelligence under diplomatic cover.")
    assert [(e.event_type, e.source.country) for e in d.events if e.event_type == "ACCUSE"] == [("ACCUSE", "RUS")]
    # talks after which a body reported what two parties agreed were the parties' talks
    d = code(stages, "South Korean and Japanese officials agreed to share information, Japan's Cabinet Office said after talks in Tokyo.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "CONSULT") == [("JPN", "KOR"), ("KOR", "JPN")]


def test_round_seventeen_an_interception_judged_and_an_inquiry_into_a_detention(stages) -> None:  # type: ignore[no-untyped-def]
    # the act judged is named by its noun; an investigation opened in the same breath is a second act,
    # and it is into whoever held the detainees, not into the detainees
    d = code(stages, "Israel's navy intercepted an aid flotilla on Wednesday.",
             "Turkey's foreign ministry condemned the interception as an act of piracy and said prosecutors had opened an investigation into the detention of 24 Turkish citizens.")
    assert _has(d, {"ACCUSE"}, "TUR", "ISR", "condemned")
    inquiry = [e for e in d.events if e.mode == "investigate"]
    assert len(inquiry) == 1 and inquiry[0].source.country == "TUR" and inquiry[0].target is None
    d = code(stages, "Prosecutors launched an investigation into the arrest of the activists by Israeli forces.")
    assert [e.target.country for e in d.events if e.mode == "investigate"] == ["ISR"]


def test_round_seventeen_our_soldiers_are_the_speaker_s_and_a_result_is_of_the_act_it_follows(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, '"Rwanda continues to arm the criminals who are killing our soldiers," Burundi\'s government spokesman said.')
    assert [e.target.country for e in d.events if e.event_type == "ASSAULT"] == ["BDI"]
    d = code(stages, 'Rwanda\'s president said: "Burundi\'s army is shelling our villagers."')
    assert _has(d, {"ASSAULT"}, "BDI", "RWA")
    # the parse hangs "killing" on "accused": the rebels who attacked killed, not the accuser
    d = code(stages, "Burundi accused Rwanda on Tuesday of arming rebels who attacked an army post last week, killing nine soldiers.")
    assert [e.source.name for e in d.events if e.event_type == "ASSAULT"] == ["rebels"]


def test_round_seventeen_a_ploy_a_letter_handed_over_an_invitation_and_a_second_thing_agreed(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, 'A North Korean foreign ministry spokesperson called the offer "a deceptive ploy" to disguise Seoul\'s confrontational policy.')
    assert [e.event_type for e in d.events] == ["ACCUSE"]
    # a letter or documents handed over are no territory returned
    d = code(stages, "Karankevich handed over a personal letter from President Alexander Lukashenko.")
    assert not [e for e in d.events if e.event_type == "RETREAT"]
    assert _has(code(stages, "The rebels handed over control of the town to the army."), {"RETREAT"}, None, None, "handed over")
    # an invitation is an intent to meet; the visit it asks for has not happened
    d = code(stages, "Belarus invited Kim Jong Un to visit Minsk.")
    assert _stated(d) == [("AGREE", "BLR", "PRK")]
    # "agreed to hold X and to resume Y": both agreed, neither held yet
    d = code(stages, "The two sides agreed to hold the next round in Seoul next year and to resume working-level consultations on maritime boundaries.")
    assert {e.event_type for e in d.events if e.polarity == "asserted"} == {"AGREE"}


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a hyphenated verb the parser reads as an adjective of its object
        (["Iran test-fired cruise missiles on Thursday."], [("MOBILIZE", "IRN", None)]),
        # a rival at home denies what it was accused of; the results of the accused act are its
        (["Sudan's army accused the paramilitary Rapid Support Forces of launching a wave of drones at Port Sudan on Tuesday, setting a fuel depot ablaze.",
          "The RSF denied carrying out the strike on Wednesday."],
         [("ACCUSE", "SDN", "SDN"), ("ASSAULT", "SDN", None), ("REJECT", "SDN", "SDN")]),
        # support for a decision is for whoever made it
        (["Burkina Faso expelled two French diplomats on Wednesday.", "Mali and Niger voiced support for the decision in a joint statement on Thursday."],
         [("SANCTION", "BFA", "FRA"), ("SUPPORT", "MLI", "BFA"), ("SUPPORT", "NER", "BFA")]),
        # whose visa, not who issued it
        (["Washington revoked Colombian President Gustavo Petro's U.S. visa last month."], [("SANCTION", "USA", "COL")]),
        # a warning is aimed at whom the measures it names would hit
        (["Britain, France and Germany have warned they could move to restore U.N. sanctions on Iran by the end of the month."],
         [("THREATEN", "DEU", "IRN"), ("THREATEN", "FRA", "IRN"), ("THREATEN", "GBR", "IRN")]),
    ],
)
def test_round_seventeen_world_desk_verbs_denials_and_the_parties_judged(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # what stands despite an act is no act told
        (["Russia and North Korea opened a road bridge despite United Nations sanctions on Pyongyang."], []),
        # launches judged together are no launch told; an attack named is no attack by the namer
        (["Japanese Foreign Minister Takeshi Iwaya criticized Pyongyang's ballistic missile launches."], [("ACCUSE", "JPN", "PRK")]),
        (["Algeria on Wednesday accused Morocco of killing three of its citizens in a drone strike, calling the attack a state crime."], [("ACCUSE", "DZA", "MAR")]),
        # what is done next to a boat just boarded is done to the boat's state, not at home
        (["Chinese coast guard vessels boarded a Vietnamese fishing boat last week and confiscated its catch and equipment."], [("COERCE", "CHN", "VNM")]),
        # a ministry's spokesperson after a quote speaks for the ministry the sentence before named
        (["Russia and North Korea signed a transport agreement, the Russian government said.",
          "South Korea's Unification Ministry expressed concern on Thursday. \"We urge Russia to abide by its obligations,\" ministry spokesperson Koo Byung-sam told a briefing."],
         [("ACCUSE", "KOR", None), ("REQUEST", "KOR", "RUS"), ("SUPPORT", "PRK", "RUS"), ("SUPPORT", "RUS", "PRK")]),
    ],
)
def test_round_seventeen_held_out_background_names_and_speakers(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


def test_round_seventeen_answers_aimed_at_what_they_answer(stages) -> None:  # type: ignore[no-untyped-def]
    # a protest "after" another state's act is at that state; what the accuser said next shares its target
    assert _has(code(stages, "Japan lodged a protest after a Chinese ship entered its waters."), {"ACCUSE"}, "JPN", "CHN", "protest")
    d = code(stages, "Last month, the North's defence ministry accused Seoul of reckless provocations and said it would take corresponding measures.")
    assert _stated(d) == [("ACCUSE", "PRK", "KOR"), ("THREATEN", "PRK", "KOR")]


def test_round_seventeen_a_town_beside_a_headline_party_and_a_short_family_name(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The move was announced on Thursday.", title="U.S. sanctions North Korean bank branch in Vladivostok")
    assert _stated(d) == [("SANCTION", "USA", "PRK")]
    assert _has(code(stages, "The move was announced on Thursday.", title="Russian missiles hit power plant in Kyiv"), {"ASSAULT"}, "RUS", "UKR")
    d = code(stages, "South Korean First Vice Foreign Minister Park Yoon-joo met Chinese Executive Vice Foreign Minister Ma Zhaoxu in Beijing on Tuesday.",
             '"We are close neighbours," Ma told Park. He urged Seoul to handle Taiwan-related issues prudently.')
    assert _has(d, {"REQUEST"}, "CHN", "KOR", "urged")


def test_round_seventeen_its_ministry_and_it_after_a_minister_s_ministry(stages) -> None:  # type: ignore[no-untyped-def]
    # "its" with no state before it in its sentence is the state the sentence before named, not the headline's
    d = code(stages, 'North Korea did not immediately respond. On Monday, however, its foreign ministry accused Washington of pursuing "economic strangulation."',
             title="U.S. sanctions North Korean bank")
    assert _has(d, {"ACCUSE"}, "PRK", "USA", "accused")
    d = code(stages, "Unification Minister Chung Dong-young proposed last Wednesday that the two Koreas hold video reunions.",
             "Chung's ministry said Tuesday it deeply regretted the North's response. It urged Pyongyang to respond to the wishes of ageing separated families.")
    assert _has(d, {"REQUEST"}, "KOR", "PRK", "urged")


def test_round_seventeen_a_shooting_judged_or_investigated_is_the_shooter_s(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A North Korean soldier fired several rounds toward the South late on Monday.",
             "The United Nations Command said on Wednesday it had launched an investigation into the shooting.", "South Korea condemned the shooting.")
    assert [(e.event_type, e.target.country if e.target else None) for e in d.events if e.sentence_index > 0] == [("ACCUSE", "PRK"), ("ACCUSE", "PRK")]


def test_round_seventeen_with_a_president_a_gulf_and_a_clause_joined_to_a_dated_one(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, 'Cyprus backed Athens, with President Nikos Christodoulides calling the Turkish move "provocative."')
    assert _has(d, {"ACCUSE"}, "CYP", "TUR")
    # a gulf is a place, never a made-up state; the second clause of the headline answers the first
    d = code(stages, "HELSINKI, June 26 (AP) -- Russian border guards detained a Finnish-flagged cargo ship on Wednesday.",
             title="Russia detains Finnish-flagged cargo ship in Gulf of Finland, Helsinki demands explanation")
    assert _has(d, {"REQUEST"}, "FIN", "RUS", "demands")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a chargé d'affaires ordered out is expelled
        (["Peru's foreign minister said Lima had ordered Mexico's charge d'affaires to leave the country."], [("SANCTION", "PER", "MEX")]),
        # a state taking over a foreign firm's mine seizes the firm's property; the firm is of its demonym, not a town
        (["Niger's junta said it was taking over the uranium mine run by French group Orano.", "Orano said it would file a new claim against Niger."],
         [("ACCUSE", "FRA", "NER"), ("COERCE", "NER", "FRA")]),
        (["Niger nationalised a French-run uranium mine on Thursday."], [("COERCE", "NER", "FRA")]),
        # what somebody wants another to do has not been done
        (["Trump wants the United States to take over Greenland."], []),
    ],
)
def test_round_seventeen_expulsions_seizures_of_firms_and_wishes(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a family name only Pyongyang spells so is a North Korean's; a listed spokesperson is her state's
        (["Vice Foreign Minister Pak Myong Ho met Iranian Foreign Minister Abbas Araghchi on Tuesday."], [("CONSULT", "PRK", "IRN")]),
        # a state's own Red Cross society is the state's
        (["North Korea's Red Cross met Japanese officials in Shenyang on Tuesday."], [("CONSULT", "PRK", "JPN")]),
        # a battery moved is a deployment; a patrol blocked is coerced; seizing on the news is no seizure
        (["The United States will move a Patriot battery from South Korea to Japan."], [("MOBILIZE", "USA", None)]),
        (["Belize said Guatemalan navy boats blocked a Belize Defence Force patrol on the Sarstoon River."], [("COERCE", "GTM", "BLZ")]),
        (["North Korea seized on the news."], []),
        # a demonym before a group word in a title is the person's state
        (["Nepalese opposition leader Pushpa Kamal Dahal praised the government for standing firm."], [("SUPPORT", "NPL", "NPL")]),
    ],
)
def test_round_seventeen_held_out_names_bodies_and_moves(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # what two named states are ("Qatar and Turkey, which also mediate") is no act
        (["Qatar and Turkey, which also mediate, condemned the Israeli strikes."], [("ACCUSE", "QAT", "ISR"), ("ACCUSE", "TUR", "ISR")]),
        # a rate in the present is no act told; a series in the past is
        (['"The North is firing missiles almost every month," the lawmaker said.'], []),
        (["North Korea fired a missile every day last week."], [("MOBILIZE", "PRK", None)]),
    ],
)
def test_round_seventeen_descriptions_and_rates(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


def test_round_seventeen_urging_while_hoping_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Seoul said it hoped the talks would help, while urging Pyongyang to respond."), {"REQUEST"}, "KOR", "PRK", "urging")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a day between "called" and "for" keeps the call for
        (["China called on Wednesday for Japan to retract the remarks."], [("REQUEST", "CHN", "JPN")]),
        # an embassy's minister or official summoned is the embassy's state's
        (["South Korea's foreign ministry summoned a minister at the Chinese embassy in Seoul on Friday."], [("ACCUSE", "KOR", "CHN")]),
        (["Japan summoned a senior official of the Chinese embassy."], [("ACCUSE", "JPN", "CHN")]),
    ],
)
def test_round_seventeen_calls_and_summonses(stages, paragraphs: list, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, *paragraphs)) == expected


def test_round_seventeen_a_headline_s_reaction_after_a_comma_answers_its_first_clause(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "China's foreign ministry said it had lodged stern representations with South Korea.",
             title="S. Korean coast guard ship collides with Chinese fishing boat, Beijing lodges protest")
    assert [(e.source.country, e.target.country if e.target else None) for e in d.events if e.sentence_index == 0] == [("CHN", "KOR")]


def test_round_seventeen_a_planned_exercise_judged_is_of_those_who_will_hold_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "South Korea and the United States will hold their annual Ulchi Freedom Shield exercise from Aug. 18.",
             "North Korea's defence minister No Kwang Chol last month condemned the planned exercise as a rehearsal for invasion.")
    assert sorted(e.target.country for e in d.events if e.event_type == "ACCUSE") == ["KOR", "USA"]


def test_round_seventeen_to_lam_invites_and_an_invitation_accepted(stages) -> None:  # type: ignore[no-untyped-def]
    # a name the parser reads as "to" and its object is the subject; an invitation accepted is its maker's
    d = code(stages, "Vietnamese party chief To Lam held talks with North Korean leader Kim Jong Un in Pyongyang on Friday.",
             "To Lam invited Kim to visit Vietnam, and the North Korean leader accepted the invitation.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1 and e.polarity == "asserted"] == [
        ("AGREE", "VNM", "PRK"), ("AGREE", "PRK", "VNM")]


def test_round_seventeen_a_second_count_shares_the_first_count_s_span(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Hamas has returned the remains of 22 of the 28 deceased hostages since the ceasefire took effect on Oct. 10, and Israel has released nearly 2,000 Palestinian prisoners.")
    assert d.events == []
    # (a day of its own makes the second an act)
    assert [e.trigger.text for e in code(stages, "Russia has fired 30 missiles since January and has launched drones on Monday.").events] == ["launched"]


def test_round_seventeen_delegations_hosted_are_of_the_states_they_came_from(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Egypt hosted separate delegations from Hamas and Israel in Cairo on Wednesday.")
    assert _stated(d) == [("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")]


def test_round_eighteen_coasts_and_straits_are_places_not_parties(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korea test-fired cruise missiles off the west coast on Tuesday.")
    assert _stated(d) == [("MOBILIZE", "PRK", None)]
    d = code(stages, "A U.S. Navy destroyer sailed through the Taiwan Strait on Wednesday.")
    assert _stated(d) == [("MOBILIZE", "USA", None)]


def test_round_eighteen_people_captured_with_no_captor_named_are_held_not_attacked(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Two North Korean soldiers were captured by Ukrainian forces in January.", "The two were captured in Kursk.")
    assert [e.event_type for e in d.events] == ["COERCE", "COERCE"]
    assert [e.event_type for e in code(stages, "Russian forces captured the village.").events] == ["ASSAULT"]


def test_round_eighteen_a_test_fire_read_as_an_adjective_in_a_reported_clause(stages) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "test-fired" a modifier of "missiles", and "missiles" what Yonhap said
    for who in ("Yonhap", "the military"):
        d = code(stages, f"North Korea test-fired cruise missiles on Tuesday, {who} said.")
        assert _stated(d) == [("MOBILIZE", "PRK", None)], who


def test_round_eighteen_a_move_that_drew_a_protest_is_the_mover_s(stages) -> None:  # type: ignore[no-untyped-def]
    for s in ("North Korea test-fired cruise missiles on Tuesday, in a move that drew a protest from Tokyo.",
              "China sent ships near the islands in a move that drew protests from Manila."):
        d = code(stages, s)
        accuse = [(e.source.country, e.target and e.target.country) for e in d.events if e.event_type == "ACCUSE"]
        assert accuse in ([("JPN", "PRK")], [("PHL", "CHN")]), s
        assert all(e.target is None for e in d.events if e.event_type != "ACCUSE"), s


def test_round_eighteen_what_is_welcomed_or_rejected_is_of_whoever_did_or_said_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A U.S. destroyer sailed through the Taiwan Strait on Wednesday.",
             "China's Eastern Theater Command said it had sent naval and air forces to monitor the ship.", "Taipei welcomed the transit.")
    assert [(e.source.country, e.target and e.target.country) for e in d.events if e.event_type == "SUPPORT"] == [("TWN", "USA")]
    d = code(stages, "Thailand and Malaysia held talks on Thursday.", "ASEAN Secretary-General Kao Kim Hourn welcomed the talks.")
    assert sorted(e.target.country for e in d.events if e.event_type == "SUPPORT") == ["MYS", "THA"]
    d = code(stages, "Malaysia sent a diplomatic note to Thailand on Wednesday objecting to the fence.", "Thailand rejected the objection.")
    assert [(e.source.country, e.target and e.target.country) for e in d.events if e.event_type == "REJECT"] == [("THA", "MYS")]


def test_round_eighteen_what_a_state_expects_another_to_do_is_not_done(stages) -> None:  # type: ignore[no-untyped-def]
    for s in ("Seoul expects Pyongyang to return the fishermen.", '"We expect Thailand to consult us first," Malaysia\'s foreign minister told reporters.'):
        d = code(stages, s)
        assert d.events and all(e.polarity == "hypothetical" for e in d.events), s


def test_round_eighteen_a_view_shared_or_a_commitment_shown_is_not_its_owner_s_act(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The U.S. State Department said it shared South Korea's concerns.")
    assert [(e.source.country, e.target) for e in d.events] == [("USA", None)]
    d = code(stages, "Taipei welcomed the transit, saying it showed Washington's commitment to a free and open Indo-Pacific.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    # (a state showing its own support does support)
    assert _stated(code(stages, "Japan showed its support for Ukraine.")) == [("SUPPORT", "JPN", "UKR")]


def test_round_eighteen_what_a_proposal_is_for_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    for s in ("South Korea proposed military talks with North Korea to prevent border clashes.",
              "South Korea on Wednesday proposed holding military talks with North Korea to agree on a clear reference line along the border."):
        assert _stated(code(stages, s)) == [("AGREE", "KOR", "PRK")], s
    d = code(stages, "South Korea proposed military talks with North Korea on Wednesday.",
             '"We propose that the two sides sit down for military talks," Deputy Defence Minister Kim Hong-cheol said.')
    assert [(e.source.country, e.target and e.target.country) for e in d.events if e.sentence_index == 1] == [("KOR", "PRK")]
    # (an offer to do something is still the offer)
    assert [e.cameo_code for e in code(stages, "Russia offered to send troops to help Venezuela.").events] == ["0332"]


def test_round_eighteen_sanctions_in_force_and_ties_that_deepen_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, "Seoul asked Laos to uphold UN sanctions on the North.")) == [("REQUEST", "KOR", "LAO")]
    assert [e.event_type for e in code(stages, "North Korea has condemned Canada's role in the sanctions monitoring mission.").events] == ["ACCUSE"]
    d = code(stages, "A North Korean delegation signed trade agreements with Russian officials on Wednesday, the latest sign of deepening economic ties between the two countries.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    d = code(stages, "Russian warships arrived in North Korea on Monday as military ties between the two countries deepen.")
    assert "COOPERATE" not in {e.event_type for e in d.events}
    # (states deepening their ties do act)
    assert _stated(code(stages, "Russia and North Korea deepened their military ties last year.")) == [("COOPERATE", "PRK", "RUS"), ("COOPERATE", "RUS", "PRK")]


def test_round_eighteen_a_courtesy_call_is_a_visit_and_a_port_call_a_show_of_force(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Choe also paid a courtesy call on President Thongloun Sisoulith of Laos.")
    assert [(e.event_type, e.cameo_code, e.target.country) for e in d.events] == [("CONSULT", "042", "LAO")]
    d = code(stages, "The ships arrived on Monday.", title="Russian warships make rare port call in North Korea")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 0] == [("MOBILIZE", "RUS", "PRK")]


def test_round_eighteen_quarrels_kept_for_years_and_what_began_a_span_are_background(stages) -> None:  # type: ignore[no-untyped-def]
    for s in ("India and Pakistan have fought over Kashmir since 1947.", "Hungary and Ukraine have traded barbs for years over a 2017 education law.",
              "Relations between Rwanda and Belgium have been strained since the 1994 genocide, in which some 800,000 people were killed."):
        assert code(stages, s).events == [], s
    d = code(stages, "Since seizing power in a July 2023 coup, Niger's junta has expelled French troops.")
    assert [e.trigger.text for e in d.events] == ["expelled"]
    # (an act of its own stays one)
    assert _stated(code(stages, "North Korea has fired missiles for the first time in months.")) == [("MOBILIZE", "PRK", None)]


def test_round_eighteen_pushing_a_state_to_act_and_pushing_back_people(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Belgium pushed the European Union to impose sanctions on Rwandan officials.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("REQUEST", "BEL")]
    for s in ("Russian forces pushed into the town.", "Elite forces pushed to clear out the remaining militants.", "The government pushed the bill through parliament."):
        assert code(stages, s).events == [], s
    d = code(stages, "Turkish Cypriot bulldozers entered the buffer zone on Tuesday and pushed back UN peacekeepers.")
    assert [(e.event_type, e.target.country) for e in d.events if e.trigger.text == "pushed back"] == [("COERCE", "UNO")]
    d = code(stages, "Iran executed a man convicted of spying on Thursday.", "Israel's foreign ministry condemned the hanging.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("ISR", "IRN")]


def test_round_eighteen_lexicon_gaps_found_on_world_news(stages) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("India suspended its participation in the Indus Waters Treaty with Pakistan on Wednesday.", ("SANCTION", "IND", "PAK")),
        ("Belgian Foreign Minister Maxime Prevot called Rwanda's decision disproportionate.", ("ACCUSE", "BEL", "RWA")),
        ("A British Foreign Office spokesperson said London had raised the matter with Niger's authorities.", ("ACCUSE", "GBR", "NER")),
        ("The African Union Commission said it regretted Mali's decision.", ("ACCUSE", "AFR", "MLI")),
        ("Amnesty International called Mali's decision a blow to victims.", ("ACCUSE", "NGO", "MLI")),
        ("Turkey's defence ministry said its forces had neutralised four YPG militants in northern Syria.", ("ASSAULT", "TUR", "SYR")),
    ]
    for s, want in cases:
        assert _stated(code(stages, s)) == [want], s
    d = code(stages, "Hungarian Foreign Minister Peter Szijjarto said Budapest would block any further talks on Ukraine's accession.")
    assert [(e.event_type, e.source.country, e.target.country, e.polarity) for e in d.events] == [("REJECT", "HUN", "UKR", "future")]


def test_round_eighteen_what_is_hoped_for_is_asked_and_a_hope_about_things_asks_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "China said it hoped India and Pakistan would exercise restraint and settle their differences through dialogue.")
    assert _stated(d, ("asserted", "future", "hypothetical")) == [("REQUEST", "CHN", "IND"), ("REQUEST", "CHN", "PAK")]
    assert code(stages, "Japan hoped the talks would help stabilise the region.").events == []


def test_round_eighteen_a_protest_lodged_with_the_un_is_against_whoever_did_the_act(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Cyprus lodged a formal protest with the United Nations on Wednesday after Turkish troops built a road in the buffer zone.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("CYP", "TUR")]
    # (a state it is lodged with is the one protested to)
    assert _stated(code(stages, "China lodged a protest with Japan.")) == [("ACCUSE", "CHN", "JPN")]


def test_round_eighteen_the_court_told_again_is_the_court_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The African Court on Human and Peoples' Rights ordered Mali to free a politician.", "Mali's spokesman accused the court of interference.",
             "The court on Sept. 17 ordered Bamako to free former prime minister Moussa Mara.")
    assert [(e.source.country, e.target.country) for e in d.events if e.sentence_index > 0] == [("MLI", "AFR"), ("AFR", "MLI")]


def test_round_eighteen_what_a_state_backs_the_two_sides_doing_is_neither_done_nor_dated_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "South Korea on Wednesday proposed military talks with North Korea.", "Kim Yo Jong said last month that Pyongyang had no interest in any proposal from Seoul.",
             "Japan said it hoped the talks would succeed, while China said Beijing supported the two sides improving relations.")
    late = [e for e in d.events if e.sentence_index == 2]
    assert {(e.event_type, e.source.country) for e in late} == {("SUPPORT", "CHN")}
    # (since round 28 "the two sides" backed are both: a phrase standing for several states is all of them)
    assert sorted(e.target.country for e in late) == ["KOR", "PRK"]


def test_round_eighteen_held_out_world_classes(stages) -> None:  # type: ignore[no-untyped-def]
    # a border crossing both reopen is eased toward each other
    d = code(stages, "Turkey and Armenia reopened their border crossing on Friday.")
    assert _stated(d) == [("RETREAT", "ARM", "TUR"), ("RETREAT", "TUR", "ARM")]
    # whoever "any country that joins an attack" is does nothing told
    d = code(stages, "North Korea revised its law to allow pre-emptive strikes against any country that joins an attack on the North.")
    assert not any(e.target is not None and e.target.country == "PRK" for e in d.events)
    # the protest rejected is no new protest
    assert _stated(code(stages, "Libya's foreign ministry rejected the Greek protest.")) == [("REJECT", "LBY", "GRC")]
    # what a welcomed thing "would contribute to" is no promise of the welcomer (a state's own is)
    d = code(stages, "Azerbaijan welcomed the reopening, saying it would contribute to lasting peace in the South Caucasus.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    d = code(stages, "Iran welcomed the deal, saying it would cooperate with the IAEA.")
    assert "AGREE" in {e.event_type for e in d.events}


def test_round_eighteen_one_verb_read_twice_and_what_an_invitation_or_a_helper_furthers(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Turkish and Egyptian warships began a five-day joint exercise in the eastern Mediterranean on Thursday, the first such drills since 2012.")
    assert len(d.events) == 2
    d = code(stages, "Montenegro's foreign minister invited his Serbian counterpart Marko Djuric to meet him at the earliest opportunity.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("AGREE", "MNE", "SRB")]
    d = code(stages, "The U.N. Command said it stood ready to help facilitate dialogue between the two Koreas.")
    assert {e.source.country for e in d.events} == {"UNO"}


def test_round_eighteen_measures_being_prepared_are_still_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The European Union's foreign policy chief Kaja Kallas said the bloc was preparing new sanctions against Russia.")
    assert [(e.source.country, e.target.country, e.polarity) for e in d.events] == [("EUR", "RUS", "future")]
    # (preparing an offensive is a show of force already made)
    assert [e.polarity for e in code(stages, "The army prepared a new offensive.").events] == ["asserted"]


def test_round_eighteen_a_threat_is_never_against_the_state_that_makes_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korea fired a ballistic missile on Thursday.",
             '"Japan will never tolerate such provocations, and we will respond firmly to them," Japanese Chief Cabinet Secretary Yoshimasa Hayashi said.')
    assert {(e.source.country, e.target.country) for e in d.events if e.event_type == "THREATEN"} == {("JPN", "PRK")}


def test_round_eighteen_turned_back_at_the_border_and_a_response_regretted(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Montenegrin police turned back a Serbian cabinet minister at the border on Sunday.")
    assert _stated(d) == [("COERCE", "MNE", "SRB")]
    d = code(stages, '"We deeply regret North Korea\'s response," South Korean defence ministry spokesperson Jeon Ha-kyu told a briefing.')
    assert _stated(d) == [("ACCUSE", "KOR", "PRK")]


def test_round_eighteen_a_past_year_s_deed_set_off_after_a_party_says_who_it_is(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The United States, which helped broker the 1994 treaty, welcomed the extension.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    # (a deed of the story's days stays one)
    d = code(stages, "Iran, which seized a tanker on Monday, warned the United States.")
    assert {e.event_type for e in d.events} == {"COERCE", "THREATEN"}


def test_round_eighteen_an_extension_or_a_reopening_welcomed_is_of_those_who_made_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Jordan and Israel agreed on Tuesday to extend a water deal.", "The United States welcomed the extension.")
    assert sorted(e.target.country for e in d.events if e.event_type == "SUPPORT") == ["ISR", "JOR"]
    d = code(stages, "Turkey and Armenia reopened their border crossing on Friday.", "Azerbaijan welcomed the reopening.")
    assert sorted(e.target.country for e in d.events if e.event_type == "SUPPORT") == ["ARM", "TUR"]
    d = code(stages, "U.S. Ambassador Kristina Kvien called the opening of the crossing a milestone.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]


def test_round_nineteen_a_machine_s_or_a_drill_s_kind_is_no_attack(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "South Korea scrambled fighter jets and attack helicopters on Thursday.")
    assert [e.event_type for e in d.events] == ["MOBILIZE"]
    d = code(stages, "Argentina lodged a formal protest with Britain over a live-fire military exercise on the Falkland Islands.")
    assert _stated(d) == [("ACCUSE", "ARG", "GBR")]
    # (the verb of an attack on ships stays one)
    d = code(stages, "Houthi rebels attack ships in the Red Sea.")
    assert [e.event_type for e in d.events] == ["ASSAULT"]


def test_round_nineteen_a_name_before_a_second_verb_is_its_subject(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia annexed Crimea in 2014 and Ukraine cut ties with Moscow in February 2022.")
    assert {(e.event_type, e.source.country) for e in d.events} == {("COERCE", "RUS"), ("SANCTION", "UKR")}


def test_round_nineteen_him_or_her_after_an_expulsion_is_the_one_expelled(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia expelled a British diplomat on Friday, accusing him of spying.")
    assert {(e.event_type, e.target.country) for e in d.events} == {("SANCTION", "GBR"), ("ACCUSE", "GBR")}
    d = code(stages, "Sudan declared the U.N. humanitarian coordinator persona non grata on Thursday, accusing her of bias towards the Rapid Support Forces.")
    assert {(e.event_type, e.target.country) for e in d.events} == {("SANCTION", "UNO"), ("ACCUSE", "UNO")}


def test_round_nineteen_a_name_only_people_are_arrested_as_is_a_person(stages) -> None:  # type: ignore[no-untyped-def]
    # "Guanipa" had become a made-up state "GUA"
    d = code(stages, "Police arrested Guanipa on Monday, accusing him of plotting a coup.")
    assert [(e.event_type, e.target.name, e.target.kind, e.target.country) for e in d.events] == [
        ("COERCE", "Guanipa", "person", None), ("ACCUSE", "Guanipa", "person", None)]


def test_round_nineteen_a_release_or_a_contract_welcomed_is_of_those_who_made_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The Taliban released an American citizen on Tuesday.", "Secretary of State Marco Rubio welcomed the release.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "SUPPORT"] == [("USA", "AFG")]
    d = code(stages, "Indonesia signed a contract on Thursday to buy 48 jets from Turkey.", "Turkish President Tayyip Erdogan hailed the contract.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "SUPPORT" and e.sentence_index == 1] == [("TUR", "IDN")]


def test_round_nineteen_a_decision_welcomed_is_no_warning_told_after_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The European Union on Tuesday imposed sanctions on a North Korean hacking unit.",
             "A North Korean spokesperson warned that Pyongyang would respond.", "South Korea's foreign ministry welcomed the decision.")
    assert [e.target.name for e in d.events if e.event_type == "SUPPORT"] == ["European Union"]


def test_round_nineteen_a_warning_or_a_call_after_a_state_s_own_fight_is_at_its_rival(stages) -> None:  # type: ignore[no-untyped-def]
    clash = "Iranian border guards and Taliban forces exchanged fire on Wednesday."
    d = code(stages, clash, "Foreign Ministry spokesman Esmaeil Baghaei warned that Iran would not tolerate any violation of its territory.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "THREATEN"] == [("IRN", "AFG")]
    d = code(stages, clash, "Kabul called for talks to calm the situation.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "REQUEST"] == [("AFG", "IRN")]


def test_round_nineteen_an_act_with_no_object_is_denied(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Japan's defence ministry said the launch posed no immediate threat to its territory.")
    assert _stated(d) == []


def test_round_nineteen_photographs_released_are_no_release(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Japan's defence ministry released photographs showing hoses connecting the two ships.")
    assert [e.event_type for e in d.events] == []


def test_round_nineteen_a_stance_long_held_or_a_yearly_complaint_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "Pyongyang has long condemned the allied exercises as rehearsals for invasion.").events == []
    assert code(stages, "Sudan has renewed its complaint to the Security Council every year since 1958.").events == []
    # (a condemnation told stays one)
    assert [e.event_type for e in code(stages, "North Korea has condemned the drills.").events] == ["ACCUSE"]


def test_round_nineteen_a_test_counted_among_the_known_or_the_year_s_is_no_new_test(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "It was North Korea's fourth known weapons test this year.").events == []
    assert code(stages, "It was the North's fifth missile launch this year.").events == []
    assert [e.event_type for e in code(stages, "It was Shoigu's third visit to North Korea.").events] == ["CONSULT"]


def test_round_nineteen_an_onlooker_is_no_target(stages) -> None:  # type: ignore[no-untyped-def]
    for text in ("North Korea test-fired a new anti-aircraft missile on Thursday with leader Kim Jong Un watching.",
                 "North Korea test-fired a missile with Kim Jong Un looking on."):
        d = code(stages, text)
        assert [(e.event_type, e.target) for e in d.events] == [("MOBILIZE", None)]


def test_round_nineteen_a_spokesperson_for_a_ministry_is_of_its_state(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A spokesperson for North Korea's foreign ministry said the G7 had violated the country's sovereignty.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("ACCUSE", "PRK")]


def test_round_nineteen_a_trade_ban_extended_or_its_extension_approved_is_a_sanction(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Japan extended its trade ban on North Korea for two more years.")
    assert _stated(d) == [("SANCTION", "JPN", "PRK")]
    d = code(stages, "Japan's cabinet on Tuesday approved a two-year extension of its sanctions against North Korea.")
    assert _stated(d) == [("SANCTION", "JPN", "PRK")]
    # (a curfew extended stays a restriction at home)
    assert [e.event_type for e in code(stages, "Japan extended the curfew.").events] == ["COERCE"]


def test_round_nineteen_papua_new_guineans_and_intelligence_shared(stages) -> None:  # type: ignore[no-untyped-def]
    # "Papua New Guineans" had been Guinea's, and the intelligence shared a party
    d = code(stages, "Under the treaty, up to 10,000 Papua New Guineans will be able to serve in the Australian Defence Force, "
             "and the two militaries will share bases and intelligence.")
    assert sorted((e.source.country, e.target.country) for e in d.events) == [("AUS", "PNG"), ("PNG", "AUS")]


def test_round_nineteen_ordering_out_diplomats_is_an_expulsion_and_a_matched_count_a_tally(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia ordered out two Norwegian diplomats on Thursday.")
    assert [(e.event_type, e.cameo_code) for e in d.events] == [("SANCTION", "166")]
    d = code(stages, "Norway has expelled 18 Russian diplomats since 2022, and Russia has ordered out a similar number of Norwegians.")
    assert d.events == []
    assert code(stages, "The two countries share an Arctic border and still cooperate on fisheries in the Barents Sea.").events == []


def test_round_nineteen_the_judges_and_the_council_are_the_bench_and_the_council_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The International Court of Justice ruled on Tuesday that Equatorial Guinea holds sovereignty over the islands.",
             "Equatorial Guinea's vice president thanked the judges.")
    assert [(e.event_type, e.target.name) for e in d.events if e.sentence_index == 1] == [("SUPPORT", "International Court of Justice")]
    d = code(stages, "The U.N. Security Council voted on Friday to extend its peacekeeping mission in the Central African Republic.",
             "The Central African Republic's foreign minister thanked the council.")
    assert [(e.event_type, e.target.name) for e in d.events if e.sentence_index == 1] == [("SUPPORT", "UN Security Council")]


def test_round_nineteen_it_in_a_clause_on_what_was_done_is_the_doer(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia ordered two Norwegian diplomats to leave on Thursday, a week after Oslo expelled two Russian embassy staff it accused of spying.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("NOR", "RUS")]


def test_round_nineteen_a_treaty_welcomed_is_the_one_named_so(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Australia and Papua New Guinea signed a defence treaty on Monday.", "Beijing has signed a policing deal with Solomon Islands.",
             "New Zealand Prime Minister Christopher Luxon welcomed the treaty.")
    assert sorted(e.target.country for e in d.events if e.sentence_index == 2) == ["AUS", "PNG"]


def test_round_nineteen_the_two_vice_ministers_are_both_sides_of_the_talks_told(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "South Korea and Japan held a security dialogue in Seoul on Wednesday.", "The two vice ministers also agreed to hold the dialogue every year.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.sentence_index == 1) == [("JPN", "KOR"), ("KOR", "JPN")]


def test_round_nineteen_a_measure_condemned_is_of_who_took_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The United States imposed sanctions on a Brazilian judge on Wednesday.", "Lula condemned the measure.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("BRA", "USA")]
    d = code(stages, "Iran's Foreign Ministry summoned the Australian charge d'affaires and handed him a note.")
    assert "AUS" in {e.target.country for e in d.events if e.target}


def test_round_nineteen_a_request_rejected_is_no_new_request_and_a_jet_model_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The judges also rejected Sudan's request for emergency measures against the UAE.")
    assert [e.event_type for e in d.events] == ["REJECT"]
    d = code(stages, "The United States agreed to sell F-35s to the United Arab Emirates in 2020.")
    assert [(e.event_type, e.target.country) for e in d.events] == [("AGREE", "ARE")]


def test_round_nineteen_the_two_diplomats_expelled_are_of_one_state(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia ordered two Norwegian diplomats to leave on Thursday.",
             "The ministry handed Norway's ambassador a note declaring the two diplomats persona non grata.")
    assert [(e.source.country, e.target.country) for e in d.events if e.sentence_index == 1] == [("RUS", "NOR")]


def test_round_nineteen_a_protest_through_an_embassy_is_at_the_act_just_told(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korea test-fired a missile on Friday.", "Japan said it had strongly protested through its embassy in Beijing.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1] == [("ACCUSE", "JPN", "PRK")]


def test_round_nineteen_an_activity_or_a_statement_judged_is_of_who_did_or_made_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korea test-fired a missile on Friday.", "The U.S. State Department condemned the activity.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("USA", "PRK")]
    d = code(stages, "Kim Yo Jong rejected Seoul's aid offer on Friday.", "The unification ministry expressed regret over the statement but said its offer remained valid.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("KOR", "PRK")]


def test_round_nineteen_support_thanked_for_and_people_described_as_held_are_no_new_acts(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Belousov thanked No for North Korea's fraternal support in the Kursk region, the ministry said.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("SUPPORT", "RUS", "PRK")]
    d = code(stages, "The Swedish foreign minister said the embassy would handle consular matters for American citizens detained in the North.")
    assert "COERCE" not in {e.event_type for e in d.events} and "THREATEN" not in {e.event_type for e in d.events}


def test_round_nineteen_craft_entering_a_zone_or_crossing_a_border_show_force_and_people_do_not(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Two Chinese bombers entered South Korea's air defence zone on Friday.")
    assert _stated(d) == [("MOBILIZE", "CHN", "KOR")]
    d = code(stages, "A North Korean drone crossed the border on Thursday.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("MOBILIZE", "PRK")]
    assert code(stages, "Thousands of refugees crossed the border into Chad.").events == []


def test_round_nineteen_a_deed_praised_or_an_attack_deterred_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Medvedev praised North Korean soldiers for fighting alongside Russian troops in the Kursk region.")
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    assert code(stages, "Defence Minister Gen Nakatani told reporters the missiles were needed to deter attacks on Japan.").events == []
    d = code(stages, "North Korea fired a ballistic missile on Thursday.", "Japan lodged a protest through its embassy in Beijing.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("JPN", "PRK")]


def test_round_nineteen_a_decision_made_judged_and_a_vow_of_reciprocal_steps(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The State Department approved the sale of rocket launchers to Morocco on Wednesday.", "Algeria's foreign ministry condemned the decision.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("DZA", "USA")]
    d = code(stages, "Sweden expelled two Iranian diplomats on Thursday.", "Tehran vowed reciprocal steps.", "Iran said it would respond in kind.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index > 0] == [("THREATEN", "IRN", "SWE")] * 2


def test_round_nineteen_shells_from_a_state_are_its_and_a_backer_described_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Shells from Syria hit Lebanese villages on Sunday.")
    assert _stated(d) == [("ASSAULT", "SYR", "LBN")]
    d = code(stages, "The Polisario Front, which is backed by Algeria, warned Morocco.")
    assert [e.event_type for e in d.events] == ["THREATEN"]


def test_round_nineteen_two_states_breaking_off_relations_and_a_warning_dismissed(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Chile and Venezuela broke off diplomatic relations in July 2024.")
    assert sorted((e.source.country, e.target.country) for e in d.events) == [("CHL", "VEN"), ("VEN", "CHL")]
    d = code(stages, "North Korea warned the United States on Monday.", "Washington dismissed the warning.")
    assert [(e.event_type, e.source.country) for e in d.events if e.sentence_index == 1] == [("REJECT", "USA")]


def test_round_twenty_what_is_shot_down_or_shot_at_is_the_target(stages) -> None:  # type: ignore[no-untyped-def]
    # the object of "shoot" was dropped as what is fired ("fired artillery")
    d = code(stages, "North Korean jets shot down a U.S. plane in 1969.")
    assert _stated(d) == [("ASSAULT", "PRK", "USA")]
    d = code(stages, "Troops shot dead two Thai soldiers on Monday.")
    assert [(e.event_type, e.target.country) for e in d.events] == [("ASSAULT", "THA")]
    # "downed" an aircraft is an attack on its state
    d = code(stages, "Russia downed a U.S. drone over the Black Sea.")
    assert _stated(d) == [("ASSAULT", "RUS", "USA")]
    # (what is fired stays no target)
    d = code(stages, "The army fired artillery shells near a Turkish border village.")
    assert [e.target for e in d.events] == [None]


def test_round_twenty_who_suffered_an_act_objected_to_is_no_addressee(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Kenya summoned Uganda's envoy to protest against the arrest of Kenyan fishermen.")
    assert _stated(d) == [("ACCUSE", "KEN", "UGA")]
    d = code(stages, "Seoul demanded an end to the detention of South Korean missionaries.")
    assert [(e.event_type, e.target) for e in d.events] == [("REQUEST", None)]
    # nor are a state's own people whose release it seeks
    d = code(stages, "South Korea's foreign minister sought the release of South Korean workers held in a raid.")
    assert [(e.event_type, e.target) for e in d.events] == [("REQUEST", None)]
    d = code(stages, "Japanese Foreign Minister Takeshi Iwaya called for an early lifting of China's ban on Japanese seafood imports and the release of Japanese nationals detained in China.")
    assert [e.target.country for e in d.events] == ["CHN"]
    # (the doer named with "by" stays the target)
    d = code(stages, "Thailand condemned the killing of a Thai soldier by Cambodian troops.")
    assert ("ACCUSE", "THA", "KHM") in _stated(d)


def test_round_twenty_denying_a_role_or_wrongdoing_is_a_rejection(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Venezuela's government denied any role in the killing and accused Chile of staging a media show.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("REJECT", "VEN"), ("ACCUSE", "VEN")]
    d = code(stages, "Moscow denied any wrongdoing.")
    assert [e.event_type for e in d.events] == ["REJECT"]


def test_round_twenty_calling_an_act_repression_or_bullying_is_an_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    # "called the killing ..." had made the United States the killer
    d = code(stages, "The United States called the killing a chilling example of transnational repression.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("ACCUSE", "USA")]
    d = code(stages, "China called the sanctions economic coercion.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("ACCUSE", "CHN")]


def test_round_twenty_seeking_consular_access_and_sending_a_minister(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "China arrested a South Korean engineer.", "Seoul sought consular access.")
    assert [e.event_type for e in d.events if e.sentence_index == 1] == ["REQUEST"]
    d = code(stages, "Nothing else happened.", title="U.S. agents detain South Koreans; Seoul sends foreign minister to Washington")
    assert ("CONSULT", "KOR", "USA") in _stated(d)


def test_round_twenty_the_official_is_the_official_named_just_before_not_the_dateline_s_state(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(
        stages,
        "BEIJING, Nov 18 (Reuters) -- Chinese authorities have arrested a South Korean engineer, South Korea's Foreign Ministry said.",
        "The man was held in Shenyang, a ministry official said.",
        '"We have requested consular access," the official said.',
    )
    assert [(e.event_type, e.source.country) for e in d.events if e.sentence_index == 2] == [("REQUEST", "KOR")]


def test_round_twenty_a_quote_going_on_in_its_own_sentence_is_the_same_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, '"Our fishermen have fished here for generations," Guyana\'s Foreign Minister Hugh Todd said. "We call on Paramaribo to release them without delay."')
    assert _stated(d) == [("REQUEST", "GUY", "SUR")]
    # (a sentence with a speaker of its own keeps him)
    d = code(stages, '"We respect this," Todd said.', '"We call on Paramaribo to release them," Surinamese Foreign Minister Albert Ramdin said.')
    assert [e.source.country for e in d.events if e.event_type == "REQUEST"] == ["SUR"]


def test_round_twenty_a_headline_s_after_clause_names_its_own_parties(stages) -> None:  # type: ignore[no-untyped-def]
    # the protesters had become who entered the airspace, and the summoner the killers
    d = code(stages, "Nothing else happened.", title="Japan protests to Russia after military helicopter enters airspace off Hokkaido")
    # (round 32: Hokkaido is a Japanese province the gazetteer knows, so the airspace entered is Japan's)
    assert _stated(d) == [("ACCUSE", "JPN", "RUS"), ("MOBILIZE", None, "JPN")]
    d = code(stages, "Nothing else happened.", title="Mauritania summons Mali's ambassador after herders killed near border")
    assert [e.source for e in d.events if e.event_type == "ASSAULT"] == [None]
    # (one named in that clause is its party)
    d = code(stages, "Nothing else happened.", title="Seoul protests after North Korea fires missiles")
    assert _stated(d) == [("ACCUSE", "KOR", "PRK"), ("MOBILIZE", "PRK", None)]


def test_round_twenty_a_span_told_first_or_a_campaign_kept_up_since_a_year_is_a_tally(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Since 2020, at least 13 Russian diplomats have been expelled by Austria.",
        "Since January, Russia has launched 3,000 drones at Kyiv.",
        "Nigeria has fought an Islamist insurgency in its northeast since 2009.",
    ):
        assert code(stages, text).events == [], text
    # (a day's acts are still told)
    d = code(stages, "Since Monday, Russia has launched two missiles at Kyiv.")
    assert [e.event_type for e in d.events] == ["ASSAULT"]


def test_round_twenty_what_a_passive_says_was_criticised_is_the_act_told_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Austria expelled two Russian diplomats.", "The decision was criticised by Russia's embassy.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1] == [("ACCUSE", "RUS", "AUT")]


def test_round_twenty_the_commentary_is_the_state_medium_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korea's KCNA news agency on Friday mocked the report.", "The commentary accused the United States of turning the peninsula into an outpost for aggression.")
    # (the mocking is KCNA's own disapproval, of nobody named)
    assert [(e.event_type, e.source.country, e.target.country if e.target else None) for e in d.events] == [("ACCUSE", "PRK", None), ("ACCUSE", "PRK", "USA")]
    # (with no medium named, nobody)
    d = code(stages, "The commentary accused the United States of aggression.")
    assert [e.source for e in d.events] == [None]


def test_round_twenty_aid_paused_an_entry_ban_suspects_handed_over_and_a_state_designated(stages) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("New Zealand has paused NZ$18.2 million in development funding to the Cook Islands, its foreign ministry said on Thursday.", ("SANCTION", "NZL", "COK")),
        ("Israel barred two Spanish ministers from entering the country.", ("SANCTION", "ISR", "ESP")),
        ("Solomon Islands barred Taiwan from the summit on Tuesday.", ("SANCTION", "SLB", "TWN")),
        ("Tanzanian immigration officers held three Kenyan activists at the airport for several hours on Sunday.", ("COERCE", "TZA", "KEN")),
        ("Mexico on Tuesday transferred 26 suspects to the United States.", ("COOPERATE", "MEX", "USA")),
        ("Washington designated Nigeria a country of particular concern on Friday.", ("SANCTION", "USA", "NGA")),
    ]
    for text, want in cases:
        assert _stated(code(stages, text)) == [want], text


def test_round_twenty_what_an_act_is_over_is_no_party_beside_one_named(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Nothing else happened.", title="New Zealand pauses aid to Cook Islands over China deals")
    assert _stated(d) == [("SANCTION", "NZL", "COK")]
    # (a protest's "over" still names whom it is aimed at)
    d = code(stages, "Japan lodged a protest with the United Nations over China's incursions.")
    assert ("ACCUSE", "JPN", "CHN") in _stated(d)


def test_round_twenty_troops_sent_to_a_state_s_border_deploy_and_aid_nobody(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Ecuador sent 2,000 troops to the Colombian border on Monday.")
    assert _stated(d) == [("MOBILIZE", "ECU", "COL")]
    d = code(stages, "The soldiers arrived on Monday.", title="Ecuador sends troops to Colombian frontier")
    assert ("MOBILIZE", "ECU", "COL") in _stated(d)
    # (sent into a state they aid it)
    assert _stated(code(stages, "Russia sent troops to Belarus.")) == [("AID", "RUS", "BLR")]


def test_round_twenty_a_headline_s_participle_is_a_passive(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The foreign ministry announced the decision on Wednesday.", title="Two Russian diplomats expelled from Austria over spying")
    assert ("SANCTION", "AUT", "RUS") in _stated(d)
    d = code(stages, "Nothing else happened.", title="South Korean engineer arrested in China")
    assert _stated(d) == [("COERCE", "CHN", "KOR")]
    # (the state may be named in a phrase hung on another: "for 15 years in Russia")
    d = code(stages, "Nothing else happened.", title="South Korean missionary jailed for 15 years in Russia")
    assert _stated(d) == [("COERCE", "RUS", "KOR")]
    # (a sentence with a stop keeps reading a lone participle as its verb)
    d = code(stages, "Doctors from two aid groups donated medicine to Gaza.")
    assert [(e.event_type, e.source.name) for e in d.events if e.source is not None] == [("AID", "doctors")]


def test_round_twenty_a_state_is_not_its_own_partner_or_addressee_and_a_post_kept_is_no_deployment(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Lee said Seoul and Tokyo should build a future-oriented relationship.")
    assert [(e.event_type, e.target.country) for e in d.events] == [("REQUEST", "JPN")]
    d = code(stages, "Egypt hosted talks in Cairo.")
    assert [e.target for e in d.events] == [None]
    assert code(stages, "South Korea has stationed a small police detachment on Dokdo since 1954.").events == []


def test_round_twenty_one_held_in_a_state_with_nobody_named_is_held_by_it(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A South Korean former employee was detained in the Chinese city of Hefei in December 2023.")
    assert _stated(d) == [("COERCE", "CHN", "KOR")]
    d = code(stages, "Two Japanese nationals were arrested in Beijing on Monday.")
    assert _stated(d) == [("COERCE", "CHN", "JPN")]


def test_round_twenty_encouraging_objecting_to_a_proposal_and_throwing_out_an_agency(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, '"We encourage Egypt and Ethiopia to resolve their differences through dialogue," a U.S. spokesperson said.')
    assert _stated(d) == [("REQUEST", "USA", "EGY"), ("REQUEST", "USA", "ETH")]
    assert _stated(code(stages, "Tokyo objected to a South Korean proposal on Tuesday.")) == [("REJECT", "JPN", "KOR")]
    d = code(stages, "Bolivia threw out the U.S. Agency for International Development in 2013.")
    assert _stated(d) == [("SANCTION", "BOL", "USA")]


def test_round_twenty_a_region_is_nobody_accused_or_threatened(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, 'An Ethiopian spokesman accused "certain actors" of seeking to destabilise the Horn of Africa.')
    assert [(e.event_type, e.target) for e in d.events] == [("ACCUSE", None)]


def test_round_twenty_a_state_s_request_turned_down_is_no_new_request(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Mulino said Panama had turned down a U.S. request to describe the arrangement as a basing agreement.")
    assert _stated(d) == [("REJECT", "PAN", "USA")]


def test_round_twenty_a_speech_verb_joined_to_the_state_reported_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Russia's embassy in Bucharest denied that the drone was Russian and accused Romania of staging a provocation.")
    assert [(e.event_type, e.source.country, e.target.country, e.polarity) for e in d.events if e.event_type == "ACCUSE"] == [("ACCUSE", "RUS", "ROU", "asserted")]
    d = code(stages, "Russian foreign ministry spokeswoman Maria Zakharova said the case was politically motivated and accused Western powers of meddling.")
    # (the West stays a party one accuses, though no region is)
    assert _stated(d) == [("ACCUSE", "RUS", "WST")]


def test_round_twenty_the_meeting_as_a_point_in_time_is_no_new_meeting(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, '"Korea stands with the people of Ukraine," South Korean Foreign Minister Cho Hyun told reporters after the meeting.')
    assert [e.event_type for e in d.events] == ["SUPPORT"]
    # (a meeting named with its party is told)
    d = code(stages, "Cho spoke to reporters after a meeting with Zelensky.")
    assert [e.event_type for e in d.events] == ["CONSULT"]


def test_round_twenty_the_nth_time_a_state_did_something_is_a_count(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "It was the third time this year that Dhaka has summoned a Myanmar envoy over cross-border fire.").events == []
    # (the first time is the act itself)
    d = code(stages, "It was the first time that Seoul has summoned a Russian envoy.")
    assert [e.event_type for e in d.events] == ["ACCUSE"]


def test_round_twenty_states_clashing_over_a_name_or_at_a_meeting_quarrel_in_words(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Seoul and Tokyo clashed over the name at the meeting.")
    assert _stated(d) == [("ACCUSE", "JPN", "KOR"), ("ACCUSE", "KOR", "JPN")]
    # (troops clashing at a border fight)
    d = code(stages, "Thai and Cambodian troops clashed at the border.")
    assert {e.event_type for e in d.events} == {"ASSAULT"}


def test_round_twenty_one_whoever_orders_a_release_frees(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A Russian court on Thursday ordered the release of an American journalist.")
    # (the journalist in the of-phrase had made it a deportation)
    assert _stated(d) == [("RETREAT", "RUS", "USA")]
    d = code(stages, "A Pakistani court ordered the release of the opposition leader on Thursday.")
    assert [e.event_type for e in d.events] == ["RETREAT"]
    # (an order to another state to release asks it)
    d = code(stages, "The ICJ ordered Russia to release the Ukrainian sailors.")
    assert [(e.event_type, e.target.country if e.target else None) for e in d.events] == [("REQUEST", "RUS")]


def test_round_twenty_one_a_law_passed_here_does_what_it_says(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Japan's parliament passed a law that bans imports of Russian seafood.")
    assert _stated(d) == [("SANCTION", "JPN", "RUS")]
    d = code(stages, "South Korea's National Assembly passed a bill imposing sanctions on Russian firms.")
    assert [(e.event_type, e.source.sector if e.source else None) for e in d.events] == [("SANCTION", "LEG")]
    # (a rule already in force, or one only proposed, is no new act)
    assert code(stages, "Seoul has a law that bans imports of North Korean goods.").events == []
    assert code(stages, "The opposition introduced a bill that bans imports of Russian steel.").events == []
    assert code(stages, "North Korea must abide by UN resolutions banning arms trade.").events == []


def test_round_twenty_one_a_response_sworn_is_a_threat(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Israeli warplanes struck Hodeidah on Sunday, and the Houthis vowed on Monday to respond.")
    assert [(e.event_type, e.source.country) for e in d.events if e.trigger.text.startswith("vowed")] == [("THREATEN", "YEM")]
    # (a quoted adjective the parser reads as a verb still leaves the countermeasures vowed)
    d = code(stages, "Pyongyang slams allied nuclear talks, vows 'overwhelming' countermeasures")
    assert any(e.event_type == "THREATEN" and e.trigger.text == "vows" for e in d.events)
    # (responding to something that is no hostile act is no threat)
    d = code(stages, "Seoul pledged to respond to the humanitarian crisis.")
    assert all(e.event_type != "THREATEN" for e in d.events)


def test_round_twenty_one_a_question_put_is_no_demand(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "South Korea's foreign ministry, asked about the exchange at a regular briefing, said the policy should be transparent.").events == []
    assert code(stages, "When asked whether Seoul would join, Cho said no decision had been made.").events == []
    # (asking a state to do something stays a request)
    assert _stated(code(stages, "Seoul asked Tokyo to explain the plan.")) == [("REQUEST", "KOR", "JPN")]


def test_round_twenty_one_a_hard_landing_is_an_accident(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "A U.S. Army helicopter made a hard landing near Pocheon, injuring two American soldiers.").events == []


def test_round_twenty_one_instructing_one_s_own_army_to_respond_threatens_the_foe(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "North Korean leader Kim Jong Un instructed the Korean People's Army to respond with force to any violation of the border by South Korea.")
    assert _stated(d) == [("THREATEN", "PRK", "KOR")]
    d = code(stages, "Kim Jong Un instructed his troops to be on full combat readiness.")
    assert [e.event_type for e in d.events] == ["MOBILIZE"]


def test_round_twenty_one_whose_act_will_not_go_unanswered_is_threatened_by_the_speaker(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, 'Taliban spokesman Zabihullah Mujahid said Pakistan\'s attack "will not go unanswered."')
    assert _stated(d) == [("THREATEN", "AFG", "PAK")]
    d = code(stages, '"Israel\'s crimes will not go unpunished," Houthi spokesman Yahya Saree said.')
    assert _stated(d) == [("THREATEN", "YEM", "ISR")]


def test_round_twenty_one_where_a_headline_s_pair_acts_together_is_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Armenia, Azerbaijan initial peace treaty text in Washington")
    assert _stated(d) == [("SUPPORT", "ARM", "AZE"), ("SUPPORT", "AZE", "ARM")]


def test_round_twenty_one_co_hosts_of_talks_described_do_not_meet_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    assert code(stages, "Talks convened by the United States, Saudi Arabia, Egypt and the UAE have so far failed to secure a ceasefire.").events == []


def test_round_twenty_one_another_state_s_forces_shadowed_are_the_target(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "A Philippine coast guard vessel was shadowed by a Chinese navy corvette on Sunday.")
    assert _stated(d) == [("MOBILIZE", "CHN", "PHL")]
    # (forces of one's own that are moved stay no target)
    d = code(stages, "Japan scrambled fighter jets on Sunday.")
    assert _stated(d) == [("MOBILIZE", "JPN", None)]


def test_round_twenty_one_the_verb_after_a_relative_clause_set_off_by_commas_is_the_main_one(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "China, which has close ties to both countries, called on Islamabad and Kabul to exercise restraint, spokeswoman Mao Ning said.")
    assert _stated(d) == [("REQUEST", "CHN", "AFG"), ("REQUEST", "CHN", "PAK")]


def test_round_twenty_one_bearing_responsibility_to_come_threatens(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, 'The KCNA commentary said the South Korean authorities would "bear full responsibility" for the crime.')
    assert _stated(d, ("asserted", "future", "hypothetical")) == [("THREATEN", "PRK", "KOR")]
    # (one said to bear it now is accused)
    assert _stated(code(stages, "Seoul said North Korea bears full responsibility for the attack.")) == [("ACCUSE", "KOR", "PRK")]


def test_round_twenty_one_people_sent_back_are_returned(stages) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, "South Korea on Saturday sent back two North Korean fishermen.")) == [("RETREAT", "KOR", "PRK")]


def test_round_twenty_one_a_date_after_the_argument_does_not_hide_it(stages) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, "Thai troops fired on Cambodian positions on Tuesday.")) == [("ASSAULT", "THA", "KHM")]


def test_round_twenty_one_suspending_visa_free_travel_sanctions(stages) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, "The EU suspended visa-free travel for Georgian diplomats.")) == [("SANCTION", "EUR", "GEO")]


def test_round_twenty_two_a_named_person_welcomed_is_hosted(stages) -> None:  # type: ignore[no-untyped-def]
    assert _stated(code(stages, "Chinese President Xi Jinping welcomed Vladimir Putin in Beijing on Monday.")) == [("CONSULT", "CHN", "RUS")]
    assert _stated(code(stages, "Vladimir Putin was welcomed by Chinese President Xi Jinping in Beijing on Monday.")) == [("CONSULT", "CHN", "RUS")]
    # (what a person said, welcomed, is still praised)
    assert [e.event_type for e in code(stages, "Seoul welcomed Donald Trump's remarks on Monday.").events] == ["SUPPORT"]


def test_round_twenty_two_where_two_sides_trade_accusations_is_no_target(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Thailand and Cambodia traded accusations at the UN Security Council on Wednesday.")
    assert _stated(d) == [("ACCUSE", "KHM", "THA"), ("ACCUSE", "THA", "KHM")]


def test_round_twenty_two_neither_nor_denies_both_verbs(stages) -> None:  # type: ignore[no-untyped-def]
    # "neither accepts nor recognizes" had been an asserted acceptance
    d = code(stages, "China neither accepts nor recognizes the award, Lin said.")
    assert [(e.event_type, e.polarity) for e in d.events if e.polarity != "negated"] == [("REJECT", "asserted")]
    assert {e.polarity for e in code(stages, "Japan neither condemned nor praised the test.").events} == {"negated"}


def test_round_twenty_two_a_passive_past_under_would_until_is_still_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Netanyahu's office said on Monday that Israeli forces would not withdraw further until Hamas was disarmed.")
    assert "asserted" not in {e.polarity for e in d.events if e.event_type == "RETREAT"}


def test_round_twenty_two_a_body_of_one_s_own_state_is_a_target(stages) -> None:  # type: ignore[no-untyped-def]
    # "the ministry" had been dropped as if it were "each other"
    d = code(
        stages,
        "SEOUL, Nov. 27 (Yonhap) -- Defense Minister Ahn Gyu-back said on Wednesday that the ministry would again propose military talks with the North.",
        "Rep. Song Eon-seog, the party's floor leader, accused the ministry of lowering its guard.",
    )
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("KOR", "KOR")]


def test_round_twenty_two_one_of_its_attacks_is_the_launcher_s(stages) -> None:  # type: ignore[no-untyped-def]
    # the attack had lost its source behind "one of"
    d = code(stages, "Russia launched one of its largest aerial attacks of the autumn on Ukraine overnight.")
    assert _stated(d) == [("ASSAULT", "RUS", "UKR")]


def test_round_twenty_two_measures_taken_against_a_party_coerce_it(stages) -> None:  # type: ignore[no-untyped-def]
    # "control measures" had been "took control": an attack
    d = code(stages, "The China Coast Guard took control measures against Philippine vessels on Tuesday.")
    assert _stated(d) == [("COERCE", "CHN", "PHL")]
    # (measures promised still threaten)
    assert [e.event_type for e in code(stages, "China will take measures against Japan.").events] == ["THREATEN"]


def test_round_twenty_two_a_speaker_s_ally_is_no_side_it_addresses(stages) -> None:  # type: ignore[no-untyped-def]
    # "a close ally of Pakistan" had made the call praise ("called ... an ally") with nobody addressed
    d = code(stages, "India and Pakistan exchanged fire on Sunday.", "China, a close ally of Pakistan, called on both sides to remain calm.")
    assert sorted((e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1) == [("REQUEST", "CHN", "IND"), ("REQUEST", "CHN", "PAK")]


def test_round_twenty_two_the_two_countries_are_the_two_their_sentence_names(stages) -> None:  # type: ignore[no-untyped-def]
    # "North Korea's" had been set aside as an owner, so the pair came from Russia's embassy in Washington
    d = code(stages, "Russia's embassy in Washington denounced the measures.", "North Korea's ties with Russia have deepened since the two countries signed a mutual defense treaty in June 2024.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.sentence_index == 1) == [("PRK", "RUS"), ("RUS", "PRK")]
    # (the owner of an act told is still no side: "North Korea's launch ... the two countries")
    d = code(stages, "Japanese Prime Minister Takaichi met South Korean President Lee in Andong on Sunday.",
             "Takaichi told Lee that North Korea's launch of ballistic missiles was unacceptable and said the two countries must not let Pyongyang drive a wedge between them.")
    assert "PRK" not in {e.target.country for e in d.events if e.sentence_index == 1 and e.event_type == "REQUEST" and e.target is not None}


def test_round_twenty_two_the_north_s_officer_under_a_seoul_dateline_is_the_north_s(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "SEOUL (AFP) - In August last year, the North's army chief Ko Jong Chol accused Seoul of a serious provocation.")
    assert _stated(d) == [("ACCUSE", "PRK", "KOR")]


def test_round_twenty_two_people_described_as_held_are_no_detention_of_the_day(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The NIS also said a South Korean national detained in Russia since early 2024 on espionage charges remained in a detention center in Moscow.")
    assert _stated(d) == []


def test_round_twenty_two_a_blocked_draft_rejects_its_drafter(stages) -> None:  # type: ignore[no-untyped-def]
    # the drafter had been set aside as a maker, so the block took the speaker before as its target
    d = code(stages, "Japan's envoy Kazuyuki Yamazaki called on all member states to implement sanctions.", "A U.S.-drafted press statement condemning the launches was blocked by China and Russia.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1 and e.polarity != "negated"] == [("REJECT", "CHN", "USA"), ("REJECT", "RUS", "USA")]
    # (the blocked statement condemned nobody; an attempt thwarted was still made)
    assert {e.polarity for e in d.events if e.event_type == "ACCUSE"} <= {"negated"}
    d = code(stages, "An attempt to assassinate the governor was thwarted by police on Monday.")
    assert [e.polarity for e in d.events if e.event_type == "ASSAULT"] == ["asserted"]


def test_round_twenty_two_warning_shots_are_fired_at_whoever_crossed(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "The South Korean military fired warning shots after about 10 North Korean soldiers briefly crossed the Military Demarcation Line on Friday, the JCS said.")
    assert ("MOBILIZE", "KOR", "PRK") in _stated(d)


def test_round_twenty_two_the_second_thing_said_may_be_a_demand(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Kremlin spokesman Dmitry Peskov said Friday that Moscow remained open to negotiations but that Ukraine must withdraw its troops from the Donetsk region.")
    assert _stated(d) == [("REQUEST", "RUS", "UKR")]


def test_round_twenty_two_a_truce_an_act_strains_is_no_new_truce(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "The deadly strike tested the Gaza truce on Monday.").events if e.polarity != "negated"] == []


def test_round_twenty_three_more_than_a_year_after_is_background(stages) -> None:  # type: ignore[no-untyped-def]
    # the strikes had been coded, dated by the September of the clause before
    d = code(stages, "It was the fourth round since the two sides resumed contacts in September, more than a year after Israel and the United States struck Iran's nuclear facilities.")
    assert "ASSAULT" not in {e.event_type for e in d.events}
    # (a day after is news)
    d = code(stages, "The launch came a day after South Korea and the United States wrapped up a joint air drill.")
    assert ("COOPERATE", "KOR", "USA") in _stated(d)


def test_round_twenty_three_what_two_parties_discuss_is_their_topic(stages) -> None:  # type: ignore[no-untyped-def]
    # "a trilateral summit with Japan" had made Japan and China the partners
    d = code(stages, "The two ministers also discussed preparations for a trilateral summit with Japan and China's growing maritime activities in the Yellow Sea.")
    assert not {e.target.country for e in d.events if e.target is not None} & {"JPN", "CHN"}
    # (a "with" on the verb still names the partner)
    d = code(stages, "South Korea's foreign minister discussed the North's launch with his Japanese counterpart by phone.")
    assert ("CONSULT", "KOR", "JPN") in _stated(d)


def test_round_twenty_three_what_observers_say_is_a_view(stages) -> None:  # type: ignore[no-untyped-def]
    # the talks, the arms trade's help and the firing had been coded as acts
    for text in (
        "Analysts said both sides had reasons to keep talking.",
        "Experts say the arms trade has helped North Korea's military gain combat experience.",
        '"The North may respond by firing at the speakers," said Kim Dong-yup, a professor at the University of North Korean Studies.',
        '"Russia will keep supplying the North with oil," said Park Won-gon of the Korea Institute for National Unification.',
    ):
        assert _stated(code(stages, text)) == [] and [e for e in code(stages, text).events if e.polarity != "negated"] == [], text
    # (an official's word still tells an act)
    assert ("ACCUSE", "KOR", "PRK") in _stated(code(stages, "South Korea's foreign ministry said it strongly condemned North Korea's missile launch."))


def test_round_twenty_three_a_vow_that_an_act_will_not_go_unanswered_threatens(stages) -> None:  # type: ignore[no-untyped-def]
    # the vow had been a promise (AGREE) and the warning lost
    d = code(stages, "U.S. and British warplanes struck Houthi sites on Sunday.", 'Houthi spokesman Yahya Saree vowed that the strikes would "not go unanswered."')
    # (round 31: aimed at whoever struck, one event per state)
    assert sorted((e.event_type, e.source.country, e.target.country) for e in d.events if e.sentence_index == 1) == [
        ("THREATEN", "YEM", "GBR"), ("THREATEN", "YEM", "USA")
    ]


def test_round_twenty_three_regret_over_a_veto_and_concern_about_a_deployment_judge_who_did_them(stages) -> None:  # type: ignore[no-untyped-def]
    # the regret had been no event, and the concern had been aimed at nobody
    d = code(stages, "Russia vetoed the resolution on Tuesday.", "South Korea deeply regretted the veto.")
    assert ("ACCUSE", "KOR", "RUS") in _stated(d)
    d = code(stages, "The U.S. aircraft carrier arrived in Busan on Thursday.", "China's foreign ministry said it was seriously concerned about the deployment.")
    assert ("ACCUSE", "CHN", "USA") in _stated(d)


def test_round_twenty_three_restraint_asked_of_all_parties_is_asked_of_the_sides_just_told(stages) -> None:  # type: ignore[no-untyped-def]
    # the call had been aimed at nobody ("all parties" names no state)
    d = code(stages, "U.S. and British warplanes struck Houthi sites in Yemen overnight.", "Saudi Arabia called on all parties to exercise restraint and avoid escalation.")
    assert {(e.event_type, e.target.country) for e in d.events if e.sentence_index == 1 and e.target is not None} >= {("REQUEST", "YEM")}
    # (restraint asked of a party named is asked of it alone)
    d = code(stages, "U.S. and British warplanes struck Houthi sites in Yemen overnight.", "Saudi Arabia called on the Houthis to exercise restraint.")
    assert {e.target.country for e in d.events if e.sentence_index == 1 and e.target is not None} == {"YEM"}


def test_round_twenty_three_verbs_joined_before_one_object_share_it(stages) -> None:  # type: ignore[no-untyped-def]
    # the condemnation had reached only the first of the two states
    d = code(stages, "The DPRK government strongly condemns and rejects the U.S. and the ROK for escalating the military tension by staging war drills.")
    assert {("ACCUSE", "USA"), ("ACCUSE", "KOR"), ("REJECT", "USA"), ("REJECT", "KOR")} <= {(e.event_type, e.target.country) for e in d.events if e.target is not None}


def test_round_twenty_three_a_talk_had_is_a_talk_held(stages) -> None:  # type: ignore[no-untyped-def]
    # "had a separate talk" had given each side a meeting with nobody
    d = code(stages, "Choe Son Hui and the Chinese vice-premier had a separate talk on November 26.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "CONSULT") == [("CHN", "PRK"), ("PRK", "CHN")]
    # (an agreement had is no agreement made)
    assert code(stages, "Russia had an agreement with Ukraine on grain exports.").events == []


def test_round_twenty_three_a_call_told_before_what_was_said_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    # the call had been given the subject of what was said ("the seizure"), so no caller
    d = code(stages, "South Korea's chief nuclear envoy, Jung Yeon-doo, said in a phone call with his U.S. counterpart, Kevin Kim, on Monday that the seizure showed that sanctions were working.")
    assert ("CONSULT", "KOR", "USA") in _stated(d)
    # (talks told after what was said are of those who said it is about)
    d = code(stages, "Japan and South Korea agreed to expand drills, the Cabinet Office said after talks in Tokyo.")
    assert ("CONSULT", "JPN", "KOR") in _stated(d)


def test_round_twenty_three_a_chanted_slogan_is_no_act_and_names_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    # "Withdraw" had been a withdrawal and a made-up state the crowd protested against
    d = code(stages, 'About 3,000 people rallied outside the U.S. Embassy in Seoul on Tuesday, chanting "No more tributes" and "Withdraw the $10 billion demand."')
    assert [(e.event_type, e.target.country if e.target else None) for e in d.events] == [("PROTEST", "USA")]


def test_round_twenty_three_balloons_launched_from_a_state_are_its(stages) -> None:  # type: ignore[no-untyped-def]
    # the North had been the target of its own balloons, their sender lost
    d = code(stages, "About 60 balloons carrying trash were launched from the North between Saturday night and early Sunday, the JCS said.")
    assert [(e.event_type, e.source.country if e.source else None) for e in d.events] == [("COERCE", "PRK")]


def test_round_twenty_seven_a_gathering_to_protest_is_the_protest(stages) -> None:  # type: ignore[no-untyped-def]
    # the protest had been dropped as "what the march was for", though a gathering is no act of its own
    d = code(stages, "Thousands of workers gathered outside the National Assembly on Monday to protest the labor bill.")
    assert [(e.event_type, e.source.text if e.source else None) for e in d.events] == [("PROTEST", "workers")]
    # (a march is the protest: what it was for is no second one)
    d = code(stages, "Thousands of protesters marched through central Bissau to protest the new constitution.")
    assert [e.event_type for e in d.events] == ["PROTEST"]


def test_round_twenty_seven_a_rally_and_what_it_demanded_are_one_protest(stages) -> None:  # type: ignore[no-untyped-def]
    # "demanding ..." had been a second protest by the same crowd
    d = code(stages, "Protesters rallied in Seoul on Saturday demanding the resignation of the president.")
    assert [e.event_type for e in d.events] == ["PROTEST"]
    # (a party of another state named by the participle is another act)
    d = code(stages, "Hundreds of Armenians rallied outside the Azerbaijani embassy, accusing Russia of betrayal.")
    assert sorted(e.target.country for e in d.events if e.target) == ["AZE", "RUS"]
    # a demand told before "witnesses said" is the crowd's, not the witnesses' second protest
    d = code(stages, "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from Iraq, witnesses said.")
    assert [(e.event_type, e.source.country) for e in d.events] == [("PROTEST", "IRQ")]


def test_round_twenty_seven_a_story_without_dateline_is_at_home_where_its_bodies_are(stages) -> None:  # type: ignore[no-untyped-def]
    # a Seoul paper's story names "the North" most; its presidential office, police and
    # opposition had all been the North's
    d = code(
        stages,
        "North Korea halted its noise broadcasts on Thursday, a day after the South switched off its loudspeakers, the Joint Chiefs of Staff said. "
        "Pyongyang had blasted the noise toward the border since July, after the North sent trash balloons.",
        "The presidential office welcomed the North's move. The opposition criticized the decision.",
    )
    assert ("SUPPORT", "KOR", "PRK") in {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in d.events}
    assert [e.source.country for e in d.events if e.source and e.source.sector == "OPP"] == ["KOR"]
    # (a story that names several of a state's own bodies is at home there)
    d = code(
        stages,
        "North Korea halted its noise broadcasts on Thursday, a day after the South switched off its loudspeakers on orders from President Lee Jae-myung, the Joint Chiefs of Staff said.",
        "The presidential office welcomed the North's move. The unification ministry asked activists to stop sending leaflets to the North.",
        "The conservative opposition criticized the decision. The People Power Party said it would summon Defense Ministry officials to the National Assembly.",
    )
    assert {e.source.country for e in d.events if e.event_type == "ACCUSE" and e.source} == {"KOR"}
    # (one body of a state named once makes no story of that state: the firms are the North's)
    e = prim(stages, "The new sanctions target North Korean banks and shipping firms, the U.S. Treasury said.")
    assert e is not None and e.source is not None and (e.source.country, e.target.country) == ("USA", "PRK")


def test_round_twenty_seven_allies_who_talked_and_agreed_to_respond_threaten_no_ally(stages) -> None:  # type: ignore[no-untyped-def]
    # the response had borrowed the call's parties: each ally threatening the others
    d = code(stages, "The top nuclear envoys of South Korea, the United States and Japan held phone talks and agreed to respond sternly to any further provocations.")
    assert sorted((e.source.country, e.target) for e in d.events if e.event_type == "THREATEN") == [("JPN", None), ("KOR", None), ("USA", None)]


def test_round_twenty_seven_those_asked_to_press_another_are_not_condemned(stages) -> None:  # type: ignore[no-untyped-def]
    # the condemnation had borrowed the appeal's addressees
    d = code(stages, "Lebanese Prime Minister Najib Mikati condemned the strikes on Tuesday and called on the United States and France to press Israel to halt its strikes.")
    assert not [e for e in d.events if e.event_type == "ACCUSE" and e.target is not None and e.target.country in ("USA", "FRA")]
    assert {e.target.country for e in d.events if e.event_type == "REQUEST"} == {"USA", "FRA"}


def test_round_twenty_seven_staff_withdrawn_from_a_list_of_states(stages) -> None:  # type: ignore[no-untyped-def]
    # only the first state of the list had been a target
    d = code(stages, "Caracas was withdrawing its diplomatic staff from Argentina, Chile, Costa Rica, Peru and Uruguay, the foreign minister said.")
    assert {e.target.country for e in d.events if e.event_type == "SANCTION"} == {"ARG", "CHL", "CRI", "PER", "URY"}


def test_round_twenty_seven_time_given_to_act_is_no_act(stages) -> None:  # type: ignore[no-untyped-def]
    # "gives Israel 60 days to withdraw" had been an asserted withdrawal by nobody
    d = code(stages, "The ceasefire gives Israel 60 days to withdraw its troops from southern Lebanon.")
    assert [(e.event_type, e.source.country if e.source else None, e.polarity) for e in d.events] == [("RETREAT", "ISR", "hypothetical")]
    d = code(stages, "Trump gave Iran two weeks to agree to a deal.")
    assert [(e.source.country, e.polarity) for e in d.events if e.event_type == "AGREE"] == [("IRN", "hypothetical")]


def test_round_twenty_seven_fatah_al_sham_is_no_fatah(stages) -> None:  # type: ignore[no-untyped-def]
    # "Fatah" inside the Syrian front's later name had made it a Palestinian party
    d = code(stages, "The Syrian army shelled positions of the Fatah al-Sham Front near Aleppo on Monday.")
    assert [(e.target.country, e.target.sector) for e in d.events if e.target] == [("SYR", "REB")]


@pytest.mark.parametrize(
    "text",
    [
        # information made public frees nobody
        "Authorities have released sketches of three suspects.",
        # a successor seizes nothing
        "Russia's Africa Corps, which took over from Wagner, now has 2,000 men in Mali.",
        # who holds what is no act told
        "The four oblasts partially occupied by Russia have about three million residents.",
        # speech about a topic is no talks
        '"Russia continues to terrorise our people while talking about peace," Zelensky said.',
        # preparedness is no promise
        "Yoon said the allies' readiness must be flawless.",
        # neither confirmed nor denied
        "Putin later declined to deny them.",
        # wars counted, none told
        "India and Pakistan have fought two of their three wars over Kashmir.",
    ],
)
def test_round_twenty_seven_no_act_told(stages, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.event_type, e.polarity) for e in code(stages, text).events] == [], text


def test_round_twenty_seven_what_is_still_told_beside_them(stages) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type for e in code(stages, "Hamas released three Israeli hostages on Saturday.").events] == ["RETREAT"]
    assert [e.event_type for e in code(stages, "North Korea expressed its readiness to talk with Washington.").events] == ["AGREE"]
    assert [e.event_type for e in code(stages, "India and Pakistan fought a brief war in May.").events] == ["ASSAULT", "ASSAULT"]


def test_round_twenty_seven_help_refused_is_refused_by_whom_it_was_offered_to(stages) -> None:  # type: ignore[no-untyped-def]
    # the giver had become the refuser
    d = code(stages, "The North would never accept any help from the South, the spokesman said.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("REJECT", "PRK", "KOR")]


def test_round_twenty_seven_they_after_a_meeting_are_those_who_met(stages) -> None:  # type: ignore[no-untyped-def]
    # "they" had found nobody: the sentence's subject was one person
    d = code(stages, "Rubio met Cho Hyun and Motegi on Saturday.", "In a joint statement released after the meeting, they condemned North Korea's missile launches.")
    assert sorted(e.source.country for e in d.events if e.event_type == "ACCUSE") == ["JPN", "KOR", "USA"]


def test_round_twenty_seven_harmed_when_struck_is_one_attack_on_the_harmed(stages) -> None:  # type: ignore[no-untyped-def]
    # had been a killing by nobody and a strike on nobody
    d = code(stages, "A Lebanese soldier was killed on Monday when an Israeli drone struck his vehicle near Marjayoun.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("ASSAULT", "ISR", "LBN")]
    d = code(stages, "Three Ukrainian civilians were wounded when Russian drones attacked Kharkiv overnight.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("ASSAULT", "RUS", "UKR")]
    # (a body of another state hit too stays an event of its own, by the same attacker)
    d = code(stages, "Two Nigerian soldiers were killed when Boko Haram fighters attacked a UN convoy.")
    assert sorted((e.source.text, e.target.country) for e in d.events) == [("Boko Haram fighters", "NGA"), ("Boko Haram fighters", "UNO")]


def test_round_twenty_seven_speakers_and_finders_act_not_what_they_report(stages) -> None:  # type: ignore[no-untyped-def]
    # "Israel's violations ... and urged": violations urge nobody; the spokesman does
    d = code(stages, "Foreign Ministry spokesman Esmaeil Baghaei said Israel's violations proved the ceasefire was failing and urged the UN Security Council to act.")
    assert [e.source.country for e in d.events if e.event_type == "REQUEST"] == ["IRN"]
    # "determined that the RSF had committed genocide, and imposed sanctions": the finder imposes them
    d = code(stages, "The United States determined on Tuesday that the Rapid Support Forces had committed genocide in Darfur, and imposed sanctions on the group's commander Mohamed Hamdan Daglo.")
    assert [e.source.country for e in d.events if e.event_type == "SANCTION"] == ["USA"]


def test_round_twenty_seven_each_side_of_kashmir_is_its_administrator_s(stages) -> None:  # type: ignore[no-untyped-def]
    # the tourists killed in Pahalgam had taken the dateline's Pakistan
    d = code(stages, "ISLAMABAD (AP) — Pakistan's National Security Committee met on Thursday. Gunmen killed 26 tourists in Pahalgam last week.")
    assert [e.target.country for e in d.events if e.event_type == "ASSAULT"] == ["IND"]
    d = code(stages, "Indian troops shelled villages in Pakistan-administered Kashmir on Friday.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("IND", "PAK")]


def test_round_twenty_seven_aides_honorifics_and_national_bodies(stages) -> None:  # type: ignore[no-untyped-def]
    # "Kremlin aide X" had been a person of no state
    d = code(stages, "Kremlin aide Vladimir Medinsky met Ukrainian officials in Istanbul on Friday.")
    assert {(e.source.country, e.source.sector) for e in d.events} == {("RUS", "GOV")}
    # "Ms Machado" had been a body of no state beside the person
    d = code(stages, "Venezuela's opposition leader, Maria Corina Machado, rejected the result. President Nicolas Maduro blamed Ms Machado for the unrest.")
    assert [(e.target.country, e.target.kind) for e in d.events if e.event_type == "ACCUSE"] == [("VEN", "person")]
    # "the National Electoral Council (CNE)" is a state body of the story's state
    d = code(stages, "Venezuela's National Electoral Council (CNE) declared Nicolas Maduro the winner.", "Brazil called on the CNE to publish polling station data.")
    assert [(e.target.country, e.target.sector) for e in d.events if e.event_type == "REQUEST"] == [("VEN", "GOV")]


def test_round_twenty_seven_at_other_times_and_open_to_talks(stages) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs the participle on "times": the denunciation had had no source
    d = code(stages, 'Pyongyang has occasionally accepted such repatriations in silence, while at other times denouncing Seoul for "abducting" its citizens.')
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("PRK", "KOR")]
    # who is open to talks offers them (had been nobody)
    d = code(stages, "South Korean President Lee Jae-myung said he is open to talks with Pyongyang.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("KOR", "PRK")]


def test_round_twenty_seven_a_name_given_to_an_attack_is_no_second_attack(stages) -> None:  # type: ignore[no-untyped-def]
    # 'called the attack "a deliberate killing of civilians"' had been a killing by nobody of Russia's civilians
    d = code(stages, 'A Russian drone struck a bus in Sumy on Saturday, killing nine people. Zelensky called the attack "a deliberate killing of civilians".')
    assert [e.event_type for e in d.events if e.event_type == "ASSAULT"] == ["ASSAULT"]


def test_round_twenty_seven_the_committee_and_the_three_juntas(stages) -> None:  # type: ignore[no-untyped-def]
    # "the committee" had been nobody; "the three juntas" too
    d = code(stages, "Pakistan's National Security Committee met on Thursday. The committee also warned that any attempt by India to divert the flow of water would be considered an act of war.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "THREATEN"] == [("PAK", "IND")]
    d = code(stages, "Mali, Burkina Faso and Niger are ruled by military juntas. The three juntas formally left the Economic Community of West African States in January.")
    assert sorted(e.source.country for e in d.events if e.event_type == "SANCTION") == ["BFA", "MLI", "NER"]


def test_round_twenty_seven_a_response_made_is_no_threat(stages) -> None:  # type: ignore[no-untyped-def]
    # "has responded in kind" (halting its own broadcasts) had been a threat
    d = code(stages, '"We appreciate that the North has responded in kind," the spokesperson said.')
    assert "THREATEN" not in {e.event_type for e in d.events}
    # (a response promised still is one)
    d = code(stages, "North Korea will respond to the drills with force.")
    assert [e.event_type for e in d.events] == ["THREATEN"]


def test_round_twenty_seven_acts_asked_for_or_talked_of_are_not_done(stages) -> None:  # type: ignore[no-untyped-def]
    # "demands, including that Ukraine withdraw": a subjunctive, had been a withdrawal done (and the demand nobody's)
    d = code(stages, "Russia had put forward demands, including that Ukraine withdraw its troops from four oblasts.")
    assert {(e.event_type, e.source.country, e.polarity) for e in d.events} == {("REQUEST", "RUS", "asserted"), ("RETREAT", "UKR", "hypothetical")}
    # "discussed a possible meeting": talked of, not held
    d = code(stages, "The two sides had also discussed a possible meeting between Zelensky and Putin.")
    assert {e.polarity for e in d.events if e.event_type == "CONSULT"} == {"hypothetical"}


def test_round_twenty_eight_terms_of_an_act_are_no_partner(stages) -> None:  # type: ignore[no-untyped-def]
    # "with strings attached" had been taken for the partner, leaving only the state after it
    d = code(stages, "The US Congress agreed to lift embargoes on pharmaceutical sales in late February to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba.")
    assert {"IRN", "LBY", "PRK", "SDN"} <= {e.target.country for e in d.events if e.event_type == "AGREE" and e.target}


def test_round_twenty_eight_whose_decision_and_whose_ally(stages) -> None:  # type: ignore[no-untyped-def]
    # protesting "Sweden's decision to send them back to Bulgaria" is not aimed at Bulgaria
    d = code(stages, "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision to send them back to Bulgaria.")
    assert "BGR" not in {e.target.country for e in d.events if e.target}
    # "the deputy chief of Israel's militia ally" is not Israel; "Russia's ally Belarus" is Belarus
    d = code(stages, "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.")
    assert "ISR" not in {e.target.country for e in d.events if e.target}
    d = code(stages, "Ukraine condemned Russia's ally Belarus.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("UKR", "BLR")]


def test_round_twenty_eight_a_un_court_and_who_resigns(stages) -> None:  # type: ignore[no-untyped-def]
    # "the U.N. war crimes court" had been Montenegro's court, and had resigned in the minister's place
    d = code(stages, "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged part in atrocities and will resign.")
    by_trigger = {e.trigger.text: e for e in d.events if e.trigger}
    assert by_trigger["indicted"].source.country == "UNO"
    assert by_trigger["resign"].source.country == "MNE"


def test_round_twenty_eight_an_act_called_off_is_not_held(stages) -> None:  # type: ignore[no-untyped-def]
    # "agreed to postpone the demonstration" had been a demonstration in Baku, and the agreement nobody's
    d = code(stages, "Leaders of the Azadliq opposition coalition agreed to postpone the demonstration in Baku until 9 November.")
    assert [(e.event_type, e.source.sector) for e in d.events] == [("AGREE", "OPP")]
    d = code(stages, "Organisers called off the rally after police warnings.")
    assert "PROTEST" not in {e.event_type for e in d.events}


def test_round_twenty_eight_the_three_countries_listed_before(stages) -> None:  # type: ignore[no-untyped-def]
    # a sentence that merely names three states (one of them a topic) had won over the three listed as one subject
    d = code(
        stages,
        "The leaders of Japan, the United States and South Korea met in 2023. Relations between Japan and China have soured over Taiwan. The three countries agreed to hold annual summits.",
    )
    agreed = {e.source.country for e in d.events if e.event_type == "AGREE" and e.source}
    assert agreed == {"JPN", "USA", "KOR"}


def test_round_twenty_eight_places_and_suspicions_are_no_targets(stages) -> None:  # type: ignore[no-untyped-def]
    # "fought in Russia's Kursk region": where; had been an attack on Russia
    d = code(stages, "North Korean troops fought in Russia's Kursk region last year.")
    assert [e.target for e in d.events if e.event_type == "ASSAULT"] == [None]
    # "a tanker suspected of smuggling oil to North Korea": the seizure is not of North Korea
    d = code(stages, "South Korea seized a tanker suspected of smuggling oil to North Korea on Saturday.")
    assert "PRK" not in {e.target.country for e in d.events if e.target}
    # "expelled two Ivorian diplomats from Ouagadougou": whose diplomats, not the capital
    d = code(stages, "Burkina Faso expelled two Ivorian diplomats from Ouagadougou on Tuesday.")
    assert [(e.source.country, e.target.country) for e in d.events] == [("BFA", "CIV")]
    # "off Matsu": Taiwan's islands, not the Japanese town of that name
    d = code(stages, "Four Chinese coastguard vessels entered restricted waters off Matsu on Monday.")
    assert "JPN" not in {e.target.country for e in d.events if e.target}


def test_round_twenty_eight_views_and_capabilities_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "China staged drills which it sees as targeting Beijing.")
    assert "ASSAULT" not in {e.event_type for e in d.events}
    d = code(stages, "North Korea tested missiles capable of striking targets across Japan.")
    assert [e.event_type for e in d.events] == ["MOBILIZE"]
    # (an act one was able to do was done)
    d = code(stages, "Russia was able to capture the town after weeks of fighting.")
    assert [e.event_type for e in d.events] == ["ASSAULT"]


def test_round_twenty_eight_the_office_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    # "The office" after "South Korea's presidential office" had been nobody
    d = code(
        stages,
        "South Korea's presidential office convened an emergency meeting on Tuesday.",
        "The office said the launch violated U.N. resolutions and urged the North to stop raising tensions.",
    )
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "REQUEST"] == [("KOR", "PRK")]


def test_round_twenty_eight_an_onlooker_and_a_special_counsel(stages) -> None:  # type: ignore[no-untyped-def]
    # "with Kim Jong Un overseeing the launch" had made Kim the target (and the test an attack on him)
    d = code(stages, "North Korea test-fired strategic cruise missiles on Sunday, with Kim Jong Un overseeing the launch.")
    assert [(e.event_type, e.target) for e in d.events] == [("MOBILIZE", None)]
    # "a special counsel team" had been nobody
    d = code(stages, "A special counsel team indicted the former drone commander on Monday.")
    assert [e.source.sector for e in d.events if e.event_type == "COERCE"] == ["JUD"]
    # "released a graphic showing patrol routes": information, nobody freed
    d = code(stages, "China's coastguard released a graphic showing patrol routes encircling the island.")
    assert "RETREAT" not in {e.event_type for e in d.events}


def test_round_twenty_eight_inferences_are_not_told_acts(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(stages, "Experts said the timing suggested the North was protesting the allies' joint drills.")
    assert {e.polarity for e in d.events} == {"hypothetical"}
    d = code(stages, "Satellite imagery suggested Russia had moved troops to the border.")
    assert {e.polarity for e in d.events} == {"hypothetical"}
    # (what reports suggest is reported; what officials suggest is proposed)
    d = code(stages, "Preliminary reports suggest unknown militants lobbed a grenade near a police post in Srinagar.")
    assert {e.polarity for e in d.events if e.event_type == "ASSAULT"} == {"reported"}


def test_round_twenty_eight_it_after_a_trailing_attribution(stages) -> None:  # type: ignore[no-untyped-def]
    # "..., the JCS said. ... when it test-fired": the story's subject acts (had been the JCS)
    d = code(stages, "North Korea fired a missile on Tuesday, the JCS said. It was the first launch since Jan. 6, when it test-fired a hypersonic missile.")
    assert {e.source.country for e in d.events if e.event_type == "MOBILIZE"} == {"PRK"}
    # ... but the reporter is who urges ("the JCS said. It urged Pyongyang to stop")
    d = code(stages, "North Korea fired a ballistic missile on Tuesday, the JCS said.", "It urged Pyongyang to stop provocations.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "REQUEST"] == [("KOR", "PRK")]


def test_round_twenty_eight_the_regional_bloc_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    d = code(
        stages,
        "The Economic Community of West African States (ECOWAS) on Monday called on Niger to release the staff.",
        "Niger, Mali and Burkina Faso formally quit the 15-nation bloc in January.",
    )
    quit_ = [e for e in d.events if e.event_type == "SANCTION"]
    assert len(quit_) == 3 and all(e.target is not None and e.target.sector == "IGO" for e in quit_)


def test_round_twenty_eight_allowing_foreign_forces_in(stages) -> None:  # type: ignore[no-untyped-def]
    # "would allow U.S. military aircraft to use its airports" had been no event
    d = code(stages, "Trinidad and Tobago said it would allow U.S. military aircraft to use its airports.")
    assert [(e.source.country, e.target.country, e.polarity) for e in d.events] == [("TTO", "USA", "future")]
    d = code(stages, "The Philippines allowed U.S. troops to use four more bases.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("COOPERATE", "PHL", "USA")]


def test_round_twenty_eight_a_move_denounced_is_its_maker_s(stages) -> None:  # type: ignore[no-untyped-def]
    # the parse hangs "a move" on the election: the denunciation had no target
    d = code(stages, "Venezuela held an election in the disputed region last year, a move Guyana denounced as illegal.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("GUY", "VEN")]


def test_round_twenty_eight_strikes_that_killed_are_one_attack(stages) -> None:  # type: ignore[no-untyped-def]
    # "air strikes ... that killed at least five people" had been two attacks
    d = code(stages, "Lebanese President Joseph Aoun has condemned Israeli air strikes on southern Lebanon that killed at least five people.")
    assaults = [e for e in d.events if e.event_type == "ASSAULT"]
    assert [(e.source.country, e.target.country) for e in assaults] == [("ISR", "LBN")]


def test_round_twenty_eight_the_three_countries_of_the_story(stages) -> None:  # type: ignore[no-untyped-def]
    # the three listed at the top of a long report, not the three a recent sentence names in passing
    d = code(
        stages,
        "The foreign ministers of Japan, the United States and South Korea agreed on Wednesday to strengthen their security cooperation.",
        "North Korea denounced the meeting. China also voiced displeasure.",
        "Russia said it would deepen ties with Pyongyang.",
        "Japan's relations with China have soured after Tokyo said a Chinese attack on Taiwan could threaten Japan.",
        "At a summit in 2023, the three countries agreed to hold trilateral exercises every year.",
    )
    last = max(x.sentence_index for x in d.events)
    assert {e.source.country for e in d.events if e.source and e.sentence_index == last} == {"JPN", "USA", "KOR"}


def test_round_twenty_eight_also_voiced_concern_at_whom_the_others_did(stages) -> None:  # type: ignore[no-untyped-def]
    # the water cannon was three sentences back; "also" points at the condemnation just told
    d = code(
        stages,
        "Chinese coast guard ships fired water cannon at a Philippine vessel on Monday. The United States quickly backed its treaty ally. "
        "U.S. Ambassador MaryKay Carlson said on social media that Washington stands with its Philippine allies and condemned China's dangerous conduct. "
        "The State Department later reaffirmed the treaty.",
        "Japan and Australia also voiced concern.",
    )
    last = max(e.sentence_index for e in d.events)
    assert sorted((e.source.country, e.target.country) for e in d.events if e.sentence_index == last) == [("AUS", "CHN"), ("JPN", "CHN")]


def test_round_twenty_eight_an_answer_goes_to_who_asked(stages) -> None:  # type: ignore[no-untyped-def]
    # "..., and Cho expressed support": had been support for nobody
    d = code(stages, "Motegi asked for Seoul's cooperation in resolving the issue of Japanese nationals abducted by North Korea, and Cho expressed support.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "SUPPORT"] == [("KOR", "JPN")]
    d = code(stages, "Iran asked Russia for air defence systems. Moscow agreed.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "AGREE"] == [("RUS", "IRN")]


def test_round_twenty_eight_a_warning_participle_is_at_whom_its_act_was(stages) -> None:  # type: ignore[no-untyped-def]
    # the warning had been coded before the slamming and taken the last party told, the ministry
    d = code(
        stages,
        "South Korea's foreign ministry summoned the Japanese ambassador on Tuesday.",
        "North Korea slammed the United States' joint air drills as a rehearsal for war, warning that it would take \"overwhelming countermeasures.\"",
    )
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "THREATEN"] == [("PRK", "USA")]
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE" and e.sentence_index == 1] == [("PRK", "USA")]


def test_round_twenty_eight_a_launch_is_no_readiness_order(stages) -> None:  # type: ignore[no-untyped-def]
    # "the launch" had been the president's order of a readiness posture, the latest MOBILIZE told
    d = code(
        stages,
        "North Korea test-fired several cruise missiles off its west coast on Saturday.",
        "President Lee Jae-myung convened an emergency meeting and ordered a thorough readiness posture.",
        "Japan said the launch was a grave provocation.",
    )
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("JPN", "PRK")]


def test_round_twenty_eight_korean_desk_allies_are_seoul_and_washington_even_after_japan(stages) -> None:  # type: ignore[no-untyped-def]
    # "the allies" had been Japan and South Korea, the last two states named
    d = code(
        stages,
        "South Korea's foreign ministry summoned the Japanese ambassador on Tuesday.",
        "North Korea slammed the allies' joint air drills as a rehearsal for war.",
    )
    assert sorted(e.target.country for e in d.events if e.sentence_index == 1 and e.event_type == "ACCUSE") == ["KOR", "USA"]


def test_round_twenty_eight_the_two_are_the_officials_of_the_sentence_before(stages) -> None:  # type: ignore[no-untyped-def]
    # "The two" had been Japan (a partner "with" whom they work) and the United States
    d = code(
        stages,
        "The United States and Japan announced similar measures against many of the same targets earlier in the day.",
        "\"North Korea's malicious cyber activities pose a serious threat to the international community,\" First Vice Foreign Minister Park Yoon-joo said during a phone call with U.S. Deputy Secretary of State Christopher Landau on Monday.",
        "The two agreed to keep working closely with Japan to block the North's sources of revenue, according to the ministry.",
    )
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "AGREE") == [("KOR", "USA"), ("USA", "KOR")]


def test_round_twenty_eight_a_call_with_somebody_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    # the fronted quote's "North Korea" had made the call
    d = code(stages, "\"North Korea's cyber activities pose a serious threat,\" South Korean Vice Foreign Minister Park Yoon-joo said during a phone call with U.S. Deputy Secretary of State Christopher Landau.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "CONSULT"] == [("KOR", "USA")]


def test_round_twenty_eight_what_is_discussed_and_what_went_on_during_are_not_new(stages) -> None:  # type: ignore[no-untyped-def]
    # "discussed new sanctions" had been a sanction; "during the attack" a second attack by Poland
    d = code(stages, "South Korea and the United States discussed new sanctions on North Korea on Monday.")
    assert [e.event_type for e in d.events] == ["CONSULT", "CONSULT"]
    d = code(stages, "Russia launched more than 100 drones at Ukraine overnight.", "Poland scrambled fighter jets to protect its airspace during the attack.")
    assert [e.event_type for e in d.events if e.sentence_index == 1] == ["MOBILIZE"]


def test_round_twenty_eight_a_named_addressee_is_no_rival_implied(stages) -> None:  # type: ignore[no-untyped-def]
    # "called on Western allies" had been a demand of Russia, Ukraine's rival in the fight just told
    d = code(
        stages,
        "Russia launched more than 100 drones and several missiles at Ukraine overnight.",
        "President Volodymyr Zelenskiy called on Western allies to speed up deliveries of air defence systems.",
    )
    assert [(e.source.country, e.target) for e in d.events if e.event_type == "REQUEST"] == [("UKR", None)]


def test_round_twenty_eight_ships_exercises_and_villages_are_no_unknown_states(stages) -> None:  # type: ignore[no-untyped-def]
    # each had been an unknown state with no country (the ship once China's)
    d = code(stages, "Two Chinese coast guard ships performed dangerous blocking maneuvers against the BRP Datu Sanday near Scarborough Shoal on Tuesday.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "COERCE"] == [("CHN", "PHL")]
    d = code(
        stages,
        "Washington, Seoul and Tokyo staged trilateral drills on Thursday.",
        "On Friday, a North Korean defense ministry spokesperson slammed the latest Freedom Edge trilateral exercise.",
    )
    assert all(e.target is None or e.target.country for e in d.events if e.sentence_index == 1)
    assert "Freedom Edge" not in {m.text for m in d.mentions}
    d = code(stages, "Russia's defense ministry said its forces had captured the village of Novopavlivka in the Dnipropetrovsk region.")
    assert [e.target.country for e in d.events if e.event_type == "ASSAULT"] == ["UKR"]
    d = code(stages, "U.S. Defense Secretary Pete Hegseth visited the Joint Security Area with South Korean Defense Minister Ahn Gyu-back.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "CONSULT"] == [("USA", "KOR")]


def test_round_twenty_eight_background_and_contents_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    # each had been an act of its own (an attack, an attack, a sanction, an attack, an attack)
    cases = [
        "The United States and the Philippines have a 1951 mutual defense treaty that covers armed attacks on Philippine public vessels in the South China Sea.",
        "EU foreign ministers will discuss a 21st package of sanctions against Russia, targeting its shadow fleet of oil tankers.",
        "This year's talks were delayed by about a month due to scheduling issues in Washington, officials said.",
        "The ministry noted that it was the 12th such incursion this year.",
        "Ukraine's air force said air defenses shot down 402 drones and 24 missiles.",
    ]
    for text in cases:
        got = {e.event_type for e in code(stages, text).events if e.polarity == "asserted"}
        assert not got & {"ASSAULT", "SANCTION"}, (text, got)
    # (a named jet shot down is still an attack on its state)
    d = code(stages, "Turkish F-16s shot down a Russian jet near the Syrian border.")
    assert [(e.event_type, e.target.country) for e in d.events] == [("ASSAULT", "RUS")]


def test_round_twenty_eight_responding_to_what_is_called_provocations_and_the_two_koreas(stages) -> None:  # type: ignore[no-untyped-def]
    # "respond to what she called provocations" had been no threat; "the two Koreas" only the South
    # (since round 33 the damning name is also an accusation of whom it names)
    d = code(stages, 'Choe said the two countries would "jointly respond" to what she called the reckless military provocations of the U.S.')
    assert {(e.event_type, e.target.country) for e in d.events} == {("THREATEN", "USA"), ("ACCUSE", "USA")}
    d = code(stages, "Chinese Foreign Ministry spokesperson Mao Ning said Beijing supports the two Koreas improving relations through dialogue.")
    assert sorted(e.target.country for e in d.events if e.event_type == "SUPPORT") == ["KOR", "PRK"]
    # (and the measures a state takes are that state's)
    d = code(stages, 'Kim told Lavrov that the DPRK would "unconditionally support" all measures Moscow takes to defend its sovereignty.')
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("AGREE", "PRK", "RUS")]


def test_round_twenty_eight_an_offer_dismissed_is_no_new_offer_nor_talks(stages) -> None:  # type: ignore[no-untyped-def]
    # the headline's "talks" had been talks held and its "offer" (parsed as a verb) Kim's own offer
    d = code(stages, "Kim Yo-jong dismisses Seoul's talks offer as daydream.")
    assert [(e.event_type, e.source.country, e.target.country) for e in d.events] == [("REJECT", "PRK", "KOR")]
    # (and after a dateline the appositive is the subject, not its possessor)
    d = code(stages, "SEOUL -- North Korean leader Kim Jong-un's powerful sister Kim Yo-jong on Thursday flatly rejected South Korea's offer of military talks.")
    assert [e.source.name for e in d.events if e.event_type == "REJECT"] == ["Kim Yo Jong"]


def test_round_twenty_eight_a_ship_sent_to_joint_patrols_and_a_rejection_s_reason(stages) -> None:  # type: ignore[no-untyped-def]
    # the sending had been a show of force toward the Philippines beside the patrol agreed
    d = code(stages, "Canberra said it would send a warship to take part in joint patrols with the Philippine navy next week.")
    assert "MOBILIZE" not in {e.event_type for e in d.events}
    # the rejection had gone to Japan and Australia, the last to voice concern, not the state its reason names
    d = code(
        stages,
        "The U.S. ambassador said Washington condemned China's reckless conduct.",
        "Japan and Australia also expressed concern over the incident.",
        "Chinese Foreign Ministry spokesperson Lin Jian rejected the criticism, saying the United States had no right to interfere in a matter between China and the Philippines.",
    )
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "REJECT"] == [("CHN", "USA")]


def test_round_twenty_eight_the_speaker_urged_concern_over_ties_between_two_and_acts_in_response(stages) -> None:  # type: ignore[no-untyped-def]
    # "urged" had been Moscow's (the parser joins it to the clause the attack "showed")
    d = code(stages, "President Volodymyr Zelenskyy said the attack showed Moscow was not interested in peace and urged Western partners to speed up deliveries of air defense systems.")
    assert [e.source.country for e in d.events if e.event_type == "REQUEST"] == ["UKR"]
    # concern "over the cooperation between Moscow and Pyongyang" had been aimed at nobody
    d = code(stages, "South Korea's Foreign Ministry expressed concern on Sunday over the deepening military cooperation between Moscow and Pyongyang.")
    assert sorted(e.target.country for e in d.events if e.event_type == "ACCUSE") == ["PRK", "RUS"]
    # an act "in response" had been aimed at nobody
    d = code(stages, "Lee halted propaganda loudspeaker broadcasts along the border in June last year, and the North later dismantled some of its own speakers in response.")
    assert [(e.source.country, e.target.country) for e in d.events if e.source.country == "PRK"] == [("PRK", "KOR")]


def test_round_twenty_eight_both_sides_pressed_by_two_states_are_the_pair_of_the_other_clause(stages) -> None:  # type: ignore[no-untyped-def]
    # "both sides" had been nobody: every state of the sentence was taken for a speaker
    d = code(stages, "Israeli air strikes on two villages in southern Lebanon killed four people on Tuesday, Lebanon's health ministry said, "
                     "as the United States and France pressed both sides to hold direct negotiations.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "REQUEST") == [
        ("FRA", "ISR"), ("FRA", "LBN"), ("USA", "ISR"), ("USA", "LBN")]


def test_round_twenty_eight_a_meeting_due_before_is_to_come(stages) -> None:  # type: ignore[no-untyped-def]
    # "days before the delegations are due to meet" had been a guess (hypothetical), not a meeting scheduled
    d = code(stages, "The attacks came days before Ukrainian and Russian delegations are due to meet in Geneva for a new round of talks.")
    assert {e.polarity for e in d.events if e.event_type == "CONSULT"} == {"future"}


def test_round_twenty_eight_an_accusation_joined_to_a_told_clause_and_a_hyphenated_pair(stages) -> None:  # type: ignore[no-untyped-def]
    # "and accused" joined to the pluperfect told clause had been the network's, and an ordinary crime
    d = code(stages, "The U.S. Treasury Department said the network had helped funnel money, and accused the North Korean hacking group Lazarus of stealing $1.4 billion.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("USA", "PRK")]
    # "the South Korea-U.S. agreement" had been the United States' alone (the parser hangs one state on the other)
    d = code(stages, "North Korea's Kim Yo-jong also criticized the recent South Korea-U.S. agreement on building nuclear-powered submarines.")
    assert sorted(e.target.country for e in d.events if e.event_type == "ACCUSE") == ["KOR", "USA"]
    # (since round 34 the recent agreement criticised is the act judged, no new AGREE)
    assert not [e for e in d.events if e.event_type == "AGREE"]


def test_round_twenty_eight_the_e3_the_two_armies_and_the_caribbean_community(stages) -> None:  # type: ignore[no-untyped-def]
    # "The E3" had been the European Union; "the two armies" India alone; "The Caribbean Community" the Caribbean region
    d = code(stages, "The E3 urged Iran to grant International Atomic Energy Agency inspectors access to its Fordow and Natanz sites.")
    assert sorted(e.source.country for e in d.events if e.event_type == "REQUEST") == ["DEU", "FRA", "GBR"]
    d = code(stages, "Indian and Pakistani troops exchanged fire along the Line of Control overnight.",
             "The directors general of military operations of the two armies agreed to strictly observe the ceasefire.")
    assert sorted((e.source.country, e.target.country) for e in d.events if e.event_type == "AGREE") == [("IND", "PAK"), ("PAK", "IND")]
    d = code(stages, "The Caribbean Community also voiced solidarity with Guyana.")
    assert [e.source.name for e in d.events if e.event_type == "SUPPORT"] == ["CARICOM"]


def test_round_twenty_eight_a_speech_act_joined_to_a_told_clause_of_another_tense_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    # "accused" and "called on" had taken the told clause's subject (nobody) and lost their source
    d = code(stages, "The NIS said in a statement that the agent belongs to North Korea's Reconnaissance General Bureau, and accused Pyongyang of using cryptocurrency to recruit South Korean soldiers.")
    assert [(e.source.country, e.target.country) for e in d.events if e.event_type == "ACCUSE"] == [("KOR", "PRK")]
    d = code(stages, "The United Nations Secretary-General's spokesman, Stephane Dujarric, said the secretary-general was concerned by the reports and called on India and Pakistan to exercise maximum restraint.")
    assert {e.source.country for e in d.events if e.event_type == "REQUEST"} == {"UNO"}


def test_round_twenty_eight_returning_fire_is_an_attack(stages) -> None:  # type: ignore[no-untyped-def]
    # "returned fire" had been no event
    d = code(stages, "Gunmen attacked a Guyanese patrol boat on Saturday. Guyanese soldiers returned fire.")
    assert [(e.event_type, e.source.country) for e in d.events if e.sentence_index == 1] == [("ASSAULT", "GUY")]


def test_round_twenty_eight_members_of_one_group_are_no_parties_to_each_other(stages) -> None:  # type: ignore[no-untyped-def]
    # "three European powers" had met each other as well as Iran
    d = code(stages, "Iran and three European powers held a new round of talks on Tehran's nuclear programme in Geneva on Wednesday.")
    pairs = {(e.source.country, e.target.country) for e in d.events if e.event_type == "CONSULT"}
    assert pairs == {("IRN", c) for c in ("GBR", "FRA", "DEU")} | {(c, "IRN") for c in ("GBR", "FRA", "DEU")}


def test_fire_returned_is_aimed_at_who_fired_first(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Venezuelan gunmen attacked Guyanese soldiers on Saturday, the army said.", "The soldiers returned fire before withdrawing.")
    back = [e for e in doc.events if e.event_type == "ASSAULT" and e.sentence_index == 1]
    assert back and all(e.source and e.source.country == "GUY" for e in back)
    assert all(e.target and e.target.country == "VEN" for e in back)
    # nobody of another state fired first: the answer keeps no target
    doc = code(stages, "Guyanese soldiers came under fire on Saturday.", "The soldiers returned fire.")
    assert all(e.target is None for e in doc.events if e.event_type == "ASSAULT" and e.sentence_index == 1)


def test_lede_retelling_an_attack_takes_the_headline_doer(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "Armed men firing from across the river attacked a Guyanese army patrol boat on Saturday, wounding three soldiers.",
        "The patrol was escorting a supply boat when it came under fire.",
        title="Venezuelan gunmen attack Guyanese soldiers near disputed border",
    )
    hits = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert hits and all(e.source and e.source.country == "VEN" for e in hits), [(e.sentence_index, e.source, e.target) for e in hits]
    # unnamed gunmen, taken for the attacked state's own, are the headline's
    doc = code(stages, "Gunmen attacked a Guyanese army patrol on Saturday.", title="Venezuelan gunmen attack Guyanese soldiers")
    assert all(e.source and e.source.country == "VEN" for e in doc.events if e.event_type == "ASSAULT")
    # a fight the headline tells both ways names no one doer
    doc = code(stages, "Gunmen shot a Kosovo police officer on Saturday.", title="Kosovo and Serbia clash after police officer shot")
    assert all(not (e.source and e.source.country == "SRB") for e in doc.events if e.sentence_index == 1)
    # two doers of different states for the act: the opening does not say which, nothing is filled
    doc = code(
        stages,
        "Unidentified gunmen attacked a Guyanese army patrol on Saturday.",
        title="Venezuelan and Brazilian gunmen attack Guyanese soldiers",
    )
    assert any(not (e.source and e.source.country) for e in doc.events if e.event_type == "ASSAULT" and e.sentence_index == 1)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a space launch vehicle on Tuesday.",
        "North Korea's attempt to put a military reconnaissance satellite into orbit failed on Tuesday.",
    ],
)
def test_satellite_launches_are_shows_of_force(stages, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, text), {"MOBILIZE"}, "PRK", None)


def test_a_launch_detected_from_a_place_is_that_state_s(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The JCS said it detected the launch of a ballistic missile from the Pyongyang area at 7:30 a.m.",
        "The JCS said it detected the launch of a space launch vehicle from the Sohae Satellite Launching Ground on Tuesday.",
    ):
        evs = [e for e in code(stages, text).events if e.event_type == "MOBILIZE"]
        assert evs and all(e.source and e.source.country == "PRK" and e.target is None for e in evs), text
    # a launch from a province of the launcher's own state is aimed at nobody, no attack
    evs = code(stages, "North Korea fired a missile from North Hamgyong Province into the East Sea.").events
    assert [(e.event_type, e.target) for e in evs] == [("MOBILIZE", None)]


def test_ties_judged_are_no_act_but_an_accusation_of_both(stages) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The illegal cooperation between Russia and North Korea is a direct threat to our security, South Korea's ambassador said.",
        "Seoul said cooperation between Moscow and Pyongyang was a serious obstacle to peace.",
    ):
        evs = code(stages, text).events
        assert not [e for e in evs if e.event_type == "COOPERATE"], text
        assert {(e.source.country, e.target.country) for e in evs if e.event_type == "ACCUSE" and e.source and e.target} == {("KOR", "RUS"), ("KOR", "PRK")}, text
    # cooperation told as done stays an act
    assert _has(code(stages, "Russia and North Korea expanded their cooperation last year."), {"COOPERATE"}, "RUS", "PRK")


def test_a_combined_drill_made_ready_is_planned_cooperation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Iran and Russia are preparing to hold naval drills in the Gulf.")
    assert {(e.event_type, e.source.country, e.target.country, e.polarity) for e in doc.events if e.source and e.target} == {
        ("COOPERATE", "IRN", "RUS", "future"), ("COOPERATE", "RUS", "IRN", "future")
    }
    # one state's drills near another stay a show of force; an offensive made ready too
    assert _has(code(stages, "China is preparing to hold naval drills near Taiwan."), {"MOBILIZE"}, "CHN", "TWN")
    assert _has(code(stages, "Russia is preparing to launch a new offensive."), {"MOBILIZE"}, "RUS", None)


def test_it_in_contact_with_others_is_the_speaker(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The Philippine foreign ministry said it was in contact with the manager and had asked the Greek government for help.")
    assert _has(doc, {"REQUEST"}, "PHL", "GRC")


def test_a_text_blocked_or_called_names_whom_it_is_aimed_at(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Diplomats said a press statement drafted by Washington had been blocked by Russia and China on Wednesday.")
    assert _has(doc, {"REJECT"}, "RUS", "USA") and _has(doc, {"REJECT"}, "CHN", "USA")
    doc = code(stages, "Russia and China blocked a statement proposed by France on North Korea.")
    assert _has(doc, {"REJECT"}, "RUS", "FRA") and not _has(doc, {"REJECT"}, None, "PRK")
    # what a party calls the thing judged names who stands behind it
    assert _has(code(stages, "KCNA called the drills a hostile act orchestrated by the United States."), {"ACCUSE"}, "PRK", "USA")
    assert _has(code(stages, "Beijing called the remarks a provocation by Japan."), {"ACCUSE"}, "CHN", "JPN")


def test_a_truce_welcomed_and_them_urged_reach_both_parties(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "Thailand and Cambodia agreed to a ceasefire on Saturday.",
        "China, which has close ties with both countries, urged them to settle the dispute through dialogue, and U.N. Secretary-General Antonio Guterres welcomed the truce on Sunday.",
    )
    later = {(e.event_type, e.source.country, e.target.country) for e in doc.events if e.sentence_index == 1 and e.source and e.target}
    assert later == {("REQUEST", "CHN", "THA"), ("REQUEST", "CHN", "KHM"), ("SUPPORT", "UNO", "THA"), ("SUPPORT", "UNO", "KHM")}
    # one state named last is "them" alone when it was not named with another
    doc = code(stages, "Peru expelled Chilean diplomats on Monday.", "Brazil criticised them.")
    assert {e.target.country for e in doc.events if e.sentence_index == 1 and e.target} == {"CHL"}


def test_where_a_deal_is_signed_or_talks_held_is_no_party(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty at the White House on Thursday.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.source and e.target} == {("ARM", "AZE"), ("AZE", "ARM")}
    doc = code(stages, "Defense Minister Ahn Gyu-back and U.S. Secretary of War Pete Hegseth signed a memorandum on the submarine project after talks at the Pentagon.")
    talks = {(e.source.country, e.target.country if e.target else None) for e in doc.events if e.event_type == "CONSULT" and e.source}
    assert talks == {("KOR", "USA"), ("USA", "KOR")}
    # a visit's place is its host
    assert _has(code(stages, "Lavrov arrived for talks at the Kremlin with Wang Yi."), {"CONSULT"}, "RUS", "CHN")


def test_forces_led_by_a_body_are_that_body_s(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "NATO-led peacekeepers stepped up patrols near the border."), {"MOBILIZE"}, "NATO", None)
    assert _has(code(stages, "Hamas-led fighters attacked Israel."), {"ASSAULT"}, "PSE", "ISR")


def test_terms_a_treaty_sets_are_no_acts(stages) -> None:  # type: ignore[no-untyped-def]
    text = "The treaty commits both sides to recognise each other's territorial integrity and bars either from deploying third-country forces along their shared border."
    assert not code(stages, text).events
    # (what the parties will do "under the treaty" is their pledge, coded as before: see round nineteen)
    # an act done under a deal is told
    assert _has(code(stages, "Under the agreement, Russia withdrew its troops from the border."), {"RETREAT"}, "RUS", None)


def test_a_crowd_spoken_to_and_a_safety_order_are_no_events(stages) -> None:  # type: ignore[no-untyped-def]
    assert not code(stages, "Maduro told a rally of supporters in Caracas that Venezuela will never kneel.").events
    assert not code(stages, "Authorities ordered residents of Yeonpyeong and nearby Daecheong islands to evacuate.").events
    # a rally held, and another state's order to leave, are
    assert _has(code(stages, "Thousands of opposition supporters held a rally in Caracas on Tuesday."), {"PROTEST"}, "VEN", None)
    assert _has(code(stages, "Israel ordered residents of northern Gaza to evacuate."), {"COERCE"}, "ISR", "PSE")


def test_neighbours_and_countries_concerned_are_the_story_s_pair(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "The foreign ministers of Armenia and Azerbaijan initialled a peace treaty on Thursday.",
        "Kremlin spokesman Dmitry Peskov said Moscow welcomed any steps toward peace between its two neighbours.",
        "Iran said it supported peace between its neighbours.",
    )
    for i, src in ((1, "RUS"), (2, "IRN")):
        assert {(e.source.country, e.target.country) for e in doc.events if e.sentence_index == i and e.source and e.target} == {(src, "ARM"), (src, "AZE")}
    doc = code(stages, "South Korea and the United States signed a submarine deal.", '"We urge the countries concerned to act prudently," Lin said.')
    assert {e.target.country for e in doc.events if e.sentence_index == 1 and e.target} == {"KOR", "USA"}


def test_summons_blame_and_defence_commitments(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "South Korea's foreign ministry called in the Russian ambassador on Monday."), {"ACCUSE"}, "KOR", "RUS")
    assert not code(stages, "The government called in the army to restore order.").events
    text = '"North Korea is responsible for rising tensions," South Korean defense ministry spokesperson Jeon Ha-kyu told a regular briefing.'
    assert _has(code(stages, text), {"ACCUSE"}, "KOR", "PRK")
    assert not code(stages, "The ministry is responsible for security.").events
    doc = code(stages, "A department spokesperson said the United States remained committed to the defense of South Korea and Japan.")
    assert _has(doc, {"AGREE"}, "USA", "KOR") and _has(doc, {"AGREE"}, "USA", "JPN")


def test_talks_called_for_between_two_ask_both(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "China called for talks between Russia and Ukraine.")
    assert {e.target.country for e in doc.events if e.event_type == "REQUEST" and e.target} == {"RUS", "UKR"}
    assert {e.target.country for e in code(stages, "Russia called for talks with Ukraine.").events if e.target} == {"UKR"}


def test_a_toll_and_the_strikes_told_again_are_no_new_attacks(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "U.S. and British warplanes struck Houthi military sites in Yemen overnight.",
        "The strikes hit radar installations near the port of Hodeidah, the U.S. Central Command said.",
        "The Houthi-run health ministry said six people were killed and 14 wounded, including civilians.",
    )
    assert [e.sentence_index for e in doc.events] == [0, 0]


def test_an_envoy_called_in_and_read_as_one_s_own_is_no_summons(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Nov. 30 (Yonhap) -- South Korea summoned the Russian ambassador on Monday to protest what it called Moscow's transfer of "
        'sensitive military technology to North Korea, while the Russian Embassy rejected the protest as "groundless."',
        'First Vice Foreign Minister Park Yoon-joo called in Ambassador Georgy Zinoviev and conveyed Seoul\'s "grave concern" over intelligence '
        "that Russia had helped the North upgrade its submarine-launched ballistic missiles, the foreign ministry said.",
    )
    summons = [e for e in doc.events if e.cameo_code == "114"]
    assert summons and all(e.target and e.target.country == "RUS" for e in summons)


def test_an_act_told_only_as_an_inference_or_evidence_is_the_accusation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "South Korean officials have said Russia likely provided technology to help North Korea's satellite program.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.source and e.target] == [("ACCUSE", "KOR", "RUS")]
    doc = code(stages, "Washington says it has clear evidence that Russia delivered ballistic missiles to North Korea this year.")
    assert [(e.event_type, e.source.country, e.target.country) for e in doc.events if e.source and e.target] == [("ACCUSE", "USA", "RUS")]
    # told as a fact, the help is the act
    assert _has(code(stages, "Russia provided technology to North Korea last year."), {"AID"}, "RUS", "PRK")


def test_them_after_both_sides_and_a_pair_named_as_one(stages) -> None:  # type: ignore[no-untyped-def]
    opening = "Serbia and Kosovo traded accusations on Tuesday."
    doc = code(stages, opening, "The EU envoy invited both sides to an emergency meeting in Brussels on Thursday and urged them to refrain from any steps.")
    asked = {e.target.country for e in doc.events if e.event_type == "REQUEST" and e.target}
    assert asked == {"SRB", "XKX"}
    # "the Belgrade-Pristina dialogue" names the pair, it does not make the two the speakers
    doc = code(stages, opening, "The EU special envoy for the Belgrade-Pristina dialogue urged both sides to refrain from any steps.")
    assert {e.target.country for e in doc.events if e.event_type == "REQUEST" and e.target} == {"SRB", "XKX"}


def test_a_headline_verb_s_objects_end_at_another_event_s_clause(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Kosovo, Serbia trade blame after police officer shot")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events if e.source and e.target} == {
        ("ACCUSE", "XKX", "SRB"), ("ACCUSE", "SRB", "XKX")
    }
    assert _has(code(stages, "India, Pakistan trade fire across Kashmir border"), {"ASSAULT"}, "IND", "PAK")


def _code_dated(stages, *paragraphs: str, published: str, title: str | None = None) -> Document:  # type: ignore[no-untyped-def]
    """Code and resolve paragraphs as a report of the given day."""
    from eventwire.resolve import ResolveStage

    nlp, actors, events = stages
    art = Article(title=title, body=list(paragraphs), published=published)
    text, sections = compose_text(art)
    doc = Document(id="t", source="test", text=text, sections=sections, published=published, article=art)
    return ResolveStage()(events(actors(nlp(doc))))


def test_a_drill_had_staged_and_told_again_is_the_salvo_fired_the_day_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _code_dated(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- North Korea said Wednesday it had staged a \"fire-power strike drill\" with its rocket launchers, a day after "
        "it fired a salvo of ballistic missiles into the East Sea as South Korea, the United States and Japan held their Freedom Edge exercise.",
        "The three-day exercise began Monday in international waters south of Jeju Island and involves a U.S. aircraft carrier.",
        published="2026-11-25",
    )
    drills = [e for e in doc.events if e.event_type == "MOBILIZE"]
    assert [(e.trigger.text, e.date) for e in drills] == [("fired", "2026-11-24")]
    assert not [e for e in doc.events if e.sentence_index == 1]


def test_the_government_of_an_official_who_speaks_in_a_town(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- North Korea fired six missiles on Tuesday.",
        "Chief Cabinet Secretary Minoru Kihara told reporters in Tokyo that the government had lodged a strong protest with North Korea.",
    )
    assert _has(doc, {"ACCUSE"}, "JPN", "PRK") and not _has(doc, {"ACCUSE"}, "KOR", "PRK")


def test_a_headline_series_verb_is_no_object_of_the_naming_verb(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, 'N. Korea calls rocket salvo "fire-power strike drill," warns allies over Freedom Edge')
    assert "SUPPORT" not in {e.event_type for e in doc.events}
    assert _has(code(stages, "Kim called Russia a true ally."), {"SUPPORT"}, None, "RUS")


def test_a_drill_named_alone_is_aimed_at_those_told_holding_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "North Korea fired missiles on Tuesday as South Korea, the United States and Japan held their Freedom Edge exercise.",
        'In a separate commentary, KCNA denounced Freedom Edge as "a dangerous rehearsal for a nuclear war of aggression".',
    )
    accused = [e.target.country for e in doc.events if e.event_type == "ACCUSE" and e.target]
    assert sorted(accused) == ["JPN", "KOR", "USA"]
    # a name nobody was told holding stays as it is
    doc = code(stages, 'KCNA denounced Freedom Edge as "a dangerous rehearsal for a nuclear war of aggression".')
    assert [e.target.text for e in doc.events if e.event_type == "ACCUSE"] == ["Freedom Edge"]


def test_information_shared_is_no_retelling_of_a_drill_with_the_same_partners(stages) -> None:  # type: ignore[no-untyped-def]
    doc = _code_dated(
        stages,
        "SEOUL, Nov. 25 (Yonhap) -- North Korea fired missiles on Tuesday as South Korea and the United States held their Freedom Edge exercise.",
        '"Our military is closely sharing information on the launches with the United States," the JCS said.',
        published="2026-11-25",
    )
    assert {(e.sentence_index, e.cameo_code) for e in doc.events if e.event_type == "COOPERATE" and e.source and e.source.country == "KOR"} == {
        (0, "062"), (1, "064")
    }


def test_a_rejection_the_parser_joined_to_a_told_passive_is_the_speaker_s(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "Iran's foreign ministry spokesman Esmaeil Baghaei said the tanker had been seized on a court order, "
        'and rejected the U.S. and British statements as "interference in a legal matter."',
    )
    assert _has(doc, {"REJECT"}, "IRN", "USA") and _has(doc, {"REJECT"}, "IRN", "GBR")


def test_a_part_of_a_state_s_body_is_of_that_state(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "The U.S. Navy's Fifth Fleet, based in Bahrain, called on Iran to release the ship.")
    assert [(e.source.country, e.source.sector) for e in doc.events if e.event_type == "REQUEST"] == [("USA", "MIL")]


def test_forces_moved_to_a_border_face_the_state_across_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Eritrea has called up reservists and moved troops and armour toward its southern border with Ethiopia, diplomats said on Monday.")
    assert sorted((e.trigger.text, e.target.country if e.target else None) for e in doc.events) == [("called up", None), ("moved", "ETH")]
    assert _has(code(stages, "Ethiopia said its forces had not been moved toward the border with Eritrea."), {"MOBILIZE"}, "ETH", "ERI")
    # drills near a border face nobody
    assert not [e for e in code(stages, "Venezuela ordered military exercises near its border with Guyana.").events if e.target]


def test_a_threat_said_after_an_accusation_by_the_speaker_s_state_shares_its_target(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "Eritrea's information minister, Yemane Gebremeskel, accused Addis Ababa of \"openly preparing a war of aggression\" against his "
        'country and said Eritrea would defend its sovereignty "by all means necessary."',
    )
    assert _has(doc, {"THREATEN"}, "ERI", "ETH")


def test_a_department_spokesperson_after_a_quote_is_of_the_department_told_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Nov. 27 (Yonhap) -- North Korea on Friday rejected South Korea's proposal.",
        "The U.S. State Department voiced support for Seoul's initiative on Thursday.",
        '"We encourage the DPRK to engage constructively," a department spokesperson said in response to a Yonhap inquiry.',
    )
    assert _has(doc, {"REQUEST"}, "USA", "PRK") and not _has(doc, {"REQUEST"}, "KOR", "PRK")


def test_welcoming_a_pullback_or_regretting_a_response_reaches_who_did_it(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Israeli troops on Monday began pulling back from several positions in the buffer zone.",
               'Syrian President Ahmed al-Sharaa welcomed the pullback as "a first step toward restoring full sovereignty".')
    assert _has(doc, {"SUPPORT"}, "SYR", "ISR")
    doc = code(stages, "North Korea on Friday rejected South Korea's proposal for Red Cross talks.",
               "The unification ministry expressed regret over the response and said it would keep the door to dialogue open.")
    assert _has(doc, {"ACCUSE"}, "KOR", "PRK")


def test_talks_proposed_are_the_proposer_s_and_no_act_inside_another_s(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "North Korea on Friday rejected South Korea's proposal for Red Cross talks on reunions of families.")
    assert [(e.event_type, e.source.country) for e in doc.events if e.source] == [("REJECT", "PRK")]
    doc = code(stages, "South Korea made a proposal for Red Cross talks.")
    assert [(e.event_type, e.source.country, e.polarity) for e in doc.events if e.source] == [("AGREE", "KOR", "future")]


def test_a_generational_suffix_and_a_town_visited(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Nov. 26 (Yonhap) -- President Lee Jae Myung held talks with visiting Philippine President Ferdinand Marcos Jr. on Wednesday.",
        "Marcos is scheduled to visit Busan on Friday before returning home.",
    )
    assert _has(doc, {"CONSULT"}, "PHL", "KOR", "Busan")


def test_allies_named_in_apposition_and_envoys_recalled_with_no_post(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "Algeria's military shot down a Malian army drone near the two countries' desert border, prompting Mali and its allies Niger and "
        "Burkina Faso to recall their ambassadors from Algiers.",
        'In a joint statement later Saturday, the three countries, which form the Alliance of Sahel States, said they were recalling their '
        'ambassadors "for consultations".',
    )
    for i in (0, 1):
        recalls = {(e.source.country, e.target.country) for e in doc.events if e.sentence_index == i and e.event_type == "SANCTION" and e.target}
        assert recalls == {("MLI", "DZA"), ("NER", "DZA"), ("BFA", "DZA")}
    # one's own envoys are no target
    doc = code(stages, "Mali, Niger and Burkina Faso said they were recalling their ambassadors for consultations.")
    assert [e.target for e in doc.events] == [None, None, None]


def test_engineers_sent_to_a_state_and_a_swap_offered_to_the_holder(stages) -> None:  # type: ignore[no-untyped-def]
    assert _has(code(stages, "Pyongyang sent 3,000 military engineers to Russia in September to help clear mines."), {"AID"}, "PRK", "RUS")
    doc = code(
        stages,
        "Ukraine said it has captured two more North Korean soldiers fighting for Russia in the Kursk region, and Kyiv offered to exchange "
        "them for Ukrainian prisoners of war held by Moscow.",
    )
    assert _has(doc, {"AGREE"}, "UKR", "RUS") and not _has(doc, {"AGREE"}, "UKR", "PRK")


def test_officials_added_this_round_speak_for_their_states(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, '"Iran\'s seizure of this vessel is unjustified and unacceptable," Foreign Secretary Yvette Cooper said in a statement.')
    assert _has(doc, {"ACCUSE"}, "GBR", "IRN")


def test_it_after_a_body_s_report_is_the_body(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "The MSMT report accused North Korea of importing more than 1.2 million barrels, far above the annual cap set by the Security Council.",
        "It also accused Russian and Chinese vessels of playing a central role.",
    )
    assert {e.source.name for e in doc.events if e.sentence_index == 1} == {"Multilateral Sanctions Monitoring Team"}


def test_the_vice_minister_is_the_vice_minister_named_before(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(
        stages,
        "SEOUL, Nov. 21 (Yonhap) -- In a statement carried by KCNA early Saturday, Vice Foreign Minister Kim Son-gyong dismissed the offer.",
        '"If Japan truly wants better relations, it must first abandon its hostile policy," the vice minister said, accusing the Takaichi '
        'government of "double-dealing."',
    )
    assert {e.source.country for e in doc.events if e.sentence_index == 1} == {"PRK"}


def test_police_stopping_a_leaflet_launch_and_the_statement_s_own_army(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "SEOUL, Nov. 21 (Yonhap) -- Police on Saturday stopped a group of North Korean defectors from flying balloons carrying "
               "anti-Pyongyang leaflets across the border.")
    assert [(e.event_type, e.source.country) for e in doc.events if e.source] == [("COERCE", "KOR")]
    doc = code(
        stages,
        "SEOUL, Nov. 21 (Yonhap) -- On Friday, North Korea's defense ministry said in a statement carried by the Korean Central News Agency "
        'that "human scum" were preparing another leaflet "provocation".',
        '"Should a single leaflet cross into our territory, our army will take corresponding action," the statement said.',
    )
    assert {e.source.country for e in doc.events if e.sentence_index == 1 and e.source} == {"PRK"}


def test_karen_rebels_the_allies_command_called_a_headquarters_and_the_caribbean_nation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Myanmar's junta troops shelled positions of the Karen National Liberation Army (KNLA) near the Thai border.")
    assert {e.target.country for e in doc.events if e.target} == {"MMR"}
    doc = code(stages, 'North Korea did not immediately respond, though its state media last month called the allies\' combined command '
               '"a headquarters for a war of aggression."')
    assert {e.event_type for e in doc.events} == {"ACCUSE"}
    doc = code(stages, "Gangs attacked a police base in Haiti on Monday.", "Kenyan President William Ruto said Kenya would keep its police in Haiti.",
               "Kenya has deployed about 1,000 officers to the Caribbean nation.")
    assert _has(doc, {"AID"}, "KEN", "HTI") and doc.events[0].source.country == "HTI"


def test_myanmar_s_capital(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "Thailand demanded that Naypyitaw take measures to ensure the incident is not repeated.")
    assert _has(doc, {"REQUEST"}, "THA", "MMR")


def test_a_state_blowing_up_its_roads_to_a_neighbour_cuts_the_links(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "SEOUL, Nov. 21 (Yonhap) -- North Korea on Friday blew up the remaining sections of two roads that once connected it "
               "with South Korea, the Joint Chiefs of Staff (JCS) said.")
    assert _has(doc, {"SANCTION"}, "PRK", "KOR")
    # rebels blowing up a railway line attack it
    assert [e.event_type for e in code(stages, "Rebels blew up a railway line in Balochistan.").events] == ["ASSAULT"]


def test_kcna_s_accusation_joined_to_its_warning_and_a_response_to_further_provocation(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, 'In a separate commentary, KCNA warned that the United States and the South Korean "puppets" would "face the most '
               'dreadful consequences" if they kept bringing strategic assets near the Korean Peninsula, and accused Washington of "reckless '
               'nuclear blackmail."')
    assert [(e.source.country, e.target.country) for e in doc.events if e.event_type == "ACCUSE"] == [("PRK", "USA")]
    doc = code(stages, "SEOUL, Nov. 27 (Yonhap) -- North Korea fired an ICBM on Thursday.", "Rubio condemned the launch in a call with Cho.",
               '"We will respond sternly to any further provocation," Lee was quoted as saying by his office.')
    assert _has(doc, {"THREATEN"}, "KOR", "PRK")


def test_the_two_nato_allies_are_the_pair(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "ATHENS, Nov 28 (Reuters) - Greek and Turkish leaders met in Ankara on Tuesday.",
               "A Turkish research vessel sailed near Kastellorizo on Saturday, four days after the leaders of the two NATO allies pledged to keep tensions low.")
    assert {(e.source.country, e.target.country) for e in doc.events if e.event_type == "AGREE"} == {("GRC", "TUR"), ("TUR", "GRC")}


def test_a_drill_of_three_joined_is_held_by_each_with_each(stages) -> None:  # type: ignore[no-untyped-def]
    doc = code(stages, "SEOUL, Nov. 30 (Yonhap) -- The South Korean Navy joined Japanese and Philippine forces on Monday in their first "
               "trilateral maritime exercise in the South China Sea.")
    pairs = {(e.source.country, e.target.country) for e in doc.events if e.event_type == "COOPERATE"}
    assert pairs == {(a, b) for a in ("KOR", "JPN", "PHL") for b in ("KOR", "JPN", "PHL") if a != b}
    # (one partner: told one way, as a drill held with one is)
    doc = code(stages, "The U.S. Navy joined Japanese forces in a drill.")
    assert {(e.source.country, e.target.country) for e in doc.events} == {("USA", "JPN")}

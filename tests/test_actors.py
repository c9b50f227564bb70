"""Actors stage: the seed article, and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorStage, mention_for_token, mentions_in, resolve_actor
from eventwire.nlp import NlpStage
from eventwire.records import Article, Document, compose_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "article.txt"


@pytest.fixture(scope="module")
def nlp_stage() -> NlpStage:
    return NlpStage()


def make_doc(nlp_stage: NlpStage, body: list[str], title: str | None = None, subheads: list[str] | None = None) -> Document:
    art = Article(title=title, subheads=subheads or [], body=body)
    text, sections = compose_text(art)
    doc = Document(id="t", source="test", text=text, sections=sections, article=art)
    return ActorStage()(nlp_stage(doc))


def seed_document(nlp_stage: NlpStage) -> Document:
    try:
        from eventwire.extract import ExtractStage  # type: ignore[attr-defined]

        doc = Document(id="seed", source=str(SEED), raw=SEED.read_text(encoding="utf-8"), content_type="text")
        doc = ExtractStage()(doc)
        if not doc.ok or not doc.text:
            raise ImportError("extract stage did not produce text")
    except (ImportError, AttributeError, TypeError):
        lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
        art = Article(title=lines[0], subheads=lines[2:5], body=lines[5:])
        text, sections = compose_text(art)
        doc = Document(id="seed", source=str(SEED), text=text, sections=sections, article=art)
    return ActorStage()(nlp_stage(doc))


def first_person(nlp_stage: NlpStage, text: str):  # type: ignore[no-untyped-def]
    """The first person mention of a one-paragraph document."""
    return [m for m in make_doc(nlp_stage, [text]).mentions if m.kind == "person"][0]


def countries(doc: Document) -> set[str]:
    return {m.country for m in doc.mentions if m.country}


def by_text(doc: Document, text: str) -> list:
    return [m for m in doc.mentions if m.text == text]


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article(nlp_stage: NlpStage) -> None:
    doc = seed_document(nlp_stage)
    assert doc.ok and doc.stage_versions.get("actors", "").startswith("v1+")
    assert {"USA", "KOR", "PRK", "RUS"} <= countries(doc)
    people = {m.name: m for m in doc.mentions if m.kind == "person" and not m.resolved_from}
    cho = people["Cho Chang Rae"]
    assert cho.country == "KOR" and cho.sector == "MIL"
    assert cho.title == "Director of the National Defense Policy Office"
    assert cho.organization == "Ministry of National Defense"
    ratner = people["Ely Ratner"]
    assert ratner.country == "USA"
    assert ratner.title == "Assistant Secretary of Defense for Indo-Pacific Security Affairs"
    winternitz = people["Andrew Winternitz"]
    assert winternitz.country == "USA"
    assert winternitz.title == "Acting Deputy Assistant Secretary of Defense for East Asia"
    both = [m for m in doc.mentions if m.resolved_from and m.resolved_from.lower() == "both sides"]
    assert both and {m.country for m in both} == {"USA", "KOR"}
    # one mention per party at the same span
    assert len({(m.start, m.end) for m in both}) == len(both) // 2
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.sentence_index is not None


def test_metonyms_and_seats(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Washington said on Monday that the Kremlin had rejected the offer.",
            "The Pentagon and Downing Street declined to comment, while Pyongyang stayed silent.",
        ],
    )
    got = {m.text: (m.country, m.sector) for m in doc.mentions}
    assert got["Washington"] == ("USA", None)
    assert got["the Kremlin"] == ("RUS", "GOV")
    assert got["The Pentagon"] == ("USA", "MIL")
    assert got["Downing Street"] == ("GBR", "GOV")
    assert got["Pyongyang"] == ("PRK", None)
    # a seat of government that is not the capital countries.csv gives (Bolivia's is Sucre)
    doc = make_doc(nlp_stage, ["A U.S. spokesperson urged La Paz to allow international observers."])
    assert [(m.country, m.kind) for m in doc.mentions if m.text == "La Paz"] == [("BOL", "country")]


def test_abbreviations_and_adjectives(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "The ROK and the DPRK traded accusations as the UK and the UAE urged restraint.",
            "North Korean-Russian cooperation worried S. Korea and the U.S.-Japan alliance.",
        ],
    )
    assert {"KOR", "PRK", "GBR", "ARE", "USA", "JPN", "RUS"} <= countries(doc)
    # "us" the pronoun is not the United States
    doc2 = make_doc(nlp_stage, ["They told us that the talks would go on."])
    assert "USA" not in countries(doc2)


def test_sector_joins(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Russian troops shelled the town as Israel's army moved north.",
            "Seoul's defense ministry said soldiers from Mali had crossed the border.",
            "Kenyan police arrested protesters in Nairobi.",
            "Belarusian law enforcers clashed with the opposition.",
        ],
    )
    got = {m.text: (m.country, m.sector) for m in doc.mentions}
    assert got["Russian troops"] == ("RUS", "MIL")
    assert got["Israel's army"] == ("ISR", "MIL")
    assert got["Seoul's defense ministry"] == ("KOR", "MIL")
    assert got["soldiers from Mali"] == ("MLI", "MIL")
    assert got["Kenyan police"] == ("KEN", "COP")
    assert got["protesters in Nairobi"] == ("KEN", "OPP")
    assert got["Belarusian law enforcers"] == ("BLR", "COP")


def test_people_with_titles(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "French Foreign Minister Jean Dupont met President Alvaro Mendes of Brazil in Paris.",
            "Senator Mary Walsh, a member of the Armed Services Committee, criticised the plan.",
        ],
    )
    people = {m.name: m for m in doc.mentions if m.kind == "person"}
    dupont = people["Jean Dupont"]
    assert dupont.country == "FRA" and dupont.sector == "GOV" and dupont.title == "Foreign Minister"
    assert people["Alvaro Mendes"].sector == "GOV"
    assert people["Mary Walsh"].sector == "LEG"


def test_unknown_states_get_a_code(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Zubrowka signed a trade accord with Freedonia on Tuesday."])
    codes = {m.text: m.country for m in doc.mentions}
    assert codes.get("Zubrowka") == "ZUB"
    assert codes.get("Freedonia") == "FRE"


def test_lookup_helpers(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Japan and China met in Tokyo on Monday.", "The two countries agreed to talk again."])
    sides = doc.text.index("two")
    tok = next(t for t in doc.spacy if t.idx == sides)
    found = mention_for_token(doc, tok)
    assert sorted(m.country for m in found) == ["CHN", "JPN"]
    assert all(m.resolved_from == "The two countries" for m in found)
    japan = next(t for t in doc.spacy if t.text == "Japan")
    assert [m.country for m in mention_for_token(doc, japan)] == ["JPN"]
    first = doc.sentences[0]
    inside = mentions_in(doc, first.start, first.end)
    assert [m.country for m in inside] == ["JPN", "CHN", "JPN"]
    assert mentions_in(doc, 0, 3) == []


def _resolved_he(nlp_stage: NlpStage, body: list[str]) -> list:
    """The mentions a "he" of ``body`` was resolved to."""
    return [m for m in make_doc(nlp_stage, body).mentions if m.resolved_from in ("He", "he")]


def test_coreference_pronouns(nlp_stage: NlpStage) -> None:
    he = _resolved_he(nlp_stage, ["Defense Minister Ivan Petrov visited the front on Friday.", "He said the offensive would continue."])
    assert he and he[0].name == "Ivan Petrov" and he[0].kind == "person"
    # with no person named, "he" is a spokesman or an official named by his role
    he = _resolved_he(
        nlp_stage,
        ["A spokesman for the DPRK Ministry of National Defence denounced the joint drills.", "The U.S. will be held fully accountable for the consequences, he said."],
    )
    assert he and he[0].country == "PRK" and he[0].sector == "GOV"
    # a person owned by a state ("North Korea's Kim") is of that state
    doc = make_doc(nlp_stage, ["North Korea's Kim met Putin in Vostochny."])
    assert by_text(doc, "Kim")[0].country == "PRK"
    # (but not a body: "the ministry ... he said" with no role named stays unresolved)
    assert not _resolved_he(nlp_stage, ["The DPRK foreign ministry denounced the drills.", "They will pay dearly, he said."])


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Seoul's defense ministry", "KOR", "MIL"),
        ("North Korean troops", "PRK", "MIL"),
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("KCNA", "PRK", "JRN"),
        ("Yonhap", "KOR", "JRN"),
        ("the Security Council", "UNO", "IGO"),
        ("NATO", "NATO", "MIL"),
        ("the Syrian Arab Army", "SYR", "MIL"),
        ("Kyiv", "UKR", None),
        ("Kiev", "UKR", None),
    ],
)
def test_resolve_actor(phrase: str, country: str, sector: str | None) -> None:
    a = resolve_actor(phrase)
    assert a is not None and (a.country, a.sector) == (country, sector)


def test_resolve_actor_context_and_misses() -> None:
    a = resolve_actor("the police", context_country="KEN")
    assert a is not None and a.country == "KEN" and a.sector == "COP"
    assert resolve_actor("") is None
    assert resolve_actor("the weather today") is None


def test_state_sector_takes_nearest_state(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Lebanon protested to the United Nations on Monday.",
            "The Israeli military said its warplanes struck targets overnight.",
            "Iran's foreign ministry spokesman Reza Tavakoli rejected the claim.",
        ],
    )
    got = {m.text: m for m in doc.mentions}
    assert got["warplanes"].country == "ISR" and got["warplanes"].sector == "MIL"
    spokes = next(m for m in doc.mentions if m.name == "Reza Tavakoli")
    assert spokes.country == "IRN" and spokes.title == "spokesman" and spokes.sector == "GOV"
    assert spokes.organization == "Iran foreign ministry"


def test_two_party_and_they(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Egypt hosted talks on Gaza on Sunday.",
            "Washington and Paris called for calm, and both countries said they would send envoys.",
        ],
    )
    both = [m for m in doc.mentions if m.resolved_from == "both countries"]
    assert sorted(m.country for m in both) == ["FRA", "USA"]
    they = [m for m in doc.mentions if m.resolved_from == "they"]
    assert sorted(m.country for m in they) == ["FRA", "USA"]


def test_definite_description(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Chile's foreign ministry summoned the Peruvian ambassador on Monday.",
            "The ministry said the envoy had been told to explain the remarks.",
        ],
    )
    m = next(m for m in doc.mentions if m.resolved_from == "The ministry")
    assert m.country == "CHL" and m.kind == "org"


def test_unknown_places_cities_and_typos(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Ethopia accused Eritrea of shelling Tyumen and Mekelle."])
    got = {m.text: m.country for m in doc.mentions}
    assert got.get("Ethopia") == "ETH"
    assert got.get("Eritrea") == "ERI"
    assert got.get("Tyumen") == "RUS"


def test_petrarch_compatibility_codes(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Soldiers from Gondor met the Calenardhon government and Osgiliath police."])
    got = {(m.country, m.sector) for m in doc.mentions}
    assert {("GON", "MIL"), ("CAL", "GOV"), ("OSG", "COP")} <= got


def test_rejects_document_without_parse() -> None:
    doc = Document(id="x", source="x", text="Russia and China met.")
    out = ActorStage()(doc)
    assert not out.ok and out.rejection is not None and out.rejection.reason == "no_parse"


@pytest.mark.parametrize("body", [[""], ["   "], ["\u00e9\u00e8 \U0001f600 ...!!"], ["the"], ["U.S."]])
def test_odd_input_never_crashes(nlp_stage: NlpStage, body: list[str]) -> None:
    doc = make_doc(nlp_stage, body)
    assert doc.ok
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_modifier_sector_words_are_not_actors(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Officials held a press conference on Russian military cooperation with UN peacekeepers."])
    texts = {m.text: m for m in doc.mentions}
    assert "press" not in texts
    assert texts["Russian"].country == "RUS" and texts["Russian"].sector is None
    assert any(m.country == "UNO" for m in doc.mentions)


def test_sector_noun_takes_the_country_of_its_of_phrase(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Japan hosted the talks.", "The activists of Human Rights Watch visited Tokyo on Friday."])
    found = [m for m in doc.mentions if m.text.lower().endswith("activists")]
    assert found and found[0].country == "NGO"  # not Japan, the story's focus


def test_it_with_an_intent_adjective_is_the_state(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Armenia says it is ready to pull its forces back from the border.", "It is clear that the talks will go on."])
    its = [m for m in doc.mentions if m.text.lower() == "it"]
    assert len(its) == 1 and its[0].country == "ARM"  # the second "it" is expletive


def test_stance_prefix_is_not_membership(nlp_stage: NlpStage) -> None:
    # "anti-Japan", "pro-Russian": the place stays a mention of its own, the
    # noun takes its country from the story, and the place does not make the
    # story about its people
    doc = make_doc(nlp_stage, ["Anti-Japan activists rallied outside the embassy in Seoul on Sunday."])
    assert by_text(doc, "activists")[0].country == "KOR"
    assert by_text(doc, "Japan")[0].kind == "country"
    doc = make_doc(nlp_stage, ["A pro-Iranian militia fired rockets at a base near Baghdad."])
    assert by_text(doc, "militia")[0].country == "IRQ"
    # without the prefix the join stands
    doc = make_doc(nlp_stage, ["Japanese activists rallied outside the embassy in Seoul on Sunday."])
    assert by_text(doc, "Japanese activists")[0].country == "JPN"


def test_titles_of_international_bodies_and_joined_places(nlp_stage: NlpStage) -> None:
    # a hyphenated title after the body's name; the body, not the nationality
    p = first_person(nlp_stage, "African Union Secretary-General Amina Diallo urged calm in Bamako.")
    assert p.title == "African Union Secretary-General" and p.country == "AFR"
    p = first_person(nlp_stage, "Rebel leaders said they would meet U.N. mediator Pedro Alvarado next week.")
    assert p.country == "UNO" and p.title == "U.N. mediator"
    # "the <place> <title>" in an apposition gives the place, and is no second actor
    doc = make_doc(nlp_stage, ["Park Min-ho, the South Korean chief negotiator, arrived in Geneva."])
    assert [(m.kind, m.country) for m in doc.mentions if m.country == "KOR"] == [("person", "KOR")]
    # members of a named body with modifiers between
    doc = make_doc(nlp_stage, ["European Union foreign ministers met in Brussels."])
    assert by_text(doc, "European Union foreign ministers")[0].country == "EUR"


def test_ambiguous_body_named_once_with_its_state_keeps_it(nlp_stage: NlpStage) -> None:
    # "the JCS" later in a story that named South Korea's JCS is South
    # Korea's, however often the United States is named in between
    doc = make_doc(
        nlp_stage,
        [
            "North Korea fired a cruise missile, South Korea's Joint Chiefs of Staff said.",
            "The United States and U.S. forces in Japan were informed, the Pentagon said, and Washington called for calm.",
            "The JCS said it was analysing the flight data with American officials.",
        ],
    )
    assert {m.country for m in doc.mentions if m.text == "JCS"} == {"KOR"}


def test_generic_parties_based_companies_and_named_things(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Beijing urged all parties to show restraint, and the parties concerned to talk."])
    assert [m for m in doc.mentions if m.sector == "PTY"] == []
    doc = make_doc(nlp_stage, ["Washington blacklisted a Singapore-based company."])
    assert by_text(doc, "Singapore-based company")[0].country == "SGP"
    doc = make_doc(nlp_stage, ["The allies ended their Freedom Shield exercise on Friday."])
    assert [m for m in doc.mentions if m.kind == "person"] == []


def test_title_in_the_text_outranks_the_official_list(nlp_stage: NlpStage) -> None:
    # a listed official given another state's title in the text takes the
    # text's state (people change posts); describing words stay out of the title
    p = first_person(nlp_stage, "Japan's foreign minister Antony Blinken met reporters in Osaka.")
    assert p.country == "JPN" and p.title == "foreign minister"
    p = first_person(nlp_stage, "Russia's powerful and outspoken defence minister Sergei Shoigu visited Pyongyang.")
    assert p.country == "RUS" and p.title == "defence minister"
    # and the list still names a bare official
    assert first_person(nlp_stage, "Antony Blinken met reporters in Osaka.").country == "USA"


def test_rights_groups_and_korean_bodies_with_only_the_north_named(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Kenyan rights groups condemned the police."])
    assert [(m.country, m.sector) for m in doc.mentions if m.sector == "HRI"] == [("KEN", "HRI")]
    # a story that names only the North: the JCS is the South's
    doc = make_doc(nlp_stage, ["The JCS said North Korea fired two cruise missiles."])
    assert by_text(doc, "JCS")[0].country == "KOR"


def test_treaties_are_no_actors_and_a_shared_body_name_takes_its_convener(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Seoul restated its obligations under the Treaty on the Non-Proliferation of Nuclear Weapons."])
    assert [m.text for m in doc.mentions if m.country not in (None, "KOR")] == []
    # a body several states use, named right after one of them
    doc = make_doc(nlp_stage, ["Japanese Prime Minister Shigeru Ishiba convened the National Security Council after a call with U.S. officials."])
    assert by_text(doc, "National Security Council")[0].country == "JPN"


def test_wire_dateline_is_no_party_but_gives_the_story_its_home(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "SEOUL, June 12 (Yonhap) -- North Korea fired two cruise missiles on Thursday, the military said.",
            "Defense Minister Park Jin-ho convened an emergency meeting, and the Air Force raised its alert level.",
        ],
    )
    assert not [m for m in doc.mentions if m.text == "SEOUL"]
    assert doc.meta["dateline_country"] == "KOR"
    assert [m.country for m in doc.mentions if m.kind == "person"] == ["KOR"]
    assert by_text(doc, "Air Force")[0].country == "KOR"
    # an opening actor is no dateline, however it is punctuated
    doc = make_doc(nlp_stage, ["NATO - the alliance - met in Brussels on Monday."])
    assert "datelines" not in doc.meta and by_text(doc, "NATO")
    doc = make_doc(nlp_stage, ["UNICEF: children are dying in Gaza, the agency said."])
    assert "datelines" not in doc.meta and by_text(doc, "UNICEF")
    # a dateline with its region
    doc = make_doc(nlp_stage, ["KYIV, Ukraine (AP) — Russia launched drones at the capital overnight."])
    assert doc.meta["dateline_country"] == "UKR" and not by_text(doc, "KYIV")
    # a world wire's bureau city in a state the story never names, while it
    # names another again and again, is no home for the story
    doc = make_doc(
        nlp_stage,
        [
            "BANGKOK, Jan. 9 (Reuters) - Myanmar's military bombed the town of Kyaukme on Wednesday, killing 19 civilians.",
            "The military said it had targeted rebel fighters. Myanmar's junta has lost control of large areas.",
        ],
    )
    assert "dateline_country" not in doc.meta
    assert {m.country for m in doc.mentions if m.text in ("civilians", "military")} == {"MMR"}
    # ... nor one whose state the story names only as the venue of another state's story
    doc = make_doc(
        nlp_stage,
        ["DOHA (AFP) - Congo's government and the M23 rebels signed a framework deal in Qatar on Saturday.", "The army accused the rebels of violating the ceasefire."],
    )
    assert "dateline_country" not in doc.meta and by_text(doc, "army")[0].country == "COD"
    # (a Seoul story that names Seoul's side once keeps its home)
    doc = make_doc(nlp_stage, ["SEOUL (Reuters) - North Korea fired a missile on Monday, South Korea's military said.", "North Korea has fired dozens this year. The military was on alert."])
    assert doc.meta["dateline_country"] == "KOR"
    # a group led by a named party is that party's, wherever the story is filed
    doc = make_doc(nlp_stage, ["CAIRO, March 18 (Reuters) -- Hamas-led fighters crossed into southern Israel."])
    assert by_text(doc, "fighters")[0].country == "PSE"


def test_the_north_s_and_the_south_s_bodies(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["North Korea tested a missile on Monday.", "The South's marines fired back, and the North's foreign ministry protested."])
    assert by_text(doc, "marines")[0].country == "KOR"
    assert by_text(doc, "foreign ministry")[0].country == "PRK"


def test_unknown_places_outside_party_positions_get_no_made_up_code(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Gunmen killed 26 tourists near Pahalgam, officials in Kashmir said, after the invasion of Dagestan."])
    assert not [m for m in doc.mentions if m.country in ("PAH", "DAG")]


def test_a_people_named_with_a_state_is_that_state_s(nlp_stage: NlpStage) -> None:
    # CAMEO codes "Bosnian Serbs" as Bosnia's, "Iraqi Kurds" as Iraq's
    doc = make_doc(nlp_stage, ["Bosnian Croats demanded talks, Iraqi Kurds marched and Kosovo Serbs blocked roads."])
    assert [(m.text, m.country) for m in doc.mentions] == [("Bosnian Croats", "BIH"), ("Iraqi Kurds", "IRQ"), ("Kosovo Serbs", "XKX")]
    # a people with one home state is that state's
    assert by_text(make_doc(nlp_stage, ["Chechen rebels ambushed a convoy."]), "Chechen rebels")[0].country == "RUS"


def test_apposition_titles_name_the_body_and_the_person(nlp_stage: NlpStage) -> None:
    # a name the parser missed, titled by an apposition, is a person of the
    # body the title names (not a town that shares the surname)
    p = first_person(nlp_stage, "Tomoko Hayashi, the United Nations relief coordinator, visited the camp.")
    assert (p.text, p.country, p.sector) == ("Tomoko Hayashi", "UNO", "IGO")
    # the title after a place's possessive
    p = first_person(nlp_stage, "Samir Haddad, Egypt's best-known human rights lawyer, began a hunger strike.")
    assert p.country == "EGY" and p.title == "best-known human rights lawyer"
    # an attributive participle before the title word ("leading") is no verb
    p = first_person(nlp_stage, "Karim Mansour, Tunisia's leading human rights activist, staged a hunger strike.")
    assert (p.country, p.sector) == ("TUN", "OPP")
    # a title word after "of" does not title the apposition's head
    p = first_person(nlp_stage, "Maria Lopez, the younger sister of the president, spoke to reporters.")
    assert p.title is None


def test_un_officials_surnames_and_peoples_of_two_words(nlp_stage: NlpStage) -> None:
    # a title naming the UN makes its holder the UN's, whatever country the post covers
    for text in ("Anna Berg, the UN's envoy for Yemen, met negotiators.", "Lars Moen, the UN aid chief, called for a truce."):
        p = first_person(nlp_stage, text)
        assert (p.country, p.sector) == ("UNO", "IGO"), text
    # a nationality word as a surname is no country ...
    doc = make_doc(nlp_stage, ["Volker Turk, the UN human rights chief, condemned the executions."])
    assert not [m for m in doc.mentions if m.country == "TUR"]
    # ... but a people the parser calls a person stays a people
    assert by_text(make_doc(nlp_stage, ["Bosnian Serbs demanded a truce."]), "Bosnian Serbs")[0].country == "BIH"
    # "Bosnian Serb lawmakers" are Bosnia's; bare "Congo" is the DRC; "eastern Congo" places gunmen
    assert by_text(make_doc(nlp_stage, ["Bosnian Serb lawmakers voted to reject the court."]), "Bosnian Serb lawmakers")[0].country == "BIH"
    assert [m.country for m in make_doc(nlp_stage, ["Gunmen in eastern Congo kidnapped two miners."]).mentions][:1] == ["COD"]


def test_bodies_firms_and_envoys_take_their_owner_s_state(nlp_stage: NlpStage) -> None:
    # a body only some states have takes none of the others, even named right after it
    assert by_text(make_doc(nlp_stage, ["N. Korea fires cruise missiles off west coast: JCS"]), "JCS")[0].country == "KOR"
    assert [m.country for m in make_doc(nlp_stage, ["The U.S. sanctioned two North Korean shipping firms."]).mentions][-1] == "PRK"
    # a leader's envoy is his state's, wherever he is received
    doc = make_doc(nlp_stage, ["Xi Jinping received Kim Jong Un's special envoy in Beijing on Tuesday."])
    assert [(m.text, m.country) for m in doc.mentions if m.sector == "GOV" and m.kind != "person"] == [("envoy", "PRK")]


def test_datelines_after_a_headline_and_of_later_paragraphs_are_no_parties(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        ["UNITED NATIONS (AP) — The United States accused Russia on Monday.", "PRISTINA, Kosovo (AP) -- Kosovo accused Serbia of backing the gunmen."],
        title="U.S. accuses Russia at the UN",
    )
    assert not [m for m in doc.mentions if m.text in ("UNITED NATIONS", "AP", "PRISTINA")]
    assert doc.meta["dateline_country"] == "USA"
    # "the city": the town named last
    doc = make_doc(nlp_stage, ["Envoys met in Beirut on Monday.", "Later they left the city."])
    assert by_text(doc, "the city")[0].country == "LBN"


def test_a_national_agency_abroad_and_the_home_state_s_bodies(nlp_stage: NlpStage) -> None:
    # a Yonhap reporter in Kuala Lumpur writes "Foreign Minister Cho" for Seoul's minister
    doc = make_doc(nlp_stage, ["KUALA LUMPUR, July 11 (Yonhap) -- Foreign Minister Cho Hyun held talks with his Japanese counterpart on Friday."], title="Cho meets Iwaya")
    assert doc.meta["dateline_country"] == "KOR"
    assert [m.country for m in doc.mentions if m.kind == "person"][:1] == ["KOR"]
    # an international wire's dateline keeps its place as the home
    doc = make_doc(nlp_stage, ["KYIV, Ukraine (AP) — The defense minister said drones hit the city."])
    assert doc.meta["dateline_country"] == "UKR"
    # a body several states have, in a story filed from Seoul that also names Washington
    doc = make_doc(nlp_stage, ["SEOUL, May 8 (Yonhap) -- Washington said it was watching. The president convened the National Security Council."])
    assert by_text(doc, "National Security Council")[0].country == "KOR"
    # a title's own state outranks the country a generic body in it got from context
    doc = make_doc(nlp_stage, ["SEOUL, May 8 (Yonhap) -- Chief Cabinet Secretary Yoshimasa Hayashi told reporters the launches were unacceptable."])
    assert [m.country for m in doc.mentions if m.kind == "person"] == ["JPN"]


def test_attributes_facilities_embassies_and_the_rsf(nlp_stage: NlpStage) -> None:
    # a nationality on a thing or in a building's name is no party
    doc = make_doc(nlp_stage, ["Protesters waving Russian flags marched to parliament."])
    assert not [m for m in doc.mentions if m.country == "RUS"]
    doc = make_doc(nlp_stage, ["RSF fighters shelled the area around the Saudi Hospital in El Fasher."])
    assert [m.country for m in doc.mentions] == ["SDN", "SDN"]
    # the embassy is China's even in Manila, and so is its official
    doc = make_doc(nlp_stage, ["Manila summoned a senior official of the Chinese Embassy in Manila."])
    assert [(m.text, m.country) for m in doc.mentions if m.sector == "GOV"] == [("official", "CHN"), ("Chinese Embassy", "CHN")]
    # a press-freedom story keeps its RSF
    doc = make_doc(nlp_stage, ["Reporters Without Borders (RSF) condemned the arrest.", "RSF said the reporter was beaten."])
    assert {m.name for m in doc.mentions if m.text == "RSF"} == {"Reporters Without Borders"}


def test_the_militant_group_is_the_armed_group_named_last(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Israeli jets struck Hezbollah positions on Monday.", "The militant group fired rockets at Haifa."])
    assert by_text(doc, "The militant group")[0].name == "Hezbollah"
    # nothing armed named before: no guess
    doc = make_doc(nlp_stage, ["Ministers met in Paris.", "The group agreed to meet again."])
    assert not by_text(doc, "The group")


def test_a_headlines_last_word_is_no_place_of_the_ledes_title(nlp_stage: NlpStage) -> None:
    # "... N. Korea\n\nPresident Lee" had made Lee North Korea's president
    doc = make_doc(nlp_stage, ["President Lee Jae-myung called for dialogue with North Korea on Friday."],
                   title="Lee calls for dialogue with N. Korea")
    assert {m.country for m in doc.mentions if m.kind == "person"} == {"KOR"}
    # a wrapped line inside one sentence still joins the place to the title
    doc = make_doc(nlp_stage, ["The talks were led by Japan's\nForeign Minister Kenji Sato on Friday."])
    assert [m.country for m in doc.mentions if m.kind == "person"] == ["JPN"]


def test_korean_given_names_not_listed_are_one_name(nlp_stage: NlpStage) -> None:
    # the small model tagged only "Kim" of "Kim Min-seok"
    doc = make_doc(nlp_stage, ["SEOUL, June 3 (Yonhap) -- Foreign Minister Kim Min-seok and Defense Minister Ahn Gyu-back met on Tuesday."])
    people = [m for m in doc.mentions if m.kind == "person"]
    assert [(p.name, p.country) for p in people] == [("Kim Min-seok", "KOR"), ("Ahn Gyu-back", "KOR")]
    # English hyphenated words stay split
    assert "long-range" not in [t.text.lower() for t in make_doc(nlp_stage, ["Long-range missiles were fired."]).spacy]


def test_bare_korea_is_south_korea(nlp_stage: NlpStage) -> None:
    # Seoul's English-language press writes "Korea"; it had become a made-up state "KEA"
    doc = make_doc(nlp_stage, ["Korea imposed unilateral sanctions on two Russian vessels on Tuesday, while North Korea protested."])
    assert [(m.text, m.country) for m in doc.mentions if m.kind == "country" and "Korea" in m.text] == [("Korea", "KOR"), ("North Korea", "PRK")]


def test_the_wire_in_a_dateline_gives_no_state(nlp_stage: NlpStage) -> None:
    # "(AP)" in the dateline had made an unlabeled Israeli minister American
    doc = make_doc(nlp_stage, ["DOHA, Qatar (AP) — National Security Minister Itamar Ben-Gvir threatened to quit the coalition."],
                   title="Truce deal reached")
    assert [m.country for m in doc.mentions if m.kind == "person"] != ["USA"]
    doc = make_doc(nlp_stage, ["NAIROBI, Kenya (AFP) — The cabinet approved the plan on Monday."], title="Plan approved")
    assert [m.country for m in doc.mentions if m.sector == "GOV"] == ["KEN"]
    # a world broadcaster's dateline gives no home of its own
    doc = make_doc(nlp_stage, ["BAMAKO, Mali (Al Jazeera) - The military government on Monday expelled a French diplomat."], title="Mali expels diplomat")
    assert [m.country for m in doc.mentions if m.sector == "GOV" and m.kind != "person"][:1] == ["MLI"]
    # a dateline with no dash is no party, and "(EFE).-" ends before the title of the name after it
    doc = make_doc(nlp_stage, ["New Delhi, Apr 24 (PTI) Pakistan on Thursday closed its airspace to Indian airlines."], title="Airspace closed")
    assert "New Delhi" not in [m.text for m in doc.mentions]
    doc = make_doc(nlp_stage, ["CARACAS, Sep 3 (EFE).- Venezuelan President Nicolás Maduro ordered the deployment of militia members."], title="Militia deployed")
    assert [(m.name, m.country) for m in doc.mentions if m.kind == "person"] == [("Nicolas Maduro", "VEN")]


def test_a_groups_spokesman_and_small_states_demonyms(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Houthi spokesman Mohammed Abdulsalam condemned the strikes on Houthi military sites."])
    person = [m for m in doc.mentions if m.kind == "person"][0]
    assert (person.country, person.sector) == ("YEM", "REB")
    assert [m.name for m in doc.mentions if m.kind == "group"] == ["Houthis"]
    assert first_person(nlp_stage, "Guyanese President Irfaan Ali criticized Venezuela.").country == "GUY"


def test_a_rank_between_a_title_and_a_name_keeps_the_title(nlp_stage: NlpStage) -> None:
    # "Col." had ended the title walk, so the JCS spokesman had no state
    person = first_person(nlp_stage, '"We urge North Korea to stop," JCS spokesperson Col. Lee Sung-jun told reporters.')
    assert (person.name, person.country, person.title) == ("Lee Sung-jun", "KOR", "JCS spokesperson")
    person = first_person(nlp_stage, "Army spokesman Lt. Col. Kim Ho-sung said the drills would go ahead.")
    assert (person.name, person.title) == ("Kim Ho-sung", "Army spokesman")
    # (a rank that is the whole title stays the title)
    person = first_person(nlp_stage, "Lt. Gen. Prosper Avril resigned to allow Haiti's first democratic elections.")
    assert (person.name, person.country, person.sector, person.title) == ("Prosper Avril", "HTI", "MIL", "Lt. Gen.")


def test_a_spokesperson_closing_a_quote_speaks_for_the_body_or_the_city_named(nlp_stage: NlpStage) -> None:
    # the story's other state had become theirs
    doc = make_doc(nlp_stage, ["Israeli warplanes struck ports in Yemen on Monday. Iran's foreign ministry condemned the strikes, "
                               "spokesman Esmaeil Baghaei said on Tuesday, and called on the Security Council to act."])
    assert next(m for m in doc.mentions if m.name == "Esmaeil Baghaei").country == "IRN"
    doc = make_doc(nlp_stage, ["South Korea's unification ministry called on the North to return to dialogue. "
                               '"We support dialogue," foreign ministry spokesperson Guo Jiakun said in Beijing.'])
    assert next(m for m in doc.mentions if m.name == "Guo Jiakun").country == "CHN"
    # a hyphenated title: "co-President"
    person = first_person(nlp_stage, "Nicaraguan co-President Rosario Murillo said the Costa Rican diplomats had conspired against the country.")
    assert (person.country, person.title) == ("NIC", "co-President")


def test_a_place_s_name_and_a_list_of_towns_get_no_made_up_state(nlp_stage: NlpStage) -> None:
    # "Salif" had become SAL, a state nobody knows, after a known Yemeni port
    doc = make_doc(nlp_stage, ["The Israeli military said the strikes hit Hodeidah, Ras Isa and Salif."])
    assert "SAL" not in {m.country for m in doc.mentions}
    doc = make_doc(nlp_stage, ["Four Chinese ships entered Senkaku waters on Wednesday."])
    assert {m.country for m in doc.mentions if m.text == "Senkaku"} == {"JPN"}
    doc = make_doc(nlp_stage, ["Four Chinese ships entered Zabrak waters on Wednesday."])
    assert not [m for m in doc.mentions if m.text == "Zabrak" and m.country]


def test_victims_of_a_strike_are_not_the_attackers_people(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["The U.S. military struck a boat off Venezuela on Tuesday, killing 11 people."])
    assert {m.country for m in doc.mentions if m.text == "people"} == {"VEN"}
    doc = make_doc(nlp_stage, ["Israeli jets struck the city of Sanaa on Monday, killing three people."])
    assert {m.country for m in doc.mentions if m.text == "people"} == {"YEM"}


def test_they_is_the_main_clause_subject_not_a_reported_one(nlp_stage: NlpStage) -> None:
    # "They" had become Israel, the subject inside what the G7 leaders said
    doc = make_doc(nlp_stage, ["Iran fired missiles at Israel. Leaders of the Group of Seven said Israel has a right to defend itself. "
                               "They called for a broader de-escalation of hostilities."])
    they = [m for m in doc.mentions if m.text == "They"]
    assert [m.name for m in they] == ["G7"]


def test_parties_groups_and_blocs_of_the_news(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["The People Power Party and Taiwan's Democratic Progressive Party met M23 envoys, "
                               "and CARICOM backed Guyana while civic groups in Seoul rallied."])
    got = {m.name: (m.country, m.sector) for m in doc.mentions if m.kind in ("org", "group")}
    assert got["People Power Party"] == ("KOR", "PTY") and got["Democratic Progressive Party"] == ("TWN", "PTY")
    assert got["CARICOM"] == ("IGO", "IGO") and got["M23"][0] == "COD"
    assert any(m.sector == "OPP" and m.country == "KOR" for m in doc.mentions)


def test_the_north_of_a_one_line_korean_report(nlp_stage: NlpStage) -> None:
    # ballistic missiles, the unification ministry, Kim Yo-jong: no other North
    for text in ("The North fired two short-range ballistic missiles on Sunday.",
                 "The unification ministry said the North had not responded.",
                 "Kim Yo-jong said the North would respond to the leaflets."):
        doc = make_doc(nlp_stage, [text])
        assert [m.country for m in doc.mentions if m.text == "The North" or m.text == "the North"] == ["PRK"], text
    # elsewhere "the North" stays unresolved
    doc = make_doc(nlp_stage, ["Rebels in the North attacked an army post."])
    assert not [m for m in doc.mentions if m.country == "PRK"]


def test_regions_of_the_americas_are_no_state(nlp_stage: NlpStage) -> None:
    # "America" alone is the United States; "Latin America" and its kin are regions
    doc = make_doc(nlp_stage, ["Leaders of Latin America, South America and the Caribbean met while America watched."])
    assert by_text(doc, "Latin America")[0].country == "LAM"
    assert by_text(doc, "South America")[0].country == "SAM"
    assert by_text(doc, "the Caribbean")[0].country == "CRB"
    assert by_text(doc, "America")[0].country == "USA"


def test_officials_of_the_world_desk_are_listed(nlp_stage: NlpStage) -> None:
    # leaders often named with no title or country in wire copy
    for text, country in (
        ("Lula said the talks would continue.", "BRA"),
        ("Tiani met the envoy on Monday.", "NER"),
        ("Hemedti rejected the truce.", "SDN"),
        ("Defense Minister Kim Yong-hyun vowed to punish North Korea.", "KOR"),
        # a two-letter family name alone ("Xi meets Putin")
        ("Xi pledged to provide assistance to North Korea.", "CHN"),
        # Japanese names in either order; the Pentagon's policy chief
        ("Foreign Minister Motegi Toshimitsu met his Chinese counterpart Wang Yi.", "JPN"),
        ("Defense Minister Shinjiro Koizumi met his South Korean counterpart.", "JPN"),
        ("Elbridge Colby urged Seoul to pay more.", "USA"),
    ):
        assert first_person(nlp_stage, text).country == country, text


def test_civilians_are_of_the_place_where_it_happened(nlp_stage: NlpStage) -> None:
    # unlabeled victims take the state of the place the sentence names, not the attacker's
    doc = make_doc(nlp_stage, ["Israeli warplanes struck a house in Gaza City, killing 12 people."])
    assert by_text(doc, "people")[0].country == "PSE"
    doc = make_doc(nlp_stage, ["A Russian drone attack on Odesa killed three people."])
    assert by_text(doc, "people")[0].country == "UKR"


def test_the_same_noun_named_with_its_state_just_before(nlp_stage: NlpStage) -> None:
    # "the soldiers", "the submarine": the ones just named, not the dateline's or the subject's
    doc = make_doc(
        nlp_stage,
        [
            "SEOUL, Jan. 13 (Yonhap) -- Ukrainian forces captured two North Korean soldiers in Kursk.",
            "South Korea's foreign ministry said it would accept the soldiers if they asked to come.",
        ],
    )
    # (the phrase may be resolved whole, "the soldiers", as a noun told again)
    assert [m.country for m in by_text(doc, "soldiers") + by_text(doc, "the soldiers")][:1] == ["PRK"]
    doc = make_doc(nlp_stage, ["A U.S. submarine arrived in Busan on Tuesday.", "North Korea's defence ministry warned it would act against the submarine."])
    assert by_text(doc, "submarine")[0].country == "USA"


def test_who_made_or_brokered_a_thing_is_no_party(nlp_stage: NlpStage) -> None:
    for text, name in (
        ("Thousands rallied in Kinshasa against a U.S.-brokered peace deal.", "U.S."),
        ("Rebels signed a Qatar-mediated agreement with the government.", "Qatar"),
        ("Russia fired Iranian-made drones at Kyiv.", "Iranian"),
    ):
        assert not by_text(make_doc(nlp_stage, [text]), name), text


def test_she_is_a_listed_woman_before_a_man_named_later(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        ["North Korean leader Kim Jong Un's sister, Kim Yo Jong, issued a statement on Sunday.", "Kim Jong Un was not mentioned. She dismissed Seoul's decision as a trick."],
    )
    she = [m for m in doc.mentions if m.text == "She"]
    assert she and she[0].name == "Kim Yo Jong"


def test_waters_and_peninsulas_named_after_a_state_are_no_party(nlp_stage: NlpStage) -> None:
    for text in (
        "North Korea fired artillery into the West Sea.",
        "North Korea fired a ballistic missile into the Sea of Japan on Sunday.",
        "A U.S. B-1B bomber flew over the Korean Peninsula on Friday.",
        "Chinese coast guard ships entered the South China Sea.",
    ):
        countries = {m.country for m in make_doc(nlp_stage, [text]).mentions}
        assert countries in ({"PRK"}, {"USA"}, {"CHN"}), (text, countries)
    # a strip or a strait stays a place of its state
    assert [m.country for m in make_doc(nlp_stage, ["Israel struck the Gaza Strip."]).mentions] == ["ISR", "PSE"]


def test_pyongyang_s_words_for_seoul_and_the_north_s_spokesperson(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["North Korea warned Seoul on Monday. KCNA accused the puppet military of provocations."])
    assert by_text(doc, "military")[0].country == "KOR"
    doc = make_doc(nlp_stage, ["North Korea denounced the U.S. on Wednesday. The spokesperson for the North's foreign ministry warned Washington."])
    assert by_text(doc, "spokesperson")[0].country == "PRK"


def test_a_state_s_un_ambassador_and_it_workers_keep_their_state(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Iran's U.N. ambassador accused Washington of lying."])
    assert [(m.text, m.country) for m in doc.mentions if m.sector == "GOV"] == [("Iran's U.N. ambassador", "IRN")]
    # the body's own envoy stays the body's
    assert by_text(make_doc(nlp_stage, ["The U.N. envoy for Syria met Assad."]), "U.N. envoy")[0].country == "UNO"
    doc = make_doc(nlp_stage, ["The U.S. indicted North Korean IT workers."])
    assert by_text(doc, "North Korean IT workers")[0].country == "PRK"


def test_no_sentence_ends_inside_a_line_after_a_word(nlp_stage: NlpStage) -> None:
    # the small parser ended sentences at "Kim Ju [Ae]" and inside a headline
    doc = make_doc(
        nlp_stage,
        ["Kim Jong Un attended the ceremony with his daughter, Kim Ju Ae, and criticized the United States."],
        title="Tens of thousands rally in Seoul as court weighs Yoon's impeachment",
    )
    assert [s.text.strip() for s in doc.sentences] == [
        "Tens of thousands rally in Seoul as court weighs Yoon's impeachment",
        "Kim Jong Un attended the ceremony with his daughter, Kim Ju Ae, and criticized the United States.",
    ]
    # nor after a title's abbreviation, nor at a quote closing on the full stop
    doc = make_doc(nlp_stage, ['Army spokesman Brig. Gen. Nabil Abdallah said the troops retook the base. He added that Seoul "must stop."'])
    assert [s.text.strip() for s in doc.sentences] == [
        "Army spokesman Brig. Gen. Nabil Abdallah said the troops retook the base.",
        'He added that Seoul "must stop."',
    ]


def test_a_bare_surname_is_the_story_s_person_not_one_named_in_passing(nlp_stage: NlpStage) -> None:
    doc = make_doc(
        nlp_stage,
        [
            "Kim Yo-jong, the powerful sister of North Korean leader Kim Jong-un, warned Seoul on Sunday.",
            '"Seoul will regret it," Kim said.',
        ],
        title="Kim Yo-jong threatens trash balloons",
    )
    assert [m.name for m in doc.mentions if m.text == "Kim"] == ["Kim Yo Jong"]


def test_a_national_agency_abroad_and_a_body_only_some_states_have(nlp_stage: NlpStage) -> None:
    # Yonhap's Washington bureau: "the Treasury Department" is Washington's, not Seoul's
    doc = make_doc(nlp_stage, ["WASHINGTON, July 1 (Yonhap) -- The Treasury Department imposed sanctions on two China-based front companies."])
    assert by_text(doc, "Treasury Department")[0].country == "USA"
    assert by_text(doc, "China-based front companies")[0].country == "CHN"


def test_towns_named_with_their_state_and_a_dateline_filed_from_two_places(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["WASHINGTON (Reuters) - At least 22 civilians were killed in shelling of the town of Baraka in eastern Congo."])
    assert by_text(doc, "civilians")[0].country == "COD"
    assert by_text(doc, "Baraka")[0].country == "COD"
    doc = make_doc(nlp_stage, ["RSF fighters stormed the town of Bara in Sudan's North Kordofan province."])
    assert {m.text: m.country for m in doc.mentions if m.kind == "country"} == {"Bara": "SDN", "Sudan": "SDN", "North Kordofan": "SDN"}
    # "ISTANBUL/KYIV, March 3 (Reuters) -": no party
    doc = make_doc(nlp_stage, ["ISTANBUL/KYIV, March 3 (Reuters) - Russian and Ukrainian delegations met on Tuesday."])
    assert {m.country for m in doc.mentions} == {"RUS", "UKR"}


def test_the_x_backed_group_is_the_group_not_its_backer(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Israel struck Hezbollah positions, accusing the Iran-backed group of rearming."])
    assert [(m.name, m.country) for m in doc.mentions if m.text == "the Iran-backed group"] == [("Hezbollah", "LBN")]
    assert "IRN" not in [m.country for m in doc.mentions]
    doc = make_doc(nlp_stage, ["Leaders of the Group of Seven met in Italy."])
    assert not [m for m in doc.mentions if m.resolved_from]


def test_companies_sanctions_name_have_their_state(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Britain imposed sanctions on Rosneft and Lukoil, and Washington blacklisted Huawei."])
    assert {(m.name, m.country, m.sector) for m in doc.mentions if m.sector == "BUS"} == {("Rosneft", "RUS", "BUS"), ("Lukoil", "RUS", "BUS"), ("Huawei", "CHN", "BUS")}


def test_the_baltic_states_are_each_of_them(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Britain and the Baltic states imposed sanctions on Russia."])
    assert sorted(m.country for m in doc.mentions if m.text == "the Baltic states") == ["EST", "LTU", "LVA"]
    # the sea is no party
    doc = make_doc(nlp_stage, ["A cable under the Baltic Sea was damaged."])
    assert not [m for m in doc.mentions if m.country in ("EST", "LVA", "LTU")]


def test_the_statement_is_its_author_s(nlp_stage: NlpStage) -> None:
    def author(body: list[str]) -> list[str]:
        doc = make_doc(nlp_stage, body)
        return [m.name for m in doc.mentions if m.text.lower() in ("the statement", "the commentary")]

    assert author(["Kim Yo Jong released a press statement on Tuesday.", "The statement demanded that Seoul stop the leaflet launches."]) == ["Kim Yo Jong"]
    # the agency that carried it did not make it; its own commentary it did
    assert author(["KCNA carried a statement by the DPRK foreign ministry.", "The statement accused Washington of provoking a war."]) == ["North Korea foreign ministry"]
    assert author(["KCNA published a commentary on Sunday.", "The commentary accused Seoul of warmongering."]) == ["KCNA"]
    assert author(["The statement said nothing new."]) == []


def test_the_statement_s_author_is_the_name_not_its_apposition(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, released a press statement on Tuesday.",
                               "The statement denounced the ROK."])
    assert [m.name for m in doc.mentions if m.text == "The statement"] == ["Kim Yo Jong"]


def test_the_government_is_the_home_state_s_not_the_state_body_named_last(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["TBILISI, Dec 2 (dpa) - Georgian police detained dozens of protesters.",
                               "The U.S. State Department condemned the violence.",
                               "Protests began last year when the government suspended talks on joining the EU."])
    assert [m.country for m in doc.mentions if m.text == "the government"] == ["GEO"]
    # a government named as such just before is the one meant
    doc = make_doc(nlp_stage, ["SEOUL, Dec 2 (Yonhap) -- The Chinese government installed a new structure in the Yellow Sea.",
                               "The government said the platform is an aquaculture facility."])
    assert [m.country for m in doc.mentions if m.text == "The government"] == ["CHN"]


def test_the_bloc_is_the_union_named_last(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["EU foreign ministers met in Brussels.", "Kallas said the bloc would propose new measures against Russia."])
    assert [m.name for m in doc.mentions if m.text == "the bloc"] == ["European Union"]
    assert not [m for m in make_doc(nlp_stage, ["Analysts said the bloc was divided."]).mentions if m.text == "the bloc"]


def test_a_first_name_word_the_tagger_left_out(nlp_stage: NlpStage) -> None:
    # "Pak [Thae Song]": the name keeps its first word, and the bare surname later is the same person
    doc = make_doc(nlp_stage, ["Pak Thae Song, premier of the Cabinet of the DPRK, met Liu Guozhong.", "Pak expressed gratitude."])
    assert {m.text: m.country for m in doc.mentions if m.kind == "person" and "Pak" in m.text} == {"Pak Thae Song": "PRK", "Pak": "PRK"}
    # ... but a title or an honorific before it stays out of the name
    doc = make_doc(nlp_stage, ["AU Commission Chairperson Mahmoud Ali Youssouf appealed for calm."])
    assert [(m.name, m.country) for m in doc.mentions if m.kind == "person"] == [("Mahmoud Ali Youssouf", "AFR")]


def test_round_thirteen_world_desk_actors(nlp_stage: NlpStage) -> None:
    # armed groups, regional governments and missions of the world desk
    doc = make_doc(nlp_stage, ["Colombia suspended talks with the ELN.", "The Kurdistan Regional Government called on Turkey to stop.",
                               "KFOR said it had sent more troops."])
    assert [m.country for m in by_text(doc, "ELN")] == ["COL"]
    assert [m.country for m in by_text(doc, "Kurdistan Regional Government")] == ["IRQ"]
    assert [m.country for m in by_text(doc, "KFOR")] == ["NATO"]
    # a listed official's name under another office, in a story that never names the listed state, is a namesake
    doc = make_doc(nlp_stage, ["Colombia suspended talks with the ELN.", "Defence Minister Pedro Sanchez said troops had killed two rebels."])
    sanchez = [m for m in doc.mentions if m.kind == "person"][0]
    assert sanchez.country == "COL" and sanchez.title == "Defence Minister"
    assert [m.country for m in by_text(doc, "troops")] == ["COL"]
    assert [m.country for m in make_doc(nlp_stage, ["Spanish Prime Minister Pedro Sanchez met Macron in Paris."]).mentions if m.kind == "person"][0] == "ESP"
    # leaders of the world desk listed by name
    assert first_person(nlp_stage, "Albin Kurti met the EU envoy in Pristina.").country == "XKX"
    # a common noun capitalised to open a sentence is no unknown state
    doc = make_doc(nlp_stage, ["Fighting continued in Darfur. Drones struck a hospital on Monday.", "Debris fell on a building."])
    assert not by_text(doc, "Drones") and not by_text(doc, "Debris")


def test_round_thirteen_border_bodies_and_heads_told_again(nlp_stage: NlpStage) -> None:
    # "Its state border committee": a border body of the state named before
    doc = make_doc(nlp_stage, ["Belarus rejected the accusations.", "Its state border committee accused Polish guards of beating migrants."])
    assert [m.country for m in doc.mentions if "committee" in m.text] == ["BLR"]
    # "the guard" told again is the Polish border guard named before
    doc = make_doc(nlp_stage, ["A Polish border guard was stabbed by a migrant.", "The guard was wounded on Sunday night."])
    assert [m.country for m in doc.mentions if m.text == "The guard"] == ["POL"]


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Police arrested a New Jersey man on Monday.", "New Jersey", "USA"),
        ("A New Mexico man was charged on Tuesday.", "New Mexico", "USA"),
        ("Police arrested a man in Northern Ireland.", "Northern Ireland", "GBR"),
        ("A Texas man was arrested.", "Texas", "USA"),
    ],
)
def test_a_state_of_another_country_is_no_country_it_holds(nlp_stage: NlpStage, text: str, name: str, country: str) -> None:
    doc = make_doc(nlp_stage, [text])
    assert [m.country for m in by_text(doc, name)] == [country]
    assert countries(doc) == {country}


def test_a_named_body_followed_by_the_noun_of_its_kind_is_one_actor(nlp_stage: NlpStage) -> None:
    # a Seoul dateline made "news agency" South Korean: the accuser was the South itself
    doc = make_doc(nlp_stage, ['SEOUL, April 16 (Yonhap) -- On Monday, the official KCNA news agency accused South Korea of "begging foreign powers".'])
    assert [(m.text, m.country) for m in doc.mentions if "agency" in m.text] == [("KCNA news agency", "PRK")]


def test_a_region_s_adjective_describing_one_state_is_that_state(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Maduro suspended a gas deal with Trinidad and Tobago on Thursday, accusing the Caribbean island nation of helping the United States."])
    assert "CRB" not in countries(doc)
    assert [m.country for m in doc.mentions if "Caribbean" in m.text] == ["TTO"]
    # (the region itself stays one)
    doc = make_doc(nlp_stage, ["Leaders of the Caribbean met in Bridgetown."])
    assert "CRB" in countries(doc)


def test_an_outlet_of_a_state_the_story_names_nowhere_else_lends_it_to_nobody(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["The BBC had reported that at least 34 soldiers were killed last week when jihadists attacked an army post in Niger."])
    assert [m.country for m in doc.mentions if m.text in ("soldiers", "jihadists")] == ["NER", "NER"]
    # (a state's own agency in a story on that state still does)
    doc = make_doc(nlp_stage, ["North Korea fired a missile, KCNA said.", "KCNA said the military would respond."])
    assert [m.country for m in doc.mentions if m.text == "military"] == ["PRK"]


def test_a_state_s_name_read_as_a_person_is_no_person(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["The visit began on Monday."], title="N. Korea's top diplomat visits Laos, signs cooperation plan")
    assert [(m.text, m.kind, m.country) for m in doc.mentions if m.text == "N. Korea"] == [("N. Korea", "country", "PRK")]


def test_an_international_official_s_mandate_is_no_state_and_its_state_media_are_the_subject_s(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Elizabeth Salmon, the UN special rapporteur on human rights in North Korea, urged Seoul to respect freedom of expression."])
    assert [(m.country, m.sector) for m in doc.mentions if m.name == "Elizabeth Salmon"] == [("UNO", "IGO")]
    doc = make_doc(nlp_stage, ["Ahn also met Prime Minister Mark Carney on Wednesday.",
                               "North Korea did not immediately comment. Its state media has previously condemned Canada's participation in the mission."])
    assert [m.country for m in doc.mentions if m.text == "state media"] == ["PRK"]


def test_round_eighteen_agencies_named_in_world_news(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["The strike on the Engels air base was carried out by the SBU security service."])
    assert [m.country for m in doc.mentions if "SBU" in m.text] == ["UKR"]
    doc = make_doc(nlp_stage, ["Philippine authorities arrested a Chinese national.", "The man was detained near Subic Bay, the NBI said."])
    assert [m.country for m in doc.mentions if m.text == "NBI"] == ["PHL"]


def test_a_minister_speaking_after_a_quote_is_of_the_state_the_sentence_before_spoke_of(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["Montenegro's government defended the move, saying the Serbian minister had failed to give advance notice.",
                               '"This was a purely administrative matter, and we reject any claim that it was aimed at Serbia," Foreign Minister Ervin Ibrahimovic said.'])
    assert [m.country for m in doc.mentions if m.name == "Ervin Ibrahimovic"] == ["MNE"]


def test_a_korean_name_tagged_as_a_body_is_a_person_and_its_surname_no_state(nlp_stage: NlpStage) -> None:
    # the small model tagged "Seok Jong-gun" an organisation and the bare "Seok" a place; "Seok" had become a made-up state "SEO"
    doc = make_doc(nlp_stage, ["The memorandum was signed by Seok Jong-gun, head of the Defense Acquisition Program Administration.",
                               "Seok also paid a courtesy call on Vietnamese Defence Minister Phan Van Giang."])
    assert [m.kind for m in doc.mentions if m.text == "Seok Jong-gun"] == ["person"]
    assert not [m for m in doc.mentions if m.country == "SEO"]


def test_a_surname_the_tagger_called_a_place_ends_the_name(nlp_stage: NlpStage) -> None:
    # "Muttaqi" had become a made-up state "MUT"
    doc = make_doc(nlp_stage, ["U.S. hostage envoy Adam Boehler met Taliban Foreign Minister Amir Khan Muttaqi in Kabul last week."])
    assert [(m.name, m.country) for m in doc.mentions if m.kind == "person"] == [("Adam Boehler", "USA"), ("Amir Khan Muttaqi", "AFG")]
    assert not [m for m in doc.mentions if m.country == "MUT"]


def test_the_state_opening_an_envoy_s_title_sends_him_and_the_one_after_for_is_his_brief(nlp_stage: NlpStage) -> None:
    doc = make_doc(nlp_stage, ["John Coale, the U.S. deputy special envoy for Ukraine, met Lukashenko in Minsk on Thursday."])
    assert [(m.name, m.country) for m in doc.mentions if m.kind == "person"][0] == ("John Coale", "USA")


def test_central_asia_and_the_islamic_republic(nlp_stage: NlpStage) -> None:
    # "Central Asian" had been Asia's, "the Islamic Republic" a made-up state "IIC"
    doc = make_doc(nlp_stage, ["Leaders of the five Central Asian states met Xi Jinping in Astana.", "The Islamic Republic expelled the Australian ambassador."])
    assert [(m.text, m.country) for m in doc.mentions if m.kind == "country" and m.text != "Astana"] == [("Central Asian", "CAS"), ("Islamic Republic", "IRN")]


def test_a_legislature_named_with_its_state_keeps_that_state(nlp_stage: NlpStage) -> None:
    # "U.S. Senate" and "U.S. Congress" took the other state of the sentence
    # when the whole phrase was a lexicon entry whose state comes from context
    doc = make_doc(nlp_stage, ["The U.S. Senate voted to impose sanctions on Chinese officials.", "The U.S. Congress condemned Russia."])
    assert by_text(doc, "U.S. Senate")[0].country == "USA"
    assert by_text(doc, "U.S. Congress")[0].country == "USA"


def test_a_body_s_official_is_one_person_of_that_body(nlp_stage: NlpStage) -> None:
    # "spy agency" and "official" were two parties, so a detention had two targets
    doc = make_doc(nlp_stage, ["A Seoul court ordered the detention of a former spy agency official.", "A police spokesman said people had been detained."])
    assert [(m.text, m.country, m.sector) for m in doc.mentions if "official" in m.text] == [("spy agency official", "KOR", "SPY")]
    assert by_text(doc, "police spokesman")[0].sector == "COP"


def test_a_title_before_its_brief_and_a_comma_is_the_name_s(nlp_stage: NlpStage) -> None:
    # "the UN special envoy for Yemen, Hans Grundberg": no state, and "he" went to the last titled man
    doc = make_doc(nlp_stage, ["Israeli Defence Minister Israel Katz said the Houthis would pay a heavy price.",
                               "The UN special envoy for Yemen, Hans Grundberg, said he was concerned. He urged all parties to exercise restraint."])
    he = [m for m in doc.mentions if m.text == "He"][0]
    assert (he.name, he.country) == ("Hans Grundberg", "UNO")
    # (with the article before the body named in the title)
    assert first_person(nlp_stage, "The UN envoy Hans Grundberg urged restraint.").country == "UNO"


def test_a_japanese_city_geonames_names_with_shi(nlp_stage: NlpStage) -> None:
    # GeoNames calls it "Nara-shi", so "Nara" was the town in Mali
    doc = make_doc(nlp_stage, ["Lee visited Nara, Takaichi's home prefecture, in January."])
    assert by_text(doc, "Nara")[0].country == "JPN"


def test_state_broadcasters_are_their_states(nlp_stage: NlpStage) -> None:
    # "Deutsche Welle" had been made Niger's, the state that suspended it
    doc = make_doc(nlp_stage, ["Niger suspended German broadcaster Deutsche Welle and Radio France Internationale."])
    assert (by_text(doc, "Deutsche Welle")[0].country, by_text(doc, "Radio France Internationale")[0].country) == ("DEU", "FRA")


def test_a_region_named_as_one_is_no_made_up_state(nlp_stage: NlpStage) -> None:
    # "the North Darfur city of El Fasher" made a state "NUR" the RSF attacked
    doc = make_doc(nlp_stage, ["The RSF attacked the North Darfur city of El Fasher on Monday."])
    assert countries(doc) == {"SDN"}


def test_a_list_of_states_shares_the_noun_after_it(nlp_stage: NlpStage) -> None:
    # "Thai" in "Thai and Cambodian troops" had no sector
    doc = make_doc(nlp_stage, ["Thai and Cambodian troops clashed, while Russian, Chinese and Iranian warships held drills."])
    assert [(m.country, m.sector) for m in by_text(doc, "Thai")] == [("THA", "MIL")]
    assert [(m.country, m.sector) for t in ("Russian", "Chinese") for m in by_text(doc, t)] == [("RUS", "MIL"), ("CHN", "MIL")]
    # (a last state's own noun is not shared: "North Korea and Russia's military")
    doc = make_doc(nlp_stage, ["North Korea and Russia's military ties worry Seoul."])
    assert [m.sector for m in by_text(doc, "North Korea")] == [None]


def test_civilians_are_of_the_place_named_nearest_them(nlp_stage: NlpStage) -> None:
    # with Cairo named too, the people killed in Gaza took the dateline's state
    doc = make_doc(nlp_stage, ["Israeli and Hamas negotiators resumed talks in Cairo on Tuesday, a day after an Israeli air strike in southern Gaza killed four people."])
    assert [m.country for m in by_text(doc, "people")] == ["PSE"]


def test_a_story_with_no_dateline_is_at_home_where_its_bodies_are(nlp_stage: NlpStage) -> None:
    # a Seoul paper on Russia's help to Pyongyang names Russia most; "the ministry"
    # and "the government" had become Russia's, and "Rep. Han Ki-ho" an American
    doc = make_doc(nlp_stage, [
        "North Korea has sent workers to Russia, and Moscow has in return provided Pyongyang with air defense equipment, South Korea's spy agency told lawmakers Thursday.",
        "According to the NIS, Russia delivered air defense systems to Pyongyang in October, and Russian engineers visited the launch site.",
        "Defense Minister Ahn Gyu-back told the National Assembly on Wednesday that the ministry would again propose military talks with the North.",
        "Lawmakers from the main opposition People Power Party criticized the plan. Rep. Han Ki-ho accused the ministry of lowering its guard.",
        "The government asked Russia to allow consular access.",
    ])
    assert {m.country for m in by_text(doc, "the ministry")} == {"KOR"}
    assert [m.country for m in by_text(doc, "The government")] == ["KOR"]


def test_a_name_spelt_the_way_seoul_does_is_south_korean_in_a_story_on_korea(nlp_stage: NlpStage) -> None:
    # "Rep." had made him an American
    doc = make_doc(nlp_stage, ["U.S. and South Korean officials met in Seoul. Rep. Park Sun-won of the Democratic Party said the talks sent the wrong message to North Korea."])
    assert [(m.country, m.sector) for m in doc.mentions if m.kind == "person"] == [("KOR", "LEG")]
    # (one the North owns or is named with stays the North's)
    doc = make_doc(nlp_stage, ["SEOUL, Nov. 27 (Yonhap) -- North Korea's Jo Yong-won accused South Korea of provocations, the KCNA said."])
    assert [m.country for m in doc.mentions if m.kind == "person"] == ["PRK"]


def test_a_model_name_before_the_kind_of_system_is_a_weapon(nlp_stage: NlpStage) -> None:
    # "IRIS" had become an unknown party the pledge went to
    doc = make_doc(nlp_stage, ["Germany pledged another IRIS-T air defense system."])
    assert [m.text for m in doc.mentions] == ["Germany"]


def test_no_name_runs_from_the_title_into_the_body(nlp_stage: NlpStage) -> None:
    # "NLL\n\nNorth Korean soldiers" had been one South Korean mention
    doc = make_doc(nlp_stage, ["North Korean soldiers crossed the border on Tuesday, the JCS said."], title="Seoul fires warning shots as troops cross NLL")
    assert [(m.country, m.sector) for m in by_text(doc, "North Korean soldiers")] == [("PRK", "MIL")]
    assert not any("\n" in m.text for m in doc.mentions)

"""The actors stage: fill ``doc.mentions`` from the text and its parse.

Order of work, each step cheap (one pass over the text or the tokens):

1. scan the text with the compiled lexicon (:mod:`.lexicon`);
2. join places with sector nouns (:mod:`.compose`);
3. count countries, pick the document's focus country;
4. people with titles and organisations (:mod:`.people`), then later
   mentions of a person by one part of the name and governments named after
   their leader (:mod:`.names`);
5. organisations and sector nouns without a country get one from context;
6. unknown states and organisations (:mod:`.unknown`);
7. document-level coreference (:mod:`.coref`);
8. sentence indexes, sorted by offset.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..errors import DocumentError
from ..records import Actor, Document
from ..resolve.places import paragraph_datelines
from ..stage import Stage, rules_version
from .compose import (
    CIVIL_SECTORS,
    PLACE_NAME_WORDS,
    REGION_CODES,
    after_stance,
    compose,
    country_counts,
    focus_country,
    home_counts,
    korean_text,
    named_as_place,
    pick_country,
    quote_between,
)
from .coref import north_south_sides, resolve_coreference
from .lexicon import (
    DEMONYM,
    GEO,
    ORG,
    SECTOR,
    Hit,
    fuzzy_country,
    get_cities,
    get_lexicon,
    get_region_members,
    region_pattern,
)
from .names import leader_governments, link_people, name_parts, part_mentions
from .people import ATTRIBUTION_AFTER, find_people
from .unknown import FLAGGED_SHIP, no_party_name, unknown_actors, unknown_orgs


class ActorStage(Stage):
    """Find and resolve actor mentions (countries, organisations, people, groups)."""

    name = "actors"
    version = rules_version("v1", "actors", "data/actors")

    def process(self, doc: Document) -> Document:
        """Set ``doc.mentions``; needs the nlp stage's ``doc.spacy``."""
        if doc.spacy is None:
            raise DocumentError("no_parse", "the actors stage needs doc.spacy; run the nlp stage first")
        try:
            doc.mentions = find_mentions(doc)
        except (ValueError, IndexError) as e:
            # a parse without sentence boundaries or odd offsets: reject this
            # document with the reason, keep the run going
            raise DocumentError("actor_error", f"{type(e).__name__}: {e}") from None
        return doc


def find_mentions(doc: Document) -> list[Actor]:
    """All actor mentions of a parsed document, sorted by offset."""
    lex = get_lexicon()
    text = doc.text
    sdoc = doc.spacy
    waters = [m.span() for m in _WATERS.finditer(text)]
    # (a state of another country holds no country: "a New Jersey man", "police in Northern Ireland")
    regions = [m.span() for m in region_pattern().finditer(text)]
    hits = [h for h in _outside(waters + regions, _drop_hits_inside_names(text, lex.scan(text), sdoc)) if not _CURRENCY.match(text, h.end)]
    if "Reporters Without Borders" in text or "Reporters Sans Fronti" in text:
        # a press-freedom story: its "RSF" is the press group, not Sudan's paramilitary
        rwb = next((h.entry for h in hits if h.entry.name == "Reporters Without Borders"), None)
        if rwb is not None:
            hits = [Hit(h.start, h.end, rwb) if text[h.start : h.end] == "RSF" else h for h in hits]
    mentions = _drop_generic_parties(text, _drop_modifier_nouns(compose(text, hits, lex), sdoc, lex, _title_end(doc)))
    _namesakes(text, mentions, lex)
    mentions = _described_states(text, _named_kind(text, _bureaus(text, mentions)))
    datelines, home, national, filed_from = _datelines(doc)
    world_wire = _world_wire(doc)
    if datelines:
        doc.meta["datelines"] = [list(x) for x in datelines]
    # countries named outright (places, "Afghan Special Forces", "Hamas"), before any guessing;
    # not a place named as a stance ("anti-Japan", "pro-Russian") or in the dateline:
    # the story is not about their people

    def named_outright() -> Counter[str]:
        outlets = _outlets_only(mentions)
        return country_counts(
            m for m in mentions if m.country and not after_stance(text, m.start or 0) and not _in_spans(m, datelines) and not (_outlet(m) and m.country in outlets)
        )

    counts = named_outright()
    if home and not national and not counts.get(home) and any(n >= 2 for c, n in counts.items() if c not in lex.international):
        # "BANGKOK (Reuters) - Myanmar's military bombed ...": a world wire's
        # bureau city, in a state the story never names while it names
        # another again and again, is no home for it ("KYIV (AP) - Russia
        # launched drones at the capital" keeps Kyiv's)
        home = None
    if home and not national and counts.get(home) and any(n >= 2 and n > counts[home] for c, n in counts.items() if c not in lex.international) and all(
        _VENUE.search(text, max(0, (m.start or 0) - 16), m.start or 0) for m in mentions if m.country == home and m.start is not None and not _in_spans(m, datelines)
    ):
        # "DOHA (AFP) - Congo and the M23 rebels signed a deal in Qatar ...
        # The army accused the rebels": a bureau city in the state only
        # named as the venue of another state's story is no home for it
        home = None
    if home and world_wire and not _opens_on(doc, mentions, datelines, home, lex, counts):
        # "BANGKOK (AFP) - A Myanmar military air strike ... killed 27" (the Thai minister
        # named later): a world wire's bureau city, in a state neither the headline nor
        # the lede names while they name another, is no home for the story (a home
        # outlet's "SEOUL (NK News) -- North Korea and Russia opened ..." keeps Seoul's)
        home = None
    if home and national and filed_from and filed_from != home and not counts.get(home):
        # "NAIROBI, May 7 (Xinhua) -- Police detained ...": a national agency
        # abroad, on a story its own state has no part in, writes of the
        # place it files from (a Yonhap story from abroad names Seoul)
        home = filed_from
    if home:
        doc.meta["dateline_country"] = home
    # a dateline's country is the home of the story's unlabeled institutions
    # and officials ("the defense minister", "the Air Force" in a Seoul story)
    # (with no dateline: the state most of its people and bodies belong to, when it
    # names two or more of them: "the U.S. Treasury said" alone makes no U.S. story)
    focus = home or _headline_focus(doc, mentions, home_counts(counts, mentions, CIVIL_SECTORS, least=2), lex)
    if _ethnic_minorities(text, mentions, counts, lex):
        counts = named_outright()
        focus = home or _headline_focus(doc, mentions, home_counts(counts, mentions, CIVIL_SECTORS, least=2), lex)
    if not home and focus == "PRK" and "North" in (sides := north_south_sides(text)) and ("South" in sides or counts.get("KOR")):
        # a story that calls Pyongyang "the North" is told from Seoul: its unnamed
        # presidential office, police and opposition are the South's (the North's
        # bodies are named as such: "the North's foreign ministry", KCNA)
        focus = "KOR"
    covered = [(m.start or 0, m.end or 0) for m in mentions]
    mentions.extend(unknown_orgs(text, sdoc, covered))
    mentions.sort(key=lambda m: (m.start or 0, m.end or 0))
    _of_a_state(text, mentions)
    mentions = _named_firms(text, mentions)
    # "DOHA, Qatar (AP) --": where the reporter files from and for whom; no
    # party, and no state for the officials named after it
    mentions = [m for m in mentions if not _in_spans(m, datelines)]
    _index_sentences(doc, mentions)
    _fill_context(text, mentions, lex, counts, focus, filed_from, home is not None)
    title_spans: list[tuple[int, int]] = []
    people = find_people(text, sdoc, mentions, lex, counts, focus, title_spans)
    # a place named after somebody is no person: "a parade at Kim Il Sung Square"
    people = [p for p in people if not (p.text and _PLACE_AFTER_NAME.match(" " + p.text.split()[-1]))]
    # nor an exercise's or a ship's name: "the latest Freedom Edge trilateral exercise"
    # a firm's name the tagger read as a person's ("Jilin Yanbian Huarong Bank"): a firm of the
    # state of the place it is named after
    people = [_firm_of(p) if p.text and p.text.split()[-1] in _FIRM_WORDS else p for p in people]
    firms = [(p.start, p.end) for p in people if p.kind == "org" and p.start is not None and p.end is not None]
    ships = [(p.start, p.end) for p in people if p.text and p.start is not None and p.end is not None and no_party_name(p.text, text, p.start, p.end)]
    people = [p for p in people if (p.start, p.end) not in ships]
    # (and no mention inside a firm's or a ship's name: "The George Washington, a nuclear-powered carrier, arrived")
    mentions[:] = [m for m in mentions if not any(a <= (m.start or -1) and (m.end or -1) <= b for a, b in firms + ships)]
    # nor a state's name the tagger read as a person's ("N. Korea's top diplomat visits Laos")
    states = [(m.start, m.end) for m in mentions if m.kind == "country" and m.start is not None and m.end is not None]
    people = [p for p in people if p.start is None or p.end is None or not any(s <= p.start and p.end <= e for s, e in states)]
    link_people(people, lex)
    for p in people:
        if p.country is None and p.start is not None and text[max(0, p.start - 3) : p.start] in ("'s ", "’s "):
            # "North Korea's Kim", "Russia's Lavrov": the state that owns the person is his
            owner = next((m for m in mentions if m.end == p.start - 3 and m.kind == "country" and m.country), None)
            if owner is not None:
                p.country = owner.country
    _served_under(sdoc, people, mentions)
    _index_sentences(doc, people)
    mentions.extend(people)
    mentions.extend(part_mentions(text, sdoc, people, mentions, lex))
    mentions = leader_governments(text, mentions)
    covered = [(m.start, m.end) for m in mentions if m.start is not None and m.end is not None] + title_spans + datelines
    person_words = frozenset(w for p in people for w in name_parts(p.name) if " " not in w)
    mentions.extend(unknown_actors(text, sdoc, covered, lex, lambda off: _in_headline(doc, off), person_words))
    mentions.sort(key=lambda m: (m.start or 0, m.end or 0))
    _index_sentences(doc, mentions)
    # an unknown capitalised "US" before an amount is a currency too
    mentions = _outside(waters, [m for m in mentions if not (m.kind == "country" and _CURRENCY.match(text, m.end or 0))])
    # "SEOUL, June 12 (Yonhap) --": where the reporter files from, not a party
    mentions = [m for m in mentions if not _in_spans(m, datelines)]
    # (the makers of things, dropped above, once more: later passes find names anew)
    mentions = [m for m in mentions if not (m.end is not None and m.kind != "person" and (_MAKER_OF.match(text, m.end) or _SPONSOR_OF_TALKS.match(text, m.end)))]
    # "a government-to-government contract", "military-to-military talks": a kind of deal, no party
    mentions = [m for m in mentions if not (m.start is not None and m.end is not None and (
        _TO_SAME.match(text, m.end) or _TO_SAME_BEFORE.search(text, max(0, m.start - 16), m.start)
    ))]
    # a vessel's name is no party: "blasted the supply boat Unaizah May 6", "the tanker Eagle S"
    # (a state's own name stays one: "a ship Iran bought")
    mentions = [m for m in mentions if not (
        m.start is not None and m.text[:1].isupper() and m.name != lex.country_names.get(m.country or "") and _VESSEL_BEFORE.search(text, max(0, m.start - 24), m.start)
    )]
    # a ship's flag is a nationality on a thing, no party: "seized a Panama-flagged tanker"
    mentions = [m for m in mentions if not (m.kind == "country" and m.end is not None and FLAGGED_SHIP.match(text, m.end))]
    _places_in_states(text, mentions)
    _firms_named_like_towns(text, mentions, lex)
    mentions = _drop_bodies_in_names(text, mentions)
    _acronyms_defined(text, mentions)
    mentions = resolve_coreference(doc, mentions, lex)
    return mentions


_ACRONYM_DEF = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&]{1,9})\s*\)")


def _acronyms_defined(text: str, mentions: list[Actor]) -> None:
    """A body named with its acronym in brackets ("the Philippine Coast Guard
    (PCG)") is that body wherever the story uses the acronym after it ("PCG
    spokesperson Jay Tarriela"), whatever state is named nearer."""
    defs: dict[str, Actor] = {}
    for m in mentions:
        if m.country and m.kind in ("org", "group") and m.end is not None and (d := _ACRONYM_DEF.match(text, m.end)) is not None:
            defs.setdefault(d.group(1), m)
    for acr, body in defs.items():
        used = re.compile(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])")
        for m in mentions:
            if m is body or m.start is None or m.start < (body.end or 0) or m.country == body.country or not used.match(m.text):
                continue
            if m.kind in ("org", "group") and m.text.strip() == acr:
                m.country, m.sector, m.name = body.country, body.sector, body.name
            elif m.kind == "person":
                m.country = body.country  # "PCG spokesperson Jay Tarriela"


# "the town of Bara in Sudan's North Kordofan province", "Baraka in eastern Congo", "Bara, Sudan"
_IN_STATE = re.compile(r"(?:,\s+|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?)\Z")
_TOWN_OF = re.compile(r"\b(?:town|city|village|district|province|region|port|camp)\s+of\s+\Z", re.IGNORECASE)


# what a firm is called before its name: "French group Orano", "the mining company Somair"
_FIRM_BEFORE = re.compile(r"\b(?:([A-Z][a-z]+)\s+)?(?:mining\s+|energy\s+|nuclear\s+|state\s+|oil\s+)?(?:group|company|firm|giant|operator|conglomerate|miner|maker|producer|carrier|airline|lender|insurer)\s+\Z")


_AT_MISSION = re.compile(r"\s+(?:at|of|from|with)\s+(?:the\s+|its\s+)?")
_AND_AFTER = re.compile(r"\s+and\s+")
_MISSION_WORDS = re.compile(r"\b(?:embassy|consulate|mission|legation)\b", re.IGNORECASE)


_OWNED_BY = re.compile(r",\s+(?:which|that)\s+is\s+(?:majority-|wholly\s+|partly\s+|fully\s+|largely\s+)?(?:state-)?owned\s+by\s+the\s+([A-Z][a-z]+)\s+(?:state|government)\b")


def _firms_named_like_towns(text: str, mentions: list[Actor], lex) -> None:  # type: ignore[no-untyped-def]
    """A town's or an unknown body's name right after a word for a firm is the
    firm's ("French group Orano" is no Orano in Algeria): a business, of the
    state of the demonym before that word, if any."""
    firms: dict[str, str | None] = {}
    for m in mentions:
        town = m.kind == "country" and m.country is not None and m.name != lex.country_names.get(m.country)
        # (or a name the tagger read as a person's: "mining group Arvelle")
        nobody = m.kind == "person" and not m.title
        if m.start is None or not (town or nobody or (m.kind == "org" and m.country is None and m.sector is None)):
            continue
        firm = _FIRM_BEFORE.search(text, max(0, m.start - 40), m.start)
        if firm is None:
            continue
        state = next((h.entry.country for h in lex.scan(firm.group(1))), None) if firm.group(1) else None
        m.kind, m.sector, m.country, m.name = "org", "BUS", state, m.text
        firms[m.text] = state
    for m in mentions:
        # "Arvelle, which is majority-owned by the French state": the owner state's firm
        unplaced = (m.kind == "org" and m.sector in ("BUS", None) and m.country is None) or (m.kind == "person" and not m.title)
        owned = _OWNED_BY.match(text, m.end or 0) if unplaced and m.end is not None else None
        state = next((h.entry.country for h in lex.scan(owned.group(1))), None) if owned is not None else None
        if state is not None:
            m.kind, m.sector, m.country, m.name = "org", "BUS", state, m.text
            firms[m.text] = state
    for m in mentions:
        # ... and that name again: "Orano said it would file a claim"
        if m.text in firms and ((m.kind == "country" and m.name != lex.country_names.get(m.country or "")) or (m.kind == "person" and not m.title) or (
            m.kind == "org" and m.country is None
        )):
            m.kind, m.sector, m.country, m.name = "org", "BUS", firms[m.text], m.text


def _places_in_states(text: str, mentions: list[Actor]) -> None:
    """An unknown town named with the state it lies in takes that state (in
    place); "the town of Baraka" is a place even if the parser took it for a person."""
    by_start = {m.start: m for m in mentions if m.start is not None and m.kind == "country" and m.country}
    by_end = {m.end: m for m in by_start.values()}
    for m in mentions:
        if m.country is not None or m.start is None or m.end is None or m.kind not in ("country", "person"):
            continue
        if m.kind == "person" and not _TOWN_OF.search(text, max(0, m.start - 20), m.start):
            continue
        owner = next((by_end[e] for e in (m.start - 3, m.start - 2) if e in by_end and text[e : m.start].rstrip() in ("'s", "’s", "'")), None)
        if owner is not None:
            m.country, m.kind, m.sector = owner.country, "country", None  # "Sudan's North Kordofan province"
            continue
        after = text[m.end : m.end + 40]
        for start, state in by_start.items():
            if start is not None and m.end < start <= m.end + 40 and _IN_STATE.search(after[: start - m.end]):
                m.country, m.kind, m.sector = state.country, "country", None
                break


# Sectors of the state: a bare "the army" or "police" most likely belongs to the
# state named just before it in the sentence. Rebels, protesters, civilians
# are as often the other side's, so they take the document's focus instead.
_STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "LEG", "JUD", "SPY"))
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?\Z", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:our|my)\s+(?:own\s+|brave\s+|innocent\s+)?\Z", re.IGNORECASE)


def _speaker_state(text: str, m: Actor, named: list[Actor]) -> str | None:
    """The state of whoever speaks the quotation ``m`` stands in ("our soldiers",
    "my people"): the first state named after the quotation closes in the same
    sentence ('"... killing our soldiers," Burundi's spokesman said'), else the
    last named before it opens ('Burundi's spokesman said: "... our soldiers"')."""
    start, end = m.start or 0, m.end or 0
    inside = text.count('"', 0, start) % 2 == 1 or text.rfind("\u201c", 0, start) > text.rfind("\u201d", 0, start)
    close = min((i for i in (text.find(q, end) for q in ('"', "\u201d")) if i >= 0), default=-1)
    opening = max(text.rfind(q, 0, start) for q in ('"', "\u201c"))
    if not inside or close < 0:
        return None
    after = next((x for x in named if x.sentence_index == m.sentence_index and (x.start or 0) > close and (x.start or 0) - close < 80), None)
    if after is not None:
        return after.country
    before = [x for x in named if x.sentence_index == m.sentence_index and (x.end or 0) <= opening]
    if before:
        return before[-1].country
    if _STATEMENT_SPEAKS.match(text, close + 1):
        # '"... our army will take corresponding action," the statement said' after "North
        # Korea's defense ministry said in a statement ...": the state of whoever issued it
        issuer = [x for x in named if x.sentence_index == (m.sentence_index or 0) - 1 and (x.kind == "country" or x.sector is not None)]
        return issuer[0].country if issuer else None
    return None


# a quote closed by the statement it is from: '," the statement said'
_STATEMENT_SPEAKS = re.compile(r"\s*,?\s*the\s+(?:statement|communique|commentary|announcement|dispatch|report)\s+(?:said|added|read|says|warned|stated)\b")


_ETHNIC = re.compile(r"\bethnic\s+\Z", re.IGNORECASE)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_a_state(text: str, mentions: list[Actor]) -> None:
    """A body no lexicon knows, named "of" a state ("the Law Society of Kenya",
    "the Bar Association of India"), is that state's (in place); one named
    with a short name the lexicon knows in brackets is that body."""
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        # (named by any of its names: "the Missile Administration of the DPRK")
        if m.kind == "org" and m.country is None and m.end is not None and nxt.kind == "country" and nxt.country and not nxt.resolved_from:
            gap = _OF_THE.fullmatch(text, m.end, nxt.start or 0)
            if gap is not None:
                m.country = nxt.country
        # "militants of the Kurdistan Workers Party (PKK)": a name no lexicon knows, with the
        # short name the lexicon knows in brackets after it, is that body
        if m.kind in ("org", "group") and m.country is None and m.sector is None and m.end is not None and nxt.country and nxt.kind in ("org", "group"):
            if text[m.end : (nxt.start or 0)] in (" (", "(") and text[(nxt.end or 0) : (nxt.end or 0) + 1] == ")":
                m.country, m.sector, m.kind = nxt.country, nxt.sector, nxt.kind


# the last word of a firm's name
_FIRM_WORDS = frozenset(("Bank", "Ltd", "Ltd.", "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Group", "Company", "Holdings", "Trading", "Shipping"))


def _firm_of(p: Actor) -> Actor:
    """A person's mention that is a firm's name: an org of the state of a city or
    province its words name ("Jilin Yanbian Huarong Bank" -> CHN), else of none."""
    return replace(p, kind="org", sector="BUS", country=_place_state(p.text), title=None, organization=None)


def _place_state(words: str) -> str | None:
    """The state of the first city or province among ``words``, else None."""
    cities = get_cities()
    return next((cities[w.lower()] for w in words.split() if w.lower() in cities), None)


def _named_firms(text: str, mentions: list[Actor]) -> list[Actor]:
    """ "Liaoning Xinghai Rural Commercial Bank": capitalised words before a
    capitalised firm word, one of them a city or province, are one firm of
    that place's state (not a bank of the story's home)."""
    taken = [(m.start, m.end) for m in mentions if m.start is not None and m.end is not None]
    for m in mentions:
        if not (m.kind == "org" and m.sector == "BUS" and m.country is None and m.text in _FIRM_WORDS and m.start is not None):
            continue
        name = _NAME_BEFORE.search(text, max(0, m.start - 80), m.start)
        if name is None:
            continue
        state = _place_state(name.group(0))
        if state is None or any(a is not None and b is not None and name.start() < b and a < m.start for a, b in taken):
            continue
        m.text = m.name = text[name.start() : m.end]
        m.start, m.country = name.start(), state
    return mentions


# capitalised words right before a word ("Liaoning Xinghai Rural Commercial [Bank]")
_NAME_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w&'-]*\s+){1,5}\Z")


def _served_under(sdoc, people: list[Actor], mentions: list[Actor]) -> None:  # type: ignore[no-untyped-def]
    """A person of no known state whose relative clause says whom or what they
    served ("Rosa Quispe, who served as prime minister under ousted President
    Pedro Castillo"): the state of that person or state (in place)."""
    if sdoc is None:
        return
    placed = [m for m in [*mentions, *people] if m.country and m.kind in ("person", "country") and m.start is not None and len(m.country) == 3]
    for p in people:
        if p.country is not None or p.start is None or p.end is None:
            continue
        span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        clauses = [c for c in span.root.children if c.dep_ in ("relcl", "appos") and any(t.lemma_.lower() in ("serve", "under", "former") for t in c.subtree)]
        for c in clauses:
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            found = next((m for m in placed if lo <= (m.start or 0) and (m.end or 0) <= hi and m is not p), None)
            if found is not None:
                p.country = found.country
                break


def _in_spans(m: Actor, spans: list[tuple[int, int]]) -> bool:
    return m.start is not None and any(a <= m.start < b for a, b in spans)


# a ministry's regional bureau: "Asian and Oceanian Affairs Bureau", "European Affairs Department"
_BUREAU = re.compile(r"\b(?:[A-Z][\w-]+,? (?:and )?){1,4}Affairs (?:Bureau|Department|Division|Office|Directorate|Section)\b")


def _bureaus(text: str, mentions: list[Actor]) -> list[Actor]:
    """"the Japanese foreign ministry's Asian and Oceanian Affairs Bureau": the
    regions a bureau is named after are no parties ("Asian" was Asia); the
    bureau is one body of the ministry that owns it ("X's"), if one does."""
    out = list(mentions)
    for b in _BUREAU.finditer(text):
        inside = [m for m in out if m.start is not None and b.start() <= m.start and (m.end or 0) <= b.end()]
        if not inside:
            continue
        owner = next((m for m in out if m.end is not None and m.kind == "org" and text[m.end : b.start()] in ("'s ", "\u2019s ")), None)
        out = [m for m in out if m not in inside]
        out.append(Actor(text=b.group(0), name=b.group(0), country=owner.country if owner else None, sector=owner.sector if owner else None,
                         kind="org", start=b.start(), end=b.end()))
    return out


def _named_kind(text: str, mentions: list[Actor]) -> list[Actor]:
    """"the official KCNA news agency": a named body followed by the common
    noun of its kind is one actor, the named one (the common noun alone
    would take its country from the story or the dateline)."""
    out: list[Actor] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "org" and m.kind == "group" and m.sector and m.sector == prev.sector and prev.start is not None
            and prev.end is not None and m.start == prev.end + 1 and text[prev.end] == " " and m.text[:1].islower()
        ):
            out[-1] = replace(prev, text=text[prev.start : m.end], end=m.end)
            continue
        out.append(m)
    return out


_STATE_NOUN_AFTER = re.compile(r"(?:[ -](?:island|coastal|landlocked|oil-rich|tiny|small|Himalayan|Gulf|Balkan|Baltic|Andean))*[ -](?:nation|country|state|kingdom|republic|monarchy|emirate|archipelago|neighbou?r)\b")


def _described_states(text: str, mentions: list[Actor]) -> list[Actor]:
    """"the Caribbean island nation of Trinidad and Tobago", "accusing the
    Caribbean island nation of helping ...": a region's adjective that
    describes one state is that state (the one named after "of", else the
    last state named before it in the sentence or the one before), never
    the region."""
    out: list[Actor] = []
    for k, m in enumerate(mentions):
        if m.country not in REGION_CODES or m.kind != "country" or m.start is None or m.end is None or "the " not in (text[max(0, m.start - 4) : m.start] + m.text[:4]).lower():
            out.append(m)
            continue
        noun = _STATE_NOUN_AFTER.match(text, m.end)
        if noun is None:
            out.append(m)
            continue
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if after is not None and after.kind == "country" and after.country not in REGION_CODES and after.start == noun.end() + len(" of ") and text[noun.end() : after.start] == " of ":
            continue  # the state is named right after it
        near = [b for b in reversed(out) if b.country and b.country not in REGION_CODES and (b.end or 0) > m.start - 400]
        # (a state of that region first, named by any of its bodies: "Kenya has deployed officers
        # to the Caribbean nation" after "its police in Haiti"; else the last state named)
        members = get_region_members().get(m.country or "", frozenset())
        before = next((b for b in near if b.country in members), None) or next((b for b in near if b.kind == "country"), None)
        if before is not None:
            out.append(replace(m, name=before.name, country=before.country, end=noun.end(), text=text[m.start : noun.end()]))
    return out


# offices a listed head of state or government does not hold under another title
_OFFICE_WORDS = ("minister", "secretary", "ambassador", "commander", "spokes", "general", "envoy", "governor", "mayor")


def _namesakes(text: str, mentions: list[Actor], lex: Any) -> None:
    """"Defence Minister Pedro Sanchez" in a Colombia story: a listed
    official's name after the title of another office, in a story that names
    other states but never the listed one, is a namesake; the person keeps no
    listed state (the people pass finds one from the title and the story)."""
    named = {m.country for m in mentions if m.kind == "country" and m.country}
    for m in mentions:
        if m.kind != "person" or not m.country or not m.title or m.start is None or m.country in named or not named:
            continue
        line = text[max(0, m.start - 60) : m.start].rsplit("\n", 1)[-1]
        key = lex.title_sector(" ".join(line.split()[-4:]))[2]
        if key and line.rstrip().lower().endswith(key) and any(w in key for w in _OFFICE_WORDS) and not _office_words(key) & _office_words(m.title):
            m.country, m.name, m.title, m.sector = None, m.text, None, None


# words that tell no office apart ("Minister of National Defense" is the "Defense Minister")
_RANK_WORDS = frozenset(("minister", "of", "the", "for", "and", "national", "state", "deputy", "vice", "first", "acting", "former", "affairs", "chief"))


def _office_words(title: str) -> set[str]:
    return {w.replace("defence", "defense") for w in re.findall(r"[a-z]+", title.lower())} - _RANK_WORDS


def _datelines(doc: Document) -> tuple[list[tuple[int, int]], str | None, bool, str | None]:
    """The spans of the wire datelines opening body paragraphs ("SEOUL, June
    12 (Yonhap) --", found by the resolve stage's reader), the story's
    home (the state of the first dateline's national agency, else the
    country of its place), whether a national agency gave it, and the
    country of its place."""
    found = paragraph_datelines(doc)
    if not found:
        return [], None, False, None
    first = found[0][1]
    home = first.location.country if first.location is not None and found[0][0] == next((s.start for s in doc.sections if s.kind == "body"), -1) else None
    # "KUALA LUMPUR, July 11 (Yonhap) --": a national agency's reporter abroad
    # still writes "Foreign Minister Cho" for his own country's minister
    agency = _agency_country(first.agency) if first.agency else None
    return [(start, dl.end) for start, dl in found], agency or home, agency is not None, home


def _opens_on(doc: Document, mentions: list[Actor], datelines: list[tuple[int, int]], home: str, lex: Any, counts: Counter[str]) -> bool:
    """Whether the headline or the lede (the first body sentence) names the
    state ``home``, or names no other state that the story names again
    ("KYIV (AP) — Russia launched drones at the capital" alone keeps Kyiv's)."""
    body = next((s.start for s in doc.sections if s.kind == "body"), None)
    if body is None:
        return True
    lede_end = next((s.end for s in doc.sentences if s.end > body and s.start >= body), None)
    if lede_end is None:
        return True
    named = {m.country for m in mentions if m.country and (m.end or 0) <= lede_end and not _in_spans(m, datelines) and m.country not in lex.international}
    return home in named or not any(counts.get(c, 0) >= 2 for c in named)


def _world_wire(doc: Document) -> bool:
    """Whether the first dateline is a world wire's ("CAIRO, Nov 29 (Reuters) -")."""
    found = paragraph_datelines(doc)
    agency = found[0][1].agency if found else None
    words = f" {' '.join(re.findall(r'[A-Za-z]+', agency or ''))} "
    return any(f" {w} " in words for w in (*_WORLD_WIRES, "AP"))


def _agency_country(name: str) -> str | None:
    """The state of a national news agency named in a dateline (Yonhap: KOR,
    KCNA: PRK); None for the international wires (AP, Reuters, AFP)."""
    lex = get_lexicon()
    for h in lex.scan(name):
        if h.entry.sector in ("JRN", "MED") and h.entry.country and h.entry.country not in lex.international and h.entry.name not in _WORLD_WIRES:
            return h.entry.country
    return None


# "unidentified gunmen", "unknown assailants": a group the story cannot place
_UNIDENTIFIED = re.compile(r"\b(?:unidentified|unknown|unnamed|masked)\s+(?:armed\s+)?$", re.I)

# a place named as where something happens: "in Qatar", "to Doha", "at the Qatari capital"
_VENUE = re.compile(r"\b(?:in|at|to|from|into|near|inside|via)\s+(?:the\s+)?$")

# agencies that report the world from everywhere: their datelines' places are the home
_WORLD_WIRES = frozenset(("Associated Press", "Reuters", "AFP", "Bloomberg", "Al Jazeera", "BBC"))


# a country code that prefixes an amount is a currency: "US $50 million", "HK$3"
_CURRENCY = re.compile(r"\s?\$\s?\d")
# Waters and peninsulas named after a state or a point of the compass are
# places, no party: "fired into the West Sea" (not "the West"), "the Sea of
# Japan", "the West Sea of Korea", "the South China Sea", "over the Korean Peninsula", "patrols on Lake
# Chad", "the Gulf of Mexico", "sailed through the Taiwan Strait", "off the
# west coast", "the Persian Gulf" (but not "the Gulf states")
_WATERS = re.compile(
    r"\b(?:(?:[Tt]he )?(?:[A-Z][\w'-]+ ){1,2}(?:Sea|Ocean|Strait|Channel|Gulf(?! [A-Z]| states| countries| nations| monarchies))(?: of (?:the )?[A-Z][\w'-]+)?"
    r"|(?:Sea|Gulf|Bay|Strait) of (?:[A-Z][\w'-]+ ?){1,2}|Lake [A-Z][\w'-]+|(?:Korean|Arabian|Iberian) [Pp]eninsula"
    r"|(?:[Tt]he |[Ii]ts )?(?:[Ww]est|[Ee]ast|[Nn]orth|[Ss]outh)(?:ern)? (?:coast|coastline|waters)(?! [Gg]uard))\b"
)


def _outside(spans: list[tuple[int, int]], found: list[Any]) -> list[Any]:
    """Lexicon hits or mentions (with start and end) inside none of ``spans`` (the names of waters)."""
    return [h for h in found if not any(a <= (h.start or 0) and (h.end or 0) <= b for a, b in spans)] if spans else found


def _ethnic_minorities(text: str, mentions: list[Actor], counts, lex) -> bool:  # type: ignore[no-untyped-def]
    """"ethnic Albanians", "ethnic Turks": a minority is an actor of the state
    it lives in, the most named other state of the document (CAMEO codes
    ethnic Albanians in Macedonia as Macedonia); with no other state named,
    the nationality stands. True when a mention changed."""
    changed = False
    for m in mentions:
        if m.country is None or m.start is None or not _ETHNIC.search(text, max(0, m.start - 8), m.start):
            continue
        other = next((c for c, _n in counts.most_common() if c != m.country and c not in lex.international), None)
        if other is not None:
            m.country = other
            m.kind = "group"
            m.name = m.text
            changed = True
    return changed


_BACKED_GAP = re.compile(r"\A\s+(?:state|government|regime|military)-(?:backed|sponsored|linked|affiliated|run|controlled)\s+\Z", re.IGNORECASE)
_LED_GAP = re.compile(r"\A-led\s+\Z", re.IGNORECASE)


def _state_backed(text: str, m: Actor, named: list[Actor], mentions: list[Actor]) -> str | None:
    """The state of a nationality right before a group, past a "state-backed"
    in between ("North Korean state-backed hackers"), or of whoever leads it
    ("Hamas-led fighters", "the US-led coalition", "NATO-led peacekeepers":
    any of ``mentions`` with a country, international bodies too; not
    "Iran-backed militias", who are their own)."""
    start = m.start or 0
    for x in named:
        if x.end is not None and 0 < start - x.end <= 30 and x.kind == "country" and _BACKED_GAP.match(text[x.end : start]):
            return x.country
    for x in mentions:
        if x.country and x.end is not None and 0 < start - x.end <= 30 and _LED_GAP.match(text[x.end : start]):
            return x.country
    return None


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) \Z")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


_MEDIA_SECTORS = frozenset(("JRN", "MED"))


def _outlet(m: Actor) -> bool:
    """A news outlet named by its own name ("the BBC", "KCNA"; not "Danish media")."""
    return m.sector in _MEDIA_SECTORS and m.kind == "org" and bool(m.name.split()) and not m.name.split()[-1][:1].islower()


def _outlets_only(mentions: list[Actor]) -> set[str | None]:
    """States only the story's named news outlets are of (the BBC's in a story on Niger)."""
    return {m.country for m in mentions if _outlet(m)} - {m.country for m in mentions if not _outlet(m)}


def _fill_context(text: str, mentions: list[Actor], lex, counts, focus, filed_from: str | None = None, at_home: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Give organisations and sector nouns that name no country one from context.

    Order: the "of" phrase ("troops of the African Union"); the country an
    ambiguous organisation was given where the document names it with its
    state ("South Korea's JCS" ... "the JCS"); a country that uses exactly
    that name and the document mentions
    (``prefer`` column of orgs.csv); for state sectors the nearest state
    named earlier in the same sentence; the document's focus country.
    Unknown organisations (no sector) keep None.
    """
    # an outlet of a state the story names nowhere else ("The BBC had reported that 34
    # soldiers were killed in Niger") lends its state to nobody
    outlets_only = _outlets_only(mentions)

    def lends(x: Actor) -> bool:
        # (nor a neighbour named across a border: "attacked a base near the border with Venezuela, killing nine soldiers")
        # (nor a ship's flag: "intercepted the Togo-flagged Hai Rong, and coast guard officers boarded it")
        return bool(x.country) and x.country not in lex.international and not after_stance(text, x.start or 0) and not (_outlet(x) and x.country in outlets_only) and not (
            _BORDER_WITH.search(text, max(0, (x.start or 0) - 30), x.start or 0)
        ) and not _FLAGGED.match(text, x.end or 0)

    named = [m for m in mentions if lends(m)]
    named_starts = [m.start or 0 for m in named]
    by_start = {m.start: m for m in mentions if m.country and m.start is not None}
    # organisations whose name fits several states, named once with their
    # state ("South Korea's Joint Chiefs of Staff"): later bare mentions ("the
    # JCS") are the same body
    placed: dict[str, str] = {}
    for known in mentions:
        if known.country and known.kind in ("org", "group"):
            for h in lex.scan(known.text):
                if h.entry.prefer and h.entry.country is None:
                    placed.setdefault(h.entry.name, known.country)
    # bodies whose name fits several states ("the JCS") are placed first, so that a
    # sector noun after them in their sentence ("the JCS warned that the military
    # would respond") can take their state; None marks where the others begin
    named_bodies = [m for m in mentions if m.country is None and _prefer_of(m, lex)]
    placed_first = {id(m) for m in named_bodies}
    for m in [*named_bodies, None, *(m for m in mentions if id(m) not in placed_first)]:
        if m is None:
            named = sorted((x for x in mentions if lends(x)), key=lambda x: x.start or 0)
            named_starts = [x.start or 0 for x in named]
            continue
        if m.country == "UNO" and m.text.lower().endswith("security council") and m.start is not None and text[max(0, m.start - 3) : m.start] in ("'s ", "’s "):
            owner = next((x for x in named if x.end == m.start - 3 and x.kind == "country"), None)
            if owner is not None:
                m.country, m.sector = owner.country, "GOV"  # "the secretary of Russia's Security Council": a state's own council
                continue
        # (or a plural's: "the Marine Corps' Northwest Islands Defense Command")
        owned = m.start is not None and (text[max(0, m.start - 3) : m.start] in ("'s ", "’s ") or (text[max(0, m.start - 3) : m.start] in ("s' ", "s’ ")))
        if m.country is None and m.kind == "org" and m.sector is None and m.start is not None and owned:
            cut = 3 if text[m.start - 3] in "'’" else 2
            owner = next((x for x in named if x.end == m.start - cut and x.kind in ("country", "org")), None)
            if owner is not None:
                m.country = owner.country  # "China's Rocket Force": a body the lexicon does not know, of the state that owns it
                m.sector = _body_sector(m.text)  # ("Venezuela's National Electoral Council": a state body)
                if owner.kind == "org" and m.sector is None:
                    m.sector = owner.sector  # "The U.S. Navy's Fifth Fleet": a part of a state's body is of its branch
                continue
        if m.country is None and m.kind == "org" and m.sector is None:
            # "the Ministry of External Affairs", "the Eastern Theater Command": a
            # state body the lexicon does not know is placed as a sector word is
            m.sector = _body_sector(m.text)
        if m.country is not None or m.kind not in ("org", "group") or m.sector is None:
            continue
        if m.sector not in _STATE_SECTORS and _UNIDENTIFIED.search(text, max(0, (m.start or 0) - 24), m.start or 0):
            continue  # "Unidentified gunmen attacked a French convoy": whose they are is what the story does not know
        if _ANY_BEFORE.search(text, max(0, (m.start or 0) - 24), m.start or 0):
            continue  # "will not hesitate to act against any bank, wherever it is located": nobody's in particular
        word = _WORD_BEFORE.search(text, max(0, (m.start or 0) - 20), m.start or 0)
        # (a word the lexicon does not know: "Korean", never "Anti-Japan")
        demonym = (
            fuzzy_country(word.group(1))
            if word is not None and word.group(1).endswith(_DEMONYM_ENDINGS) and not lex.scan(word.group(1)) and text[word.start() - 1 : word.start()] not in ("-", "'")
            else None
        )
        if demonym is not None:
            # "FBI, Korean police blame ...": an adjective of a state the lexicon left alone names the body's state
            m.country = demonym
            continue
        # "the North's foreign ministry", "the spokesperson for the North's foreign ministry"
        # (and "law enforcement authorities in the North")
        korea = _KOREA_POSSESSIVE.search(text, max(0, (m.start or 0) - 30), m.start or 0) or _KOREA_OWNER_AFTER.match(text, m.end or 0) or _KOREA_IN_AFTER.match(text, m.end or 0)
        on_korea = korean_text(text) or counts.get("KOR") or counts.get("PRK") or north_south_sides(text) == {"North", "South"}
        if korea and on_korea:
            # "the South's marines", "the North's foreign ministry"
            m.country = "PRK" if korea.group(1) == "North" else "KOR"
            continue
        if on_korea and (_PUPPET.search(text, max(0, (m.start or 0) - 24), m.start or 0) or m.text.lower().split()[-1] in ("puppets", "clique")):
            m.country = "KOR"  # "KCNA accused the puppet military of provocations", "the puppets must send back ..."
            continue
        if m.sector == "MED" and m.text.lower().startswith("state ") and counts.get("PRK") and on_korea:
            m.country = "PRK"  # on the Korean desk "state media" are the North's ("carried by state media")
            continue
        if m.text.lower() in ("regime", "the regime") and counts.get("PRK") and korean_text(text):
            m.country = "PRK"  # on the Korean desk "the regime" is Pyongyang's, whoever was named last
            continue
        if m.text.lower() in ("regime", "the regime") and at_home and focus:
            # "WASHINGTON - The United States sanctioned six Cuban officials ... 'The regime must
            # release them'": never the home state's own government, but the one its story is about
            other = next((c for c, _n in counts.most_common() if c != focus and c not in lex.international), None)
            if other is not None:
                m.country = other
                continue
        backer = _state_backed(text, m, named, mentions)
        if backer is not None:
            m.country = backer  # "North Korean state-backed hackers"
            continue
        if m.sector in ("SPY", "BUS") and m.kind == "org" and _THE_BEFORE.search(text, max(0, (m.start or 0) - 8), m.start or 0):
            # "The National Intelligence Service said ... According to the spy agency, ...": the
            # agency the story named, not the state named nearest ("sent to Russia"); and "mining
            # group Arvelle ... nationalised the company's mine" (a firm named in the three sentences before)
            agency = next((x for x in reversed(named) if x.sector == m.sector and x.kind == "org" and x.country and (x.end or 0) <= (m.start or 0)
                           and x.name[:1].isupper() and (m.sector == "SPY" or (m.sentence_index or 0) - (x.sentence_index or 0) <= 3)), None)
            if agency is not None:
                m.country = agency.country
                continue
        holder = _titled_after(text, m, by_start, lex) if m.kind == "org" and m.sector in _STATE_SECTORS else None
        if holder is not None:
            # "met Deputy Prime Minister and Foreign Minister Ishaq Dar": two titles of one official
            m.country = holder.country
            continue
        mission = _AT_MISSION.match(text, m.end or 0) if m.sector in _STATE_SECTORS else None
        if mission is not None and (post := next((x for x in mentions if x.start == mission.end() and x.country and _MISSION_WORDS.search(x.text)), None)) is not None:
            # "summoned a minister at the Chinese embassy": the embassy's state, not the summoner's
            m.country = post.country
            continue
        owner = _of_owner(text, m, by_start)
        if owner is not None:
            # "activists of Amnesty International", "troops of the African Union"
            m.country = owner.country
            continue
        same = next((placed[h.entry.name] for h in lex.scan(m.text) if h.entry.name in placed), None) if placed else None
        if same is not None:
            m.country = same
            continue
        prefer = _prefer_of(m, lex)
        near = _nearest_preferred(m, prefer, named) if prefer else None
        if near is not None:
            # "South Korean President Yoon convened the National Security
            # Council": a state that uses the name, named just before in the sentence
            m.country = near
            continue
        if prefer and any(counts.get(c) for c in prefer):
            m.country = pick_country(prefer, counts, focus)
            continue
        if _FIRST_PERSON.search(text, max(0, (m.start or 0) - 16), m.start or 0) and (speaker := _speaker_state(text, m, named)) is not None:
            # '"Rwanda arms the criminals who are killing our soldiers," Burundi's spokesman said': the speaker's own
            m.country = speaker
            continue
        same = _named_before(text, m, named) or _body_named_before(m, named, text)
        if same is not None:
            # "Ukrainian forces captured two North Korean soldiers. ... would
            # accept the soldiers": the same noun named with its state just before
            m.country = same
            continue
        if m.sector in _STATE_SECTORS | {"CVL", "MED"} and _POSSESSIVE_PRONOUN.search(text, max(0, (m.start or 0) - 12), m.start or 0):
            # "its military", "their troops", "its state media": the sentence's first state, usually its subject
            # (an alliance or a union too: "NATO said its fighter jets had intercepted ...")
            first = next((
                x for x in mentions
                if x.sentence_index == m.sentence_index and (x.end or 0) <= (m.start or 0) and x.country
                and (lends(x) or (m.sector == "MIL" and x.country in lex.international and x.kind == "org" and x.country not in ("UNO", "IGO", "NGO")))
            ), None)
            # (none before it in its sentence: the state named last before it, "North Korea did not
            # respond. On Monday, however, its foreign ministry accused Washington")
            if first is None and m.sentence_index is not None:
                prev_sentence = m.sentence_index - 1
                first = next((x for x in reversed(named) if x.kind == "country" and (x.end or 0) <= (m.start or 0) and x.sentence_index == prev_sentence), None)
                # (or, naming no state by itself, the state body it opened with: "Pakistan's military
                # said Indian forces opened fire on villages ... Its troops responded")
                opener = next((x for x in named if x.sentence_index == prev_sentence and x.kind != "person"), None)
                if opener is not None and lends(opener) and (first is None or (opener.kind != "country" and opener.sector in _STATE_SECTORS)):
                    first = opener
            if first is not None:
                m.country = first.country
                continue
            side = _KOREA_SUBJECT_BEFORE.search(text[max(0, (m.start or 0) - 200) : m.start or 0]) if on_korea else None
            if side is not None:
                # "The North has not acknowledged the jamming. But on Monday, its defense ministry
                # accused the South": the Korea the sentence before opened with (named so, no mention yet)
                m.country = "PRK" if side.group(1) == "North" else "KOR"
                continue
        if m.sector in _STATE_SECTORS:
            i = bisect.bisect_left(named_starts, m.start or 0) - 1
            while i >= 0 and (named[i].end or 0) > (m.start or 0):
                i -= 1
            # (a body only some states have, "the JCS", takes none of the others:
            # "N. Korea fires missiles: JCS" is Seoul's JCS)
            while i >= 0 and quote_between(text, named[i].end or 0, m.start or 0) and named[i].sentence_index == m.sentence_index:
                i -= 1  # (a state named inside a quote before "... , a ministry spokesperson said" is no affiliation)
            # (nor in the reported words without quotes: "Tokyo should impose sanctions on
            # Beijing, an opposition lawmaker said")
            if ATTRIBUTION_AFTER.match(text, m.end or 0):
                while i >= 0 and named[i].sentence_index == m.sentence_index and "," in text[named[i].end or 0 : m.start or 0]:
                    i -= 1
            # (nor a state a body of the sentence dealt with: "China's Foreign Ministry lodged representations
            # with Washington, and the Commerce Ministry added U.S. firms to its list" is China's)
            # (across a clause: not "a drill with South Korean F-35A fighters")
            while i >= 0 and named[i].sentence_index == m.sentence_index and named[i].kind == "country" and _DEALING_BEFORE.search(
                text, max(0, (named[i].start or 0) - 24), named[i].start or 0
            ) and "," in text[named[i].end or 0 : m.start or 0]:
                i -= 1
            # (nor the nationality of people held or named as such: "its 17 crew members, 12 Chinese
            # and five Myanmar nationals, are being questioned by a joint team of coast guard ...")
            while i >= 0 and named[i].sentence_index == m.sentence_index and named[i].kind == "country" and (
                _PEOPLE_AFTER.match(text, named[i].end or 0) or (_COUNT_BEFORE.search(text, max(0, (named[i].start or 0) - 12), named[i].start or 0)
                                                                 and _LIST_GOES_ON.match(text, named[i].end or 0))
            ):
                i -= 1
            # (nor a state the speaker reported on before "said, adding that ...": "A North
            # Korean soldier crossed the MDL, the JCS said, adding that relevant authorities
            # are investigating" under a Seoul dateline is Seoul's)
            reported = at_home and focus and _REPORTED_BETWEEN.search(text, named[i].end or 0, m.start or 0) is not None if i >= 0 else False
            if i >= 0 and named[i].sentence_index == m.sentence_index and (not prefer or named[i].country in prefer) and not reported:
                m.country = named[i].country
                continue
        if m.sector in _STATE_SECTORS and ATTRIBUTION_AFTER.match(text, m.end or 0) and (
            quote_between(text, max(0, (m.start or 0) - 4), m.start or 0)
            # ('... constructively," a department spokesperson said': a few words of its own before it)
            or _AFTER_QUOTE.search(text, max(0, (m.start or 0) - 40), m.start or 0) is not None
        ):
            # 'The State Department denied it. "We respect ...," a spokesperson said': the
            # state or body the sentence before opened with speaks, not the state the story is filed from
            body = next((x for x in mentions if x.sentence_index == (m.sentence_index or 0) - 1 and x.country and (x.kind == "country" or x.sector in _STATE_SECTORS)), None)
            if body is not None:
                m.country = body.country
                continue
        crowd = m.sector == "OPP" and _CROWD_WORDS.search(m.text) is not None
        # (and gangs: "Gangs attacked a police base in Haiti" are Haiti's)
        if (m.sector in ("CVL", "CRM") or crowd) and not prefer:
            place = _place_of_sentence(text, m, named, _IN_PLACE_BEFORE if crowd else _LOCATIVE_BEFORE, 80 if crowd else None)
            if place is not None:
                # "Israeli warplanes struck a house in Gaza City, killing 12
                # people": civilians are of where it happened, not of the attacker
                # (and protesters: "Protesters gathered outside the U.S. embassy in Seoul")
                m.country = place
                continue
        if prefer and focus not in prefer and filed_from in prefer:
            # "WASHINGTON (Yonhap) -- The Treasury Department ...": a body of
            # the state the story is filed from, not of the agency's
            m.country = filed_from
            continue
        if not prefer and not at_home and (m.sector in _SPEAKING_SECTORS or _HACKERS.search(m.text)) and _named_only_later_here(text, m, focus, named):
            # "The spokesperson denounced Japan for its remarks", "The junta
            # arrested a French aid worker": the only state named is the one
            # the body acts on, after it in the same sentence; no home for it
            continue
        if not prefer and not at_home and m.sector in _SPEAKING_SECTORS and _dealt_with_later_here(text, m, focus, named):
            # "The presidential office said it was consulting closely with the U.S.
            # side": the focus state is whom the body deals with in its own
            # sentence; its home is the story's next most named state
            others = [c for c, n in counts.most_common() if c != focus and c not in lex.international and n]
            if others:
                m.country = others[0]
                continue
        m.country = pick_country(prefer, counts, focus)


# people of a nationality, as such: "five Myanmar nationals", "12 Chinese and ..."
_PEOPLE_AFTER = re.compile(r"\s+(?:nationals?|citizens?|crew(?:\s+members|men)?|sailors|seamen|fishermen|workers|tourists|passengers|residents)\b")
_COUNT_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)\s+\Z", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|\))")
_FLAGGED = re.compile(r"[-\u2010\u2011](?:flagged|registered)\b", re.IGNORECASE)
# a noun any of its kind may be: "any bank", "every foreign company"
_ANY_BEFORE = re.compile(r"\b(?:any|every)\s+(?:(?:other|foreign|such|single)\s+)?\Z", re.IGNORECASE)
# a quote closed a few words before an indefinite speaker: '...," a department [spokesperson]'
_AFTER_QUOTE = re.compile(r"[,.?!][\"\u201d]\s+an?\s+(?:[a-z][\w-]*\s+){0,2}\Z")
_GOV_BODY = re.compile(r"^(?:the\s+)?(?:Ministry|Department|Office|Cabinet|Secretariat|Directorate|Bureau)\s+(?:of|for)\b")
# "the Foreign Ministry", "its Defence Ministry": a ministry named by its brief
# (and an office or council for a file: "the Taiwan Affairs Office", "the Mainland Affairs Council")
_GOV_BODY_END = re.compile(r"^(?:[A-Z][a-z]+\s+){1,3}Ministry$|^(?:[A-Z][a-z]+\s+){1,3}Affairs\s+(?:Office|Council|Commission|Bureau|Department)$")
_MIL_BODY = re.compile(r"\b(?:Theater|Theatre|Military|Strategic|Naval|Air|Joint|Defen[cs]e)\s+Command$|\bCommand\s+of\b|\bMarine\s+Corps$")


# "the National Electoral Council", "the National Security Agency": a state's own body
_NATIONAL_BODY = re.compile(r"^(?:the\s+)?National\s+(?:[A-Z][a-z]+\s+){0,3}(?P<kind>Council|Commission|Committee|Agency|Authority|Bureau|Office|Board|Police|Guard)$")


# "the Republic Electoral Commission", "the Central Election Commission": the body that runs a state's vote
_ELECTION_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Electoral|Elections?)\s+(?:Commission|Council|Board|Authority|Committee)$")


def _body_sector(name: str) -> str | None:
    """The sector of a state body named by its kind ("Ministry of ...", "...
    Theater Command", "National ... Council", "... Election Commission"),
    None for any other name."""
    if _GOV_BODY.match(name) or _GOV_BODY_END.search(name) or _ELECTION_BODY.match(name):
        return "GOV"
    if (national := _NATIONAL_BODY.match(name)) is not None:
        return {"Police": "COP", "Guard": "MIL"}.get(national.group("kind"), "GOV")
    if _MIL_BODY.search(name):
        return "MIL"
    return None


_SPEAKING_SECTORS = frozenset(("GOV",))
# hackers are seldom of the state whose sites they hit: "Hackers defaced
# Danish Web sites" names whom they attacked, not where they are from
_HACKERS = re.compile(r"\bhackers?\b", re.IGNORECASE)


def _named_only_later_here(text: str, m: Actor, focus: str | None, named: list[Actor]) -> bool:
    """The focus state is named only in ``m``'s own sentence, after it or in
    the quote it speaks, and not as the place where things happen
    ("arrested 20 people in Nairobi")."""
    here = [x for x in named if x.country == focus]
    return bool(here) and all(
        x.sentence_index == m.sentence_index
        # (or named inside the quote the body is the speaker of: '"The U.S. ... will be held accountable," the spokesperson said')
        and ((x.start or 0) > (m.start or 0) or quote_between(text, x.end or 0, m.start or 0))
        and not named_as_place(text, x.start or 0)
        for x in here
    )


_REPORTED_BETWEEN = re.compile(r"\b(?:said|says|told|added),\s+(?:adding|saying)\s+(?:that\s+)?")
# what a body deals with another state through: "consulting with the U.S. side", "talks with Washington"
# (and whose envoy it summons or expels: "said it had summoned Belarus's charge d'affaires")
_DEALING_BEFORE = re.compile(r"\b(?:with|to|toward|towards|against|summon(?:ed|s)?|expel(?:led|s)?)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _dealt_with_later_here(text: str, m: Actor, focus: str | None, named: list[Actor]) -> bool:
    """The focus state is named after ``m`` in its own sentence as whom it
    deals with ("with the U.S. side")."""
    return any(
        x.country == focus and x.sentence_index == m.sentence_index and (x.start or 0) > (m.start or 0)
        and _DEALING_BEFORE.search(text, max(0, (x.start or 0) - 20), x.start or 0)
        for x in named
    )


# (or the place an attack hits: "Russian missiles struck Kharkiv, killing five people")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|near|at|into|across|outside|inside|off|struck|hit|shelled|bombed|attacked|pounded|targeted|raided|stormed)\s+(?:the\s+)?"
    # ("struck the port of Hodeidah", "a boat off Venezuela")
    r"(?:(?:port|city|town|village|province|region|district|island|coast|capital)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?(?:[A-Z][\w'-]*\s+){0,2}\Z"
)


# where a crowd stands: "in Seoul", "outside the U.S. embassy in Seoul" (not "attacked the embassies of ...")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|outside|near|inside)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}\Z", re.IGNORECASE)
_CROWD_WORDS = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|crowds?|activists|supporters)\b", re.IGNORECASE)


def _place_of_sentence(text: str, m: Actor, named: list[Actor], before: re.Pattern[str] = _LOCATIVE_BEFORE, within: int | None = None) -> str | None:
    """The state of the places its sentence names after a locative
    preposition ("in Gaza City", "an attack on Odesa"), the nearest one to
    the mention when it names several ("talks in Cairo ..., a day after an
    Israeli air strike in southern Gaza killed four people"), else None
    (only within ``within`` characters of the mention, when given)."""
    at = m.start or 0
    found = [
        x for x in named
        if x.sentence_index == m.sentence_index and x.kind == "country" and x.start is not None and before.search(text, max(0, x.start - 40), x.start)
        and (within is None or abs(x.start - at) <= within)
        # (a state whose border is named is beyond it: "a market in the town of Tina near the Chadian border")
        and not _ITS_BORDER.match(text, x.end or x.start)
    ]
    if len({x.country for x in found}) > 1:
        found = [min(found, key=lambda x: abs((x.start or 0) - at))]
    return found[0].country if found else None


_ITS_BORDER = re.compile(r"\s+(?:border|frontier|boundary)\b", re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+\Z", re.IGNORECASE)
# "the state [news agency]", "the official [news agency]"
_THE_STATE_BEFORE = re.compile(r"\bthe\s+(?:state|official|state-run|state-controlled|government-run)?\s*\Z", re.IGNORECASE)
# a sentence opening with the bare noun: "... boarded a Vietnamese boat. Soldiers beat the crew"
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"\u201d]?\s+)\Z")
# words for the people of whatever security force was just named ("Chinese coast guard
# personnel boarded the boat. Officers beat the crew")
_FORCE_MEMBERS = frozenset(("officer", "personnel", "agent", "guard", "member"))


def _head_word(phrase: str) -> str:
    w = phrase.split()[-1].lower() if phrase.split() else ""
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _named_before(text: str, m: Actor, named: list[Actor]) -> str | None:
    """The state of the same noun named with its state in this or the two
    sentences before, for a bare definite "the soldiers", "the submarine" or a
    sentence's bare first word ("Soldiers"), or a definite of several words
    all in that body's name ("the state news agency" after "the Korean
    Central News Agency"); the members of a security force just named
    ("Officers", "the personnel") take its state and branch."""
    start = m.start or 0
    words = m.text.lower().split()
    if m.sentence_index is None or not words:
        return None
    if len(words) > 1:
        # "the state news agency" after "the Korean Central News Agency": every word of it in the name
        if not _THE_STATE_BEFORE.search(text, max(0, start - 24), start):
            return None
    elif not _THE_BEFORE.search(text, max(0, start - 8), start) and not (m.text[:1].isupper() and _SENTENCE_START.search(text, max(0, start - 4), start)):
        return None
    head = _head_word(m.text)
    for x in reversed(named):
        if (x.end or 0) > start or x.sentence_index is None or m.sentence_index - x.sentence_index > 2:
            continue
        if len(words) > 1 and not set(words) <= set(x.text.lower().split()):
            continue
        if x.kind in ("org", "group") and x.sector == m.sector and _head_word(x.text) == head:
            return x.country
        if x.kind in ("org", "group") and head in _FORCE_MEMBERS and x.sector in ("MIL", "COP") and m.sector in ("MIL", "COP"):
            m.sector = x.sector  # (the officers of a coast guard are of its branch)
            return x.country
    return None


_BODY_WORDS = frozenset(("ministry", "office", "council", "command", "agency", "embassy", "army", "military", "government", "party"))


def _body_named_before(m: Actor, named: list[Actor], text: str = "") -> str | None:
    """ "North Korea's defence ministry denounced ... , a ministry spokesperson
    said": the body a title names, named with its state in this or the two
    sentences before (the body word may stand just before the mention: "the
    ministry spokesperson")."""
    words = m.text.lower().split()
    before = text[max(0, (m.start or 0) - 24) : m.start or 0].lower().split()
    if len(words) == 1 and before and before[-1] in _BODY_WORDS:
        words = [before[-1], *words]
    if len(words) < 2 or words[0] not in _BODY_WORDS or m.sentence_index is None:
        return None
    for x in reversed(named):
        if (x.end or 0) <= (m.start or 0) and x.sentence_index is not None and m.sentence_index - x.sentence_index <= 2 and words[0] in x.text.lower().split():
            return x.country
    return None


def _nearest_preferred(m: Actor, prefer: tuple[str, ...], named: list[Actor]) -> str | None:
    """The country of the person or organisation nearest before ``m`` in its
    sentence whose country is one of the organisation's preferred ones (a
    state merely named there, "sharing information with the United States",
    does not count)."""
    for x in reversed(named):
        if x.sentence_index == m.sentence_index and (x.end or 0) <= (m.start or 0) and x.kind in ("person", "org") and x.country in prefer:
            return x.country
    return None


# (with a count between: "the foreign ministers of the three European countries")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|several|some|all)\s+)?", re.I)
# a sentence opening with "The North"/"The South" just before "its ...", with no other
# state named since
_KOREA_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?][\"\u201d]?\s+)[Tt]he (North|South)\b(?!['\u2019])[^.!?]*[.!?][\"\u201d]?\s+(?:[\w,]+\s+){0,5}\Z")
_KOREA_POSSESSIVE = re.compile(r"\b[Tt]he (North|South)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}\Z")
_KOREA_OWNER_AFTER = re.compile(r"\s+(?:of|for)\s+the (North|South)(?:'s|’s)\s")
_KOREA_IN_AFTER = re.compile(r"\s+in\s+the (North|South)\b(?!['’]| (?:of|Korea|Korean|China|Sea|Pacific|Caucasus|Atlantic))")
# Pyongyang's word for Seoul's institutions: "the puppet military", "puppet authorities"
_PUPPET = re.compile(r"\bpuppet\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


_FOR = re.compile(r"\s+for\s+(?:the\s+)?", re.I)


def _of_owner(text: str, m: Actor, by_start: dict[int, Actor]) -> Actor | None:
    """The actor named in an "of" phrase right after a sector noun (or a
    "for" phrase after a spokesperson: "a spokesperson for North Korea's
    foreign ministry"; "troops for Ukraine" are sent to it)."""
    hit = _OF.match(text, m.end or 0) or (_FOR.match(text, m.end or 0) if (m.text or "").lower().startswith("spokes") else None)
    return by_start.get(hit.end()) if hit else None


def _headline_focus(doc: Document, mentions: list[Actor], counts: Counter[str], lex) -> str | None:  # type: ignore[no-untyped-def]
    """The state a story with no dateline home is most about: the one most of its
    people and bodies belong to, unless its headline opens with the other of
    the two states it names most ("Burkina Faso junta blames Ivory Coast after
    ...", a story that quotes Abidjan's rebuttals at length: its army and its
    junta are still Ouagadougou's)."""
    top = [c for c, _n in counts.most_common() if c not in lex.international][:2]
    end = _title_end(doc)
    title = next((s for s in doc.sections if s.kind == "title"), None)
    if len(top) == 2 and title is not None:
        opening = next((m for m in mentions if m.start is not None and title.start <= m.start < end and m.country), None)
        if opening is not None and opening.start == title.start and opening.country == top[1]:
            return top[1]
    return focus_country(counts, lex)


def _titled_after(text: str, m: Actor, by_start: dict[int, Actor], lex: Any) -> Actor | None:
    """The official a bare title is told together with, by "and" and a title
    of their own: "met Deputy Prime Minister and Foreign Minister Ishaq Dar"
    (two offices of one person)."""
    both = _AND_AFTER.match(text, m.end or 0)
    if both is None:
        return None
    at = both.end()
    for word in re.finditer(r"[A-Z][a-z]+\.?\s+", text[at : at + 60]):
        if word.start() != at - both.end() or word.group().strip().lower() not in lex.title_words:
            break
        at = both.end() + word.end()
        holder = by_start.get(at)
        if holder is not None and holder.kind == "person":
            return holder
    return None


def _title_end(doc: Document) -> int:
    return next((s.end for s in doc.sections if s.kind == "title"), -1)


def _headline_clause_subject(tok, title_end: int) -> bool:  # type: ignore[no-untyped-def]
    """A sector word opening a headline clause before a verb the parser took
    for a plural noun: "...; military fires warning shots at intruders"."""
    return (
        tok.idx < title_end
        and (tok.i == tok.sent.start or tok.doc[tok.i - 1].text in (";", ":"))
        and tok.head.i == tok.i + 1
        and tok.head.tag_ == "NNS"
        and tok.head.i + 1 < tok.sent.end
        and not tok.doc[tok.head.i + 1].is_punct
    )


_SHARING = frozenset(("share", "exchange", "gather", "collect", "provide", "pass", "leak", "sell", "obtain", "steal", "give", "supply", "trade", "offer"))


def _information_shared(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "intelligence" as the thing a verb of sharing or gathering takes."""
    if tok.lower_ != "intelligence":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _SHARING


def _drop_modifier_nouns(mentions: list[Actor], sdoc, lex, title_end: int = -1) -> list[Actor]:  # type: ignore[no-untyped-def]
    """A sector word that only modifies another noun is no actor: "military
    cooperation", "press conference", "police station". A place joined to it
    stays as the place ("Russian military cooperation" -> Russia). (Not one
    opening a headline clause: "military fires warning shots".)"""
    out: list[Actor] = []
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if m.kind in ("org", "group") and m.sector and m.start is not None and m.end is not None:
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            tok = span[-1] if span is not None and len(span) else None
            if tok is not None and len(span) == 1 and _information_shared(tok):
                continue  # "the two militaries will share bases and intelligence": what is shared, no body
            if tok is not None and len(span) == 1 and tok.pos_ == "ADJ" and tok.dep_ in ("conj", "acomp"):
                continue  # "a unified and firm response", "Seoul's stance remains firm": a quality, no body
            if (
                tok is not None
                and tok.dep_ in ("amod", "compound")
                and tok.head.i >= span.end
                and tok.head.pos_ in ("NOUN", "PROPN")
                and tok.head.lower_ not in lex.title_words
                and tok.head.idx not in starts
                and lex.scan(tok.head.text) == []
                and _is_sector_word(tok.text, lex)
                and not _headline_clause_subject(tok, title_end)
            ):
                place = lex.scan(m.text)
                geo = next((h for h in place if h.category in GEO), None)
                named = next((h for h in place if h.category == ORG), None)
                if geo is None and named is not None:
                    # "Houthi spokesman Mohammed ...": the named body stays
                    e = named.entry
                    out.append(Actor(text=m.text[named.start : named.end], name=e.name, country=e.country, sector=e.sector,
                                     kind=e.kind, start=m.start + named.start, end=m.start + named.end))
                    continue
                if geo is None:
                    continue
                out.append(
                    Actor(
                        text=m.text[geo.start : geo.end],
                        name=lex.country_names.get(m.country or "", geo.entry.name),
                        country=m.country,
                        kind="country",
                        start=m.start + geo.start,
                        end=m.start + geo.end,
                    )
                )
                continue
        out.append(m)
    return out


# "all parties", "the parties concerned", "parties to the conflict": the sides
# of a dispute, not political parties
_ALL_PARTIES_BEFORE = re.compile(r"\b(?:all|relevant|concerned|warring|other)\s+\Z", re.IGNORECASE)
_ALL_PARTIES_AFTER = re.compile(r"\A\s+(?:concerned|involved|to\s+the\s+(?:conflict|dispute|war|talks|agreement|deal|accord))\b", re.IGNORECASE)


# "a U.S.-brokered deal", "a Qatar-mediated agreement", "Iranian-made drones":
# who made or brokered a thing is no party to what is done with it (who drafted
# a text is: "China vetoed a U.S.-drafted resolution" rejects Washington's)
_TO_SAME = re.compile(r"-to-(?:government|state|military|people|party|business)\b", re.IGNORECASE)
_TO_SAME_BEFORE = re.compile(r"\b(?:government|state|military|people|party|business)-to-\Z", re.IGNORECASE)
_VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|boat|tanker|freighter|destroyer|frigate|cutter|submarine|trawler|ferry|yacht|warship|corvette|aircraft carrier|carrier)\s+\Z"
)
# "at U.N.-backed talks": the sponsor of a meeting is no party to what its parties agree there
_SPONSOR_OF_TALKS = re.compile(
    r"[-\u2010](?:backed|hosted|facilitated|convened|sponsored)\s+(?:peace\s+)?(?:talks|negotiations|dialogue|process|meeting|meetings|conference|consultations)\b",
    re.IGNORECASE,
)
_MAKER_OF = re.compile(r"[-‐](?:brokered|mediated|sponsored|made|built|supplied|designed|funded|financed|manufactured)\b", re.IGNORECASE)


# a river's bank is no bank: "the left bank of the Dnipro River"
_RIVER_BANK_BEFORE = re.compile(r"\b(?:left|right|east|west|north|south|eastern|western|northern|southern|opposite|river)\s+\Z|\b(?:left|right|opposite)\s+\S*\Z", re.IGNORECASE)
_RIVER_BANK_AFTER = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){1,3}[Rr]iver\b")


# a person's name inside a place's: "Kim Il Sung Square", "Ben Gurion Airport"
_PLACE_AFTER_NAME = re.compile(r"\s+(?:" + "|".join(w.capitalize() for w in sorted(PLACE_NAME_WORDS)) + r")\b")


def _drop_generic_parties(text: str, mentions: list[Actor]) -> list[Actor]:
    out = []
    for m in mentions:
        if m.end is not None and (
            (m.kind == "person" and _PLACE_AFTER_NAME.match(text, m.end))
            or (m.country is None and m.kind in ("org", "group") and _PLACE_AFTER_NAME.match(" " + m.text.split()[-1]) and len(m.text.split()) > 1)
        ):
            continue  # (a place is no party: "a parade at Kim Il Sung Square")
        if m.sector == "BUS" and m.start is not None and m.text.lower().split()[-1] in ("bank", "banks") and (
            _RIVER_BANK_BEFORE.search(text, max(0, m.start - 12), m.start) or _RIVER_BANK_AFTER.match(text, m.end or 0)
        ):
            continue
        if m.end is not None and m.kind == "country" and _MAKER_OF.match(text, m.end):
            continue
        if m.sector == "PTY" and m.country is None and m.text.lower() in ("parties", "party") and m.start is not None:
            if _ALL_PARTIES_BEFORE.search(text, max(0, m.start - 12), m.start) or _ALL_PARTIES_AFTER.match(text[m.end or 0 : (m.end or 0) + 30]):
                continue
        out.append(m)
    return out


def _is_sector_word(word: str, lex) -> bool:  # type: ignore[no-untyped-def]
    """True for a generic sector noun ("military"), False for a named body ("U.N.")."""
    hits = lex.scan(word)
    return len(hits) == 1 and hits[0].category == SECTOR


def _drop_bodies_in_names(text: str, mentions: list[Actor]) -> list[Actor]:
    """A body's name that is a word of a person's name ("German lawmaker
    Johann Wagner" is no Wagner Group); a body before the name stays ("Hamas
    leader Ismail Haniyeh")."""
    names = [(p.start, p.end, p.name.split()) for p in mentions if p.kind == "person" and p.start is not None and p.end is not None]
    if not names:
        return mentions
    return [
        m for m in mentions
        if not (m.kind in ("org", "group") and m.start is not None and m.end is not None
                and any(s <= m.start and m.end <= e and text[m.start : m.end] in words for s, e, words in names))
    ]


def _drop_hits_inside_names(text: str, hits: list[Hit], sdoc) -> list[Hit]:  # type: ignore[no-untyped-def]
    """Drop capitalised sector words inside a longer organisation name the
    parser found ("People" and "Party" in "People Power Party"), unless the
    name holds a place ("the Calenardhon Government" stays a joined actor),
    and nationality words that are a person's surname ("Volker Turk")."""
    orgs = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("ORG", "FAC")]
    # a nationality word as a surname: "Volker Turk", "Jack English" (a country
    # name inside a PERSON entity is too often a misread "Evil Mordor")
    names = [(e[1].idx, e.end_char, e.start_char) for e in sdoc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[0].is_title]
    if names:
        geo_starts = {h.start for h in hits if h.category in GEO}
        hits = [
            h
            for h in hits
            if not (
                h.category == DEMONYM
                and not text[h.start : h.end].endswith("s")  # "Bosnian Serbs" is a people, not a name
                and any(s <= h.start and h.end <= e and first not in geo_starts for s, e, first in names)
            )
        ]
    if not orgs:
        return hits
    out = []
    for h in hits:
        if h.category == SECTOR and text[h.start].isupper():
            box = next(((s, e) for s, e in orgs if s <= h.start and h.end <= e), None)
            if box is not None:
                core = text[box[0] : box[1]]
                core_start = box[0] + (4 if core.lower().startswith("the ") else 0)
                wider = core_start < h.start or h.end < box[1]
                has_place = any(g.category in GEO and box[0] <= g.start and g.end <= box[1] for g in hits)
                if wider and not has_place:
                    continue
        out.append(h)
    return out


def _prefer_of(m: Actor, lex) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The prefer list of the organisation a mention was made from, if any."""
    hits = lex.scan(m.text)
    for h in hits:
        if h.entry.prefer:
            return h.entry.prefer
    return ()


def _in_headline(doc: Document, offset: int) -> bool:
    """True inside a title or subhead, where capitals say nothing about names."""
    sec = doc.section_at(offset)
    return sec is not None and sec.kind != "body"


def _index_sentences(doc: Document, mentions: list[Actor]) -> None:
    starts = [s.start for s in doc.sentences]
    for m in mentions:
        if m.start is None or not starts:
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        m.sentence_index = doc.sentences[max(i, 0)].index


def mentions_in(doc: Document, start: int, end: int) -> list[Actor]:
    """Mentions whose span lies within [start, end)."""
    return [m for m in doc.mentions if m.start is not None and m.start >= start and m.end is not None and m.end <= end]


def mention_for_token(doc: Document, token) -> list[Actor]:  # type: ignore[no-untyped-def]
    """The mention(s) covering a spaCy token (several for "the two sides").

    When mentions nest, only the narrowest ones are returned.
    """
    s = token.idx
    e = s + len(token.text)
    found = [m for m in doc.mentions if m.start is not None and m.start <= s and e <= (m.end or 0)]
    if len(found) <= 1:
        return found
    width = min((m.end or 0) - (m.start or 0) for m in found)
    return [m for m in found if (m.end or 0) - (m.start or 0) == width]

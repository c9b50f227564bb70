"""Source and target of an event from the dependency parse.

The rules, in order (DESIGN.md's multi-party convention applies on top):

* verbs: ``nsubj`` is the source, the direct object (or the object of a
  target preposition: with, against, on, to, at, toward, into, upon, over,
  from) is the target; in the passive the ``by`` agent is the source and
  ``nsubjpass`` the target;
* a verb with no subject borrows it: ``xcomp`` from its governor (or the
  governor's object after "urge/ask X to"), ``conj`` from the first conjunct,
  a relative clause from the noun it modifies, an agentless clause inside a
  statement from the speaker;
* nouns: the possessor ("Russia's attack"), the ``by`` agent or an actor
  modifier ("Russian airstrikes") is the source; with/against/on/of ... the
  target; "talks between X and Y" gives both as parties;
* light verbs ("held talks with X"): the verb's subject is the source, the
  noun's and the verb's prepositions give the target;
* agentless passives: an arrest or inquiry is by the state where it happened,
  a launch or attack by the place it came "from" (which is never its target);
* when no rule names a target, :func:`nearby_targets` takes the nearest
  actor with a country inside the predicate's own phrase (the coder marks it
  ``extra.target_via = "nearby"``).

Argument tokens become :class:`~eventwire.records.Actor` through the actor
mentions the actors stage left in ``doc.mentions`` (one mention per party for
"the two sides"); a proper-noun argument with no mention is kept as an
unresolved actor (text only, no country) so that the event still says who.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..actors.compose import PLACE_NAME_WORDS, REGION_CODES, after_stance
from ..actors.unknown import (
    CRAFT_NOUNS,
    FLAGGED_SHIP,
    WEAPON_NOUNS,
    common_word_opening,
    derive_code,
    is_weapon_name,
    names_a_text,
    no_party_name,
    no_party_tokens,
    party_position,
    stateless,
)
from ..nlp import result_host, sentence_of
from ..records import Actor, Document
from .polarity import CAUTIONING, PREVENTING
from .roles import DRILL_NOUNS
from .triggers import (
    ALLEGATION_NOUNS,
    FRAME_NOUNS,
    HEADLINE_CLAUSES,
    IMPOSING_NOUNS,
    NAMING_VERBS,
    REPORT_NOUNS,
    SAYING,
    SPEECH_VERBS,
    Candidate,
    Token,
    is_passive,
    lemma,
    object_prep,
    object_tokens,
    reduced_passive,
    speakers_conjunct,
    stray_conjunct,
    unclosed,
)

_SUBJ = ("nsubj", "csubj")
# verbs that give a thing a name ("called the strike a war crime")
_NAME_GIVING = frozenset(("call", "brand", "label", "term", "dub"))
# "over" is left out: "sanctioned officials over the launch" gives the reason
_VERB_TARGET_PREPS = {"with", "against", "on", "to", "at", "toward", "towards", "into", "upon", "from"}
_NOUN_TARGET_PREPS = {"with", "against", "on", "to", "at", "toward", "towards", "into", "upon", "over", "of"}
_NP_STOP = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "xcomp", "prep", "parataxis"}
_ACTOR_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
_WH = {"who", "which", "that", "whom"}


_BROKERED = re.compile(r"[-\u2010\u2011\u2013]\s?(?:brokered|mediated|facilitated)\b", re.IGNORECASE)


class MentionIndex:
    """Actor mentions of one document, indexed by spaCy token."""

    def __init__(self, doc: Document) -> None:
        self.by_token: dict[int, list[Actor]] = {}
        # wire datelines ("SEOUL, June 12 (Yonhap) --"): never a party
        self.datelines: list[tuple[int, int]] = [tuple(x) for x in doc.meta.get("datelines", [])]  # type: ignore[misc]
        sdoc = doc.spacy
        for m in doc.mentions:
            if m.start is None or m.end is None:
                continue
            if _BROKERED.match(doc.text, m.end):
                continue  # "sign US-brokered peace deal", "the EU-facilitated dialogue": the broker is no party
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, []).append(m)

    def on(self, tok: Token) -> list[Actor]:
        return self.by_token.get(tok.i, [])

    def in_dateline(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.datelines)


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without clauses, conjuncts and most PPs
    (an "of" PP stays: "the ministers of both countries")."""
    out = [head]
    stack = [c for c in head.children]
    while stack:
        c = stack.pop()
        # conjuncts below the head ("ministers of Korea, Japan and China") stay;
        # the head's own conjuncts are separate parties (see actors_of)
        inner_conj = c.dep_ in ("conj", "cc") and c.head.i != head.i
        if c.dep_ in _NP_STOP and not (c.dep_ == "prep" and lemma(c) == "of") and not inner_conj:
            continue
        out.append(c)
        stack.extend(c.children)
    return sorted(out, key=lambda t: t.i)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for a in actors:
        key = (a.start, a.end, a.name, a.country)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


_NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def _fallback(head: Token) -> Actor | None:
    """An actor for an argument the actors stage left without a mention:
    the actor resolver's reading of the noun phrase ("eight North Korean
    officials"), else an unresolved actor for a proper noun (text only)."""
    if head.ent_type_ in _NON_ACTOR_ENTS or is_weapon_name(head):
        return None  # "a Hwasong-17 ICBM", "a Pukguksong-3": a weapon, not a party
    if head.lower_ in ("our", "we", "us", "my", "your", "their", "its", "his", "her", "i"):
        return None  # '"Our nuclear force must grow"': a pronoun capitalised to open a quote, no unknown party
    if lemma(head) in _PLACE_NAMED_ACTS:
        return None  # "the Moscow attack": an act where it happened, no party
    if lemma(head) in _ALLY_NOUNS and any(c.dep_ == "poss" for c in head.children):
        return None  # "Russia's allies": not Russia, and nobody named
    # (and a place named after somebody: "Kim Il Sung Square"; not a group: "the Arakan Front")
    if (head.is_lower and head.lower_ in ("bank", "shore", "coast", "side", "area", "region", "border", "frontline", "front")) or (
        not head.is_lower and head.lower_ in PLACE_NAME_WORDS
    ):
        return None  # "withdrew from the left bank of the Dnipro": a place, no party
    if any(a.dep_ == "appos" and lemma(a) in CRAFT_NOUNS for a in head.children):
        return None  # "the Onnuri, a research vessel": a ship's name, not an unknown state
    if head.pos_ == "PROPN" and stateless(head.text):
        return None  # "restored access to YouTube": a brand, no party
    if common_word_opening(head):
        return None  # "Drones struck a hospital": a thing capitalised to open the sentence
    toks = [t for t in np_tokens(head) if t.dep_ not in ("det", "punct", "nummod") and t.i <= head.i]
    if not toks or names_a_text(head.doc[toks[0].i : head.i + 1]):
        return None  # "the Treaty on the Non-Proliferation of Nuclear Weapons" names a text
    if no_party_tokens(toks[0], head):
        return None  # "the BRP Datu Sanday", "the Freedom Edge exercise", "the village of Novopavlivka", "the Joint Security Area"
    start, end = toks[0].idx, head.idx + len(head.text)
    text = head.doc[toks[0].i : head.i + 1].text  # Doc.text would rebuild the whole text
    if _BROKERED.search(text):
        return None  # "a US-brokered peace deal": the deal, whose broker is no party
    if any(FLAGGED_SHIP.match(head.doc.text, t.idx + len(t.text)) for t in toks):
        return None  # "seized a Panama-flagged oil tanker": a flag is a nationality on a thing, no party
    if len(toks) == 1 and head.pos_ == "PROPN":
        from ..actors.names import official_by_surname

        official = official_by_surname(text)
        if official is not None:
            # headline "Yoon indicted": a listed official's surname, not an unknown state "YOO"
            return replace(official, text=text, start=start, end=end)
    if any(t.ent_type_ in ("NORP", "GPE", "ORG") or (t.is_title and t.i > 0) or t.pos_ == "PROPN" for t in toks):
        from ..actors import get_lexicon, resolve_actor  # the actor resolver's public functions

        found = resolve_actor(text)
        if found is not None and found.country:
            found.text, found.start, found.end = text, start, end
            derived = found.kind == "country" and found.country == derive_code(found.name, get_lexicon())
            opening = toks[0].is_sent_start or (toks[0].i > 0 and toks[0].doc[toks[0].i - 1].text in ("--", "—", "–"))  # (after a dateline's dash)
            # (nor a maker's model: "The Embraer 190 crashed")
            model = any(c.dep_ == "nummod" and c.i == head.i + 1 for c in head.children)
            if derived and no_party_name(text, head.doc.text, start, end):
                return None  # a wire's tag: "(LEAD) N. Korea fires ICBM"
            if derived and (len(toks) > 1 or opening or model or not party_position(head)):
                # "Chenchen refugees", "National Union for ...": an unknown
                # phrase of several words is no unknown state, nor a word
                # capitalised only to open a sentence ("Lawyers for the defendants ..."),
                # nor a name where a place stands ("handed them over at Panmunjom")
                found.country = None
            return found
    if head.pos_ != "PROPN" and head.ent_type_ not in _ACTOR_ENTS:
        return None
    from ..actors.lexicon import get_cities

    city = get_cities().get(text.lower()) if len(toks) == 1 else None
    if city is not None:
        # "Marcos is scheduled to visit Busan": a town the tagger took for a name is its state's
        return Actor(text=text, name=text, country=city, kind="country", start=start, end=end)
    return Actor(text=text, name=text, country=None, kind="group", start=start, end=end)


_RUN_NOUNS = frozenset(("series", "string", "spate", "flurry", "wave", "barrage", "number", "slew", "raft"))
_CONDUCT_NOUNS = frozenset(("action", "act", "move", "activity", "behavior", "behaviour", "provocation", "step", "conduct", "measure"))
_UTTERANCES = frozenset(("remark", "comment", "statement", "claim", "word", "accusation", "allegation", "rhetoric", "speech", "stance", "position", "threat", "warning", "demand", "proposal"))
_RELATION_NOUNS = frozenset(("ally", "partner", "neighbour", "neighbor", "rival", "patron", "backer", "friend", "enemy", "foe", "lifeline", "sponsor", "protector"))


def _relation_appositive(tok: Token) -> bool:
    """ "Russia, Belarus's main ally and economic lifeline, urged ...": the
    parser joins an apposition naming a relation as a conjunct; the state
    it relates to is no party."""
    return tok.pos_ == "NOUN" and lemma(tok) in _RELATION_NOUNS and any(c.dep_ == "poss" for c in tok.children)


def _appositives(head: Token, index: MentionIndex, event_nouns: frozenset[int], outside_datelines: bool = False) -> list[Actor]:
    """The placed actors a head's appositives (and their conjuncts) name."""
    return [
        m for a in head.children if a.dep_ == "appos" and not (outside_datelines and index.in_dateline(a))
        for x in (a, *a.conjuncts) for m in actors_of(x, index, event_nouns, conjuncts=False) if m.country
    ]


def _named_allies(tok: Token) -> bool:
    """ "its allies Niger and Burkina Faso": allies named in apposition."""
    return lemma(tok) in _ALLY_NOUNS and any(a.dep_ == "appos" for a in tok.children)


def actors_of(head: Token, index: MentionIndex, event_nouns: frozenset[int] = frozenset(), conjuncts: bool = True) -> list[Actor]:
    """Actors named by an argument head and (unless ``conjuncts`` is False) its conjuncts."""
    out: list[Actor] = []
    heads = [head] + ([c for c in head.conjuncts if c.i != head.i and (not _relation_appositive(c) or _named_allies(c))] if conjuncts else [])
    for h in heads:
        # "the series of actions by North Korea": what the series is of, and who acts
        inner = pobjs(h, {"of"}) if lemma(h) in _RUN_NOUNS and not index.on(h) else []
        if inner:
            h = inner[0]
        if lemma(h) in _CONDUCT_NOUNS and not index.on(h) and pobjs(h, {"by"}):
            out.extend(actors_of(pobjs(h, {"by"})[0], index))
            continue
        if index.datelines and index.in_dateline(h):
            # "SEOUL, June 12 -- Sergei Shoigu, ..., met Kim": the parser may make
            # the dateline the subject and the real one its appositive
            # (each of a coordinated subject: "SEOUL (AP) -- The United States and Japan began ...")
            # (the appositive read as any argument: "SEOUL -- Kim Jong-un's sister Kim Yo-jong rejected ..." is hers)
            out.extend(_appositives(h, index, event_nouns, outside_datelines=True))
            continue
        if _named_allies(h) and not index.on(h):
            # "Mali and its allies Niger and Burkina Faso": the allies named in apposition
            out.extend(_appositives(h, index, event_nouns))
            continue
        if h.i in event_nouns:
            # an event noun as argument ("an attack by X"): its agent is the actor
            # "an attack by X", "any attack targeting Y by X"
            hosts = [h] + [c for c in h.children if c.dep_ == "acl"]
            agent = [p for x in hosts for c in x.children if c.dep_ in ("prep", "agent") and lemma(c) == "by" for p in c.children if p.dep_ == "pobj"]
            if agent:
                out.extend(actors_of(agent[0], index))
                continue
        own = index.on(h)
        if own and h.pos_ == "NOUN":
            # "The three countries' foreign ministers pledged": a group the possessor names
            # state by state stands for each of them, not for the state the bare noun was given
            groups = [m for c in h.children if c.dep_ == "poss" for t in np_tokens(c) for m in index.on(t) if m.resolved_from and m.country]
            if len({m.country for m in groups}) >= 2:
                own = [replace(m, sector=own[0].sector, kind=own[0].kind) for m in _unique(groups)]
            # "Corps commanders from the two sides met": a group of both sides stands for each
            sides = [m for p in pobjs(h, {"from", "of"}) for t in np_tokens(p) for m in index.on(t) if m.resolved_from and m.country]
            if not groups and len({m.country for m in sides}) >= 2:
                own = [replace(m, sector=own[0].sector, kind=own[0].kind) for m in _unique(sides)]
        if own:
            out.extend(own)
            # headline coordination by comma: "Yoon, Kishida agree ..."
            own_c = {m.country for m in own}
            # a list parsed as apposition: "Chile, the Bahamas, Peru and Cuba" - the
            # appositive's conjuncts are parties too
            appos = [a for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN" for a in (c, *c.conjuncts)]
            out.extend(m for a in appos for m in index.on(a) if m.country and m.country not in own_c)
            if h.dep_ == "nsubj":
                # "Armenia, Azerbaijan agree on ...", "China, Russia hold drills": the
                # headline's first party parsed as a modifier before a comma
                before = [c for c in (*h.children, *h.head.children) if c.dep_ in ("nmod", "npadvmod") and c.pos_ == "PROPN" and c.i < h.i and c.nbor(1).text == ","]
                out.extend(m for c in before for m in index.on(c) if m.kind == "country" and m.country and m.country not in own_c)
            # "the ministers of Korea, Japan and China": conjuncts inside the phrase are parties too
            out.extend(m for t in np_tokens(h) if t.dep_ == "conj" and t.head.i != h.i for m in index.on(t))
            # "officials from South Korea and the United States": each state's
            out.extend(
                replace(m, sector=own[0].sector, kind=own[0].kind)
                for c in h.children if c.dep_ == "prep" and lemma(c) == "from"
                for p in c.children if p.dep_ == "pobj"
                for x in p.conjuncts for m in index.on(x) if m.country and m.country not in own_c
            )
            # "Chilean and Peruvian frigates", "US and South Korean troops":
            # coordinated modifiers name one party each
            out.extend(m for t in np_tokens(h) if t.dep_ in ("amod", "compound") and t.conjuncts for x in (t, *t.conjuncts) for m in index.on(x) if m.country and m.country not in own_c)
            # "Chile and the small Peru" misparsed as a modifier with its own coordination
            out.extend(m for t in np_tokens(h) if t.dep_ == "nmod" and t.pos_ == "PROPN" and any(c.dep_ in ("cc", "conj") for c in t.children) for m in index.on(t))
            continue
        found: list[Actor] = []
        owners: list[Actor] = []
        for t in np_tokens(h):
            if t.dep_ == "compound" and lemma(t.head) in _PLACE_NAMED_ACTS and index.on(t) and all(a_city(m) for m in index.on(t)):
                continue  # "the perpetrators of the Ankara attack": where it happened, no party
            if lemma(h) in TEXT_NOUNS and t.dep_ == "compound" and (t.pos_ == "NOUN" or t.text[:1].islower()):
                continue  # "sign coast guard pact": what the pact is about, no party
            if _of_an_ally(t, h):
                continue  # "the deputy chief of Israel's militia ally": the ally, not the state it serves
            if t.dep_ in ("compound", "nmod") and index.on(t) and all(not m.country and m.kind == "country" for m in index.on(t)) and any(m.country for m in index.on(t.head)):
                continue  # "the Azadliq opposition coalition": the coalition's name, no second party
            (owners if _in_possessor(t, h) else found).extend(index.on(t))
        if lemma(h) in TEXT_NOUNS and found and all(a_city(m) for m in found):
            continue  # "the Paris climate agreement", "the Minsk accords": a town names where a text was signed
        # "Osama bin Laden's al-Qaeda network": the network, not its owner
        # (but "Israel's Ben Gurion airport": a place named after a person is the owner state's)
        if owners and found and (all(not m.country for m in found) or (lemma(h) in FACILITY_NOUNS and all(m.kind == "person" for m in found))):
            found = owners  # ("Tokyo's Sado mine exhibit": a name that places nothing is the owner state's)
        if not found and owners and h.pos_ == "NOUN" and not index.on(h):
            # "Kim Jong-un's powerful sister Kim Yo-jong rejected ...": the one named in apposition, not the owner
            found = [m for a in h.children if a.dep_ == "appos" for t in np_tokens(a) for m in index.on(t) if m.kind == "person" and m.country]
        found = found or owners
        if owners and lemma(h) in _UTTERANCES | _PAPERS | _DECIDED:
            # "criticised Japan's Taiwan remarks": whose words, not what they are about;
            # "revoked Petro's U.S. visa": whose papers, not the state that issued them;
            # "Sweden's decision to send them back to Bulgaria": who decided, not whom it concerns
            found = owners
        if not found and (h.dep_ in ("nsubj", "nsubjpass") or (h.pos_ == "PROPN" and not index.on(h))):
            # a subject that names nobody, with an appositive that does ("the
            # group, Hamas, said"; "the lions and the awful Gondor" parsed as
            # an apposition); a name nobody knows, with one that places it
            # ("Belavia, the Belarusian national airline")
            found = [m for a in h.children if a.dep_ == "appos" for t in np_tokens(a) for m in index.on(t) if m.country]
        if found and h.pos_ == "NOUN" and all(m.country in REGION_CODES and m.kind == "country" for m in found):
            # "the West African bloc ECOWAS": the body named, not the region that describes it
            # (the parse may make the name a verb)
            named = [m for a in h.children if a.dep_ == "appos" for t in np_tokens(a) for m in index.on(t) if m.kind == "org"]
            if not named and lemma(h) in _BODY_NOUNS and h.i + 1 < len(h.doc):
                named = [m for m in index.on(h.doc[h.i + 1]) if m.kind == "org"]
            found = named or found
        if not found and h.pos_ == "NOUN" and not index.on(h) and (h.dep_ not in ("nsubj", "nsubjpass") or lemma(h) in _PARTY_NOUNS):
            # (a subject only when it is of states: "65 others injured, including 25 children" is whom it hit)
            # "sanctions on six individuals and two entities, including a Pyongyang-based
            # trading firm", "groups such as Hamas": the examples named are the parties
            found = [
                m for c in h.children if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)))
                for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts) for t in np_tokens(x) for m in index.on(t) if m.country
            ]
        if not found and h.pos_ == "NOUN" and not index.on(h):
            # "The border commissions, led by Armenian Deputy Prime Minister X and Azerbaijani
            # Deputy Prime Minister Y, met": the states of those who lead them
            found = [
                m for a in h.children if a.dep_ == "acl" and lemma(a) in ("lead", "head", "chair") for p in pobjs(a, {"by"})
                for x in (p, *p.conjuncts) for t in np_tokens(x) for m in index.on(t) if m.country
            ]
        if not found and h.pos_ == "NOUN" and not index.on(h) and lemma(h) in _STAFF_NOUNS:
            # "withdrew its diplomatic staff from Argentina, Chile, Costa Rica, Peru and
            # Uruguay": the states the staff is posted in, each of them
            found = [m for p in pobjs(h, {"from", "in"}) for x in (p, *p.conjuncts) for t in np_tokens(x) for m in index.on(t) if m.country]
        if found:
            out.extend(_unique(found)[:4] if lemma(h) not in _STAFF_NOUNS else _unique(found))
            continue
        fb = _fallback(h)
        if fb is not None:
            out.append(fb)
    return _unique(out)


# people a state posts abroad, named by where they serve
_STAFF_NOUNS = frozenset(("staff", "personnel", "diplomat", "envoy", "ambassador", "mission", "embassy", "representative"))
_TIME_ENTS = {"DATE", "TIME"}
# acts one side derides or dismisses: whose act it is is the party judged
_DERIDED_ACTS = frozenset(("visit", "trip", "tour", "drill", "exercise", "move", "summit", "meeting", "parade"))


# fighting told by where it happens, with nobody fought named
_FIGHTING_IN = frozenset(("fight", "battle", "serve", "clash", "combat"))
# a party that serves another: "Israel's militia ally", "Iran's proxies"
_ALLY_NOUNS = frozenset(("ally", "proxy", "client", "surrogate", "protege", "protégé"))


def _of_an_ally(tok: Token, head: Token) -> bool:
    """``tok`` names whose ally the party under ``head`` is."""
    x = tok
    while x.i != head.i and x.head.i != x.i:
        if x.dep_ == "poss" and lemma(x.head) in _ALLY_NOUNS:
            return True
        x = x.head
    return False


def _mover(noun: Token) -> list[Token]:
    """Who made "a move" set after the clause that tells it: "Venezuela held an
    election, a move Guyana denounced" (the parse may hang the move on the
    verb or on its object)."""
    if lemma(noun) not in _MOVE_NOUNS or noun.dep_ not in ("appos", "npadvmod", "dobj") or any(c.dep_ == "poss" for c in noun.children):
        return []
    host = noun.head
    for _ in range(4):  # (or on a noun inside its object: "held elections for a governor of X, a move ...")
        if host.pos_ in ("VERB", "AUX") or host.dep_ not in ("dobj", "obj", "pobj", "prep") or host.head.i == host.i:
            break
        host = host.head
    if host.pos_ not in ("VERB", "AUX") or host.i > noun.i:
        return []
    return subject_tokens(host)


def _nominalised(noun: Token) -> bool:
    """An act named by its verb's noun with what it was done to: "listing of Chinese companies"."""
    return noun.lower_.endswith(("ing", "tion", "sion", "ment")) and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# nouns of states or members a list of examples names ("several countries, including France")
_PARTY_NOUNS = frozenset(("country", "state", "nation", "government", "member", "ally", "partner", "power", "neighbor", "neighbour"))
# people one state's side sends to meet another
_SENT_PEOPLE = frozenset(("delegation", "delegate", "envoy", "official", "negotiator", "representative", "team", "diplomat", "mediator"))
# papers a person holds from a state
# what a state decides or plans: "X's decision/plan to ..." is X's act
_DECIDED = frozenset(("decision", "plan", "policy", "move", "order", "law", "bill", "step", "scheme", "bid"))
_PAPERS = frozenset(("visa", "passport", "accreditation", "residency", "permit", "license", "licence", "credentials", "citizenship"))
FACILITY_NOUNS = frozenset(("airport", "port", "base", "harbor", "harbour", "station", "plant", "refinery", "terminal", "airbase", "dam", "bridge", "facility", "factory", "mine", "reactor", "depot", "shipyard"))
_DRAWING = frozenset(("draw", "prompt", "trigger", "spark", "provoke", "invite", "earn", "elicit"))
# nouns a body's name may follow: "the West African bloc ECOWAS"
_BODY_NOUNS = frozenset(("bloc", "alliance", "grouping", "group", "organisation", "organization", "body", "agency", "coalition", "union", "movement", "militia"))
_PLACE_NAMED_ACTS = frozenset(("attack", "bombing", "shooting", "massacre", "blast", "explosion", "attacks", "raid", "siege", "stabbing"))
# what a state may cite as its right: "under the U.N. Charter", "under international law"
_LEGAL_BASES = frozenset(("law", "article", "resolution", "resolutions", "rule", "rules", "statute", "constitution", "mandate"))
TEXT_NOUNS = frozenset(("agreement", "accord", "accords", "treaty", "pact", "convention", "protocol", "declaration", "charter", "format", "deal"))


# verbs of holding another party's view as one's own ("shared Seoul's concerns")
_SHARING = frozenset(("share", "echo"))
# verbs whose subject holds a support given by another ("enjoys the backing of"); not "kept
# its support for X", whose subject gives it
_HOLDING = frozenset(("have", "enjoy"))
# what an act is called when what it drew is told ("in a move that drew a protest")
_MOVE_NOUNS = frozenset(("move", "step", "decision", "act", "action"))


def _drawer(verb: Token) -> list[Token]:
    """Who drew what ``verb`` drew: its subject, or, when that is "a move
    that ...", the subject of the act the move is ("North Korea fired
    missiles, in a move that drew a protest from Tokyo")."""
    move = verb.head if verb.dep_ == "relcl" and lemma(verb.head) in _MOVE_NOUNS else None
    if move is None:
        return subject_tokens(verb)
    up = move
    for _ in range(3):
        if up.head.i == up.i or up.pos_ in ("VERB", "AUX"):
            break
        up = up.head
    if up.pos_ in ("VERB", "AUX"):
        return subject_tokens(up)
    # (a verb the parser made a modifier: "North Korea test-fired missiles, in a move ...")
    return [x for left in up.lefts for x in left.subtree]


def _in_possessor(tok: Token, head: Token) -> bool:
    """``tok`` is inside a possessor of ``head``'s phrase ("bin Laden's")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False


# what talks come in: "two days of talks", "a round of talks"
TALK_SPANS = frozenset(("day", "round", "hour", "week", "session"))
_OPEN_TO = frozenset(("open", "ready", "willing", "prepared", "committed", "eager", "amenable"))
_TIME_WORDS = frozenset(("overnight", "tonight", "today", "yesterday", "tomorrow", "morning", "evening", "night", "afternoon"))


def _place_in_time(p: Token) -> bool:
    """A name the tagger swallowed into the time after it: "launched drones at [Kyiv overnight]"."""
    nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
    return p.pos_ == "PROPN" and p.ent_iob_ == "B" and nxt is not None and nxt.ent_iob_ == "I" and nxt.lower_ in _TIME_WORDS


def pobjs(tok: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Objects of the given prepositions under ``tok`` (never time adjuncts
    such as "on Thursday", settings such as "on the sidelines of", nor a
    helper: "with Albania's help"; nor an absolute phrase: "with a spokesperson
    saying ..."; nor a weapon: "hit back with artillery")."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and lemma(c) in preps:
            out.extend(
                p for p in c.children
                if p.dep_ == "pobj" and (p.ent_type_ not in _TIME_ENTS or _place_in_time(p)) and lemma(p) not in _SETTING_NOUNS and not _helper(p)
                and not (lemma(c) == "on" and lemma(p) in _OUTLETS)
                and not (lemma(c) == "with" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in p.children))
                # ("agreed ... with strings attached": a circumstance, not a partner)
                and not (lemma(c) == "with" and lemma(p) in _PROVISOS and any(a.dep_ == "acl" and a.tag_ == "VBN" for a in p.children))
                # ("with leader Kim Jong Un watching": the parser makes the participle the object)
                and not (lemma(c) == "with" and p.tag_ == "VBG" and any(a.dep_ == "nsubj" for a in p.children))
                and not (lemma(c) == "with" and _looking_on(p))
                and not (lemma(c) == "with" and (is_weapon_name(p) or lemma(p) in _MUNITIONS) and not (_drill(tok) and _of_a_state(p)))
            )
    return out


# "with strings attached", "with conditions attached": terms of the act
_PROVISOS = frozenset(("string", "condition", "caveat", "reservation", "proviso", "exception"))

# a drill held "with U.S. bombers" is held with the state that flies them
_DRILLS = DRILL_NOUNS | {"patrol"}


def _drill(tok: Token) -> bool:
    """A drill, or a verb that holds one ("held drills with ...")."""
    return lemma(tok) in _DRILLS or any(c.dep_ in ("dobj", "obj") and lemma(c) in _DRILLS for c in tok.children)


def _of_a_state(tok: Token) -> bool:
    """ "U.S. bombers", "Japanese destroyers": a machine marked as a state's."""
    return any(
        t.dep_ in ("compound", "amod", "poss", "nmod") and t.ent_type_ in ("GPE", "NORP") and t.doc[t.i + 1].text != "-" for c in tok.lefts for t in c.subtree
    )


_ONLOOKING = frozenset(("watch", "look", "observe", "oversee", "attend", "preside", "supervise", "guide"))


def _looking_on(p: Token) -> bool:
    """ "test-fired a missile with Kim Jong Un looking on": the object of "with" is an onlooker."""
    nxt = p.doc[p.right_edge.i + 1] if p.right_edge.i + 1 < len(p.doc) else None
    return nxt is not None and nxt.tag_ == "VBG" and lemma(nxt) in _ONLOOKING


# "on the sidelines of the summit", "on the margins of", "on behalf of": where
# or for whom, never the other party
_SETTING_NOUNS = {"sideline", "sidelines", "margin", "margins", "behalf", "occasion", "eve"}
# "announced the strike on social media": where it was said
_OUTLETS = frozenset(("media", "medium", "television", "tv", "radio", "website"))


def _agent(verb: Token) -> list[Token]:
    # (also the agent hung on a predicative complement: "was declared persona non grata by Poland")
    hosts = [verb] + [c for c in verb.children if c.dep_ == "oprd"]
    found = [p for h in hosts for c in h.children if c.dep_ == "agent" or (c.dep_ == "prep" and lemma(c) == "by") for p in c.children if p.dep_ == "pobj"]
    if not found and is_passive(verb):
        # "was threatened with a suspension of visa-free travel by the European
        # Union": the parse hangs the agent on the with-phrase's noun
        nouns = [p for c in verb.children if c.dep_ == "prep" and lemma(c) == "with" for p in c.children if p.dep_ == "pobj"]
        nouns += [q for n in nouns for c in n.children if c.dep_ == "prep" and lemma(c) == "of" for q in c.children if q.dep_ == "pobj"]
        found = [p for n in nouns for c in n.children if c.dep_ in ("prep", "agent") and lemma(c) == "by" for p in c.children if p.dep_ == "pobj"]
    return found


# Speech acts, and subjects that cannot perform them ("the strikes ... urged")
_ORDERING_VERBS = frozenset(("order", "instruct", "direct", "command"))
_ACTS_AS_SUBJECTS = frozenset(("strike", "airstrike", "attack", "sanction", "measure", "move", "decision", "law", "policy", "tariff", "action",
                               "operation", "deployment", "test", "launch", "plan", "deal", "agreement", "resolution", "bill", "raid",
                               "bombing", "killing", "blockade", "drill", "exercise", "incursion", "shelling",
                               "violation", "breach", "aggression", "escalation", "invasion", "occupation", "incident", "crime",
                               "remark", "statement", "failure", "provocation", "abuse", "accident", "mishap"))
_OCCASIONS = frozenset(("time", "times", "moment", "occasion", "point"))
# Verbs that report a finding: "determined that ..., and imposed sanctions"
_FINDING = frozenset(("determine", "conclude", "find", "announce", "declare", "rule", "confirm", "establish"))
# Verbs of saying and judging: an adverbial clause under them has its own agent.
_JUDGING_VERBS = frozenset(
    "accuse blame condemn denounce criticize criticise say claim allege warn deplore slam charge".split()
)
# Verbs whose "to"-clause is their subject's purpose, not their object's act.
# verbs of rewriting a text, whose purpose is the writer's act
REWRITING = frozenset(("revise", "amend", "rewrite", "change"))
_SUBJECT_PURPOSE_VERBS = frozenset(("summon", "convene", "visit", "meet", "host", "receive", "use", "employ", "fire")) | REWRITING


_STATEMENT_HOLDERS = frozenset(("statement", "communique", "declaration", "resolution", "letter", "message", "note", "report", "post", "video"))


# speech acts a participle after a statement adds to it: "Lin said, rejecting
# claims by ...", "condemned the launches, calling them a grave threat"
_SPEAKING = frozenset(_JUDGING_VERBS | {"reject", "deny", "dismiss", "call", "describe", "urge", "vow", "pledge", "add", "insist",
                                        "express", "term", "label", "brand", "stress", "demand", "refuse", "reiterate"})


def _speaking_participle(pred: Token) -> bool:
    return pred.tag_ == "VBG" and pred.i > pred.head.i and lemma(pred) in _SPEAKING and not any(c.dep_ == "mark" for c in pred.children)


_MUNITIONS = frozenset(("shell", "bomb", "mortar", "projectile", "munition", "grenade", "mine", "round"))


def _object_read_as_subject(tok: Token) -> bool:
    """A "subject" after the second verb of a pair: "Kim Jong Un inspects
    submarine, warns US of response" (headline style, the parser makes "US"
    the subject of "warns"): it is the object, the subject is the first verb's."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj" and verb.dep_ == "conj" and verb.pos_ == "VERB" and tok.i > verb.i
        and verb.head.pos_ == "VERB" and any(c.dep_ in _SUBJ for c in verb.head.children)
    )


# what a lawmaker or a government does to a text that puts it in force
_ENACTING = frozenset(("pass", "adopt", "approve", "enact", "sign"))
_ENACTED_TEXTS = frozenset(("law", "bill", "legislation", "act", "decree", "amendment", "regulation", "measure", "package"))


def enacted_here(pred: Token) -> bool:
    """ "passed a bill imposing sanctions on Russian firms", "approved a law that
    bans imports": what the text does is done by its enactment in this clause,
    not a rule already in force."""
    head = pred.head
    return pred.dep_ in ("acl", "relcl") and lemma(head) in _ENACTED_TEXTS and head.dep_ in ("dobj", "obj") and lemma(head.head) in _ENACTING


# texts that speak for whoever issues them, and the verbs of issuing them
_STATING_TEXTS = frozenset(("declaration", "statement", "communique", "communiqué", "resolution", "letter", "note", "message", "report"))
_ISSUING = frozenset(("adopt", "issue", "release", "publish", "approve", "pass", "send", "deliver", "unveil", "sign"))


def _issued_here(pred: Token) -> bool:
    """ "adopted a declaration that criticised ...": the clause tells what the text issued in this sentence says."""
    head = pred.head
    return pred.dep_ == "relcl" and lemma(head) in _STATING_TEXTS and head.dep_ in ("dobj", "obj") and lemma(head.head) in _ISSUING


# participles set off between a speaker and the verb ("a spokesperson, asked about it, said")
_ASIDE_PARTICIPLES = frozenset(("ask", "question", "reach", "contact", "press", "quote", "interview"))
# what two named together do together ("Lee and Xi, who agreed ...")
_JOINT_DEEDS = frozenset(("agree", "meet", "sign", "pledge", "vow", "decide", "hold", "discuss", "reaffirm"))


def subject_tokens(pred: Token, depth: int = 0) -> list[Token]:
    """Subject of a predicate, borrowed from its governor when it has none."""
    if depth > 4:
        return []
    if is_passive(pred) and lemma(pred) != "bind":
        subj = _agent(pred)
        if not subj and pred.dep_ != "ccomp":
            return []  # "if either is attacked": the governor's subject is no agent
    elif is_passive(pred):
        # "would no longer be bound by the accord": who is bound is who walks out
        subj = [c for c in pred.children if c.dep_ == "nsubjpass"]
    else:
        subj = [c for c in pred.children if c.dep_ in _SUBJ and not _object_read_as_subject(c)]
        if not subj:
            # "To Lam invited Kim to visit Vietnam": a name read as "to" and its object
            subj = [p for c in pred.children if c.dep_ == "prep" and c.text == "To" for p in c.children
                    if p.dep_ == "pobj" and p.ent_type_ == "PERSON" and p.i + 1 == pred.i]
        if not subj and pred.dep_ == "conj" and pred.i >= 2:
            # "annexed Crimea in 2014 and Ukraine cut ties": a name right before
            # the second verb, which the parser joined to the first clause's words
            name = pred.doc[pred.i - 1]
            if (
                name.pos_ == "PROPN" and name.dep_ == "conj" and name.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                and name.head.i != pred.i and pred.doc[name.left_edge.i - 1].lower_ == "and"
            ):
                subj = [name]
        if not subj and pred.tag_ == "VBD":
            # "a day after militants of the PKK attacked an outpost": the parser made the
            # subject the object of "after" hung on the time phrase
            subj = [
                p for t in pred.children if t.dep_ == "npadvmod" for a in t.children if a.dep_ == "prep" and a.lower_ in ("after", "before")
                for p in a.children if p.dep_ == "pobj" and p.right_edge.i + 1 == pred.i and p.pos_ in ("NOUN", "PROPN")
            ][:1]
        if not subj and pred.tag_ == "VBD" and pred.dep_ == "advcl":
            # "The launch came a day after Kim Yo Jong, the leader's sister, accused Japan ...": the
            # same, with "after" hung on the governing verb and the name's apposition closed by a comma
            subj = [
                p for a in pred.head.children if a.dep_ == "prep" and a.lower_ in ("after", "before") and a.i < pred.i
                for p in a.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ == "PERSON"
                and all(t.is_punct for t in pred.doc[p.right_edge.i + 1 : pred.i]) and p.right_edge.i + 2 >= pred.i
            ][:1]
        if not subj and pred.pos_ == "VERB":
            # "a ministry spokesperson, asked about the statement, said ...": the parser makes the
            # speaker the subject of the participle set off before the verb
            subj = [
                x for c in pred.children if c.dep_ == "ccomp" and c.i < pred.i and c.tag_ in ("VBD", "VBN") and lemma(c) in _ASIDE_PARTICIPLES
                and pred.doc[c.i - 1].text == "," for x in c.children if x.dep_ == "nsubj" and x.i < c.i
            ][:1]
        if not subj and pred.dep_ == "relcl" and pred.pos_ == "NOUN":
            # "which Pyongyang denounces as ...", tagged as a plural noun: its "compound" is the subject
            subj = [c for c in pred.children if c.dep_ == "compound" and c.i < pred.i and c.pos_ == "PROPN"][-1:]
        if (
            len(subj) == 2 and subj[0].right_edge.i == subj[0].i and subj[0].i + 1 == subj[1].left_edge.i
            and subj[0].pos_ == "NOUN" and subj[1].pos_ == "PROPN"
        ):
            # "North Korea's state news agency KCNA condemned ...": a description and its name, one subject
            subj = subj[1:]
    if subj:
        if pred.dep_ == "relcl" and subj[0].lower_ in _WH:
            if enacted_here(pred) or _issued_here(pred):
                # ("adopted a declaration that criticised unilateral tariffs": what the text says, its adopters say)
                return subject_tokens(pred.head.head, depth + 1)
            head = pred.head
            if head.dep_ == "conj" and lemma(pred) in _JOINT_DEEDS and pred.doc[subj[0].i - 1].text == ",":
                # "a summit between Lee and Xi, who agreed to launch it when they met": both of them
                return [head.head, head]
            return [pred.head]
        # "Drones launched by the RSF struck fuel depots": whoever sent the weapons
        # (a capitalised "Drones" after a dateline is tagged a name, whose lemma keeps the plural)
        sent_by = [
            p for x in subj if {lemma(x), x.lower_[:-1] if x.lower_.endswith("s") else x.lower_} & (WEAPON_NOUNS | CRAFT_NOUNS | _MUNITIONS)
            for a in x.children if a.dep_ == "acl" and a.tag_ == "VBN" for p in _agent(a)
        ]
        if sent_by:
            return sent_by
        # "Shells from Syria hit Lebanese villages": the state they came from
        came_from = [p for x in subj if lemma(x) in WEAPON_NOUNS | _MUNITIONS | {"shell", "round", "fire", "gunfire"} for p in pobjs(x, {"from"}) if p.ent_type_ in ("GPE", "NORP")]
        if came_from:
            return came_from
        # headline "Lee, Mongolian president agree": a second subject read as an apposition
        # (the plural verb right after it, with no closing comma, says there are two)
        pair = [a for a in subj[0].children if a.dep_ == "appos" and pred.tag_ == "VBP" and a.right_edge.i + 1 == pred.i]
        if len(subj) == 1 and pair and subj[0].i < pair[0].i:
            return [subj[0], pair[0]]
        # headline "Yoon, Kishida agree": a name before the subject, split by a comma
        first = subj[0]
        lead = [c for c in pred.children if c.i < first.i and c.dep_ in ("advmod", "npadvmod", "dep", "nmod") and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","]
        return lead + subj
    head = pred.head
    if head.i == pred.i:
        return []
    if (host := result_host(pred)) is not None:
        # "accused Rwanda of arming rebels who attacked a post, killing nine soldiers": the attackers killed
        return subject_tokens(host, depth + 1)
    if pred.dep_ == "acl" and head.dep_ in ("dobj", "obj") and lemma(head.head) in REWRITING and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children):
        # "revised the constitution to define South Korea as a hostile state": the lawmaker defines
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ == "xcomp":
        # raising: "the leaders are expected to meet" -> the leaders meet
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:
            return raised
        # object control: "urged Gondor to withdraw" -> Gondor withdraws;
        # not after a summons or a visit: "summoned the ambassador to
        # protest" -> the summoner protests
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        if objs and head.pos_ == "VERB" and lemma(head) not in _SUBJECT_PURPOSE_VERBS:
            return objs
        return subject_tokens(head, depth + 1)
    if pred.dep_ == "acomp" or (pred.dep_ == "xcomp" and head.pos_ == "ADJ"):
        return subject_tokens(head, depth + 1)
    if pred.dep_ == "advcl" and lemma(head) in _JUDGING_VERBS and not _speaking_participle(pred):
        return []  # "X accused Y ... after an attack killed 26": the accuser did not kill
    if (stray := stray_conjunct(pred)) is not None:
        return subject_tokens(stray, depth + 1)
    if (
        pred.dep_ == "advcl" and pred.tag_ == "VBG" and lemma(pred) in SPEECH_VERBS | NAMING_VERBS and pred.i > 0 and pred.doc[pred.i - 1].text == ","
        and head.dep_ == "ccomp" and lemma(head.head) in SAYING | {"deny", "reject", "dismiss"}
    ):
        # "denied that Han had ever worked for the agency, calling the North's claim a
        # fabrication": a participle after a comma is the speaker's, not the told clause's
        return subject_tokens(head.head, depth + 1)
    if (owner := speakers_conjunct(pred)) is not None:
        # "denied that the drone was Russian and accused Romania ...": the speaker's
        return subject_tokens(owner, depth + 1)
    if pred.dep_ == "conj" and pred.tag_ == "VBD" and head.dep_ == "ccomp" and (
        lemma(head.head) in SAYING
        # ("warned that the United States would face consequences ..., and accused Washington of blackmail")
        or (lemma(head.head) == "warn" and lemma(pred) in ("accuse", "condemn", "denounce", "blame", "criticize", "criticise", "slam"))
    ) and (
        lemma(head) == "be"
        or any(a.dep_ == "aux" and a.lower_ in ("would", "will", "could", "can", "might", "may", "should", "must") for a in head.children)
        # (a progressive: a past tense cannot share its "was"; a perfect's "had" it can)
        or (head.tag_ == "VBG" and any(a.dep_ == "aux" and lemma(a) == "be" for a in head.children))
        # "Turk said the strikes violated international law and urged Washington ...": acts do not urge
        # (nor do they order: "Kim said the incident damaged the dignity of the state and ordered the commission to ...")
        or (lemma(pred) in SPEECH_VERBS | _ORDERING_VERBS and any(c.dep_ == "nsubj" and lemma(c) in _ACTS_AS_SUBJECTS for c in head.children))
        # "said Iran had chosen confrontation and urged it to reconsider": nobody urges itself
        or (lemma(pred) in SPEECH_VERBS and any(o.dep_ in ("dobj", "obj") and o.lower_ in ("it", "them") for o in pred.children))
    ):
        # "Egypt said the talks were difficult and urged Israel ...", "Kim said
        # they would stand together and expressed support", "said Iran was
        # lying and urged Tehran ...": the parser joins a past verb to the
        # reported clause's copula, modal or auxiliary verb; it is the speaker's
        return subject_tokens(head.head, depth + 1)
    if (
        pred.dep_ == "conj" and pred.tag_ in ("VBD", "VBN") and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and lemma(head.head) in _FINDING
        and pred.doc[pred.i - 1].lower_ == "and" and pred.doc[pred.i - 2].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children)
    ):
        # "The United States determined that the RSF had committed genocide, and imposed
        # sanctions on its commander": the main clause's second verb, joined to what was found
        return subject_tokens(head.head, depth + 1)
    if (
        pred.dep_ == "conj" and pred.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.dep_ == "relcl" and lemma(head.head) in SAYING
        and pred.doc[pred.i - 1].lower_ == "and" and pred.doc[pred.i - 2].text == ","
    ):
        # "condemned the launch, which it said violated U.N. resolutions, and called on
        # Pyongyang to ...": the main clause's second verb, joined to the told clause
        head = head.head
    if pred.dep_ == "conj" and head.dep_ == "relcl" and pred.tag_ == "VBD" and any(t.text == "," for t in pred.doc[head.i : pred.i]):
        # "presided over the meeting, which ended Monday, and ordered ...": the
        # parser joins the main clause's second verb to the relative clause
        node = head.head
        while node.dep_ in ("pobj", "prep", "dobj", "obj") and node.head.i != node.i:
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return subject_tokens(node, depth + 1)
    if (
        pred.dep_ == "conj" and pred.tag_ in ("VBD", "VBZ") and head.dep_ == "advcl" and any(m.dep_ == "mark" for m in head.children)
        and pred.doc[pred.i - 1].lower_ == "and" and pred.doc[pred.i - 2].text == ","
    ):
        # "Poland closed a border crossing after a guard was stabbed by a migrant,
        # and accused Minsk ...": the parser joins the main clause's second verb
        # to the subordinate clause
        return subject_tokens(head.head, depth + 1)
    if (
        pred.dep_ == "conj" and pred.tag_ == "VBD" and lemma(pred) in SPEECH_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children)
        and any(c.dep_ == "nsubj" and lemma(c) in _ACTS_AS_SUBJECTS for c in head.children)
    ):
        # "The launch came a day after Kim Yo Jong accused Japan ..., and warned that Tokyo
        # would regret it": an act does not warn; the speaker of the clause between does
        told = [a for a in head.children if a.dep_ == "advcl" and a.i < pred.i and a.tag_ == "VBD"]
        if told and (found := subject_tokens(told[-1], depth + 1)):
            return found
    if pred.dep_ == "conj" and pred.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        # "Ethiopia inaugurated the dam ..., while downstream Egypt said it had written to the
        # Council and warned it would defend ...": the parser joins the contrasted clause's
        # second verb to the main one; it goes with the "while" clause just before it
        contrast = [
            a for a in head.children
            if a.dep_ == "advcl" and a.i < pred.i and a.right_edge.i + 3 >= pred.i and any(s.dep_ == "nsubj" for s in a.children)
            and any(w.lower_ in ("while", "whereas") for w in a.subtree if w.i < a.i)
        ]
        if contrast:
            return subject_tokens(contrast[-1], depth + 1)
    if pred.dep_ == "conj" and pred.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp":
        # "urged Rwanda to withdraw its troops and called on M23 to ...": a
        # finite verb joined to the infinitive belongs to the main verb
        return subject_tokens(head.head, depth + 1)
    if (
        pred.dep_ == "advcl" and pred.tag_ == "VBG" and lemma(pred) in NAMING_VERBS | SAYING
        and head.dep_ == "ccomp" and lemma(head.head) in SAYING and head.head.pos_ == "VERB"
        # (not a demand: "Kurds demonstrated in Kirkuk calling for independence, witnesses said")
        and not (lemma(pred) == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in pred.children))
    ):
        # "The Pentagon said two Venezuelan jets had flown close to a destroyer, calling
        # the manoeuvre highly provocative": the parse hangs the speaker's comment on what was told
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ == "advcl" and pred.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and any(
        m.dep_ == "mark" and m.lower_ == "while" for m in pred.children
    ):
        # "Seoul said it hoped the talks would help, while urging Pyongyang to respond": the
        # parse hangs the speaker's second act on what was hoped
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ == "advcl" and pred.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.pos_ == "VERB" and pred.doc[pred.i - 1].text == ",":
        # "Russia ordered a British diplomat to leave the country, accusing him of spying":
        # a participle after a comma goes with the main clause, not the infinitive it follows
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ == "conj" and head.lower_ == "persona" and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
        # "declared three diplomats persona non grata and summoned the ambassador": the
        # parser reads "persona" as a verb whose subject is the diplomats; the declarer summons
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ in ("advcl", "xcomp") and lemma(head) in ("give", "grant") and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children):
        given = [c for c in head.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        if given:
            return given  # "gave Iran two weeks to agree to a deal": Iran is to agree
    if pred.dep_ == "conj" and head.pos_ == "VERB" and is_passive(head) and not is_passive(pred) and not reduced_passive(pred) and (
        any(c.dep_ in ("aux", "dobj", "obj") for c in pred.children)  # ("was driven there and detonated": passive too)
    ):
        # "has been indicted by the court and will resign": who was indicted resigns, not the court
        patient = [c for c in head.children if c.dep_ == "nsubjpass"]
        if patient:
            return patient
    if pred.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return subject_tokens(head, depth + 1)
    if pred.dep_ == "pcomp" and lemma(head) == "in" and lemma(head.head) == "join":
        # "Australia joined the United States in sanctioning X": both act
        gov = head.head
        return subject_tokens(gov, depth + 1) + [c for c in gov.children if c.dep_ in ("dobj", "obj")]
    if pred.dep_ == "pcomp" and (
        lemma(head) in ("for", "of") or (lemma(head) == "against" and lemma(head.head) in CAUTIONING) or (lemma(head) == "from" and lemma(head.head) in PREVENTING)
    ) and head.head.pos_ == "VERB":
        # "sanctioned two firms for helping X", "accused Y of arming Z": the
        # object of the governing verb is who did it
        objs = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
        if objs:
            return objs
    if pred.dep_ == "pcomp" or (pred.dep_ == "pobj" and head.dep_ == "prep"):
        # "their dedication to enhancing X": climb to the verb that governs the PP
        node = head
        while node.dep_ in ("prep", "pobj", "dobj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return subject_tokens(node, depth + 1)
        return []
    if enacted_here(pred):
        return subject_tokens(head.head, depth + 1)  # "passed a bill imposing sanctions": the lawmakers impose them
    held = lemma(head) in _STATEMENT_HOLDERS or (lemma(head) in _RUN_NOUNS and any(lemma(p) in _STATEMENT_HOLDERS for p in pobjs(head, {"of"})))
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and held and head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
        # "issued a statement denouncing the transfers": whoever issued it denounces
        # (and "issued a series of statements dismissing Seoul's overtures")
        return subject_tokens(head.head, depth + 1)
    if pred.dep_ == "acl" and head.dep_ in ("dobj", "obj") and lemma(head.head) in ("trigger", "activate", "invoke") and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children):
        return subject_tokens(head.head, depth + 1)  # "triggered a mechanism to reimpose sanctions": who set it going
    if pred.dep_ in ("relcl", "acl") and lemma(head) in _GATHERING_NOUNS and any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children):
        # "were converging for a rally to protest X", "held a march to demand
        # Y": those who gather act through it
        node = head
        while node.dep_ in ("pobj", "prep", "dobj", "obj") and node.head.i != node.i:
            node = node.head
            if node.pos_ == "VERB":
                return subject_tokens(node, depth + 1)
        return []
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and lemma(head) in _OCCASIONS:
        # "accepted such repatriations, while at other times denouncing Seoul": the
        # parse hangs the participle on the time; who acts is the clause's subject
        node = head
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return subject_tokens(node, depth + 1)
        return []
    if pred.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") and not is_passive(pred):
        # "a company accused of X": the noun is accused, the agent is in a by-phrase
        return _agent(pred) if reduced_passive(pred) else [head]
    if pred.dep_ == "ccomp" and is_passive(pred):
        # agentless passive inside a statement: the speaker is the actor
        return subject_tokens(head, depth + 1)
    return []


# Acts the reporter of an agentless passive did not do: strikes and weapons
# launches, and objects sent across a border ("balloons were launched").
_PROJECTILE_VERBS = frozenset(("launch", "fire", "send", "fly", "float", "drop"))


def _reported_not_done(cand: Candidate) -> bool:
    typ = cand.entry.type
    # ... and talks called off: "the talks were cancelled, an Omani official said"
    return typ in ("ASSAULT", "MOBILIZE") or (typ == "COERCE" and lemma(cand.pred) in _PROJECTILE_VERBS) or (typ == "SANCTION" and cand.entry.cameo == "164")


def _party_like(tok: Token) -> bool:
    """A noun that can name a party by itself (a name, a pronoun, an entity,
    or a state's own noun with its nationality: "a Palestinian state")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _ACTOR_ENTS or (
        lemma(tok) in _STATE_NOUNS and any(a.dep_ in ("amod", "compound") and a.ent_type_ in ("NORP", "GPE") for a in tok.children)
    )


def _posted(tok: Token) -> bool:
    """A state's envoys named by their nationality: "expelled two Ivorian
    diplomats from Ouagadougou" (whose diplomats, not where they served)."""
    return lemma(tok) in _STAFF_NOUNS and any(a.dep_ in ("amod", "compound") and a.ent_type_ in ("NORP", "GPE") for a in tok.children)


_STATE_NOUNS = frozenset(("state", "government", "people", "nation", "leadership", "authority", "authorities", "military", "army", "navy", "regime", "side"))


_GATHERING_NOUNS = frozenset(("rally", "march", "demonstration", "protest", "sit-in", "vigil", "strike", "walkout", "boycott", "gathering"))
_HELP_NOUNS = frozenset(("help", "support", "assistance", "backing", "aid", "cooperation", "participation", "consent", "approval", "blessing"))


def _helper(pobj: Token) -> bool:
    """ "with Albania's help", "with the support of X": the helper is no target."""
    return lemma(pobj.head) == "with" and lemma(pobj) in _HELP_NOUNS


# Nouns of something a party says or sends: "an appeal from X" is X's (not
# "the withdrawal of forces from Bosnia")
_SPEECH_ACT_NOUNS = frozenset(("appeal", "offer", "proposal", "request", "call", "invitation", "demand", "plea", "message", "letter", "warning", "ultimatum", "overture", "bid"))
_FIRING_VERBS = frozenset(("fire", "launch", "test", "test-fire", "test-launch"))


_SENDING_NOUNS = frozenset(("deployment", "dispatch", "redeployment", "stationing", "movement", "buildup", "build-up", "arrival"))
_FORCE_NOUNS = frozenset(("troop", "soldier", "force", "unit", "battalion", "brigade", "division", "marine", "personnel", "asset", "system", "battery"))
_MEDIA_OF_TALKS = frozenset(("phone", "telephone", "video", "videoconference", "video-link", "link", "call", "hotline"))


def _partners_by_medium(pred: Token) -> list[Token]:
    """Whom a verb deals with through a medium: "discussed the issue by phone with Rubio"."""
    return [p for x in pobjs(pred, {"by", "over", "via"}) if lemma(x) in _MEDIA_OF_TALKS for p in pobjs(x, {"with"})]


_GATHERING_VERBS = frozenset(("meet", "convene", "gather", "huddle", "confer"))


def _names_given(pred: Token) -> bool:
    """A verb giving its object a name ("called the barrage 'deliberate terror against
    civilians'"): a phrase the parser hangs on the verb is the name's, not whom the
    name is aimed at."""
    return lemma(pred) in _NAME_GIVING and sum(c.dep_ in ("dobj", "obj", "oprd") for c in pred.children) >= 2


def verb_targets(
    pred: Token,
    skip: set[int],
    passive: bool,
    event_nouns: frozenset[int] = frozenset(),
    own_prep: str | None = None,
    clause_target: bool = False,
    object_is_target: bool = False,
) -> list[Token]:
    """Targets of a verb: object, passive subject or prepositional object.
    A common-noun object ("contributed troops to X", "provided food aid to
    X") gives way to a party named in a target PP; a that-clause after a
    demand gives its subject ("demanded that the US cancel ..."). Whom an
    arrest or attack hits is its object, whatever PP follows
    (``object_is_target``: "arrested a soldier on charges of spying for X")."""
    # the pattern's own preposition names the other party: "arrive in X", "leave for X"
    loose = object_prep(pred, own_prep) if own_prep else None
    pps = (pobjs(pred, {own_prep}) if own_prep else []) or (pobjs(loose.head, {own_prep}) if own_prep and loose is not None else []) or pobjs(pred, _VERB_TARGET_PREPS)
    # "discussed the issue by phone with Rubio": the partner hangs on the medium
    pps = pps + _partners_by_medium(pred)
    # "handed four villages back to Azerbaijan": the receiver hangs on the particle
    pps = pps + [p for c in pred.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "over") for p in pobjs(c, {"to"})]
    # "offered to exchange them for Ukrainian prisoners of war held by Moscow": whoever holds
    # what they are exchanged for, not those exchanged
    holders = _exchange_holders(pred)
    if holders:
        return holders
    # "moved troops toward its border with Ethiopia", "forces had not been moved toward the
    # border with Eritrea": the state across the border
    across = _across_border(pred)
    if across:
        return across
    if lemma(pred) in _GATHERING_VERBS:
        pps = [p for p in pps if p.head.lower_ != "on"]  # "the Security Council meets on North Korea": the topic, not a party
    if own_prep is None and _names_given(pred):
        pps = []
    if own_prep and pps and lemma(pred) in ("attribute", "blame", "pin"):
        return pps  # "attributed the Bybit theft to North Korea's Lazarus group": whom the act is put on
    if any(p.head.lower_ == "to" for p in pps):
        # "handed two fishermen over to South Korea at Panmunjom": the receiver, not the venue
        pps = [p for p in pps if p.head.lower_ != "at"]
    if not pps and not passive:
        # "sent troops and engineers to Russia": the parser hangs the verb's
        # to-phrase on the last of its coordinated objects
        pps = [p for c in pred.children if c.dep_ in ("dobj", "obj") for x in c.conjuncts for p in pobjs(x, {"to"})]
    if passive:
        tgt = [c for c in pred.children if c.dep_ == "nsubjpass" and c.i not in skip]
        if not tgt and reduced_passive(pred) and pred.head.i not in skip:
            tgt = [pred.head]
        if not tgt and pred.dep_ == "conj" and pred.head.pos_ == "VERB":
            # "arrived at the airport and was greeted by Choe": the first verb's subject
            # ("was shot and wounded": the first passive's subject)
            first = [c for c in pred.head.children if c.dep_ == "nsubjpass"] if is_passive(pred.head) else subject_tokens(pred.head)
            tgt = [t for t in first if t.i not in skip]
    else:
        tgt = [c for c in pred.children if (c.dep_ in ("dobj", "obj", "dative") or _object_read_as_subject(c)) and c.i not in skip]
        tgt = [t for t in tgt if not (t.dep_ == "dative" and t.pos_ == "ADP")]
        # "rejected almost all of the complaints": what the count is of
        tgt = [(pobjs(t, {"of"}) or [t])[0] if t.lower_ in _QUANTIFIERS and t.tag_ in ("DT", "CD", "JJS", "NN") else t for t in tgt]
        if pred.dep_ == "relcl" and pred.head.i not in skip:
            # "Russia, which he accused of waging a hybrid war": the relative pronoun is the noun it stands for
            tgt = [pred.head if t.tag_ in ("WDT", "WP") and t.lower_ in ("which", "who", "whom", "that") else t for t in tgt]
        if not tgt and pred.dep_ == "relcl" and pred.head.i not in skip and any(c.dep_ == "nsubj" and c.lower_ not in _WH for c in pred.children) \
                and not any(c.tag_ == "WRB" for c in pred.children):
            # "six Chinese companies it accused of helping North Korea": a relative
            # clause with no relative pronoun has the noun it hangs on as its object
            tgt = [pred.head]
        if not tgt:
            # "summoned [Chinese Ambassador Dai Bing]", "arrested [impeached President Yoon]" misparsed
            tgt = [t for t in object_tokens(pred) if t.i not in skip and t.dep_ != "nsubjpass"]
        if not tgt and not any(c.dep_ in ("prep", "ccomp", "xcomp") for c in pred.children):
            # "condemns and rejects the U.S. and the ROK": the object the verbs share
            # hangs on the last of them (one with no subject of its own)
            tgt = [
                t for v in pred.children
                if v.dep_ == "conj" and v.pos_ == "VERB" and v.i == pred.i + 2 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                for t in object_tokens(v) if t.i not in skip and t.dep_ != "nsubjpass"
            ]
        if lemma(pred) in _FIRING_VERBS:
            # "fired artillery on Kharkiv": the object is the weapon, not a party
            tgt = [t for t in tgt if not is_weapon_name(t)]
        # "struck 32 targets belonging to the PKK in northern Iraq": whose targets they are
        owners = [p for t in tgt if not _party_like(t) for a in t.children if a.dep_ == "acl" and lemma(a) in ("belong", "link", "tie", "affiliate") for p in pobjs(a, {"to"})]
        if owners:
            return owners
        if tgt and pps and not object_is_target and not any(_party_like(t) or _posted(t) or t.i in event_nouns for t in tgt):
            # "shared intelligence with Kyiv on North Korean troops": a partner
            # named with the object comes before the verb's PPs (not "the war with X")
            # ... and whom the object is against: "filed a case against Rwanda at the East African Court"
            tgt = [p for t in tgt if lemma(t) not in _WAR_NOUNS for p in pobjs(t, {"with", "against"})] or pps
        elif tgt and not any(_party_like(t) for t in tgt):
            # "demanded an admission by Moscow", "rejected an appeal from
            # President Ruto": the object's agent is the party
            # (one PP deeper: "repeated offers of dialogue from Seoul and Washington")
            tgt = [
                # ("dismissed the German minister's visit to Kyiv as a tour": whose act it was;
                # "condemned the EU's listing of Chinese companies": whose listing, not who is listed)
                p for t in tgt if lemma(t) in _DERIDED_ACTS or _nominalised(t) for p in t.children if p.dep_ == "poss" and p.tag_ != "PRP$"
            ] or [
                p for t in tgt
                for x in (t, *(pobjs(t, {"of"}) if lemma(t) in _SPEECH_ACT_NOUNS else []))
                for p in pobjs(x, {"by", "from"} if lemma(t) in _SPEECH_ACT_NOUNS else {"by"})
            ] or [
                # "rejected the complaints filed by opposition parties": who lodged what is answered
                p for t in tgt if lemma(t) in _SPEECH_ACT_NOUNS | _LODGED_NOUNS
                for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN" and lemma(a) in _LODGING for p in pobjs(a, {"by"})
            ] or [
                # "broke up a demonstration staged by opposition supporters",
                # "dispersed a rally by students" (the "by" hung on the verb)
                p for t in tgt if lemma(t) in _GATHERING_NOUNS
                for p in [*(p for r in t.children if r.dep_ == "acl" and r.tag_ == "VBN" and lemma(r) in _ORGANISING for p in pobjs(r, {"by"})),
                          *(p for p in pobjs(pred, {"by"}) if p.i > t.i)]
            ] or tgt
    if not tgt:
        tgt = pps
    if not tgt and clause_target:
        # (and "called for Russia to withdraw", "for" parsed as the clause's mark)
        tgt = [
            s for c in pred.children
            if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
        ]
    if not tgt:
        # "imposed sanctions on X", "restored ties with X": PPs of the matched object
        for c in pred.children:
            if c.i in skip:
                tgt = pobjs(c, _NOUN_TARGET_PREPS - {"of"})
                if tgt:
                    break
    return tgt


def _quoted(verb: Token) -> list[Token]:
    """Whom "quoted" names as the speaker: its object ("KCNA quoted Kim")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")] if lemma(verb) == "quote" else []


def speaker_of(said: Token) -> list[Token]:
    """Who says what a reporting verb reports: its subject ("Kim said"),
    but the quoted one, not the agency ("KCNA quoted Kim Yo-jong as
    saying", "Kim was quoted as saying")."""
    if said.dep_ in ("advcl", "pcomp", "xcomp") and said.head.i != said.i:
        gov = said.head.head if said.head.dep_ == "prep" else said.head
        if lemma(gov) == "quote":  # "... quoted ... as saying": its object, else its subject
            return _quoted(gov) or [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _quoted(said) or subject_tokens(said) or [c for c in said.children if c.dep_ == "nsubjpass" and lemma(said) == "quote"]


def quote_speaker(pred: Token) -> list[Token]:
    """The speaker of a quote: '"We will respond," Kim said' -> Kim."""
    node = pred
    for _ in range(6):
        if node.dep_ in ("ccomp", "parataxis") and node.head.i != node.i:
            return speaker_of(node.head)
        if node.head.i == node.i:
            # the quote is the root and the reporting verb hangs off it
            return [s for c in node.children if c.dep_ in ("parataxis", "ccomp") for s in c.children if s.dep_ == "nsubj" and s.lower_ not in ("we", "i")]
        node = node.head
    return []


_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d"))
_REPORTING = SAYING | {"warn", "write"}


def continued_quote_speaker(pred: Token) -> list[Token]:
    """The speaker of a quote that goes on in a sentence of its own: '"Our
    fishermen have fished here for generations," Todd said. "We call on
    Paramaribo to release them."' -> Todd."""
    sent = pred.sent
    if sent.start == 0 or sent[0].text not in _QUOTE_MARKS or any(lemma(t) in _REPORTING and t.pos_ == "VERB" for t in sent):
        return []
    prev = pred.doc[sent.start - 1].sent
    if not any(t.text in _QUOTE_MARKS for t in prev):
        return []
    for t in reversed(prev):
        if lemma(t) in _REPORTING and t.pos_ == "VERB":
            return [s for s in speaker_of(t) if s.lower_ not in ("we", "i")]
    return []


_MEETING_NOUNS = frozenset(("summit", "talks", "talk", "meeting", "conference", "forum", "dialogue", "negotiation", "negotiations"))


def a_city(m: Actor) -> bool:
    """A mention of a town, not of a state by its name (the capital stands for its state only alone)."""
    from ..actors import get_lexicon

    return m.kind == "country" and bool(m.country) and m.name != get_lexicon().country_names.get(m.country or "")


_AGENT_PREPS = frozenset(("by", "from"))


# nouns of what two parties do together ("cooperation between X and Y")
TIES_NOUNS = frozenset(("cooperation", "collusion", "alliance", "partnership", "ties", "exchange", "exchanges", "deal", "trade", "rapprochement", "collaboration"))


def noun_sources(noun: Token, index: MentionIndex, agent_preps: frozenset[str] | set[str] = _AGENT_PREPS) -> list[Token]:
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss and lemma(noun) in _ALLY_NOUNS:
        return [a for a in noun.children if a.dep_ == "appos"]  # "Russia's ally Belarus": the ally acts
    if poss:
        return poss
    agent = pobjs(noun, agent_preps)  # "an attack by X", "condemnation from X", "aid from X"
    # "a demonstration staged by opposition supporters", "an attack claimed by ISIS"
    agent = agent or [p for r in noun.children if r.dep_ == "acl" and r.tag_ == "VBN" and lemma(r) in _ORGANISING for p in pobjs(r, {"by"})]
    if not agent and noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" and not is_passive(noun.head):
        # "dispersed a rally by opposition supporters": the parser hangs the
        # noun's agent on the verb; a party named there is the noun's
        agent = [p for p in pobjs(noun.head, {"by"}) if p.i > noun.i and index.on(p)]
    if agent:
        return agent
    if lemma(noun) in ("launch", "firing", "test-firing", "test-launch"):
        # "the launch of a ballistic missile from the Pyongyang area": the place launched it
        origin = [p for o in pobjs(noun, {"of"}) for p in pobjs(o, {"from"}) if index.on(p) or any(index.on(c) for c in p.children if c.dep_ == "compound")]
        if origin:
            return origin
    own = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and index.on(c)]
    if len(own) == 1 and lemma(noun) in _MEETING_NOUNS | TEXT_NOUNS | _PLACE_NAMED_ACTS and own[0].dep_ == "compound" and all(a_city(m) for m in index.on(own[0])):
        return []  # "the Pyongyang summit", "the Minsk agreements": where it is held or signed, not who holds it
    # "the South Korea-U.S. agreement": a hyphenated pair, the parser hanging one on the other
    own += [g for c in own if any(t.text == "-" for t in c.children) for g in c.children if g.dep_ == "compound" and index.on(g) and g not in own]
    if own:
        return own
    # "hackers were behind a cyberattack", "X was responsible for the raid":
    # the copula's subject is the agent
    prep = noun.head
    if noun.dep_ == "pobj" and lemma(prep) in ("behind", "responsible") and prep.head.pos_ in ("AUX", "VERB") and lemma(prep.head) == "be":
        return [c for c in prep.head.children if c.dep_ == "nsubj"]
    # "the deepening military cooperation between Moscow and Pyongyang": both its parties
    between = [x for p in pobjs(noun, {"between"}) for x in (p, *p.conjuncts)]
    if len(between) > 1 and lemma(noun) in TIES_NOUNS:
        return between
    # "a steel structure (that) China has installed", "the missiles Russia supplied": whoever made or put it there
    return [
        c for r in noun.children if r.dep_ == "relcl" and {lemma(r), r.lemma_.lower()} & _MAKING and not any(o.dep_ in ("dobj", "obj") and o.tag_ not in ("WDT", "WP") for o in r.children)
        for c in r.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and index.on(c)
    ]


# who stands behind an act named by a noun: "a march organised by activists"
_ORGANISING = frozenset(("stage", "organise", "organize", "lead", "hold", "call", "mount", "launch", "carry", "conduct", "spearhead", "claim", "orchestrate", "perpetrate", "commit",
                         # "a press statement drafted by Washington": whose text it is
                         "draft", "propose", "sponsor", "submit", "table", "circulate", "author"))
# what a state puts somewhere or hands over: "a structure China has installed"
_MAKING = frozenset(("install", "instal", "build", "erect", "construct", "place", "deploy", "station", "supply", "provide", "send", "ship", "deliver", "plant", "lay"))


# Types whose target, when no party is named, is where the act applies:
# "lifted the curfew in Montenegro", "detained 40 people in Tibet".
_PLACE_TARGET_TYPES = {"CONCEDE", "COERCE", "RETREAT"}
# Nouns of a war or an attack: supporting or condemning one is about its agent.
_WAR_NOUNS = {"war", "invasion", "aggression", "offensive", "attack", "occupation", "campaign", "assault", "annexation"}
# Nouns of pressure on somebody: opposing "sanctions on North Korea" is about
# whoever imposes them (named or not), never about North Korea.
_PRESSURE_NOUNS = {"sanction", "embargo", "blockade", "tariff", "boycott", "restriction", "strike", "airstrike", "bombing", "shelling", "raid"}
_PRESSED_OR_WAGED = frozenset(_PRESSURE_NOUNS | _WAR_NOUNS)
# what a veto or a block stops: whom the measure would hit or is about is no party ("vetoed a resolution on North Korea")
_BLOCKED_MEASURES = frozenset(_PRESSURE_NOUNS | {"resolution", "draft", "motion", "bill", "proposal", "statement", "declaration", "package"})
# Types whose "from X" is where the act came from ("rockets fired from
# Gaza", "launched from the Sunan area"), never its target.
_FROM_IS_ORIGIN = {"MOBILIZE", "ASSAULT"}
# Acts only a state's authorities perform (arrests, trials, inquiries):
# agentless, their place names the state.
_STATE_ACT_TYPES = {"COERCE", "ACCUSE"}


def _fallback_targets(cand: Candidate, pred: Token) -> list[Token]:
    """Second-choice targets: "demanded autonomy from X" (REQUEST), the place
    of a domestic act (CONCEDE, COERCE, RETREAT)."""
    if cand.entry.type == "REQUEST" or cand.entry.role == "ask":
        hosts = [pred] + [c for c in pred.children if c.dep_ in ("dobj", "obj")]
        return [p for h in hosts for p in pobjs(h, {"from"})]
    if cand.entry.type in _PLACE_TARGET_TYPES:
        return _places_in([pred] + [c for c in pred.children if c.dep_ in ("dobj", "obj", "nsubjpass")])
    return []


def _places_in(hosts: list[Token]) -> list[Token]:
    """Named places of "in X" phrases under the given tokens ("detained 40
    people in Tibet", "was arrested in Minsk")."""
    return [p for h in hosts for p in pobjs(h, {"in"}) if p.ent_type_ == "GPE"]


_LOCATIVE_PREPS = frozenset(("in", "near", "outside", "at", "inside", "around"))


def attack_place_source(pred: Token, head: Token, index: MentionIndex) -> Actor | None:
    """CAMEO/ICEWS convention for an attack nobody is named for ("a roadside
    bomb near Samarra killed a U.S. soldier"): unidentified attackers of the
    state where it happened. The state comes from the locative phrases of
    the predicate, its subject or object, or the event noun; None unless
    they name exactly one state."""
    hosts = [pred, head] + [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "prep", "agent")] + subject_tokens(pred)
    hosts += [p for h in list(hosts) if h.dep_ in ("prep", "agent") for p in h.children if p.dep_ == "pobj"]
    places: dict[str, Actor] = {}
    for h in hosts:
        for c in h.children:
            if c.dep_ != "prep" or lemma(c) not in _LOCATIVE_PREPS:
                continue
            if h is pred and lemma(c) == "at" and pred.pos_ == "VERB":
                continue  # "rockets were fired at Israel": whom they were aimed at, not where
            for t in c.subtree:
                for m in index.on(t):
                    if m.kind == "country" and m.country and len(m.country) == 3 and not m.resolved_from:
                        places.setdefault(m.country, m)
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    return Actor(text=place.text, name="unidentified attackers", country=place.country, kind="group", start=place.start, end=place.end, sentence_index=place.sentence_index)


def _war_agents(noun: Token, src: list[Actor], index: MentionIndex) -> list[Token]:
    """Who wages a war or attack named as an object: its possessor or agent;
    an unresolved "its" is the nearest state named before it that is not a
    source ("sent troops to Russia to support its war")."""
    agents = noun_sources(noun, index)
    own = {a.country for a in src}
    if agents and all(t.pos_ == "PRON" and not index.on(t) for t in agents):
        for t in reversed(list(noun.doc[sentence_of(noun).start : agents[0].i])):
            if any(m.country and m.country not in own for m in index.on(t)):
                return [t]
        return []
    return agents or [noun]


def sentence_parties(tok: Token, index: MentionIndex) -> list[Actor]:
    """Parties a sentence names as a group ("both countries", "the two
    sides"; the actors stage marks them ``resolved_from``), when there are
    at least two different countries."""
    sent = sentence_of(tok)
    found = _unique([m for t in sent for m in index.on(t) if m.resolved_from])
    countries = {m.country for m in found if m.country}
    return found if len(countries) > 1 else []


def tgt_free(noun: Token) -> bool:
    """True when a noun names a target of its own ("talks with X")."""
    return bool(pobjs(noun, _NOUN_TARGET_PREPS))


# verbs of an act taking place, whose "between X and Y" names the act's parties (the small model lemmatises "raged" as "rag")
_OCCURRING = frozenset(("rage", "rag", "break", "erupt", "flare", "continue", "resume", "intensify", "escalate", "occur", "take", "begin", "start", "ensue", "persist"))


def parties_between(noun: Token) -> list[Token]:
    """"talks between X and Y" / "X-Y talks": the parties of a symmetric noun."""
    return pobjs(noun, {"between", "among", "amongst"})


def flat_subject(cand: Candidate) -> range:
    """Where the words before a verb read flat are: the phrase the parser
    made it part of ("South Korea's military fired warning shots"), else the
    line (a headline); in a headline's series of verbs ("Russia bombs
    Kharkiv, kills five"), the words before the first verb."""
    if "series" in cand.extra:
        start, end, _ = cand.extra["series"]
        return range(start, end)
    return range(cand.pred.head.left_edge.i if cand.via == "flat" else sentence_of(cand.pred).start, cand.pred.i)


def headline_sides(
    pred: Token, index: MentionIndex, subject: range | None = None, purpose_ends: bool = False, end: int | None = None, own_clause: bool = True
) -> tuple[list[Actor], list[Actor]]:
    """The parties a headline names before its verb (one per state; within
    ``subject`` if given) and after it, up to another event's clause ("...
    after U.S. strikes on Yemen"), to ``end`` if given, or, with
    ``purpose_ends``, up to a purpose clause ("collaborate with international
    community to address X"). With ``own_clause``, a verb in a clause opened
    by "after", "as" or "amid" has only the parties of that clause before it."""
    sent = sentence_of(pred)
    start = sent.start if subject is None else subject.start
    before = pred.i if subject is None else subject.stop
    # "South Korea, U.S., Japan begin drills; North threatens countermeasures": a clause per semicolon
    start = max([start] + [t.i + 1 for t in sent if t.text == ";" and t.i < before])
    # "South Korea Says North Fired Artillery ...": who says it is no party to it
    start = max([start] + [t.i + 1 for t in sent if t.lower_ in ("says", "said", "claims", "reports") and t.i < before - 1])
    # "Japan protests to Russia after military helicopter enters airspace": a clause of its own opens after "after"
    # (talks held "after" are the main clause's parties': "Russia, Ukraine swap prisoners after Istanbul talks")
    if own_clause:
        start = max([start] + [t.i + 1 for t in sent if t.lower_ in HEADLINE_CLAUSES and t.text != ":" and t.i < before])
    left = list({m.country or m.name: m for t in sent if start <= t.i < before for m in index.on(t)}.values())
    end = next(
        (t.i for t in sent if t.i > pred.i and (t.lower_ in HEADLINE_CLAUSES or t.text == ";" or (purpose_ends and t.lower_ == "to" and t.i + 1 < sent.end and t.nbor().tag_ == "VB"))),
        sent.end if end is None else min(end, sent.end),
    )
    right = [m for m in _unique([m for t in sent if pred.i < t.i < end for m in index.on(t)]) if m not in left]
    # "U.S. sanctions North Korean bank branch in Vladivostok": a town where the party is, beside it, is no party
    towns = [m for t in sent if pred.i < t.i < end and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "off", "outside") for m in index.on(t) if a_city(m)]
    return left, [m for m in right if m not in towns] or right


def root_token(doc: Any, actor: Actor) -> Token | None:
    """The head word of an actor's mention in the parse, if it has a place in the text."""
    if actor.start is None or actor.end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _venue(a: Actor, doc: Any) -> bool:
    """The actor is named as where something happens ("in Washington", "at the White House")."""
    tok = root_token(doc, a)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


def arguments(cand: Candidate, index: MentionIndex, event_nouns: frozenset[int]) -> tuple[list[Actor], list[Actor], bool]:
    """(sources, targets, symmetric) of a candidate. ``symmetric`` means the
    sources are parties acting together ("X and Y met")."""
    skip = {t.i for t in cand.tokens}
    if cand.via in ("headline", "flat"):
        # "North Korea fires cruise missiles", "Police raid Yoon's office":
        # who is named before the verb acts on who is named after it (one per
        # state); a verb parsed as a modifier, within the phrase it opens
        # (a verb with no complement of its own ends at a purpose clause)
        series_end = cand.extra["series"][2] if "series" in cand.extra else None
        if cand.via == "flat" and cand.pred.head.dep_ == "ccomp":
            series_end = cand.pred.head.right_edge.i + 1  # "..., Yonhap said": who reports it is no party
        if cand.via == "flat":
            # "..., in a move that drew a protest from Tokyo": a clause of its own names no party of it
            # (nor an absolute phrase: ", with Kim Jong Un overseeing the launch")
            series_end = min([series_end or len(cand.pred.doc)] + [
                t.left_edge.i for t in cand.pred.head.subtree
                if t.i > cand.pred.i and (t.dep_ in ("relcl", "advcl", "acl") or (t.dep_ == "prep" and t.lower_ == "with" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)))
            ])
        left, right = headline_sides(cand.pred, index, flat_subject(cand), purpose_ends=not cand.entry.role, end=series_end)
        together = len(left) > 1 and _symmetric(cand)
        if together:
            # "Armenia, Azerbaijan initial peace treaty text in Washington": where they act together is no party
            right = [a for a in right if not _venue(a, cand.pred.doc)]
        return left, right, together
    if cand.via in ("noun", "occurrence"):
        noun = cand.head
        # "a mediation effort between X and Y": the frame noun carries the PPs
        frame = noun.head if noun.dep_ == "compound" and lemma(noun.head) in FRAME_NOUNS else None
        if frame is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in TALK_SPANS and cand.entry.type == "CONSULT":
            # "held two days of talks", "a new round of talks": the span carries the talks' verb
            frame = noun.head.head
        # "launched a mediation effort ... between X and Y": the verb that
        # takes the frame noun as object supplies the actor (and may hold the PP)
        frame_verb = frame.head if frame is not None and frame.dep_ in ("dobj", "obj") and frame.head.pos_ == "VERB" else None
        between = parties_between(noun) or [p for h in (frame, frame_verb) if h is not None for p in parties_between(h)]
        if not between and noun.dep_ == "nsubj" and lemma(noun.head) in _OCCURRING and cand.entry.type in ("ASSAULT", "PROTEST", "CONSULT"):
            # "Fighting raged between Hamas and Israeli troops", "clashes broke out between ..."
            between = parties_between(noun.head)
        if between and cand.entry.cameo.startswith("045"):
            # a mediator acts toward the parties it mediates between
            mediator = subject_tokens(frame_verb) if frame_verb is not None else noun_sources(frame if frame is not None else noun, index)
            return actors_of_all(mediator, index), actors_of(between[0], index), False
        if between:
            return actors_of(between[0], index), [], True
        if cand.via == "occurrence" and _symmetric(cand) and not noun_sources(noun, index) and not pobjs(noun, _NOUN_TARGET_PREPS):
            src = sentence_parties(noun, index)
            if len(src) > 1:
                return src, [], True
        # "Qatar's mediation efforts": the frame noun's owner
        # "a full Israeli withdrawal from Gaza": the place a withdrawal leaves is no author
        withdrawal = cand.entry.cameo == "0872"
        src_toks = noun_sources(noun, index, {"by"} if withdrawal else _AGENT_PREPS) or (noun_sources(frame, index) if frame is not None else [])
        if cand.entry.type == "SUPPORT" and noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _HOLDING and not pobjs(noun, {"for", "to"}):
            # "Ukraine has the full support of the EU", "the Commission said Poland had its full
            # solidarity": who holds the support receives it; the giver is named after "of", or
            # is the speaker a possessive pronoun stands for
            holder = noun.head
            givers = pobjs(noun, {"of"})
            if not givers and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in noun.children) and holder.dep_ == "ccomp" and lemma(holder.head) in SAYING:
                givers = subject_tokens(holder.head)
            if givers:
                return actors_of_all(givers, index), actors_of_all(subject_tokens(holder), index), False
        if noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _SHARING:
            # "the State Department said it shared South Korea's concerns": the sharer's own
            src_toks = subject_tokens(noun.head)
        if not src_toks and noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in IMPOSING_NOUNS:
            # "the EU's imposition of sanctions on Iran", "the lifting of sanctions by the EU"
            src_toks = noun_sources(noun.head.head, index)
        if not src_toks and cand.entry.type == "MOBILIZE" and lemma(noun) in _SENDING_NOUNS:
            # "the deployment of U.S. B-1B bombers to the peninsula": whose forces are sent
            src_toks = [p for p in pobjs(noun, {"of"}) if lemma(p) in WEAPON_NOUNS | CRAFT_NOUNS | _FORCE_NOUNS]
        if withdrawal:
            # "the withdrawal of its troops from Kherson": who pulls out is the
            # force withdrawn, or who carries the withdrawal out
            src_toks = src_toks or pobjs(noun, {"of"})
            if not src_toks and noun.dep_ in ("dobj", "obj"):
                src_toks = subject_tokens(noun.head)
        src = actors_of_all(src_toks, index)
        # "anti-North Korea loudspeaker broadcasts": what the act is against is no author of it
        stance = [a for a in src if a.start is not None and after_stance(noun.doc.text, a.start)]
        src = [a for a in src if a not in stance]
        if not src_toks and frame_verb is not None:
            src = actors_of_all(subject_tokens(frame_verb), index)  # "X launched a bombing campaign"
            if len(src) > 1 and frame is not None and lemma(frame) in TALK_SPANS and _symmetric(cand) and not pobjs(noun, {"with"}):
                return src, [], True  # "Iran and the E3 ended two days of talks": talks among them
        if not src_toks and cand.entry.type == "CONSULT" and noun.dep_ in ("dobj", "obj") and lemma(noun.head) == "have":
            src = actors_of_all(subject_tokens(noun.head), index)  # "he had a phone call with Han"
        if not src_toks and noun.dep_ == "pobj" and (lemma(noun.head) in ("for", "in", "during", "at") or (
            lemma(noun.head) in ("after", "following") and cand.entry.type == "CONSULT"
        )) and noun.head.head.pos_ == "VERB":
            # ("signed the deal after talks that lasted an hour": the signers talked)
            # "visited Washington for talks with X": the traveller holds the talks;
            # "X and Y agreed in a phone call": the callers are the verb's subjects
            # (of what was said, not of the saying: "X and Y agreed to ..., the
            # Cabinet Office said after talks in Tokyo")
            verb = noun.head.head
            told = [c for c in verb.children if c.dep_ == "ccomp"] if lemma(verb) in SAYING else []
            # ("said in a phone call with his U.S. counterpart on Monday that ...": the
            # call comes before what was said, so the speaker made it)
            told = [c for c in told if not noun.i < c.left_edge.i]
            if pobjs(noun, {"with"}):
                # ('"North Korea's cyber activities pose a threat," Park said during a phone
                # call with Landau': the call names its other party, the speaker made it)
                told = []
            src = actors_of_all(subject_tokens(told[0] if told else verb), index)
            if len(src) > 1 and _symmetric(cand) and not tgt_free(noun):
                return src, [], True
        if not src_toks and noun.dep_ == "pobj" and lemma(noun.head) in ("to", "for") and noun.head.head.pos_ == "ADJ" and lemma(noun.head.head) in _OPEN_TO and (
            lemma(noun.head.head.head) not in ("remain", "stay")
        ):
            # "said he is open to talks with Pyongyang", "ready for dialogue": who is open to them
            # (not a standing stance: "Moscow remained open to negotiations")
            # ("would keep the door open to dialogue with Pyongyang": who keeps it so)
            adj = noun.head.head
            src = actors_of_all(subject_tokens(adj.head if adj.dep_ in ("acomp", "attr", "oprd") else adj), index)
        if not src_toks and noun.dep_ in ("dobj", "obj") and lemma(noun.head) == "put" and any(p.dep_ in ("prt", "advmod") and p.lower_ == "forward" for p in noun.head.children):
            src = actors_of_all(subject_tokens(noun.head), index)  # "Russia had put forward demands": whose demands
        if not src and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in src_toks) and noun.dep_ in ("dobj", "obj"):
            # "X and Y postponed their meeting": the pronoun is the verb's subject
            src = actors_of_all(subject_tokens(noun.head), index)
            if len(src) > 1 and not tgt_free(noun) and _symmetric(cand):
                return src, [], True
        if not src and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in src_toks) and noun.dep_ == "pobj" and lemma(noun.head) in ("in", "during", "at"):
            # "Li Qiang, in his talks with Kim Jong Un, said ...": the speaker held them
            # (before the verb: "..., JCS said, in its first launch in two months" is the launcher's)
            verb = noun.head.head
            src = actors_of_all(subject_tokens(verb), index) if verb.pos_ in ("VERB", "AUX") and noun.head.i < verb.i else []
        tgt_toks = pobjs(noun, _NOUN_TARGET_PREPS | ({"from"} if cand.entry.type == "RETREAT" else set()))
        if cand.entry.type == "CONSULT":
            tgt_toks = [t for t in tgt_toks if t.head.lower_ not in ("on", "about", "over")]  # "talks on Ukraine": the topic
        if cand.entry.type in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE") and not _is_visit(cand):
            tgt_toks = [t for t in tgt_toks if not _at_venue(t, ("at",))]  # "after talks at the Pentagon": the venue
        tgt = actors_of_all(tgt_toks, index, event_nouns)
        if not tgt and cand.entry.type in ("ACCUSE", "REJECT", "PROTEST") and noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _DRAWING:
            # "lawmakers visited the islets, drawing a protest from Tokyo": the protest is against whoever drew it
            # (and comes from whom the parse hangs on the verb)
            src = src or actors_of_all(pobjs(noun.head, {"from"}), index)
            tgt = [a for a in actors_of_all(_drawer(noun.head), index) if a not in src]
        if not tgt and cand.entry.type == "ACCUSE":
            # "concerns over a steel structure China has installed": about whoever put it there
            tgt = actors_of_all([a for t in pobjs(noun, {"over", "about"}) for a in noun_sources(t, index)], index)
        # (or "A and B signed a memorandum after talks at the Pentagon": the signers' talks)
        own_act = noun.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "during", "following", "before"))
        if len({a.country for a in src if a.country}) > 1 and not tgt and _symmetric(cand) and own_act:
            return src, [], True  # "criticized the South Korea-U.S. agreement": each party with the other
        return src, [t for t in tgt if t not in src], False
    pred = cand.pred
    if cand.entry.role == "observed" and cand.via == "verb":
        # "Taiwan detected 32 Chinese military aircraft around the island":
        # whose aircraft show force toward the one that saw them
        # ("32 Chinese military aircraft were detected operating around Taiwan": the craft seen, by
        # whoever the agent is, toward a place named where they were)
        objs = [c for c in pred.children if c.dep_ in ("dobj", "obj")] or [c for c in pred.children if c.dep_ == "nsubjpass"]
        seers = _agent(pred) if is_passive(pred) else subject_tokens(pred)
        return actors_of_all(objs, index), actors_of_all(seers, index), False
    if cand.entry.role == "receive" and cand.via == "verb":
        # "Egypt received aid from Japan": Japan gives, Egypt receives (the
        # parse may hang the giver on the object: "the bodies of 1,000 soldiers from Russia")
        objs = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
        givers = pobjs(pred, {"from"}) or [g for o in objs for x in (o, *pobjs(o, {"of"})) for g in pobjs(x, {"from"})]
        return actors_of_all(givers, index), actors_of_all(subject_tokens(pred), index), False
    if cand.extra.get("inverse"):
        # "X came under attack (from Y)": X is the target
        return actors_of_all(pobjs(cand.head, {"from", "by"}), index), actors_of_all(subject_tokens(pred), index), False
    # ("was shot and wounded": the second participle shares the first's passive)
    shared_passive = pred.dep_ == "conj" and pred.tag_ == "VBN" and is_passive(pred.head) and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children)
    passive = is_passive(pred) or reduced_passive(pred) or shared_passive
    subj_toks = _agent(pred) if shared_passive else subject_tokens(pred)
    if passive and cand.entry.type in _SYMMETRIC_TYPES and not _agent(pred):
        # "A ceasefire was agreed in Doha between Israel and Hamas" (the parse may hang "between" on the venue)
        between = parties_between(pred) or [
            b for x in pobjs(pred, {"in", "at"}) + [c for c in pred.children if c.dep_ == "nsubjpass"] for b in parties_between(x)
        ]  # (or on what was agreed: "A ceasefire between Thailand and Cambodia was agreed")
        if between:
            return actors_of(between[0], index), [], True
    if _headline_passive(pred):
        # headline "Yoon indicted", "Ex-defense minister arrested over martial law": the subject is who suffers it
        patient = [pred.head] if pred.dep_ == "acl" else subj_toks or [c for c in pred.children if c.dep_ == "npadvmod" and c.i < pred.i]
        return [], actors_of_all(patient, index, event_nouns), False
    if _elided_passive(pred):
        # "would not hesitate to use nuclear weapons if attacked": the subject
        # the clause borrows is the one attacked
        return [], actors_of_all(subj_toks, index, event_nouns), False
    if pred.dep_ in ("acl", "relcl") and subj_toks == [pred.head] and not passive:
        # "police and demonstrators protesting against X": the clause is about
        # the noun it modifies, not about that noun's conjuncts
        src = actors_of(pred.head, index, conjuncts=False)
    else:
        src = actors_of_all(subj_toks, index)
    top = pred
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # "had been killed or wounded": the conjunct shares its clause
    if _reported_not_done(cand) and is_passive(top) and not _agent(pred) and not _agent(top) and top.dep_ == "ccomp":
        # "police said two protesters were killed", "the NIS estimated troops had
        # been killed", "balloons were launched overnight, the JCS said":
        # whoever reports a strike, a launch or a killing did not do it
        src = []
    if passive and cand.entry.type == "RETREAT" and cand.entry.cameo == "0872" and not _agent(pred) and not src:
        # "U.S. troops were withdrawn from Niger": whose forces pull out pulled them out
        src = list({a.country: a for a in actors_of_all([c for c in pred.children if c.dep_ == "nsubjpass"], index) if a.country}.values())
    if passive and cand.entry.type == "MOBILIZE" and not _agent(pred):
        # "Polish and Dutch fighter jets were scrambled", "Turkish warships were
        # dispatched": whose forces were moved moved them
        forces = [a for a in actors_of_all([c for c in pred.children if c.dep_ == "nsubjpass"], index) if a.country]
        if forces:
            # ("forces had not been moved toward the border with Eritrea": the state across it)
            across = [a for a in actors_of_all(_across_border(pred), index) if a.country not in {f.country for f in forces}]
            return list({a.country: a for a in forces}.values()), across, False
    if passive and cand.entry.type == "SANCTION" and lemma(pred) in ("expel", "deport") and not _agent(pred) and not src:
        # "IAEA inspectors were expelled from North Korea in 2009": the state they were sent out of
        out_of = [a for a in actors_of_all(pobjs(pred, {"from"}), index) if a.country]
        if out_of:
            held = [a for a in actors_of_all([c for c in pred.children if c.dep_ == "nsubjpass"], index) if a.country not in {o.country for o in out_of}]
            return out_of[:1], held, False
    if passive and cand.entry.type in _STATE_ACT_TYPES and not _agent(pred):
        # "was arrested in Minsk", "was put under investigation in Spain, the
        # agency said": with no agent, the state where it happened acted
        # (not the reporter)
        hosts = [pred] + [p for c in pred.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        found = _places_in(hosts)
        if lemma(pred) in ("deport", "expel", "extradite", "repatriate"):
            # "Guatemalan migrants were deported from Mexico": the state they are sent out of
            found += [p for p in pobjs(pred, {"from"}) if p.ent_type_ == "GPE"]
        places = [a for a in actors_of_all(found, index) if a.country]
        src = list({a.country: a for a in reversed(places)}.values())[::-1] or src  # one per state
    if not src and subj_toks and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for t in subj_toks for c in t.children):
        # "Russia and Ukraine agreed ... when their delegations met in Istanbul": whose delegations they are
        node = pred
        for _ in range(4):
            if src or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                src = actors_of_all([t for t in subject_tokens(node) if t.pos_ != "PRON"], index)
    if not src and subj_toks and all(lemma(t) in WEAPON_NOUNS for t in subj_toks):
        # "the North's missile landed in Japan's waters": whose weapon it is
        src = actors_of_all([c for t in subj_toks for c in t.children if c.dep_ == "poss"], index)
    if cand.entry.type == "CONSULT" and venue_talks(pred, index):
        return [], [], False
    if any(t.lower_ in ("we", "i") or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in t.children) for t in subj_toks):
        # '"We will respond," Kim said', '"Our military has ...," the JCS said'
        src = actors_of_all(quote_speaker(pred), index) or src or actors_of_all(continued_quote_speaker(pred), index)
    own = cand.entry.prep if cand.via == "verb" else None
    # "suspended both countries from the bloc": the member suspended, not the body, is the party
    membership = own == "from" and cand.entry.type == "SANCTION" and any(c.dep_ in ("dobj", "obj") for c in pred.children)
    if membership:
        own = None
    # "demanded that X ...", "accused that X ...": the clause's subject is the target
    clause = cand.entry.type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") or cand.entry.role in ("ask", "refuse")
    # ("balloons were launched from the North": a launch's origin, whatever its type)
    origin = cand.entry.type in _FROM_IS_ORIGIN or (cand.via == "verb" and lemma(pred) in ("launch", "fly", "float", "fire"))
    if origin and passive and not _agent(pred):
        # "the missiles were fired from Pyongyang": the place fired them
        # (or "from near Pyongyang", "from around Sunan")
        origins = pobjs(pred, {"from"}) + [p for f in pred.children if f.dep_ == "prep" and f.lower_ == "from" for n in f.children if n.dep_ == "prep" for p in n.children if p.dep_ == "pobj"]
        places = [a for a in actors_of_all(origins, index) if a.country]
        src = places[:1] or src
    tgt_toks = verb_targets(
        pred,
        skip | ({p.i for p in pobjs(pred, {"from"})} if origin else set()),
        passive,
        event_nouns,
        own,
        clause,
        # whom an arrest, an attack or a release ("released hostages to the Red
        # Cross") concerns; what is returned, or released to a state, goes to
        # its receiver ("handed over the bodies to Ukraine", "two fishermen to South Korea")
        cand.entry.type in ("COERCE", "ASSAULT") or membership
        or (cand.entry.cameo.startswith("0841") and not any(a.kind == "country" for t in pobjs(pred, {"to"}) for a in index.on(t))),
    )
    if cand.entry.type not in _SYMMETRIC_TYPES:
        tgt_toks = [t for t in tgt_toks if not _partner(t)]
    blocking = cand.entry.type == "REJECT" and lemma(pred) in ("block", "veto", "oppose", "reject")
    if blocking:
        # "China and Russia have blocked new sanctions against North Korea": whom the measure would hit is no party
        tgt_toks = [
            x for t in tgt_toks if not (t.dep_ == "pobj" and t.head.lower_ in ("against", "on") and lemma(t.head.head) in _BLOCKED_MEASURES)
            for x in (noun_sources(t, index) if lemma(t) in _BLOCKED_MEASURES else [t])
        ]
    if cand.entry.type == "ACCUSE" and lemma(pred) == "call":
        # "called the session a hostile act orchestrated by the United States": who is said to stand behind it
        # (or "a provocation by Japan")
        behind = [p for o in pred.children if o.dep_ == "oprd" for a in (o, *(a for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN")) for p in pobjs(a, {"by"})]
        tgt_toks = behind or tgt_toks
    if lemma(pred) == "host" and not tgt_toks:
        # "hosted a banquet in honor of Liu": whom it honoured
        tgt_toks = [p for x in pobjs(pred, {"in"}) if lemma(x) in ("honor", "honour") for p in pobjs(x, {"of"})]
    own_states = {a.country for a in src if a.country}
    if cand.entry.type == "SANCTION" and not any(m.country not in own_states for t in tgt_toks for m in index.on(t)):
        # "pulled his country out of the World Health Organization": what it left
        outs = [pred] + [c for c in pred.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
        tgt_toks = [p for x in outs for p in pobjs(x, {"of"}) if index.on(p)] or tgt_toks
    if passive and not any(index.on(t) for t in tgt_toks):
        # "Diplomatic ties with Israel were severed by Bolivia": whom the subject's ties are with
        tgt_toks = [p for s in pred.children if s.dep_ == "nsubjpass" for p in pobjs(s, {"with", "to", "on", "against"})] or tgt_toks
    if cand.entry.type in ("REJECT", "ACCUSE"):
        # "dismissed reports of North Korean troops in Kursk": what a report
        # tells of is no party
        tgt_toks = [t for t in tgt_toks if not (t.dep_ in ("dobj", "obj") and lemma(t) in REPORT_NOUNS)]
    if cand.entry.type == "ACCUSE" and cand.via == "verb" and not any(c.dep_ in ("dobj", "obj") for c in pred.children):
        # "complained to the UN over Israeli air raids": the complaint is
        # about whoever carried them out, not about the body it is made to
        about = [a for t in pobjs(pred, {"over", "about"}) for a in (noun_sources(t, index) or [t])]
        if about:
            tgt_toks = about
    inquiry_into_act = False
    judging = cand.entry.type in ("SUPPORT", "AID", "ACCUSE")
    if judging:
        # "support Russia's war against Ukraine", "condemned its invasion of X":
        # the party is whoever wages the war, not whom it is waged against
        # ... and an act's author: "condemned France's recognition of Moroccan sovereignty", "the Israeli strikes on Gaza"
        tgt_toks = [
            w for t in tgt_toks
            for w in (_war_agents(t, src, index) if lemma(t) in _WAR_NOUNS else noun_sources(t, index) if lemma(t) in _PRESSURE_NOUNS
                      else (noun_sources(t, index) or [t]) if t.i in event_nouns and cand.entry.type == "ACCUSE" else [t])
        ]
        if cand.entry.type == "ACCUSE" and cand.via == "verb" and tgt_toks and lemma(pred) not in ("attribute", "blame", "pin") and all(t.dep_ == "pobj" and t.head.head.i == pred.i for t in tgt_toks):
            # "condemned the Israeli strikes on Gaza": whose act the object is, not where it fell
            authors = [a for o in pred.children if o.dep_ in ("dobj", "obj") and not _party_like(o) for a in noun_sources(o, index, frozenset())]
            tgt_toks = authors or tgt_toks
    if cand.entry.type == "SANCTION" and cand.via == "verb":
        # "triggered the snapback of U.N. sanctions on Iran": the measures
        # named in the object fall on Iran; the UN only decreed them
        fall_on = [x for t in tgt_toks if t.dep_ in ("dobj", "obj") for x in t.subtree if x.dep_ == "pobj" and x.head.lower_ in ("on", "against")]
        tgt_toks = fall_on or tgt_toks
    lodged_with: list[Token] = []
    if cand.via == "light":
        # "expressed gratitude for X's efforts", "voiced concern over X's tests"
        # the noun's own "on/against X" first: "imposed sanctions on Iran over
        # its missile supplies to Russia" (the parse may hang "to Russia" on the verb)
        addressed = [t for t in pobjs(cand.head, {"with"}) if any(a.country and a.kind == "country" for a in index.on(t))]
        # (the parse may hang "over X" on the body: "with the UN Security Council over Thai incursions")
        over = pobjs(cand.head, {"over", "about"}) + pobjs(pred, {"over", "about"}) + [p for w in pobjs(cand.head, {"with"}) for p in pobjs(w, {"over", "about"})]
        about = [a for t in over for a in (noun_sources(t, index) or [t]) if index.on(a)]
        if cand.entry.type == "ACCUSE" and addressed:
            # "lodged stern representations with Washington over Lai's transit":
            # a protest lodged with a state is against it (what it is over is the topic)
            tgt_toks = addressed
        elif cand.entry.type == "ACCUSE" and about:
            # "lodged a complaint with the UN Security Council over Thai
            # incursions": the complaint is about the incursions' author, not the body it is lodged with
            tgt_toks = about
        elif cand.entry.type == "ACCUSE" and (lodged := pobjs(cand.head, {"with"})) and all(
            a.sector == "IGO" or a.country in REGION_CODES | {"UNO"} for t in lodged for a in index.on(t)
        ):
            # "lodged a protest with the United Nations after Turkish troops built a road": the
            # body it is lodged with is no target (whoever did what it answers is)
            tgt_toks = [t for t in tgt_toks if t not in lodged]
            lodged_with = lodged
        elif cand.entry.type == "CONSULT":
            # "hold talks on North Korea": what talks are on is their topic
            # (but "paid a courtesy call on the president": whom it visits)
            tgt_toks = pobjs(cand.head, {"with", "between"} | ({"on", "upon"} if lemma(cand.head) == "call" else set())) or [
                t for t in tgt_toks if not (t.dep_ == "pobj" and t.head.lower_ in ("on", "about", "over"))
            ]
        else:
            tgt_toks = pobjs(cand.head, _NOUN_TARGET_PREPS - {"of", "over", "to", "with"}) or tgt_toks or pobjs(cand.head, _NOUN_TARGET_PREPS) or pobjs(cand.head, {"for", "over", "about", "at"})
        if cand.entry.mode == "investigate" and any(t.i in event_nouns for t in tgt_toks):
            # "opened an investigation into the detention of 24 citizens": into whoever held them, not the victims
            tgt_toks = [w for t in tgt_toks for w in (noun_sources(t, index) if t.i in event_nouns else [t])]
            inquiry_into_act = True
        between = parties_between(cand.head)
        if between and (not src or (lemma(pred) == "host" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in pred.children))):
            # ("Mongolia has hosted contacts between Tokyo and Pyongyang": the host is no party;
            # one ready to host them offers it: "ready to host a meeting between ...")
            return actors_of_all([x for b in between for x in (b, *b.conjuncts)], index), [], True
    # an act discussed at a meeting is its topic, not a party ("met to discuss
    # North Korea's launch"); elsewhere an act's agent is the party
    venue = cand.entry.type == "CONSULT" and not _is_visit(cand)
    if cand.entry.type == "CONSULT" and cand.via == "verb" and lemma(pred) in _TOPIC_VERBS:
        # "to discuss North Korea's nuclear programs": what is discussed is the
        # topic; only "with" names whom they discuss it with (or "by phone with")
        tgt_toks = pobjs(pred, {"with"}) or _partners_by_medium(pred)
    if cand.entry.type == "CONSULT":
        # ("visited the facility together with munitions industry officials": who comes along is no host)
        tgt_toks = [t for t in tgt_toks if t.i not in event_nouns and not (_partner(t) and lemma(pred) in _TOURING)]
        if venue:
            # "met at the border village of Panmunjom": the venue of a
            # meeting is no party (a visit's place is: "arrived in Seoul")
            tgt_toks = [t for t in tgt_toks if not _at_venue(t)]
    if cand.entry.type in ("AGREE", "SUPPORT", "COOPERATE"):
        # "initialled the text of a peace treaty at the White House": where it was signed is no party
        tgt_toks = [t for t in tgt_toks if not _at_venue(t, ("at",))]
    if cand.entry.type in ("ACCUSE", "REJECT", "SUPPORT") and pred.dep_ == "relcl":
        # "Venezuela held an election last year, a move Guyana denounced as illegal": whoever made the move
        tgt_toks = [w for t in tgt_toks for w in (_mover(t) or [t])]
    if cand.entry.type == "THREATEN" and src:
        # "warned that Pyongyang would take countermeasures": the clause's
        # subject is the threatener's own side, not its target
        own_side = {a.country for a in src if a.country}
        clause_subjects = {s.i for c in pred.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")}
        tgt_toks = [t for t in tgt_toks if not (t.i in clause_subjects and any(a.country in own_side for a in index.on(t)))]
    tgt = actors_of_all(tgt_toks, index, event_nouns)
    if not tgt and cand.entry.type == "CONSULT" and cand.via == "verb" and lemma(pred) in _TOPIC_VERBS:
        # what is discussed is topic ("discussed preparations for a summit with
        # Japan"), but for a "with" the parser hangs on it ("discussed the launch
        # with his Japanese counterpart")
        # (not a noun that takes its own "with": "the war with Ukraine", "ties with Japan")
        tgt = actors_of_all(
            [p for c in pred.children if c.dep_ in ("dobj", "obj") and lemma(c) not in _WAR_NOUNS | _WITH_NOUNS for p in pobjs(c, {"with"})], index, event_nouns
        )
    elif not tgt and not passive and not inquiry_into_act:
        # the object is not an actor ("restored ties with X", "imposed sanctions on X")
        hosts = [c for c in pred.children if c.dep_ in ("dobj", "obj") and not (judging and lemma(c) in _PRESSURE_NOUNS) and not (blocking and lemma(c) in _BLOCKED_MEASURES)]
        # one PP deeper: "provide $10 million in assistance to Ukraine"
        # (not what the thing is judged as: "condemned the seizure as 'an act of intimidation
        # against ordinary fishermen'" names no target)
        hosts += [p for h in list(hosts) for c in h.children if c.dep_ == "prep" and c.lower_ != "as" for p in c.children if p.dep_ == "pobj"]
        more = ([] if _names_given(pred) else pobjs(pred, _VERB_TARGET_PREPS - ({"from"} if origin else set()))) + [p for h in hosts for p in pobjs(h, _NOUN_TARGET_PREPS - {"of"})]
        # "hosted separate delegations from Hamas and Israel": whom the people met came from
        more += [p for h in hosts if cand.entry.type == "CONSULT" and lemma(h) in _SENT_PEOPLE for p in pobjs(h, {"from"})]
        more = [p for p in more if p not in lodged_with]
        # ("attacked an army base near the border with Venezuela": the neighbour across a border is a place, no party)
        more = [p for p in more if not (p.head.lower_ == "with" and lemma(p.head.head) in _BORDER_NOUNS and not _moved_to_border(p.head, pred))]
        # "welcomed the resumption of ties between X and Y": X and Y are the
        # parties the subject acts toward
        more = more or [p for h in hosts for p in parties_between(h)]
        if venue:
            more = [t for t in more if not _at_venue(t)]
        elif cand.entry.type in ("AGREE", "SUPPORT", "COOPERATE"):
            more = [t for t in more if not _at_venue(t, ("at",))]  # (as above: where it was signed)
        if cand.entry.type not in _SYMMETRIC_TYPES or (cand.entry.type == "CONSULT" and lemma(pred) in _TOURING):
            more = [t for t in more if not _partner(t)]  # (as above)
        if cand.entry.type == "CONSULT":
            # a meeting's topic: "talks on X", "to discuss the war with Ukraine"
            # (and of a gathering: "the Security Council meets on North Korea")
            more = [
                t for t in more
                if not (t.head.head.i != pred.i and (t.head.lower_ in ("on", "about", "over") or lemma(t.head.head) in _WAR_NOUNS))
                and not (t.head.head.i == pred.i and lemma(pred) in _GATHERING_VERBS and t.head.lower_ in ("on", "about", "over"))
            ]
        tgt = actors_of_all(more, index, event_nouns)
    if not tgt and cand.entry.type == "REQUEST":
        # "asked for Beijing's cooperation": whose help is asked for
        tgt = actors_of_all([c for p in pobjs(pred, {"for"}) for c in p.children if c.dep_ == "poss"], index, event_nouns)
    if not tgt and not inquiry_into_act:
        tgt = actors_of_all(_fallback_targets(cand, pred), index, event_nouns)
    elif src and all(t.country and t.country in {s.country for s in src} for t in tgt):
        # "recalled its ambassador to Seoul": the object is the source's own
        # people; the party is in the object's PP
        objs = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
        other = actors_of_all([p for o in objs for p in pobjs(o, {"to", "from", "in", "with", "for"})], index, event_nouns)
        # ... or whom they are sent to help: "send troops to help Belarus defend its border"
        other += actors_of_all([h for c in pred.children if c.dep_ == "advcl" and lemma(c) in ("help", "assist", "support", "protect", "defend") for h in c.children if h.dep_ in ("dobj", "obj", "nsubj")], index, event_nouns)
        other = [a for a in other if a.country and a.country not in {s.country for s in src}]
        if other:
            tgt = other
    if (
        src and tgt and cand.entry.type in ("REQUEST", "ACCUSE", "THREATEN") and pred.dep_ == "conj" and pred.head.dep_ == "ccomp"
        and lemma(pred.head.head) in SAYING and {a.country for a in src} == {a.country for a in tgt} and None not in {a.country for a in src}
    ):
        # "Lin Jian said Japan had no right to make remarks and urged Tokyo to stop":
        # nobody urges itself, the verb joined to what was said is the speaker's
        src = actors_of_all(subject_tokens(pred.head.head), index, event_nouns) or src
    tgt = [t for t in tgt if t not in src]
    brokers = _brokers(pred.sent) if tgt else frozenset()
    if brokers and any(t.start in brokers for t in tgt):
        # "agreed to a truce brokered by Oman", "swap POWs with UAE mediation": the go-between is no party
        tgt = [t for t in tgt if t.start not in brokers]
    if not src and _symmetric(cand):
        # "the 24th dialogue was held ..., according to the defense departments
        # of both countries": the group mentions of the sentence are the parties
        src = sentence_parties(cand.head, index)
        return src, [], len(src) > 1
    if len(src) > 1 and _symmetric(cand):
        # "Pakistani and Afghan forces clashed at the Chaman border crossing": where, not whom
        # (or its object's: "traded accusations at the UN Security Council")
        objs = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
        where = {x.idx for h in (pred, *objs) for p in pobjs(h, set(_LOCATIVE_PREPS)) for x in p.subtree}
        tgt = [t for t in tgt if t.start not in where]
    return src, tgt, len(src) > 1 and _symmetric(cand)


_MEDIATION_NOUNS = frozenset(("mediation", "facilitation", "auspices", "brokerage"))
_BROKERING = frozenset(("broker", "mediate", "facilitate"))


def _brokers(sent: Any) -> frozenset[int]:
    """Character offsets of the go-betweens of a sentence: "with UAE
    mediation", "under Qatari auspices", "a truce brokered by Oman"."""
    out: set[int] = set()
    for t in sent:
        low = lemma(t)
        if low in _MEDIATION_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("with", "under", "through", "after", "following"):
            out.update(x.idx for x in t.subtree if x.i != t.i)
        elif low in _BROKERING and t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "relcl"):
            out.update(x.idx for a in t.children if a.dep_ == "agent" for x in a.subtree)
        if low in _BROKERING and t.tag_ == "VBN" and t.i > sent.start and t.doc[t.i - 1].text in ("-", "–"):
            # "the U.S.- and French-brokered ceasefire", "a Qatari-mediated deal": the names
            # hyphened onto the participle (and coordinated before it) are the go-betweens
            j = t.i - 2
            while j >= sent.start and t.i - j <= 8 and (t.doc[j].pos_ in ("PROPN", "ADJ", "NUM") or t.doc[j].lower_ in ("and", ",", "-") or t.doc[j].text.endswith("-")):
                out.add(t.doc[j].idx)
                j -= 1
    return frozenset(out)


# Acts done to somebody that headlines write as a bare participle
_SUFFERED = frozenset(("indict", "arrest", "detain", "impeach", "convict", "sentence", "jail", "charge", "kill", "expel",
                       "sanction", "oust", "remove", "summon", "question", "release", "free", "deport", "execute", "injure", "wound"))


def _headline_passive(pred: Token) -> bool:
    """ "Yoon indicted": a headline's main verb as a bare participle with no
    object and no auxiliary, and no final full stop."""
    sent = pred.sent
    return (
        (pred.dep_ == "ROOT" or (pred.dep_ == "acl" and pred.head.dep_ == "ROOT" and pred.head.pos_ in ("NOUN", "PROPN")))
        and pred.tag_ in ("VBN", "VBD")
        and lemma(pred) in _SUFFERED
        and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "ccomp") for c in pred.children)
        and unclosed(sent)
    )


def _elided_passive(pred: Token) -> bool:
    """A participle clause with its subject and auxiliary left out: "if attacked", "when provoked"."""
    return (
        pred.tag_ == "VBN"
        and pred.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent") for c in pred.children)
        and any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "once", "whenever") for c in pred.children)
    )


def venue_talks(pred: Token, index: MentionIndex) -> bool:
    """ "swap prisoners after Istanbul talks": the plural noun read as a verb
    whose subject is the town where the talks were held."""
    subj = subject_tokens(pred)
    if pred.tag_ != "VBZ" or len(subj) != 1 or subj[0].i != pred.i - 1 or pred.i < 2:
        return False
    mentions = index.on(subj[0])
    return bool(mentions) and all(a_city(m) for m in mentions) and pred.doc[pred.i - 2].pos_ in ("ADP", "SCONJ", "DET")


_TOPIC_VERBS = frozenset(("discuss", "debate", "review", "examine", "address"))
# nouns with a partner of their own in a "with" phrase
_WITH_NOUNS = frozenset(("tie", "relation", "relationship", "cooperation", "summit", "talk", "meeting", "dispute", "conflict", "tension", "deal", "agreement",
                         "trade", "partnership", "alliance", "negotiation", "dialogue", "border", "exchange"))


def _is_visit(cand: Candidate) -> bool:
    """A visit or a host's reception (CAMEO 042/043), not a meeting of equals."""
    return cand.entry.cameo.startswith(("042", "043"))


def _at_venue(tok: Token, preps: tuple[str, ...] = ("at", "in")) -> bool:
    """The object of "at"/"in": where a meeting is held (``preps`` ("at",):
    where a deal is signed or talks held, "at the White House")."""
    return tok.dep_ == "pobj" and lemma(tok.head) in preps


# Types (and verbs) for which parties acting together act toward each other
# when no target is named: "X and Y met/agreed/signed/clashed".
_SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}
_SYMMETRIC_LEMMAS = {"clash", "fight", "battle", "exchange", "swap", "skirmish", "fire", "trade"}
# support two parties give each other: recognition and ties (054), signed accords (057)
_MUTUAL_SUPPORT = frozenset(("054", "057"))


# "Egypt, Qatar and the US proposed a truce plan": co-authors of a proposal
# put it to a third party, not to each other
_JOINT_OFFER_LEMMAS = {"propose", "offer", "suggest", "recommend", "submit", "table", "unveil", "present", "draft"}


# what two sides fight, exchange or swap with each other ("fought two of their three wars", "exchanged fire",
# "exchanged instruments of ratification")
_FOUGHT_OBJECTS = frozenset(_WAR_NOUNS | {"battle", "skirmish", "duel", "fire", "conflict", "clash", "prisoner", "pow", "body", "detainee", "captive", "blow", "shot",
                                          "instrument", "ratification", "document", "letter", "message", "view", "greeting", "note"})


def _symmetric(cand: Candidate) -> bool:
    if cand.entry.lemma in _JOINT_OFFER_LEMMAS or _is_visit(cand):
        return False  # (travellers arriving together do not visit each other)
    if lemma(cand.pred) in _SYMMETRIC_LEMMAS - {"trade", "exchange", "swap"} and any(
        c.dep_ in ("dobj", "obj") and not any(lemma(x) in _FOUGHT_OBJECTS for x in c.subtree) for c in cand.pred.children
    ):
        return False  # "a joint force to fight armed groups": fighting somebody together, not each other
    if cand.entry.type == "SUPPORT" and cand.entry.cameo not in _MUTUAL_SUPPORT:
        return False  # "China and Saudi Arabia welcomed the agreement": praise of a third thing
    if cand.entry.type == "RETREAT" and any(
        c.dep_ in ("dobj", "obj") and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children) for c in cand.pred.children
    ):
        return True  # "Turkey and Armenia reopened their border crossing": each eases toward the other
    if cand.entry.type == "SANCTION" and cand.entry.cameo.startswith("161") and any(
        c.dep_ in ("dobj", "obj") and lemma(c) in ("relation", "tie") and not any(p.dep_ == "prep" and p.lower_ == "with" for p in (c, *c.children)) for c in cand.pred.children
    ):
        return True  # "Chile and Venezuela broke off diplomatic relations": each with the other
    if cand.entry.lemma == "come" and cand.entry.type == "ASSAULT":
        return True  # "Indian and Chinese soldiers came to blows": each at the other
    return cand.entry.type in _SYMMETRIC_TYPES or cand.entry.lemma in _SYMMETRIC_LEMMAS or lemma(cand.pred) in _SYMMETRIC_LEMMAS


def actors_of_all(toks: list[Token], index: MentionIndex, event_nouns: frozenset[int] = frozenset()) -> list[Actor]:
    out: list[Actor] = []
    for t in toks:
        out.extend(actors_of(t, index, event_nouns))
    return _unique(out)


_CLAUSE_TARGET_PREPS = _VERB_TARGET_PREPS | {"in", "for"}


def _exchange_holders(verb: Token) -> list[Token]:
    """Who holds what an exchange is for: "exchange them for Ukrainian
    prisoners of war held by Moscow" -> Moscow."""
    if lemma(verb) not in ("exchange", "swap", "trade"):
        return []
    return [
        # (the participle may hang deeper: "prisoners of war held by Moscow")
        a for p in pobjs(verb, {"for"}) for h in p.subtree if h.dep_ == "acl" and lemma(h) in ("hold", "detain", "capture", "keep", "jail", "imprison")
        for a in pobjs(h, {"by", "in"})
    ]


def clause_targets(pred: Token, index: MentionIndex, event_nouns: frozenset[int] = frozenset()) -> list[Actor]:
    """Parties named in the open complement of a role verb when no complement
    event was found: "threatened to deliver blows to X", "refused to commit
    troops to X", "agreed to open its borders to X" (the complement's object,
    then the PPs of the complement and of its object)."""
    out: list[Actor] = []
    for x in (c for c in pred.children if c.dep_ in ("xcomp", "ccomp")):
        objs = [c for c in x.children if c.dep_ in ("dobj", "obj", "dative")]
        if (held := _exchange_holders(x)):
            out.extend(actors_of_all(held, index, event_nouns))  # (those exchanged are no party)
            continue
        toks = [o for o in objs if _party_like(o)]
        toks += pobjs(x, _CLAUSE_TARGET_PREPS) + [p for o in objs for p in pobjs(o, _CLAUSE_TARGET_PREPS)]
        out.extend(actors_of_all(toks, index, event_nouns))
    return _unique(out)


# Nouns whose "with X" names a neighbour, not a party ("its border with X").
_BORDER_NOUNS = frozenset(("border", "frontier", "boundary"))
# forces moved to a border face the state across it ("moved troops toward its border with Ethiopia")
_MOVING_FORCES = frozenset(("move", "deploy", "send", "mass", "amass", "dispatch", "rush", "redeploy", "shift", "transfer", "reinforce"))


def _moved_toward(pred: Token) -> list[Token]:
    """Where forces are moved to: "to"/"toward" objects of a moving verb, or of
    its object (the parser may hang them there: "moved troops and armour toward ...")."""
    if lemma(pred) not in _MOVING_FORCES:
        return []
    hosts = [pred] + [x for o in pred.children if o.dep_ in ("dobj", "obj") for x in (o, *o.conjuncts)]
    return [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") for p in c.children if p.dep_ == "pobj"]


def _moved_to_border(prep: Token, pred: Token) -> bool:
    """ "with X" of a border that forces are moved to: X faces them."""
    return prep.lower_ == "with" and prep.head.i in {p.i for p in _moved_toward(pred)}


def _across_border(pred: Token) -> list[Token]:
    """The states a border that forces are moved to is shared with ("toward its border with Ethiopia")."""
    return [
        x for p in _moved_toward(pred) if lemma(p) in _BORDER_NOUNS
        for c in p.children if c.dep_ == "prep" and c.lower_ == "with" for x in c.children if x.dep_ == "pobj"
    ]


# Children whose subtrees never hold the target of their head: the subject
# side, the reporting frame ("..., officials said") and punctuation.
_NOT_TARGET_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "punct", "parataxis", "agent", "mark", "cc"}


_RESULTING = frozenset(("prompt", "trigger", "spark", "draw", "provoke", "cause", "lead", "fuel", "invite"))
_OTHER_EVENT_MARKS = frozenset(("as", "while", "after", "before", "when", "since", "because", "although", "though", "until", "whereas", "once"))
_PARTNERSHIP = frozenset(("cooperation", "coordination", "consultation", "partnership", "concert", "tandem", "conjunction", "collaboration", "solidarity"))


_TOURING = frozenset(("visit", "tour", "inspect"))


# lines two states face each other across, and the two states
_DIVIDING_LINES = (
    (re.compile(r"\b(?:military\s+demarcation\s+line|MDL)\b", re.IGNORECASE), ("KOR", "PRK")),
    (re.compile(r"\b(?:Line\s+of\s+Actual\s+Control|LAC)\b"), ("IND", "CHN")),
    (re.compile(r"\b(?:Line\s+of\s+Control|LoC)\b"), ("IND", "PAK")),
)
_CROSSING = frozenset(("cross", "violate", "breach", "intrude", "infiltrate", "step"))


def line_crossed(pred: Token, srcs: list[Actor]) -> list[Actor]:
    """The state on the other side of a dividing line the source's forces
    crossed ("North Korean soldiers crossed the military demarcation line"
    intrude on the South), else nothing."""
    from ..actors import get_lexicon

    if lemma(pred) not in _CROSSING:
        return []
    own = {a.country for a in srcs if a.country}
    objs = [o for o in pred.children if o.dep_ in ("dobj", "obj")] + pobjs(pred, {"over", "across", "into"})
    for o in objs:
        phrase = pred.doc.text[o.left_edge.idx : o.right_edge.idx + len(o.right_edge.text)]
        for pattern, pair in _DIVIDING_LINES:
            if pattern.search(phrase) and len(own) == 1 and (mine := next(iter(own))) in pair:
                other = pair[1] if pair[0] == mine else pair[0]
                name = get_lexicon().country_names.get(other, other)
                return [Actor(text=phrase, name=name, country=other, kind="country", start=o.left_edge.idx, end=o.right_edge.idx + len(o.right_edge.text),
                              resolved_from=phrase)]
    return []


def _partner(pobj: Token) -> bool:
    """ "questioned the soldiers together with Ukraine's Security Service": who
    acts along with the subject (the other side only of cooperation)."""
    prep = pobj.head
    return lemma(prep) == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("together", "jointly", "along")


# what one is charged with ("on three counts of espionage" too)
_CHARGE_NOUNS = ALLEGATION_NOUNS | {"count"}
# counts of what follows "of" ("all of the complaints", "most of them")
_QUANTIFIERS = frozenset(("all", "most", "some", "many", "several", "none", "few", "each", "both", "half", "part", "majority"))
# what is lodged with a body, and the verbs that lodge it ("complaints filed by the opposition")
_LODGED_NOUNS = frozenset(("complaint", "appeal", "petition", "claim", "objection", "motion", "lawsuit", "suit", "case", "bid", "application"))
_LODGING = frozenset(("file", "lodge", "submit", "bring", "make", "put", "send", "present", "raise", "table", "issue", "launch"))


def _own_object(pred: Token) -> bool:
    """The verb has a whole object of its own: not "donated and delivered
    goods to X" nor "established ties with and opened an embassy in X",
    whose conjuncts share what follows."""
    dangling = any(c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in c.children) for c in pred.children)
    return any(c.dep_ in ("dobj", "obj") for c in pred.children) and not dangling


_RELOCATING = frozenset(("move", "relocate", "redeploy", "transfer", "shift", "rotate"))


# verbs of a relative clause that say whose a measure is ("the steps Moscow takes")
_OWNING_VERBS = frozenset(("take", "adopt", "pursue", "make", "choose"))


def nearby_targets(
    pred: Token, srcs: list[Actor], index: MentionIndex, reporting: frozenset[str], answer: bool = False, venues: bool = True
) -> list[Actor]:
    """Last-resort target: the nearest actor with a country inside the
    predicate's own phrase (never its subject or a reporting clause) that is
    not a source, the next one to the right first. This is what a reader
    does with "approved funding for a demining programme in Ukraine" or
    "agreed to extend its training mission in Iraq" when no rule
    names the other party. One target at most. (Meetings never take one:
    a place is their venue, a country named there their topic.) ``answer``:
    the act answers something (rejecting, welcoming), whose author counts.
    ``venues`` False: a town the act happened in is where, not whom
    ("criticized the decision in Vienna"; an attack's town is its target:
    "hit an oil depot in Odesa")."""
    own = {s.country for s in srcs if s.country} | {s.name for s in srcs}
    toks: list[Token] = []
    stack = [c for c in pred.children if c.dep_ not in _NOT_TARGET_DEPS and not (c.dep_ in ("ccomp", "advcl") and lemma(c) in reporting)]
    while stack:
        t = stack.pop()
        if t.dep_ == "relcl" and lemma(t) in _OWNING_VERBS and t.head.dep_ in ("dobj", "obj") and t.head.head.i == pred.i:
            # ("support all measures Moscow takes to defend its sovereignty": whose measures they are)
            stack.extend(x for x in t.children if x.dep_ == "nsubj")
            continue
        if t.dep_ in ("relcl", "parataxis") or (t.dep_ == "ccomp" and lemma(t) in reporting):
            continue  # a clause about something else, or who reported it
        if t.dep_ in ("acl", "ccomp") and lemma(t.head) in ALLEGATION_NOUNS | REPORT_NOUNS:
            continue  # "rejected the accusation that it had supplied drones to Russia": what is alleged
        if t.dep_ in ("acl", "relcl") and lemma(t) in ("suspect", "accuse", "allege", "believe", "think", "say", "report"):
            continue  # "seized a tanker suspected of pumping oil into a North Korean vessel": what it is suspected of
        if t.dep_ == "conj" and t.head.i == pred.i and t.pos_ in ("VERB", "AUX") and _own_object(pred):
            continue  # "denied the report and accused Japan": the other conjunct's party
        if t.dep_ == "conj" and t.head.i == pred.i and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue  # "Britain called for a meeting, and the African Union urged ...": another clause's subject
        if not answer and (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by" and t.head.tag_ == "VBN")):
            # "men recruited by Russian intelligence", "a deal brokered by the
            # Vatican": another act's agent (but an answer to "a proposal put
            # forward by the United States" is to its author)
            continue
        if t.dep_ == "prep" and t.lower_ in ("through", "via") and any(lemma(p) in ("embassy", "consulate", "mission", "channel") for p in t.children):
            continue  # "protested through its embassy in Beijing": the channel, not whom the protest is aimed at
        if t.dep_ == "prep" and t.lower_ == "from" and lemma(pred) in _RELOCATING:
            continue  # "will move a Patriot battery from South Korea to Japan": where forces leave, nobody aimed at
        if t.dep_ == "prep" and t.lower_ == "as" and t.head.i == pred.i and any(c.dep_ in ("dobj", "obj") for c in pred.children):
            continue  # "condemned the launch as a violation of Council resolutions": what it is called
        if t.dep_ == "prep" and t.lower_ in ("of", "about", "on") and lemma(t.head) in REPORT_NOUNS:
            continue  # "dismissed reports of North Korean troops in Kursk": what is reported
        if t.dep_ == "prep" and t.lower_ in ("on", "about", "against") and lemma(t.head) in _BLOCKED_MEASURES - _PRESSURE_NOUNS:
            continue  # "vetoed a resolution on North Korea": what a text is about
        if t.dep_ == "pobj" and lemma(t) in _CHARGE_NOUNS and t.head.lower_ in ("on", "over", "for"):
            continue  # "arrested three on charges of spying for North Korea": what they are charged with
        if t.dep_ == "prep" and lemma(t) == "accord":
            continue  # "according to state media": the source of the report
        if t.dep_ == "poss" and lemma(t.head.head) in _SHARING and t.head.dep_ in ("dobj", "obj"):
            continue  # "shared South Korea's concerns": whose view is shared
        if t.dep_ == "prep" and t.lower_ == "under" and any(lemma(p) in ("pressure", "threat", "auspices") for p in t.children):
            continue  # "pulled out of Uvira under pressure from Washington": who pressed, no party to the act
        if t.dep_ == "prep" and t.lower_ == "under" and any(lemma(p) in TEXT_NOUNS | _LEGAL_BASES for p in t.children):
            continue  # "all measures guaranteed under the U.N. Charter": the law it invokes, not whom it is aimed at
        if t.dep_ == "prep" and (t.lower_ in ("alongside", "beside") or (t.lower_ == "for" and lemma(t.head) in ("fight", "fighting", "battle", "serve"))):
            continue  # "fighting alongside Russian troops", "troops fighting for Russia": an ally, not the other side
        if t.dep_ == "pobj" and (lemma(t) in _PARTNERSHIP or _partner(t)):
            continue  # "respond firmly in close cooperation with the United States", "together with": partners
        if t.dep_ == "prep" and t.lower_ in ("after", "following", "amid", "before"):
            continue  # "raised its alert level after the North's launches": the occasion, not the target
        if t.dep_ == "prep" and t.lower_ in ("near", "along", "by") and any(lemma(p) in ("border", "frontier") for p in t.children):
            continue  # "struck a market in the town of Tina near the Chadian border": where, on the near side
        if t.dep_ == "advcl" and lemma(t) in _RESULTING:
            continue  # "held drills near Dokdo, prompting a protest from Tokyo": the reaction's party
        if t.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _OTHER_EVENT_MARKS for m in t.children):
            continue  # "seize a city as the US sanctions a minister": another event's clause (an "if" clause names whom a threat is for)
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and lemma(t) in ("suspect", "accuse", "allege", "believe", "report") and any(
            x.dep_ == "prep" and x.lower_ in ("to", "for") for x in t.subtree
        ):
            continue  # "seized a tanker suspected of smuggling oil to North Korea": whom it is suspected of serving
        if t.dep_ == "prep" and t.lower_ in ("in", "inside") and t.head.i == pred.i and lemma(pred) in _FIGHTING_IN and not any(c.dep_ in ("dobj", "obj") for c in pred.children):
            continue  # "North Korean troops fought in Russia's Kursk region": where, not whom
        if t.dep_ == "poss" and lemma(t.head) in _ALLY_NOUNS:
            continue  # "Israel's militia ally": whose ally it is is no party
        if t.dep_ == "prep" and t.lower_ == "with" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in c.children) for c in t.children):
            continue  # "with Kim Jong Un overseeing the launch": an absolute phrase, an onlooker
        if t.dep_ in ("acl", "relcl") and lemma(t.head) in _DECIDED and any(c.dep_ == "poss" for c in t.head.children):
            continue  # "against Sweden's decision to send them back to Bulgaria": whom the decision concerns is no party
        if t.dep_ == "prep" and lemma(t.head) in _BORDER_NOUNS and not _moved_to_border(t, pred):
            continue  # "near Macedonia's border with Bulgaria": a place, not a party
        if t.dep_ == "prep" and t.lower_ in ("in", "at") and lemma(t.head) in _MEETING_NOUNS:
            continue  # "a communique adopted at a summit in the Turkish capital": the venue
        if t.dep_ == "prep" and t.head.dep_ in ("dobj", "obj") and lemma(t.head) in _PRESSED_OR_WAGED:
            continue  # "opposes sanctions on North Korea": the one pressed is not the party
        toks.append(t)
        stack.extend(t.children)
    best: tuple[int, Actor] | None = None
    for t in toks:
        for m in index.on(t):
            if not m.country or m.country in own or m.name in own or (t.dep_ == "compound" and lemma(t.head) in TEXT_NOUNS and a_city(m)):
                continue  # (nor the town a text is named after: "the Paris Agreement")
            place = t.head if t.dep_ == "compound" else t
            if not venues and a_city(m) and place.dep_ == "pobj" and place.head.lower_ in ("in", "at"):
                continue
            # right of the trigger first, then the nearest on the left
            d = t.i - pred.i if t.i > pred.i else 1000 + pred.i - t.i
            if best is None or d < best[0]:
                best = (d, m)
    if best is None:
        return []
    # (a phrase that stands for several states is all of them: "the two Koreas")
    b = best[1]
    out = {b.country: b}
    for t in toks:
        for m in index.on(t):
            if b.start is not None and m.start == b.start and m.end == b.end and m.country and m.country not in own:
                out.setdefault(m.country, m)
    return list(out.values())

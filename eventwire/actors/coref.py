"""Document-level coreference: simple, rule-based, one pass in reading order.

Rules (each resolved mention gets the kind and country of what it points to
and ``resolved_from`` = the phrase):

* two-party phrases ("the two sides", "both countries", "both parties", "the
  allies", "the alliance" when NATO is not named outright ...; see ``_DYAD``)
  -> the article's main dyad: of the pairs of countries named in one
  sentence so far, the pair with the highest score, where a pair joined
  directly ("U.S.-South Korea", "X and Y", "X with Y") scores 3 and any other
  pair in a sentence scores 1; ties go to the pair with the focus country,
  then to the most recent; but two states named earlier in the same sentence
  win. One mention per party, at the same span.
* "the Baltic states", "the Nordic countries" -> each of their states.
* "the statement" (letter, commentary ...) -> who issued the one named last
  (its owner, its "by" party, else the subject that released it; a news
  agency only for its own commentary).
* "the three countries", "all four ministers" -> the states the latest of
  this and the three sentences before names exactly that many of (or as one
  coordinated subject); for ministers and leaders, the last persons of as
  many states.
* "the two leaders", "both leaders", "the leaders" -> the last two persons of
  different states named before.
* in a document about Korea (KOR or PRK named, or the word "Korea"): "the
  North" -> PRK, "the South" -> KOR, "the two Koreas" -> both.
* "the bloc" -> the union or alliance named last (EU, ASEAN, NATO ...).
* "the ministry"/"the department" -> the most recent organisation whose name
  has that word; "the minister"/"the president"/"the leader"/"the prime
  minister"/"the foreign minister" ... -> the most recent person whose title
  has that word; "the government" -> the most recent government named;
  when nothing earlier matches, the focus country.
* "he"/"she" as subject -> the most recent person (within twelve mentions);
* "they"/"it" as subject -> the subject of this sentence so far or of the one
  or two before: "they" takes a coordinated or two-party subject whole (one
  mention per state) or a single non-person subject, never one person; "it"
  a single non-person subject; else the most recent country, organisation
  or group.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from ..nlp import sentence_of
from ..records import Actor, Document
from .compose import country_counts, focus_country, home_counts, korean_text, named_as_place
from .lexicon import Lexicon
from .unknown import PERSON_ROLES

_DYAD = re.compile(
    r"\b(?:the two|both) (?:[a-z]+-[a-z]+ )?(?:(?:warring|rival|feuding|opposing|neighbou?ring|belligerent|NATO|EU|Gulf|Nordic|Baltic|Balkan|Central Asian) )?(?:sides|countries|nations|parties|governments|allies|leaders|states|militaries|armies|neighbou?rs"
    r"|(?:(?:vice|deputy|prime|foreign|defen[cs]e|top|chief) )*(?:ministers|negotiators|secretaries)|top diplomats|presidents|envoys|delegations)\b"
    r"|\bthe (?:allies|alliance)\b|\bthe leaders\b(?! of\b)|\beach other\b(?!x)"
    # "Lavrov held talks with Choe ... At the talks, the ministers agreed": the two who met
    r"|\bthe (?:(?:foreign|defen[cs]e) )?ministers\b(?! of\b)"
    # "welcomed steps toward peace between its two neighbours", "urge the countries concerned to act prudently"
    r"|\bits two neighbou?rs\b|(?<=between )its neighbou?rs\b|\bthe (?:countries|parties|sides|states) concerned\b"
    # "N. Korea slams allied drills": on the Korean desk, the drills of Seoul and Washington
    r"|\ballied(?= (?:military |joint |naval |air )?(?:drills?|exercises?|war ?games|manoeuvres|maneuvers)\b)"
    # "..., and the two agreed to keep close coordination": the number alone, as a subject
    r"|\bthe two\b(?= (?:[a-z]+ly )?(?:agreed|said|vowed|pledged|urged|called|condemned|warned|reaffirmed|stressed|held|discussed|also|have|had|will|would|signed|exchanged|shared|noted|expressed)\b)",
    re.IGNORECASE,
)
# "the three countries", "all four leaders": as many states as a sentence
# just before named together
_SEVERAL = re.compile(
    r"\b(?:the|all|all the) (three|four|five|six) (?:sides|countries|nations|parties|governments|allies|states|neighbou?rs|juntas|regimes|members"
    r"|(leaders|presidents|envoys|(?:foreign |defen[cs]e )?ministers))\b"
    # "The three agreed to respond firmly": the number alone, as a subject
    r"|\b[Tt]he (three|four|five|six)\b(?= (?:[a-z]+ly )?(?:agreed|said|vowed|pledged|urged|called|condemned|warned|reaffirmed|stressed|held|discussed|also|have|had|will|would)\b)",
    re.IGNORECASE,
)
_MEMBERS_OF = re.compile(r"\b(?:leaders|heads of state|ministers|foreign ministers|members)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_WARRING = re.compile(r"\b(?:warring|feuding|belligerent)\b", re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:attack\w*|strikes?|struck|drones?|missiles?|shell\w*|bomb\w*|fight\w*|clash\w*|war|invasion|invaded|pounds?|pounded|fired|offensive|killed|killing)\b",
    re.IGNORECASE,
)
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
# groups of states named as one: each of them is a party
_REGION_GROUPS = {
    "baltic": ("EST", "LVA", "LTU"),
    "nordic": ("DNK", "FIN", "ISL", "NOR", "SWE"),
    # Britain, France and Germany in the Iran file: three states, not the EU
    "e3": ("GBR", "FRA", "DEU"),
}
_REGION = re.compile(
    r"\bthe (?:three )?(Baltic|Nordic) (?:states|countries|nations|republics)\b|\bthe (Baltic)s\b"
    r"|\b(?:the )?(E3)(?: (?:countries|powers|nations|states))?\b|\bthe European (?:trio)\b|\bthree European (?:powers|countries|nations)\b",
    re.IGNORECASE,
)
# "The statement demanded ...": the author of the statement told of before
_TEXTS = re.compile(r"\b[Tt]he (statement|communiqu[eé]|commentary|editorial|declaration|letter|message|press release)\b(?! of\b| by\b| from\b)")
_TEXT_LEMMAS = frozenset(("statement", "communique", "communiqué", "commentary", "editorial", "declaration", "letter", "message", "release"))
# Korean context: "the North"/"the South" for the two Korean states (not "the
# North Atlantic", "the South China Sea"), and "the two Koreas".
_KOREAS = re.compile(r"\b(?:the two|both) Koreas\b", re.IGNORECASE)
_NORTH_SOUTH = re.compile(r"\b[Tt]he (North|South)\b(?!-| [A-Z]| of\b)")
# headline style, no article: "as North warns of 'overwhelming' response", "South says ...",
# "says North fired artillery", and in Title Case "South Korea Says North Fired Artillery"
_BARE_NORTH_SOUTH = re.compile(
    r"(?<![Tt]he )(?<![A-Za-z])(North|South) "
    r"(?=[a-z]+(?:s|ed)\b|[A-Z][a-z]+ed\b|(?:Says|Warns|Fires|Slams|Launches|Vows|Urges|Accuses|Threatens|Denies|Rejects|Tests|Sends|Calls)\b)"
)
# "accused the South of ...", "warned the North of ...", "notified the North of its plan":
# the "of" is the charge or the news, not a region
_CHARGED = re.compile(r"\b(?:accus|suspect|warn|convict|blam|notif|inform|apprais|appris|remind)\w*\s+[Tt]he (North|South) of\b")
_KOREA_CODES = {"north": "PRK", "south": "KOR", "northern": "PRK", "southern": "KOR"}
# "sever all links with its southern rival", "the North's southern neighbour"
_RIVAL = re.compile(r"\b(?:its|their|the) (northern|southern) (?:rival|neighbou?r|counterpart|foe|adversary|enemy)\b", re.IGNORECASE)
# "his country", "her government": the state of the person just named
_OWN_COUNTRY = re.compile(r"\b(?:his|her) (country|nation|government)\b", re.IGNORECASE)
# "the ministry", "the foreign minister", "the militant group" (not "the
# group of seven"; but "accused the agency of paving the way" charges it);
# "the Iran-backed group" is the group named before, not its backer
_DEFINITE = re.compile(
    r"\bthe (ministry|department|agency|office|commentary|editorial|dispatch|court|tribunal|judges|council|committee|commission|(?:prime |(?:vice )?foreign |defen[cs]e |vice |deputy )?minister|(?:vice )?president|leader|premier|chancellor|city|capital|bloc|secretary[- ]general)\b(?! of\b(?! \w+ing\b))"
    r"|\bthe (government)\b(?! of\b)"
    # "the 15-nation bloc", "the regional bloc": the union named before
    r"|\bthe (?:\d+-(?:nation|member|country) |(?:fifteen|[a-z]+teen|[a-z]+ty)-(?:nation|member) |regional |economic |trade |(?:west|east|southern|central|north) african )(bloc)\b"
    r"|\bthe (?:(?-i:[A-Z])[\w.]*-(?:backed|linked|allied|aligned|affiliated|sponsored|supported|funded|armed|led) )?"
    r"((?:militant |rebel |armed |extremist |paramilitary |jihadist |insurgent )?(?:group|movement|militia))\b(?! of\b(?! \w+ing\b))",
    re.IGNORECASE,
)
# "accused the court of interference": the "of" is the charge's, the body is the one named before
_ACCUSED_DEFINITE = re.compile(r"\baccus\w* (the (court|tribunal|ministry|agency|bloc))\b(?= of\b)", re.IGNORECASE)
# "A Polish border guard was stabbed ... The guard was wounded": one person or
# craft told again with its head noun alone
_SAME_HEAD = re.compile(
    # (also counted, "The two diplomats ... were declared persona non grata")
    r"\bthe (?:(two|three|four|five|six) )?(guard|officer|soldier|sailor|pilot|vessel|ship|tanker|boat|freighter|crew|detainee|journalist|diplomat|envoy|ambassador|activist|suspect|drone|convoy"
    r"|official|spokesman|spokeswoman|spokesperson|company|firm|team|panel|tribunal)s?\b(?! of\b)",
    re.IGNORECASE,
)
_FIRM_HEADS = frozenset(("company", "firm"))
# the head nouns of named bodies a story comes back to ("the team", "the panel", "the agency")
_BODY_HEADS = frozenset(("team", "panel", "tribunal"))
# "Qatar and Egypt urged both sides to ...": the two sides addressed are not the speakers
_ADDRESSING = re.compile(
    r"\b(?:urged|urging|urges|called on|calling on|calls on|asked|asking|told|telling|pressed|pressing|invited|inviting|encouraged|encouraging|warned|warning"
    # (what a third party hopes or wants the sides to do: "China hoped the two sides would settle ...")
    r"|(?:hoped|hopes|hoping|wants|wanted|expects|expected)(?:\s+that)?"
    # (or what it backs them doing: "Beijing supported the two sides improving relations")
    r"|supports?|supported|supporting|welcomes?|welcomed|welcoming|backs?|backed|backing)\s+\Z",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(r"\b(?:in|at)\s+\Z")
_PERSON_PRONOUNS = frozenset(("he", "she"))
_GROUP_PRONOUNS = frozenset(("they", "it"))
# object pronouns -> what they may stand for ("him": a person, "them": a group or state)
_OBJECT_PRONOUNS = {"him": "objperson", "her": "objperson", "them": "objgroup"}
# Verbs whose object "it" is a party, never the clause's own subject ("critical
# of Moscow, accusing it of failing to protect Armenians")
_ACTS_ON_PARTIES = frozenset(("accuse", "blame", "urge", "warn", "press", "pressure", "ask", "invite", "help", "support", "back",
                              "sanction", "threaten", "attack", "thank", "praise", "criticize", "criticise", "punish", "fight"))
# Verbs whose passive subject suffers what the sentence before told somebody did
_SUFFERED = frozenset(("take", "arrest", "detain", "hold", "charge", "indict", "jail", "sentence", "question", "deport", "expel",
                       "release", "free", "kill", "wound", "injure", "abduct", "kidnap", "transfer", "repatriate"))
# "Russian drones violated its airspace, Poland said": whose ground, water or air "its" names
_OWN_GROUND = frozenset(("airspace", "territory", "waters", "water", "border", "borders", "soil", "zone", "coast", "coastline", "shore", "shores", "frontier", "eez", "adiz"))
_SAYING = frozenset(("say", "tell", "report", "state", "announce", "claim", "add", "note", "confirm", "insist", "stress", "allege", "complain", "protest", "accuse", "declare", "warn", "vow", "pledge", "threaten"))
_EXPLETIVE_HEADS = frozenset(("be", "seem", "appear", "remain", "take", "look", "matter", "say", "note", "expect", "report"))
# "it is willing/ready to ...": a state that intends something, not "it is
# clear that ..."
_AGENT_ADJECTIVES = frozenset(("willing", "unwilling", "ready", "prepared", "determined", "eager", "able", "unable", "committed", "keen", "poised", "reluctant",
                               # "said it was deeply concerned and called on Kosovo ...": a stance somebody takes
                               "concerned", "worried", "alarmed", "disappointed", "opposed", "grateful", "troubled", "dismayed", "outraged"))


def _agentive(head) -> bool:  # type: ignore[no-untyped-def]
    # "it is ready to ...", "it would take part in the talks" / "take action" (not "it takes time")
    # ("it was taking over the mine": only a time taken makes "it" nobody)
    if head.lemma_ == "take" and any(c.dep_ == "prt" for c in head.children) and not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _DURATIONS for c in head.children):
        return True
    if head.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(p.dep_ == "pobj" and p.lemma_.lower() in _STANDING_WITH for p in c.children) for c in head.children
    ):
        return True  # "said it was in contact with the ship's manager and had asked ...", "it is at war"
    return any(
        (c.dep_ == "acomp" and c.lower_ in _AGENT_ADJECTIVES) or (c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TAKEN_ACTS and head.lemma_ == "take")
        for c in head.children
    )


# where a party stands with others: "it was in contact with", "in talks with", "at war with"
_STANDING_WITH = frozenset(("contact", "touch", "talk", "talks", "communication", "negotiation", "negotiations", "discussion", "discussions", "war", "consultation", "consultations"))


_DURATIONS = frozenset(("time", "year", "month", "week", "day", "hour", "minute", "while", "decade"))


_TAKEN_ACTS = frozenset(("part", "action", "measure", "step", "countermeasure", "control", "charge", "responsibility", "aim", "stance", "position"))


_JOINERS = re.compile(r"^\s*(?:-|–|and|with|&|,)\s*$")
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$")


_STRATEGIC = re.compile(r"\b(?:ballistic|ICBMs?|hypersonic|nuclear test|cruise missiles?|spy satellite|trash balloons?|leaflets?)\b", re.IGNORECASE)


def _korean(text: str, mentions: list[Actor]) -> bool:
    """The document is about Korea: a Korean state, body or person is named
    ("the JCS", "Kim Jong Un" count too), or it sets "the North" against
    "the South" as the Korean desk does."""
    if korean_text(text) or any(m.country in ("KOR", "PRK") for m in mentions):
        return True
    sides = north_south_sides(text)
    # "the North fired two ballistic missiles": no other North fires them
    return sides == {"North", "South"} or ("North" in sides and _STRATEGIC.search(text) is not None)


def north_south_sides(text: str) -> set[str]:
    """Which of "the North" / "the South" a text names as a side (not "the
    North Atlantic", "the South-East", "the North of England")."""
    return {m.group(1) for m in _NORTH_SOUTH.finditer(text)}


@dataclass
class _Context:
    """What the resolution rules need to know about the whole document."""

    lex: Lexicon
    focus: str | None
    subjects: dict[int, int]  # mention start -> id of its subject (coordinated subjects share one)
    korean: bool  # the document is about Korea: "the North"/"the South" are its states
    nato_named: bool  # NATO is named outright: "the alliance" is NATO
    main_subjects: frozenset[int] = frozenset()  # ids of subjects of a sentence's main verb
    venues: frozenset[int] = frozenset()  # starts of towns named as where something happens ("met in Istanbul")
    pair_score: Counter[tuple[str, str]] = field(default_factory=Counter)
    war_score: Counter[tuple[str, str]] = field(default_factory=Counter)  # pairs of sentences that tell of fighting
    pair_seen: dict[tuple[str, str], int] = field(default_factory=dict)
    sdoc: Any = None  # the parse, for the author of "the statement"
    text: str = ""  # the document's text (the parse's own .text is rebuilt on every call)
    at_home: bool = False  # the focus is the home a wire dateline gives
    placed: frozenset[int] = frozenset()  # sentences naming a place something happens in
    rivals: str | None = None  # the state whose rival camps the story tells ("Libya's rival governments")


def resolve_coreference(doc: Document, mentions: list[Actor], lex: Lexicon) -> list[Actor]:
    """Add coreference mentions to ``mentions`` (sorted) and return the new sorted list."""
    text = doc.text
    # (with no dateline, the story's home is the state most of its people and bodies belong to)
    home = home_counts(country_counts(m for m in mentions if m.kind == "country"), mentions)
    ctx = _Context(
        lex=lex,
        # a wire dateline's country is the story's home ("the ministry" in a Seoul story)
        focus=doc.meta.get("dateline_country") or focus_country(home, lex),
        at_home=bool(doc.meta.get("dateline_country")),
        # sentences that name where things happen ("arrested 20 opposition members in Nairobi")
        placed=frozenset(
            m.sentence_index or 0 for m in mentions
            if m.start is not None and m.kind == "country" and m.country and named_as_place(text, m.start)
        ),
        subjects=_subject_groups(doc, mentions),
        main_subjects=_main_subjects(doc),
        korean=_korean(text, mentions),
        sdoc=doc.spacy,
        text=doc.text,
        nato_named=any(m.country == "NATO" and "alliance" not in m.text.lower() for m in mentions),
        venues=frozenset(
            m.start for m in mentions
            if m.start is not None and m.kind == "country" and m.name != lex.country_names.get(m.country or "") and _AT_PLACE.search(text, max(0, m.start - 8), m.start)
        ),
        rivals=next((
            m.country for m in mentions
            if m.kind == "country" and m.country and m.end is not None and _RIVAL_CAMPS.match(text, m.end)
        ), None) or _army_and_its_rebels(text, mentions),
    )
    if ctx.rivals:
        doc.meta["rival_camps"] = ctx.rivals  # (the resolve stage aims such a story's acts at the state itself)
    by_sentence: dict[int, list[Actor]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index or 0, []).append(m)
    out: list[Actor] = list(mentions)
    history: list[Actor] = []  # mentions so far, in order, incl. resolved ones
    replaced: set[int] = set()  # mentions a resolved phrase took the place of
    pronouns = _subject_pronouns(doc.spacy)
    for sent in doc.sentences:
        sm = by_sentence.get(sent.index, [])
        found = _phrases(sent, pronouns)
        # walk the sentence's mentions and phrases in order so "most recent" is exact
        # (a mention is itself; a phrase is its start, end and text)
        items: list[tuple[int, str, Actor | tuple[int, int, str]]] = [(m.start or 0, "m", m) for m in sm] + [(s, kind, (s, e, p)) for s, e, kind, p in found]
        items.sort(key=lambda x: x[0])
        for _pos, what, obj in items:
            if isinstance(obj, Actor):  # (what == "m")
                if id(obj) not in replaced:  # (not a word of a phrase resolved before it: "the three [officials]")
                    history.append(obj)
                continue
            s, e, phrase = obj
            if any(m.start is not None and m.start <= s and e <= (m.end or 0) and m.kind == "person" for m in sm):
                continue
            if what == "samehead" and any(m.resolved_from and m.sentence_index == sent.index and m.start is not None and m.start <= s and e <= (m.end or 0) for m in history):
                continue  # ("the two envoys", resolved as a pair: its noun is no third reading of itself)
            targets = _ground_owner(phrase, sm) if what == "ground" else _resolve(what, phrase, history, ctx, sent.index)
            new = [
                replace(t, text=text[s:e], start=s, end=e, sentence_index=sent.index, resolved_from=text[s:e])
                for t in targets
            ]
            if new:
                # a mention inside the span ("the government", "parties", "Koreas") is replaced
                inside = {id(m) for m in out if m.start is not None and s <= m.start and (m.end or 0) <= e}
                replaced |= inside
                out = [m for m in out if id(m) not in inside]
                history = [m for m in history if id(m) not in inside]
                out.extend(new)
                history.extend(new)
        # (a town named as where something happens is no party: "agreed at talks in Geneva")
        parties = [m for m in sm if _is_party(m, lex) and m.start not in ctx.venues]
        _count_pairs(text, parties, ctx.pair_score, ctx.pair_seen, sent.index)
        if _FIGHTING.search(sent.text):
            _count_pairs(text, parties, ctx.war_score, {}, sent.index)
    out.sort(key=lambda m: (m.start or 0, m.end or 0))
    return out


def _phrases_text(sent) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    """Two-party and definite phrases of one sentence, found in its text."""
    res: list[tuple[int, int, str, str]] = []
    for m in _DYAD.finditer(sent.text):
        addressed = _ADDRESSING.search(sent.text, max(0, m.start() - 24), m.start()) is not None
        res.append((sent.start + m.start(), sent.start + m.end(), "dyadobj" if addressed else "dyad", m.group(0).lower()))
    for m in _TEXTS.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "text", str(sent.start + m.start())))
    for m in _REGION.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "region", (m.group(1) or m.group(2) or "e3").lower()))
    for m in _SEVERAL.finditer(sent.text):
        n = m.group(1) or m.group(3)
        res.append((sent.start + m.start(), sent.start + m.end(), "several", f"{_NUMBERS[n.lower()]} {'people' if m.group(2) else 'states'}"))
    for m in _DEFINITE.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "definite", m.group(m.lastindex or 1).lower()))
    for m in _ACCUSED_DEFINITE.finditer(sent.text):
        res.append((sent.start + m.start(1), sent.start + m.end(1), "definite", m.group(2).lower()))
    for m in _SAME_HEAD.finditer(sent.text):
        # ("the three officials": the count goes with the noun)
        res.append((sent.start + m.start(), sent.start + m.end(), "samehead", " ".join(w.lower() for w in m.groups() if w)))
    for m in _OWN_COUNTRY.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "own", m.group(1).lower()))
    for m in _KOREAS.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "korea", "both"))
    for m in _NORTH_SOUTH.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "korea", m.group(1).lower()))
    for m in _BARE_NORTH_SOUTH.finditer(sent.text):
        res.append((sent.start + m.start(1), sent.start + m.end(1), "korea", m.group(1).lower()))
    for m in _RIVAL.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "korea", m.group(1).lower()))
    for m in _CHARGED.finditer(sent.text):
        s = m.start(1) - 4  # "the " / "The "
        res.append((sent.start + s, sent.start + m.end(1), "korea", m.group(1).lower()))
    return res


def _phrases(sent, pronouns: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    """(start, end, kind, phrase) of coreferring phrases in one sentence."""
    res = _phrases_text(sent)
    k = bisect.bisect_left(pronouns, (sent.start,))
    while k < len(pronouns) and pronouns[k][0] < sent.end:
        res.append(pronouns[k])
        k += 1
    return res


def _subject_pronouns(sdoc) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    """Subject pronouns of the document ("he", "they", non-expletive "it"), by offset.

    Works on the dependency-label array so that only subject tokens become
    Python objects (a walk over every token costs more than the rest)."""
    if sdoc is None:
        return []
    res: list[tuple[int, int, str, str]] = []
    wanted = {sdoc.vocab.strings["nsubj"], sdoc.vocab.strings["nsubjpass"]}
    objects = {sdoc.vocab.strings[d] for d in ("dobj", "pobj", "dative")}
    poss = sdoc.vocab.strings["poss"]
    for i, dep in enumerate(sdoc.to_array("DEP").tolist()):
        if dep == poss:
            found = _own_ground(sdoc[i])
            if found is not None:
                res.append(found)
            continue
        if dep in objects:
            # "arrested Guanipa, accusing him of ...", "fired tear gas to disperse them"
            tok = sdoc[i]
            low = tok.lower_
            if low == "them" and _names_a_thing_told(tok):
                continue
            if low in _OBJECT_PRONOUNS or (low == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ACTS_ON_PARTIES):
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                for _ in range(3):  # "fired tear gas to disperse them": the clause's subject is the governor's
                    if subj is not None or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
                        break
                    joined_to_said = verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in _SAYING
                    verb = verb.head
                    if joined_to_said:
                        # "said Iran had chosen confrontation and urged it to reconsider": the
                        # second verb is the speaker's (the parser joins it to what was said)
                        verb = verb.head
                    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                # (the whole subject: "South Korea, Japan and the United States condemned
                # the launches, calling them ...": none of the three is "them")
                where = f"{subj.left_edge.idx}:{subj.right_edge.idx}" if subj is not None else "-1:-1"
                res.append((tok.idx, tok.idx + len(tok.text), _OBJECT_PRONOUNS.get(low, "objgroup"), f"{low}@{where}"))
            continue
        if dep not in wanted:
            continue
        tok = sdoc[i]
        low = tok.lower_
        if low in _PERSON_PRONOUNS:
            res.append((tok.idx, tok.idx + len(tok.text), "person", low))
        elif low in _GROUP_PRONOUNS:
            # (but "It said the missiles were Iranian-made and accused Tehran": a body told before speaks)
            told = tok.dep_ == "nsubj" and tok.head.tag_ == "VBD" and tok.head.lemma_ in ("say", "note", "report")
            if low == "it" and tok.head.lemma_ in _EXPLETIVE_HEADS and not _agentive(tok.head) and not told:
                continue
            main = tok.head.head if tok.head.dep_ in ("advcl", "ccomp") else None
            plural = _plural_objects(main) if low == "they" and tok.dep_ in ("nsubj", "nsubjpass") and main is not None and any(m.dep_ == "mark" for m in tok.head.children) else []
            if plural:
                # "it had expelled the Philippine ships after they intruded", "protested the
                # deployment of North Korean soldiers and demanded that they be withdrawn": a
                # plural "they" after a singular subject is the plural object (never the clause's subject)
                obj = plural[0]
                res.append((tok.idx, tok.idx + len(tok.text), "objthey", f"{obj.left_edge.idx}:{obj.idx + len(obj.text)}"))
                continue
            speaker = _reporting_speaker(tok) if low == "it" else None
            if speaker is None and low == "it":
                speaker = _record_holder(tok)
            if speaker is None and low == "it" and tok.head.dep_ == "relcl":
                # "Oslo expelled two Russian embassy staff it accused of spying": whoever
                # did the act to the noun the clause describes
                noun = tok.head.head
                verb = noun.head if noun.dep_ in ("dobj", "obj", "pobj") else None
                verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
                speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and verb.pos_ == "VERB" else None
                if speaker is None and verb is not None and verb.dep_ == "xcomp":
                    # "asked the court to order Venezuela to pull back the troops it has moved":
                    # the one told to act on them (the governing verb's object)
                    speaker = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"), None)
            if speaker is not None:
                # "Japan expressed concern, and the Philippines said it had raised its
                # alert level": "it" in what a state or body says is the speaker
                res.append((tok.idx, tok.idx + len(tok.text), "speaker", f"{speaker.left_edge.idx}:{speaker.idx + len(speaker.text)}"))
                continue
            if low == "they" and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _SUFFERED:
                # "Police arrested three people. They were taken into custody":
                # who suffers it is who was acted on before, not who acted
                res.append((tok.idx, tok.idx + len(tok.text), "patient", low))
                continue
            # (whether the pronoun does a deed or says something: a reporter says, the story's subject acts)
            acts = tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in _SAYING_VERBS
            res.append((tok.idx, tok.idx + len(tok.text), "group", f"{low}/act" if acts else low))
    return res


# a news outlet as the one told: "told Reuters", "said to AFP"
_TOLD_TO = re.compile(r"\b(?:told|telling|tells|to)\s+(?:the\s+)?\Z")
# verbs a reporting body does in a story: "the JCS said. It urged Pyongyang ..."
_SAYING_VERBS = frozenset((
    "say", "urge", "call", "add", "warn", "condemn", "note", "stress", "accuse", "demand", "deny", "vow", "claim", "insist", "criticize",
    "criticise", "express", "describe", "state", "announce", "tell", "report", "confirm", "reiterate", "dismiss", "reject", "welcome", "ask",
    "denounce", "slam", "explain", "estimate", "believe", "assess", "detect", "monitor", "track",
))


_NAMING = frozenset(("call", "brand", "label", "describe", "term", "denounce", "dub"))


def _names_a_thing_told(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "condemned North Korea's missile launches, calling them a violation":
    "them" named by a participle is the plural thing its governing verb acted
    on, no party."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _NAMING or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    return any(o.dep_ == "dobj" and o.tag_ == "NNS" and o.ent_type_ not in ("NORP", "GPE", "ORG") for o in verb.head.children)


def _reporting_speaker(tok):  # type: ignore[no-untyped-def]
    """The subject of the reporting verb whose clause ``tok`` opens ("the
    Philippines said it had ..."), when it names a state or a body (not a
    person, not a pronoun)."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN") or speaker.ent_type_ == "PERSON" or speaker.tag_ in ("NNS", "NNPS"):
        return None
    return speaker


def _record_holder(tok):  # type: ignore[no-untyped-def]
    """ "It was the North's first launch since Oct. 28, when it fired ...":
    the "it" of a when-clause after "since" is whose first act the sentence
    counts (the named possessor of the counted noun), not a subject told
    before."""
    verb = tok.head
    if verb.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    root = verb.sent.root
    if root.lemma_ != "be" or not any(c.lower_ == "since" for c in root.subtree if c.i < verb.i):
        return None
    counted = next((c for c in root.children if c.dep_ == "attr"), None)
    holder = next((c for c in counted.children if c.dep_ == "poss"), None) if counted is not None else None
    if holder is None or holder.pos_ != "PROPN" or holder.i > tok.i:
        return None
    return holder


def _plural_objects(main) -> list:  # type: ignore[no-untyped-def]
    """The plural objects of ``main`` (and of the verb it is coordinated
    with), or the plural "of" nouns of those objects ("the deployment of
    soldiers"), when the verbs' subjects are singular."""
    verbs = [main] + ([main.head] if main.dep_ == "conj" else [])
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for v in verbs for c in v.children):
        return []
    # (the verb the clause hangs on first: "suspended peace talks ... and ordered an offensive
    # against the leftist rebels after they attacked" are the rebels, not the talks)
    for v in verbs:
        objs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
        found = [o for o in objs if o.tag_ == "NNS"] or [
            p for o in objs for pr in o.children if pr.dep_ == "prep" and pr.lower_ in ("of", "against") for p in pr.children if p.dep_ == "pobj" and p.tag_ == "NNS"
        ]
        if found:
            return found
    return []


def _own_ground(tok) -> tuple[int, int, str, str] | None:  # type: ignore[no-untyped-def]
    """ "its"/"their" before a state's ground, water or air in an object
    ("violated its airspace"): whose it is, as the spans that may name it,
    in order: the clause's subject when it is a name ("Russia moved troops
    to its border"), else the speaker of a reporting verb over the clause
    ("Russian drones violated its airspace, Poland said")."""
    noun = tok.head
    if tok.lower_ not in ("its", "their") or noun.lemma_.lower() not in _OWN_GROUND or noun.dep_ not in ("dobj", "pobj", "obj"):
        return None
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    spans: list[str] = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PROPN":
        spans.append(f"{subj.left_edge.idx}:{subj.right_edge.idx + len(subj.right_edge.text)}")
    said = verb.head if verb.dep_ in ("ccomp", "parataxis") else next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in _SAYING), None)
    if said is not None and said.lemma_.lower() in _SAYING:
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if speaker is not None:
            spans.append(f"{speaker.left_edge.idx}:{speaker.right_edge.idx + len(speaker.right_edge.text)}")
    # the clause a subordinate one hangs on: "Poland scrambles jets as Russian drones
    # cross into its airspace", "shot down drones that entered its airspace"
    gov = verb.head.head if verb.dep_ == "relcl" else verb.head if verb.dep_ == "advcl" else None
    if gov is not None and gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("dobj", "obj", "pobj"):
        gov = gov.head.head if gov.dep_ == "pobj" else gov.head
    main = next((c for c in gov.children if c.dep_ == "nsubj"), None) if gov is not None else None
    if main is not None and main.pos_ == "PROPN":
        spans.append(f"{main.left_edge.idx}:{main.right_edge.idx + len(main.right_edge.text)}")
    return (tok.idx, tok.idx + len(tok.text), "ground", ";".join(spans)) if spans else None


@functools.cache
def _women() -> frozenset[str]:
    """Listed officials the news calls "she" (data/actors/women.txt)."""
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "women.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))


_OWNS_TIES = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:ties|relations|relationship|alliance|partnership|cooperation|friendship|links)\s+with\b", re.IGNORECASE)
# posts whose holders "the two envoys" may be, told without their names
_ENVOY_POSTS = frozenset(("envoy", "negotiator", "representative", "ambassador", "diplomat"))
_BRIEF_OF = re.compile(r"\b(?:envoy|ambassador|representative|coordinator|rapporteur|negotiator|czar|commissioner)s?\s+(?:for|to|on)\s+(?:the\s+)?\Z", re.IGNORECASE)
_RELATION_OF = re.compile(r"\b(?:ally|allies|partner|friend|backer|patron|neighbou?r|rival)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def _resolve(what: str, phrase: str, history: list[Actor], ctx: _Context, sentence_index: int) -> list[Actor]:
    lex = ctx.lex
    if what == "korea":
        if not ctx.korean:
            return []
        codes = ["KOR", "PRK"] if phrase == "both" else [_KOREA_CODES[phrase]]
        return [_party(None, c, lex) for c in codes]
    if what in ("dyad", "dyadobj"):
        if phrase == "allied" and not ctx.korean:
            return []  # (elsewhere the allies of "allied drills" are not told)
        if phrase == "the alliance" and ctx.nato_named:
            return []  # keep the lexicon's NATO
        if phrase in ("the allies", "allied") and (listed := _allies_listed(history, ctx, sentence_index)):
            return listed
        if phrase == "the allies" and ctx.nato_named:
            # a NATO story's "the allies" are the alliance, not the two states it
            # names most (NATO named in this or the three sentences before)
            nato = next((m for m in reversed(history) if m.country == "NATO" and (m.sentence_index or 0) >= sentence_index - 3), None)
            if nato is not None:
                return [nato]
        if phrase.endswith(("leaders", "ministers", "presidents", "envoys", "diplomats", "negotiators", "secretaries")):
            # "Leaders of the Group of Seven wrapped up a summit ... the leaders agreed": the body they lead
            body = next((m for m in reversed(history) if m.kind == "org" and not m.resolved_from and (m.sentence_index or 0) >= sentence_index - 3
                         and m.start is not None and _MEMBERS_OF.search(ctx.text, max(0, m.start - 30), m.start)), None)
            if body is not None and phrase.lower() in ("the leaders", "the ministers", "the foreign ministers"):
                return [body]
            # (a post told without a name stands for its holder: "the two envoys", "the two negotiators")
            posts = phrase.lower().endswith(("envoys", "negotiators"))
            return _last_people(history, lex) or (posts and _last_people(history, lex, posts=True)) or _pronoun("they", history[-12:], ctx, sentence_index)
        if phrase == "the two" and (len({m.country for m in history if m.sentence_index == sentence_index and m.kind == "person" and m.country}) >= 2 or (
            not any(m.sentence_index == sentence_index and _is_party(m, lex) for m in history)
            and len({m.country for m in history if sentence_index - 2 <= (m.sentence_index or 0) < sentence_index and m.kind == "person" and m.country}) >= 2
        )):
            # "Cho discussed the case with Landau, and the two agreed ...", "Park said ... during a
            # call with Landau on Monday. The two agreed to keep working closely with Japan"
            # (or two sentences before: "Rutte ... met Lee on Thursday. It was the first visit ...
            # During the talks, the two also called on North Korea ...")
            return _last_people([m for m in history if (m.sentence_index or 0) >= sentence_index - 2], lex, bodies=True)
        # two states named earlier in the same sentence win ("Washington and
        # Paris called for calm; both countries said ...")
        here: list[str] = []
        briefs: set[str] = set()
        plain: set[str] = set()
        for m in history:
            # (a town where the sides met is no side: "delegations met in Istanbul, and the two sides ...")
            # (nor a state named as an owner: "China, Pakistan's closest ally, hoped the two sides ...")
            # (but one of a pair whose ties are told: "North Korea's ties with Russia ... since the two countries signed")
            owner = m.end is not None and ctx.text[m.end : m.end + 2] in ("'s", "’s") and _OWNS_TIES.match(ctx.text, m.end) is None
            # (or whose ally the speaker is: "China, a close ally of Pakistan, called on both sides")
            owner = owner or (m.start is not None and _RELATION_OF.search(ctx.text, max(0, m.start - 30), m.start) is not None)
            if m.sentence_index == sentence_index and _is_party(m, lex) and m.start not in ctx.venues and not owner:
                if m.country not in here:
                    here.append(m.country)  # type: ignore[arg-type]
                # (nor, unless it is a pair named as one, a state named only as a post's brief: "The U.S.
                # special envoy for North Korea held talks with South Korea's negotiator ... the two agreed")
                brief = m.start is not None and _BRIEF_OF.search(ctx.text, max(0, m.start - 40), m.start) is not None
                (briefs if brief else plain).add(m.country)  # type: ignore[arg-type]
        told = [m for m in history if m.sentence_index == sentence_index and m.start is not None and m.country]
        # (the speakers are the states of the clause that addresses "both sides": "Israeli strikes on
        # Lebanon killed four, ... as the United States and France pressed both sides" leaves the pair)
        last_at = (told[-1].start or 0) if told else 0
        cut = max(ctx.text.rfind(mark, 0, last_at) for mark in (",", " as ", ";")) if told else -1
        others = [c for c in here if c not in {m.country for m in told if (m.start or 0) > cut}]
        pair: tuple[str, ...] | None
        # "the EU envoy for the Belgrade-Pristina dialogue urged both sides": a pair named as one ("Israel-Hamas")
        joined = next((
            (a.country, b.country) for a, b in pairwise(told)
            if a.end is not None and b.start is not None and ctx.text[a.end : b.start] in ("-", "\u2013", "\u2014", "/") and a.country != b.country
            and a.country in here and b.country in here
        ), None)
        if joined is None and (briefs := briefs - plain):
            here = [c for c in here if c not in briefs]
            others = [c for c in others if c not in briefs]
        if joined is not None:
            pair = joined
        elif what == "dyadobj" and len(states := [c for c in others if c not in lex.international]) == 2:
            # ('"Military cooperation between Russia and North Korea is a flagrant violation of U.N.
            # resolutions," the ministry said, urging both countries to stop': the pair, not the speaker)
            pair = (states[0], states[1])
        elif what == "dyadobj" and here:
            # "Qatar and Egypt urged both sides to show flexibility": the main pair without the speakers
            # (one speaker too: "Qatar's envoy met Pakistan's foreign minister ... It urged both sides")
            score = Counter({k: v for k, v in ctx.pair_score.items() if not set(k) & set(here)})
            pair = _main_pair(score, ctx.pair_seen, ctx.focus)
        elif len(here) < 2 and _WARRING.search(phrase) and ctx.war_score:
            # "the two warring sides": the pair the story tells fighting, not the one it names most
            pair = _main_pair(ctx.war_score, ctx.pair_seen, ctx.focus)
        elif len(here) < 2 and ctx.rivals and ctx.rivals in {m.country for m in history if (m.sentence_index or 0) >= sentence_index - 3}:
            # "Libya's rival administrations agreed ... The two delegations will meet again":
            # both sides are of the state whose camps the story tells, not it and another
            pair = (ctx.rivals, ctx.rivals)
        elif len(here) > 2 and (main := _main_pair(ctx.pair_score, ctx.pair_seen, ctx.focus)) is not None:
            # ("the team, set up by South Korea, the United States, Japan and eight other countries after
            # Russia vetoed ..., said the two countries had violated ...": of a sentence naming more
            # than two, the pair the story is about)
            pair = main
        else:
            pair = tuple(here[-2:]) if len(here) >= 2 else _main_pair(ctx.pair_score, ctx.pair_seen, ctx.focus)
        if ctx.korean and "alli" in phrase and (pair is None or "PRK" in pair or "USA" not in pair):
            # on the Korean desk "the allies" / "the alliance" are Seoul and
            # Washington, never the two Koreas the story names most (nor Seoul and
            # Tokyo, named last: "Japan protested ... The launch came days after the allies staged")
            pair = ("KOR", "USA")
        if pair is None:
            return []
        latest: dict[str, Actor] = {}
        for m in history:
            if _is_party(m, lex) and m.country in pair and m.kind != "person":
                latest[m.country] = m  # type: ignore[index]
        return [_party(latest.get(c), c, lex) for c in pair]
    if what == "text":
        return _author(int(phrase), history, ctx)
    if what == "region":
        return [_party(None, c, lex) for c in _REGION_GROUPS[phrase]]
    if what == "several":
        n, who = int(phrase.split()[0]), phrase.split()[1]
        if who == "people":
            return _last_people(history, lex, n)
        return _states_named_together(history, ctx, sentence_index, n)
    if what == "definite":
        # the story's home only when a dateline gives it or it was named
        # before ("The ministry condemned the Israeli strikes" is not Israel's)
        named_before = ctx.at_home or any(m.country == ctx.focus for m in history) or sentence_index in ctx.placed
        return _definite(phrase, history, ctx.focus if named_before else None, lex, sentence_index, ctx.text)
    if what == "own":
        # "Kim said his country would not hesitate ...": the state of the person named last
        person = next((m for m in reversed(history[-12:]) if m.kind == "person"), None)
        if person is None or not person.country or person.country in lex.international:
            return []
        return [_party(None, person.country, lex) if phrase == "country" else replace(person, name=lex.country_names.get(person.country, person.country), kind="org", sector="GOV", title=None)]
    recent = history[-12:]
    if what == "objthey":
        first, last = (int(x) for x in phrase.split(":", 1))
        inside = [m for m in history if m.start is not None and first <= m.start and (m.end or 0) <= last and m.country]
        # (an object that names no party is no antecedent: "suspended peace talks ... and ordered an
        # offensive against the leftist rebels after they attacked a base" are the rebels)
        return inside[:1] or [m for m in _pronoun("they", history[-12:], ctx, sentence_index) if m.country]
    if what == "samehead":
        # the latest mention of the sentence or the three before whose words end in the same noun
        # (a firm is told of further apart: "sanctioned a Hong Kong-based shipping company ...
        # Japan froze the assets of the company")
        # (a counted one first goes further, to a mention with the same count: "imposed sanctions on
        # three North Korean officials ... South Korean officials said ... the three officials")
        count, _, phrase = phrase.rpartition(" ")
        if count and (found := _same_head(phrase, history, sentence_index, 6, ctx.text, count)):
            return found
        # (and a named body, told of further apart still: "The Multilateral Sanctions Monitoring Team ...
        # Pyongyang denounced the team")
        return _same_head(phrase, history, sentence_index, 12 if phrase in _BODY_HEADS else 6 if phrase in _FIRM_HEADS else 3)
    if what == "speaker":
        first, last = (int(x) for x in phrase.split(":", 1))
        said = [m for m in history if m.start is not None and first <= m.start and (m.end or 0) <= last and m.kind != "person" and (m.country or m.sector)]
        return said[-1:] or _pronoun("it", recent, ctx, sentence_index)
    if what in ("objperson", "objgroup"):
        return _object_pronoun(what, phrase, recent, ctx.text)
    if what == "patient":
        acted_on = [m for m in recent if m.sentence_index in (sentence_index, sentence_index - 1) and _subject_id(m, ctx) is None and m.kind in ("group", "org")]
        if acted_on:
            return [acted_on[-1]]
    if what == "person":
        # "Erdogan met Putin. He urged him ...": "he" is the person who was
        # the subject of this sentence so far or of the one or two before it,
        # else the person named last (a listed woman only for "she", and for
        # "she" first among the people named lately)
        people = [m for m in recent if m.kind == "person" and (phrase == "she" or m.name not in _women())]
        if phrase == "she" and any(m.name in _women() for m in people):
            people = [m for m in people if m.name in _women()]
        # (a person named only by a role is one too: "Rwanda's government spokeswoman said ... She accused")
        roles = [m for m in recent if m.kind == "org" and m.country and _ONE_PERSON_IN.search(m.text)]
        for back in range(3):
            subj = [m for m in people if m.sentence_index == sentence_index - back and _subject_id(m, ctx) is not None]
            if subj:
                return [subj[-1]]
            subj = [m for m in roles if m.sentence_index == sentence_index - back and _subject_id(m, ctx) is not None]
            if subj:
                return [subj[-1]]
        if not people:
            # "A spokesman for the ministry said ... , he said": one person
            # named by a role, not a name, in this sentence or the two before
            return [m for m in recent if m.kind == "org" and m.sentence_index is not None and sentence_index - m.sentence_index <= 2
                    and _ONE_PERSON_FIRST.match(m.text)][-1:]
        return people[-1:]
    return _pronoun(phrase, recent, ctx, sentence_index)


def _ground_owner(spans: str, sentence_mentions: list[Actor]) -> list[Actor]:
    """The state or body named in the first of the spans (see ``_own_ground``) that names one."""
    for span in spans.split(";"):
        a, b = (int(x) for x in span.split(":"))
        named = [m for m in sentence_mentions if m.start is not None and a <= m.start and (m.end or 0) <= b and m.country and m.kind in ("country", "org")]
        if named:
            return named[:1]
    return []


def _author(at: int, history: list[Actor], ctx: _Context) -> list[Actor]:
    """Who issued the statement (letter, commentary ...) named last before
    offset ``at``, in this sentence or the three before: its owner or its
    "by/from" party ("a statement by the foreign ministry"), else the
    subject of the verb it is the object of ("Kim Yo Jong released a
    statement"); a news agency that only carried it is no author."""
    sdoc = ctx.sdoc
    if sdoc is None:
        return []
    tok = sdoc.char_span(at, at + 3, alignment_mode="expand")
    if tok is None:
        return []
    first = sentence_of(tok[0]).start
    for _ in range(3):
        if first == 0:
            break
        first = sentence_of(sdoc[first - 1]).start
    for t in reversed(sdoc[first : tok[0].i]):
        if t.lemma_.lower() not in _TEXT_LEMMAS or t.pos_ != "NOUN" or (t.lower_ == "release" and sdoc[t.i - 1].lower_ != "press"):
            continue  # (a press release, not "the release of prisoners")
        holders = (t, t.head) if t.dep_ in ("dobj", "obj") else (t,)  # ("carried a statement [by X]": the parse hangs "by" on the verb)
        who = [c for c in t.children if c.dep_ == "poss"]
        who += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj"]
        if not who and t.dep_ in ("dobj", "obj"):
            who = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not who and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            # "North Korea's defense ministry said in a statement carried by KCNA": who said it
            who = [c for c in t.head.head.children if c.dep_ == "nsubj"]
        # (a news agency that carried a statement did not make it; its commentary it wrote)
        press = () if t.lemma_.lower() in ("commentary", "editorial") else ("MED", "JRN")
        found = [m for w in who for m in history if m.start is not None and w.left_edge.idx <= m.start <= w.right_edge.idx and m.sector not in press]
        # the name itself before anything its apposition names ("Kim Yo Jong, vice director of the WPK Central Committee")
        own = [m for w in who for m in found if m.start is not None and m.start <= w.idx < (m.end or 0)]
        if own or found:
            return (own or found)[:1]
        if who:
            return []
    return []


def _last_people(history: list[Actor], lex: Lexicon, n: int = 2, bodies: bool = False, posts: bool = False) -> list[Actor]:
    """The n persons of different states named last ("the two leaders", "the three
    ministers"; with ``bodies``, persons of international bodies too: "Rutte met
    Lee ... the two called on North Korea"). With ``posts``, a post told without
    a name counts as its holder ("The U.S. special envoy held talks with South
    Korea's top nuclear negotiator ... The two envoys expressed concern")."""
    found: dict[str, Actor] = {}
    for m in reversed(history):
        post = posts and m.kind == "org" and m.sector == "GOV" and any(w in _ENVOY_POSTS for w in (m.name or "").lower().split()[-1:])
        if (m.kind == "person" or post) and m.country and m.country not in found and (bodies or m.country not in lex.international):
            found[m.country] = m
            if len(found) == n:
                break
    return list(reversed(found.values())) if len(found) == n else []


def _states_named_together(history: list[Actor], ctx: _Context, sentence_index: int, n: int) -> list[Actor]:
    """ "The three countries ...": the n states of this sentence so far, else
    the latest n states named as one coordinated list or one subject ("South
    Korea, Japan and the United States met ...", however far back: a long
    report opens with the ministers of the three), else the latest of the
    three sentences before that merely names exactly n ("The leaders of
    Japan, the United States and South Korea met. Relations between Japan
    and China have soured over Taiwan. The three countries agreed ..." is
    the list's three). A town where they met is no state of them."""
    loose: list[dict[str, Actor]] = []
    for back in range(sentence_index + 1):
        named = [m for m in history if m.sentence_index == sentence_index - back and _is_party(m, ctx.lex) and m.start not in ctx.venues]
        every: dict[str, Actor] = {}
        by_subject: dict[int, dict[str, Actor]] = {}
        for m in named:
            every[m.country] = m  # type: ignore[index]
            sid = _subject_id(m, ctx)
            if sid is not None:
                by_subject.setdefault(sid, {})[m.country] = m  # type: ignore[index]
        units = [*by_subject.values(), *_coordinated(named, ctx)]
        if back == 0:
            units.insert(0, every)
        elif len(every) == n and back < 4:
            loose.append(every)
        for unit in units:
            if len(unit) == n:
                if back > 0 and (main := _main_parties(history, ctx, sentence_index, n, unit)):
                    return main
                return [_party(m, c, ctx.lex) for c, m in unit.items()]
    for unit in loose[:1]:
        return [_party(m, c, ctx.lex) for c, m in unit.items()]
    return []


def _main_parties(history: list[Actor], ctx: _Context, sentence_index: int, n: int, unit: dict[str, Actor]) -> list[Actor]:
    """The n states a story keeps naming, when the list found for "the three
    countries" is of states named nowhere else ("a ceremony attended by the
    presidents of Kenya, Somalia and Djibouti", in a story of Ethiopia, Egypt
    and Sudan's quarrel over a dam): exactly n states named in two sentences or
    more, none of them the list's; else nothing."""
    told: dict[str, set[int]] = {}
    last: dict[str, Actor] = {}
    for m in history:
        if m.sentence_index is not None and m.sentence_index <= sentence_index and _is_party(m, ctx.lex) and m.start not in ctx.venues:
            told.setdefault(m.country, set()).add(m.sentence_index)  # type: ignore[arg-type]
            last[m.country] = m  # type: ignore[index]
    if any(len(told.get(c, ())) > 1 for c in unit):
        return []
    main = [c for c, sents in told.items() if len(sents) > 1]
    return [_party(last[c], c, ctx.lex) for c in main] if len(main) == n else []


_ALLY_WORDS = frozenset(("ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors"))


def _lemma_of(tok: Any) -> str:
    """The lower-case lemma of a parser token."""
    return str(tok.lemma_).lower()


def _coordinated(named: list[Actor], ctx: _Context) -> list[dict[str, Actor]]:
    """The states a sentence lists as one coordination ("a drill by the
    United States, South Korea and Japan"), each list as country -> mention."""
    if ctx.sdoc is None:
        return []
    lists: dict[int, dict[str, Actor]] = {}
    for m in named:
        if m.start is None or m.end is None:
            continue
        span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        # (and through the allies named in apposition: "Mali and its allies Niger and Burkina Faso")
        while (tok.dep_ == "conj" or (tok.dep_ == "appos" and _lemma_of(tok.head) in _ALLY_WORDS)) and tok.head.i != tok.i:
            tok = tok.head
        if tok.conjuncts:
            lists.setdefault(tok.i, {}).setdefault(m.country, m)  # type: ignore[arg-type]
        for t in span:
            if t.i != tok.i and t.dep_ != "conj" and t.conjuncts:
                # "The foreign ministers of Japan, the United States and South Korea": the
                # mention of the first state is the ministers', the list opens inside it
                lists.setdefault(t.i, {}).setdefault(m.country, m)  # type: ignore[arg-type]

    def whole(unit: dict[str, Actor]) -> bool:
        # (a list the parser split is no list of its own: "India, Brazil, China and Russia")
        lo, hi = min(m.start or 0 for m in unit.values()), max(m.end or 0 for m in unit.values())
        return not any(
            _LIST_JOIN.match(ctx.text[hi : x.start or 0]) or _LIST_JOIN.match(ctx.text[x.end or 0 : lo])
            for x in named if x.country not in unit and x.start is not None and x.end is not None
        )

    return [u for u in lists.values() if whole(u)]


def _allies_listed(history: list[Actor], ctx: _Context, sentence_index: int) -> list[Actor]:
    """ "the allies" after a list of three or more states, in its sentence
    or the one before ("condemned a drill by the United States, South Korea
    and Japan, a day after the allies launched it"): every state listed."""
    for back in range(2):
        named = [m for m in history if m.sentence_index == sentence_index - back and _is_party(m, ctx.lex) and m.start not in ctx.venues]
        units = [u for u in _coordinated(named, ctx) if len(u) >= 3]
        if units:
            return [_party(m, c, ctx.lex) for c, m in units[-1].items()]
    return []


# one person named by what he does, in a mention's words or right after them:
# "a British diplomat", "the U.N. humanitarian coordinator"
_ONE_PERSON = "(?:" + PERSON_ROLES + ")"
_ONE_PERSON_IN = re.compile(r"(?i)\b" + _ONE_PERSON + r"$")
# (a body named by one person's role, "a spokesman for the ministry", that "he"/"she" may be)
_ONE_PERSON_FIRST = re.compile(r"(?i)" + _ONE_PERSON + r"\b")
_ONE_PERSON_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?" + _ONE_PERSON + r"\b")


def _one_person(m: Actor, text: str) -> bool:
    """A person, or a state's or body's mention that names one of its people."""
    if m.kind == "person":
        return True
    if m.start is None or m.end is None:
        return False
    return bool(_ONE_PERSON_IN.search(text, m.start, m.end)) or bool(_ONE_PERSON_AFTER.match(text, m.end))


# pronouns that name one party, never a pair
_SINGLE_PRONOUNS = frozenset(("it", "its", "he", "she", "him", "her", "his", "itself"))


def _object_pronoun(what: str, phrase: str, recent: list[Actor], text: str = "") -> list[Actor]:
    """"him"/"her": the person named last (or the diplomat, the official:
    "expelled a British diplomat, accusing him of spying"); "them": the
    group, organisation or state named last; never the subject of the
    pronoun's own clause ("Biden praised him" is not Biden)."""
    first, last = (int(x) for x in phrase.split("@", 1)[1].split(":", 1))
    pool = [m for m in reversed(recent) if not (m.start is not None and first <= (m.end or 0) and m.start <= last)]
    if what == "objperson":
        people = [m for m in pool if _one_person(m, text)]
        # ("Salmon met Chung, and Chung asked her to ...": a listed woman for "her", never for "him")
        pronoun = phrase.split("@", 1)[0]
        if pronoun == "her" and any(m.name in _women() for m in people):
            people = [m for m in people if m.name in _women()]
        elif pronoun == "him":
            people = [m for m in people if m.name not in _women()]
        return people[:1]
    # "them": the pair a plural phrase just named ("invited both sides to a meeting in Brussels and
    # urged them to refrain": the town where they meet is no party)
    places = 0
    while places < len(pool) and pool[places].start is not None and text[max(0, (pool[places].start or 0) - 3) : pool[places].start] in ("in ", "at "):
        places += 1
    pair = pool[places : places + 2]
    if not phrase.startswith("it@") and len(pair) == 2 and all(
        m.kind == "country" and m.country and m.resolved_from and m.resolved_from.lower() not in _SINGLE_PRONOUNS and m.start == pair[0].start
        for m in pair
    ) and pair[0].country != pair[1].country:
        return pair[::-1]
    # "them": a group or organisation before a state (a city named in between is where, not whom)
    groups = next(([m] for m in pool if m.kind in ("group", "org") and m.sector), [])
    states = next(([m] for m in pool if m.kind == "country" and m.country and not m.resolved_from), [])
    if states and not phrase.startswith("it@") and text:
        # "Thailand and Cambodia agreed to a ceasefire. China urged them ...": states named together are "them"
        for m in pool[pool.index(states[0]) + 1 :]:
            after = states[-1]
            if m.start is None or m.end is None or after.start is None or m.end > after.start:
                break
            if text[m.end : after.start].strip() not in ("and", ",", "or", ", and"):
                break
            if m.kind == "country" and m.country and not m.resolved_from and m.country not in {x.country for x in states}:
                states.append(m)
        states.reverse()
    # "it": a state before a body ("Iran insists ..., while Israel and Western powers accuse it of
    # seeking a weapon" after a sentence about the UN Security Council)
    if phrase.startswith("it@") and groups and groups[0].kind == "org" and groups[0].country and (groups[0].start or 0) > last and (
        not states or (states[0].start or 0) < first
    ):
        # (but a body named after the clause's subject, before "it", and no state there: 'The
        # statement branded the G7 a "club of declining imperialists" and accused it of interfering')
        return groups
    return (states or groups) if phrase.startswith("it@") else (groups or states)


# a body a person heads, named by his name: "Chung's ministry", "Lavrov's office"
_PERSONS_BODY = re.compile(r"['\u2019]s\s+(?:ministry|office|department|government|administration|cabinet|agency)\b", re.IGNORECASE)


def _pronoun(phrase: str, recent: list[Actor], ctx: _Context, sentence_index: int) -> list[Actor]:
    """"they"/"it" as subject: the subject of this sentence so far or of the
    one or two before it, most recent first.

    "they" takes a whole coordinated or two-party subject ("Yoon and Biden",
    "the two leaders": one mention per party) or a single group, country or
    organisation, never one person; "it" takes a single non-person subject.
    Without such a subject, the most recent country, organisation or group.
    """
    phrase, _, mode = phrase.partition("/")
    if phrase == "it":
        # "The statement insisted ... It also accused the United States": the text told of in
        # the sentence before, which stands for its author
        texts = [
            m for m in recent if m.sentence_index in (sentence_index - 1, sentence_index) and m.resolved_from and m.kind != "person"
            and m.resolved_from.lower().split()[-1] in _TEXT_SUBJECTS and m.resolved_from.lower().split()[0] == "the"
            and m.start is not None and _SENTENCE_OPENING.search(ctx.text, max(0, m.start - 3), m.start)
        ]
        if texts:
            return texts[-1:]
    for back in range(3):
        idx = sentence_index - back
        subj = [m for m in recent if m.sentence_index == idx and _subject_id(m, ctx) is not None]
        if phrase == "it":
            # ("it" is never a crowd: "there were no detainees, only criminals ... It also accused")
            subj = [m for m in subj if not (m.kind == "group" and m.text.lower().endswith("s"))]
        if not subj:
            continue
        # the main clause's subject before one inside a reported clause
        # ("Leaders of the G7 said Israel has a right ... They called for ...")
        main = [m for m in subj if _subject_id(m, ctx) in ctx.main_subjects]
        told = [m for m in subj if m not in main]
        if mode == "act" and main and told and max(m.start or 0 for m in told) < min(m.start or 0 for m in main):
            # ... but not the reporter of a trailing attribution ("North Korea fired a
            # missile on Tuesday, the JCS said. ... when it test-fired"): what is told is the story
            subj = told
        else:
            subj = main or subj
        last = _subject_id(subj[-1], ctx)
        unit = [m for m in subj if _subject_id(m, ctx) == last]
        states = {m.country for m in unit if m.country}
        if phrase == "they" and len(unit) >= 2 and len(states) >= 2:
            seen: set[str] = set()
            group = []
            for m in unit:
                if m.country and m.country not in seen:
                    seen.add(m.country)
                    group.append(m)
            return group
        if phrase == "they" and len(unit) >= 2 and all(m.kind == "org" for m in unit):
            # "Leaders of the East African Community and SADC ... they asked": both bodies
            return list({m.name: m for m in unit}.values())
        if phrase == "they" and len(unit) == 1 and unit[0].kind == "person" and _met_there(unit[0], ctx):
            # "Rubio met Cho Hyun and Motegi on Saturday. In a joint statement, they condemned ...":
            # those who met, one per state
            met = list({m.country: m for m in reversed([m for m in recent if m.sentence_index == idx and m.kind == "person" and m.country])}.values())[::-1]
            if len(met) >= 2:
                return sorted(met, key=lambda m: m.start or 0)
        # (a body nobody placed is still the subject "it" stands for: "The Third
        # Committee adopted the resolution in New York, condemning what it called ...")
        if len(unit) == 1 and unit[0].kind != "person" and (unit[0].country or unit[0].sector or (phrase == "it" and unit[0].kind == "org")):
            return unit
        if phrase == "it" and len(states) == 1 and all(m.kind != "person" for m in unit):
            return unit[-1:]  # "South Korea's unification ministry criticised ... It urged": the body its state owns
        if phrase == "it" and len(unit) == 1 and unit[0].kind == "person" and _PERSONS_BODY.match(ctx.text, unit[0].end or 0):
            return unit  # "Chung's ministry said it regretted ... It urged Pyongyang": the minister's body, his state's
    pool = [m for m in recent if m.kind != "person"]
    for m in reversed(pool):
        if m.resolved_from and phrase == "they":
            return [x for x in recent if x.resolved_from == m.resolved_from and x.start == m.start]
        return [m]
    return []


_MEETING_VERBS = frozenset(("meet", "host", "receive", "hold", "talk"))


def _met_there(m: Actor, ctx: _Context) -> bool:
    """The main verb of the sentence ``m`` is in tells a meeting ("Rubio met Cho and Motegi")."""
    if ctx.sdoc is None or m.start is None or m.end is None:
        return False
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].sent.root.lemma_.lower() in _MEETING_VERBS


def _subject_id(m: Actor, ctx: _Context) -> int | None:
    """The subject a mention is part of (resolved mentions keep their phrase's start)."""
    return ctx.subjects.get(m.start if m.start is not None else -1)


def _main_subjects(doc: Document) -> frozenset[int]:
    """Token indexes of the subjects of the sentences' main verbs."""
    sdoc = doc.spacy
    if sdoc is None:
        return frozenset()
    return frozenset(c.i for sent in sdoc.sents for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass"))


# the start of a sentence (a phrase opening it)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"\u201d]?\s+|\n)\Z")
# texts a body issues, named with the body: "The MSMT report", "the KCNA commentary"
_TEXT_SUBJECTS = frozenset(("report", "statement", "commentary", "communique", "communiqué", "declaration", "resolution", "assessment", "study"))
_MEMBER_NOUNS = frozenset(("leader", "head", "minister", "official", "member", "representative", "envoy", "delegation", "delegate", "chief"))
# a part of a body that speaks for it: "the General Staff of the Korean People's Army"
_BODY_PART_NOUNS = frozenset(("staff", "command", "committee", "department", "bureau", "headquarters", "secretariat", "commission", "council", "office", "wing"))


def _subject_groups(doc: Document, mentions: list[Actor]) -> dict[int, int]:
    """Start offset of each mention (and two-party phrase) that holds a subject
    token -> the subject's token index; coordinated subjects ("Seoul and
    Washington said") share the index of the first."""
    sdoc = doc.spacy
    if sdoc is None:
        return {}
    subj: list[tuple[int, int]] = []
    # offsets of the words of mentions given a state
    placed = {i for m in mentions if m.country and m.start is not None and m.end is not None for i in range(m.start, m.end)}
    # dependency labels as one array: only subject tokens become Python objects
    deps = sdoc.to_array("DEP")
    wanted = {sdoc.vocab.strings["nsubj"], sdoc.vocab.strings["nsubjpass"]}
    agent = sdoc.vocab.strings["agent"]
    for i, dep in enumerate(deps.tolist()):
        if dep == agent:
            # "the third round of sanctions imposed by the two allies. In August, they ...":
            # who a passive names as its doer (a sentence's main subject still comes first)
            for p in sdoc[i].children:
                if p.dep_ == "pobj":
                    subj.append((p.idx, p.i))
                    subj.extend((c.idx, p.i) for c in p.conjuncts if c.pos_ in ("PROPN", "NOUN"))
            continue
        if dep in wanted:
            t = sdoc[i]
            # ("The foreign ministers of Japan, the United States and South Korea agreed": the
            # parser may split one listed subject into two of one verb; they are one)
            first = next((c for c in t.head.children if c.dep_ == t.dep_ and c.i < t.i and sdoc[t.left_edge.i - 1].text == ","), None) if t.left_edge.i > 0 else None
            sid = first.i if first is not None else t.i
            subj.append((t.idx, sid))
            subj.extend((c.idx, sid) for c in t.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON"))
            # a list parsed as apposition: "Mali, Burkina Faso and Niger announced ..."
            subj.extend((x.idx, sid) for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and t.pos_ == "PROPN" and c.conjuncts for x in (c, *c.conjuncts))
            # "The head of the Russian delegation, presidential aide Vladimir Medinsky, said ... He
            # accused": the person named in apposition is the subject
            # (a placed one: not "Pakistan's military media wing, Inter-Services Public Relations (ISPR)")
            subj.extend((c.idx, sid) for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.conjuncts and c.idx in placed)
            # "NATO's peacekeeping force ... said it had deployed": the possessor names the subject
            subj.extend((c.idx, sid) for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN")
            if t.lemma_.lower() in _TEXT_SUBJECTS:
                # "The MSMT report accused North Korea ... It also accused": the body whose text it is
                # (an acronym the tagger took for an adjective: "The MSMT report")
                subj.extend((c.idx, sid) for c in t.children if c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.is_upper))
            if t.lemma_ in _MEMBER_NOUNS:
                # "NATO leaders adopted a communique. It condemned ...": the body that names them
                subj.extend((c.idx, sid) for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN")
            if t.lemma_.lower() in _MEMBER_NOUNS | _BODY_PART_NOUNS:
                # "Leaders of the Group of Seven said ...": the body is the subject
                # ("The General Staff of the Korean People's Army accused ... It warned": the army's)
                # (all of them: "The foreign ministers of South Korea, Japan and the United States")
                subj.extend((x.idx, sid) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts))
    subj.sort()
    idxs = [x for x, _ in subj]
    spans = [(m.start or 0, m.end or 0) for m in mentions]
    for sent in doc.sentences:
        for s, e, _k, _p in _phrases_text(sent):
            spans.append((s, e))
    out: dict[int, int] = {}
    for s, e in spans:
        i = bisect.bisect_left(idxs, s)
        if i < len(idxs) and idxs[i] < e:
            out[s] = subj[i][1]
    return out


def _is_party(m: Actor, lex: Lexicon) -> bool:
    """A mention that names a state (a country, or a person/organisation of
    one), not a reporter or outlet ("an AFP correspondent said")."""
    return bool(m.country) and m.country not in lex.international and not m.resolved_from and m.sector not in ("JRN", "MED")


def _party(m: Actor | None, code: str, lex: Lexicon) -> Actor:
    if m is not None:
        return replace(m, name=lex.country_names.get(code, m.name), sector=None, kind="country", title=None, organization=None)
    return Actor(text="", name=lex.country_names.get(code, code), country=code, kind="country")


def _same_head(phrase: str, history: list[Actor], sentence_index: int, reach: int, text: str = "", count: str = "") -> list[Actor]:
    """The latest mention of the sentence or the ``reach`` before whose words
    end in the noun ``phrase`` (with ``count``: only one counted so, "three
    North Korean officials")."""
    for m in reversed(history):
        if (m.sentence_index or 0) < sentence_index - reach:
            break
        words = m.text.lower().split()
        if count and count not in words and count not in text[max(0, (m.start or 0) - 8) : m.start or 0].lower().split():
            continue
        # (or the bare role a body's name gave its country: "a ministry official said ... the official said")
        # (or one this rule gave its state before: "Seoul sanctioned three North Korean officials ...
        # The three officials ... Japan froze the assets of the three officials")
        chained = words[0] == "the" and m.resolved_from is not None and m.resolved_from.lower().startswith("the ")
        if m.country and m.kind != "person" and ((len(words) > 1 or not m.resolved_from) and words[0] != "the" or chained) and (
            words[-1] in (phrase, phrase + "s")
            # ("expelled an official of Pakistan's High Commission ... The official was declared ...")
            or (len(words) > 2 and words[0] in (phrase, phrase + "s") and words[1] == "of")
        ):
            return [m]
    return []


def _definite(word: str, history: list[Actor], focus: str | None, lex: Lexicon, sentence_index: int | None = None, text: str = "") -> list[Actor]:
    if word.split()[-1] in ("group", "movement", "militia"):
        # "the militant group": the armed group or movement named last
        for m in reversed(history):
            if m.kind in ("org", "group") and m.sector in ("REB", "INS") and not m.resolved_from:
                return [m]
        return []
    if word.replace(" ", "-") == "secretary-general":
        # "the secretary-general strongly condemns the launch": the person so
        # titled named before, else the UN's in a story that names the UN
        for m in reversed(history):
            if m.kind == "person" and m.title and "secretary" in m.title.lower() and "general" in m.title.lower():
                return [m]
        un = next((m for m in reversed(history) if m.country == "UNO"), None)
        return [replace(un, name="UN Secretary-General", kind="person", sector="IGO", title="Secretary-General")] if un is not None else []
    if word in ("city", "capital"):
        # "arrived in the city": the town named last (a place that is no country's name)
        for m in reversed(history):
            if m.kind == "country" and m.country and not m.resolved_from and m.name != lex.country_names.get(m.country) and m.country not in lex.international:
                return [m]
        return []
    if word == "bloc":
        # "the bloc would propose new measures": the union or alliance named last
        for m in reversed(history):
            if m.country in lex.international and m.kind in ("org", "group") and m.sector in ("IGO", "GOV", "MIL") and not m.resolved_from:
                return [m]
        for m in reversed(history):
            if m.country in lex.international and m.kind == "person" and m.sector in ("IGO", "GOV", "MIL") and m.organization:
                # "The European Union's foreign policy chief, Kaja Kallas, said the bloc ...": her union
                return [Actor(text="", name=m.organization, country=m.country, sector="IGO", kind="org")]
        return []
    if word in ("court", "tribunal", "judges", "council", "committee", "commission"):
        # "the court": the court named last ("the African Court on Human and Peoples' Rights ... the court");
        # "the judges": its bench ("The International Court of Justice ruled ... thanked the judges");
        # "the council": the council named last ("The U.N. Security Council voted ... thanked the council")
        benches = ("court", "tribunal") if word == "judges" else (word,)
        for m in reversed(history):
            if m.kind == "org" and any(b in f"{m.name} {m.text}".lower() for b in benches) and not m.resolved_from and m.name.lower() != word:
                return [m]
        return []
    if word in ("commentary", "editorial", "dispatch"):
        # "KCNA mocked the report. The commentary accused ...": the state medium named before
        for m in reversed(history):
            if m.kind == "org" and m.sector in ("JRN", "MED") and m.country and not m.resolved_from:
                return [m]
        return []
    if word in ("ministry", "department", "agency", "office"):
        for m in reversed(history):
            # "the agency": a news or intelligence agency named before (KCNA, the NIS)
            # ("the office": the presidential or prime minister's office named before)
            if m.sector in ("JRN", "MED") and m.start is not None and _TOLD_TO.search(text, max(0, m.start - 12), m.start):
                continue  # "A source in Ukraine's SBU told Reuters the agency was behind the attack": the agency told is not the one told of
            if m.kind == "org" and (word in m.name.lower() or word in m.text.lower() or (word == "agency" and m.sector in ("JRN", "SPY"))):
                return [m]
        if word in ("agency", "office"):
            return []
        minister = None if word != "ministry" else next(
            (m for m in reversed(history) if m.sentence_index == sentence_index and m.kind == "person" and m.title and "minister" in m.title.lower()), None
        )
        if minister is not None and minister.country and minister.country not in lex.international:
            # "Defense Minister Ahn Gyu-back told lawmakers that the ministry would propose talks": his
            return [Actor(text="", name=lex.country_names.get(minister.country, minister.country), country=minister.country, sector=minister.sector or "GOV", kind="org")]
    elif word == "government":
        # (a town where the official speaks is no party: "Kihara told reporters in Tokyo that the government had lodged a protest")
        # (nor the press it speaks to: "told reporters")
        # (nor whose words it judges: "The Unification Ministry expressed regret over Kim's remarks,
        # but said the government would ...")
        said = [
            m for m in history
            if not (m.start is not None and text[max(0, m.start - 3) : m.start] in ("in ", "at ")) and m.sector not in ("JRN", "MED")
            and not (m.end is not None and text[m.end : m.end + 2] in ("'s", "\u2019s"))
        ]
        speaker = said[-1] if said else None
        if speaker is not None and speaker.sentence_index == sentence_index and speaker.kind in ("person", "org") and speaker.sector == "GOV" and speaker.country and speaker.country not in lex.international:
            # "Dutch Foreign Minister David van Weel said the government had summoned the Russian
            # ambassador": the government of the official (or the ministry) who speaks of it
            return [Actor(text="", name=lex.country_names.get(speaker.country, speaker.country), country=speaker.country, sector="GOV", kind="org")]
        # a sentence set in a town of another state: "In Yerevan, opposition supporters rallied
        # outside the government building" in an Abu Dhabi story is Armenia's
        scene = next((
            m for m in history
            if m.sentence_index == sentence_index and m.kind == "country" and m.country and m.country not in lex.international
            and m.name != lex.country_names.get(m.country) and m.start is not None and _SCENE_OPENING.search(text, max(0, m.start - 6), m.start)
        ), None)
        if scene is not None and scene.country != focus:
            return [Actor(text="", name=lex.country_names.get(scene.country, scene.country), country=scene.country, sector="GOV", kind="org")]  # type: ignore[arg-type]
        # a government named as such in this sentence or the one before; else
        # the story's home (in a Tbilisi story "the government" is Georgia's,
        # not the State Department named last); with no home, the government
        # or state body named last
        govs = [m for m in history if m.kind == "org" and m.sector == "GOV" and m.country and m.country not in lex.international]
        named = [m for m in govs if any(w in f"{m.name} {m.text}".lower() for w in ("government", "cabinet", "administration", "regime", "junta"))]
        latest = max((m.sentence_index or 0 for m in history), default=0)
        recent = [m for m in named if (m.sentence_index or 0) >= latest - 1]
        if recent or (focus is None and (named or govs)):
            return (recent or named or govs)[-1:]
    else:
        key = word.split()[-1]
        for m in reversed(history):
            if m.kind == "person" and m.title and key in m.title.lower():
                return [m]
    if focus is None:
        return []
    sector = "GOV" if word != "ministry" else None
    return [Actor(text="", name=lex.country_names.get(focus, focus), country=focus, sector=sector, kind="org" if sector else "country")]


# a sentence that opens with where it is set: "In Yerevan, ..."
_SCENE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)In\s+\Z")


def _army_and_its_rebels(text: str, mentions: list[Actor]) -> str | None:
    """The state whose army and an armed group of its own a story opens with as
    the two sides ("a ceasefire agreed by Sudan's army and the paramilitary Rapid
    Support Forces"): a war of one state's camps, told in its first three sentences."""
    early = sorted((m for m in mentions if m.start is not None and (m.sentence_index or 0) <= 3), key=lambda m: m.start or 0)
    end = max(((m.end or 0) for m in early), default=0)
    for at in _ARMY_AND.finditer(text, 0, end):
        state = next((m.country for m in early if m.country and (m.start or 0) <= at.start() < (m.end or 0)), None)
        if state and any(o.country == state and o.sector in ("REB", "INS") and at.end() <= (o.start or 0) <= at.end() + 40 for o in early):
            return state
    return None


_ARMY_AND = re.compile(r"\b\w+['\u2019]s\s+(?:army|military|armed\s+forces|government|junta)\s+and\s+", re.IGNORECASE)
# "Libya's rival governments", "Yemen's two rival administrations": one state's camps
_RIVAL_CAMPS = re.compile(r"['\u2019]s\s+(?:two\s+)?rival\s+(?:governments|administrations|factions|camps|authorities|parliaments|legislatures|leaders|militias|forces)\b", re.IGNORECASE)


def _count_pairs(text: str, ms: list[Actor], score: Counter, seen: dict, idx: int) -> None:  # type: ignore[type-arg]
    codes = []
    for m in ms:
        if m.country and m.country not in codes:
            codes.append(m.country)
    for a, b in combinations(codes, 2):
        key = tuple(sorted((a, b)))
        score[key] += 1
        seen[key] = idx
    for m1, m2 in zip(ms, ms[1:], strict=False):
        if m1.country and m2.country and m1.country != m2.country and _JOINERS.match(text[m1.end : m2.start]):
            score[tuple(sorted((m1.country, m2.country)))] += 2


def _main_pair(score: Counter, seen: dict, focus: str | None) -> tuple[str, str] | None:  # type: ignore[type-arg]
    if not score:
        return None
    return max(score, key=lambda k: (score[k], focus in k, seen.get(k, -1)))

"""Recodings and filters that look beyond the trigger: accidents are no
attacks, protesters' demands are protests, aimed launches are attacks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..actors.unknown import WEAPON_NOUNS
from ..records import Actor
from .arguments import TEXT_NOUNS, subject_tokens
from .lexicon import Lexicon
from .roles import Coded
from .triggers import (
    ALLEGATION_NOUNS,
    REPORT_NOUNS,
    Token,
    claimed_new,
    is_passive,
    lemma,
    speakers_conjunct,
    stray_conjunct,
)

_HARM = {"kill", "injure", "wound", "hurt", "die"}
_PROTEST_VERBS = {"march", "rally", "demonstrate", "protest", "picket", "gather", "strike", "riot", "assemble", "chant", "parade"}
_CLASH = {"clash", "fight", "battle", "riot", "skirmish", "confront", "scuffle", "confrontation"}
# animals fight and kill, but are no actors (not in non_agents: "bear" is a verb too;
# matched on the raw lemma: the verb fixes make a "stag" a "stage")
_ANIMALS = frozenset(("animal", "stag", "deer", "elephant", "wolf", "shark", "lion", "tiger", "crocodile", "leopard", "snake", "cattle", "bull", "boar", "monkey"))
_HIT = {"target", "hit", "strike", "destroy", "kill", "slam", "damage", "wound", "injure", "sink", "down"}


# who crosses a border without being a show of force: people fleeing or adrift
_CROSSERS = frozenset(("man", "woman", "civilian", "fisherman", "defector", "refugee", "migrant", "family", "people", "person", "resident",
                       "tourist", "farmer", "escapee", "asylum", "seeker", "child", "worker", "trader", "smuggler", "national"))


def _quantifier(tok: Token) -> bool:
    """"a wave of riots", "a series of blasts": the noun counts what follows."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def non_agent(k: Coded, span: Any, lex: Lexicon, doc_cues: DocCues) -> bool:
    """Deaths caused by accidents and disasters are no ASSAULT, and fires
    "threatening towns" no THREATEN: the subject is no actor, or nobody did
    the harm and the sentence names an accident. Also no events: a state of
    emergency declared over a disaster (no coercion of anybody), and a
    passive "ask" verb with nothing asked ("firefighters were called to the
    scene")."""
    if k.cand.entry.role == "ask" and k.cand.via == "verb" and is_passive(k.pred):
        # (but "The open meeting was requested by the U.S., Britain and France": a thing asked for, and who asked)
        requested = lemma(k.pred) in ("request", "demand", "seek") and any(c.dep_ == "agent" for c in k.pred.children)
        if not any(c.dep_ in ("xcomp", "ccomp") for c in k.pred.children) and not requested:
            return True
    non = lex.grammar.non_agents
    attack = doc_cues.attack or any(lemma(t) in lex.grammar.attack_cues for t in span)
    if k.type == "COERCE" and not attack and any(lemma(t) == "emergency" for t in k.pred.subtree) and not any(lemma(t) == "martial" for t in k.pred.subtree):
        # ("a wave of prison riots" is no natural wave; "troops stormed" no storm;
        # "emergency martial law" is no disaster)
        return doc_cues.accident or any(lemma(t) in non and t.pos_ in ("NOUN", "PROPN") and not _quantifier(t) for t in span)
    if k.type == "ASSAULT" and any(t.lemma_.lower() in _ANIMALS for t in (*subject_tokens(k.pred), *(c for c in k.cand.head.children if c.dep_ == "compound"))):
        return True  # "a shark attacked a swimmer", "red deer stags battle for mating rights"
    if k.type == "MOBILIZE" and k.cand.via == "verb" and lemma(k.cand.head) == "cross":
        # "three North Korean men crossed the maritime border in a wooden boat": defectors, no troops
        subj = subject_tokens(k.pred)
        return bool(subj) and all(lemma(s) in _CROSSERS for s in subj)
    if k.type not in ("ASSAULT", "THREATEN") or k.cand.via != "verb":
        return False
    head = k.cand.head
    subj = subject_tokens(k.pred)
    if lemma(head) == "explode" and any(lemma(s) in WEAPON_NOUNS for s in subj) and not {lemma(t) for t in span} & _HARM:
        # "the rocket exploded shortly after liftoff": a failed launch, nobody attacked
        return True
    if attack:
        return False
    for s in subj:
        if lemma(s) in non or any(lemma(c) in non for c in s.children if c.dep_ == "compound"):
            return True
    # "an area hit by an earthquake": the passive's agent is no actor;
    # "in earthquake hit areas" (often parsed with another subject): the
    # disaster noun right before the verb is its agent
    if any(p.dep_ == "pobj" and lemma(p) in non for a in head.children if a.dep_ == "agent" for p in a.children):
        return True
    if head.i > 0 and lemma(head.doc[head.i - 1]) in non:
        return True
    # "two others (were) injured": a bare participle of harm has its victim as subject
    reduced = head.tag_ == "VBN" and not any(c.dep_ == "aux" and lemma(c) == "have" for c in head.children)
    if (not subj or reduced) and lemma(head) in _HARM:
        lemmas = {lemma(t) for t in span}
        return doc_cues.accident or bool(lemmas & non) or "explode" in lemmas
    return False


@dataclass
class DocCues:
    """Document-wide hints for the accident filter: a later sentence ("Four
    people were injured") belongs to the accident the lead describes."""

    accident: bool = False
    attack: bool = False
    # a crime story: crime words and not one political cue in the whole text
    crime: bool = False


def doc_cues(sdoc: Any, lex: Lexicon) -> DocCues:
    # plain attributes, not lemma(): this runs over every token of the document
    # (and the words as written: "trafficking" has the lemma "traffic")
    lemmas = {t.lemma_.lower() for t in sdoc} | {t.lower_ for t in sdoc}
    g = lex.grammar
    political = lemmas & g.political_cues
    if political and political <= _PRESS:
        # "told reporters": the press as audience makes no story political
        political = {t.lemma_.lower() for t in sdoc if t.lemma_.lower() in _PRESS and not _audience(t, g.reporting_verbs)}
    disasters = lemmas & g.non_agents  # once: this runs over every token
    return DocCues(
        accident=bool(disasters) and any(not _quantifier(t) for t in sdoc if t.lemma_.lower() in disasters) or "explode" in lemmas,
        attack=bool(lemmas & g.attack_cues),
        crime=bool(lemmas & g.crime_cues) and not political,
    )


_PRESS = frozenset(("reporter", "journalist"))


def _across_borders(parties: list[Any]) -> bool:
    """The subject and the other party are named with different states ("the
    U.S. Justice Department charged four North Korean IT workers"): a
    state's case against another's nationals is politics, not ordinary crime."""
    from ..actors import get_lexicon

    lex = get_lexicon()

    def named(toks: list[Any]) -> set[str]:
        spans = [p.doc[p.left_edge.i : p.right_edge.i + 1].text for p in toks]
        return {h.entry.country for s in spans for h in lex.scan(s) if h.entry.country and h.entry.kind == "country"}

    subj = named([p for p in parties if p.dep_ in ("nsubj", "nsubjpass")])
    other = named([p for p in parties if p.dep_ not in ("nsubj", "nsubjpass")])
    return bool(subj and other and not subj & other)


def _audience(tok: Token, reporting: frozenset[str]) -> bool:
    """ "told reporters", "said to journalists": the press as the audience."""
    head = tok.head.head if tok.head.lower_ == "to" else tok.head
    return lemma(head) in reporting


def _clause_of(noun: Token) -> Token:
    """The clause a clash noun reports: "clashes broke out between police and
    demonstrators" names the parties under the verb, not under the noun."""
    return noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else noun


# "fired at a lofted angle", "could test at any time", "fired at sea": "at"
# with these nouns says how, when or where, not at whom
_NOT_AIM = frozenset(
    "angle altitude speed range distance height trajectory time night dawn noon midnight hour moment "
    "point rate level pace interval sea waters".split()
)
# a firing into the sea or as part of a drill is a show of force, not an attack
_DRILL_WORDS = frozenset(("drill", "exercise", "training", "maneuver", "manoeuvre", "wargame"))
_SEA_WORDS = frozenset(("sea", "water", "waters", "ocean", "zone"))  # ("into the maritime buffer zone")
_DIRECTIONS = frozenset(("over", "near", "off", "across"))
# sea borders the lexicon names as a state's (crossing one is an intrusion on it)
SEA_BORDERS = frozenset(("Northern Limit Line",))


def _firing_drill(k: Coded, tgts: list[Actor]) -> bool:
    """ "fired artillery rounds into the sea as part of a live-fire drill":
    heavy weapons fired at nobody."""
    pred = k.pred
    # (a sea border the shells fall beside is no target: "into waters south of the NLL")
    # (nor a place named as the point the waters lie off: "into the buffer zone north of Yeonpyeong Island")
    aimed = [t for t in tgts if not bearing_only(t, pred.doc.text)]
    if k.type != "ASSAULT" or k.cameo != "194" or lemma(pred) != "fire" or any(t.country and t.name not in SEA_BORDERS for t in aimed):
        return False
    if any(
        c.dep_ == "prep" and lemma(c) in ("at", "on", "against") and any(p.dep_ == "pobj" and p.ent_type_ not in ("TIME", "DATE") and lemma(p) not in _NOT_AIM for p in c.children)
        for c in pred.children
    ):
        return False  # "fired artillery at the village" (not "on Friday")
    # (the parser may hang "into the sea" on the object: "fired 10 artillery rounds into the sea")
    # (or on where they fell: "were fired from Jangsan Cape and fell into the buffer zone")
    hosts = [pred, *(o for o in pred.children if o.dep_ in ("dobj", "obj") or (o.dep_ == "conj" and lemma(o) in ("fall", "land", "splash")))]
    into_sea = any(c.dep_ == "prep" and lemma(c) in ("into", "in", "toward", "towards", "near") and any(lemma(p) in _SEA_WORDS for p in c.subtree) for h in hosts for c in h.children)
    drill = any(lemma(t) in _DRILL_WORDS or t.lower_ == "live-fire" for t in pred.subtree)
    harm = any(lemma(t) in _HARM for t in pred.sent)
    # (or told by where the shells fell against a sea border: "fired about 40 artillery rounds from
    # coastal positions, though none of the shells landed south of the Northern Limit Line")
    sea_border = _SEA_BORDER_TOLD.search(pred.sent.text) is not None
    return (into_sea or drill or sea_border) and not harm


def bearing_only(t: Actor, text: str) -> bool:
    """A place named only as the point waters lie off ("into the buffer zone north of Yeonpyeong Island")."""
    return t.start is not None and _BEARING_OF.search(text, max(0, t.start - 24), t.start) is not None


def at_sea_off(t: Actor, text: str) -> bool:
    """A place named only as the point a distance at sea is measured from ("was struck about
    60 nautical miles southwest of the port of Hodeidah"): where it happened, no party."""
    return t.start is not None and _DISTANCE_OFF.search(text, max(0, t.start - 60), t.start) is not None


_DISTANCE_OFF = re.compile(
    r"\b(?:miles|kilometers|kilometres|km|nautical\s+miles|nm)\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|off)\s+"
    r"(?:the\s+)?(?:(?:port|coast|city|town|island)\s+(?:of\s+)?)?\Z",
    re.IGNORECASE,
)
_BEARING_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|off|near)\s+(?:of\s+)?(?:the\s+)?\Z", re.IGNORECASE)
_SEA_BORDER_TOLD = re.compile(r"\b(?:NLL|Northern Limit Line|maritime (?:border|boundary)|(?:maritime|naval) buffer zone)\b")


_CLAIMS = ALLEGATION_NOUNS | REPORT_NOUNS
_REBUTTING = frozenset(("deny", "reject", "dismiss", "refute", "rebuff", "rebut", "counter", "brush"))
_ADVISERS = frozenset(("instructor", "adviser", "advisor", "trainer"))


def recode(k: Coded, srcs_toks: list[Token], tgts: list[Actor], lex: Lexicon) -> None:
    """Recodings that depend on the arguments:
    * troops that travel deploy (MOBILIZE; peacekeepers: AID);
    * verbal acts of protesters ("protesters demanded reforms") are PROTEST,
      their fights with police riots;
    * a missile launched at somebody is an attack, not a show of force;
    * regret over another party's act is criticism, not an apology."""
    protesters = lex.grammar.protester_nouns
    # (not "Israel strikes Gaza as Hamas accuses Israel": a strike with an object is no walkout)
    marching = k.pred.dep_ == "advcl" and lemma(k.pred.head) in _PROTEST_VERBS and not any(c.dep_ in ("dobj", "obj") for c in k.pred.head.children)
    # "groups of youths", "hundreds of protesters": the of-object names who acts
    srcs_toks = srcs_toks + [p for s in srcs_toks for c in s.children if c.dep_ == "prep" and lemma(c) == "of" for p in c.children if p.dep_ == "pobj"]
    if marching and k.type in ("REQUEST", "ACCUSE", "REJECT"):
        # "thousands marched demanding ...": the demand is how they protest
        k.type, k.cameo, k.mode, k.context = "PROTEST", "141", "demo", None
    elif any(lemma(s) in protesters for s in srcs_toks):
        if k.type in ("REQUEST", "ACCUSE", "REJECT", "CONCEDE", "THREATEN"):
            k.type, k.cameo, k.mode, k.context = "PROTEST", "141", "demo", None
        elif k.type == "ASSAULT":
            # violence by protesters is a riot
            k.type, k.cameo, k.mode, k.context = "PROTEST", "145", "riot", None
    elif k.type == "ASSAULT" and lemma(k.cand.head) in _CLASH and any(lemma(t) in protesters for t in _clause_of(k.cand.head).subtree):
        # "clashes between police and demonstrators"
        k.type, k.cameo, k.mode, k.context = "PROTEST", "145", "riot", None
    if k.type == "COERCE" and lemma(k.cand.head) == "raid" and any(lemma(s) in _WARPLANES for s in srcs_toks):
        # "Four British Typhoon jets joined the overnight raids on Hodeidah": air raids
        k.type, k.cameo, k.mode, k.context = "ASSAULT", "195", "heavy-weapons", "military"
    # ("a group of lawmakers": the of-object says who travels, not "group")
    movers = [s for s in srcs_toks if not any(c.dep_ == "prep" and lemma(c) == "of" for c in s.children)]
    if k.type == "CONSULT" and k.cameo == "042" and any(lemma(s) in lex.grammar.troop_nouns for s in movers):
        # "peacekeeping troops arrived in Bosnia": a deployment, not a visit
        peace = any(lemma(t).startswith("peacekeep") for s in srcs_toks for t in s.subtree)
        if peace:
            k.type, k.cameo, k.mode, k.context = "AID", "074", None, "peacekeeping"
        elif any(lemma(s) in _ADVISERS for s in srcs_toks):
            # "Russian military instructors arrived in Niamey": military aid
            k.type, k.cameo, k.mode, k.context = "AID", "072", None, "military"
        else:
            k.type, k.cameo, k.mode, k.context = "MOBILIZE", "154", "troops", "military"
    if k.cameo == "055" and lemma(k.cand.head) == "regret":
        # "expressed regret over the North's decision": regret at another
        # party's act is criticism, not an apology ("regret for the incident")
        # (or regret that another did something: "expressed regret that Pyongyang had chosen provocation")
        heads = (k.cand.head, k.pred)
        if (any(t.country for t in tgts) and any(c.dep_ == "prep" and lemma(c) in ("over", "at", "about", "with") for c in k.cand.head.children)) or any(
            c.dep_ in ("ccomp", "acl", "relcl") and any(m.lower_ == "that" for m in c.children) and any(x.dep_ == "nsubj" and x.pos_ == "PROPN" for x in c.children)
            for h in heads for c in h.children
        ):
            k.type, k.cameo, k.mode, k.context = "ACCUSE", "111", None, "diplomatic"
    if k.type == "ASSAULT" and any(lemma(s) == "hacker" for s in srcs_toks):
        # "hackers attacked the ministry": a cyberattack
        k.type, k.cameo, k.mode, k.context = "COERCE", "170", "cyber", "cyber"
    if _firing_drill(k, tgts):
        k.type, k.cameo, k.mode, k.context = "MOBILIZE", "150", "weapons", "military"
    if k.type == "MOBILIZE" and k.mode == "weapons":
        # "into the sea" is not aimed at anybody; "at/against X" is
        pred = k.pred
        # (never a time: "fired at around 6 a.m.")
        # (the parser may hang "at vessels" on the last weapon of a list)
        preps = list(pred.children) + [t for o in pred.children if o.dep_ in ("dobj", "obj") for t in o.subtree]
        aimed = any(
            c.dep_ == "prep"
            and lemma(c) in ("at", "against")
            and any(p.dep_ == "pobj" and p.ent_type_ not in ("TIME", "DATE") and not p.like_num and lemma(p) not in _NOT_AIM for p in c.children)
            for c in preps
        )
        # "launched missiles targeting X", "launched missiles and destroyed X",
        # "the missile fired by X hit Y"
        near = list(pred.children) + [c for o in pred.children for c in o.children]
        aimed = aimed or any(c.dep_ in ("acl", "advcl", "conj", "xcomp") and lemma(c) in _HIT for c in near)
        aimed = aimed or (pred.dep_ == "acl" and pred.head.dep_ in ("nsubj", "nsubjpass") and lemma(pred.head.head) in _HIT)
        # "fired a missile over Japan", "off its coast": a flight path is a
        # show of force; "at", "into" or "toward" a state is an attack
        # (where a missile landed is no target either: "landed inside Japan's EEZ")
        directional = any(c.dep_ == "prep" and lemma(c) in _DIRECTIONS for c in near) or lemma(pred) == "land"
        if (any(t.country and t.name not in SEA_BORDERS and not bearing_only(t, pred.doc.text) for t in tgts) and not directional) or aimed:
            k.type, k.cameo, k.mode, k.context = "ASSAULT", "195", "heavy-weapons", "military"


_WARPLANES = frozenset(("jet", "warplane", "aircraft", "plane", "bomber", "fighter", "drone", "helicopter", "gunship"))
_VOTES = frozenset(("election", "vote", "poll", "polls", "ballot", "runoff", "run-off", "primary", "referendum"))
_SCORE = re.compile(r"^\d{1,3}[-–:]\d{1,3}$")
_SPLIT_SCORE = re.compile(r"(?<![\d,.])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d,.%])")  # "beat Arsenal 2-1" (tokenized 2 | - | 1)


def _contest(k: Coded, span: Any, g: Any) -> bool:
    """A match or a market move in the words of an attack: "South Korea
    beat Japan 3-1 in the Asian Cup", "shares hit a record high"."""
    head = k.cand.head
    if head.pos_ not in ("VERB", "AUX") or lemma(head) not in g.contest_verbs:
        return False
    if any(c.dep_ in ("dobj", "attr", "npadvmod") and lemma(c) in g.level_nouns for c in head.children):
        return True  # "hit a two-month high"
    if any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in g.market_cues for c in head.children):
        return True  # "oil prices hit ...", "shares sank"
    if any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(lemma(o) in _VOTES for o in p.children) for p in head.children):
        return True  # "after defeating Yahya Jammeh in a 2016 election": beaten at the polls
    words = {lemma(t) for t in span} | {t.lower_ for t in span}
    if words & g.attack_cues or any(lemma(c) in g.protester_nouns | g.troop_nouns for c in head.children if c.dep_ in ("nsubj", "dobj")):
        return False
    return bool(words & g.sport_cues) or any(_SCORE.match(t.text) for t in span) or _SPLIT_SCORE.search(span.text) is not None


# what a treaty (or a law) binds its parties to: "a treaty obliging each side to provide assistance"
_BINDING = frozenset(("oblige", "obligate", "require", "commit", "bind", "compel"))
_TEXTS = TEXT_NOUNS | {"law"}
# what a text forbids or lets its parties do is no act either
_BARRING = frozenset(("bar", "forbid", "prohibit", "ban", "allow", "permit"))
_TEXT_TERMS = _BINDING | _BARRING


def _terms_of_a_text(pred: Token) -> bool:
    """ "signed a treaty obliging each side to provide military assistance",
    "a pact that commits both sides to defend each other", "the treaty bars
    either from deploying ...": what a text binds its parties to do is no act
    (the parser may hang the infinitive on the signing verb: the binding
    verb's object must then end right before "to")."""
    for v in pred.ancestors:
        # "The treaty commits both sides to recognise ... and bars either from deploying ...": a text's terms
        if v.i < pred.i and lemma(v) in _TEXT_TERMS and any(s.dep_ == "nsubj" and lemma(s) in _TEXTS for s in v.children):
            return True
    if pred.i < 2 or pred.doc[pred.i - 1].lower_ != "to":
        return False
    for v in pred.sent:
        if lemma(v) in _BINDING and v.dep_ in ("acl", "relcl") and lemma(v.head) in _TEXTS and v.i < pred.i:
            if pred.head.i == v.i or any(o.dep_ in ("dobj", "obj") and o.right_edge.i == pred.i - 2 for o in v.children):
                return True
    return False


# verbs of working with partners, whose "to"-clause is their aim
_WORKING_TOGETHER = frozenset(("work", "cooperate", "co-operate", "coordinate", "collaborate", "team", "partner", "join"))
# words whose "for" tells what somebody is punished for, or blamed for
_PUNISHING = frozenset(("blame", "punish", "penalize", "penalise", "price", "revenge", "retaliation", "vengeance"))
# ... and censured for (what the speaker's quoted words charge)
_CENSURING = frozenset((
    "condemn", "denounce", "criticize", "criticise", "slam", "fault", "castigate", "rebuke", "chastise", "lambast", "lambaste", "berate", "censure",
)) | _PUNISHING


def _quoted_from(tok: Any) -> bool:
    """The phrase opens with a quotation mark: 'for "luring and abducting" ...'."""
    first = tok.left_edge
    return first.i > 0 and first.doc[first.i - 1].text in ('"', "“", "'", "‘") or first.text in ('"', "“")


def not_asserted(k: Coded, span: Any, lex: Lexicon, doc_cues: DocCues) -> bool:
    """Events the sentence does not report as happening in political life:

    * an act only attributed ("claimed responsibility for the bombing",
      "denied it was responsible for the attack", "accused a neighbour of
      shelling a town", "blamed X for backing Y", "attributed the hack to X", "suspected of having attacked", "took credit for the
      bomb that killed ..."): the statement is the event (ACCUSE, or none),
      the act inside it is not asserted;
    * an act only allowed or possible ("the power to detain", "the
      capability to strike") or a purpose ("tunnels used for moving
      weapons");
    * ordinary crime: arrests, charges and violence in a sentence about a
      robbery or smuggling with no political cue in it (or in a document
      about such a crime with no political cue anywhere);
    * an investigation with no party named on either side ("authorities
      are looking into the cause of a fire"): that is added in
      :func:`~eventwire.events.coder.code_sentence`, after the arguments."""
    g = lex.grammar
    # (a verb the parser joined to what is alleged is the main clause's: "accused Chad of
    # allowing ... and recalled its ambassador")
    node = stray_conjunct(k.cand.head) or k.cand.head
    own = {t.i for t in k.cand.tokens}
    if _terms_of_a_text(k.pred):
        return True
    for _ in range(8):  # up the clause, at most to its reporting verb or the root
        if node.head.i == node.i:
            break
        parent = node.head
        if lemma(parent) in g.attribution_words and parent.i not in own and not claimed_new(k.cand.head):
            # (an act first told by the claim of the one who did it is that act: see triggers.claimed_new)
            return True
        # "takes credit for the bomb that killed ...", "was responsible for
        # the attack, killing 17": the attribution word is the parent's
        # object or complement, the act hangs beside it
        if (node.dep_ == "advcl" or (node.dep_ == "prep" and lemma(node) in ("for", "of"))) and any(
            c.dep_ in ("dobj", "acomp", "attr") and lemma(c) in g.attribution_words and c.i not in own for c in parent.children
        ):
            return True
        # "accused X of bombing", "suspected of having attacked"
        # ("accused X of A and of B": the second "of" is a conjunct of the first)
        first = parent.head if parent.dep_ == "conj" and lemma(parent.head) == "of" else parent
        if node.dep_ in ("pcomp", "pobj") and lemma(parent) == "of" and (
            lemma(first.head) in g.alleging_verbs
            # (the parser often hangs "of" on the object: "accused [Armenian forces of firing]")
            or (first.head.dep_ in ("dobj", "obj") and lemma(first.head.head) in g.alleging_verbs)
        ):
            return True
        # "denied accusations that it shelters militants who attack Pakistan":
        # what a rejected charge says (a confirmed one is told as fact)
        if node.dep_ in ("acl", "ccomp") and parent.pos_ == "NOUN" and lemma(parent) in _CLAIMS and parent.i not in own and lemma(parent.head) in _REBUTTING:
            return True
        # "arrested on charges of plotting to seize power": what one is charged with
        if node.dep_ in ("pcomp", "pobj") and lemma(parent) == "of" and lemma(parent.head) in ALLEGATION_NOUNS and parent.head.i not in own:
            return True
        # "blamed Pakistan for backing the attackers", "denounced Seoul for 'luring and abducting'
        # citizens", "would pay a heavy price for attacking Israel": what one is censured for
        # (the parser may hang "for" on the object: "condemned [Russia for bombing]")
        # (what one is denounced for in one's own words is told as done: "denounced Japan
        # for dispatching warships"; in the speaker's quoted words it is the charge)
        censor = parent.head if lemma(parent.head) in _CENSURING else parent.head.head if parent.head.dep_ in ("dobj", "obj") else None
        if node.dep_ in ("pcomp", "pobj") and lemma(parent) == "for" and censor is not None and censor.i not in own and (
            lemma(censor) in _PUNISHING or (lemma(censor) in _CENSURING and _quoted_from(node))
        ):
            return True
        # "attributed the hack of a crypto exchange to North Korea", "blamed the attack on X", "traced the attack to X"
        if node.i == k.cand.head.i and node.dep_ in ("dobj", "obj") and lemma(parent) in ("attribute", "blame", "pin", "trace") and parent.i not in own:
            return True
        # "accused the South of flying drones over Pyongyang to scatter
        # leaflets": the parser hangs the alleged act's purpose on the accusing verb
        if node.dep_ == "advcl" and lemma(parent) in g.alleging_verbs and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children) and any(
            c.dep_ == "prep" and lemma(c) == "of" and c.i < node.i for c in parent.children
        ):
            return True
        # "the power to detain", "the capability to strike": allowed or
        # possible, not done
        if node.dep_ == "acl" and node.pos_ in ("VERB", "AUX") and lemma(parent) in g.capability_nouns and parent.i not in own:
            return True
        # "would work with Seoul to strengthen air defences": what partners work toward
        if node.i == k.pred.i and node.dep_ in ("advcl", "xcomp") and lemma(parent) in _WORKING_TOGETHER and parent.i not in own and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in node.children
        ):
            return True
        # "tunnels used for moving weapons": a purpose
        if node.dep_ == "pcomp" and lemma(parent) == "for" and lemma(parent.head) in g.purpose_verbs and parent.head.i not in own:
            return True
        # "schemes designed to fund the regime", "a visit aimed at deepening ties": what a
        # thing is for (a visit is told by its own noun; "Russia aims to deepen ties" is an intent)
        if (node.dep_ == "xcomp" and lemma(parent) in ("design", "intend") and is_passive(parent) and parent.i not in own) or (
            # ("The exercise is aimed at strengthening our joint response": what a drill is for)
            node.dep_ == "pcomp" and lemma(parent) == "at" and lemma(parent.head) == "aim" and (parent.head.dep_ == "acl" or is_passive(parent.head))
            and parent.head.i not in own
        ):
            return True
        if parent.dep_ == "ROOT" or (parent.pos_ == "VERB" and lemma(parent) in g.reporting_verbs):
            break
        node = parent
    if k.type in ("ASSAULT", "COERCE") and _contest(k, span, g):
        return True
    parties = [c for c in k.pred.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in parties) and (speaker := speakers_conjunct(k.pred)) is not None:
        # ("the Treasury said the network had helped ..., and accused the Lazarus group of ...": the speaker's subject)
        parties += [c for c in speaker.children if c.dep_ == "nsubj"]
    parties += [p for c in k.pred.children if c.dep_ == "prep" and lemma(c) in ("to", "on", "against") for p in c.children if p.dep_ == "pobj"]
    # ("attributed the theft to North Korea", "... to North Korea's Lazarus group")
    # (or owned by one: "Iran's Revolutionary Guards seized a tanker, accusing it of smuggling fuel")
    states = (c.ent_type_ == "GPE" or (c.dep_ in ("pobj", "nsubj", "nsubjpass") and any(t.dep_ == "poss" and t.ent_type_ == "GPE" for t in c.children)) for c in parties)
    if k.type in ("COERCE", "ASSAULT", "ACCUSE", "THREATEN") and not any(states):
        # (a state named as a party makes it politics: "Washington accused
        # North Korea of stealing cryptocurrency")
        lemmas = {lemma(t) for t in span} | {t.lower_ for t in span}
        if (doc_cues.crime or (lemmas & g.crime_cues and not lemmas & g.political_cues)) and not _across_borders(parties):
            return True
    return False

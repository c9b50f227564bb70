"""Parties an act's own words do not name, found from what the story told.

"Japan condemned the launch" names no launcher, "Tehran warned it would not
tolerate any violation" names nobody it warns, and "Seoul protests after
North Korea fires missiles" puts its target in another clause. The coder
(:func:`~eventwire.events.coder.code_sentence`) asks these functions for
such parties: :func:`implied_targets` tries the cases in order, and the
smaller finders (:func:`referred_agents`, :func:`last_act`,
:func:`own_last_target`, :func:`attackers_of`, :func:`accusers`) read the
events of the sentences before (``earlier``).

They are pure functions of the parse, the mentions and the earlier events,
and they live apart from the coder so that what the story told before can
be read, and tested, as one piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..actors.lexicon import get_cities
from ..records import PLOVER_TYPES, Actor, Event
from .arguments import MentionIndex, actors_of_all, noun_sources, pobjs, subject_tokens
from .roles import Coded
from .skips import JUDGING_TYPES
from .triggers import ALLEGATION_NOUNS, Candidate, Token, is_passive, lemma

# act nouns that name one kind of act only: "the seizure" is a seizure, not any coercion
_ACT_CAMEOS = {"seizure": "171", "deportation": "174", "detention": "173", "arrest": "173"}

_PACT_WORDS = frozenset(("agreement", "deal", "accord", "pact", "treaty", "contract", "memorandum"))

# a ship's or a plane's going through, and the verbs that tell it
_PASSAGE_NOUNS = frozenset(("transit", "passage", "patrol", "voyage", "flyover", "overflight"))

_PASSING_STEMS = ("sail", "transit", "pass", "cross", "navigat", "fl", "patrol", "steam", "enter")

# nouns of what was said against an act ("rejected the criticism")
CLAIM_NOUNS = ALLEGATION_NOUNS | {"criticism"}

# the verbs that tell a launch ("sent hundreds of balloons", "floated leaflets", "launched")
_LAUNCHING_STEMS = ("launch", "sent", "send", "flew", "fly", "float")
# the words of a weapons launch ("condemned the launch")
_LAUNCH_WORDS = ("launch", "test", "firing", "test-firing")

# texts a body passes, named again by the word
_TEXT_WORDS = ("resolution",)
_PASSED_TEXT = re.compile(r"\b(?:pass|adopt|approv)\w*\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}resolution\b", re.IGNORECASE)
# what a monitoring body finds, and how its act is told
_REPORT_WORDS = ("report", "finding", "findings", "conclusion")
_REPORTED_IN = re.compile(r"\b(?:report|findings?|concluded|conclusion)\b", re.IGNORECASE)

# Nouns naming an earlier act, and the types of events they can refer to.
_ACT_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_LAUNCH_WORDS, frozenset(("MOBILIZE", "ASSAULT", "COERCE"))),
    **dict.fromkeys(
        ("attack", "strike", "airstrike", "raid", "shelling", "bombing", "assault", "offensive", "incursion", "killing", "shooting", "gunfire", "explosion", "blast",
         "execution", "hanging"),
        frozenset(("ASSAULT",)),
    ),
    **dict.fromkeys(("drill", "exercise", "maneuver", "manoeuvre", "buildup"), frozenset(("MOBILIZE", "COOPERATE"))),
    # (troops sent to another state are coded as military aid to it)
    **dict.fromkeys(("deployment", "dispatch"), frozenset(("MOBILIZE", "COOPERATE", "AID"))),
    **dict.fromkeys(
        ("crackdown", "arrest", "detention", "ban", "seizure", "deportation", "jamming", "blockade", "interception", "boarding", "capture", "abduction", "kidnapping"),
        frozenset(("COERCE", "ASSAULT")),
    ),
    **dict.fromkeys(("sanction", "expulsion", "embargo"), frozenset(("SANCTION",))),
    # ("voiced concern over the incident", "condemned the provocation")
    **dict.fromkeys(("incident", "provocation"), frozenset(("ASSAULT", "COERCE", "MOBILIZE"))),
    # "denounced the port call", "criticized the visit": whoever came
    "port call": frozenset(("MOBILIZE",)),  # (warships that arrive show force)
    **dict.fromkeys(("visit", "trip", "meeting", "talks", "talk", "summit", "dialogue"), frozenset(("CONSULT",))),
    # "sailed through the Taiwan Strait ... Taipei welcomed the transit": whoever sailed
    **dict.fromkeys(_PASSAGE_NOUNS, frozenset(("MOBILIZE",))),
    "arrival": frozenset(("MOBILIZE", "CONSULT")),
    # "regretted the veto": whoever cast it
    "veto": frozenset(("REJECT",)),
    **dict.fromkeys(("provocation", "action", "act", "activity"), frozenset(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "THREATEN"))),
    # "launched a rocket ... condemned the attempt": whoever made it
    "attempt": frozenset(("MOBILIZE", "ASSAULT", "COERCE")),
    # "expressed regret over the statement", "rejected the remarks": whoever made them
    **dict.fromkeys(("statement", "remark", "comment"), frozenset(("ACCUSE", "REJECT", "THREATEN", "REQUEST"))),
    # "welcomed the decision", "the step" after a release or an easing: whoever made it
    # (a warning told after it is no decision: "imposed sanctions ... Pyongyang warned ... Seoul welcomed the decision")
    # (and a decision made: "approved the sale of rocket launchers ... condemned the decision")
    **dict.fromkeys(("step", "measure"), frozenset(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "RETREAT", "CONCEDE", "AID", "AGREE"))),
    # (and a state named an enemy: "revised the constitution to define South Korea as a hostile
    # state ... Seoul expressed regret over the move")
    "move": frozenset(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "RETREAT", "CONCEDE", "AID", "AGREE", "ACCUSE")),
    # (and a veto or a refusal decided: "Hungary vetoed the aid package ... Kallas criticized the decision")
    "decision": frozenset(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "RETREAT", "CONCEDE", "AID", "AGREE", "REJECT")),
    # "released an American citizen ... Rubio welcomed the release": whoever freed him
    **dict.fromkeys(("release", "freeing", "handover", "return"), frozenset(("RETREAT", "CONCEDE"))),
    # "called the ruling unacceptable": the court's order or sentence
    **dict.fromkeys(("ruling", "verdict", "judgment", "judgement", "sentence"), frozenset(("REQUEST", "COERCE", "REJECT", "SANCTION"))),
    # "Pyongyang dismissed the offer": whoever made the offer or the demand
    **dict.fromkeys(("offer", "proposal", "overture", "invitation", "call", "demand", "request", "appeal", "ultimatum"), frozenset(("AGREE", "REQUEST", "CONSULT", "THREATEN"))),
    # "Hamas rejected that claim", "denied the accusation": whoever made it
    **dict.fromkeys(CLAIM_NOUNS, frozenset(("ACCUSE",))),
    # "the monitoring team said in its report that the two countries had violated ... Moscow
    # brushed off the report": whoever made the findings
    **dict.fromkeys(_REPORT_WORDS, frozenset(("ACCUSE",))),
    # "the board passed a resolution demanding that Iran give inspectors access ... Israel welcomed
    # the resolution": the body that passed it (an act told with the word)
    **dict.fromkeys(_TEXT_WORDS, frozenset(("REQUEST", "ACCUSE", "SANCTION", "AGREE", "SUPPORT", "REJECT"))),
    # "rejected the protest", "dismissed the warning": whoever lodged or made it
    **dict.fromkeys(("protest", "complaint", "representation", "objection"), frozenset(("ACCUSE", "PROTEST"))),
    **dict.fromkeys(("warning", "threat"), frozenset(("THREATEN",))),
    # "North Korea denied the charges" the Justice Department brought
    **dict.fromkeys(("charge", "indictment"), frozenset(("ACCUSE", "COERCE"))),
    # "North Korean hackers stole data ... condemned the theft": whoever took it
    **dict.fromkeys(("theft", "hack", "hacking", "cyberattack", "occupation", "conviction"), frozenset(("COERCE", "ASSAULT"))),
    # "Japan and the Philippines signed an agreement ... China criticised the deal": its parties (a signing, not a praise)
    **dict.fromkeys(_PACT_WORDS, frozenset(("AGREE", "SUPPORT"))),
    # "Thailand and Cambodia agreed to a ceasefire ... Guterres welcomed the truce": who agreed to it
    **dict.fromkeys(("truce", "ceasefire", "cease-fire", "armistice"), frozenset(("AGREE", "RETREAT"))),
    # "agreed to extend a water deal ... welcomed the extension", "reopened their crossing ... welcomed the reopening"
    **dict.fromkeys(("extension", "renewal", "signing"), frozenset(("AGREE", "SUPPORT"))),
    **dict.fromkeys(("reopening", "resumption"), frozenset(("RETREAT", "CONSULT", "AGREE", "COOPERATE"))),
    # "Israeli troops began pulling back ... al-Sharaa welcomed the pullback": whoever withdrew
    **dict.fromkeys(("pullback", "pull-back", "withdrawal", "pullout", "pull-out", "drawdown"), frozenset(("RETREAT",))),
    # "North Korea rejected the proposal ... the ministry expressed regret over the response": whoever answered
    **dict.fromkeys(("response", "reply", "answer", "rejection", "refusal"), frozenset(("REJECT", "ACCUSE", "THREATEN"))),
}


def referred_agents(pred: Token, srcs: list[Actor], earlier: list[Event], nouns: list[Token] | None = None) -> list[Actor]:
    """The source of the latest earlier event an object noun (or one of
    ``nouns``) names ("the launch", "the drills", "the crackdown") when the
    noun names no agent of its own; never the judging party itself."""
    objs = nouns if nouns is not None else [c for c in pred.children if c.dep_ in ("dobj", "obj") and c.tag_ != "WDT"]
    if nouns is None and not objs and any(c.dep_ == "agent" for c in pred.children):
        # "The decision was criticised by Russia's embassy": what is judged is the passive's subject
        objs = [c for c in pred.children if c.dep_ == "nsubjpass"]
    if nouns is None:
        # "protested against the launch", "lodged a protest over the drills"
        # ("was seriously concerned about the deployment": the copula's adjective)
        heads = (pred, *objs, *(a for a in pred.children if a.dep_ == "acomp"))
        objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _OVER_PREPS for o in p.children if o.dep_ == "pobj"]
        # "opened an investigation into whether the launches violated the truce": the act the inquiry is into
        objs += [
            x for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("into", "over", "about")
            for v in p.children if v.dep_ == "pcomp" and any(m.lower_ in ("whether", "if") for m in v.children) for x in v.children if x.dep_ == "nsubj"
        ]
        # "voiced support for the decision", "expressed gratitude for the release": what the noun judges
        objs += [o for h in list(objs) if h.i != pred.i for p in h.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        # "welcomed the outcome of the summit": what it came of
        objs += [o for h in objs if lemma(h) in _OUTCOMES for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if nouns is None and pred.dep_ == "relcl" and (not objs or any(c.tag_ == "WDT" and c.dep_ in ("dobj", "obj") for c in pred.children)):
        # "..., a charge Islamabad denied", "the exercise, which Pyongyang denounces",
        # "drills, which Pyongyang calls rehearsals for an invasion": the noun is the object
        objs = [pred.head]
    # (a party or a group judges its rivals at home: "the ruling party rejected the opposition's criticism")
    own = {s.country for s in srcs if s.country and (s.kind in ("country", "person") or s.sector is None or s.sector in STATE_SECTORS)} | {s.name for s in srcs}
    # the earlier acts of another party, latest first
    others = [ev for ev in reversed(earlier) if ev.source is not None and ev.source.country and not {ev.source.country, ev.source.name} & own]
    host = _mission_host(pred.doc.text, srcs)
    if host is not None:
        # "The Russian Embassy in Seoul rejected the protest": its host's protest before a third state's
        others.sort(key=lambda ev: ev.source is None or ev.source.country != host)
    for o in objs:
        if any(d.dep_ == "det" and d.lower_ in ("any", "every", "such", "no") for d in o.children):
            continue  # "supported any dialogue that preserved Syria's integrity": no act in particular
        port = any(c.dep_ == "compound" and lemma(c) == "port" for c in o.children) and lemma(o) == "call"
        # ("the build-up" is read "build - up")
        word = "buildup" if o.lower_ == "up" and any(c.lower_ == "build" for c in o.children) else lemma(o)
        kinds = _ACT_NOUNS.get("port call" if port else word)
        # (an agent named with the noun is its own party; an exercise's name, "Freedom Shield", is not)
        if kinds is None or any(
            c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" and (c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
            for c in o.children
        ):
            continue
        fitting = [
            ev for ev in others
            if ev.event_type in kinds and (ev.event_type != "AID" or ev.cameo_code == "072") and (ev.cameo_code or "").startswith(_ACT_CAMEOS.get(word, ""))
            and (word not in _PACT_WORDS or ev.event_type == "AGREE" or ev.cameo_code == "057") and ev.polarity != "negated"
        ]
        if word in _LAUNCH_WORDS:
            # (a launch is of weapons: not "ordered a thorough readiness posture" told between)
            fitting = [ev for ev in fitting if not (ev.event_type == "MOBILIZE" and ev.mode in ("troops", "police"))]
            # (and a coercion only when it was itself a launch: "sent balloons carrying trash ... the launches")
            fitting = [ev for ev in fitting if ev.event_type != "COERCE" or (ev.trigger is not None and ev.trigger.text.lower().startswith(_LAUNCHING_STEMS))]
        # (an act told with the same word first: "the EU imposed new sanctions on Russia ... Moscow
        # barred entry to 25 EU officials ... Sybiha welcomed the sanctions" is the EU's)
        stem = word[:5]
        if word in _PASSAGE_NOUNS:
            # (a passage is a ship's or a plane's going through, not the forces sent to watch it)
            fitting = [ev for ev in fitting if ev.trigger is not None and ev.trigger.text.lower().startswith(_PASSING_STEMS)]
        same_word = [ev for ev in fitting if ev.trigger is not None and stem in ev.trigger.text.lower()]
        if host is not None and (hosted := [ev for ev in fitting if ev.source is not None and ev.source.country == host]):
            same_word = hosted  # (an embassy answers its host, whatever word the host's act was told with)
        if word in _REPORT_WORDS:
            # (a report's findings are those an act told with a report: "said in its third report that ...")
            fitting = same_word = [ev for ev in fitting if _REPORTED_IN.search(ev.evidence or "")]
        if word in _TEXT_WORDS:
            # (a resolution is the one an act was told with: "passed a resolution demanding ...")
            fitting = same_word = [ev for ev in fitting if _PASSED_TEXT.search(ev.evidence or "")]
        if word in _PACT_WORDS and not same_word:
            # "signed a defence treaty ... signed a policing deal ... welcomed the treaty": the one named so
            same_word = [ev for ev in fitting if re.search(rf"\b{word}", ev.evidence or "", re.I)]
        if not fitting and any(a.dep_ == "amod" and a.lower_ in ("planned", "proposed", "upcoming", "announced") for a in o.children):
            # "will hold their annual exercise ... condemned the planned exercise": the intent told with that word
            fitting = same_word = [ev for ev in others if ev.trigger is not None and stem in ev.trigger.text.lower() and ev.polarity == "future"]
        if word in _VAGUE_ACTS and not same_word:
            # "Seoul sanctioned Russian firms ... a week after the U.S. blacklisted three of them.
            # The Russian embassy called the decision unfriendly": of the acts a vague word may
            # name, the latest one aimed at the judge's own state first
            # (a material act before words: "The U.S. sanctioned two Chinese banks ... China lodged
            # representations ... Seoul welcomed the move" welcomes the sanctions)
            fitting = sorted(fitting, key=lambda ev: ev.event_type == "ACCUSE")
            fitting = [ev for ev in fitting if ev.target is not None and ev.target.country in own] + fitting
        if same_word or fitting:
            # "The U.S. and Britain struck ... The Houthis condemned the
            # strikes": every party of that one act (one per state)
            return _act_sources((same_word or fitting)[0], earlier, own)
        if word in CLAIM_NOUNS and (critics := _home_critics(srcs, earlier)):
            # "Opposition lawmakers accused the government of ... The defense minister
            # rejected the criticism": the critics at home
            return critics
    return []


_MISSION_IN = re.compile(r"\s+in\s+([A-Z][a-z]+)\b")


def _mission_host(text: str, srcs: list[Actor]) -> str | None:
    """The state an embassy or consulate among ``srcs`` sits in ("the Russian Embassy in Seoul"), else None."""
    for s in srcs:
        if s.end is None or not re.search(r"(?i)\b(?:embassy|consulate|mission)$", s.text):
            continue
        at = _MISSION_IN.match(text, s.end)
        state = get_cities().get(at.group(1).lower()) if at is not None else None
        if state and state != s.country:
            return state
    return None


def _home_critics(srcs: list[Actor], earlier: list[Event]) -> list[Actor]:
    """The source of the latest earlier accusation a body outside the state
    (a party, lawmakers, a group) made against the state of ``srcs``."""
    judges = {s.country for s in srcs if s.country and (s.kind in ("country", "person") or s.sector in STATE_SECTORS)}
    for ev in reversed(earlier):
        a = ev.source
        if (
            ev.event_type == "ACCUSE" and ev.polarity != "negated" and a is not None and a.country in judges and a.kind != "country"
            and a.sector not in STATE_SECTORS and ev.target is not None and ev.target.country == a.country
        ):
            return [a]
    return []


# words that name whatever act was taken ("the decision", "the move")
_VAGUE_ACTS = frozenset(("decision", "move", "step", "measure"))


# acts a threatened response may answer ("respond sternly to any further provocation"): the
# forceful act told before, not the statement an ally made about it since
_PROVOKING = frozenset(("provocation", "attack", "aggression", "incursion", "violation", "intrusion"))

# what a threatened response answers ("reserved the right to respond", "vowed to retaliate")
ANSWERING_VERBS = frozenset(("respond", "retaliate", "react", "reciprocate"))

# words of a measure in return ("vowed reciprocal steps", "countermeasures")
_ANSWERING_WORDS = frozenset(("reciprocal", "retaliatory", "countermeasure", "countermeasures", "retaliation", "reprisal", "reprisals"))

# what an act comes to: "welcomed the outcome of the summit"
_OUTCOMES = frozenset(("outcome", "result", "conclusion", "success", "holding"))

# what a reaction is "over": "protested against the launch", "concern about the drills"
_OVER_PREPS = frozenset(("over", "against", "about", "at"))

# what is voiced with nothing named ("voiced concern.", "expressed alarm")
_BARE_CONCERN = frozenset(("concern", "alarm", "outrage", "dismay", "displeasure", "indignation"))

_FORCEFUL_TYPES = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"))

ANY_TYPE = frozenset(PLOVER_TYPES)

# who may hold what a release is demanded of (a seizure, an arrest, an abduction)
HOLDING_TYPES = frozenset(("COERCE", "ASSAULT"))


def recent(earlier: list[Event], index: int) -> Iterator[Event]:
    """The events told in sentence ``index`` and the two before, latest first."""
    for ev in reversed(earlier):
        if ev.sentence_index < index - 2:
            return
        yield ev


def _latest_act(own: set[str], earlier: list[Event], index: int, types: frozenset[str]) -> Event | None:
    """The latest asserted act of ``types`` in the sentence or the two before
    whose source is of none of the states or names in ``own``."""
    return next(
        (ev for ev in recent(earlier, index)
         if ev.event_type in types and ev.polarity == "asserted" and ev.source is not None and ev.source.country and not {ev.source.country, ev.source.name} & own),
        None,
    )


def last_act(srcs: list[Actor], earlier: list[Event], index: int, types: frozenset[str] = _FORCEFUL_TYPES) -> list[Actor]:
    """Every party of the latest act of ``types`` (by default a forceful one)
    told in the sentence or the two before (one per state), when not of the
    states of ``srcs``."""
    own = {s.country for s in srcs if s.country} | {s.name for s in srcs}
    ev = _latest_act(own, earlier, index, types)
    return _act_sources(ev, earlier, own) if ev is not None else []


def _asked_by(srcs: list[Actor], earlier: list[Event], here: int) -> list[Actor]:
    """Who made the latest request of the source's state, in this sentence or
    the one before, when nothing else was told after it: an answer naming
    nobody ("agreed", "expressed support", "refused") answers it."""
    own = {s.country for s in srcs if s.country}
    if not own:
        return []
    window = [e for e in earlier if e.sentence_index >= here - 1]
    asked = next((i for i in range(len(window) - 1, -1, -1) if window[i].event_type == "REQUEST" and window[i].polarity == "asserted"), None)
    if asked is None:
        return []
    req = window[asked]
    if req.target is None or req.target.country not in own or req.source is None or not req.source.country or req.source.country in own:
        return []
    if any(e.source is not None and e.source.country and e.source.country not in own | {req.source.country} for e in window[asked + 1 :]):
        return []  # a third party acted after it
    return [req.source]


def participle_above(pred: Any, climbs: int) -> Any:
    """The participle ``pred`` is, or whose clause it is part of through at most
    ``climbs`` ccomp/xcomp links ("..., warning that it would take
    countermeasures": "take" is of "warning"); None when there is none."""
    t = pred
    for _ in range(climbs + 1):
        if t.dep_ in ("advcl", "conj") and t.tag_ == "VBG" and t.head.i != t.i:
            return t
        if t.dep_ not in ("ccomp", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _main_clause_targets(pred: Any, srcs: list[Actor], earlier: list[Event], here: int) -> list[Actor]:
    """The targets of the act the participle ``pred`` hangs on ("slammed the
    allies' drills ..., warning that it would take countermeasures"), when that
    act was coded in this sentence by the same state."""
    participle = participle_above(pred, 4)
    if participle is None:
        return []
    head, own = participle.head, {s.country for s in srcs if s.country}
    at = head.idx
    for ev in reversed(earlier):
        if ev.sentence_index != here or ev.trigger is None or ev.target is None or not ev.target.country:
            continue
        if ev.trigger.start <= at < ev.trigger.end and ev.source is not None and ev.source.country in own and ev.target.country not in own:
            found: dict[str, Actor] = {}
            for e in earlier:
                if e.sentence_index == here and e.trigger == ev.trigger and e.target is not None and e.target.country and e.target.country not in own:
                    found.setdefault(e.target.country, e.target)
            return list(found.values())
    return []


_ALSO = frozenset(("also", "too", "likewise", "similarly"))


def _also_aimed(k: Coded, srcs: list[Actor], earlier: list[Event], here: int) -> list[Actor]:
    """The targets of the latest act of the same type by another party, told in
    this sentence or the three before, when the act is said to be done "also"
    or "too" ("The United States condemned China's conduct. Japan and
    Australia also voiced concern")."""
    if not any(a.dep_ == "advmod" and a.lower_ in _ALSO for a in k.pred.children):
        return []
    own = {s.country for s in srcs if s.country}
    for e in reversed(earlier):
        if e.sentence_index < here - 3:
            break
        if e.event_type == k.type and e.polarity == "asserted" and e.target is not None and e.target.country and e.target.country not in own and (
            e.source is None or e.source.country not in own
        ):
            trig = e.trigger.start if e.trigger else None
            return list({t.country: t for x in earlier if x.event_type == k.type and x.trigger and x.trigger.start == trig
                         and (t := x.target) is not None and t.country and t.country not in own}.values())
    return []


def _condition_parties(pred: Token, srcs: list[Actor], index: MentionIndex, event_nouns: frozenset[int]) -> list[Actor]:
    """The parties whose acts a threat's if/unless clauses name: the clause's
    subject, or its passive agent ("if its sovereignty was violated by X");
    never the threatening state itself."""
    own = {s.country for s in srcs if s.country}
    toks = [
        t for x in pred.subtree
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in x.children)
        for t in (*(c for c in x.children if c.dep_ == "nsubj"), *pobjs(x, {"by"}))
    ]
    return [a for a in actors_of_all(toks, index, event_nouns) if a.country and a.country not in own]


def own_last_target(srcs: list[Actor], earlier: list[Event], index: int) -> list[Actor]:
    """The target of the latest judgement or threat the same state made in the
    sentence or the two before."""
    own = {s.country for s in srcs if s.country}
    for ev in recent(earlier, index):
        if ev.event_type in JUDGING_TYPES | {"THREATEN"} and ev.source is not None and ev.source.country in own and ev.target is not None and ev.target.country not in own:
            return [ev.target]
    return []


def _threat_conditions(pred: Token) -> list[Token]:
    """The acts a threat answers: the subjects of its if/unless clauses and,
    in the passive, its own subject ("any provocation would be met with ...")."""
    conds = [
        t for x in pred.subtree
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in x.children)
        for t in subject_tokens(x)
    ]
    # (and what "will not go unanswered": "These reckless attacks will not go unanswered")
    subject = is_passive(pred) or (lemma(pred) in ("go", "remain") and any(lemma(a) in ("unanswered", "unpunished") for a in pred.children))
    # ... also told by the warning's clause: "warned that the move will not go unanswered"
    told = [c for c in pred.children if c.dep_ == "ccomp" and lemma(c) in ("go", "remain") and any(lemma(a) in ("unanswered", "unpunished") for a in c.children)]
    return conds + ([t for t in pred.children if t.dep_ in ("nsubj", "nsubjpass")] if subject else []) + [
        t for c in told for t in c.children if t.dep_ in ("nsubj", "nsubjpass")
    ]


def _accused_in_reason(pred: Token, srcs: list[Actor], index: MentionIndex, event_nouns: frozenset[int]) -> list[Actor]:
    """The subject of what a criticism gives as its reason in a participle
    of saying ("criticised the sale, saying Washington was interfering"),
    when not of the critics' own states."""
    own = {s.country for s in srcs if s.country} | {s.name for s in srcs}
    for adv in pred.children:
        if adv.dep_ not in ("advcl", "xcomp") or adv.tag_ != "VBG" or lemma(adv) not in ("say", "add", "argue", "insist", "charge"):
            continue
        for clause in (c for c in adv.children if c.dep_ == "ccomp"):
            found = [a for a in actors_of_all(subject_tokens(clause), index, event_nouns) if a.country not in own and a.name not in own]
            if found:
                return found
    return []


# contacts whose purpose is said with "to": "telephoned X to express solidarity", "met Y to protest"
_CONTACT_VERBS = frozenset(("call", "phone", "telephone", "meet", "visit", "receive", "summon", "host", "write"))

# what a third party asks fighting sides for: "called for restraint", "urged calm"
_CALM_WORDS = frozenset(("restraint", "calm", "de-escalation", "deescalation", "moderation"))


def _asks_for_calm(pred: Token) -> bool:
    """ "called for restraint", "urged calm", "urged de-escalation", "called on all
    parties to exercise restraint" (nobody named as addressed)."""
    objs = [o for o in pred.children if o.dep_ in ("dobj", "obj")] + pobjs(pred, {"for"})
    objs += [o for x in pred.children if x.dep_ == "xcomp" for o in x.children if o.dep_ in ("dobj", "obj")]
    return any(lemma(o) in _CALM_WORDS or o.lower_ in _CALM_WORDS for o in objs)


def _first_clause_party(pred: Token, span: Any, srcs: list[Actor], index: MentionIndex) -> list[Actor]:
    """The first state named in a headline before the comma that opens the
    clause of ``pred`` (a few words before it), when not of the states of ``srcs``."""
    comma = next((t.i for t in reversed(span.doc[span.start : pred.i]) if t.text == ","), None)
    if comma is None or comma <= span.start or pred.i - comma > 4:
        return []  # (the clause's subject and verb right after the comma: "..., Beijing lodges protest")
    own = {s.country for s in srcs if s.country}
    for t in span.doc[span.start : comma]:
        found = [m for m in index.on(t) if m.country and m.country not in own]
        if found:
            return found[:1]
    return []


def _warning_fire(pred: Token) -> bool:
    """ "fired warning shots", "fired warning flares": fire that warns somebody off."""
    return any(c.dep_ in ("dobj", "obj") and any(m.lower_ == "warning" for m in c.children) for c in pred.children)


def _doers_answered(pred: Token, srcs: list[Actor], index: MentionIndex, event_nouns: frozenset[int]) -> list[Actor]:
    """The subjects of an "after" clause of the predicate ("warned ... after
    North Korean soldiers crossed the border"), when of another state."""
    own = {s.country for s in srcs if s.country}
    return [a for a in actors_of_all(condition_subjects(pred, ("after",)), index, event_nouns) if a.country and a.country not in own]


def _fighting_sides(srcs: list[Actor], earlier: list[Event], index: int) -> list[Actor]:
    """Both parties (one per state) of the latest forceful act in the sentence
    or the two before, when neither is of the states of ``srcs``."""
    own = {s.country for s in srcs if s.country} | {s.name for s in srcs}
    ev = _latest_act(own, earlier, index, _FORCEFUL_TYPES)
    if ev is None:
        return []
    sides = [a for a in (ev.source, ev.target) if a is not None and a.country and a.country not in own]
    return list({a.country: a for a in sides}.values())


def _own_fight_rival(srcs: list[Actor], earlier: list[Event], index: int) -> list[Actor]:
    """The other side of the latest attack or seizure in the sentence or the
    two before that the state of ``srcs`` took part in ("Iranian border guards
    and Taliban forces exchanged fire. Iran warned ...": the Taliban)."""
    own = {s.country for s in srcs if s.country}
    for ev in recent(earlier, index):
        if ev.event_type not in ("ASSAULT", "COERCE") or ev.polarity != "asserted" or ev.source is None or ev.target is None:
            continue
        sides = (ev.source.country, ev.target.country)
        if None in sides or (sides[0] in own) == (sides[1] in own):
            continue
        return [ev.target if sides[0] in own else ev.source]
    return []


def _act_sources(ev: Event, earlier: list[Event], excluded: set[str]) -> list[Actor]:
    """Every party of the one act ``ev`` reads ("The U.S. and Britain struck ..."),
    one per state, leaving out the states (or names) in ``excluded``."""
    acts = [e for e in earlier if e.trigger and ev.trigger and e.trigger.start == ev.trigger.start and e.event_type == ev.event_type]
    # (a meeting's parties are those who met: "North Korea denounced the meeting")
    same = [a for e in acts for a in ((e.source, e.target) if ev.event_type == "CONSULT" else (e.source,))
            if a and a.country and not {a.country, a.name} & excluded]
    return list({a.country: a for a in same}.values())


ATTACK_NOUNS = frozenset(("attack", "strike", "airstrike", "bombing", "shelling", "raid", "assault", "aggression", "bombardment", "incursion"))


def attackers_of(pred: Token, tgts: list[Actor], srcs: list[Actor], earlier: list[Event]) -> list[Actor]:
    """For a judgement of "the attack on X" (no agent of its own): the sources
    of the latest earlier attack on X's state, one per state."""
    objs = [o for o in pred.children if o.dep_ in ("dobj", "obj") and lemma(o) in ATTACK_NOUNS]
    if not objs or any(c.dep_ in ("poss", "compound", "amod", "agent") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for o in objs for c in o.children):
        return []
    if not any(p.dep_ == "prep" and p.lower_ in ("on", "against") for o in objs for p in o.children):
        return []
    victims = {t.country for t in tgts if t.country}
    own = {s.country for s in srcs if s.country}
    for ev in reversed(earlier):
        if ev.event_type == "ASSAULT" and ev.polarity == "asserted" and ev.target is not None and ev.target.country in victims and ev.source is not None and ev.source.country and ev.source.country not in own | victims:
            return _act_sources(ev, earlier, own | victims)
    return []


def accusers(srcs: list[Actor], earlier: list[Event], text: str = "") -> list[Actor]:
    """The sources of the latest earlier accusation against the state of
    ``srcs`` (every accuser of a joint one: "The United States, South Korea
    and Japan jointly attributed the theft to North Korean hackers ...
    Pyongyang denied any involvement"); an embassy answers its host's first
    ("The Russian Embassy in Seoul rejected the protest")."""
    own = {s.country for s in srcs if s.country}
    names = {s.name for s in srcs}
    host = _mission_host(text, srcs) if text else None
    latest = list(reversed(earlier))
    if host is not None:
        latest.sort(key=lambda ev: ev.source is None or ev.source.country != host)
    for ev in latest:
        if ev.event_type != "ACCUSE" or ev.target is None or ev.source is None:
            continue
        if ev.target.country in own and ev.source.country not in own:
            return _act_sources(ev, earlier, own) or [ev.source]
        if ev.target.name in names and ev.source.name not in names:
            # "Sudan's army accused the RSF of ... The RSF denied carrying out the strike": a rival at home
            return [ev.source]
    return []


def _accusing_states(srcs: list[Actor], earlier: list[Event]) -> set[str]:
    """The states of every earlier accusation against the state of ``srcs``."""
    own = {s.country for s in srcs if s.country}
    return {ev.source.country for ev in earlier if ev.event_type == "ACCUSE" and ev.source is not None and ev.source.country and ev.target is not None and ev.target.country in own}


STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "SPY"))


def condition_subjects(verb: Token, marks: tuple[str, ...] = ("if", "unless")) -> list[Token]:
    """The subjects of a verb's if/unless clause (or of its clause opened by
    one of ``marks``), each conjunct."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
    # (the parser may make the word a preposition with the clause under it: "fired warning shots after soldiers crossed")
    clauses += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in marks for p in c.children if p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX")]
    return [x for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for x in (s, *s.conjuncts)]


def _addressee_named(pred: Token) -> bool:
    """The verb names whom it is addressed to, a party the coder could not
    place ("called on Western allies to speed up deliveries", "urged partners
    to ...", "warned the West"): no other party is implied."""
    if any(o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN") for o in pred.children) and lemma(pred) in _ADDRESSING:
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("on", "upon", "to") for p in pred.children if any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children)) and lemma(pred) in _ADDRESSING


# verbs whose object or "on"/"to" phrase is whom they are addressed to
_ADDRESSING = frozenset(("call", "urge", "ask", "press", "appeal", "implore", "warn", "tell", "request", "demand", "plead", "beg", "encourage"))


def implied_targets(
    k: Coded, c: Candidate, srcs: list[Actor], span: Any, here: int, earlier: list[Event], index: MentionIndex, event_nouns: frozenset[int], trigger_preds: frozenset[int], headline: bool
) -> tuple[list[Actor], bool]:
    """The target of an act whose words name none, from what the story told
    before (``earlier``: the events of the sentences before ``here`` and those
    already coded in it), and whether it was found by reference to an earlier
    act. The cases are tried in order; the first that finds a party wins."""
    if c.via == "verb" and k.type not in ("THREATEN",) and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and lemma(o) in ("response", "return", "kind") and not any(True for _ in o.children) for o in p.children)
        for p in k.pred.children
    ) and (found := last_act(srcs, earlier, here, ANY_TYPE)):
        # "Lee halted the loudspeaker broadcasts ..., and the North later dismantled some of its own
        # speakers in response": at whoever did what it answers
        return found, True
    if k.type == "REJECT" and c.via in ("verb", "light") and (found := _accused_in_reason(k.pred, srcs, index, event_nouns)):
        # "Lin Jian rejected the criticism, saying the United States had no right to interfere": whom the reason names
        claimers = [a for a in accusers(srcs, earlier) if a.country]
        if claimers and any(lemma(o) in CLAIM_NOUNS for o in k.pred.children if o.dep_ in ("dobj", "obj")) and not (
            {a.country for a in found} & _accusing_states(srcs, earlier)
        ):
            # "U.S. Central Command accused Tehran of arming the group ... Iran rejected the accusation
            # as baseless, saying the Houthis made their own decisions": a party the reason names that
            # accused nobody is no accuser; whoever made the claim the story told is
            return claimers, True
        return found, False
    if (k.type in JUDGING_TYPES or (k.type == "AGREE" and lemma(k.pred) == "accept")) and (found := referred_agents(k.pred, srcs, earlier)):
        # "Japan condemned the launch": whoever carried out the launch the story reported before
        # ("accepted the invitation": whoever made it)
        return found, True
    if k.type == "REQUEST" and c.via == "verb" and is_passive(k.pred) and (found := referred_agents(k.pred, srcs, earlier)):
        # "The Security Council met ... The open meeting was requested by the U.S., Britain and France": of whoever held it
        return found, True
    if k.mode == "investigate" and c.via == "light" and (found := referred_agents(k.pred, srcs, earlier, pobjs(c.head, {"into"}))):
        # "Israel intercepted a flotilla ... Turkey opened an investigation into the detention": whoever held them
        return found, True
    if k.type == "REQUEST" and k.cameo == "1053" and (found := last_act(srcs, earlier, here, HOLDING_TYPES)):
        # "Iran seized a tanker, prompting the United States to demand the
        # release of the vessel": whoever holds them
        return found, True
    if k.type == "THREATEN" and c.via == "verb" and (found := referred_agents(k.pred, srcs, earlier, _threat_conditions(k.pred))):
        # "warned it would take stern measures if the jamming caused any damage",
        # "any provocation would be met with a response": whoever carried out the act named
        return found, True
    if k.type == "THREATEN" and c.via == "verb" and (found := _condition_parties(k.pred, srcs, index, event_nouns)):
        # "would consider countermeasures if China added more facilities", "if its
        # sovereignty was violated by the United States": whoever would do what it answers
        return found, False
    if k.type in ("THREATEN", "ACCUSE", "REQUEST", "REJECT") and c.via in ("verb", "light") and (found := _main_clause_targets(k.pred, srcs, earlier, here)):
        # "slammed the allies' joint drills ..., warning that it would take countermeasures": at whom the act it goes with was
        return found, True
    provoked = any(lemma(t) in _PROVOKING for t in k.pred.subtree)
    if k.type == "THREATEN" and any(lemma(t) in ANSWERING_VERBS or t.lower_ in _ANSWERING_WORDS for t in k.pred.subtree) and (
        # ("will respond sternly to any further provocation": the provoker, not the ally who condemned it since)
        found := (provoked and last_act(srcs, earlier, here)) or last_act(srcs, earlier, here, ANY_TYPE) or own_last_target(srcs, earlier, here)
    ):
        # "India expelled a Pakistani diplomat ... Pakistan reserved the right to respond":
        # a response answers the act just told ("the JCS condemned the North's provocation
        # ... and warned it would respond to any provocation": the one it condemned)
        return found, True
    if k.type in ("SUPPORT", "ACCUSE", "AGREE", "REQUEST") and c.via in ("verb", "light") and k.pred.dep_ in ("advcl", "xcomp") and lemma(k.pred.head) in _CONTACT_VERBS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in k.pred.children
    ) and (found := [a for a in actors_of_all([o for o in k.pred.head.children if o.dep_ in ("dobj", "obj")], index, event_nouns) if a.country not in {s.country for s in srcs}]):
        # "telephoned his Azerbaijani counterpart to express solidarity": whom the call reached
        return found, False
    if (k.type in ("THREATEN", "ACCUSE", "PROTEST") or (k.type == "MOBILIZE" and _warning_fire(k.pred))) and c.via in ("verb", "light", "noun") and (
        found := _doers_answered(c.head.head if c.via == "noun" and c.head.dep_ in ("dobj", "obj") else k.pred, srcs, index, event_nouns)
    ):
        # "broadcast warnings after North Korean soldiers crossed the border": at whoever did what it answers
        return found, False
    if k.type == "REQUEST" and _asks_for_calm(k.pred) and (found := _fighting_sides(srcs, earlier, here)):
        # "Rival militias fought in Tripoli. Turkey called for restraint": the sides of the fight just told
        return found, True
    if k.type in ("THREATEN", "REQUEST") and c.via in ("verb", "light") and not _addressee_named(k.pred) and (found := _own_fight_rival(srcs, earlier, here)):
        # "Iranian border guards and Taliban forces exchanged fire. Tehran warned it would not
        # tolerate any violation", "Kabul called for talks": at the other side of its own fight
        return found, True
    if k.type == "ACCUSE" and c.via in ("verb", "light") and (found := _accused_in_reason(k.pred, srcs, index, event_nouns)):
        # "China criticised the arms sale, saying Washington was interfering in its affairs": whom the reason names
        return found, True
    own = {s.country for s in srcs}
    summons = k.pred.head if k.pred.dep_ in ("xcomp", "advcl") else k.pred.head.head if k.pred.dep_ == "acl" and k.pred.head.dep_ in ("dobj", "obj") else None
    # (when the summons is no event of its own: "summoned the ambassador to protest" is one protest, the summons)
    if k.type in ("ACCUSE", "PROTEST") and summons is not None and lemma(summons) == "summon" and summons.i not in trigger_preds and (
        found := [a for a in actors_of_all([o for o in summons.children if o.dep_ in ("dobj", "obj")], index, event_nouns) if a.country not in own]
    ):
        # "summoned a senior official of the South Korean embassy to convey the protest": to whom it was conveyed
        return found, False
    if k.type == "ACCUSE" and c.via == "light" and (
        found := [a for a in actors_of_all([x for t in pobjs(c.head, {"over", "about"}) + pobjs(k.pred, {"over", "about"}) for x in noun_sources(t, index)], index) if a.country not in own]
    ):
        # "raised concerns about a steel structure that China installed": whoever put it there
        return found, False
    if (k.type == "ACCUSE" or (k.type == "PROTEST" and headline)) and (
        (c.via == "light" and lemma(c.head) in _BARE_CONCERN and not any(x.dep_ == "prep" for h in (c.head, k.pred) for x in h.children))
        or (c.via == "verb" and any(o.dep_ in ("dobj", "obj") and o.lower_ in ("it", "this") for o in k.pred.children))
        # (a headline's protest "after" an act: "Seoul protests after North Korea fires missiles")
        or (c.via in ("verb", "headline") and headline and not any(o.dep_ in ("dobj", "obj") for o in k.pred.children))
    ):
        # "China fired water cannon at a Philippine boat. Japan and Australia voiced
        # concern.", "Japan condemned it": concern about nothing named (or "it")
        # is about the act just told
        found = last_act(srcs, earlier, here)
        if not found and headline:
            # "Japan protests after S. Korean court orders Mitsubishi to compensate workers": the act it follows
            found = last_act(srcs, [e for e in earlier if e.sentence_index == here], here, ANY_TYPE)
        if found:
            return found, True
    if k.type in ("ACCUSE", "PROTEST") and (
        (c.via == "verb" and lemma(k.pred) == "protest") or (c.via == "light" and lemma(c.head) in ("protest", "complaint"))
    ) and any(s.kind == "country" or s.sector == "GOV" for s in srcs) and not any(
        (x.dep_ == "prep" and x.lower_ not in ("through", "via")) or (x.dep_ in ("dobj", "obj") and x.i != c.head.i)
        for h in {k.pred, c.head} for x in h.children
    ) and (found := last_act(srcs, earlier, here)):
        # "North Korea test-fired a missile. Japan said it had strongly protested (lodged a
        # protest) through its embassy": a state's protest with nothing named is about the act just told
        return found, True
    if k.type in ("SUPPORT", "AGREE", "REJECT") and c.via in ("verb", "light") and (found := _asked_by(srcs, earlier, here)):
        # "Motegi asked for Seoul's cooperation ..., and Cho expressed support": the answer goes to who asked
        return found, True
    if k.type in ("ACCUSE", "REQUEST", "SUPPORT", "REJECT") and c.via in ("verb", "light") and (found := _also_aimed(k, srcs, earlier, here)):
        # "Washington condemned China's conduct. Japan and Australia also voiced concern": at whom the others' words were
        return found, True
    if k.type in ANSWERING_TYPES and headline and (first := _first_clause_party(k.pred, span, srcs, index)):
        # "S. Korean coast guard ship collides with Chinese fishing boat, Beijing lodges protest":
        # a headline's second clause after a comma answers the party its first clause opens with
        return first, True
    if k.type in ANSWERING_TYPES and span.start > 0 and span.doc[span.start - 1].text == ";" and headline:
        # "North Korea fires artillery near border island; Seoul demands halt": the
        # headline's second clause answers its first
        own_states = {s.country for s in srcs if s.country}
        found = [e.source for e in earlier if e.section == "title" and e.source is not None and e.source.country and e.source.country not in own_states][-1:]
        return found, bool(found)
    return [], False


ANSWERING_TYPES = frozenset(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST"))

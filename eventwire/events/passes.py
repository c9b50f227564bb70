"""Passes over the events coded in one sentence, after every trigger has
been read: one event per act, the result of an exchange of fire, one blow
told by two verbs, and targets shared by acts joined to one another; and
over a whole document's events: attacks claimed, the doer a headline and
its lede share, fire returned at whoever fired first, and a drill named
alone aimed at those told holding it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from ..actors.lexicon import get_cities
from ..nlp import result_host
from ..records import Actor, Event, Span
from .triggers import Token, claimed_new, is_passive, lemma


def settle(events: list[Event], pred_at: dict[int, Token], doc_id: str) -> list[Event]:
    """The events of a sentence as the coder emits them: ``pred_at`` maps a
    trigger's start to its predicate token."""

    def one_clause(a: Event, b: Event) -> bool:
        return _one_clause(pred_at.get(_start(a)), pred_at.get(_start(b)))

    def joined(a: Event, b: Event) -> bool:
        # one event's predicate joined by "and" to the other's
        if a.trigger is None or b.trigger is None:
            return False
        p, q = pred_at.get(a.trigger.start), pred_at.get(b.trigger.start)
        return p is not None and q is not None and p.i != q.i and ((p.dep_ == "conj" and p.head.i == q.i) or (q.dep_ == "conj" and q.head.i == p.i))

    def serves(a: Event, b: Event) -> bool:
        if a.event_type == "ACCUSE" and "114" in (a.cameo_code, b.cameo_code) and joined(a, b):
            return True  # "called in the Russian ambassador and conveyed Seoul's grave concern": one protest
        return _purpose_of(pred_at.get(_start(a)), pred_at.get(_start(b)))

    def said_together(a: Event, b: Event) -> bool:
        # "urged all parties to exercise restraint and called for the resumption of dialogue": one statement
        return a.event_type in _SAID_ONCE and joined(a, b)

    def coordinated(a: Event, b: Event) -> bool:
        # "has called up reservists and moved troops toward its border with Ethiopia": two
        # shows of force joined by "and" are two acts, whatever the scene
        return a.event_type == "MOBILIZE" and joined(a, b)

    events = _exchange_results(_harmed_when_struck(_one_assault_result(_one_assault_two_verbs(_one_reading(_one_protest(_no_own_sessions(events, pred_at), pred_at)), pred_at), pred_at), pred_at))
    settled = _shared_targets(_one_per_act(events, lambda a, b: not coordinated(a, b) and (a.event_type in _ONE_SCENE or one_clause(a, b) or said_together(a, b)), serves), pred_at, doc_id)
    return _placed_targets(_joined_drills(settled, doc_id), pred_at)


# "the Ukrainian port of Izmail": a place the adjective before it already places
_PLACE_OF = re.compile(r"\s+(?:(?:port|city|town|village|region|province|island|capital|district|county|base)\s+of)\s+$", re.IGNORECASE)


def _placed_targets(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """Drop a target that names no state, beside a target of the same act
    that does and places it: a place named after its state's adjective ("struck
    the Ukrainian port of Izmail") or listed with a city the gazetteer knows
    ("struck Fordow, Natanz and Isfahan"), or named as where it happened
    ("at Philippine boats near Thitu"). An unknown name beside a state's
    own name keeps its row (it may be a state the lexicons lack)."""
    cities = get_cities()
    acts: dict[tuple[int, str, tuple[str, str | None] | None], list[Event]] = {}
    for e in events:
        acts.setdefault((_start(e), e.event_type, _actor_key(e.source)), []).append(e)
    drop: set[int] = set()
    for group in acts.values():
        placed = [e.target for e in group if e.target is not None and e.target.country and e.target.start is not None]
        if not placed:
            continue
        pred = pred_at.get(_start(group[0]))
        text = pred.doc.text if pred is not None else ""
        for e in group:
            t = e.target
            if t is None or t.country or t.sector or t.kind not in ("country", "org") or t.start is None:
                continue
            by_city = any(p.text.lower() in cities and p.name.lower() in cities for p in placed)
            by_adjective = any(p.end is not None and p.end <= t.start and _PLACE_OF.search(text[p.end : t.start] if t.start - p.end < 40 else "") and _demonym(p) for p in placed)
            # (or where it happened, beside whom: "fires water cannon at Philippine boats near Thitu")
            by_place = _NEAR_BEFORE.search(text, max(0, t.start - 12), t.start) is not None
            if by_city or by_adjective or by_place:
                drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


_NEAR_BEFORE = re.compile(r"\b(?:near|off|outside|around)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _demonym(a: Actor) -> bool:
    """A state named by its adjective ("Ukrainian", "Iranian"), not its name."""
    return " " not in a.text and a.text.lower() != a.name.lower() and a.kind == "country"


def _joined_drills(events: list[Event], doc_id: str) -> list[Event]:
    """ "The South Korean Navy joined Japanese and Philippine forces in their
    first trilateral exercise": a drill of three or more joined is held
    together, each state with each of the others (as "X, Y and Z held a
    drill" is)."""
    out = list(events)
    by_trigger: dict[int, list[Event]] = {}
    for e in events:
        if e.event_type == "COOPERATE" and e.trigger is not None and e.trigger.text.lower().startswith("join") and _DRILL_WORDS.search(e.trigger.text):
            by_trigger.setdefault(e.trigger.start, []).append(e)
    for start, group in by_trigger.items():
        parties: dict[str, Actor] = {}
        for e in group:
            for a in (e.source, e.target):
                if a is not None and a.country and a.country not in parties:
                    parties[a.country] = a
        if len(parties) < 3:
            continue  # (a drill joined with one partner stays told one way, as "held drills with X" is)
        have = {(e.source.country if e.source else None, e.target.country if e.target else None) for e in group}
        first = group[0]
        for src in parties.values():
            for tgt in parties.values():
                if src.country != tgt.country and (src.country, tgt.country) not in have:
                    out.append(replace(first, source=src, target=tgt, event_id=event_id(doc_id, first.sentence_index, start, first.event_type, src, tgt)))
    return out


# a drill's words, as a trigger's text tells them
_DRILL_ALT = r"(?:exercises?|drills?|war\s?games?|maneuvers?|manoeuvres?)"
_DRILL_WORDS = re.compile(rf"\b(?:{_DRILL_ALT}|patrols?)\b", re.IGNORECASE)


# verbal acts two joined verbs of one statement tell once
_SAID_ONCE = frozenset(("REQUEST", "THREATEN", "REJECT"))


# a state's own bodies whose sessions are no consultation between parties
_OWN_BODIES = frozenset((
    "council", "cabinet", "committee", "politburo", "presidium", "party", "assembly", "parliament", "legislature",
    "government", "ministry", "ministers", "commission", "bureau", "staff", "chiefs", "secretariat", "plenum", "congress",
))
_SESSIONS = frozenset(("meeting", "session", "plenum", "plenary", "conference", "briefing"))


def _no_own_sessions(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """ "President Lee convened an emergency meeting of the National Security
    Council", "Japan's cabinet held an emergency meeting", "presided over a
    politburo meeting of the Workers' Party": a state's body sitting on its
    own is no consultation between parties (CONSULT needs someone consulted);
    a meeting "with" anyone, and the sessions of international bodies (the
    U.N. Security Council), stay."""
    out = []
    for e in events:
        p = pred_at.get(e.trigger.start) if e.trigger is not None else None
        if e.event_type != "CONSULT" or p is None or (e.target is not None and e.target.country != (e.source.country if e.source else e.target.country)):
            out.append(e)
            continue
        who = e.source or e.target
        if who is None or not who.country or len(who.country) != 3 or who.sector == "IGO" or who.country in ("UNO", "EUR", "IGO", "NGO"):
            out.append(e)
            continue
        if p.lemma_.lower() in ("convene", "chair") and e.source is not None and e.target is not None and e.target.country == e.source.country:
            continue  # headline "Lee convenes NSC": a state's own body called together
        nouns = [p] if p.pos_ in ("NOUN", "PROPN") else [c for c in p.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _SESSIONS]
        nouns += [n for c in p.children if c.dep_ == "prep" and c.lower_ == "over" for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in _SESSIONS]
        if not nouns or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for n in [p, *nouns] for c in n.children):
            out.append(e)
            continue
        of_body = any(
            c.dep_ == "prep" and c.lower_ == "of" and any(x.lemma_.lower() in _OWN_BODIES for pp in c.children if pp.dep_ == "pobj" for x in pp.subtree)
            for n in nouns for c in n.children
        )
        body_sits = e.source is not None and any(w in _OWN_BODIES for w in e.source.text.lower().replace("'s", " ").split())
        if of_body or body_sits or any(c.lemma_.lower() in _OWN_BODIES for n in nouns for c in n.children if c.dep_ == "compound"):
            continue
        out.append(e)
    return out


def _one_protest(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """"Protesters rallied in Seoul demanding the president's resignation": the
    participle tells what the rally demanded, not a second protest. A PROTEST
    whose verb is a participle hung on another PROTEST's verb, by the same
    source, is that protest; of the two parties (of one state) the more
    specific stays with the rally (parties of two states stay two acts)."""
    out = list(events)
    for e in events:
        if e not in out:
            continue  # (already folded into, and replaced by, the rally it told)
        p = pred_at.get(e.trigger.start) if e.event_type == "PROTEST" and e.trigger is not None else None
        if p is None or p.dep_ != "advcl" or p.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in p.children):
            continue
        host = next(
            (o for o in out if o is not e and o.event_type == "PROTEST" and o.polarity == e.polarity and o.trigger is not None
             and (q := pred_at.get(o.trigger.start)) is not None and q.i == p.head.i and _actor_key(o.source) == _actor_key(e.source)),
            None,
        )
        if host is None:
            continue
        both = _named(host.target) is not None and _named(e.target) is not None
        if both and host.target.country != e.target.country:  # type: ignore[union-attr]
            continue  # (parties of two states: two acts)
        better = _named(e.target) is not None and (not both or _target_rank(e) > _target_rank(host))
        out[out.index(host)] = replace(host, target=e.target if better else host.target, confidence=max(host.confidence, e.confidence))
        out.remove(e)
    return out


def _one_reading(events: list[Event]) -> list[Event]:
    """One verb read twice with the same parties ("began a five-day joint
    exercise ..., the first such drills": "began" with either noun) is one
    event: the first reading stays."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in events:
        key = (e.trigger.start if e.trigger else None, e.event_type, e.polarity, _actor_key(e.source), _actor_key(e.target))
        if e.trigger is not None and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def event_id(doc_id: str, sentence_index: int, trigger_start: int, type_: str, src: Actor | None, tgt: Actor | None) -> str:
    """Stable id: the same text coded by the same rules gives the same id."""
    key = "|".join([doc_id, str(sentence_index), str(trigger_start), type_, src.name if src else "", tgt.name if tgt else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _exchange_results(events: list[Event]) -> list[Event]:
    """"Thailand and Cambodia exchanged gunfire, killing two Cambodian soldiers":
    a result of an exchange between states hits one side, done by the other;
    no side kills its own."""
    sides: dict[int, set[str]] = {}
    for e in events:
        if e.event_type == "ASSAULT" and e.source is not None and e.source.country:
            sides.setdefault(_start(e), set()).add(e.source.country)
    return [
        e for e in events
        if not (e.event_type == "ASSAULT" and e.source is not None and e.target is not None and e.source.country
                and e.source.country == e.target.country and len(sides.get(_start(e), ())) > 1)
    ]


WORDS_AT = frozenset(("ACCUSE", "REJECT", "THREATEN", "REQUEST"))


# what may share the target of the verbal act it is joined to ("meets X, vows deeper ties")
_SHARING = WORDS_AT | {"AGREE"}


def _shared_targets(events: list[Event], pred_at: dict[int, Token], doc_id: str) -> list[Event]:
    """"KCNA accused Washington and Seoul of staging a rehearsal for war and
    warned that the North would take countermeasures": a verbal act or a
    promise with no target joined to a verbal act or a meeting of the same
    source is aimed at its targets ("Putin meets North Korean foreign
    minister, vows deeper ties")."""
    out: list[Event] = []

    def joined(e: Event, p: Token, q: Token) -> bool:
        # conjoined, or a participle that goes on from it ("condemned X, warning that ..."),
        # or first of two ("expressed concern and urged the Chinese side to ..."; a
        # denial first is of a claim, not aimed at whom the next verb accuses)
        return (
            (p.dep_ == "conj" and p.head.i == q.i)
            # (a headline's second verb after a comma, left loose or read as a noun:
            # "meets X, pledges to deepen ties", "meets Hegseth, pledges bigger role")
            or (p.dep_ in ("dep", "dobj", "appos") and p.head.i == q.i and q.i < p.i and any(t.text == "," for t in p.doc[q.i : p.i]))
            or (p.dep_ == "advcl" and p.tag_ == "VBG" and p.head.i == q.i)
            or (e.event_type != "REJECT" and q.dep_ == "conj" and q.head.i == p.i)
            # (what the source said next: "accused Seoul of provocations and said it would take measures")
            or (p.dep_ == "ccomp" and p.head.dep_ == "conj" and p.head.head.i == q.i and p.head.lemma_ in ("say", "add", "vow", "warn"))
            # ... and a regret aimed where the appeal it went on to tell was ("expressed regret over
            # the repatriation and said it had called on Beijing to ...")
            or (e.event_type == "ACCUSE" and q.dep_ == "ccomp" and q.head.dep_ == "conj" and q.head.head.i == p.i and q.head.lemma_ in ("say", "add"))
        )

    def same_speaker(a: Actor | None, b: Actor | None) -> bool:
        # (the second clause's "it" is the first's speaker)
        # (or the speaker's state by its name: "accused Addis Ababa of ... and said Eritrea would defend its sovereignty")
        return _actor_key(a) == _actor_key(b) or (
            a is not None and b is not None and bool(a.country) and a.country == b.country and (a.text.lower() in ("it", "he", "she", "they") or "country" in (a.kind, b.kind))
        )

    def go_between(o: Event) -> bool:
        # "called on the United States and France to press Israel": those asked
        # are to act on another party; what was condemned is not theirs
        q = pred_at.get(o.trigger.start) if o.trigger is not None else None
        return q is not None and o.event_type == "REQUEST" and any(
            x.dep_ in ("xcomp", "ccomp") and any(d.dep_ in ("dobj", "obj") and (d.ent_type_ in ("GPE", "NORP", "ORG") or d.pos_ == "PROPN") for d in x.children)
            for x in q.children
        )

    def forum(o: Event) -> bool:
        # "condemned the attempt and asked the U.N. Security Council to meet on it": a body
        # asked to take the matter up is not who is condemned
        return o.event_type == "REQUEST" and o.target is not None and (o.target.sector == "IGO" or o.target.country in ("UNO", "IGO"))

    for e in events:
        p = pred_at.get(_start(e))
        if e.target is not None or e.event_type not in _SHARING or p is None or e.source is None:
            out.append(e)
            continue
        # ("held phone talks and agreed to respond sternly to any provocation": those who
        # act together are no targets of their own act)
        start = e.trigger.start if e.trigger is not None else -1
        together = {x.source.country for x in events if x.trigger is not None and x.trigger.start == start and x.source is not None and x.source.country}
        first = [
            o.target for o in events
            if o.event_type in WORDS_AT | {"CONSULT"} and o.target is not None and _start(o) in pred_at and joined(e, p, pred_at[_start(o)])
            and same_speaker(o.source, e.source) and o.target.country != e.source.country and not (e.event_type == "ACCUSE" and (go_between(o) or forum(o)))
            and not (len(together) > 1 and o.target.country in together)
        ]
        if not first:
            out.append(e)
            continue
        out += [replace(e, target=t, event_id=event_id(doc_id, e.sentence_index, _start(e), e.event_type, e.source, t)) for t in first]
    return out


def _one_assault_two_verbs(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """"A police officer was shot and wounded": two verbs of one attack on the
    same victim are one event, with whichever source either found
    ("killed three and wounded five" hits different victims: two events)."""
    out = list(events)
    for e in events:
        p = pred_at.get(_start(e))
        if e.event_type != "ASSAULT" or p is None or p.dep_ != "conj" or e not in out:
            continue
        first = next(
            (i for i, o in enumerate(out) if o is not e and o.event_type == "ASSAULT" and _start(o) in pred_at and pred_at[_start(o)].i == p.head.i
             and o.polarity == e.polarity and o.target is not None and _actor_key(o.target) == _actor_key(e.target)),
            None,
        )
        if first is None:
            continue
        o = out[first]
        out[first] = replace(o, source=o.source or e.source, confidence=max(o.confidence, e.confidence))
        out = [x for x in out if x is not e]
    return out


_WHEN_MARKS = frozenset(("when", "as", "after"))


def _harmed_when_struck(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """"A Lebanese soldier was killed when an Israeli drone struck his
    vehicle", "Two Palestinians were killed when an Israeli airstrike hit a
    house in Gaza City": the harm told in the passive, with nobody doing it,
    and the attack of the clause that says how are one event: the attacker
    of the clause against the victims of the harm (the attack's own target,
    a thing, a place or victims of the same state, goes)."""
    out = list(events)
    for e in events:
        p = pred_at.get(e.trigger.start) if e.trigger else None
        if e.event_type != "ASSAULT" or e.source is not None or e.target is None or p is None or e not in out:
            continue
        how = next(
            (o for o in out if o is not e and o.event_type == "ASSAULT" and o.source is not None and o.polarity == e.polarity and o.trigger is not None
             and (q := pred_at.get(o.trigger.start)) is not None and q.dep_ == "advcl" and q.head.i == p.i
             and any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in q.children)),
            None,
        )
        if how is None:
            continue
        t = how.target
        merged = replace(e, source=how.source, mode=e.mode or how.mode, confidence=max(e.confidence, how.confidence), extra={**e.extra, "attack": how.trigger.text if how.trigger else ""})
        # ("were killed when rebels attacked a UN convoy": two parties hit, two events, one attacker)
        apart = t is not None and t.kind != "country" and bool(t.country) and bool(e.target.country) and t.country != e.target.country
        out = [merged if x is e else x for x in out if apart or x is not how]
    return out


def _one_assault_result(events: list[Event], pred_at: dict[int, Token]) -> list[Event]:
    """"A car bomb exploded near a police station, killing 12 people",
    "Russian forces shelled Kharkiv, wounding 14 civilians": the harm told
    by a participle that goes on from the attack is that attack's result,
    one event. The attack keeps its trigger, code and source (the
    participle's when it has none) and takes the victims as its target when
    it names none of its own or only a place of the same state. Victims of
    another state stay an event of their own."""
    out = list(events)
    sides: dict[int, set[str | None]] = {}
    for o in events:
        if o.trigger is not None:
            sides.setdefault(o.trigger.start, set()).add(o.source.country if o.source else None)
    for e in events:
        p = pred_at.get(e.trigger.start) if e.trigger else None
        # ("Israeli air strikes on southern Lebanon that killed at least five people": the strikes' result too)
        result = (p is not None and p.dep_ == "advcl" and p.tag_ == "VBG") or (
            p is not None and p.dep_ == "relcl" and p.tag_ == "VBD" and lemma(p) in _HARMING and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in p.children)
        )
        if e.event_type != "ASSAULT" or not result or p is None or e.target is None or e not in out:
            continue
        # (the parser may hang the participle on the main clause: "ordered an offensive ... after
        # they attacked an army base, killing nine soldiers" are the attack's victims)
        host = result_host(p) or p.head
        head = next(
            (i for i, o in enumerate(out) if o is not e and o.event_type == "ASSAULT" and o.trigger is not None and o.polarity == e.polarity
             and o.trigger.start in pred_at and pred_at[o.trigger.start].i == host.i
             and (e.source is None or o.source is None or _actor_key(o.source) == _actor_key(e.source)
                  or (o.source.country is not None and o.source.country == e.source.country))),
            None,
        )
        if head is None or len(sides.get(out[head].trigger.start, ())) > 1:  # type: ignore[union-attr]
            continue  # (an exchange of fire: its results are told apart by the exchange pass)
        o = out[head]
        t = o.target
        victims = e.target
        if t is not None and t.country and victims.country and t.country != victims.country:
            if t.kind != "country" or victims.text != victims.text.lower():
                continue
            # "slammed into Kharkiv, killing six civilians": people no word gives a state are the place's
            victims = replace(victims, country=t.country)
        if t is not None and (t.kind == "person" or not t.country):
            continue  # a person attacked and others hurt; a target of no known state
        # the attack's own target stays unless it is only a place ("shelled Kharkiv")
        out[head] = replace(o, source=o.source or e.source, target=victims if t is None or t.kind == "country" else t, mode=o.mode or e.mode,
                            confidence=max(o.confidence, e.confidence), extra={**o.extra, "result": e.trigger.text if e.trigger else ""})
        # ("killing at least 12 people and wounding 30 others": a result naming nobody goes with it)
        out = [
            x for x in out
            if x is not e and not (
                x.event_type == "ASSAULT" and x.target is None and x.polarity == e.polarity and x.trigger is not None
                and x.trigger.start in pred_at and pred_at[x.trigger.start].dep_ == "conj" and pred_at[x.trigger.start].head.i == p.i
                and (x.source is None or _actor_key(x.source) == _actor_key(out[head].source))
            )
        ]
    return out


# harm an attack did, told in a clause on its noun
_HARMING = frozenset(("kill", "wound", "injure", "hurt", "maim"))


def _start(e: Event) -> int:
    """Where an event's trigger starts (every event the coder emits has a trigger)."""
    if e.trigger is None:
        raise ValueError(f"event {e.event_id} ({e.event_type}) has no trigger: the sentence passes read the coder's events only")
    return e.trigger.start


def _named(t: Actor | None) -> Actor | None:
    """A target the text names: not the source's own state an unnamed domestic act is given ("ARM (domestic)")."""
    return None if t is None or (not t.text and t.name.endswith("(domestic)")) else t


def _target_rank(e: Event) -> tuple[bool, bool, float]:
    """How specific an event's target is: with a state, then a body or a
    person rather than a place, then the surer reading."""
    t = e.target
    return (bool(t and t.country), bool(t and t.kind != "country"), e.confidence)


def _actor_key(a: Actor | None) -> tuple[str, str | None] | None:
    return None if a is None else (a.name, a.country)


# Types of which a sentence reports one toward a party: two triggers of one
# statement ("warned ... would pay a price") or one meeting ("held talks ...,
# the first such meeting") toward the same party are one event.
_ONCE_PER_DYAD = frozenset(("THREATEN", "ACCUSE", "REQUEST", "CONSULT"))


# acts one scene is told in several verbs ("marched, blocked streets and
# chanted", "was detained and charged", "shelled the town and killed five")
# ... and one statement's criticism ("lodged a strong protest and condemned X")
_ONE_SCENE = frozenset(("PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "ACCUSE", "CONSULT"))


def _one_clause(a: Token | None, b: Token | None) -> bool:
    """One predicate serves the other ("fired tear gas to disperse them",
    "opened fire ..., killing one"): a purpose or result clause, not a
    coordinated act of its own ("suspended the treaty ... and expelled")."""
    if a is None or b is None:
        return True
    return _act_root(a).i == _act_root(b).i


def _act_root(pred: Token) -> Token:
    """The verb whose purpose or result clauses a predicate belongs to."""
    node = pred
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ == "conj" and node.head.dep_ == "ROOT":
            break  # "suspended the treaty ... and expelled the advisers": acts of their own
        if node.dep_ not in ("advcl", "xcomp", "acl", "pcomp", "prep", "dobj", "pobj", "nsubj", "nsubjpass", "conj"):
            break
        node = node.head
    return node


def _purpose_of(a: Token | None, b: Token | None) -> bool:
    """One predicate is the other's purpose: "summoned the ambassador to
    protest", "will travel to Moscow for talks"."""
    if a is None or b is None:
        return False
    for x, y in ((a, b), (b, a)):
        if x.head.i == y.i and x.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            return True
        if x.dep_ == "pobj" and x.head.lower_ == "for" and x.head.head.i == y.i:
            return True
    return False


def _one_per_act(events: list[Event], linked: Any = None, serves: Any = None) -> list[Event]:
    """One event per act of a sentence: "fired tear gas to disperse them"
    and "met X to discuss Y" give the same type from the same source twice,
    once with a target and once without; the reading that names the target
    stays, as sure as the surer of the two; readings of one act with the
    same parties are one event. Readings with different targets stay
    separate events, and so do two readings without one ("killed three and
    wounded five": the event data sets count each), and coordinated acts
    ("suspended the treaty ... and expelled its advisers")."""
    out: list[Event] = []
    if serves is not None:
        # "sent 3,000 troops to Russia to support its war": backing told as the
        # purpose of the material act is that act, not a statement of support
        events = [
            e for e in events
            if not (e.event_type in ("SUPPORT", "COOPERATE") and e.cameo_code != "057" and any(
                o is not e and o.event_type in ("AID", "MOBILIZE", "ASSAULT") and o.source is not None and _actor_key(o.source) == _actor_key(e.source) and serves(o, e)
                for o in events
            ))
        ]
    # "warned that the allies would pay a dear price": the warning's content
    # repeats the warning (same type and dyad, not asserted): the warning stays
    asserted = {(e.event_type, _actor_key(e.source), _actor_key(e.target)) for e in events if e.polarity == "asserted" and e.target is not None}
    events = [e for e in events if e.polarity == "asserted" or e.target is None or (e.event_type, _actor_key(e.source), _actor_key(e.target)) not in asserted]
    # "Beijing will retaliate if Manila deploys U.S. missiles, a Chinese
    # spokesperson warned": the warning's party is the one its content threatens
    for i, e in enumerate(events):
        # (also a warning with no party of its own: "warned that the military would punish the enemy if ...")
        if e.event_type == "THREATEN" and e.polarity == "asserted" and (e.extra.get("target_via") == "nearby" or e.target is None) and e.source and e.source.country:
            said = next(
                (o for o in events if o is not e and o.event_type == "THREATEN" and o.polarity in ("hypothetical", "future")
                 and o.source and o.source.country == e.source.country and o.target is not None),
                None,
            ) or next(
                # "warned they could move to restore U.N. sanctions on Iran": whom the measures threatened would hit
                (o for o in events if o is not e and o.event_type in ("SANCTION", "COERCE") and o.polarity in ("hypothetical", "future")
                 and o.source and (o.source.country == e.source.country or o.source.sector == "IGO") and o.target is not None
                 and o.target.country and o.target.country != e.source.country and (e.target is None or o.target.country != e.target.country)),
                None,
            )
            if said is not None:
                events[i] = replace(e, target=said.target, extra={**e.extra, "target_via": "content"})
    # "Araghchi warned that Iran would respond firmly": the threat's content,
    # told by a speaker of the same state, is the threat once more
    # (one naming nobody, right after its state's warning, is dropped in the coder: see code_sentence)
    warned = {(e.source.country, _actor_key(e.target)) for e in events if e.event_type == "THREATEN" and e.polarity == "asserted" and e.source and e.source.country}
    events = [
        e for e in events
        if not (e.event_type == "THREATEN" and e.polarity in ("hypothetical", "future") and e.source and (e.source.country, _actor_key(e.target)) in warned)
    ]
    for e in events:
        if e.target is not None and any(
            o.event_type == e.event_type and _actor_key(o.source) == _actor_key(e.source) and _actor_key(o.target) == _actor_key(e.target)
            and (e.event_type in _ONCE_PER_DYAD or (linked is not None and _start(o) != _start(e) and linked(o, e)))
            for o in out
        ):
            # "warned that the allies would pay a price": one threat, said once;
            # "hold military talks to discuss ways ...": one act, its purpose repeating it
            continue
        if e.target is None and e.event_type in _ONCE_PER_DYAD and linked is not None and any(
            o.event_type == e.event_type and o.target is None and o.polarity == e.polarity and _actor_key(o.source) == _actor_key(e.source)
            and _start(o) != _start(e) and linked(o, e)
            for o in out
        ):
            continue  # "condemned the launches, calling them a grave threat": one statement, nobody named
        if e.target is None and e.event_type in _ONCE_PER_DYAD | {"REJECT"} and linked is not None and e.source is not None and e.source.country and any(
            o is not e and o.event_type == e.event_type and o.polarity == e.polarity and o.target is not None
            # (an inquiry is an act of its own: "condemned the interception and said prosecutors had opened an investigation")
            and "investigate" not in (o.mode, e.mode)
            and o.source is not None and o.source.country == e.source.country and _start(o) != _start(e) and linked(o, e)
            for o in events
        ):
            continue  # "rejected the accusation, with a spokesperson calling it a fabrication": one rejection, its party named once
        twin = next(
            (
                i
                for i, o in enumerate(out)
                if e.event_type != "ASSAULT"  # (victims are counted each: "killed three and wounded five")
                and o.event_type == e.event_type
                and o.polarity == e.polarity
                and _actor_key(o.source) == _actor_key(e.source)
                and o.target is not None
                and e.target is not None
                and _start(o) != _start(e)
                and (not o.target.country or not e.target.country or o.target.country == e.target.country or "summon" in (o.extra.get("lemma"), e.extra.get("lemma")))
                and serves is not None
                and serves(o, e)
            ),
            None,
        )
        if twin is not None:
            # "summoned the Japanese ambassador to protest Tokyo's claim", "will
            # travel to Moscow for talks with Putin": one act, its purpose
            # naming the same state again; the most specific target stays
            # (a summons stays the act: "called in the ambassador and conveyed grave concern" is the
            # summons, which another telling of it, "Seoul summoned a Chinese diplomat", names again)
            summons = [x for x in (e, out[twin]) if x.cameo_code == "114" and x.event_type == "ACCUSE"]
            if len(summons) == 1:
                out[twin] = replace(summons[0], confidence=max(e.confidence, out[twin].confidence))
            elif _target_rank(e) > _target_rank(out[twin]):
                out[twin] = replace(e, confidence=max(e.confidence, out[twin].confidence))
            continue
        readings = [
            i
            for i, o in enumerate(out)
            if o.event_type == e.event_type
            and o.polarity == e.polarity
            and _actor_key(o.source) == _actor_key(e.source)
            and (_named(o.target) is None) != (_named(e.target) is None)
            and _start(o) != _start(e)
            and (linked is None or linked(o, e))
        ]
        if not readings:
            out.append(e)
            continue
        same = readings[0]
        if _named(out[same].target) is None:
            # the act keeps the confidence of its surest reading ("opened fire
            # to disperse demonstrators" is sure of the firing); every other
            # targetless reading of it goes ("expressed concern ... and
            # summoned the ambassador to protest")
            out[same] = replace(e, confidence=max([e.confidence] + [out[i].confidence for i in readings]))
            out = [o for i, o in enumerate(out) if i == same or i not in readings]
        else:
            out[same] = replace(out[same], confidence=max(e.confidence, out[same].confidence))
    return out


# what a claim of responsibility is for ("claimed responsibility for the bombing")
_CLAIMED_ACTS = frozenset(("attack", "attacks", "bombing", "blast", "explosion", "strike", "assault", "ambush", "raid", "killing", "shooting", "massacre", "kidnapping", "abduction", "hijacking", "assassination"))
# nobody claims: "no group has claimed responsibility", "none claimed"
_NOBODY = frozenset(("no", "none", "nobody", "neither"))


def claimed_attacks(events: list[Event], sdoc: Any, index: Any, sentences: list[Any]) -> list[Event]:
    """"Al Shabaab claimed responsibility for the attack": an attack the
    story gave no attacker (or only the unidentified attackers of the state
    where it happened) was done by whoever claims it. The claim reaches back
    to the latest such attack told before it or in its sentence, and to the
    others of that day; condemnations aimed at those unidentified attackers
    are aimed at the claimant too. Denials, disputed and negated claims
    ("no group has claimed responsibility") change nothing."""
    for tok in sdoc:
        # (the text first: this walks every token of the document)
        if not tok.lower_.startswith("claim") or lemma(tok) != "claim" or tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        if is_passive(tok):
            subj = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            what = [c for c in tok.children if c.dep_ == "nsubjpass"]
        else:
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            what = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if subj and subj[0].lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                subj = [tok.head]
        acts = [lemma(w) for w in what]
        acts += [lemma(p) for w in what if lemma(w) in ("responsibility", "credit") for c in w.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        acts += [lemma(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        if not subj or not (set(acts) & _CLAIMED_ACTS) or not any(lemma(w) in ("responsibility", "credit") or lemma(w) in _CLAIMED_ACTS for w in what):
            continue
        if any(t.lower_ in _NOBODY for s in subj for t in s.subtree):
            continue
        if any(claimed_new(p) for w in what for c in w.children if c.dep_ == "prep" for p in c.children):
            continue  # "claimed responsibility for a drone strike on ...": a new act, coded from the claim itself
        claimant = next((m for s in subj for t in s.subtree for m in index.on(t)), None)
        if claimant is None:
            continue
        here = next((s.index for s in sentences if s.start <= tok.idx < s.end), None)
        if here is None:
            continue
        open_ = [
            e for e in events
            if e.event_type == "ASSAULT" and e.polarity == "asserted" and e.sentence_index <= here
            and (e.source is None or e.source.name == "unidentified attackers")
        ]
        if not open_:
            continue
        day = open_[-1].date
        claimed = {id(e) for e in open_ if e.date == day}
        places = {e.source.country for e in open_ if id(e) in claimed and e.source is not None}
        for i, e in enumerate(events):
            if id(e) in claimed:
                events[i] = replace(e, source=claimant, extra={**e.extra, "source_via": "claimed"})
            elif (e.event_type in ("ACCUSE", "THREATEN", "REQUEST") and e.target is not None and e.target.name == "unidentified attackers"
                  and e.target.country in places and e.sentence_index >= open_[0].sentence_index):
                events[i] = replace(e, target=claimant, extra={**e.extra, "target_via": "claimed"})
    return events


# an attack told as an answer to fire: "returned fire", "fired back", "retaliated"
_ANSWERING_FIRE = ("return", "retaliat", "respond", "answer")


def _answers_fire(e: Event) -> bool:
    words = e.trigger.text.lower().split() if e.trigger is not None else []
    return bool(words) and (words[0].startswith(_ANSWERING_FIRE) or "back" in words)


def answered_fire(events: list[Event]) -> list[Event]:
    """"The soldiers returned fire": an answering attack with no target
    told is aimed at whoever last attacked the answering side's state,
    named earlier in the story (not at a party of the same state)."""
    for i, e in enumerate(events):
        if e.event_type != "ASSAULT" or e.target is not None or e.source is None or not e.source.country or not _answers_fire(e):
            continue
        attacker = next(
            (o.source for o in reversed(events[:i])
             if o.event_type == "ASSAULT" and o.sentence_index <= e.sentence_index and o.polarity == "asserted"
             and o.target is not None and o.target.country == e.source.country
             and o.source is not None and o.source.country and o.source.country != e.source.country),
            None,
        )
        if attacker is not None:
            events[i] = replace(e, target=attacker, extra={**e.extra, "target_via": "answered_fire"})
    return events


def _no_named_doer(a: Actor | None, where: str) -> bool:
    """No doer, or only a common noun ("gunmen", "armed men") of no state
    or of the state acted on (unnamed gunmen are taken for local ones); not
    a person, nor a name the story gives ("West Swan"; a capital opening a
    sentence is no name)."""
    if a is None or a.name == "unidentified attackers":
        return True
    common = a.kind != "person" and a.text[1:] == a.text[1:].lower()
    return common and (a.country is None or (a.country == where and a.sector in ("REB", "INS")))


def retold_sources(events: list[Event], lede: int = 3) -> list[Event]:
    """A story's headline and lede tell its main act twice, often naming
    the doer only once ("Venezuelan gunmen attack Guyanese soldiers" over
    "Armed men firing from the Venezuelan side attacked a patrol boat").
    Within the first ``lede`` sentences, an act with no named doer takes the
    doer of the same kind of act on the same state, told in the headline
    (or, for a headline with no doer, in the lede), when that doer is of one
    state, not the one acted on, and the act is not told in reverse there
    too."""
    opening = [e for e in events if e.sentence_index < lede]
    # (a fight told both ways names no one doer: "Kosovo, Serbia trade blame")
    mutual = {(o.sentence_index, o.event_type, o.target.country, o.source.country) for o in opening if o.source is not None and o.target is not None}
    for i, e in enumerate(events):
        if e.sentence_index >= lede or e.target is None or not e.target.country:
            continue
        if not _no_named_doer(e.source, e.target.country):
            continue
        doers = {
            (o.source.country, o.source.sector): o.source
            for o in opening
            if o.sentence_index != e.sentence_index and "title" in (o.section, e.section)
            and o.event_type == e.event_type and o.polarity == e.polarity
            and o.source is not None and o.source.country and o.source.country != e.target.country
            and o.target is not None and o.target.country == e.target.country
            and (o.sentence_index, o.event_type, o.source.country, o.target.country) not in mutual
        }
        if len({c for c, _ in doers}) == 1:
            events[i] = replace(e, source=next(iter(doers.values())), extra={**e.extra, "source_via": "retold"})
    return events


# a drill's word, after its name: "held their Freedom Edge exercise", "the Ulchi Freedom Shield drills"
_DRILL_NAMED = re.compile(rf"((?:[A-Z][\w-]*\s+){{1,4}}){_DRILL_ALT}\b")


def named_drills(events: list[Event], doc_id: str) -> list[Event]:
    """A drill named by its name alone ("KCNA denounced Freedom Edge as a
    rehearsal for war") is aimed at the states the story told holding it
    ("as South Korea, the United States and Japan held their Freedom Edge
    exercise"): one event per state, in the order told."""
    holders: dict[str, list[Actor]] = {}
    for o in events:
        if o.event_type not in ("COOPERATE", "MOBILIZE") or o.trigger is None or o.polarity != "asserted":
            continue
        for m in _DRILL_NAMED.finditer(o.trigger.text):
            name = m.group(1).strip().lower()
            for a in (o.source, o.target):
                if a is not None and a.country and a.country not in {x.country for x in holders.get(name, [])}:
                    holders.setdefault(name, []).append(a)
    if not holders:
        return events
    out: list[Event] = []
    for e in events:
        t, trig = e.target, e.trigger
        states = holders.get(t.text.strip().lower()) if t is not None and not t.country else None
        if not states or e.source is None or trig is None or e.event_type not in WORDS_AT:
            out.append(e)
            continue
        out += [
            replace(e, target=a, event_id=event_id(doc_id, e.sentence_index, trig.start, e.event_type, e.source, a), extra={**e.extra, "target_via": "drill_name"})
            for a in states if a.country != e.source.country
        ]
    return out


def recalled_from(events: list[Event]) -> list[Event]:
    """Ambassadors recalled with no post named ("the three countries said they
    were recalling their ambassadors") are recalled from the state the story
    told an envoy recalled from before ("to recall their ambassadors from
    Algiers")."""
    for i, e in enumerate(events):
        if e.event_type != "SANCTION" or e.target is not None or e.source is None or not e.source.country or not _recall(e):
            continue
        post = next(
            (o.target for o in reversed(events[:i])
             if o.event_type == "SANCTION" and _recall(o) and o.target is not None and o.target.country and o.target.country != e.source.country),
            None,
        )
        if post is not None:
            events[i] = replace(e, target=post, extra={**e.extra, "target_via": "recalled_from"})
    return events


def _recall(e: Event) -> bool:
    return e.trigger is not None and e.trigger.text.lower().startswith("recall")


# verbs of a go-between: "talks mediated by Qatar", "a swap brokered by the UAE"
_GO_BETWEEN = frozenset(("mediate", "broker"))
# acts a go-between brings the parties to
_BROUGHT_ABOUT = frozenset(("CONSULT", "AGREE", "RETREAT", "COOPERATE", "CONCEDE", "SUPPORT"))


def mediated_acts(events: list[Event], sdoc: Any, index: Any, doc_id: str) -> list[Event]:
    """ "Israel and Syria held talks in Paris mediated by U.S. envoy Tom
    Barrack", "exchanged prisoners in a swap mediated by the United Arab
    Emirates": the go-between named by the participle's agent mediates
    (CONSULT 045) with each party of the act the participle's noun names, one
    event per party's state (one only when both sides are of one state). The
    coder keeps the go-between out of the act's own parties; this gives it
    its own act."""
    if not any(e.event_type in _BROUGHT_ABOUT for e in events):
        return events
    added: list[Event] = []
    for tok in sdoc:
        # (the text first: this walks every token of the document)
        if not tok.lower_.startswith(("mediat", "broker")) or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod") or lemma(tok) not in _GO_BETWEEN:
            continue
        agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        heads = [h for p in agents for h in (p, *p.conjuncts)]
        brokers = list({m.country: m for h in heads for m in index.on(h)[:1] if m.country}.values())
        if not brokers:
            continue
        # the act the noun names: its own trigger, or the verb it hangs on ("in a swap", "held
        # talks"), or the noun its parties hang on ("talks between the army and the RSF mediated by")
        # ("rounds of talks ... mediated by": what the rounds are of)
        ups = list(tok.ancestors)[:5]
        near = {a.idx for a in ups} | {o.idx for a in ups[:1] for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
        acts = [
            e for e in events
            if e.event_type in _BROUGHT_ABOUT and e.trigger is not None and e.source is not None
            and any(e.trigger.start <= i < e.trigger.end for i in near) and e.trigger.start <= tok.idx + len(tok.text)
        ]
        if not acts:
            continue
        parties = list({a.country: a for e in acts for a in (e.source, e.target) if a is not None and a.country}.values())
        base = acts[0]
        trig = Span(tok.idx, tok.idx + len(tok.text), tok.text)
        for b in brokers:
            for p in parties:
                if p.country == b.country:
                    continue
                added.append(replace(
                    base, event_id=event_id(doc_id, base.sentence_index, trig.start, "CONSULT", b, p), event_type="CONSULT", cameo_code="045",
                    mode=None, context="diplomatic", source=b, target=p, trigger=trig, extra={"via": "go-between", "lemma": lemma(tok)},
                ))
    return events + added if added else events

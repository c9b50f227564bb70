"""The story's parties: acts with no doer set aside, and the target of an
act whose sentence names none.

A report tells most acts between the parties it is about. "North Korea has
refused", "The ministry lodged a strong protest", "Moscow will respond":
the sentence names a doer but not whom the act is aimed at, because the
story already has. Such an act is aimed at the party the story names most,
other than its doer's own country: counted over the parties of every event
the report codes (sources and targets, after retellings are folded).

A sanction with no target is aimed instead at the targets of the sanction
told latest before it ("South Korea and Japan imposed sanctions on a Hong
Kong-based shipper, a day after the United States blacklisted the same
network"): allies take measures against the same network, and the party
named most is often one of the allies.

A rejection or an accusation with no target, told on from the sentence
before by the same state's act of that type, is aimed where that one was
("Moscow brushed off the report. Zakharova dismissed it as a fabrication");
on the same day it is that act told again, and folds into it (its
sentence kept in ``extra["also_told"]``).

A story about one state's rival camps ("Libya's rival governments", which
the actors stage records as ``meta["rival_camps"]``) aims such an act of
that state at the state itself; so does a police force's attack or
coercion ("riot police fired tear gas"), which is crowd control at home.

An arrest, a charge or a sentence (COERCE) aimed at a person of no told
state ("agents arrested Kim at his home, and prosecutors indicted him") by
a state's agents takes that person for one of the doer's own: the
target's country is the doer's, marked ``extra["target_country_via"] =
"doer"`` (the person's words and offsets are kept).

Left without a target: launches, drills and other shows of force
(MOBILIZE), aimed at nobody unless the sentence says so; protests and
demonstrations (PROTEST), aimed at their own government unless the
sentence says otherwise; rebels', insurgents' and opposition parties' acts,
aimed at their own state; attacks by nobody named (placed where they
happened); acts aimed at everyone or at whoever does something ("urged all
parties to ...", "will act against any bank that ...", "Those who help
Pyongyang will pay a price") and calls for calm or restraint; acts whose
doer has no country; and every act of a text of fewer than
``MIN_SENTENCES`` sentences, which has no story beyond its sentence.

An act of such a story that still has no doer once retellings are folded
is set aside (``set_aside_doerless``): listed in the document's meta, not
exported as an event.

The target keeps the words and offsets of the story's mention of that
party (its name as a state first, else a body or person of it) nearest
before the act, else nearest after it, so a reader can check it;
``resolved_from`` and ``extra["target_via"] = "story"`` say it came from
the story.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..records import Actor, Document, Event

# acts that name whom they are aimed at or are aimed at nobody
UNAIMED_TYPES = frozenset({"MOBILIZE", "PROTEST"})
# what police do with no one named: crowd control and arrests, at home
POLICING_TYPES = frozenset({"ASSAULT", "COERCE"})
# a text shorter than this is one sentence's news: no story to resolve against
MIN_SENTENCES = 3
# rebels and insurgents fight their own state, and opposition parties criticise their own
# government, whatever other states the story names
HOME_FRONT = frozenset({"REB", "INS", "OPP"})
RESOLVED_FROM = "the story"
# the doer the coder gives an attack whose sentence names only where it happened
UNKNOWN_ATTACKERS = "unidentified attackers"
# an act aimed at everyone, at whoever does something, or for calm has no one target:
# "urged all parties to exercise restraint", "will act against any bank that ...",
# "Those who help Pyongyang will pay a price", "urged calm"
_TO_EVERYONE = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:all|both)\s+(?:parties|sides|countries|states|nations|members)\b"
    # (not "would respond with full force to any further aggression": the other side's, again)
    r"|^\W*(?:\w+\W+){0,4}?(?:any(?!\s+(?:further\s+|future\s+|new\s+|more\s+)?(?:aggression|provocations?|attacks?|incursions?|violations?)\b)"
    r"|anyone|anybody|whoever|everyone|those\s+who|the\s+international\s+community)\b"
    r"|^\W*(?:\w+\W+){0,6}?(?:calm|restraint)\b",
    re.IGNORECASE,
)


# arrests, charges and trials: aimed at a person of no told state, at one of the doer's own
DETAINING_TYPES = frozenset({"COERCE"})


# measures several states take against the same targets: a sanction told with
# no target is aimed at those of the sanctions the story told before ("South
# Korea and Japan imposed sanctions on a Hong Kong shipper and three North
# Korean officials, a day after the United States blacklisted the same network")
SHARED_MEASURES = frozenset({"SANCTION"})


def record_also_told(host: Event, e: Event) -> None:
    """Keep ``e``'s sentence and trigger on ``host``, the event it tells again
    (``extra["also_told"]``), so every telling stays verifiable."""
    host.extra.setdefault("also_told", []).append(
        {"sentence_index": e.sentence_index, "trigger": [e.trigger.start, e.trigger.end] if e.trigger is not None else None}
    )


# judgements a speaker goes on with in the next sentence
_TOLD_ON = frozenset({"REJECT", "ACCUSE"})


def _judged_just_before(events: list[Event], e: Event) -> tuple[Event, Actor] | None:
    """The same state's act of ``e``'s type (a rejection or an accusation)
    in the sentence just before, and the target it named, when it named one."""
    if e.event_type not in _TOLD_ON or e.source is None:
        return None
    before = [
        o for o in events
        if o.event_type == e.event_type and o.sentence_index == e.sentence_index - 1 and o.source is not None and o.source.country == e.source.country
        and o.target is not None and o.target.country and o.target.resolved_from != RESOLVED_FROM
    ]
    if len({o.target.country for o in before if o.target is not None}) != 1:
        return None
    host = before[-1]
    assert host.target is not None
    return host, host.target


def _measure_targets(events: list[Event], e: Event) -> list[Actor]:
    """The targets (one per state) of the act of ``e``'s type told latest
    before it, or earlier in its sentence by another state, with targets of
    its own naming (not filled from the story)."""
    assert e.source is not None

    def at(o: Event) -> tuple[int, int]:
        return (o.sentence_index, o.trigger.start if o.trigger is not None else 0)

    latest: Event | None = None
    for o in events:
        t = o.target
        if o is e or o.event_type != e.event_type or t is None or not t.country or t.resolved_from == RESOLVED_FROM or o.polarity == "negated":
            continue
        if t.country == e.source.country or o.source is None or o.source.country == e.source.country and o.sentence_index == e.sentence_index:
            continue
        if at(o) < at(e) and (latest is None or at(o) > at(latest)):
            latest = o
    if latest is None:
        return []
    # (every target of that one act: "sanctioned a Hong Kong shipper and three North Korean officials")
    same = [o.target for o in events if o.event_type == e.event_type and o.target is not None and o.target.country and at(o) == at(latest)]
    return list({t.country: t for t in same if t.country != e.source.country}.values())


def _mention(events: list[Event], country: str, before: int, not_at: int | None = None) -> Actor | None:
    """The party ``country`` as the story names it nearest before sentence
    ``before`` (else nearest after): the state by its name before a sector,
    body or person of it."""
    best: tuple[tuple[int, int, int], Actor] | None = None
    for e in events:
        for a in (e.source, e.target):
            if a is None or a.country != country or a.start is None or a.resolved_from == RESOLVED_FROM or a.start == not_at:
                continue
            idx = a.sentence_index if a.sentence_index is not None else e.sentence_index
            # (a state by its own name before one a phrase stood for: "the two countries", "the line")
            key = (0 if a.kind == "country" and a.sector is None and a.resolved_from is None else 1, 0 if idx <= before else 1, abs(before - idx))
            if best is None or key < best[0]:
                best = (key, a)
    return best[1] if best is not None else None


_WHOEVER_DOES = re.compile(r"^\W*(?:those|anyone|anybody|whoever)\s+(?:who|that)?\b", re.IGNORECASE)


def _to_everyone(doc: Document, e: Event) -> bool:
    if e.trigger is None:
        return False
    sent = next((s for s in doc.sentences if s.index == e.sentence_index), None)
    if sent is None:
        return False
    return bool(_TO_EVERYONE.match(doc.text[e.trigger.end : sent.end]) or _WHOEVER_DOES.match(doc.text[sent.start : e.trigger.start]))


def set_aside_doerless(doc: Document) -> None:
    """Take out of ``doc.events`` every act of a story (``MIN_SENTENCES`` or
    more sentences) that still has no doer once retellings are folded, and
    list it in ``doc.meta["acts_without_doer"]`` (sentence, type, trigger,
    target country) so that nothing is lost.

    In a report, such an act is a background line ("Similar attacks on
    Guyanese soldiers were reported in February"), a tally ("At least 23
    civilians were killed"), or a retelling the folds did not reach; an
    event row needs a source (the output contract gives only the target as
    nullable). A doer named but not placed (an unknown group or state) is a
    doer, and stays.
    """
    if len(doc.sentences) < MIN_SENTENCES:
        return
    kept, aside = [], []
    for e in doc.events:
        if e.source is not None:
            kept.append(e)
            continue
        aside.append({
            "sentence_index": e.sentence_index,
            "event_type": e.event_type,
            "trigger": e.trigger.text if e.trigger is not None else None,
            "target": e.target.country if e.target is not None else None,
        })
    if aside:
        doc.meta["acts_without_doer"] = aside
        doc.events = kept


def aim_at_counterpart(doc: Document) -> None:
    """Give each act of ``doc`` with a doer's country and no target the
    story's most named other party, and a stateless person a state's agents
    arrest or try the doer's country (see the module docstring)."""
    events = doc.events
    if len(doc.sentences) < MIN_SENTENCES:
        return
    from ..events.passes import event_id  # (the events package imports the actors, which import this one)
    named: Counter[str] = Counter()
    for e in events:
        for a in (e.source, e.target):
            if a is not None and a.country:
                named[a.country] += 1
    added: list[Event] = []
    told_again: set[int] = set()
    from ..actors import get_lexicon  # (lazily, as above)

    international = get_lexicon().international
    for e in events:
        src = e.source
        start = e.trigger.start if e.trigger is not None else 0
        if (
            e.event_type in DETAINING_TYPES and e.target is not None and e.target.kind == "person" and not e.target.country
            and src is not None and src.country and src.country not in international
        ):
            # "agents arrested Kim at his home in Goyang, and prosecutors indicted him": a person
            # of no told state whom a state's agents arrest or try is taken for one of its own
            e.target = replace(e.target, country=src.country)
            e.extra["target_country_via"] = "doer"
            e.event_id = event_id(e.doc_id, e.sentence_index, start, e.event_type, src, e.target)
            continue
        if e.target is not None or src is None or not src.country or e.event_type in UNAIMED_TYPES or src.sector in HOME_FRONT:
            continue
        if src.name == UNKNOWN_ATTACKERS:  # an attack by nobody named, placed by where it happened
            continue
        if _to_everyone(doc, e):
            continue
        shared = _measure_targets(events, e) if e.event_type in SHARED_MEASURES else []
        if shared:
            for i, t in enumerate(shared):
                f = e if i == 0 else replace(e, extra=dict(e.extra))
                f.target = replace(t, resolved_from=RESOLVED_FROM)
                f.extra["target_via"] = "story"
                f.event_id = event_id(f.doc_id, f.sentence_index, start, f.event_type, src, f.target)
                if i:
                    added.append(f)
            continue
        # (a story about one state's rival camps aims its acts at that state: "Libya's rival
        # administrations ...; Dbeibah blamed outlaw groups for the violence")
        # (a judgement told on from the sentence before by the same state is aimed where that one
        # was: "Moscow brushed off the report. Zakharova dismissed it as a fabrication")
        told_on = _judged_just_before(events, e)
        if told_on is not None:
            host, target = told_on
            joint = any(o is not e and o.sentence_index == e.sentence_index and o.trigger == e.trigger and o.source is not None for o in events)
            if host.date == e.date and host.polarity == e.polarity and not joint:
                # (the same judgement told again on its day: one event, both sentences kept)
                record_also_told(host, e)
                told_again.add(id(e))
                continue
            e.target = replace(target, resolved_from=RESOLVED_FROM)
            e.extra["target_via"] = "story"
            e.event_id = event_id(e.doc_id, e.sentence_index, start, e.event_type, src, e.target)
            continue
        # (and police acts at home: "riot police fired tear gas" at the state's own crowd)
        rivals = doc.meta.get("rival_camps") == src.country or (src.sector == "COP" and e.event_type in POLICING_TYPES and e.section == "body")
        other = src.country if rivals else next((c for c, _ in named.most_common() if c != src.country), None)
        if other is None:
            continue
        seen = _mention(events, other, e.sentence_index, src.start if rivals else None)
        if seen is None:
            continue
        e.target = replace(seen, resolved_from=RESOLVED_FROM)
        e.extra["target_via"] = "story"
        e.event_id = event_id(e.doc_id, e.sentence_index, start, e.event_type, src, e.target)
    if told_again:
        events[:] = [e for e in events if id(e) not in told_again]
    if added:
        events.extend(added)
        events.sort(key=lambda x: (x.sentence_index, x.trigger.start if x.trigger is not None else 0))

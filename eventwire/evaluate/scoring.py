"""Scores of predicted events against gold records (definitions in
``eventwire.evaluate`` and docs/evaluation.md)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..records import PLOVER_TYPES, Event
from .gold import GoldRecord

NULL = "null"
CASE_TYPES = ("PROTEST", "ASSAULT", "COERCE")


@dataclass
class Outcome:
    """One gold record with what the system made of it."""

    rec: GoldRecord
    pred_type: str | None
    pred_source: str | None  # country of the primary event's source
    pred_target: str | None
    # sources of the primary event and its per-party siblings (same trigger)
    pred_sources: set[str] = field(default_factory=set)
    triples: set[tuple[str, str, str]] = field(default_factory=set)
    trigger: str | None = None
    confidence: float = 0.0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def outcome(rec: GoldRecord, events: list[Event], primary: Event | None) -> Outcome:
    """Primary type, its actors' countries and the dyad triples of the record."""
    if primary is None:
        return Outcome(rec, None, None, None)
    same = [e for e in events if e.trigger and primary.trigger and e.trigger.start == primary.trigger.start and e.event_type == primary.event_type]
    triples = {
        (e.source.country[:3], e.target.country[:3], e.event_type)
        for e in same
        if e.source and e.target and e.source.country and e.target.country
    }
    return Outcome(
        rec,
        primary.event_type,
        primary.source.country[:3] if primary.source and primary.source.country else None,
        primary.target.country[:3] if primary.target and primary.target.country else None,
        {e.source.country[:3] for e in same if e.source and e.source.country},
        triples,
        primary.trigger.text if primary.trigger else None,
        primary.confidence,
    )


def type_counts(outs: list[Outcome]) -> dict[str, Counter[str]]:
    c: dict[str, Counter[str]] = {t: Counter() for t in PLOVER_TYPES}
    for o in outs:
        g, p = o.rec.type, o.pred_type
        if g and g == p:
            c[g]["tp"] += 1
            continue
        if p:
            c[p]["fp"] += 1
        if g:
            c[g]["fn"] += 1
    return c


def score_set(outs: list[Outcome], worst: int = 10) -> dict[str, Any]:
    """All figures of one data set."""
    counts = type_counts(outs)
    per_type = {t: _prf(v["tp"], v["fp"], v["fn"]) for t, v in counts.items() if sum(v.values())}
    gold_types = sorted({o.rec.type for o in outs if o.rec.type})
    bearing = [o for o in outs if o.rec.type]
    correct = sum(1 for o in bearing if o.pred_type == o.rec.type)
    predicted = sum(1 for o in bearing if o.pred_type)
    micro = _prf(correct, predicted - correct, len(bearing) - correct)
    macro = sum(per_type[t]["f1"] for t in gold_types) / len(gold_types) if gold_types else 0.0
    nulls = [o for o in outs if not o.rec.type]
    null_given = sum(1 for o in nulls if o.pred_type)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outs:
        confusion[o.rec.type or NULL][o.pred_type or NULL] += 1
    # source country: among event-bearing records with gold codes where the system coded an event
    src_pool = [o for o in bearing if o.rec.source_codes and o.pred_type]
    src_ok = sum(1 for o in src_pool if o.pred_sources & set(o.rec.source_codes))
    # dyads: records whose gold gives both sides
    tp = fp = fn = 0
    for o in bearing:
        if not (o.rec.source_codes and o.rec.target_codes):
            continue
        gold = {(s, t, o.rec.type) for s in o.rec.source_codes for t in o.rec.target_codes}
        tp += len(gold & o.triples)
        fp += len(o.triples - gold)
        fn += len(gold - o.triples)
    case = [counts[t] for t in CASE_TYPES]
    bad = [o for o in outs if o.pred_type != o.rec.type or (o.rec.source_codes and o.pred_type and not o.pred_sources & set(o.rec.source_codes))]
    bad.sort(key=lambda o: (o.pred_type == o.rec.type, -(o.confidence or 0)))
    return {
        "records": len(outs),
        "event_records": len(bearing),
        "micro": micro,
        "macro_f1": round(macro, 4),
        "macro_types": gold_types,
        "per_type": per_type,
        "null_records": len(nulls),
        "null_given_event": round(null_given / len(nulls), 4) if nulls else 0.0,
        "confusion": {g: dict(v) for g, v in confusion.items()},
        "source_country": {"n": len(src_pool), "correct": src_ok, "accuracy": round(src_ok / len(src_pool), 4) if src_pool else None},
        "dyads": _prf(tp, fp, fn) | {"records": sum(1 for o in bearing if o.rec.source_codes and o.rec.target_codes)},
        "protest_assault_coerce": _prf(sum(c["tp"] for c in case), sum(c["fp"] for c in case), sum(c["fn"] for c in case)),
        "worst": [
            {
                "id": o.rec.id,
                "gold": o.rec.type,
                "pred": o.pred_type,
                "gold_source": o.rec.source_codes,
                "pred_source": o.pred_source,
                "trigger": o.trigger,
                "why": "type" if o.pred_type != o.rec.type else "actor",
            }
            for o in bad[:worst]
        ],
    }


def per_type_overall(outs: list[Outcome]) -> dict[str, dict[str, float]]:
    counts = type_counts(outs)
    return {t: _prf(v["tp"], v["fp"], v["fn"]) for t, v in counts.items() if sum(v.values())}

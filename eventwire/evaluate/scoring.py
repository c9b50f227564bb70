"""Scores of predicted events against gold records, by TEXT within a data
set (definitions in ``eventwire.evaluate`` and docs/evaluation.md).

Several gold records may share one text (PETRARCH2 lists each event of a
sentence as its own record, some null). Scoring therefore groups records by
``(data set, text)``:

* the text's gold events are its non-null records (records repeating the
  same type and the same, non-empty source and target codes count once: a
  sentence reused under another test id); it is a no-event text only when all its records are null;
* records with an out-of-scheme code (``GoldRecord.out_of_scheme``: a null
  label from a non-CAMEO test code) are left out;
* a text with exactly one gold event is compared with the primary event
  (the annotation lists one event per sentence there, so other predictions
  are not false positives);
* a text with several gold events: each gold event is matched to a distinct
  predicted event (one per source/target party pair, DESIGN.md) of the same
  type, preferring the event with the most matching source/target countries;
  unmatched gold events are false negatives, and each predicted type that
  matches no gold event of the text is one false positive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..records import PLOVER_TYPES, Event
from .gold import GoldRecord, canonical_code

NULL = "null"
CASE_TYPES = ("PROTEST", "ASSAULT", "COERCE")


@dataclass
class Group:
    """One predicted event: its type, countries and dyad triples (events of
    the same trigger, type and countries merged)."""

    type: str
    sources: set[str]
    targets: set[str]
    triples: set[tuple[str, str, str]]
    trigger: str | None
    confidence: float


@dataclass
class Outcome:
    """One gold record with what the system made of its text."""

    rec: GoldRecord
    pred_type: str | None
    pred_source: str | None  # country of the primary event's source
    pred_target: str | None
    # sources of the primary event and its per-party siblings (same trigger)
    pred_sources: set[str] = field(default_factory=set)
    triples: set[tuple[str, str, str]] = field(default_factory=set)
    trigger: str | None = None
    confidence: float = 0.0
    # every non-negated event group of the text (primary group included);
    # empty means "only the primary", as in hand-made outcomes
    groups: list[Group] = field(default_factory=list)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _c3(a: Any) -> str | None:
    return canonical_code(a.country) if a is not None and a.country else None


def _groups(events: list[Event]) -> list[Group]:
    """One group per predicted event (DESIGN.md: one event per source party),
    so a gold event per dyad can find its own prediction; identical
    (trigger, type, source, target) events count once."""
    by_key: dict[tuple[int, str, str | None, str | None], list[Event]] = {}
    for e in events:
        if e.polarity == "negated":
            continue
        by_key.setdefault((e.trigger.start if e.trigger else -1, e.event_type, _c3(e.source), _c3(e.target)), []).append(e)
    out = []
    for (_, typ, _s, _t), evs in by_key.items():
        out.append(
            Group(
                typ,
                {c for e in evs if (c := _c3(e.source))},
                {c for e in evs if (c := _c3(e.target))},
                {(s, t, typ) for e in evs if (s := _c3(e.source)) and (t := _c3(e.target))},
                evs[0].trigger.text if evs[0].trigger else None,
                max(e.confidence for e in evs),
            )
        )
    return out


def outcome(rec: GoldRecord, events: list[Event], primary: Event | None) -> Outcome:
    """Primary type, its actors' countries and the dyad triples of the record,
    plus every event group of the text."""
    groups = _groups(events)
    if primary is None:
        return Outcome(rec, None, None, None, groups=groups)
    same = [e for e in events if e.trigger and primary.trigger and e.trigger.start == primary.trigger.start and e.event_type == primary.event_type]
    triples = {(s, t, e.event_type) for e in same if (s := _c3(e.source)) and (t := _c3(e.target))}
    return Outcome(
        rec,
        primary.event_type,
        _c3(primary.source),
        _c3(primary.target),
        {c for e in same if (c := _c3(e.source))},
        triples,
        primary.trigger.text if primary.trigger else None,
        primary.confidence,
        groups,
    )


@dataclass
class _Gold:
    rec: GoldRecord
    match: Group | None = None

    @property
    def type(self) -> str:
        """The gold event's PLOVER type (a record without one is no gold event: see score_text)."""
        if self.rec.type is None:
            raise ValueError(f"gold record {self.rec.id!r} has no event type")
        return self.rec.type


@dataclass
class TextScore:
    """One text: its gold events and the predictions they were matched with."""

    records: list[Outcome]
    golds: list[_Gold]
    fp_types: list[str]  # predicted types that count as false positives
    pred_type: str | None  # primary type (no-event and one-event texts)


def _primary_group(o: Outcome) -> Group | None:
    if not o.pred_type:
        return None
    return Group(o.pred_type, o.pred_sources, {o.pred_target} if o.pred_target else set(), o.triples, o.trigger, o.confidence)


def _overlap(g: GoldRecord, p: Group) -> int:
    return len(set(g.source_codes) & p.sources) + len(set(g.target_codes) & p.targets)


def score_text(outs: list[Outcome]) -> TextScore:
    """Match the gold events of one text with its predictions (module docstring)."""
    first = outs[0]
    golds: list[_Gold] = []
    seen: set[tuple[Any, ...]] = set()
    for o in outs:
        # the same sentence reused under another test id repeats its event:
        # identical (type, sources, targets) records are one gold event
        # (without codes, records are distinct mentions: WikiEvents)
        key = (o.rec.type, tuple(sorted(o.rec.source_codes)), tuple(sorted(o.rec.target_codes)))
        if o.rec.type and (key not in seen or not (o.rec.source_codes or o.rec.target_codes)):
            seen.add(key)
            golds.append(_Gold(o.rec))
    if len(golds) <= 1:
        prim = _primary_group(first)
        if golds and prim is not None and prim.type == golds[0].rec.type:
            golds[0].match = prim
        fp = [prim.type] if prim is not None and (not golds or prim.type != golds[0].rec.type) else []
        return TextScore(outs, golds, fp, first.pred_type)
    pool = list(first.groups) or ([p] if (p := _primary_group(first)) else [])
    # most constrained gold first: those with country codes pick their group
    for g in sorted(golds, key=lambda g: -(len(g.rec.source_codes) + len(g.rec.target_codes))):
        cands = [p for p in pool if p.type == g.rec.type]
        if cands:
            best = max(cands, key=lambda p: (_overlap(g.rec, p), p.confidence))
            g.match = best
            pool.remove(best)
    gold_types = {g.rec.type for g in golds}
    fp = sorted({p.type for p in (first.groups or pool)} - gold_types)
    return TextScore(outs, golds, fp, first.pred_type)


def by_text(outs: list[Outcome]) -> list[TextScore]:
    """Group the records of one data set by text and score each text."""
    groups: dict[tuple[str, str], list[Outcome]] = {}
    for o in outs:
        groups.setdefault((o.rec.source, o.rec.text), []).append(o)
    return [score_text(v) for v in groups.values()]


def type_counts(texts: list[TextScore]) -> dict[str, Counter[str]]:
    c: dict[str, Counter[str]] = {t: Counter() for t in PLOVER_TYPES}
    for ts in texts:
        for g in ts.golds:
            c[g.type]["tp" if g.match else "fn"] += 1
        for t in ts.fp_types:
            c[t]["fp"] += 1
    return c


def _pred_of(ts: TextScore, g: _Gold) -> str | None:
    """The predicted type shown against one gold event."""
    if g.match:
        return g.match.type
    return ts.pred_type if len(ts.golds) == 1 else (",".join(ts.fp_types) or None)


def score_set(outs: list[Outcome], worst: int = 10) -> dict[str, Any]:
    """All figures of one data set (out-of-scheme records left out)."""
    excluded = sum(1 for o in outs if o.rec.out_of_scheme)
    raw_nulls = [ts for ts in by_text(outs) if not any(o.rec.type for o in ts.records)]
    outs = [o for o in outs if not o.rec.out_of_scheme]
    texts = by_text(outs)
    counts = type_counts(texts)
    per_type = {t: _prf(v["tp"], v["fp"], v["fn"]) for t, v in counts.items() if sum(v.values())}
    gold_types = sorted({o.rec.type for o in outs if o.rec.type})
    golds = [(ts, g) for ts in texts for g in ts.golds]
    event_texts = [ts for ts in texts if ts.golds]
    correct = sum(1 for _, g in golds if g.match)
    predicted = correct + sum(len(ts.fp_types) for ts in event_texts)
    micro = _prf(correct, predicted - correct, len(golds) - correct)
    macro = sum(per_type[t]["f1"] for t in gold_types) / len(gold_types) if gold_types else 0.0
    nulls = [ts for ts in texts if not ts.golds]
    null_given = sum(1 for ts in nulls if ts.pred_type)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for ts in nulls:
        confusion[NULL][ts.pred_type or NULL] += 1
    for ts, g in golds:
        confusion[g.type][_pred_of(ts, g) or NULL] += 1
    # source country: gold events with codes that got a prediction to compare
    # (their match; for one-event texts the primary event)
    src_pool = []
    for ts, g in golds:
        if not g.rec.source_codes:
            continue
        p = g.match or (_primary_group(ts.records[0]) if len(ts.golds) == 1 else None)
        if p is not None:
            src_pool.append((g, p))
    src_ok = sum(1 for g, p in src_pool if p.sources & set(g.rec.source_codes))
    tp = fp = fn = 0
    dyad_n = 0
    for ts, g in golds:
        r = g.rec
        if not (r.source_codes and r.target_codes):
            continue
        dyad_n += 1
        gold = {(s, t, r.type) for s in r.source_codes for t in r.target_codes}
        pred = g.match.triples if g.match else (_primary_group(ts.records[0]).triples if len(ts.golds) == 1 and ts.pred_type else set())  # type: ignore[union-attr]
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    case = [counts[t] for t in CASE_TYPES]
    bad: list[dict[str, Any]] = []
    for ts in nulls:
        if ts.pred_type:
            o = ts.records[0]
            bad.append({"o": o, "gold": None, "pred": ts.pred_type, "why": "type", "conf": o.confidence, "ids": [x.rec.id for x in ts.records]})
    for ts, g in golds:
        o = ts.records[0]
        pred = _pred_of(ts, g)
        if not g.match:
            bad.append({"o": o, "gold": g.rec.type, "pred": pred, "why": "type", "conf": o.confidence, "ids": [g.rec.id], "rec": g.rec})
        elif g.rec.source_codes and not g.match.sources & set(g.rec.source_codes):
            bad.append({"o": o, "gold": g.rec.type, "pred": pred, "why": "actor", "conf": g.match.confidence, "ids": [g.rec.id], "rec": g.rec, "src": sorted(g.match.sources)})
    bad.sort(key=lambda b: (b["why"] != "type", -(b["conf"] or 0)))
    return {
        "records": len(outs),
        "excluded_out_of_scheme": excluded,
        "texts": len(texts),
        "event_records": sum(1 for o in outs if o.rec.type),
        "gold_events": len(golds),
        "micro": micro,
        "macro_f1": round(macro, 4),
        "macro_types": gold_types,
        "per_type": per_type,
        "null_records": sum(1 for o in outs if not o.rec.type),
        "null_texts": len(nulls),
        "null_given_event": round(null_given / len(nulls), 4) if nulls else 0.0,
        # with the out-of-scheme null records counted as no-event texts too
        "null_given_event_raw": round(sum(1 for ts in raw_nulls if ts.pred_type) / len(raw_nulls), 4) if raw_nulls else 0.0,
        "confusion": {g: dict(v) for g, v in confusion.items()},
        "source_country": {"n": len(src_pool), "correct": src_ok, "accuracy": round(src_ok / len(src_pool), 4) if src_pool else None},
        "dyads": _prf(tp, fp, fn) | {"records": dyad_n},
        "protest_assault_coerce": _prf(sum(c["tp"] for c in case), sum(c["fp"] for c in case), sum(c["fn"] for c in case)),
        "worst": [
            {
                "id": b["ids"][0] if len(b["ids"]) == 1 else ",".join(b["ids"]),
                "gold": b["gold"],
                "pred": b["pred"],
                "gold_source": b["rec"].source_codes if "rec" in b else [],
                "pred_source": b.get("src") or b["o"].pred_source,
                "trigger": b["o"].trigger,
                "why": b["why"],
            }
            for b in bad[:worst]
        ],
    }


def per_type_overall(outs: list[Outcome]) -> dict[str, dict[str, float]]:
    """Per-type P/R/F1 summed over all data sets (texts grouped per set)."""
    counts = type_counts(by_text([o for o in outs if not o.rec.out_of_scheme]))
    return {t: _prf(v["tp"], v["fp"], v["fn"]) for t, v in counts.items() if sum(v.values())}

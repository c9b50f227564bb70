"""``eventwire eval``: score the event coder on gold records.

Gold records are shaped like ``eval/dev/events.jsonl`` (one JSON object a
line: ``id, text, source, event_type_plover, event_code_cameo, source_actor,
target_actor, date, meta``). Each text runs through the real stages
(extract -> nlp -> actors -> events; :mod:`eventwire.evaluate.run`).

Definitions (in full in docs/evaluation.md and :mod:`.scoring`): records are
scored BY TEXT within a data set. A text's gold events are its non-null
records; it is a no-event text only when all its records are null.

* **primary event**: the highest-confidence non-negated event of the text.
* **one gold event**: compared with the primary event only (TP when the
  types agree, else FN + FP for the primary type).
* **several gold events**: each is matched to a distinct predicted event
  (one per party pair) of its type, preferring shared source/target
  countries; unmatched golds are FN, predicted types matching no gold are FP.
* **micro-F1** over gold events; **macro-F1** = mean per-type F1 over the
  gold types of the set; **null_given_event** = share of no-event texts
  given an event; **confusion** gold x predicted type.
* **source-country accuracy**: over gold events with source codes and a
  prediction to compare (the match, or the primary event and its per-party
  siblings for one-event texts), the share with a gold code among the
  predicted sources (first 3 letters).
* **dyad triple F1**: gold (source, target, type) triples against the
  matched prediction's triples, micro-averaged.
* **protest_assault_coerce**: micro-F1 over the PROTEST/ASSAULT/COERCE counts.
* **worst**: per-record listing of wrong types, then wrong source countries.
"""

from __future__ import annotations

import time
from typing import Any

from ..config import Settings
from .gold import GoldRecord, load_gold
from .scoring import Outcome, outcome, per_type_overall, score_set

__all__ = ["evaluate", "format_report", "load_gold", "GoldRecord"]


def evaluate(gold_path: str, settings: Settings, sources: list[str] | None = None, limit: int | None = None) -> dict[str, Any]:
    """Code the gold texts and score them, per data set and overall."""
    from ..events import primary_event
    from .run import run_records

    records = load_gold(gold_path, sources, limit)
    t0 = time.perf_counter()
    outs: list[Outcome] = []
    rejected: list[dict[str, str]] = []
    for rec, doc in run_records(records, settings):
        if doc.rejection is not None:
            rejected.append({"id": rec.id, "reason": doc.rejection.reason})
        outs.append(outcome(rec, doc.events, primary_event(doc.events)))
    elapsed = time.perf_counter() - t0
    by_set: dict[str, list[Outcome]] = {}
    for o in outs:
        by_set.setdefault(o.rec.source, []).append(o)
    return {
        "gold": gold_path,
        "records": len(outs),
        "seconds": round(elapsed, 2),
        "rejected": rejected,
        "sets": {name: score_set(v) for name, v in sorted(by_set.items())},
        "overall": score_set(outs, worst=0),
        "per_type": per_type_overall(outs),
    }


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def format_report(report: dict[str, Any], per_type: bool = True, worst: int = 5) -> str:
    """A plain-text table of :func:`evaluate`'s report."""
    lines = [f"eventwire eval: {report['records']} records from {report['gold']} in {report['seconds']} s"]
    if report.get("rejected"):
        lines.append(f"rejected documents: {len(report['rejected'])}")
    head = f"{'data set':28} {'n':>5} {'ev':>5} {'microF1':>7} {'macroF1':>7} {'null>ev':>7} {'srcAcc':>6} {'dyadF1':>6} {'PAC-F1':>6}"
    lines += ["", head, "-" * len(head)]
    rows = list(report["sets"].items()) + [("ALL", report["overall"])]
    for name, s in rows:
        lines.append(
            f"{name:28} {s['records']:5d} {s['event_records']:5d} {_pct(s['micro']['f1']):>7} {_pct(s['macro_f1']):>7} "
            f"{_pct(s['null_given_event']):>7} {_pct(s['source_country']['accuracy']):>6} "
            f"{_pct(s['dyads']['f1'] if s['dyads']['records'] else None):>6} {_pct(s['protest_assault_coerce']['f1']):>6}"
        )
    if per_type:
        lines += ["", f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for t, v in report["per_type"].items():
            lines.append(f"{t:10} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['fp']:5d} {v['fn']:5d}")
    for name, s in report["sets"].items():
        if worst and s["worst"]:
            lines += ["", f"worst records of {name}:"]
            for w in s["worst"][:worst]:
                lines.append(f"  {w['id']}: gold {w['gold']} pred {w['pred']} ({w['why']}; trigger {w['trigger']!r}; src {w['pred_source']} vs {w['gold_source']})")
    return "\n".join(lines)

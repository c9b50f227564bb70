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
from .scoring import Outcome, per_type_overall, score_set

__all__ = ["evaluate", "format_report", "load_gold", "GoldRecord"]


def evaluate(gold_path: str, settings: Settings, sources: list[str] | None = None, limit: int | None = None) -> dict[str, Any]:
    """Code the gold texts and score them, per data set and overall.

    When the packaged emission gate (:mod:`eventwire.events.gate`) was
    trained on this very gold file, the figures are CROSS-VALIDATED: the
    texts are coded with the gate off, and each text is gated by a model
    trained on the other folds (:func:`eventwire.events.train.cross_validate`,
    GroupKFold by text, all records of the file). ``report["gate"]`` says
    which mode was used; ``report["rules_only"]`` holds the ungated figures.
    """
    from ..events import primary_event
    from ..events.gate import load_gate
    from ..events.train import code_records, cross_validate, file_sha, summary
    from .scoring import outcome

    gate = load_gate()
    cv_mode = gate is not None and gate.meta.get("gold_sha") == file_sha(gold_path)
    records = load_gold(gold_path, None if cv_mode else sources, limit)
    t0 = time.perf_counter()
    coded = code_records(records, settings, gated=not cv_mode)
    rules = None
    if cv_mode:
        cv = cross_validate(coded, threshold=gate.threshold)  # type: ignore[union-attr]
        kept = cv["kept"]
        rules = summary(cv["rules_only"])
        gate_info = {"mode": "cross-validated", "threshold": gate.threshold, "folds": gate.meta.get("folds")}  # type: ignore[union-attr]
    else:
        kept = {i: c.events for i, c in enumerate(coded)}
        gate_info = {"mode": "packaged" if gate is not None else "none", "threshold": gate.threshold if gate else None}
    outs: list[Outcome] = []
    rejected: list[dict[str, str]] = []
    for i, c in enumerate(coded):
        if sources and c.rec.source not in sources:
            continue
        if c.rejection:
            rejected.append({"id": c.rec.id, "reason": c.rejection})
        outs.append(outcome(c.rec, kept[i], primary_event(kept[i])))
    elapsed = time.perf_counter() - t0
    by_set: dict[str, list[Outcome]] = {}
    for o in outs:
        by_set.setdefault(o.rec.source, []).append(o)
    return {
        "gold": gold_path,
        "records": len(outs),
        "seconds": round(elapsed, 2),
        "rejected": rejected,
        "gate": gate_info,
        "rules_only": rules,
        "sets": {name: score_set(v) for name, v in sorted(by_set.items())},
        "overall": score_set(outs, worst=0),
        "per_type": per_type_overall(outs),
    }


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def _confusion_matrix(conf: dict[str, dict[str, int]]) -> str:
    """Gold types as rows, predicted types as columns (4-letter heads), all
    sets. A multi-event text predicted as several types is counted under
    "multi"."""
    folded: dict[str, dict[str, int]] = {}
    for g, row in conf.items():
        for p, n in row.items():
            key = "multi" if "," in p else p
            folded.setdefault(g, {})[key] = folded.setdefault(g, {}).get(key, 0) + n
    conf = folded
    labels = sorted({*conf, *(p for row in conf.values() for p in row)}, key=lambda t: (t in ("null", "multi"), t))
    head = "confusion (all sets; rows gold, columns predicted)\n" + f"{'':10}" + "".join(f"{t[:4]:>5}" for t in labels)
    rows = [f"{g:10}" + "".join(f"{conf.get(g, {}).get(p, 0) or '.':>5}" for p in labels) for g in labels if g in conf]
    return "\n".join([head, *rows])


def format_report(report: dict[str, Any], per_type: bool = True, worst: int = 5, confusions: int = 8) -> str:
    """A plain-text table of :func:`evaluate`'s report."""
    lines = [f"eventwire eval: {report['records']} records from {report['gold']} in {report['seconds']} s"]
    gate = report.get("gate") or {}
    if gate.get("mode") == "cross-validated":
        lines.append(
            f"emission gate trained on this file: figures are CROSS-VALIDATED ({gate.get('folds')}-fold by text, threshold {gate.get('threshold')})"
        )
    elif gate.get("mode") == "packaged":
        lines.append(f"emission gate: packaged model, threshold {gate.get('threshold')}")
    if report.get("rejected"):
        lines.append(f"rejected documents: {len(report['rejected'])}")
    head = f"{'data set':28} {'n':>5} {'ev':>5} {'microF1':>7} {'macroF1':>7} {'null>ev':>7} {'(raw)':>6} {'srcAcc':>6} {'dyadF1':>6} {'PAC-F1':>6}"
    lines += ["", head, "-" * len(head)]
    rows = list(report["sets"].items()) + [("ALL", report["overall"])]
    for name, s in rows:
        lines.append(
            f"{name:28} {s['records']:5d} {s['event_records']:5d} {_pct(s['micro']['f1']):>7} {_pct(s['macro_f1']):>7} "
            f"{_pct(s['null_given_event']):>7} {_pct(s['null_given_event_raw']):>6} {_pct(s['source_country']['accuracy']):>6} "
            f"{_pct(s['dyads']['f1'] if s['dyads']['records'] else None):>6} {_pct(s['protest_assault_coerce']['f1']):>6}"
        )
    if report.get("rules_only"):
        lines += ["", "rules only (no gate):"]
        for name, v in report["rules_only"].items():
            if isinstance(v, dict):
                lines.append(f"  {name:26} micro {_pct(v['micro'])} macro {_pct(v['macro'])} null>ev {_pct(v['null_given_event'])} PAC {_pct(v['pac'])}")
        lines.append(f"  {'ALL null>ev':26} {_pct(report['rules_only'].get('overall_null_given_event'))}")
    if per_type:
        lines += ["", f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for t, v in report["per_type"].items():
            lines.append(f"{t:10} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['fp']:5d} {v['fn']:5d}")
    lines += ["", "most frequent confusions (gold -> predicted: count; null = no event):"]
    for name, s in report["sets"].items():
        pairs = sorted(
            ((n, g, p) for g, row in (s.get("confusion") or {}).items() for p, n in row.items() if g != p),
            key=lambda x: (-x[0], x[1], x[2]),
        )[:confusions]
        lines.append(f"  {name}: " + (", ".join(f"{g}->{p}: {n}" for n, g, p in pairs) or "none"))
    overall = report["overall"].get("confusion") or {}
    if overall:
        lines += ["", _confusion_matrix(overall)]
    for name, s in report["sets"].items():
        if worst and s["worst"]:
            lines += ["", f"worst records of {name}:"]
            for w in s["worst"][:worst]:
                lines.append(f"  {w['id']}: gold {w['gold']} pred {w['pred']} ({w['why']}; trigger {w['trigger']!r}; src {w['pred_source']} vs {w['gold_source']})")
    return "\n".join(lines)

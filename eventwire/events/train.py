"""Train the emission gate (:mod:`eventwire.events.gate`) on gold records,
and cross-validate it honestly.

Training samples come from the rule coder's own output on the gold texts
(coded once, gate off). Per text (records grouped by data set and text, as
in :mod:`eventwire.evaluate.scoring`), each predicted type is one sample,
represented by its most confident non-negated event:

* no-event text: every predicted type is a negative;
* text with one gold event: only the primary event is labelled (positive
  when its type is the gold type); the annotation lists one event per
  sentence there, so other readings are unknown, not wrong;
* text with several gold events: a type is positive when it is among the
  gold types.

The model is a logistic regression (liblinear, fixed settings: fully
deterministic). Its threshold is chosen on cross-validated predictions
(GroupKFold by text, 5 folds) to maximise the mean micro-F1 over the data
sets minus the share of no-event texts given an event, among the thresholds
that do not cost the PLOVER gold-standard set (see :func:`_objective`). Figures of a gate
trained on the same data are only honest when cross-validated:
:func:`cross_validate` produces them and ``eventwire eval`` reports them
whenever the packaged gate was trained on the gold file it evaluates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..records import Event
from .gate import GateModel, event_features, gate_disabled, gate_events, save_gate

DEV_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "events.jsonl"
FOLDS = 5
C = 0.5
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 15))
# The PLOVER gold-standard records define the types; the other sets' labels
# are mapped from other schemes (CAMEO codes, ACLED-style classes), so the
# PLOVER examples weigh more.
SET_WEIGHTS = {"plover_gsr_cameo_manual": 3.0}
# ... and the gate may not cost them: thresholds that lower the PLOVER set's
# micro- or macro-F1 by more than this against the ungated coder are ruled out.
KEEP_SET = "plover_gsr_cameo_manual"
KEEP_MARGIN = 0.005


@dataclass
class Coded:
    """One gold record with the ungated events of its text."""

    rec: Any  # GoldRecord
    events: list[Event]
    rejection: str | None = None  # the reason, when a stage rejected the document


def file_sha(path: str | Path) -> str:
    """Identity of a gold file (the gate remembers what it was trained on)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def code_records(records: list[Any], settings: Settings, gated: bool = False) -> list[Coded]:
    """Run the real stages over gold records (the gate off unless ``gated``)."""
    from contextlib import nullcontext

    from ..evaluate.run import run_records

    with nullcontext() if gated else gate_disabled():
        return [Coded(rec, list(doc.events), doc.rejection.reason if doc.rejection else None) for rec, doc in run_records(records, settings)]


def _texts(coded: list[Coded]) -> list[list[Coded]]:
    groups: dict[tuple[str, str], list[Coded]] = {}
    for c in coded:
        if c.rec.out_of_scheme:
            continue  # its null label says nothing (eventwire.evaluate.gold)
        groups.setdefault((c.rec.source, c.rec.text), []).append(c)
    return list(groups.values())


def _gold_events(text: list[Coded]) -> list[Any]:
    seen, out = set(), []
    for c in text:
        r = c.rec
        key = (r.type, tuple(sorted(r.source_codes)), tuple(sorted(r.target_codes)))
        if r.type and (key not in seen or not (r.source_codes or r.target_codes)):
            seen.add(key)
            out.append(r)
    return out


def text_samples(text: list[Coded]) -> list[tuple[list[str], int, float]]:
    """(features, label, weight) samples of one text (module docstring)."""
    from . import primary_event

    events = text[0].events
    live = [e for e in events if e.polarity != "negated"]
    if not live:
        return []
    n_types = len({e.event_type for e in events})
    golds = _gold_events(text)
    gold_types = {g.type for g in golds}
    if len(golds) == 1:
        prim = primary_event(events)
        return [(event_features(prim, n_types), int(prim.event_type in gold_types), _weight(text))] if prim else []
    best: dict[str, Event] = {}
    for e in live:
        if e.event_type not in best or e.confidence > best[e.event_type].confidence:
            best[e.event_type] = e
    return [(event_features(e, n_types), int(t in gold_types), _weight(text)) for t, e in sorted(best.items())]


def _weight(text: list[Coded]) -> float:
    return SET_WEIGHTS.get(text[0].rec.source, 1.0)


def fit(samples: Iterable[tuple[list[str], int, float]], threshold: float = 0.5, meta: dict[str, Any] | None = None) -> GateModel:
    """Logistic regression over binary symbolic features; samples are
    ``(features, label, weight)``."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

    samples = list(samples)
    if len({y for _, y, _ in samples}) < 2:
        raise InputError("gate training needs positive and negative samples")
    vec = DictVectorizer(sparse=False)  # liblinear wants 32-bit sparse indices; the matrix is small
    X = vec.fit_transform([dict.fromkeys(f, 1) for f, _, _ in samples])
    y = [lab for _, lab, _ in samples]
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)  # fixed seed: reproducible
    clf.fit(X, y, sample_weight=[w for _, _, w in samples])
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    return GateModel(weights, round(float(clf.intercept_[0]), 4), threshold, meta or {})


def _score(coded: list[Coded], kept: dict[int, list[Event]], sources: list[str] | None = None) -> dict[str, Any]:
    from ..evaluate.scoring import outcome, score_set
    from . import primary_event

    by_set: dict[str, list[Any]] = {}
    for i, c in enumerate(coded):
        if sources and c.rec.source not in sources:
            continue
        evs = kept[i]
        by_set.setdefault(c.rec.source, []).append(outcome(c.rec, evs, primary_event(evs)))
    all_outs = [o for v in by_set.values() for o in v]
    return {"sets": {k: score_set(v) for k, v in sorted(by_set.items())}, "overall": score_set(all_outs, worst=0), "outs": all_outs}


def _objective(scores: dict[str, Any], floor: dict[str, float] | None = None) -> float:
    """Mean micro-F1 over the data sets minus the share of no-event texts
    given an event; a threshold that costs the PLOVER gold standard more
    than :data:`KEEP_MARGIN` (micro or macro) against ``floor`` is ruled out."""
    sets = scores["sets"].values()
    micro = sum(s["micro"]["f1"] for s in sets) / max(1, len(scores["sets"]))
    ref = scores["sets"].get(KEEP_SET)
    if floor and ref and (ref["micro"]["f1"] < floor["micro"] - KEEP_MARGIN or ref["macro_f1"] < floor["macro"] - KEEP_MARGIN):
        return -1.0
    return micro - scores["overall"]["null_given_event"]


def cross_validate(coded: list[Coded], folds: int = FOLDS, threshold: float | None = None) -> dict[str, Any]:
    """Out-of-fold gate probabilities for every event (GroupKFold by text),
    then the scores at the given threshold, or at the best one of
    :data:`THRESHOLDS`. Returns ``{"threshold", "kept", "scores", "table"}``:
    ``kept`` maps record index -> events kept; ``rules_only`` the ungated scores."""
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

    texts = _texts(coded)
    index = {id(c): i for i, c in enumerate(coded)}
    probs: dict[int, list[float]] = {}
    n = min(folds, len(texts))
    if n < 2:
        raise InputError("cross-validation needs at least two texts")
    for train_idx, test_idx in GroupKFold(n_splits=n).split(texts, groups=list(range(len(texts)))):
        model = fit(s for j in train_idx for s in text_samples(texts[j]))
        for j in test_idx:
            evs = texts[j][0].events
            n_types = len({e.event_type for e in evs})
            p = [model.probability(event_features(e, n_types)) for e in evs]
            for c in texts[j]:
                probs[index[id(c)]] = p

    def kept_at(t: float) -> dict[int, list[Event]]:
        # records outside the scored texts (out of scheme) keep their events
        return {i: [e for e, p in zip(c.events, probs.get(i) or [1.0] * len(c.events), strict=True) if e.polarity == "negated" or p >= t] for i, c in enumerate(coded)}

    base = _score(coded, {i: c.events for i, c in enumerate(coded)})["sets"].get(KEEP_SET)  # the ungated coder
    floor = {"micro": base["micro"]["f1"], "macro": base["macro_f1"]} if base else None
    table = {}
    for t in ([threshold] if threshold is not None else list(THRESHOLDS)):
        sc = _score(coded, kept_at(t))
        table[t] = {"objective": round(_objective(sc, floor), 4), **summary(sc)}
    best = threshold if threshold is not None else max(table, key=lambda t: (table[t]["objective"], -t))
    kept = kept_at(best)
    rules_only = _score(coded, {i: c.events for i, c in enumerate(coded)})
    return {"threshold": best, "kept": kept, "scores": _score(coded, kept), "table": table, "rules_only": rules_only}


def summary(scores: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of a score dict, per data set."""
    out: dict[str, Any] = {}
    for name, s in scores["sets"].items():
        out[name] = {
            "micro": s["micro"]["f1"],
            "macro": s["macro_f1"],
            "null_given_event": s["null_given_event"],
            "src": s["source_country"]["accuracy"],
            "dyad": s["dyads"]["f1"] if s["dyads"]["records"] else None,
            "pac": s["protest_assault_coerce"]["f1"],
        }
    out["overall_null_given_event"] = scores["overall"]["null_given_event"]
    return out


def train(out_dir: str, settings: Settings, gold_path: str | None = None) -> dict[str, Any]:
    """Train the gate on the dev gold records and write ``gate.json`` to
    ``out_dir`` (the packaged model lives in ``eventwire/models/events/``).
    Returns the cross-validated figures (the only honest ones for data the
    gate was trained on) and the chosen threshold."""
    from ..evaluate.gold import load_gold

    path = Path(gold_path) if gold_path else DEV_GOLD
    if not path.exists():
        raise InputError(f"gold file not found: {path}")
    coded = code_records(load_gold(str(path)), settings)
    cv = cross_validate(coded)
    samples = [s for text in _texts(coded) for s in text_samples(text)]
    meta = {
        "trained_on": path.name,
        "gold_sha": file_sha(path),
        "samples": len(samples),
        "positives": sum(y for _, y, _ in samples),
        "set_weights": SET_WEIGHTS,
        "folds": FOLDS,
        "C": C,
        "cv": summary(cv["scores"]),
        "cv_thresholds": {str(t): v["objective"] for t, v in cv["table"].items()},
    }
    model = fit(samples, cv["threshold"], meta)
    written = save_gate(model, out_dir)
    return {"model": str(written), "threshold": cv["threshold"], "features": len(model.weights), **meta}


def apply_gate(coded: list[Coded], model: GateModel) -> dict[int, list[Event]]:
    """Events kept by a given gate (for evaluating a model on other data)."""
    return {i: gate_events(list(c.events), model) for i, c in enumerate(coded)}

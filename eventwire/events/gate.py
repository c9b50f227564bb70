"""A learned emission gate over the rule coder's events.

The rules propose events; the gate estimates, from the shape of each event
(type, CAMEO code, trigger lemma, complement, polarity, which arguments were
found, clause and section, confidence, how many other types the document
has), the probability that the event is one a human coder would list. Events
below the gate's threshold are not emitted, so weak readings (background,
statements, off-topic violence) give way to nothing instead of a guess.

The model is a logistic regression over sparse symbolic features, stored as
``{feature: weight}`` plus an intercept and a threshold in
``eventwire/models/events/gate.json`` (no text, only feature names such as
``lemma=expel``). It is trained by :func:`eventwire.events.train.train`
(``eventwire train events``); without the file no gating happens. Scoring
is a dict lookup per feature: microseconds per event.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Event

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "events"
MODEL_FILE = "gate.json"

_DISABLED = False


@dataclass(frozen=True)
class GateModel:
    """Weights, intercept and emission threshold of a trained gate."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    meta: dict[str, Any]

    def probability(self, feats: list[str]) -> float:
        """P(the event is listed by a human coder) from its features."""
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {"intercept": self.intercept, "threshold": self.threshold, "meta": self.meta, "weights": self.weights}


def model_from_dict(d: dict[str, Any]) -> GateModel:
    return GateModel({str(k): float(v) for k, v in d["weights"].items()}, float(d["intercept"]), float(d["threshold"]), dict(d.get("meta") or {}))


@functools.lru_cache(maxsize=1)
def load_gate() -> GateModel | None:
    """The packaged gate, or None when it has not been trained (cached)."""
    path = MODEL_DIR / MODEL_FILE
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))


def save_gate(model: GateModel, out_dir: str) -> Path:
    """Write ``gate.json`` into ``out_dir`` (sorted keys: reproducible bytes)."""
    p = Path(out_dir)
    p.mkdir(parents=True, exist_ok=True)
    path = p / MODEL_FILE
    path.write_text(json.dumps(model.to_dict(), sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return path


@contextmanager
def gate_disabled() -> Iterator[None]:
    """Code without the gate (training and cross-validation need the raw rules)."""
    global _DISABLED
    old, _DISABLED = _DISABLED, True
    try:
        yield
    finally:
        _DISABLED = old


def _bucket(x: float, step: float) -> int:
    return int(x / step)


def event_features(ev: Event, doc_types: int = 0) -> list[str]:
    """Symbolic features of one event, local to the event and its clause
    (see the module docstring). Document-level shape (sentence position,
    number of types, length) is left out on purpose: it tells the gold data
    sets apart (one-sentence records vs. news snippets) rather than events
    from non-events, and real articles look like neither. ``doc_types`` is
    accepted for API stability and unused."""
    ex = ev.extra or {}
    lem = str(ex.get("lemma") or "")
    t = ev.event_type
    args = f"{bool(ev.source)}{bool(ev.target)}"
    return [
        f"type={t}",
        f"lemma={lem}",
        f"tl={t}|{lem}",
        f"via={ex.get('via')}",
        f"tv={t}|{ex.get('via')}",
        f"pol={ev.polarity}",
        f"tp={t}|{ev.polarity}",
        f"comp={ex.get('complement')}",
        f"intent={ex.get('intent_of')}",
        f"src={ev.source.kind if ev.source else None}",
        f"tgt={ev.target.kind if ev.target else None}",
        f"args={args}",
        f"targs={t}|{args}",
        f"conf={_bucket(ev.confidence, 0.1)}",
        f"tconf={t}|{_bucket(ev.confidence, 0.2)}",
    ]


def gate_events(events: list[Event], model: GateModel | None = None) -> list[Event]:
    """Drop the events the gate does not believe; the kept ones carry their
    probability in ``extra["gate"]``. No model (or disabled) = unchanged."""
    model = model if model is not None else (None if _DISABLED else load_gate())
    if model is None or not events:
        return events
    n_types = len({e.event_type for e in events})
    kept = []
    for ev in events:
        if ev.polarity == "negated":
            kept.append(ev)  # kept for the record; negated events are not claims of an event
            continue
        p = model.probability(event_features(ev, n_types))
        if p >= model.threshold:
            ev.extra["gate"] = round(p, 3)
            kept.append(ev)
    return kept

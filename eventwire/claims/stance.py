"""Stance of a headline toward a body (FNC-1): agree, disagree, discuss or unrelated.

Public functions (the ``eventwire stance`` command is a thin wrapper):

* :func:`load_stance_model` loads the committed model (or another), cached;
* :func:`predict_stance` turns ``{id, headline, body}`` dicts into
  ``{id, label, scores}`` dicts, streaming in batches;
* :func:`train_stance` trains a model reproducibly and reports held-out
  figures from a split by body (GroupKFold), so no body is scored by a
  model that saw it;
* :func:`fnc_score` computes the FNC-1 weighted score and friends.

The model is lexical (see ``stance_features``) with two gradient-boosted
stages (see ``stance_model``); it needs no network and no spaCy parse.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

from eventwire.claims.stance_metrics import STANCE_LABELS, fnc_score
from eventwire.claims.stance_model import StanceModel
from eventwire.claims.stance_text import MODEL_DIR
from eventwire.errors import InputError

__all__ = ["STANCE_LABELS", "StanceModel", "fnc_score", "load_stance_model", "predict_stance", "train_stance"]

BATCH = 512


@lru_cache(maxsize=4)
def _load_cached(path: str) -> StanceModel:
    return StanceModel.load(path)


def load_stance_model(path: str | None = None) -> StanceModel:
    """Load a stance model, once per process and path.

    ``path`` is a directory holding ``model.joblib`` or the file itself;
    ``None`` means the model committed in ``eventwire/models/stance/``. Raises
    :class:`eventwire.errors.ModelError` when it is missing, unreadable or was
    trained with a different cue lexicon.
    """
    return _load_cached(str(Path(path).resolve()) if path else str(MODEL_DIR))


def _check(pair: object) -> str | None:
    """Why ``pair`` cannot be scored, or None when it can."""
    if not isinstance(pair, dict):
        return f"bad_record: expected an object, got {type(pair).__name__}"
    for key in ("headline", "body"):
        if not isinstance(pair.get(key), str):
            return f"missing_field: '{key}' must be a string"
    return None


def predict_stance(pairs: Iterable[dict], model: StanceModel | None = None) -> Iterator[dict]:
    """Yield ``{id, label, scores}`` for each ``{id, headline, body}`` in ``pairs``.

    ``scores`` maps each of agree, disagree, discuss, unrelated to its
    probability (they sum to 1). Pairs are scored in batches, in input
    order. A pair without a string headline and body does not stop the run:
    it yields ``{id, label: None, scores: None, error: "<reason>: <detail>"}``.
    """
    model = model or load_stance_model()
    it = iter(pairs)
    while batch := list(islice(it, BATCH)):
        good = [p for p in batch if _check(p) is None]
        proba = model.predict_proba([p["headline"] for p in good], [p["body"] for p in good])
        labels = iter(StanceModel.decide(proba))
        rows = iter(proba)
        for pair in batch:
            pid = pair.get("id") if isinstance(pair, dict) else None
            problem = _check(pair)
            if problem:
                yield {"id": pid, "label": None, "scores": None, "error": problem}
                continue
            row = next(rows)
            yield {
                "id": pid,
                "label": next(labels),
                "scores": {lab: round(float(v), 6) for lab, v in zip(STANCE_LABELS, row, strict=True)},
            }


def _read_jsonl(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def load_pairs(pairs_path: str, bodies_path: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Headlines, bodies, labels and body ids of an FNC-1 style pairs/bodies file pair."""
    bodies = {str(b["body_id"]): b["body"] for b in _read_jsonl(bodies_path)}
    rows = _read_jsonl(pairs_path)
    missing = {str(r["body_id"]) for r in rows} - bodies.keys()
    if missing:
        raise InputError(f"{len(missing)} body ids of {pairs_path} are not in {bodies_path}")
    return (
        [r["headline"] for r in rows],
        [bodies[str(r["body_id"])] for r in rows],
        [r["label"] for r in rows],
        [str(r["body_id"]) for r in rows],
    )


def cross_validate(
    headlines: list[str], bodies: list[str], labels: list[str], groups: list[str],
    folds: int = 5, seed: int = 0,
) -> dict:
    """Held-out figures: GroupKFold by body, a fresh model (idf included) per fold.

    Returns ``{"folds": [fnc_score dict + seconds, ...], "mean": {...}, "pooled": fnc_score}``
    where ``pooled`` scores all out-of-fold predictions together.
    """
    y = np.asarray(labels)
    oof = np.empty(len(y), dtype=object)
    per_fold = []
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(headlines, y, groups)):
        start = time.perf_counter()
        model = StanceModel.fit([headlines[i] for i in tr], [bodies[i] for i in tr], list(y[tr]), seed=seed)
        pred = StanceModel.decide(model.predict_proba([headlines[i] for i in te], [bodies[i] for i in te]))
        oof[te] = pred
        result = fnc_score(list(y[te]), pred)
        result["fold"] = k
        result["seconds"] = round(time.perf_counter() - start, 1)
        per_fold.append(result)
    mean = {key: float(np.mean([f[key] for f in per_fold])) for key in ("relative", "macro_f1")}
    return {"folds": per_fold, "mean": mean, "pooled": fnc_score(list(y), list(oof))}


def train_stance(
    pairs_path: str, bodies_path: str, out_dir: str, seed: int = 0, folds: int | None = 5,
) -> dict:
    """Train the stance model on all pairs and save it to ``out_dir``.

    ``pairs_path`` is JSONL of ``{id, headline, body_id, label}``,
    ``bodies_path`` JSONL of ``{body_id, body}``. With ``folds`` >= 2 the
    held-out figures of :func:`cross_validate` (split by body) are computed
    first and returned under ``"cv"``; ``folds`` None or < 2 skips them.
    The same data and seed give the same model. Returns a report dict with
    ``model_path``, ``n_pairs``, ``seed``, ``seconds`` and ``cv``.
    """
    headlines, bodies, labels, groups = load_pairs(pairs_path, bodies_path)
    bad = set(labels) - set(STANCE_LABELS)
    if bad:
        raise InputError(f"unknown labels {sorted(bad)} in {pairs_path}; valid: {', '.join(STANCE_LABELS)}")
    start = time.perf_counter()
    cv = cross_validate(headlines, bodies, labels, groups, folds, seed) if folds and folds >= 2 else None
    model = StanceModel.fit(headlines, bodies, labels, seed=seed)
    if cv:
        model.meta["cv_mean"] = cv["mean"]
        model.meta["cv_pooled_relative"] = cv["pooled"]["relative"]
    path = model.save(out_dir)
    _load_cached.cache_clear()
    return {
        "model_path": str(path), "n_pairs": len(labels), "seed": seed,
        "seconds": round(time.perf_counter() - start, 1), "cv": cv,
    }

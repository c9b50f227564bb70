"""The FNC-1 score and the usual per-class figures for stance predictions."""

from __future__ import annotations

STANCE_LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = frozenset({"agree", "disagree", "discuss"})


def fnc_score(gold: list[str], pred: list[str]) -> dict:
    """Score stance predictions the FNC-1 way, plus macro-F1 and a confusion table.

    The FNC-1 weighted score gives 0.25 for getting related vs unrelated right
    and, on related gold pairs, 0.75 more for the exact label. Returns
    ``score``, ``max_score`` (the score of a perfect prediction), ``relative``
    (score / max_score), ``macro_f1`` (mean F1 of the labels that occur in
    gold or pred), ``per_class_f1``, ``confusion`` (``{gold: {pred: n}}``)
    and ``n``. Raises ValueError on lists of different lengths or unknown
    labels, which would otherwise be scored silently as wrong.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} labels but pred has {len(pred)}")
    unknown = (set(gold) | set(pred)) - set(STANCE_LABELS)
    if unknown:
        raise ValueError(f"unknown stance labels {sorted(unknown)}; valid: {', '.join(STANCE_LABELS)}")
    score = max_score = 0.0
    confusion = {g: dict.fromkeys(STANCE_LABELS, 0) for g in STANCE_LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
        g_rel = g in RELATED
        max_score += 1.0 if g_rel else 0.25
        if g_rel == (p in RELATED):
            score += 0.25
        if g_rel and g == p:
            score += 0.75
    per_class: dict[str, float] = {}
    for label in STANCE_LABELS:
        tp = confusion[label][label]
        n_gold = sum(confusion[label].values())
        n_pred = sum(confusion[g][label] for g in STANCE_LABELS)
        if n_gold == 0 and n_pred == 0:
            continue  # a label absent from both sides says nothing about the model
        per_class[label] = 2 * tp / (n_gold + n_pred)
    return {
        "score": score,
        "max_score": max_score,
        "relative": score / max_score if max_score else 0.0,
        "macro_f1": sum(per_class.values()) / len(per_class) if per_class else 0.0,
        "per_class_f1": per_class,
        "confusion": confusion,
        "n": len(gold),
    }

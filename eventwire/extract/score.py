"""Extraction quality metric: shingle-level precision, recall and F1.

This follows the definition used by the public article-extraction benchmark
that our dev set comes from: texts are split into ``\\w+`` tokens, compared as
bags of n-grams ("shingles", n=4 by default; n=1 gives plain token overlap),
each page's true/false positive counts are normalised so long pages do not
weigh more, precision and recall are averaged over pages, and F1 is taken from
the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    f1: float
    pages: int


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page's predicted body against the truth."""
    t, p = _shingles(true, n), _shingles(pred, n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    if total:
        return tp / total, fp / total, fn / total
    return 0.0, 0.0, 0.0


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score_extraction(pairs: Iterable[tuple[str, str]], n: int = 4) -> ExtractionScore:
    """Score ``(true_body, predicted_body)`` pairs; see the module docstring.

    Pages where precision (or recall) is undefined (nothing predicted and
    nothing true) are left out of that average, as the benchmark does.
    """
    counts = [page_counts(t, p, n) for t, p in pairs]
    precs = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = sum(precs) / len(precs) if precs else 0.0
    recall = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ExtractionScore(precision, recall, f1, len(counts))

"""Align each headline/subhead sentence with the body sentences that report
the same thing.

Method (cheap, O(headline sentences x body sentences) set operations):

* ``coverage``: the share of the headline's content lemmas (predicate lemmas
  folded into their group, so "defense" meets "defend" and "vows" meets
  "commits") that the body sentence also has, each lemma weighted by
  ``1 / (1 + ln df)`` where df is the number of body sentences that have it
  (a word every paragraph repeats says little about which one the headline
  summarises);
* ``+ MAIN_BONUS`` for every predicate group that is a *main* predicate of
  the headline (root or a clause verb chained to it) and occurs in the body
  sentence: what a headline says happened matters more than its nouns;
* ``+ EVENT_BONUS`` when both sentences carry an event of the same type;
* ``+ COUNTRY_BONUS x`` the Jaccard overlap of their country sets.

A body sentence is aligned when it shares at least ``MIN_SHARED`` content
items and scores at least ``THRESHOLD``. The thresholds were set on the team
corpus so that a headline aligns with its lead sentence and a paraphrase,
not with background sentences that merely name the same countries.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .features import Features

MAIN_BONUS = 0.3
EVENT_BONUS = 0.2
COUNTRY_BONUS = 0.2
THRESHOLD = 0.6
MIN_SHARED = 2


@dataclass
class Alignment:
    head: Features
    body: Features
    score: float
    anchors: set[str]  # predicate groups both sentences share


def weights(bodies: list[Features]) -> dict[str, float]:
    """Lemma weights from their document frequency over the body sentences."""
    df: Counter[str] = Counter()
    for b in bodies:
        df.update(b.lemmas)
    return {lemma: 1.0 / (1.0 + math.log(n)) for lemma, n in df.items() if n > 1}


def score_pair(
    head: Features, body: Features, w: dict[str, float] | None = None
) -> tuple[float, int, set[str]]:
    """Alignment score, number of shared content items, shared predicate groups."""
    shared = head.lemmas & body.lemmas
    if w:
        total = sum(w.get(x, 1.0) for x in head.lemmas)
        coverage = sum(w.get(x, 1.0) for x in shared) / max(1.0, total)
    else:
        coverage = len(shared) / max(1, len(head.lemmas))
    body_groups = body.groups()
    anchors = head.groups() & body_groups
    main_shared = head.groups(main_only=True) & body_groups
    score = coverage + MAIN_BONUS * len(main_shared)
    if head.event_types & body.event_types:
        score += EVENT_BONUS
    union = head.countries | body.countries
    if union:
        score += COUNTRY_BONUS * len(head.countries & body.countries) / len(union)
    return score, len(shared), anchors


def align(head: Features, bodies: list[Features], w: dict[str, float] | None = None) -> list[Alignment]:
    """Body sentences aligned with ``head``, best first (``w``: see :func:`weights`)."""
    out: list[Alignment] = []
    for b in bodies:
        score, n_shared, anchors = score_pair(head, b, w)
        if n_shared >= MIN_SHARED and score >= THRESHOLD:
            out.append(Alignment(head, b, score, anchors))
    out.sort(key=lambda a: (-a.score, a.body.sentence.index))
    return out

"""The claims stage: headline-vs-body contradictions and claims.

:class:`ClaimStage` runs last. It compares each headline/subhead sentence
with the body sentences that report the same thing and appends a
:class:`~eventwire.records.Flag` for every contradiction
(:mod:`.contradict`), and turns the coded events that are pledges,
commitments, threats, warnings or intents into
:class:`~eventwire.records.Claim` records (:mod:`.pledges`).

Across documents: :func:`merge_events` (one real event from many reports,
:mod:`.merge`) and :func:`summarize_claims` (commitments over time,
:mod:`.commitments`) are pure functions over stored records.
"""

from __future__ import annotations

from ..records import Claim, Document
from ..stage import Stage, rules_version
from .commitments import summarize_claims
from .contradict import find_contradictions
from .features import MentionIndex
from .merge import merge_events
from .pledges import claims_from_events, conditional_threats

__all__ = ["ClaimStage", "find_contradictions", "make_claims", "merge_events", "summarize_claims"]


def make_claims(doc: Document) -> list[Claim]:
    """Claims of a document: from its events, plus conditional threats."""
    mentions = MentionIndex(doc.mentions)
    claims = claims_from_events(doc, mentions)
    claims.extend(conditional_threats(doc, mentions))
    return claims


class ClaimStage(Stage):
    """Flags headline/body contradictions and records claims (last stage)."""

    name = "claims"
    version = rules_version("v1", "claims", "data/claims")

    def process(self, doc: Document) -> Document:
        # flags and claims are recomputed, not appended twice, when a stored
        # document is run again
        flags = find_contradictions(doc)
        ours = {f.flag_id for f in flags}
        doc.flags = [f for f in doc.flags if f.flag_id not in ours] + flags
        doc.claims = make_claims(doc)
        return doc

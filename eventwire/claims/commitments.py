"""Commitments over time: what has an actor promised or threatened, and what changed.

:func:`summarize_claims` groups claims by (actor country, target country,
subject cluster), orders each group by date and marks each change against
the previous claim of the group: a pledge restated, a qualifier strengthened
or weakened (ranked dimensions of ``data/claims/qualifiers.toml``, e.g.
partial -> full), a qualifier changed (nuclear -> non-nuclear), a polarity
flip, and a new threat. The subject cluster is the promised act and its
object ("defend KOR"), i.e. the first word of the normalised subject and the
country codes right after it, so "defend KOR with all capabilities" and
"defend KOR" fall together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from ..records import Actor, Claim, to_dict
from .lexicon import qualifiers


def _code(a: Actor | None) -> str | None:
    if a is None:
        return None
    return a.country or a.name


def _is_code(word: str) -> bool:
    return 3 <= len(word) <= 4 and word.isupper() and word.isalpha()


def subject_cluster(subject: str) -> str:
    """The act and its object: the first word plus the country codes right
    after it ("defend KOR" from "defend KOR against attack by PRK"), or the
    first two words when no code follows ("set up")."""
    words = subject.split()
    if not words:
        return ""
    codes: list[str] = []
    for w in words[1:]:
        if not _is_code(w):
            break
        codes.append(w)
    if codes:
        return " ".join([words[0].lower(), *sorted(set(codes))])
    return " ".join(w.lower() for w in words[:2])


def _qualifier_values(text: str) -> dict[str, set[str]]:
    q = qualifiers()
    out: dict[str, set[str]] = {}
    for m in q.pattern.finditer(text):
        key = " ".join(m.group(0).lower().split())
        for dim, value in q.phrase_dims.get(key, []):
            if not q.dimensions[dim].predicate_scope:
                out.setdefault(dim, set()).add(value)
    return out


def _rank(dim: str, values: set[str]) -> int | None:
    order = qualifiers().dimensions[dim].rank
    ranks = [order.index(v) for v in values if v in order]
    return max(ranks) if ranks else None


def _changes(prev: Claim, cur: Claim) -> list[str]:
    """What differs between two successive claims of one group."""
    out: list[str] = []
    if cur.kind in ("threat", "warning") and prev.kind not in ("threat", "warning"):
        out.append(f"new {cur.kind}")
    if prev.polarity != cur.polarity and "negated" in (prev.polarity, cur.polarity):
        out.append(f"polarity flip: {prev.polarity} -> {cur.polarity}")
    qp = _qualifier_values(f"{prev.subject} {prev.evidence}")
    qc = _qualifier_values(f"{cur.subject} {cur.evidence}")
    for dim in sorted(set(qp) | set(qc)):
        a, b = qp.get(dim, set()), qc.get(dim, set())
        if a == b:
            continue
        if a and b:
            ra, rb = _rank(dim, a), _rank(dim, b)
            if ra is not None and rb is not None and ra != rb:
                out.append(
                    f"{'strengthened' if rb > ra else 'weakened'}: {dim} {'/'.join(sorted(a))} -> {'/'.join(sorted(b))}"
                )
            else:
                out.append(f"qualifier changed: {dim} {'/'.join(sorted(a))} -> {'/'.join(sorted(b))}")
        elif b:
            out.append(f"qualifier added: {dim} {'/'.join(sorted(b))}")
        else:
            out.append(f"qualifier dropped: {dim} {'/'.join(sorted(a))}")
    return out or ["restated"]


def _since_ok(c: Claim, since: dt.date | None) -> bool:
    if since is None:
        return True
    try:
        return c.date is not None and dt.date.fromisoformat(c.date[:10]) >= since
    except ValueError:
        return False


def summarize_claims(
    claims: list[Claim],
    actor: str | None = None,
    target: str | None = None,
    since: str | None = None,
) -> list[dict[str, Any]]:
    """Group claims by (actor, target, subject cluster), ordered by date, and
    list what changed over time.

    ``actor``/``target`` (country codes) and ``since`` (ISO date) filter the
    claims first. Returns plain dicts ``{actor, target, subject, first_date,
    last_date, count, claims: [claim dicts], changes: [{date, what, evidence}]}``
    ordered by actor, target, first date."""
    since_d = dt.date.fromisoformat(since[:10]) if since else None
    groups: dict[tuple[str | None, str | None, str], list[Claim]] = defaultdict(list)
    for c in claims:
        a, t = _code(c.actor), _code(c.target)
        if actor and (a or "").upper() != actor.upper():
            continue
        if target and (t or "").upper() != target.upper():
            continue
        if not _since_ok(c, since_d):
            continue
        groups[(a, t, subject_cluster(c.subject))].append(c)
    out: list[dict[str, Any]] = []
    for (a, t, cluster), members in groups.items():
        members.sort(key=lambda c: (c.date or "", c.doc_id, c.claim_id))
        changes: list[dict[str, Any]] = [
            {"date": members[0].date, "what": f"first {members[0].kind}", "evidence": members[0].evidence}
        ]
        for prev, cur in zip(members, members[1:], strict=False):
            for what in _changes(prev, cur):
                changes.append({"date": cur.date, "what": what, "evidence": cur.evidence})
        out.append(
            {
                "actor": a,
                "target": t,
                "subject": cluster or members[-1].subject,
                "first_date": members[0].date,
                "last_date": members[-1].date,
                "count": len(members),
                "claims": [to_dict(c) for c in members],
                "changes": changes,
            }
        )
    out.sort(key=lambda g: (g["actor"] or "", g["target"] or "", g["first_date"] or "", g["subject"]))
    return out

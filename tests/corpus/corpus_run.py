"""Run the real pipeline over the team corpus once per test process.

Shared by tests/test_claims.py and tests/test_merge.py (imported by path).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from eventwire.claims import merge_events
from eventwire.records import CanonicalEvent, Document, Flag

CORPUS = Path(__file__).resolve().parent
REPORTS = CORPUS / "reports" / "reports.jsonl"
EXPECTED = CORPUS / "expected.json"


def load_expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def load_reports() -> list[dict]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_document(r: dict) -> Document:
    return Document(
        id=r["id"],
        source=r["url"],
        raw=r["text"],
        content_type="text",
        title=r.get("title"),
        url=r["url"],
        published=r.get("published"),
    )


@functools.cache
def run_corpus() -> tuple[dict[str, Document], list[CanonicalEvent], list[Flag]]:
    """Documents by id (after every stage), canonical events and cross-report flags."""
    from eventwire.pipeline import Pipeline

    docs = {d.id: d for d in Pipeline().pipe(to_document(r) for r in load_reports())}
    events = [e for d in docs.values() for e in d.events]
    meta = {d.id: {"published": d.published, "source": d.url, "title": d.title} for d in docs.values()}
    canon, flags = merge_events(events, meta)
    return docs, canon, flags

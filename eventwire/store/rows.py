"""Flatten records into table rows (and back).

One function per table turns records into column-oriented Arrow tables with
a fixed schema. The store appends those tables to DuckDB and
:func:`eventwire.store.write_shard` writes the very same tables to Parquet,
so a shard loaded later gives exactly the rows a direct write would have.

Every row keeps the whole record as JSON in ``record`` next to the flat
columns used for filtering: the read path rebuilds records from that JSON,
so the API and the exports serialise exactly what the pipeline produced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow: no stubs, no py.typed

from ..records import QUAD_OF, CanonicalEvent, Claim, Document, Event, Flag, Rejection, to_dict

S, N, F, D, T = pa.string(), pa.int32(), pa.float64(), pa.date32(), pa.timestamp("us")
LS = pa.list_(pa.string())

# Column order must match the CREATE TABLE statements in migrations/.
SCHEMAS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [
        ("id", S), ("source", S), ("content_hash", S), ("pipeline_version", S), ("title", S),
        ("subheads", S), ("author", S), ("published", S), ("published_day", D), ("url", S),
        ("language", S), ("text", S), ("sections", S), ("sentences", S), ("stage_versions", S),
        ("meta", S), ("n_events", N), ("n_flags", N), ("coded_at", T), ("raw", S),
    ],
    "mentions": [
        ("doc_id", S), ("idx", N), ("name", S), ("kind", S), ("country", S), ("sector", S),
        ("title", S), ("organization", S), ("text", S), ("start", N), ("end", N),
        ("sentence_index", N), ("resolved_from", S),
    ],
    "events": [
        ("event_id", S), ("doc_id", S), ("sentence_index", N), ("evidence", S), ("event_type", S),
        ("quad_class", S), ("mode", S), ("context", S), ("cameo_code", S),
        ("source_text", S), ("source_name", S), ("source_country", S), ("source_sector", S), ("source_kind", S),
        ("target_text", S), ("target_name", S), ("target_country", S), ("target_sector", S), ("target_kind", S),
        ("date", S), ("date_text", S), ("day", D), ("location_name", S), ("location_country", S),
        ("lat", F), ("lon", F), ("confidence", F), ("trigger_start", N), ("trigger_end", N),
        ("trigger_text", S), ("polarity", S), ("section", S), ("coder", S), ("record", S),
    ],
    "claims": [
        ("claim_id", S), ("doc_id", S), ("kind", S), ("actor_name", S), ("actor_country", S),
        ("target_name", S), ("target_country", S), ("subject", S), ("date", S), ("day", D),
        ("evidence", S), ("event_id", S), ("polarity", S), ("record", S),
    ],
    "flags": [
        ("flag_id", S), ("doc_id", S), ("kind", S), ("explanation", S), ("confidence", F), ("record", S),
    ],
    "rejections": [
        ("doc_id", S), ("source", S), ("reason", S), ("detail", S), ("stage", S), ("at", T),
    ],
    "merged": [
        ("canonical_id", S), ("event_type", S), ("quad_class", S), ("source_country", S),
        ("target_country", S), ("date", S), ("day", D), ("location_name", S), ("location_country", S),
        ("lat", F), ("lon", F), ("event_ids", LS), ("doc_ids", LS), ("mentions", N), ("sources", N),
        ("first_report", S), ("last_report", S), ("confidence", F), ("record", S),
    ],
}
SCHEMAS["merged_flags"] = SCHEMAS["flags"]

# Tables holding rows that belong to one document (replaced with it).
DOC_TABLES = ("documents", "mentions", "events", "claims", "flags")


@cache
def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in SCHEMAS[table]])


def parse_day(value: str | None) -> dt.date | None:
    """The date part of an ISO date/datetime string, or None if it is not one.

    Partial dates ("2024-05", "2024") map to their first day so that they
    still sort and filter sensibly."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()[:10]
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v)
        if len(v) == 7:
            return dt.date.fromisoformat(v + "-01")
        if len(v) == 4 and v.isdigit():
            return dt.date(int(v), 1, 1)
    except ValueError:
        return None
    return None


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _flat(obj: Any) -> dict[str, Any] | None:
    """to_dict of a record without nested records (Actor, Location, Span, FlagSide), fast."""
    if obj is None:
        return None
    cls: type = type(obj)  # (a bare type: mypy does not take type[Any] for Hashable, python/mypy#11470)
    return {n: getattr(obj, n) for n in _names(cls)}


def event_dict(ev: Event) -> dict[str, Any]:
    """Exactly ``to_dict(ev)``, several times faster (this is the store's hot path)."""
    d = {n: getattr(ev, n) for n in _names(Event)}
    for k in ("source", "target", "location", "trigger"):
        d[k] = _flat(d[k])
    d["extra"] = _jsonable(ev.extra)
    return d


def claim_dict(c: Claim) -> dict[str, Any]:
    """Exactly ``to_dict(c)`` for a claim."""
    d = {n: getattr(c, n) for n in _names(Claim)}
    d["actor"], d["target"] = _flat(c.actor), _flat(c.target)
    return d


def flag_dict(f: Flag) -> dict[str, Any]:
    """Exactly ``to_dict(f)`` for a flag."""
    d = {n: getattr(f, n) for n in _names(Flag)}
    d["a"], d["b"] = _flat(f.a), _flat(f.b)
    return d


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _num(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


class TableRows:
    """Row buffers for every table, filled document by document."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in SCHEMAS}

    def _add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def add_document(self, doc: Document, pipeline_version: str, now: dt.datetime, keep_raw: bool) -> None:
        art = doc.article
        published = doc.published or (art.published if art else None)
        # (no publication date: the report's day the resolve stage read off the dateline)
        pub_day = parse_day(published) or parse_day(doc.meta.get("report_day"))
        self._add("documents", {
            "id": doc.id, "source": doc.source, "content_hash": doc.content_hash,
            "pipeline_version": pipeline_version,
            "title": doc.title or (art.title if art else None),
            "subheads": _j(list(art.subheads) if art else []),
            "author": art.author if art else None,
            "published": published, "published_day": pub_day,
            "url": doc.url or (art.url if art else None),
            "language": art.language if art else None,
            "text": doc.text,
            "sections": _j([_flat(s) for s in doc.sections]),
            # Sentence text is a slice of the document text; not stored twice.
            "sentences": _j([
                {"index": s.index, "start": s.start, "end": s.end, "section": s.section,
                 "section_index": s.section_index}
                for s in doc.sentences
            ]),
            "stage_versions": _j(doc.stage_versions),
            "meta": _j(_jsonable(doc.meta)),
            "n_events": len(doc.events), "n_flags": len(doc.flags),
            "coded_at": now, "raw": doc.raw if keep_raw else None,
        })
        for i, m in enumerate(doc.mentions):
            self._add("mentions", {**_flat(m), "doc_id": doc.id, "idx": i})  # type: ignore[dict-item]
        for ev in doc.events:
            self.add_event(ev, pub_day)
        for c in doc.claims:
            self.add_claim(c)
        for f in doc.flags:
            self.add_flag("flags", f)

    def add_event(self, ev: Event, pub_day: dt.date | None) -> None:
        row: dict[str, Any] = {
            "event_id": ev.event_id, "doc_id": ev.doc_id, "sentence_index": _int(ev.sentence_index),
            "evidence": ev.evidence, "event_type": ev.event_type, "quad_class": ev.quad_class,
            "mode": ev.mode, "context": ev.context, "cameo_code": ev.cameo_code,
            "date": ev.date, "date_text": ev.date_text,
            "day": parse_day(ev.date) or pub_day,
            "confidence": _num(ev.confidence), "polarity": ev.polarity, "section": ev.section,
            "coder": ev.coder, "record": _j(event_dict(ev)),
        }
        for side in ("source", "target"):
            a = getattr(ev, side)
            if a is not None:
                row.update({f"{side}_text": a.text, f"{side}_name": a.name, f"{side}_country": a.country,
                            f"{side}_sector": a.sector, f"{side}_kind": a.kind})
        if ev.location is not None:
            row.update({"location_name": ev.location.name, "location_country": ev.location.country,
                        "lat": _num(ev.location.lat), "lon": _num(ev.location.lon)})
        if ev.trigger is not None:
            row.update({"trigger_start": _int(ev.trigger.start), "trigger_end": _int(ev.trigger.end),
                        "trigger_text": ev.trigger.text})
        self._add("events", row)

    def add_claim(self, c: Claim) -> None:
        self._add("claims", {
            "claim_id": c.claim_id, "doc_id": c.doc_id, "kind": c.kind,
            "actor_name": c.actor.name if c.actor else None,
            "actor_country": c.actor.country if c.actor else None,
            "target_name": c.target.name if c.target else None,
            "target_country": c.target.country if c.target else None,
            "subject": c.subject, "date": c.date, "day": parse_day(c.date), "evidence": c.evidence,
            "event_id": c.event_id, "polarity": c.polarity, "record": _j(claim_dict(c)),
        })

    def add_flag(self, table: str, f: Flag) -> None:
        self._add(table, {"flag_id": f.flag_id, "doc_id": f.doc_id, "kind": f.kind,
                          "explanation": f.explanation, "confidence": _num(f.confidence),
                          "record": _j(flag_dict(f))})

    def add_rejection(self, r: Rejection, now: dt.datetime) -> None:
        self._add("rejections", {**to_dict(r), "at": now})

    def add_canonical(self, c: CanonicalEvent) -> None:
        row: dict[str, Any] = {
            "canonical_id": c.canonical_id, "event_type": c.event_type,
            "quad_class": QUAD_OF.get(c.event_type), "source_country": c.source_country,
            "target_country": c.target_country, "date": c.date, "day": parse_day(c.date),
            "event_ids": [str(x) for x in c.event_ids], "doc_ids": [str(x) for x in c.doc_ids],
            "mentions": _int(c.mentions), "sources": _int(c.sources),
            "first_report": c.first_report, "last_report": c.last_report,
            "confidence": _num(c.confidence), "record": _j(_jsonable(to_dict(c))),
        }
        if c.location is not None:
            row.update({"location_name": c.location.name, "location_country": c.location.country,
                        "lat": _num(c.location.lat), "lon": _num(c.location.lon)})
        self._add("merged", row)

    def count(self, table: str) -> int:
        return len(self.rows[table])

    def arrow(self, table: str) -> pa.Table:
        # from_pylist fills absent keys with nulls and converts in C++.
        return pa.Table.from_pylist(self.rows[table], schema=arrow_schema(table))


def _jsonable(value: Any) -> Any:
    """Make ``meta``/``extra`` dicts JSON-safe: anything exotic becomes its str()."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def rows_for(docs: Iterable[Document], pipeline_version: str, keep_raw: bool = False) -> TableRows:
    """Rows of every table for these documents (rejected ones go to rejections)."""
    rows = TableRows()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for doc in docs:
        if doc.rejection is not None:
            rows.add_rejection(doc.rejection, now)
        else:
            rows.add_document(doc, pipeline_version, now, keep_raw)
    return rows

"""Export stored events: JSONL, CSV, Parquet, PLOVER JSON and a GDELT-style table.

:func:`export` streams the events matching a filter (all of them: the
filter's limit and offset are ignored) through :mod:`eventwire.query` and
writes one format. The field mappings are documented in docs/exports.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import IO, Any

import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow: no stubs, no py.typed
import pyarrow.parquet as pq  # type: ignore[import-untyped]  # pyarrow: no stubs, no py.typed

from . import query
from .errors import QueryError
from .records import PLOVER_QUADS, QUAD_OF, CanonicalEvent, Event, event_contract, to_dict
from .store import Store

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
QUAD_NUMBER = {q: i for i, q in enumerate(PLOVER_QUADS, start=1)}  # PLOVER and GDELT share 1..4
_DATA = Path(__file__).with_name("data") / "export" / "gdelt.toml"

EVENT_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence_index", pa.int32()),
    ("event_type", pa.string()), ("quad_class", pa.string()), ("mode", pa.string()), ("context", pa.string()),
    ("cameo_code", pa.string()), ("source_text", pa.string()), ("source_name", pa.string()),
    ("source_country", pa.string()), ("source_sector", pa.string()), ("target_text", pa.string()),
    ("target_name", pa.string()), ("target_country", pa.string()), ("target_sector", pa.string()),
    ("date", pa.string()), ("date_text", pa.string()), ("location_name", pa.string()),
    ("location_country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("confidence", pa.float64()), ("polarity", pa.string()), ("section", pa.string()),
    ("trigger_text", pa.string()), ("coder", pa.string()), ("evidence", pa.string()),
    ("doc_title", pa.string()), ("url", pa.string()), ("story_date", pa.string()),
]
MERGED_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("canonical_id", pa.string()), ("event_type", pa.string()), ("quad_class", pa.string()),
    ("source_country", pa.string()), ("target_country", pa.string()), ("date", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()), ("lat", pa.float64()),
    ("lon", pa.float64()), ("mentions", pa.int32()), ("sources", pa.int32()), ("first_report", pa.string()),
    ("last_report", pa.string()), ("confidence", pa.float64()), ("event_ids", pa.string()),
    ("doc_ids", pa.string()), ("evidence", pa.string()),
]
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL", "EW_EventId", "EW_PloverType", "EW_Evidence",
]


@cache
def _tables() -> dict[str, Any]:
    with _DATA.open("rb") as f:
        return tomllib.load(f)


def goldstein(cameo: str | None) -> float | None:
    """GoldsteinScale of a CAMEO code: the longest prefix found in the table."""
    if not cameo:
        return None
    table = _tables()["goldstein"]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return float(table[cameo[:n]])
    return None


def cameo_codes(event_type: str, cameo: str | None) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode); without a CAMEO code, the type's root + '0'."""
    code = (cameo or "").strip()
    if not code.isdigit() or len(code) < 2:
        root = _tables()["cameo_root"].get(event_type, "")
        code = root + "0" if root else ""
    return code, code[:3], code[:2]


def global_id(key: str) -> int:
    """A stable positive 60-bit integer for a string id (GDELT ids are integers)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


# -- row builders -------------------------------------------------------------

def event_row(ev: Event, title: str | None = None, url: str | None = None, story_date: str | None = None) -> dict[str, Any]:
    """One flat row of an event (CSV and Parquet); ``story_date`` is the
    report's publication day (``date`` stays empty when the text dates nothing)."""
    row: dict[str, Any] = {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "sentence_index": ev.sentence_index,
        "event_type": ev.event_type, "quad_class": ev.quad_class, "mode": ev.mode, "context": ev.context,
        "cameo_code": ev.cameo_code, "date": ev.date, "date_text": ev.date_text, "confidence": ev.confidence,
        "polarity": ev.polarity, "section": ev.section, "coder": ev.coder, "evidence": ev.evidence,
        "trigger_text": ev.trigger.text if ev.trigger else None, "doc_title": title, "url": url,
        "story_date": story_date,
    }
    for side in ("source", "target"):
        a = getattr(ev, side)
        for f in ("text", "name", "country", "sector"):
            row[f"{side}_{f}"] = getattr(a, f) if a else None
    loc = ev.location
    row.update({"location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
                "lat": loc.lat if loc else None, "lon": loc.lon if loc else None})
    return row


def merged_row(c: CanonicalEvent) -> dict[str, Any]:
    """One flat row of a canonical event; lists are joined with ' | '."""
    loc = c.location
    return {
        "canonical_id": c.canonical_id, "event_type": c.event_type, "quad_class": QUAD_OF.get(c.event_type),
        "source_country": c.source_country, "target_country": c.target_country, "date": c.date,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "mentions": c.mentions,
        "sources": c.sources, "first_report": c.first_report, "last_report": c.last_report,
        "confidence": c.confidence, "event_ids": " | ".join(c.event_ids), "doc_ids": " | ".join(c.doc_ids),
        "evidence": " | ".join(c.evidence),
    }


def _plover_actor(a: Any) -> dict[str, Any]:
    d = {"code": a.country, "sector": a.sector, "actor_text": a.text, "identifier_text": a.name}
    if a.title:
        d["office"] = a.title
    return d


def _plover_loc(loc: Any) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"name": loc.name, "latitude": loc.lat, "longitude": loc.lon, "cc3": loc.country}


def plover_record(ev: Event, title: str | None = None, url: str | None = None, story_date: str | None = None) -> dict[str, Any]:
    """An event with the field names of the PLOVER JSON specification (see docs/exports.md)."""
    return {
        "id": ev.event_id,
        "date": ev.date,
        "story_date": story_date,
        "source": [_plover_actor(ev.source)] if ev.source else [],
        "recipient": [_plover_actor(ev.target)] if ev.target else [],
        "event": [ev.event_type],
        "event_type": ev.event_type,
        "mode": ev.mode,
        "context": ev.context,
        "quad_code": QUAD_NUMBER.get(ev.quad_class or ""),
        "event_loc": _plover_loc(ev.location),
        "event_text": [ev.trigger.text] if ev.trigger and ev.trigger.text else [],
        "text": ev.evidence,
        "text_info": {"sequence": ev.sentence_index, "doc_id": ev.doc_id, "section": ev.section},
        "cite_info": {"url": url, "title": title, "coder": ev.coder or "eventwire", "codebook": "plover"},
        "coder": ev.coder or "eventwire",
        "cameo_code": ev.cameo_code,
        "polarity": ev.polarity,
        "confidence": ev.confidence,
    }


def plover_merged(c: CanonicalEvent) -> dict[str, Any]:
    """A canonical event in PLOVER JSON form (actors carry only their code)."""
    return {
        "id": c.canonical_id, "date": c.date,
        "source": [{"code": c.source_country}] if c.source_country else [],
        "recipient": [{"code": c.target_country}] if c.target_country else [],
        "event": [c.event_type], "event_type": c.event_type,
        "quad_code": QUAD_NUMBER.get(QUAD_OF.get(c.event_type, "")),
        "event_loc": _plover_loc(c.location), "text": c.evidence[0] if c.evidence else None,
        "link": c.canonical_id, "event_ids": c.event_ids, "doc_ids": c.doc_ids,
        "num_mentions": c.mentions, "num_sources": c.sources, "confidence": c.confidence,
    }


def _ymd(date: str | None) -> tuple[str, str, str, str]:
    day = query.parse_date("date", date[:10]) if date and len(date) >= 10 else None
    if day is None:
        return "", "", "", ""
    frac = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{frac:.4f}"


def _gdelt_actor(a: Any) -> tuple[str, str, str, str]:
    if a is None:
        return "", "", "", ""
    code = (a.country or "") + (a.sector or "")
    return code, (a.name or "").upper(), a.country or "", a.sector or ""


def gdelt_row(ev: Event, url: str | None, added: str, story_date: str | None = None) -> list[Any]:
    """A GDELT-style row of an event (columns GDELT_COLUMNS). As in GDELT, an
    event the text does not date takes the report's date (SQLDATE)."""
    code, base, root = cameo_codes(ev.event_type, ev.cameo_code)
    loc = ev.location
    return [global_id(ev.event_id), *_ymd(ev.date or story_date), *_gdelt_actor(ev.source), *_gdelt_actor(ev.target),
            1 if ev.section in ("title", "subhead") or ev.sentence_index <= 1 else 0, code, base, root,
            QUAD_NUMBER.get(ev.quad_class or "", ""), _fmt(goldstein(code)), 1, 1, 1,
            (4 if loc.lat is not None else 1) if loc else 0, loc.name if loc else "",
            (loc.country or "") if loc else "", _fmt(loc.lat) if loc else "", _fmt(loc.lon) if loc else "",
            added, url or "", ev.event_id, ev.event_type, ev.evidence]


def gdelt_merged_row(c: CanonicalEvent, added: str) -> list[Any]:
    code, base, root = cameo_codes(c.event_type, None)
    loc = c.location
    actor = [(x or "", "", x or "", "") for x in (c.source_country, c.target_country)]
    return [global_id(c.canonical_id), *_ymd(c.date), *actor[0], *actor[1], 1, code, base, root,
            QUAD_NUMBER.get(QUAD_OF.get(c.event_type, ""), ""), _fmt(goldstein(code)), c.mentions, c.sources,
            len(c.doc_ids), (4 if loc.lat is not None else 1) if loc else 0, loc.name if loc else "",
            (loc.country or "") if loc else "", _fmt(loc.lat) if loc else "", _fmt(loc.lon) if loc else "",
            added, "", c.canonical_id, c.event_type, c.evidence[0] if c.evidence else ""]


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _clean(v: Any) -> Any:
    # Tabs and newlines would break the TSV row structure.
    return v.replace("\t", " ").replace("\r", " ").replace("\n", " ") if isinstance(v, str) else v


# -- writing ------------------------------------------------------------------

@contextmanager
def _open(out: str | IO[Any], binary: bool) -> Iterator[IO[Any]]:
    if not isinstance(out, str):
        yield out
    elif out == "-":
        yield sys.stdout.buffer if binary else sys.stdout
    elif binary:
        with open(out, "wb") as f:
            yield f
    else:
        with open(out, "w", encoding="utf-8", newline="") as f:
            yield f


def _records(store: Store, filt: query.EventFilter, merged: bool) -> Iterator[tuple[Any, str | None, str | None, str | None]]:
    if merged:
        for c in query.iter_merged(store, filt):
            yield c, None, None, None
    else:
        yield from query.iter_events(store, filt)


def export(store: Store, fmt: str, out: str | IO[Any], filt: query.EventFilter | None = None,
           merged: bool = False, limit: int | None = None) -> int:
    """Write the events (or canonical events) matching ``filt`` to ``out``; return how many.

    ``fmt`` is one of jsonl, csv, parquet, plover, gdelt. ``out`` is a path,
    ``-`` for stdout, or an open file (binary for parquet, text otherwise).
    The filter's own limit/offset (page settings) are ignored; ``limit``
    caps the number of records written (None: all)."""
    if fmt not in FORMATS:
        e = QueryError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
        e.param = "format"  # type: ignore[attr-defined]
        raise e
    filt = filt or query.EventFilter()
    if merged and filt.sort.lstrip("-") not in query.MERGED_SORTS:
        filt = query.EventFilter(**{**filt.__dict__, "sort": "-date"})
    rows: Iterator[tuple[Any, str | None, str | None, str | None]] = _records(store, filt, merged)
    if limit is not None:
        rows = itertools.islice(rows, max(0, limit))
    if fmt == "parquet":
        return _write_parquet(rows, out, merged)
    n = 0
    with _open(out, binary=False) as f:
        if fmt in ("jsonl", "plover"):
            for rec, title, url, story in rows:
                if fmt == "plover":
                    d = plover_merged(rec) if merged else plover_record(rec, title, url, story)
                else:
                    d = to_dict(rec) if merged else {**event_contract(rec), "doc_title": title, "url": url, "story_date": story}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "csv":
            cols = [c for c, _ in (MERGED_COLUMNS if merged else EVENT_COLUMNS)]
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for rec, title, url, story in rows:
                w.writerow(merged_row(rec) if merged else event_row(rec, title, url, story))
                n += 1
        else:  # gdelt
            import datetime as dt

            added = dt.date.today().strftime("%Y%m%d")
            buf = io.StringIO()
            tsv = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            tsv.writerow(GDELT_COLUMNS)
            for rec, _title, url, story in rows:
                row = gdelt_merged_row(rec, added) if merged else gdelt_row(rec, url, added, story)
                tsv.writerow([_clean(v) for v in row])
                n += 1
                if buf.tell() > 1 << 20:
                    f.write(buf.getvalue())
                    buf.seek(0)
                    buf.truncate()
            f.write(buf.getvalue())
    return n


def _write_parquet(rows: Iterator[tuple[Any, str | None, str | None, str | None]], out: str | IO[Any], merged: bool) -> int:
    cols = MERGED_COLUMNS if merged else EVENT_COLUMNS
    schema = pa.schema([pa.field(c, t) for c, t in cols])
    n, batch = 0, []
    with _open(out, binary=True) as f, pq.ParquetWriter(f, schema) as writer:
        for rec, title, url, story in rows:
            batch.append(merged_row(rec) if merged else event_row(rec, title, url, story))
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        # Always write (possibly empty) so that the file has the schema.
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n

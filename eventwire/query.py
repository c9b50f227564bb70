"""The one read path over the store, used by the CLI, the API and the dashboard.

Every function takes a :class:`~eventwire.store.Store` and validated
parameters and returns plain JSON-ready dicts; list functions return
``{"items": [...], "total": N, "limit": L, "offset": O}``. Parameters arrive
as strings from URLs and command lines, so each function validates them
here, once, raising :class:`~eventwire.errors.QueryError` with the name of
the bad parameter. User input only ever reaches SQL as a bound parameter;
the only text spliced into SQL comes from fixed whitelists in this module.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import QueryError
from .records import PLOVER_QUADS, PLOVER_TYPES, event_contract, event_from_dict
from .store import Store

MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
MAX_TEXT = 500
INTERVALS = ("day", "week", "month")
EVENT_PARAMS = ("type", "quad", "mode", "source_country", "target_country", "country", "actor",
                "since", "until", "bbox", "q", "doc_id", "limit", "offset", "sort")
# sort key -> (SQL expression over the events table "e", over merged "m")
EVENT_SORTS = {"date": "e.day", "confidence": "e.confidence", "type": "e.event_type"}
MERGED_SORTS = {"date": "m.day", "confidence": "m.confidence", "type": "m.event_type",
                "mentions": "m.mentions", "sources": "m.sources"}
_CODE = re.compile(r"^[A-Z0-9_]{2,10}$")


# -- parameter validation -----------------------------------------------------

def _text(param: str, value: Any) -> str | None:
    if value is None:
        return None
    v = str(value).strip()
    if not v:
        return None
    if len(v) > MAX_TEXT:
        raise _err(param, f"parameter {param!r} is longer than {MAX_TEXT} characters")
    if "\x00" in v:
        raise _err(param, f"parameter {param!r} contains a NUL character")
    return v


def _err(param: str, message: str) -> QueryError:
    return QueryError(message, param=param)


def _int(param: str, value: Any, default: int, lo: int, hi: int) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        n = int(str(value).strip())
    except ValueError:
        raise _err(param, f"{param} must be an integer, got {str(value)[:40]!r}") from None
    if not lo <= n <= hi:
        raise _err(param, f"{param} must be between {lo} and {hi}, got {n}")
    return n


def parse_page(params: Mapping[str, Any], default_limit: int = 50) -> tuple[int, int]:
    """``(limit, offset)`` from parameters: limit 0..1000 (default 50), offset >= 0."""
    return (_int("limit", params.get("limit"), default_limit, 0, MAX_LIMIT),
            _int("offset", params.get("offset"), 0, 0, MAX_OFFSET))


def parse_date(param: str, value: Any) -> dt.date | None:
    """A ``YYYY-MM-DD`` date or None; anything else is a QueryError naming ``param``."""
    v = _text(param, value)
    if v is None:
        return None
    try:
        if len(v) != 10:
            raise ValueError
        return dt.date.fromisoformat(v)
    except ValueError:
        raise _err(param, f"{param} must be a date as YYYY-MM-DD, got {v[:40]!r}") from None


def _list(param: str, value: Any) -> tuple[str, ...]:
    v = _text(param, value)
    return tuple(p.strip() for p in v.split(",") if p.strip()) if v else ()


def _codes(param: str, value: Any) -> tuple[str, ...]:
    codes = tuple(c.upper() for c in _list(param, value))
    for c in codes:
        if not _CODE.match(c):
            raise _err(param, f"{param} expects country codes like USA or KOR (comma-separated), got {c[:20]!r}")
    return codes


def _choice(param: str, value: Any, choices: tuple[str, ...], default: str | None) -> str | None:
    v = _text(param, value)
    if v is None:
        return default
    if v not in choices:
        raise _err(param, f"unknown {param} {v[:40]!r}; valid: {', '.join(choices)}")
    return v


def _bbox(value: Any) -> tuple[float, float, float, float] | None:
    v = _text("bbox", value)
    if v is None:
        return None
    try:
        nums = [float(x) for x in v.split(",")]
    except ValueError:
        nums = []
    if len(nums) != 4 or not all(math.isfinite(n) for n in nums):
        raise _err("bbox", "bbox must be four numbers: minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = nums
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise _err("bbox", "bbox needs -180<=lon<=180, -90<=minlat<=maxlat<=90")
    return minlon, minlat, maxlon, maxlat


def _like(s: str) -> str:
    """A substring pattern for ILIKE with the wildcards in ``s`` escaped."""
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _in(column: str, values: tuple[str, ...], args: list[Any]) -> str:
    args.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


@dataclass(frozen=True)
class EventFilter:
    """A validated event filter (build it with :meth:`from_params`)."""

    types: tuple[str, ...] = ()
    quad: tuple[str, ...] = ()
    mode: str | None = None
    source_country: tuple[str, ...] = ()
    target_country: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    doc_id: str | None = None
    limit: int = 50
    offset: int = 0
    sort: str = "-date"

    @classmethod
    def from_params(cls, params: Mapping[str, Any], sorts: Mapping[str, str] = EVENT_SORTS,
                    default_limit: int = 50) -> EventFilter:
        """Validate URL/CLI parameters (strings); lists are comma-separated.

        Raises QueryError (with ``.param``) for an unknown PLOVER type or
        quad class, a bad date or bbox, a limit out of range or an unknown sort."""
        types = tuple(t.upper() for t in _list("type", params.get("type", params.get("types"))))
        for t in types:
            if t not in PLOVER_TYPES:
                raise _err("type", f"unknown PLOVER type {t[:30]!r}; valid: {', '.join(PLOVER_TYPES)}")
        quad = tuple(q.lower() for q in _list("quad", params.get("quad")))
        for q in quad:
            if q not in PLOVER_QUADS:
                raise _err("quad", f"unknown quad class {q[:30]!r}; valid: {', '.join(PLOVER_QUADS)}")
        since, until = parse_date("since", params.get("since")), parse_date("until", params.get("until"))
        if since and until and since > until:
            raise _err("until", "until is before since")
        sort = _text("sort", params.get("sort")) or "-date"
        if sort.lstrip("-") not in sorts:
            valid = ", ".join(f"{k}, -{k}" for k in sorts)
            raise _err("sort", f"unknown sort {sort[:30]!r}; valid: {valid}")
        limit, offset = parse_page(params, default_limit)
        return cls(types=types, quad=quad, mode=_text("mode", params.get("mode")),
                   source_country=_codes("source_country", params.get("source_country")),
                   target_country=_codes("target_country", params.get("target_country")),
                   country=_codes("country", params.get("country")),
                   actor=_text("actor", params.get("actor")), since=since, until=until,
                   bbox=_bbox(params.get("bbox")), q=_text("q", params.get("q")),
                   doc_id=_text("doc_id", params.get("doc_id")), limit=limit, offset=offset, sort=sort)

    def where(self, a: str = "e", merged: bool = False) -> tuple[str, list[Any]]:
        """SQL condition and its arguments over the events (or merged) table alias ``a``."""
        conds: list[str] = ["TRUE"]
        args: list[Any] = []
        if self.types:
            conds.append(_in(f"{a}.event_type", self.types, args))
        if self.quad:
            conds.append(_in(f"{a}.quad_class", self.quad, args))
        if self.source_country:
            conds.append(_in(f"{a}.source_country", self.source_country, args))
        if self.target_country:
            conds.append(_in(f"{a}.target_country", self.target_country, args))
        if self.country:
            either = _in(f"{a}.source_country", self.country, args)
            conds.append(f"({either} OR {_in(f'{a}.target_country', self.country, args)})")
        if self.since:
            conds.append(f"{a}.day >= ?")
            args.append(self.since)
        if self.until:
            conds.append(f"{a}.day <= ?")
            args.append(self.until)
        if self.bbox:
            minlon, minlat, maxlon, maxlat = self.bbox
            # A box whose west edge is east of its east edge crosses the antimeridian.
            lon = f"{a}.lon BETWEEN ? AND ?" if minlon <= maxlon else f"({a}.lon >= ? OR {a}.lon <= ?)"
            conds.append(f"{lon} AND {a}.lat BETWEEN ? AND ?")
            args.extend([minlon, maxlon, minlat, maxlat])
        if merged:
            if self.doc_id:
                conds.append(f"list_contains({a}.doc_ids, ?)")
                args.append(self.doc_id)
            for name in ("mode", "actor", "q"):
                if getattr(self, name):
                    raise _err(name, f"{name} does not apply to merged events")
            return " AND ".join(conds), args
        if self.mode:
            conds.append(f"{a}.mode = ?")
            args.append(self.mode)
        if self.actor:
            pat = _like(self.actor)
            conds.append("(" + " OR ".join(f"{a}.{c} ILIKE ? ESCAPE '\\'" for c in
                                           ("source_name", "target_name", "source_text", "target_text")) + ")")
            args.extend([pat] * 4)
        if self.q:
            conds.append(f"{a}.evidence ILIKE ? ESCAPE '\\'")
            args.append(_like(self.q))
        if self.doc_id:
            conds.append(f"{a}.doc_id = ?")
            args.append(self.doc_id)
        return " AND ".join(conds), args

    def order(self, sorts: Mapping[str, str] = EVENT_SORTS, tiebreak: str = "e.event_id") -> str:
        key = self.sort.lstrip("-")
        direction = "DESC" if self.sort.startswith("-") else "ASC"
        return f"{sorts[key]} {direction} NULLS LAST, {tiebreak}"


def _page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": int(total), "limit": limit, "offset": offset}


def _fetch_page(store: Store, columns: str, source: str, where: str, args: list[Any], order: str,
                limit: int, offset: int) -> tuple[int, list[tuple[Any, ...]]]:
    """The total count and one page of ``SELECT columns FROM source WHERE where
    ORDER BY order``, read in one connection."""
    with store.reader() as con:
        total = con.execute(f"SELECT count(*) FROM {source} WHERE {where}", args).fetchone()[0]  # type: ignore[index]
        rows = con.execute(f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                           [*args, limit, offset]).fetchall()
    return int(total), rows


# -- events -------------------------------------------------------------------

def _event_item(record: str, title: str | None, day: Any = None) -> dict[str, Any]:
    d = event_contract(event_from_dict(json.loads(record)))
    d["doc_title"] = title
    d["story_date"] = day.isoformat() if day is not None else None
    return d


_EVENT_SELECT = "SELECT e.record, d.title, d.published_day FROM events e LEFT JOIN documents d ON d.id = e.doc_id"


def list_events(store: Store, filt: EventFilter) -> dict[str, Any]:
    """Events matching ``filt``: event_contract dicts plus quad_class, doc_title and
    story_date (the document's publication day, which an event without a date of its own falls back on)."""
    where, args = filt.where()
    with store.reader() as con:
        total = con.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()[0]  # type: ignore[index]
        rows = con.execute(f"{_EVENT_SELECT} WHERE {where} ORDER BY {filt.order()} LIMIT ? OFFSET ?",
                           [*args, filt.limit, filt.offset]).fetchall()
    return _page([_event_item(*row) for row in rows], total, filt.limit, filt.offset)


def iter_events(store: Store, filt: EventFilter, chunk: int = 5000) -> Any:
    """Every event matching ``filt`` (ignoring limit/offset) as ``(Event, doc_title, url, story_date)``
    (story_date: the document's publication day, ISO, or None)."""
    where, args = filt.where()
    with store.reader() as con:
        cur = con.execute("SELECT e.record, d.title, d.url, d.published_day FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
                          f"WHERE {where} ORDER BY {filt.order()}", args)
        while rows := cur.fetchmany(chunk):
            for rec, title, url, day in rows:
                yield event_from_dict(json.loads(rec)), title, url, day.isoformat() if day is not None else None


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event by id, or None."""
    with store.reader() as con:
        row = con.execute(f"{_EVENT_SELECT} WHERE e.event_id = ? LIMIT 1", [event_id]).fetchone()
    return _event_item(*row) if row else None


def locations(store: Store, filt: EventFilter) -> dict[str, Any]:
    """Places of the matching events with counts and (up to 50) event ids, most events first."""
    where, args = filt.where()
    base = (f"FROM events e WHERE {where} AND e.location_name IS NOT NULL "
            "GROUP BY e.location_name, e.location_country, e.lat, e.lon")
    with store.reader() as con:
        total = con.execute(f"SELECT count(*) FROM (SELECT 1 {base})", args).fetchone()[0]  # type: ignore[index]
        rows = con.execute(
            "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) AS n, "
            f"list_slice(list(e.event_id ORDER BY e.day, e.event_id), 1, 50) {base} "
            "ORDER BY n DESC, e.location_name LIMIT ? OFFSET ?", [*args, filt.limit, filt.offset]).fetchall()
    items = [{"name": r[0], "country": r[1], "lat": r[2], "lon": r[3], "count": r[4], "event_ids": r[5]}
             for r in rows]
    return _page(items, total, filt.limit, filt.offset)


def _period(interval: str, a: str = "e") -> str:
    # interval is validated against INTERVALS before it gets here.
    return f"CAST(date_trunc('{interval}', {a}.day) AS DATE)"


def _periods(first: dt.date, last: dt.date, interval: str) -> list[dt.date]:
    out: list[dt.date] = []
    d = first
    while d <= last and len(out) < 100_000:
        out.append(d)
        if interval == "day":
            d += dt.timedelta(days=1)
        elif interval == "week":
            d += dt.timedelta(days=7)
        else:
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def timeline(store: Store, filt: EventFilter, interval: str | None = "month") -> dict[str, Any]:
    """Event counts per period (start date), stacked by quad class; empty periods are zero."""
    iv = _choice("interval", interval, INTERVALS, "month")
    assert iv is not None
    where, args = filt.where()
    quads = list(PLOVER_QUADS)
    sums = ", ".join(f"count(*) FILTER (WHERE e.quad_class = '{q}')" for q in quads)
    with store.reader() as con:
        rows = con.execute(f"SELECT {_period(iv)} AS p, {sums}, count(*) FROM events e "
                           f"WHERE {where} AND e.day IS NOT NULL GROUP BY p ORDER BY p", args).fetchall()
    found = {r[0]: r for r in rows}
    items = []
    if rows:
        for p in _periods(rows[0][0], rows[-1][0], iv):
            r = found.get(p)
            item: dict[str, Any] = {"period": p.isoformat()}
            item.update({q: (r[i + 1] if r else 0) for i, q in enumerate(quads)})
            item["total"] = r[-1] if r else 0
            items.append(item)
    return _page(items[filt.offset : filt.offset + filt.limit], len(items), filt.limit, filt.offset)


def dyads(store: Store, filt: EventFilter, interval: str | None = "month") -> dict[str, Any]:
    """Source-country/target-country pairs with counts, per-type counts and a time series."""
    iv = _choice("interval", interval, INTERVALS, "month")
    assert iv is not None
    where, args = filt.where()
    where += " AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL"
    with store.reader() as con:
        total = con.execute(f"SELECT count(DISTINCT (e.source_country, e.target_country)) FROM events e "
                            f"WHERE {where}", args).fetchone()[0]  # type: ignore[index]
        top = con.execute(f"SELECT e.source_country, e.target_country, count(*) AS n FROM events e WHERE {where} "
                          "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ? OFFSET ?",
                          [*args, filt.limit, filt.offset]).fetchall()
        pairs = [(s, t) for s, t, _ in top]
        by_type: dict[tuple[str, str], dict[str, int]] = {p: {} for p in pairs}
        series: dict[tuple[str, str], list[dict[str, Any]]] = {p: [] for p in pairs}
        if pairs:
            sub = f"{where} AND (e.source_country, e.target_country) IN (SELECT * FROM (VALUES " + \
                ", ".join("(?, ?)" for _ in pairs) + "))"
            sargs = [*args, *[x for p in pairs for x in p]]
            for s, t, typ, n in con.execute(
                    f"SELECT e.source_country, e.target_country, e.event_type, count(*) FROM events e "
                    f"WHERE {sub} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 3", sargs).fetchall():
                by_type[(s, t)][typ] = n
            for s, t, p, n in con.execute(
                    f"SELECT e.source_country, e.target_country, {_period(iv)} AS p, count(*) FROM events e "
                    f"WHERE {sub} AND e.day IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 3", sargs).fetchall():
                series[(s, t)].append({"period": p.isoformat(), "count": n})
    items = [{"source_country": s, "target_country": t, "count": n, "by_type": by_type[(s, t)],
              "series": series[(s, t)]} for s, t, n in top]
    return _page(items, total, filt.limit, filt.offset)


def list_merged(store: Store, filt: EventFilter) -> dict[str, Any]:
    """Canonical (merged) events matching the filter, as CanonicalEvent dicts."""
    where, args = filt.where("m", merged=True)
    total, rows = _fetch_page(store, "m.record, m.quad_class", "merged m", where, args,
                              filt.order(MERGED_SORTS, "m.canonical_id"), filt.limit, filt.offset)
    return _page([{**json.loads(r), "quad_class": q} for r, q in rows], total, filt.limit, filt.offset)


def iter_merged(store: Store, filt: EventFilter, chunk: int = 5000) -> Any:
    """Every canonical event matching ``filt`` (ignoring limit/offset) as a CanonicalEvent."""
    from .records import canonical_from_dict

    where, args = filt.where("m", merged=True)
    with store.reader() as con:
        cur = con.execute(f"SELECT m.record FROM merged m WHERE {where} "
                          f"ORDER BY {filt.order(MERGED_SORTS, 'm.canonical_id')}", args)
        while rows := cur.fetchmany(chunk):
            for (rec,) in rows:
                yield canonical_from_dict(json.loads(rec))


# -- documents, actors, flags, claims, rejections ---------------------------

def list_documents(store: Store, q: str | None = None, limit: Any = None, offset: Any = None) -> dict[str, Any]:
    """Documents (newest first), optionally those whose title or text contains ``q``."""
    lim, off = parse_page({"limit": limit, "offset": offset})
    qq = _text("q", q)
    where, args = ("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')", [_like(qq)] * 2) if qq else ("TRUE", [])
    keys = ("id", "title", "url", "published", "source", "n_events", "n_flags")
    total, rows = _fetch_page(store, ", ".join(keys), "documents", where, args,
                              "published_day DESC NULLS LAST, id", lim, off)
    return _page([dict(zip(keys, r, strict=True)) for r in rows], total, lim, off)


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """The article with its sections, sentences, events, mentions, flags and claims; None if unknown."""
    with store.reader() as con:
        row = con.execute("SELECT id, title, subheads, author, published, url, text, sections, sentences, "
                          "source, stage_versions FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            return None
        events = con.execute("SELECT record FROM events WHERE doc_id = ? ORDER BY sentence_index, event_id",
                             [doc_id]).fetchall()
        mentions = con.execute("SELECT name, kind, country, sector, title, organization, text, start, \"end\", "
                               "sentence_index, resolved_from FROM mentions WHERE doc_id = ? ORDER BY idx",
                               [doc_id]).fetchall()
        flags = con.execute("SELECT record FROM flags WHERE doc_id = ? ORDER BY flag_id", [doc_id]).fetchall()
        claims = con.execute("SELECT record FROM claims WHERE doc_id = ? ORDER BY claim_id", [doc_id]).fetchall()
    keys = ("id", "title", "subheads", "author", "published", "url", "text", "sections", "sentences",
            "source", "stage_versions")
    doc = dict(zip(keys, row, strict=True))
    for k in ("subheads", "sections", "sentences", "stage_versions"):
        doc[k] = json.loads(doc[k]) if doc[k] else ([] if k != "stage_versions" else {})
    doc["sections"] = [{k: s[k] for k in ("kind", "index", "start", "end")} for s in doc["sections"]]
    doc["events"] = [_event_item(r, doc["title"]) for (r,) in events]
    mkeys = ("name", "kind", "country", "sector", "title", "organization", "text", "start", "end",
             "sentence_index", "resolved_from")
    doc["mentions"] = [dict(zip(mkeys, m, strict=True)) for m in mentions]
    doc["flags"] = [json.loads(r) for (r,) in flags]
    doc["claims"] = [json.loads(r) for (r,) in claims]
    return doc


def list_actors(store: Store, q: str | None = None, country: str | None = None, sector: str | None = None,
                kind: str | None = None, limit: Any = None, offset: Any = None) -> dict[str, Any]:
    """Distinct resolved actors with their number of mentions, most mentioned first."""
    lim, off = parse_page({"limit": limit, "offset": offset})
    conds, args = ["name IS NOT NULL"], []
    if (qq := _text("q", q)) is not None:
        conds.append("name ILIKE ? ESCAPE '\\'")
        args.append(_like(qq))
    if codes := _codes("country", country):
        conds.append(_in("country", codes, args))
    for col, val in (("sector", sector), ("kind", kind)):
        if (v := _text(col, val)) is not None:
            conds.append(f"{col} = ?")
            args.append(v.upper() if col == "sector" else v)
    where = " AND ".join(conds)
    group = "FROM mentions WHERE " + where + " GROUP BY name, kind, country, sector, title, organization"
    with store.reader() as con:
        total = con.execute(f"SELECT count(*) FROM (SELECT 1 {group})", args).fetchone()[0]  # type: ignore[index]
        rows = con.execute(f"SELECT name, kind, country, sector, title, organization, count(*) AS n {group} "
                           "ORDER BY n DESC, name LIMIT ? OFFSET ?", [*args, lim, off]).fetchall()
    keys = ("name", "kind", "country", "sector", "title", "organization", "mentions")
    return _page([dict(zip(keys, r, strict=True)) for r in rows], total, lim, off)


def list_flags(store: Store, doc_id: str | None = None, kind: str | None = None,
               limit: Any = None, offset: Any = None) -> dict[str, Any]:
    """Flags of single documents and cross-report flags of merged events."""
    lim, off = parse_page({"limit": limit, "offset": offset})
    conds, args = ["TRUE"], []
    if (d := _text("doc_id", doc_id)) is not None:
        # A cross-report flag belongs to every document it quotes.
        conds.append("(doc_id = ? OR record ILIKE ? ESCAPE '\\')")
        args.extend([d, _like(json.dumps(d))])
    if (k := _text("kind", kind)) is not None:
        conds.append("kind = ?")
        args.append(k)
    src = ("(SELECT flag_id, doc_id, kind, record FROM flags UNION ALL "
           "SELECT flag_id, doc_id, kind, record FROM merged_flags)")
    where = " AND ".join(conds)
    total, rows = _fetch_page(store, "record", src, where, args, "doc_id, flag_id", lim, off)
    return _page([json.loads(r) for (r,) in rows], total, lim, off)


def list_claims(store: Store, actor: str | None = None, target: str | None = None, kind: str | None = None,
                since: str | None = None, until: str | None = None, limit: Any = None,
                offset: Any = None) -> dict[str, Any]:
    """Claims (pledges, threats ...); ``actor``/``target`` match a country code or a name substring."""
    lim, off = parse_page({"limit": limit, "offset": offset})
    conds: list[str] = ["TRUE"]
    args: list[Any] = []  # query parameters: names, codes and days
    for col, val in (("actor", actor), ("target", target)):
        if (v := _text(col, val)) is not None:
            conds.append(f"({col}_country = ? OR {col}_name ILIKE ? ESCAPE '\\')")
            args.extend([v.upper(), _like(v)])
    if (k := _text("kind", kind)) is not None:
        conds.append("kind = ?")
        args.append(k)
    s, u = parse_date("since", since), parse_date("until", until)
    if s:
        conds.append("day >= ?")
        args.append(s)
    if u:
        conds.append("day <= ?")
        args.append(u)
    where = " AND ".join(conds)
    total, rows = _fetch_page(store, "record", "claims", where, args, "day NULLS LAST, claim_id", lim, off)
    return _page([json.loads(r) for (r,) in rows], total, lim, off)


def list_rejections(store: Store, reason: str | None = None, stage: str | None = None,
                    limit: Any = None, offset: Any = None) -> dict[str, Any]:
    """Rejected inputs (doc_id, source, reason, detail, stage, at), newest first."""
    lim, off = parse_page({"limit": limit, "offset": offset})
    conds, args = ["TRUE"], []
    for col, val in (("reason", reason), ("stage", stage)):
        if (v := _text(col, val)) is not None:
            conds.append(f"{col} = ?")
            args.append(v)
    where = " AND ".join(conds)
    keys = ("doc_id", "source", "reason", "detail", "stage", "at")
    total, rows = _fetch_page(store, 'doc_id, source, reason, detail, stage, "at"', "rejections", where, args,
                              '"at" DESC, doc_id', lim, off)
    items = [dict(zip(keys, r, strict=True)) for r in rows]
    for it in items:
        it["at"] = it["at"].isoformat() if it["at"] else None
    return _page(items, total, lim, off)


def counts(store: Store) -> dict[str, int]:
    """Number of documents and events (cheap: used by the health check)."""
    with store.reader() as con:
        row = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
    assert row is not None
    return {"documents": int(row[0]), "events": int(row[1])}


def stats(store: Store) -> dict[str, Any]:
    """Row counts, events by type and quad class, the date range and rejections by reason."""
    with store.reader() as con:
        out: dict[str, Any] = {}
        for t in ("documents", "events", "mentions", "claims", "flags", "rejections", "merged", "merged_flags"):
            out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
        out["by_type"] = dict(con.execute("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
                              .fetchall())
        out["by_quad"] = dict(con.execute("SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL "
                                          "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
        first, last = con.execute("SELECT min(day), max(day) FROM events").fetchone()  # type: ignore[misc]
        out["first_date"] = first.isoformat() if first else None
        out["last_date"] = last.isoformat() if last else None
        out["rejections_by_reason"] = dict(con.execute("SELECT reason, count(*) FROM rejections GROUP BY 1 "
                                                       "ORDER BY 2 DESC, 1").fetchall())
    return out

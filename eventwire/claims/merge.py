"""Merge events from different reports that describe the same real event.

:func:`merge_events` is pure: events and per-document metadata in,
canonical events and cross-report flags out. Every event ends up in exactly
one :class:`~eventwire.records.CanonicalEvent` (a lone report is a
canonical event with one mention).

Two events from different documents, or of one type in a report's headline
(or subhead) and its body, are linked when
* their types are in the same family (``data/claims/merge.toml``),
* their dyads are compatible: same source and same target, or a missing
  target on one side; for symmetric types (CONSULT, AGREE ...) either order;
* their dates are within ``window_days``; an event without a date may have
  happened on any day of ``[published - null_lookback_days, published]``;
* their places are not in different countries.
Linked events are joined with union-find, so reports chain into one event;
a chain through an event with no target or no date never joins events with
different sources, targets (two parties for symmetric types) or dates
further apart than the window.

Scaling: events are blocked by (type family, country) -- each event sits in
the block of each country of its dyad -- and each block is swept in date
order, comparing an event only with those still inside the date window, so
the work is about linear in the number of events for news-like data.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import tomllib
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from ..records import CanonicalEvent, Event, Flag, FlagSide, Location, content_hash
from .figures import figure_map
from .lexicon import CLAIMS_DIR

# places further apart than this (km) are reported as a disagreement
PLACE_KM = 100.0


@functools.cache
def _merge_config() -> tuple[dict[str, str], frozenset[str]]:
    with open(CLAIMS_DIR / "merge.toml", "rb") as fh:
        raw = tomllib.load(fh)
    family = {t: name for name, types in raw["families"].items() for t in types}
    return family, frozenset(raw["symmetric"]["types"])


@functools.lru_cache(maxsize=65536)
def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


@dataclass
class _Item:
    ev: Event
    family: str
    src: str | None
    tgt: str | None
    lo: int  # ordinal day range the event may have happened in
    hi: int
    place: str | None


# Dates that are the report's day, not a day the text gives the event: the
# event may have happened any day up to it
_REPORT_DAY = frozenset(("dateline", "published"))


def own_date(ev: Event) -> str | None:
    """The event's date when the text gives it, else None (a date taken from
    the dateline or the publication day only says when it was reported)."""
    return None if ev.extra.get("date_source") in _REPORT_DAY else ev.date


def _item(ev: Event, meta: dict[str, Any], lookback: int) -> _Item | None:
    family_of, _ = _merge_config()
    src = ev.source.country if ev.source else None
    tgt = ev.target.country if ev.target else None
    if src is None and tgt is None:
        return None  # nothing to tell two such events apart: never merged
    d = _date(own_date(ev))
    if d is not None:
        lo = hi = d.toordinal()
    else:
        pub = _date(meta.get("published"))
        if pub is None:
            return None
        hi = pub.toordinal()
        lo = hi - lookback
    # (a place taken from the dateline only says where the reporter was: it
    # keeps no headline and lede apart, "TOKYO (Kyodo) -- North Korea fired ...")
    place = ev.location.country if ev.location is not None and ev.extra.get("location_source") != "dateline" else None
    return _Item(ev, family_of.get(ev.event_type, ev.event_type), src, tgt, lo, hi, place)


_HEADING = frozenset(("title", "subhead"))


def _compatible(a: _Item, b: _Item, window: int) -> bool:
    if a.family != b.family:
        return False
    if a.ev.doc_id == b.ev.doc_id and not (
        # one report names an event once in its headline and again in its
        # body: one event; two body sentences may be two events of a kind
        a.ev.event_type == b.ev.event_type and (a.ev.section in _HEADING) != (b.ev.section in _HEADING)
    ):
        return False
    if a.lo > b.hi + window or b.lo > a.hi + window:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    _, symmetric = _merge_config()

    def same(x: str | None, y: str | None, src: bool) -> bool:
        return x == y if src else (x is None or y is None or x == y)

    if same(a.src, b.src, True) and same(a.tgt, b.tgt, False):
        return True
    if a.ev.event_type in symmetric or b.ev.event_type in symmetric:
        return same(a.src, b.tgt, a.src is not None and b.tgt is not None) and same(a.tgt, b.src, False)
    return False


class _UnionFind:
    """Union-find whose groups keep the parties, types and dated days of their
    members, so that chains through an event with no target or no date
    ("KOR -> ?" undated) never join events that two single links would not:
    one group holds at most one source and one target (two parties for
    symmetric types) and dates within the window (types are one family by
    construction: events are blocked by family)."""

    def __init__(self, items: list[_Item | None], window: int) -> None:
        self.parent = list(range(len(items)))
        self.window = window
        self.parties: list[frozenset[str]] = []
        self.sources: list[frozenset[str]] = []
        self.targets: list[frozenset[str]] = []
        self.days: list[tuple[int, int] | None] = []
        for it in items:
            if it is None:
                self.parties.append(frozenset())
                self.sources.append(frozenset())
                self.targets.append(frozenset())
                self.days.append(None)
                continue
            self.parties.append(frozenset(x for x in (it.src, it.tgt) if x))
            self.sources.append(frozenset([it.src]) if it.src else frozenset())
            self.targets.append(frozenset([it.tgt]) if it.tgt else frozenset())
            self.days.append((it.lo, it.hi) if it.lo == it.hi else None)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, symmetric: bool) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        if symmetric:
            if len(self.parties[ri] | self.parties[rj]) > 2:
                return
        elif len(self.sources[ri] | self.sources[rj]) > 1 or len(self.targets[ri] | self.targets[rj]) > 1:
            return
        di, dj = self.days[ri], self.days[rj]
        if di and dj and max(di[1], dj[1]) - min(di[0], dj[0]) > self.window:
            return
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.parties[root] |= self.parties[child]
        self.sources[root] |= self.sources[child]
        self.targets[root] |= self.targets[child]
        self.days[root] = (min(di[0], dj[0]), max(di[1], dj[1])) if di and dj else (di or dj)


def merge_events(
    events: list[Event],
    doc_meta: dict[str, dict[str, Any]],
    window_days: int = 1,
    null_lookback_days: int = 3,
) -> tuple[list[CanonicalEvent], list[Flag]]:
    """Group events that report the same real event (see module doc).

    ``doc_meta[doc_id]`` holds ``published``, ``source`` (outlet, path or
    url) and ``title``. Returns canonical events (ordered by date, then id)
    and the flags where merged reports disagree."""
    items: list[_Item | None] = [_item(ev, doc_meta.get(ev.doc_id, {}), null_lookback_days) for ev in events]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it is None:
            continue
        for c in {it.src, it.tgt} - {None}:
            blocks[(it.family, c)].append(i)  # type: ignore[index]
    uf = _UnionFind(items, window_days)
    _, symmetric = _merge_config()
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: items[i].lo)  # type: ignore[union-attr]
        # sweep in date order, keeping the items that may still be within the
        # window; lo is sorted, so an expired front item is expired for good
        # (items behind it that expired are rejected by _compatible's date test)
        active: deque[int] = deque()
        for i in members:
            it = items[i]
            assert it is not None
            while active and items[active[0]].hi + window_days < it.lo:  # type: ignore[union-attr]
                active.popleft()
            for j in active:
                if _compatible(items[j], it, window_days):  # type: ignore[arg-type]
                    uf.union(i, j, it.ev.event_type in symmetric)
            active.append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[uf.find(i)].append(i)
    canon: list[CanonicalEvent] = []
    flags: list[Flag] = []
    for idx in groups.values():
        reports = [events[i] for i in idx]
        ce = _canonical(reports, doc_meta)
        canon.append(ce)
        if len(ce.doc_ids) > 1:
            flags.extend(_disagreements(ce, reports, doc_meta))
    canon.sort(key=lambda c: (c.date or "", c.canonical_id))
    return canon, flags


def _most_common(values: list[Any]) -> Any:
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    if len(vals) == 1 or all(v == vals[0] for v in vals):
        return vals[0]  # the common case, without a Counter
    counts = Counter(vals)
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _outlet(meta: dict[str, Any], doc_id: str) -> str:
    return _host(str(meta.get("source") or doc_id))


@functools.lru_cache(maxsize=65536)
def _host(src: str) -> str:
    """The outlet of a source: a URL's host (without www.), else the source itself."""
    host = urlparse(src).netloc if "://" in src else ""
    return host.removeprefix("www.") or src


def _tellings(e: Event) -> int:
    """How many times the event's report tells it (its headline and restatements, see resolve)."""
    return 1 + len(e.extra.get("also_told") or ())


def _single(e: Event, doc_meta: dict[str, dict[str, Any]]) -> CanonicalEvent:
    """A canonical event for a lone report (most events): no counting needed."""
    pub = doc_meta.get(e.doc_id, {}).get("published")
    return CanonicalEvent(
        canonical_id="ce_" + content_hash(e.event_id)[:16],
        event_type=e.event_type,
        source_country=e.source.country if e.source else None,
        target_country=e.target.country if e.target else None,
        date=e.date,
        location=e.location,
        event_ids=[e.event_id],
        doc_ids=[e.doc_id],
        mentions=_tellings(e),
        sources=1,
        first_report=pub,
        last_report=pub,
        evidence=[e.evidence],
        confidence=e.confidence,
    )


def _canonical(members: list[Event], doc_meta: dict[str, dict[str, Any]]) -> CanonicalEvent:
    if len(members) == 1:
        return _single(members[0], doc_meta)
    ids = sorted(e.event_id for e in members)
    doc_ids = sorted({e.doc_id for e in members})
    pubs = sorted(p for p in (doc_meta.get(d, {}).get("published") for d in doc_ids) if p)
    # the best-supported date the texts give; among equally supported ones,
    # the earliest (a report's own day only when no text dates the event)
    date = _most_common([d for d in map(own_date, members) if d] or [e.date for e in members])
    locs = [e.location for e in members if e.location is not None]
    loc_key = _most_common([(lc.name, lc.country or "") for lc in locs])
    location: Location | None = next((lc for lc in locs if (lc.name, lc.country or "") == loc_key), None)
    outlets = {_outlet(doc_meta.get(d, {}), d) for d in doc_ids}
    evidence: list[str] = []
    for e in sorted(members, key=lambda e: (e.doc_id, e.sentence_index)):
        if e.evidence not in evidence and len(evidence) < 5:
            evidence.append(e.evidence)
    conf = max(e.confidence for e in members)
    return CanonicalEvent(
        canonical_id="ce_" + content_hash("|".join(ids))[:16],
        event_type=_most_common([e.event_type for e in members]),
        source_country=_most_common([e.source.country if e.source else None for e in members]),
        target_country=_most_common([e.target.country if e.target else None for e in members]),
        date=date,
        location=location,
        event_ids=ids,
        doc_ids=doc_ids,
        mentions=sum(map(_tellings, members)),
        sources=len(outlets),
        first_report=pubs[0] if pubs else None,
        last_report=pubs[-1] if pubs else None,
        evidence=evidence,
        confidence=round(min(0.99, conf + 0.1 * (len(outlets) - 1)), 3),
    )


def _side(e: Event) -> FlagSide:
    start, end = (e.trigger.start, e.trigger.end) if e.trigger else (0, 0)
    return FlagSide(text=e.evidence, section=e.section, start=start, end=end, doc_id=e.doc_id)


def _flag(ce: CanonicalEvent, what: str, a: Event, b: Event, explanation: str) -> Flag:
    fid = content_hash(f"{ce.canonical_id}|{what}|{a.event_id}|{b.event_id}")[:16]
    return Flag(fid, a.doc_id, f"cross_report_{what}", _side(a), _side(b), explanation, 0.6)


def _who(e: Event, doc_meta: dict[str, dict[str, Any]]) -> str:
    meta = doc_meta.get(e.doc_id, {})
    return f"{_outlet(meta, e.doc_id)} ({e.doc_id})"


def _by_value(members: list[Event], key: Any) -> dict[Any, list[Event]]:
    out: dict[Any, list[Event]] = defaultdict(list)
    for e in members:
        v = key(e)
        if v is not None:
            out[v].append(e)
    return out


def _disagreements(
    ce: CanonicalEvent, members: list[Event], doc_meta: dict[str, dict[str, Any]]
) -> list[Flag]:
    """Flags where the merged reports disagree on date, place, target or figures."""
    flags: list[Flag] = []
    # headlines restate (or garble) their own body; a garbled headline is a
    # within-document flag, so reports are compared on their body events
    body = [e for e in members if e.section == "body"]
    if len({e.doc_id for e in body}) > 1:
        members = body
    _, symmetric = _merge_config()

    def parties(e: Event) -> Any:
        src = e.source.country if e.source else None
        tgt = e.target.country if e.target else None
        if e.event_type in symmetric:
            # either order is the same dyad; a one-sided dyad cannot disagree
            return frozenset((src, tgt)) if src and tgt and src != tgt else None
        return tgt

    checks = (
        ("date", "dates it", own_date),
        ("actor", "names the parties", parties),
    )
    for what, verb, key in checks:
        by = _by_value(members, key)
        if len(by) < 2:
            continue
        ranked = sorted(by, key=lambda v: (-len({e.doc_id for e in by[v]}), _show(v)))
        a = by[ranked[0]][0]
        for v in ranked[1:]:
            b = next((e for e in by[v] if e.doc_id != a.doc_id), None)
            if b is not None:
                flags.append(
                    _flag(
                        ce,
                        what,
                        a,
                        b,
                        f"{_who(a, doc_meta)} {verb} {ranked[0]}; {_who(b, doc_meta)} {verb} {v}",
                    )
                )
    flags.extend(_place_disagreements(ce, members, doc_meta))
    flags.extend(_number_disagreements(ce, members, doc_meta))
    return flags


def _show(v: Any) -> str:
    return "/".join(sorted(v)) if isinstance(v, frozenset) else str(v)


def _km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _norm(name: str) -> str:
    return " ".join("".join(c for c in name.lower() if c.isalnum() or c.isspace()).split())


def _place_disagreements(
    ce: CanonicalEvent, members: list[Event], doc_meta: dict[str, dict[str, Any]]
) -> list[Flag]:
    located = [e for e in members if e.location is not None and e.location.name]
    for i, a in enumerate(located):
        for b in located[i + 1 :]:
            if a.doc_id == b.doc_id:
                continue
            la, lb = a.location, b.location
            assert la is not None and lb is not None
            km = _km(la, lb)
            na, nb = _norm(la.name), _norm(lb.name)
            differs = km > PLACE_KM if km is not None else not (na in nb or nb in na)
            if differs:
                expl = f"{_who(a, doc_meta)} places it in {la.name}; {_who(b, doc_meta)} in {lb.name}"
                return [_flag(ce, "place", a, b, expl)]
    return []


def _number_disagreements(
    ce: CanonicalEvent, members: list[Event], doc_meta: dict[str, dict[str, Any]]
) -> list[Flag]:
    """Figures of the same unit (missiles, killed ...) that no two reports share."""
    per_doc: dict[str, tuple[Event, dict[str, set[float]]]] = {}
    for e in members:
        figs = figure_map(e.evidence)
        if e.doc_id in per_doc:
            prev_e, prev = per_doc[e.doc_id]
            for u, vs in figs.items():
                prev.setdefault(u, set()).update(vs)
        elif figs:
            per_doc[e.doc_id] = (e, figs)
    flags: list[Flag] = []
    docs = sorted(per_doc)
    reported: set[str] = set()
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            ea, fa = per_doc[da]
            eb, fb = per_doc[db]
            for unit in sorted(set(fa) & set(fb)):
                if unit in reported or fa[unit] & fb[unit]:
                    continue
                reported.add(unit)
                va = ", ".join(f"{v:g}" for v in sorted(fa[unit]))
                vb = ", ".join(f"{v:g}" for v in sorted(fb[unit]))
                expl = f"{_who(ea, doc_meta)} reports {va} {unit}; {_who(eb, doc_meta)} reports {vb}"
                flags.append(_flag(ce, "number", ea, eb, expl))
    return flags

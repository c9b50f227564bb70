"""The typed records that flow through eventwire.

One :class:`Document` carries an input through every stage and gains fields on
the way (as spaCy's ``Doc`` does). Events, actors, claims, flags and
rejections are plain dataclasses with one serialisation (:func:`to_dict`) that
the store, the API, the exports and the golden files all use.

Offsets: every ``start``/``end`` pair is a character offset into
``Document.text`` (the composed article text: title, subheads, body; see
:func:`compose_text`), so a reader can highlight exactly what was coded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

# PLOVER 16 event types, by quad class.
PLOVER_QUADS: dict[str, tuple[str, ...]] = {
    "verbal_cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material_cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal_conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material_conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
PLOVER_TYPES: tuple[str, ...] = tuple(t for ts in PLOVER_QUADS.values() for t in ts)
QUAD_OF: dict[str, str] = {t: q for q, ts in PLOVER_QUADS.items() for t in ts}

# Section kinds of an article, in reading order.
SECTION_KINDS = ("title", "subhead", "body")


def content_hash(data: bytes | str) -> str:
    """Stable short hash of a document's content (used for ids and idempotence)."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:24]


@dataclass
class Section:
    """One block of the composed text: the title, a subhead or a body paragraph."""

    kind: str  # one of SECTION_KINDS
    index: int  # 0-based within its kind (subhead 2 is the third subhead)
    start: int
    end: int


@dataclass
class Article:
    """What the extract stage found in a page or a plain text."""

    title: str | None = None
    subheads: list[str] = field(default_factory=list)
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    body: list[str] = field(default_factory=list)  # paragraphs
    language: str | None = None
    url: str | None = None


@dataclass
class Sentence:
    index: int  # 0-based over the whole document
    start: int
    end: int
    text: str
    section: str  # kind of the Section it lies in
    section_index: int = 0


@dataclass
class Location:
    name: str
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Actor:
    """An actor mention resolved to a name, country and sector.

    ``country`` is an ISO 3166 alpha-3 code, an international code (UNO, IGO,
    NGO, EUR, NATO ...) or None when unknown. ``kind`` is country, org, person,
    group or pronoun-resolved. People carry ``title`` and ``organization``.
    """

    text: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"
    title: str | None = None
    organization: str | None = None
    start: int | None = None
    end: int | None = None
    sentence_index: int | None = None
    resolved_from: str | None = None  # e.g. "the two sides" -> set when coreference resolved it


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Event:
    event_id: str
    doc_id: str
    sentence_index: int
    evidence: str
    event_type: str  # PLOVER
    mode: str | None = None
    context: str | None = None
    cameo_code: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None  # ISO date, resolved against publication date
    date_text: str | None = None  # the phrase the date came from
    location: Location | None = None
    confidence: float = 0.5
    trigger: Span | None = None
    # PLOVER auxiliary modes for the statement itself: asserted, negated,
    # hypothetical, future (intent), reported.
    polarity: str = "asserted"
    section: str = "body"
    coder: str = ""  # "<stage name>.<version>" that produced the row
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def quad_class(self) -> str | None:
        return QUAD_OF.get(self.event_type)


@dataclass
class Claim:
    """A pledge, commitment, warning or threat by an actor, kept over time."""

    claim_id: str
    doc_id: str
    kind: str  # pledge | commitment | threat | warning | intent
    actor: Actor | None
    target: Actor | None
    subject: str
    date: str | None
    evidence: str
    event_id: str | None = None
    polarity: str = "asserted"


@dataclass
class FlagSide:
    text: str
    section: str
    start: int
    end: int
    doc_id: str | None = None


@dataclass
class Flag:
    flag_id: str
    doc_id: str
    kind: str  # e.g. actor_mismatch, target_mismatch, polarity, qualifier, number, date, place, cross_report
    a: FlagSide
    b: FlagSide
    explanation: str
    confidence: float = 0.5


@dataclass
class CanonicalEvent:
    """One real-world event merged from the reports (events) that describe it."""

    canonical_id: str
    event_type: str
    source_country: str | None
    target_country: str | None
    date: str | None  # earliest well-supported date
    location: Location | None
    event_ids: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    mentions: int = 0  # number of events merged
    sources: int = 0  # number of distinct outlets/documents
    first_report: str | None = None  # earliest publication date among the reports
    last_report: str | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Rejection:
    doc_id: str
    source: str  # path, "<stdin>:LINE" or similar
    reason: str  # short code: empty, binary, encoding, too_large, bad_json, missing_field, not_english, parse_error ...
    detail: str
    stage: str = "ingest"


@dataclass
class Document:
    """The record that flows through the pipeline."""

    id: str
    source: str  # where it came from (path, path:line, url)
    raw: str | None = None  # decoded input (HTML or text); dropped after extraction when configured
    content_type: str = "text"  # "html" or "text"
    content_hash: str = ""
    title: str | None = None  # as given by the input (JSONL), before extraction
    url: str | None = None
    published: str | None = None  # ISO date, from input, extraction or --published
    article: Article | None = None
    text: str = ""  # composed text, see compose_text
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    rejection: Rejection | None = None
    stage_versions: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    # Transient, never serialised: the spaCy Doc of ``text``.
    spacy: Any = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.rejection is None

    def reject(self, reason: str, detail: str, stage: str) -> Document:
        self.rejection = Rejection(self.id, self.source, reason, detail, stage)
        return self

    def section_at(self, offset: int) -> Section | None:
        for s in self.sections:
            if s.start <= offset < s.end:
                return s
        return None


def compose_text(article: Article) -> tuple[str, list[Section]]:
    """Join title, subheads and body paragraphs into one text with sections.

    Blocks are separated by a blank line so that no sentence crosses a block.
    """
    parts: list[tuple[str, int, str]] = []
    if article.title and article.title.strip():
        # (a title of only whitespace, e.g. a non-breaking space, makes no empty section)
        parts.append(("title", 0, article.title.strip()))
    for i, s in enumerate(article.subheads):
        if s.strip():
            parts.append(("subhead", i, s.strip()))
    for i, p in enumerate(article.body):
        if p.strip():
            parts.append(("body", i, p.strip()))
    text_parts: list[str] = []
    sections: list[Section] = []
    pos = 0
    for kind, idx, block in parts:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        sections.append(Section(kind, idx, pos, pos + len(block)))
        text_parts.append(block)
        pos += len(block)
    return "".join(text_parts), sections


def to_dict(record: Any) -> Any:
    """The one serialisation of any record (drops transient fields)."""
    if isinstance(record, Document):
        d = {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record) if f.name != "spacy"}
        return d
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def _build(cls: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def actor_from_dict(d: dict[str, Any] | None) -> Actor | None:
    return _build(Actor, d)


def event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["source"] = actor_from_dict(d.get("source"))
    d["target"] = actor_from_dict(d.get("target"))
    d["location"] = _build(Location, d.get("location"))
    d["trigger"] = _build(Span, d.get("trigger"))
    return _build(Event, d)


def claim_from_dict(d: dict[str, Any]) -> Claim:
    d = dict(d)
    d["actor"] = actor_from_dict(d.get("actor"))
    d["target"] = actor_from_dict(d.get("target"))
    return _build(Claim, d)


def flag_from_dict(d: dict[str, Any]) -> Flag:
    d = dict(d)
    d["a"] = _build(FlagSide, d["a"])
    d["b"] = _build(FlagSide, d["b"])
    return _build(Flag, d)


def canonical_from_dict(d: dict[str, Any]) -> CanonicalEvent:
    d = dict(d)
    d["location"] = _build(Location, d.get("location"))
    return _build(CanonicalEvent, d)


def document_from_dict(d: dict[str, Any]) -> Document:
    d = dict(d)
    d["article"] = _build(Article, d.get("article"))
    d["sections"] = [_build(Section, s) for s in d.get("sections") or []]
    d["sentences"] = [_build(Sentence, s) for s in d.get("sentences") or []]
    d["mentions"] = [actor_from_dict(m) for m in d.get("mentions") or []]
    d["events"] = [event_from_dict(e) for e in d.get("events") or []]
    d["claims"] = [claim_from_dict(c) for c in d.get("claims") or []]
    d["flags"] = [flag_from_dict(f) for f in d.get("flags") or []]
    d["rejection"] = _build(Rejection, d.get("rejection"))
    return _build(Document, d)


def dumps(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=False)


def event_contract(ev: Event) -> dict[str, Any]:
    """The output contract of ``eventwire code --format jsonl`` (DESIGN.md)."""
    d = to_dict(ev)
    for side in ("source", "target"):
        if d[side] is not None:
            a = d[side]
            d[side] = {
                "text": a["text"],
                "name": a["name"],
                "country": a["country"],
                "sector": a["sector"],
                "kind": a["kind"],
                "title": a["title"],
                "start": a["start"],
                "end": a["end"],
            }
    if d["location"] is not None:
        loc = d["location"]
        d["location"] = {k: loc[k] for k in ("name", "country", "lat", "lon")}
    d["quad_class"] = ev.quad_class
    return d

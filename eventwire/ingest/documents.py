"""Build :class:`Document` records (good or already rejected) for ingest."""

from __future__ import annotations

import re

from eventwire.errors import DocumentError
from eventwire.records import Document, content_hash

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or datetime string, else None."""
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value)
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    return m.group(0).strip()


def make_document(
    content: str,
    content_type: str,
    source: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    """A good document: id is the given one or the hash of the content.

    ``content_hash`` also covers title and publication date, so that a record
    whose metadata changed is coded again.
    """
    chash = content_hash("\x00".join((content, title or "", published or "")))
    return Document(
        id=doc_id if doc_id else content_hash(content),
        source=source,
        raw=content,
        content_type=content_type,
        content_hash=chash,
        title=title,
        url=url,
        published=published,
    )


def rejected(
    source: str, reason: str, detail: str, key: bytes | str | None = None, doc_id: str | None = None
) -> Document:
    """A document rejected at ingest; its id hashes ``key`` (the bad bytes) or the source."""
    did = doc_id or content_hash(key if key else f"rejected:{source}")
    doc = Document(id=did, source=source, content_hash=did)
    return doc.reject(reason, detail, "ingest")


def rejected_from(error: DocumentError, source: str, key: bytes | str | None = None) -> Document:
    """:func:`rejected` from a :class:`DocumentError`."""
    return rejected(source, error.reason, error.detail, key)

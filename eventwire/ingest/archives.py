"""Web archives (WARC) and feeds (RSS/Atom): many documents per file.

WARC: every ``response`` record whose HTTP Content-Type is HTML becomes a
document with the record's target URI as ``url`` and ``path#N`` (N = record
number) as source; the HTTP charset is tried right after UTF-8. Feeds: every
entry becomes an HTML document from its content (or summary) with the
entry's title, link and date.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import DocumentError
from eventwire.records import Document

from .decode import decode_bytes
from .documents import make_document, rejected, rejected_from

_HTML_TYPES = ("text/html", "application/xhtml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            return v.strip().strip("\"'")
    return None


def _warc_header(path: Path) -> bytes:
    """The first bytes of a WARC file, decompressed when it is gzipped."""
    with path.open("rb") as fh:
        head = fh.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as fh:
            return fh.read(5)
    except (OSError, EOFError, zlib.error):
        return b""


def read_warc(path: Path, max_bytes: int) -> Iterator[Document]:
    """Documents from the HTML responses of a ``.warc``/``.warc.gz`` file."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]  # warcio: no stubs, no py.typed
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]  # warcio: no stubs, no py.typed

    # warcio is lenient with junk (it warns on stderr and yields odd records),
    # so check the magic first and say plainly what is wrong.
    if _warc_header(path) != b"WARC/":
        yield rejected(
            str(path), "parse_error", f"{path}: not a WARC file (does not start with a WARC/ header)"
        )
        return
    n = 0
    found = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                n += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if not ctype.lower().startswith(_HTML_TYPES):
                    continue
                found += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{n}"
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield rejected(
                        source, "too_large", f"{source} ({url}): response is over max_bytes={max_bytes}"
                    )
                    continue
                try:
                    text = decode_bytes(data, declared=_charset(ctype), what=f"{source} ({url})")
                except DocumentError as e:
                    yield rejected_from(e, source, data[:4096])
                    continue
                yield make_document(text, "html", source, url=url)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
        yield rejected(f"{path}#{n + 1}", "parse_error", f"{path}: unreadable WARC after record {n}: {e}")
        return
    if found == 0 and n > 0:
        yield rejected(str(path), "no_text", f"{path}: WARC has {n} records but no HTML responses")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return time.strftime("%Y-%m-%d", t)
            except (TypeError, ValueError):
                continue
    return None


def read_feed(path: Path, data: bytes) -> Iterator[Document]:
    """Documents from the entries of an RSS/Atom feed already read into ``data``."""
    import feedparser  # type: ignore[import-untyped]  # feedparser: no stubs, no py.typed

    try:
        feed = feedparser.parse(data)
    except Exception as e:  # noqa: BLE001 - feedparser may raise anything on junk
        yield rejected(str(path), "parse_error", f"{path}: not a readable feed: {e}", data[:4096])
        return
    entries = feed.get("entries") or []
    if not entries:
        why = feed.get("bozo_exception") or "no entries"
        yield rejected(
            str(path), "parse_error", f"{path}: not an RSS/Atom feed with entries ({why})", data[:4096]
        )
        return
    for i, entry in enumerate(entries, 1):
        source = f"{path}#{i}"
        contents = entry.get("content") or []
        html = contents[0].get("value") if contents else None
        html = html or entry.get("summary") or ""
        if not html.strip():
            yield rejected(source, "missing_field", f"{source}: feed entry has no content or summary")
            continue
        yield make_document(
            html,
            "html",
            source,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            published=_entry_date(entry),
        )

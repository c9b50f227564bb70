"""JSONL records: one object a line with ``id``, ``text`` or ``html`` and
optional ``title``, ``url``, ``published`` (ISO date).

Read line by line with a bounded ``readline`` so a 1 GB file (or one huge
line) never sits in memory whole; a line over ``max_bytes`` is skipped to its
end and rejected as ``too_large``. Every problem with a line becomes one
rejected document named ``path:LINE`` and the other lines go on.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import IO

from eventwire.errors import DocumentError
from eventwire.records import Document

from .documents import iso_date, make_document, rejected, rejected_from

_CHUNK = 1 << 20


def parse_jsonl_line(line: bytes, source: str) -> Document:
    """One JSONL line to a document; never raises (a bad line is a rejection)."""
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return rejected(
            source, "encoding", f"{source}: line is not UTF-8 ({e.reason} at byte {e.start})", line
        )
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as e:
        return rejected(source, "bad_json", f"{source}: {e}", line)
    if not isinstance(obj, dict):
        return rejected(
            source, "bad_json", f"{source}: expected a JSON object, got {type(obj).__name__}", line
        )
    given = obj.get("id")
    doc_id = (
        str(given) if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given) else None
    )
    body, kind = None, "text"
    for key, ctype in (("html", "html"), ("text", "text")):
        value = obj.get(key)
        if isinstance(value, str):
            body, kind = value, ctype
            if value.strip():
                break
    if body is None:
        return rejected(
            source, "missing_field", f"{source}: record has no 'text' or 'html' string", line, doc_id
        )
    if not body.strip():
        return rejected(source, "empty", f"{source}: record's text is empty", line, doc_id)
    if "\x00" in body:
        return rejected(source, "binary", f"{source}: record's text contains NUL characters", line, doc_id)
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return make_document(
        body, kind, source, doc_id=doc_id, title=title, url=url, published=iso_date(obj.get("published"))
    )


def read_jsonl_stream(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Document]:
    """Documents from a binary JSONL stream; sources are ``name:LINE`` (1-based)."""
    lineno = 0
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except (OSError, EOFError, ValueError, zlib.error) as e:
            # A truncated .gz or a device error: report it and stop this input.
            yield rejected(
                f"{name}:{lineno + 1}", "parse_error", f"{name}: cannot read past line {lineno}: {e}"
            )
            return
        if not line:
            return
        lineno += 1
        source = f"{name}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            head = line[:64]
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield rejected(source, "too_large", f"{source}: line is over max_bytes={max_bytes}", head)
            continue
        if not line.strip():
            continue  # blank lines between records are not records
        try:
            yield parse_jsonl_line(line.rstrip(b"\r\n"), source)
        except DocumentError as e:  # pragma: no cover - parse_jsonl_line reports its own errors
            yield rejected_from(e, source, line)

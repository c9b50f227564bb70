"""``read_inputs``: any mix of files, directories and stdin -> Documents.

Kinds by extension (case-insensitive): ``.html .htm .xhtml`` (HTML), ``.txt
.text`` (plain text), ``.jsonl .ndjson`` (records), ``.warc`` (web archive),
``.xml .rss .atom`` (feeds), each optionally ``.gz``-compressed, and ``-``
for JSONL on stdin. Directories are walked recursively in sorted order,
skipping hidden files and folders and files of other kinds. An input named
explicitly with an unknown extension is rejected as ``unsupported``; a
missing one as ``not_found``. Nothing here raises for a bad input: every
problem is a rejected :class:`Document` and the run goes on.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.config import Settings
from eventwire.errors import DocumentError
from eventwire.records import Document

from .archives import read_feed, read_warc
from .decode import decode_bytes
from .documents import make_document, rejected, rejected_from
from .jsonl import read_jsonl_stream

KINDS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def kind_of(path: Path) -> tuple[str | None, bool]:
    """``(kind, gzipped)`` from a file name, kind None when unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (KINDS.get(suffixes[-1]) if suffixes else None), gz


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and kind_of(Path(name))[0] is not None:
                yield Path(dirpath) / name


def _read_limited(path: Path, gz: bool, max_bytes: int) -> bytes:
    """The (decompressed) bytes of a file, DocumentError when over ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError("too_large", f"{path} is {size} bytes, over max_bytes={max_bytes}")
    if not gz:
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise DocumentError("parse_error", f"{path}: corrupt gzip data ({e})") from None
    if len(data) > max_bytes:
        raise DocumentError("too_large", f"{path} decompresses to over max_bytes={max_bytes}")
    return data


def read_file(path: Path, settings: Settings, explicit: bool = True) -> Iterator[Document]:
    """Documents from one file (see the module docstring)."""
    source = str(path)
    kind, gz = kind_of(path)
    if kind is None:
        if explicit:
            known = ", ".join(sorted(KINDS))
            yield rejected(
                source, "unsupported", f"{path}: unknown kind of input (known: {known}, optionally .gz, or -)"
            )
        return
    try:
        if kind == "jsonl":
            opener = gzip.open if gz else open
            with opener(path, "rb") as fh:
                yield from read_jsonl_stream(fh, source, settings.max_bytes)  # type: ignore[arg-type]
            return
        if kind == "warc":
            if path.stat().st_size == 0:
                yield rejected(source, "empty", f"{path} is empty (0 bytes)")
                return
            yield from read_warc(path, settings.max_bytes)
            return
        data = _read_limited(path, gz, settings.max_bytes)
        if kind == "feed":
            if not data.strip():
                yield rejected(source, "empty", f"{path} is empty ({len(data)} bytes)")
                return
            yield from read_feed(path, data)
            return
        text = decode_bytes(data, what=source)
    except DocumentError as e:
        yield rejected_from(e, source)
        return
    except FileNotFoundError:
        yield rejected(source, "not_found", f"{path}: no such file")
        return
    except OSError as e:
        yield rejected(source, "unreadable", f"{path}: cannot read ({e.strerror or e})")
        return
    yield make_document(text, kind, source)


def read_inputs(inputs: list[str], settings: Settings, stdin: IO[bytes] | None = None) -> Iterator[Document]:
    """Stream documents from ``inputs`` in order; bad inputs become rejected documents.

    ``-`` reads JSONL from ``stdin`` (default: the process's standard input).
    """
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_stream(stream, "<stdin>", settings.max_bytes)
            continue
        path = Path(item)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as e:
            yield rejected(item, "unreadable", f"{item}: cannot access ({e})")
            continue
        if not exists:
            yield rejected(item, "not_found", f"{item}: no such file or directory")
        elif is_dir:
            for p in _walk(path):
                yield from read_file(p, settings, explicit=False)
        else:
            yield from read_file(path, settings, explicit=True)

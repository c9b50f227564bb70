"""Stage 1: read inputs (files, folders, JSONL, stdin, WARC, feeds) into Documents.

Public API::

    read_inputs(inputs, settings, stdin=None) -> Iterator[Document]
    decode_bytes(data, declared=None, what="input") -> str   # raises DocumentError
    parse_jsonl_line(line, source) -> Document                # never raises

Bad input never stops a run: it becomes a Document already rejected at
ingest (reasons: empty, binary, encoding, too_large, bad_json, missing_field,
unsupported, not_found, unreadable, parse_error).
"""

from __future__ import annotations

from .decode import decode_bytes, sniff_binary
from .jsonl import parse_jsonl_line, read_jsonl_stream
from .reader import KINDS, read_file, read_inputs

__all__ = [
    "KINDS",
    "decode_bytes",
    "parse_jsonl_line",
    "read_file",
    "read_inputs",
    "read_jsonl_stream",
    "sniff_binary",
]

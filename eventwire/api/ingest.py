"""POST /api/documents: authenticate, read a bounded body, code it, store it.

The body is turned into the same JSONL records the CLI reads from stdin and
handed to :func:`eventwire.ingest.read_inputs`, so the API accepts exactly
what ``eventwire code -`` accepts. The pipeline is built lazily (spaCy is
loaded on the first POST, not when the server starts) and kept on
``app.state.pipeline``; tests put a light pipeline there.
"""

from __future__ import annotations

import hmac
import io
import json
import threading
from collections.abc import Iterator
from typing import Any

from fastapi import Request

from ..config import Settings
from ..records import Document, content_hash
from .errors import ApiError

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines",
                "application/jsonlines", "application/json")
_LOCK = threading.Lock()  # one ingest at a time per process: the store has one writer


def check_token(request: Request, token: str | None) -> None:
    """404 when ingest is off, 401 without a bearer token, 403 with a wrong one."""
    if token is None:
        raise ApiError(404, "ingest is disabled: start the server with a token (--token or api_token)", "E027")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "send 'Authorization: Bearer <token>' to post documents",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8", "replace"), token.encode("utf-8")):
        raise ApiError(403, "the bearer token is not valid for this server")


async def read_body(request: Request, max_body: int) -> bytes:
    """The request body, refusing (413) anything over ``max_body`` bytes before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            too_big = int(declared) > max_body
        except ValueError:
            raise ApiError(400, "Content-Length is not a number", param="Content-Length") from None
        if too_big:
            raise ApiError(413, f"body is over the limit of {max_body} bytes")
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > max_body:
            raise ApiError(413, f"body is over the limit of {max_body} bytes")
    return bytes(buf)


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v.strip():
            return v.strip().strip('"')
    return "utf-8"


def body_to_jsonl(body: bytes, content_type: str, params: dict[str, str | None]) -> bytes:
    """Turn an NDJSON body or an HTML page into JSONL bytes for ingest."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in NDJSON_TYPES:
        return body
    if kind == "text/html":
        try:
            html = body.decode(_charset(content_type), errors="replace")
        except LookupError:
            html = body.decode("utf-8", errors="replace")
        record = {"id": params.get("id") or content_hash(html), "html": html,
                  "published": params.get("published"), "title": params.get("title"), "url": params.get("url")}
        return (json.dumps({k: v for k, v in record.items() if v is not None}) + "\n").encode("utf-8")
    raise ApiError(415, "send application/x-ndjson (one JSON document a line) or text/html",
                   param="Content-Type")


def _documents(jsonl: bytes, settings: Settings) -> Iterator[Document]:
    from ..ingest import read_inputs

    # "-" reads JSONL from the given stream: the same parser as `eventwire code -`.
    yield from read_inputs(["-"], settings, stdin=io.BytesIO(jsonl))


def get_pipeline(state: Any, settings: Settings) -> Any:
    """The app's pipeline, built on first use."""
    with _LOCK:
        if getattr(state, "pipeline", None) is None:
            from ..pipeline import Pipeline

            state.pipeline = Pipeline(settings)
        return state.pipeline


def ingest(state: Any, jsonl: bytes) -> dict[str, Any]:
    """Code the documents and store them; answer which were accepted and which rejected."""
    from ..store import Store

    settings: Settings = state.settings
    pipeline = get_pipeline(state, settings)
    with _LOCK:
        docs = list(pipeline.pipe(_documents(jsonl, settings)))
        Store(state.db).write_documents(docs, pipeline.version, keep_raw=settings.keep_raw)
    accepted = [d.id for d in docs if d.rejection is None]
    rejected = [{"id": d.id, "reason": d.rejection.reason, "detail": d.rejection.detail}
                for d in docs if d.rejection is not None]
    return {"accepted": accepted, "rejected": rejected}

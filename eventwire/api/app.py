"""The REST API: a thin face over :mod:`eventwire.query` (see docs/api.md).

Handlers only translate HTTP to query calls: parameters arrive as strings and
are validated by the query layer, which raises QueryError (answered 400 in
the one error shape). Each request opens its own read-only connection to
the store (see :mod:`eventwire.store.store` for why).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__, query
from ..config import Settings
from ..errors import StoreError
from ..store import Store
from . import ingest as ingest_mod
from .errors import ApiError, install_handlers

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
Interval = Literal["day", "week", "month"]
EventSort = Literal["date", "-date", "confidence", "-confidence", "type", "-type"]
MergedSort = Literal["date", "-date", "confidence", "-confidence", "type", "-type",
                     "mentions", "-mentions", "sources", "-sources"]

_NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>eventwire</title></head>
<body><h1>eventwire</h1><p>The dashboard is not built in this installation
(no <code>index.html</code> in the web folder). The JSON API is at
<a href="/api/health">/api/health</a>; its documentation at <a href="/docs">/docs</a>.</p></body></html>"""


def _limit(default: int = 50) -> Any:
    return Query(default, ge=0, le=query.MAX_LIMIT, description="Items per page (0..1000).")


_OFFSET = Query(0, ge=0, le=query.MAX_OFFSET, description="Items to skip.")


def _event_params_factory(default_limit: int) -> Any:
    """The event filter parameters as a FastAPI dependency (limit default varies by endpoint)."""

    def _event_params(
        type_: str | None = Query(None, alias="type", description="PLOVER types, comma-separated (AGREE,CONSULT)."),
        quad: str | None = Query(None, description="Quad classes, comma-separated (verbal_conflict, ...)."),
        mode: str | None = Query(None, description="PLOVER mode (visit, violence, ...)."),
        source_country: str | None = Query(None, description="Source actor country codes (USA,KOR)."),
        target_country: str | None = Query(None, description="Target actor country codes."),
        country: str | None = Query(None, description="Country codes on either side."),
        actor: str | None = Query(None, description="Actor name substring (case-insensitive)."),
        since: str | None = Query(None, description="First event date, YYYY-MM-DD."),
        until: str | None = Query(None, description="Last event date, YYYY-MM-DD."),
        bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat of the event location."),
        q: str | None = Query(None, description="Text to find in the evidence sentence."),
        doc_id: str | None = Query(None, description="Only events of this document."),
        limit: int = _limit(default_limit),
        offset: int = _OFFSET,
        sort: Annotated[EventSort, Query(description="Sort key; '-' for descending.")] = "-date",
    ) -> dict[str, Any]:
        return {"type": type_, "quad": quad, "mode": mode, "source_country": source_country,
                "target_country": target_country, "country": country, "actor": actor, "since": since,
                "until": until, "bbox": bbox, "q": q, "doc_id": doc_id, "limit": limit, "offset": offset,
                "sort": sort}

    return _event_params


def _merged_params(
    type_: str | None = Query(None, alias="type", description="PLOVER types, comma-separated."),
    quad: str | None = Query(None, description="Quad classes, comma-separated."),
    source_country: str | None = Query(None, description="Source country codes."),
    target_country: str | None = Query(None, description="Target country codes."),
    country: str | None = Query(None, description="Country codes on either side."),
    since: str | None = Query(None, description="First date, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last date, YYYY-MM-DD."),
    bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat."),
    doc_id: str | None = Query(None, description="Canonical events reported by this document."),
    limit: int = _limit(),
    offset: int = _OFFSET,
    sort: Annotated[MergedSort, Query(description="Sort key; '-' for descending.")] = "-date",
) -> dict[str, Any]:
    return {"type": type_, "quad": quad, "source_country": source_country, "target_country": target_country,
            "country": country, "since": since, "until": until, "bbox": bbox, "doc_id": doc_id,
            "limit": limit, "offset": offset, "sort": sort}


_INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/x-ndjson": {"schema": {"type": "string"},
                             "example": '{"id": "a1", "text": "...", "published": "2024-05-01"}\n'},
    "text/html": {"schema": {"type": "string"}}}}}

EventParams = Annotated[dict[str, Any], Depends(_event_params_factory(50))]
TimelineParams = Annotated[dict[str, Any], Depends(_event_params_factory(query.MAX_LIMIT))]
MergedParams = Annotated[dict[str, Any], Depends(_merged_params)]


def create_app(db: str, token: str | None = None, max_body: int = 5_000_000,
               cors_origins: list[str] | None = None, web_dir: str | None = None) -> Any:
    """The FastAPI app serving the store at ``db`` and the dashboard from ``web_dir``.

    ``token`` enables ``POST /api/documents`` (off when None); ``max_body``
    bounds its body; ``cors_origins`` allows those origins (no CORS when None)."""
    app = FastAPI(title="eventwire", version=__version__,
                  description="PLOVER event data from news reports. Errors: {'error': {code, status, message, param}}.")
    install_handlers(app)
    app.state.db = db
    app.state.settings = Settings(db=db)
    app.state.pipeline = None
    if not Path(db).exists():
        Store(db).close()  # an empty store, so that reads work before the first coding run
    reader = Store(db, read_only=True)
    app.state.reader = reader  # tests shorten reader.busy_timeout
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        c = query.counts(reader)
        return {"status": "ok", "version": __version__, "documents": c["documents"], "events": c["events"]}

    @app.get("/api/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        return query.stats(reader)

    @app.get("/api/documents", tags=["documents"])
    def documents(q: str | None = Query(None, description="Text in the title or body."),
                  limit: int = _limit(), offset: int = _OFFSET) -> dict[str, Any]:
        return query.list_documents(reader, q=q, limit=limit, offset=offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(doc_id: str) -> dict[str, Any]:
        doc = query.get_document(reader, doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id[:100]!r}", param="doc_id")
        return doc

    @app.middleware("http")
    async def _nosniff(request: Request, call_next: Any) -> Any:
        # Browsers must never guess that a JSON answer quoting markup is HTML.
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.post("/api/documents", tags=["documents"], openapi_extra=_INGEST_BODY)
    async def post_documents(request: Request, id: str | None = Query(None, description="Id of an HTML body."),
                             published: str | None = Query(None, description="YYYY-MM-DD of an HTML body."),
                             title: str | None = None, url: str | None = None) -> dict[str, Any]:
        from starlette.concurrency import run_in_threadpool

        ingest_mod.check_token(request, token)
        body = await ingest_mod.read_body(request, max_body)
        jsonl = ingest_mod.body_to_jsonl(body, request.headers.get("content-type", ""),
                                         {"id": id, "published": published, "title": title, "url": url})
        return await run_in_threadpool(ingest_mod.ingest, app.state, jsonl)

    @app.get("/api/events", tags=["events"])
    def events(p: EventParams) -> dict[str, Any]:
        return query.list_events(reader, query.EventFilter.from_params(p))

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        ev = query.get_event(reader, event_id)
        if ev is None:
            raise ApiError(404, f"no event {event_id[:100]!r}", param="event_id")
        return ev

    @app.get("/api/actors", tags=["actors"])
    def actors(q: str | None = Query(None, description="Name substring."), country: str | None = None,
               sector: str | None = None, kind: str | None = None, limit: int = _limit(),
               offset: int = _OFFSET) -> dict[str, Any]:
        return query.list_actors(reader, q=q, country=country, sector=sector, kind=kind, limit=limit, offset=offset)

    @app.get("/api/dyads", tags=["events"])
    def dyads(p: EventParams, interval: Interval = "month") -> dict[str, Any]:
        return query.dyads(reader, query.EventFilter.from_params(p), interval)

    @app.get("/api/timeline", tags=["events"])
    def timeline(p: TimelineParams, interval: Interval = "month") -> dict[str, Any]:
        return query.timeline(reader, query.EventFilter.from_params(p), interval)

    @app.get("/api/locations", tags=["events"])
    def locations(p: EventParams) -> dict[str, Any]:
        return query.locations(reader, query.EventFilter.from_params(p))

    @app.get("/api/merged", tags=["events"])
    def merged(p: MergedParams) -> dict[str, Any]:
        return query.list_merged(reader, query.EventFilter.from_params(p, sorts=query.MERGED_SORTS))

    @app.get("/api/flags", tags=["flags"])
    def flags(doc_id: str | None = None, kind: str | None = None, limit: int = _limit(),
              offset: int = _OFFSET) -> dict[str, Any]:
        return query.list_flags(reader, doc_id=doc_id, kind=kind, limit=limit, offset=offset)

    @app.get("/api/claims", tags=["claims"])
    def claims(actor: str | None = Query(None, description="Country code or name substring."),
               target: str | None = Query(None, description="Country code or name substring."),
               kind: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = _limit(), offset: int = _OFFSET) -> dict[str, Any]:
        return query.list_claims(reader, actor=actor, target=target, kind=kind, since=since, until=until,
                                 limit=limit, offset=offset)

    @app.get("/api/rejections", tags=["meta"])
    def rejections(reason: str | None = None, stage: str | None = None, limit: int = _limit(),
                   offset: int = _OFFSET) -> dict[str, Any]:
        return query.list_rejections(reader, reason=reason, stage=stage, limit=limit, offset=offset)

    _mount_web(app, Path(web_dir) if web_dir else WEB_DIR)
    return app


def _mount_web(app: FastAPI, web: Path) -> None:
    """``/`` is the dashboard's index.html; ``/static/`` its assets (``web/static/``)."""
    static = web / "static"
    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")
    else:

        @app.get("/static/{path:path}", include_in_schema=False)
        def no_static(path: str) -> None:
            raise ApiError(404, "the dashboard's static files are not installed")

    @app.get("/", include_in_schema=False)
    def index() -> Any:
        page = web / "index.html"
        if page.is_file():
            return FileResponse(page, media_type="text/html")
        return HTMLResponse(_NOT_BUILT)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          max_body: int = 5_000_000, cors_origins: list[str] | None = None, web_dir: str | None = None,
          log_level: str = "info") -> None:
    """Run the API with uvicorn; bound to loopback unless ``host`` says otherwise."""
    import uvicorn

    if not db:
        raise StoreError("no store path given")
    app = create_app(db, token=token, max_body=max_body, cors_origins=cors_origins, web_dir=web_dir)
    uvicorn.run(app, host=host, port=port, log_level=log_level)

"""The API's one error shape and the handlers that produce it.

Every error answer is ``{"error": {"code", "status", "message", "param"}}``.
Bad parameters are 400 (never 500); the codes are listed in docs/api.md.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import QueryError, StoreError
from ..store import StoreBusyError

log = logging.getLogger("eventwire.api")

# HTTP status -> error code for errors that do not come with their own.
STATUS_CODES = {
    400: "E005",
    401: "E021",
    403: "E022",
    404: "E020",
    405: "E025",
    413: "E023",
    415: "E024",
    503: "E026",
    500: "E000",
}


class ApiError(Exception):
    """An error answer: HTTP status, code, message and the offending parameter."""

    def __init__(self, status: int, message: str, code: str | None = None, param: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, "E000")
        self.message = message
        self.param = param
        self.headers = headers


def error_body(status: int, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "status": status, "message": message, "param": param}}


def _answer(status: int, code: str, message: str, param: str | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, param), status_code=status, headers=headers)


def install_handlers(app: FastAPI) -> None:
    """Route every failure through the one error shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, e: ApiError) -> JSONResponse:
        return _answer(e.status, e.code, e.message, e.param, e.headers)

    @app.exception_handler(QueryError)
    async def _query(_: Request, e: QueryError) -> JSONResponse:
        return _answer(400, e.code, e.message, getattr(e, "param", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, e: RequestValidationError) -> JSONResponse:
        errs = e.errors()
        first = errs[0] if errs else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body", "header")]
        param = loc[-1] if loc else None
        msg = str(first.get("msg", "invalid parameter"))
        return _answer(400, "E005", f"{param}: {msg}" if param else msg, param)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, e: StarletteHTTPException) -> JSONResponse:
        code = STATUS_CODES.get(e.status_code, f"E{e.status_code}")
        return _answer(e.status_code, code, str(e.detail), None, getattr(e, "headers", None))

    @app.exception_handler(StoreBusyError)
    async def _busy(_: Request, e: StoreBusyError) -> JSONResponse:
        return _answer(503, "E026", e.message, None, {"Retry-After": "1"})

    @app.exception_handler(StoreError)
    async def _store(_: Request, e: StoreError) -> JSONResponse:
        return _answer(503, e.code, e.message)

    @app.exception_handler(Exception)
    async def _internal(_: Request, e: Exception) -> JSONResponse:
        # Logged with the traceback for the operator; the client gets the shape, not internals.
        log.exception("unhandled error in API request")
        return _answer(500, "E000", "internal error; see the server log")

"""Property-based fuzzing of the API from its own OpenAPI spec (schemathesis, in-process ASGI).

Every generated request, valid or not, must get an answer below 500, and
every error answer must have the one error shape."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from fixtures.fixture_store import build_fixture_store  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from eventwire.api import create_app  # noqa: E402


def _app():  # type: ignore[no-untyped-def]
    db = Path(tempfile.mkdtemp(prefix="ew-fuzz-")) / "fixture.duckdb"
    build_fixture_store(db)
    app = create_app(str(db), token="fuzz-token", max_body=10_000)

    class NoPipeline:  # the stages are not under test here: documents pass through as ingest made them
        version = "none"

        def pipe(self, docs):  # type: ignore[no-untyped-def]
            return iter(docs)

    app.state.pipeline = NoPipeline()
    return app


@schemathesis.serializer("application/x-ndjson", "text/html")
def _as_text(ctx, value):  # type: ignore[no-untyped-def]
    # Ingest bodies are raw text (NDJSON lines or an HTML page), sent as bytes.
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else str(value).encode("utf-8")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])


@pytest.mark.slow  # about 30 s of CPU; longer on a busy machine
@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case) -> None:  # type: ignore[no-untyped-def]
    # Ingest is fuzzed with the token too, so that the body parser sees the generated bodies.
    headers = {"Authorization": "Bearer fuzz-token"} if case.method == "POST" else None
    response = case.call(headers=headers)
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    if response.status_code >= 400:
        err = response.json()["error"]
        assert err["status"] == response.status_code and err["code"].startswith("E")

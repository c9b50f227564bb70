"""The REST API against the fixture store: every endpoint and filter, paging,
sorting, the one error shape, token-protected ingest and the defaults."""

from __future__ import annotations

import inspect
import warnings
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fixtures.fixture_store import XSS_IMG, XSS_SCRIPT, build_fixture_store

from eventwire.api import create_app, serve
from eventwire.records import Event, Sentence

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("api") / "fixture.duckdb"
    build_fixture_store(path)
    return str(path)


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db))


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text)
    return r.json()


def assert_error(body: dict[str, Any], status: int, param: str | None = None) -> None:
    err = body["error"]
    assert set(err) == {"code", "status", "message", "param"}
    assert err["status"] == status and err["code"].startswith("E") and err["message"]
    if param is not None:
        assert err["param"] == param


def ids(page: dict[str, Any], key: str = "event_id") -> list[str]:
    return [it[key] for it in page["items"]]


# -- read endpoints -------------------------------------------------------------

def test_health(client: TestClient) -> None:
    h = get(client, "/api/health")
    assert h["status"] == "ok" and h["documents"] == 6 and h["events"] == 11 and h["version"]


def test_documents_list_search_and_paging(client: TestClient) -> None:
    page = get(client, "/api/documents")
    assert page["total"] == 6 and page["limit"] == 50 and page["offset"] == 0
    first = page["items"][0]
    assert set(first) == {"id", "title", "url", "published", "source", "n_events", "n_flags"}
    assert [d["published"] for d in page["items"]] == sorted((d["published"] for d in page["items"]), reverse=True)
    assert ids(get(client, "/api/documents?q=drills"), "id") == ["threat-1", "alliance-1"]
    two = get(client, "/api/documents?limit=2&offset=2")
    assert ids(two, "id") == ids(page, "id")[2:4] and two["total"] == 6
    a1 = next(d for d in page["items"] if d["id"] == "alliance-1")
    assert a1["n_events"] == 3 and a1["n_flags"] == 1


def test_document_detail_keeps_markup_as_text(client: TestClient) -> None:
    r = client.get("/api/documents/markup-1")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    doc = r.json()
    assert XSS_SCRIPT in doc["title"] and XSS_IMG in doc["text"]
    assert set(doc) >= {"id", "title", "subheads", "author", "published", "url", "text", "sections",
                        "sentences", "events", "mentions", "flags", "claims"}
    for s in doc["sentences"]:
        assert set(s) >= {"index", "start", "end", "section"}
    ev = doc["events"][0]
    assert doc["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == "accused"
    assert ev["doc_title"] == doc["title"]


def test_document_detail_alliance(client: TestClient) -> None:
    doc = get(client, "/api/documents/alliance-1")
    assert doc["subheads"][0].startswith("Washington pledges")
    assert [s["kind"] for s in doc["sections"]] == ["title", "subhead", "subhead", "body", "body"]
    assert len(doc["events"]) == 3 and len(doc["flags"]) == 1 and len(doc["claims"]) == 1
    flag = doc["flags"][0]
    assert doc["text"][flag["a"]["start"] : flag["a"]["end"]] == flag["a"]["text"]
    assert {m["name"] for m in doc["mentions"]} == {"United States", "South Korea"}
    assert_error(get(client, "/api/documents/nope", 404), 404)


def test_event_items_follow_the_contract(client: TestClient) -> None:
    page = get(client, "/api/events")
    assert page["total"] == 11
    for ev in page["items"]:
        assert {"event_id", "doc_id", "sentence_index", "evidence", "event_type", "mode", "context",
                "cameo_code", "source", "target", "date", "location", "confidence", "quad_class",
                "doc_title", "story_date"} <= set(ev)
        assert set(ev["source"]) >= {"text", "name", "country", "sector"}
    one = get(client, "/api/events/threat-1-e0")
    assert one["event_type"] == "THREATEN" and one["quad_class"] == "verbal_conflict"
    # the report's day, which an undated event falls back on, as in the exports
    published = get(client, f"/api/documents/{one['doc_id']}")["published"]
    assert published and one["story_date"] == published[:10]
    assert one["location"] == {"name": "Pyongyang", "country": "PRK", "lat": 39.0392, "lon": 125.7625}
    assert_error(get(client, "/api/events/none-such", 404), 404)


@pytest.mark.parametrize("query, expected", [
    ("type=AGREE,CONSULT", {"alliance-1-e0", "alliance-1-e2", "alliance-2-e0"}),
    ("type=agree", {"alliance-1-e0", "alliance-2-e0"}),
    ("quad=material_conflict", {"threat-1-e2", "sanction-1-e0"}),
    ("quad=verbal_cooperation&source_country=KOR", {"alliance-1-e2", "alliance-2-e0"}),
    ("mode=visit", {"alliance-1-e2"}),
    ("source_country=PRK", {"threat-1-e0", "threat-1-e2"}),
    ("target_country=rus", {"sanction-1-e0"}),
    ("country=UKR", {"sanction-1-e1"}),
    ("country=USA&type=SANCTION,REJECT", {"sanction-1-e0", "sanction-1-e2"}),
    ("actor=ministry", {"markup-1-e0"}),
    ("actor=JAPAN", {"sanction-1-e1"}),
    ("since=2024-06-20&until=2024-06-30", {"threat-1-e2", "markup-1-e0"}),
    ("until=2024-05-09", {"alliance-1-e0", "alliance-1-e1", "alliance-2-e0"}),
    ("bbox=120,30,135,45&type=AGREE", {"alliance-1-e0", "alliance-2-e0"}),
    ("bbox=-80,35,-70,40", {"alliance-1-e2"}),
    ("bbox=170,-60,-60,60", {"alliance-1-e2"}),  # crosses the antimeridian: the Americas side
    ("q=generators", {"sanction-1-e1"}),
    ("q=%25", set()),  # a literal percent sign matches nothing, it is not a wildcard
    ("doc_id=threat-1", {"threat-1-e0", "threat-1-e1", "threat-1-e2"}),
])
def test_event_filters(client: TestClient, query: str, expected: set[str]) -> None:
    page = get(client, f"/api/events?{query}")
    assert set(ids(page)) == expected and page["total"] == len(expected)


def test_event_sort_and_paging(client: TestClient) -> None:
    newest = ids(get(client, "/api/events?sort=-date&limit=1000"))
    oldest = ids(get(client, "/api/events?sort=date&limit=1000"))
    days = [e["date"] or "" for e in get(client, "/api/events?sort=date")["items"]]
    assert days[:3] == ["2024-05-09"] * 3
    assert newest[0] in {"sanction-1-e1", "sanction-1-e2"} and oldest[-1] in {"sanction-1-e1", "sanction-1-e2"}
    conf = [e["confidence"] for e in get(client, "/api/events?sort=-confidence")["items"]]
    assert conf == sorted(conf, reverse=True)
    pages = [ids(get(client, f"/api/events?limit=4&offset={o}")) for o in (0, 4, 8)]
    assert sum(pages, []) == newest and len(pages[2]) == 3
    assert get(client, "/api/events?limit=0")["items"] == []


@pytest.mark.parametrize("query, param", [
    ("type=FLY", "type"), ("quad=loud", "quad"), ("since=2024-02-30", "since"), ("until=yesterday", "until"),
    ("since=2024-07-01&until=2024-06-01", "until"), ("bbox=1,2,3", "bbox"), ("bbox=0,0,200,10", "bbox"),
    ("bbox=a,b,c,d", "bbox"), ("bbox=0,50,10,40", "bbox"), ("limit=1001", "limit"), ("limit=-1", "limit"),
    ("limit=ten", "limit"), ("offset=-5", "offset"), ("sort=name", "sort"), ("country=U$A", "country"),
    ("source_country=" + "A" * 20, "source_country"), ("actor=" + "x" * 600, "actor"),
])
def test_bad_event_parameters_are_400_with_the_error_shape(client: TestClient, query: str, param: str) -> None:
    assert_error(get(client, f"/api/events?{query}", 400), 400, param)


def test_actors(client: TestClient) -> None:
    page = get(client, "/api/actors")
    assert page["items"][0]["mentions"] >= page["items"][-1]["mentions"]
    assert set(page["items"][0]) == {"name", "kind", "country", "sector", "title", "organization", "mentions"}
    assert ids(get(client, "/api/actors?q=korea"), "name") == ["South Korea", "North Korea"]
    assert ids(get(client, "/api/actors?country=KOR&sector=MIL"), "name") == ["Ministry of National Defense"]
    assert ids(get(client, "/api/actors?kind=org"), "name") == ["Ministry of National Defense"]
    assert get(client, "/api/actors?limit=2")["total"] == 7
    assert_error(get(client, "/api/actors?country=%2A%2A", 400), 400, "country")


def test_dyads(client: TestClient) -> None:
    page = get(client, "/api/dyads?interval=month")
    top = page["items"][0]
    assert set(top) == {"source_country", "target_country", "count", "by_type", "series"}
    usa_kor = next(d for d in page["items"] if (d["source_country"], d["target_country"]) == ("USA", "KOR"))
    assert usa_kor["count"] == 2 and usa_kor["by_type"] == {"AGREE": 1, "SUPPORT": 1}
    assert usa_kor["series"] == [{"period": "2024-05-01", "count": 2}]
    # MOBILIZE has no target, so it is in no dyad.
    assert sum(d["count"] for d in page["items"]) == 10 and page["total"] == len(page["items"])
    only = get(client, "/api/dyads?country=RUS")
    assert {(d["source_country"], d["target_country"]) for d in only["items"]} == {
        ("RUS", "PRK"), ("USA", "RUS"), ("RUS", "USA")}
    assert_error(get(client, "/api/dyads?interval=year", 400), 400, "interval")


def test_timeline(client: TestClient) -> None:
    month = get(client, "/api/timeline?interval=month")["items"]
    assert [m["period"] for m in month] == ["2024-05-01", "2024-06-01", "2024-07-01"]
    assert month[0] == {"period": "2024-05-01", "verbal_cooperation": 4, "material_cooperation": 0,
                        "verbal_conflict": 0, "material_conflict": 0, "total": 4}
    assert sum(m["total"] for m in month) == 11
    week = get(client, "/api/timeline?interval=week")["items"]
    assert week[0]["period"] == "2024-05-06"  # weeks start on Monday
    assert any(w["total"] == 0 for w in week)  # empty weeks are present, as zeros
    day = get(client, "/api/timeline?interval=day&type=THREATEN")["items"]
    assert day == [{"period": "2024-06-19", "verbal_cooperation": 0, "material_cooperation": 0,
                    "verbal_conflict": 1, "material_conflict": 0, "total": 1}]


def test_locations(client: TestClient) -> None:
    items = get(client, "/api/locations")["items"]
    seoul = items[0]
    assert seoul["name"] == "Seoul" and seoul["count"] == 4 and len(seoul["event_ids"]) == 4
    assert {"name", "country", "lat", "lon", "count", "event_ids"} == set(seoul)
    assert ids(get(client, "/api/locations?bbox=20,40,40,60"), "name") == ["Kyiv"]


def test_merged(client: TestClient) -> None:
    page = get(client, "/api/merged?sort=-mentions")
    assert page["total"] == 10
    top = page["items"][0]
    assert top["canonical_id"] == "m-agree-1" and top["mentions"] == 2 and top["sources"] == 2
    assert ids(get(client, "/api/merged?doc_id=alliance-2"), "canonical_id") == ["m-agree-1"]
    assert ids(get(client, "/api/merged?type=AID"), "canonical_id") == ["m-sanction-1-e1"]
    assert_error(get(client, "/api/merged?sort=bogus", 400), 400, "sort")


def test_flags_and_claims(client: TestClient) -> None:
    flags = get(client, "/api/flags")
    assert flags["total"] == 2
    assert set(flags["items"][0]) == {"flag_id", "doc_id", "kind", "a", "b", "explanation", "confidence"}
    assert ids(get(client, "/api/flags?doc_id=alliance-1"), "flag_id") == ["alliance-1-f0", "x-agree-1"]
    assert ids(get(client, "/api/flags?kind=cross_report"), "flag_id") == ["x-agree-1"]
    claims = get(client, "/api/claims")
    assert claims["total"] == 2
    assert set(claims["items"][0]) == {"claim_id", "doc_id", "kind", "actor", "target", "subject", "date",
                                       "evidence", "event_id", "polarity"}
    assert ids(get(client, "/api/claims?actor=USA&target=KOR"), "claim_id") == ["alliance-1-c0"]
    assert ids(get(client, "/api/claims?actor=north"), "claim_id") == ["threat-1-c0"]
    assert ids(get(client, "/api/claims?kind=threat&since=2024-06-01"), "claim_id") == ["threat-1-c0"]
    assert get(client, "/api/claims?until=2024-01-01")["total"] == 0
    assert_error(get(client, "/api/claims?since=June", 400), 400, "since")


def test_rejections_and_stats(client: TestClient) -> None:
    rej = get(client, "/api/rejections")["items"]
    assert rej[0]["doc_id"] == "broken-1" and rej[0]["reason"] == "binary"
    st = get(client, "/api/stats")
    assert st["by_type"]["AGREE"] == 2 and st["first_date"] == "2024-05-09"


def test_unknown_route_and_method_use_the_error_shape(client: TestClient) -> None:
    assert_error(get(client, "/api/nothing", 404), 404)
    r = client.delete("/api/events")
    assert r.status_code == 405
    assert_error(r.json(), 405)


def test_openapi_and_docs(client: TestClient) -> None:
    spec = get(client, "/openapi.json")
    for path in ("/api/health", "/api/documents", "/api/documents/{doc_id}", "/api/events",
                 "/api/events/{event_id}", "/api/actors", "/api/dyads", "/api/timeline", "/api/flags",
                 "/api/claims", "/api/merged", "/api/locations"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200


def test_busy_store_answers_503(db: str) -> None:
    app = create_app(db)
    app.state.reader.busy_timeout = 0.1
    holder = duckdb.connect(db)  # a coding run holding the file
    try:
        r = TestClient(app).get("/api/events")
    finally:
        holder.close()
    assert r.status_code == 503
    assert_error(r.json(), 503)
    assert r.headers.get("retry-after") == "1"


# -- dashboard files -------------------------------------------------------------

def test_dashboard_static_files(db: str, tmp_path: Path) -> None:
    web = tmp_path / "web"
    (web / "static").mkdir(parents=True)
    bare = TestClient(create_app(db, web_dir=str(web)))
    page = bare.get("/")
    assert page.status_code == 200 and "not built" in page.text
    (web / "index.html").write_text("<!doctype html><title>dash</title>", encoding="utf-8")
    (web / "static" / "app.js").write_text("export const x = 1;\n", encoding="utf-8")
    built = TestClient(create_app(db, web_dir=str(web)))
    assert "<title>dash</title>" in built.get("/").text
    js = built.get("/static/app.js")
    assert js.status_code == 200 and "export const x" in js.text
    assert built.get("/static/missing.js").status_code == 404
    assert built.get("/static/../index.html").status_code == 404
    # No static folder at all: still a clean 404, not a crash.
    empty = TestClient(create_app(db, web_dir=str(tmp_path / "none")))
    assert empty.get("/static/app.js").status_code == 404
    assert empty.get("/").status_code == 200


def test_no_cors_unless_configured(db: str) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    plain = TestClient(create_app(db)).get("/api/health", headers=origin)
    assert "access-control-allow-origin" not in plain.headers
    cors = TestClient(create_app(db, cors_origins=["https://elsewhere.example"])).get("/api/health", headers=origin)
    assert cors.headers["access-control-allow-origin"] == "https://elsewhere.example"


def test_serve_binds_loopback_by_default(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    seen: dict[str, Any] = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    serve(db)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000


# -- ingest ----------------------------------------------------------------------

class FakePipeline:
    """Stands in for the real stages: one AGREE event per document mentioning 'agree'."""

    version = "fake-1"

    def pipe(self, docs: Any) -> Any:
        for doc in docs:
            if doc.rejection is None:
                doc.text = doc.raw or ""
                doc.sentences = [Sentence(0, 0, len(doc.text), doc.text, "body")]
                if "agree" in doc.text.lower():
                    doc.events = [Event(f"{doc.id}-e0", doc.id, 0, doc.text, "AGREE", date="2024-08-01")]
            yield doc


@pytest.fixture()
def ingest_client(tmp_path: Path) -> TestClient:
    path = tmp_path / "ingest.duckdb"
    build_fixture_store(path)
    app = create_app(str(path), token=TOKEN, max_body=2000)
    app.state.pipeline = FakePipeline()
    return TestClient(app)


def _post(c: TestClient, body: bytes, token: str | None = TOKEN, ctype: str = "application/x-ndjson",
          url: str = "/api/documents") -> Any:
    headers = {"Content-Type": ctype}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return c.post(url, content=body, headers=headers)


def test_ingest_disabled_without_token(client: TestClient) -> None:
    r = _post(client, b'{"id": "x", "text": "hello"}\n')
    assert r.status_code in (404, 405)
    assert_error(r.json(), r.status_code)


def test_ingest_auth(ingest_client: TestClient) -> None:
    body = b'{"id": "x", "text": "They agree."}\n'
    r = _post(ingest_client, body, token=None)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert_error(r.json(), 401)
    assert_error(_post(ingest_client, body, token="wrong").json(), 403)
    assert ingest_client.post("/api/documents", content=body,
                              headers={"Authorization": "Basic " + TOKEN}).status_code == 401


def test_ingest_size_and_type_limits(ingest_client: TestClient) -> None:
    big = b'{"id": "big", "text": "' + b"a" * 3000 + b'"}\n'
    r = _post(ingest_client, big)
    assert r.status_code == 413
    assert_error(r.json(), 413)

    def chunks() -> Any:  # no Content-Length: the limit applies while reading
        for _ in range(5):
            yield b"x" * 600

    r = ingest_client.post("/api/documents", content=chunks(),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"})
    assert r.status_code == 413
    assert_error(_post(ingest_client, b"a,b\n", ctype="text/csv").json(), 415)


def test_ingest_codes_and_stores_documents(ingest_client: TestClient) -> None:
    body = (b'{"id": "new-1", "text": "Both sides agree to talk.", "published": "2024-08-01"}\n'
            b'{"id": "new-2", "text": "Nothing here."}\n'
            b'{"id": "broken", "text": \n')
    r = _post(ingest_client, body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["accepted"] == ["new-1", "new-2"]
    assert len(out["rejected"]) == 1 and out["rejected"][0]["reason"] == "bad_json"
    assert set(out["rejected"][0]) == {"id", "reason", "detail"}
    ev = get(ingest_client, "/api/events/new-1-e0")
    assert ev["event_type"] == "AGREE"
    assert get(ingest_client, "/api/documents/new-2")["events"] == []
    assert get(ingest_client, "/api/health")["documents"] == 8
    # Posting the same documents again changes nothing.
    _post(ingest_client, body)
    assert get(ingest_client, "/api/health")["documents"] == 8


def test_ingest_html_page(ingest_client: TestClient) -> None:
    html = b"<html><head><title>T</title></head><body><p>They agree on trade.</p></body></html>"
    r = _post(ingest_client, html, ctype="text/html; charset=utf-8", url="/api/documents?id=page-1&published=2024-08-02")
    assert r.status_code == 200 and r.json()["accepted"] == ["page-1"]
    assert get(ingest_client, "/api/documents/page-1")["published"] == "2024-08-02"


@pytest.mark.slow
def test_ingest_with_the_real_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    app = create_app(str(tmp_path / "real.duckdb"), token=TOKEN)
    c = TestClient(app)
    body = (b'{"id": "real-1", "published": "2024-03-04", "title": "Allies meet", '
            b'"text": "The United States and South Korea agreed on Monday to expand joint military drills."}\n')
    r = _post(c, body)
    assert r.status_code == 200, r.text
    assert r.json()["accepted"] == ["real-1"]
    doc = get(c, "/api/documents/real-1")
    assert doc["title"] == "Allies meet" and doc["sentences"]
    assert doc["events"] and {e["doc_id"] for e in doc["events"]} == {"real-1"}
    assert get(c, "/api/events?doc_id=real-1")["total"] == len(doc["events"])


def test_docs_cover_every_endpoint(client: TestClient) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    for path, ops in get(client, "/openapi.json")["paths"].items():
        for method in ops:
            assert f"`{method.upper()} {path}" in doc, f"{method.upper()} {path} is not in docs/api.md"
    assert "limit" in [p["name"] for p in get(client, "/openapi.json")["paths"]["/api/timeline"]["get"]["parameters"]]
    assert get(client, "/api/timeline")["limit"] == 1000

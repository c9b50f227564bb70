"""Fast checks of the dashboard's static files (no browser).

- the page loads only same-origin assets under a strict CSP;
- no JavaScript writes HTML from strings (no innerHTML & co.), so document
  text can only ever become text;
- every module import resolves and every API path the page calls exists;
- the API serves the page and its assets;
- the pure JS helpers (highlight segments, quad colours, TopoJSON decoding,
  periods) compute the right thing (run with node when it is installed);
- docs/dashboard.md covers every view, how to start it and the base map's origin.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "eventwire" / "web"
JS = WEB / "static" / "js"
VIEWS = ("timeline", "network", "map", "events", "documents", "reader")


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.csp: str | None = None
        self.inline_scripts = 0
        self.tabs: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.urls.append(a[key])  # type: ignore[arg-type]
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
        if tag == "script" and not a.get("src"):
            self.inline_scripts += 1
        if a.get("data-view") and tag == "a":
            self.tabs.append(a["data-view"])  # type: ignore[arg-type]


def _page() -> _Assets:
    p = _Assets()
    p.feed((WEB / "index.html").read_text(encoding="utf-8"))
    return p


def _js_sources() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(JS.glob("*.js"))}


def test_index_loads_only_same_origin_assets_under_csp() -> None:
    page = _page()
    assert page.urls, "index.html references no assets"
    for url in page.urls:
        assert not re.match(r"^[a-z][a-z0-9+.-]*:|^//", url) or url.startswith("data:"), url
        if not url.startswith("data:"):
            assert (WEB / url).is_file(), f"index.html references a missing file: {url}"
    assert page.inline_scripts == 0
    csp = page.csp or ""
    for directive in ("default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert page.tabs == list(VIEWS)


def test_no_javascript_turns_strings_into_html() -> None:
    sinks = re.compile(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\s*\(|document\.write\s*\(|"
                       r"\beval\s*\(|new\s+Function\s*\(|createContextualFragment|DOMParser|setAttribute\(\s*[\"']on")
    for name, src in _js_sources().items():
        assert not sinks.search(src), f"{name} writes HTML from a string"


def test_assets_name_no_other_origin() -> None:
    allowed = {"http://www.w3.org/2000/svg"}  # an XML namespace, never fetched
    for name, src in _js_sources().items():
        for url in re.findall(r"https?://[^\s\"'`)]+", src):
            assert url in allowed, f"{name} mentions {url}"
    css = (WEB / "static" / "css" / "app.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


def test_module_imports_resolve() -> None:
    for name, src in _js_sources().items():
        for target in re.findall(r"""from\s+["'](\./[^"']+)["']""", src):
            assert (JS / target).is_file(), f"{name} imports missing {target}"


def _api_paths() -> set[str]:
    paths = set()
    for src in _js_sources().values():
        for m in re.finditer(r"""get\(\s*[`"'](api/[^`"'$?]*)(\$\{)?""", src):
            path = "/" + m.group(1)
            paths.add(path + "{x}" if m.group(2) else path)
    return paths


def test_dashboard_calls_only_contract_endpoints(tmp_path: Path) -> None:
    used = _api_paths()
    assert {"/api/health", "/api/events", "/api/timeline", "/api/dyads", "/api/locations",
            "/api/documents", "/api/documents/{x}"} <= used
    api = pytest.importorskip("eventwire.api")
    app = api.create_app(str(tmp_path / "empty.duckdb"))
    routes = {re.sub(r"\{[^}]+\}", "{x}", getattr(r, "path", "")) for r in app.routes}
    assert used <= routes, f"the dashboard calls endpoints the API lacks: {used - routes}"


def test_api_serves_page_and_assets(tmp_path: Path) -> None:
    api = pytest.importorskip("eventwire.api")
    from fastapi.testclient import TestClient

    client = TestClient(api.create_app(str(tmp_path / "empty.duckdb")))
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "static/js/app.js" in r.text
    for path, kind in (("/static/js/app.js", "javascript"), ("/static/css/app.css", "css"),
                       ("/static/geo/countries-110m.json", "json")):
        r = client.get(path)
        assert r.status_code == 200 and kind in r.headers["content-type"], path
    assert client.get("/api/health").json()["events"] == 0


def test_base_map_is_complete_topojson_with_notice() -> None:
    geo = WEB / "static" / "geo"
    topo = json.loads((geo / "countries-110m.json").read_text(encoding="utf-8"))
    assert topo["type"] == "Topology" and "transform" in topo
    geoms = topo["objects"]["countries"]["geometries"]
    assert len(geoms) >= 170
    names = {g["properties"]["name"] for g in geoms}
    assert {"South Korea", "North Korea", "United States of America", "Russia"} <= names
    notice = (geo / "NOTICE.txt").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "world-atlas" in notice and "ISC" in notice


_NODE_CHECKS = r"""
import { readFileSync } from "node:fs";
const web = process.argv[1];
const { segments } = await import(`${web}/js/highlight.js`);
const { dominantQuad, QUAD_OF } = await import(`${web}/js/plover.js`);
const { features, unwrap } = await import(`${web}/js/topo.js`);
const { periodEnd, nextPeriod } = await import(`${web}/js/periods.js`);
const topo = JSON.parse(readFileSync(`${web}/geo/countries-110m.json`, "utf8"));
const feats = features(topo, "countries");
const pts = feats.flatMap((f) => f.rings.flat());
const korea = feats.find((f) => f.name === "South Korea").rings.flat();
const russia = feats.find((f) => f.name === "Russia").rings;
const jumps = (rings) => rings.flatMap(unwrap).some((r) => r.some((p, i) => i && Math.abs(p[0] - r[i - 1][0]) > 180));
console.log(JSON.stringify({
  segs: segments(0, 20, [{ start: 5, end: 12, cls: "a" }, { start: 8, end: 25, cls: "b" }, { start: 30, end: 40, cls: "c" }])
    .map((s) => [s.start, s.end, s.anns.map((a) => a.cls).join("")]),
  empty: segments(3, 9, []).map((s) => [s.start, s.end]),
  quad: dominantQuad({ ACCUSE: 2, AGREE: 1, CONSULT: 2, NOPE: 9 }),
  quadNone: dominantQuad({}),
  nTypes: Object.keys(QUAD_OF).length,
  nFeatures: feats.length,
  lonRange: [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))],
  latRange: [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))],
  korea: [Math.min(...korea.map((p) => p[0])), Math.max(...korea.map((p) => p[1]))],
  russiaJumpsBefore: russia.some((r) => r.some((p, i) => i && Math.abs(p[0] - r[i - 1][0]) > 180)),
  russiaJumpsAfter: jumps(russia),
  periods: [periodEnd("2024-05-06", "week"), periodEnd("2024-02-01", "month"), periodEnd("2024-12-01", "month"),
    periodEnd("2024-03-03", "day"), nextPeriod("2024-12-01", "month"), nextPeriod("2024-12-30", "week")],
}));
"""


def test_js_modules_parse() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    for path in sorted(JS.glob("*.js")):
        proc = subprocess.run([node, "--input-type=module", "--check"], input=path.read_text(encoding="utf-8"),
                              capture_output=True, text=True, timeout=30)
        assert proc.returncode == 0, f"{path.name}: {proc.stderr}"


def test_pure_js_helpers() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    proc = subprocess.run([node, "--input-type=module", "-e", _NODE_CHECKS, str(WEB / "static")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    # Overlapping annotations: every piece carries all the classes covering it.
    assert out["segs"] == [[0, 5, ""], [5, 8, "a"], [8, 12, "ab"], [12, 20, "b"]]
    assert out["empty"] == [[3, 9]]
    assert out["quad"] == "verbal_cooperation" and out["quadNone"] is None and out["nTypes"] == 16
    assert out["nFeatures"] >= 170
    assert -180.001 <= out["lonRange"][0] < -170 and 170 < out["lonRange"][1] <= 180.001
    assert -90.001 <= out["latRange"][0] < -80 and 80 < out["latRange"][1] <= 90.001
    assert 124 < out["korea"][0] < 127 and 37 < out["korea"][1] < 39
    assert out["russiaJumpsBefore"] is True and out["russiaJumpsAfter"] is False
    assert out["periods"] == ["2024-05-12", "2024-02-29", "2024-12-31", "2024-03-03", "2025-01-01", "2025-01-06"]


def test_docs_cover_views_start_and_provenance() -> None:
    doc = (ROOT / "docs" / "dashboard.md").read_text(encoding="utf-8").lower()
    for view in VIEWS:
        assert f"## {view}" in doc or f"### {view}" in doc, f"docs/dashboard.md does not describe the {view} view"
    assert "eventwire serve --db" in doc
    assert "world-atlas" in doc and "natural earth" in doc

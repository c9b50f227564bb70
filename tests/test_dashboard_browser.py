"""The dashboard in a real (headless) Chromium against the real API.

Builds the fixture store, serves it with ``eventwire.api.create_app`` on a
free loopback port, and runs ``tests/browser/dashboard.mjs`` (playwright-core
driving /usr/bin/chromium). The script prints a JSON summary; this test
asserts on it. Screenshots of every view go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
BROWSER_DIR = ROOT / "tests" / "browser"
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def _missing_tools() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"chromium not found at {CHROMIUM} (apt-get install chromium)"
    if shutil.which("node") is None:
        return "node is not installed"
    if not (BROWSER_DIR / "node_modules" / "playwright-core").is_dir():
        return "tests/browser/node_modules missing (run `npm ci` in tests/browser)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def fixture_info(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    try:
        from fixture_store import XSS_IMG, XSS_SCRIPT, build_fixture_store
    finally:
        sys.path.pop(0)
    db = tmp_path_factory.mktemp("dash") / "fixture.duckdb"
    info = build_fixture_store(db)
    yield {"db": str(db), "info": info, "xss": (XSS_SCRIPT, XSS_IMG)}


@pytest.fixture(scope="module")
def server(fixture_info: dict) -> Iterator[str]:
    """The API and dashboard on a free loopback port, in a background thread."""
    reason = _missing_tools()
    if reason:
        pytest.skip(reason)
    uvicorn = pytest.importorskip("uvicorn")
    from eventwire.api import create_app

    app = create_app(fixture_info["db"])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _xss_doc(info: dict) -> str:
    script, img = info["xss"]
    for d in info["info"]["docs"]:
        if script in d.text and img in d.text and d.events:
            return d.id
    raise AssertionError("the fixture store has no document with markup in its text")


def _filter(info: dict) -> dict[str, str]:
    """A source-country filter that keeps some but not all events."""
    counts: dict[str, int] = {}
    for e in info["info"]["events"]:
        if e.source and e.source.country and e.date:
            counts[e.source.country] = counts.get(e.source.country, 0) + 1
    country = max(sorted(counts), key=lambda c: counts[c])
    return {"field": "source_country", "value": country}


@pytest.fixture(scope="module")
def summary(server: str, fixture_info: dict) -> dict:
    cfg = {"base": server, "out": str(SCREENSHOTS), "chromium": CHROMIUM,
           "filter": _filter(fixture_info), "xss_doc": _xss_doc(fixture_info)}
    proc = subprocess.run(["node", "dashboard.mjs", json.dumps(cfg)], cwd=BROWSER_DIR,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, f"dashboard.mjs failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout)


def test_every_step_passes(summary: dict) -> None:
    assert summary["failures"] == [], json.dumps(summary, indent=2)
    assert summary["ok"] is True


def test_no_request_leaves_the_origin(summary: dict) -> None:
    assert summary["requests"] > 10  # the page, its modules, the base map and the API calls
    assert summary["foreign_requests"] == []


def test_filter_narrows_and_survives_reload(summary: dict, fixture_info: dict) -> None:
    f = summary["steps"]["filter"]
    total = len(fixture_info["info"]["events"])
    assert f["before"] == f"{total} events"
    assert f["after"] != f["before"] and f["listed"] > 0
    assert f["restored"] == _filter(fixture_info)["value"]


def test_timeline_bar_reaches_evidence_and_reader(summary: dict) -> None:
    t = summary["steps"]["timeline_click"]
    assert t["cards"] > 0 and t["evidence_chars"] > 0 and t["triggerMarks"] > 0
    r = summary["steps"]["reader"]
    assert r["trigger"] and r["argMarks"] > 0


def test_event_list_and_documents(summary: dict, fixture_info: dict) -> None:
    ev = summary["steps"]["events"]
    assert ev["cards"] > 0
    # each card shows the event's own day or, when the sentence gives none, the report's
    published = {d.id: d.published for d in fixture_info["info"]["docs"]}
    expected = [e.date or (f"report {published[e.doc_id][:10]}" if published[e.doc_id] else "undated")
                for e in fixture_info["info"]["events"]]
    assert sorted(ev["dates"]) == sorted(expected) and any(d.startswith("report ") for d in expected)
    assert summary["steps"]["documents"]["rows"] == len(fixture_info["info"]["docs"])


def test_network_and_map_click_through(summary: dict) -> None:
    assert summary["steps"]["network"]["edges"] > 0 and summary["steps"]["network"]["cards"] > 0
    m = summary["steps"]["map"]
    assert m["countries"] > 150 and m["locs"] > 0 and m["cards"] > 0


def test_document_markup_stays_inert(summary: dict) -> None:
    x = summary["steps"]["xss"]
    assert x == {"shownAsText": True, "scripts": 1, "injected": 0, "imgs": 0}
    assert summary["dialogs"] == [] and summary["page_errors"] == []


def test_screenshots_saved(summary: dict) -> None:
    assert len(summary["screenshots"]) == 8
    for path in summary["screenshots"]:
        assert Path(path).stat().st_size > 5000

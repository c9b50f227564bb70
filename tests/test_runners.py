"""Runners: incremental skip, --force, worker processes, SIGKILL resume, Ray.

These run the real pipeline on a small corpus generated from sentences the
team writes, and compare whole stores."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.ingest import read_inputs
from eventwire.runners.local import run_local

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}

PAIRS = [("The United States", "South Korea"), ("Japan", "China"), ("Russia", "Ukraine"), ("France", "Germany"),
         ("North Korea", "South Korea"), ("India", "Pakistan"), ("Israel", "Iran"), ("Turkey", "Greece")]
TEMPLATES = [
    "{a} and {b} held talks in Geneva on Monday about border security.",
    "{a} accused {b} of violating the ceasefire agreement.",
    "{a} threatened to impose sanctions on {b} over the missile tests.",
    "{a} pledged to provide humanitarian aid to {b}.",
    "Troops from {a} attacked positions held by {b} near the border.",
    "{a} rejected a proposal from {b} to resume negotiations.",
]


def make_corpus(path: Path, n: int = 48) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = PAIRS[i % len(PAIRS)]
            sents = [TEMPLATES[(i + k) % len(TEMPLATES)].format(a=a, b=b) for k in range(3)]
            text = " ".join(sents) + f" Officials met again in report number {i}."
            fh.write(json.dumps({"id": f"r{i:03d}", "title": f"Report {i}", "text": text, "published": "2024-05-0" + str(1 + i % 9)}) + "\n")
    return path


def dump(db: Path) -> dict[str, list]:
    from eventwire import query
    from eventwire.store import Store

    store = Store(str(db), read_only=True)
    filt = query.EventFilter.from_params({"limit": 1000, "sort": "date"})
    events = sorted(
        (e["event_id"], e["doc_id"], e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["date"])
        for e in query.list_events(store, filt)["items"]
    )
    docs = sorted(d["id"] for d in query.list_documents(store, limit=1000)["items"])
    return {"events": events, "docs": docs}


def code(db: Path, *inputs: str, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "eventwire.cli", "code", *inputs, "--db", str(db), "--format", "none", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl")


@pytest.fixture(scope="module")
def clean_store(corpus, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    r = code(db, str(corpus))
    assert r.returncode == 0, r.stderr
    return dump(db)


def test_clean_run_codes_every_document(clean_store):
    assert len(clean_store["docs"]) == 48
    assert len(clean_store["events"]) >= 48  # several events a report
    assert len({e[0] for e in clean_store["events"]}) == len(clean_store["events"])  # no duplicate ids


def test_rerun_skips_and_force_recodes(corpus, tmp_path):
    from eventwire.store import Store

    db = tmp_path / "s.duckdb"
    settings = load_settings(overrides={"db": str(db)}, env={}, config_file=None)
    first = run_local(read_inputs([str(corpus)], settings), settings, store=Store(str(db)))
    before = dump(db)
    again = run_local(read_inputs([str(corpus)], settings), settings, store=Store(str(db)))
    assert (first.coded, again.coded, again.skipped) == (48, 0, 48)
    assert dump(db) == before
    forced = run_local(read_inputs([str(corpus)], settings), settings, store=Store(str(db)), force=True)
    assert forced.coded == 48 and dump(db) == before


def test_two_workers_give_the_same_store(corpus, clean_store, tmp_path):
    db = tmp_path / "w2.duckdb"
    r = code(db, str(corpus), extra=("--workers", "2", "--set", "batch_size=4"))
    assert r.returncode == 0, r.stderr
    assert dump(db) == clean_store


def test_sigkill_then_rerun_gives_the_clean_store(corpus, clean_store, tmp_path):
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db), "--format", "jsonl",
           "--set", "batch_size=4", "--no-merge"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
    # Kill once events for a dozen documents have been printed (they are
    # printed just before their batch is written), i.e. mid-run.
    seen: set[str] = set()
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.add(json.loads(line)["doc_id"])
        if len(seen) >= 12:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    r = code(db, str(corpus))
    assert r.returncode == 0, r.stderr
    assert "skipped" in r.stderr
    assert dump(db) == clean_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.ray
def test_ray_run_matches_local(corpus, clean_store, tmp_path):
    ray = shutil.which("ray", path=str(Path(sys.executable).parent))
    if ray is None:
        pytest.skip("ray is not installed in this environment")
    port = _free_port()
    start = subprocess.run(
        [ray, "start", "--head", "--node-ip-address", "127.0.0.1", "--port", str(port), "--num-cpus", "2",
         "--include-dashboard=false", "--disable-usage-stats"],
        capture_output=True, text=True, env=ENV, timeout=180,
    )
    assert start.returncode == 0, start.stderr
    try:
        db = tmp_path / "ray.duckdb"
        r = code(db, str(corpus), extra=("--ray", f"127.0.0.1:{port}", "--shards", str(tmp_path / "shards")))
        assert r.returncode == 0, r.stderr
        assert list((tmp_path / "shards").iterdir()), "the Ray run wrote no shards"
        assert dump(db) == clean_store
    finally:
        subprocess.run([ray, "stop", "--force"], capture_output=True, env=ENV, timeout=120)
        time.sleep(1)


def test_worker_pool_while_the_store_is_checked_and_written(corpus, clean_store, tmp_path):
    """The pool's feeder thread asks the store what is already coded while
    the main thread writes batches: both must work on one Store object."""
    from eventwire.store import Store

    db = tmp_path / "threads.duckdb"
    settings = load_settings(overrides={"db": str(db), "batch_size": 2}, env={}, config_file=None)
    half = [d for d in read_inputs([str(corpus)], settings) if int(d.id[1:]) % 2 == 0]
    run_local(iter(half), settings, store=Store(str(db)))
    stats = run_local(read_inputs([str(corpus)], settings), settings, store=Store(str(db)), workers=2, skip_chunk=4)
    assert (stats.skipped, stats.coded) == (24, 24)
    from eventwire.claims.merge import merge_events

    store = Store(str(db))
    store.replace_merged(*merge_events(list(store.all_events()), store.doc_meta()))
    assert dump(db) == clean_store


def test_worker_pool_reads_its_input_lazily(corpus):
    """With workers, at most a few batches are read ahead of the output, so a
    huge input never sits in memory."""
    from eventwire.runners.local import code_stream

    settings = load_settings(overrides={"batch_size": 2}, env={}, config_file=None)
    pulled = 0

    def counting():
        nonlocal pulled
        for d in read_inputs([str(corpus)], settings):
            pulled += 1
            yield d

    out = code_stream(counting(), settings, workers=2)
    first = next(out)
    assert first.ok and pulled <= 2 * 2 * 2 + 2  # 2 batches per worker in flight, plus the one being cut
    assert 1 + sum(1 for _ in out) == 48

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
        # Without --shards the shards go to a temporary folder and are
        # deleted once loaded; recoding (--force) gives the same store.
        tmp = tmp_path / "tmpdir"
        tmp.mkdir()
        env = {**ENV, "TMPDIR": str(tmp)}
        cmd = [sys.executable, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db), "--format", "none",
               "--ray", f"127.0.0.1:{port}", "--force", "--set", "batch_size=4"]
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
        assert r.returncode == 0, r.stderr
        assert not list(tmp.glob("eventwire-shards-*")), "temporary shards were left behind"
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


class RecordingStore:
    """Stands in for the store: nothing is coded yet, and every write is recorded."""

    def __init__(self) -> None:
        self.writes: list[list[str]] = []

    def coded(self, keys, pipeline_version):
        return set()

    def write_documents(self, docs, pipeline_version, batch_size=1000, keep_raw=False):
        assert batch_size >= len(docs), "a write group must be one transaction"
        self.writes.append([d.id for d in docs])
        return {}


def test_coded_documents_are_written_in_groups(corpus):
    """Documents are written a group per transaction (count-bounded, or
    time-bounded so readers see progress), in input order, each exactly once."""
    settings = load_settings(overrides={"batch_size": 4}, env={}, config_file=None)
    ids = [d.id for d in read_inputs([str(corpus)], settings)]
    by_count = RecordingStore()
    run_local(read_inputs([str(corpus)], settings), settings, store=by_count, write_batch=20)
    assert [len(w) for w in by_count.writes] == [20, 20, 8]
    assert [i for w in by_count.writes for i in w] == ids
    by_time = RecordingStore()
    run_local(read_inputs([str(corpus)], settings), settings, store=by_time, write_batch=1000, write_seconds=0.0)
    assert [len(w) for w in by_time.writes] == [1] * 48


def test_shards_loaded_several_per_transaction_give_the_same_store(corpus, tmp_path):
    """Grouping shards into one transaction (as the Ray driver does) loads the
    same rows as one transaction per shard, even when a document repeats."""
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store, write_shard

    settings = load_settings(overrides={"batch_size": 8}, env={}, config_file=None)
    pipeline = Pipeline(settings)
    docs = list(pipeline.pipe(read_inputs([str(corpus)], settings)))
    shards = []
    for i in range(0, 48, 8):
        shards.append(str(tmp_path / f"shard-{i}"))
        write_shard(docs[i:i + 8], shards[-1], pipeline.version)
    shards.append(str(tmp_path / "repeat"))
    write_shard(docs[:3], shards[-1], pipeline.version)  # already loaded: left alone
    one, grouped = Store(str(tmp_path / "one.duckdb")), Store(str(tmp_path / "grouped.duckdb"))
    one_counts = one.load_parquet_shards(shards)
    grouped_counts = grouped.load_parquet_shards(shards, per_transaction=4)
    assert one_counts == grouped_counts
    assert one_counts["documents"] == 48 and one_counts["unchanged"] == 3
    assert one.counts() == grouped.counts()
    assert dump(tmp_path / "one.duckdb") == dump(tmp_path / "grouped.duckdb")


def test_kept_rejections_are_bounded():
    """A run over an input full of bad records counts every rejection but keeps
    only the first MAX_KEPT_REJECTIONS in memory (all are in the store)."""
    from eventwire.records import Document
    from eventwire.runners.local import MAX_KEPT_REJECTIONS, RunStats, _count

    stats = RunStats()
    for i in range(MAX_KEPT_REJECTIONS + 5):
        _count(Document(id=f"bad{i}", source="x").reject("empty", "no text", "extract"), stats)
    assert stats.rejected == MAX_KEPT_REJECTIONS + 5
    assert len(stats.rejections) == MAX_KEPT_REJECTIONS
    assert stats.rejections[0][0] == "bad0"


def _blas_threads(queue) -> None:
    from threadpoolctl import threadpool_info

    from eventwire.runners.local import _one_blas_thread

    _one_blas_thread()
    queue.put([p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"])


def test_workers_use_one_blas_thread():
    """N workers on N cores must not each start a BLAS pool of N threads."""
    import multiprocessing as mp

    import numpy  # noqa: F401  (loads OpenBLAS, as the parse does)

    pytest.importorskip("threadpoolctl")
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_blas_threads, args=(queue,))
    proc.start()
    threads = queue.get(timeout=60)
    proc.join(timeout=60)
    assert threads and all(n == 1 for n in threads)


def test_nothing_to_code_starts_no_workers(monkeypatch):
    """An input that is all skipped (or empty) must not pay for forking
    workers: the pool starts only when the first batch exists."""
    from eventwire.runners import local

    class NoPool:
        def Pool(self, *args, **kwargs):  # noqa: N802  (mirrors multiprocessing's context API)
            raise AssertionError("a worker pool was started for nothing")

    monkeypatch.setattr(local.mp, "get_context", lambda method: NoPool())
    settings = load_settings(overrides={"batch_size": 2}, env={}, config_file=None)
    assert list(local.code_stream(iter([]), settings, workers=2)) == []

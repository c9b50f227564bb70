"""Run the pipeline in-process or in local worker processes, writing to the store.

Streaming all the way: ingest yields documents one at a time, they are cut
into batches, at most ``2 * workers`` batches are in flight, and coded
documents are written to the store in one transaction per write group (a few
hundred documents or a few seconds of coding, whichever comes first). A 1 GB
JSONL input never sits in memory, and a run killed at any point leaves only
whole write groups in the store, so the next run (which skips documents
already coded with the same content hash and pipeline version) ends with
exactly the store a clean run gives.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..records import Document

# Set in each worker process by _init_worker: one pipeline per process, so
# the spaCy model is loaded once per worker, not once per batch.
_WORKER_PIPELINE: Any = None

# A run keeps the first rejections for its caller; the rest are only counted
# (every rejection is in the store and printed by the CLI as it happens), so
# a huge input full of bad records cannot grow the main process.
MAX_KEPT_REJECTIONS = 1000

# Writing to DuckDB costs a connection open, a commit and a close per
# transaction (about 50 ms on the test machine, 3-4 ms a document in batches
# of 32). Grouping a few hundred documents per transaction brings that under
# 1 ms a document; the time bound keeps the store fresh for readers and caps
# what a killed run has to recode.
WRITE_GROUP = 256
WRITE_SECONDS = 10.0


@dataclass
class RunStats:
    """What a coding run did; printed by the CLI and the benchmark."""

    read: int = 0
    skipped: int = 0  # already coded with the same content hash and pipeline version
    coded: int = 0
    rejected: int = 0
    events: int = 0
    words: int = 0
    # (doc_id, source, reason, detail) of the first MAX_KEPT_REJECTIONS rejections
    rejections: list[tuple[str, str, str, str]] = field(default_factory=list)


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _one_blas_thread() -> None:
    """Keep BLAS (numpy's OpenBLAS, used by thinc) to one thread in a worker:
    N workers with N BLAS threads each would oversubscribe N cores. The
    environment variables cover libraries loaded later; threadpoolctl (a
    scikit-learn dependency) the pools numpy already started before the fork."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # threadpoolctl: no stubs, no py.typed
    except ImportError:  # optional: without it the env variables still apply to new pools
        return
    threadpool_limits(1)


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    from ..pipeline import Pipeline

    _one_blas_thread()
    _WORKER_PIPELINE = Pipeline(settings)


def _code_batch(batch: list[Document]) -> list[Document]:
    assert _WORKER_PIPELINE is not None
    return list(_WORKER_PIPELINE.pipe(batch, batch_size=len(batch) or 1))


def skip_coded(
    docs: Iterable[Document], store: Any, pipeline_version: str, force: bool, stats: RunStats, chunk: int = 256
) -> Iterator[Document]:
    """Drop documents the store already holds with the same content hash and
    pipeline version (unless ``force``). Checked in chunks: one query per
    ``chunk`` documents keeps the skip path fast."""
    for group in batched(docs, chunk):
        stats.read += len(group)
        if force or store is None:
            yield from group
            continue
        keys = [(d.id, d.content_hash) for d in group if d.ok]
        done = store.coded(keys, pipeline_version) if keys else set()
        for d in group:
            if d.ok and d.id in done:
                stats.skipped += 1
                continue
            yield d


def code_stream(
    docs: Iterable[Document],
    settings: Settings,
    workers: int = 1,
    pipeline: Any = None,
) -> Iterator[Document]:
    """Code a stream of documents, in order, with ``workers`` processes."""
    bs = max(1, settings.batch_size)
    if workers <= 1:
        from ..pipeline import Pipeline

        pipe = pipeline or Pipeline(settings)
        yield from pipe.pipe(docs, batch_size=bs)
        return
    # "spawn" would re-import everything; "fork" shares the loaded code and
    # is the default on Linux. Workers load their own spaCy model.
    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    batches = batched(docs, bs)
    first = next(batches, None)
    if first is None:  # nothing to code (e.g. all skipped): start no workers
        return
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # Feed the pool from this thread, at most 2 batches per worker in
        # flight. (Pool.imap would drain the input from a thread of its own as
        # fast as it can: a huge input would pile up in memory, and the
        # skip-check would query the store from that thread while this one
        # writes.) Results come back in input order.
        pending: collections.deque[Any] = collections.deque()
        for batch in itertools.chain([first], batches):
            pending.append(pool.apply_async(_code_batch, (batch,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def run_local(
    inputs_docs: Iterable[Document],
    settings: Settings,
    store: Any = None,
    workers: int = 1,
    force: bool = False,
    on_document: Callable[[Document], None] | None = None,
    write_batch: int | None = None,
    skip_chunk: int = 256,
    write_seconds: float = WRITE_SECONDS,
) -> RunStats:
    """Code documents and write them to ``store`` in transactions of at most
    ``write_batch`` documents (default :data:`WRITE_GROUP`) or
    ``write_seconds`` of coding, whichever fills first.

    ``on_document`` sees every document after coding (the CLI prints events
    and rejections from it), before its write group is committed."""
    from ..pipeline import Pipeline

    stats = RunStats()
    pipeline = Pipeline(settings)
    version = pipeline.version
    todo = skip_coded(inputs_docs, store, version, force, stats, chunk=skip_chunk)
    coded = code_stream(todo, settings, workers=workers, pipeline=pipeline if workers <= 1 else None)
    group_size = max(1, write_batch or WRITE_GROUP)
    group: list[Document] = []
    started = time.monotonic()
    # One store transaction per group: a killed run loses at most the group in
    # flight, which the next run recodes (it is not in the store yet).
    for d in coded:
        _count(d, stats)
        if on_document is not None:
            on_document(d)
        group.append(d)
        if len(group) >= group_size or time.monotonic() - started >= write_seconds:
            _write(store, group, version, settings)
            group = []
            started = time.monotonic()
    if group:
        _write(store, group, version, settings)
    return stats


def _write(store: Any, docs: list[Document], version: str, settings: Settings) -> None:
    if store is not None:
        store.write_documents(docs, version, batch_size=len(docs), keep_raw=settings.keep_raw)


def _count(d: Document, stats: RunStats) -> None:
    if d.ok:
        stats.coded += 1
        stats.events += len(d.events)
        stats.words += len(d.text.split())
    else:
        r = d.rejection
        assert r is not None
        _reject(stats, (r.doc_id, r.source, r.reason, r.detail))


def _reject(stats: RunStats, rejection: tuple[str, str, str, str]) -> None:
    stats.rejected += 1
    if len(stats.rejections) < MAX_KEPT_REJECTIONS:
        stats.rejections.append(rejection)

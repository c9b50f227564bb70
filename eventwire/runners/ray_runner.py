"""Run the same pipeline as Ray actors over a cluster, writing Parquet shards.

The driver streams documents from the inputs (so a huge input is never held
in memory), cuts them into batches and keeps at most ``2 * actors`` batches
in flight. Each Ray actor holds one :class:`~eventwire.pipeline.Pipeline`
(one spaCy model per actor), codes a batch, and writes it as a Parquet shard
with :func:`eventwire.store.write_shard`. The driver loads the shards into
the store in input order as they arrive (a few hundred documents per
transaction, like the local runner), so the store has exactly what a local
run writes, a killed run keeps what was loaded, and shards in a temporary
folder are deleted once loaded (the folder never grows with the input).

Shards must be on storage every node can reach (a shared filesystem) when the
cluster has several machines; on one machine any local folder works.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EventwireError
from ..records import Document, document_from_dict, to_dict
from .local import (
    WRITE_GROUP,
    WRITE_SECONDS,
    RunStats,
    _count,
    _one_blas_thread,
    _reject,
    batched,
    skip_coded,
)


class RayUnavailableError(EventwireError):
    code = "E020"


def _make_actor_class() -> Any:
    import ray

    @ray.remote
    class CodingActor:
        """Holds one pipeline; codes batches and writes each as a shard."""

        def __init__(self, settings: Settings) -> None:
            from ..pipeline import Pipeline

            _one_blas_thread()  # one actor per CPU: one BLAS thread each
            self.pipeline = Pipeline(settings)
            self.keep_raw = settings.keep_raw

        def code(self, batch: list[dict], shard_path: str, version: str, return_docs: bool) -> dict:
            from ..store import write_shard

            docs = [document_from_dict(d) for d in batch]
            out = list(self.pipeline.pipe(docs, batch_size=max(1, len(docs))))
            write_shard(out, shard_path, version, keep_raw=self.keep_raw)
            # Light summaries by default: the store gets everything from the shard.
            if return_docs:
                return {"shard": shard_path, "docs": [to_dict(d) for d in out]}
            return {
                "shard": shard_path,
                "docs": [
                    {
                        "id": d.id,
                        "ok": d.ok,
                        "events": len(d.events),
                        "words": len(d.text.split()),
                        "rejection": to_dict(d.rejection),
                    }
                    for d in out
                ],
            }

    return CodingActor


def run_ray(
    docs: Iterable[Document],
    settings: Settings,
    address: str,
    store: Any,
    actors: int | None = None,
    force: bool = False,
    shard_dir: str | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> RunStats:
    """Code ``docs`` on the Ray cluster at ``address`` ("auto" or host:port)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise RayUnavailableError("Ray is not installed: pip install 'eventwire[ray]'") from None
    from ..pipeline import Pipeline

    if not ray.is_initialized():
        try:
            ray.init(address=address, log_to_driver=False, include_dashboard=False)
        except Exception as e:  # ray raises ConnectionError, RuntimeError, ValueError ...
            raise RayUnavailableError(f"cannot join the Ray cluster at {address!r}: {e}") from None
    version = Pipeline(settings).version  # stages load their models lazily: cheap on the driver
    n = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
    actor_cls = _make_actor_class()
    pool = [actor_cls.remote(settings) for _ in range(n)]
    # Shards in a folder the user named are kept (for inspection or another
    # store); those in our temporary folder go as soon as they are loaded.
    keep_shards = shard_dir is not None
    shard_root = Path(shard_dir or tempfile.mkdtemp(prefix="eventwire-shards-"))
    shard_root.mkdir(parents=True, exist_ok=True)

    stats = RunStats()
    todo = skip_coded(docs, store, version, force, stats)
    pending: dict[Any, tuple[int, int]] = {}  # ref -> (batch number, actor index)
    idle = list(range(n))
    results: dict[int, dict] = {}
    next_emit = 0
    shards: list[str] = []  # coded, emitted, not loaded yet
    loaded_docs = 0
    since = time.monotonic()

    def load(final: bool = False) -> None:
        nonlocal loaded_docs, since
        waiting = stats.coded + stats.rejected - loaded_docs
        if not shards or not (final or waiting >= WRITE_GROUP or time.monotonic() - since >= WRITE_SECONDS):
            return
        if store is not None:
            store.load_parquet_shards(shards, per_transaction=len(shards))
        if not keep_shards:
            for sh in shards:
                shutil.rmtree(sh, ignore_errors=True)
        shards.clear()
        loaded_docs += waiting
        since = time.monotonic()

    def drain(block: bool) -> None:
        nonlocal next_emit
        if not pending:
            return
        ready, _ = ray.wait(list(pending), num_returns=1, timeout=None if block else 0)
        for ref in ready:
            seq, actor_index = pending.pop(ref)
            results[seq] = ray.get(ref)
            idle.append(actor_index)
        # Emit in input order so output is identical to a local run.
        while next_emit in results:
            res = results.pop(next_emit)
            shards.append(res["shard"])
            for d in res["docs"]:
                _emit(d, stats, on_document)
            next_emit += 1
        load()

    for seq, batch in enumerate(batched(todo, max(1, settings.batch_size))):
        while not idle:
            drain(block=True)
        a = idle.pop()
        shard = str(shard_root / f"shard-{seq:08d}")
        ref = pool[a].code.remote([to_dict(d) for d in batch], shard, version, on_document is not None)
        pending[ref] = (seq, a)
        if len(pending) >= 2 * n:
            drain(block=True)
    while pending:
        drain(block=True)
    load(final=True)
    if not keep_shards:
        shutil.rmtree(shard_root, ignore_errors=True)
    return stats


def _emit(d: dict, stats: RunStats, on_document: Callable[[Document], None] | None) -> None:
    if "text" in d or "sections" in d:  # a full document came back
        doc = document_from_dict(d)
        _count(doc, stats)
        if on_document is not None:
            on_document(doc)
        return
    if d["ok"]:
        stats.coded += 1
        stats.events += d["events"]
        stats.words += d["words"]
    else:
        r = d["rejection"]
        _reject(stats, (r["doc_id"], r["source"], r["reason"], r["detail"]))


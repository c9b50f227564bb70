"""The DuckDB store: one writer at a time, many readers.

DuckDB lets one process open a database file for writing *or* many processes
open it read-only. eventwire lives with that by never holding the file: a
coding run opens a read-write connection per batch, writes the batch in one
transaction and closes it; readers (the API, the CLI) open a read-only
connection per request. Whoever finds the file locked retries for a moment
and then raises :class:`StoreBusyError` (the API answers 503).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow: no stubs, no py.typed
import pyarrow.parquet as pq  # type: ignore[import-untyped]  # pyarrow: no stubs, no py.typed

from ..errors import StoreError
from ..records import CanonicalEvent, Document, Event, Flag, event_from_dict
from .rows import DOC_TABLES, SCHEMAS, TableRows, rows_for

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreBusyError(StoreError):
    """The store file is locked by another process (a writer) right now."""

    code = "E004"


def _is_busy(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg or "different configuration" in msg


def _cols(table: str) -> str:
    return ", ".join(f'"{n}"' for n, _ in SCHEMAS[table])


class Store:
    """An eventwire store in a DuckDB file (or ``":memory:"``).

    ``read_only`` stores never migrate or write; opening a read-only store
    whose file does not exist is a :class:`StoreError`. A writable store
    applies pending migrations when it is created.
    """

    def __init__(self, path: str, read_only: bool = False, busy_timeout: float = 2.0,
                 write_timeout: float = 30.0) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.busy_timeout = busy_timeout
        # A coding run waits longer than a reader: readers hold the file for
        # milliseconds, and failing a batch is worse than waiting for them.
        self.write_timeout = write_timeout
        self._memory: duckdb.DuckDBPyConnection | None = None
        # One Store object may be used from two threads of one process (the
        # local runner's worker pool feeds tasks from a thread that checks
        # coded() while the main thread writes). DuckDB connections to one
        # file from concurrent threads are not safe, so each block holds this.
        self._lock = threading.RLock()
        if self.path == ":memory:":
            if read_only:
                raise StoreError("an in-memory store cannot be read-only")
            self._memory = duckdb.connect(":memory:")
        elif read_only and not Path(self.path).exists():
            raise StoreError(f"store {self.path!r} does not exist; code some documents into it first")
        if not read_only:
            self.migrate()

    # -- connections ---------------------------------------------------------

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        timeout = self.busy_timeout if read_only else self.write_timeout
        delay, deadline = 0.02, time.monotonic() + timeout
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except (duckdb.IOException, duckdb.ConnectionException) as e:
                if not _is_busy(e):
                    raise StoreError(f"cannot open store {self.path!r}: {e}") from None
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"store {self.path!r} is locked by another process (a coding run or a reader); "
                        "retry shortly") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for reading, closed when the block ends."""
        with self._lock:
            if self._memory is not None:
                yield self._memory
                return
            con = self._open(self.read_only)
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction, closed when the block ends."""
        if self.read_only:
            raise StoreError(f"store {self.path!r} was opened read-only")
        with self._lock:
            con = self._memory if self._memory is not None else self._open(False)
            try:
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            finally:
                if con is not self._memory:
                    con.close()

    def close(self) -> None:
        if self._memory is not None:
            self._memory.close()
            self._memory = None

    # -- schema --------------------------------------------------------------

    def migrate(self) -> int:
        """Apply pending numbered migrations; return the schema version."""
        files = sorted(MIGRATIONS.glob("[0-9][0-9][0-9]_*.sql"))
        if not files:
            raise StoreError(f"no schema migrations found in {MIGRATIONS}; the installation is incomplete "
                             "(package data eventwire/store/migrations/*.sql is missing)")
        with self.writer() as con:
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
            row = con.execute("SELECT max(version) FROM schema_version").fetchone()
            current = (row[0] if row else None) or 0
            for f in files:
                number = int(f.name[:3])
                if number > current:
                    con.execute(f.read_text(encoding="utf-8"))
                    con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
                    current = number
        return current

    def schema_version(self) -> int:
        with self.reader() as con:
            row = con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0) if row else 0

    # -- writes --------------------------------------------------------------

    def write_documents(
        self, docs: Iterable[Document], pipeline_version: str, batch_size: int = 1000, keep_raw: bool = False
    ) -> dict[str, int]:
        """Upsert documents (and their rows) keyed by id; rejected ones go to rejections.

        A document already stored with the same content hash and pipeline
        version is left alone (``unchanged``); one whose hash or version
        differs has all its rows replaced. Each batch is one transaction.
        """
        totals: dict[str, int] = {}
        batch: dict[str, Document] = {}
        rejected: list[Document] = []

        def flush() -> None:
            rows = rows_for([*batch.values(), *rejected], pipeline_version, keep_raw)
            _add_counts(totals, self._write_tables({t: rows.arrow(t) for t in (*DOC_TABLES, "rejections")}))
            batch.clear()
            rejected.clear()

        for doc in docs:
            if doc.rejection is not None:
                rejected.append(doc)
            else:
                batch[doc.id] = doc  # the last copy of a repeated id wins
            if len(batch) + len(rejected) >= batch_size:
                flush()
        if batch or rejected:
            flush()
        return totals

    def _write_tables(self, tables: dict[str, pa.Table]) -> dict[str, int]:
        with self.writer() as con:
            return self._apply_tables(con, tables)

    @staticmethod
    def _apply_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> dict[str, int]:
        """Upsert one shard or batch of document tables inside the caller's transaction."""
        counts: dict[str, int] = {}
        for t, tbl in tables.items():
            con.register(f"new_{t}", tbl)
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _w AS "
                "SELECT n.id, d.id IS NOT NULL AS existed FROM new_documents n "
                "LEFT JOIN documents d ON d.id = n.id "
                "WHERE d.id IS NULL OR d.content_hash IS DISTINCT FROM n.content_hash "
                "OR d.pipeline_version IS DISTINCT FROM n.pipeline_version"
            )
            w = con.execute("SELECT count(*), count(*) FILTER (WHERE existed) FROM _w").fetchone()
            assert w is not None
            counts["documents"], counts["replaced"] = int(w[0]), int(w[1])
            counts["unchanged"] = tables["documents"].num_rows - counts["documents"]
            con.execute("DELETE FROM documents WHERE id IN (SELECT id FROM _w)")
            con.execute(f"INSERT INTO documents ({_cols('documents')}) "
                        f"SELECT {_cols('documents')} FROM new_documents WHERE id IN (SELECT id FROM _w)")
            for t in DOC_TABLES[1:]:
                con.execute(f"DELETE FROM {t} WHERE doc_id IN (SELECT id FROM _w)")
                if t in tables:
                    con.execute(f"INSERT INTO {t} ({_cols(t)}) "
                                f"SELECT {_cols(t)} FROM new_{t} WHERE doc_id IN (SELECT id FROM _w)")
                    row = con.execute(
                        f"SELECT count(*) FROM new_{t} WHERE doc_id IN (SELECT id FROM _w)").fetchone()
                    counts[t] = int(row[0]) if row else 0
            if "rejections" in tables:
                # Keyed by doc_id + source + reason: a re-run replaces, never duplicates.
                con.execute(
                    "DELETE FROM rejections r USING new_rejections n WHERE r.doc_id IS NOT DISTINCT FROM n.doc_id "
                    "AND r.source IS NOT DISTINCT FROM n.source AND r.reason IS NOT DISTINCT FROM n.reason")
                con.execute(f"INSERT INTO rejections ({_cols('rejections')}) "
                            f"SELECT DISTINCT ON (doc_id, source, reason) {_cols('rejections')} "
                            "FROM new_rejections")
                counts["rejections"] = tables["rejections"].num_rows
            con.execute("DROP TABLE _w")
        finally:
            for t in tables:
                con.unregister(f"new_{t}")
        return counts

    def replace_merged(self, canonical: list[CanonicalEvent], flags: list[Flag]) -> dict[str, int]:
        """Replace the cross-report layer (canonical events and their flags) at once."""
        rows = TableRows()
        for c in canonical:
            rows.add_canonical(c)
        for f in flags:
            rows.add_flag("merged_flags", f)
        with self.writer() as con:
            con.execute("DELETE FROM merged")
            con.execute("DELETE FROM merged_flags")
            for t in ("merged", "merged_flags"):
                con.register(f"new_{t}", rows.arrow(t))
                con.execute(f"INSERT INTO {t} ({_cols(t)}) SELECT {_cols(t)} FROM new_{t}")
                con.unregister(f"new_{t}")
        return {"merged": rows.count("merged"), "merged_flags": rows.count("merged_flags")}

    def load_parquet_shards(self, paths: Iterable[str], per_transaction: int = 1) -> dict[str, int]:
        """Load shards written by :func:`write_shard`, ``per_transaction``
        shards per transaction (applied in order, so the result is the same as
        one transaction per shard; grouping saves DuckDB's per-transaction
        open, commit and close)."""
        totals: dict[str, int] = {}
        for group in _chunks(paths, max(1, per_transaction)):
            loaded = [read_shard(p) for p in group]
            with self.writer() as con:
                for tables in loaded:
                    _add_counts(totals, self._apply_tables(con, tables))
        return totals

    # -- reads ---------------------------------------------------------------

    def coded(self, keys: list[tuple[str, str]], pipeline_version: str) -> set[str]:
        """Ids among ``(doc_id, content_hash)`` already stored with that hash and pipeline version."""
        if not keys:
            return set()
        probe = pa.table({"id": [k[0] for k in keys], "h": [k[1] for k in keys]})
        with self.reader() as con:
            con.register("_probe", probe)
            try:
                rows = con.execute(
                    "SELECT d.id FROM documents d JOIN _probe p ON d.id = p.id AND d.content_hash = p.h "
                    "WHERE d.pipeline_version = ?", [pipeline_version]).fetchall()
            finally:
                con.unregister("_probe")
        return {r[0] for r in rows}

    def all_events(self, chunk: int = 5000) -> Iterator[Event]:
        """Every stored event, in document order, rebuilt from its record."""
        with self.reader() as con:
            cur = con.execute("SELECT record FROM events ORDER BY doc_id, sentence_index, event_id")
            while True:
                rows = cur.fetchmany(chunk)
                if not rows:
                    break
                for (rec,) in rows:
                    yield event_from_dict(json.loads(rec))

    def doc_meta(self) -> dict[str, dict[str, Any]]:
        """published, source, title and url of every document, by id
        (published: the document's own date, else the report's day its dated dateline gave)."""
        with self.reader() as con:
            rows = con.execute("SELECT id, coalesce(published, CAST(published_day AS VARCHAR)), source, title, url FROM documents").fetchall()
        return {r[0]: {"published": r[1], "source": r[2], "title": r[3], "url": r[4]} for r in rows}

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        with self.reader() as con:
            return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                    for t in (*DOC_TABLES, "rejections", "merged", "merged_flags")}


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    group: list[str] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def read_shard(path: str) -> dict[str, pa.Table]:
    """The tables of a shard written by :func:`write_shard`, cast to the store's schema."""
    d = Path(path)
    if not (d / "documents.parquet").exists():
        raise StoreError(f"{path!r} is not an eventwire shard (no documents.parquet)")
    tables = {}
    for t in (*DOC_TABLES, "rejections"):
        f = d / f"{t}.parquet"
        if f.exists():
            tables[t] = pq.read_table(f).cast(pa.schema([pa.field(n, ty) for n, ty in SCHEMAS[t]]))
    return tables


def _add_counts(totals: dict[str, int], more: dict[str, int]) -> None:
    for k, v in more.items():
        totals[k] = totals.get(k, 0) + v


def write_shard(docs: Iterable[Document], path: str, pipeline_version: str, keep_raw: bool = False) -> dict[str, int]:
    """Write documents as a shard: a directory with one Parquet file per table.

    The rows are exactly those :meth:`Store.write_documents` would write;
    :meth:`Store.load_parquet_shards` loads them (used by the Ray runner)."""
    unique: dict[str, Document] = {}
    rejected: list[Document] = []
    for doc in docs:
        if doc.rejection is not None:
            rejected.append(doc)
        else:
            unique[doc.id] = doc
    rows = rows_for([*unique.values(), *rejected], pipeline_version, keep_raw)
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for t in (*DOC_TABLES, "rejections"):
        pq.write_table(rows.arrow(t), out / f"{t}.parquet")
        counts[t] = rows.count(t)
    return counts

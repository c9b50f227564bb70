"""The DuckDB store: migrations, idempotent upserts, replacement, rejections, coded(), shards."""

from __future__ import annotations

import copy
import shutil
import time
from pathlib import Path

import duckdb
import pytest
from fixtures.fixture_store import PIPELINE_VERSION, build_fixture_store, fixture_documents, fixture_merged

from eventwire.errors import StoreError
from eventwire.records import Document, event_from_dict, to_dict
from eventwire.store import Store, StoreBusyError, write_shard
from eventwire.store import store as store_mod
from eventwire.store.rows import claim_dict, event_dict, flag_dict


def _rows(path: str, table: str, order: str) -> list[tuple]:
    con = duckdb.connect(path, read_only=True)
    try:
        cols = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in ("coded_at", "at")]
        return con.execute(f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} "
                           f"FROM {table} ORDER BY {order}").fetchall()
    finally:
        con.close()


def _bad(doc_id: str = "bad-1") -> Document:
    return Document(id=doc_id, source="in/bad.bin").reject("binary", "NUL bytes at offset 3", "ingest")


def test_migrations_apply_once_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "s.duckdb")
    s = Store(path)
    assert s.schema_version() == 1
    assert Store(path).schema_version() == 1  # reopening applies nothing twice
    # A later numbered migration is applied on the next open, after 001.
    mig = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS, mig)
    (mig / "002_note.sql").write_text("ALTER TABLE documents ADD COLUMN note VARCHAR;", encoding="utf-8")
    monkeypatch.setattr(store_mod, "MIGRATIONS", mig)
    assert Store(path).migrate() == 2
    con = duckdb.connect(path, read_only=True)
    assert [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()] == [1, 2]
    assert "note" in [c[0] for c in con.execute("DESCRIBE documents").fetchall()]
    con.close()


def test_rewrite_is_idempotent(tmp_path: Path) -> None:
    path = str(tmp_path / "s.duckdb")
    s = Store(path)
    docs = fixture_documents()
    first = s.write_documents([*docs, _bad()], "pv1")
    assert first["documents"] == len(docs) and first["rejections"] == 1
    counts = s.counts()
    events = _rows(path, "events", "event_id")
    second = s.write_documents([*copy.deepcopy(docs), _bad()], "pv1")
    assert second["unchanged"] == len(docs) and second["documents"] == 0
    assert s.counts() == counts
    assert _rows(path, "events", "event_id") == events
    assert counts["events"] == sum(len(d.events) for d in docs)
    assert counts["documents"] == len(docs)  # including the one with no events


def test_changed_content_replaces_rows(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "s.duckdb"))
    docs = fixture_documents()
    s.write_documents(docs, "pv1")
    before = s.counts()
    changed = copy.deepcopy(docs[0])
    changed.content_hash = "changed"
    changed.events = changed.events[:1]
    changed.events[0].event_id = "new-id"
    changed.flags = []
    out = s.write_documents([changed], "pv1")
    assert out == {**out, "documents": 1, "replaced": 1, "events": 1}
    after = s.counts()
    assert after["documents"] == before["documents"]
    assert after["events"] == before["events"] - len(docs[0].events) + 1
    assert after["flags"] == before["flags"] - 1
    ids = {e.event_id for e in s.all_events()}
    assert "new-id" in ids and not {e.event_id for e in docs[0].events} & ids
    # A new pipeline version also replaces (same hash).
    assert s.write_documents([changed], "pv2")["replaced"] == 1
    assert s.coded([(changed.id, "changed")], "pv2") == {changed.id}


def test_rejections_are_keyed_and_not_documents(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "s.duckdb"))
    s.write_documents([_bad(), _bad()], "pv1")
    s.write_documents([_bad()], "pv1")
    other = Document(id="bad-1", source="in/bad.bin").reject("empty", "0 bytes", "ingest")
    s.write_documents([other], "pv1")
    c = s.counts()
    assert c["rejections"] == 2 and c["documents"] == 0


def test_coded_returns_only_matching_hash_and_version(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "s.duckdb"))
    docs = fixture_documents()
    s.write_documents(docs, "pv1")
    keys = [(d.id, d.content_hash) for d in docs]
    assert s.coded(keys, "pv1") == {d.id for d in docs}
    assert s.coded(keys, "other") == set()
    assert s.coded([(docs[0].id, "stale"), ("unknown", "x")], "pv1") == set()
    assert s.coded([], "pv1") == set()


def test_records_round_trip_exactly(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "s.duckdb"))
    docs = fixture_documents()
    s.write_documents(docs, "pv1")
    stored = {e.event_id: e for e in s.all_events()}
    for d in docs:
        for e in d.events:
            assert to_dict(stored[e.event_id]) == to_dict(e)
    meta = s.doc_meta()
    assert meta["alliance-1"]["published"] == "2024-05-10" and meta["quiet-1"]["title"]


def test_fast_serialisers_match_to_dict() -> None:
    docs = fixture_documents()
    for d in docs:
        for e in d.events:
            e.extra = {"k": [1, "x"], "n": None}
            assert event_dict(e) == to_dict(e)
            assert event_from_dict(event_dict(e)) == e
        for c in d.claims:
            assert claim_dict(c) == to_dict(c)
        for f in d.flags:
            assert flag_dict(f) == to_dict(f)


def test_replace_merged(tmp_path: Path) -> None:
    s = Store(str(tmp_path / "s.duckdb"))
    docs = fixture_documents()
    canon, flags = fixture_merged(docs)
    assert s.replace_merged(canon, flags) == {"merged": len(canon), "merged_flags": 1}
    assert s.replace_merged(canon[:2], []) == {"merged": 2, "merged_flags": 0}
    assert s.counts()["merged"] == 2


def test_shards_round_trip(tmp_path: Path) -> None:
    docs = fixture_documents()
    direct = str(tmp_path / "direct.duckdb")
    Store(direct).write_documents([*docs, _bad()], PIPELINE_VERSION)
    write_shard(docs[:3], str(tmp_path / "shard-0"), PIPELINE_VERSION)
    write_shard([*docs[3:], _bad()], str(tmp_path / "shard-1"), PIPELINE_VERSION)
    loaded = str(tmp_path / "loaded.duckdb")
    s = Store(loaded)
    totals = s.load_parquet_shards([str(tmp_path / "shard-0"), str(tmp_path / "shard-1")])
    assert totals["documents"] == len(docs) and totals["rejections"] == 1
    for table, order in (("documents", "id"), ("events", "event_id"), ("mentions", "doc_id, idx"),
                         ("claims", "claim_id"), ("flags", "flag_id"), ("rejections", "doc_id")):
        assert _rows(loaded, table, order) == _rows(direct, table, order), table
    # Loading the same shards again changes nothing.
    assert s.load_parquet_shards([str(tmp_path / "shard-0")])["unchanged"] == 3
    with pytest.raises(StoreError):
        s.load_parquet_shards([str(tmp_path)])


def test_read_only_rules(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(str(tmp_path / "missing.duckdb"), read_only=True)
    path = str(tmp_path / "s.duckdb")
    Store(path)
    ro = Store(path, read_only=True)
    with pytest.raises(StoreError):
        ro.write_documents(fixture_documents(), "pv1")


def test_locked_store_raises_busy_after_retrying(tmp_path: Path) -> None:
    path = str(tmp_path / "s.duckdb")
    Store(path)
    holder = duckdb.connect(path)  # a writer holding the file
    try:
        reader = Store(path, read_only=True, busy_timeout=0.2)
        t = time.monotonic()
        with pytest.raises(StoreBusyError), reader.reader():
            pass
        assert time.monotonic() - t >= 0.15  # it retried before giving up
    finally:
        holder.close()
    with Store(path, read_only=True).reader() as con:  # released: reading works again
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_memory_store_and_fixture_builder(tmp_path: Path) -> None:
    m = Store(":memory:")
    m.write_documents(fixture_documents(), "pv1")
    assert m.counts()["events"] == 11
    info = build_fixture_store(tmp_path / "f.duckdb")
    again = build_fixture_store(tmp_path / "f.duckdb")
    assert again["counts"]["unchanged"] == len(info["docs"])


def test_write_throughput(tmp_path: Path) -> None:
    base = fixture_documents()
    docs = []
    for i in range(2000):
        d = copy.deepcopy(base[i % len(base)])
        d.id = f"{d.id}-{i}"
        for e in d.events:
            e.doc_id, e.event_id = d.id, f"{e.event_id}-{i}"
        docs.append(d)
    s = Store(str(tmp_path / "s.duckdb"))
    t = time.perf_counter()
    s.write_documents(docs, "pv1")
    rate = len(docs) / (time.perf_counter() - t)
    print(f"store write: {rate:.0f} documents/s")
    # Thousands per second on an idle core; the bound leaves room for a busy CI box.
    assert rate > 300

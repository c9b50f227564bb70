"""Exports of the fixture store: JSONL, CSV, Parquet (read back by pandas and DuckDB), PLOVER, GDELT."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from fixtures.fixture_store import build_fixture_store

from eventwire.errors import QueryError
from eventwire.export import GDELT_COLUMNS, cameo_codes, export, global_id, goldstein
from eventwire.query import EventFilter
from eventwire.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("export") / "fixture.duckdb"
    build_fixture_store(path)
    return Store(str(path), read_only=True)


def _text(store: Store, fmt: str, filt: EventFilter | None = None, merged: bool = False) -> tuple[int, str]:
    buf = io.StringIO()
    n = export(store, fmt, buf, filt or EventFilter(), merged=merged)
    return n, buf.getvalue()


def test_jsonl_is_the_event_contract(store: Store) -> None:
    n, out = _text(store, "jsonl")
    lines = [json.loads(x) for x in out.splitlines()]
    assert n == len(lines) == 11
    for ev in lines:
        assert {"event_id", "doc_id", "sentence_index", "evidence", "event_type", "mode", "context", "cameo_code",
                "source", "target", "date", "location", "confidence", "quad_class", "doc_title"} <= set(ev)
    # The filter applies; limit and offset do not (an export is the whole selection).
    n, out = _text(store, "jsonl", EventFilter.from_params({"country": "PRK", "limit": "1"}))
    assert n == 4 and len(out.splitlines()) == 4


def test_jsonl_merged(store: Store) -> None:
    n, out = _text(store, "jsonl", merged=True)
    first = [json.loads(x) for x in out.splitlines()]
    assert n == 10 and {"canonical_id", "event_ids", "doc_ids", "mentions", "sources"} <= set(first[0])


def test_csv(store: Store) -> None:
    n, out = _text(store, "csv", EventFilter.from_params({"type": "ACCUSE"}))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == 1 and rows[0]["event_type"] == "ACCUSE" and rows[0]["source_country"] == "KOR"
    assert "<img src=x onerror=alert(1)>" in rows[0]["evidence"]  # text is exported as is
    n, out = _text(store, "csv", merged=True)
    assert n == 10 and out.splitlines()[0].startswith("canonical_id,event_type")


def test_parquet_reads_back_with_pandas_and_duckdb(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(store, "parquet", str(path), EventFilter()) == 11
    df = pd.read_parquet(path)
    assert len(df) == 11 and df["lat"].dtype == "float64"
    assert set(df["event_type"]) >= {"AGREE", "THREATEN", "AID"}
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?) WHERE source_country = 'USA'",
                       [str(path)]).fetchone() == (3,)
    merged = tmp_path / "merged.parquet"
    assert export(store, "parquet", str(merged), EventFilter(), merged=True) == 10
    assert pd.read_parquet(merged)["mentions"].max() == 2
    empty = tmp_path / "empty.parquet"
    assert export(store, "parquet", str(empty), EventFilter.from_params({"type": "RETREAT"})) == 0
    assert list(pd.read_parquet(empty).columns)[0] == "event_id"  # schema kept when empty
    buf = io.BytesIO()
    export(store, "parquet", buf, EventFilter())
    assert len(pd.read_parquet(io.BytesIO(buf.getvalue()))) == 11


def test_plover_field_names(store: Store) -> None:
    n, out = _text(store, "plover", EventFilter.from_params({"type": "AID"}))
    rec = json.loads(out)
    assert n == 1
    assert {"id", "date", "source", "recipient", "event", "mode", "context", "event_loc", "event_text",
            "quad_code", "text", "text_info", "cite_info", "coder"} <= set(rec)
    assert rec["event"] == ["AID"] and rec["quad_code"] == 2 and rec["event_text"] == ["aid"]
    assert rec["source"] == [{"code": "JPN", "sector": "GOV", "actor_text": "Japan", "identifier_text": "Japan"}]
    assert rec["recipient"][0]["code"] == "UKR"
    assert rec["event_loc"] == {"name": "Kyiv", "latitude": 50.4501, "longitude": 30.5234, "cc3": "UKR"}
    assert rec["cite_info"]["url"] == "https://news.example/sanction-1"
    n, out = _text(store, "plover", merged=True)
    recs = [json.loads(x) for x in out.splitlines()]
    agree = next(r for r in recs if r["id"] == "m-agree-1")
    assert agree["source"] == [{"code": "USA"}] and agree["num_sources"] == 2 and agree["quad_code"] == 1


def test_gdelt_table(store: Store) -> None:
    n, out = _text(store, "gdelt")
    lines = out.splitlines()
    assert n == 11 and len(lines) == 12
    header = lines[0].split("\t")
    assert header == GDELT_COLUMNS
    for col in ("GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2CountryCode",
                "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL"):
        assert col in header
    rows = [dict(zip(header, x.split("\t"), strict=True)) for x in lines[1:]]
    aid = next(r for r in rows if r["EW_EventId"] == "sanction-1-e1")
    assert aid["SQLDATE"] == "20240703" and aid["Actor1Code"] == "JPNGOV" and aid["Actor2CountryCode"] == "UKR"
    assert aid["EventCode"] == "073" and aid["EventRootCode"] == "07" and aid["QuadClass"] == "2"
    assert aid["GoldsteinScale"] == "7" and aid["ActionGeo_FullName"] == "Kyiv" and aid["ActionGeo_Lat"] == "50.4501"
    assert int(aid["GLOBALEVENTID"]) == global_id("sanction-1-e1")
    mob = next(r for r in rows if r["EW_PloverType"] == "MOBILIZE")
    assert mob["Actor2Code"] == "" and mob["QuadClass"] == "4"
    n, out = _text(store, "gdelt", merged=True)
    mrows = [dict(zip(header, x.split("\t"), strict=True)) for x in out.splitlines()[1:]]
    agree = next(r for r in mrows if r["EW_EventId"] == "m-agree-1")
    assert agree["NumMentions"] == "2" and agree["NumSources"] == "2" and agree["EventRootCode"] == "03"


def test_gdelt_helpers() -> None:
    assert cameo_codes("ASSAULT", None) == ("180", "180", "18")
    assert cameo_codes("CONSULT", "0421") == ("0421", "042", "04")
    assert goldstein("0421") == 1.0 and goldstein(None) is None
    assert 0 < global_id("x") < 2**60 and global_id("x") == global_id("x")


def test_unknown_format(store: Store) -> None:
    with pytest.raises(QueryError):
        export(store, "xml", io.StringIO(), EventFilter())


def test_export_to_path(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.tsv"
    assert export(store, "gdelt", str(out), EventFilter()) == 11
    assert out.read_text(encoding="utf-8").startswith("GLOBALEVENTID\t")


def test_export_limit_caps_records(store: Store) -> None:
    buf = io.StringIO()
    assert export(store, "jsonl", buf, EventFilter(), limit=3) == 3
    assert len(buf.getvalue().splitlines()) == 3


def test_story_date_goes_with_every_event(store: Store) -> None:
    # an event the text does not date keeps date null but carries the report's
    # day; GDELT's SQLDATE falls back to it, as GDELT does
    n, out = _text(store, "jsonl")
    by_id = {d["event_id"]: d for d in map(json.loads, out.splitlines())}
    assert by_id["sanction-1-e2"]["date"] is None and by_id["sanction-1-e2"]["story_date"] == "2024-07-03"
    assert by_id["threat-1-e0"]["date"] == "2024-06-19" and by_id["threat-1-e0"]["story_date"] == "2024-06-20"
    _, out = _text(store, "plover")
    assert {json.loads(x)["story_date"] for x in out.splitlines()} >= {"2024-07-03", "2024-06-20"}
    _, out = _text(store, "csv")
    assert "story_date" in out.splitlines()[0].split(",")
    _, out = _text(store, "gdelt")
    header, *lines = out.splitlines()
    rows = [dict(zip(header.split("\t"), x.split("\t"), strict=True)) for x in lines]
    assert next(r for r in rows if r["EW_EventId"] == "sanction-1-e2")["SQLDATE"] == "20240703"

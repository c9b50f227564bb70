"""The query layer's parameter validation: only QueryError, naming the parameter, for any input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import QueryError
from eventwire.query import EVENT_PARAMS, MERGED_SORTS, EventFilter, parse_page

_value = st.one_of(st.none(), st.text(max_size=40), st.integers(-10**30, 10**30).map(str),
                   st.sampled_from(["AGREE", "verbal_conflict", "2024-02-29", "0,0,10,10", "-date", "USA,KOR"]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(EVENT_PARAMS), _value, max_size=6))
def test_from_params_raises_only_query_errors(params: dict[str, str | None]) -> None:
    try:
        f = EventFilter.from_params(params)
    except QueryError as e:
        assert getattr(e, "param", None) in EVENT_PARAMS and e.code == "E005"
        return
    assert 0 <= f.limit <= 1000 and f.offset >= 0
    sql, args = f.where()
    assert sql.count("?") == len(args)  # user values only ever travel as parameters


def test_from_params_normalises() -> None:
    f = EventFilter.from_params({"type": "agree, consult", "country": "usa,kor", "since": "2024-01-01",
                                 "bbox": "170,-10,-170,10", "limit": "7", "sort": "confidence"})
    assert f.types == ("AGREE", "CONSULT") and f.country == ("USA", "KOR")
    assert f.since == dt.date(2024, 1, 1) and f.bbox == (170.0, -10.0, -170.0, 10.0) and f.limit == 7
    assert "OR" in f.where()[0]  # the box crosses the antimeridian
    assert EventFilter.from_params({"sort": "-mentions"}, sorts=MERGED_SORTS).sort == "-mentions"
    with pytest.raises(QueryError):
        EventFilter.from_params({"sort": "-mentions"})
    with pytest.raises(QueryError) as e:
        EventFilter.from_params({"q": "a\x00b"})
    assert e.value.param == "q"  # type: ignore[attr-defined]
    assert parse_page({}) == (50, 0) and parse_page({"limit": "1000", "offset": "3"}) == (1000, 3)

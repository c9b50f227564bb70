"""Cross-report merging (eventwire.claims.merge) and commitments over time."""

from __future__ import annotations

import importlib.util
import random
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.claims import merge_events, summarize_claims
from eventwire.records import Actor, Claim, Event, Location

TESTS = Path(__file__).resolve().parent


def _corpus():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_run", TESTS / "corpus" / "corpus_run.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def ev(
    eid: str,
    doc: str,
    etype: str,
    src: str | None,
    tgt: str | None,
    date: str | None,
    evidence: str = "",
    place: Location | None = None,
) -> Event:
    return Event(
        event_id=eid,
        doc_id=doc,
        sentence_index=0,
        evidence=evidence or f"{src} {etype} {tgt}",
        event_type=etype,
        source=Actor(src, src, src) if src else None,
        target=Actor(tgt, tgt, tgt) if tgt else None,
        date=date,
        location=place,
        confidence=0.6,
    )


def meta(*docs: tuple[str, str, str]) -> dict[str, dict]:
    return {d: {"published": pub, "source": f"https://{outlet}/{d}", "title": d} for d, pub, outlet in docs}


META = meta(
    ("d1", "2024-03-02", "a.example"),
    ("d2", "2024-03-02", "b.example"),
    ("d3", "2024-03-03", "c.example"),
    ("d4", "2024-03-20", "d.example"),
)


def groups(canon) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return sorted((set(c.event_ids) for c in canon), key=lambda s: sorted(s))


def test_same_event_from_three_outlets_merges_once() -> None:
    events = [
        ev("a", "d1", "SANCTION", "USA", "RUS", "2024-03-01"),
        ev("b", "d2", "SANCTION", "USA", "RUS", "2024-03-01"),
        ev("c", "d3", "SANCTION", "USA", None, "2024-03-02"),
        ev("x", "d2", "SANCTION", "GBR", "RUS", "2024-03-01"),  # another sanctioning country
        ev("y", "d4", "SANCTION", "USA", "RUS", "2024-03-19"),  # weeks later: another package
    ]
    canon, flags = merge_events(events, META)
    assert groups(canon) == [{"a", "b", "c"}, {"x"}, {"y"}]
    big = next(c for c in canon if c.mentions == 3)
    assert big.doc_ids == ["d1", "d2", "d3"] and big.sources == 3
    assert (big.source_country, big.target_country, big.date) == ("USA", "RUS", "2024-03-01")
    assert (big.first_report, big.last_report) == ("2024-03-02", "2024-03-03")
    # one day apart is within the window, but the reports disagree on the date
    assert [f.kind for f in flags] == ["cross_report_date"]
    assert "2024-03-01" in flags[0].explanation and "2024-03-02" in flags[0].explanation
    assert flags[0].a.doc_id != flags[0].b.doc_id


def test_ids_are_deterministic_and_order_free() -> None:
    events = [ev(f"e{i}", f"d{i % 3 + 1}", "CONSULT", "KOR", "USA", "2024-03-01") for i in range(6)]
    first, _ = merge_events(events, META)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    second, _ = merge_events(shuffled, META)
    assert [c.canonical_id for c in first] == [c.canonical_id for c in second]
    assert len(first) == 1 and first[0].mentions == 6


def test_symmetric_types_merge_in_either_order_others_do_not() -> None:
    events = [
        ev("m1", "d1", "CONSULT", "KOR", "USA", "2024-03-01"),
        ev("m2", "d2", "CONSULT", "USA", "KOR", "2024-03-01"),
        ev("s1", "d1", "SANCTION", "USA", "RUS", "2024-03-01"),
        ev("s2", "d2", "SANCTION", "RUS", "USA", "2024-03-01"),  # a counter-sanction
    ]
    canon, flags = merge_events(events, META)
    assert groups(canon) == [{"m1", "m2"}, {"s1"}, {"s2"}]
    assert flags == []


def test_compatible_types_and_same_document() -> None:
    events = [
        ev("p1", "d1", "AGREE", "USA", "KOR", "2024-03-01"),
        ev("p2", "d2", "SUPPORT", "USA", "KOR", "2024-03-01"),
        ev("q1", "d1", "ACCUSE", "USA", "KOR", "2024-03-01"),
        # two events of one report are never linked directly
        ev("r1", "d3", "ASSAULT", "ISR", "LBN", "2024-03-02"),
        ev("r2", "d3", "ASSAULT", "ISR", "LBN", "2024-03-02"),
    ]
    canon, _ = merge_events(events, META)
    assert groups(canon) == [{"p1", "p2"}, {"q1"}, {"r1"}, {"r2"}]


def test_null_dates_use_the_publication_window() -> None:
    events = [
        ev("a", "d1", "THREATEN", "PRK", "USA", "2024-02-29"),
        ev("b", "d2", "THREATEN", "PRK", "USA", None),  # published 03-02: may be 02-28..03-02
        ev("c", "d4", "THREATEN", "PRK", "USA", None),  # published 03-20: too late
    ]
    canon, flags = merge_events(events, META)
    assert groups(canon) == [{"a", "b"}, {"c"}]
    assert flags == []


def test_places_in_different_countries_do_not_merge_and_near_names_flag() -> None:
    seoul = Location("Seoul", "KOR", 37.57, 126.98)
    busan = Location("Busan", "KOR", 35.18, 129.08)
    tokyo = Location("Tokyo", "JPN", 35.68, 139.69)
    events = [
        ev("a", "d1", "PROTEST", "KOR", "JPN", "2024-03-01", place=seoul),
        ev("b", "d2", "PROTEST", "KOR", "JPN", "2024-03-01", place=busan),
        ev("c", "d3", "PROTEST", "KOR", "JPN", "2024-03-01", place=tokyo),
    ]
    canon, flags = merge_events(events, META)
    assert groups(canon) == [{"a", "b"}, {"c"}]
    assert [f.kind for f in flags] == ["cross_report_place"]
    assert "Seoul" in flags[0].explanation and "Busan" in flags[0].explanation


def test_number_disagreement_with_spelled_numbers() -> None:
    events = [
        ev(
            "a", "d1", "ASSAULT", "RUS", "UKR", "2024-03-01", "Russia fired three cruise missiles at Kharkiv."
        ),
        ev("b", "d2", "ASSAULT", "RUS", "UKR", "2024-03-01", "Russia launched 3 missiles at the city."),
        ev(
            "c",
            "d3",
            "ASSAULT",
            "RUS",
            "UKR",
            "2024-03-01",
            "Russian forces fired seven missiles, killing 2 people.",
        ),
    ]
    canon, flags = merge_events(events, META)
    assert len(canon) == 1
    assert [f.kind for f in flags] == ["cross_report_number"]
    assert "3 missile" in flags[0].explanation and "7" in flags[0].explanation
    assert {flags[0].a.doc_id, flags[0].b.doc_id} == {"d1", "d3"}


def test_undated_unattributed_events_stay_alone() -> None:
    events = [ev("a", "d1", "ASSAULT", None, None, None), ev("b", "dX", "ASSAULT", "USA", None, None)]
    canon, flags = merge_events(events, META)
    assert groups(canon) == [{"a"}, {"b"}] and flags == []


def test_scales_to_100k_events() -> None:
    rng = random.Random(3)
    codes = [f"C{i:02d}" for i in range(60)]
    types = ["CONSULT", "ASSAULT", "SANCTION", "ACCUSE", "AGREE", "THREATEN"]
    n_docs = 20_000
    doc_meta = {
        f"d{i}": {"published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": f"o{i % 50}"}
        for i in range(n_docs)
    }
    events = []
    for i in range(100_000):
        d = f"d{rng.randrange(n_docs)}"
        pub = doc_meta[d]["published"]
        date = pub if rng.random() < 0.8 else None
        a, b = rng.sample(codes, 2)
        events.append(ev(f"e{i}", d, rng.choice(types), a, b, date))
    t = time.perf_counter()
    canon, _ = merge_events(events, doc_meta)
    took = time.perf_counter() - t
    assert sum(c.mentions for c in canon) == 100_000
    assert len(canon) < 100_000  # some reports do coincide
    assert took < 30, f"merging 100k events took {took:.1f}s"


# --- the team corpus (real pipeline) --------------------------------------


def test_corpus_merges_and_cross_report_flags() -> None:
    corpus = _corpus()
    _, canon, flags = corpus.run_corpus()
    expected = corpus.load_expected()
    for exp in expected["merges"]:
        hits = [c for c in canon if c.event_type in exp["types"] and set(exp["docs"]) <= set(c.doc_ids)]
        assert hits, f"missing merge: {exp['what']}"
    found = []
    for exp in expected["cross_report_flags"]:
        left, right = (set(x) for x in exp["docs"])
        hit = [
            f
            for f in flags
            if f.kind == exp["kind"]
            and {f.a.doc_id, f.b.doc_id} & left
            and {f.a.doc_id, f.b.doc_id} & right
            and all(m in f.explanation for m in exp["mentions"])
        ]
        assert hit, f"missing {exp}: {[f.explanation for f in flags]}"
        found.extend(hit)
    # no other cross-report flag
    assert len(flags) == len({f.flag_id for f in found}), [f.explanation for f in flags]


# --- commitments over time ------------------------------------------------


def _claim(
    cid: str, date: str, subject: str, kind: str = "pledge", polarity: str = "asserted", tgt: str = "KOR"
) -> Claim:
    return Claim(
        claim_id=cid,
        doc_id=f"doc-{cid}",
        kind=kind,
        actor=Actor("U.S.", "United States", "USA"),
        target=Actor(tgt, tgt, tgt),
        subject=subject,
        date=date,
        evidence=f"evidence {cid}: {subject}",
        polarity=polarity,
    )


def test_summarize_claims_marks_changes() -> None:
    claims = [
        _claim("c3", "2024-06-01", "defend KOR with all capabilities including non-nuclear"),
        _claim("c1", "2023-04-26", "defend KOR with some capabilities"),
        _claim("c2", "2023-09-10", "defend KOR with all capabilities including nuclear"),
        _claim("c4", "2024-07-01", "defend KOR", polarity="negated"),
        _claim("t1", "2024-01-05", "strike JPN bases", kind="threat", tgt="JPN"),
        _claim("old", "2022-01-01", "defend KOR"),
    ]
    out = summarize_claims(claims, actor="USA", target="KOR", since="2023-01-01")
    assert len(out) == 1
    g = out[0]
    assert (g["subject"], g["count"], g["first_date"], g["last_date"]) == (
        "defend KOR",
        4,
        "2023-04-26",
        "2024-07-01",
    )
    assert [c["claim_id"] for c in g["claims"]] == ["c1", "c2", "c3", "c4"]
    whats = [(c["date"], c["what"]) for c in g["changes"]]
    assert whats[0] == ("2023-04-26", "first pledge")
    assert ("2023-09-10", "strengthened: extent partial -> full") in whats
    assert ("2023-09-10", "qualifier added: nuclear nuclear") in whats
    assert ("2024-06-01", "qualifier changed: nuclear nuclear -> non_nuclear") in whats
    assert any(d == "2024-07-01" and w.startswith("polarity flip") for d, w in whats)
    everything = summarize_claims(claims)
    threat = next(x for x in everything if x["target"] == "JPN")
    assert threat["changes"][0]["what"] == "first threat"


# --- property: merging partitions the events ------------------------------


_EVENT = st.tuples(
    st.sampled_from(["d1", "d2", "d3", "d4"]),
    st.sampled_from(["CONSULT", "AGREE", "SUPPORT", "ASSAULT", "SANCTION"]),
    st.sampled_from(["USA", "KOR", "PRK", None]),
    st.sampled_from(["USA", "KOR", "PRK", None]),
    st.sampled_from(["2024-03-01", "2024-03-02", "2024-03-04", None]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_EVENT, max_size=25))
def test_merge_partitions_events(specs: list[tuple]) -> None:  # type: ignore[type-arg]
    events = [ev(f"e{i}", d, t, s, g, date) for i, (d, t, s, g, date) in enumerate(specs)]
    canon, flags = merge_events(events, META)
    ids = [i for c in canon for i in c.event_ids]
    assert sorted(ids) == sorted(e.event_id for e in events)
    assert sum(c.mentions for c in canon) == len(events)
    assert len({c.canonical_id for c in canon}) == len(canon)
    for c in canon:
        assert c.sources <= len(c.doc_ids) <= c.mentions
    for f in flags:
        assert f.kind.startswith("cross_report_") and f.a.doc_id != f.b.doc_id


def test_chains_through_an_open_event_never_join_different_dyads_or_days() -> None:
    # "KOR -> ?" (no target) matches "KOR -> PRK" and "KOR -> JPN" alike, and an
    # undated report spans several days; neither may chain those into one event
    events = [
        ev("a", "d1", "ACCUSE", "KOR", "PRK", "2024-03-01"),
        ev("b", "d2", "ACCUSE", "KOR", None, None),
        ev("c", "d3", "ACCUSE", "KOR", "JPN", "2024-03-02"),
        ev("x", "d1", "THREATEN", "PRK", "USA", "2024-02-28"),
        ev("y", "d2", "THREATEN", "PRK", "USA", None),  # published 03-02: 02-28..03-02
        ev("z", "d3", "THREATEN", "PRK", "USA", "2024-03-03"),
    ]
    canon, _ = merge_events(events, META)
    got = groups(canon)
    assert not any({"a", "c"} <= g for g in got)
    assert not any({"x", "z"} <= g for g in got)
    assert sum(len(g) for g in got) == 6


def test_a_headline_and_its_lede_are_one_event() -> None:
    head = ev("h1", "d5", "MOBILIZE", "PRK", None, "2024-03-02")
    head.section = "title"
    events = [
        head,
        ev("h2", "d5", "MOBILIZE", "PRK", None, "2024-03-02"),
        # another type in the headline, or two body mentions, stay apart
        ev("h3", "d5", "ACCUSE", "KOR", "PRK", "2024-03-02"),
        ev("h4", "d6", "ASSAULT", "ISR", "LBN", "2024-03-02"),
        ev("h5", "d6", "ASSAULT", "ISR", "LBN", "2024-03-02"),
    ]
    canon, _ = merge_events(events, META)
    assert groups(canon) == [{"h1", "h2"}, {"h3"}, {"h4"}, {"h5"}]

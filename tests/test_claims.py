"""Claims stage: headline/subhead vs body contradictions and claims.

The seed page and the team corpus run through the real pipeline; the unit
tests build documents by hand (compose_text + the nlp stage, actors and
events appended by hand) so they do not depend on the other stages.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.claims import ClaimStage, find_contradictions, make_claims
from eventwire.claims.figures import day_mentions, figure_map
from eventwire.nlp import NlpStage
from eventwire.records import Actor, Article, Document, Event, Span, compose_text

TESTS = Path(__file__).resolve().parent
SHARED = TESTS.parents[0].parent / "shared"
SEED = SHARED / "seed"


def _corpus():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_run", TESTS / "corpus" / "corpus_run.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_NLP = NlpStage()


def make_doc(title: str | None, subheads: list[str], body: list[str], doc_id: str = "t") -> Document:
    art = Article(title=title, subheads=subheads, body=body)
    text, sections = compose_text(art)
    doc = Document(
        id=doc_id, source="test", article=art, text=text, sections=sections, published="2024-05-02"
    )
    return _NLP(doc)


def actor_at(doc: Document, surface: str, country: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    return Actor(text=surface, name=surface, country=country, start=start, end=start + len(surface))


# --- the seed page --------------------------------------------------------


def _seed_doc_by_hand() -> Document:
    """The seed text split by its layout: headline, byline, three subheads, body."""
    lines = [x.strip() for x in (SEED / "article.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    return make_doc(lines[0], lines[2:5], lines[5:-1], "seed")


def _check_seed_flags(doc: Document) -> None:
    subheads = [s for s in doc.sentences if s.section == "subhead"]
    assert len(subheads) == 3
    third = subheads[2]
    on_third = [f for f in doc.flags if f.a.start == third.start]
    kinds = {f.kind for f in on_third}
    assert {"actor_mismatch", "qualifier"} <= kinds
    actor = next(f for f in on_third if f.kind == "actor_mismatch")
    assert "PRK" in actor.explanation and "KOR" in actor.explanation
    assert "defended" in actor.explanation
    assert actor.b.section == "body" and "South Korea" in actor.b.text
    qual = next(f for f in on_third if f.kind == "qualifier")
    assert "'nuclear'" in qual.explanation and "non-nuclear" in qual.explanation
    # subheads 1 and 2 and the headline agree with the body
    for s in subheads[:2] + [x for x in doc.sentences if x.section == "title"]:
        assert not [f for f in doc.flags if f.a.start == s.start], s.text


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")
def test_seed_flags_without_other_stages() -> None:
    doc = ClaimStage()(_seed_doc_by_hand())
    assert doc.ok
    _check_seed_flags(doc)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")
@pytest.mark.parametrize("name,kind", [("article.txt", "text"), ("article.html", "html")])
def test_seed_flags_real_pipeline(name: str, kind: str) -> None:
    from eventwire.pipeline import Pipeline

    raw = (SEED / name).read_text(encoding="utf-8")
    doc = Pipeline()(Document(id="seed", source=name, raw=raw, content_type=kind))
    assert doc.ok, doc.rejection
    _check_seed_flags(doc)
    defend = [c for c in doc.claims if c.subject.startswith("defend KOR")]
    assert defend and all(c.actor is not None and c.actor.country == "USA" for c in defend)
    assert any("non-nuclear" in c.subject for c in defend)


# --- the team corpus ------------------------------------------------------


def test_corpus_expected_flags_and_no_false_flags() -> None:
    corpus = _corpus()
    docs, _, _ = corpus.run_corpus()
    expected = corpus.load_expected()
    assert all(d.ok for d in docs.values())
    for exp in expected["flags"]:
        flags = [
            f for f in docs[exp["doc_id"]].flags if f.kind == exp["kind"] and f.a.section == exp["section"]
        ]
        assert flags, f"missing {exp}"
        assert any(all(m in f.explanation for m in exp["mentions"]) for f in flags), [
            f.explanation for f in flags
        ]
    for doc_id in expected["consistent"]:
        assert docs[doc_id].flags == [], [f.explanation for f in docs[doc_id].flags]
    # the flagged documents carry only the expected flags
    for exp in expected["flags"]:
        assert {f.kind for f in docs[exp["doc_id"]].flags} == {exp["kind"]}


def test_corpus_claims() -> None:
    docs, _, _ = _corpus().run_corpus()
    pledges = [c for c in docs["summit-harbor"].claims if c.subject.startswith("defend KOR")]
    assert pledges and pledges[0].kind == "pledge" and pledges[0].actor.country == "USA"
    assert "nuclear" in pledges[0].subject
    threats = [c for c in docs["summit-meridian"].claims if c.kind == "threat"]
    assert threats and threats[0].target is not None and threats[0].target.country == "PRK"
    assert "end" in threats[0].subject


# --- hand-built documents -------------------------------------------------


def test_consistent_paraphrase_gets_no_flag() -> None:
    doc = make_doc(
        "Ministers pledge to defend Finland with all available forces",
        [],
        [
            "Defence ministers meeting in Brussels pledged on Tuesday to defend Finland with all available forces.",
            "The talks lasted four hours.",
        ],
    )
    assert find_contradictions(doc) == []


def test_polarity_flag() -> None:
    doc = make_doc(
        "Japan does not sanction Iran over drone sales",
        [],
        ["Japan sanctioned Iran on Friday over drone sales to Russia.", "Officials gave no further detail."],
    )
    flags = find_contradictions(doc)
    assert [f.kind for f in flags] == ["polarity"]
    assert flags[0].a.section == "title" and "Japan sanctioned Iran" in flags[0].b.text


def test_place_and_date_flags() -> None:
    doc = make_doc(
        "Leaders meet in Paris on March 3",
        [],
        [
            "The two leaders met in Berlin on March 4 to discuss trade.",
            "They agreed to meet again next year.",
        ],
    )
    kinds = {f.kind for f in find_contradictions(doc)}
    assert kinds == {"place", "date"}


def test_spelled_number_flag_uses_mentions() -> None:
    body = "Tehran said it fired three ballistic missiles at targets in Syria."
    doc = make_doc("Iran fires five missiles at Syria", [], [body, "No casualties were reported."])
    doc.mentions = [actor_at(doc, "Iran", "IRN"), actor_at(doc, "Tehran", "IRN")]
    flags = find_contradictions(doc)
    assert [f.kind for f in flags] == ["number"]
    assert "5" in flags[0].explanation and "3" in flags[0].explanation


def test_with_without_only_on_the_shared_predicate() -> None:
    same = make_doc(
        "Allies agree to act without delay",
        [],
        ["The allies agreed on Monday to act without delay, with support from the UN."],
    )
    assert find_contradictions(same) == []
    flipped = make_doc(
        "Allies agree to act without UN approval",
        [],
        ["The allies agreed on Monday to act with UN approval."],
    )
    assert [f.kind for f in find_contradictions(flipped)] == ["qualifier"]


def test_claims_from_hand_built_events() -> None:
    body = [
        "Canada pledged to protect Latvia with all of its forces, including air defence.",
        "Canada also warned Russia that any incursion would lead to the end of the truce.",
    ]
    doc = make_doc(None, [], body, "c1")
    can, lat = actor_at(doc, "Canada", "CAN"), actor_at(doc, "Latvia", "LVA")
    can2, rus = actor_at(doc, "Canada", "CAN", 1), actor_at(doc, "Russia", "RUS")
    doc.mentions = [can, lat, can2, rus]
    trig = doc.text.index("pledged")
    doc.events = [
        Event(
            "e1",
            "c1",
            0,
            doc.sentences[0].text,
            "SUPPORT",
            source=can,
            target=lat,
            trigger=Span(trig, trig + 7, "pledged"),
            date="2024-05-01",
        )
    ]
    claims = make_claims(doc)
    pledge = next(c for c in claims if c.event_id == "e1")
    assert pledge.kind == "pledge" and pledge.date == "2024-05-01"
    assert pledge.subject.startswith("protect LVA with all forces")
    threat = next(c for c in claims if c.kind == "threat")
    assert threat.actor is not None and threat.actor.country == "CAN"
    assert threat.target is not None and threat.target.country == "RUS"
    assert threat.event_id is None and threat.date == "2024-05-02"


def test_claim_stage_is_idempotent_and_tolerates_missing_parse() -> None:
    doc = make_doc(
        "Egypt denies closing border with Libya", [], ["Egypt closed its border with Libya on Sunday."]
    )
    stage = ClaimStage()
    once = len(stage(doc).flags)
    assert len(stage(doc).flags) == once
    bare = Document(id="x", source="t", text="Nothing parsed.")
    out = stage(bare)
    assert out.ok and out.flags == [] and out.claims == []


def test_figures_and_days() -> None:
    assert figure_map("Militants killed twenty-one soldiers and wounded 40 people") == {
        "killed": {21.0},
        "injured": {40.0},
    }
    assert figure_map("the 24th summit in 2023 ended") == {}
    assert figure_map("a salvo of missiles") == {}
    assert figure_map("three hundred troops") == {"troops": {300.0}}
    assert day_mentions("met on the 11th (local time) and again on Friday, May 3") == {
        "day": {"11", "3"},
        "weekday": {"friday"},
    }
    assert day_mentions("the 24th Integrated Defense Dialogue") == {}


# --- property tests: untrusted text never breaks the figure parsers ------


_WORDS = st.sampled_from(
    [
        "two",
        "twenty-one",
        "a",
        "missiles",
        "killed",
        "on",
        "the",
        "11th",
        "March",
        "4",
        "1,200",
        "and",
        ",",
        "hundred",
        "-",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join)))
def test_figure_parsers_accept_any_text(text: str) -> None:
    for unit, values in figure_map(text).items():
        assert unit and all(v >= 0 for v in values)
    for key, values in day_mentions(text).items():
        assert key in ("day", "weekday") and values
        if key == "day":
            assert all(1 <= int(v) <= 31 for v in values)


def test_conditional_threat_targets_the_punished_not_the_attacked() -> None:
    body = [
        "Premier Ostrava said an invasion of Latvia would lead to the end of the Belarusian regime.",
    ]
    doc = make_doc(None, [], body, "c2")
    ost = actor_at(doc, "Premier Ostrava", "CAN")
    lat, blr = actor_at(doc, "Latvia", "LVA"), actor_at(doc, "Belarusian regime", "BLR")
    doc.mentions = [ost, lat, blr]
    threats = [c for c in make_claims(doc) if c.kind == "threat"]
    assert threats and threats[0].actor is not None and threats[0].actor.country == "CAN"
    # Latvia is the attacked party of the condition, Belarus the one threatened
    assert threats[0].target is not None and threats[0].target.country == "BLR"


@pytest.mark.parametrize(
    "body",
    [
        "The two leaders agreed on Tuesday to expand joint naval drills.",
        "Chile and Canada agreed on Tuesday to expand joint naval drills.",
        "Chile agreed on Tuesday to expand joint naval drills with Canada.",
    ],
)
def test_coordinated_subjects_in_another_order_get_no_flag(body: str) -> None:
    from eventwire.actors import ActorStage

    doc = make_doc(
        "Rikal and Dumont agree to expand naval drills",
        [],
        ["President Tanvo Rikal of Chile met Canadian Prime Minister Paul Dumont in Ottawa on Monday.", body],
    )
    doc = ActorStage()(doc)
    assert not [f for f in find_contradictions(doc) if f.kind == "actor_mismatch"]

"""Evaluation: scoring definitions on hand-made outcomes, and the quality
floors on the dev data (they may only rise)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.evaluate import evaluate, format_report, load_gold
from eventwire.evaluate.gold import GoldRecord, canonical_code
from eventwire.evaluate.scoring import Group, Outcome, score_set

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "events.jsonl"


def _rec(i: int, typ: str | None, src: list[str] | None = None, tgt: list[str] | None = None, text: str | None = None) -> GoldRecord:
    return GoldRecord(f"r{i}", text or f"text {i}", "set", typ, None, src or [], tgt or [], None, {})


def test_scoring_definitions() -> None:
    outs = [
        Outcome(_rec(1, "ASSAULT", ["RUS"], ["UKR"]), "ASSAULT", "RUS", "UKR", {"RUS"}, {("RUS", "UKR", "ASSAULT")}),
        Outcome(_rec(2, "ASSAULT", ["RUS"], ["UKR"]), "COERCE", "UKR", None, {"UKR"}),
        Outcome(_rec(3, "AGREE"), None, None, None),
        Outcome(_rec(4, None), "PROTEST", None, None),
        Outcome(_rec(5, None), None, None, None),
    ]
    s = score_set(outs)
    assert s["micro"]["tp"] == 1 and s["micro"]["fp"] == 1 and s["micro"]["fn"] == 2
    assert s["per_type"]["ASSAULT"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert s["per_type"]["PROTEST"]["fp"] == 1
    assert s["null_given_event"] == 0.5
    assert s["confusion"]["ASSAULT"] == {"ASSAULT": 1, "COERCE": 1}
    assert s["source_country"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert s["dyads"]["tp"] == 1 and s["dyads"]["fn"] == 1
    assert s["worst"][0]["why"] == "type"


def test_scoring_by_text() -> None:
    """Records sharing a text are scored as one text: gold events = non-null
    records, each matched to a distinct predicted event of its type."""
    t = "X and Y met Z; X attacked W."
    groups = [
        Group("CONSULT", {"XXX"}, {"ZZZ"}, {("XXX", "ZZZ", "CONSULT")}, "met", 0.9),
        Group("CONSULT", {"YYY"}, {"ZZZ"}, {("YYY", "ZZZ", "CONSULT")}, "met", 0.9),
        Group("PROTEST", {"XXX"}, set(), set(), "rallied", 0.5),
    ]
    prim = ("CONSULT", "XXX", "ZZZ", {"XXX"}, {("XXX", "ZZZ", "CONSULT")}, "met", 0.9, groups)
    outs = [
        Outcome(_rec(1, "CONSULT", ["YYY"], ["ZZZ"], text=t), *prim),
        Outcome(_rec(2, "CONSULT", ["XXX"], ["ZZZ"], text=t), *prim),
        Outcome(_rec(3, "ASSAULT", ["XXX"], ["WWW"], text=t), *prim),
        Outcome(_rec(4, None, text=t), *prim),
        # a no-event text only when all its records are null
        Outcome(_rec(5, None, text="u"), "ACCUSE", None, None),
        Outcome(_rec(6, None, text="u"), "ACCUSE", None, None),
    ]
    s = score_set(outs)
    assert s["texts"] == 2 and s["gold_events"] == 3
    assert s["micro"]["tp"] == 2 and s["micro"]["fn"] == 1 and s["micro"]["fp"] == 1  # PROTEST matches no gold
    assert s["per_type"]["PROTEST"]["fp"] == 1 and s["per_type"]["ASSAULT"]["fn"] == 1
    assert s["null_texts"] == 1 and s["null_given_event"] == 1.0
    assert s["dyads"]["tp"] == 2 and s["dyads"]["fn"] == 1
    assert s["source_country"] == {"n": 2, "correct": 2, "accuracy": 1.0}
    assert {w["id"] for w in s["worst"]} == {"r3", "r5,r6"}


def test_out_of_scheme_nulls(tmp_path: Path) -> None:
    """Null labels from non-CAMEO test codes or from ACLED's diplomatic class
    do not say "no event": left out of scoring, still counted in the raw share."""
    p = tmp_path / "g.jsonl"
    rows = [
        {"id": "a", "text": "x", "source": "s", "event_type_plover": None, "event_code_cameo": "903"},
        {"id": "b", "text": "y", "source": "s", "event_type_plover": None, "event_code_cameo": "020"},
        {"id": "c", "text": "z", "source": "s", "event_type_plover": None, "meta": {"original_label": "DIPLO"}},
        {"id": "d", "text": "w", "source": "s", "event_type_plover": "SANCTION", "event_code_cameo": "163"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    recs = load_gold(str(p))
    assert [r.out_of_scheme for r in recs] == [True, False, True, False]
    outs = [Outcome(recs[0], "AGREE", None, None), Outcome(recs[1], None, None, None), Outcome(recs[2], "SANCTION", None, None), Outcome(recs[3], "SANCTION", None, None)]
    s = score_set(outs)
    assert s["excluded_out_of_scheme"] == 2 and s["null_texts"] == 1
    assert s["null_given_event"] == 0.0 and s["null_given_event_raw"] == round(2 / 3, 4)


def test_cross_validated_gate_on_synthetic_texts() -> None:
    from eventwire.events.train import Coded, cross_validate
    from eventwire.records import Actor, Event, Span

    def _event(typ: str, conf: float, lemma: str) -> Event:
        src = Actor(text="A", name="A", country="AAA")
        return Event(typ, "d", 0, "e", typ, source=src, confidence=conf, trigger=Span(0, 1, "t"), extra={"lemma": lemma, "via": "verb"})

    coded = []
    for i in range(30):
        if i % 2:
            coded.append(Coded(_rec(i, "SANCTION"), [_event("SANCTION", 0.8, lemma="impose")]))
        else:
            coded.append(Coded(_rec(i, None), [_event("ASSAULT", 0.5, lemma="battle")]))
    cv = cross_validate(coded)
    s = cv["scores"]["sets"]["set"]
    assert s["null_given_event"] == 0.0 and s["micro"]["f1"] == 1.0
    assert cv["rules_only"]["sets"]["set"]["null_given_event"] == 1.0


def test_gold_codes(tmp_path: Path) -> None:
    p = tmp_path / "g.jsonl"
    rows = [
        {"id": "a", "text": "x", "source": "petrarch2_unittest", "event_type_plover": "AGREE", "source_actor": "GONGOV", "target_actor": "---", "meta": {"actors_are_cameo_codes": True}},
        {"id": "b", "text": "y", "source": "plover_gsr_cameo_manual", "event_type_plover": None, "meta": {"source_codes": ["USA", "JOR"], "target_codes": [], "placeholder_date": "2000-01-01"}},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    a, b = load_gold(str(p))
    assert a.source_codes == ["GON"] and a.target_codes == []
    assert b.source_codes == ["USA", "JOR"] and b.date == "2000-01-01"
    assert [r.id for r in load_gold(str(p), sources=["plover_gsr_cameo_manual"])] == ["b"]


@pytest.fixture(scope="module")
def report() -> dict:
    if not GOLD.exists():
        pytest.skip("dev gold data not available")
    return evaluate(str(GOLD), Settings())


# Floors measured on the dev data (see the final report); raise them as the
# coder improves, never lower them.
# Scored by text, out-of-scheme null records left out (docs/evaluation.md).
FLOORS = {
    # (dyad F1 raised in round 18, measured 0.788; macro-F1 and dyad F1 raised in round 24, measured 0.885 and 0.791;
    # dyad F1 and source accuracy raised in round 28, measured 0.814 and 0.936)
    "plover_gsr_cameo_manual": {"micro": 0.90, "macro": 0.88, "dyad": 0.81, "src": 0.93},
    # (dyad F1 guarded from round 16, measured 0.518; micro-F1 raised in round 18, measured 0.610, and round 27, measured 0.612)
    "petrarch2_unittest": {"micro": 0.61, "src": 0.85, "dyad": 0.515},
    # (PROTEST/ASSAULT/COERCE F1 raised in round 25, measured 0.890; both raised in round 26, measured 0.892 and 0.836)
    "case2021_task2_test": {"pac": 0.89, "micro": 0.835},
    # the target is 0.15 (measured 0.141 in round 14)
    "null_given_event": 0.145,
}


def test_floors(report: dict) -> None:
    sets = report["sets"]
    plover, petrarch, case = sets["plover_gsr_cameo_manual"], sets["petrarch2_unittest"], sets["case2021_task2_test"]
    assert plover["micro"]["f1"] >= FLOORS["plover_gsr_cameo_manual"]["micro"]
    assert plover["macro_f1"] >= FLOORS["plover_gsr_cameo_manual"]["macro"]
    assert plover["dyads"]["f1"] >= FLOORS["plover_gsr_cameo_manual"]["dyad"]
    assert plover["source_country"]["accuracy"] >= FLOORS["plover_gsr_cameo_manual"]["src"]
    assert petrarch["micro"]["f1"] >= FLOORS["petrarch2_unittest"]["micro"]
    assert petrarch["source_country"]["accuracy"] >= FLOORS["petrarch2_unittest"]["src"]
    assert petrarch["dyads"]["f1"] >= FLOORS["petrarch2_unittest"]["dyad"]
    assert case["protest_assault_coerce"]["f1"] >= FLOORS["case2021_task2_test"]["pac"]
    assert case["micro"]["f1"] >= FLOORS["case2021_task2_test"]["micro"]
    assert report["overall"]["null_given_event"] <= FLOORS["null_given_event"]
    assert not report["rejected"]


def test_report_format(report: dict) -> None:
    text = format_report(report)
    assert "plover_gsr_cameo_manual" in text and "ASSAULT" in text
    assert report["seconds"] < 120


def test_canonical_codes() -> None:
    # intergovernmental bodies meet at IGO, old and date-restricted CAMEO
    # country codes at ISO 3166 alpha-3, everything else is itself
    assert canonical_code("UNO") == canonical_code("NATO") == "IGO"
    assert (canonical_code("JAP"), canonical_code("ZAR"), canonical_code("RHO")) == ("JPN", "COD", "ZWE")
    assert canonical_code("KOR") == "KOR" and canonical_code(None) is None

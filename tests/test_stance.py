"""Tests of the headline-vs-body stance model (eventwire.claims.stance)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import joblib
import pytest
from threadpoolctl import threadpool_limits

from eventwire.claims.stance import (
    cross_validate,
    fnc_score,
    load_pairs,
    load_stance_model,
    predict_stance,
    train_stance,
)
from eventwire.claims.stance_model import StanceModel
from eventwire.claims.stance_text import MODEL_DIR, split_sentences, stem, tokenize
from eventwire.errors import ModelError

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "stance"
needs_dev = pytest.mark.skipif(not (DEV / "pairs.jsonl").is_file(), reason="no ../shared dev stance data")

# Pairs written for these tests (not from any data set).
DENIAL_BODY = (
    "The defence ministry of Freedonia on Tuesday denied reports that its navy had seized an oil "
    "tanker in the strait. \"There was no seizure, the story is false,\" a ministry spokesman said. "
    "He said the tanker had sailed on without incident and called the reports a fabrication. "
    "Shipping trackers showed the vessel continuing its voyage toward its destination port."
)
CONFIRM_BODY = (
    "Freedonia's navy seized an oil tanker in the strait on Tuesday, the defence ministry confirmed. "
    "The ministry said in an official statement that marines boarded the tanker and took it to port. "
    "Video released by the navy shows the tanker being escorted by two patrol boats. "
    "The seizure of the tanker was confirmed by the ship's owner, who said the crew were unharmed."
)
FOOTBALL_BODY = (
    "The home side won the cup final 3-1 on Saturday after extra time. The striker scored twice "
    "in the second half and the goalkeeper saved a penalty. Fans celebrated in the streets until "
    "late at night. The coach said the squad had trained hard all season for this match."
)
TANKER_HEADLINE = "Freedonia navy seizes oil tanker in the strait"


def test_fnc_score_exact_numbers() -> None:
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated", "agree"]
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree", "disagree"]
    r = fnc_score(gold, pred)
    # agree/agree 1.0; disagree/discuss 0.25; discuss/unrelated 0; unrelated/unrelated 0.25;
    # unrelated/agree 0; agree/disagree 0.25  -> 1.75 of 4 * 1.0 + 2 * 0.25 = 4.5
    assert r["score"] == pytest.approx(1.75)
    assert r["max_score"] == pytest.approx(4.5)
    assert r["relative"] == pytest.approx(1.75 / 4.5)
    # agree: tp 1, gold 2, pred 2 -> 0.5; disagree: tp 0 -> 0; discuss: 0; unrelated: tp 1, gold 2, pred 2 -> 0.5
    assert r["per_class_f1"] == pytest.approx({"agree": 0.5, "disagree": 0.0, "discuss": 0.0, "unrelated": 0.5})
    assert r["macro_f1"] == pytest.approx(0.25)
    assert r["confusion"]["unrelated"]["agree"] == 1
    assert r["confusion"]["disagree"]["discuss"] == 1
    assert r["n"] == 6


def test_fnc_score_perfect_and_errors() -> None:
    gold = ["unrelated", "discuss", "agree"]
    r = fnc_score(gold, list(gold))
    assert r["relative"] == 1.0 and r["macro_f1"] == 1.0
    assert set(r["per_class_f1"]) == {"unrelated", "discuss", "agree"}  # absent labels are not averaged
    with pytest.raises(ValueError, match="unknown stance labels"):
        fnc_score(["agree"], ["agrees"])
    with pytest.raises(ValueError, match="labels"):
        fnc_score(["agree"], [])


def test_text_helpers() -> None:
    assert tokenize("Isn't it FAKE? Yes.") == ["isn't", "it", "fake", "?", "yes"]
    assert stem("denies") == stem("deny") == "deny"
    assert stem("seized") == stem("seizes")
    sents = split_sentences("One sentence here. Another one follows! A third?\nA fourth")
    assert sents == ["One sentence here.", "Another one follows!", "A third?", "A fourth"]


def test_committed_model_loads_offline_from_package() -> None:
    assert (MODEL_DIR / "model.joblib").is_file()
    model = load_stance_model()
    assert isinstance(model, StanceModel)
    assert load_stance_model() is model  # cached
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert size < 20 * 1024 * 1024


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no stance model"):
        load_stance_model(str(tmp_path))


def _predict(headline: str, body: str) -> dict:
    return next(predict_stance([{"id": "t", "headline": headline, "body": body}]))


def test_unrelated_pair() -> None:
    out = _predict(TANKER_HEADLINE, FOOTBALL_BODY)
    assert out["id"] == "t"
    assert out["label"] == "unrelated"
    assert set(out["scores"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert sum(out["scores"].values()) == pytest.approx(1.0, abs=1e-4)


def test_obvious_agree() -> None:
    out = _predict(TANKER_HEADLINE, CONFIRM_BODY)
    assert out["label"] == "agree", out


def test_obvious_refutation_is_disagree() -> None:
    out = _predict(TANKER_HEADLINE, DENIAL_BODY)
    assert out["label"] == "disagree", out
    assert out["scores"]["disagree"] > out["scores"]["agree"]


def test_bad_pairs_do_not_stop_the_stream() -> None:
    rows = list(predict_stance([
        {"id": 1, "headline": TANKER_HEADLINE},
        "not a dict",
        {"id": 3, "headline": TANKER_HEADLINE, "body": FOOTBALL_BODY},
        {"id": 4, "headline": "", "body": ""},
    ]))
    assert [r["id"] for r in rows] == [1, None, 3, 4]
    assert rows[0]["label"] is None and rows[0]["error"].startswith("missing_field")
    assert rows[1]["error"].startswith("bad_record")
    assert rows[2]["label"] == "unrelated"
    assert rows[3]["label"] in {"agree", "disagree", "discuss", "unrelated"}


def test_train_stance_is_reproducible_and_writes_no_text(tmp_path: Path) -> None:
    bodies = [
        {"body_id": "1", "body": CONFIRM_BODY}, {"body_id": "2", "body": DENIAL_BODY},
        {"body_id": "3", "body": FOOTBALL_BODY},
    ]
    heads = [TANKER_HEADLINE, "Freedonia takes tanker, ministry says", "Cup final won after extra time"]
    pairs = []
    for k, b in enumerate(bodies):
        for j, h in enumerate(heads):
            label = "unrelated" if (j == 2) != (k == 2) else ["agree", "disagree", "discuss"][k]
            pairs.append({"id": f"{k}-{j}", "headline": h, "body_id": b["body_id"], "label": label})
    for copy in range(4):  # enough rows for the boosters' internal validation split
        pairs += [dict(p, id=f"{p['id']}-{copy}") for p in pairs[:9]]
    (tmp_path / "p.jsonl").write_text("\n".join(json.dumps(p) for p in pairs))
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(b) for b in bodies))
    args = (str(tmp_path / "p.jsonl"), str(tmp_path / "b.jsonl"))
    r1 = train_stance(*args, str(tmp_path / "m1"), seed=0, folds=None)
    train_stance(*args, str(tmp_path / "m2"), seed=0, folds=None)
    assert r1["cv"] is None and r1["n_pairs"] == len(pairs)
    m1, m2 = load_stance_model(str(tmp_path / "m1")), load_stance_model(str(tmp_path / "m2"))
    test = [{"id": 0, "headline": TANKER_HEADLINE, "body": CONFIRM_BODY}]
    assert list(predict_stance(test, m1)) == list(predict_stance(test, m2))
    # The file is compressed: look for training text in the unpickled payload.
    blob = pickle.dumps(joblib.load(tmp_path / "m1" / "model.joblib"))
    assert b"marines" not in blob and b"goalkeeper" not in blob


@needs_dev
@pytest.mark.slow
def test_held_out_floor_on_dev_half() -> None:
    # Three folds by body: each model never sees the bodies it is scored on.
    # One OpenMP thread: on a shared machine the boosters' spinning threads cost more than they give.
    headlines, bodies, labels, groups = load_pairs(str(DEV / "pairs.jsonl"), str(DEV / "bodies.jsonl"))
    with threadpool_limits(limits=1, user_api="openmp"):
        cv = cross_validate(headlines, bodies, labels, groups, folds=3, seed=0)
    # Reached: relative 0.851, macro-F1 0.673 pooled (folds 0.842-0.861); floors a little below.
    assert cv["pooled"]["relative"] >= 0.84
    assert cv["pooled"]["macro_f1"] >= 0.64
    assert min(f["relative"] for f in cv["folds"]) >= 0.82

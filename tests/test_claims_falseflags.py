"""False-flag guard on real news: headline/body pairs that agree must not be flagged.

Uses the FNC-1 half in ../shared/eval/dev/stance (pairs labelled "agree":
the body supports its headline). A structural contradiction flag on those
is a false alarm; the floor allows a few (parser errors on headlines).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.pipeline import build_stages
from eventwire.records import Article, Document, compose_text

STANCE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "stance"
SAMPLE = 120
MAX_FLAG_RATE = 0.03


@pytest.mark.slow
@pytest.mark.skipif(not (STANCE / "pairs.jsonl").exists(), reason="../shared/eval/dev/stance not present")
def test_agreeing_headlines_are_rarely_flagged() -> None:
    bodies = {
        b["body_id"]: b["body"] for b in map(json.loads, (STANCE / "bodies.jsonl").open(encoding="utf-8"))
    }
    pairs = [
        p for p in map(json.loads, (STANCE / "pairs.jsonl").open(encoding="utf-8")) if p["label"] == "agree"
    ]
    random.Random(11).shuffle(pairs)
    stages = build_stages(Settings(), only=["nlp", "actors", "events", "claims"])
    flagged = 0
    for p in pairs[:SAMPLE]:
        art = Article(
            title=p["headline"], body=[x.strip() for x in bodies[p["body_id"]].split("\n") if x.strip()]
        )
        text, sections = compose_text(art)
        doc = Document(id=p["id"], source="fnc", article=art, text=text, sections=sections)
        for stage in stages:
            doc = stage(doc)
        assert doc.ok, doc.rejection
        flagged += bool(doc.flags)
    assert flagged / SAMPLE <= MAX_FLAG_RATE, f"{flagged} of {SAMPLE} agreeing pairs flagged"

"""The whole-article benchmark's gold parses, and its scorer matches gold with itself."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("articles_eval", ROOT / "bench" / "articles_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.STATES.update(mod._states())
    return mod


def test_every_article_has_a_date_and_a_gold_list() -> None:
    mod = _bench()
    gold = mod.load_gold()
    assert len(gold) == 384 and sum(len(rows) for rows in gold.values()) == 6735
    for setdir in (p for p in (ROOT / "bench" / "articles").iterdir() if p.is_dir()):
        dated = {row.split()[0] for row in (setdir / "dates.txt").read_text(encoding="utf-8").splitlines() if row.strip()}
        assert dated == {p.name for p in setdir.glob("a*.txt")}
        assert all(rows for key, rows in gold.items() if key.startswith(setdir.name + "/"))


def test_gold_turned_into_rows_scores_full_marks_and_a_wrong_party_scores_none() -> None:
    mod = _bench()
    gold = mod.load_gold()
    rows = []
    for doc, golds in gold.items():
        for g in golds:
            pair = g["src"].split("<>") if "<>" in g["src"] else [sorted(mod._choices(g["src"]))[0], sorted(mod._choices(g["tgt"]))[0]]
            src, tgt = (mod._code(x) for x in pair)
            rows.append({
                "doc_id": doc, "event_type": sorted(g["types"])[0], "evidence": g["quote"], "polarity": g["pol"].split("/")[0],
                "source": {"country": src} if src else None, "target": {"country": tgt} if tgt else None, "date": None,
            })
    totals = mod.score(rows, gold)
    assert sum(c["right"] for c in totals.values()) == sum(c["gold"] for c in totals.values()) == 6735
    swapped = [{**r, "source": {"country": "ATA"}} for r in rows if r["source"] is not None]
    assert sum(c["right"] for c in mod.score(swapped, gold).values()) == 0

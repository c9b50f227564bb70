"""Actor country accuracy on the dev data, and the actors stage's cost.

For each gold record with actor codes (``plover_gsr_cameo_manual``:
``meta.source_codes``/``target_codes``; ``petrarch2_unittest``:
``source_actor``/``target_actor``), the gold country is the first three
letters of the CAMEO code. A gold actor counts as found when that country
is among the countries of our mentions in the record's text. Codes that are
not countries ("---", quoted names) are skipped; CAMEO codes that differ from
ISO 3166 are mapped (``_CAMEO_TO_ISO``); a CAMEO IGO/NGO/IMG actor matches
any of our international codes (UNO, NATO, EUR ...) and the next three
letters of its code (IGOAFR -> AFR).

A stricter figure for ``plover_gsr_cameo_manual``, whose records also give the
actor phrases (``source_actor``/``target_actor``, "; "-separated, in the order
of the codes): the phrase is found in the text and counts as found when a
mention overlapping it has an accepted country ("span" rows).

Run: .venv/bin/python bench/actors_check.py [--misses N]
Reads ../shared/eval/dev/events.jsonl (never copied into the repository).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from eventwire.actors import ActorStage
from eventwire.actors.lexicon import get_cities, get_lexicon
from eventwire.nlp import NlpStage
from eventwire.records import Article, Document, compose_text

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "events.jsonl"
# CAMEO country codes that differ from ISO 3166 alpha-3 (and EEU, the EU).
_CAMEO_TO_ISO = {
    "NZE": "NZL", "KUW": "KWT", "ZBW": "ZWE", "RHO": "ZWE", "ROM": "ROU", "BUL": "BGR",
    "JAP": "JPN", "VTN": "VNM", "ITL": "ITA", "EEU": "EUR", "GMY": "DEU", "TTO": "TTO",
}  # fmt: skip
# Our international codes; a CAMEO IGO/NGO actor matches any of them.
_INTERNATIONAL = {"UNO", "NATO", "EUR", "IGO", "NGO", "AFR", "ASA", "IMG", "MEA", "WST"}
_GROUPS = ("IGO", "NGO", "IMG")


def gold_codes(rec: dict) -> tuple[list[str], list[str]]:
    """Source and target CAMEO codes of a gold record."""
    if rec["source"] == "plover_gsr_cameo_manual":
        meta = rec.get("meta") or {}
        return list(meta.get("source_codes") or []), list(meta.get("target_codes") or [])
    src = [rec["source_actor"]] if rec.get("source_actor") else []
    tgt = [rec["target_actor"]] if rec.get("target_actor") else []
    return src, tgt


def accepted(code: str) -> set[str] | None:
    """Countries that count as a match for a CAMEO code, None when it is no country."""
    code = code.strip()
    if len(code) < 3 or not code[:3].isalpha() or not code[:3].isupper():
        return None
    head = code[:3]
    ok = {head, _CAMEO_TO_ISO.get(head, head)}
    if head in _GROUPS:
        ok |= _INTERNATIONAL
        if len(code) >= 6:
            ok |= {code[3:6], _CAMEO_TO_ISO.get(code[3:6], code[3:6])}
    return ok


def main() -> None:
    """Print accuracy per data set and the stage's time per sentence."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = ap.parse_args()
    recs = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    recs = [r for r in recs if r["source"] in ("plover_gsr_cameo_manual", "petrarch2_unittest")]
    texts = sorted({r["text"] for r in recs})
    docs = []
    for i, t in enumerate(texts):
        art = Article(body=[t])
        text, sections = compose_text(art)
        docs.append(Document(id=str(i), source="dev", text=text, sections=sections, article=art))
    docs = list(NlpStage().pipe(docs))
    stage = ActorStage()
    # warm up: lexicon and city table load once per process, not per document
    get_lexicon()
    get_cities()
    t0 = time.perf_counter()
    docs = [stage(d) for d in docs]
    elapsed = time.perf_counter() - t0
    found = {d.text: {m.country for m in d.mentions if m.country} for d in docs}
    stats: Counter[str] = Counter()
    misses = []
    for r in recs:
        src, tgt = gold_codes(r)
        for role, codes in (("source", src), ("target", tgt)):
            for c in codes:
                ok = accepted(c)
                if ok is None:
                    continue
                key = f"{r['source']}:{role}"
                stats[key + ":n"] += 1
                if ok & found.get(r["text"], set()):
                    stats[key + ":hit"] += 1
                else:
                    misses.append((key, c, sorted(found.get(r["text"], set())), r["id"]))
    by_text = {d.text: d for d in docs}
    for r in recs:
        if r["source"] != "plover_gsr_cameo_manual":
            continue
        src, tgt = gold_codes(r)
        for role, codes, phrases in (("source", src, r.get("source_actor")), ("target", tgt, r.get("target_actor"))):
            names = [p.strip() for p in (phrases or "").split(";")]
            if len(names) != len(codes):
                continue
            for c, name in zip(codes, names, strict=True):
                ok = accepted(c)
                at = r["text"].find(name) if name else -1
                if ok is None or at < 0:
                    continue
                d = by_text[r["text"]]
                got = {m.country for m in d.mentions if m.country and (m.start or 0) < at + len(name) and at < (m.end or 0)}
                key = f"span:{r['source']}:{role}"
                stats[key + ":n"] += 1
                if ok & got:
                    stats[key + ":hit"] += 1
                else:
                    misses.append((key, c, repr(name), sorted(got), r["id"]))
    for key in sorted({k.rsplit(":", 1)[0] for k in stats}):
        n, hit = stats[key + ":n"], stats[key + ":hit"]
        print(f"{key:47s} {hit:4d}/{n:4d} = {hit / n:.3f}")
    words = sum(len(d.text.split()) for d in docs)
    print(f"actors stage: {len(docs)} texts, {words} words, {elapsed:.2f}s = {1000 * elapsed / len(docs):.2f} ms/text, {words / elapsed:.0f} words/s")
    for m in misses[: args.misses]:
        print("MISS", *m)


if __name__ == "__main__":
    main()

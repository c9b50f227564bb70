"""Time the event coder against the parse it needs.

Usage: .venv/bin/python bench/events_speed.py [N]

Codes the first N texts (default 400) of ../shared/eval/dev/events.jsonl:
times the nlp stage (the spaCy parse), the actors stage and the events stage
separately and prints ms per document and the events stage's share of the
parse time (the budget is ~10%).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.config import Settings
from eventwire.pipeline import build_stages
from eventwire.records import Document, content_hash

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "events.jsonl"


def main(n: int = 400) -> None:
    if not GOLD.exists():
        sys.exit(f"no dev data at {GOLD}")
    texts = []
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)["text"]
            if t not in texts:
                texts.append(t)
            if len(texts) >= n:
                break
    docs = [Document(id=str(i), source="bench", raw=t, content_type="text", content_hash=content_hash(t)) for i, t in enumerate(texts)]
    extract, nlp, actors, events = build_stages(Settings(), only=("extract", "nlp", "actors", "events"))
    docs = list(extract.pipe(iter(docs)))
    nlp.pipe(iter(docs[:4]))  # load the model outside the timing
    timings = {}
    for stage in (nlp, actors, events):
        t0 = time.perf_counter()
        docs = list(stage.pipe(iter(docs), batch_size=32))
        timings[stage.name] = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)
    n_events = sum(len(d.events) for d in docs)
    for name, sec in timings.items():
        print(f"{name:8} {1000 * sec / len(docs):7.2f} ms/doc  {words / sec:9.0f} words/s")
    print(f"{len(docs)} docs, {words} words, {n_events} events; events stage = {100 * timings['events'] / timings['nlp']:.1f}% of the parse")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)

"""Time the events stage alone against the bare parse.

Parses the dev texts (../shared/eval/dev/events.jsonl, read at run time,
never copied) once with the nlp and actors stages, then times EventStage on
the parsed documents. Prints sentences, ms per sentence for the events stage
and the share of the bare ``nlp.pipe`` time it adds.

    .venv/bin/python bench/events_speed.py [N_RECORDS]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.actors import ActorStage
from eventwire.config import Settings
from eventwire.events import EventStage
from eventwire.nlp import NlpStage
from eventwire.records import Article, Document, compose_text

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "events.jsonl"


def main(n: int = 400) -> None:
    texts = [json.loads(line)["text"] for line in GOLD.open(encoding="utf-8")][:n]
    docs = []
    for i, t in enumerate(texts):
        art = Article(body=[t])
        text, sections = compose_text(art)
        docs.append(Document(id=str(i), source="bench", text=text, sections=sections, article=art))
    settings = Settings()
    nlp, actors, events = NlpStage(settings), ActorStage(settings), EventStage(settings)
    nlp.nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs, batch_size=64))
    t_parse = time.perf_counter() - t0
    docs = list(actors.pipe(docs))
    events(docs[0])
    t0 = time.perf_counter()
    docs = [events(d) for d in docs]
    t_events = time.perf_counter() - t0
    sents = sum(len(d.sentences) for d in docs)
    words = sum(len(d.spacy) for d in docs)
    print(f"docs {len(docs)}  sentences {sents}  tokens {words}")
    print(f"parse  {t_parse:6.2f} s  ({words / t_parse:,.0f} tokens/s)")
    print(f"events {t_events:6.2f} s  ({1000 * t_events / sents:.3f} ms/sentence, {100 * t_events / t_parse:.1f}% of parse)")
    print(f"events coded {sum(len(d.events) for d in docs)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)

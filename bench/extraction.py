"""Extraction benchmark: our HTML extractor against plain trafilatura.

Reads the dev extraction set (``../shared/eval/dev/extraction``: gzipped pages
and ``ground-truth.json``), extracts each page's body with
``eventwire.extract`` and with trafilatura 2.3 defaults, and prints
shingle-level precision/recall/F1 (``eventwire.extract.score``; ``--ngram 1``
for plain token overlap) and the time per page.

    .venv/bin/python bench/extraction.py [--dir PATH] [--ngram 4] [--worst 10]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import trafilatura

from eventwire.extract import html_body_text
from eventwire.extract.score import page_counts, score_extraction

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "extraction"


def load_pages(root: Path) -> list[tuple[str, str, str]]:
    """``(key, html, true_body)`` for every page of the set."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, rec in sorted(truth.items()):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, raw.decode("utf-8", "replace"), rec.get("articleBody", "")))
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--ngram", type=int, default=4)
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of our extractor")
    args = ap.parse_args(argv)
    if not (args.dir / "ground-truth.json").exists():
        print(f"no extraction set at {args.dir}", file=sys.stderr)
        return 2
    pages = load_pages(args.dir)
    systems = {
        "eventwire": html_body_text,
        "trafilatura": lambda h: trafilatura.extract(h) or "",
    }
    ours: list[tuple[str, str]] = []
    for name, fn in systems.items():
        pairs = []
        t0 = time.perf_counter()
        for _, page, _ in pages:
            pairs.append(fn(page))
        dt = (time.perf_counter() - t0) / len(pages)
        scored = [(truth, pred) for (_, _, truth), pred in zip(pages, pairs, strict=True)]
        s = score_extraction(scored, args.ngram)
        print(
            f"{name:<12} P={s.precision:.4f} R={s.recall:.4f} F1={s.f1:.4f} pages={s.pages} {dt * 1000:.1f} ms/page"
        )
        if name == "eventwire":
            ours = scored
    if args.worst:
        rows = sorted(
            (page_counts(t, p, args.ngram), k) for (k, _, _), (t, p) in zip(pages, ours, strict=True)
        )
        for (tp, fp, fn_), key in rows[: args.worst]:
            print(f"  {key[:16]} tp={tp:.2f} fp={fp:.2f} fn={fn_:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

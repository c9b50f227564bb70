"""Held-out figures and speed of the stance model (headline vs body, FNC-1).

Usage (from the repository root)::

    .venv/bin/python bench/stance.py            # 5-fold GroupKFold by body, per fold and mean
    .venv/bin/python bench/stance.py --folds 3  # fewer folds, faster
    .venv/bin/python bench/stance.py --train    # the above, then retrain the committed model
                                                # on all of the dev half (seed 0) and save it
                                                # to eventwire/models/stance/
    .venv/bin/python bench/stance.py --threads 2  # let the boosters use 2 OpenMP threads (default 1)
    .venv/bin/python bench/stance.py --speed    # only time the committed model on the dev pairs

Data: ``../shared/eval/dev/stance/{pairs,bodies}.jsonl`` (half of the FNC-1
competition test set). Every fold trains a fresh model, idf weights included,
on the other folds' bodies, so the printed figures are held out: no body (and
none of its headlines) is scored by a model that saw it. The committed model
is trained on all of the dev half and so cannot be scored on it honestly; the
cross-validated figures are the ones to quote.

Printed: for each fold the FNC-1 relative score, macro-F1 and per-class F1;
then their mean, the pooled out-of-fold score and confusion table, and
the committed model's throughput in pairs per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "dev" / "stance"
sys.path.insert(0, str(ROOT))

from eventwire.claims.stance import (  # noqa: E402
    cross_validate,
    load_pairs,
    load_stance_model,
    predict_stance,
    train_stance,
)
from eventwire.claims.stance_metrics import STANCE_LABELS  # noqa: E402
from eventwire.claims.stance_text import MODEL_DIR  # noqa: E402


def _line(name: str, r: dict) -> str:
    f1 = " ".join(f"{k}={v:.3f}" for k, v in r["per_class_f1"].items())
    return f"{name:>7}  relative={r['relative']:.4f}  macro_f1={r['macro_f1']:.4f}  {f1}"


def _report_cv(cv: dict) -> None:
    for f in cv["folds"]:
        print(_line(f"fold {f['fold']}", f) + f"  ({f['n']} pairs, {f['seconds']}s)")
    print(f"   mean  relative={cv['mean']['relative']:.4f}  macro_f1={cv['mean']['macro_f1']:.4f}")
    print(_line("pooled", cv["pooled"]))
    print("confusion (rows gold, columns predicted):", " ".join(STANCE_LABELS))
    for g in STANCE_LABELS:
        print(f"  {g:>9}", " ".join(f"{cv['pooled']['confusion'][g][p]:>6}" for p in STANCE_LABELS))


def _speed(n: int = 3000) -> None:
    headlines, bodies, _, _ = load_pairs(str(DATA / "pairs.jsonl"), str(DATA / "bodies.jsonl"))
    pairs = [{"id": i, "headline": h, "body": b} for i, (h, b) in enumerate(zip(headlines, bodies, strict=True))]
    pairs = pairs[:n]
    model = load_stance_model()
    start, cpu = time.perf_counter(), time.process_time()
    out = list(predict_stance(pairs, model))
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU time is the steadier figure on a shared machine; wall time is what a user waits.
    print(f"speed: {len(out)} pairs in {took:.1f}s wall, {cpu:.1f}s CPU = {len(out) / took:.0f} pairs/s "
          f"({1000 * cpu / len(out):.2f} ms CPU a pair)")


def main() -> int:
    """Run the benchmark; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--train", action="store_true", help="retrain and save the committed model")
    ap.add_argument("--speed", action="store_true", help="only measure the committed model's speed")
    ap.add_argument("--threads", type=int, default=1,
                    help="OpenMP threads for the boosters (1 is fastest on a busy shared machine)")
    args = ap.parse_args()
    with threadpool_limits(limits=args.threads, user_api="openmp"):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if not DATA.is_dir():
        print(f"no dev data at {DATA}", file=sys.stderr)
        return 2
    if args.speed:
        _speed()
        return 0
    if args.train:
        report = train_stance(str(DATA / "pairs.jsonl"), str(DATA / "bodies.jsonl"), str(MODEL_DIR),
                              seed=args.seed, folds=args.folds)
        _report_cv(report["cv"])
        print(f"saved {report['model_path']} ({report['n_pairs']} pairs, {report['seconds']}s)")
    else:
        cv = cross_validate(*load_pairs(str(DATA / "pairs.jsonl"), str(DATA / "bodies.jsonl")),
                            folds=args.folds, seed=args.seed)
        _report_cv(cv)
    _speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())

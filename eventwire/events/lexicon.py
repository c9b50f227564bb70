"""Load the event coder's data files once per process.

The verb and noun trigger tables (``eventwire/data/events/verbs.csv`` and
``nouns.csv``), the CAMEO->PLOVER crosswalk (``cameo2plover.csv``) and the
closed word lists (``grammar.toml``) are read on first use and cached; the
coder then looks triggers up in plain dicts keyed by lemma, so the hot path
does no parsing of data files and no regex work.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from ..records import PLOVER_TYPES

_DATA = "eventwire.data.events"


@dataclass(frozen=True)
class Crosswalk:
    """One row of the CAMEO->PLOVER crosswalk."""

    cameo: str
    plover: str
    mode: str | None
    context: str | None
    description: str


@dataclass(frozen=True)
class Entry:
    """One trigger pattern: a lemma, optional constraints, and what it codes."""

    lemma: str
    pos: str  # "verb" or "noun"
    prep: str | None  # verbs: required particle/preposition
    objects: frozenset[str]  # verbs: required object lemmas; nouns: required modifiers
    cameo: str
    type: str
    mode: str | None
    context: str | None
    weight: float
    role: str | None  # intent | ask | refuse | threat | None

    @property
    def specificity(self) -> int:
        # an object constraint says more than a preposition ("withdrew
        # inspectors from Iraq" is about the inspectors)
        return (1 if self.prep else 0) + (2 if self.objects else 0)


@dataclass(frozen=True)
class Grammar:
    """The closed word lists of ``grammar.toml`` as frozensets."""

    light_verbs: frozenset[str]
    quantifier_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    alleging_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    pending_marks: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    prediction_adjectives: frozenset[str]
    imminent_words: frozenset[str]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    group_subjects: frozenset[str]
    non_agents: frozenset[str]
    attack_cues: frozenset[str]
    stative_participles: frozenset[str]
    protester_nouns: frozenset[str]
    troop_nouns: frozenset[str]
    time_words: frozenset[str]
    obligation_aux: frozenset[str]
    attribution_words: frozenset[str]
    capability_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    crime_cues: frozenset[str]
    contest_verbs: frozenset[str]
    sport_cues: frozenset[str]
    market_cues: frozenset[str]
    level_nouns: frozenset[str]
    political_cues: frozenset[str]
    context_words: dict[str, str]
    noun_roles: dict[str, str]
    verb_lemma_fixes: dict[str, str]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    crosswalk: dict[str, Crosswalk]
    grammar: Grammar
    combine: dict[str, dict[str, object]]  # role -> complement type -> CAMEO (see combine.toml)


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(lines)


def _none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


@functools.lru_cache(maxsize=1)
def load_crosswalk() -> dict[str, Crosswalk]:
    """CAMEO code -> crosswalk row (the official PLOVER 0.8 table)."""
    out: dict[str, Crosswalk] = {}
    for r in _rows("cameo2plover.csv"):
        code = r["cameo"].strip()
        out[code] = Crosswalk(code, r["plover"].strip(), _none(r["mode"]), _none(r["context"]), r["description"].strip())
    return out


def cameo_to_plover(code: str | None) -> Crosswalk | None:
    """Crosswalk row for a CAMEO code, falling back to its parents (longest prefix)."""
    if not code:
        return None
    table = load_crosswalk()
    for n in range(len(code), 1, -1):
        row = table.get(code[:n])
        if row is not None:
            return row
    return None


def _entry(r: dict[str, str], pos: str) -> Entry:
    cameo = r["cameo"].strip()
    cw = cameo_to_plover(cameo)
    typ = _none(r.get("type")) or (cw.plover if cw else None)
    if typ not in PLOVER_TYPES:
        raise ValueError(f"{pos} trigger {r['lemma']!r}: unknown PLOVER type {typ!r} (cameo {cameo})")
    # The crosswalk's mode/context only apply when the type was not overridden
    # to something else (an override means the crosswalk row does not fit).
    same = cw is not None and cw.plover == typ
    mode = _none(r.get("mode")) or (cw.mode if same and cw else None)
    context = _none(r.get("context")) or (cw.context.split(";")[0] if same and cw and cw.context else None)
    constraint = r.get("obj") if pos == "verb" else r.get("modifier")
    return Entry(
        lemma=r["lemma"].strip().lower(),
        pos=pos,
        prep=_none(r.get("prep")) if pos == "verb" else None,
        objects=frozenset(x.strip().lower() for x in (constraint or "").split("|") if x.strip()),
        cameo=cameo,
        type=typ,
        mode=mode,
        context=context,
        weight=float(r["weight"]),
        role=_none(r.get("role")),
    )


def _index(entries: list[Entry]) -> dict[str, tuple[Entry, ...]]:
    by: dict[str, list[Entry]] = {}
    for e in entries:
        by.setdefault(e.lemma, []).append(e)
    # most specific first, so the matcher can stop at the first fit
    return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in by.items()}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The whole lexicon, loaded once per process."""
    verbs = _index([_entry(r, "verb") for r in _rows("verbs.csv")])
    nouns = _index([_entry(r, "noun") for r in _rows("nouns.csv")])
    raw = tomllib.loads(resources.files(_DATA).joinpath("grammar.toml").read_text(encoding="utf-8"))
    ctx = raw.pop("context_words", {})
    roles = raw.pop("noun_roles", {})
    fixes = raw.pop("verb_lemma_fixes", {})
    grammar = Grammar(**{k: frozenset(v) for k, v in raw.items()}, context_words=dict(ctx), noun_roles=dict(roles), verb_lemma_fixes=dict(fixes))
    combine = tomllib.loads(resources.files(_DATA).joinpath("combine.toml").read_text(encoding="utf-8"))
    return Lexicon(verbs=verbs, nouns=nouns, crosswalk=load_crosswalk(), grammar=grammar, combine=combine)

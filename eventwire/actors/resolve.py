"""Resolve a free phrase to an actor without a parse (for the event coder)."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from ..records import Actor
from .compose import compose
from .lexicon import get_lexicon
from .unknown import derive_code

# Which mention of a phrase best stands for the whole phrase: people and
# organisations over bare places ("Seoul's defense ministry" is the ministry).
_KIND_RANK = {"person": 0, "org": 1, "group": 1, "country": 2}


def resolve_actor(text: str, context_country: str | None = None) -> Actor | None:
    """Resolve a phrase ("Seoul's defense ministry", "North Korean troops",
    "the Kremlin") to name, country and sector with the cached lexicon.

    A sector noun or organisation that names no country takes
    ``context_country``. A capitalised phrase the lexicon does not know
    becomes an unknown state with a derived code (see ``unknown.py``).
    Returns None for an empty phrase or one with no actor in it (offsets are
    relative to ``text``).
    """
    actor = _resolve_cached(text.strip())
    if actor is None:
        return None
    actor = replace(actor)
    if actor.country is None and actor.kind in ("org", "group"):
        actor.country = context_country
    return actor


@functools.lru_cache(maxsize=8192)
def _resolve_cached(text: str) -> Actor | None:
    if not text:
        return None
    lex = get_lexicon()
    mentions = compose(text, lex.scan(text), lex)
    if mentions:
        # the widest mention, then the most specific kind
        best = min(mentions, key=lambda m: (-((m.end or 0) - (m.start or 0)), _KIND_RANK.get(m.kind, 3)))
        if best.kind == "country":
            org = [m for m in mentions if m.kind in ("org", "group", "person")]
            if org:
                best = min(org, key=lambda m: _KIND_RANK.get(m.kind, 3))
                if best.country is None:
                    best = replace(best, country=next((m.country for m in mentions if m.kind == "country"), None))
        return best
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    if len(words) == 1 and words[0].strip(",.;:").lower() in _not_names():
        return None  # "Furthermore", "Meanwhile": capitalised only by position
    if words and all(w[:1].isupper() for w in words):
        name = " ".join(words)
        return Actor(text=text, name=name, country=derive_code(name, lex), kind="country", start=0, end=len(text))
    return None


@functools.cache
def _not_names() -> frozenset[str]:
    """Sentence-initial words that are never names (data/actors/not_names.txt)."""
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "not_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))

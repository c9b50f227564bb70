"""Stage 5 of the flow: resolve when and where each event happened.

Public API:

* :class:`ResolveStage` (name ``resolve``, version ``v1``);
* :func:`resolve_date` ``(text, published, tense="past") -> (iso | None, phrase | None, extra)``;
* :func:`find_dates` (every date phrase of a text, with offsets);
* :func:`lookup_place` ``(name, hints=()) -> Location | None`` (offline gazetteer).
"""

from __future__ import annotations

from ..records import Location
from .dates import DateMatch, find_dates, resolve_date
from .gazetteer import lookup
from .stage import ResolveStage


def lookup_place(name: str, hints: tuple[str, ...] | list[str] = ()) -> Location | None:
    """Gazetteer lookup of a place name, with ISO3 country hints in order of relevance."""
    place = lookup(name, hints)
    return place.location() if place is not None else None


__all__ = ["DateMatch", "ResolveStage", "find_dates", "lookup_place", "resolve_date"]

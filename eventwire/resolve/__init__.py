"""Stage 5 of the flow: resolve when and where each event happened.

Public API:

* :class:`ResolveStage` (name ``resolve``, version ``v1``);
* :func:`resolve_date` ``(text, published, tense="past") -> (iso | None, phrase | None, extra)``;
* :func:`find_dates` (every date phrase of a text, with offsets);
* :func:`lookup_place` ``(name, hints=(), strong=()) -> Location | None`` (offline gazetteer).
"""

from __future__ import annotations

from ..records import Location
from .dates import DateMatch, find_dates, resolve_date
from .gazetteer import lookup
from .stage import ResolveStage


def lookup_place(
    name: str, hints: tuple[str, ...] | list[str] = (), strong: tuple[str, ...] | list[str] = ()
) -> Location | None:
    """Gazetteer lookup of a place name.

    ``strong`` ISO3 hints come from the place's own phrase ("Tripoli,
    Lebanon") and decide between namesakes; ``hints`` (countries named nearby,
    most relevant first) decide only between namesakes of comparable size.
    """
    place = lookup(name, hints, strong)
    return place.location() if place is not None else None


__all__ = ["DateMatch", "ResolveStage", "find_dates", "lookup_place", "resolve_date"]

"""Load the resolve stage's data files once per process.

The files live in ``eventwire/data/resolve/``; each has a comment header that
says what it holds and how to extend it. Loading is lazy (nothing happens at
import time) and cached, so a worker pays for it once.
"""

from __future__ import annotations

import csv
import functools
import io
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "resolve"


def _data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _csv_rows(name: str) -> list[dict[str, str]]:
    """Rows of a data CSV, skipping ``#`` comment lines."""
    lines = [ln for ln in _data_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    ]


@dataclass(frozen=True)
class TimeWords:
    """The vocabulary of ``time_words.toml`` in lookup form."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    future_cues: tuple[str, ...]
    continuation_cues: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """The time vocabulary (cached)."""
    data: dict[str, Any] = tomllib.loads(_data_text("time_words.toml"))
    numbers = {k.replace("_", " "): int(v) for k, v in data["numbers"].items()}
    return TimeWords(
        months={k: int(v) for k, v in data["months"].items()},
        weekdays={k: int(v) for k, v in data["weekdays"].items()},
        numbers=numbers,
        future_cues=tuple(data["cues"]["future"]),
        continuation_cues=tuple(data["cues"]["continuation"]),
    )


@dataclass(frozen=True)
class PlaceRow:
    """One row of ``places.csv``."""

    name: str
    alias: str
    country: str | None
    lat: float
    lon: float
    kind: str


@functools.lru_cache(maxsize=1)
def place_rows() -> tuple[PlaceRow, ...]:
    """The gazetteer additions (cached)."""
    return tuple(
        PlaceRow(r["name"], r["alias"], r["country"] or None, float(r["lat"]), float(r["lon"]), r["kind"])
        for r in _csv_rows("places.csv")
    )


@functools.lru_cache(maxsize=1)
def country_names() -> tuple[tuple[str, str, str], ...]:
    """(name, iso3, kind) rows of ``country_names.csv`` (cached)."""
    return tuple((r["name"], r["iso3"], r["kind"]) for r in _csv_rows("country_names.csv"))


@dataclass(frozen=True)
class PlaceCues:
    """The vocabulary of ``place_cues.toml``."""

    prepositions: dict[str, int]  # phrase -> score
    settlement_nouns: tuple[str, ...]
    compass: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def place_cues() -> PlaceCues:
    """Words that introduce a place (cached)."""
    data: dict[str, Any] = tomllib.loads(_data_text("place_cues.toml"))
    return PlaceCues(
        prepositions={str(k): int(v) for k, v in data["prepositions"].items()},
        settlement_nouns=tuple(data["filler"]["settlement_nouns"]),
        compass=tuple(data["filler"]["compass"]),
    )

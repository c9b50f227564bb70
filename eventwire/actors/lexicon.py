"""The actor lexicon: data files under ``eventwire/data/actors/`` compiled once
per process into a phrase index, and a scanner that finds phrases in text.

Matching is done on characters, not tokens, because spaCy keeps some
compounds as one token ("U.S.-South"): a phrase matches at a word start when
the lower-cased text continues with it and the next character is not a
letter or digit. Candidates are looked up by the first word of the phrase, so
a scan costs one dict lookup per word plus a few ``startswith`` checks.

Case rules, so that common words do not become actors: phrases written in
capitals of at most six letters (US, UK, ROK, WHO, AU) match only in
capitals; other phrases whose data form starts with a capital ("Jordan",
"Turkey", "Congress") need a capital in the text; lower-case data forms
("troops", "defense ministry") match in any case.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

# Category of a lexicon entry; a lower number wins when one phrase is in
# several files (a known official beats an organisation beats a place ...).
PERSON, ORG, METONYM, COUNTRY, DEMONYM, SECTOR = range(6)
GEO = (METONYM, COUNTRY, DEMONYM)

_WORD = re.compile(r"\w+", re.UNICODE)
_WORD_START = re.compile(r"(?<!\w)\w", re.UNICODE)


@dataclass(frozen=True)
class Entry:
    """What a phrase means: a country, a seat, an organisation, a sector noun or a person."""

    category: int
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"
    prefer: tuple[str, ...] = ()
    title: str | None = None


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text, with character offsets."""

    start: int
    end: int
    entry: Entry

    @property
    def category(self) -> int:
        return self.entry.category


@dataclass
class Lexicon:
    """The compiled lexicon; get it with :func:`get_lexicon`."""

    # first word (lower case) -> [(phrase lower, case rule, original, entry)], longest first
    index: dict[str, list[tuple[str, str, str, Entry]]] = field(default_factory=dict)
    titles: dict[str, tuple[str | None, tuple[str, ...]]] = field(default_factory=dict)  # title -> (sector or None, prefer)
    title_words: frozenset[str] = frozenset()
    max_title_words: int = 1
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 -> short name
    international: dict[str, str] = field(default_factory=dict)  # code -> description
    known_codes: frozenset[str] = frozenset()
    exclusive_titles: set[str] = field(default_factory=set)  # titles only one state uses

    def add(self, phrase: str, entry: Entry) -> None:
        """Index ``phrase`` for ``entry`` unless a higher-priority entry has it."""
        phrase = " ".join(phrase.split())
        if not phrase:
            return
        low = phrase.lower()
        m = _WORD.match(low)
        if m is None:
            return
        letters = phrase.replace(".", "")
        if letters.isalpha() and letters.isupper() and len(letters) <= 6:
            rule = "exact"
        elif phrase[0].isupper():
            rule = "cap"
        else:
            rule = "any"
        bucket = self.index.setdefault(m.group(0), [])
        for i, (p, r, _o, e) in enumerate(bucket):
            if p == low and r == rule:
                if entry.category < e.category:
                    bucket[i] = (low, rule, phrase, entry)
                return
        bucket.append((low, rule, phrase, entry))
        bucket.sort(key=lambda x: -len(x[0]))

    def scan(self, text: str, lower: str | None = None) -> list[Hit]:
        """All longest, non-overlapping phrase hits in ``text``, left to right."""
        lower = fold(text) if lower is None else lower
        hits: list[Hit] = []
        pos = 0
        for m in _WORD_START.finditer(lower):
            s = m.start()
            if s < pos:
                continue
            w = _WORD.match(lower, s)
            bucket = self.index.get(w.group(0)) if w else None
            if not bucket:
                continue
            for low, rule, orig, entry in bucket:
                e = s + len(low)
                if not lower.startswith(low, s):
                    continue
                if e < len(lower) and (lower[e].isalnum() or (lower[e] == "." and low[-1].isalnum() and _is_abbrev_dot(lower, e))):
                    continue
                if rule == "exact" and text[s:e] != orig:
                    continue
                if rule == "cap" and not text[s].isupper():
                    continue
                hits.append(Hit(s, e, entry))
                pos = e
                break
        return hits

    def title_sector(self, title: str) -> tuple[str | None, tuple[str, ...], str | None]:
        """Sector, preferred countries and matched keyword of the longest known title in ``title``."""
        words = [w.lower() for w in re.findall(r"[\w.\-]+", title)]
        best: tuple[int, str] | None = None
        for i in range(len(words)):
            for n in range(min(self.max_title_words, len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                if key in self.titles and (best is None or n > best[0]):
                    best = (n, key)
                    break
        if best is None:
            return None, (), None
        sector, prefer = self.titles[best[1]]
        return sector, prefer, best[1]

    def iter_entries(self) -> Iterator[tuple[str, Entry]]:
        """Every (phrase, entry) pair, for tests and tools."""
        for bucket in self.index.values():
            for _low, _rule, orig, entry in bucket:
                yield orig, entry


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length (offsets stay valid), curly quotes made straight."""
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lower-cases to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("\u2019", "'").replace("\u2018", "'")


def _is_abbrev_dot(lower: str, e: int) -> bool:
    """True when the '.' at ``e`` continues an abbreviation ("u.s" + "."), not ends a sentence."""
    return e + 1 < len(lower) and lower[e + 1].isalpha()


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("eventwire").joinpath("data", "actors", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(lines)


def _lines(name: str) -> list[str]:
    text = resources.files("eventwire").joinpath("data", "actors", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _toml(name: str) -> dict:
    text = resources.files("eventwire").joinpath("data", "actors", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _with_the(phrase: str) -> list[str]:
    """A proper name may be written with a leading "the" ("the Netherlands")."""
    if phrase.lower().startswith("the "):
        return [phrase, phrase[4:]]
    return [phrase]


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """Load and compile every actor data file (once per process)."""
    lex = Lexicon()
    codes = _toml("codes.toml")
    lex.international = dict(codes.get("international", {}))
    known: set[str] = set(lex.international)
    ambiguous = {c.lower() for c in _lines("ambiguous_capitals.txt")}

    for row in _rows("countries.csv"):
        iso = row["iso3"]
        known.add(iso)
        lex.country_names[iso] = row["name"]
        entry = Entry(COUNTRY, row["name"], iso, None, "country")
        for phrase in (row["name"], row["official"]):
            for p in _with_the(phrase):
                lex.add(p, entry)
        cap = row["capital"]
        if cap and cap.lower() not in ambiguous:
            lex.add(cap, Entry(METONYM, cap, iso, None, "country"))
    for row in _rows("aliases.csv"):
        iso = row["iso3"]
        phrases = _split(row["phrases"])
        entry = Entry(COUNTRY, lex.country_names.get(iso, phrases[0]), iso, None, "country")
        for p in phrases:
            for q in _with_the(p):
                lex.add(q, entry)
    for row in _rows("demonyms.csv"):
        iso = row["iso3"]
        entry = Entry(DEMONYM, lex.country_names.get(iso, iso), iso, None, "country")
        for p in _split(row["forms"]):
            lex.add(p, entry)
    for row in _rows("metonyms.csv"):
        entry = Entry(METONYM, row["name"], row["iso3"], row["sector"] or None, "country" if not row["sector"] else "org")
        for p in _split(row["phrases"]):
            lex.add(p, entry)
    for row in _rows("orgs.csv"):
        entry = Entry(
            ORG, row["name"], row["country"] or None, row["sector"] or None, row["kind"] or "org", tuple(_split(row["prefer"]))
        )
        for p in _split(row["phrases"]):
            lex.add(p, entry)
    for row in _rows("sectors.csv"):
        for p in _split(row["phrases"]):
            lex.add(p, Entry(SECTOR, p, None, row["sector"], row["kind"] or "group"))
    for row in _rows("officials.csv"):
        entry = Entry(PERSON, row["name"], row["iso3"], row["sector"] or None, "person", (), row["title"] or None)
        for p in [row["name"], *_split(row["aliases"])]:
            lex.add(p, entry)
    _load_fictional(lex)

    for row in _rows("titles.csv"):
        # an empty sector: the title says nothing of it ("mediator"), the organisation may;
        # "JPN!": only that state has the title
        prefer = tuple(_split(row["prefer"]))
        if len(prefer) == 1 and prefer[0].endswith("!"):
            prefer = (prefer[0][:-1],)
            lex.exclusive_titles.add(row["title"].lower())
        lex.titles[row["title"].lower()] = (row["sector"] or None, prefer)
    lex.max_title_words = max(len(t.split()) for t in lex.titles)
    lex.title_words = frozenset(w for t in lex.titles for w in t.split())
    lex.known_codes = frozenset(known)
    return lex


@functools.lru_cache(maxsize=1)
def get_cities() -> dict[str, str]:
    """City name (lower case) -> ISO3, loaded on first use (see cities.csv)."""
    return {row["name"].lower(): row["iso3"] for row in _rows("cities.csv")}


@functools.lru_cache(maxsize=1)
def get_region_members() -> dict[str, frozenset[str]]:
    """Region code -> the ISO3 codes of its states (see region_members.csv)."""
    return {row["region"]: frozenset(row["members"].split()) for row in _rows("region_members.csv")}


@functools.lru_cache(maxsize=1)
def get_regions() -> dict[str, str]:
    """State or province name (as written) -> ISO3 of its country (see regions.csv)."""
    return {row["name"]: row["iso3"] for row in _rows("regions.csv")}


@functools.lru_cache(maxsize=1)
def region_pattern() -> re.Pattern[str]:
    """The names of regions.csv as whole words, longest first ("West Virginia" before "Virginia")."""
    names = sorted(get_regions(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@functools.lru_cache(maxsize=1)
def _real_country_names() -> dict[str, str]:
    lex = get_lexicon()
    names: dict[str, str] = {}
    for phrase, entry in lex.iter_entries():
        if entry.category in (COUNTRY, DEMONYM) and entry.country in lex.country_names and len(phrase) >= 5:
            names.setdefault(phrase.lower(), entry.country)
    return names


@functools.lru_cache(maxsize=4096)
def fuzzy_country(name: str) -> str | None:
    """ISO3 of a real country whose name is one typo away ("Ethopia", "Afganistan")."""
    import difflib

    low = name.lower()
    if len(low) < 5:
        return None
    names = _real_country_names()
    # typos rarely hit the first letter; comparing against those names only keeps this cheap
    pool = [n for n in names if n[0] == low[0] and abs(len(n) - len(low)) <= 2]
    match = difflib.get_close_matches(low, pool, n=1, cutoff=0.86)
    return names[match[0]] if match else None


def _load_fictional(lex: Lexicon) -> None:
    """The PETRARCH2 validation suite's fictional actors (see the file header)."""
    data = _toml("petrarch_fictional.toml")
    for name, code in data.get("states", {}).items():
        for p in _with_the(name):
            lex.add(p, Entry(COUNTRY, name, code, None, "country"))
    for name, code in data.get("places", {}).items():
        lex.add(name, Entry(METONYM, name, code, None, "country"))
    for name, code in data.get("demonyms", {}).items():
        lex.add(name, Entry(DEMONYM, name, code, None, "country"))
    for name, spec in data.get("people", {}).items():
        parts = spec.split()
        lex.add(name, Entry(PERSON, name, parts[0], parts[1] if len(parts) > 1 else None, "person"))

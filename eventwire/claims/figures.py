"""Figures and dates of month found in plain text (no parse needed).

Used both on parsed sentences (headline vs body) and on bare evidence strings
(cross-report merging), so it works on text alone: one compiled tokeniser
regex and dictionary lookups, O(n) in the words of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import words

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|[.,;:!?()]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# casualty units win over a plain count noun in "12 people were killed"
_PRIORITY_UNITS = frozenset({"killed", "injured", "casualties"})
_ARTICLE_ONES = frozenset({"a", "an", "single"})
# a unit after these belongs to the next clause or figure
_STOPS = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "and", "or", "but", "while"})
# a figure's unit is searched this many words ahead
_UNIT_WINDOW = 4


@dataclass(frozen=True)
class Figure:
    unit: str  # canonical unit from lexicon.toml [units]
    value: float
    text: str  # the number as written


def _number(tok: str) -> float | None:
    """Value of a digit string or a spelled-out number ("twenty-one"), else None."""
    lex = words().numbers
    if tok[0].isdigit():
        try:
            return float(tok.replace(",", ""))
        except ValueError:
            return None
    low = tok.lower()
    if low in lex:
        return float(lex[low])
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in lex and parts[1] in lex and lex[parts[1]] < 10 <= lex[parts[0]]:
        return float(lex[parts[0]] + lex[parts[1]])
    return None


def figures(text: str) -> list[Figure]:
    """Counted things in ``text``: (unit, value) for "three missiles",
    "12 people were killed", "two ICBMs". Ordinals and years are skipped."""
    lex = words()
    toks = _TOKEN.findall(text)
    out: list[Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if _ORDINAL.match(tok):
            i += 1
            continue
        value = _number(tok)
        if value is None:
            i += 1
            continue
        j = i + 1
        # "two hundred", "3 million"
        while j < n and toks[j].lower() in ("hundred", "thousand", "million") and value < 1000:
            value *= lex.numbers[toks[j].lower()]
            j += 1
        low = tok.lower()
        if tok.isdigit() and len(tok) == 4 and 1900 <= value <= 2100:
            i = j
            continue
        window = 3 if low in _ARTICLE_ONES else _UNIT_WINDOW
        # "killed 21 soldiers": a casualty verb right before the figure wins
        prev = lex.units.get(toks[i - 1].lower()) if i > 0 else None
        unit = prev if prev in _PRIORITY_UNITS else None
        for k in range(j, min(n, j + window) if unit is None else j):
            w = toks[k].lower()
            if w in _STOPS:
                break
            if low in _ARTICLE_ONES and w == "of":
                break  # "a salvo of missiles" is not one missile
            u = lex.units.get(w)
            if u and (unit is None or u in _PRIORITY_UNITS):
                unit = u
                if u in _PRIORITY_UNITS:
                    break
            if _number(toks[k]) is not None and not _ORDINAL.match(toks[k]):
                break  # the next figure starts here
        if unit:
            out.append(Figure(unit, value, tok))
        i = j
    return out


def figure_map(text: str) -> dict[str, set[float]]:
    """unit -> set of values stated in ``text``."""
    out: dict[str, set[float]] = {}
    for f in figures(text):
        out.setdefault(f.unit, set()).add(f.value)
    return out


_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_PATTERNS = (
    # "on the 11th", "the 11th of March"
    re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE),
    re.compile(rf"\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?:{_MONTH_ALT})\b", re.IGNORECASE),
    # "March 11", "Mar. 11th"
    re.compile(rf"\b(?:{_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{3}})", re.IGNORECASE),
    # "11 March"
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b", re.IGNORECASE),
)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def day_mentions(text: str) -> dict[str, set[str]]:
    """Dates of month and weekdays named in ``text``:
    {"day": {"11"}, "weekday": {"monday"}} (keys only when present)."""
    out: dict[str, set[str]] = {}
    for pat in _DAY_PATTERNS:
        for m in pat.finditer(text):
            day = int(m.group(1))
            if 1 <= day <= 31:
                out.setdefault("day", set()).add(str(day))
    for m in _WEEKDAY_RE.finditer(text):
        out.setdefault("weekday", set()).add(m.group(1).lower())
    return out

"""Publication dates written in a plain-text header ("Published: March 3, 2024").

Cheap regular expressions, no dateparser: the header is a handful of lines and
only explicit, complete dates (day, month, year) are taken.
"""

from __future__ import annotations

import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_NUMERIC = re.compile(r"\b(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")
_MDY = re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b")
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>(?:19|20)\d{{2}})\b")
MAX_DATE_LINE_WORDS = 10


def _iso(y: str, m: int, d: str) -> str | None:
    day = int(d)
    if 1 <= m <= 12 and 1 <= day <= 31:
        return f"{int(y):04d}-{m:02d}-{day:02d}"
    return None


def find_date(text: str) -> str | None:
    """The first complete date in ``text`` as YYYY-MM-DD, else None."""
    m = _NUMERIC.search(text)
    if m:
        return _iso(m.group("y"), int(m.group("m")), m.group("d"))
    for rx in (_MDY, _DMY):
        m = rx.search(text)
        if m and m.group("mon").lower() in _MONTHS:
            return _iso(m.group("y"), _MONTHS[m.group("mon").lower()], m.group("d"))
    return None


def date_line(line: str) -> str | None:
    """The date of a short header line that is (mostly) a date, else None."""
    if len(line.split()) > MAX_DATE_LINE_WORDS:
        return None
    return find_date(line)

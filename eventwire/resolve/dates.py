"""Find and resolve date phrases against a publication date.

News dates are mostly relative to the day a report was published ("on
Thursday", "yesterday", "on the 11th (local time)", "last month") or lack a
year ("on Sept. 3"). The common shapes go through precompiled regexes here
(dateparser is slow and misreads "the 11th"); dateparser is only the fallback
for an explicit date with a month name that none of the patterns took.

Rules (P = publication date):

* no year: the year that puts the date nearest on or before P (past tense)
  or on or after P (future tense);
* a weekday: the most recent one on or before P (past), the next one on or
  after P (future: P's own weekday is P, as wire style names today), the next
  one after P for "next Monday";
* "the 11th": the most recent 11th on or before P (past), the next (future);
* "last week"/"this week" start on Monday, "last month" on the 1st, "last
  year" on January 1st; the granularity (day|week|month|year) is returned so
  nobody mistakes the first day for the day of the event;
* nothing is invented: a phrase that needs P when P is unknown gives no date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .lexicon import time_words

Date = dt.date


@dataclass(frozen=True)
class DateMatch:
    """One resolved date phrase in a text (offsets into that text)."""

    start: int
    end: int
    text: str
    iso: str
    granularity: str = "day"  # day | week | month | year
    end_iso: str | None = None  # last day of a range ("April 11-12")
    relative: bool = False  # True when it depends on the publication date or an anchor

    def extra(self) -> dict[str, Any]:
        """The fields the stage copies into ``Event.extra``."""
        out: dict[str, Any] = {"date_granularity": self.granularity}
        if self.end_iso:
            out["date_end"] = self.end_iso
        return out


def parse_iso(value: str | None) -> Date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; None when unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> Date | None:
    if not (1900 <= y <= 2100 and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return dt.date(y, m, d)


def _add_months(d: Date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _year_for(m: int, d: int, p: Date, future: bool) -> Date | None:
    """The date with month ``m`` and day ``d`` nearest P in the tense's direction."""
    cand = _safe_date(p.year, m, d)
    if cand is None:  # 29 February in a common year: look one year further
        for y in (p.year + 1, p.year - 1) if future else (p.year - 1, p.year + 1):
            cand = _safe_date(y, m, d)
            if cand:
                return cand
        return None
    if future and cand < p:
        return _safe_date(p.year + 1, m, d)
    if not future and cand > p:
        return _safe_date(p.year - 1, m, d)
    return cand


# --------------------------------------------------------------------------
# patterns (compiled once per process from time_words.toml)


# Days counted from the date of the event being continued, never from P.
ANCHOR_DAY = re.compile(
    r"\bthe\s+(?:(?:previous|following|next|same)\s+day|day\s+(?:before|after))\b(?!\s+(?:yesterday|tomorrow))"
    # ("retaliated hours later", "later that day": the day of the act continued)
    r"|\b(?:hours|minutes)\s+(?:later|earlier|afterwards)\b|\blater\s+that\s+(?:day|night|evening|afternoon|morning)\b",
    re.I,
)

# The year after or before the one being continued: "was driven out the following year"
_ANCHOR_YEAR = r"\bthe\s+(?:following\s+year|year\s+(?:after|before)(?!\s+(?:last|next)\b))\b"

# The month after or before the one being continued: "retaliated the following month"
# (not "the next month", which also means the month to come)
_ANCHOR_MONTH = r"\bthe\s+(?:following\s+month|month\s+(?:after|before)(?!\s+(?:last|next)\b))\b"

# A month or the year of the date being continued: "that October", "in November of that year"
_THAT_TIME = (
    r"\b(?:that|the\s+same)\s+(?:year|month|January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bof\s+(?:that|the\s+same)\s+year\b|" + _ANCHOR_YEAR + "|" + _ANCHOR_MONTH
)

THAT_TIME = re.compile(_THAT_TIME, re.I)
ANCHOR_YEAR = re.compile(_ANCHOR_YEAR, re.I)

# Phrases that resolve only against the date of the event being continued.
NEEDS_ANCHOR = re.compile(ANCHOR_DAY.pattern + r"|\b(?:later|after)\b|" + _THAT_TIME, re.I)


@dataclass(frozen=True)
class _Ctx:
    p: Date | None
    future: bool
    anchor: Date | None  # for "a week earlier": the date being continued, else P
    continued: Date | None = None  # only the continued date: "the next day" has no meaning without it


Handler = Callable[["re.Match[str]", _Ctx], "tuple[Date, str, Date | None] | None"]


@dataclass
class _Patterns:
    rules: list[tuple[int, re.Pattern[str], Handler, bool, str]] = field(default_factory=list)
    # A rule runs only when the text has what it needs (a month name, a
    # weekday, a digit ...): one cheap search saves a dozen full scans.
    needs: dict[str, re.Pattern[str]] = field(default_factory=dict)
    month_word: re.Pattern[str] | None = None
    # Cheap gate: a text without a digit or any time word has no date phrase,
    # so most sentences skip the rules entirely.
    gate: re.Pattern[str] | None = None


# Lower-case words that may follow a date year ("in 2018 and 2019", "since
# 2018 when ..."); any other lower-case word makes the year a modifier.
_NOT_FUNCTION = (
    r"(?!(?:and|or|to|when|after|before|until|as|in|on|at|for|with|but|while|which|that|the|a|an|it|he|she|they|we|was|were|is"
    r"|along|alongside|amid|over|under|despite|against|through|by|from|following|during|into|its|their|his|her|because|if|where|who|also"
    # (a participle opens a clause of its own: "signed an agreement in 1986 obliging each other ...")
    r"|[a-z]+ing)\b)"
)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    tw = time_words()
    months = {k.capitalize(): v for k, v in tw.months.items()}
    # The full name of each month is its longest spelling; bare months ("in May")
    # only count when written in full, so "Mar" or "Jun" alone never match.
    full_months = [max((k for k, v in months.items() if v == n), key=len) for n in set(months.values())]
    weekdays = {k.capitalize(): v for k, v in tw.weekdays.items() if k.endswith("day")}
    # Abbreviations may carry a dot ("Sept. 3"); a full name's dot ends the sentence.
    abbrevs = [k for k in months if k not in full_months]
    month_rx = rf"(?:{_alt(full_months)})(?!\.\w)|(?:{_alt(abbrevs)})\.?"
    mon = lambda g: rf"(?P<{g}>{month_rx})"  # noqa: E731 - tiny local template
    day = lambda g: rf"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"  # noqa: E731
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    wd = rf"(?P<wd>{_alt(list(weekdays))})"
    num = rf"(?P<n>\d{{1,3}}|(?i:{_alt(list(tw.numbers))}))"
    dash = r"\s*(?:-|–|—|to|through|until|and)\s*"
    which_year = r",?\s+(?P<which>(?i:last|this|next))\s+(?i:year)\b"  # "on June 13 last year"

    def month_of(m: re.Match[str], g: str = "mon") -> int:
        return months[m.group(g).rstrip(".").capitalize()]

    def explicit(m: re.Match[str], c: _Ctx, mo: int, d: int) -> Date | None:
        if m.groupdict().get("y"):
            return _safe_date(int(m.group("y")), mo, d)
        if m.groupdict().get("which") and c.p:
            return _safe_date(c.p.year + {"last": -1, "this": 0, "next": 1}[m.group("which").lower()], mo, d)
        return _year_for(mo, d, c.p, c.future) if c.p else None

    def h_iso(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return (d, "day", None) if d else None

    def h_md_range(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        mo = month_of(m)
        start = explicit(m, c, mo, int(m.group("d1")))
        if start is None:
            return None
        mo2 = month_of(m, "mon2") if m.groupdict().get("mon2") else mo
        y2 = start.year + (1 if mo2 < mo else 0)
        end = _safe_date(y2, mo2, int(m.group("d2")))
        return start, "day", end if end and end >= start else None

    def h_md(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        d = explicit(m, c, month_of(m), int(m.group("d")))
        return (d, "day", None) if d else None

    def h_month_year(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        d = _safe_date(int(m.group("y")), month_of(m), 1)
        return (d, "month", None) if d else None

    def h_month_rel_year(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "in June last year", "in March next year"
        if c.p is None:
            return None
        off = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
        d = _safe_date(c.p.year + off, month_of(m), 1)
        return (d, "month", None) if d else None

    def h_bare_month(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.p is None:
            return None
        mo, pre = month_of(m), m.group("pre").lower()
        y = c.p.year
        if pre == "next" or (c.future and pre not in ("last", "this")):
            y = y if mo >= c.p.month else y + 1
        elif pre == "last":
            y = y if mo < c.p.month else y - 1
        elif pre != "this":
            y = y if mo <= c.p.month else y - 1
        d = _safe_date(y, mo, 1)
        return (d, "month", None) if d else None

    def h_that_month(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "that October", "in November of that year": the month of the year being continued
        if c.continued is None:
            return None
        d = _safe_date(c.continued.year, month_of(m), 1)
        return (d, "month", None) if d else None

    def h_that_day(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "on Oct. 1 of that year": the day in the year being continued
        if c.continued is None:
            return None
        d = _safe_date(c.continued.year, month_of(m), int(m.group("d")))
        return (d, "day", None) if d else None

    def h_same_month(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "later that month": the month of the date being continued
        if c.continued is None:
            return None
        return _safe_date(c.continued.year, c.continued.month, 1), "month", None

    def h_that_year(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.continued is None:
            return None
        return _safe_date(c.continued.year, 1, 1), "year", None

    def h_anchor_year(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "the following year", "the year before": a year on from (or before) the one being continued
        if c.continued is None:
            return None
        off = -1 if "before" in m.group(0).lower() else 1
        return _safe_date(c.continued.year + off, 1, 1), "year", None

    def h_anchor_month(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "the following month", "the month before": a month on from (or before) the one being continued
        if c.continued is None:
            return None
        n = c.continued.year * 12 + c.continued.month - 1 + (-1 if "before" in m.group(0).lower() else 1)
        return _safe_date(n // 12, n % 12 + 1, 1), "month", None

    def h_year(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        d = _safe_date(int(m.group("y")), 1, 1)
        return (d, "year", None) if d else None

    def h_year_range(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        # "between 2022 and 2023": the first year, the last one's end in extra
        d, end = _safe_date(int(m.group("y")), 1, 1), _safe_date(int(m.group("y2")), 12, 31)
        return (d, "year", end if end and d and end > d else None) if d else None

    def h_ordinal(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.p is None:
            return None
        n = int(m.group("d"))
        if not 1 <= n <= 31:
            return None
        which = (m.group("which") or "").lower()
        if which:
            y, mo = _add_months(c.p, {"this": 0, "last": -1, "next": 1}[which])
            d = _safe_date(y, mo, n)
            return (d, "day", None) if d else None
        step = 1 if c.future else -1
        first = n >= c.p.day if c.future else n <= c.p.day
        for k in range(0 if first else 1, 4):
            y, mo = _add_months(c.p, step * k)
            d = _safe_date(y, mo, n)
            if d:
                return d, "day", None
        return None

    def h_weekday(m: re.Match[str], c: _Ctx) -> tuple[Date, str, Date | None] | None:
        if c.p is None:
            return None
        w = weekdays[m.group("wd").capitalize()]
        pre = (m.group("pre") or "").strip().lower()
        if m.group("week"):
            # "on Friday last week": that weekday of the week named
            step = {"last": -7, "this": 0, "next": 7}[m.group("week").lower()]
            return c.p + dt.timedelta(days=step + w - c.p.weekday()), "day", None
        if pre == "next" or (c.future and pre != "last"):
            # (a story's own weekday is that day: wire style names today's weekday, "will fly
            # to Washington on Sunday" in a Sunday story; a week on is "next Sunday")
            delta = (w - c.p.weekday()) % 7 or (7 if pre == "next" else 0)
            return c.p + dt.timedelta(days=delta), "day", None
        delta = (c.p.weekday() - w) % 7
        if pre == "last" and delta == 0:
            delta = 7
        return c.p - dt.timedelta(days=delta), "day", None

    def h_rel_day(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.p is None:
            return None
        word = re.sub(r"\s+", " ", m.group(0).lower())
        if "before yesterday" in word:
            off = -2
        elif "yesterday" in word or "last night" in word:
            off = -1
        elif "tomorrow" in word:
            off = 1
        else:
            off = 0
        return c.p + dt.timedelta(days=off), "day", None

    def h_ago(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else tw.numbers.get(re.sub(r"\s+", " ", raw), 0)
        direction = m.group("dir").lower()
        if direction == "ago" or direction.startswith("from"):
            base = c.p
        elif direction in ("later", "after"):
            base = c.continued  # "two weeks later" than what? Only a continued event says.
        else:
            base = c.anchor or c.p  # "a week earlier" than the report at the latest
        if base is None or not 0 < n <= 400:
            return None
        sign = 1 if direction in ("later", "after") or direction.startswith("from") else -1
        unit = m.group("unit").lower()
        if unit == "day":
            return base + dt.timedelta(days=sign * n), "day", None
        if unit == "week":
            return base + dt.timedelta(days=sign * 7 * n), "week", None
        if unit == "month":
            y, mo = _add_months(base, sign * n)
            d = _safe_date(y, mo, 1)
            return (d, "month", None) if d else None
        d = _safe_date(base.year + sign * n, 1, 1)
        return (d, "year", None) if d else None

    def h_period(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.p is None:
            return None
        which = m.group("which").lower()
        off = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}.get(which, 0)
        unit = m.group("unit").lower()
        p = c.p
        if off == 0 and unit in ("week", "month", "year") and m.group(0).lower().startswith("later"):
            # "later this week", "later this year": after the report, within the period
            # (not the period's first day, which has passed)
            end = (
                p + dt.timedelta(days=6 - p.weekday()) if unit == "week"
                else dt.date(*_add_months(p, 1), 1) - dt.timedelta(days=1) if unit == "month"
                else dt.date(p.year, 12, 31)
            )
            return min(p + dt.timedelta(days=1), end), unit, end
        if unit == "week":
            monday = p - dt.timedelta(days=p.weekday())
            return monday + dt.timedelta(days=7 * off), "week", None
        if unit == "weekend":
            back = (p.weekday() - 5) % 7  # days since the most recent Saturday
            if off < 0:
                sat = p - dt.timedelta(days=back or 7)
            elif off > 0 or c.future:
                sat = p + dt.timedelta(days=(5 - p.weekday()) % 7 or (7 if off > 0 else 0))
            else:
                sat = p - dt.timedelta(days=back)
            return sat, "day", sat + dt.timedelta(days=1)
        if unit == "month":
            y, mo = _add_months(p, off)
            return dt.date(y, mo, 1), "month", None
        return dt.date(p.year + off, 1, 1), "year", None

    def h_the_weekend(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.p is None:
            return None
        p = c.p
        if c.future:
            sat = p + dt.timedelta(days=(5 - p.weekday()) % 7)
        else:
            sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        return sat, "day", sat + dt.timedelta(days=1)

    def h_anchor_day(m: re.Match[str], c: _Ctx):  # type: ignore[no-untyped-def]
        if c.continued is None:
            return None
        word = m.group(0).lower()
        off = -1 if ("previous" in word or "before" in word) else 0 if ("same" in word or "hours" in word or "minutes" in word or "that" in word) else 1
        return c.continued + dt.timedelta(days=off), "day", None

    rel_pre = r"(?:(?:earlier|later)\s+|(?:early|late)\s+)?"
    rules: list[tuple[int, str, Handler, bool, int]] = [
        # (priority, regex, handler, relative, flags)
        (0, r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", h_iso, False, 0),
        (
            1,
            rf"\b(?:(?i:from|between)\s+)?{mon('mon')}\s+{day('d1')}{dash}(?:{mon('mon2')}\s+)?{day('d2')}(?:,?\s+{year})?",
            h_md_range,
            False,
            0,
        ),
        (
            1,
            rf"\b(?:(?i:from|between)\s+)?{day('d1')}{dash}{day('d2')}\s+(?:of\s+)?{mon('mon')}(?:,?\s+{year})?",
            h_md_range,
            False,
            0,
        ),
        (2, rf"\b(?:(?i:on)\s+)?(?:{wd},?\s+)?{mon('mon')}\s+{day('d')}(?:,?\s+{year}|{which_year})?", h_md, False, 0),
        (
            2,
            rf"\b(?:(?i:on)\s+)?(?:{wd},?\s+)?(?:(?i:the)\s+)?{day('d')}\s+(?:of\s+)?{mon('mon')}(?:,?\s+{year}|{which_year})?",
            h_md,
            False,
            0,
        ),
        (
            3,
            rf"\b(?:(?i:in|since|during)\s+)?(?:(?i:early|mid|late)[- ])?{mon('mon')},?\s+{year}",
            h_month_year,
            False,
            0,
        ),
        (
            3,
            rf"\b(?:(?i:in|since|during)\s+)?(?:(?i:early|mid|late)[- ])?{mon('mon')},?\s+(?P<which>(?i:last|this|next))\s+(?i:year)\b",
            h_month_rel_year,
            True,
            0,
        ),
        (
            4,
            rf"\b(?P<pre>(?i:in\s+early|in\s+late|in\s+mid|in|since|during|last|this|next|early|late|mid))[- ](?P<mon>{_alt(full_months)})\b(?!\s*\d)",
            h_bare_month,
            True,
            0,
        ),
        (3, rf"\b(?i:between|from)\s+{year}\s*(?:-|–|and|to|until|through)\s*(?P<y2>(?:19|20)\d\d)(?!\d)", h_year_range, False, 0),
        (
            3,
            rf"\b(?:(?i:in|since|during|by)\s+)?(?:(?i:early|mid|late)[- ])?(?P<mon>{_alt(full_months)})\s+(?:(?i:of)\s+)?(?i:that|the\s+same)\s+(?i:year)\b",
            h_that_month,
            True,
            0,
        ),
        (3, rf"\b(?i:that|the\s+same)\s+(?P<mon>{_alt(full_months)})\b", h_that_month, True, 0),
        # "on Oct. 1 of that year"
        (2, rf"\b(?P<mon>{month_rx})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?i:of)\s+(?i:that|the\s+same)\s+(?i:year)\b", h_that_day, True, 0),
        (5, r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year\b", h_that_year, True, re.I),
        (5, r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same)\s+month\b", h_same_month, True, re.I),
        (5, _ANCHOR_YEAR, h_anchor_year, True, re.I),
        (5, _ANCHOR_MONTH, h_anchor_month, True, re.I),
        (
            4,
            # not a year that names a thing: "part of the 2018 military pact"
            rf"\b(?i:in|during|throughout|of|since)\s+(?:(?i:early|mid|late)[- ])?{year}(?!\s*(?:-|–|%|percent))(?!\s+{_NOT_FUNCTION}[a-z])",
            h_year,
            False,
            0,
        ),
        (
            5,
            r"\b(?i:on|since|from|until|by|(?:morning|afternoon|evening|night)\s+of)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<which>this|last|next)\s+month\b)?"
            r"(?!\s+(?!(?:local|of|and|to|at|in|when|as|after|before|with|during|while|amid)\b)[A-Za-z])",
            h_ordinal,
            True,
            0,
        ),
        (
            5,
            rf"\b(?P<pre>(?i:on|last|this|next|early|late|since|by|until|from)\s+)?(?:(?i:early|late)\s+)?{wd}\b(?:\s+(?i:night|morning|afternoon|evening))?(?:\s+(?P<week>(?i:last|this|next))\s+(?i:week)\b)?",
            h_weekday,
            True,
            0,
        ),
        (
            5,
            r"\b(?:(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
            h_rel_day,
            True,
            re.I,
        ),
        (
            5,
            rf"\b{num}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|previously|(?:before|after)(?=\s*(?:[,.;:)]|$))))\b",
            h_ago,
            True,
            0,
        ),
        (
            6,
            rf"\b{rel_pre}(?P<which>last|past|previous|this|next|coming)\s+(?P<unit>week|month|year|weekend)\b",
            h_period,
            True,
            re.I,
        ),
        (7, r"\b(?:over|during|on|at)\s+the\s+weekend\b", h_the_weekend, True, re.I),
        (7, ANCHOR_DAY.pattern, h_anchor_day, True, re.I),
    ]
    pats = _Patterns()
    need_of: dict[Handler, str] = {h_iso: "digit", h_year: "digit", h_year_range: "digit", h_ordinal: "ordinal", h_weekday: "weekday"}
    need_of.update({h: "month" for h in (h_md_range, h_md, h_month_year, h_month_rel_year, h_bare_month, h_that_month)})
    for prio, rx, handler, relative, flags in rules:
        pats.rules.append((prio, re.compile(rx, flags), handler, relative, need_of.get(handler, "words")))
    pats.needs = {
        "digit": re.compile(r"\d"),
        "ordinal": re.compile(r"\d(?:st|nd|rd|th)\b"),
        "weekday": re.compile(rf"\b(?:{_alt(list(weekdays))})"),
        "month": re.compile(rf"\b(?:{_alt(list(months))})"),
        "words": re.compile(
            r"(?i:yesterday|today|tonight|tomorrow|night|ago|day|earlier|later|week|month|year|"
            r"morning|afternoon|evening|before|after|previously|from\s+now)"
        ),
    }
    pats.month_word = re.compile(rf"\b(?:{_alt(full_months)})\b")
    gate_words = [
        *full_months,
        *weekdays,
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "night",
        "ago",
        "day",
        "earlier",
        "later",
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
    ]
    pats.gate = re.compile(rf"\d|\b(?i:{_alt(gate_words)})")
    return pats


# --------------------------------------------------------------------------
# public API


def find_dates(
    text: str,
    published: str | None,
    tense: str = "past",
    anchor: str | None = None,
) -> list[DateMatch]:
    """Every resolvable date phrase of ``text``, in reading order.

    ``tense`` is "past" or "future" (direction for dates without a year and
    for weekdays); ``anchor`` is the date that "a week earlier" counts from
    (defaults to ``published``). Overlapping phrases keep the longest.
    """
    if not text or not isinstance(text, str):
        return []
    pats = _patterns()
    if pats.gate is not None and pats.gate.search(text) is None:
        return []
    p = parse_iso(published)
    ctx = _Ctx(p, tense == "future", parse_iso(anchor) or p, parse_iso(anchor))
    found: list[tuple[int, int, int, re.Match[str], Handler, bool]] = []
    have: dict[str, bool] = {}
    for prio, rx, handler, relative, need in pats.rules:
        if need not in have:
            have[need] = pats.needs[need].search(text) is not None
        if not have[need]:
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.end() - m.start(), prio, m.start(), m, handler, relative))
    # Longest first, then by pattern priority: "on Thursday, April 11" beats "Thursday".
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    waiting: list[tuple[re.Match[str], Handler]] = []

    def take(m: re.Match[str], handler: Handler, relative: bool, c: _Ctx) -> bool:
        try:
            res = handler(m, c)
        except (ValueError, OverflowError, KeyError):
            res = None
        if res is None or res[0] is None:
            return False
        d, gran, end = res
        taken.append((m.start(), m.end()))
        # A date without its year depends on P and the tense like "on Thursday".
        rel = relative or ("y" in m.re.groupindex and not m.group("y"))
        out.append(DateMatch(m.start(), m.end(), m.group(0), d.isoformat(), gran, end.isoformat() if end else None, rel))
        return True

    for _, _, _, m, handler, relative in found:
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if _named_may(text, s):
            taken.append((s, e))  # (nor may the fallback read it)
            continue
        if not take(m, handler, relative, ctx) and ctx.continued is None:
            waiting.append((m, handler))
    # "invaded Kuwait in 1990 and was driven out the following year": with no
    # date handed in to continue, a phrase that needs one continues the
    # sentence's own date before it
    for m, handler in sorted(waiting, key=lambda w: w[0].start()):
        before = [x for x in out if x.end <= m.start()]
        if before and not any(m.start() < te and ts < m.end() for ts, te in taken):
            told = parse_iso(max(before, key=lambda x: x.end).iso)
            take(m, handler, True, replace(ctx, anchor=told, continued=told))
    out.extend(_fallback(text, taken, p, ctx.future))
    out.sort(key=lambda x: x.start)
    return out


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# capitalised words that may stand before a date's "May": "On May 4", "Sunday May 4"
_BEFORE_A_DATE = frozenset((
    "on", "in", "by", "since", "until", "till", "before", "after", "from", "through", "between", "of", "to", "and", "or",
    "late", "early", "mid", "last", "next", "this", "during",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))


def _named_may(text: str, start: int) -> bool:
    """ "the boat, the Unaizah May 4": "May" after a capitalised word other than
    a preposition or a weekday is part of a name, no date."""
    if text[start : start + 3] != "May":
        return False
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in _BEFORE_A_DATE


def resolve_date(
    text: str, published: str | None, tense: str = "past"
) -> tuple[str | None, str | None, dict]:
    """Resolve the first date phrase of ``text`` against ``published``.

    Returns (ISO date or None, the phrase matched or None, extra) where extra
    holds ``date_granularity`` (day|week|month|year) and, for a range,
    ``date_end``. Never raises; unknown stays None.
    """
    try:
        matches = find_dates(text, published, tense)
    except Exception:  # noqa: BLE001 - a pure helper on untrusted text must not raise
        return None, None, {}
    if not matches:
        return None, None, {}
    m = matches[0]
    return m.iso, m.text, m.extra()


# --------------------------------------------------------------------------
# dateparser fallback, for explicit dates none of the patterns took


_DAY_BEFORE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r"\.?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b")


def _fallback(text: str, taken: list[tuple[int, int]], p: Date | None, future: bool) -> list[DateMatch]:
    rx = _patterns().month_word
    out: list[DateMatch] = []
    if rx is None:
        return out
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if any(ts <= s < te for ts, te in taken):
            continue
        # Only worth a dateparser call when a number sits right next to the month.
        ws, we = max(0, s - 14), min(len(text), e + 14)
        window = text[ws:we]
        # A day number must touch the month ("3rd April", "April the 3rd").
        if not (_DAY_BEFORE.search(text, ws, s) or _DAY_AFTER.match(text, e, we)):
            continue
        got = _dateparser_search(window, p.isoformat() if p else None, future)
        if got is None:
            continue
        phrase, iso = got
        off = window.find(phrase)
        start = ws + max(off, 0)
        out.append(DateMatch(start, start + len(phrase), phrase, iso, "day", None, False))
        taken.append((start, start + len(phrase)))
    return out


@functools.lru_cache(maxsize=4096)
def _dateparser_search(window: str, published: str | None, future: bool) -> tuple[str, str] | None:
    """(phrase, ISO date) of an explicit date in ``window`` via dateparser, cached."""
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]  # dateparser: types-dateparser not installed
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"],
    }
    if published:
        base = parse_iso(published)
        if base is None:
            return None
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    elif not re.search(r"(?:19|20)\d\d", window):
        return None  # without P or a year the date would be invented
    try:
        res = search_dates(window, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises a zoo of errors on odd text
        return None
    for phrase, when in res or []:
        if _patterns().month_word.search(phrase) and re.search(r"\d", phrase):  # type: ignore[union-attr]
            return phrase, when.date().isoformat()
    return None

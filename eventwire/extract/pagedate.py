"""The publication date of an HTML page, and how far it can be trusted.

Sources, best first; the first that gives a date wins:

1. ``metadata``: JSON-LD ``datePublished``/``dateCreated``/``uploadDate``,
   then the publication ``<meta>`` tags;
2. ``article``: a ``<time datetime>`` tied to the article, searched from the
   headline ``<h1>`` outwards (its parent, then grandparent ...) or, without
   a headline, inside ``<article>``;
3. ``byline``: a short dated line tied to the article in the same way, whose
   class says date/credit/byline ... or which starts "Published"
   ("KYODO NEWS - Jun 26, 2024 - 11:42", "Published : Mar 14, 2024");
4. ``guess``: htmldate's quick search over the page with its chrome removed.

Sources 2 and 3 never look inside site chrome: navigation, footers, asides,
list items (but for an article's own meta line, ``<li class="date">``),
related/most-read/ticker/caption boxes, and a site header (a ``<header>`` or
``#header`` that neither holds the headline, nor sits in the headline's
container or in an ``<article>``). A site header often shows the day the page
was *saved*, a related list the dates of *other* stories; either used to
become the story's date. A ``<time class="updated">`` is no publication date.

The day is the publisher's local day. A timestamp with an offset
(``2024-03-14T08:20+09:00``) keeps its written date. A UTC one (``Z``,
``+00:00``, ``GMT``) may fall on the day before (a Seoul story of 08:20 is
``2024-03-13T23:20Z``), so when the winning stamp is UTC, the next source
that is not UTC decides (:func:`_local_day`): one day away, it is the same
instant written locally and its day wins. Years before ``MIN_YEAR`` are CMS
placeholders ("0001-01-01"), not dates.

Only ``guess`` is a guess: the stage lets ``--published`` replace it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import find_date as find_text_date

_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_UTC_ZONES = frozenset({"z", "utc", "gmt", "+00:00", "-00:00", "+0000", "-0000"})
_LD_KEYS = ("datePublished", "dateCreated", "uploadDate")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "og:article:published_time",
)
# Chrome that shows dates which are not the story's: checked on a candidate's
# ancestors (tags) and on their class/id (fragments).
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "li", "form", "menu", "figure", "figcaption"})
_CHROME_HINTS = (
    "related", "popular", "recommend", "trending", "most-", "most_", "ranking", "ticker",
    "breaking", "flash", "sidebar", "side-col", "side_col", "widget", "comment", "caption", "footer", "nav",
)  # fmt: skip
_SITE_HEADER_HINTS = ("header", "masthead", "gnb", "topbar", "top-bar")
_LINE_TAGS = ("p", "div", "span", "time", "small", "em", "strong", "address", "dd")
_LINE_HINTS = ("date", "time", "publish", "posted", "credit", "byline", "dateline", "info", "meta", "stamp")
_LINE_START = re.compile(r"^\s*(first\s+)?(published|posted|date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(updated|modified|edited)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(published|posted)\b", re.IGNORECASE)
_VISIBLE_UTC = re.compile(r"\b(GMT|UTC)\b(?!\s*[+-]\s*0?[1-9])")  # "GMT+9" is local
MIN_YEAR = 1990  # earlier "publication" dates are placeholders (JSON-LD "0001-01-01")
MAX_LINE_WORDS = 20  # a dated byline or credit line; longer text is prose


@dataclass(frozen=True)
class Stamp:
    """A calendar date as written, and the time zone it was written in."""

    day: str  # YYYY-MM-DD
    zone: str = "local"  # utc (Z, +00:00, GMT), local (an offset, a bare day, visible text), naive

    @property
    def utc(self) -> bool:
        return self.zone == "utc"


@dataclass(frozen=True)
class PageDate:
    """The date chosen for a page and the source it came from (module docstring)."""

    day: str | None
    source: str | None = None  # metadata, article, byline, guess; None when no date

    @property
    def guessed(self) -> bool:
        return self.source == "guess"


def parse_stamp(value: str | None) -> Stamp | None:
    """The date of a timestamp as written, with its zone (see :class:`Stamp`).

    ISO 8601 first; a written date ("20 Nov 2019 08:02 GMT") is read too, as
    some sites put one in JSON-LD or ``<time datetime>``. A time without a zone
    is ``naive``: it may be UTC or local.
    """
    if not value:
        return None
    m = _STAMP.search(value)
    if m:
        month, mday = int(m.group(2)), int(m.group(3))
        day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if 1 <= month <= 12 and 1 <= mday <= 31 else None
        tz = (m.group(4) or "").lower()
        zone = "utc" if tz in _UTC_ZONES else "local" if tz or len(m.group(0)) == 10 else "naive"
    else:
        day = find_text_date(value)
        zone = "utc" if _VISIBLE_UTC.search(value) else "local"
    if day is None or int(day[:4]) < MIN_YEAR:
        return None
    return Stamp(day, zone)


def find_page_date(tree: Any, meta: dict[str, str], ld: dict[str, Any] | None, title: str | None) -> PageDate:
    """The publication date of a page (see the module docstring)."""
    headline = _headline(tree, title)
    candidates = _candidates(tree, meta, ld, headline)
    for stamp, source in candidates:
        if stamp.utc:
            return PageDate(_local_day(stamp, (c for c, _ in candidates)), source)
        return PageDate(stamp.day, source)
    guess = _htmldate_guess(tree, headline)
    return PageDate(guess, "guess") if guess else PageDate(None)


def _local_day(utc: Stamp, later: Iterator[Stamp]) -> str:
    """The day of ``utc`` as the publisher wrote it: the first later stamp that
    is not UTC either confirms the UTC day or, one day away, is the same
    instant in local time. A naive stamp on the UTC day says nothing (it may be
    UTC without its "Z"); one a day away cannot be UTC, so it is local."""
    for stamp in later:
        if stamp.utc:
            continue
        apart = _days_apart(stamp.day, utc.day)
        if apart == 1:
            return stamp.day
        if apart != 0 or stamp.zone == "local":
            break
    return utc.day


def _candidates(
    tree: Any, meta: dict[str, str], ld: dict[str, Any] | None, headline: Any
) -> Iterator[tuple[Stamp, str]]:
    """Dates of sources 1-3, best first, lazily (the rest is only read when the
    best one is in UTC)."""
    values = [ld.get(k) for k in _LD_KEYS] if ld else []
    for value in values + [meta.get(k) for k in _DATE_META]:
        stamp = parse_stamp(value) if isinstance(value, str) else None
        if stamp:
            yield stamp, "metadata"
    scopes = _scopes(tree, headline)
    for el in _scoped(scopes, ("time",), headline):
        stamp = parse_stamp(el.get("datetime")) if not _only_updated(_attrs(el)) else None
        if stamp:
            yield stamp, "article"
    for el in _scoped(scopes, _LINE_TAGS, headline):
        stamp = _dated_line(el)
        if stamp:
            yield stamp, "byline"


def _headline(tree: Any, title: str | None) -> Any:
    """The ``<h1>`` holding the headline, or None."""
    if title:
        want = " ".join(title.split())
        for h in tree.iter("h1"):
            if " ".join(h.text_content().split()) == want:
                return h
    return None


def _scopes(tree: Any, headline: Any) -> list[Any]:
    """Containers of the article, innermost first: the headline's ancestors, or
    the ``<article>`` elements and then the body when there is no headline."""
    if headline is not None:
        return list(headline.iterancestors())
    body = tree.find("body")
    return [*tree.iter("article"), body if body is not None else tree]


def _scoped(scopes: list[Any], tags: tuple[str, ...], headline: Any) -> Iterator[Any]:
    """Elements of ``tags`` in the scopes, nearest scope first, none twice and
    none inside chrome."""
    seen: set[Any] = set()
    home = headline.getparent() if headline is not None else None
    for scope in scopes:
        for el in scope.iter(*tags):
            if el in seen:
                continue
            seen.add(el)
            if not _in_chrome(el, home):
                yield el


def _attrs(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _only_updated(text: str) -> bool:
    """A last-updated date (WordPress ``<time class="updated">``), not a publication date."""
    return _UPDATED.search(text) is not None and _PUBLISHED.search(text) is None


def _in_chrome(el: Any, home: Any) -> bool:
    """True when ``el`` sits in site chrome (see the module docstring)."""
    for a in (el, *el.iterancestors()):
        if a.tag in ("body", "html"):
            return False
        attrs = _attrs(a)
        if any(h in attrs for h in _CHROME_HINTS) or (a.tag in _CHROME_TAGS and not _meta_list(a)):
            return True
        if (a.tag == "header" or any(h in attrs for h in _SITE_HEADER_HINTS)) and not _article_header(a, home):
            return True
    return False


def _article_header(el: Any, home: Any) -> bool:
    """A header-like element of the article itself: it holds the headline, sits
    in the headline's container or inside an ``<article>``."""
    if _within(el, home) or (home is not None and _within(home, el)):
        return True
    return any(a.tag == "article" for a in el.iterancestors())


def _meta_list(el: Any) -> bool:
    """A list item of the article's own meta line (``<ul class="entry-meta">
    <li class="date">``) rather than a list of other stories."""
    parent = el.getparent()
    attrs = _attrs(el) + " " + (_attrs(parent) if parent is not None else "")
    return el.tag == "li" and any(h in attrs for h in _LINE_HINTS)


def _within(el: Any, container: Any) -> bool:
    """True when ``el`` is ``container`` or lies inside it."""
    if container is None:
        return False
    return el is container or any(a is container for a in el.iterancestors())


def _dated_line(el: Any) -> Stamp | None:
    """The date of a short dated byline/credit line (module docstring, source 3)."""
    text = _short_text(el, 20 * MAX_LINE_WORDS)
    if not text or len(text.split()) > MAX_LINE_WORDS:
        return None
    if not (_LINE_START.match(text) or any(h in _attrs(el) for h in _LINE_HINTS)):
        return None
    published = _PUBLISHED.search(text)
    if published:
        text = text[published.end() :]  # "Updated: X | Published: Y" -> Y
    elif _UPDATED.search(text):
        return None  # a last-updated line is no publication date
    day = find_text_date(text)
    return Stamp(day, "utc" if _VISIBLE_UTC.search(text) else "local") if day else None


def _short_text(el: Any, limit: int) -> str | None:
    """The whitespace-collapsed text of ``el``; None as soon as it passes ``limit``
    characters (a container of the whole article is not read to its end)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > 2 * limit:
            return None
        parts.append(piece)
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return -1


def _htmldate_guess(tree: Any, headline: Any) -> str | None:
    """htmldate's quick search on a copy of the page without its chrome."""
    try:
        from htmldate import find_date as htmldate_find

        stamp = parse_stamp(htmldate_find(_without_chrome(tree, headline), extensive_search=False))
    except Exception:  # noqa: BLE001 - htmldate failing only means "no date"
        return None
    return stamp.day if stamp else None


def _without_chrome(tree: Any, headline: Any) -> Any:
    """A copy of ``tree`` whose chrome elements (``_in_chrome``) are removed."""
    path = tree.getroottree().getpath(headline) if headline is not None else None
    clone = copy.deepcopy(tree)
    home = clone.getroottree().xpath(path)[0].getparent() if path else None
    body = clone.find("body")
    doomed = [el for el in (body if body is not None else clone).iter() if _in_chrome(el, home)]
    marked = set(doomed)
    for el in doomed:
        if el.getparent() is not None and not any(a in marked for a in el.iterancestors()):
            el.drop_tree()
    return clone

"""The extract stage: raw HTML or text -> Article -> composed text."""

from __future__ import annotations

import re
from typing import Any

from eventwire.errors import DocumentError
from eventwire.records import Article, Document, compose_text
from eventwire.stage import Stage, rules_version

from .html import parse_html_page
from .language import detect_language
from .text import parse_text


def extract_article(doc: Document) -> Article:
    """The :class:`Article` in ``doc.raw`` (HTML or plain text, by ``content_type``)."""
    return _read(doc)[0]


def _read(doc: Document) -> tuple[Article, bool, list[str]]:
    """The article, whether its date was only guessed from the page, and the
    reader's notes on the page (see :class:`~eventwire.extract.html.HtmlPage`)."""
    raw = doc.raw or ""
    guessed, notes = False, []
    if doc.content_type == "html":
        page = parse_html_page(raw, doc.url)
        art, guessed, notes = page.article, page.date.guessed, page.notes
        if doc.title and doc.title.strip():
            # A title given with the input (JSONL, feed entry) is authoritative.
            art.title = doc.title.strip()
    else:
        art = parse_text(raw, doc.title)
    art.url = art.url or doc.url
    if art.title:
        art.title = _SLUG.sub("", art.title) or art.title
    return art, guessed, notes


# a wire's story-type slug before a headline: "ANALYSIS-Ship seizures and blacklists: ...",
# "UPDATE 2-Russia strikes ...", "EXCLUSIVE-..." (no words of the headline)
_SLUG = re.compile(r"^(?:ANALYSIS|FACTBOX|EXCLUSIVE|INSIGHT|EXPLAINER|BREAKINGVIEWS|COLUMN|REFILE|CORRECTED|RPT|WRAPUP(?: \d+)?|UPDATE(?: \d+)?)\s*(?:-|:)\s*")


def choose_published(
    given: str | None, page: str | None, page_guessed: bool, setting: str | None
) -> tuple[str | None, str | None]:
    """The publication date of a document and where it came from, best first:
    ``input`` (a JSONL/API ``published``), ``page`` (the page's metadata,
    article ``<time>`` or dated byline), ``setting`` (``--published``), then
    ``page_guess`` (a date htmldate guessed from elsewhere on the page, which
    ``--published`` replaces: such a date may be the day the page was saved)."""
    if given:
        return given, "input"
    if page and not page_guessed:
        return page, "page"
    if setting:
        return setting, "setting"
    if page:
        return page, "page_guess"
    return None, None


class ExtractStage(Stage):
    """Fills ``doc.article``, ``doc.text``, ``doc.sections`` and ``doc.published``
    (and ``doc.meta["published_from"]``, see :func:`choose_published`).

    Rejects with ``no_text`` when no body is found and, when
    ``settings.english_only``, with ``not_english`` when the text is clearly
    another language (see :mod:`eventwire.extract.language`).
    """

    name = "extract"
    # a digest of the heuristics and word lists: a fix (a dateline lede once
    # read as a byline) re-extracts documents an older version stored
    version = rules_version("v1", "extract", "data/extract")

    def process(self, doc: Document) -> Document:
        art, guessed, notes = _read(doc)
        if not any(p.strip() for p in art.body):
            why = "".join(f"; {n}" for n in notes)
            raise DocumentError("no_text", f"no article body found in {doc.content_type} input {doc.source}{why}")
        if notes:
            doc.meta["extract_notes"] = notes
        text, sections = compose_text(art)
        lang = detect_language(text)
        if lang == "en":
            art.language = "en"
        elif lang == "other":
            art.language = art.language if art.language and art.language != "en" else None
            if self.settings.english_only:
                raise DocumentError(
                    "not_english",
                    f"{doc.source}: text is not English (few English function words); "
                    "set english_only=false to keep it",
                )
        doc.article = art
        doc.text, doc.sections = text, sections
        doc.published, source = choose_published(doc.published, art.published, guessed, self.settings.published)
        if source:
            doc.meta["published_from"] = source
        if not self.settings.keep_raw:
            doc.raw = None
        return doc


def extract_record(doc: Document) -> dict[str, Any]:
    """``{id, title, subheads, author, published, body}`` for ``eventwire extract``.

    Runs extraction when it has not run yet; ``body`` is the paragraphs joined
    by blank lines. A rejected document gives its rejection instead of a body;
    a page the reader has notes on (a paywall stub) gives them as ``notes``.
    """
    if doc.article is None and doc.ok:
        doc = ExtractStage()(doc)
    art = doc.article or Article()
    rec: dict[str, Any] = {
        "id": doc.id,
        "title": art.title,
        "subheads": list(art.subheads),
        "author": art.author,
        "published": doc.published or art.published,
        "body": "\n\n".join(art.body),
    }
    if doc.meta.get("extract_notes"):
        rec["notes"] = list(doc.meta["extract_notes"])
    if doc.rejection is not None:
        rec["rejection"] = {"reason": doc.rejection.reason, "detail": doc.rejection.detail}
    return rec

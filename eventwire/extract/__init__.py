"""Stage 2: extract the article (headline, deck, byline, date, body) from raw input.

Public API::

    ExtractStage(settings)            # the pipeline stage "extract" v1
    extract_record(doc) -> dict       # {id, title, subheads, author, published, body}
    extract_article(doc) -> Article   # the Article alone, no side effects on doc
    html_body_text(html) -> str       # body paragraphs of a page, blank-line joined
    score_extraction(pairs, n=4)      # benchmark metric (eventwire.extract.score)
"""

from __future__ import annotations

from .html import parse_html_article
from .language import detect_language
from .score import ExtractionScore, score_extraction
from .stage import ExtractStage, extract_article, extract_record
from .text import parse_text


def html_body_text(html: str) -> str:
    """The body of an HTML page as paragraphs joined by blank lines ("" if none)."""
    from eventwire.errors import DocumentError

    try:
        return "\n\n".join(parse_html_article(html).body)
    except DocumentError:
        return ""


__all__ = [
    "ExtractStage",
    "ExtractionScore",
    "detect_language",
    "extract_article",
    "extract_record",
    "html_body_text",
    "parse_html_article",
    "parse_text",
    "score_extraction",
]

"""Article extraction from HTML.

The body comes from trafilatura run for precision with comments excluded
(the benchmark in ``bench/extraction.py`` shows its defaults let comment
threads and link lists through). When that result is thin (few words outside
chrome lines), which happens on pages whose article markup trafilatura's
precision rules prune away, we fall back to its default (recall-friendlier)
pass, to a JSON-LD ``articleBody`` or the article body of the page's JSON app
state (:mod:`eventwire.extract.scriptdata`) when the page has one, and to the
plain paragraphs of the markup (for fragments such as feed summaries, which
trafilatura rejects as too small), never to script text. The result is then
cleaned of lines that repeat the headline, deck or byline and of chrome lines
(``data/extract/chrome.toml``). Headline, deck and byline come from the DOM
(:mod:`eventwire.extract.htmlmeta`), the date too
(:mod:`eventwire.extract.pagedate`).
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import trafilatura

from eventwire.errors import DocumentError
from eventwire.records import Article

from .htmlmeta import _meta, find_author, find_subheads, find_title, jsonld_article, parse_html
from .lexicon import chrome, norm_line
from .pagedate import PageDate, find_page_date
from .prepare import drop_boxes, wrap_loose_text
from .scriptdata import has_app_state, script_article
from .text import clean_byline

# trafilatura logs an ERROR for every fragment it finds too small; for us that
# is an expected case handled by the fallbacks below, not an error to print.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

FAST = True  # skip trafilatura's readability/justext comparison (see bench)
THIN_WORDS = 80  # a precision result shorter than this is "thin"
HEADER_LINES = 8  # repeated headline/deck/byline lines are looked for this far


def _trafilatura_text(tree: Any, **options: Any) -> str:
    try:
        text = trafilatura.extract(
            tree, include_comments=False, output_format="txt", deduplicate=False, **options
        )
    except Exception:  # noqa: BLE001 - a crash inside the extractor means "nothing found"
        return ""
    return text or ""


def extract_body_text(tree: Any, ld: dict[str, Any] | None) -> str:
    """The article body as newline-separated paragraphs (see the module docstring)."""
    # No copy needed: trafilatura cleans a copy of the tree it is given.
    text = _trafilatura_text(tree, favor_precision=True, fast=FAST)
    if content_words(text) >= THIN_WORDS:
        return text
    candidates = [text, _trafilatura_text(tree)]
    body = ld.get("articleBody") if ld else None
    if isinstance(body, str):
        candidates.append(body)
    best = max(candidates, key=content_words)
    return best if content_words(best) else plain_paragraphs(tree)


def content_words(text: str) -> int:
    """Words of ``text`` outside chrome lines: a cookie notice is no article."""
    lex = chrome()
    return sum(len(line.split()) for line in text.split("\n") if not lex.is_chrome(" ".join(line.split())))


_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "template",
    }
)
_BLOCKS = ("p", "li", "blockquote", "pre", "h2", "h3", "h4", "dd", "td")


def plain_paragraphs(tree: Any) -> str:
    """Text of the block elements outside navigation/header/footer chrome.

    The last resort for HTML fragments; when a fragment has no block
    elements at all its whole text is one paragraph.
    """
    lines: list[str] = []
    for el in tree.iter(*_BLOCKS):
        if any(a.tag in _SKIP for a in el.iterancestors()):
            continue
        if any(c.tag in _BLOCKS for c in el.iterdescendants()):
            continue  # the inner block elements are visited themselves
        t = " ".join(el.text_content().split())
        if t:
            lines.append(t)
    if not lines:
        body = tree.find("body")
        t = " ".join(visible_text(body if body is not None else tree).split())
        lines = [t] if t else []
    return "\n".join(lines)


_INVISIBLE = ("script", "style", "noscript", "template")


def visible_text(root: Any) -> str:
    """The text of ``root`` without script, style and template contents: a page
    whose article lives in a script must not turn its JSON or JavaScript into
    the body."""
    root = copy.deepcopy(root)
    for el in list(root.iter(*_INVISIBLE)):
        if el is not root:
            el.drop_tree()  # keeps the text that follows the element
    return "" if root.tag in _INVISIBLE else root.text_content()


def clean_html_body(text: str, title: str | None, subheads: list[str], author: str | None) -> list[str]:
    """Paragraphs of ``text`` without repeated header lines (or a headline glued
    to the first paragraph), chrome, and the author's byline or bio wherever
    they stand."""
    lex = chrome()
    header = {norm_line(x) for x in [title or "", author or "", *subheads] if x}
    out: list[str] = []
    for i, line in enumerate(text.split("\n")):
        line = " ".join(line.split())
        if not line:
            continue
        if i < HEADER_LINES and norm_line(line) in header:
            continue
        if i < HEADER_LINES and title and line.startswith(title + " "):
            # trafilatura's default pass glues a short <h1> to the paragraph after it
            line = line[len(title) + 1 :]
        if lex.is_chrome(line) or _about_author(line, author):
            continue
        out.append(line)
    return out


_BIO_VERBS = frozenset({"covers", "covered", "is", "was", "has", "joined", "reports", "writes", "previously"})


def _about_author(line: str, author: str | None) -> bool:
    """A byline ("By Jane Roe") or a bio ("Jane Roe covers defence ...") of the
    page's author: a bio box without a telling class, left by the extractor."""
    if not author:
        return False
    if clean_byline(line) == author:
        return True
    for name in re.split(r",\s*|\s+and\s+", author):
        rest = line[len(name) :].split() if name and line.startswith(name + " ") else []
        if rest and rest[0].lower() in _BIO_VERBS:
            return True
    return False


@dataclass
class HtmlPage:
    """What a page gives besides its :class:`Article`: how its date was found,
    and notes on what it lacks (told with a rejection, kept in ``doc.meta``)."""

    article: Article
    date: PageDate
    notes: list[str] = field(default_factory=list)


def parse_html_article(raw: str, url: str | None = None) -> Article:
    """Build an :class:`Article` from an HTML page; DocumentError when unusable."""
    return parse_html_page(raw, url).article


def parse_html_page(raw: str, url: str | None = None) -> HtmlPage:
    """:func:`parse_html_article` with the source of the date (for the stage)."""
    tree = parse_html(raw)
    if tree is None:
        raise DocumentError("no_text", "the HTML page is empty or cannot be parsed")
    meta = _meta(tree)
    ld = _with_script_article(jsonld_article(tree), script_article(tree))
    title = find_title(tree, meta)
    subheads = [s for s in find_subheads(tree, title) if norm_line(s) != norm_line(title or "")]
    author = find_author(tree, meta, ld)
    date = find_page_date(tree, meta, ld, title)
    wrap_loose_text(tree)
    dropped = drop_boxes(tree)
    body_text = extract_body_text(tree, ld)
    body = clean_html_body(body_text, title, subheads, author)
    article = Article(
        title=title,
        subheads=subheads,
        author=author,
        published=date.day,
        body=body,
        language=(tree.get("lang") or "").split("-")[0].lower() or None,
        url=url or meta.get("og:url"),
    )
    paywalled = "paywall" in dropped or any(chrome().is_paywall(line) for line in body_text.split("\n"))
    return HtmlPage(article, date, _notes(tree, body, paywalled))


def _with_script_article(ld: dict[str, Any] | None, script: dict[str, Any] | None) -> dict[str, Any] | None:
    """JSON-LD, completed by the article of the page's JSON app state (JSON-LD wins)."""
    if script is None:
        return ld
    return {**script, **ld} if ld else script


def _notes(tree: Any, body: list[str], paywalled: bool) -> list[str]:
    """Why a page may have given no (or a poor) body."""
    if not body and has_app_state(tree):
        return ["the page is a JavaScript app whose JSON state holds no readable article body"]
    words = content_words("\n".join(body))
    if paywalled and words < THIN_WORDS:
        return [f"paywall stub: the page shows only {words} words of a subscriber article; the rest is behind a subscription box"]
    return []

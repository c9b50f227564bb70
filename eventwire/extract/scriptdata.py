"""An article that a page carries only as JSON in a ``<script>``.

A JavaScript app saved as plain HTML (Next.js: ``<script id="__NEXT_DATA__"
type="application/json">``) shows no article in its markup; the text is in the
app's JSON state. We read it when the JSON clearly holds an article body:

* a list of at least ``MIN_PARAGRAPHS`` text blocks (``{"type": "paragraph",
  "text": ...}``, or a block whose ``children`` carry the text, as rich-text
  editors store it) under a body-like key (``body``, ``content``, ``blocks``
  ...);
* or a string of at least ``MIN_WORDS`` words under ``articleBody``/``body``
  (split into paragraphs at line breaks, or at ``<p>`` when it is HTML).

The object holding the longest such body is the article; its headline, date
and byline are read too. The result is shaped like a JSON-LD ``NewsArticle``
(``headline``, ``datePublished``, ``author``, ``articleBody``) so the rest of
the HTML reader treats both alike. Lists of other stories (``related``) hold
headlines, not bodies, and are never taken.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml: lxml-stubs not installed

from .text import clean_byline

MIN_PARAGRAPHS = 2
MIN_WORDS = 40
MAX_SCRIPT_CHARS = 5_000_000  # larger app states are not parsed
_BODY_KEYS = ("articleBody", "body", "content", "blocks", "paragraphs", "contentBlocks")
_PARAGRAPH_TYPES = frozenset({"", "paragraph", "p", "text", "block", "para"})
_TITLE_KEYS = ("headline", "title")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "firstPublished")
_AUTHOR_KEYS = ("byline", "author", "authors")


def script_article(tree: Any) -> dict[str, Any] | None:
    """The article in the page's JSON scripts, JSON-LD-shaped, or None."""
    best: tuple[int, dict[str, Any], list[str]] | None = None
    for data in _json_scripts(tree):
        for obj in _objects(data):
            paragraphs = _body_of(obj)
            words = sum(len(p.split()) for p in paragraphs)
            if paragraphs and (best is None or words > best[0]):
                best = (words, obj, paragraphs)
    if best is None:
        return None
    _, obj, paragraphs = best
    out: dict[str, Any] = {"@type": "NewsArticle", "articleBody": "\n".join(paragraphs)}
    for key, keys in (("headline", _TITLE_KEYS), ("datePublished", _DATE_KEYS)):
        value = next((obj[k] for k in keys if isinstance(obj.get(k), str)), None)
        if value:
            out[key] = value
    author = _author(obj)
    if author:
        out["author"] = author
    return out


def has_app_state(tree: Any) -> bool:
    """True when the page carries a JavaScript app's JSON state (its text may be there)."""
    return any(True for _ in _app_scripts(tree))


def _app_scripts(tree: Any) -> Iterator[Any]:
    for s in tree.iter("script"):
        if s.get("id") == "__NEXT_DATA__" or (s.get("type") or "").strip().lower() == "application/json":
            yield s


def _json_scripts(tree: Any) -> Iterator[Any]:
    for s in _app_scripts(tree):
        if s.text and len(s.text) <= MAX_SCRIPT_CHARS:
            try:
                yield json.loads(s.text)
            except (ValueError, RecursionError):
                continue


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``data``, depth first, without recursion."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _body_of(obj: dict[str, Any]) -> list[str]:
    """The paragraphs of ``obj``'s body (see the module docstring), or []."""
    for key in _BODY_KEYS:
        value = obj.get(key)
        if isinstance(value, list):
            paragraphs = [t for t in (_block_text(b) for b in value) if t]
            if len(paragraphs) >= MIN_PARAGRAPHS and len(paragraphs) * 2 >= len(value):
                return paragraphs
        elif isinstance(value, str) and key in ("articleBody", "body") and len(value.split()) >= MIN_WORDS:
            return _string_paragraphs(value)
    return []


def _block_text(block: Any) -> str | None:
    """The text of one paragraph block, or None for other blocks (images, embeds)."""
    if not isinstance(block, dict):
        return None
    kind = str(block.get("type") or block.get("_type") or "").lower()
    if kind not in _PARAGRAPH_TYPES:
        return None
    text = block.get("text")
    if not isinstance(text, str):
        children = block.get("children")
        parts = [c.get("text") for c in children if isinstance(c, dict)] if isinstance(children, list) else []
        text = "".join(p for p in parts if isinstance(p, str))
    text = " ".join(text.split())
    return text or None


def _string_paragraphs(value: str) -> list[str]:
    """Paragraphs of a body string: its ``<p>`` elements when it is HTML, else its lines."""
    if "<p" in value:
        try:
            root = lxml_html.fragment_fromstring(value, create_parent="div")
        except (ValueError, lxml_html.etree.ParserError):
            return []
        lines = [" ".join(p.text_content().split()) for p in root.iter("p")]
    else:
        lines = [" ".join(line.split()) for line in value.splitlines()]
    return [line for line in lines if line]


def _author(obj: dict[str, Any]) -> str | None:
    """The byline of the article object, without "By"."""
    for key in _AUTHOR_KEYS:
        value = obj.get(key)
        names = value if isinstance(value, list) else [value]
        found = []
        for v in names:
            name = v.get("name") if isinstance(v, dict) else v
            if isinstance(name, str) and name.strip():
                found.append(clean_byline(name) or name.strip())
        if found:
            return ", ".join(found)
    return None

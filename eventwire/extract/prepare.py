"""Changes to a page's tree before the body is extracted from it.

Run after the headline, byline and date have been read (they may use what is
removed here) and before trafilatura:

* :func:`wrap_loose_text`: text that follows a block element becomes a
  paragraph of its own (trafilatura dropped it with the block);
* :func:`drop_boxes`: reporter bios and paywall/subscription boxes go, found
  by their class or id (``bio_hints``, ``paywall_hints`` in
  ``data/extract/chrome.toml``). A paywall hint alone is not enough, as some
  sites keep the second half of a free story in ``<div class="paywall">``: the
  box must also read like one (subscribe, members only, log in, a price ...).
  Only small elements (at most ``MAX_BOX_WORDS`` words) are boxes, so a
  container of the whole article is never dropped for its class.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml: lxml-stubs not installed

from .lexicon import chrome

# Block elements whose tail text a browser shows as a paragraph of its own.
_TAIL_BLOCKS = ("div", "figure", "table", "section", "ul", "ol", "blockquote", "h2", "h3", "h4")
# Containers in which such a run is a paragraph (not inside <strong> or <h2>).
_TEXT_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "body"})
# Inline elements that continue such a run of text up to the next <br> or block.
_INLINE = frozenset(
    {"a", "b", "i", "u", "em", "strong", "span", "small", "sub", "sup", "abbr", "cite", "q", "mark", "time", "font"}
)
_BOX_TAGS = ("div", "section", "aside", "p", "ul", "span", "footer")
_TOKEN = re.compile(r"[a-z0-9]+")
MAX_BOX_WORDS = 150


def wrap_loose_text(tree: Any) -> None:
    """Put text that directly follows a block element into a ``<p>`` of its own.

    Bodies made of bare text split by ``<br><br>`` (JoongAng Daily) mix in photo
    ``<div>``s; the run right after one is that div's tail, and trafilatura
    drops it with the div: the lede went missing. A browser renders such a run
    as a paragraph, so wrapping it changes nothing else. Changes ``tree``.
    """
    for block in list(tree.iter(*_TAIL_BLOCKS)):
        parent = block.getparent()
        if parent is None or parent.tag not in _TEXT_CONTAINERS or not (block.tail and block.tail.strip()):
            continue
        para = lxml_html.Element("p")
        try:
            para.text = block.tail
        except ValueError:
            continue  # control characters the parser let through but lxml will not set
        block.tail = None
        block.addnext(para)
        nxt = para.getnext()
        while nxt is not None and nxt.tag in _INLINE:
            para.append(nxt)  # moves the element with its own tail text
            nxt = para.getnext()


def drop_boxes(tree: Any) -> set[str]:
    """Remove bio and paywall boxes (module docstring); the kinds removed.

    Changes ``tree``; the text after a removed element stays.
    """
    found: list[tuple[Any, str]] = []
    for el in tree.iter(*_BOX_TAGS):
        kind = _box_kind(el)
        if kind:
            found.append((el, kind))
    doomed = {el for el, _ in found}
    for el, _ in found:
        if el.getparent() is not None and not any(a in doomed for a in el.iterancestors()):
            el.drop_tree()
    return {kind for _, kind in found}


def _box_kind(el: Any) -> str | None:
    """``"bio"``, ``"paywall"`` or None for one element."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not attrs.strip():
        return None
    lex = chrome()
    tokens = set(_TOKEN.findall(attrs))
    is_bio = bool(tokens & {"bio", "bios", "biography"}) or any(h in attrs for h in lex.bio_hints)
    is_paywall = any(h in attrs for h in lex.paywall_hints)
    if not (is_bio or is_paywall):
        return None
    text = " ".join(el.text_content().split())
    if len(text.split()) > MAX_BOX_WORDS:
        return None
    if is_bio:
        return "bio"
    return "paywall" if lex.paywall_words.search(text) else None

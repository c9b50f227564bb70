"""Headline, deck, byline and body from plain text.

The heuristic, in reading order (only applied when the text has more than one
block and no title was given with the input):

1. Blocks are blank-line separated paragraphs when the text has blank lines,
   else one block per line. Lines inside a blank-line block are joined only
   when the block looks hard-wrapped (every line but the last is 40-100
   characters long) and the block is not the header (a first block whose
   lines all lack final punctuation: a headline over its deck is never
   joined); otherwise each line is its own block, so a header of short
   lines (headline, byline, deck) above the first blank line survives.
   Heading lines typed right above the lede in the first block (no blank
   line between) stand alone when a dateline follows them, or a new
   sentence after a line that does not break mid-phrase.
2. The first block is the headline when it is short (at most ``MAX_HEAD_WORDS``
   words) and has no final sentence punctuation (``.`` ``!`` or a closing
   quote after one); a question mark is allowed.
3. Blocks right after it form the header: a byline ("By X", or a short line
   of capitalised name words glued to counter words such as "Views") becomes
   the author with the chrome stripped; a short line holding a complete date
   ("Published: March 3, 2024") gives the publication date; other short
   lines without final punctuation are subheads (the deck), at most
   ``MAX_SUBHEADS``.
4. The body is the rest. Lines that are chrome (share links, "Advertisement",
   "Most Commented" ...; see ``data/extract/chrome.toml``) are dropped; a
   trailing block that starts at a list marker ("Most Read", "Related") and
   holds only short lines is dropped to the end.

A text with a given title (JSONL ``title``) is all body after step 4, except a
first line that repeats the title. A one-block text is all body.
"""

from __future__ import annotations

import re

from eventwire.records import Article

from .dates import date_line
from .lexicon import MAX_CHROME_CHARS, chrome, norm_line

MAX_HEAD_WORDS = 30
MAX_SUBHEAD_WORDS = 30
MAX_SUBHEADS = 6
MAX_BYLINE_WORDS = 8
MAX_BYLINE_LINE_WORDS = 14  # name words plus chrome ("Jane Doe | 3 min read | 1,204 views")
# A wire dateline: "SEOUL, May 8 (Yonhap) --", "KUALA LUMPUR, July 11 -", "UNITED NATIONS (AP) —"
# (a single hyphen only after a date or an agency: "SEOUL, March 12 -", "BEIRUT (Reuters) -")
_DATELINE_START = re.compile(
    r"^[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,3}"
    r"(?:(?:,[^()\n]{0,40})?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–)|,[^()\n]{0,40}\s-|(?:,[^()\n]{0,40})?\s*\([^)\n]{1,40}\)\s*-)\s"
)
WRAP_MIN, WRAP_MAX = 40, 100  # line lengths of a hard-wrapped paragraph
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_FINAL = re.compile(r"[.!:;…][\"'”’)\]]*$")
# "U.S.", "D.C.", "U.K.": dotted initials end headlines without ending a sentence.
_ABBREV = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_BY = re.compile(r"^by\s+(.+)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.\-]*$")
_NAME_JOINERS = {"and", "&", "de", "van", "von", "der", "bin", "al", "la", "le", "da", "del"}
_DIGITS = re.compile(r"[\d,.]+[km]?$", re.IGNORECASE)


def split_blocks(text: str) -> list[str]:
    """Paragraph blocks of a plain text (see the module docstring, step 1)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _BLANK.search(text):
        return [ln.strip() for ln in text.split("\n") if ln.strip()]
    blocks: list[str] = []
    for block in _BLANK.split(text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        header = not blocks and len(lines) <= 1 + MAX_SUBHEADS and all(_is_heading(ln, MAX_HEAD_WORDS) for ln in lines)
        if not blocks and not header:
            # a headline and deck typed right above the lede ("... as truce row deepens /
            # BEIRUT, March 18 - Israeli air strikes ..."): the heading lines stand alone
            k = _heading_run(lines)
            blocks.extend(lines[:k])
            lines = lines[k:]
        if len(lines) > 1 and all(WRAP_MIN <= len(ln) <= WRAP_MAX for ln in lines[:-1]) and not header:
            blocks.append(" ".join(lines))
        else:
            blocks.extend(lines)
    return blocks


# words a hard-wrapped line may break after in mid-sentence ("... met at the airport by / Deputy Minister Kim")
_CONTINUES = frozenset(("and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "which", "who", "its", "their", "his", "her"))


def _heading_run(lines: list[str]) -> int:
    """How many lines open the first block as a headline and its deck: short
    lines without final punctuation, followed by a dateline, or by a line
    that starts a new sentence after a line that does not break mid-phrase;
    0 when the block reads as one hard-wrapped paragraph."""
    k = 0
    while k < len(lines) - 1 and k <= MAX_SUBHEADS and _is_heading(lines[k], MAX_HEAD_WORDS) and not _DATELINE_START.match(lines[k]):
        k += 1
    if k == 0 or k == len(lines):
        return 0
    nxt, last = lines[k], lines[k - 1].split()[-1].lower()
    if _DATELINE_START.match(nxt) or (nxt[:1].isupper() and last not in _CONTINUES and lines[k - 1][-1:] not in (",", "-")):
        return k
    return 0


def _words(line: str) -> list[str]:
    return line.split()


def _ends_sentence(line: str) -> bool:
    """Final sentence punctuation, not counting a closing abbreviation ("U.S.")."""
    if not _FINAL.search(line):
        return False
    last = line.split()[-1]
    return _ABBREV.match(last) is None


def _is_heading(line: str, max_words: int) -> bool:
    # The length guard keeps a multi-megabyte one-line text from being split.
    return len(line) <= 20 * max_words and 0 < len(_words(line)) <= max_words and not _ends_sentence(line)


def clean_byline(line: str) -> str | None:
    """The author name(s) of a byline-like line, or None when it is not one.

    Accepts "By Jane Doe", "By Jane Doe and John Roe" and a short run of
    capitalised name words followed only by counter chrome ("Jane Doe Views",
    "Jane Doe 1,204 views").
    """
    line = line.strip()
    if len(line.split()) > MAX_BYLINE_LINE_WORDS or _DATELINE_START.match(line):
        # "SEOUL, May 8 (Yonhap) -- North Korea fired ...": a dateline opens the
        # lede; a byline is a short line of its own
        return None
    m = _BY.match(line)
    explicit = m is not None
    rest = m.group(1) if m else line
    words = rest.replace("|", " ").replace("·", " ").split()
    name: list[str] = []
    chrome_seen = False
    lex = chrome()
    for w in words:
        lw = w.lower().strip(",:")
        if lw in lex.byline_words or _DIGITS.match(lw):
            chrome_seen = True
            continue
        if chrome_seen:
            # Text after the counters is a date or more chrome, not the name.
            break
        if _NAME_WORD.match(w.strip(",")) or (name and lw in _NAME_JOINERS):
            name.append(w.strip(","))
        else:
            return None
    while name and name[-1].lower() in _NAME_JOINERS:
        name.pop()
    if not name or len(name) > MAX_BYLINE_WORDS:
        return None
    # A bare capitalised line is a byline only with chrome or an explicit "By";
    # otherwise it may be a short subhead ("Global Response Grows").
    if not explicit and not chrome_seen:
        return None
    if not explicit and len(name) < 2:
        return None
    return " ".join(name)


def clean_body(lines: list[str]) -> list[str]:
    """Drop chrome lines and a trailing list block (step 4 of the heuristic)."""
    lex = chrome()
    out: list[str] = []
    for i, line in enumerate(lines):
        n = norm_line(line).rstrip(":") if len(line) <= MAX_CHROME_CHARS else ""
        if n in lex.tail_markers and out:
            after = lines[i + 1 :]
            if all(_is_heading(a, MAX_HEAD_WORDS) for a in after):
                break
        if lex.is_chrome(line):
            continue
        out.append(line)
    return out


def parse_text(text: str, title: str | None = None) -> Article:
    """Build an :class:`Article` from plain text (see the module docstring)."""
    blocks = split_blocks(text)
    art = Article(title=title.strip() if title and title.strip() else None)
    if art.title:
        if blocks and norm_line(blocks[0]) == norm_line(art.title):
            blocks = blocks[1:]
        art.body = clean_body(blocks)
        return art
    if len(blocks) < 2 or not _is_heading(blocks[0], MAX_HEAD_WORDS):
        art.body = clean_body(blocks)
        return art
    art.title = blocks[0]
    i = 1
    while i < len(blocks) and len(art.subheads) < MAX_SUBHEADS:
        line = blocks[i]
        author = clean_byline(line) if art.author is None else None
        published = date_line(line) if art.published is None else None
        if author:
            art.author = author
            art.published = art.published or (
                date_line(line) if len(line.split()) > len(author.split()) else None
            )
        elif published:
            art.published = published
        elif chrome().is_chrome(line):
            pass
        elif _is_heading(line, MAX_SUBHEAD_WORDS):
            art.subheads.append(line)
        else:
            break
        i += 1
    art.body = clean_body(blocks[i:])
    if not art.body and art.subheads:
        # Everything looked like a heading (a list of short lines): keep it as
        # text rather than lose it.
        art.body, art.subheads = art.subheads, []
    return art

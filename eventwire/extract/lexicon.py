"""Load the extract stage's data files once per process (cached).

The word lists live in ``eventwire/data/extract/*.toml`` (see their headers);
this module turns them into the sets and compiled patterns the hot path uses.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "extract"
_SPACES = re.compile(r"\s+")
MAX_CHROME_CHARS = 300


def norm_line(text: str) -> str:
    """Lower-case, whitespace-collapsed, edge-stripped form used for matching."""
    return _SPACES.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class Chrome:
    lines: frozenset[str]
    pattern: re.Pattern[str]
    tail_markers: frozenset[str]
    byline_words: frozenset[str]
    subhead_hints: tuple[str, ...]
    author_hints: tuple[str, ...]
    paywall: re.Pattern[str]
    paywall_words: re.Pattern[str]
    bio_hints: tuple[str, ...]
    paywall_hints: tuple[str, ...]

    def is_chrome(self, line: str) -> bool:
        """True when a whole line is site chrome rather than article text."""
        if len(line) > MAX_CHROME_CHARS:
            return False  # chrome lines are short; skip normalising long paragraphs
        n = norm_line(line).rstrip(":")
        if not n:
            return True
        return n in self.lines or self.pattern.match(n) is not None or self.paywall.match(n) is not None

    def is_paywall(self, line: str) -> bool:
        """True when a line asks the reader to subscribe or log in to read on."""
        return len(line) <= MAX_CHROME_CHARS and self.paywall.match(norm_line(line)) is not None


@lru_cache(maxsize=1)
def chrome() -> Chrome:
    """The chrome lexicon (``chrome.toml``), compiled."""
    data = tomllib.loads((DATA_DIR / "chrome.toml").read_text(encoding="utf-8"))
    # One alternation compiled once: matching a line is a single regex call.
    pattern = re.compile("|".join(f"(?:{p})" for p in data["patterns"]), re.IGNORECASE)
    paywall = re.compile("|".join(f"(?:{p})" for p in data["paywall"]), re.IGNORECASE)
    return Chrome(
        lines=frozenset(norm_line(x) for x in data["lines"]),
        pattern=pattern,
        tail_markers=frozenset(norm_line(x) for x in data["tail_markers"]),
        byline_words=frozenset(norm_line(x) for x in data["byline_words"]),
        subhead_hints=tuple(data["subhead_hints"]),
        author_hints=tuple(data["author_hints"]),
        paywall=paywall,
        paywall_words=re.compile(data["paywall_words"], re.IGNORECASE),
        bio_hints=tuple(data["bio_hints"]),
        paywall_hints=tuple(data["paywall_hints"]),
    )


@lru_cache(maxsize=1)
def function_words() -> tuple[frozenset[str], frozenset[str]]:
    """``(english, other)`` function-word sets (``function_words.toml``)."""
    data = tomllib.loads((DATA_DIR / "function_words.toml").read_text(encoding="utf-8"))
    english = frozenset(data["english"])
    # A word in both lists would count for both sides; English wins.
    return english, frozenset(data["other"]) - english

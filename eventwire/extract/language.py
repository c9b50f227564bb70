"""A cheap "is this clearly not English?" test.

Why not a language-identification model: the stage must cost next to nothing
beside the parse, and the question is binary. Two signals:

* script: when most letters are outside the Latin script (Cyrillic, Hangul,
  Arabic, CJK ...), the text is not English;
* function words (``data/extract/function_words.toml``): English news prose
  has 35-50% of its tokens among common English function words and almost
  none among those of other Latin-script languages. A text is "other" when
  foreign function words outnumber English ones, or when English ones are
  under ``EN_RATIO_MIN`` of the tokens (word lists, tables, gibberish).

Short texts are never judged (a headline or a one-line record may be all
names), so only texts with at least ``MIN_WORDS`` words can be rejected.
"""

from __future__ import annotations

import re

from .lexicon import function_words

MIN_WORDS = 25  # below this, never call a text "not English"
MAX_SAMPLE = 20_000  # characters looked at: the start of a text is enough
EN_RATIO_MIN = 0.05  # English prose is far above this; score tables and lists are not
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """Return ``"en"``, ``"other"`` (clearly not English) or None (too short to tell)."""
    words = _WORD.findall(text[:MAX_SAMPLE])
    if len(words) < MIN_WORDS:
        return None
    letters = sum(len(w) for w in words)
    latin = sum(1 for w in words for ch in w if ch < "\u0250")
    if letters and latin / letters < 0.5:
        return "other"
    english, other = function_words()
    en = fo = 0
    for w in words:
        lw = w.lower()
        if lw in english:
            en += 1
        elif lw in other:
            fo += 1
    if fo > en or en < EN_RATIO_MIN * len(words):
        return "other"
    return "en"

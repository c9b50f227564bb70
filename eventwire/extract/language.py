"""A cheap "is this clearly not English?" test.

Why not a language-identification model: the stage must cost next to nothing
beside the parse, and the question is binary. Two signals:

* script: when most letters are outside the Latin script (Cyrillic, Hangul,
  Arabic, CJK ...), the text is not English;
* function words: English news prose has 30-50% of its word tokens in a short
  list of distinctively English function words (``data/extract/english.toml``);
  German, French, Spanish, Portuguese, Italian, Dutch or Polish text has a few
  percent.

Short texts are never judged (a headline or a one-line record may be all
names), so only texts with at least ``MIN_WORDS`` words can be rejected.
"""

from __future__ import annotations

import re

from .lexicon import english_stopwords

MIN_WORDS = 25  # below this, never call a text "not English"
MAX_SAMPLE = 20_000  # characters looked at: the start of a text is enough
STOP_RATIO_MIN = 0.08  # English prose is far above this; other languages far below
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """Return ``"en"``, ``"other"`` (clearly not English) or None (too short to tell)."""
    sample = text[:MAX_SAMPLE]
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return None
    letters = sum(len(w) for w in words)
    latin = sum(1 for w in words for ch in w if ch < "\u0250")
    if letters and latin / letters < 0.5:
        return "other"
    stop = english_stopwords()
    hits = sum(1 for w in words if w.lower() in stop)
    return "en" if hits / len(words) >= STOP_RATIO_MIN else "other"

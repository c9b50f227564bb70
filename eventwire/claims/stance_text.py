"""Text handling for the stance model: tokens, light stems, sentences, cue lexicon.

Everything here is plain Python over precompiled regexes and frozen sets, so a
headline/body pair costs microseconds; the stance model must keep up with
thousands of pairs a minute on two cores and cannot afford a spaCy parse.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # type: ignore[import-untyped]  # sklearn: no stubs, no py.typed

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "stance"
CUES_PATH = MODEL_DIR / "cues.toml"
CUE_CLASSES = ("refute", "hedge", "support", "negation", "question")

# Words keep inner apostrophes ("isn't") and "?" is a token of its own, because
# both carry stance; everything else (punctuation, markup remnants) is dropped.
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?|\?")
# A sentence ends at . ! ? followed by space and an upper-case letter, a quote
# or a digit, or at a line break; good enough for news bodies and far cheaper
# than a parser.
_SENT_RE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(A-Z0-9])|\n+")
_CAP_RE = re.compile(r"\b[A-Z][a-zA-Z]{2,}\b")
_NUM_RE = re.compile(r"\b\d[\d,.]*\b")
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"?", "s", "t", "said", "says", "just", "new"}


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (apostrophes normalised to ')."""
    return [t.replace("\u2019", "'") for t in _TOKEN_RE.findall(text.lower())]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper so that 'denies'/'denied'/'deny' meet.

    A full Porter stemmer is not needed: the stems only feed overlap counts
    and hashed vectors, where conflating a few inflections is what matters.
    """
    if "'" in word:
        word = word.split("'", 1)[0]
    n = len(word)
    if n > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if n > 5 and word.endswith("ing"):
        return word[:-3]
    if n > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    if n > 4 and word.endswith("ed"):
        return word[:-2]
    if n > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if n > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the tokens that are not stop words."""
    return [stem(t) for t in tokens if t not in STOP_WORDS]


def split_sentences(text: str) -> list[str]:
    """Split a body into sentences (regex heuristics, no parser)."""
    return [s.strip() for s in _SENT_RE.split(text) if s and s.strip()]


def capitalised(text: str) -> set[str]:
    """Lower-cased capitalised words: a cheap stand-in for named entities."""
    return {w.lower() for w in _CAP_RE.findall(text)}


def numbers(text: str) -> set[str]:
    """Numbers written in the text, without thousands separators."""
    return {n.replace(",", "").rstrip(".") for n in _NUM_RE.findall(text)}


@dataclass(frozen=True)
class CueLexicon:
    """The cue words and phrases of each class, as loaded from ``cues.toml``."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    fingerprint: str

    def item_names(self, classes: tuple[str, ...]) -> list[str]:
        """Every individual cue (word or phrase) of ``classes``, in a fixed order."""
        names: list[str] = []
        for cls in classes:
            names.extend(sorted(self.words[cls]))
            names.extend(" ".join(p) for p in self.phrases[cls])
        return list(dict.fromkeys(names))


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    """Load (once per process) the stance cue lexicon."""
    raw_bytes = Path(path or CUES_PATH).read_bytes()
    raw = tomllib.loads(raw_bytes.decode("utf-8"))
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for cls in CUE_CLASSES:
        table = raw.get(cls, {})
        words[cls] = frozenset(w.lower() for w in table.get("words", []))
        seen = dict.fromkeys(tuple(tokenize(p)) for p in table.get("phrases", []))
        phrases[cls] = tuple(p for p in seen if p)
    return CueLexicon(words, phrases, hashlib.sha256(raw_bytes).hexdigest()[:16])

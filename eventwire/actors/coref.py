"""Document-level coreference: simple, rule-based, one pass in reading order.

Rules (each resolved mention gets the kind and country of what it points to
and ``resolved_from`` = the phrase):

* two-party phrases ("the two sides", "both countries", "both parties", "the
  allies" ...; see ``_DYAD``) -> the article's main dyad: of the pairs of
  countries named in one sentence so far, the pair with the highest score,
  where a pair joined directly ("U.S.-South Korea", "X and Y", "X with Y")
  scores 3 and any other pair in a sentence scores 1; ties go to the pair
  with the focus country, then to the most recent; but two states named
  earlier in the same sentence win. One mention per party, at the same span.
* "the ministry"/"the department" -> the most recent organisation whose name
  has that word; "the minister"/"the president"/"the leader"/"the prime
  minister"/"the foreign minister" ... -> the most recent person whose title
  has that word; "the government" -> the most recent government named;
  when nothing earlier matches, the focus country.
* "he"/"she" as subject -> the most recent person (within three sentences);
  "they"/"it" as subject -> the most recent two-party phrase (both parties)
  or the most recent country, organisation or group (not a person).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from itertools import combinations

from ..records import Actor, Document
from .compose import country_counts, focus_country
from .lexicon import Lexicon

_DYAD = re.compile(
    r"\b(?:the two|both) (?:sides|countries|nations|parties|governments|allies|leaders|states|militaries|neighbou?rs)\b"
    r"|\bthe allies\b|\beach other\b(?!x)",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\bthe (ministry|department|government|(?:prime |foreign |defen[cs]e )?minister|(?:vice )?president|leader|premier|chancellor)\b(?! of\b)",
    re.IGNORECASE,
)
_PERSON_PRONOUNS = frozenset(("he", "she"))
_GROUP_PRONOUNS = frozenset(("they", "it"))
_EXPLETIVE_HEADS = frozenset(("be", "seem", "appear", "remain", "take", "look", "matter", "say", "note", "expect", "report"))
_JOINERS = re.compile(r"^\s*(?:-|–|and|with|&|,)\s*$")


def resolve_coreference(doc: Document, mentions: list[Actor], lex: Lexicon) -> list[Actor]:
    """Add coreference mentions to ``mentions`` (sorted) and return the new sorted list."""
    text = doc.text
    counts = country_counts(m for m in mentions if m.kind == "country")
    focus = focus_country(counts, lex)
    pair_score: Counter[tuple[str, str]] = Counter()
    pair_seen: dict[tuple[str, str], int] = {}
    by_sentence: dict[int, list[Actor]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index or 0, []).append(m)
    out: list[Actor] = list(mentions)
    subject_starts = _subject_starts(doc, mentions)
    history: list[Actor] = []  # mentions so far, in order, incl. resolved ones
    for sent in doc.sentences:
        sm = by_sentence.get(sent.index, [])
        found = _phrases(doc, sent)
        # walk the sentence's mentions and phrases in order so "most recent" is exact
        items: list[tuple[int, str, object]] = [(m.start or 0, "m", m) for m in sm] + [(s, kind, (s, e, p)) for s, e, kind, p in found]
        items.sort(key=lambda x: x[0])
        for _pos, what, obj in items:
            if what == "m":
                history.append(obj)  # type: ignore[arg-type]
                continue
            s, e, phrase = obj  # type: ignore[misc]
            if any(m.start is not None and m.start <= s and e <= (m.end or 0) and m.kind == "person" for m in sm):
                continue
            targets = _resolve(what, phrase, history, pair_score, pair_seen, focus, lex, subject_starts, sent.index)
            new = [
                replace(t, text=text[s:e], start=s, end=e, sentence_index=sent.index, resolved_from=text[s:e])
                for t in targets
            ]
            if new:
                # a sector-noun mention inside the span ("the government", "parties") is replaced
                out = [m for m in out if not (m.start is not None and s <= m.start and (m.end or 0) <= e)]
                out.extend(new)
                history.extend(new)
        _count_pairs(text, [m for m in sm if _is_party(m, lex)], pair_score, pair_seen, sent.index)
    out.sort(key=lambda m: (m.start or 0, m.end or 0))
    return out


def _phrases_text(sent) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    """Two-party and definite phrases of one sentence, found in its text."""
    res: list[tuple[int, int, str, str]] = []
    for m in _DYAD.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "dyad", m.group(0).lower()))
    for m in _DEFINITE.finditer(sent.text):
        res.append((sent.start + m.start(), sent.start + m.end(), "definite", m.group(1).lower()))
    return res


def _phrases(doc: Document, sent) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    """(start, end, kind, phrase) of coreferring phrases in one sentence."""
    res = _phrases_text(sent)
    sdoc = doc.spacy
    if sdoc is not None:
        span = sdoc.char_span(sent.start, sent.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            low = tok.lower_
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if low in _PERSON_PRONOUNS:
                res.append((tok.idx, tok.idx + len(tok.text), "person", low))
            elif low in _GROUP_PRONOUNS:
                if low == "it" and tok.head.lemma_ in _EXPLETIVE_HEADS:
                    continue
                res.append((tok.idx, tok.idx + len(tok.text), "group", low))
    return res


def _resolve(what, phrase, history, pair_score, pair_seen, focus, lex, subject_starts, sentence_index) -> list[Actor]:  # type: ignore[no-untyped-def]
    if what == "dyad":
        # two states named earlier in the same sentence win ("Washington and
        # Paris called for calm; both countries said ...")
        here: list[str] = []
        for m in history:
            if m.sentence_index == sentence_index and _is_party(m, lex) and m.country not in here:
                here.append(m.country)  # type: ignore[arg-type]
        pair = tuple(here[-2:]) if len(here) >= 2 else _main_pair(pair_score, pair_seen, focus)
        if pair is None:
            return []
        # "the two leaders" are people; "both sides", "both countries" the states
        want_people = phrase.endswith("leaders")
        latest: dict[str, Actor] = {}
        for m in history:
            if _is_party(m, lex) and m.country in pair and (m.kind == "person") == want_people:
                latest[m.country] = m  # type: ignore[index]
        if want_people:
            return [latest[c] for c in pair if c in latest]
        return [_party(latest.get(c), c, lex) for c in pair]
    if what == "definite":
        return _definite(phrase, history, focus, lex)
    recent = history[-12:]
    if what == "person":
        for m in reversed(recent):
            if m.kind == "person":
                return [m]
        return []
    # "they" / "it": the most recent subject, else the most recent actor;
    # a two-party phrase resolves to both parties
    pool = [m for m in recent if m.kind != "person"]
    subjects = [m for m in pool if (m.start or 0) in subject_starts]
    for m in reversed(subjects or pool):
        if m.resolved_from and phrase == "they":
            group = [x for x in recent if x.resolved_from == m.resolved_from and x.start == m.start]
            return group
        return [m]
    return []


def _subject_starts(doc: Document, mentions: list[Actor]) -> set[int]:
    """Start offsets of mentions (and two-party phrases) that hold a subject token."""
    sdoc = doc.spacy
    if sdoc is None:
        return set()
    subj = [t.idx for t in sdoc if t.dep_ in ("nsubj", "nsubjpass")]
    starts = set()
    spans = [(m.start or 0, m.end or 0) for m in mentions]
    for sent in doc.sentences:
        for s, e, _k, _p in _phrases_text(sent):
            spans.append((s, e))
    for s, e in spans:
        i = bisect.bisect_left(subj, s)
        if i < len(subj) and subj[i] < e:
            starts.add(s)
    return starts


def _is_party(m: Actor, lex: Lexicon) -> bool:
    """A mention that names a state (a country, or a person/organisation of one)."""
    return bool(m.country) and m.country not in lex.international and not m.resolved_from


def _party(m: Actor | None, code: str, lex: Lexicon) -> Actor:
    if m is not None:
        return replace(m, name=lex.country_names.get(code, m.name), sector=None, kind="country", title=None, organization=None)
    return Actor(text="", name=lex.country_names.get(code, code), country=code, kind="country")


def _definite(word: str, history: list[Actor], focus: str | None, lex: Lexicon) -> list[Actor]:
    if word in ("ministry", "department"):
        for m in reversed(history):
            if m.kind == "org" and word in m.name.lower():
                return [m]
    elif word == "government":
        for m in reversed(history):
            if m.kind == "org" and m.sector == "GOV" and m.country and m.country not in lex.international:
                return [m]
    else:
        key = word.split()[-1]
        for m in reversed(history):
            if m.kind == "person" and m.title and key in m.title.lower():
                return [m]
    if focus is None:
        return []
    sector = "GOV" if word != "ministry" else None
    return [Actor(text="", name=lex.country_names.get(focus, focus), country=focus, sector=sector, kind="org" if sector else "country")]


def _count_pairs(text: str, ms: list[Actor], score: Counter, seen: dict, idx: int) -> None:  # type: ignore[type-arg]
    codes = []
    for m in ms:
        if m.country and m.country not in codes:
            codes.append(m.country)
    for a, b in combinations(codes, 2):
        key = tuple(sorted((a, b)))
        score[key] += 1
        seen[key] = idx
    for m1, m2 in zip(ms, ms[1:], strict=False):
        if m1.country and m2.country and m1.country != m2.country and _JOINERS.match(text[m1.end : m2.start]):
            score[tuple(sorted((m1.country, m2.country)))] += 2


def _main_pair(score: Counter, seen: dict, focus: str | None) -> tuple[str, str] | None:  # type: ignore[type-arg]
    if not score:
        return None
    return max(score, key=lambda k: (score[k], focus in k, seen.get(k, -1)))

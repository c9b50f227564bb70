"""What one sentence asserts, in a form two sentences can be compared on.

For a sentence (a spaCy span plus the document's actor mentions and events)
:func:`sentence_features` collects: content lemmas (for alignment), the
predicate groups it uses with the countries in their subject and object
roles and whether they are negated, qualifiers (nuclear/non-nuclear, all/some
...), figures, dates of month, places and the event types coded on it.
Everything is one pass over the tokens plus dictionary lookups.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..records import Actor, Document, Event, Sentence
from .figures import day_mentions, figure_map
from .lexicon import country_of, predicates, qualifiers, words

# numbers are compared as figures, not as words: "12" vs "Thirteen" must not
# lower the overlap of two sentences that state the same fact differently
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# prepositions whose object is the party a predicate acts on
_OBJ_PREPS = frozenset({"on", "against", "of", "to", "toward", "towards", "for", "at"})
_PLACE_PREPS = frozenset({"in", "at", "near", "off"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_COUNTRY_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC"})


@dataclass
class Pred:
    """One use of a predicate group in a sentence."""

    group: str
    token_i: int
    lemma: str
    is_verb: bool
    main: bool  # root, or a clause verb chained to it (xcomp/advcl/ccomp/conj)
    negated: bool
    subj: set[str] = field(default_factory=set)
    obj: set[str] = field(default_factory=set)
    obj_text: str = ""
    subj_lemma: str = ""  # the subject's head word, when it names no country
    quoted: bool = False  # inside quotation marks (slogans, quoted speech)


@dataclass
class Features:
    sentence: Sentence
    lemmas: set[str]
    preds: list[Pred]
    countries: set[str]
    qualifiers: dict[str, dict[str, str]]  # dimension -> value -> phrase as written
    scoped_qualifiers: dict[str, dict[str, dict[str, str]]]  # group -> dimension -> value -> phrase
    figures: dict[str, set[float]]
    days: dict[str, set[str]]
    places: dict[str, set[str]]  # predicate group -> countries of "in/at" places hanging on it
    event_types: set[str]
    event_polarity: dict[str, str]  # event type -> polarity
    event_dates: dict[str, str]  # event type -> ISO date
    event_triggers: dict[str, str] = field(default_factory=dict)  # event type -> trigger text

    def groups(self, main_only: bool = False) -> set[str]:
        return {p.group for p in self.preds if p.main or not main_only}


class MentionIndex:
    """Actor mentions of a document, searchable by character offset."""

    def __init__(self, mentions: list[Actor]) -> None:
        ms = sorted(
            (m for m in mentions if m.start is not None and m.end is not None), key=lambda m: m.start or 0
        )
        self._starts = [m.start or 0 for m in ms]
        self._mentions = ms

    def at(self, offset: int) -> Actor | None:
        """The mention covering character ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        # mentions may nest; look back a few for one that still covers offset
        for j in range(i, max(-1, i - 4), -1):
            m = self._mentions[j]
            if (m.start or 0) <= offset < (m.end or 0):
                return m
        return None

    def all_at(self, offset: int) -> list[Actor]:
        """Every mention on the narrowest span covering ``offset``: a
        resolved group ("the two leaders", "both sides") is one mention per
        member on the same span."""
        i = bisect.bisect_right(self._starts, offset) - 1
        found = []
        for j in range(i, max(-1, i - 8), -1):
            m = self._mentions[j]
            if (m.start or 0) <= offset < (m.end or 0):
                found.append(m)
        if len(found) <= 1:
            return found
        width = min((m.end or 0) - (m.start or 0) for m in found)
        return [m for m in found if (m.end or 0) - (m.start or 0) == width]

    def within(self, start: int, end: int) -> list[Actor]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self._mentions[lo:hi]


def _noun_phrase(tok: Any) -> Any:
    """The compound/amod-extended span of a noun token ("North Korea")."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod") and child.i < left.i:
            left = child
            break
    return tok.doc[left.i : tok.i + 1]


def entity_span(tok: Any) -> Any:
    """The named-entity span ``tok`` lies in (walks the IOB tags: building
    ``doc.ents`` for every lookup would cost O(entities) each time)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def token_country(tok: Any, mentions: MentionIndex) -> str | None:
    """Country code of the actor that ``tok`` names (mention first, then the
    entity it lies in, then the fallback alias table)."""
    m = mentions.at(tok.idx)
    if m is not None and m.country:
        return m.country
    if tok.ent_type_ in _COUNTRY_ENTS:
        code = country_of(entity_span(tok).text)
        if code:
            return code
    code = country_of(_noun_phrase(tok).text)
    return code or (country_of(tok.text) if tok.pos_ == "PROPN" else None)


def _token_countries(tok: Any, mentions: MentionIndex) -> set[str]:
    """Every country ``tok`` names: all members of a resolved group ("the two
    leaders" -> USA and KOR), else the one of :func:`token_country`."""
    group = {m.country for m in mentions.all_at(tok.idx) if m.country}
    if len(group) > 1:
        return group
    code = token_country(tok, mentions)
    return {code} if code else set()


def _role_codes(tok: Any, mentions: MentionIndex) -> set[str]:
    """Countries named by a role filler, its conjuncts/appositions and the
    members of a group it stands for; the order they are named in does not
    matter (a set), so "Biden and Yoon" and "South Korea and the U.S." agree."""
    codes: set[str] = set()
    for t in (tok, *tok.conjuncts, *(c for c in tok.children if c.dep_ == "appos")):
        codes |= _token_countries(t, mentions)
        # "the defense of South Korea's territory": the possessor counts
        for c in t.children:
            if c.dep_ == "poss":
                code = token_country(c, mentions)
                if code:
                    codes.add(code)
    return codes


def _is_negated(tok: Any) -> bool:
    """Negated itself, or the open complement of a negated or refusing verb
    ("did not agree to defend", "refused to sign"). A clausal complement or
    adverbial clause keeps its own polarity: "did not say that X attacked"
    does not deny the attack."""
    lex = words()
    cur = tok
    for _ in range(4):
        if any(
            c.dep_ == "neg" or c.lower_ in lex.negation_words and c.dep_ in ("advmod", "det")
            for c in cur.children
        ):
            return True
        if cur is not tok and cur.lemma_.lower() in lex.negation_verbs:
            return True
        if cur.dep_ != "xcomp" or cur.head is cur:
            return False
        cur = cur.head
    return False


def _subject_token(tok: Any) -> Any:
    """The subject token, inherited up an xcomp/advcl chain ("vows to defend")."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "agent":  # passive "by X"
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head is cur:
            break
        cur = cur.head
    return None


def _object(tok: Any, mentions: MentionIndex) -> tuple[set[str], str]:
    """Object countries of a predicate: direct object, passive subject, or
    the object of on/against/of ("attack on Japan", "defense of Korea")."""
    for c in tok.children:
        if c.dep_ in _OBJ_DEPS or c.dep_ == "nsubjpass":
            codes = _role_codes(c, mentions)
            if codes:
                return codes, _noun_phrase(c).text
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _OBJ_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    codes = _role_codes(g, mentions)
                    if codes:
                        return codes, _noun_phrase(g).text
    return set(), ""


_OPEN_QUOTES = frozenset({"“", "‘", "«"})
_CLOSE_QUOTES = frozenset({"”", "’", "»"})
_AMBIGUOUS_QUOTES = frozenset({'"', "'", "''", "``"})


def _quoted_tokens(span: Any) -> set[int]:
    """Indices of the tokens inside quotation marks, in one pass. A straight
    quote opens when it is glued to the next word and not to the previous one."""
    inside: set[int] = set()
    depth = 0
    prev_ws = True
    for tok in span:
        t = tok.text
        if t in _OPEN_QUOTES or (t in _AMBIGUOUS_QUOTES and prev_ws and not tok.whitespace_):
            depth += 1
        elif t in _CLOSE_QUOTES or t in _AMBIGUOUS_QUOTES:
            depth = max(0, depth - 1)
        elif depth:
            inside.add(tok.i)
        prev_ws = bool(tok.whitespace_)
    return inside


def _is_main(tok: Any) -> bool:
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ROOT":
            return True
        if cur.dep_ not in ("xcomp", "advcl", "ccomp", "conj", "relcl"):
            return False
        cur = cur.head
    return False


def _scope_group(tok: Any, group_of: dict[str, str], stop: int) -> str | None:
    """The predicate group a qualifier word hangs on (itself, its head, or
    its head's head), for qualifiers with predicate scope."""
    cur = tok
    for _ in range(stop):
        g = group_of.get(cur.lemma_.lower())
        if g and cur is not tok:
            return g
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def sentence_features(
    doc: Document,
    sent: Sentence,
    span: Any,
    mentions: MentionIndex,
    full: bool = True,
    figures: bool = True,
) -> Features:
    """Collect the comparable content of one sentence (see module doc).

    ``full=False`` collects only what alignment needs (lemmas, predicate
    groups, countries, event types): every body sentence gets that, and only
    the sentences aligned with a headline get the full comparison features.
    ``figures`` adds figures and dates of month to a light record."""
    plex = predicates()
    lemmas: set[str] = set()
    preds: list[Pred] = []
    quoted = _quoted_tokens(span) if full else set()
    for tok in span:
        if tok.is_stop or tok.is_punct or tok.pos_ not in _CONTENT_POS:
            continue
        lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_
        group = plex.group_of.get(lemma)
        lemmas.add(group or lemma)
        if group is None:
            continue
        pred = Pred(group, tok.i, lemma, tok.pos_ == "VERB", _is_main(tok), False)
        if full:
            pred.quoted = tok.i in quoted
            pred.negated = _is_negated(tok)
            subj = _subject_token(tok) if tok.pos_ in ("VERB", "AUX") else None
            if subj is not None:
                pred.subj = _role_codes(subj, mentions)
                pred.subj_lemma = subj.lemma_.lower()
            pred.obj, pred.obj_text = _object(tok, mentions)
        preds.append(pred)
    evs: list[Event] = [e for e in doc.events if e.sentence_index == sent.index]
    countries = {m.country for m in mentions.within(sent.start, sent.end) if m.country}
    if not countries:
        # no resolved mention here (or no actors stage): fall back to entities
        # (span.ents would rebuild the whole document's entities each time)
        for tok in span:
            if tok.ent_iob_ == "B" and tok.ent_type_ in _COUNTRY_ENTS:
                code = country_of(entity_span(tok).text)
                if code:
                    countries.add(code)
    feats = Features(
        sentence=sent,
        lemmas=lemmas,
        preds=preds,
        countries=countries,
        qualifiers={},
        scoped_qualifiers={},
        figures=figure_map(sent.text) if figures or full else {},
        days=day_mentions(sent.text) if figures or full else {},
        places={},
        event_types={e.event_type for e in evs},
        event_polarity={e.event_type: e.polarity for e in evs},
        event_dates={e.event_type: e.date for e in evs if e.date},
        event_triggers={e.event_type: e.trigger.text for e in evs if e.trigger is not None},
    )
    if full:
        # an event coded inside quotation marks (a slogan, a quoted demand)
        # is not what the sentence asserts: leave it out of polarity checks
        for e in evs:
            if e.trigger is not None:
                t = span.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
                if t is not None and len(t) and t.root.i in quoted:
                    feats.event_polarity.pop(e.event_type, None)
        _add_qualifiers(feats, sent, span)
        _add_places(feats, span, mentions)
    return feats


def _add_qualifiers(feats: Features, sent: Sentence, span: Any) -> None:
    """Qualifier phrases, sentence-wide or scoped to the predicate they hang on."""
    qlex = qualifiers()
    group_of = predicates().group_of
    for m in qlex.pattern.finditer(sent.text):
        phrase = m.group(0)
        key = " ".join(phrase.lower().replace("-", " - ").split()).replace(" - ", "-")
        for dim, value in qlex.phrase_dims.get(key, qlex.phrase_dims.get(phrase.lower(), [])):
            if not qlex.dimensions[dim].predicate_scope:
                feats.qualifiers.setdefault(dim, {})[value] = phrase
                continue
            toks = span.char_span(m.start(), m.end(), alignment_mode="expand")
            g = _scope_group(toks[0], group_of, 3) if toks is not None and len(toks) else None
            if g:
                feats.scoped_qualifiers.setdefault(g, {}).setdefault(dim, {})[value] = phrase


def _add_places(feats: Features, span: Any, mentions: MentionIndex) -> None:
    """Only places in a prepositional phrase on a predicate count ("held in
    Washington"): "officials in Seoul said" places the officials, and event
    locations inherited from anywhere in the sentence are too loose."""
    group_of = predicates().group_of
    for tok in span:
        if tok.dep_ == "prep" and tok.lower_ in _PLACE_PREPS:
            group = group_of.get(tok.head.lemma_.lower())
            if group is None:
                continue
            for g in tok.subtree:
                if g.ent_type_ in _PLACE_ENTS and g.i != tok.i:
                    code = token_country(g, mentions)
                    if code:
                        feats.places.setdefault(group, set()).add(code)


def sentence_span(doc: Document, sent: Sentence) -> Any:
    """The spaCy span of a sentence (None when the parse is missing)."""
    if doc.spacy is None:
        return None
    return doc.spacy.char_span(sent.start, sent.end, alignment_mode="expand")

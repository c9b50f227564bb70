"""Choose where an event happened from its sentence, and read datelines.

Candidates are spaCy GPE/LOC/FAC entities plus every curated or country name
the gazetteer pattern finds (the small spaCy model splits "Washington, D.C."
and misses seas). A candidate scores by what introduces it ("held in",
"in", "at", "near" are strong; "to", "into", "from" weaker), loses when it
is one of the event's actors or the subject/modifier of the clause ("South
Korea said", "U.S. forces"), and the best one nearest the trigger wins. A
city followed by its country ("Washington, D.C., USA") is one place: the
country only helps to pick the city.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from ..records import Document, Event, Location, Sentence
from .gazetteer import Place, demonym_country, lookup, surface_pattern, us_state
from .lexicon import place_cues

PLACE_LABELS = ("GPE", "LOC", "FAC")
MIN_SCORE = 2


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of phrases, longest first, any whitespace between words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _prep_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Patterns matched against the text just before a candidate, with their
    score, strongest first (from ``place_cues.toml``)."""
    cues = place_cues()
    nouns, compass = _alt(cues.settlement_nouns), _alt(cues.compass)
    # What may stand between the preposition and the place: "the" with up to
    # three lower-case or demonym words and "<town> of" ("the besieged Bosnian
    # town of"), a compass word ("northern"), or "East Timor's capital".
    filler = (
        rf"(?:(?:the|a)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:n|i|ese|ish))\s+){{0,3}}?(?:(?:{nouns})\s+of\s+)?"
        rf"|(?:the\s+)?(?i:{compass})\s+"
        rf"|(?:[A-Z][\w.-]*\s+){{0,2}}?[A-Z][\w.-]*(?:'s|’s)\s+(?:{nouns})\s+(?:of\s+)?"
        r"|the\s+)?"
    )
    by_score: dict[int, list[str]] = {}
    for phrase, score in cues.prepositions.items():
        by_score.setdefault(score, []).append(phrase)
    # Only the preposition is case-insensitive: the filler must tell "the
    # Bosnian town of" (demonym) from "the Indo-Pacific region and" (a name).
    return tuple(
        (re.compile(rf"\b(?i:{_alt(words)})\s+{filler}$"), score)
        for score, words in sorted(by_score.items(), reverse=True)
    )


@dataclass
class Candidate:
    start: int  # document offsets
    end: int
    text: str
    place: Place | None
    label: str
    score: int = 0


@functools.lru_cache(maxsize=65536)
def _clean(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return text.strip(" ,.;:")


def display_name(cand_text: str, place: Place | None) -> str:
    """Name reported for a place: canonical for curated places and countries,
    the text's own spelling for cities (geonames spells "Basrah", "Sāmarrā’")."""
    text = _clean(cand_text)
    if text.isupper() and len(text) > 3:
        text = text.title()
    if place is None or place.kind == "city" and not place.curated:
        return text
    return place.name


_NAME_AFTER_PREP = re.compile(
    r"\b(?:in|at|near|outside|of)\s+([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})(?![\w.])"
)


@dataclass
class DocPlaces:
    """Place candidates and demonym mentions of one document, found once."""

    cands: list[Candidate]
    demonyms: list[tuple[int, str]]  # (document offset, ISO3) of NORP mentions
    starts: list[int] = field(default_factory=list)  # cands' start offsets, for bisect

    def drop_before(self, offset: int) -> None:
        """Forget the candidates that start before ``offset`` (keeps ``starts`` in step)."""
        i = bisect.bisect_left(self.starts, offset)
        self.cands, self.starts = self.cands[i:], self.starts[i:]


_COMPASS = frozenset(("North", "South", "East", "West"))


_HOLIDAY_AFTER = re.compile(r"\s+(?:holidays?|festival|feast|celebrations?)\b", re.IGNORECASE)


def doc_places(doc: Document) -> DocPlaces:
    """All place candidates of the document in text order, without overlaps,
    and the countries its demonyms ("Bosnian") point to."""
    spans: list[tuple[int, int, str]] = []
    demonyms: list[tuple[int, str]] = []
    # times and named events the gazetteer may hold a town for: "in March", "the Chuseok holiday"
    times: list[tuple[int, int]] = []
    if doc.spacy is not None:
        for ent in doc.spacy.ents:
            if ent.label_ in ("DATE", "TIME", "EVENT"):
                times.append((ent.start_char, ent.end_char))
            if ent.label_ in PLACE_LABELS:
                spans.append((ent.start_char, ent.end_char, ent.label_))
            elif ent.label_ == "NORP":
                iso = demonym_country(ent.text)
                if iso:
                    demonyms.append((ent.start_char, iso))
    # Only the parsed part has sentences and events (the nlp stage may have
    # truncated a huge document), so there is no point scanning beyond it.
    limit = min(len(doc.text), int(doc.meta.get("nlp_truncated_at") or len(doc.text)))
    for m in surface_pattern().finditer(doc.text, 0, limit):
        spans.append((m.start(), m.end(), "GAZ"))
    # Names the small NER model misses after "in", "near", "the town of": kept
    # only when the gazetteer knows them (checked when a sentence is scored).
    for m in _NAME_AFTER_PREP.finditer(doc.text, 0, limit):
        spans.append((m.start(1), m.end(1), "PAT"))
    # (entities do not overlap: the one starting last at or before a span is the only one that may hold it)
    times.sort()
    time_starts = [a for a, _ in times]
    # Longest first; the gazetteer wins ties because it knows multi-word names.
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[2] != "GAZ", s[0]))
    # Kept spans are disjoint, so sorted by start only the neighbours of the
    # insertion point can overlap a new span: O(n log n) instead of O(n^2).
    starts: list[int] = []
    ends: list[int] = []
    out: list[Candidate] = []
    for s, e, label in spans:
        if doc.text[s:e] in _COMPASS and doc.text[max(0, s - 4) : s].lower() == "the ":
            continue  # "fired back at the North": a side (or a region), never North, Utah
        if label in ("GAZ", "PAT") and (k := bisect.bisect_right(time_starts, s) - 1) >= 0 and s < times[k][1]:
            continue  # "vetoed it in March 2024": a month, not March in Cambridgeshire
        if _HOLIDAY_AFTER.match(doc.text, e):
            continue  # "around the Chuseok holiday": a feast, no place
        i = bisect.bisect_left(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        out.append(Candidate(s, e, doc.text[s:e], None, label))
    out.sort(key=lambda c: c.start)
    return DocPlaces(out, demonyms, [c.start for c in out])


def _merge_chains(cands: list[Candidate], text: str) -> list[Candidate]:
    """Fold "City, Country" (or "City, State") into the city: the country is a
    hint, not a place."""
    out: list[Candidate] = []
    for c in cands:
        if (
            out
            and text[out[-1].end : c.start] in (", ", ",")
            and c.place is not None
            and (c.place.kind == "country" or (c.place.kind == "region" and c.place.admin1))
        ):
            prev = out[-1]
            if prev.place is None or prev.place.kind != "country":
                continue
        out.append(c)
    return out


def _countries_near(sent: Sentence, cands: list[Candidate], index: DocPlaces) -> list[str]:
    """Countries named in the sentence (places and demonyms), in text order."""
    found: list[tuple[int, str]] = []
    for c in cands:
        iso = demonym_country(_clean(c.text))
        if iso:
            found.append((c.start, iso))
    found.extend((pos, iso) for pos, iso in index.demonyms if sent.start <= pos < sent.end)
    found.sort()
    return list(dict.fromkeys(iso for _, iso in found))


def _syntactic_penalty(doc: Document, c: Candidate) -> int:
    """A place that is the subject, possessor or modifier of its clause is an
    actor ("Seoul said", "U.S. forces"), not where something happened."""
    if doc.spacy is None:
        return 0
    span = doc.spacy.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    tok = span.root
    # "the U.S. and South Korea agreed": a conjunct takes the role of its head.
    hops = 0
    while tok.dep_ == "conj" and tok.head is not tok and hops < 5:
        tok, hops = tok.head, hops + 1
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "amod", "appos"):
        return 2
    return 0


_PHYSICAL_TYPES = frozenset(("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"))


def _is_party(doc: Document, c: Candidate) -> bool:
    """True when an actor mention of the document covers the candidate and
    the candidate's token is a subject or object (a party, not a setting)."""
    if doc.spacy is None or not any(m.start is not None and m.start <= c.start < (m.end or 0) for m in doc.mentions):
        return False
    span = doc.spacy.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    while head.dep_ in ("conj", "compound", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative")


def _overlaps_actor(ev: Event | None, c: Candidate) -> bool:
    if ev is None:
        return False
    for a in (ev.source, ev.target):
        if (
            a is not None
            and a.start is not None
            and a.end is not None
            and c.start < a.end
            and a.start < c.end
        ):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _compass() -> re.Pattern[str]:
    """A leading compass word of a place name ("Western Cambodia")."""
    return re.compile(rf"^(?i:{_alt(place_cues().compass)})\s+(?=[A-Z])")


_WORD = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _resolve(
    text: str, strong: tuple[str, ...], weak: tuple[str, ...], state: str | None = None
) -> Place | None:
    name = _clean(text)
    place = lookup(name, weak, strong, state)
    if place is None and _compass().match(name):
        place = lookup(_compass().sub("", name), weak, strong, state)  # "Western Cambodia"
    return place


def _prep_score(before: str) -> tuple[int, str]:
    """Score of what introduces a candidate, and the words between ("Bosnian town of")."""
    for rx, score in _prep_patterns():
        m = rx.search(before)
        if m:
            return score, m.group(0)
    return 0, ""


def _filler_countries(filler: str) -> tuple[str, ...]:
    """Countries named between the preposition and the place ("the besieged
    Bosnian town of", "East Timor's capital")."""
    out = []
    for m in _WORD.finditer(filler):
        iso = demonym_country(m.group(0))
        if iso:
            out.append(iso)
    return tuple(out)


# "between Moscow and Pyongyang": the parties of a relation, not where anything is
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$")


def sentence_place(
    doc: Document,
    sent: Sentence,
    index: DocPlaces,
    ev: Event | None = None,
    extra_hints: tuple[str, ...] = (),
) -> Location | None:
    """The place where the event of ``sent`` happened, or None when the
    sentence names no place that reads as a location."""
    lo = bisect.bisect_left(index.starts, sent.start)
    hi = bisect.bisect_left(index.starts, sent.end)
    # (a town that acts in the sentence is no place of it: "Seoul, Tokyo and Washington condemn launch")
    acting = [(e.source.start, e.source.end) for e in doc.events if e.sentence_index == sent.index and e.source is not None and e.source.start is not None]
    cands = [
        Candidate(c.start, c.end, c.text, None, c.label) for c in index.cands[lo:hi]
        if c.end <= sent.end and not any(a <= c.start < (b or a) for a, b in acting)
    ]
    if not cands:
        return None
    near = _countries_near(sent, cands, index)
    actors = (ev.source, ev.target) if ev is not None else ()
    actor_countries = tuple(a.country for a in actors if a is not None and a.country)
    weak = tuple(dict.fromkeys([*near, *extra_hints, *actor_countries]))
    preps: list[tuple[int, str]] = []
    for i, c in enumerate(cands):
        preps.append(_prep_score(doc.text[max(sent.start, c.start - 60) : c.start]))
        strong = _filler_countries(preps[-1][1])
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        state = None
        if nxt is not None and doc.text[c.end : nxt.start] in (", ", ","):
            state = us_state(_clean(nxt.text))  # "Portland, Maine"
            iso = "USA" if state else demonym_country(_clean(nxt.text))  # "Tripoli, Lebanon"
            strong = (iso, *strong) if iso else strong
        c.place = _resolve(c.text, strong, weak, state)
    prep_of = {c.start: p for c, p in zip(cands, preps, strict=True)}
    cands = _merge_chains(cands, doc.text)
    trigger = ev.trigger.start if ev is not None and ev.trigger is not None else None
    best: Candidate | None = None
    best_key: tuple[int, int] | None = None
    for c in cands:
        prep, filler = prep_of[c.start]
        score = prep
        if c.place is not None and c.place.kind not in ("country", "region", "sea"):
            # A city or site is a place whatever introduces it ("struck Kyiv").
            score += 1 if prep else 2
        if c.place is None and c.label in ("GAZ", "PAT"):
            continue
        if _BETWEEN.search(doc.text, max(sent.start, c.start - 40), c.start):
            continue  # "the military cooperation between Moscow and Pyongyang": its parties, no place
        if prep == 0:
            score -= _syntactic_penalty(doc, c)
            if c.label == "GPE" and c.place is None:
                score -= 1  # unknown GPE without a preposition: often an organisation
        verbal = ev is not None and ev.event_type not in _PHYSICAL_TYPES
        if prep < 3 and (_overlaps_actor(ev, c) or (verbal and _is_party(doc, c))):
            # a place named as a party of talk ("urged Pyongyang and Moscow to
            # halt ...") is no location unless a locative preposition says so
            # (a city struck or occupied is where it happened)
            score -= 2
        c.score = score
        if score < MIN_SCORE:
            continue
        dist = abs(c.start - trigger) if trigger is not None else c.start - sent.start
        key = (-score, dist)
        if best_key is None or key < best_key:
            best, best_key = c, key
    if best is None:
        return None
    if best.place is None:
        filler_iso = _filler_countries(prep_of[best.start][1])
        country = filler_iso[0] if filler_iso else None
        return Location(display_name(best.text, None), country, None, None, best.start, best.end)
    p = best.place
    return Location(display_name(best.text, p), p.country, p.lat, p.lon, best.start, best.end)


# --------------------------------------------------------------------------
# datelines: "SEOUL, April 12 (Yonhap) --", "KYIV, Ukraine (AP) —"

_DATELINE_TAIL = (
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2}))?"
    # ("ABU DHABI, 11th September, 2026 (WAM) --": the day first, as Gulf and British agencies write it)
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:,?\s*\d{4})?))?"
    # "(Yonhap) --", "(EFE).-", "(PTI) Pakistan ...": after the agency the dash may go
    r"(?:\s*\((?P<agency>[^)\n]{1,40})\)\s*(?:\.?(?:--|—|–|-|:))?\s+|\s*(?:--|—|–|-|:)\s+)"
)
# "SEOUL, April 12 (Yonhap) --": a capitalised place opens the paragraph
# ("ISTANBUL/KYIV, March 3 (Reuters) -": a story filed from two, the first one counts).
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})(?:/[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})*" + _DATELINE_TAIL)
# "Seoul, April 12 (Yonhap) --": title case only counts with a date or an agency.
_DATELINE_TITLE = re.compile(r"\s*(?P<place>[A-Z][a-z.'’-]+(?:\s[A-Z][a-z.'’-]+){0,2})" + _DATELINE_TAIL)


@dataclass(frozen=True)
class Dateline:
    location: Location | None
    date_text: str | None
    end: int  # document offset where the dateline ends
    agency: str | None = None  # "Yonhap" in "SEOUL, May 8 (Yonhap) --"


def find_dateline(doc: Document) -> Dateline | None:
    """The dateline at the start of the first body paragraph, if any (the
    patterns are matched at that offset: no "^", which would only match at
    the start of the text, before a headline)."""
    starts = [s.start for s in doc.sections if s.kind == "body"][:1] or [0]
    return _dateline_at(doc, starts[0])


def paragraph_datelines(doc: Document) -> list[tuple[int, Dateline]]:
    """(paragraph start, dateline) of every body paragraph that opens with one
    with a date or an agency ("PRISTINA, Kosovo (AP) --" in a story filed
    from several places); the first body paragraph's may have neither."""
    out = []
    for i, sec in enumerate(s for s in doc.sections if s.kind == "body"):
        dl = _dateline_at(doc, sec.start)
        if dl is not None and (i == 0 or dl.date_text or "(" in doc.text[sec.start : dl.end]):
            out.append((sec.start, dl))
    return out


def _dateline_at(doc: Document, start: int) -> Dateline | None:
    stop = min(len(doc.text), start + 120)
    m = _DATELINE.match(doc.text, start, stop)
    if m is None:
        m = _DATELINE_TITLE.match(doc.text, start, stop)
        if m is None or not (m.group("date") or m.group("agency")):
            return None
    raw = m.group("place")
    region = m.group("region")
    if raw.upper() == "UNITED NATIONS" and (m.group("date") or m.group("agency")):
        # "UNITED NATIONS (AP) —": filed from the UN headquarters in New York
        return Dateline(Location("United Nations, New York", "USA", 40.7489, -73.968, m.start("place"), m.end("place")), m.group("date"), m.end(), m.group("agency"))
    hints: tuple[str, ...] = ()
    state = us_state(region) if region else None
    if region:
        iso = "USA" if state else demonym_country(region)
        hints = (iso,) if iso else ()
    # "KYIV, Ukraine", "PORTLAND, Maine": the region names the city's country or state.
    place = lookup(raw.title(), (), hints, state) or lookup(raw, (), hints, state)
    dated = bool(m.group("date") or m.group("agency"))
    if place is not None and place.kind == "country" and not dated:
        place = None  # "U.S. - China talks ..." opens a sentence, not a dateline
    if place is None and not m.group("date"):
        return None
    loc = None
    if place is not None:
        s, e = m.start("place"), m.end("place")
        loc = Location(display_name(raw, place), place.country, place.lat, place.lon, s, e)
    return Dateline(loc, m.group("date"), m.end(), m.group("agency"))

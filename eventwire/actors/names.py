"""Later mentions of a person by part of the name, and governments named
after their leader.

* A person named in full ("President Yoon Suk Yeol", "Ely Ratner") is often
  named again by one part of the name: the family name ("Ratner said"), which
  for Korean and Chinese names comes first ("Yoon said"), or a shortened form
  ("Kim Jong Un" -> "Kim"). Such a mention takes the name, country,
  sector, title and organisation of the most recent person named earlier
  whose name holds it; a part shared by two people ("Kim") goes to the one
  named last. A headline or lead often uses the bare name before the body
  gives it in full ("Biden and Yoon agree" above "President Yoon Suk Yeol"),
  so with no earlier holder the first later one is taken.
* A bare surname the document never gave in full takes an official's entry
  (``officials.csv``) only when exactly one listed official has that
  surname; otherwise it stays a person without a country (never a made-up
  country code). Spellings that differ only in how the name's ending is
  transliterated ("Zelensky", "Zelenskiy", "Zelenskyy") are one surname.
* "the Biden administration", "the Yoon government", "the Kishida cabinet":
  a person's name (from the document or ``officials.csv``) right before an
  administration/government/cabinet/regime noun is that person's state,
  sector GOV.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..records import Actor
from .lexicon import PERSON, Lexicon, get_lexicon

# Nouns for a government named after its leader.
_GOVERNMENT_NOUNS = frozenset(("administration", "government", "cabinet", "regime", "presidency"))
# Words before a name that are not part of it.
_NOT_NAME = frozenset(("the", "a", "an", "former", "late", "then"))


_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def name_parts(name: str) -> list[str]:
    """The parts of a full name that may stand for it alone later.

    The first and last words ("Yoon" and "Yeol" of "Yoon Suk Yeol", "Ely" and
    "Ratner"), and each half of a hyphenated given name's family name
    ("Lee Jong-sup" -> "Lee"). One-letter words and initials are skipped,
    and two-letter words unless a family name written first ("Ma Zhaoxu").
    """
    raw = name.replace(".", " ").split()
    # (a generational suffix is no name: "Ferdinand Marcos Jr." ... "Marcos said")
    while len(raw) > 2 and raw[-1].lower().rstrip(",") in _SUFFIXES:
        raw = raw[:-1]
    if len(raw) < 2:
        return []
    parts = {w for w in (raw[0], raw[-1]) if len(w) > 2}
    # (a family name of two letters first: "Ma Zhaoxu" ... "Ma told Park")
    if len(raw[0]) == 2 and raw[0].isalpha() and raw[0][1:].islower() and len(raw) > 1 and len(raw[-1]) > 2:
        parts.add(raw[0])
    # "Kim Jong Un": the given name is sometimes used alone ("Jong Un")
    if len(raw) == 3 and raw[1][:1].isupper():
        parts.add(f"{raw[1]} {raw[2]}")
    return [p for p in parts if p[:1].isupper()]


@functools.lru_cache(maxsize=1)
def _official_surnames() -> dict[str, Actor | None]:
    """Surname (and East Asian family name) -> the listed official, None when shared."""
    lex = get_lexicon()
    out: dict[str, Actor | None] = {}
    seen: set[str] = set()
    for _phrase, e in lex.iter_entries():
        if e.category != PERSON or e.name in seen or e.country is None:
            continue
        seen.add(e.name)
        words = e.name.split()
        if len(words) < 2:
            continue
        # the family name: last for most names, first for East Asian ones
        # (both listed; a word used by two officials is ambiguous)
        for w in {words[0], words[-1]}:
            # (a two-letter East Asian family name counts: "Xi", "Li")
            if len(w) < 2 or (len(w) == 2 and w != words[0]) or w.lower() in _NOT_NAME or not w[:1].isupper() or "-" in w:
                continue
            actor = Actor(text=w, name=e.name, country=e.country, sector=e.sector, kind="person", title=e.title)
            prev = out.get(w, actor)
            if w not in out:
                out[w] = actor
            elif prev is not None and prev.name != e.name:
                # two officials of one state ("Bush"): the state is still known
                same = prev.country == e.country
                out[w] = Actor(text=w, name=w, country=e.country, sector=None, kind="person") if same else None
    return out


# spellings of one name's ending across transliterations ("Zelensky",
# "Zelenskiy", "Zelenskyy"; "Dmitriy", "Dmitrii")
_ENDING = re.compile(r"(?:iy|yy|ii|y)$")


def _spelling_key(word: str) -> str:
    return _ENDING.sub("i", word.lower()).replace("kh", "h")


@functools.lru_cache(maxsize=1)
def _official_spellings() -> dict[str, Actor | None]:
    """``_official_surnames`` keyed by spelling (names of five letters or more)."""
    out: dict[str, Actor | None] = {}
    for w, actor in _official_surnames().items():
        if len(w) < 5:
            continue
        key = _spelling_key(w)
        if key in out and (out[key] is None or actor is None or out[key].name != actor.name):  # type: ignore[union-attr]
            out[key] = None
        else:
            out[key] = actor
    return out


def _surname_entry(word: str) -> tuple[bool, Actor | None]:
    """Whether ``word`` is a listed official's family (or given) name, in any
    of its transliterations, and the one official it names (None when shared)."""
    names = _official_surnames()
    if word in names:
        return True, names[word]
    if len(word) >= 5 and word[:1].isupper():
        key = _spelling_key(word)
        spellings = _official_spellings()
        if key in spellings:
            return True, spellings[key]
    return False, None


def official_by_surname(word: str) -> Actor | None:
    """The one listed official whose family (or given) name is ``word``
    (however its ending is transliterated), if unique."""
    return _surname_entry(word)[1]


def is_official_surname(word: str) -> bool:
    """True when ``word`` is the family (or given) name of a listed official,
    even one shared by several ("Kim")."""
    return _surname_entry(word)[0]


def link_people(people: list[Actor], lex: Lexicon) -> None:
    """Give a person mention that is one part of a full name given in the
    document that person's identity (in place).

    Of the earlier holders of the name part, the one named in full most
    often wins, the most recent on a tie ("Kim Yo-jong, sister of leader Kim
    Jong-un, warned ... Kim said": the story's Kim, not the one named in
    passing); with none, the first later one (a headline names "Yoon" before
    the body says "President Yoon Suk Yeol"); with neither, a listed
    official with that surname.
    """
    latest: dict[str, Actor] = {}
    holders: dict[str, list[Actor]] = {}
    named: Counter[str] = Counter()
    # the first full name holding each part, for mentions that precede it
    first: dict[str, Actor] = {}
    pending: list[Actor] = []
    for p in sorted(people, key=lambda m: m.start or 0):
        words = p.name.split()
        if len(words) >= 2 and not _is_part_of_known(p, latest):
            named[p.name] += 1
            for part in name_parts(p.name):
                latest[part] = p
                holders.setdefault(part, []).append(p)
                first.setdefault(part, p)
            continue
        found = holders.get(p.name) or holders.get(words[-1] if words else "") or []
        full = max(reversed(found), key=lambda h: named[h.name]) if found else None
        if full is None:
            pending.append(p)
        else:
            _take_identity(p, full, lex)
    for p in pending:
        words = p.name.split()
        full = first.get(p.name) or first.get(words[-1] if words else "")
        if full is None and p.country is None and len(words) == 1:
            full = official_by_surname(p.name)
        if full is not None:
            _take_identity(p, full, lex)


def _take_identity(p: Actor, full: Actor, lex: Lexicon) -> None:
    """Copy a full-named person's identity onto a partial mention (own values
    first; but a state the mention's own words do not name came from the
    sentence around it, and the person named in full keeps his: "Crown Prince
    Mohammed bin Salman ... Prince Mohammed pledged to invest in the United States")."""
    p.name = full.name
    own_state = any(h.category != PERSON for h in lex.scan(p.text or ""))
    p.country = (p.country if own_state else None) or full.country or p.country
    p.sector = p.sector or full.sector
    p.title = p.title or full.title
    p.organization = p.organization or full.organization


def _is_part_of_known(p: Actor, latest: dict[str, Actor]) -> bool:
    """True when a two-word name is only the given name of someone already named ("Jong Un")."""
    return p.name in latest and latest[p.name].name != p.name and p.country is None


def part_mentions(text: str, sdoc, people: list[Actor], mentions: list[Actor], lex: Lexicon) -> list[Actor]:  # type: ignore[no-untyped-def]
    """Mentions for unparsed uses of one part of a person's name given in
    full anywhere in the document ("Ratner said" when the parser found no
    PERSON there; a headline's "Yoon" above the body's full name).

    A mention at the same span that the lexicon does not back (an unknown
    organisation, a town of the same name: "Hamada") is removed from
    ``mentions``: the person named earlier explains the word better.
    """
    parts: dict[str, list[Actor]] = {}
    for p in people:
        if p.resolved_from:
            continue
        for part in name_parts(p.name):
            if " " not in part:
                parts.setdefault(part, []).append(p)
    if not parts:
        return []
    same_span = {(m.start, m.end): m for m in mentions if m.kind != "person" and not lex.scan(m.text)}
    taken = [(m.start or 0, m.end or 0) for m in mentions if (m.start, m.end) not in same_span] + [
        (p.start or 0, p.end or 0) for p in people
    ]
    out: list[Actor] = []
    drop: set[int] = set()
    # a regex over the text instead of a walk over every token: spaCy makes a
    # Python object per token visited, and the parts are few
    words = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True)) + r")(?![\w-])")
    for hit in words.finditer(text):
        s, e = hit.span()
        cands = parts[hit.group(0)]
        if any(a <= s < b for a, b in taken):
            continue
        span = sdoc.char_span(s, e)
        if span is None or len(span) != 1 or span[0].pos_ not in ("PROPN", "NOUN"):
            continue
        # the most recent earlier holder, else the first later one (a
        # headline's bare "Yoon" above the body's full name)
        earlier = [p for p in cands if (p.start or 0) < s]
        p = max(earlier, key=lambda m: m.start or 0) if earlier else min(cands, key=lambda m: m.start or 0)
        other = same_span.get((s, e))
        if other is not None:
            drop.add(id(other))
        out.append(
            Actor(
                text=hit.group(0),
                name=p.name,
                country=p.country,
                sector=p.sector,
                kind="person",
                title=p.title,
                organization=p.organization,
                start=s,
                end=e,
            )
        )
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
    return out


_GOV_AFTER = re.compile(r"(?:'s|’s)?\s+(administration|government|cabinet|regime|presidency)\b", re.IGNORECASE)


_NAME_GOV = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s+(administration|government|cabinet|regime|presidency)\b")


def leader_governments(text: str, mentions: list[Actor]) -> list[Actor]:
    """Join "<leader name> administration|government|cabinet" into one
    government mention of the leader's state; return the new mention list.

    The name is a person mention with a country, or a capitalised word that is
    the unique surname of a listed official ("the Bush administration").
    """
    out: list[Actor] = []
    drop: set[int] = set()
    ms = sorted(mentions, key=lambda m: (m.start or 0, m.end or 0))
    by_start = {m.start: m for m in ms if m.start is not None}
    for m in ms:
        if m.kind != "person" or m.country is None or m.end is None:
            continue
        g = _GOV_AFTER.match(text, m.end)
        if g is None:
            continue
        noun = by_start.get(g.start(1))
        if noun is not None:
            drop.add(id(noun))
        drop.add(id(m))
        out.append(_government(text, m.start or 0, g.end(), m.country, m.name))
    # names the document never gave in full, known from officials.csv
    taken = [(m.start or 0, m.end or 0) for m in ms if not (m.kind == "person" and m.country is None)]
    for hit in _NAME_GOV.finditer(text):
        s = hit.start()
        if any(a <= s < b for a, b in taken):
            continue
        official = official_by_surname(hit.group(1))
        if official is None:
            continue
        noun = by_start.get(hit.start(2))
        if noun is not None:
            drop.add(id(noun))
        name_m = next((m for m in ms if m.start == s and m.kind == "person"), None)
        if name_m is not None:
            drop.add(id(name_m))
        out.append(_government(text, s, hit.end(), official.country, official.name))
    if not out:
        return mentions
    return [m for m in mentions if id(m) not in drop] + out


def _government(text: str, start: int, end: int, country: str | None, leader: str) -> Actor:
    return Actor(
        text=text[start:end],
        name=f"{leader} {text[start:end].split()[-1].lower()}",
        country=country,
        sector="GOV",
        kind="org",
        start=start,
        end=end,
    )

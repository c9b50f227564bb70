"""Turn lexicon hits into actor mentions, joining a place with the sector noun
next to it.

Rules (text only, so :func:`eventwire.actors.resolve_actor` can use them
without a parse):

* place + sector: a country, demonym or seat, optionally with a possessive
  and up to two modifier words, then a sector noun or an organisation
  without its own country: "Russian troops", "Israel's army", "Seoul's
  defense ministry", "Gondor's main opposition group" -> one mention with the
  place's country and the noun's sector; not after a stance prefix
  ("anti-Japan activists", "pro-Russian separatists": the place stands
  alone, the noun takes its country from context);
* organisation with a country + member noun: "Hamas fighters", "EU foreign
  ministers";
* state + people: "Bosnian Serbs", "Iraqi Kurds" are the state's (CAMEO);
* sector + of/from/in + place: "the army of Mali", "soldiers from Gondor",
  "lawmakers in Fornost";
* anything else stands alone; a sector noun or organisation without a
  country gets one later from the document (see :func:`fill_context`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..records import Actor
from .lexicon import COUNTRY, DEMONYM, GEO, METONYM, ORG, PERSON, SECTOR, Hit, Lexicon

# regions (codes.toml): an adjective that only says where a body is, or describes one state
REGION_CODES = frozenset(("EUR", "ASA", "AFR", "MEA", "WST", "LAM", "SAM", "NMR", "CRB", "CAS"))
# The last word of a place named after somebody ("Kim Il Sung Square", "Ben
# Gurion Airport"): such a name is no person and no party.
# (not "University", "Institute", "Hospital": bodies that speak and act)
PLACE_NAME_WORDS = frozenset(("square", "stadium", "street", "avenue", "boulevard", "airport", "bridge", "palace", "park", "plaza", "mausoleum", "memorial",
                              "shoal", "reef", "atoll", "strait", "peninsula", "lagoon", "gulf", "sea", "bay", "ocean", "channel"))

# Words that may stand between a place and its sector noun ("Gondor's main
# opposition group", "the Russian state-run media"). A closed list keeps
# "North Korea fired at troops" from becoming one actor.
_MODIFIERS = frozenset(
    "main national state state-run senior top chief central federal regional local "
    "new former interim ruling elite special own nuclear naval armed border joint "
    "acting provincial "
    # who a person is: "a Dutch freelance journalist", "a prominent Russian lawyer"
    "freelance veteran prominent independent "
    # kinds of firms: "two North Korean shipping firms", "Chinese state-owned banks"
    "shipping trading fishing technology tech energy oil gas steel arms weapons construction "
    "mining logistics cargo private state-owned financial banking trade "
    "official security military defense defence foreign cyber software front shell".split()
)
_POSSESSIVE_GAP = re.compile(r"^\s*(?:'s|’s|'|’)\s")
_FOLLOWERS = re.compile(r"(?:loyalists?|supporters?|followers?)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^\s*(?:'s|'|’s|’)?\s*$")
_GAP_WORDS = re.compile(r"^\s*(?:'s|’s|'|’)?((?:\s*[\w-]+){0,2})\s+$")
# Nouns for the members of a named group ("Hamas fighters", "NATO troops").
_MEMBER_SECTORS = frozenset(("REB", "INS", "MIL", "OPP", "GOV", "COP"))
# "hackers linked to Pyongyang": a state's covert arm (not "militias backed by
# Iran", whose members are another state's)
_LINKED_TO = re.compile(r"^\s+(?:linked|tied|connected)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_OF_PLACE = re.compile(r"^\s+(?:of|from|in|for)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?$", re.IGNORECASE)
# up to three lower-case words between a body and its court: "U.N. war crimes court"
_BODY_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,3}")
# A stance prefix: "anti-Japan protesters", "pro-Russian separatists" are
# not Japan's or Russia's people; the place stays a mention of its own.
_STANCE = re.compile(r"\b(?:anti|pro)[-‐–]?\s?\Z", re.IGNORECASE)


# "arrested 20 opposition members in Nairobi", "near the border": a name where things happen
_IN_PLACE = re.compile(r"\b(?:in|at|near|across|outside|inside|throughout)\s+(?:the\s+)?\Z")


def named_as_place(text: str, start: int) -> bool:
    """The name starting at ``start`` is named as the place where something happens."""
    return _IN_PLACE.search(text, max(0, start - 12), start) is not None


def after_stance(text: str, start: int) -> bool:
    """True when the mention starting at ``start`` follows "anti-"/"pro-"."""
    return _STANCE.search(text, max(0, start - 6), start) is not None


_MISSIONS = re.compile(r"^(?:embass(?:y|ies)|consulates?|missions?|legations?|ambassadors?|envoys?|diplomats?|attach[eé]s?|delegations?)$", re.IGNORECASE)
_IN_GAP = re.compile(r"^\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_PEOPLE_OF = re.compile(r"^\s+(?:of|in|from)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$", re.IGNORECASE)


def _is_people(text: str, h: Hit) -> bool:
    """A demonym used as a plural noun ("Albanians", "Serbs"), not an adjective."""
    return h.category == DEMONYM and text[h.end - 1 : h.end] == "s"


# Peoples and faiths without a state of their own: "Iraqi Kurds", "Bosnian
# Muslims", "Israeli Arabs" are actors of the state named before them.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:ethnic\s+)?(Kurds|Shiites|Shias|Sunnis|Muslims|Moslems|Christians|Arabs|Turkmen|Yazidis|Druze|Alawites|Copts"
    r"|Tamils|Tuaregs|Pashtuns|Baluch|Baloch|Hazaras|Hindus|Sikhs|Jews|Bedouins?|Berbers|Roma)\b"
)


def _people_of_state(text: str, h: Hit, nxt: Hit | None) -> int | None:
    """End of "<state adjective or name> <people>" starting at ``h``
    ("Bosnian Serbs", "Kosovo Albanians", "Iraqi Kurds"), else None."""
    if not _is_place(h) or _is_people(text, h):
        return None
    if nxt is not None and _is_people(text, nxt) and nxt.entry.country != h.entry.country and not text[h.end : nxt.start].strip():
        return nxt.end
    m = _PEOPLE_AFTER.match(text, h.end)
    return m.end() if m else None


# Nouns a nationality adjective describes without making a party: "Russian flags"
_THING_AFTER = re.compile(
    r"\s+(?:flags?|banners?|slogans?|anthem|language|cuisine|food|songs?|music|films?|movies?|brands?|style|culture|"
    r"traditions?|history|literature|currency|dramas?|pop|writers?|novels?|cultural|heritage|historic|historical|sites?|temples?|shrines?|restaurants?|"
    # (a name the parser took for a people before a place noun: "the Dokdo islets")
    r"islets?|islands?|atolls?|reefs?)\b",
    re.IGNORECASE,
)


def thing_after(text: str, end: int) -> bool:
    """True when a nationality word ending at ``end`` describes a thing ("Russian flags")."""
    return _THING_AFTER.match(text, end) is not None


# Sector nouns that, capitalised after a nationality, name a building: "the Saudi Hospital"
_FACILITY_SECTORS = frozenset(("HLH", "EDU"))


def _is_place(h: Hit) -> bool:
    return h.category in GEO


def _is_sector_like(h: Hit) -> bool:
    """A noun that takes its country from a neighbouring place."""
    return h.category == SECTOR or (h.category == ORG and h.entry.country is None)


# "a Russia-based company", "a Hong Kong-registered vessel", "a Hong Kong-based trading company"
_BASED = re.compile(r"^-(?:based|registered|flagged|headquartered|owned)(?=\s)", re.IGNORECASE)


def _gap_ok(gap: str) -> bool:
    based = _BASED.match(gap)
    if based:
        gap = gap[based.end() :]
        if not gap.strip():
            return True
    if _POSSESSIVE.match(gap):
        return True
    m = _GAP_WORDS.match(gap)
    if not m:
        return False
    words = m.group(1).split()
    return all(w.lower() in _MODIFIERS or w == "IT" for w in words)  # ("North Korean IT workers")


# "F-35A fighters", "KF-21 fighters", "stealth fighters": aircraft, not militants
_AIRCRAFT_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*-\d+[A-Za-z]?|\bstealth|\bjet)\s+$")


def _sector(text: str, h: Hit) -> str | None:
    if h.entry.sector == "REB" and text[h.start : h.end].lower() in ("fighters", "fighter") and _AIRCRAFT_BEFORE.search(text, max(0, h.start - 20), h.start):
        return "MIL"
    return h.entry.sector


def single(text: str, h: Hit, lex: Lexicon) -> Actor:
    """The mention of one hit on its own."""
    e = h.entry
    kind = e.kind
    if h.category in (COUNTRY, DEMONYM) or (h.category == METONYM and not e.sector):
        kind = "country"
    name = e.name
    if h.category == SECTOR:
        name = e.name.lower()
    return Actor(
        text=text[h.start : h.end],
        name=name,
        country=e.country,
        sector=_sector(text, h),
        kind=kind,
        title=e.title,
        start=h.start,
        end=h.end,
    )


def _joined(text: str, place: Hit, noun: Hit, lex: Lexicon) -> Actor:
    start, end = min(place.start, noun.start), max(place.end, noun.end)
    country = place.entry.country
    cname = lex.country_names.get(country or "", place.entry.name)
    noun_name = noun.entry.name if noun.category == ORG else noun.entry.name.lower()
    return Actor(
        text=text[start:end],
        name=f"{cname} {noun_name}",
        country=country,
        sector=_sector(text, noun),
        kind="org" if noun.entry.kind == "org" else "group",
        start=start,
        end=end,
    )


def _members(text: str, org: Hit, noun: Hit) -> Actor:
    return Actor(
        text=text[org.start : noun.end],
        name=org.entry.name,
        country=org.entry.country,
        # "UN peacekeepers" are soldiers of an IGO: the noun says more than IGO
        sector=noun.entry.sector if org.entry.sector in (None, "IGO") else org.entry.sector,
        kind="group",
        start=org.start,
        end=noun.end,
    )


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _shared_noun(text: str, hits: list[Hit], i: int) -> Hit | None:
    """The noun a list of states shares ("Thai and Cambodian troops",
    "Russian, Chinese and Iranian warships"), when hit ``i`` opens or is
    inside such a list and is not its last state; None otherwise."""
    j = i
    while j + 1 < len(hits) and _is_place(hits[j + 1]) and _LIST_GAP.fullmatch(text[hits[j].end : hits[j + 1].start]):
        j += 1
    if j == i or j + 1 >= len(hits):
        return None
    noun = hits[j + 1]
    last = hits[j]
    # (right after the last state: not "North Korea and Russia's military", the last state's own)
    if not _is_sector_like(noun) or text[last.end : noun.start].strip():
        return None
    return noun


def _un_ambassador(text: str, body: Hit, noun: Hit | None) -> bool:
    """ "U.N. ambassador": the United Nations followed by the word for a
    state's envoy to it (its own are "envoys", "representatives"; an "EU
    ambassador" may be the Union's own)."""
    return (
        noun is not None
        and body.category == ORG
        and body.entry.country == "UNO"
        and noun.category == SECTOR
        and text[noun.start : noun.end].lower().startswith("ambassador")
        and not text[body.end : noun.start].strip()
    )


# the word for someone who works for the body named just before it
_STAFF_WORD = re.compile(r"(?:officials?|spokes(?:man|woman|person)|officers?|employees?|staff)", re.IGNORECASE)


# bodies every state has one of under the same name
_NATIONAL_SOCIETIES = frozenset(("Red Cross",))


def compose(text: str, hits: list[Hit], lex: Lexicon) -> list[Actor]:
    """Mentions from the hits of one text (hits sorted by start, not
    overlapping); hits on either side of a line break never join (a title
    ending "... cross NLL" is not one name with the body's "North Korean soldiers")."""
    out: list[Actor] = []
    run: list[Hit] = []
    for h in hits:
        if run and "\n" in text[run[-1].end : h.start]:
            out += _compose_run(text, run, lex)
            run = []
        run.append(h)
    return out + _compose_run(text, run, lex) if run else out


def _compose_run(text: str, hits: list[Hit], lex: Lexicon) -> list[Actor]:
    """Mentions from hits with no line break between them."""
    out: list[Actor] = []
    i = 0
    n = len(hits)
    while i < n:
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < n else None
        stance = after_stance(text, h.start)
        nxt2 = hits[i + 2] if i + 2 < n else None
        if nxt is not None and _un_ambassador(text, nxt, nxt2) and _is_place(h) and _POSSESSIVE_GAP.match(text[h.end : nxt.start] + " "):
            # "Iran's U.N. ambassador": a state's envoy to the body, not the body's
            out.append(_joined(text, h, nxt2, lex))  # type: ignore[arg-type]
            i += 3
            continue
        if _un_ambassador(text, h, nxt):
            out.append(single(text, nxt, lex))  # type: ignore[arg-type]  # "the U.N. ambassador": a state's, from context
            i += 2
            continue
        if (
            nxt is not None
            and not stance
            and _is_place(h)
            and not _is_people(text, h)
            and nxt.category == DEMONYM
            and not _is_people(text, nxt)
            and nxt.entry.country != h.entry.country
            and not text[h.end : nxt.start].strip()
        ):
            # "Bosnian Serb lawmakers", "Iraqi Kurdish fighters": a people of
            # the first state; the pair is the place of the noun after it
            nxt2 = hits[i + 2] if i + 2 < n else None
            if nxt2 is not None and _is_sector_like(nxt2) and _gap_ok(text[nxt.end : nxt2.start]):
                out.append(_joined(text, h, nxt2, lex))
                i += 3
                continue
            out.append(Actor(text=text[h.start : nxt.end], name=text[h.start : nxt.end], country=h.entry.country, kind="group", start=h.start, end=nxt.end))
            i += 2
            continue
        shared = None if stance or not _is_place(h) or _is_people(text, h) else _shared_noun(text, hits, i)
        if shared is not None:
            # "Thai and Cambodian troops", "South Korean and US officials": the
            # noun after the list is every listed state's
            a = _joined(text, h, shared, lex)
            a.text, a.start, a.end = text[h.start : h.end], h.start, h.end
            out.append(a)
            i += 1
            continue
        if h.category == DEMONYM and not _is_people(text, h) and (
            _THING_AFTER.match(text, h.end)
            or (nxt is not None and nxt.entry.sector in _FACILITY_SECTORS and text[nxt.start : nxt.start + 1].isupper() and not text[h.end : nxt.start].strip())
        ):
            # "waving Russian flags": an attribute, no party; "the Saudi Hospital
            # in El Fasher", "the Indonesian Hospital": a facility's name
            i += 2 if nxt is not None and nxt.entry.sector in _FACILITY_SECTORS and not text[h.end : nxt.start].strip() else 1
            continue
        prev = hits[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.category == PERSON
            and prev.entry.country
            and h.category == SECTOR
            and (_POSSESSIVE_GAP.match(text[prev.end : h.start]) or (_FOLLOWERS.match(text, h.start) and not text[prev.end : h.start].strip()))
            and _gap_ok(text[prev.end : h.start])
        ):
            # "Kim Jong Un's special envoy (in Beijing)": the leader's envoy is
            # his state's; "Assad loyalists", "Yoon supporters": his followers
            a = single(text, h, lex)
            a.country = prev.entry.country
            out.append(a)
            out[:] = [m for m in out if not (m.start == prev.start and m.kind == "person")] if _FOLLOWERS.match(text, h.start) else out
            i += 1
            continue
        people_end = None if stance else _people_of_state(text, h, nxt)
        if people_end is not None:
            out.append(Actor(text=text[h.start : people_end], name=text[h.start : people_end], country=h.entry.country, kind="group", start=h.start, end=people_end))
            i += 2 if nxt is not None and nxt.end == people_end else 1
            continue
        if (
            nxt is not None and h.entry.country == "PRK" and h.category == DEMONYM and _gap_ok(text[h.end : nxt.start])
            and (nxt.entry.sector == "HRI" or "defector" in text[nxt.start : nxt.end].lower())
        ):
            # "a North Korean human rights group", "North Korean defector groups": groups
            # for the North's people, which work from the South; whose they are is the
            # story's (Seoul's), not the North's
            a = _joined(text, h, nxt, lex)
            a.country = None
            out.append(a)
            i += 2
            continue
        if nxt is not None and _is_place(h) and (_is_sector_like(nxt) or nxt.entry.name in _NATIONAL_SOCIETIES) and _gap_ok(text[h.end : nxt.start]) and not stance:
            # ("North Korea's Red Cross", "the Japanese Red Cross Society": a state's own society)
            out.append(_joined(text, h, nxt, lex))
            i += 2
            continue
        if (
            nxt is not None
            and h.category == ORG
            and h.entry.country
            and nxt.category == SECTOR
            and nxt.entry.sector in _MEMBER_SECTORS
            and _gap_ok(text[h.end : nxt.start])
            and not stance
        ):
            # "Islamic State militants", "Hamas fighters", "European Union
            # foreign ministers": members of a named group
            out.append(_members(text, h, nxt))
            i += 2
            continue
        if (
            nxt is not None
            and h.category == ORG
            and h.entry.country in lex.international
            and nxt.category == SECTOR
            and nxt.entry.sector == "JUD"
            and _BODY_GAP.fullmatch(text[h.end : nxt.start])
            and not stance
        ):
            # "the U.N. war crimes court", "EU judges": a court of the union or
            # body, not of the state the story is about
            out.append(Actor(text=text[h.start : nxt.end], name=text[h.start : nxt.end], country=h.entry.country, sector="JUD", kind="org", start=h.start, end=nxt.end))
            i += 2
            continue
        if (
            nxt is not None
            and _is_sector_like(h)
            and _is_place(nxt)
            and (_OF_PLACE.match(text[h.end : nxt.start]) or (h.entry.sector in ("INS", "SPY") and _LINKED_TO.match(text[h.end : nxt.start])))
            # "an official of the Chinese Embassy": the place belongs to the noun after it
            and not (nxt2 is not None and _is_sector_like(nxt2) and _gap_ok(text[nxt.end : nxt2.start]))
            # "its embassy in Kinshasa", "the U.S. ambassador in Seoul": a mission is where it sits, not whose it is
            and not (_MISSIONS.match(text[h.start : h.end]) and _IN_GAP.match(text[h.end : nxt.start]))
        ):
            out.append(_joined(text, nxt, h, lex))
            i += 2
            continue
        if nxt is not None and _is_people(text, h) and nxt.category in (METONYM, COUNTRY) and _PEOPLE_OF.match(text[h.end : nxt.start]):
            # "the Albanians of southern Serbia", "Serbs in Kosovo": a people
            # named by where they live are an actor of that state (CAMEO)
            out.append(
                Actor(text=text[h.start : nxt.end], name=text[h.start : nxt.end], country=nxt.entry.country, kind="group", start=h.start, end=nxt.end)
            )
            i += 2
            continue
        if nxt is not None and h.category == SECTOR and nxt.category == SECTOR and _STAFF_WORD.fullmatch(text[nxt.start : nxt.end]) and not text[h.end : nxt.start].strip():
            # "a former spy agency official", "defense ministry spokesman": one person of that body
            a = single(text, h, lex)
            a.text, a.end = text[h.start : nxt.end], nxt.end
            out.append(a)
            i += 2
            continue
        out.append(single(text, h, lex))
        i += 1
    return out


# Words only the Korean desk uses: with one of them, "the North" and "the
# South" are the two Korean states.
_KOREAN_CUES = re.compile(
    r"\b(?:Korea|Koreans?|Pyongyang|Seoul|KCNA|JCS|Yonhap|DMZ|Panmunjom|Kaesong|East Sea|Yellow Sea|West Sea|Yeonpyeong"
    r"|Kim Jong[ -]Un|Kim Yo[ -]?[Jj]ong|[Uu]nification [Mm]inist\w*|Northern Limit Line|NLL|MDL)\b"
)


def korean_text(text: str) -> bool:
    """True when a text names Korea or a body or place only Korea has."""
    return _KOREAN_CUES.search(text) is not None


def country_counts(mentions: Iterable[Actor]) -> Counter[str]:
    """How often each country is named (places, demonyms, joined mentions)."""
    return Counter(m.country for m in mentions if m.country and m.kind in ("country", "org", "group", "person"))


def pick_country(prefer: tuple[str, ...], counts: Counter[str], focus: str | None) -> str | None:
    """Country for a phrase that names none: the document's focus (its
    dateline's home, else the state it names most) when it uses the name, else the preferred
    country the document mentions most (ties in the listed order: "JCS" in a
    story that names Seoul five times and Washington once is South Korea's), else the
    document's focus (South Korea for a body it uses when the story names
    only the North), else the first preferred one."""
    named = [c for c in prefer if counts.get(c)]
    if focus in prefer:
        # "the National Security Council" in a story filed from Seoul is Seoul's,
        # however often it names Washington
        return focus
    if named:
        return max(named, key=lambda c: counts[c])  # max keeps the first of equals
    if focus == "PRK" and "KOR" in prefer:
        # a story about the North alone: "the JCS", "the National Assembly"
        # are the South's (Pyongyang's bodies are named after the Party)
        return "KOR"
    if focus:
        return focus
    return prefer[0] if prefer else None


# the sectors of a state's own institutions and officials
HOME_SECTORS = frozenset(("GOV", "LEG", "PTY", "SPY", "MIL", "COP", "JUD"))
# ... of them, those that stay at home: armed forces and spies act abroad
# ("Israeli warplanes struck Aleppo", "Burundian militiamen attacked a camp")
CIVIL_SECTORS = frozenset(("GOV", "LEG", "PTY", "COP", "JUD"))
# ... but not its envoys and forces, who serve abroad ("Russia expelled two Norwegian diplomats")
_ABROAD = re.compile(r"(?i)\b(?:diplomat|ambassador|envoy|embass|consul|attach|delegat|mission|troops|forces|soldiers)")


def home_counts(counts: Counter[str], mentions: Iterable[Actor], sectors: frozenset[str] = HOME_SECTORS, least: int = 1) -> Counter[str]:
    """With no dateline, the story's home is the state most of its people and
    bodies belong to, not the one named most: a Seoul paper's story on the
    North names "the North" more often than Korea, but its presidential
    office, its parties and its joint chiefs are Seoul's. ``counts`` (the
    states named) plus each of the story's own bodies and officials of a
    known state counted twice (of ``sectors``; a state's only when it has
    at least ``least`` of them)."""
    bodies = country_counts(
        m for m in mentions if m.kind in ("person", "org", "group") and m.sector in sectors and not _ABROAD.search(f"{m.text} {m.title or ''}")
    )
    bodies = Counter({c: n for c, n in bodies.items() if n >= least})
    return counts + bodies + bodies


def focus_country(counts: Counter[str], lex: Lexicon) -> str | None:
    """The state the document is most about (international codes excluded)."""
    for code, _n in counts.most_common():
        if code not in lex.international:
            return code
    return None


def quote_between(text: str, start: int, end: int) -> bool:
    """A quotation closes between two offsets: what stands before it is said,
    not who says it ('"... with the Ukrainian side," ministry spokesperson Lee said')."""
    return any(q in text[start:end] for q in ('"', "”"))


def nearest_state(mentions: list[Actor], lex: Lexicon, pos: int, sentence_start: int, text: str = "") -> str | None:
    """Country of the last mention naming a state between ``sentence_start``
    and ``pos``, not one inside a quotation that ends before ``pos`` ('"...
    with the Ukrainian side," ministry spokesperson Lee said': what is said
    is no affiliation)."""
    best: Actor | None = None
    for m in mentions:
        if m.start is None or m.end is None or m.start < sentence_start or m.end > pos:
            continue
        if text and quote_between(text, m.end, pos):
            continue
        if m.country and m.country not in lex.international and (best is None or m.start > (best.start or 0)) and (
            # (a state named, not one a group or a body was only given from the story: "Japan says 17 of its citizens")
            m.kind in ("country", "person") or any(h.entry.country == m.country for h in lex.scan(m.text))
        ):
            best = m
    return best.country if best is not None else None

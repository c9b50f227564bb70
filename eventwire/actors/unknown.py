"""Actors the lexicon does not know: keep them, with a stable code.

Sources of unknown actors, once the lexicon and the people rules have run:

* spaCy entities GPE, NORP and ORG not covered by a mention;
* capitalised single-word proper nouns as subject or object (nsubj,
  nsubjpass, dobj) outside headlines that no entity or mention covers
  ("Arnor signed ...").

A place name is first looked up as a city (``cities.csv``: "Tyumen" -> RUS)
and as a misspelt country name ("Ethopia" -> ETH); NORP entities that are
not nationalities ("Tamil", "Muslim") become kind "group" without a country.

Code rule for an unknown state or people (GPE, NORP, bare proper noun): the
first three letters of the name, upper case, ignoring a leading "the" and
anything that is not a letter, and generic words such as Republic, Kingdom,
State ("Dagolath" -> DAG, "the Republic of Zubrowka" -> ZUB). When that code
is already a real ISO code or an international code, the first letter plus
the last two letters of the name are used instead ("Francia" -> FIA, not
FRA). Only a name in a party position (subject, object, or after "with",
"against", "to", "by", "on") gets one: an unknown name elsewhere ("an attack
in Pahalgam", "the invasion of Dagestan") is a town or region, and keeps no
made-up code. ORG
entities become kind "org" with country None (or the country of a place
right before them, "Gondor Rangers" already handled by compose).

A word that is part of a person's name never gets a derived code: the parser
often tags a bare surname as a place, above all in a headline ("Biden and
Yoon agree"). A part of a name the document gives in full is left to the
name linker; a unique surname of a listed official becomes that official
(a shared one, "Kim", a person without a country).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..records import Actor
from ..resolve.lexicon import place_rows
from .compose import thing_after
from .lexicon import Lexicon, fuzzy_country, get_cities, get_regions
from .names import is_official_surname, official_by_surname

_GENERIC = frozenset("the republic kingdom state states democratic people's peoples federal islamic united of".split())
_COMPASS = frozenset("the north south east west northern southern eastern western northeast northwest southeast southwest".split())
_SUBJ_OBJ = frozenset(("nsubj", "nsubjpass", "dobj"))
_SKIP_ENT = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "FAC"))

# an unknown people-word before a piece of land or sea is the region's adjective: "their
# Himalayan border", "the Arctic coast", "Andean highlands"
_TERRAIN_AFTER = re.compile(r"\s+(?:border|borders|frontier|region|mountains|range|plateau|coast|coastline|waters|glacier|valley|highlands|foothills|peaks?)\b", re.IGNORECASE)


def derive_code(name: str, lex: Lexicon | None = None) -> str | None:
    """A 3-letter code for an unknown state named ``name`` (see the module doc)."""
    words = [w for w in re.findall(r"[A-Za-z]+", name)]
    if all(w.lower() in _COMPASS for w in words):
        return None  # "the South", "the West": a side or region, not a state's name
    core = [w for w in words if w.lower() not in _GENERIC] or words
    letters = "".join(core).upper()
    if len(letters) < 3:
        return None
    code = letters[:3]
    if lex is not None and code in lex.known_codes:
        code = letters[0] + letters[-2:]
    return code


# Weapons and platforms, often named with a proper name, are never parties.
WEAPON_NOUNS = frozenset(
    "missile icbm slbm irbm srbm rocket drone uav tank jet warship submarine bomber launcher satellite "
    "warhead torpedo howitzer artillery carrier destroyer frigate aircraft helicopter".split()
)
# Ships and aircraft (named: "the Onnuri, a research vessel"; sent somewhere:
# a show of force, no aid to the state they reach)
CRAFT_NOUNS = frozenset(
    "vessel ship boat tanker freighter ferry trawler carrier warship destroyer frigate submarine cruiser fleet flotilla "
    "bomber jet warplane plane aircraft drone satellite".split()
)
# a maker's model after its name: "Embraer 190", "Boeing 737", "Airbus A320" (not "Embraer's 190 jets")
_MODEL_AFTER = re.compile(r" (?:[A-Z]{0,2}\d{2,4}[A-Z]{0,3})\b(?! (?:people|troops|soldiers|dead|killed|percent|per cent))")
# a model designation: "Hwasong-17", "Pukguksong-3", "Su-35", "F-35s"
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Za-z]?s?$")


# things that open a sentence capitalised and are no names ("Debris fell on a building")
_THINGS = frozenset("debris shrapnel fragment explosion blast gunfire smoke fire flame shell round strike airstrike attack raid bombardment shelling barrage".split())


# endings of English common nouns that no state's name has ("damage", "attempts", "pressure", "cooperation")
_NOUN_ENDING = re.compile(r"(?:age|ages|ment|ments|tion|tions|sion|sions|ness|ity|ities|ance|ances|ence|ences|ism|ure|ures|empts?)$")


def common_word_opening(tok, text: str | None = None) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised word opening a sentence that is a common noun: a craft,
    a weapon or a thing ("Drones struck a hospital", "Debris fell"), or a
    word the document's ``text`` (when given) also writes in lower case."""
    # (or the body's first word after a dateline: "PORT SUDAN, Nov 28 (Reuters) - Drones launched by ...")
    after_dash = tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "--", "\u2013", "\u2014")
    if not (tok.is_sent_start or after_dash or (tok.i > 0 and tok.doc[tok.i - 1].is_quote and tok.doc[tok.i - 1].is_sent_start)):
        return False
    low = tok.lower_
    forms = {low, low[:-1] if low.endswith("s") else low, tok.lemma_.lower()}
    if forms & (CRAFT_NOUNS | WEAPON_NOUNS | _THINGS):
        return True
    if _NOUN_ENDING.search(low) and tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
        return True  # '"Damage to undersea cables threatens ...', "Attempts to accuse us are absurd": a common noun's ending
    return text is not None and re.search(r"\b" + re.escape(low) + r"\b", text) is not None


_SYSTEM_NOUNS = frozenset(("system", "systems", "battery", "batteries", "launchers", "interceptors"))


def is_weapon_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon word, a model designation, or a name right before a weapon
    word ("a Pukguksong-3 SLBM", "the Hwasong-17 ICBM", "Patriot systems")."""
    doc = tok.doc
    j = tok.i + 1
    if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and len(doc[j + 1].text) <= 3:
        j += 2  # "IRIS-T", "NASAMS-ER": the model's suffix
    nxt = doc[j] if j < len(doc) else None
    # "another IRIS-T air defense system": the kind of system may come first
    system = False
    for k in range(j, min(j + 3, len(doc))):
        if doc[k].lower_ in _SYSTEM_NOUNS:
            system = True
            break
        if not doc[k].is_lower or not doc[k].is_alpha:
            break
    return (
        (system and tok.pos_ == "PROPN" and tok.is_upper)
        or tok.lower_ in WEAPON_NOUNS
        or tok.lemma_.lower() in WEAPON_NOUNS
        or bool(_MODEL_NAME.match(tok.text))
        or (nxt is not None and nxt.lower_ in WEAPON_NOUNS | {"missiles", "rockets", "drones", "tanks", "jets"})
        # a named air-defence or artillery system: "two more Patriot systems", "a HIMARS battery"
        or (nxt is not None and tok.pos_ == "PROPN" and nxt.lower_ in _SYSTEM_NOUNS)
    )


# Capitalised words that make a name the name of a text, not of an actor
# ("the Treaty on the Non-Proliferation of Nuclear Weapons", "the Minsk Agreement").
_TEXT_WORDS = frozenset("Treaty Convention Agreement Accord Accords Protocol Declaration Pact Charter Act Resolution Statute Communique".split())


def names_a_text(ent) -> bool:  # type: ignore[no-untyped-def]
    """True for an entity that is (part of) the name of a treaty or other text."""
    before = ent.doc[max(0, ent.start - 3) : ent.start]
    return any(t.text in _TEXT_WORDS for t in ent) or any(t.text in _TEXT_WORDS for t in before)


_PARTY_PREPS = frozenset(("with", "against", "to", "by", "on"))


# common nouns a place's name modifies ("Senkaku waters", "Kuril islands")
_GEO_NOUNS = frozenset(("water", "waters", "island", "islands", "islet", "coast", "port", "region", "province", "county", "district", "area",
                        "sea", "strait", "bay", "gulf", "river", "valley", "airspace", "zone", "peninsula", "shoal", "reef", "archipelago"))


def party_position(tok) -> bool:  # type: ignore[no-untyped-def]
    """True for a name where a party stands: subject, object, or the object of
    "with/against/to/by/on" ("Zubrowka signed an accord with Freedonia")."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in _GEO_NOUNS:
            return False  # "entered Senkaku waters": a place's name
        if tok.dep_ == "conj" and get_cities().get(tok.head.text.lower()):
            return False  # "hit Hodeidah, Ras Isa and Salif": a list of towns
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _PARTY_PREPS


# where a town stands: "withdrew from Kherson", "fighting near Pokrovsk"
_PLACE_PREPS = frozenset(("in", "from", "to", "into", "near", "around", "outside", "toward", "towards", "at", "across", "through", "of"))


# verbs whose object is a place
_PLACE_VERBS = frozenset(("visit", "tour", "reach", "enter", "leave", "capture", "shell", "bomb", "besiege"))


def town_taken_for_a_person(ent) -> bool:  # type: ignore[no-untyped-def]
    """A name of up to three words the parser tagged PERSON that is a town's
    name, in a place's slot ("withdrew from Kherson", "roads in Belgrade,
    Novi Sad and Nis"), and no listed official's surname."""
    if ent.label_ != "PERSON" or len(ent) > 3 or not get_cities().get(ent.text.lower()) or is_official_surname(ent.text):
        return False
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # (or the place a visit or a strike goes to: "is scheduled to visit Busan")
    return (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS) or (tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _PLACE_VERBS) or _listed_after_a_place(ent)


def _listed_after_a_place(ent) -> bool:  # type: ignore[no-untyped-def]
    """A name in a list that a place opens: "in Belgrade, Novi Sad and Nis"
    (towns the parser read as people, one after another)."""
    ends = {e.end: e for e in ent.doc.ents}
    i = ent.start
    while i >= 2 and ent.doc[i - 1].lower_ in (",", "and", "or"):
        before = ends.get(i - 1)
        if before is None:
            return False
        if before.label_ == "GPE":
            return True
        if before.label_ != "PERSON" or len(before) > 3 or not get_cities().get(before.text.lower()):
            return False
        i = before.start
    return False


@functools.lru_cache(maxsize=1)
def _curated_places() -> dict[str, str]:
    """Regions, islands, seas and sites of the gazetteer additions (alias,
    lower case -> ISO3, "" for a place of no single state)."""
    return {row.alias.lower(): row.country or "" for row in place_rows()}


def place_code(name: str, lex: Lexicon, derive: bool = True) -> str | None:
    """Country of an unknown place name: a city's country, a region's or
    island's ("Xinjiang", "Yonaguni"; none for a shoal or sea no state owns),
    a misspelt country ("Ethopia"), else (``derive``) a derived code, never
    for a brand written in camel case ("YouTube")."""
    region = get_regions().get(name)
    if region:
        return region  # "New Jersey", "Texas" (before the towns: Florida in Cuba)
    city = None if name.isupper() and len(name) <= 5 else get_cities().get(name.lower())  # an acronym is no town
    if city:
        return city
    known = _curated_places().get(name.lower())
    if known is not None:
        return known or None
    if _CAMEL.search(name):
        derive = False
    return fuzzy_country(name) or (derive_code(name, lex) if derive else None)


_CAMEL = re.compile(r"[a-z][A-Z]")


def stateless(name: str) -> bool:
    """A name that is no party however it is used: a shoal or sea no state
    owns ("Scarborough Shoal"), a brand ("YouTube")."""
    return _curated_places().get(name.lower()) == "" or (_CAMEL.search(name) is not None and not get_cities().get(name.lower()))


def _trim_possessive(text: str, s: int, e: int) -> int:
    """End offset without a trailing possessive, punctuation ("South West
    State's") or line break (an entity the tagger ran from a headline into
    the body: "Line of Control\n\n")."""
    while e > s and text[e - 1].isspace():
        e -= 1
    if text[max(s, e - 2) : e] in ("'s", "’s"):
        e -= 2
    while e > s and text[e - 1] in ".,;:'’":
        e -= 1
    return e


# courtesy titles before a name ("Ms Machado", "Mr. Gonzalez"): no part of it
COURTESY = frozenset(("mr", "ms", "mrs", "miss", "mx"))


def unknown_orgs(text: str, sdoc, covered: list[tuple[int, int]]) -> list[Actor]:  # type: ignore[no-untyped-def]
    """Mentions for ORG entities no lexicon phrase covers (kind org, no country yet)."""
    out: list[Actor] = []
    for ent in sdoc.ents:
        if ent.label_ != "ORG":
            continue
        s, e = ent.start_char, ent.end_char
        if ent[0].lower_ in ("the", "its", "their", "his", "her", "our") and len(ent) > 1:
            s = ent[1].idx  # ("Its Foreign Ministry said": the body, not a name that starts with "Its")
        e = _trim_possessive(text, s, e)
        if any(a < e and s < b for a, b in covered) or not any(c.isupper() for c in text[s:e]) or names_a_text(ent) or stateless(text[s:e]):
            continue
        if is_weapon_name(ent[-1]) or _KOREAN_NAME.match(text[s:e]):
            continue  # "two more Patriot systems": a weapon the tagger took for a body; "Seok Jong-gun": a person
        if ent[0].lower_.rstrip(".") in COURTESY | {"dr"} and len(ent) > 1:
            continue  # "Ms Machado", "Mr González": a person the tagger took for a body
        if (ship := ship_actor(text[s:e], s, e)) is not None:
            out.append(ship)  # "the BRP Datu Sanday": a state's ship
            continue
        if no_party_name(text[s:e], text, s, e):
            continue  # "the MV Galaxy Leader", "the Freedom Edge exercise": a merchant ship, an exercise
        city = None if text[s:e].isupper() else get_cities().get(text[s:e].lower())  # ("ITU" is a body, not Itu in Brazil)
        if not city and settlement_name(text[s:e], text, s):
            continue  # "the Joint Security Area", "the village of Novopavlivka": a place no gazetteer knows
        if city:  # the parser often calls a town an organisation
            out.append(Actor(text=text[s:e], name=text[s:e], country=city, sector=None, kind="country", start=s, end=e))
        else:
            out.append(Actor(text=text[s:e], name=text[s:e], country=None, sector=None, kind="org", start=s, end=e))
    return out


def _person_word(name: str, s: int, e: int, person_words: frozenset[str], lex: Lexicon) -> Actor | None | bool:
    """For a would-be unknown state named ``name``: False when it is no
    person's name; True when it is part of a name in the document (skip it);
    else a person mention for a listed official's surname."""
    if name in person_words:
        return True
    if get_cities().get(name.lower()) or fuzzy_country(name):
        return False  # a real place
    if not is_official_surname(name):
        return False
    o = official_by_surname(name)
    if o is None:  # shared by officials of several states
        return Actor(text=name, name=name, country=None, kind="person", start=s, end=e)
    return Actor(text=name, name=o.name, country=o.country, sector=o.sector, kind="person", title=o.title, start=s, end=e)


# a ship's name by its prefix ("the BRP Sierra Madre", "USS Carl Vinson", "HMS Spey", "MV Galaxy Leader")
_SHIP_PREFIXES = frozenset("BRP USS USNS HMS HMAS HMCS HMNZS INS JS ROKS RSS KRI TCG FS ITS MV MT RV SS CCG".split())
_SHIP_PREFIX = re.compile(r"^(?:" + "|".join(sorted(_SHIP_PREFIXES, key=lambda w: (-len(w), w))) + r")\s+[A-Z]")
# an exercise's name: "the Freedom Edge trilateral exercise", "Ulchi Freedom Shield drills"
_EXERCISE_KINDS = frozenset(("trilateral", "bilateral", "joint", "combined", "military", "naval", "air", "annual", "large-scale", "live-fire", "field",
                             "command", "computer-simulated", "maritime", "amphibious", "multinational", "defensive", "summertime", "summer", "spring"))
_EXERCISE_AFTER = re.compile(r"(?:\s+(?:" + "|".join(sorted(_EXERCISE_KINDS)) + r")){0,2}\s+(?:exercises?|drills?|war\s*games|maneuvers|manoeuvres)\b")
# a town by what it is: "the village of Novopavlivka", "the town of Khiam"
_SETTLEMENT_WORDS = frozenset(("village", "town", "city", "hamlet", "settlement", "district", "region", "province", "port", "island", "municipality"))
_SETTLEMENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_SETTLEMENT_WORDS)) + r")\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


# the state a ship's prefix names ("BRP": Barko ng Republika ng Pilipinas)
_SHIP_STATES = {"BRP": "PHL", "USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND",
                "JS": "JPN", "ROKS": "KOR", "RSS": "SGP", "KRI": "IDN", "TCG": "TUR", "CCG": "CHN"}


def ship_actor(name: str, s: int, e: int) -> Actor | None:
    """The state's ship a navy prefix names ("the BRP Datu Sanday": the
    Philippines'), None for any other name or a merchant prefix (MV, MT)."""
    m = _SHIP_PREFIX.match(name)
    state = _SHIP_STATES.get(name.split()[0]) if m is not None else None
    if state is None:
        return None
    return Actor(text=name, name=name, country=state, sector="MIL" if name.split()[0] not in ("BRP", "CCG") else "GOV", kind="org", start=s, end=e)


# a ship's name told by what it is: "The George Washington, a 100,000-ton nuclear-powered carrier,"
_VESSEL_APPOSITION = re.compile(
    r",\s+(?:an?|the|its|their)\s+(?:[\w,.-]+\s+){0,5}?(?:aircraft\s+carrier|carrier|destroyer|frigate|cruiser|corvette|submarine|warship|vessel|ship|tanker|freighter|icebreaker)\b"
)


# a ship's flag or registry: a nationality on a thing, no party ("a Panama-flagged tanker")
FLAGGED_SHIP = re.compile(
    r"[-\u2010\u2011](?:flagged\b|registered\s+(?:[\w-]+\s+){0,2}(?:ship|vessel|tanker|freighter|boat|carrier|trawler|dhow)s?\b)", re.IGNORECASE
)


def no_party_name(name: str, text: str, s: int, e: int) -> bool:
    """A name that is a ship's (by its prefix or by the apposition that tells
    what it is) or an exercise's, or a wire's tag on a headline ("(LEAD)",
    "(URGENT)", "(2nd LD)"), never a party."""
    opened = text.rfind("(", max(0, s - 8), s + 1)
    if opened >= 0 and text[e : e + 1] == ")" and _WIRE_TAG.fullmatch(text[opened + 1 : e].strip()):
        return True
    return _SHIP_PREFIX.match(name) is not None or _EXERCISE_AFTER.match(text, e) is not None or _VESSEL_APPOSITION.match(text, e) is not None


# what a wire puts in brackets before a headline: "(LEAD)", "(URGENT)", "(2nd LD)", "(News Focus)"
_WIRE_TAG = re.compile(r"(?:LEAD|URGENT|UPDATE|EXCLUSIVE|FLASH|ALERT|CORRECTED|WRAPUP|(?:\d+(?:st|nd|rd|th)\s+)?LD|News\s+Focus|Yonhap\s+Feature|Interview)", re.IGNORECASE)


def settlement_name(name: str, text: str, s: int) -> bool:
    """A name told as a settlement or area ("the village of X", "the Joint
    Security Area"): a place, whose code only a gazetteer may give."""
    last = name.split()[-1].lower() if name.split() else ""
    return _SETTLEMENT_BEFORE.search(text, max(0, s - 30), s) is not None or (len(name.split()) > 1 and last in _GEO_NOUNS)


_EXERCISE_WORDS = frozenset(("exercise", "exercises", "drill", "drills", "wargames", "maneuvers", "manoeuvres", "games"))


def no_party_tokens(first, head) -> bool:  # type: ignore[no-untyped-def]
    """The token form of :func:`no_party_name` and :func:`settlement_name`
    for a phrase from ``first`` to ``head``: a ship ("BRP Datu Sanday"), an
    exercise ("Freedom Edge trilateral exercise"), a settlement ("the village
    of Novopavlivka") or an area ("the Joint Security Area")."""
    doc = head.doc
    if first.text in _SHIP_PREFIXES and head.i > first.i:
        return True
    for t in doc[head.i + 1 : head.i + 4]:
        if t.lower_ in _EXERCISE_WORDS:
            return True
        if t.lower_ not in _EXERCISE_KINDS:
            break
    before = doc[max(0, first.i - 3) : first.i]
    words = [t.lower_ for t in before if t.lower_ != "the"]
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _SETTLEMENT_WORDS:
        return True
    return head.i > first.i and head.lower_ in _GEO_NOUNS and not head.is_lower


# "the Onnuri, a research vessel operated by ...": a ship's name, no unknown state
_CRAFT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(CRAFT_NOUNS)) + r")s?\b")


# "Belavia, the Belarusian national airline", "Rosatom, the Russian state nuclear company"
_BODY_SECTORS = {"airline": "BUS", "carrier": "BUS", "company": "BUS", "firm": "BUS", "bank": "BUS", "corporation": "BUS", "conglomerate": "BUS",
                 "producer": "BUS", "maker": "BUS", "manufacturer": "BUS", "operator": "BUS", "lender": "BUS", "exporter": "BUS",
                 "broadcaster": "MED", "newspaper": "MED", "agency": None, "militia": "REB", "party": "PTY", "movement": None, "group": None}
# a region named by what it is: "the North Darfur city of", "Paktika province", "Zamfara state"
_REGION_AFTER = re.compile(r"\s+(?:city|town|province|state|region|district|county|governorate|prefecture|oblast)\b", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|a|an)\s+([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,3}?(" + "|".join(_BODY_SECTORS) + r")\b")


# "Park Jung-ho, a South Korean missionary", "Machar, the former rebel leader": a
# person the parser took for a place (the demonym before the role gives the state;
# not "... Arnor, the president said", a speaker after a place)
# (and what a "him" or "her" may stand for: see coref.py)
PERSON_ROLES = (
    "missionary|pastor|priest|journalist|reporter|correspondent|writer|author|novelist|poet|activist|businessman|businesswoman|"
    "student|worker|employee|tourist|citizen|national|resident|defector|soldier|officer|diplomat|lawmaker|politician|scientist|researcher|"
    "academic|professor|lawyer|doctor|engineer|teacher|blogger|dissident|leader|commander|general|official|minister|president|"
    "spokesman|spokeswoman|spokesperson|envoy|rapporteur|ambassador|negotiator|coordinator|representative|attach[eé]|consul|charg[eé] d'affaires|"
    "man|woman|girl|boy|son|daughter|wife|husband|father|mother|brother|sister"
)
_PERSON_AFTER = re.compile(r",\s+(?:a|an|the|\d+)\s+(?:-?year-old\s+)?((?:[A-Z][\w-]+\s+){0,2})(?:[a-z][\w-]*\s+){0,3}?(?:" + PERSON_ROLES + r")\b(?!\s+(?:said|says|told|added|warned|noted|stressed))")
# a Korean personal name: surname and hyphenated given name ("Park Jung-ho", "Kim Hong-kyun")
_KOREAN_NAME = re.compile(r"^[A-Z][a-z]{1,4} [A-Z][a-z]+-[a-z]+$")


# verbs done only to people: "arrested Guanipa", "Guanipa was jailed"
_DONE_TO_PEOPLE = frozenset(("arrest", "detain", "jail", "imprison", "sentence", "charge", "indict", "convict", "execute", "hang", "kidnap", "abduct",
                             "pardon", "extradite", "interrogate", "torture", "prosecute"))


def _held_person(tok) -> bool:  # type: ignore[no-untyped-def]
    """A single name that is the object of a verb done only to people."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in _DONE_TO_PEOPLE


def _person_named(name: str, text: str, s: int, e: int) -> Actor | None:
    """A person mention for a would-be place that is a person's name by its
    shape or by the role told after it; None for anything else."""
    described = _PERSON_AFTER.match(text, e)
    if described is None and not _KOREAN_NAME.match(name):
        return None
    demonym = described.group(1).strip() if described is not None else ""
    return Actor(text=name, name=name, country=fuzzy_country(demonym) if demonym else None, kind="person", start=s, end=e)


def unknown_actors(  # type: ignore[no-untyped-def]
    text: str,
    sdoc,
    covered: list[tuple[int, int]],
    lex: Lexicon,
    in_headline: Callable[[int], bool],
    person_words: frozenset[str] = frozenset(),
) -> list[Actor]:
    """Mentions for entities and subject/object proper nouns no other rule took.

    ``person_words``: parts of the names of people in the document, which
    never become unknown states."""
    out: list[Actor] = []
    # A character mask of what is already taken: checking a span costs its
    # length, not the number of mentions (long documents have thousands).
    taken = bytearray(len(text) + 1)
    for a, b in covered:
        taken[a:b] = b"\x01" * (b - a)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) == -1

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for ent in sdoc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG") and not town_taken_for_a_person(ent):
            continue
        s, e = ent.start_char, ent.end_char
        # drop a leading article the entity may carry
        if ent[0].lower_ == "the" and len(ent) > 1:
            s = ent[1].idx
        e = _trim_possessive(text, s, e)
        if not free(s, e) or not any(c.isupper() for c in text[s:e]) or text[s:e].lower().startswith("inter-") or is_weapon_name(ent[-1]) or names_a_text(ent) or (
            len(ent) == 1 and common_word_opening(ent[0], text)
        ):
            continue  # "inter-Korean" describes relations, "Hwasong-17" is a missile: they name nobody
        name = text[s:e]
        if _MODEL_AFTER.match(text, e) and ent.label_ != "NORP":
            take(s, e)
            continue  # "The Embraer 190 crashed", "a Boeing 737": a maker's model, no party
        if stateless(name):
            take(s, e)
            continue  # "Scarborough Shoal", "YouTube": no party, whatever the parser calls them
        if (ship := ship_actor(name, s, e)) is not None:
            out.append(ship)
            take(s, e)
            continue  # "the BRP Datu Sanday": a state's ship
        if no_party_name(name, text, s, e):
            take(s, e)
            continue  # "the MV Galaxy Leader", "the Freedom Edge exercise": a merchant ship, an exercise
        if ent.label_ == "NORP" and (thing_after(text, e) or _TERRAIN_AFTER.match(text, e)):
            continue  # "waving Russian flags": an attribute, no party ("their Himalayan border": a region's word)
        if ent.label_ == "ORG" and _KOREAN_NAME.match(name):
            # "signed by Seok Jong-gun": a person's name the tagger took for a body's
            # (whose surname, said alone later, is no unknown state)
            out.append(Actor(text=name, name=name, country=None, kind="person", start=s, end=e))
            person_words = person_words | {name.split()[0]}
        elif ent.label_ == "ORG" and settlement_name(name, text, s) and not get_cities().get(name.lower()):
            pass  # "the village of Novopavlivka", "the Joint Security Area": a place no gazetteer knows
        elif ent.label_ == "ORG":
            out.append(Actor(text=name, name=name, country=None, sector=None, kind="org", start=s, end=e))
        elif ent.label_ == "NORP" and get_cities().get(name.lower()) and ent[0].dep_ == "pobj":
            # a town the parser took for a group ("near the town of Samarra")
            out.append(Actor(text=name, name=name, country=get_cities()[name.lower()], sector=None, kind="country", start=s, end=e))
        elif ent.label_ == "NORP":
            # an ethnic, religious or political group ("Tamil", "Muslim"), not a state
            out.append(Actor(text=name, name=name, country=fuzzy_country(name), sector=None, kind="group", start=s, end=e))
        else:
            person = _person_word(name, s, e, person_words, lex)
            if person is True or _CRAFT_AFTER.match(text, e):
                continue
            if isinstance(person, Actor):
                out.append(person)
            elif (named := _person_named(name, text, s, e)) is not None:
                out.append(named)
            elif len(ent) == 1 and _held_person(ent.root) and not get_cities().get(name.lower()) and not fuzzy_country(name):
                out.append(Actor(text=name, name=name, country=None, kind="person", start=s, end=e))
            else:
                # "an attack in Pahalgam", "the invasion of Dagestan": an
                # unknown name that is no subject or object of an act is a
                # town or a region, not an unknown state; no made-up code
                described = _DESCRIBED_AFTER.match(text, e)
                if described is not None:
                    # "Belavia, the Belarusian national airline": a body of the state the appositive names
                    out.append(Actor(text=name, name=name, country=fuzzy_country(described.group(1)), sector=_BODY_SECTORS.get(described.group(2).lower()),
                                     kind="org", start=s, end=e))
                    take(s, e)
                    continue
                if _REGION_AFTER.match(text, e) and not place_code(name, lex, derive=False) and not re.search(r"['’]s\s+\Z", text[max(0, s - 4) : s]):
                    take(s, e)
                    continue  # "the North Darfur city of El Fasher", "Paktika province": a region no rule knows is nobody (not "Sudan's North Kordofan province")
                code = place_code(name, lex, derive=party_position(ent.root) and not settlement_name(name, text, s))
                out.append(Actor(text=name, name=name, country=code, sector=None, kind="country", start=s, end=e))
        take(s, e)
    # the POS array picks the proper nouns without making a Python object per token
    propn = sdoc.vocab.strings["PROPN"]
    for i, pos in enumerate(sdoc.to_array("POS").tolist()):
        if pos != propn:
            continue
        tok = sdoc[i]
        if tok.dep_ not in _SUBJ_OBJ or not tok.text[:1].isupper() or is_weapon_name(tok) or common_word_opening(tok, text):
            continue
        if tok.ent_type_ not in ("", "GPE", "NORP") or len(tok.text) < 3 or tok.lower_ in lex.title_words:
            continue
        # a single-word name: no compound parts, no article ("the Dialogue"),
        # and not in a headline, where every word is capitalised
        if any(c.dep_ in ("compound", "det", "amod") for c in tok.children) or in_headline(tok.idx):
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if not free(s, e):
            continue
        person = _person_word(tok.text, s, e, person_words, lex)
        if person is True or _CRAFT_AFTER.match(text, e):
            continue
        if isinstance(person, Actor):
            out.append(person)
        elif _held_person(tok) and not get_cities().get(tok.lower_) and not fuzzy_country(tok.text):
            out.append(Actor(text=tok.text, name=tok.text, country=None, kind="person", start=s, end=e))
        elif no_party_name(tok.text, text, s, e):
            pass  # "Freedom Edge drills"
        elif not stateless(tok.text):
            out.append(Actor(text=tok.text, name=tok.text, country=place_code(tok.text, lex, derive=not settlement_name(tok.text, text, s)), kind="country", start=s, end=e))
        take(s, e)
    return out

"""People: a name with its title, organisation and country.

A person is a spaCy PERSON entity or a known official from ``officials.csv``.
Title and organisation come from the same sentence:

* a pre-modifying title right before the name, possibly with a place:
  "U.S. Assistant Secretary of Defense Ely Ratner", "President Yoon Suk
  Yeol", "North Korean leader Kim Jong Un", "Dagolath's first Deputy Prime
  Minister Telemar";
* an apposition after the name, between commas: "Cho Chang Rae, the
  Director of the National Defense Policy Office of the Ministry of National
  Defense," gives the title up to the last "of the <organisation>" and the
  organisation itself; a trailing "in the U.S." or a leading "South Korea's"
  gives the country.

The country is, in order: a place in the title (even for a known official:
the text outranks the lexicon), the organisation's country, the official's
entry, a country that uses that exact title (``titles.csv`` prefer column)
and the document mentions, the state named last before the
person in the sentence, and for state titles only (GOV, MIL, LEG, JUD, COP,
SPY) the document's focus country: an archbishop or professor with no
country in sight keeps None.
The sector comes from the longest known title word ("Secretary of Defense"
-> MIL, "lawmaker" -> LEG), else from the organisation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..nlp import sentence_of
from ..records import Actor
from .compose import korean_text, nearest_state, pick_country, quote_between
from .lexicon import GEO, PERSON, SECTOR, Lexicon, get_cities
from .unknown import COURTESY, is_weapon_name, town_taken_for_a_person

# Lower-case words that may sit inside a pre-modifying title besides title
# words and capitalised words ("Dagolath's first Deputy Prime Minister").
_PREFIX_GLUE = frozenset("of for the 's ’s ' first acting former deputy senior top new then interim chief".split())
_TRIM = frozenset("the of for 's ’s ' and a an".split())
_ARTICLES = frozenset("the a an".split())
_ORG_PREP = frozenset("of at for with".split())
_PLACE_PREP = frozenset("in of from".split())
_LEADING_POSSESSIVE = re.compile(r"^\s*(?:'s|’s|'|’)(?=\s)")
# never across a blank line (a wrapped line is fine): a headline's last word is no place of the lede's title
_GAP = re.compile(r"^(?:'s|’s|'|’)?[ \t]*(?:\r?\n[ \t]*)?\Z")
_APPOSITION_STOP = frozenset([",", ";", "(", ")", "—", "–", ":"])
# A country abbreviation with dots ("U.S.", "U.K.") that the sentence splitter
# may take for a sentence end, cutting it from the title that follows.
_DOTTED_ABBREV = re.compile(r"^(?:[A-Z]\.){2,3}$")
# Nouns a name may label that make it no person's name ("the Freedom Shield
# exercise", "the Hwasong missile", "the Abraham Accords").
_THING_NOUNS = frozenset(
    "exercise drill wargame operation missile rocket satellite summit accord agreement treaty "
    "declaration doctrine initiative plan act law program programme line".split()
)


_QUOTE_OPENS = re.compile(r'\s*["\u201c]')


def _sentence_floor(sdoc, sent_start: int) -> int:  # type: ignore[no-untyped-def]
    """First token a pre-modifying title may reach back to.

    Usually the sentence start. But the splitter sometimes ends a sentence
    after "U.S." or inside a capitalised title ("U.S." | "Defence" |
    "Secretary John Roe"): when the token before a capitalised sentence start
    is a dotted abbreviation or a capitalised word (no sentence-final
    punctuation, no paragraph break), the previous sentence's start is the
    floor (up to two steps back). The title walk still stops at the first
    word that is no title word, so this never takes in a real sentence."""
    k = sent_start
    for _ in range(2):
        if k <= 0 or not sdoc[k].text[:1].isupper():
            break
        p = k - 1
        while p > 0 and sdoc[p].is_space and "\n\n" not in sdoc[p].text:
            p -= 1
        prev = sdoc[p]
        if prev.is_space or "\n\n" in prev.whitespace_:
            break
        if not (_DOTTED_ABBREV.match(prev.text) or (prev.text[:1].isupper() and not prev.is_punct)):
            break
        while p > 0 and not sdoc[p].is_sent_start:
            p -= 1
        k = p
    return k


def _covering(mentions: list[Actor], start: int, end: int) -> list[Actor]:
    return [m for m in mentions if m.start is not None and m.end is not None and m.start >= start and m.end <= end]


def _offsets(m: Actor) -> tuple[int, int]:
    """A mention's character span (every mention the scan found in the text has one)."""
    if m.start is None or m.end is None:
        raise ValueError(f"mention {m.text!r} has no character offsets")
    return m.start, m.end


def _title_prefix(sdoc, ent_start: int, lex: Lexicon, sent_start: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """Token range of a pre-modifying title (with place) before token ``ent_start``."""
    j = ent_start - 1
    if j > sent_start and sdoc[j].text == "," and sdoc[j - 1].lower_ in lex.title_words and sdoc[j - 1].pos_ == "NOUN":
        j -= 1  # set off by commas: "Italy's foreign minister, Antonio Tajani, said"
    elif j > sent_start and sdoc[j].text == ",":
        k = j - 1
        while k > sent_start and sdoc[k].pos_ == "PROPN":
            k -= 1
        if k < j - 1 and k > sent_start and sdoc[k].lower_ in ("for", "to") and sdoc[k - 1].lower_ in lex.title_words and sdoc[k - 1].pos_ == "NOUN":
            j = k - 1  # "the UN special envoy for Yemen, Hans Grundberg, said": the title before its brief
    while j >= sent_start:
        t = sdoc[j]
        low = t.lower_
        if t.is_space:  # a line break inside a title ("U.S.\nAssistant Secretary")
            j -= 1
            continue
        if (t.is_punct and low not in ("'s", "’s", "'", "-", ".")) or "(" in t.text or ")" in t.text:
            break  # (a dateline's "(EFE).-", one token, ends a title too)
        if t.pos_ in ("DET", "PRON") and low != "the":  # "Our reporter X", "his deputy X"
            break
        # "Secretary-General": a hyphen joining two words of the title
        joined = low == "-" and not t.whitespace_ and j > sent_start and not sdoc[j - 1].whitespace_
        # ... and the word it joins on: "President-elect"
        joined = joined or (j > sent_start and sdoc[j - 1].text == "-" and not sdoc[j - 1].whitespace_)
        # ... and the word before its hyphen: "co-President"
        joined = joined or (j + 1 < ent_start and sdoc[j + 1].text == "-" and not t.whitespace_)
        # "Russia's powerful defence minister", "Iran's hardline and outspoken former president"
        describing = t.pos_ == "ADJ" or (low == "and" and j > sent_start and sdoc[j - 1].pos_ == "ADJ")
        # the point of an abbreviated rank: "JCS spokesperson Col. Lee Sung-jun"
        abbreviated = low == "." and j > sent_start and not sdoc[j - 1].whitespace_ and _TRAILING_RANK.match(" " + sdoc[j - 1].text) is not None
        if not (low in lex.title_words or low in _PREFIX_GLUE or t.text[:1].isupper() or joined or describing or abbreviated):
            break
        if (
            t.ent_type_ == "PERSON" and j + 1 < ent_start and sdoc[j + 1].tag_ == "JJ" and sdoc[j + 1].lower_.endswith("ed")
            and sdoc[j + 1].lower_ not in lex.title_words
        ):
            # another person's name and the verb the tagger read as an adjective after it:
            # "Egyptian President Sisi hosted Eritrean President Isaias Afwerki"
            j += 1
            break
        j -= 1
    first = j + 1
    while first < ent_start and sdoc[first].lower_ in _TRIM:
        first += 1
    if first >= ent_start:
        return None
    return first, ent_start


def _apposition(sdoc, ent_end: int, sent_end: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """Token range of ", <apposition>," right after the name."""
    if ent_end >= sent_end or sdoc[ent_end].text != ",":
        return None
    k = ent_end + 1
    start = k
    while k < sent_end and sdoc[k].text not in _APPOSITION_STOP:
        k += 1
    if k - start < 1 or k - start > 30:
        return None
    if k == sent_end and any(t.tag_ in ("VB", "VBP", "VBZ", "VBD") for t in sdoc[start:k]):
        return None  # headline "Lee, Mongolian president agree to ...": a second subject and its verb, no apposition
    return start, k


# a state named as a post's brief, not its holder's: "envoy for Ukraine", "ambassador to Belarus"
_BRIEF_BEFORE = re.compile(r"\b(?:for|to|on)\s+(?:the\s+)?\Z")
_BRIEF_IN = re.compile(r"\b(?:for|to|on)\s")


def _apposition_title(toks, lex: Lexicon) -> tuple[int, str | None, tuple[str, ...], str | None]:  # type: ignore[no-untyped-def]
    """Where an apposition's title starts and what it is: (first token after
    the article, sector, prefer, title key), key None when the apposition
    does not open with a title. The title word must come early: "the
    United Nations relief coordinator", "Egypt's best-known human rights
    lawyer" (after a place's possessive), not "a man who later became minister"."""
    lead = 0
    while lead < len(toks) and toks[lead].lower_ in _ARTICLES:
        lead += 1
    head = " ".join(t.text for t in toks[lead : lead + 9])
    sector, prefer, key = lex.title_sector(head)
    if key is None:
        return lead, None, (), None
    early = [t for t in toks[lead:] if not t.is_punct]
    if len(early) > 1 and early[1].lower_ in ("'s", "’s"):
        early = early[2:]  # "Egypt 's ..."
    # the title word heads the apposition: before any preposition or verb
    # ("the powerful sister of the leader" is no leader), or a title word
    # opens it ("the Director of the ... Office"); an attributive
    # participle ("Algeria's leading human rights activist") is no verb
    stop = next((k for k, t in enumerate(early) if t.pos_ in ("ADP", "AUX", "PRON") or (t.pos_ == "VERB" and t.tag_ != "VBN" and t.dep_ != "amod")), len(early))
    if key.split()[0] not in {t.lower_ for t in early[: min(6, stop + 1)]} and not (early and early[0].lower_ in lex.title_words):
        return lead, None, (), None
    return lead, sector, prefer, key


def _titled_names(sdoc, lex: Lexicon, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Character spans of two- or three-word proper names the parser did not
    tag as people but that an apposition titles: "Kenzo Oshima, the U.N.
    relief coordinator," (else "Oshima" may be taken for a town)."""
    out = []
    for tok in sdoc:
        if tok.text != "," or tok.i < 2:
            continue
        j = tok.i - 1
        while j >= 0 and sdoc[j].pos_ == "PROPN" and sdoc[j].is_alpha and sdoc[j].text[:1].isupper():
            j -= 1
        n = tok.i - 1 - j
        if not 2 <= n <= 3:
            continue
        s, e = sdoc[j + 1].idx, tok.idx
        if any(a < e and s < b for a, b in taken):
            continue
        app = _apposition(sdoc, tok.i, tok.sent.end)
        if app is None:
            continue
        toks = [t for t in sdoc[app[0] : app[1]] if not t.is_space]
        if _apposition_title(toks, lex)[3] is not None:
            out.append((s, e))
    return out


# Title heads after which a run of capitalised words is a name ("Swiss
# Foreign Minister Ignazio Cassis", which the small parser may not tag)
_TITLE_HEADS = frozenset(
    "minister president secretary spokesperson spokesman spokeswoman lawmaker ambassador envoy chairman chairwoman "
    "commander governor mayor senator premier chancellor general admiral leader director commissioner ombudsman negotiator".split()
)


def _pretitled_names(sdoc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Character spans of two- or three-word proper names right after a
    title head ("Foreign Minister Ignazio Cassis") the parser did not tag."""
    out = []
    for tok in sdoc:
        if tok.lower_ not in _TITLE_HEADS:
            continue
        # (or set off by commas: "Russia's deputy U.N. envoy, Dmitry Polyanskiy, said")
        first = tok.i + 2 if tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].text == "," else tok.i + 1
        j = first
        words = 0
        while j < len(sdoc) and words < 4:
            if sdoc[j].pos_ == "PROPN" and sdoc[j].is_alpha and sdoc[j].text[:1].isupper() and not sdoc[j].is_upper:
                words += 1
            elif not (sdoc[j].text == "-" and j > first and j + 1 < len(sdoc) and sdoc[j + 1].text[:1].isupper()):
                break  # (a hyphen inside a name: "Kassym-Jomart Tokayev")
            j += 1
        if not 2 <= words <= 3 or (j < len(sdoc) and sdoc[j].pos_ == "PROPN") or (first > tok.i + 1 and j < len(sdoc) and sdoc[j].text != ","):
            continue
        s, e = sdoc[first].idx, sdoc[j - 1].idx + len(sdoc[j - 1].text)
        if any(a < e and s < b for a, b in taken) or any(t.ent_type_ in ("GPE", "NORP", "FAC", "LOC") for t in sdoc[tok.i + 1 : j]):
            continue
        out.append((s, e))
    return out


# words before a name that are no part of it
_HONORIFICS = frozenset(("sheikh", "ombudsman", "imam", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "pastor", "father", "mr", "mrs", "ms", "dr",
                         "sir", "lord", "lady", "king", "queen", "prince", "princess", "emir", "sultan", "crown", "gen", "lt", "col", "maj", "capt"))


# military and police ranks written before a name, after the post it holds
_TRAILING_RANK = re.compile(
    r"(?:\s+(?:Gen|Lt|Col|Maj|Capt|Cmdr|Cdr|Adm|Brig|Sgt|Cpl|Lieut|Colonel|Major|Captain|Lieutenant|Commander|Sergeant)\.?)+\Z"
)


def find_people(  # type: ignore[no-untyped-def]
    text: str, sdoc, mentions: list[Actor], lex: Lexicon, counts: Counter[str], focus: str | None, title_spans: list[tuple[int, int]]
) -> list[Actor]:
    """Person mentions of the document.

    Mentions absorbed into a pre-modifying title are removed from
    ``mentions``; the character spans of titles found in appositions are
    appended to ``title_spans`` (so no other rule makes actors of them).
    """
    people: list[Actor] = []
    known = {_offsets(m): m for m in mentions if m.kind == "person"}
    spans: list[tuple[int, int]] = []
    others = [(m.start or 0, m.end or 0) for m in mentions if m.kind != "person"]
    for ent in sdoc.ents:
        # a PERSON the lexicon knows as something else ("Al-Shabab") is not a
        # person, nor is a name of a thing ("the Freedom Shield exercise")
        # (nor a count of a people: "U.S. indicts 4 N. Koreans", the tagger's PERSON)
        counted = ent[1:] if len(ent) > 1 and ent[0].like_num else ent
        if ent.label_ == "PERSON" and not any(a <= counted.start_char and ent.end_char <= b for a, b in others):
            after = sdoc[ent.end] if ent.end < len(sdoc) else None
            if after is not None and after.lemma_.lower() in _THING_NOUNS:
                continue
            if town_taken_for_a_person(ent):
                continue  # (the unknown-actor pass makes it a place)
            if len(ent) == 1 and is_weapon_name(ent[0]):
                continue  # "agreed to sell F-35s": an aircraft's model, nobody
            start = ent.start
            # a first word the tagger left out of the name ("Pak [Thae Song]"): a
            # capitalised proper noun joined to the name, not a known place or body
            while start > 0 and sdoc[ent.start].lower_ not in lex.title_words and sdoc[start - 1].pos_ == "PROPN" and sdoc[start - 1].dep_ == "compound" and sdoc[start - 1].head.i in range(ent.start, ent.end) \
                    and sdoc[start - 1].text[:1].isupper() and not sdoc[start - 1].ent_type_ and not lex.scan(sdoc[start - 1].text) \
                    and sdoc[start - 1].lower_ not in lex.title_words and sdoc[start - 1].lower_ not in _HONORIFICS:
                start -= 1
            end = ent.end
            # a last word the tagger took for a place ("Amir Khan [Muttaqi]"): the head
            # the name's words hang on, a capitalised proper noun no lexicon or gazetteer knows
            while end < len(sdoc) and end - start < 4 and sdoc[end].pos_ == "PROPN" and sdoc[end].is_alpha and sdoc[end].text[:1].isupper() \
                    and not sdoc[end].is_upper and sdoc[end - 1].dep_ == "compound" and sdoc[end - 1].head.i == end and sdoc[end].ent_type_ in ("GPE", "") \
                    and not lex.scan(sdoc[end].text) and not get_cities().get(sdoc[end].lower_):
                end += 1
            spans.append((sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1].text)))
    # Names an apposition titles that the parser did not tag.
    spans.extend(_titled_names(sdoc, lex, spans + others))
    # (over a name the tagger took for an organisation nobody knows: "Foreign
    # Minister Kassym-Jomart Tokayev", "envoy, Dmitry Polyanskiy,")
    unknown_orgs = [(m.start or 0, m.end or 0) for m in mentions if m.kind == "org" and m.country is None and m.sector is None]
    spans.extend(_pretitled_names(sdoc, spans + [o for o in others if o not in unknown_orgs]))
    # Known officials the parser did not tag.
    for (s, e) in known:
        if not any(a < e and s < b for a, b in spans):
            spans.append((s, e))
    spans.sort()
    absorbed: set[int] = set()
    for s, e in spans:
        span = sdoc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = sentence_of(span[0])
        floor = _sentence_floor(sdoc, sent.start)
        base = next((m for (ms, me), m in known.items() if ms < e and s < me), None)
        # A title the parser put inside the entity ("President Yoon").
        k = span.start
        while k < span.end - 1 and (sdoc[k].lower_ in lex.title_words or sdoc[k].lower_.rstrip(".") in COURTESY):
            k += 1  # (and "Ms Machado", "Mr. Gonzalez": the name without the courtesy title)
        name_start_tok = k
        name_s = sdoc[name_start_tok].idx
        name_e = span.end_char
        # the parser often keeps a possessive inside the name ("Kim Jong Un's")
        while name_e > name_s and span[-1].lower_ in ("'s", "’s", "'", "’") and len(span) > 1:
            span = span[:-1]
            name_e = span.end_char
        if base is None:
            base = _known(text[name_s:name_e], lex)
        person = Actor(
            text=text[name_s:name_e],
            name=base.name if base else text[name_s:name_e],
            country=base.country if base else None,
            sector=base.sector if base else None,
            kind="person",
            title=base.title if base else None,
            start=name_s,
            end=name_e,
        )
        title_text: str | None = None
        title_prefer: tuple[str, ...] = ()
        title_key: str | None = None
        place: str | None = None
        org: Actor | None = None
        pre = _title_prefix(sdoc, name_start_tok, lex, floor)
        if pre is not None:
            ps, pe = sdoc[pre[0]].idx, name_s
            # (with the article the title's body was found with: "The UN envoy Hans Grundberg")
            inside = [m for m in _covering(mentions, ps - 4 if text[max(0, ps - 4) : ps].lower() == "the " else ps, pe) if m.kind != "person"]
            tstart = ps
            for m in inside:
                if m.kind == "country" and m.start is not None and _BRIEF_BEFORE.search(text[ps : m.start]):
                    continue  # "the UN special envoy for Yemen, Hans Grundberg": the post's brief, not its holder's state
                if m.kind == "country":
                    place = place or m.country
                    tstart = max(tstart, m.end)
                elif m.kind in ("org", "group") and m.start is not None and (place_end := _leading_place_end(m.text, lex)) is not None:
                    # "Japan's foreign minister" joined into one mention: the title starts after the place
                    tstart = max(tstart, m.start + place_end)
            cand = _LEADING_POSSESSIVE.sub("", text[tstart:pe]).strip().rstrip(",").rstrip()
            # a rank between the title and the name: "JCS spokesperson Col. Lee Sung-jun"
            # (unless the rank is all the title: "Lt. Gen. Prosper Avril")
            post = _TRAILING_RANK.sub("", cand)
            if post and lex.title_sector(post)[2] is not None:
                cand = post
            sector, prefer, key = lex.title_sector(cand)
            if key is not None:
                # without the describing words in front ("powerful defence minister")
                words = cand.split()
                while len(words) > 1 and (words[0].lower() == "and" or (words[0][:1].islower() and words[0].lower() not in lex.title_words and words[0].lower() not in _PREFIX_GLUE)):
                    words.pop(0)
                title_text = " ".join(words)
                person.start = ps
                person.text = text[ps:name_e]
                absorbed.update(id(m) for m in inside)
                person.sector = person.sector or sector
                title_prefer = prefer
                title_key = key
                # a named organisation in the title ("KCNA editor"), not a title word ("Senator")
                # (or a body joined to the title word: "The UN envoy" is the United Nations')
                org = next((m for m in inside if (m.kind == "org" or (m.kind == "group" and m.country and m.sector not in _NON_STATE_SECTORS))
                            and lex.title_sector(m.text)[2] != m.text.lower()), None)
                group = next((m for m in inside if m.kind in ("org", "group") and m.sector in _NON_STATE_SECTORS), None)
                if group is not None and person.sector in ("GOV", None) and base is None:
                    # "Houthi spokesman", "Hamas leader", "Houthi negotiator": the group's, not a government's
                    person.sector = group.sector
                    place = place or group.country
                elif group is not None and base is None:
                    place = place or group.country  # "Nepalese opposition leader X": the group's state
                # or right before it: "Iran's foreign ministry spokesman X"
                before = _ending_before(mentions, ps, text)
                if before is not None and before.kind in ("org", "group"):
                    org = org or before
                elif before is not None and before.kind == "country":
                    place = place or before.country
            else:
                place = None
        app = _apposition(sdoc, span.end, sent.end)
        if title_text is None and app is not None:
            a_s, a_e = app
            toks = [t for t in sdoc[a_s:a_e] if not t.is_space]
            while toks and toks[-1].is_punct:
                toks.pop()
            if not toks:
                toks = [sdoc[a_s]]
            lead, sector, prefer, key = _apposition_title(toks, lex)
            if key is not None:
                cs, ce = toks[lead].idx, toks[-1].idx + len(toks[-1].text)
                # (from the article on: "the UN" is one mention with its article)
                inside = [m for m in _covering(mentions, toks[0].idx, ce) if m.kind != "person"]
                title_end = ce
                for m in reversed(inside):
                    m_start = _offsets(m)[0]  # (_covering keeps only mentions with offsets)
                    words = text[cs:m_start].split()
                    last_word = words[-1].lower() if words else ""
                    has_article = last_word in _ARTICLES
                    if has_article and len(words) > 1:
                        last_word = words[-2].lower()
                    if m.kind == "country" and last_word in _PLACE_PREP and place is None:
                        place = m.country
                        title_end = min(title_end, _prep_start(text, cs, m_start))
                    elif m.kind in ("org", "group") and last_word in _ORG_PREP and org is None:
                        # a name the lexicon does not know is an organisation only
                        # with an article ("of the Policy Office"), not in
                        # "Secretary of Defense for ..." (part of the title)
                        if m.sector is None and not has_article:
                            absorbed.add(id(m))
                            continue
                        org = m
                        title_end = min(title_end, _prep_start(text, cs, m_start))
                first_end = _offsets(inside[0])[1] if inside else 0
                if inside and inside[0].kind == "country" and text[first_end : first_end + 2] in ("'s", "’s"):
                    place = place or inside[0].country
                    cs = first_end + 2
                elif inside and inside[0].kind == "country" and not text[cs : inside[0].start].strip() and place is None and any(
                    m.country and m.country != inside[0].country and (_BRIEF_BEFORE.search(text, cs, m.start or cs) or _BRIEF_IN.search(m.text)) for m in inside[1:]
                ):
                    # "John Coale, the U.S. deputy special envoy for Ukraine": the state
                    # opening the title sends him; the one after "for" is his brief
                    place = inside[0].country
                elif inside and inside[0].kind in ("org", "group") and inside[0].country in lex.international and not text[cs : inside[0].start].strip():
                    # "X, the United Nations relief coordinator,": the body the title names
                    # (a state after it is the mandate's: "the UN special rapporteur on human rights in North Korea")
                    org = org or inside[0]
                    place = None
                    if inside[0].kind == "group":
                        absorbed.add(id(inside[0]))  # "the UN's envoy" joined into one mention is the title
                for m in inside:
                    # "X, the South Korean chief negotiator,": a place joined to the title word
                    mkey = lex.title_sector(m.text)[2] if m.kind in ("org", "group") and m.country else None
                    if mkey is not None and m.text.lower().endswith(mkey) and _starts_with_place(m.text, lex):
                        place = place or m.country
                        absorbed.add(id(m))
                title_text = text[cs:title_end].strip(" ,.\n")
                title_spans.append((cs, ce))
                # the title word itself ("a lawmaker") is not a separate actor
                absorbed.update(id(m) for m in inside if m.kind in ("org", "group") and lex.title_sector(m.text)[2] == m.text.lower())
                person.sector = person.sector or sector
                title_prefer = prefer
                title_key = key
        if title_text:
            person.title = title_text
        if org is not None:
            person.organization = org.name if org.kind == "org" else org.text
        if person.country is None and place is None and org is None and title_text is None:
            # "the French writer Boualem Sansal", "a French-Algerian journalist X": a nationality before what he does
            place = _nationality_before(sdoc, name_start_tok, floor, mentions)
        if person.country is None and place is None and org is None:
            # "Minister Hwang of South Korea", "an envoy from Qatar"
            place = _place_after(text, mentions, name_e)
        if person.country is None and place is None and title_text and _ITS_BEFORE.search(text, max(0, (person.start or 0) - 8), person.start or 0):
            # "Belize rejected the claim. Its foreign minister, Francis Fonseca, ...": the state of the
            # sentence so far, else the one the sentence before opened with
            place = nearest_state(mentions, lex, person.start or 0, sdoc[floor].idx, text) or (
                _first_state(mentions, sentence_of(sdoc[floor - 1])[0].idx, sdoc[floor].idx) if floor > 0 else None
            )
        # a generic body in the title ("Chief Cabinet Secretary": "cabinet") got
        # its country from context only; the title's own states come first
        generic_org = org is not None and all(h.category == SECTOR for h in lex.scan(org.text))
        named_org = org is not None and not (title_prefer and generic_org)
        if person.country is None and place is None and generic_org:
            # a body every state has ("foreign ministry spokesperson Guo Jiakun") got its
            # state from the story; where the speaker spoke says more ("said in Beijing")
            place = _said_in(text, mentions, person.end or 0)
        if (
            person.country is None and place is None and (org is None or generic_org) and floor > 0 and title_text
            and title_key is not None and title_key.split()[-1] in _SPOKES_TITLES
            and _BARE_OFFICE.fullmatch(text[sdoc[floor].idx : person.start or 0])
            and not any(m.country and sdoc[floor].idx <= (m.start or 0) < (person.start or 0) for m in mentions)
            and not (_SOUTH_KOREAN_NAME.fullmatch(person.name) and korean_text(text))
        ):
            # "... according to Indonesia's foreign ministry. Foreign ministry spokesperson
            # Rolliansyah Soemirat said ...": a spokesperson of a body every state has, opening
            # the sentence, speaks for the state body the two sentences before named last (not the
            # story's home; a name spelt the Seoul way in a Korean story stays Seoul's)
            back = sentence_of(sdoc[floor - 1])[0].i
            lo = sentence_of(sdoc[back - 1])[0].idx if back > 0 else sdoc[back].idx
            place = _last_body(mentions, lo, sdoc[floor].idx)
        if person.country is None:
            person.country = place or (org.country if named_org and org is not None else None)
        else:
            # the text's own title outranks the lexicon ("Ithilen's minister
            # X" for an official listed under another state: people change posts)
            stated = place or (org.country if org is not None and (_starts_with_place(org.text, lex) or org.country in lex.international) else None)
            if stated is not None and base is not None and stated != person.country:
                person.country = stated
        if person.country is None and person.name.split()[0] in _DPRK_SURNAMES and len(person.name.split()) > 1:
            # "Vice Foreign Minister Pak Myong Ho met Iranian Foreign Minister Abbas Araghchi": a
            # family name spelt the way only Pyongyang romanises it is a North Korean's
            person.country = "PRK"
        korea = _KOREA_TITLE.match(person.title or "")
        if korea is not None and korean_text(text):
            # "the North's army chief Ko Jong Chol" under a Seoul dateline: the North's
            person.country = "PRK" if korea.group(1) == "North" else "KOR"
        if (
            person.country is None and _SOUTH_KOREAN_NAME.fullmatch(person.name) and counts.get("KOR") and not counts.get("TWN") and korean_text(text) and focus != "PRK"
            # (not one the North owns or is named with: "North Korea's Jo Yong-won", "North Korean general Kim Yong-bok")
            and text[max(0, (person.start or 0) - 3) : person.start or 0] not in ("'s ", "’s ")
            and nearest_state(mentions, lex, person.start or 0, sdoc[floor].idx, text) != "PRK"
        ):
            # "Rep. Han Ki-ho", "Choi Jin-young, son of a detained missionary": a name spelt
            # the way Seoul romanises it, in a story on Korea, is a South Korean's (not the
            # Americans' whose title "Rep." is)
            person.country = "KOR"
        if person.country is None and (title_text or base is not None):
            if title_key in lex.exclusive_titles:
                person.country = title_prefer[0]  # a title only one state has ("Chief Cabinet Secretary")
            elif title_prefer and any(counts.get(c) for c in title_prefer):
                person.country = pick_country(title_prefer, counts, focus)
            else:
                # the state named last before the person in the sentence ("Kim
                # Jong Un's envoy, Gen. Pak"), else a title-specific country, else the focus
                # (not in ", Foreign Secretary Vikram Misri said" after what the speaker said:
                # the states of the report are no affiliation)
                speaker = ATTRIBUTION_AFTER.match(text, person.end or 0) and _COMMA_BEFORE.search(text, 0, person.start or 0)
                near = None if speaker else nearest_state(mentions, lex, person.start or 0, sdoc[floor].idx, text)
                if near is None and floor > 0 and _THEIR_TITLE_BEFORE.search(text, sdoc[floor].idx, person.start or 0):
                    # "China's Western Theatre Command gave a different account. ... its spokesperson,
                    # Senior Colonel Wang Jun, said": whose "its" is, the body the sentence before opened with
                    before = sentence_of(sdoc[floor - 1])
                    near = _first_state(mentions, before[0].idx, sdoc[floor].idx, lambda x: x.kind != "person")
                if not speaker and _WITH_BEFORE.search(text, max(0, (person.start or 0) - 8), person.start or 0):
                    # "Cyprus backed Athens, with President Nikos Christodoulides calling ...": the subject's
                    near = _first_state(mentions, sdoc[floor].idx, person.start or 0, lambda x: x.kind == "country") or near
                if speaker:
                    # (but where he said it, and the body whose statement he gives:
                    # '..., spokesperson Guo Jiakun said in Beijing', "Iran's foreign
                    # ministry condemned ..., spokesman Esmaeil Baghaei said")
                    # (or a minister speaking after the quote: '"... aimed at Serbia," Foreign Minister X said')
                    spokes = title_key is not None and title_key.split()[-1] in _SPOKES_TITLES | {"minister"}
                    near = _said_in(text, mentions, person.end or 0) or (_body_speaking(mentions, sdoc[floor].idx, person.start or 0) if spokes else None)
                    # ("In New Delhi, foreign ministry spokesperson Arvind Menon said": where the sentence is set)
                    near = near or _scene_state(text, mentions, sdoc[floor].idx, person.start or 0)
                    if near is None and spokes and floor > 0 and (_BODY_WORD_BEFORE.search(text, 0, person.start or 0) is not None or org is None):
                        # 'South Korea's Unification Ministry expressed concern. "We urge Russia ...,"
                        # ministry spokesperson Koo said', 'Vietnam accused China's coast guard ... "...,"
                        # spokeswoman Hang said': the state or body the sentence before opened with
                        before = sentence_of(sdoc[floor - 1])
                        while before[0].idx > 0 and _QUOTE_OPENS.match(before.text) and not quote_between(before.text, 1, len(before.text)):
                            # ('"Russia is again attempting to interfere. We will not tolerate this," Foreign
                            # Minister Tsahkna said': the quote's first sentence names what he speaks of)
                            before = sentence_of(sdoc[before[0].i - 1])
                        near = _first_state(mentions, before[0].idx, sdoc[floor].idx) if not _QUOTE_OPENS.match(before.text) else None
                # (an envoy with no state in sight is as likely the other side's: no focus for him)
                envoy = title_key is not None and title_key.split()[-1] in _ENVOY_TITLES
                prior = _named_envoy(mentions, title_key.split()[-1], person.start or 0) if envoy and title_key is not None else None
                if prior is not None and (near is None or (prior != near and _summoned(sdoc, person))):
                    # "Romania summoned Russia's ambassador ... The ministry summoned Ambassador
                    # Vladimir Lipayev": the envoy the story named with his state before (the
                    # state that summons him is not his)
                    near = prior
                person.country = near or pick_country(title_prefer, counts, None if envoy else _focus_for(person.sector, focus))
        if person.sector is None and org is not None:
            person.sector = org.sector
        elif org is not None and org.country in lex.international and person.country == org.country:
            person.sector = "IGO"  # "the UN's envoy": an international official, not a government's
        people.append(person)
    named = [(p.start or 0, p.end or 0) for p in people]
    mentions[:] = [
        m for m in mentions
        if id(m) not in absorbed and m.kind != "person"
        and not ((m.start or 0, m.end or 0) in unknown_orgs and any(a < (m.end or 0) and (m.start or 0) < b for a, b in named))
    ]
    return people


# family names as North Korea romanises them (the South writes Park, Lee, Choi, Rhee)
_DPRK_SURNAMES = frozenset(("Pak", "Ri", "Choe", "Rim", "Ro", "Kye"))
_KOREA_TITLE = re.compile(r"(?:[Tt]he\s+)?(North|South)['’]s\s")
# a family name and a hyphenated given name: "Han Ki-ho", "Cha Ji-hoon" (Pyongyang writes "Pak Myong Ho")
# a sentence opening on a body every state has, before its officer's title ("Foreign ministry spokesperson X")
_BARE_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]?[a-z]+\s+){0,3}(?:spokesperson|spokesman|spokeswoman)?\s*")
_SOUTH_KOREAN_NAME = re.compile(r"[A-Z][a-z]{0,4} [A-Z][a-z]+-[a-z]+")

# a speaker closing the sentence: "..., Foreign Secretary Vikram Misri said"
# ("added" only as a saying: not "the Commerce Ministry added 10 U.S. companies to its list")
ATTRIBUTION_AFTER = re.compile(r"\s*(?:said|says|told|added(?=\s*(?:[.,;:\"\u201d]|that\b|$))|stated|wrote|noted|stressed|warned)\b")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)
_WITH_BEFORE = re.compile(r",\s+with\s+\Z")
# "its spokesperson, [Senior Colonel X]": a title whose owner is a pronoun
_THEIR_TITLE_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+\Z")
_COMMA_BEFORE = re.compile(r",\s*[\"\u201d]?\s*(?:[a-z][\w-]*\s+){0,2}\Z")
# the kind of body a spokesperson's title names ('," ministry spokesperson Koo said')
_BODY_WORD_BEFORE = re.compile(r"[,\"\u201d]\s*(ministry|office|department|agency|command|council)\s+\Z", re.IGNORECASE)

# Sectors whose holders most likely serve the state a story is about; an
# archbishop, professor or company head with no country in sight is left
# without one rather than given the focus country.
_STATE_TITLE_SECTORS = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))
_NON_STATE_SECTORS = frozenset(("REB", "INS", "PTY", "OPP", "NGO", "MED", "JRN", "BUS", "LAB", "REL"))


_ENVOY_TITLES = frozenset(("ambassador", "envoy", "affaires", "attache", "consul"))


def _nationality_before(sdoc, name_start: int, floor: int, mentions: list[Actor]) -> str | None:  # type: ignore[no-untyped-def]
    """The state of a nationality word before one or two lower-case nouns
    right before a name ("the French writer X", "a French-Algerian aid worker
    X"; the first of a hyphenated pair), None when there is none."""
    j = name_start - 1
    nouns = 0
    while j >= floor and nouns < 2 and sdoc[j].pos_ == "NOUN" and sdoc[j].text.islower():
        j, nouns = j - 1, nouns + 1
    if not nouns or j < floor:
        return None
    # (the first of "French-Algerian")
    while j - 2 >= floor and sdoc[j - 1].text == "-" and not sdoc[j - 1].whitespace_ and not sdoc[j - 2].whitespace_:
        j -= 2
    tok = sdoc[j]
    state = next((m for m in mentions if m.kind == "country" and m.start == tok.idx and m.end == tok.idx + len(tok.text)), None)
    return state.country if state is not None and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN") else None


def _focus_for(sector: str | None, focus: str | None) -> str | None:
    """The focus country as a last resort, only for a state title."""
    return focus if sector in _STATE_TITLE_SECTORS else None


_OF_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _place_after(text: str, mentions: list[Actor], pos: int) -> str | None:
    """Country of a place named right after a person ("... of South Korea")."""
    m = _OF_PLACE_AFTER.match(text, pos)
    if m is None:
        return None
    for x in mentions:
        if x.start == m.end() and x.kind == "country" and x.country:
            return x.country
    return None


_SAID_IN = re.compile(r"\s*(?:said|says|told\s+(?:\w+\s+){0,2}?\w+)\s+in\s+(?:the\s+)?")
_SPOKES_TITLES = frozenset(("spokesperson", "spokesman", "spokeswoman"))


def _said_in(text: str, mentions: list[Actor], pos: int) -> str | None:
    """Country of the city a speaker closing a sentence spoke in ("..., Guo Jiakun said in Beijing")."""
    m = _SAID_IN.match(text, pos)
    if m is None:
        return None
    # (also inside a group the parser joined to the town: "told reporters in Paris")
    return next((x.country for x in mentions if x.country and (x.start == m.end() and x.kind == "country" or (x.kind == "group" and (x.start or 0) < m.end() < (x.end or 0)))), None)


def _body_speaking(mentions: list[Actor], lo: int, hi: int) -> str | None:
    """Country of the first state body of the sentence before a spokesperson
    closing it: the body whose statement the spokesperson gives."""
    return _first_state(mentions, lo, hi, lambda x: x.kind == "org" and x.sector in _STATE_TITLE_SECTORS)


_SUMMONING = frozenset(("summon", "call", "expel", "receive", "hand", "protest"))


def _summoned(sdoc, person: Actor) -> bool:  # type: ignore[no-untyped-def]
    """The person is the object of a summons ("summoned Ambassador X", "called in X")."""
    span = sdoc.char_span(person.start or 0, person.end or 0, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in _SUMMONING for t in span)


def _named_envoy(mentions: list[Actor], word: str, pos: int) -> str | None:
    """Country of the last envoy of that title the story named with his state
    before ``pos`` ("Russia's ambassador", "the Russian ambassador")."""
    return _last_state(mentions, 0, pos, lambda x: x.kind in ("org", "group", "person") and x.text.lower().rstrip("s").endswith(word))


def _last_body(mentions: list[Actor], lo: int, hi: int) -> str | None:
    """Country of the last state body (with its state known) between two offsets."""
    return _last_state(mentions, lo, hi, lambda x: x.kind == "org" and x.sector in _STATE_TITLE_SECTORS)


def _last_state(mentions: list[Actor], lo: int, hi: int, keep: Callable[[Actor], bool] = lambda x: True) -> str | None:
    """Country of the last mention between two offsets that has one (and that
    ``keep`` accepts)."""
    found = [x for x in mentions if lo <= (x.start or 0) < hi and x.country and keep(x)]
    return max(found, key=lambda x: x.start or 0).country if found else None


def _scene_state(text: str, mentions: list[Actor], lo: int, hi: int) -> str | None:
    """The state of the place a sentence opens with as its scene ("In New
    Delhi, ..."), when the person comes right after it."""
    scene = _SCENE.match(text, lo)
    if scene is None or text[scene.end() : hi].count(",") or scene.end() > hi:
        return None
    return next((m.country for m in mentions if m.kind == "country" and m.country and m.start is not None and lo <= m.start < scene.end()), None)


_SCENE = re.compile(r"\s*In\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*\s*,\s*")


def _first_state(mentions: list[Actor], lo: int, hi: int, keep: Callable[[Actor], bool] = lambda x: True) -> str | None:
    """Country of the first mention between two offsets that has one (and
    that ``keep`` accepts)."""
    return next((x.country for x in sorted(mentions, key=lambda x: x.start or 0) if lo <= (x.start or 0) < hi and x.country and keep(x)), None)


def _ending_before(mentions: list[Actor], pos: int, text: str) -> Actor | None:
    """A mention that ends right before ``pos`` (only spaces or a possessive between)."""
    for m in mentions:
        if m.end is not None and m.end <= pos and pos - m.end <= 3 and _GAP.match(text[m.end : pos]):
            return m
    return None


def _known(name: str, lex: Lexicon) -> Actor | None:
    """The officials.csv entry for exactly this name, if any."""
    hits = lex.scan(name)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name) and hits[0].category == PERSON:
        e = hits[0].entry
        return Actor(text=name, name=e.name, country=e.country, sector=e.sector, kind="person", title=e.title)
    return None


def _leading_place_end(text: str, lex: Lexicon) -> int | None:
    """Where the place ends in a mention made of a place and a noun ("South
    Korean negotiator"); None when the mention does not open with a place."""
    hits = lex.scan(text)
    return hits[0].end if hits and hits[0].start == 0 and hits[0].category in GEO else None


def _starts_with_place(text: str, lex: Lexicon) -> bool:
    """True for a mention made of a place and a noun ("South Korean negotiator")."""
    return _leading_place_end(text, lex) is not None


def _prep_start(text: str, lo: int, pos: int) -> int:
    """Start of the "of the"/"in the" words right before ``pos``."""
    before = text[lo:pos].rstrip()
    words = before.split()
    cut = len(before)
    for _ in range(2):
        if words and words[-1].lower() in (_ARTICLES | _ORG_PREP | _PLACE_PREP):
            cut = before.rfind(words[-1], 0, cut)
            before = before[:cut].rstrip()
            cut = len(before)
            words = before.split()
        else:
            break
    return lo + cut

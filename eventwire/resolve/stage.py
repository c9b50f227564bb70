"""The resolve stage: give every event a date and a place.

Order of evidence, for both: the event's own sentence (the phrase nearest the
trigger), then the article's context (an earlier sentence that the event's
sentence clearly continues, "At the meeting, ..."; for an undated act told in
the simple past, the recent day the act told just before it has; for what a
speaking state says, the day of its statement told earlier), then the dateline, then
(dates only) the publication day, then nothing. Each event records where its
date and place came from in ``extra["date_source"]`` / ``extra["location_source"]``
(sentence | context | dateline | published) and the date's granularity in
``extra["date_granularity"]``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from typing import Any

from ..nlp import inside_quote, result_host, verb_above
from ..records import Actor, Document, Event, Location, Sentence
from ..stage import Stage, rules_version
from .counterpart import aim_at_counterpart, record_also_told, set_aside_doerless
from .dates import ANCHOR_YEAR, NEEDS_ANCHOR, THAT_TIME, DateMatch, find_dates
from .gazetteer import lookup
from .lexicon import time_words
from .places import Dateline, DocPlaces, doc_places, find_dateline, sentence_place

LOOKBACK = 3  # sentences a continuation may reach back
MAX_CHAIN = 3  # continuing sentences a date or place may be carried through


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    tw = time_words()

    def alt(words: tuple[str, ...]) -> str:
        # (a hyphenated modifier may stand after "the": "during the two-hour meeting", "at the closed-door talks")
        return "|".join(re.escape(w).replace(r"the\ ", r"the\ (?:\w+-\w+\ )?") for w in sorted(words, key=len, reverse=True))

    future = re.compile(rf"(?<![\w'])(?:{alt(tw.future_cues)})(?!\w)", re.I)
    cont = re.compile(rf"(?<![\w'])(?:{alt(tw.continuation_cues)})(?!\w)", re.I)
    return future, cont


# "the two countries have recently improved ties": a sentence about now
# continues no dated event told before it
_NOW = re.compile(r"\b(?:recently|lately|currently|now|nowadays|these days|in recent (?:days|weeks|months|years))\b", re.IGNORECASE)
# verbs whose date is the day a past act was made known, not the act's
# (not "said on Monday that ... had attacked": the statement's day stays the best bound)
_DISCLOSING = frozenset(("acknowledge", "admit", "confirm", "reveal", "disclose", "concede"))
_SIDES = re.compile(r"(?i)(?:the two|both) (?:sides|parties|countries|nations)$|the sides$")
# (and those a speaker hopes something of: "China said it hoped both sides would exercise restraint")
# (and those a speaker supports or welcomes something of: "Beijing supported the two sides improving relations")
_ADDRESSED_BEFORE = re.compile(
    r"(?i)\b(?:on|urged|urging|asked|asking|with|between|to|for|told|telling|hoped?|hopes|hoping|wants?|wanted|expects?|expected|wish(?:es|ed)?"
    r"|supports?|supported|supporting|welcomes?|welcomed|welcoming|backs?|backed|backing|encourages?|encouraged)\s+$"
)
_OPENING_THEY = re.compile(r"\s*[\"“']?They\b")
# a quotation closed by its speaker's name: '"...," Tian said.'
_QUOTE_THEN_SPEAKER = re.compile(r"^\s*[\"“].*[,?!][\"”]\s+(?:[A-Z][\w.-]*\s+){0,2}([A-Z][\w-]+)\s+(?:said|added|told)\b[^\"“]*$", re.DOTALL)
# "The military then fired about 100 rounds": the next step of the act told
# before ("since then", "until then", "by then" and "then-president" are none)
_THEN = re.compile(r"(?i)(?<![\w'-])(?<!since )(?<!until )(?<!by )(?<!from )(?<!back )(?<!even )(?<!only )then(?![\w-])")
# "The launch came two days after ...", "The move comes as ...": the act just told, placed in time
_OPENING_CAME = re.compile(r"\s*(?:The|This|That|Its|Their|His|Her)\s+(?:[\w-]+\s+){0,3}?(?:came|comes|followed|follows)\b")
_SAYING = frozenset(("say", "tell", "announce", "state", "declare", "add", "note", "write", "report", "pledge", "vow", "promise", "warn"))
_SPEECH_ACTS = frozenset(("pledge", "vow", "promise", "warn"))


# "The Pentagon said on Tuesday it would deploy ...": the parse may hang the day on
# the reported verb; right after a past verb of saying it dates the saying
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|told\s+(?:\w+\s+){0,2}?\w+|announced|stated|declared|added|warned|noted|pledged|vowed|promised)\s+$", re.I)


def _says_when_said(doc: Document, offset: int) -> bool:
    """True when the date phrase at ``offset`` hangs off a past verb of saying
    ("Sharif said on Wednesday that he was ready to talk"), or follows one
    right away whatever the parse hangs it on ("The Pentagon said on Tuesday
    it would deploy ..."): it dates the statement, in the past, whatever the
    statement promises."""
    if _SAID_RIGHT_BEFORE.search(doc.text, max(0, offset - 30), offset):
        return True
    tok = _clause_verb_at(doc, offset)
    return tok is not None and tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _SAYING


def _on_a_past_verb(doc: Document, offset: int) -> bool:
    """True when the date phrase at ``offset`` hangs off a verb in the past
    tense ("denounced the drill on Tuesday and said it would take
    countermeasures"): it dates that act, in the past, not what is promised."""
    tok = _clause_verb_at(doc, offset)
    return tok is not None and tok.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _clause_verb_at(doc: Document, offset: int):  # type: ignore[no-untyped-def]
    """The verb of the clause the word at character ``offset`` belongs to
    (see ``verb_above``), or None without a parse."""
    sdoc = doc.spacy
    if sdoc is None:
        return None
    span = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return verb_above(span[0], 4)


# "would not allow a return to the situation before October 7", "the first
# since 2017": a point of reference, not when the event happened
_REFERENCE_BEFORE = re.compile(
    r"\b(?:before|since|until|till|prior to|ahead of|as of)\s+(?:the\s+)?$"
    # "40 joint drills, up from 38 last year", "compared with a year earlier": a figure's baseline
    r"|\b(?:up|down|rising|falling|increased?|decreased?)\s+from\s+(?:about\s+|around\s+)?[\d,.]+\s+(?:\w+\s+)?(?:in\s+)?$"
    r"|\bcompared\s+(?:with|to)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_REFERENCE_START = re.compile(r"(?:before|since|until|till|prior to|ahead of|as of)\b", re.I)
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "pcomp", "ccomp", "xcomp", "conj", "parataxis"))


# "a statement carried/released/issued on Friday": the day dates what the statement says
_CARRYING = frozenset(("carry", "release", "publish", "issue", "report", "air", "broadcast", "deliver", "post", "read", "send", "televise", "make", "give"))
_STATEMENTS = frozenset(("statement", "report", "dispatch", "commentary", "editorial", "article", "speech", "message", "remark", "interview", "letter", "post", "video"))


def _naming(verb) -> bool:  # type: ignore[no-untyped-def]
    """True for the "what it called" of "fired what it called a new ICBM"."""
    return verb.lemma_.lower() in ("call", "describe", "dub", "term") and verb.head.i != verb.i and any(c.lower_ == "what" for c in verb.children)


# what one is invited to ("invited both sides to an emergency meeting in Brussels on Thursday")
_GATHERINGS = frozenset(("meeting", "talk", "talks", "summit", "session", "conference", "dialogue", "negotiation", "forum", "ceremony"))
_INVITING = frozenset(("invite", "summon", "call", "bring"))


def _invited_to_on(root, trigger_start: int) -> bool:  # type: ignore[no-untyped-def]
    """The date is the day of a gathering one is invited to ("invited both
    sides to an emergency meeting in Brussels on Thursday"), not of the
    invitation, unless the gathering is the act coded."""
    prep = root if root.dep_ == "prep" else root.head  # (the phrase "on Thursday" or its "Thursday")
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at", "for") or noun.lemma_.lower() not in _GATHERINGS:
        return False
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ not in ("to", "for") or to.head.lemma_.lower() not in _INVITING:
        return False
    return not (noun.idx <= trigger_start < noun.idx + len(noun.text))


def _in_a_span_start(root, trigger_start: int) -> bool:  # type: ignore[no-untyped-def]
    """True when the date phrase headed by ``root`` ends a noun phrase opened
    by "since" ("their first meeting since the gatherings in Manila in July"),
    whatever the parser hangs it on: nothing but nouns and their words lie
    between, and not the trigger."""
    doc = root.doc
    left = root.left_edge.i
    for i in range(left - 1, max(-1, left - 9), -1):
        t = doc[i]
        if t.lower_ == "since":
            return not (t.idx <= trigger_start < root.idx)
        if t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON") or t.is_sent_start:
            return False
    return False


# the words a sentence-opening date phrase may start with ("In 2019,", "On Monday,", "Last week,")
_FRONTED = re.compile(r"\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+(?:(?:early|late|mid)\s+)?)?")


def _in_an_example(root, trigger_start: int) -> bool:  # type: ignore[no-untyped-def]
    """The date phrase sits in an example listed after another noun, away
    from the trigger ("condemned the launches this year, including the
    test-firing of an ICBM in October": October is the test-firing's)."""
    node = root
    for _ in range(6):
        if node.head.i == node.i or node.idx <= trigger_start < node.idx + len(node.text):
            return False
        if node.dep_ == "prep" and (node.lower_ == "including" or (node.lower_ == "as" and any(c.lower_ == "such" for c in node.children))):
            return not (node.left_edge.idx <= trigger_start <= node.right_edge.idx)
        node = node.head
    return False


# the occasions acts are told or done at, whose day the whole sentence shares
_OCCASIONS = frozenset(("call", "address", "briefing", "conference", "meeting", "talk", "summit", "session", "interview", "visit", "ceremony", "event"))


def _in_another_clauses_noun(root: Any, trigger_at: int) -> bool:
    """The date hangs on a noun of another clause than the trigger's, joined
    to it with a subject of its own: "blamed Lazarus for the theft of $290
    million from an exchange in September, and the government slapped
    sanctions on six North Koreans" (the theft's month, not the sanctions')."""
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    if noun.lemma_.lower() in _STATEMENTS | _OCCASIONS:
        return False  # "said in a statement on Sunday that ... and that ...", "in a phone call on Thursday night, and the two agreed"
    span = root.doc.char_span(trigger_at, trigger_at + 1, alignment_mode="expand")
    if span is None or not len(span) or noun.left_edge.i <= span[0].i <= noun.right_edge.i:
        return False
    trig = span[0]
    clause = trig
    while clause.dep_ not in ("conj", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "conj" and noun.i < clause.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _dates_something_else(doc: Document, sent: Sentence, m: DateMatch, ev: Event) -> bool:
    """True when the date phrase ``m`` does not date ``ev``: it is a point of
    reference ("before October 7", "since 2017"), or it sits in a clause of
    its own that does not hold the event's trigger ("talks ... since the
    government took office last month", "soldiers captured in January have
    said ...")."""
    root = _date_root(doc, sent, m)
    if root is not None and _told_when(doc, root, ev):
        return False  # "since September 2023, when Serb gunmen attacked Kosovo police": the when-clause's day
    if _a_reference(sent, m):
        return True
    if sent.text[m.end : m.end + 2] in ("'s", "\u2019s"):
        # "launched an investigation into Sunday's incident": that day dates the
        # incident, not the investigation (but "Sunday's attack" itself it does,
        # within the phrase it owns: not "Sunday's vote, as Guyana had requested")
        trig = ev.trigger.start if ev.trigger is not None else None
        owned = _OWNED_PHRASE.match(sent.text, m.end + 2)
        if trig is not None and owned is not None and sent.start + m.end <= trig < sent.start + owned.end():
            return False
        # ... and what the owned act did: "Sunday's missile attack on the base killed two soldiers"
        noun = root.head if root is not None else None
        if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and trig is not None and noun.head.idx <= trig < noun.head.idx + len(noun.head.text):
            return False
        # ... and what it is said to be: "Wednesday's launch was the North's first missile launch in a month"
        copula = noun.head if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None
        return not (copula is not None and trig is not None and any(
            a.dep_ == "attr" and a.left_edge.idx <= trig < a.right_edge.idx + len(a.right_edge.text) for a in copula.children
        ))
    if root is not None and ev.trigger is not None and _invited_to_on(root, ev.trigger.start):
        return True
    if root is not None and ev.trigger is not None and _in_a_span_start(root, ev.trigger.start):
        return True
    if root is not None and ev.trigger is not None and _in_an_example(root, ev.trigger.start):
        return True
    if root is not None and ev.trigger is not None:
        node = root
        for _ in range(5):
            if node.head.i == node.i:
                break
            node = node.head
            if node.dep_ == "prep" and node.lower_ in ("since", "after", "following", "before", "until"):
                # "restricted cooperation since Israeli strikes on its sites in June": the strikes' month
                if not (node.idx <= ev.trigger.start < node.right_edge.idx + len(node.right_edge.text)):
                    return True
                break
    if root is not None and ev.trigger is not None and _in_another_clauses_noun(root, ev.trigger.start):
        return True
    found = _date_clause(doc, sent, m, ev, root)
    if found is None:
        return False
    tok, tspan = found
    trig = tspan.root
    if tok.lemma_.lower() in _REPORTING and tok.dep_ in ("conj", "parataxis") and tok.head.i == trig.i and trig.i < tok.i and any(
        c.dep_ == "nsubj" for c in tok.children
    ):
        return False  # "X and Y agreed to expand cooperation ..., Cheong Wa Dae said Thursday": the parser joined the telling; its day
    if _naming(tok) and tok.head.i in {t.i for t in tspan}:
        return False  # "fired what it called a new ICBM on Nov. 6": the naming is no clause of its own
    if tok.dep_ in ("acl", "relcl") and tok.head.i in {t.i for t in tspan} and tok.tag_ == "VBN":
        return False  # "a peace agreement between Kinshasa and Kigali, signed in Washington in June 2025": the noun's own day
    if trig.dep_ in ("relcl", "acl") and trig.i != tok.i and any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in trig.children):
        # "ruled in 2016 ..., a decision Beijing has refused to recognize": a present
        # perfect in a clause of its own is no act of the main clause's day
        return True
    if tok.lemma_.lower() in _DISCLOSING and any(a.dep_ == "aux" and a.lower_ == "had" for t in tspan for a in t.children) and any(
        c.dep_ == "ccomp" and c.left_edge.i <= tspan[0].i <= c.right_edge.i for c in tok.children
    ):
        return True  # "acknowledged in April that North Korean soldiers had fought in Kursk": the day it was told
    if tok.is_upper and len(tok.text) > 1 and tok.dep_ in _CLAUSE_DEPS:
        return False  # "quit the bloc ECOWAS in January": a name the parser took for a verb is no clause
    if tok.tag_ == "VBG" and tok.dep_ in _CLAUSE_DEPS and tok.i >= 2 and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i - 2].lower_ == "the":
        return False  # "released 12 detainees at the Kissufim crossing on Monday": a place's name, no clause
    if (
        root is not None and root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN"
        and not root.head.left_edge.i <= tspan[0].i <= root.head.right_edge.i
    ):
        # "blamed militants for the April 22 attack": the day of the attack, not of the blame
        # (but of what the attack's own clause tells: "the April 22 attack in which 26 people were killed")
        return True
    if (
        # (the tagger may call a plural act noun a verb: "condemned North Korea's missile launches this year")
        root is not None and root.dep_ == "npadvmod" and (root.head.pos_ == "NOUN" or root.head.dep_ in ("pobj", "dobj"))
        and root.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and root.left_edge.i == root.head.i + 1 and _act_noun(root.head)
        and not root.head.left_edge.i <= tspan[0].i <= root.head.right_edge.i
    ):
        # "in response to the expulsion last month of Russian diplomats": the month of the
        # expulsion (right after the act's noun; "lodged a protest with China the following
        # day", "driven out by a coalition the following year" are the parser's, the verb's day)
        return True
    if tok.lemma_.lower() in _REPORTING and any(
        c.dep_ == "conj" and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) and c.left_edge.i <= trig.i <= c.right_edge.i for c in tok.children
    ):
        return True  # "..., officials said Wednesday, and Seoul summoned a Chinese diplomat": the day of the report only
    if tok.dep_ not in _CLAUSE_DEPS:
        return False  # the main clause dates everything in the sentence
    if tok.dep_ == "acl" and tok.lemma_ in _CARRYING and tok.head.lemma_ in _STATEMENTS:
        return False  # "warned in a statement carried by KCNA on Friday": the statement's day
    if any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in tok.children) and (
        tok.head.i in {t.i for t in tspan} or tspan[0].left_edge.i <= tok.i <= tspan[0].right_edge.i
    ):
        # "reached a final agreement when they met on Oct. 29": the meeting's day
        # (the parse may hang the when-clause lower: "agreed to swap prisoners each when ... met")
        return False
    up = tok
    for _ in range(4):
        if up.dep_ == "acl" and up.head.dep_ in ("dobj", "obj") and up.head.head.i in {t.i for t in tspan} and not (
            up.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in up.children)
        ):
            # "launched a rocket carrying a satellite on Monday night", "suspended a
            # pact aimed at reducing tensions on June 4": the parser hangs the
            # verb's date on the participle describing its object (not on an infinitive's:
            # "accepted Lee's invitation to make a state visit next year" is the visit's year)
            return False
        if up.dep_ not in ("pcomp", "prep", "xcomp", "acl") or up.head.i == up.i:
            break
        up = up.head
    # (the "to" may hang on a hyphenated verb's first part: "agreed to co-host a symposium in September")
    parts = [tok] + [x for x in tok.head.children if x.dep_ == "xcomp" and x.i < tok.i]
    if tok.dep_ == "xcomp" and tok.head.i == tspan[0].i and any(c.dep_ == "aux" and c.lower_ == "to" for x in parts for c in x.children):
        # "ordered three diplomats to leave the country on Wednesday": the day of the
        # expulsion order, the wire's way of telling it
        return not (tok.lemma_.lower() in _LEAVING and tok.head.lemma_.lower() in _ORDERING and tok.head.tag_ == "VBD")
        # ("agreed to hold talks in May": the month of the talks planned, not of the agreement)
    trig_tokens = {t.i for t in tspan}
    if _next_step_told(tok, trig):
        return False  # "spoke by phone on Tuesday, and Hegseth reaffirmed ..., the Pentagon said": the parser made them two reports
    if _FRONTED.fullmatch(sent.text[: m.start]) and sent.text[m.end : m.end + 1] == "," and trig.dep_ not in ("relcl", "acl"):
        # "In 2019, after a suicide bombing killed 40 soldiers, India carried out airstrikes":
        # a date that opens the sentence dates all of it, wherever the parse hangs it
        return False
    if not any(t.i in trig_tokens for t in tok.subtree):
        return True  # the date's clause does not hold the trigger
    node = trig
    for _ in range(8):
        if node.i == tok.i or node.head.i == node.i:
            break
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and not _story_goes_on(node, tok):
            # "an agreement the two sides reached in January and that Washington would impose
            # sanctions": a clause of its own the parser joined to the dated one
            return True
        node = node.head
    return False


# nouns of acts a date may follow ("the expulsion last month of ...")
_ACT_NOUNS = frozenset((
    "arrest", "attack", "strike", "raid", "visit", "launch", "test", "bombing", "killing", "shelling", "seizure", "detention",
    "expulsion", "invasion", "deportation", "extradition", "explosion", "incursion", "intervention", "execution", "abduction",
    "summit", "meeting", "deal", "ban", "closure", "withdrawal", "deployment", "release",
))


def _act_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower() in _ACT_NOUNS


# verbs that only report (no act of their own that a next step could follow)
_REPORTING = frozenset(("say", "tell", "report", "add", "note", "state"))


def _story_goes_on(conj, dated) -> bool:  # type: ignore[no-untyped-def]
    """ "held talks in Pyongyang on Wednesday, and the two sides signed an agreement":
    a past-tense clause joined to the dated past-tense one tells the next step
    of the same day (not "... and that Washington would impose sanctions")."""
    # (not after the day a report was given: "..., officials said Wednesday, and Seoul summoned a
    # Chinese diplomat" tells the summons of its own day)
    return conj.head.i == dated.i and _story_goes_on_tense(dated, conj) and dated.lemma_.lower() not in _REPORTING


def _next_step_told(dated, verb) -> bool:  # type: ignore[no-untyped-def]
    """Two past-tense clauses a verb of saying reports, the dated one first and
    "and" between them: the second tells the next step of the same day."""
    if verb.dep_ != "ccomp" or dated.dep_ != "ccomp" or verb.head.i != dated.head.i or not dated.i < verb.i:
        return False
    before = dated.doc[max(0, verb.left_edge.i - 2) : verb.left_edge.i]
    return _story_goes_on_tense(dated, verb) and any(t.lower_ == "and" for t in before)


def _story_goes_on_tense(dated, verb) -> bool:  # type: ignore[no-untyped-def]
    return (
        verb.tag_ == "VBD" and dated.tag_ == "VBD"
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    )


_LEAVING = frozenset(("leave", "depart", "quit", "exit"))
_ORDERING = frozenset(("order", "tell", "give", "instruct", "ask"))


def _told_when(doc: Document, root, ev: Event) -> bool:  # type: ignore[no-untyped-def]
    """The event's trigger sits in a when-clause that describes the date
    phrase itself ("since September 2023, when gunmen attacked ...")."""
    if ev.trigger is None or doc.spacy is None:
        return False
    tspan = doc.spacy.char_span(ev.trigger.start, max(ev.trigger.start + 1, ev.trigger.end), alignment_mode="expand")
    if tspan is None or not len(tspan):
        return False
    node = tspan.root
    for _ in range(4):
        when = next((c for c in node.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")), None)
        if node.dep_ in ("relcl", "advcl") and when is not None:
            head = node.head
            # (or a when-clause the parser hung on the verb, right after the date: "It was the
            # North's first launch since Oct. 28, when it fired a missile")
            right_after = root.ent_type_ == "DATE" and when.i > root.i and all(t.is_punct or t.ent_type_ == "DATE" for t in root.doc[root.i + 1 : when.i])
            return head.i == root.i or (head.ent_type_ == "DATE" and root.left_edge.i <= head.i <= root.right_edge.i) or right_after
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _dates_its_sentence(doc: Document, sent: Sentence, m: DateMatch) -> bool:
    """The date phrase dates the sentence's main clause, so a sentence that
    continues it may borrow it: not a point of reference ("the first since
    the USS Kentucky in 2023") nor a clause of its own ("a plan unveiled by
    the previous government in 2023")."""
    if _a_reference(sent, m):
        return False
    tok = _date_root(doc, sent, m)
    if tok is None:
        return True
    if _in_a_span_start(tok, -1):
        return False  # "their first meeting since the gatherings in Manila in July"
    for _ in range(8):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in ("since", "before", "until", "after"):
            return False
        tok = tok.head
    if _naming(tok):
        tok = tok.head  # "fired what it called a new ICBM on Nov. 6"
    if tok.dep_ in ("ccomp", "parataxis") and tok.i < tok.head.i and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in _SAYING:
        return True  # "Lavrov held talks with Fidan on Friday, the ministry said": the told clause is the sentence's news
    if tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in _SAYING and tok.tag_ == "VBD" and not any(
        a.dep_ in ("aux", "auxpass") for a in tok.children
    ):
        return True  # "The ministry said a group of North Korean soldiers crossed the MDL on Wednesday": the news told
    if _attribution_day(tok):
        return False  # "He crossed the MDL at 6:20 a.m., the JCS said Friday": the day of the telling, not of the news
    if tok.dep_ == "acl" and tok.lemma_.lower() in ("head", "lead") and tok.head.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and tok.head.head.dep_ == "ROOT":
        return True  # "received the delegation headed by Ding on November 26": the parser's hook, the reception's day
    return tok.dep_ not in _CLAUSE_DEPS


def _attribution_day(verb) -> bool:  # type: ignore[no-untyped-def]
    """True when ``verb``, the verb a date phrase hangs on, is a verb of
    saying placed after the clause it tells ("He crossed the MDL at 6:20
    a.m., the JCS said Friday"): the date is the telling's."""
    return verb.lemma_.lower() in _SAYING and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


# a simple past act goes on with the day of the act told just before it
# ("On Tuesday evening, 3,000 people rallied ... Police mobilized about 4,000
# officers"); what is said goes on with it only within its paragraph (a
# reaction opening a paragraph after a background one is the report's news)
_SAID_TYPES = frozenset(("AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"))
NARRATIVE_DAYS = 31  # how far before the report the day carried on may lie


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _told_in_past(doc: Document, ev: Event) -> bool:
    """True when the event's trigger is (or hangs on) a verb in the simple
    past, active ("fired") or passive ("were taken"), that is no verb of
    saying: not "has fired", "had banned", "will fire"."""
    tspan = _trigger_span(doc, ev)
    if tspan is None:
        return False
    verb = verb_above(tspan.root, 3)
    # (a pledge or a warning is an act of its own: "She warned that Seoul would pay dearly")
    if verb.pos_ not in ("VERB", "AUX") or (verb.lemma_.lower() in _SAYING and not (verb.i == tspan.root.i and verb.lemma_.lower() in _SPEECH_ACTS)):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    said = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING and verb.head.tag_ == "VBD" else None
    if said is not None and verb.tag_ in ("VBZ", "VBP") and not auxes and not any(c.dep_ in ("aux", "auxpass") for c in said.children):
        return True  # "Ding said that China firmly supports the DPRK": told when it was said
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in auxes)


_NON_STATE_SECTORS = frozenset(("REB", "PTY", "OPP", "INS", "CVL", "MED", "BUS"))


def _same_speaker(a: Actor, b: Actor) -> bool:
    """Two sources of one state that may be one speaker: not two named people,
    nor a party or armed group and anybody else ("A Hezbollah lawmaker said
    on Monday ... Aoun said")."""
    if a.kind == "person" and b.kind == "person" and a.name != b.name:
        return False
    side = a.kind == "group" or a.sector in _NON_STATE_SECTORS, b.kind == "group" or b.sector in _NON_STATE_SECTORS
    return not (side[0] or side[1]) or a.name == b.name


def _quote_speaker(doc: Document, ev: Event) -> Actor | None | bool:
    """For a trigger inside a quote told by a verb of saying in the simple
    past ('"...," she said'): the mention of the teller (True when the
    teller is no mention); False for any other trigger."""
    tspan = _trigger_span(doc, ev)
    if tspan is None:
        return False
    tok = tspan.root
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_.lower() in _SAYING and tok.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return True
            at = subj.idx
            return next((m for m in doc.mentions if m.start is not None and m.end is not None and m.start <= at < m.end), True)
    return False


# the words a possessive day owns: "Sunday's [missile launch]", "Monday's [vote]"
# an arrival for a stay of several days: "arrived in Seoul on Wednesday for a two-day visit"
_STAY_BEGUN = re.compile(r"\barriv(?:e|es|ed|ing)\b[^.;]*?\bfor an? (?:two|three|four|five|2|3|4|5)-day (?:visit|trip|tour|stay)\b", re.IGNORECASE)
_OWNED_PHRASE = re.compile(r"(?:\s+[\w-]+){1,3}")


def _a_reference(sent: Sentence, m: DateMatch) -> bool:
    """ "before October 7", "since 2017": a point of reference."""
    return _REFERENCE_BEFORE.search(sent.text, max(0, m.start - 40), m.start) is not None or _REFERENCE_START.match(m.text) is not None


def _date_root(doc: Document, sent: Sentence, m: DateMatch):  # type: ignore[no-untyped-def]
    """The head token of the date phrase ``m``, None without a parse."""
    sdoc = doc.spacy
    dspan = sdoc.char_span(sent.start + m.start, sent.start + max(m.start + 1, m.end), alignment_mode="expand") if sdoc is not None else None
    return dspan.root if dspan is not None and len(dspan) else None


def _date_clause(doc: Document, sent: Sentence, m: DateMatch, ev: Event, root=None):  # type: ignore[no-untyped-def]
    """(the verb of the clause the date phrase ``m`` belongs to, the event's
    trigger span), or None when the parse or the trigger is missing."""
    root = root if root is not None else _date_root(doc, sent, m)
    tspan = _trigger_span(doc, ev) if root is not None else None
    if tspan is None:
        return None
    verb = verb_above(root, 6)
    if verb.lower_ == "persona" and verb.head.i != verb.i:
        verb = verb.head  # "declared three diplomats persona non grata on Sunday": the parser's verb "persona" is the declaring
    return verb, tspan


def _trigger_span(doc: Document, ev: Event):  # type: ignore[no-untyped-def]
    """The tokens of the event's trigger, or of the act a result comes of
    ("accused Rwanda on Tuesday of arming rebels who attacked a post last
    week, killing nine soldiers": a result is dated as that act); None
    without a trigger or a parse."""
    if ev.trigger is None or doc.spacy is None:
        return None
    tspan = doc.spacy.char_span(ev.trigger.start, max(ev.trigger.start + 1, ev.trigger.end), alignment_mode="expand")
    if tspan is None or not len(tspan):
        return None
    host = result_host(tspan.root)
    return doc.spacy[host.i : host.i + 1] if host is not None else tspan


def _clause_depth(doc: Document, sent: Sentence, m: DateMatch, ev: Event) -> int:
    """How deep the clause a date phrase belongs to sits, when that clause
    holds the event's trigger (0 when unknown or when it does not)."""
    found = _date_clause(doc, sent, m, ev)
    if found is None:
        return 0
    tok, tspan = found
    if not (tok.left_edge.i <= tspan[0].i <= tok.right_edge.i):
        return 0
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


_OFFSET = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _offset_for(text: str, m: DateMatch, trig: int | None) -> DateMatch:
    """"North Korea on Wednesday denounced the port call, a day after the
    allies held talks": an event told after "N days after/before" is that far
    from the day the main clause gives (a day-precise date before the phrase)."""
    if trig is None or m.granularity != "day":
        return m
    for off in _OFFSET.finditer(text):
        if m.end <= off.start() < trig:
            n = _NUMBER_WORDS.get(off.group("n").lower()) or int(off.group("n"))
            days = n * (7 if off.group("unit").lower().startswith("week") else 1)
            base = dt.date.fromisoformat(m.iso)
            when = base - dt.timedelta(days=days) if off.group("dir").lower() == "after" else base + dt.timedelta(days=days)
            return replace(m, iso=when.isoformat(), text=f"{m.text} … {off.group(0)}" if m.text else off.group(0), relative=True)
    return m


def _offset_outside(text: str, m: DateMatch, trig: int | None) -> DateMatch:
    """:func:`_offset_for` with a date from outside the sentence (the day it
    continues, the dateline's, the report's), which is the main clause's."""
    return _offset_for(text, replace(m, start=0, end=0), trig)


# an occasion named as what a verb acts on ("The United States welcomed the meeting",
# "Beijing criticised the talks"): a new act about it, on its own day
_OCCASION_CUE = re.compile(r"(?i)the (?:\w+-\w+ )?(?:meeting|talks|summit|dialogue|session|conference|forum|visit|call|ceremony)$")
_OCCASION_BEFORE = re.compile(r"(?i)\b(?:at|during|in|through|after|following|before|on the sidelines of|on the occasion of|ahead of)\s+$")


def _judged_occasion(text: str, m: re.Match[str]) -> bool:
    """A continuation cue that is an occasion named mid-sentence without a
    preposition of time or place before it: no continuation."""
    if not _OCCASION_CUE.match(m.group(0)) or m.start() < 4:
        return False
    return _OCCASION_BEFORE.search(text, 0, m.start()) is None


class _DocState:
    """What the stage works out once per document and reuses for every event."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.published = doc.published or (doc.article.published if doc.article else None)
        self.sents: dict[int, Sentence] = {s.index: s for s in doc.sentences}
        self.order: list[int] = sorted(self.sents)
        self.dateline: Dateline | None = find_dateline(doc)
        self.places: DocPlaces = doc_places(doc)
        if self.dateline is not None:
            # The dateline's city is the reporter's, handled as the last resort.
            self.places.drop_before(self.dateline.end)
        self._dates: dict[int, list[DateMatch]] = {}
        self._ctx_date: dict[int, DateMatch | None] = {}
        self._ctx_place: dict[int, Location | None] = {}
        self._own_place: dict[int, Location | None] = {}

    def own_place(self, sent: Sentence) -> Location | None:
        """The place a sentence names for its own event (no actors known)."""
        if sent.index not in self._own_place:
            self._own_place[sent.index] = sentence_place(self.doc, sent, self.places)
        return self._own_place[sent.index]

    def dates(self, sent: Sentence) -> list[DateMatch]:
        """Date phrases of a sentence (past tense), without the dateline's."""
        if sent.index not in self._dates:
            skip = self.dateline.end - sent.start if self.dateline and sent.start < self.dateline.end else 0
            self._dates[sent.index] = [m for m in find_dates(sent.text, self.published) if m.start >= skip]
        return self._dates[sent.index]

    def previous(self, sent: Sentence) -> list[Sentence]:
        """Up to LOOKBACK earlier body sentences, nearest first."""
        pos = self.order.index(sent.index)
        out = []
        for i in reversed(self.order[max(0, pos - LOOKBACK) : pos]):
            s = self.sents[i]
            if s.section == "body":
                out.append(s)
        return out

    def continues(self, sent: Sentence) -> bool:
        # "They also agreed ...": an opening "they" continues; inside a
        # sentence ("Qatar said they would host talks") it does not
        # ("called on both sides to exercise restraint": the sides addressed, no continuation)
        cues = [
            m for m in _cue_patterns()[1].finditer(sent.text)
            if not (_SIDES.match(m.group(0)) and _ADDRESSED_BEFORE.search(sent.text, 0, m.start())) and not _judged_occasion(sent.text, m)
        ]
        return sent.section == "body" and (
            bool(cues) or _OPENING_THEY.match(sent.text) is not None or _OPENING_CAME.match(sent.text) is not None or _THEN.search(sent.text) is not None
        )

    def _same_speaker(self, sent: Sentence) -> Sentence | None:
        """The sentence just before, when ``sent`` quotes on the speaker of its
        statement ('"...," Tian said.' right after "Tian said on Monday that ...")."""
        m = _QUOTE_THEN_SPEAKER.search(sent.text)
        prev = self.previous(sent)[:1]
        if m is None or not prev or re.search(rf"\b{re.escape(m.group(1))}\b[^.]*\b(?:said|told|says)\b", prev[0].text) is None:
            return None
        return prev[0]

    def context_date(self, sent: Sentence, depth: int = 0, past: bool = False) -> DateMatch | None:
        """The date an earlier sentence gives to the event ``sent`` continues;
        a chain of continuing sentences ("At the meeting ..." then "They also
        ...") carries it on, for at most MAX_CHAIN links. For an asserted act
        (``past``), never a relative date after the report: "The next meeting
        will be held next month. At the meeting, the ministers condemned ..."
        goes on with the meeting told before."""
        if not past and sent.index in self._ctx_date:
            return self._ctx_date[sent.index]
        found = None
        if not self.continues(sent) and (said := self._same_speaker(sent)) is not None and not _NOW.search(sent.text):
            # (the speaker's own statement just before, and only its day)
            found = next((m for m in self.dates(said) if _dates_its_sentence(self.doc, said, m)), None)
        elif self.continues(sent) and not _NOW.search(sent.text):
            for prev in self.previous(sent):
                own = [m for m in self.dates(prev) if _dates_its_sentence(self.doc, prev, m) and not (past and self.after_report(m))]
                if own and _STAY_BEGUN.search(prev.text):
                    continue  # (the day a stay began: what the visitor's hosts and he did goes on with the story's day)
                found = own[0] if own else self.context_date(prev, depth + 1, past) if depth < MAX_CHAIN else None
                if found is not None:
                    break
        if not past and (found is not None or depth == 0):
            self._ctx_date[sent.index] = found  # a cut-off chain is not memoised as "no date"
        return found

    def after_report(self, m: DateMatch) -> bool:
        """A relative date the report puts after itself ("next month"); a
        date it spells out is believed even then."""
        return bool(m.relative and self.published and m.iso and m.iso[:10] > self.published[:10])

    def narrative_date(self, sent: Sentence, event_type: str) -> DateMatch | None:
        """The day the nearest earlier sentence with a date of its own gives
        its act, in the same paragraph or the one before, when that day is a
        recent one (at most NARRATIVE_DAYS before the report): the day an
        undated act told in the simple past goes on with ("On Tuesday
        evening, 3,000 people rallied ... Police mobilized about 4,000
        officers"); what is said (``event_type`` in _SAID_TYPES) only from
        its own paragraph. Of several days, the last told ("arrived on
        Thursday and held talks on Friday")."""
        if sent.section != "body" or not self.published or _NOW.search(sent.text):
            return None
        paragraphs = 0 if event_type in _SAID_TYPES else 1
        for prev in self.previous(sent):
            if sent.section_index - prev.section_index > paragraphs:
                return None
            own = [m for m in self.dates(prev) if _dates_its_sentence(self.doc, prev, m) or self._on_main_conj(prev, m)]
            if own and _STAY_BEGUN.search(prev.text):
                # "Takaichi arrived in Seoul on Wednesday for a two-day visit. The two leaders held
                # talks ...": the day a stay began is not the day of what was done during it
                continue
            if event_type in _SAID_TYPES:
                # (what a statement reports happened on its own day: "The allies started the drills
                # on Monday, the statement said. She rejected Seoul's proposal" goes on with the statement)
                own = [m for m in own if not self._told_clause(prev, m)]
            if not own:
                continue
            m = own[-1]
            if m.granularity != "day" or not m.iso or not (0 <= (_day(self.published) - _day(m.iso)).days <= NARRATIVE_DAYS):
                return None
            return m
        return None

    def speaker_day(self, sent: Sentence, ev: Event, teller: Actor | None = None) -> str | None:
        """The day of the nearest earlier act of the same speaking state that
        its own sentence dates (a statement, a denunciation), within six
        sentences and NARRATIVE_DAYS of the report, when no act of another
        state dated in its own sentence comes between, and not for an act done
        jointly with another state. ``teller``: who told the quote the act is
        made in (another person of the state is another speaker)."""
        if sent.section != "body" or not self.published or ev.source is None or not ev.source.country:
            return None
        speaker = teller or ev.source  # (whoever told a quote: '"Lebanon is ready to negotiate," Aoun said' is Aoun's)
        if any(e.trigger == ev.trigger and e.event_type == ev.event_type and e.source is not None and e.source.country != ev.source.country
               for e in self.doc.events if e.sentence_index == ev.sentence_index):
            return None  # (a joint act, "Seoul and Washington agreed to ...", is no one speaker's going on)
        pos = self.order.index(sent.index)
        for prev in (self.sents[i] for i in reversed(self.order[max(0, pos - 6) : pos])):
            if prev.section != "body":
                return None
            told = [e for e in self.doc.events if e.sentence_index == prev.index and e.extra.get("date_source") in ("sentence", "context")
                    and e.extra.get("date_granularity") == "day" and e.date and e.polarity == "asserted"]
            dated = [e for e in told if e.extra.get("date_source") == "sentence"]
            # (a telling that went on with the statement's day passes it on)
            # (a signing is done, not said: "the two signed a protocol on Wednesday" is no statement of that day)
            # (another person of the same state is another speaker: a Hezbollah lawmaker on Monday, then Aoun)
            same = [e for e in told if e.source is not None and e.source.country == ev.source.country and e.event_type in _SAID_TYPES and e.cameo_code != "057"
                    and _same_speaker(e.source, speaker)]
            if same:
                day = same[-1].date or ""
                return day if 0 <= (_day(self.published) - _day(day)).days <= NARRATIVE_DAYS else None
            if any(e.source is not None and e.source.country and e.source.country != ev.source.country for e in dated) and not all(
                self._told_clause(prev, m) for m in self.dates(prev)
            ):
                return None  # (what the statement reports, "the allies started the drills on Monday, the statement said", is no new telling)
        return None

    def _told_clause(self, sent: Sentence, m: DateMatch) -> bool:
        """True when the date phrase ``m`` dates a clause a verb of saying
        after it tells ("The allies started the drills on Monday, the
        statement said")."""
        root = _date_root(self.doc, sent, m)
        verb = verb_above(root, 6) if root is not None else None
        return verb is not None and verb.dep_ in ("ccomp", "parataxis") and verb.i < verb.head.i and verb.head.lemma_.lower() in _SAYING

    def _on_main_conj(self, sent: Sentence, m: DateMatch) -> bool:
        """True when the date phrase ``m`` dates a verb joined to the main
        one ("arrived on Monday and held talks on Wednesday")."""
        root = _date_root(self.doc, sent, m)
        verb = verb_above(root, 6) if root is not None else None
        return verb is not None and verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and not _a_reference(sent, m)

    def context_place(self, sent: Sentence, depth: int = 0) -> Location | None:
        """The place an earlier sentence gives to the event ``sent`` continues
        (chained like :meth:`context_date`)."""
        if sent.index in self._ctx_place:
            return self._ctx_place[sent.index]
        found = None
        if self.continues(sent):
            for prev in self.previous(sent):
                loc = self.own_place(prev)
                if loc is None and depth < MAX_CHAIN:
                    loc = self.context_place(prev, depth + 1)
                if loc is None:
                    continue
                if found is None:
                    found = loc
                elif loc.country == found.country and not _is_country(loc):
                    found = loc  # a city of the country found first is more precise
                if not _is_country(found):
                    break
        if found is not None or depth == 0:
            self._ctx_place[sent.index] = found
        return found


def _is_country(loc: Location) -> bool:
    place = lookup(loc.name)
    return place is not None and place.kind == "country"


def _side(a: Any) -> str | None:
    return None if a is None else (a.country or a.name)


_AUTHORITIES = re.compile(r"\bauthorities\b", re.IGNORECASE)


# material cooperation whose CAMEO code tells its kind (a drill, shared intelligence, aid in kind)
_KINDS_OF_CODE = frozenset(("COOPERATE", "AID"))


def _one_act(a: Event, b: Event) -> bool:
    """Two tellings can be one act: no mode or source sector tells them apart
    ("summoned the envoy" is no "accused"; the assembly's resolution is no
    minister's call)."""
    # ("authorities" names no branch: "authorities have arrested two" and "Police detained the two")
    # (nor a body's own name its members: "EU adopts sanctions" and "European Union governments adopted")
    sa, sb = (x.source.sector if x.source and not _AUTHORITIES.search(x.source.text) and x.source.sector != "IGO" else None for x in (a, b))
    if _intercepts(a) != _intercepts(b):
        return False  # "air defenses destroyed 118 Ukrainian drones" is no retelling of the strike on Ukraine
    if a.event_type in _KINDS_OF_CODE and a.cameo_code and b.cameo_code and a.cameo_code[:3] != b.cameo_code[:3]:
        return False  # "is sharing information on the launches with the United States" is no retelling of the allies' drill
    if (a.cameo_code == "057") != (b.cameo_code == "057"):
        return False  # "signed a protocol ... received the delegation and praised the friendship": a signing is no praise
    guessed = "place" in (a.extra.get("source_via"), b.extra.get("source_via"))
    if _non_state(a.source) != _non_state(b.source) and not guessed:
        # "Colombia ordered an offensive against the rebels after they attacked an army base":
        # the state's act and the rebels' are two, though both are Colombia's
        # (a doer only guessed from the place tells nothing: "Monday's attack on the outpost in Hakkari")
        return False
    return (a.mode is None or b.mode is None or a.mode == b.mode) and (sa is None or sb is None or sa == sb)


def _non_state(a: Actor | None) -> bool:
    """An armed group or opposition rather than a state or its bodies."""
    return a is not None and a.sector in ("REB", "INS", "OPP", "CRM")


_INTERCEPTING = re.compile(
    r"\b(?:destroy(?:ed|s)?|down(?:ed|s)?|intercept(?:ed|s)?|shot\s+down|shoots?\s+down|neutrali[sz]ed)\s+"
    r"(?:(?:about|some|around|nearly|more\s+than|at\s+least|\d[\d,]*|all|the|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+)*"
    r"(?:[\w-]+\s+)?(?:drones|missiles|rockets|UAVs|projectiles|drone|missile|rocket)\b",
    re.IGNORECASE,
)


def _intercepts(e: Event) -> bool:
    """The telling is of weapons brought down: an interception, an act of its own."""
    if e.trigger is None or not e.evidence:
        return False
    at = e.evidence.find(e.trigger.text)
    return at >= 0 and _INTERCEPTING.match(e.evidence, at) is not None


# how far before the report an act the text dates is history, not news (the
# coders' convention: "the two countries fought a border war in 1998-2000", "since
# August 2018, when the two Koreas held reunions" are background)
HISTORY_YEARS = 5


def _news_only(events: list[Event], published: str | None) -> list[Event]:
    """The events a report tells as news: not acts its text dates
    ``HISTORY_YEARS`` or more before the report's own day."""
    if not published:
        return events
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return events
    limit = day.replace(year=day.year - HISTORY_YEARS) if not (day.month == 2 and day.day == 29) else day.replace(year=day.year - HISTORY_YEARS, day=28)
    out = []
    for e in events:
        told = e.extra.get("date_source") in ("sentence", "context") and e.date
        try:
            old = bool(told) and dt.date.fromisoformat((e.date or "")[:10]) <= limit
        except ValueError:
            old = False
        if not old:
            out.append(e)
    return out


def fold_restatements(events: list[Event], lede: int | None = None) -> list[Event]:
    """One event per act a report tells more than once (the event-data
    convention of one event per story, type, dyad and day).

    Rows one trigger gives for several people on a side ("Jang and Oh hosted
    their Japanese counterparts, Morita and Ozaki") are one act, kept as the
    first (an armed group beside its state's army stays a side of its own).
    Among events of one type, polarity, source and target, those a sentence
    dates itself are the acts (one per day). A headline or subhead telling,
    and a body telling dated only by the report's own day, is the act told
    again: it folds into the act of its day, else the last act told before
    it, else the first, among the acts of the week before it (an act months
    before is another). A telling a neighbouring sentence dates folds only
    into the act of that day. No telling folds into an act its mode or
    source sector tells apart (``_one_act``). With no act dated in its own
    sentence, a headline telling is the first body telling's, and body
    tellings stay apart (an article may report several undated agreements
    of one meeting). The act keeps the others' sentences and triggers in
    ``extra["also_told"]``, so every telling stays verifiable. Events with
    no party at all are left as they are, unless they name with a definite
    word an act or weapon told before ("killed in the strikes", "The missile
    flew for 71 minutes"): an ASSAULT, MOBILIZE or COERCE with no source then
    folds into the last act of its type with a source told before it on its
    day (in the week before, when only the report's day dates it), whose
    target it does not contradict; so does one whose doer was only guessed
    from the place it happened, and one told by a sentence that opens with
    the attack's bare plural ("Strikes hit power plants in the Kyiv
    region"). An act named again by its noun, or by its verb with an
    object that only points back ("Officers boarded the vessel"),
    with its source and no target folds into the act of that source and
    type told before it on its day (in the week before, when only the
    report's day dates it); weapons brought down never fold into a strike.
    Missiles a state launched with no target named, on the day the story
    tells its attack, are that attack's; a meeting told again only to set
    the time of another act ("As the two leaders met, ...") is the meeting
    told before it in the week before.
    A headline act missing a party folds into the body's act of its type
    that the parties it has agree with (on its day or in the week before);
    an act told again in the pluperfect with only the report's day folds
    into the act of its type (and source) told before it; a passive with no
    doer whose patient is named again by its head noun ("The two diplomats
    ... were declared persona non grata") folds into the act of its type on
    that party told before it. A telling dated only by the report's day
    folds, when no act of its group is dated, into a later telling dated by
    the day it was said; an act told with no party but its own day ("were
    detained Monday evening") folds into the act of its type dated only by
    the day it was told, and gives it that day. The lede (the sentence of
    the dateline, index ``lede``) sums the story up: with no act of its group
    dated, its telling dated only by the report's day is the later body
    telling of that day ("... asked the U.N. Security Council to meet on
    it", then "the three countries requested an emergency session")."""
    groups: dict[tuple[str, str, str | None, str | None], list[Event]] = {}
    for ev in events:
        if ev.source is not None or ev.target is not None:
            groups.setdefault((ev.event_type, ev.polarity, _side(ev.source), _side(ev.target)), []).append(ev)
    dropped: set[int] = set()

    def absorb(host: Event, e: Event) -> None:
        record_also_told(host, e)
        dropped.add(id(e))

    def fold(e: Event, hosts: list[Event | None]) -> None:
        host = next((h for h in hosts if h is not None and h is not e and _one_act(e, h)), None)
        if host is not None:
            absorb(host, e)

    def recent(act: Event, e: Event) -> bool:
        # (a report's day is no retelling of an act months or years before it: "told the council"
        # beside "accused Ethiopia in December 2023")
        try:
            gap = (dt.date.fromisoformat((e.date or "")[:10]) - dt.date.fromisoformat((act.date or "")[:10])).days
        except ValueError:
            return act.date == e.date
        return 0 <= gap <= 7

    def on_its_day(act: Event, e: Event) -> bool:
        # the act of the telling's day, or of the week before when only the report's day dates the telling
        return act.date == e.date or (e.extra.get("date_source") in ("dateline", "published") and recent(act, e))

    for group in groups.values():
        if len(group) < 2:
            continue
        # one trigger told with several people on a side ("Jang and Oh hosted their Japanese
        # counterparts, Morita and Ozaki"): one act of the two states, whatever their branches
        firsts: dict[tuple[int, int], Event] = {}
        for e in group:
            if e.trigger is None or (kept := firsts.setdefault((e.sentence_index, e.trigger.start), e)) is e:
                continue
            # (the army and a rebel force of one state are two sides: "the army and the RSF blamed each other")
            if kept.mode == e.mode and all(_non_state(getattr(kept, r)) == _non_state(getattr(e, r)) for r in ("source", "target")):
                absorb(kept, e)
        group = [e for e in group if id(e) not in dropped]
        heads = [e for e in group if e.section in ("title", "subhead")]
        body = [e for e in group if e not in heads]
        acts: dict[str | None, Event] = {}
        for e in body:
            if e.extra.get("date_source") == "sentence" and not e.extra.get("date_of_telling"):
                acts.setdefault(e.date, e)
        told = sorted(acts.values(), key=lambda a: a.sentence_index)
        for e in group:
            if acts.get(e.date) is e:
                continue
            if e in heads:
                fold(e, [acts.get(e.date), *(a for a in told if recent(a, e)), *(b for b in body if b.date == e.date or not told)])
            elif e.extra.get("date_source") in ("dateline", "published") or e.extra.get("date_of_telling"):
                # (a telling dated only by the report's day, or by the day it was told: the act of
                # its day, else the last one told before it, a comment following its act; a recent one either way)
                # (and with no act dated at all, a telling of the report's day is the one a later
                # sentence tells with the day it was said: "The United States has slapped sanctions
                # on two Chinese banks", then "OFAC said Wednesday it had designated ...")
                fold(e, [acts.get(e.date), *(a for a in reversed(told) if a.sentence_index < e.sentence_index and recent(a, e)), *(a for a in told if recent(a, e)),
                         *(b for b in body if not told and e.extra.get("date_source") in ("dateline", "published") and b.extra.get("date_of_telling")
                           and b.sentence_index > e.sentence_index and recent(b, e))])
            else:
                fold(e, [acts.get(e.date)])  # (a second telling on the act's own day: "the two sides also agreed")
        if not told and lede is not None:
            for e in body:
                if e.sentence_index == lede and id(e) not in dropped and e.extra.get("date_source") in ("dateline", "published"):
                    fold(e, [b for b in body if b.sentence_index > lede and id(b) not in dropped and b.date == e.date
                             and b.extra.get("date_source") in ("dateline", "published")])
    # a headline act with no target ("S. Korea fires warning shots after ...") is the
    # body's act of its source and type, whomever the body says it was aimed at
    # (and one with no source, "... secures release of 290 captives", the body's act on its target;
    # one with neither, "Ship seizures and blacklists: ...", the body's act of its type)
    for e in events:
        if id(e) in dropped or e.section not in ("title", "subhead") or (e.source is not None and e.target is not None):
            continue
        # (a body act with no target either hosts one with no target: "seized a Togo-flagged tanker")
        fold(e, [b for b in events if b.section == "body" and id(b) not in dropped and b.event_type == e.event_type and b.polarity == e.polarity
                 and b.source is not None and (b.target is not None or e.target is None) and (b.date == e.date or recent(b, e))
                 and (_side(b.source) == _side(e.source) if e.source is not None else e.target is None or _side(b.target) == _side(e.target))])
    # an act told in the pluperfect with no day of its own ("Pyongyang had warned against the
    # drills", "said its forces had carried out a massive strike") is the act of its source and
    # type told before it
    for e in events:
        if id(e) in dropped or not e.extra.get("pluperfect") or e.extra.get("date_source") not in ("published", "dateline"):
            continue
        # (with no source either: "and that all designated targets had been hit")
        fold(e, [b for b in reversed(events) if id(b) not in dropped and b is not e and _before(b, e) and b.event_type == e.event_type and b.source is not None
                 and b.polarity == e.polarity and (e.source is None or _side(b.source) == _side(e.source)) and (e.target is None or _side(b.target) == _side(e.target))])
    # an act named by its noun with its source and no target ("as the Russian attack
    # unfolded near its border") is the act of that source and type told before it
    aimed: dict[tuple[str, str, str | None], list[Event]] = {}
    for ev in events:
        if id(ev) not in dropped and ev.target is not None and ev.source is not None:
            aimed.setdefault((ev.event_type, ev.polarity, _side(ev.source)), []).append(ev)
    for ev in events:
        if id(ev) in dropped or ev.target is not None or ev.source is None or ev.section != "body":
            continue
        # (and a verb whose object only points back: "Officers boarded the vessel", after
        # "Chinese coast guard personnel boarded a Vietnamese fishing boat")
        if ev.extra.get("via") != "noun" and not (ev.extra.get("via") == "verb" and _points_back(ev)):
            continue
        before = [a for a in aimed.get((ev.event_type, ev.polarity, _side(ev.source)), []) if a.sentence_index < ev.sentence_index and on_its_day(a, ev)]
        fold(ev, list(reversed(before)))
    # an act with no source that names an act or weapon told before ("The strikes
    # hit radar sites", "six people were killed in the strikes", "The missile flew for
    # 71 minutes") is that act again: the last one of its type told before it on its day
    # (a doer guessed from the place it happened is no source named: "Strikes hit power
    # plants in the Kyiv region", after "Russia fired dozens of missiles at Ukraine")
    for ev in events:
        if id(ev) in dropped or ev.section != "body" or ev.event_type not in _RETOLD_TYPES:
            continue
        if ev.source is not None and ev.extra.get("source_via") != "place":
            continue
        if not _TOLD_BEFORE.search(ev.evidence or "") and not _OPENING_ACT.match(ev.evidence or ""):
            continue
        # (a report of where the weapons fell is no other act: "none of the missiles appeared to have landed")
        before = [
            a for a in events
            if id(a) not in dropped and a.source is not None and a.event_type == ev.event_type and _before(a, ev)
            and (a.polarity == ev.polarity or (ev.polarity == "reported" and a.polarity == "asserted"))
            and (ev.target is None or a.target is None or _side(a.target) == _side(ev.target))
            and on_its_day(a, ev)
        ]
        fold(ev, list(reversed(before)))
    # an act told with no party at all and its own day ("The three men ... were detained
    # Monday evening"), after an act of its type dated only by the day it was told
    # ("police have arrested three Chinese nationals ..., officials said Wednesday"), is
    # that act: it folds in and gives it its day
    for ev in events:
        if id(ev) in dropped or ev.source is not None or ev.target is not None or ev.section != "body" or ev.event_type not in _RETOLD_TYPES:
            continue
        if ev.extra.get("date_source") != "sentence" or not ev.date:
            continue
        host = next((
            a for a in reversed(events)
            if id(a) not in dropped and a is not ev and _before(a, ev) and a.event_type == ev.event_type and a.polarity == ev.polarity
            and a.extra.get("date_of_telling") and (a.source is not None or a.target is not None) and recent(ev, a)
        ), None)
        # (not when the host's sentence tells another act of the type between other parties: "U.S.
        # forces struck Houthi sites, hours after the group hit a bulk carrier ... The Aegean Star
        # was struck on Tuesday" may be either)
        rival = host is not None and any(
            id(a) not in dropped and a is not host and a.sentence_index == host.sentence_index and a.event_type == ev.event_type
            and a.source is not None and (_side(a.source), _side(a.target)) not in ((_side(host.source), _side(host.target)), (_side(host.target), _side(host.source)))
            for a in events
        )
        if host is not None and not rival and _one_act(ev, host):
            absorb(host, ev)
            host.date, host.date_text = ev.date, ev.date_text
            host.extra["date_source"] = "context"
            host.extra["date_granularity"] = ev.extra.get("date_granularity", "day")
            host.extra.pop("date_of_telling", None)
    # a drill with no party named again by a definite noun ("The three-day exercise ... began
    # Monday", after "as South Korea, the United States and Japan held their Freedom Edge
    # exercise") is the drill told before, whatever it was coded as, in the week around it
    for ev in events:
        if id(ev) in dropped or ev.source is not None or ev.target is not None or ev.section != "body" or ev.event_type != "MOBILIZE":
            continue
        if ev.trigger is None or not _DRILL_TOLD_BEFORE.search(ev.evidence or ""):
            continue
        before = [
            a for a in events
            if id(a) not in dropped and a.event_type in ("MOBILIZE", "COOPERATE") and (a.source is not None or a.target is not None) and _before(a, ev)
            and a.trigger is not None and _DRILL_WORD.search(a.trigger.text) and (recent(a, ev) or recent(ev, a))
        ]
        fold(ev, list(reversed(before)))
    # a meeting told again only to set the time of another act ("As the two leaders met,
    # North Korea fired cruise missiles") is the meeting told before, in the week before it
    for ev in events:
        if id(ev) in dropped or not ev.extra.get("time_clause") or ev.event_type != "CONSULT" or ev.section != "body":
            continue
        fold(ev, [a for a in reversed(events) if id(a) not in dropped and a is not ev and _before(a, ev) and a.event_type == "CONSULT"
                  and a.polarity == ev.polarity and _side(a.source) == _side(ev.source) and _side(a.target) == _side(ev.target) and recent(a, ev)])
    # missiles a state "launched" with no target named, in a story of its attack on that
    # day ("Russia fired dozens of missiles at Ukraine ... Russia launched 46 missiles"),
    # are the attack's, not a show of force of their own
    for ev in events:
        if id(ev) in dropped or ev.event_type != "MOBILIZE" or ev.mode != "weapons" or ev.target is not None or ev.source is None or ev.section != "body":
            continue
        host = next((
            a for a in events
            # (an attack the body tells: a headline's "launches missile toward Japan" is the launch read as one)
            if id(a) not in dropped and a.event_type == "ASSAULT" and a.section == "body" and a.target is not None and a.polarity == ev.polarity and _before(a, ev)
            and _side(a.source) == _side(ev.source) and a.date == ev.date
        ), None)
        if host is not None:
            absorb(host, ev)
    # a passive with no doer whose patient is a party named again by its head noun ("The two
    # diplomats ... were declared persona non grata", after "ordered two Algerian diplomats to
    # leave") is the act of its type on that party told before it
    for ev in events:
        if id(ev) in dropped or ev.source is not None or ev.target is None or not ev.target.resolved_from or ev.section != "body":
            continue
        before = [
            a for a in events
            if id(a) not in dropped and a.source is not None and a.target is not None and a.event_type == ev.event_type and a.polarity == ev.polarity
            and _before(a, ev) and _side(a.target) == _side(ev.target)
            and on_its_day(a, ev)
        ]
        fold(ev, list(reversed(before)))
    return [e for e in events if id(e) not in dropped]


# a definite object that names no party: "boarded the vessel", "shelled the town again"
_BACK_OBJECT = re.compile(r"\s+(?:the|that|this)\s+(?:[a-z][\w-]*\s+){0,2}?(?:vessel|ship|boat|base|town|village|city|area|site|facility|camp|convoy|building|island|plant)\b")


def _points_back(e: Event) -> bool:
    """The telling's object is a definite thing told before, no party of its own."""
    if e.trigger is None or not e.evidence:
        return False
    at = e.evidence.find(e.trigger.text)
    return at >= 0 and _BACK_OBJECT.match(e.evidence, at + len(e.trigger.text)) is not None


def _before(a: Event, b: Event) -> bool:
    """``a`` is told before ``b``: in an earlier sentence, or earlier in the same one
    ("32 Chinese aircraft were detected ..., with 21 of the aircraft crossing the median line")."""
    if a.sentence_index != b.sentence_index:
        return a.sentence_index < b.sentence_index
    return a.trigger is not None and b.trigger is not None and a.trigger.start < b.trigger.start


# a drill named again ("The three-day exercise", "the drills") and a drill's word in a trigger
_DRILL_ALT = r"(?:exercises?|drills?|war\s?games?|maneuvers?|manoeuvres?)"
_DRILL_TOLD_BEFORE = re.compile(rf"\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+){{0,3}}?{_DRILL_ALT}\b", re.IGNORECASE)
_DRILL_WORD = re.compile(rf"\b{_DRILL_ALT}\b", re.IGNORECASE)

# a sentence that opens with the bare plural of an attack told before: "Strikes hit power plants ..."
_OPENING_ACT = re.compile(r"(?:Strikes|Airstrikes|Air strikes|Attacks|Missiles|Rockets|Drones|Shells|Raids)\b")

# acts a sourceless retelling may name again, and the definite words that name them
_RETOLD_TYPES = frozenset(("ASSAULT", "MOBILIZE", "COERCE"))
_TOLD_BEFORE = re.compile(
    r"\b(?:the|these|those|this|its|their|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Ll]ast\s+\w+)['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|attacks?|air\s?strikes?|raids?|bombings?|shelling|barrage|assault|offensive|missiles?|launch(?:es)?|rockets?|drones?|salvo|projectiles?|drills?|exercises?"
    r"|aircraft|jets|warplanes|planes|bombers|fighters|ships|warships|vessels)\b",
    re.IGNORECASE,
)


class ResolveStage(Stage):
    """Stage 5: resolve each event's date (ISO) and location (with coordinates)."""

    name = "resolve"
    version = rules_version("v1", "resolve", "data/resolve")

    def process(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        st = _DocState(doc)
        if st.published is None and self.settings.published:
            st.published = self.settings.published
        if st.published is None and st.dateline is not None and st.dateline.date_text:
            # "SEOUL, April 12, 2024 (Yonhap)": a dateline with its year dates the report.
            filed = find_dates(st.dateline.date_text, None)
            if filed:
                st.published = filed[0].iso
        if st.published is not None and not doc.published:
            # the report's day, for the store's story date (a document with no
            # publication date of its own: the dateline's, or the run's --published)
            doc.meta["report_day"] = st.published
        for ev in doc.events:
            sent = st.sents.get(ev.sentence_index)
            if sent is None:
                continue
            if ev.date is None:
                self._resolve_date(st, sent, ev)
            if ev.location is None:
                self._resolve_place(st, sent, ev)
        lede = next((x.index for x in doc.sentences if st.dateline is not None and x.start < st.dateline.end <= x.end), None)
        doc.events = fold_restatements(_news_only(doc.events, st.published), lede)
        if not self.settings.keep_acts_without_doer:
            set_aside_doerless(doc)
        if self.settings.story_targets:
            aim_at_counterpart(doc)
        return doc

    # -- time ---------------------------------------------------------------

    def _against(self, st: _DocState, sent: Sentence, ev: Event, prev: DateMatch | None, that_time: bool = False) -> DateMatch | None:
        """The first phrase of ``sent`` that dates ``ev`` once resolved against the
        date ``prev`` an earlier sentence gave (``that_time``: only "that year",
        "that October" and the like)."""
        if prev is None:
            return None
        return next(
            (g for g in find_dates(sent.text, st.published, "past", prev.iso)
             if (not that_time or THAT_TIME.search(g.text)) and not _dates_something_else(st.doc, sent, g, ev)),
            None,
        )

    def _resolve_date(self, st: _DocState, sent: Sentence, ev: Event) -> None:
        trig = ev.trigger.start - sent.start if ev.trigger is not None else None
        # (any date told before names the year: "since the war began in October 2023")
        tt = THAT_TIME.search(sent.text)
        # (not after a date of its own sentence: "arrested in October 2013 and sentenced the following year")
        # (a year told earlier in the sentence itself first: "suspended cooperation in July
        # last year, and the E3 triggered sanctions in September that year")
        told_here = [] if tt is None else [
            x for x in st.dates(sent)
            if x.end <= tt.start() and x.granularity in ("day", "month") and not THAT_TIME.search(x.text)
            and sent.text[x.end : tt.start()].strip() not in ("", "of")  # (not the month "that year" goes with)
        ]
        if tt is not None and not (ANCHOR_YEAR.match(tt.group(0)) and any(x.end <= tt.start() and not x.relative for x in st.dates(sent))) and (
            anchored := self._against(st, sent, ev, told_here[-1] if told_here else next((d for p in st.previous(sent) for d in reversed(st.dates(p))), None), that_time=True)
        ) is not None:
            # "in November of that year", "that October": the year of the date told before
            self._set_date(ev, anchored, "context")
            return
        matches = [m for m in st.dates(sent) if not _dates_something_else(st.doc, sent, m, ev)]
        if matches:
            # the date of the trigger's own clause before one of a clause
            # above it ("said on Thursday that the truce would take effect on
            # Sunday": Sunday for the truce), then the nearest
            # (but a stated intent is an act of the day it was stated: "In July, Macron announced
            # that France would recognise a Palestinian state in September" is July's)
            way = 1 if ev.extra.get("intent_of") else -1
            m = min(matches, key=lambda x: (way * _clause_depth(st.doc, sent, x, ev), abs(x.start - trig) if trig is not None else x.start))
            m = self._retense(st, sent, ev, m, trig)
            m = _offset_for(sent.text, m, trig)
            of_telling = bool(
                m.iso and (root := _date_root(st.doc, sent, m)) is not None and _attribution_day(verb := verb_above(root, 6))
                and trig is not None and sent.start + trig < verb.idx
            )
            if of_telling and _told_in_past(st.doc, ev) and (told := st.narrative_date(sent, ev.event_type)) is not None and told.iso and _day(told.iso) <= _day(m.iso):
                # "He crossed the MDL at 6:20 a.m., the JCS said Friday" right after "A soldier
                # defected on Thursday": the act goes on with Thursday, Friday is the telling's
                self._set_date(ev, told, "context")
                return
            self._set_date(ev, m, "sentence")
            if not of_telling and ev.extra.get("pluperfect") and m.iso and trig is not None and (root := _date_root(st.doc, sent, m)) is not None:
                # "North Korea said Wednesday it had staged a drill, a day after it fired a salvo": what
                # had been done before the day it was told of (an act told nearby may be its day)
                said = verb_above(root, 6)
                of_telling = said.lemma_.lower() in _SAYING and said.idx < sent.start + trig and root.i < said.i + 4
            if of_telling:
                # "have arrested two people, officials said Wednesday": the day it was told,
                # which a later sentence may date ("Police detained the two on Monday")
                ev.extra["date_of_telling"] = True
            return
        if NEEDS_ANCHOR.search(sent.text):
            # "the next day", "two weeks later": only meaningful against the day
            # the act of the sentence it continues happened, and only for a phrase
            # that dates this event (not "agreed to hold an exercise later this year")
            # (the day told last: "drills earlier this month ... approached Japanese aircraft on
            # November 14. Japan lodged a protest the following day")
            # (a day, for a count of days: not "agreed to hold an exercise later this year")
            prev = next((d for p in st.previous(sent)[:1] for d in reversed(st.dates(p)) if d.granularity == "day" and not _a_reference(p, d)), None) or next(
                (d for p in st.previous(sent) for d in st.dates(p) if _dates_its_sentence(st.doc, p, d)), None
            )
            if (against := self._against(st, sent, ev, prev)) is not None:
                self._set_date(ev, against, "context")
                return
        # (a date from outside the sentence is the main clause's: "The launch
        # came a day after the allies ended their drills" puts the drills a day before it)
        ctx = st.context_date(sent)
        if ctx is not None and st.after_report(ctx) and ev.polarity == "asserted":
            ctx = st.context_date(sent, past=True)
        if ctx is not None:
            self._set_date(ev, _offset_outside(sent.text, ctx, trig), "context")
            return
        if _told_in_past(st.doc, ev) and not inside_quote(sent.text, trig) and (told := st.narrative_date(sent, ev.event_type)) is not None:
            self._set_date(ev, _offset_outside(sent.text, told, trig), "context")
            return
        quoted = trig is not None and inside_quote(sent.text, trig)
        teller = _quote_speaker(st.doc, ev) if quoted and ev.event_type in _SAID_TYPES else False
        if ev.event_type in _SAID_TYPES and ((_told_in_past(st.doc, ev) and not quoted) or teller is not False) and (
            day := st.speaker_day(sent, ev, teller if isinstance(teller, Actor) else None)
        ) is not None:
            # ('"Seoul should stop its foolish talk of peace," she said': the demand is made in the saying)
            # "Kim Yo Jong on Friday issued a statement denouncing ... [paragraphs of it] ... She
            # flatly rejected the proposal": what a speaker says goes on with the day of the statement
            stated = find_dates(day, None)
            if stated:
                self._set_date(ev, replace(stated[0], text=""), "context")
                ev.date_text = None
                return
        if st.dateline is not None and st.dateline.date_text:
            got = find_dates(st.dateline.date_text, st.published)
            if got:
                self._set_date(ev, _offset_outside(sent.text, got[0], trig), "dateline")
                return
        if st.published:
            # a dateline without a date ("WASHINGTON (AP) --") or none: the
            # report's own day, as a dated dateline would have given
            got = find_dates(st.published[:10], None)
            if got:
                self._set_date(ev, _offset_outside(sent.text, replace(got[0], text=""), trig), "published")
                ev.date_text = ev.date_text or None  # no words of the text say it, unless an offset does

    def _retense(self, st: _DocState, sent: Sentence, ev: Event, m: DateMatch, trig: int | None) -> DateMatch:
        """Re-read a relative phrase in the future tense, or against the date
        of the sentence it continues ("a week earlier"), when that applies."""
        if not m.relative:
            return m
        lo = max(0, min(m.start, trig if trig is not None else m.start) - 40)
        # (what has not happened, "would take effect on Sunday", lies ahead
        # too; a date on the verb of saying dates the saying: '"We will ...,"
        # Lai told marines on Thursday')
        future = not _says_when_said(st.doc, sent.start + m.start) and not _on_a_past_verb(st.doc, sent.start + m.start) and (
            ev.polarity in ("future", "hypothetical") or _cue_patterns()[0].search(sent.text, lo, m.start) is not None
        )
        anchor = None
        # (a date told before it in its own sentence anchors it already: "arrested in
        # October 2013 and sentenced the following year")
        if re.search(r"\b(?:earlier|later|before|after|previously|previous|following|next)\b", m.text, re.I) and not any(
            x.end <= m.start for x in st.dates(sent)
        ):
            prev = st.context_date(sent) or next((d for p in st.previous(sent) for d in st.dates(p)), None)
            anchor = prev.iso if prev else None
        if not future and anchor is None:
            return m
        again = find_dates(sent.text, st.published, "future" if future else "past", anchor)
        return next((x for x in again if x.start == m.start), m)

    @staticmethod
    def _set_date(ev: Event, m: DateMatch, source: str) -> None:
        ev.date = m.iso
        ev.date_text = m.text
        extra: dict[str, Any] = m.extra()
        extra["date_source"] = source
        ev.extra.update(extra)

    # -- place --------------------------------------------------------------

    def _resolve_place(self, st: _DocState, sent: Sentence, ev: Event) -> None:
        hints: tuple[str, ...] = ()
        if st.dateline and st.dateline.location and st.dateline.location.country:
            hints = (st.dateline.location.country,)
        loc = sentence_place(st.doc, sent, st.places, ev, hints)
        source = "sentence"
        ctx = st.context_place(sent) if loc is None or loc.lat is None or _is_country(loc) else None
        # A country in the sentence ("officials in the U.S.") yields to a more
        # precise place of the event it continues ("held in Washington, D.C.").
        if ctx is not None and (loc is None or (ctx.country == loc.country and not _is_country(ctx))):
            loc, source = ctx, "context"
        if loc is None and st.dateline is not None and st.dateline.location is not None:
            loc, source = st.dateline.location, "dateline"
        if loc is not None:
            ev.location = Location(loc.name, loc.country, loc.lat, loc.lon, loc.start, loc.end)
            ev.extra["location_source"] = source
